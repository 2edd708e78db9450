/* tickets-verdict.c: what a scanned barcode means at the door
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tickets-verdict.h"

G_DEFINE_ENUM_TYPE (TicketsVerdictKind, tickets_verdict_kind,
                    G_DEFINE_ENUM_VALUE (TICKETS_VERDICT_NOT_FOUND, "not-found"),
                    G_DEFINE_ENUM_VALUE (TICKETS_VERDICT_OTHER_EVENT, "other-event"),
                    G_DEFINE_ENUM_VALUE (TICKETS_VERDICT_REISSUED, "reissued"),
                    G_DEFINE_ENUM_VALUE (TICKETS_VERDICT_CANCELLED, "cancelled"),
                    G_DEFINE_ENUM_VALUE (TICKETS_VERDICT_VOIDED, "voided"),
                    G_DEFINE_ENUM_VALUE (TICKETS_VERDICT_EXPIRED, "expired"),
                    G_DEFINE_ENUM_VALUE (TICKETS_VERDICT_SUBSCRIPTION_INACTIVE, "subscription-inactive"),
                    G_DEFINE_ENUM_VALUE (TICKETS_VERDICT_ALREADY_SCANNED, "already-scanned"),
                    G_DEFINE_ENUM_VALUE (TICKETS_VERDICT_NEEDS_NAME, "needs-name"),
                    G_DEFINE_ENUM_VALUE (TICKETS_VERDICT_VALID, "valid"))

G_DEFINE_ENUM_TYPE (TicketsVerdictTone, tickets_verdict_tone,
                    G_DEFINE_ENUM_VALUE (TICKETS_VERDICT_TONE_GOOD, "good"),
                    G_DEFINE_ENUM_VALUE (TICKETS_VERDICT_TONE_WARNING, "warning"),
                    G_DEFINE_ENUM_VALUE (TICKETS_VERDICT_TONE_ATTENTION, "attention"),
                    G_DEFINE_ENUM_VALUE (TICKETS_VERDICT_TONE_BAD, "bad"))

TicketsVerdictTone
tickets_verdict_kind_get_tone (TicketsVerdictKind kind)
{
  switch (kind)
    {
    case TICKETS_VERDICT_VALID:
      return TICKETS_VERDICT_TONE_GOOD;

    case TICKETS_VERDICT_ALREADY_SCANNED:
      return TICKETS_VERDICT_TONE_WARNING;

    case TICKETS_VERDICT_NEEDS_NAME:
      return TICKETS_VERDICT_TONE_ATTENTION;

    case TICKETS_VERDICT_NOT_FOUND:
    case TICKETS_VERDICT_OTHER_EVENT:
    case TICKETS_VERDICT_REISSUED:
    case TICKETS_VERDICT_CANCELLED:
    case TICKETS_VERDICT_VOIDED:
    case TICKETS_VERDICT_EXPIRED:
    case TICKETS_VERDICT_SUBSCRIPTION_INACTIVE:
    default:
      /* Anything unknown keeps people out: a wrong red costs a question at
       * the desk, a wrong green lets in a voided ticket. */
      return TICKETS_VERDICT_TONE_BAD;
    }
}

/* The uid an event is given by: its bare uid, or the last segment of its
 * URI ("…/events/<uid>", a trailing slash, query or fragment aside). */
static char *
dup_event_uid (const char *event)
{
  const char *end;
  const char *start;

  if (event == NULL)
    return NULL;

  end = event + strcspn (event, "?#");
  while (end > event && end[-1] == '/')
    end--;
  start = end;
  while (start > event && start[-1] != '/')
    start--;

  if (start == end)
    return NULL;

  return g_strndup (start, end - start);
}

static char *
dup_ticket_event_uid (TicketsTicket *ticket)
{
  TicketsEvent *event = tickets_ticket_get_event (ticket);

  if (event != NULL && tickets_resource_get_uid (TICKETS_RESOURCE (event)) != NULL)
    return g_strdup (tickets_resource_get_uid (TICKETS_RESOURCE (event)));

  return dup_event_uid (tickets_ticket_get_event_uri (ticket));
}

