/* test-model-ticket-state.c: the derived personalization state of a ticket
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-ticket.h"

#include "model-test-utils.h"

/* A valid ticket that needs personalizing between @start and @end. */
static TicketsTicket *
new_ticket (GDateTime *start,
            GDateTime *end)
{
  TicketsTicket *ticket = tickets_ticket_new ("t");

  tickets_ticket_set_status (ticket, "valid");
  tickets_ticket_set_needs_personalization (ticket, TRUE);
  tickets_ticket_set_personalization_start (ticket, start);
  tickets_ticket_set_personalization_end (ticket, end);

  return ticket;
}

static void
test_window_edges (void)
{
  g_autoptr(GDateTime) start = utc (2030, 6, 1, 10, 0, 0);
  g_autoptr(GDateTime) end = utc (2030, 6, 30, 22, 0, 0);
  g_autoptr(GDateTime) before = g_date_time_add (start, -1);
  g_autoptr(GDateTime) middle = utc (2030, 6, 15, 12, 0, 0);
  g_autoptr(GDateTime) after = g_date_time_add (end, 1);
  /* The same instants in another zone. */
  g_autoptr(GTimeZone) amsterdam = g_time_zone_new_identifier ("+02:00");
  g_autoptr(GDateTime) start_local = g_date_time_to_timezone (start, amsterdam);
  g_autoptr(TicketsTicket) ticket = new_ticket (start, end);

  g_assert_cmpint (tickets_ticket_get_personalization_state (ticket, before), ==,
                   TICKETS_PERSONALIZATION_STATE_NOT_YET_OPEN);
  g_assert_cmpint (tickets_ticket_get_personalization_state (ticket, start), ==,
                   TICKETS_PERSONALIZATION_STATE_NEEDED);
  g_assert_cmpint (tickets_ticket_get_personalization_state (ticket, start_local), ==,
                   TICKETS_PERSONALIZATION_STATE_NEEDED);
  g_assert_cmpint (tickets_ticket_get_personalization_state (ticket, middle), ==,
                   TICKETS_PERSONALIZATION_STATE_NEEDED);
  g_assert_cmpint (tickets_ticket_get_personalization_state (ticket, end), ==,
                   TICKETS_PERSONALIZATION_STATE_NEEDED);
  g_assert_cmpint (tickets_ticket_get_personalization_state (ticket, after), ==,
                   TICKETS_PERSONALIZATION_STATE_CLOSED);
  /* The window is in 2030: now is before it. */
  g_assert_cmpint (tickets_ticket_get_personalization_state (ticket, NULL), ==,
                   TICKETS_PERSONALIZATION_STATE_NOT_YET_OPEN);

  g_assert_false (tickets_ticket_can_personalize (ticket, before));
  g_assert_true (tickets_ticket_can_personalize (ticket, start));
  g_assert_true (tickets_ticket_can_personalize (ticket, end));
  g_assert_false (tickets_ticket_can_personalize (ticket, after));
  g_assert_false (tickets_ticket_can_personalize (ticket, NULL));

  /* Personalized within the window: still changeable. */
  tickets_ticket_set_personalized (ticket, TRUE);
  g_assert_cmpint (tickets_ticket_get_personalization_state (ticket, middle), ==,
                   TICKETS_PERSONALIZATION_STATE_PERSONALIZED);
  g_assert_true (tickets_ticket_can_personalize (ticket, middle));
  g_assert_false (tickets_ticket_can_personalize (ticket, after));

  g_assert_finalize_object (g_steal_pointer (&ticket));
}

static void
test_states (void)
{
  g_autoptr(GDateTime) now = utc (2024, 1, 1, 0, 0, 0);
  g_autoptr(GDateTime) past = utc (2023, 1, 1, 0, 0, 0);
  g_autoptr(TicketsTicket) ticket = new_ticket (NULL, NULL);

  /* No bounds: open. */
  g_assert_cmpint (tickets_ticket_get_personalization_state (ticket, now), ==,
                   TICKETS_PERSONALIZATION_STATE_NEEDED);
  g_assert_true (tickets_ticket_can_personalize (ticket, now));

  tickets_ticket_set_personalization_end (ticket, past);
  g_assert_cmpint (tickets_ticket_get_personalization_state (ticket, now), ==,
                   TICKETS_PERSONALIZATION_STATE_CLOSED);
  tickets_ticket_set_personalization_end (ticket, NULL);

  tickets_ticket_set_needs_personalization (ticket, FALSE);
  g_assert_cmpint (tickets_ticket_get_personalization_state (ticket, now), ==,
                   TICKETS_PERSONALIZATION_STATE_NOT_REQUIRED);

  tickets_ticket_set_personalized (ticket, TRUE);
  g_assert_cmpint (tickets_ticket_get_personalization_state (ticket, now), ==,
                   TICKETS_PERSONALIZATION_STATE_PERSONALIZED);

  /* Not valid (re-issued, cancelled...) beats everything. */
  tickets_ticket_set_status (ticket, "invalid");
  g_assert_cmpint (tickets_ticket_get_personalization_state (ticket, now), ==,
                   TICKETS_PERSONALIZATION_STATE_INVALID);
  g_assert_false (tickets_ticket_can_personalize (ticket, now));
  tickets_ticket_set_status (ticket, NULL);
  g_assert_cmpint (tickets_ticket_get_personalization_state (ticket, now), ==,
                   TICKETS_PERSONALIZATION_STATE_INVALID);
  tickets_ticket_set_status (ticket, "valid");
  g_assert_cmpint (tickets_ticket_get_personalization_state (ticket, now), ==,
                   TICKETS_PERSONALIZATION_STATE_PERSONALIZED);

  g_assert_finalize_object (g_steal_pointer (&ticket));
}

