/* test-counter.c: the box office's counter against the sandbox: a verdict
 * per state, the scanner's double fire, stale answers thrown away, what a
 * 403 forbids, the probe, and the consumer search as typed (what the
 * search itself sends, and its fallback to first names, are
 * test-people-search.c's)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "tickets-auth.h"
#include "tickets-client.h"
#include "tickets-counter-private.h"
#include "tickets-error.h"
#include "tickets-test-sandbox.h"

/* A code no fixture ticket has. */
#define CODE_UNKNOWN "4000000000006"

typedef struct
{
  TicketsTestSandbox *sandbox;
  TicketsClient      *client;
  TicketsStore       *store;
  TicketsSession     *session;
  TicketsCounter     *counter;
  gint64              now;
} Fixture;

static gint64
fake_clock (gpointer user_data)
{
  Fixture *fixture = user_data;

  return fixture->now;
}

static void
set_up_as (Fixture    *fixture,
           const char *user,
           const char *password)
{
  g_autoptr(TicketsAuth) auth = tickets_auth_new_basic (user, password);
  g_autoptr(GError) error = NULL;

  fixture->sandbox = tickets_test_sandbox_start ();
  fixture->client = tickets_client_new (tickets_test_sandbox_get_base (fixture->sandbox), &error);
  g_assert_no_error (error);
  fixture->store = tickets_store_new (fixture->client);
  fixture->session = tickets_session_new ();
  tickets_session_set_store (fixture->session, fixture->store);
  tickets_session_set_auth (fixture->session, auth);

  fixture->counter = tickets_counter_new (fixture->session, NULL);
  fixture->now = 1000 * G_TIME_SPAN_SECOND;
  tickets_counter_set_clock (fixture->counter, fake_clock, fixture);
  tickets_test_sandbox_record (fixture->sandbox);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  set_up_as (fixture, "boxoffice", "boxoffice-demo");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gint64 deadline = tickets_test_deadline (10);

  g_assert_finalize_object (fixture->counter);
  /* Lookups the counter dropped end with the store's loading. */
  while (tickets_store_get_loading (fixture->store))
    tickets_test_iterate (deadline);
  g_assert_finalize_object (fixture->session);
  g_assert_finalize_object (fixture->store);
  g_assert_finalize_object (fixture->client);
  tickets_test_sandbox_stop (fixture->sandbox);
}

#define ADD_TEST(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

static void
set_events (Fixture            *fixture,
            const char * const *chosen,
            const char * const *all)
{
  tickets_counter_set_events (fixture->counter, chosen);
  tickets_counter_set_other_events (fixture->counter, all);
}

static void
choose_summer_sounds (Fixture *fixture)
{
  const char * const chosen[] = { TICKETS_TEST_EV_OPEN, NULL };

  set_events (fixture, chosen, NULL);
}

/* Runs the main loop until the counter's lookup has ended. */
static void
wait_idle (Fixture *fixture)
{
  gint64 deadline = tickets_test_deadline (10);

  while (tickets_counter_get_busy (fixture->counter))
    tickets_test_iterate (deadline);
}

static TicketsVerdict *
scan (Fixture    *fixture,
      const char *code)
{
  g_assert_cmpint (tickets_counter_submit (fixture->counter, code), ==, TICKETS_COUNTER_INPUT_SCAN);
  g_assert_true (tickets_counter_get_busy (fixture->counter));
  wait_idle (fixture);
  g_assert_no_error ((GError *) tickets_counter_get_error (fixture->counter));
  g_assert_nonnull (tickets_counter_get_verdict (fixture->counter));

  return tickets_counter_get_verdict (fixture->counter);
}

/* Spins the main loop for @ms, for what must not happen in that time. */
static void
spin (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * G_TIME_SPAN_MILLISECOND;

  while (g_get_monotonic_time () < end)
    tickets_test_iterate (end + G_USEC_PER_SEC);
}

/* The query of the @index-th @method @path request, as its parameters. */
static GHashTable *
received_params (Fixture    *fixture,
                 const char *path,
                 guint       index)
{
  g_autoptr(GPtrArray) received = tickets_test_sandbox_dup_received (fixture->sandbox, "GET", path);
  TicketsSandboxReceived *request;
  g_autoptr(GError) error = NULL;
  GHashTable *params;

  g_assert_cmpuint (received->len, >, index);
  request = g_ptr_array_index (received, index);
  params = g_uri_parse_params (request->query, -1, "&", G_URI_PARAMS_NONE, &error);
  g_assert_no_error (error);

  return params;
}

static void
wait_search (Fixture *fixture)
{
  gint64 deadline = tickets_test_deadline (10);
  TicketsPagedList *results;

  while ((results = tickets_counter_get_search_results (fixture->counter)) == NULL ||
         tickets_paged_list_get_loading (results))
    tickets_test_iterate (deadline);
}

