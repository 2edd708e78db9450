/* tickets-ticket.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tickets-model-private.h"
#include "tickets-ticket.h"

struct _TicketsTicket
{
  TicketsResource parent_instance;

  char                       *code;
  char                       *status;
  gboolean                    is_scanned;
  gboolean                    personalized;
  gboolean                    needs_personalization;
  gboolean                    has_valid_subscription;
  GDateTime                  *personalization_start;
  GDateTime                  *personalization_end;
  GDateTime                  *fulfillment_starts_at;
  GDateTime                  *scannable_until;
  TicketsPersonalizationForm *personalization_form;
  TicketsConsumer            *consumer;
  TicketsConsent              consent;
  TicketsSeating             *seating;
  TicketsI18nText            *subproduct;
  TicketsAmount              *price;
  TicketsAmount              *service_fee_paid;
  TicketsEvent               *event;
  TicketsProduct             *product;
  char                       *eticket_uri;
  char                       *order_uri;
  char                       *event_uri;
  char                       *product_uri;
  char                       *parent_uri;
  char                      **personalization_request_uris;

  /* Local: set by the store and the views, never merged from the server. */
  char                       *pending_request_uri;
  char                       *pending_request_email;
  GDateTime                  *pending_request_created_at;
  TicketsConsumer            *draft;
  TicketsSaveState            save_state;
  GError                     *save_error;
};

G_DEFINE_FINAL_TYPE (TicketsTicket, tickets_ticket, TICKETS_TYPE_RESOURCE)

enum {
  PROP_0,
  PROP_CODE,
  PROP_STATUS,
  PROP_IS_SCANNED,
  PROP_PERSONALIZED,
  PROP_NEEDS_PERSONALIZATION,
  PROP_HAS_VALID_SUBSCRIPTION,
  PROP_PERSONALIZATION_START,
  PROP_PERSONALIZATION_END,
  PROP_FULFILLMENT_STARTS_AT,
  PROP_SCANNABLE_UNTIL,
  PROP_PERSONALIZATION_FORM,
  PROP_CONSUMER,
  PROP_CONSENT,
  PROP_SEATING,
  PROP_SUBPRODUCT,
  PROP_PRICE,
  PROP_SERVICE_FEE_PAID,
  PROP_EVENT,
  PROP_PRODUCT,
  PROP_ETICKET_URI,
  PROP_ORDER_URI,
  PROP_EVENT_URI,
  PROP_PRODUCT_URI,
  PROP_PARENT_URI,
  PROP_PERSONALIZATION_REQUEST_URIS,
  PROP_PERSONALIZATION_STATE,
  PROP_PENDING_REQUEST_URI,
  PROP_PENDING_REQUEST_EMAIL,
  PROP_PENDING_REQUEST_CREATED_AT,
  PROP_DRAFT,
  PROP_SAVE_STATE,
  PROP_SAVE_ERROR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tickets_ticket_finalize (GObject *object)
{
  TicketsTicket *self = TICKETS_TICKET (object);

  g_free (self->code);
  g_free (self->status);
  g_clear_pointer (&self->personalization_start, g_date_time_unref);
  g_clear_pointer (&self->personalization_end, g_date_time_unref);
  g_clear_pointer (&self->fulfillment_starts_at, g_date_time_unref);
  g_clear_pointer (&self->scannable_until, g_date_time_unref);
  g_clear_object (&self->personalization_form);
  g_clear_object (&self->consumer);
  g_clear_object (&self->seating);
  g_clear_object (&self->subproduct);
  g_clear_object (&self->price);
  g_clear_object (&self->service_fee_paid);
  g_clear_object (&self->event);
  g_clear_object (&self->product);
  g_free (self->eticket_uri);
  g_free (self->order_uri);
  g_free (self->event_uri);
  g_free (self->product_uri);
  g_free (self->parent_uri);
  g_strfreev (self->personalization_request_uris);
  g_free (self->pending_request_uri);
  g_free (self->pending_request_email);
  g_clear_pointer (&self->pending_request_created_at, g_date_time_unref);
  g_clear_object (&self->draft);
  g_clear_error (&self->save_error);

  G_OBJECT_CLASS (tickets_ticket_parent_class)->finalize (object);
}

static void
tickets_ticket_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  TicketsTicket *self = TICKETS_TICKET (object);

