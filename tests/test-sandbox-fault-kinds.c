/* test-sandbox-fault-kinds.c: faults before a change is applied, after it
 * (the answer lost), and slow answers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-test-personalization.h"

static void
set_slow_ms (TicketsSandbox *sandbox,
             gpointer        data)
{
  tickets_sandbox_set_slow_ms (sandbox, GPOINTER_TO_UINT (data));
}

static void
set_fail_kinds (TicketsSandbox *sandbox,
                gpointer        data)
{
  tickets_sandbox_set_fail_kinds (sandbox, GPOINTER_TO_UINT (data));
}

/* POSTs DEMO_1's personalization on a session of its own, with this
 * timeout; NULL (and the error) when no answer came. */
static TicketsTestResponse *
personalize (TicketsTestSandbox  *sb,
             guint                timeout,
             GError             **error)
{
  static const char *tickets[] = { TICKETS_TEST_TK_DEMO_1, NULL };
  g_autofree char *consumer = demo_consumer ("john.doe@example.org");
  g_autofree char *body = order_body (sb, TICKETS_TEST_OR_DEMO, tickets, consumer);
  g_autoptr(SoupSession) session = soup_session_new_with_options ("timeout", timeout, NULL);

  return tickets_test_request_full (sb, session, "POST", "/personalization", TICKETS_TEST_AUTH_ORDER_DEMO, body, error);
}

static void
assert_personalized (TicketsTestSandbox *sb)
{
  g_autoptr(TicketsTestResponse) response = NULL;
  JsonObject *ticket = tickets_test_get_ticket (sb, TICKETS_TEST_TK_DEMO_1, TICKETS_TEST_AUTH_BOXOFFICE, &response);

  g_assert_true (json_object_get_boolean_member (ticket, "personalized"));
  g_assert_false (json_object_get_null_member (ticket, "consumer"));
}

static void
assert_dropped (GError *error)
{
  g_assert_nonnull (error);
  g_test_message ("transport error: %s", error->message);
  g_assert_true (error->domain == G_IO_ERROR || error->domain == SOUP_SESSION_ERROR);
}

/* Before: refused, and nothing applied, whichever way it is refused. */
static void
test_before (void)
{
  TicketsTestSandbox *sb = tickets_test_sandbox_start_faulty (0, 0.0, 1);

  tickets_test_sandbox_fail_next (sb, 1, TICKETS_SANDBOX_FAULT_SERVER_ERROR, 0);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(TicketsTestResponse) response = personalize (sb, 5, &error);

    g_assert_no_error (error);
    tickets_test_assert_error (response, 500, "INTERNAL_SERVER_ERROR");
  }
  tickets_test_assert_not_personalized (sb, TICKETS_TEST_TK_DEMO_1);

  tickets_test_sandbox_fail_next (sb, 1, TICKETS_SANDBOX_FAULT_DROP, 0);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(TicketsTestResponse) response = personalize (sb, 5, &error);

    g_assert_null (response);
    assert_dropped (error);
  }
  tickets_test_assert_not_personalized (sb, TICKETS_TEST_TK_DEMO_1);

  tickets_test_sandbox_stop (sb);
}