/* Scans */

/* The ticket found gives the verdict, it goes to the shift log, and the
 * lookup says the account may look tickets up. */
static void
test_scan_found (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GHashTable) params = NULL;
  g_autoptr(GPtrArray) received = NULL;
  g_autoptr(TicketsShiftEntry) entry = NULL;
  g_autofree char *event = tickets_test_uri (fixture->sandbox, "events", TICKETS_TEST_EV_OPEN);
  TicketsSandboxReceived *request;
  TicketsVerdict *verdict;
  guint n_verdicts = 0;
  guint n_busy = 0;

  choose_summer_sounds (fixture);
  tickets_test_count_signal (fixture->counter, "notify::verdict", &n_verdicts);
  tickets_test_count_signal (fixture->counter, "notify::busy", &n_busy);

  verdict = scan (fixture, " " TICKETS_TEST_CODE_DEMO_1 "\n");
  /* The demo order's first ticket has no name yet, in a window open now. */
  g_assert_cmpint (tickets_verdict_get_kind (verdict), ==, TICKETS_VERDICT_NEEDS_NAME);
  g_assert_cmpstr (tickets_verdict_get_code (verdict), ==, TICKETS_TEST_CODE_DEMO_1);
  g_assert_cmpstr (tickets_counter_get_code (fixture->counter), ==, TICKETS_TEST_CODE_DEMO_1);
  g_assert_cmpstr (tickets_resource_get_uid (TICKETS_RESOURCE (tickets_verdict_get_ticket (verdict))), ==,
                   TICKETS_TEST_TK_DEMO_1);
  g_assert_nonnull (tickets_verdict_get_time (verdict));
  g_assert_null (tickets_counter_get_earlier (fixture->counter));
  g_assert_cmpuint (n_verdicts, ==, 1);
  g_assert_cmpuint (n_busy, ==, 2);
  g_assert_cmpint (tickets_counter_get_ability (fixture->counter, TICKETS_STAFF_ACTION_FIND_TICKETS), ==,
                   TICKETS_ABILITY_ALLOWED);

  /* One GET /tickets, for the chosen event, as the staff member. */
  received = tickets_test_sandbox_dup_received (fixture->sandbox, "GET", "/tickets");
  g_assert_cmpuint (received->len, ==, 1);
  request = g_ptr_array_index (received, 0);
  g_assert_true (g_str_has_prefix (request->authorization, "Basic "));
  params = received_params (fixture, "/tickets", 0);
  g_assert_cmpstr (g_hash_table_lookup (params, "code"), ==, TICKETS_TEST_CODE_DEMO_1);
  g_assert_cmpstr (g_hash_table_lookup (params, "event"), ==, event);

  /* The shift log has it, without a name. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tickets_counter_get_shift_log (fixture->counter))), ==, 1);
  entry = g_list_model_get_item (G_LIST_MODEL (tickets_counter_get_shift_log (fixture->counter)), 0);
  g_assert_cmpstr (tickets_shift_entry_get_code (entry), ==, TICKETS_TEST_CODE_DEMO_1);
  g_assert_cmpint (tickets_shift_entry_get_kind (entry), ==, TICKETS_VERDICT_NEEDS_NAME);
  g_assert_cmpstr (tickets_shift_entry_get_event (entry), ==, TICKETS_TEST_EV_OPEN);

  /* Scanned again later: the verdict tells of the lookup before. */
  fixture->now += 10 * G_USEC_PER_SEC;
  scan (fixture, TICKETS_TEST_CODE_DEMO_1);
  g_assert_nonnull (tickets_counter_get_earlier (fixture->counter));
  g_assert_cmpstr (tickets_shift_entry_get_code (tickets_counter_get_earlier (fixture->counter)), ==,
                   TICKETS_TEST_CODE_DEMO_1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tickets_counter_get_shift_log (fixture->counter))), ==, 2);
}