  switch (prop_id)
    {
    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;

    case PROP_STATUS:
      g_value_set_string (value, self->status);
      break;

    case PROP_IS_SCANNED:
      g_value_set_boolean (value, self->is_scanned);
      break;

    case PROP_PERSONALIZED:
      g_value_set_boolean (value, self->personalized);
      break;

    case PROP_NEEDS_PERSONALIZATION:
      g_value_set_boolean (value, self->needs_personalization);
      break;

    case PROP_HAS_VALID_SUBSCRIPTION:
      g_value_set_boolean (value, self->has_valid_subscription);
      break;

    case PROP_PERSONALIZATION_START:
      g_value_set_boxed (value, self->personalization_start);
      break;

    case PROP_PERSONALIZATION_END:
      g_value_set_boxed (value, self->personalization_end);
      break;

    case PROP_FULFILLMENT_STARTS_AT:
      g_value_set_boxed (value, self->fulfillment_starts_at);
      break;

    case PROP_SCANNABLE_UNTIL:
      g_value_set_boxed (value, self->scannable_until);
      break;

    case PROP_PERSONALIZATION_FORM:
      g_value_set_object (value, self->personalization_form);
      break;

    case PROP_CONSUMER:
      g_value_set_object (value, self->consumer);
      break;

    case PROP_SEATING:
      g_value_set_object (value, self->seating);
      break;

    case PROP_SUBPRODUCT:
      g_value_set_object (value, self->subproduct);
      break;

    case PROP_PRICE:
      g_value_set_object (value, self->price);
      break;

    case PROP_SERVICE_FEE_PAID:
      g_value_set_object (value, self->service_fee_paid);
      break;

    case PROP_EVENT:
      g_value_set_object (value, self->event);
      break;

    case PROP_PRODUCT:
      g_value_set_object (value, self->product);
      break;

    case PROP_ETICKET_URI:
      g_value_set_string (value, self->eticket_uri);
      break;

    case PROP_ORDER_URI:
      g_value_set_string (value, self->order_uri);
      break;

    case PROP_EVENT_URI:
      g_value_set_string (value, self->event_uri);
      break;

    case PROP_PRODUCT_URI:
      g_value_set_string (value, self->product_uri);
      break;

    case PROP_PARENT_URI:
      g_value_set_string (value, self->parent_uri);
      break;

    case PROP_PERSONALIZATION_REQUEST_URIS:
      g_value_set_boxed (value, self->personalization_request_uris);
      break;

    case PROP_PERSONALIZATION_STATE:
      g_value_set_enum (value, tickets_ticket_get_personalization_state (self, NULL));
      break;

    case PROP_CONSENT:
      g_value_set_flags (value, self->consent);
      break;

    case PROP_PENDING_REQUEST_URI:
      g_value_set_string (value, self->pending_request_uri);
      break;

    case PROP_PENDING_REQUEST_EMAIL:
      g_value_set_string (value, self->pending_request_email);
      break;

    case PROP_PENDING_REQUEST_CREATED_AT:
      g_value_set_boxed (value, self->pending_request_created_at);
      break;

    case PROP_DRAFT:
      g_value_set_object (value, self->draft);
      break;

    case PROP_SAVE_STATE:
      g_value_set_enum (value, self->save_state);
      break;

    case PROP_SAVE_ERROR:
      g_value_set_boxed (value, self->save_error);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_ticket_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  TicketsTicket *self = TICKETS_TICKET (object);

  switch (prop_id)
    {
    case PROP_CODE:
      tickets_ticket_set_code (self, g_value_get_string (value));
      break;

    case PROP_STATUS:
      tickets_ticket_set_status (self, g_value_get_string (value));
      break;

    case PROP_IS_SCANNED:
      tickets_ticket_set_is_scanned (self, g_value_get_boolean (value));
      break;

    case PROP_PERSONALIZED:
      tickets_ticket_set_personalized (self, g_value_get_boolean (value));
      break;

    case PROP_NEEDS_PERSONALIZATION:
      tickets_ticket_set_needs_personalization (self, g_value_get_boolean (value));
      break;

    case PROP_HAS_VALID_SUBSCRIPTION:
      tickets_ticket_set_has_valid_subscription (self, g_value_get_boolean (value));
      break;

    case PROP_PERSONALIZATION_START:
      tickets_ticket_set_personalization_start (self, g_value_get_boxed (value));
      break;

    case PROP_PERSONALIZATION_END:
      tickets_ticket_set_personalization_end (self, g_value_get_boxed (value));
      break;

    case PROP_FULFILLMENT_STARTS_AT:
      tickets_ticket_set_fulfillment_starts_at (self, g_value_get_boxed (value));
      break;

    case PROP_SCANNABLE_UNTIL:
      tickets_ticket_set_scannable_until (self, g_value_get_boxed (value));
      break;

    case PROP_PERSONALIZATION_FORM:
      tickets_ticket_set_personalization_form (self, g_value_get_object (value));
      break;

    case PROP_CONSUMER:
      tickets_ticket_set_consumer (self, g_value_get_object (value));
      break;

    case PROP_SEATING:
      tickets_ticket_set_seating (self, g_value_get_object (value));
      break;

    case PROP_SUBPRODUCT:
      tickets_ticket_set_subproduct (self, g_value_get_object (value));
      break;

    case PROP_PRICE:
      tickets_ticket_set_price (self, g_value_get_object (value));
      break;

    case PROP_SERVICE_FEE_PAID:
      tickets_ticket_set_service_fee_paid (self, g_value_get_object (value));
      break;

    case PROP_EVENT:
      tickets_ticket_set_event (self, g_value_get_object (value));
      break;

    case PROP_PRODUCT:
      tickets_ticket_set_product (self, g_value_get_object (value));
      break;

    case PROP_ETICKET_URI:
      tickets_ticket_set_eticket_uri (self, g_value_get_string (value));
      break;

    case PROP_ORDER_URI:
      tickets_ticket_set_order_uri (self, g_value_get_string (value));
      break;

    case PROP_EVENT_URI:
      tickets_ticket_set_event_uri (self, g_value_get_string (value));
      break;

    case PROP_PRODUCT_URI:
      tickets_ticket_set_product_uri (self, g_value_get_string (value));
      break;

    case PROP_PARENT_URI:
      tickets_ticket_set_parent_uri (self, g_value_get_string (value));
      break;

    case PROP_PERSONALIZATION_REQUEST_URIS:
      tickets_ticket_set_personalization_request_uris (self, g_value_get_boxed (value));
      break;

    case PROP_CONSENT:
      tickets_ticket_set_consent (self, g_value_get_flags (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

G_DEFINE_ENUM_TYPE (TicketsPersonalizationState, tickets_personalization_state,
                    G_DEFINE_ENUM_VALUE (TICKETS_PERSONALIZATION_STATE_NOT_REQUIRED, "not-required"),
                    G_DEFINE_ENUM_VALUE (TICKETS_PERSONALIZATION_STATE_NEEDED, "needed"),
                    G_DEFINE_ENUM_VALUE (TICKETS_PERSONALIZATION_STATE_PERSONALIZED, "personalized"),
                    G_DEFINE_ENUM_VALUE (TICKETS_PERSONALIZATION_STATE_NOT_YET_OPEN, "not-yet-open"),
                    G_DEFINE_ENUM_VALUE (TICKETS_PERSONALIZATION_STATE_CLOSED, "closed"),
                    G_DEFINE_ENUM_VALUE (TICKETS_PERSONALIZATION_STATE_INVALID, "invalid"))

G_DEFINE_ENUM_TYPE (TicketsSaveState, tickets_save_state,
                    G_DEFINE_ENUM_VALUE (TICKETS_SAVE_STATE_NONE, "none"),
                    G_DEFINE_ENUM_VALUE (TICKETS_SAVE_STATE_SAVING, "saving"),
                    G_DEFINE_ENUM_VALUE (TICKETS_SAVE_STATE_FAILED, "failed"))

static TicketsPersonalizationState
compute_personalization_state (TicketsTicket *self,
                               gint64         now)
{
  if (g_strcmp0 (self->status, "valid") != 0)
    return TICKETS_PERSONALIZATION_STATE_INVALID;
  if (self->personalized)
    return TICKETS_PERSONALIZATION_STATE_PERSONALIZED;
  if (!self->needs_personalization)
    return TICKETS_PERSONALIZATION_STATE_NOT_REQUIRED;
  if (self->personalization_start != NULL
      && now < tickets_date_time_to_usec (self->personalization_start))
    return TICKETS_PERSONALIZATION_STATE_NOT_YET_OPEN;
  if (self->personalization_end != NULL
      && now > tickets_date_time_to_usec (self->personalization_end))
    return TICKETS_PERSONALIZATION_STATE_CLOSED;

  return TICKETS_PERSONALIZATION_STATE_NEEDED;
}

/* "personalization-state" is derived, not stored: the setters of its inputs
 * compare it before and after, at one instant so that the clock moving in
 * between cannot look like a change. */
typedef struct
{
  gint64                      now;
  TicketsPersonalizationState old_state;
} StateChange;

static void
begin_state_change (TicketsTicket *self,
                    StateChange   *change)
{
  change->now = g_get_real_time ();
  change->old_state = compute_personalization_state (self, change->now);
}

static void
end_state_change (TicketsTicket *self,
                  StateChange   *change)
{
  if (compute_personalization_state (self, change->now) != change->old_state)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSONALIZATION_STATE]);
}

/* Whether @fresh names the holder @known named. The server gives what this
 * app sent (and answered with no body) a uid: that is no other person. */
static gboolean
same_holder (TicketsConsumer *known,
             TicketsConsumer *fresh)
{
  if (tickets_consumer_equal (known, fresh))
    return TRUE;
  if (known == NULL || fresh == NULL || tickets_consumer_get_uid (known) != NULL)
    return FALSE;

  return tickets_consumer_equal_but_uid (known, fresh);
}

/* The consent recorded for a ticket is its holder's: what the server said
 * in an opt_in, or what this app sent with that holder's details. When a
 * fresh copy names someone else (personalized again by a friend, on
 * another device) and says nothing of consent, the old answer belongs to
 * the previous holder: the new one's is not known. */
static void
tickets_ticket_merge (TicketsResource *resource,
                      TicketsResource *source)
{
  TicketsTicket *self = TICKETS_TICKET (resource);
  TicketsTicket *fresh = TICKETS_TICKET (source);
  g_autoptr(TicketsConsumer) known = self->consumer != NULL ? g_object_ref (self->consumer) : NULL;

  TICKETS_RESOURCE_CLASS (tickets_ticket_parent_class)->merge (resource, source);

  if (tickets_resource_is_present (source, "consumer") &&
      !tickets_resource_is_present (source, "consent") &&
      tickets_ticket_get_consent_known (self) &&
      !same_holder (known, fresh->consumer))
    {
      tickets_resource_mark_absent (self, properties[PROP_CONSENT]);
      self->consent = TICKETS_CONSENT_NONE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONSENT]);
    }
}

static void
tickets_ticket_class_init (TicketsTicketClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  TicketsResourceClass *resource_class = TICKETS_RESOURCE_CLASS (klass);

  resource_class->merge = tickets_ticket_merge;

  object_class->finalize = tickets_ticket_finalize;
  object_class->get_property = tickets_ticket_get_property;
  object_class->set_property = tickets_ticket_set_property;

  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_STATUS] =
    g_param_spec_string ("status", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_IS_SCANNED] =
    g_param_spec_boolean ("is-scanned", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_PERSONALIZED] =
    g_param_spec_boolean ("personalized", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_NEEDS_PERSONALIZATION] =
    g_param_spec_boolean ("needs-personalization", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_HAS_VALID_SUBSCRIPTION] =
    g_param_spec_boolean ("has-valid-subscription", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_PERSONALIZATION_START] =
    g_param_spec_boxed ("personalization-start", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_PERSONALIZATION_END] =
    g_param_spec_boxed ("personalization-end", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_FULFILLMENT_STARTS_AT] =
    g_param_spec_boxed ("fulfillment-starts-at", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_SCANNABLE_UNTIL] =
    g_param_spec_boxed ("scannable-until", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_PERSONALIZATION_FORM] =
    g_param_spec_object ("personalization-form", NULL, NULL,
                         TICKETS_TYPE_PERSONALIZATION_FORM,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_CONSUMER] =
    g_param_spec_object ("consumer", NULL, NULL,
                         TICKETS_TYPE_CONSUMER,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_SEATING] =
    g_param_spec_object ("seating", NULL, NULL,
                         TICKETS_TYPE_SEATING,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_SUBPRODUCT] =
    g_param_spec_object ("subproduct", NULL, NULL,
                         TICKETS_TYPE_I18N_TEXT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_PRICE] =
    g_param_spec_object ("price", NULL, NULL,
                         TICKETS_TYPE_AMOUNT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_SERVICE_FEE_PAID] =
    g_param_spec_object ("service-fee-paid", NULL, NULL,
                         TICKETS_TYPE_AMOUNT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_EVENT] =
    g_param_spec_object ("event", NULL, NULL,
                         TICKETS_TYPE_EVENT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_PRODUCT] =
    g_param_spec_object ("product", NULL, NULL,
                         TICKETS_TYPE_PRODUCT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_ETICKET_URI] =
    g_param_spec_string ("eticket-uri", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_ORDER_URI] =
    g_param_spec_string ("order-uri", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_EVENT_URI] =
    g_param_spec_string ("event-uri", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_PRODUCT_URI] =
    g_param_spec_string ("product-uri", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_PARENT_URI] =
    g_param_spec_string ("parent-uri", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_PERSONALIZATION_REQUEST_URIS] =
    g_param_spec_boxed ("personalization-request-uris", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_PERSONALIZATION_STATE] =
    g_param_spec_enum ("personalization-state", NULL, NULL,
                       TICKETS_TYPE_PERSONALIZATION_STATE,
                       TICKETS_PERSONALIZATION_STATE_INVALID,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /* Present (see tickets_ticket_get_consent_known()) only once someone said. */
  properties[PROP_CONSENT] =
    g_param_spec_flags ("consent", NULL, NULL,
                        TICKETS_TYPE_CONSENT,
                        TICKETS_CONSENT_NONE,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /* The local state below is read-only as properties: a merge copies
   * writable properties only, so a fresh copy from the server never
   * wipes it. */
  properties[PROP_PENDING_REQUEST_URI] =
    g_param_spec_string ("pending-request-uri", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_PENDING_REQUEST_EMAIL] =
    g_param_spec_string ("pending-request-email", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_PENDING_REQUEST_CREATED_AT] =
    g_param_spec_boxed ("pending-request-created-at", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_DRAFT] =
    g_param_spec_object ("draft", NULL, NULL,
                         TICKETS_TYPE_CONSUMER,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_SAVE_STATE] =
    g_param_spec_enum ("save-state", NULL, NULL,
                       TICKETS_TYPE_SAVE_STATE,
                       TICKETS_SAVE_STATE_NONE,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_SAVE_ERROR] =
    g_param_spec_boxed ("save-error", NULL, NULL,
                        G_TYPE_ERROR,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tickets_ticket_init (TicketsTicket *self)
{
}

TicketsTicket *
tickets_ticket_new (const char *uid)
{
  return g_object_new (TICKETS_TYPE_TICKET, "uid", uid, NULL);
}

const char *
tickets_ticket_get_code (TicketsTicket *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET (self), NULL);

  return self->code;
}

void
tickets_ticket_set_code (TicketsTicket *self,
                         const char    *code)
{
  g_return_if_fail (TICKETS_IS_TICKET (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_CODE]);

  if (tickets_set_str (&self->code, code))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CODE]);
}

const char *
tickets_ticket_get_status (TicketsTicket *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET (self), NULL);