static void
test_state_notify (void)
{
  g_autoptr(TicketsTicket) ticket = tickets_ticket_new ("t");
  g_autoptr(GDateTime) future = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) later = NULL;
  g_autoptr(GDateTime) past = utc (2000, 1, 1, 0, 0, 0);
  TicketsPersonalizationState state;
  NotifyLog log;

  later = g_date_time_add_days (future, 20);
  g_clear_pointer (&future, g_date_time_unref);
  future = g_date_time_add_days (later, -10);

  notify_log_init (&log, ticket);

  /* No status yet: invalid; valid but not needed: a change. */
  tickets_ticket_set_status (ticket, "valid");
  g_assert_cmpuint (notify_log_count (&log, "personalization-state"), ==, 1);
  g_object_get (ticket, "personalization-state", &state, NULL);
  g_assert_cmpint (state, ==, TICKETS_PERSONALIZATION_STATE_NOT_REQUIRED);

  tickets_ticket_set_status (ticket, "valid");
  g_assert_cmpuint (notify_log_count (&log, "personalization-state"), ==, 1);

  tickets_ticket_set_needs_personalization (ticket, TRUE);
  g_assert_cmpuint (notify_log_count (&log, "personalization-state"), ==, 2);

  /* A start in the past does not change an open window. */
  tickets_ticket_set_personalization_start (ticket, past);
  g_assert_cmpuint (notify_log_count (&log, "personalization-start"), ==, 1);
  g_assert_cmpuint (notify_log_count (&log, "personalization-state"), ==, 2);

  tickets_ticket_set_personalization_start (ticket, future);
  g_assert_cmpuint (notify_log_count (&log, "personalization-state"), ==, 3);
  g_object_get (ticket, "personalization-state", &state, NULL);
  g_assert_cmpint (state, ==, TICKETS_PERSONALIZATION_STATE_NOT_YET_OPEN);

  tickets_ticket_set_personalization_end (ticket, later);
  g_assert_cmpuint (notify_log_count (&log, "personalization-state"), ==, 3);

  tickets_ticket_set_personalized (ticket, TRUE);
  g_assert_cmpuint (notify_log_count (&log, "personalization-state"), ==, 4);

  /* Inputs that do not move the state, and fields that are not inputs. */
  tickets_ticket_set_needs_personalization (ticket, FALSE);
  tickets_ticket_set_personalization_start (ticket, NULL);
  tickets_ticket_set_code (ticket, "123");
  tickets_ticket_set_is_scanned (ticket, TRUE);
  g_assert_cmpuint (notify_log_count (&log, "personalization-state"), ==, 4);

  tickets_ticket_set_status (ticket, "cancelled");
  g_assert_cmpuint (notify_log_count (&log, "personalization-state"), ==, 5);
  g_assert_cmpuint (notify_log_count (&log, "status"), ==, 2);

  notify_log_clear (&log);
  g_assert_finalize_object (g_steal_pointer (&ticket));
}

static void
test_enum_type (void)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (TICKETS_TYPE_PERSONALIZATION_STATE);

  g_assert_cmpuint (enum_class->n_values, ==, 6);
  g_assert_cmpstr (g_enum_get_value (enum_class, TICKETS_PERSONALIZATION_STATE_NEEDED)->value_nick, ==, "needed");
  g_assert_cmpstr (g_enum_get_value (enum_class, TICKETS_PERSONALIZATION_STATE_NOT_YET_OPEN)->value_nick, ==, "not-yet-open");
}

/* The order's summary counts with one rule: each ticket once, by its
 * state at @now, a friend's pending request counted apart. Each
 * combination an order can be in. */
typedef struct
{
  const char *name;
  /* per ticket: 'p' personalized, 'n' needs a name, 'w' needs a name and
   * a friend was asked, 'f' not yet open, 'c' closed, '-' no name needed,
   * 'x' invalid */
  const char *tickets;
  TicketsNamingCount expected;
} CountCase;

