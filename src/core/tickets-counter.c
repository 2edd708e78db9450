/* tickets-counter.c: the box office's lookups, for one staff sign-in
 *
 * A scan is answered by the first chosen event that knows the code; a code
 * no chosen event knows is asked of the other events, to say which one it
 * is for. Every lookup carries a generation: only the newest may set the
 * verdict, so a slow answer to an old scan never covers a newer one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tickets-counter-private.h"
#include "tickets-error.h"

typedef TicketsCounterLookup Lookup;

G_DEFINE_FINAL_TYPE (TicketsCounter, tickets_counter, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_SHIFT_LOG,
  PROP_EVENTS,
  PROP_CODE,
  PROP_VERDICT,
  PROP_BUSY,
  PROP_ERROR,
  PROP_SEARCH_RESULTS,
  PROP_ABILITIES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Lookups */

struct _TicketsCounterLookup
{
  GWeakRef      counter;
  guint         generation;
  char         *code;
  char        **events;
  GCancellable *cancellable;
  guint         n_pending;
  gboolean      asking_others;
  gboolean      done;
  GError       *error;
};

static void
lookup_clear (Lookup *lookup)
{
  g_weak_ref_clear (&lookup->counter);
  g_free (lookup->code);
  g_strfreev (lookup->events);
  g_clear_object (&lookup->cancellable);
  g_clear_error (&lookup->error);
}

static Lookup *
lookup_ref (Lookup *lookup)
{
  return g_rc_box_acquire (lookup);
}

static void
lookup_unref (Lookup *lookup)
{
  g_rc_box_release_full (lookup, (GDestroyNotify) lookup_clear);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Lookup, lookup_unref)

static gint64
get_monotonic (TicketsCounter *self)
{
  return self->monotonic != NULL ? self->monotonic (self->monotonic_data) : g_get_monotonic_time ();
}

static GDateTime *
dup_now (TicketsCounter *self)
{
  g_autoptr(GDateTime) second = NULL;
  gint64 usec;

  if (self->wall == NULL)
    return g_date_time_new_now_utc ();

  usec = self->wall (self->wall_data);
  second = g_date_time_new_from_unix_utc (usec / G_USEC_PER_SEC);

  return g_date_time_add (second, usec % G_USEC_PER_SEC);
}

static TicketsAuth *
get_auth (TicketsCounter *self)
{
  return tickets_session_get_auth (self->session);
}

static void
set_busy (TicketsCounter *self,
          gboolean        was_busy)
{
  if (was_busy != tickets_counter_get_busy (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
set_error (TicketsCounter *self,
           const GError   *error)
{
  if (self->error == NULL && error == NULL)
    return;

  g_clear_error (&self->error);
  self->error = error != NULL ? g_error_copy (error) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR]);
}

static void
set_verdict (TicketsCounter    *self,
             TicketsVerdict    *verdict,
             TicketsShiftEntry *earlier)
{
  if (self->verdict == verdict)
    return;

  g_set_object (&self->earlier, earlier);
  g_set_object (&self->verdict, verdict);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VERDICT]);
}

static void
finish_lookup (TicketsCounter *self,
               Lookup         *lookup)
{
  lookup->done = TRUE;
  g_cancellable_cancel (lookup->cancellable);
  if (self->lookup == lookup)
    g_clear_pointer (&self->lookup, lookup_unref);
}

static void
give_verdict (TicketsCounter     *self,
              Lookup             *lookup,
              TicketsVerdictKind  kind,
              TicketsTicket      *ticket)
{
  g_autoptr(GDateTime) now = dup_now (self);
  g_autoptr(TicketsVerdict) verdict = tickets_verdict_new (kind, lookup->code, ticket, now);
  g_autoptr(TicketsShiftEntry) earlier = NULL;
  g_autofree char *event = tickets_verdict_dup_event_uid (verdict);
  TicketsShiftEntry *found;

  /* Taken before this lookup joins the log, which finds the latest. */
  if ((found = tickets_shift_log_find (self->shift_log, lookup->code)) != NULL)
    earlier = g_object_ref (found);
  tickets_shift_log_add (self->shift_log, now, lookup->code, kind, event);

  finish_lookup (self, lookup);
  g_object_freeze_notify (G_OBJECT (self));
  set_verdict (self, verdict, earlier);
  set_busy (self, TRUE);
  g_object_thaw_notify (G_OBJECT (self));
}