  return self->status;
}

void
tickets_ticket_set_status (TicketsTicket *self,
                           const char    *status)
{
  StateChange change;

  g_return_if_fail (TICKETS_IS_TICKET (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_STATUS]);

  begin_state_change (self, &change);
  if (tickets_set_str (&self->status, status))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
      end_state_change (self, &change);
    }
}

gboolean
tickets_ticket_get_is_scanned (TicketsTicket *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET (self), FALSE);

  return self->is_scanned;
}

void
tickets_ticket_set_is_scanned (TicketsTicket *self,
                               gboolean       is_scanned)
{
  g_return_if_fail (TICKETS_IS_TICKET (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_IS_SCANNED]);

  is_scanned = !!is_scanned;
  if (self->is_scanned == is_scanned)
    return;

  self->is_scanned = is_scanned;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IS_SCANNED]);
}

gboolean
tickets_ticket_get_personalized (TicketsTicket *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET (self), FALSE);

  return self->personalized;
}

void
tickets_ticket_set_personalized (TicketsTicket *self,
                                 gboolean       personalized)
{
  StateChange change;

  g_return_if_fail (TICKETS_IS_TICKET (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_PERSONALIZED]);

  personalized = !!personalized;
  if (self->personalized == personalized)
    return;

  begin_state_change (self, &change);
  self->personalized = personalized;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSONALIZED]);
  end_state_change (self, &change);
}

