/* test-batch-run.c: Save All without a widget, against the sandbox
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "tickets-batch-run.h"
#include "tickets-client.h"
#include "tickets-store.h"
#include "tickets-test-sandbox.h"

typedef struct
{
  TicketsTestSandbox *sandbox;
  TicketsClient      *client;
  TicketsStore       *store;
  TicketsOrder       *order;
  TicketsBatchRun    *run;
  /* "saving UID", "saved UID", "failed UID", "pending UID": what the run said, in order */
  GPtrArray          *events;
  guint               n_finished;
} Fixture;

static void
on_order_loaded (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  Fixture *fixture = user_data;
  g_autoptr(GError) error = NULL;

  fixture->order = tickets_store_load_order_finish (TICKETS_STORE (source), result, &error);
  g_assert_no_error (error);
}

static void
on_item_changed (TicketsBatchRun *run,
                 TicketsTicket   *ticket,
                 Fixture         *fixture)
{
  static const char * const names[] = { "pending", "queued", "saving", "saved", "failed" };
  TicketsBatchRunState state = tickets_batch_run_get_state (run, ticket);

  /* Every ticket is queued at the start; the rest is what tells the order of sends. */
  if (state == TICKETS_BATCH_RUN_QUEUED)
    return;
  g_assert_true ((state == TICKETS_BATCH_RUN_FAILED) == (tickets_batch_run_get_error (run, ticket) != NULL));
  g_ptr_array_add (fixture->events,
                   g_strdup_printf ("%s %s", names[state], tickets_resource_get_uid (TICKETS_RESOURCE (ticket))));
}

static void
on_finished (TicketsBatchRun *run,
             Fixture         *fixture)
{
  g_assert_false (tickets_batch_run_get_running (run));
  fixture->n_finished++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(TicketsAuth) auth = tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, "demo-order-token");
  g_autoptr(GError) error = NULL;

  fixture->sandbox = tickets_test_sandbox_start ();
  fixture->client = tickets_client_new (tickets_test_sandbox_get_base (fixture->sandbox), &error);
  g_assert_no_error (error);
  fixture->store = tickets_store_new (fixture->client);
  tickets_store_load_order_async (fixture->store, TICKETS_TEST_OR_DEMO, auth, NULL, on_order_loaded, fixture);
  while (fixture->order == NULL)
    g_main_context_iteration (NULL, TRUE);

  fixture->run = tickets_batch_run_new (fixture->store, TICKETS_TEST_OR_DEMO, auth);
  fixture->events = g_ptr_array_new_with_free_func (g_free);
  g_signal_connect (fixture->run, "item-changed", G_CALLBACK (on_item_changed), fixture);
  g_signal_connect (fixture->run, "finished", G_CALLBACK (on_finished), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->run);
  g_ptr_array_unref (fixture->events);
  g_object_unref (fixture->order);
  g_assert_finalize_object (fixture->store);
  g_assert_finalize_object (fixture->client);
  tickets_test_sandbox_stop (fixture->sandbox);
}

static TicketsTicket *
ticket (Fixture    *fixture,
        const char *uid)
{
  TicketsTicket *ticket = tickets_store_lookup_ticket (fixture->store, uid);

  g_assert_nonnull (ticket);

  return ticket;
}

static void
set_holder (Fixture        *fixture,
            const char     *uid,
            const char     *first_name,
            const char     *email,
            TicketsConsent  consent)
{
  g_autoptr(TicketsConsumer) consumer = tickets_test_new_consumer (first_name, "Tester", "1990-05-04", email);

  tickets_batch_run_set_holder (fixture->run, ticket (fixture, uid), consumer, consent);
}

/* Starts the run and waits for its end; returns what it said, one string. */
static char *
run (Fixture *fixture)
{
  guint n_finished = fixture->n_finished;

  g_ptr_array_set_size (fixture->events, 0);
  tickets_batch_run_start (fixture->run);
  g_assert_true (tickets_batch_run_get_running (fixture->run));
  while (fixture->n_finished == n_finished)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (fixture->n_finished, ==, n_finished + 1);

  g_ptr_array_add (fixture->events, NULL);
  return g_strjoinv (", ", (char **) fixture->events->pdata);
}

static void
assert_holder (Fixture    *fixture,
               const char *uid,
               const char *email)
{
  TicketsConsumer *holder = tickets_ticket_get_consumer (ticket (fixture, uid));

  g_assert_nonnull (holder);
  g_assert_cmpstr (tickets_consumer_get_email (holder), ==, email);
}