static void
fail_lookup (TicketsCounter *self,
             Lookup         *lookup)
{
  /* The same code scanned again after a failure is a retry, however
   * soon, not a double fire. */
  tickets_scan_filter_reset (self->scan_filter);
  finish_lookup (self, lookup);
  g_object_freeze_notify (G_OBJECT (self));
  set_error (self, lookup->error);
  set_busy (self, TRUE);
  g_object_thaw_notify (G_OBJECT (self));
}

static void on_ticket_found (GObject      *source,
                             GAsyncResult *result,
                             gpointer      user_data);

static void
ask_events (TicketsCounter     *self,
            Lookup             *lookup,
            const char * const *events)
{
  TicketsStore *store = tickets_session_get_store (self->session);

  for (guint i = 0; events[i] != NULL; i++)
    {
      lookup->n_pending++;
      tickets_store_find_ticket_async (store, lookup->code, events[i], get_auth (self), lookup->cancellable,
                                       on_ticket_found, lookup_ref (lookup));
    }
}

static gboolean
strv_contains_uid (char       **events,
                   const char  *event)
{
  g_autofree char *uid = g_path_get_basename (event);

  for (guint i = 0; events != NULL && events[i] != NULL; i++)
    {
      g_autofree char *other = g_path_get_basename (events[i]);

      if (g_str_equal (uid, other))
        return TRUE;
    }

  return FALSE;
}

/* The events the staff member could have chosen and did not. */
static char **
dup_unchosen_events (TicketsCounter *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; self->other_events != NULL && self->other_events[i] != NULL; i++)
    if (!strv_contains_uid (self->events, self->other_events[i]))
      g_strv_builder_add (builder, self->other_events[i]);

  return g_strv_builder_end (builder);
}

/* Every chosen event said it does not know the code. */
static void
ask_other_events (TicketsCounter *self,
                  Lookup         *lookup)
{
  g_auto(GStrv) others = dup_unchosen_events (self);

  lookup->asking_others = TRUE;
  if (others[0] == NULL)
    give_verdict (self, lookup, TICKETS_VERDICT_NOT_FOUND, NULL);
  else
    ask_events (self, lookup, (const char * const *) others);
}

static void
on_ticket_found (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(Lookup) lookup = user_data;
  g_autoptr(TicketsCounter) self = g_weak_ref_get (&lookup->counter);
  g_autoptr(TicketsTicket) ticket = NULL;
  g_autoptr(GError) error = NULL;

  ticket = tickets_store_find_ticket_finish (TICKETS_STORE (source), result, &error);

  /* A newer scan, or a sibling that found the ticket, made this one moot. */
  if (self == NULL || lookup->done || lookup->generation != self->generation ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  lookup->n_pending--;
  tickets_counter_learn_ability (self, TICKETS_STAFF_ACTION_FIND_TICKETS, error);

  /* An answer about another barcode says nothing about this one: a verdict
   * from it could let the wrong person in. */
  if (ticket != NULL && tickets_ticket_get_code (ticket) != NULL && *tickets_ticket_get_code (ticket) != '\0' &&
      g_strcmp0 (tickets_ticket_get_code (ticket), lookup->code) != 0)
    {
      g_set_error (&error, TICKETS_API_ERROR, TICKETS_API_ERROR_INVALID_RESPONSE,
                   /* Translators: the first %s is the barcode scanned, the second the one the server answered about. */
                   _("The server answered the barcode %s with another ticket, %s."),
                   lookup->code, tickets_ticket_get_code (ticket));
      g_clear_object (&ticket);
    }

  if (ticket != NULL)
    {
      TicketsVerdictKind kind;
      g_autoptr(GDateTime) now = dup_now (self);

      kind = tickets_verdict_classify (ticket, (const char * const *) lookup->events, now);
      give_verdict (self, lookup, kind, ticket);
      return;
    }

  if (!g_error_matches (error, TICKETS_API_ERROR, TICKETS_API_ERROR_NOT_FOUND) && lookup->error == NULL)
    lookup->error = g_steal_pointer (&error);

  if (lookup->n_pending > 0)
    return;

  /* Not for any chosen event is the answer, whatever the others said. */
  if (lookup->asking_others)
    give_verdict (self, lookup, TICKETS_VERDICT_NOT_FOUND, NULL);
  else if (lookup->error != NULL)
    fail_lookup (self, lookup);
  else
    ask_other_events (self, lookup);
}

static void
start_lookup (TicketsCounter *self,
              const char     *code)
{
  gboolean was_busy = tickets_counter_get_busy (self);
  Lookup *lookup;

  if (self->lookup != NULL)
    {
      g_cancellable_cancel (self->lookup->cancellable);
      g_clear_pointer (&self->lookup, lookup_unref);
    }

  lookup = g_rc_box_new0 (Lookup);
  g_weak_ref_init (&lookup->counter, self);
  lookup->generation = ++self->generation;
  lookup->code = g_strdup (code);
  lookup->events = g_strdupv (self->events);
  lookup->cancellable = g_cancellable_new ();
  self->lookup = lookup;

  g_object_freeze_notify (G_OBJECT (self));

  if (g_strcmp0 (self->code, code) != 0)
    {
      g_free (self->code);
      self->code = g_strdup (code);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CODE]);
    }
  /* The card must not go on showing the last person's verdict while this
   * one is under way. */
  set_verdict (self, NULL, NULL);
  set_error (self, NULL);
  set_busy (self, was_busy);

  if (tickets_session_get_store (self->session) == NULL)
    {
      lookup->error = g_error_new_literal (TICKETS_API_ERROR, TICKETS_API_ERROR_NETWORK,
                                           _("Tickets is not connected to a server."));
      fail_lookup (self, lookup);
    }
  else if (self->events == NULL || self->events[0] == NULL)
    ask_other_events (self, lookup);
  else
    ask_events (self, lookup, (const char * const *) self->events);

  g_object_thaw_notify (G_OBJECT (self));
}