gboolean
tickets_ticket_get_needs_personalization (TicketsTicket *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET (self), FALSE);

  return self->needs_personalization;
}

void
tickets_ticket_set_needs_personalization (TicketsTicket *self,
                                          gboolean       needs_personalization)
{
  StateChange change;

  g_return_if_fail (TICKETS_IS_TICKET (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_NEEDS_PERSONALIZATION]);

  needs_personalization = !!needs_personalization;
  if (self->needs_personalization == needs_personalization)
    return;

  begin_state_change (self, &change);
  self->needs_personalization = needs_personalization;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEEDS_PERSONALIZATION]);
  end_state_change (self, &change);
}

gboolean
tickets_ticket_get_has_valid_subscription (TicketsTicket *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET (self), FALSE);

  return self->has_valid_subscription;
}

void
tickets_ticket_set_has_valid_subscription (TicketsTicket *self,
                                           gboolean       has_valid_subscription)
{
  g_return_if_fail (TICKETS_IS_TICKET (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_HAS_VALID_SUBSCRIPTION]);

  has_valid_subscription = !!has_valid_subscription;
  if (self->has_valid_subscription == has_valid_subscription)
    return;

  self->has_valid_subscription = has_valid_subscription;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_VALID_SUBSCRIPTION]);
}