static gboolean
is_for_events (TicketsTicket      *ticket,
               const char * const *events)
{
  g_autofree char *uid = NULL;

  if (events == NULL || events[0] == NULL)
    return TRUE;

  /* A ticket that does not say its event is for none of them. */
  if ((uid = dup_ticket_event_uid (ticket)) == NULL)
    return FALSE;

  for (guint i = 0; events[i] != NULL; i++)
    {
      g_autofree char *chosen = dup_event_uid (events[i]);

      if (g_strcmp0 (chosen, uid) == 0)
        return TRUE;
    }

  return FALSE;
}

static gboolean
status_is (const char         *status,
           const char * const *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (g_ascii_strcasecmp (status, names[i]) == 0)
      return TRUE;

  return FALSE;
}

/**
 * tickets_verdict_classify:
 * @ticket: the ticket the code was found for
 * @events: (nullable) (array zero-terminated=1): the events admitted here
 * @now: (nullable): the time of the scan; NULL for the current time
 *
 * The one rule of the door. The checks go in the order of
 * #TicketsVerdictKind, so that the gravest reason is the one shown: a
 * re-issued ticket that was also scanned is re-issued.
 *
 * Returns: the verdict for @ticket
 */
TicketsVerdictKind
tickets_verdict_classify (TicketsTicket      *ticket,
                          const char * const *events,
                          GDateTime          *now)
{
  static const char * const reissued[] = { TICKETS_TICKET_STATUS_REISSUED, "re-issued", "transferred", NULL };
  static const char * const cancelled[] = { "cancelled", "canceled", NULL };
  g_autoptr(GDateTime) current = NULL;
  const char *status;
  GDateTime *until;
  TicketsProduct *product;

  g_return_val_if_fail (TICKETS_IS_TICKET (ticket), TICKETS_VERDICT_NOT_FOUND);

  if (now == NULL)
    now = current = g_date_time_new_now_utc ();

  if (!is_for_events (ticket, events))
    return TICKETS_VERDICT_OTHER_EVENT;

  /* A ticket without a status is not known to be valid. */
  status = tickets_ticket_get_status (ticket);
  if (status == NULL)
    return TICKETS_VERDICT_VOIDED;
  if (status_is (status, reissued))
    return TICKETS_VERDICT_REISSUED;
  if (status_is (status, cancelled))
    return TICKETS_VERDICT_CANCELLED;
  if (g_ascii_strcasecmp (status, "valid") != 0)
    return TICKETS_VERDICT_VOIDED;

  until = tickets_ticket_get_scannable_until (ticket);
  if (until != NULL && g_date_time_compare (now, until) > 0)
    return TICKETS_VERDICT_EXPIRED;

  product = tickets_ticket_get_product (ticket);
  if (product != NULL && tickets_product_get_requires_membership (product) &&
      !tickets_ticket_get_has_valid_subscription (ticket))
    return TICKETS_VERDICT_SUBSCRIPTION_INACTIVE;

  if (tickets_ticket_get_is_scanned (ticket))
    return TICKETS_VERDICT_ALREADY_SCANNED;

  if (tickets_ticket_get_needs_personalization (ticket) && !tickets_ticket_get_personalized (ticket))
    return TICKETS_VERDICT_NEEDS_NAME;

  return TICKETS_VERDICT_VALID;
}

/* TicketsVerdict */

struct _TicketsVerdict
{
  GObject             parent_instance;

  TicketsVerdictKind  kind;
  char               *code;
  TicketsTicket      *ticket;
  GDateTime          *time;
};