/* Consumer search: the people search finds; the counter learns from the
 * first answer to each list whether this sign-in may search at all. */

static void
on_search_loading (TicketsPagedList *list,
                   GParamSpec       *pspec,
                   TicketsCounter   *self)
{
  if (tickets_paged_list_get_loading (list))
    return;

  g_signal_handlers_disconnect_by_func (list, on_search_loading, self);
  tickets_counter_learn_ability (self, TICKETS_STAFF_ACTION_FIND_CONSUMERS, tickets_paged_list_get_error (list));
}

static void
on_people_results (TicketsCounter *self)
{
  TicketsPagedList *list = tickets_people_search_get_results (self->people);

  if (list != NULL)
    g_signal_connect_object (list, "notify::loading", G_CALLBACK (on_search_loading), self, 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_RESULTS]);
}

void
tickets_counter_notify_abilities (TicketsCounter *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ABILITIES]);
}

/* GObject */

static void
tickets_counter_dispose (GObject *object)
{
  TicketsCounter *self = TICKETS_COUNTER (object);

  if (self->lookup != NULL)
    {
      g_cancellable_cancel (self->lookup->cancellable);
      g_clear_pointer (&self->lookup, lookup_unref);
    }
  tickets_counter_stop_probe (self);
  g_clear_object (&self->people);
  g_clear_object (&self->verdict);
  g_clear_object (&self->earlier);
  g_clear_object (&self->shift_log);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (tickets_counter_parent_class)->dispose (object);
}

static void
tickets_counter_finalize (GObject *object)
{
  TicketsCounter *self = TICKETS_COUNTER (object);

  g_strfreev (self->events);
  g_strfreev (self->other_events);
  g_clear_pointer (&self->scan_filter, tickets_scan_filter_free);
  g_free (self->code);
  g_clear_error (&self->error);

  G_OBJECT_CLASS (tickets_counter_parent_class)->finalize (object);
}

static void
tickets_counter_constructed (GObject *object)
{
  TicketsCounter *self = TICKETS_COUNTER (object);

  G_OBJECT_CLASS (tickets_counter_parent_class)->constructed (object);

  /* An in-memory database cannot fail to open but for lack of memory. */
  if (self->shift_log == NULL)
    self->shift_log = tickets_shift_log_new (NULL, NULL);

  self->people = tickets_people_search_new (self->session);
  g_signal_connect_object (self->people, "notify::results", G_CALLBACK (on_people_results), self,
                           G_CONNECT_SWAPPED);
}