/* The fixture's ticket of each state at the Harbour Lights counter. */
static void
test_scan_every_state (Fixture       *fixture,
                       gconstpointer  data)
{
  const char * const chosen[] = { TICKETS_SANDBOX_EVENT_TODAY, NULL };
  const char * const all[] = {
    TICKETS_SANDBOX_EVENT_TODAY, TICKETS_SANDBOX_EVENT_TODAY_LATE, TICKETS_TEST_EV_OPEN, TICKETS_TEST_EV_FUTURE, NULL
  };
  static const struct
  {
    const char         *code;
    TicketsVerdictKind  kind;
  } cases[] = {
    { TICKETS_SANDBOX_CODE_VALID, TICKETS_VERDICT_VALID },
    { TICKETS_SANDBOX_CODE_SCANNED, TICKETS_VERDICT_ALREADY_SCANNED },
    { TICKETS_SANDBOX_CODE_REISSUED, TICKETS_VERDICT_REISSUED },
    { TICKETS_SANDBOX_CODE_CANCELLED, TICKETS_VERDICT_CANCELLED },
    { TICKETS_SANDBOX_CODE_VOIDED, TICKETS_VERDICT_VOIDED },
    { TICKETS_SANDBOX_CODE_EXPIRED, TICKETS_VERDICT_EXPIRED },
    { TICKETS_SANDBOX_CODE_SUBSCRIPTION, TICKETS_VERDICT_SUBSCRIPTION_INACTIVE },
    { TICKETS_SANDBOX_CODE_NEEDS_NAME, TICKETS_VERDICT_NEEDS_NAME },
    { TICKETS_SANDBOX_CODE_OTHER_EVENT, TICKETS_VERDICT_OTHER_EVENT },
    { TICKETS_SANDBOX_CODE_LATE_SHOW, TICKETS_VERDICT_OTHER_EVENT },
    { CODE_UNKNOWN, TICKETS_VERDICT_NOT_FOUND },
  };
  GListModel *log;

  set_events (fixture, chosen, all);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      TicketsVerdict *verdict;

      g_test_message ("%s", cases[i].code);
      fixture->now += 10 * G_USEC_PER_SEC;
      verdict = scan (fixture, cases[i].code);
      g_assert_cmpint (tickets_verdict_get_kind (verdict), ==, cases[i].kind);
      g_assert_cmpstr (tickets_verdict_get_code (verdict), ==, cases[i].code);
      g_assert_true ((tickets_verdict_get_ticket (verdict) == NULL) == (cases[i].kind == TICKETS_VERDICT_NOT_FOUND));
    }

  /* Each in the shift log, newest first. */
  log = G_LIST_MODEL (tickets_counter_get_shift_log (fixture->counter));
  g_assert_cmpuint (g_list_model_get_n_items (log), ==, G_N_ELEMENTS (cases));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(TicketsShiftEntry) entry = g_list_model_get_item (log, G_N_ELEMENTS (cases) - 1 - i);

      g_assert_cmpstr (tickets_shift_entry_get_code (entry), ==, cases[i].code);
      g_assert_cmpint (tickets_shift_entry_get_kind (entry), ==, cases[i].kind);
    }
}

/* No chosen event knows the code, nor any other: not found. */
static void
test_scan_not_found (Fixture       *fixture,
                     gconstpointer  data)
{
  const char * const chosen[] = { TICKETS_TEST_EV_OPEN, TICKETS_TEST_EV_FUTURE, NULL };
  const char * const all[] = { TICKETS_TEST_EV_OPEN, TICKETS_TEST_EV_FUTURE, TICKETS_TEST_EV_CLOSED, NULL };
  TicketsVerdict *verdict;

  set_events (fixture, chosen, all);
  verdict = scan (fixture, CODE_UNKNOWN);
  g_assert_cmpint (tickets_verdict_get_kind (verdict), ==, TICKETS_VERDICT_NOT_FOUND);
  g_assert_null (tickets_verdict_get_ticket (verdict));
  g_assert_cmpint (tickets_verdict_get_tone (verdict), ==, TICKETS_VERDICT_TONE_BAD);
  /* Each chosen event, then the one not chosen. */
  g_assert_cmpuint (tickets_test_sandbox_count (fixture->sandbox, "GET", "/tickets"), ==, 3);
  /* Not found is an answer: the account may look tickets up. */
  g_assert_cmpint (tickets_counter_get_ability (fixture->counter, TICKETS_STAFF_ACTION_FIND_TICKETS), ==,
                   TICKETS_ABILITY_ALLOWED);
}

/* A code of an event not chosen here: the verdict names its ticket. */
static void
test_scan_other_event (Fixture       *fixture,
                       gconstpointer  data)
{
  const char * const chosen[] = { TICKETS_TEST_EV_FUTURE, NULL };
  const char * const all[] = { TICKETS_TEST_EV_FUTURE, TICKETS_TEST_EV_CLOSED, TICKETS_TEST_EV_OPEN, NULL };
  g_autofree char *event = NULL;
  g_autoptr(TicketsShiftEntry) entry = NULL;
  TicketsVerdict *verdict;

  set_events (fixture, chosen, all);
  verdict = scan (fixture, TICKETS_TEST_CODE_DEMO_1);
  g_assert_cmpint (tickets_verdict_get_kind (verdict), ==, TICKETS_VERDICT_OTHER_EVENT);
  g_assert_cmpstr (tickets_resource_get_uid (TICKETS_RESOURCE (tickets_verdict_get_ticket (verdict))), ==,
                   TICKETS_TEST_TK_DEMO_1);
  g_assert_cmpstr ((event = tickets_verdict_dup_event_uid (verdict)), ==, TICKETS_TEST_EV_OPEN);

  entry = g_list_model_get_item (G_LIST_MODEL (tickets_counter_get_shift_log (fixture->counter)), 0);
  g_assert_cmpint (tickets_shift_entry_get_kind (entry), ==, TICKETS_VERDICT_OTHER_EVENT);
  g_assert_cmpstr (tickets_shift_entry_get_event (entry), ==, TICKETS_TEST_EV_OPEN);
}