/* The same holder and consent on two tickets is one request; another holder
 * is the next, sent only once the first has answered. */
static void
test_grouping (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *said = NULL;

  set_holder (fixture, TICKETS_TEST_TK_DEMO_1, "Ada", "ada@example.org", TICKETS_CONSENT_NONE);
  set_holder (fixture, TICKETS_TEST_TK_DEMO_2, "Bob", "bob@example.org", TICKETS_CONSENT_NONE);
  set_holder (fixture, TICKETS_TEST_TK_DEMO_SEATED, "Ada", "ada@example.org", TICKETS_CONSENT_NONE);
  g_assert_false (tickets_batch_run_get_running (fixture->run));

  said = run (fixture);
  g_assert_cmpstr (said, ==,
                   "saving " TICKETS_TEST_TK_DEMO_1 ", saving " TICKETS_TEST_TK_DEMO_SEATED ", "
                   "saved " TICKETS_TEST_TK_DEMO_1 ", saved " TICKETS_TEST_TK_DEMO_SEATED ", "
                   "saving " TICKETS_TEST_TK_DEMO_2 ", saved " TICKETS_TEST_TK_DEMO_2);
  g_assert_cmpuint (tickets_batch_run_get_n_total (fixture->run), ==, 3);
  g_assert_cmpuint (tickets_batch_run_get_n_done (fixture->run), ==, 3);
  g_assert_cmpuint (tickets_batch_run_get_n_failed (fixture->run), ==, 0);
  assert_holder (fixture, TICKETS_TEST_TK_DEMO_1, "ada@example.org");
  assert_holder (fixture, TICKETS_TEST_TK_DEMO_SEATED, "ada@example.org");
  assert_holder (fixture, TICKETS_TEST_TK_DEMO_2, "bob@example.org");
}

/* One request carries one consent: the same person ticking differently on
 * two tickets is two requests, each ticket with its own. (Two products: the
 * server takes one address once per product, and each request on its own.) */
static void
test_consent_splits (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *said = NULL;

  set_holder (fixture, TICKETS_TEST_TK_DEMO_1, "Ada", "ada@example.org", TICKETS_CONSENT_NEWSLETTER);
  set_holder (fixture, TICKETS_TEST_TK_DEMO_SEATED, "Ada", "ada@example.org", TICKETS_CONSENT_NONE);

  said = run (fixture);
  g_assert_cmpstr (said, ==,
                   "saving " TICKETS_TEST_TK_DEMO_1 ", saved " TICKETS_TEST_TK_DEMO_1 ", "
                   "saving " TICKETS_TEST_TK_DEMO_SEATED ", saved " TICKETS_TEST_TK_DEMO_SEATED);
  g_assert_cmpint (tickets_ticket_get_consent (ticket (fixture, TICKETS_TEST_TK_DEMO_1)), ==, TICKETS_CONSENT_NEWSLETTER);
  g_assert_cmpint (tickets_ticket_get_consent (ticket (fixture, TICKETS_TEST_TK_DEMO_SEATED)), ==, TICKETS_CONSENT_NONE);
}

/* A refused ticket fails alone; starting again sends only it, with what it
 * holds now, and leaves the saved one be. */
static void
test_retry_failed (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *said = NULL;
  g_autofree char *retried = NULL;

  /* The server refuses the address Anna's ticket of the same product holds. */
  set_holder (fixture, TICKETS_TEST_TK_DEMO_1, "Ada", "anna.devries@example.org", TICKETS_CONSENT_NONE);
  set_holder (fixture, TICKETS_TEST_TK_DEMO_2, "Bob", "bob@example.org", TICKETS_CONSENT_NONE);

  said = run (fixture);
  g_assert_cmpstr (said, ==,
                   "saving " TICKETS_TEST_TK_DEMO_1 ", failed " TICKETS_TEST_TK_DEMO_1 ", "
                   "saving " TICKETS_TEST_TK_DEMO_2 ", saved " TICKETS_TEST_TK_DEMO_2);
  g_assert_cmpuint (tickets_batch_run_get_n_total (fixture->run), ==, 2);
  g_assert_cmpuint (tickets_batch_run_get_n_done (fixture->run), ==, 2);
  g_assert_cmpuint (tickets_batch_run_get_n_failed (fixture->run), ==, 1);
  g_assert_nonnull (tickets_batch_run_get_error (fixture->run, ticket (fixture, TICKETS_TEST_TK_DEMO_1)));
  g_assert_null (tickets_ticket_get_consumer (ticket (fixture, TICKETS_TEST_TK_DEMO_1)));

  /* A saved ticket keeps what it was saved with. */
  set_holder (fixture, TICKETS_TEST_TK_DEMO_2, "Cy", "cy@example.org", TICKETS_CONSENT_NONE);
  set_holder (fixture, TICKETS_TEST_TK_DEMO_1, "Ada", "ada@example.org", TICKETS_CONSENT_NONE);
  retried = run (fixture);
  g_assert_cmpstr (retried, ==, "saving " TICKETS_TEST_TK_DEMO_1 ", saved " TICKETS_TEST_TK_DEMO_1);
  g_assert_cmpuint (tickets_batch_run_get_n_total (fixture->run), ==, 1);
  g_assert_cmpuint (tickets_batch_run_get_n_done (fixture->run), ==, 1);
  g_assert_cmpuint (tickets_batch_run_get_n_failed (fixture->run), ==, 0);
  g_assert_null (tickets_batch_run_get_error (fixture->run, ticket (fixture, TICKETS_TEST_TK_DEMO_1)));
  assert_holder (fixture, TICKETS_TEST_TK_DEMO_1, "ada@example.org");
  assert_holder (fixture, TICKETS_TEST_TK_DEMO_2, "bob@example.org");
}

