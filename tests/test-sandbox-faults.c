/* test-sandbox-faults.c: injected latency, 500 answers and dropped connections
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-test-sandbox.h"

typedef enum {
  OUTCOME_OK,
  OUTCOME_SERVER_ERROR,
  OUTCOME_DROPPED,
} Outcome;

/* One request on a session of the test's own: unlike tickets_test_request,
 * a transport error is an outcome here, not a failure. */
static Outcome
send_request (TicketsTestSandbox   *sandbox,
              SoupSession          *session,
              const char           *path,
              TicketsTestResponse **response_out)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TicketsTestResponse) response = tickets_test_request_full (sandbox, session, "GET", path, TICKETS_TEST_AUTH_BOXOFFICE,
                                                                       NULL, &error);

  if (response == NULL)
    {
      g_test_message ("transport error: %s (%s %d)", error->message, g_quark_to_string (error->domain), error->code);
      g_assert_true (error->domain == G_IO_ERROR || error->domain == SOUP_SESSION_ERROR);
      return OUTCOME_DROPPED;
    }

  if (response->status == 500)
    {
      tickets_test_assert_error (response, 500, "INTERNAL_SERVER_ERROR");
      if (response_out != NULL)
        *response_out = g_steal_pointer (&response);
      return OUTCOME_SERVER_ERROR;
    }

  if (response_out != NULL)
    *response_out = g_steal_pointer (&response);
  return OUTCOME_OK;
}

static void
assert_open_event (TicketsTestResponse *response)
{
  JsonObject *object;

  g_assert_cmpuint (response->status, ==, 200);
  object = tickets_test_response_object (response);
  g_assert_cmpstr (json_object_get_string_member (object, "uid"), ==, TICKETS_TEST_EV_OPEN);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (object, "title"), "en"), ==,
                   "Summer Sounds Festival");
}

/* GET the OPEN event; when it is let through, it is the normal answer. */
static Outcome
get_open_event (TicketsTestSandbox *sandbox,
                SoupSession        *session)
{
  g_autoptr(TicketsTestResponse) response = NULL;
  Outcome outcome = send_request (sandbox, session, "/events/" TICKETS_TEST_EV_OPEN, &response);

  if (outcome == OUTCOME_OK)
    assert_open_event (response);

  return outcome;
}

static void
test_latency (void)
{
  TicketsTestSandbox *sandbox = tickets_test_sandbox_start_faulty (300, 0.0, 7);
  gint64 start = g_get_monotonic_time ();

  {
    g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "GET", "/events/" TICKETS_TEST_EV_OPEN,
                                                                    TICKETS_TEST_AUTH_BOXOFFICE, NULL);

    assert_open_event (response);
    /* Only a lower bound: a loaded machine may take longer. */
    g_assert_cmpint (g_get_monotonic_time () - start, >=, 300 * G_TIME_SPAN_MILLISECOND);
  }

  {
    g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "POST", "/consumers", TICKETS_TEST_AUTH_BOXOFFICE, "{");

    /* A delayed request is still checked as usual. */
    tickets_test_assert_error (response, 400, "BAD_REQUEST");
    g_assert_cmpint (g_get_monotonic_time () - start, >=, 600 * G_TIME_SPAN_MILLISECOND);
  }

  tickets_test_sandbox_stop (sandbox);
}

static void
test_fail_always (void)
{
  TicketsTestSandbox *sandbox = tickets_test_sandbox_start_faulty (0, 1.0, 42);
  g_autoptr(SoupSession) session = soup_session_new_with_options ("timeout", 30, NULL);
  guint counts[3] = { 0, 0, 0 };

  for (guint i = 0; i < 40; i++)
    counts[send_request (sandbox, session, "/events/" TICKETS_TEST_EV_OPEN, NULL)]++;

  g_test_message ("ok %u, 500 %u, dropped %u", counts[OUTCOME_OK], counts[OUTCOME_SERVER_ERROR], counts[OUTCOME_DROPPED]);
  g_assert_cmpuint (counts[OUTCOME_OK], ==, 0);
  g_assert_cmpuint (counts[OUTCOME_SERVER_ERROR], >, 0);
  g_assert_cmpuint (counts[OUTCOME_DROPPED], >, 0);
  g_assert_cmpuint (counts[OUTCOME_SERVER_ERROR] + counts[OUTCOME_DROPPED], ==, 40);

  tickets_test_sandbox_stop (sandbox);
}