/* Scanners fire twice: one lookup. The same code after the window is a
 * new scan. */
static void
test_double_fire (Fixture       *fixture,
                  gconstpointer  data)
{
  choose_summer_sounds (fixture);

  g_assert_cmpint (tickets_counter_submit (fixture->counter, TICKETS_TEST_CODE_DEMO_1), ==, TICKETS_COUNTER_INPUT_SCAN);
  fixture->now += 40 * G_TIME_SPAN_MILLISECOND;
  g_assert_cmpint (tickets_counter_submit (fixture->counter, TICKETS_TEST_CODE_DEMO_1), ==, TICKETS_COUNTER_INPUT_NONE);
  wait_idle (fixture);
  fixture->now += 2 * G_USEC_PER_SEC;
  g_assert_cmpint (tickets_counter_submit (fixture->counter, TICKETS_TEST_CODE_DEMO_1 " "), ==, TICKETS_COUNTER_INPUT_NONE);
  g_assert_nonnull (tickets_counter_get_verdict (fixture->counter));
  g_assert_cmpuint (tickets_test_sandbox_count (fixture->sandbox, "GET", "/tickets"), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tickets_counter_get_shift_log (fixture->counter))), ==, 1);

  fixture->now += 500 * G_TIME_SPAN_MILLISECOND;
  scan (fixture, TICKETS_TEST_CODE_DEMO_1);
  g_assert_cmpuint (tickets_test_sandbox_count (fixture->sandbox, "GET", "/tickets"), ==, 2);

  /* Nothing typed is nothing done. */
  g_assert_cmpint (tickets_counter_submit (fixture->counter, "  "), ==, TICKETS_COUNTER_INPUT_NONE);
  g_assert_cmpuint (tickets_test_sandbox_count (fixture->sandbox, "GET", "/tickets"), ==, 2);
}

/* The first scan's answer is held up (a 503 asking to come back in a
 * second); a second scan is answered meanwhile. The first's late answer
 * must not replace the second's verdict. */
static void
test_stale_answer (Fixture       *fixture,
                   gconstpointer  data)
{
  gint64 deadline = tickets_test_deadline (10);
  TicketsVerdict *verdict;
  guint n_verdicts = 0;

  choose_summer_sounds (fixture);
  tickets_test_count_signal (fixture->counter, "notify::verdict", &n_verdicts);

  tickets_test_sandbox_fail_next (fixture->sandbox, 1, TICKETS_SANDBOX_FAULT_UNAVAILABLE, 1);
  g_assert_cmpint (tickets_counter_submit (fixture->counter, TICKETS_TEST_CODE_DEMO_1), ==, TICKETS_COUNTER_INPUT_SCAN);
  /* The first scan's request has been refused for now before the second goes. */
  while (tickets_test_sandbox_count (fixture->sandbox, "GET", "/tickets") < 1)
    tickets_test_iterate (deadline);

  verdict = scan (fixture, CODE_UNKNOWN);
  g_assert_cmpint (tickets_verdict_get_kind (verdict), ==, TICKETS_VERDICT_NOT_FOUND);

  /* Past the time the first would have come back. */
  spin (1500);
  verdict = tickets_counter_get_verdict (fixture->counter);
  g_assert_nonnull (verdict);
  g_assert_cmpstr (tickets_verdict_get_code (verdict), ==, CODE_UNKNOWN);
  g_assert_cmpint (tickets_verdict_get_kind (verdict), ==, TICKETS_VERDICT_NOT_FOUND);
  g_assert_cmpstr (tickets_counter_get_code (fixture->counter), ==, CODE_UNKNOWN);
  /* Cleared by the second scan, then its verdict: nothing after. */
  g_assert_cmpuint (n_verdicts, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tickets_counter_get_shift_log (fixture->counter))), ==, 1);
  g_assert_false (tickets_counter_get_busy (fixture->counter));
}

/* A server error is no verdict: the error names the code, and a retry
 * looks it up again (past the double-fire filter). */