/* After, dropped: no answer at all, yet the ticket has its name. */
static void
test_after_drop (void)
{
  TicketsTestSandbox *sb = tickets_test_sandbox_start_faulty (0, 0.0, 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(TicketsTestResponse) response = NULL;

  tickets_test_sandbox_fail_next (sb, 1, TICKETS_SANDBOX_FAULT_AFTER_DROP, 0);
  response = personalize (sb, 5, &error);
  g_assert_null (response);
  assert_dropped (error);
  assert_personalized (sb);

  tickets_test_sandbox_stop (sb);
}

/* After, 502: a gateway's error, nothing of the real answer, yet applied. */
static void
test_after_bad_gateway (void)
{
  TicketsTestSandbox *sb = tickets_test_sandbox_start_faulty (0, 0.0, 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(TicketsTestResponse) response = NULL;

  tickets_test_sandbox_fail_next (sb, 1, TICKETS_SANDBOX_FAULT_BAD_GATEWAY, 0);
  response = personalize (sb, 5, &error);
  g_assert_no_error (error);
  tickets_test_assert_error (response, 502, "BAD_GATEWAY");
  g_assert_null (soup_message_headers_get_one (response->headers, "Location"));
  assert_personalized (sb);

  tickets_test_sandbox_stop (sb);
}

/* Slow: the real answer, late, and applied. */
static void
test_slow (void)
{
  TicketsTestSandbox *sb = tickets_test_sandbox_start_faulty (0, 0.0, 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(TicketsTestResponse) response = NULL;
  gint64 start;

  tickets_test_sandbox_call (sb, set_slow_ms, GUINT_TO_POINTER (300));
  tickets_test_sandbox_fail_next (sb, 1, TICKETS_SANDBOX_FAULT_SLOW, 0);
  start = g_get_monotonic_time ();
  response = personalize (sb, 5, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (response->status, ==, 201);
  g_assert_nonnull (soup_message_headers_get_one (response->headers, "Location"));
  /* Only a lower bound: a loaded machine may take longer. */
  g_assert_cmpint (g_get_monotonic_time () - start, >=, 300 * G_TIME_SPAN_MILLISECOND);
  assert_personalized (sb);

  tickets_test_sandbox_stop (sb);
}

/* Slower than the client waits: it gives up, the change is applied all
 * the same, and the sandbox goes on serving. */
static void
test_slow_beyond_timeout (void)
{
  TicketsTestSandbox *sb = tickets_test_sandbox_start_faulty (0, 0.0, 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(TicketsTestResponse) response = NULL;

  tickets_test_sandbox_call (sb, set_slow_ms, GUINT_TO_POINTER (2000));
  tickets_test_sandbox_fail_next (sb, 1, TICKETS_SANDBOX_FAULT_SLOW, 0);
  response = personalize (sb, 1, &error);
  g_assert_null (response);
  assert_dropped (error);
  assert_personalized (sb);

  /* Past the held answer's time, with its client gone. */
  g_usleep (1500 * G_TIME_SPAN_MILLISECOND);
  assert_personalized (sb);

  tickets_test_sandbox_stop (sb);
}

typedef enum {
  OUTCOME_OK,
  OUTCOME_SERVER_ERROR,
  OUTCOME_BAD_GATEWAY,
  OUTCOME_DROPPED,
  OUTCOME_LATE,
  N_OUTCOMES
} Outcome;

static Outcome
get_root (TicketsTestSandbox *sb,
          SoupSession        *session)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TicketsTestResponse) response = NULL;
  gint64 start = g_get_monotonic_time ();

  response = tickets_test_request_full (sb, session, "GET", "/", TICKETS_TEST_AUTH_BOXOFFICE, NULL, &error);
  if (response == NULL)
    {
      assert_dropped (error);
      return OUTCOME_DROPPED;
    }
  if (response->status == 500)
    return OUTCOME_SERVER_ERROR;
  if (response->status == 502)
    return OUTCOME_BAD_GATEWAY;
  g_assert_cmpuint (response->status, ==, 200);

  return g_get_monotonic_time () - start >= 100 * G_TIME_SPAN_MILLISECOND ? OUTCOME_LATE : OUTCOME_OK;
}

/* The fail rate picks only from the kinds allowed, both ways of "after". */
static void
test_rate_after_only (void)
{
  TicketsTestSandbox *sb = tickets_test_sandbox_start_faulty (0, 1.0, 8);
  g_autoptr(SoupSession) session = soup_session_new_with_options ("timeout", 5, NULL);
  guint counts[N_OUTCOMES] = { 0 };

  tickets_test_sandbox_call (sb, set_fail_kinds, GUINT_TO_POINTER (TICKETS_SANDBOX_FAIL_AFTER));
  for (guint i = 0; i < 30; i++)
    counts[get_root (sb, session)]++;

  g_test_message ("502 %u, dropped %u", counts[OUTCOME_BAD_GATEWAY], counts[OUTCOME_DROPPED]);
  g_assert_cmpuint (counts[OUTCOME_BAD_GATEWAY], >, 0);
  g_assert_cmpuint (counts[OUTCOME_DROPPED], >, 0);
  g_assert_cmpuint (counts[OUTCOME_BAD_GATEWAY] + counts[OUTCOME_DROPPED], ==, 30);

  tickets_test_sandbox_stop (sb);
}

/* All three kinds: every outcome comes up, the same for the same seed;
 * with a latency too, which holds each request once already. */
static void
test_rate_all_kinds (void)
{
  Outcome first[36];

  for (guint run = 0; run < 2; run++)
    {
      TicketsTestSandbox *sb = tickets_test_sandbox_start_faulty (10, 1.0, 21);
      g_autoptr(SoupSession) session = soup_session_new_with_options ("timeout", 5, NULL);
      guint counts[N_OUTCOMES] = { 0 };

      tickets_test_sandbox_call (sb, set_fail_kinds, GUINT_TO_POINTER (TICKETS_SANDBOX_FAIL_ALL));
      tickets_test_sandbox_call (sb, set_slow_ms, GUINT_TO_POINTER (150));
      for (guint i = 0; i < G_N_ELEMENTS (first); i++)
        {
          Outcome outcome = get_root (sb, session);

          counts[outcome]++;
          if (run == 0)
            first[i] = outcome;
          else
            g_assert_cmpint (outcome, ==, first[i]);
        }

      g_test_message ("500 %u, 502 %u, dropped %u, late %u", counts[OUTCOME_SERVER_ERROR], counts[OUTCOME_BAD_GATEWAY],
                      counts[OUTCOME_DROPPED], counts[OUTCOME_LATE]);
      g_assert_cmpuint (counts[OUTCOME_OK], ==, 0);
      g_assert_cmpuint (counts[OUTCOME_SERVER_ERROR], >, 0);
      g_assert_cmpuint (counts[OUTCOME_BAD_GATEWAY], >, 0);
      g_assert_cmpuint (counts[OUTCOME_DROPPED], >, 0);
      g_assert_cmpuint (counts[OUTCOME_LATE], >, 0);

      tickets_test_sandbox_stop (sb);
    }
}

static JsonArray *
find_by_external_reference (TicketsTestSandbox  *sb,
                            const char          *reference,
                            TicketsTestResponse **response)
{
  g_autofree char *path = g_strdup_printf ("/consumers?external_reference=%s", reference);

  *response = tickets_test_request (sb, "GET", path, TICKETS_TEST_AUTH_SALES, NULL);
  g_assert_cmpuint ((*response)->status, ==, 200);

  return tickets_test_embedded_list (tickets_test_response_object (*response), "shop:consumer");
}

/* The outbox's way to tell an applied consumer revision: its entry id in
 * external_reference, found by a search, also when the answer was lost;
 * and a revision of an existing consumer keeps it too. */
static void
test_consumer_external_reference (void)
{
  TicketsTestSandbox *sb = tickets_test_sandbox_start_faulty (0, 0.0, 1);
  g_autofree char *john = tickets_test_uri (sb, "consumers", TICKETS_TEST_CO_JOHN);
  g_autofree char *revision = g_strdup_printf ("{\"consumers\": [{\"uid\": \"%s\", \"first_name\": \"John\", "
                                               "\"last_name\": \"Doe\", \"email\": \"john.doe@example.org\", "
                                               "\"external_reference\": \"outbox-2\"}]}", john);
  static const char created[] =
    "{\"consumers\": [{\"first_name\": \"Vera\", \"last_name\": \"Hendriks\", \"email\": \"vera@example.org\", "
    "\"external_reference\": \"outbox-1\"}]}";

  {
    g_autoptr(TicketsTestResponse) found = NULL;

    g_assert_cmpuint (json_array_get_length (find_by_external_reference (sb, "outbox-1", &found)), ==, 0);
  }

  tickets_test_sandbox_fail_next (sb, 1, TICKETS_SANDBOX_FAULT_AFTER_DROP, 0);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(SoupSession) session = soup_session_new_with_options ("timeout", 5, NULL);
    g_autoptr(TicketsTestResponse) response = tickets_test_request_full (sb, session, "POST", "/consumers",
                                                                         TICKETS_TEST_AUTH_SALES, created, &error);

    g_assert_null (response);
    assert_dropped (error);
  }
  {
    g_autoptr(TicketsTestResponse) found = NULL;
    JsonArray *list = find_by_external_reference (sb, "outbox-1", &found);

    g_assert_cmpuint (json_array_get_length (list), ==, 1);
    g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (list, 0), "email"), ==, "vera@example.org");
    g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (list, 0), "external_reference"), ==,
                     "outbox-1");
  }

  tickets_test_sandbox_fail_next (sb, 1, TICKETS_SANDBOX_FAULT_BAD_GATEWAY, 0);
  {
    g_autoptr(TicketsTestResponse) response = tickets_test_request (sb, "POST", "/consumers", TICKETS_TEST_AUTH_SALES, revision);

    tickets_test_assert_error (response, 502, "BAD_GATEWAY");
  }
  {
    g_autoptr(TicketsTestResponse) found = NULL;
    JsonArray *list = find_by_external_reference (sb, "outbox-2", &found);

    g_assert_cmpuint (json_array_get_length (list), ==, 1);
    g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (list, 0), "uid"), ==, TICKETS_TEST_CO_JOHN);
  }

  tickets_test_sandbox_stop (sb);
}