/* Stopped, the tickets not answered go back to pending (the one in flight
 * too), no "finished" is said, and a start sends them again. */
static void
test_stop (Fixture       *fixture,
           gconstpointer  data)
{
  g_autofree char *said = NULL;

  set_holder (fixture, TICKETS_TEST_TK_DEMO_1, "Ada", "ada@example.org", TICKETS_CONSENT_NONE);
  set_holder (fixture, TICKETS_TEST_TK_DEMO_2, "Bob", "bob@example.org", TICKETS_CONSENT_NONE);

  tickets_batch_run_start (fixture->run);
  tickets_batch_run_stop (fixture->run);
  g_assert_false (tickets_batch_run_get_running (fixture->run));
  g_assert_cmpint (tickets_batch_run_get_state (fixture->run, ticket (fixture, TICKETS_TEST_TK_DEMO_1)), ==,
                   TICKETS_BATCH_RUN_PENDING);
  g_assert_cmpint (tickets_batch_run_get_state (fixture->run, ticket (fixture, TICKETS_TEST_TK_DEMO_2)), ==,
                   TICKETS_BATCH_RUN_PENDING);
  /* Let the cancelled request end. */
  for (guint i = 0; i < 100; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (fixture->n_finished, ==, 0);

  said = run (fixture);
  g_assert_cmpstr (said, ==,
                   "saving " TICKETS_TEST_TK_DEMO_1 ", saved " TICKETS_TEST_TK_DEMO_1 ", "
                   "saving " TICKETS_TEST_TK_DEMO_2 ", saved " TICKETS_TEST_TK_DEMO_2);
}

/* Forgetting the unsaved drops them from the next start, saved ones stay. */
static void
test_forget_unsaved (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *said = NULL;
  g_autofree char *again = NULL;

  set_holder (fixture, TICKETS_TEST_TK_DEMO_1, "Ada", "ada@example.org", TICKETS_CONSENT_NONE);
  said = run (fixture);
  g_assert_cmpstr (said, ==, "saving " TICKETS_TEST_TK_DEMO_1 ", saved " TICKETS_TEST_TK_DEMO_1);

  set_holder (fixture, TICKETS_TEST_TK_DEMO_2, "Bob", "bob@example.org", TICKETS_CONSENT_NONE);
  tickets_batch_run_forget_unsaved (fixture->run);
  set_holder (fixture, TICKETS_TEST_TK_DEMO_SEATED, "Cy", "cy@example.org", TICKETS_CONSENT_NONE);
  again = run (fixture);
  g_assert_cmpstr (again, ==, "saving " TICKETS_TEST_TK_DEMO_SEATED ", saved " TICKETS_TEST_TK_DEMO_SEATED);
  g_assert_cmpint (tickets_batch_run_get_state (fixture->run, ticket (fixture, TICKETS_TEST_TK_DEMO_1)), ==,
                   TICKETS_BATCH_RUN_SAVED);
  g_assert_null (tickets_ticket_get_consumer (ticket (fixture, TICKETS_TEST_TK_DEMO_2)));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/batch-run/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("grouping", test_grouping);
  ADD ("consent-splits", test_consent_splits);
  ADD ("retry-failed", test_retry_failed);
  ADD ("stop", test_stop);
  ADD ("forget-unsaved", test_forget_unsaved);

  return g_test_run ();
}