static void
test_error_and_retry (Fixture       *fixture,
                      gconstpointer  data)
{
  const GError *error;
  TicketsVerdict *verdict;

  choose_summer_sounds (fixture);
  tickets_client_set_retry_policy (fixture->client, 1, 0);
  tickets_test_sandbox_fail_next (fixture->sandbox, 1, TICKETS_SANDBOX_FAULT_SERVER_ERROR, 0);

  g_assert_cmpint (tickets_counter_submit (fixture->counter, TICKETS_TEST_CODE_DEMO_1), ==, TICKETS_COUNTER_INPUT_SCAN);
  wait_idle (fixture);
  error = tickets_counter_get_error (fixture->counter);
  g_assert_error ((GError *) error, TICKETS_API_ERROR, TICKETS_API_ERROR_SERVER_ERROR);
  g_assert_null (tickets_counter_get_verdict (fixture->counter));
  g_assert_cmpstr (tickets_counter_get_code (fixture->counter), ==, TICKETS_TEST_CODE_DEMO_1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tickets_counter_get_shift_log (fixture->counter))), ==, 0);
  /* A 500 says nothing of what the account may do. */
  g_assert_cmpint (tickets_counter_get_ability (fixture->counter, TICKETS_STAFF_ACTION_FIND_TICKETS), ==,
                   TICKETS_ABILITY_UNKNOWN);

  tickets_counter_retry (fixture->counter);
  g_assert_true (tickets_counter_get_busy (fixture->counter));
  g_assert_null (tickets_counter_get_error (fixture->counter));
  wait_idle (fixture);
  verdict = tickets_counter_get_verdict (fixture->counter);
  g_assert_nonnull (verdict);
  g_assert_cmpstr (tickets_verdict_get_code (verdict), ==, TICKETS_TEST_CODE_DEMO_1);
  g_assert_cmpuint (tickets_test_sandbox_count (fixture->sandbox, "GET", "/tickets"), ==, 2);

  /* Scanned again at once after a failure: looked up, not taken for a
   * double fire. */
  tickets_test_sandbox_fail_next (fixture->sandbox, 1, TICKETS_SANDBOX_FAULT_SERVER_ERROR, 0);
  fixture->now += 3 * G_USEC_PER_SEC;
  g_assert_cmpint (tickets_counter_submit (fixture->counter, TICKETS_TEST_CODE_DEMO_1), ==, TICKETS_COUNTER_INPUT_SCAN);
  wait_idle (fixture);
  g_assert_nonnull (tickets_counter_get_error (fixture->counter));
  fixture->now += 100 * G_TIME_SPAN_MILLISECOND;
  scan (fixture, TICKETS_TEST_CODE_DEMO_1);
  g_assert_cmpuint (tickets_test_sandbox_count (fixture->sandbox, "GET", "/tickets"), ==, 4);
}

/* Roles without ticket search */

static void
assert_forbidden_everything (TicketsCounter *counter)
{
  for (TicketsStaffAction action = 0; action < TICKETS_STAFF_ACTION_LAST; action++)
    {
      g_test_message ("action %d", action);
      g_assert_cmpint (tickets_counter_get_ability (counter, action), ==, TICKETS_ABILITY_FORBIDDEN);
    }
}

static void
test_forbidden_scan (Fixture       *fixture,
                     gconstpointer  data)
{
  const char *user = data;
  g_autofree char *password = g_strconcat (user, "-demo", NULL);
  guint n_abilities = 0;
  guint forbidden = 0;

  const char * const chosen[] = { TICKETS_TEST_EV_OPEN, NULL };
  const char * const all[] = { TICKETS_TEST_EV_OPEN, TICKETS_TEST_EV_FUTURE, NULL };

  /* This test's fixture signs in as @user instead. */
  fixture_tear_down (fixture, NULL);
  set_up_as (fixture, user, password);
  set_events (fixture, chosen, all);
  tickets_test_count_signal (fixture->counter, "notify::abilities", &n_abilities);

  g_assert_cmpint (tickets_counter_get_ability (fixture->counter, TICKETS_STAFF_ACTION_FIND_TICKETS), ==,
                   TICKETS_ABILITY_UNKNOWN);
  g_assert_cmpint (tickets_counter_submit (fixture->counter, TICKETS_TEST_CODE_DEMO_1), ==, TICKETS_COUNTER_INPUT_SCAN);
  wait_idle (fixture);

  g_assert_error ((GError *) tickets_counter_get_error (fixture->counter), TICKETS_API_ERROR, TICKETS_API_ERROR_FORBIDDEN);
  g_assert_null (tickets_counter_get_verdict (fixture->counter));
  /* Every box-office action reads orders, so every one is refused too. */
  assert_forbidden_everything (fixture->counter);
  g_assert_cmpuint (n_abilities, ==, 1);
  g_object_get (fixture->counter, "abilities", &forbidden, NULL);
  g_assert_cmpuint (forbidden, ==, (1u << TICKETS_STAFF_ACTION_LAST) - 1);
  /* No other event is asked: the server refused the question. */
  g_assert_cmpuint (tickets_test_sandbox_count (fixture->sandbox, "GET", "/tickets"), ==, 1);
}