static void
tickets_counter_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TicketsCounter *self = TICKETS_COUNTER (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    case PROP_SHIFT_LOG:
      g_value_set_object (value, self->shift_log);
      break;

    case PROP_EVENTS:
      g_value_set_boxed (value, self->events);
      break;

    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;

    case PROP_VERDICT:
      g_value_set_object (value, self->verdict);
      break;

    case PROP_BUSY:
      g_value_set_boolean (value, tickets_counter_get_busy (self));
      break;

    case PROP_ERROR:
      g_value_set_boxed (value, self->error);
      break;

    case PROP_SEARCH_RESULTS:
      g_value_set_object (value, tickets_people_search_get_results (self->people));
      break;

    case PROP_ABILITIES:
      g_value_set_uint (value, tickets_counter_get_forbidden (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_counter_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  TicketsCounter *self = TICKETS_COUNTER (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;

    case PROP_SHIFT_LOG:
      self->shift_log = g_value_dup_object (value);
      break;

    case PROP_EVENTS:
      tickets_counter_set_events (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_counter_class_init (TicketsCounterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tickets_counter_dispose;
  object_class->finalize = tickets_counter_finalize;
  object_class->constructed = tickets_counter_constructed;
  object_class->get_property = tickets_counter_get_property;
  object_class->set_property = tickets_counter_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         TICKETS_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SHIFT_LOG] =
    g_param_spec_object ("shift-log", NULL, NULL,
                         TICKETS_TYPE_SHIFT_LOG,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_EVENTS] =
    g_param_spec_boxed ("events", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_VERDICT] =
    g_param_spec_object ("verdict", NULL, NULL,
                         TICKETS_TYPE_VERDICT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_ERROR] =
    g_param_spec_boxed ("error", NULL, NULL,
                        G_TYPE_ERROR,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_SEARCH_RESULTS] =
    g_param_spec_object ("search-results", NULL, NULL,
                         TICKETS_TYPE_PAGED_LIST,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /* The forbidden actions, 1 << TicketsStaffAction each: a view follows
   * its notifications and asks tickets_counter_get_ability(). */
  properties[PROP_ABILITIES] =
    g_param_spec_uint ("abilities", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tickets_counter_init (TicketsCounter *self)
{
  self->scan_filter = tickets_scan_filter_new ();
}

/* Public API */

/**
 * tickets_counter_new:
 * @session: the session of the signed-in staff member
 * @shift_log: (nullable): where the lookups are kept; NULL for one in memory
 *
 * Returns: (transfer full): a new #TicketsCounter
 */
TicketsCounter *
tickets_counter_new (TicketsSession  *session,
                     TicketsShiftLog *shift_log)
{
  g_return_val_if_fail (TICKETS_IS_SESSION (session), NULL);
  g_return_val_if_fail (shift_log == NULL || TICKETS_IS_SHIFT_LOG (shift_log), NULL);

  return g_object_new (TICKETS_TYPE_COUNTER,
                       "session", session,
                       "shift-log", shift_log,
                       NULL);
}

TicketsSession *
tickets_counter_get_session (TicketsCounter *self)
{
  g_return_val_if_fail (TICKETS_IS_COUNTER (self), NULL);

  return self->session;
}

TicketsShiftLog *
tickets_counter_get_shift_log (TicketsCounter *self)
{
  g_return_val_if_fail (TICKETS_IS_COUNTER (self), NULL);

  return self->shift_log;
}

void
tickets_counter_set_events (TicketsCounter     *self,
                            const char * const *events)
{
  g_return_if_fail (TICKETS_IS_COUNTER (self));

  if (self->events == NULL && events == NULL)
    return;
  if (self->events != NULL && events != NULL &&
      g_strv_equal ((const char * const *) self->events, events))
    return;

  g_strfreev (self->events);
  self->events = g_strdupv ((char **) events);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVENTS]);
}

const char * const *
tickets_counter_get_events (TicketsCounter *self)
{
  g_return_val_if_fail (TICKETS_IS_COUNTER (self), NULL);

  return (const char * const *) self->events;
}

void
tickets_counter_set_other_events (TicketsCounter     *self,
                                  const char * const *events)
{
  g_return_if_fail (TICKETS_IS_COUNTER (self));

  g_strfreev (self->other_events);
  self->other_events = g_strdupv ((char **) events);
}

TicketsCounterInput
tickets_counter_submit (TicketsCounter *self,
                        const char     *text)
{
  g_autofree char *trimmed = NULL;

  g_return_val_if_fail (TICKETS_IS_COUNTER (self), TICKETS_COUNTER_INPUT_NONE);

  trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));
  if (*trimmed == '\0')
    return TICKETS_COUNTER_INPUT_NONE;

  if (tickets_scan_input_is_code (trimmed))
    {
      if (tickets_scan_filter_repeat (self->scan_filter, trimmed, get_monotonic (self)))
        return TICKETS_COUNTER_INPUT_NONE;

      tickets_counter_clear_search (self);
      start_lookup (self, trimmed);
      return TICKETS_COUNTER_INPUT_SCAN;
    }

  return tickets_people_search_run (self->people, trimmed) ? TICKETS_COUNTER_INPUT_SEARCH : TICKETS_COUNTER_INPUT_NONE;
}

static gboolean
has_digit (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if (g_ascii_isdigit (*p))
      return TRUE;

  return FALSE;
}

void
tickets_counter_search_as_typed (TicketsCounter *self,
                                 const char     *text)
{
  g_autofree char *trimmed = NULL;

  g_return_if_fail (TICKETS_IS_COUNTER (self));

  trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));
  /* A scanner types a code in a burst: the pause never comes, and its end
   * clears what its first keys could have searched. */
  if (*trimmed == '\0' || (tickets_scan_input_is_code (trimmed) && has_digit (trimmed)))
    {
      tickets_counter_clear_search (self);
      return;
    }

  tickets_people_search_run_later (self->people, trimmed);
}

const char *
tickets_counter_get_code (TicketsCounter *self)
{
  g_return_val_if_fail (TICKETS_IS_COUNTER (self), NULL);

  return self->code;
}

void
tickets_counter_retry (TicketsCounter *self)
{
  g_autofree char *code = NULL;

  g_return_if_fail (TICKETS_IS_COUNTER (self));

  if (self->code == NULL)
    return;

  code = g_strdup (self->code);
  /* What follows is a repeat by choice, not a double fire. */
  tickets_scan_filter_repeat (self->scan_filter, code, get_monotonic (self));
  start_lookup (self, code);
}

TicketsVerdict *
tickets_counter_get_verdict (TicketsCounter *self)
{
  g_return_val_if_fail (TICKETS_IS_COUNTER (self), NULL);

  return self->verdict;
}

TicketsShiftEntry *
tickets_counter_get_earlier (TicketsCounter *self)
{
  g_return_val_if_fail (TICKETS_IS_COUNTER (self), NULL);

  return self->earlier;
}

gboolean
tickets_counter_get_busy (TicketsCounter *self)
{
  g_return_val_if_fail (TICKETS_IS_COUNTER (self), FALSE);

  return self->lookup != NULL;
}

const GError *
tickets_counter_get_error (TicketsCounter *self)
{
  g_return_val_if_fail (TICKETS_IS_COUNTER (self), NULL);

  return self->error;
}

TicketsPagedList *
tickets_counter_get_search_results (TicketsCounter *self)
{
  g_return_val_if_fail (TICKETS_IS_COUNTER (self), NULL);

  return tickets_people_search_get_results (self->people);
}

TicketsPeopleSearch *
tickets_counter_get_people_search (TicketsCounter *self)
{
  g_return_val_if_fail (TICKETS_IS_COUNTER (self), NULL);

  return self->people;
}

void
tickets_counter_clear_search (TicketsCounter *self)
{
  g_return_if_fail (TICKETS_IS_COUNTER (self));

  tickets_people_search_clear (self->people);
}

void
tickets_counter_set_clock (TicketsCounter      *self,
                           TicketsCounterClock  monotonic,
                           gpointer             user_data)
{
  g_return_if_fail (TICKETS_IS_COUNTER (self));

  self->monotonic = monotonic;
  self->monotonic_data = user_data;
}

void
tickets_counter_set_wall_clock (TicketsCounter      *self,
                                TicketsCounterClock  wall,
                                gpointer             user_data)
{
  g_return_if_fail (TICKETS_IS_COUNTER (self));

  self->wall = wall;
  self->wall_data = user_data;
}
