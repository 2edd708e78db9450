/* test-opener.c: what a sign-in opens, loaded by TicketsOpener over the sandbox
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The opener on its own, no window: a session on the sandbox's store, and a
 * log of the signals it emits, in order. What loads says so once; what
 * fails says what could not be opened and why, and leaves nothing loaded;
 * what was cancelled says nothing at all.
 */

#include "config.h"

#include "tickets-auth.h"
#include "tickets-error.h"
#include "tickets-opener.h"
#include "tickets-test-views.h"

static TicketsTestSandbox *sandbox;

typedef struct
{
  TicketsClient  *client;
  TicketsStore   *store;
  TicketsSession *session;
  TicketsOpener  *opener;
  /* "loading:TITLE", "order-loaded:UID", "failed:TITLE", and so on. */
  GPtrArray      *log;
  GError         *error;
} Fixture;

static void
on_loading (TicketsOpener *opener,
            const char    *title,
            Fixture       *fixture)
{
  g_ptr_array_add (fixture->log, g_strconcat ("loading:", title, NULL));
}

static void
on_order_loaded (TicketsOpener *opener,
                 TicketsOrder  *order,
                 Fixture       *fixture)
{
  g_assert_true (order == tickets_opener_get_order (opener));
  g_ptr_array_add (fixture->log, g_strconcat ("order-loaded:", tickets_resource_get_uid (TICKETS_RESOURCE (order)), NULL));
}

static void
on_requests_loaded (TicketsOpener *opener,
                    Fixture       *fixture)
{
  g_ptr_array_add (fixture->log, g_strdup ("requests-loaded"));
}

static void
on_request_loaded (TicketsOpener                 *opener,
                   TicketsPersonalizationRequest *request,
                   Fixture                       *fixture)
{
  g_assert_true (request == tickets_opener_get_request (opener));
  g_ptr_array_add (fixture->log, g_strconcat ("request-loaded:", tickets_resource_get_uid (TICKETS_RESOURCE (request)),
                                              NULL));
}

static void
on_staff_checked (TicketsOpener *opener,
                  Fixture       *fixture)
{
  g_ptr_array_add (fixture->log, g_strdup ("staff-checked"));
}

static void
on_my_tickets_loaded (TicketsOpener *opener,
                      Fixture       *fixture)
{
  g_ptr_array_add (fixture->log, g_strdup ("my-tickets-loaded"));
}

static void
on_order_forgotten (TicketsOpener *opener,
                    Fixture       *fixture)
{
  g_assert_null (tickets_opener_get_order (opener));
  g_ptr_array_add (fixture->log, g_strdup ("order-forgotten"));
}