static void
test_probe (Fixture       *fixture,
            gconstpointer  data)
{
  const char *user = data;
  gint64 deadline = tickets_test_deadline (10);
  g_autoptr(GHashTable) tickets_query = NULL;
  g_autoptr(GHashTable) consumers_query = NULL;

  if (user != NULL)
    {
      g_autofree char *password = g_strconcat (user, "-demo", NULL);

      fixture_tear_down (fixture, NULL);
      set_up_as (fixture, user, password);
    }
  choose_summer_sounds (fixture);

  tickets_counter_probe (fixture->counter);
  /* Both answers in: the consumers' page has been let go. */
  while (tickets_counter_get_ability (fixture->counter, TICKETS_STAFF_ACTION_FIND_TICKETS) == TICKETS_ABILITY_UNKNOWN ||
         fixture->counter->probe_consumers != NULL)
    tickets_test_iterate (deadline);

  /* Harmless questions: a code that cannot exist, an address no one has. */
  tickets_query = received_params (fixture, "/tickets", 0);
  g_assert_cmpstr (g_hash_table_lookup (tickets_query, "code"), ==, "0000000000000");
  consumers_query = received_params (fixture, "/consumers", 0);
  g_assert_cmpuint (g_hash_table_size (consumers_query), ==, 1);
  g_assert_nonnull (g_hash_table_lookup (consumers_query, "email"));
  g_assert_null (tickets_counter_get_verdict (fixture->counter));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tickets_counter_get_shift_log (fixture->counter))), ==, 0);

  if (user != NULL)
    {
      assert_forbidden_everything (fixture->counter);
      return;
    }

  g_assert_cmpint (tickets_counter_get_ability (fixture->counter, TICKETS_STAFF_ACTION_FIND_TICKETS), ==,
                   TICKETS_ABILITY_ALLOWED);
  g_assert_cmpint (tickets_counter_get_ability (fixture->counter, TICKETS_STAFF_ACTION_FIND_CONSUMERS), ==,
                   TICKETS_ABILITY_ALLOWED);
  /* Needing no more than what was answered: allowed too. */
  g_assert_cmpint (tickets_counter_get_ability (fixture->counter, TICKETS_STAFF_ACTION_EDIT_CONSUMERS), ==,
                   TICKETS_ABILITY_ALLOWED);
  /* A re-issue also creates an order, which nothing asked. */
  g_assert_cmpint (tickets_counter_get_ability (fixture->counter, TICKETS_STAFF_ACTION_REISSUE), ==,
                   TICKETS_ABILITY_UNKNOWN);
}

/* forbid() by hand, as a view does on a refused re-issue: only what needs
 * at least that access. */
static void
test_forbid (Fixture       *fixture,
             gconstpointer  data)
{
  guint n_abilities = 0;

  tickets_test_count_signal (fixture->counter, "notify::abilities", &n_abilities);
  tickets_counter_forbid (fixture->counter, TICKETS_STAFF_ACTION_REISSUE);
  g_assert_cmpint (tickets_counter_get_ability (fixture->counter, TICKETS_STAFF_ACTION_REISSUE), ==,
                   TICKETS_ABILITY_FORBIDDEN);
  for (TicketsStaffAction action = 0; action < TICKETS_STAFF_ACTION_REISSUE; action++)
    g_assert_cmpint (tickets_counter_get_ability (fixture->counter, action), ==, TICKETS_ABILITY_UNKNOWN);
  g_assert_cmpuint (n_abilities, ==, 1);

  tickets_counter_forbid (fixture->counter, TICKETS_STAFF_ACTION_REISSUE);
  g_assert_cmpuint (n_abilities, ==, 1);
}

static void
test_forbidden_text (void)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *find = tickets_counter_dup_forbidden_text (TICKETS_STAFF_ACTION_FIND_TICKETS);

  g_assert_cmpstr (find, ==,
                   "This account cannot look up tickets by barcode. That needs the “sales” or “merchant” role.");

  /* One sentence per action, each naming the roles. */
  for (TicketsStaffAction action = 0; action < TICKETS_STAFF_ACTION_LAST; action++)
    {
      char *text = tickets_counter_dup_forbidden_text (action);

      g_assert_nonnull (strstr (text, "“merchant”"));
      g_assert_false (g_hash_table_contains (seen, text));
      g_hash_table_add (seen, text);
    }
}