GDateTime *
tickets_ticket_get_personalization_start (TicketsTicket *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET (self), NULL);

  return self->personalization_start;
}

void
tickets_ticket_set_personalization_start (TicketsTicket *self,
                                          GDateTime     *personalization_start)
{
  StateChange change;

  g_return_if_fail (TICKETS_IS_TICKET (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_PERSONALIZATION_START]);

  begin_state_change (self, &change);
  if (tickets_set_date_time (&self->personalization_start, personalization_start))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSONALIZATION_START]);
      end_state_change (self, &change);
    }
}

GDateTime *
tickets_ticket_get_personalization_end (TicketsTicket *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET (self), NULL);

  return self->personalization_end;
}

void
tickets_ticket_set_personalization_end (TicketsTicket *self,
                                        GDateTime     *personalization_end)
{
  StateChange change;

  g_return_if_fail (TICKETS_IS_TICKET (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_PERSONALIZATION_END]);

  begin_state_change (self, &change);
  if (tickets_set_date_time (&self->personalization_end, personalization_end))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSONALIZATION_END]);
      end_state_change (self, &change);
    }
}

GDateTime *
tickets_ticket_get_fulfillment_starts_at (TicketsTicket *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET (self), NULL);

  return self->fulfillment_starts_at;
}

void
tickets_ticket_set_fulfillment_starts_at (TicketsTicket *self,
                                          GDateTime     *fulfillment_starts_at)
{
  g_return_if_fail (TICKETS_IS_TICKET (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_FULFILLMENT_STARTS_AT]);

  if (tickets_set_date_time (&self->fulfillment_starts_at, fulfillment_starts_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FULFILLMENT_STARTS_AT]);
}

GDateTime *
tickets_ticket_get_scannable_until (TicketsTicket *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET (self), NULL);

  return self->scannable_until;
}