static void
test_parse_fail_kinds (void)
{
  static const struct
  {
    const char              *text;
    TicketsSandboxFailKinds  kinds;  /* 0: refused */
  } cases[] = {
    { "before", TICKETS_SANDBOX_FAIL_BEFORE },
    { "after", TICKETS_SANDBOX_FAIL_AFTER },
    { "slow", TICKETS_SANDBOX_FAIL_SLOW },
    { "before,after,slow", TICKETS_SANDBOX_FAIL_ALL },
    { "slow, after", TICKETS_SANDBOX_FAIL_AFTER | TICKETS_SANDBOX_FAIL_SLOW },
    { "after,after", TICKETS_SANDBOX_FAIL_AFTER },
    { "", 0 },
    { "sideways", 0 },
    { "before,", 0 },
    { "Before", 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      TicketsSandboxFailKinds kinds = 0;
      gboolean parsed = tickets_sandbox_parse_fail_kinds (cases[i].text, &kinds, &error);

      g_test_message ("“%s”", cases[i].text);
      if (cases[i].kinds == 0)
        {
          g_assert_false (parsed);
          g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
        }
      else
        {
          g_assert_no_error (error);
          g_assert_true (parsed);
          g_assert_cmpuint (kinds, ==, cases[i].kinds);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sandbox/fault-kinds/before", test_before);
  g_test_add_func ("/sandbox/fault-kinds/after-drop", test_after_drop);
  g_test_add_func ("/sandbox/fault-kinds/after-bad-gateway", test_after_bad_gateway);
  g_test_add_func ("/sandbox/fault-kinds/slow", test_slow);
  g_test_add_func ("/sandbox/fault-kinds/slow-beyond-timeout", test_slow_beyond_timeout);
  g_test_add_func ("/sandbox/fault-kinds/rate-after-only", test_rate_after_only);
  g_test_add_func ("/sandbox/fault-kinds/rate-all-kinds", test_rate_all_kinds);
  g_test_add_func ("/sandbox/fault-kinds/consumer-external-reference", test_consumer_external_reference);
  g_test_add_func ("/sandbox/fault-kinds/parse", test_parse_fail_kinds);

  return g_test_run ();
}