/* Both lookups refused, by the same roles: said once. Only tickets: the
 * people search still offered. */
static void
test_lookups_forbidden_text (void)
{
  g_autofree char *both = tickets_counter_dup_lookups_forbidden_text (TRUE);
  g_autofree char *tickets = tickets_counter_dup_lookups_forbidden_text (FALSE);

  g_assert_cmpstr (both, ==,
                   "This account can neither look up tickets by barcode nor search for people. "
                   "Both need the “sales” or “merchant” role.");
  g_assert_cmpstr (tickets, ==,
                   "This account cannot look up tickets by barcode. That needs the “sales” or “merchant” role. "
                   "You can still find people by typing a name.");
}

/* Consumer search */

static void
test_search_filters (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GHashTable) params = NULL;
  TicketsPagedList *results;
  guint n_results = 0;

  tickets_test_count_signal (fixture->counter, "notify::search-results", &n_results);
  g_assert_cmpint (tickets_counter_submit (fixture->counter, "  lotte jans "), ==, TICKETS_COUNTER_INPUT_SEARCH);
  g_assert_false (tickets_counter_get_busy (fixture->counter));
  wait_search (fixture);

  params = received_params (fixture, "/consumers", 0);
  g_assert_cmpuint (g_hash_table_size (params), ==, 2);
  g_assert_cmpstr (g_hash_table_lookup (params, "first_name__startswith"), ==, "Lotte");
  g_assert_cmpstr (g_hash_table_lookup (params, "last_name__startswith"), ==, "Jans");

  results = tickets_counter_get_search_results (fixture->counter);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (results)), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (results)); i++)
    {
      g_autoptr(TicketsConsumer) consumer = g_list_model_get_item (G_LIST_MODEL (results), i);

      g_assert_cmpstr (tickets_consumer_get_first_name (consumer), ==, "Lotte");
      g_assert_true (g_str_has_prefix (tickets_consumer_get_last_name (consumer), "Jans"));
    }
  g_assert_cmpuint (n_results, ==, 1);
  g_assert_cmpint (tickets_counter_get_ability (fixture->counter, TICKETS_STAFF_ACTION_FIND_CONSUMERS), ==,
                   TICKETS_ABILITY_ALLOWED);

  /* A scan clears the search. */
  choose_summer_sounds (fixture);
  scan (fixture, TICKETS_TEST_CODE_DEMO_1);
  g_assert_null (tickets_counter_get_search_results (fixture->counter));
  g_assert_cmpuint (n_results, ==, 2);
}

/* Typing: one search once the typing pauses, for what was typed last. */
static void
test_search_debounce (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GHashTable) params = NULL;

  tickets_counter_search_as_typed (fixture->counter, "j");
  tickets_counter_search_as_typed (fixture->counter, "ja");
  tickets_counter_search_as_typed (fixture->counter, "jan");
  g_assert_null (tickets_counter_get_search_results (fixture->counter));
  wait_search (fixture);

  g_assert_cmpuint (tickets_test_sandbox_count (fixture->sandbox, "GET", "/consumers"), ==, 1);
  params = received_params (fixture, "/consumers", 0);
  g_assert_cmpstr (g_hash_table_lookup (params, "last_name__startswith"), ==, "Jan");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tickets_counter_get_search_results (fixture->counter))), >, 0);

  /* A scanner's burst ends in a code: no search, and the results go. */
  tickets_counter_search_as_typed (fixture->counter, "87");
  tickets_counter_search_as_typed (fixture->counter, "8714523");
  g_assert_null (tickets_counter_get_search_results (fixture->counter));
  spin (400);
  g_assert_cmpuint (tickets_test_sandbox_count (fixture->sandbox, "GET", "/consumers"), ==, 1);

  /* Emptied: nothing is searched. */
  tickets_counter_search_as_typed (fixture->counter, "tom");
  tickets_counter_search_as_typed (fixture->counter, "");
  spin (400);
  g_assert_cmpuint (tickets_test_sandbox_count (fixture->sandbox, "GET", "/consumers"), ==, 1);
  g_assert_null (tickets_counter_get_search_results (fixture->counter));
}

/* A server that answers every barcode with the same ticket, as a broken
 * one might: only the ticket's own code gets its verdict; any other is an
 * error naming both codes, never that ticket's verdict. */
#define CODE_ANSWERED "1111111111116"