G_DEFINE_FINAL_TYPE (TicketsVerdict, tickets_verdict, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_TONE,
  PROP_CODE,
  PROP_TICKET,
  PROP_TIME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tickets_verdict_finalize (GObject *object)
{
  TicketsVerdict *self = TICKETS_VERDICT (object);

  g_free (self->code);
  g_clear_object (&self->ticket);
  g_clear_pointer (&self->time, g_date_time_unref);

  G_OBJECT_CLASS (tickets_verdict_parent_class)->finalize (object);
}

static void
tickets_verdict_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TicketsVerdict *self = TICKETS_VERDICT (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_TONE:
      g_value_set_enum (value, tickets_verdict_get_tone (self));
      break;

    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;

    case PROP_TICKET:
      g_value_set_object (value, self->ticket);
      break;

    case PROP_TIME:
      g_value_set_boxed (value, self->time);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_verdict_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  TicketsVerdict *self = TICKETS_VERDICT (object);

  switch (prop_id)
    {
    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;

    case PROP_CODE:
      self->code = g_value_dup_string (value);
      break;

    case PROP_TICKET:
      self->ticket = g_value_dup_object (value);
      break;

    case PROP_TIME:
      self->time = g_value_dup_boxed (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_verdict_constructed (GObject *object)
{
  TicketsVerdict *self = TICKETS_VERDICT (object);

  G_OBJECT_CLASS (tickets_verdict_parent_class)->constructed (object);

  if (self->time == NULL)
    self->time = g_date_time_new_now_utc ();
}

static void
tickets_verdict_class_init (TicketsVerdictClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tickets_verdict_finalize;
  object_class->constructed = tickets_verdict_constructed;
  object_class->get_property = tickets_verdict_get_property;
  object_class->set_property = tickets_verdict_set_property;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       TICKETS_TYPE_VERDICT_KIND, TICKETS_VERDICT_NOT_FOUND,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TONE] =
    g_param_spec_enum ("tone", NULL, NULL,
                       TICKETS_TYPE_VERDICT_TONE, TICKETS_VERDICT_TONE_BAD,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TICKET] =
    g_param_spec_object ("ticket", NULL, NULL,
                         TICKETS_TYPE_TICKET,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TIME] =
    g_param_spec_boxed ("time", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tickets_verdict_init (TicketsVerdict *self)
{
}

/**
 * tickets_verdict_new:
 * @kind: what the code means
 * @code: the code as scanned or typed
 * @ticket: (nullable): the ticket found; NULL for %TICKETS_VERDICT_NOT_FOUND only
 * @time: (nullable): when the lookup was answered; NULL for now
 *
 * Returns: (transfer full): a new #TicketsVerdict
 */
TicketsVerdict *
tickets_verdict_new (TicketsVerdictKind  kind,
                     const char         *code,
                     TicketsTicket      *ticket,
                     GDateTime          *time)
{
  g_return_val_if_fail (code != NULL, NULL);
  g_return_val_if_fail (ticket == NULL || TICKETS_IS_TICKET (ticket), NULL);
  g_return_val_if_fail ((ticket == NULL) == (kind == TICKETS_VERDICT_NOT_FOUND), NULL);

  return g_object_new (TICKETS_TYPE_VERDICT,
                       "kind", kind,
                       "code", code,
                       "ticket", ticket,
                       "time", time,
                       NULL);
}

TicketsVerdictKind
tickets_verdict_get_kind (TicketsVerdict *self)
{
  g_return_val_if_fail (TICKETS_IS_VERDICT (self), TICKETS_VERDICT_NOT_FOUND);

  return self->kind;
}

TicketsVerdictTone
tickets_verdict_get_tone (TicketsVerdict *self)
{
  g_return_val_if_fail (TICKETS_IS_VERDICT (self), TICKETS_VERDICT_TONE_BAD);

  return tickets_verdict_kind_get_tone (self->kind);
}

const char *
tickets_verdict_get_code (TicketsVerdict *self)
{
  g_return_val_if_fail (TICKETS_IS_VERDICT (self), NULL);

  return self->code;
}

TicketsTicket *
tickets_verdict_get_ticket (TicketsVerdict *self)
{
  g_return_val_if_fail (TICKETS_IS_VERDICT (self), NULL);

  return self->ticket;
}

GDateTime *
tickets_verdict_get_time (TicketsVerdict *self)
{
  g_return_val_if_fail (TICKETS_IS_VERDICT (self), NULL);

  return self->time;
}

char *
tickets_verdict_dup_event_uid (TicketsVerdict *self)
{
  g_return_val_if_fail (TICKETS_IS_VERDICT (self), NULL);

  if (self->ticket == NULL)
    return NULL;

  return dup_ticket_event_uid (self->ticket);
}