/* With latency too: a delayed request can fail in both ways as well. */
static void
test_fail_always_with_latency (void)
{
  TicketsTestSandbox *sandbox = tickets_test_sandbox_start_faulty (20, 1.0, 3);
  g_autoptr(SoupSession) session = soup_session_new_with_options ("timeout", 30, NULL);
  guint counts[3] = { 0, 0, 0 };

  for (guint i = 0; i < 40; i++)
    counts[send_request (sandbox, session, "/", NULL)]++;

  g_test_message ("ok %u, 500 %u, dropped %u", counts[OUTCOME_OK], counts[OUTCOME_SERVER_ERROR], counts[OUTCOME_DROPPED]);
  g_assert_cmpuint (counts[OUTCOME_OK], ==, 0);
  g_assert_cmpuint (counts[OUTCOME_SERVER_ERROR], >, 0);
  g_assert_cmpuint (counts[OUTCOME_DROPPED], >, 0);

  tickets_test_sandbox_stop (sandbox);
}

static void
test_fail_half (void)
{
  TicketsTestSandbox *sandbox = tickets_test_sandbox_start_faulty (0, 0.5, 1234);
  g_autoptr(SoupSession) session = soup_session_new_with_options ("timeout", 30, NULL);
  guint counts[3] = { 0, 0, 0 };
  gboolean failed = FALSE;
  gboolean ok_after_failure = FALSE;

  for (guint i = 0; i < 40; i++)
    {
      Outcome outcome = get_open_event (sandbox, session);

      counts[outcome]++;
      if (outcome == OUTCOME_OK)
        ok_after_failure = ok_after_failure || failed;
      else
        failed = TRUE;
    }

  g_test_message ("ok %u, 500 %u, dropped %u", counts[OUTCOME_OK], counts[OUTCOME_SERVER_ERROR], counts[OUTCOME_DROPPED]);
  g_assert_cmpuint (counts[OUTCOME_OK], >, 0);
  g_assert_cmpuint (counts[OUTCOME_SERVER_ERROR] + counts[OUTCOME_DROPPED], >, 0);
  g_assert_cmpuint (counts[OUTCOME_OK] + counts[OUTCOME_SERVER_ERROR] + counts[OUTCOME_DROPPED], ==, 40);
  /* Far from all or nothing: 0.5 of 40 requests. */
  g_assert_cmpuint (counts[OUTCOME_OK], >=, 5);
  g_assert_cmpuint (counts[OUTCOME_OK], <=, 35);
  g_assert_true (ok_after_failure);

  tickets_test_sandbox_stop (sandbox);
}

/* The same seed fails the same requests in the same way. */
static void
test_seed_repeatable (void)
{
  Outcome first[30];

  for (guint run = 0; run < 2; run++)
    {
      TicketsTestSandbox *sandbox = tickets_test_sandbox_start_faulty (0, 0.5, 99);
      g_autoptr(SoupSession) session = soup_session_new_with_options ("timeout", 30, NULL);

      for (guint i = 0; i < G_N_ELEMENTS (first); i++)
        {
          Outcome outcome = send_request (sandbox, session, "/", NULL);

          if (run == 0)
            first[i] = outcome;
          else
            g_assert_cmpint (outcome, ==, first[i]);
        }

      tickets_test_sandbox_stop (sandbox);
    }
}