static void
answer_one_ticket (SoupServer        *server,
                   SoupServerMessage *msg,
                   const char        *path,
                   GHashTable        *query,
                   gpointer           user_data)
{
  const char *base = user_data;
  g_autofree char *body = g_strdup_printf ("{\"_links\": {\"self\": {\"href\": \"%stickets\"}},"
                                           " \"_embedded\": {\"shop:ticket\": [{"
                                           "\"_links\": {\"self\": {\"href\": \"%stickets/abc\"},"
                                           " \"shop:event\": {\"href\": \"%sevents/ev1\"}},"
                                           " \"uid\": \"abc\", \"code\": \"" CODE_ANSWERED "\", \"status\": \"valid\","
                                           " \"is_scanned\": false, \"has_valid_subscription\": false,"
                                           " \"needs_personalization\": false}]}}",
                                           base, base, base);

  soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response (msg, "application/hal+json", SOUP_MEMORY_COPY, body, strlen (body));
}

static void
test_other_code_answered (void)
{
  g_autoptr(SoupServer) server = soup_server_new (NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(TicketsAuth) auth = tickets_auth_new_basic ("boxoffice", "boxoffice-demo");
  g_autoptr(TicketsClient) client = NULL;
  g_autoptr(TicketsStore) store = NULL;
  g_autoptr(TicketsSession) session = NULL;
  g_autoptr(TicketsCounter) counter = NULL;
  g_autoptr(GSList) uris = NULL;
  g_autofree char *base = NULL;
  const char * const events[] = { "ev1", NULL };
  gint64 deadline = tickets_test_deadline (10);

  g_assert_true (soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error));
  g_assert_no_error (error);
  uris = soup_server_get_uris (server);
  base = g_uri_to_string (uris->data);
  g_slist_free_full (g_steal_pointer (&uris), (GDestroyNotify) g_uri_unref);
  soup_server_add_handler (server, "/tickets", answer_one_ticket, base, NULL);

  client = tickets_client_new (base, &error);
  g_assert_no_error (error);
  store = tickets_store_new (client);
  session = tickets_session_new ();
  tickets_session_set_store (session, store);
  tickets_session_set_auth (session, auth);
  counter = tickets_counter_new (session, NULL);
  tickets_counter_set_events (counter, events);

  g_assert_cmpint (tickets_counter_submit (counter, "2222222222224"), ==, TICKETS_COUNTER_INPUT_SCAN);
  while (tickets_counter_get_busy (counter))
    tickets_test_iterate (deadline);
  g_assert_null (tickets_counter_get_verdict (counter));
  g_assert_error (tickets_counter_get_error (counter), TICKETS_API_ERROR, TICKETS_API_ERROR_INVALID_RESPONSE);
  g_assert_nonnull (strstr (tickets_counter_get_error (counter)->message, "2222222222224"));
  g_assert_nonnull (strstr (tickets_counter_get_error (counter)->message, CODE_ANSWERED));

  g_assert_cmpint (tickets_counter_submit (counter, CODE_ANSWERED), ==, TICKETS_COUNTER_INPUT_SCAN);
  while (tickets_counter_get_busy (counter))
    tickets_test_iterate (deadline);
  g_assert_nonnull (tickets_counter_get_verdict (counter));
  g_assert_cmpint (tickets_verdict_get_kind (tickets_counter_get_verdict (counter)), ==, TICKETS_VERDICT_VALID);

  g_clear_object (&counter);
  tickets_session_shutdown (session);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  ADD_TEST ("/counter/scan/found", test_scan_found);
  ADD_TEST ("/counter/scan/every-state", test_scan_every_state);
  ADD_TEST ("/counter/scan/not-found", test_scan_not_found);
  ADD_TEST ("/counter/scan/other-event", test_scan_other_event);
  ADD_TEST ("/counter/scan/double-fire", test_double_fire);
  ADD_TEST ("/counter/scan/stale-answer", test_stale_answer);
  ADD_TEST ("/counter/scan/error-and-retry", test_error_and_retry);
  g_test_add_func ("/counter/scan/other-code-answered", test_other_code_answered);
  g_test_add ("/counter/forbidden/spa", Fixture, "spa", fixture_set_up, test_forbidden_scan, fixture_tear_down);
  g_test_add ("/counter/forbidden/default", Fixture, "default", fixture_set_up, test_forbidden_scan, fixture_tear_down);
  ADD_TEST ("/counter/probe/merchant", test_probe);
  g_test_add ("/counter/probe/spa", Fixture, "spa", fixture_set_up, test_probe, fixture_tear_down);
  ADD_TEST ("/counter/forbid", test_forbid);
  g_test_add_func ("/counter/forbidden-text", test_forbidden_text);
  g_test_add_func ("/counter/lookups-forbidden-text", test_lookups_forbidden_text);
  ADD_TEST ("/counter/search/filters", test_search_filters);
  ADD_TEST ("/counter/search/debounce", test_search_debounce);

  return g_test_run ();
}