void
tickets_ticket_set_scannable_until (TicketsTicket *self,
                                    GDateTime     *scannable_until)
{
  g_return_if_fail (TICKETS_IS_TICKET (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_SCANNABLE_UNTIL]);

  if (tickets_set_date_time (&self->scannable_until, scannable_until))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCANNABLE_UNTIL]);
}

TicketsPersonalizationForm *
tickets_ticket_get_personalization_form (TicketsTicket *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET (self), NULL);

  return self->personalization_form;
}

void
tickets_ticket_set_personalization_form (TicketsTicket              *self,
                                         TicketsPersonalizationForm *personalization_form)
{
  g_return_if_fail (TICKETS_IS_TICKET (self));
  g_return_if_fail (personalization_form == NULL || TICKETS_IS_PERSONALIZATION_FORM (personalization_form));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_PERSONALIZATION_FORM]);

  if (tickets_set_value_object ((gpointer *) &self->personalization_form, personalization_form,
                                (TicketsEqualFunc) tickets_personalization_form_equal))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSONALIZATION_FORM]);
}

TicketsConsumer *
tickets_ticket_get_consumer (TicketsTicket *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET (self), NULL);

  return self->consumer;
}

void
tickets_ticket_set_consumer (TicketsTicket   *self,
                             TicketsConsumer *consumer)
{
  g_return_if_fail (TICKETS_IS_TICKET (self));
  g_return_if_fail (consumer == NULL || TICKETS_IS_CONSUMER (consumer));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_CONSUMER]);

  if (tickets_set_value_object ((gpointer *) &self->consumer, consumer,
                                (TicketsEqualFunc) tickets_consumer_equal))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONSUMER]);
}

TicketsSeating *
tickets_ticket_get_seating (TicketsTicket *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET (self), NULL);

  return self->seating;
}

void
tickets_ticket_set_seating (TicketsTicket  *self,
                            TicketsSeating *seating)
{
  g_return_if_fail (TICKETS_IS_TICKET (self));
  g_return_if_fail (seating == NULL || TICKETS_IS_SEATING (seating));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_SEATING]);

  if (tickets_set_value_object ((gpointer *) &self->seating, seating,
                                (TicketsEqualFunc) tickets_seating_equal))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEATING]);
}

TicketsI18nText *
tickets_ticket_get_subproduct (TicketsTicket *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET (self), NULL);

  return self->subproduct;
}

void
tickets_ticket_set_subproduct (TicketsTicket   *self,
                               TicketsI18nText *subproduct)
{
  g_return_if_fail (TICKETS_IS_TICKET (self));
  g_return_if_fail (subproduct == NULL || TICKETS_IS_I18N_TEXT (subproduct));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_SUBPRODUCT]);

  if (tickets_set_value_object ((gpointer *) &self->subproduct, subproduct,
                                (TicketsEqualFunc) tickets_i18n_text_equal))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUBPRODUCT]);
}

TicketsAmount *
tickets_ticket_get_price (TicketsTicket *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET (self), NULL);

  return self->price;
}

void
tickets_ticket_set_price (TicketsTicket *self,
                          TicketsAmount *price)
{
  g_return_if_fail (TICKETS_IS_TICKET (self));
  g_return_if_fail (price == NULL || TICKETS_IS_AMOUNT (price));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_PRICE]);

  if (tickets_set_value_object ((gpointer *) &self->price, price,
                                (TicketsEqualFunc) tickets_amount_equal))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRICE]);
}

TicketsAmount *
tickets_ticket_get_service_fee_paid (TicketsTicket *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET (self), NULL);

  return self->service_fee_paid;
}

void
tickets_ticket_set_service_fee_paid (TicketsTicket *self,
                                     TicketsAmount *service_fee_paid)
{
  g_return_if_fail (TICKETS_IS_TICKET (self));
  g_return_if_fail (service_fee_paid == NULL || TICKETS_IS_AMOUNT (service_fee_paid));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_SERVICE_FEE_PAID]);

  if (tickets_set_value_object ((gpointer *) &self->service_fee_paid, service_fee_paid,
                                (TicketsEqualFunc) tickets_amount_equal))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SERVICE_FEE_PAID]);
}

TicketsEvent *
tickets_ticket_get_event (TicketsTicket *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET (self), NULL);

  return self->event;
}

void
tickets_ticket_set_event (TicketsTicket *self,
                          TicketsEvent  *event)
{
  g_return_if_fail (TICKETS_IS_TICKET (self));
  g_return_if_fail (event == NULL || TICKETS_IS_EVENT (event));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_EVENT]);

  if (g_set_object (&self->event, event))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVENT]);
}

TicketsProduct *
tickets_ticket_get_product (TicketsTicket *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET (self), NULL);

  return self->product;
}

void
tickets_ticket_set_product (TicketsTicket  *self,
                            TicketsProduct *product)
{
  g_return_if_fail (TICKETS_IS_TICKET (self));
  g_return_if_fail (product == NULL || TICKETS_IS_PRODUCT (product));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_PRODUCT]);

  if (g_set_object (&self->product, product))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRODUCT]);
}