static TicketsTicket *
new_counted_ticket (char       kind,
                    GDateTime *now)
{
  g_autoptr(GDateTime) past = g_date_time_add_days (now, -10);
  g_autoptr(GDateTime) yesterday = g_date_time_add_days (now, -1);
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (now, 1);
  g_autoptr(GDateTime) future = g_date_time_add_days (now, 10);
  TicketsTicket *ticket;

  switch (kind)
    {
    case 'f':
      return new_ticket (tomorrow, future);
    case 'c':
      return new_ticket (past, yesterday);
    case '-':
      ticket = new_ticket (NULL, NULL);
      tickets_ticket_set_needs_personalization (ticket, FALSE);
      return ticket;
    case 'x':
      ticket = new_ticket (yesterday, tomorrow);
      tickets_ticket_set_status (ticket, "invalid");
      return ticket;
    case 'p':
      ticket = new_ticket (yesterday, tomorrow);
      tickets_ticket_set_personalized (ticket, TRUE);
      return ticket;
    case 'w':
      ticket = new_ticket (yesterday, tomorrow);
      tickets_ticket_set_pending_request (ticket, "https://example.org/personalization-requests/r",
                                          "friend@example.org", yesterday);
      return ticket;
    case 'n':
    default:
      return new_ticket (yesterday, tomorrow);
    }
}

static void
test_naming_count (void)
{
  static const CountCase cases[] = {
    { "open", "nnn", { .n_tickets = 3, .n_needed = 3 } },
    { "all named", "pp-", { .n_tickets = 3, .n_personalized = 2, .n_not_required = 1 } },
    { "closed", "ppcc", { .n_tickets = 4, .n_personalized = 2, .n_closed = 2 } },
    { "not yet open", "ff", { .n_tickets = 2, .n_not_yet_open = 2 } },
    { "mixed", "pncf-x", { .n_tickets = 6, .n_personalized = 1, .n_needed = 1, .n_closed = 1,
                           .n_not_yet_open = 1, .n_not_required = 1, .n_invalid = 1 } },
    { "none needing names", "---", { .n_tickets = 3, .n_not_required = 3 } },
    { "waiting for a friend", "nwwp", { .n_tickets = 4, .n_needed = 3, .n_waiting = 2, .n_personalized = 1 } },
    { "empty", "", { 0 } },
  };
  g_autoptr(GDateTime) now = utc (2026, 6, 15, 12, 0, 0);

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GListStore) tickets = g_list_store_new (TICKETS_TYPE_TICKET);
      TicketsNamingCount count;

      for (const char *kind = cases[i].tickets; *kind != '\0'; kind++)
        {
          g_autoptr(TicketsTicket) ticket = new_counted_ticket (*kind, now);

          g_list_store_append (tickets, ticket);
        }

      g_test_message ("%s", cases[i].name);
      tickets_naming_count_tickets (&count, G_LIST_MODEL (tickets), now);
      g_assert_cmpuint (count.n_tickets, ==, cases[i].expected.n_tickets);
      g_assert_cmpuint (count.n_personalized, ==, cases[i].expected.n_personalized);
      g_assert_cmpuint (count.n_needed, ==, cases[i].expected.n_needed);
      g_assert_cmpuint (count.n_waiting, ==, cases[i].expected.n_waiting);
      g_assert_cmpuint (count.n_not_yet_open, ==, cases[i].expected.n_not_yet_open);
      g_assert_cmpuint (count.n_closed, ==, cases[i].expected.n_closed);
      g_assert_cmpuint (count.n_not_required, ==, cases[i].expected.n_not_required);
      g_assert_cmpuint (count.n_invalid, ==, cases[i].expected.n_invalid);
    }
}

/* The app's own state on a ticket is never the server's: a fresh copy
 * merged in leaves it alone. */
static void
test_local_state_survives_merge (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(TicketsTicket) known = new_ticket (NULL, NULL);
  g_autoptr(TicketsTicket) fresh = new_ticket (NULL, NULL);
  g_autoptr(TicketsConsumer) draft = tickets_consumer_new ();
  g_autoptr(GError) error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_FAILED, "refused");

  tickets_ticket_set_draft (known, draft);
  tickets_ticket_set_save_state (known, TICKETS_SAVE_STATE_FAILED, error);
  tickets_ticket_set_pending_request (known, "https://example.org/personalization-requests/r", "a@example.org", now);

  tickets_resource_merge (TICKETS_RESOURCE (known), TICKETS_RESOURCE (fresh));
  g_assert_true (tickets_ticket_get_draft (known) == draft);
  g_assert_cmpint (tickets_ticket_get_save_state (known), ==, TICKETS_SAVE_STATE_FAILED);
  g_assert_cmpstr (tickets_ticket_get_save_error (known)->message, ==, "refused");
  g_assert_cmpstr (tickets_ticket_get_pending_request_email (known), ==, "a@example.org");

  tickets_ticket_set_pending_request (known, NULL, "ignored@example.org", now);
  g_assert_null (tickets_ticket_get_pending_request_email (known));
  g_assert_null (tickets_ticket_get_pending_request_created_at (known));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/ticket-state/window-edges", test_window_edges);
  g_test_add_func ("/model/ticket-state/states", test_states);
  g_test_add_func ("/model/ticket-state/notify", test_state_notify);
  g_test_add_func ("/model/ticket-state/enum-type", test_enum_type);
  g_test_add_func ("/model/ticket-state/naming-count", test_naming_count);
  g_test_add_func ("/model/ticket-state/local-state-survives-merge", test_local_state_survives_merge);

  return g_test_run ();
}