static void
on_failed (TicketsOpener *opener,
           const char    *title,
           GError        *error,
           Fixture       *fixture)
{
  g_ptr_array_add (fixture->log, g_strconcat ("failed:", title, NULL));
  g_clear_error (&fixture->error);
  fixture->error = g_error_copy (error);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  tickets_test_open_store (sandbox, &fixture->client, &fixture->store);
  fixture->session = tickets_test_session_new (fixture->store, NULL);
  fixture->opener = tickets_opener_new (fixture->session);
  fixture->log = g_ptr_array_new_with_free_func (g_free);
  g_signal_connect (fixture->opener, "loading", G_CALLBACK (on_loading), fixture);
  g_signal_connect (fixture->opener, "order-loaded", G_CALLBACK (on_order_loaded), fixture);
  g_signal_connect (fixture->opener, "requests-loaded", G_CALLBACK (on_requests_loaded), fixture);
  g_signal_connect (fixture->opener, "request-loaded", G_CALLBACK (on_request_loaded), fixture);
  g_signal_connect (fixture->opener, "staff-checked", G_CALLBACK (on_staff_checked), fixture);
  g_signal_connect (fixture->opener, "my-tickets-loaded", G_CALLBACK (on_my_tickets_loaded), fixture);
  g_signal_connect (fixture->opener, "failed", G_CALLBACK (on_failed), fixture);
  g_signal_connect (fixture->opener, "order-forgotten", G_CALLBACK (on_order_forgotten), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  /* Whatever is still on its way lets go of the opener once cancelled. */
  tickets_opener_cancel (fixture->opener);
  tickets_test_run_for (100);
  g_assert_finalize_object (fixture->opener);
  g_assert_finalize_object (fixture->session);
  g_ptr_array_unref (fixture->log);
  g_clear_error (&fixture->error);
  g_assert_finalize_object (fixture->store);
  g_assert_finalize_object (fixture->client);
}

static void
set_auth (Fixture         *fixture,
          TicketsAuthMode  kind,
          const char      *token)
{
  g_autoptr(TicketsAuth) auth = tickets_auth_new_token (kind, token);

  tickets_session_set_auth (fixture->session, auth);
}

/* Spins until the log holds @n entries, then a little more, to catch any
 * that should not come. */
static void
wait_log (Fixture *fixture,
          guint    n)
{
  gint64 deadline = tickets_test_deadline (10);

  while (fixture->log->len < n)
    tickets_test_iterate (deadline);
  tickets_test_run_for (100);
}

static void
assert_log (Fixture    *fixture,
            const char *first,
            ...)
{
  va_list args;
  guint i = 0;

  va_start (args, first);
  for (const char *entry = first; entry != NULL; entry = va_arg (args, const char *), i++)
    {
      g_assert_cmpuint (i, <, fixture->log->len);
      g_assert_cmpstr (g_ptr_array_index (fixture->log, i), ==, entry);
    }
  va_end (args);
  g_assert_cmpuint (fixture->log->len, ==, i);
}

/* The order loads, then which friends were asked for its tickets. */
static void
test_order (Fixture       *fixture,
            gconstpointer  data)
{
  set_auth (fixture, TICKETS_AUTH_ORDER_TOKEN, "demo-order-token");
  tickets_opener_open_order (fixture->opener, TICKETS_TEST_OR_DEMO);
  g_assert_cmpstr (tickets_opener_get_order_uri (fixture->opener), ==, TICKETS_TEST_OR_DEMO);
  wait_log (fixture, 3);
  assert_log (fixture, "loading:Opening the Order…", "order-loaded:" TICKETS_TEST_OR_DEMO, "requests-loaded", NULL);
  g_assert_null (tickets_opener_get_error (fixture->opener));
  g_assert_null (tickets_opener_get_request (fixture->opener));

  /* Try Again loads the same order; forgetting it leaves nothing open. */
  g_assert_true (tickets_opener_reload (fixture->opener));
  wait_log (fixture, 6);
  g_assert_cmpstr (g_ptr_array_index (fixture->log, 4), ==, "order-loaded:" TICKETS_TEST_OR_DEMO);
  tickets_opener_forget (fixture->opener);
  g_assert_cmpuint (fixture->log->len, ==, 7);
  g_assert_cmpstr (g_ptr_array_index (fixture->log, 6), ==, "order-forgotten");
  g_assert_null (tickets_opener_get_order (fixture->opener));
  g_assert_null (tickets_opener_get_order_uri (fixture->opener));
  g_assert_false (tickets_opener_reload (fixture->opener));

  /* Nothing left to forget: not a word. */
  tickets_opener_forget (fixture->opener);
  g_assert_cmpuint (fixture->log->len, ==, 7);
}

/* An order the server does not have: failed, with its not-found error,
 * and nothing loaded. */
static void
test_order_not_found (Fixture       *fixture,
                      gconstpointer  data)
{
  set_auth (fixture, TICKETS_AUTH_ORDER_TOKEN, "demo-order-token");
  tickets_opener_open_order (fixture->opener, "00000000000000000000000000000000");
  wait_log (fixture, 2);
  assert_log (fixture, "loading:Opening the Order…", "failed:The Order Could Not Be Opened", NULL);
  g_assert_error (fixture->error, TICKETS_API_ERROR, TICKETS_API_ERROR_NOT_FOUND);
  g_assert_error ((GError *) tickets_opener_get_error (fixture->opener), TICKETS_API_ERROR, TICKETS_API_ERROR_NOT_FOUND);
  g_assert_null (tickets_opener_get_order (fixture->opener));
}

/* A wrong token: the server's refusal, and nothing loaded. */
static void
test_order_refused (Fixture       *fixture,
                    gconstpointer  data)
{
  set_auth (fixture, TICKETS_AUTH_ORDER_TOKEN, "not-the-token");
  tickets_opener_open_order (fixture->opener, TICKETS_TEST_OR_DEMO);
  wait_log (fixture, 2);
  assert_log (fixture, "loading:Opening the Order…", "failed:The Order Could Not Be Opened", NULL);
  g_assert_error (fixture->error, TICKETS_API_ERROR, TICKETS_API_ERROR_UNAUTHORIZED);
  g_assert_null (tickets_opener_get_order (fixture->opener));

  /* The next load starts clean. */
  set_auth (fixture, TICKETS_AUTH_ORDER_TOKEN, "demo-order-token");
  g_assert_true (tickets_opener_reload (fixture->opener));
  g_assert_null (tickets_opener_get_error (fixture->opener));
  wait_log (fixture, 5);
}

/* Cancelled while loading: not a word after, neither loaded nor failed. */
static void
test_cancel (Fixture       *fixture,
             gconstpointer  data)
{
  set_auth (fixture, TICKETS_AUTH_ORDER_TOKEN, "demo-order-token");
  tickets_opener_open_order (fixture->opener, TICKETS_TEST_OR_DEMO);
  tickets_opener_cancel (fixture->opener);
  tickets_test_run_for (500);
  assert_log (fixture, "loading:Opening the Order…", NULL);
  g_assert_null (tickets_opener_get_order (fixture->opener));
  g_assert_null (tickets_opener_get_error (fixture->opener));

  /* A second load silences the first. */
  tickets_opener_open_request (fixture->opener, TICKETS_TEST_RQ_PENDING);
  set_auth (fixture, TICKETS_AUTH_PERSONALIZATION_REQUEST_TOKEN, "demo-request-token");
  tickets_opener_open_order (fixture->opener, TICKETS_TEST_OR_DEMO);
  tickets_test_run_for (500);
  g_assert_cmpuint (fixture->log->len, ==, 4);
  g_assert_cmpstr (g_ptr_array_index (fixture->log, 3), ==, "failed:The Order Could Not Be Opened");
}

/* A friend's request, with its token; a wrong one says what failed. */
static void
test_request (Fixture       *fixture,
              gconstpointer  data)
{
  set_auth (fixture, TICKETS_AUTH_PERSONALIZATION_REQUEST_TOKEN, "not-the-token");
  tickets_opener_open_request (fixture->opener, TICKETS_TEST_RQ_PENDING);
  wait_log (fixture, 2);
  assert_log (fixture, "loading:Opening the Request…", "failed:The Request Could Not Be Opened", NULL);
  g_assert_error (fixture->error, TICKETS_API_ERROR, TICKETS_API_ERROR_UNAUTHORIZED);
  g_assert_null (tickets_opener_get_request (fixture->opener));

  set_auth (fixture, TICKETS_AUTH_PERSONALIZATION_REQUEST_TOKEN, "demo-request-token");
  g_assert_true (tickets_opener_reload (fixture->opener));
  wait_log (fixture, 4);
  g_assert_cmpstr (g_ptr_array_index (fixture->log, 3), ==, "request-loaded:" TICKETS_TEST_RQ_PENDING);
  g_assert_null (tickets_opener_get_order (fixture->opener));
}

/* The box office's check: no loading page of its own. */
static void
test_staff (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(TicketsAuth) wrong = tickets_auth_new_basic ("boxoffice", "not-the-password");
  g_autoptr(TicketsAuth) auth = tickets_auth_new_basic ("boxoffice", "boxoffice-demo");

  tickets_session_set_auth (fixture->session, wrong);
  tickets_opener_check_staff (fixture->opener);
  wait_log (fixture, 1);
  assert_log (fixture, "failed:The Box Office Could Not Be Opened", NULL);

  tickets_session_set_auth (fixture->session, auth);
  tickets_opener_check_staff (fixture->opener);
  wait_log (fixture, 2);
  assert_log (fixture, "failed:The Box Office Could Not Be Opened", "staff-checked", NULL);
}

/* The fan's tickets load in their paged list; the opener waits for the
 * first page, and a refusal with nothing loaded is a failure. */
static void
test_my_tickets (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(TicketsPagedList) refused = NULL;
  g_autoptr(TicketsPagedList) tickets = NULL;

  set_auth (fixture, TICKETS_AUTH_COGNITO_TOKEN, "not-the-token");
  refused = tickets_store_list_my_tickets (fixture->store, tickets_session_get_auth (fixture->session));
  tickets_paged_list_load_more (refused);
  tickets_opener_open_my_tickets (fixture->opener, refused);
  wait_log (fixture, 2);
  assert_log (fixture, "loading:Opening Your Tickets…", "failed:Your Tickets Could Not Be Loaded", NULL);
  g_assert_nonnull (tickets_opener_get_error (fixture->opener));

  set_auth (fixture, TICKETS_AUTH_COGNITO_TOKEN, "demo-cognito-token");
  tickets = tickets_store_list_my_tickets (fixture->store, tickets_session_get_auth (fixture->session));
  tickets_paged_list_load_more (tickets);
  tickets_opener_open_my_tickets (fixture->opener, tickets);
  wait_log (fixture, 4);
  g_assert_cmpstr (g_ptr_array_index (fixture->log, 3), ==, "my-tickets-loaded");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tickets)), >, 0);
  g_assert_null (tickets_opener_get_error (fixture->opener));

  /* Another page coming later is the view's business: not a word. */
  if (tickets_paged_list_get_has_more (tickets))
    {
      tickets_paged_list_load_more (tickets);
      tickets_test_run_for (500);
      g_assert_cmpuint (fixture->log->len, ==, 4);
    }
}