const char *
tickets_ticket_get_eticket_uri (TicketsTicket *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET (self), NULL);

  return self->eticket_uri;
}

void
tickets_ticket_set_eticket_uri (TicketsTicket *self,
                                const char    *eticket_uri)
{
  g_return_if_fail (TICKETS_IS_TICKET (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_ETICKET_URI]);

  if (tickets_set_str (&self->eticket_uri, eticket_uri))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ETICKET_URI]);
}

const char *
tickets_ticket_get_order_uri (TicketsTicket *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET (self), NULL);

  return self->order_uri;
}

void
tickets_ticket_set_order_uri (TicketsTicket *self,
                              const char    *order_uri)
{
  g_return_if_fail (TICKETS_IS_TICKET (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_ORDER_URI]);

  if (tickets_set_str (&self->order_uri, order_uri))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORDER_URI]);
}

const char *
tickets_ticket_get_event_uri (TicketsTicket *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET (self), NULL);

  return self->event_uri;
}

void
tickets_ticket_set_event_uri (TicketsTicket *self,
                              const char    *event_uri)
{
  g_return_if_fail (TICKETS_IS_TICKET (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_EVENT_URI]);

  if (tickets_set_str (&self->event_uri, event_uri))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVENT_URI]);
}

const char *
tickets_ticket_get_product_uri (TicketsTicket *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET (self), NULL);

  return self->product_uri;
}

void
tickets_ticket_set_product_uri (TicketsTicket *self,
                                const char    *product_uri)
{
  g_return_if_fail (TICKETS_IS_TICKET (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_PRODUCT_URI]);

  if (tickets_set_str (&self->product_uri, product_uri))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRODUCT_URI]);
}

const char *
tickets_ticket_get_parent_uri (TicketsTicket *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET (self), NULL);

  return self->parent_uri;
}

void
tickets_ticket_set_parent_uri (TicketsTicket *self,
                               const char    *parent_uri)
{
  g_return_if_fail (TICKETS_IS_TICKET (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_PARENT_URI]);

  if (tickets_set_str (&self->parent_uri, parent_uri))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARENT_URI]);
}

const char * const *
tickets_ticket_get_personalization_request_uris (TicketsTicket *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET (self), NULL);

  return (const char * const *) self->personalization_request_uris;
}

void
tickets_ticket_set_personalization_request_uris (TicketsTicket      *self,
                                                 const char * const *personalization_request_uris)
{
  g_return_if_fail (TICKETS_IS_TICKET (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_PERSONALIZATION_REQUEST_URIS]);

  if (tickets_set_strv (&self->personalization_request_uris, personalization_request_uris))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSONALIZATION_REQUEST_URIS]);
}

static gint64
get_now_usec (GDateTime *now)
{
  return now != NULL ? tickets_date_time_to_usec (now) : g_get_real_time ();
}

/**
 * tickets_ticket_get_personalization_state:
 * @now: (nullable): the time to judge the personalization window at, NULL for now
 *
 * The window includes its start and its end.
 */
TicketsPersonalizationState
tickets_ticket_get_personalization_state (TicketsTicket *self,
                                          GDateTime     *now)
{
  g_return_val_if_fail (TICKETS_IS_TICKET (self), TICKETS_PERSONALIZATION_STATE_INVALID);

  return compute_personalization_state (self, get_now_usec (now));
}

/**
 * tickets_ticket_can_personalize:
 * @now: (nullable): the time to judge the personalization window at, NULL for now
 *
 * Returns: whether the ticket is valid and @now lies in its personalization
 *   window (an unknown bound does not close it)
 */
gboolean
tickets_ticket_can_personalize (TicketsTicket *self,
                                GDateTime     *now)
{
  gint64 now_usec;

  g_return_val_if_fail (TICKETS_IS_TICKET (self), FALSE);

  if (g_strcmp0 (self->status, "valid") != 0)
    return FALSE;

  now_usec = get_now_usec (now);
  if (self->personalization_start != NULL
      && now_usec < tickets_date_time_to_usec (self->personalization_start))
    return FALSE;
  if (self->personalization_end != NULL
      && now_usec > tickets_date_time_to_usec (self->personalization_end))
    return FALSE;

  return TRUE;
}

const char *
tickets_ticket_get_pending_request_uri (TicketsTicket *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET (self), NULL);

  return self->pending_request_uri;
}

const char *
tickets_ticket_get_pending_request_email (TicketsTicket *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET (self), NULL);

  return self->pending_request_email;
}

GDateTime *
tickets_ticket_get_pending_request_created_at (TicketsTicket *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET (self), NULL);

  return self->pending_request_created_at;
}