static void
test_recovers_after_drop (void)
{
  TicketsTestSandbox *sandbox = tickets_test_sandbox_start_faulty (0, 0.0, 5);
  g_autoptr(SoupSession) session = soup_session_new_with_options ("timeout", 30, NULL);
  guint dropped = 0;

  /* A normal answer first, so that the session keeps a connection. */
  g_assert_cmpint (get_open_event (sandbox, session), ==, OUTCOME_OK);

  /* Fail everything until a connection is dropped... */
  tickets_test_sandbox_set_fail_rate (sandbox, 1.0);
  for (guint i = 0; i < 40 && dropped == 0; i++)
    if (get_open_event (sandbox, session) == OUTCOME_DROPPED)
      dropped++;
  g_assert_cmpuint (dropped, ==, 1);

  /* ...then the very next request, on the same session, works. */
  tickets_test_sandbox_set_fail_rate (sandbox, 0.0);
  g_assert_cmpint (get_open_event (sandbox, session), ==, OUTCOME_OK);

  /* And so do the ones after it. */
  for (guint i = 0; i < 5; i++)
    g_assert_cmpint (get_open_event (sandbox, session), ==, OUTCOME_OK);

  tickets_test_sandbox_stop (sandbox);
}

/* The next N requests fail exactly as asked, and are recorded as they
 * arrived; then the sandbox answers normally again. */
static void
test_fail_next (void)
{
  TicketsTestSandbox *sandbox = tickets_test_sandbox_start_faulty (0, 0.0, 11);
  g_autoptr(SoupSession) session = soup_session_new_with_options ("timeout", 30, NULL);

  tickets_test_sandbox_record (sandbox);

  tickets_test_sandbox_fail_next (sandbox, 2, TICKETS_SANDBOX_FAULT_DROP, 0);
  g_assert_cmpint (get_open_event (sandbox, session), ==, OUTCOME_DROPPED);
  g_assert_cmpint (get_open_event (sandbox, session), ==, OUTCOME_DROPPED);
  g_assert_cmpint (get_open_event (sandbox, session), ==, OUTCOME_OK);

  tickets_test_sandbox_fail_next (sandbox, 1, TICKETS_SANDBOX_FAULT_SERVER_ERROR, 0);
  g_assert_cmpint (get_open_event (sandbox, session), ==, OUTCOME_SERVER_ERROR);
  g_assert_cmpint (get_open_event (sandbox, session), ==, OUTCOME_OK);

  tickets_test_sandbox_fail_next (sandbox, 1, TICKETS_SANDBOX_FAULT_UNAVAILABLE, 7);
  {
    g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "GET", "/events/" TICKETS_TEST_EV_OPEN,
                                                                    TICKETS_TEST_AUTH_BOXOFFICE, NULL);

    tickets_test_assert_error (response, 503, "SERVICE_UNAVAILABLE");
    g_assert_cmpstr (soup_message_headers_get_one (response->headers, "Retry-After"), ==, "7");
  }
  {
    g_autoptr(TicketsTestResponse) response = NULL;

    g_assert_cmpint (send_request (sandbox, session, "/events/" TICKETS_TEST_EV_OPEN, &response), ==, OUTCOME_OK);
    g_assert_null (soup_message_headers_get_one (response->headers, "Retry-After"));
  }

  /* Failed on purpose or not, each request that arrived is on record. */
  g_assert_cmpuint (tickets_test_sandbox_count (sandbox, "GET", "/events/" TICKETS_TEST_EV_OPEN), ==, 7);

  tickets_test_sandbox_stop (sandbox);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sandbox/faults/latency", test_latency);
  g_test_add_func ("/sandbox/faults/fail-always", test_fail_always);
  g_test_add_func ("/sandbox/faults/fail-always-with-latency", test_fail_always_with_latency);
  g_test_add_func ("/sandbox/faults/fail-half", test_fail_half);
  g_test_add_func ("/sandbox/faults/seed-repeatable", test_seed_repeatable);
  g_test_add_func ("/sandbox/faults/recovers-after-drop", test_recovers_after_drop);
  g_test_add_func ("/sandbox/faults/fail-next", test_fail_next);

  return g_test_run ();
}