/* A failure that passes with the network (a 500 here, the retries spent)
 * loads again once the network is back; not while it is away, and not
 * once forgotten. */
static void
test_network_back (Fixture       *fixture,
                   gconstpointer  data)
{
  tickets_client_set_retry_policy (fixture->client, 1, 1);
  tickets_test_sandbox_fail_next (sandbox, 100, TICKETS_SANDBOX_FAULT_SERVER_ERROR, 0);
  set_auth (fixture, TICKETS_AUTH_ORDER_TOKEN, "demo-order-token");
  tickets_opener_open_order (fixture->opener, TICKETS_TEST_OR_DEMO);
  wait_log (fixture, 2);
  assert_log (fixture, "loading:Opening the Order…", "failed:The Order Could Not Be Opened", NULL);
  g_assert_true (tickets_api_error_is_transient (tickets_opener_get_error (fixture->opener)));

  tickets_test_sandbox_fail_next (sandbox, 0, TICKETS_SANDBOX_FAULT_DROP, 0);
  tickets_opener_network_changed (fixture->opener, FALSE);
  tickets_test_run_for (100);
  g_assert_cmpuint (fixture->log->len, ==, 2);
  tickets_opener_network_changed (fixture->opener, TRUE);
  wait_log (fixture, 5);
  g_assert_cmpstr (g_ptr_array_index (fixture->log, 2), ==, "loading:Opening the Order…");
  g_assert_cmpstr (g_ptr_array_index (fixture->log, 3), ==, "order-loaded:" TICKETS_TEST_OR_DEMO);
  g_assert_null (tickets_opener_get_error (fixture->opener));

  /* Signed out after a failure: nothing to load again. */
  tickets_test_sandbox_fail_next (sandbox, 100, TICKETS_SANDBOX_FAULT_SERVER_ERROR, 0);
  g_assert_true (tickets_opener_reload (fixture->opener));
  wait_log (fixture, 7);
  g_assert_cmpstr (g_ptr_array_index (fixture->log, 6), ==, "failed:The Order Could Not Be Opened");
  tickets_test_sandbox_fail_next (sandbox, 0, TICKETS_SANDBOX_FAULT_DROP, 0);
  tickets_opener_forget (fixture->opener);
  g_assert_null (tickets_opener_get_error (fixture->opener));
  tickets_opener_network_changed (fixture->opener, TRUE);
  tickets_test_run_for (200);
  g_assert_cmpuint (fixture->log->len, ==, 8);
  g_assert_cmpstr (g_ptr_array_index (fixture->log, 7), ==, "order-forgotten");
}