void
tickets_ticket_set_pending_request (TicketsTicket *self,
                                    const char    *uri,
                                    const char    *email,
                                    GDateTime     *created_at)
{
  g_return_if_fail (TICKETS_IS_TICKET (self));

  /* A row reads the three together: it hears of them once. */
  g_object_freeze_notify (G_OBJECT (self));
  if (tickets_set_str (&self->pending_request_uri, uri))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PENDING_REQUEST_URI]);
  if (tickets_set_str (&self->pending_request_email, uri != NULL ? email : NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PENDING_REQUEST_EMAIL]);
  if (uri == NULL)
    created_at = NULL;
  if (!(created_at == NULL && self->pending_request_created_at == NULL) &&
      (created_at == NULL || self->pending_request_created_at == NULL ||
       !g_date_time_equal (created_at, self->pending_request_created_at)))
    {
      g_clear_pointer (&self->pending_request_created_at, g_date_time_unref);
      if (created_at != NULL)
        self->pending_request_created_at = g_date_time_ref (created_at);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PENDING_REQUEST_CREATED_AT]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

TicketsConsumer *
tickets_ticket_get_draft (TicketsTicket *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET (self), NULL);

  return self->draft;
}

void
tickets_ticket_set_draft (TicketsTicket   *self,
                          TicketsConsumer *draft)
{
  g_return_if_fail (TICKETS_IS_TICKET (self));
  g_return_if_fail (draft == NULL || TICKETS_IS_CONSUMER (draft));

  if (g_set_object (&self->draft, draft))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DRAFT]);
}

TicketsSaveState
tickets_ticket_get_save_state (TicketsTicket *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET (self), TICKETS_SAVE_STATE_NONE);

  return self->save_state;
}

const GError *
tickets_ticket_get_save_error (TicketsTicket *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET (self), NULL);

  return self->save_error;
}

void
tickets_ticket_set_save_state (TicketsTicket    *self,
                               TicketsSaveState  state,
                               const GError     *error)
{
  g_return_if_fail (TICKETS_IS_TICKET (self));
  g_return_if_fail ((state == TICKETS_SAVE_STATE_FAILED) == (error != NULL));

  g_object_freeze_notify (G_OBJECT (self));
  if (self->save_error != NULL || error != NULL)
    {
      g_clear_error (&self->save_error);
      self->save_error = error != NULL ? g_error_copy (error) : NULL;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SAVE_ERROR]);
    }
  if (self->save_state != state)
    {
      self->save_state = state;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SAVE_STATE]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * tickets_naming_count_tickets:
 * @count: (out caller-allocates): where to count
 * @tickets: a list of #TicketsTicket
 * @now: (nullable): the time to judge the personalization windows at, NULL for now
 *
 * Counts each ticket once, by its personalization state; a ticket that
 * still needs a name and has a friend's request pending counts as needed
 * and as waiting.
 */
void
tickets_naming_count_tickets (TicketsNamingCount *count,
                              GListModel         *tickets,
                              GDateTime          *now)
{
  gint64 now_usec = get_now_usec (now);
  guint n_items;

  g_return_if_fail (count != NULL);
  g_return_if_fail (tickets == NULL || G_IS_LIST_MODEL (tickets));

  memset (count, 0, sizeof *count);
  n_items = tickets != NULL ? g_list_model_get_n_items (tickets) : 0;
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(TicketsTicket) ticket = g_list_model_get_item (tickets, i);

      count->n_tickets++;
      switch (compute_personalization_state (ticket, now_usec))
        {
        case TICKETS_PERSONALIZATION_STATE_PERSONALIZED:
          count->n_personalized++;
          break;

        case TICKETS_PERSONALIZATION_STATE_NEEDED:
          count->n_needed++;
          if (ticket->pending_request_uri != NULL)
            count->n_waiting++;
          break;

        case TICKETS_PERSONALIZATION_STATE_NOT_YET_OPEN:
          count->n_not_yet_open++;
          break;

        case TICKETS_PERSONALIZATION_STATE_CLOSED:
          count->n_closed++;
          break;

        case TICKETS_PERSONALIZATION_STATE_NOT_REQUIRED:
          count->n_not_required++;
          break;

        case TICKETS_PERSONALIZATION_STATE_INVALID:
        default:
          count->n_invalid++;
          break;
        }
    }
}

TicketsConsent
tickets_ticket_get_consent (TicketsTicket *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET (self), TICKETS_CONSENT_NONE);

  return self->consent;
}

/**
 * tickets_ticket_set_consent:
 * @consent: what the holder agreed to
 *
 * Also makes the consent known: a ticket the server said nothing about
 * reads as unknown, never as "agreed to nothing".
 */
void
tickets_ticket_set_consent (TicketsTicket  *self,
                            TicketsConsent  consent)
{
  gboolean was_known;

  g_return_if_fail (TICKETS_IS_TICKET (self));

  consent &= TICKETS_CONSENT_ALL;
  was_known = tickets_ticket_get_consent_known (self);
  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_CONSENT]);
  if (was_known && self->consent == consent)
    return;

  self->consent = consent;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONSENT]);
}

gboolean
tickets_ticket_get_consent_known (TicketsTicket *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET (self), FALSE);

  return tickets_resource_is_present (TICKETS_RESOURCE (self), "consent");
}