/* A refusal is no network trouble: the network coming back loads nothing. */
static void
test_network_back_refused (Fixture       *fixture,
                           gconstpointer  data)
{
  set_auth (fixture, TICKETS_AUTH_ORDER_TOKEN, "not-the-token");
  tickets_opener_open_order (fixture->opener, TICKETS_TEST_OR_DEMO);
  wait_log (fixture, 2);
  assert_log (fixture, "loading:Opening the Order…", "failed:The Order Could Not Be Opened", NULL);
  tickets_test_sandbox_record (sandbox);
  tickets_opener_network_changed (fixture->opener, TRUE);
  tickets_test_run_for (200);
  g_assert_cmpuint (fixture->log->len, ==, 2);
  g_assert_cmpuint (tickets_test_sandbox_count (sandbox, "GET", "/orders/" TICKETS_TEST_OR_DEMO), ==, 0);
}

/* Names given while tickets still need one bring no e-tickets link: no
 * fresh copy of the order is fetched; without an order, nothing at all. */
static void
test_names_given (Fixture       *fixture,
                  gconstpointer  data)
{
  tickets_opener_names_given (fixture->opener);

  set_auth (fixture, TICKETS_AUTH_ORDER_TOKEN, "demo-order-token");
  tickets_opener_open_order (fixture->opener, TICKETS_TEST_OR_DEMO);
  wait_log (fixture, 3);
  g_assert_cmpuint (tickets_order_count_needing_personalization (tickets_opener_get_order (fixture->opener), NULL),
                    >, 0);
  tickets_test_sandbox_record (sandbox);
  tickets_opener_names_given (fixture->opener);
  tickets_test_run_for (200);
  g_assert_cmpuint (tickets_test_sandbox_count (sandbox, "GET", "/orders/" TICKETS_TEST_OR_DEMO), ==, 0);
  g_assert_cmpuint (fixture->log->len, ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  if (!tickets_test_views_init (&argc, &argv))
    return g_test_run ();

#define ADD(path, func) \
  g_test_add ("/opener/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("order", test_order);
  ADD ("order-not-found", test_order_not_found);
  ADD ("order-refused", test_order_refused);
  ADD ("cancel", test_cancel);
  ADD ("request", test_request);
  ADD ("staff", test_staff);
  ADD ("my-tickets", test_my_tickets);
  ADD ("network-back", test_network_back);
  ADD ("network-back-refused", test_network_back_refused);
  ADD ("names-given", test_names_given);

  return tickets_test_run_with_sandbox (&sandbox);
}
