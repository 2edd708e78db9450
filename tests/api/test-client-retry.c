/* test-client-retry.c: TicketsClient trying again against the sandbox, over
 * real HTTP on loopback: a dropped connection, a 500 or a 503 is tried
 * again after a growing pause or the server's Retry-After, a 4xx or a
 * POST never is, and a cancel ends the pause
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "client-test-utils.h"

static TicketsTestSandbox *sandbox;

typedef struct
{
  guint      n_retrying;
  GArray    *attempts;   /* of guint: the attempt each retrying signal announced */
  GArray    *delays;     /* of guint */
  guint      n_reconnecting_changes;
  gboolean   was_reconnecting;
} Retries;

static void
on_retrying (TicketsClient *client,
             const GError  *error,
             guint          attempt,
             guint          delay_ms,
             Retries       *retries)
{
  g_assert_true (tickets_api_error_is_transient (error));
  retries->n_retrying++;
  g_array_append_val (retries->attempts, attempt);
  g_array_append_val (retries->delays, delay_ms);
}

static void
on_reconnecting (TicketsClient *client,
                 GParamSpec    *pspec,
                 Retries       *retries)
{
  retries->n_reconnecting_changes++;
  retries->was_reconnecting |= tickets_client_get_reconnecting (client);
}

static TicketsClient *
new_retrying_client (const char *auth,
                     guint       max_attempts,
                     guint       delay_ms,
                     Retries    *retries)
{
  TicketsClient *client = client_test_new_sandbox_client (sandbox, auth);

  tickets_client_set_retry_policy (client, max_attempts, delay_ms);
  retries->attempts = g_array_new (FALSE, FALSE, sizeof (guint));
  retries->delays = g_array_new (FALSE, FALSE, sizeof (guint));
  g_signal_connect (client, "retrying", G_CALLBACK (on_retrying), retries);
  g_signal_connect (client, "notify::reconnecting", G_CALLBACK (on_reconnecting), retries);
  tickets_test_sandbox_record (sandbox);

  return client;
}

static void
retries_clear (Retries *retries)
{
  g_clear_pointer (&retries->attempts, g_array_unref);
  g_clear_pointer (&retries->delays, g_array_unref);
}

static void
test_retry_dropped (void)
{
  Retries retries = { 0 };
  TicketsClient *client = new_retrying_client (TICKETS_TEST_AUTH_BOXOFFICE, 4, 5, &retries);
  g_autoptr(GBytes) body = NULL;
  g_autoptr(GError) error = NULL;

  /* The first two attempts lose their connection; the third gets through. */
  tickets_test_sandbox_fail_next (sandbox, 2, TICKETS_SANDBOX_FAULT_DROP, 0);
  body = client_test_get_json (client, "/events/" TICKETS_TEST_EV_OPEN, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (body);

  g_assert_cmpuint (tickets_test_sandbox_count (sandbox, "GET", "/events/" TICKETS_TEST_EV_OPEN), ==, 3);
  g_assert_cmpuint (retries.n_retrying, ==, 2);
  g_assert_cmpuint (g_array_index (retries.attempts, guint, 0), ==, 2);
  g_assert_cmpuint (g_array_index (retries.attempts, guint, 1), ==, 3);
  /* Backoff: within [d/2, d] of 5 ms, then of 10 ms. */
  g_assert_cmpuint (g_array_index (retries.delays, guint, 0), <=, 5);
  g_assert_cmpuint (g_array_index (retries.delays, guint, 1), >=, 5);
  g_assert_cmpuint (g_array_index (retries.delays, guint, 1), <=, 10);
  /* Reconnecting while it retried, and no longer once it is done. */
  g_assert_true (retries.was_reconnecting);
  g_assert_cmpuint (retries.n_reconnecting_changes, ==, 2);
  g_assert_false (tickets_client_get_reconnecting (client));

  retries_clear (&retries);
  g_assert_finalize_object (client);
}

static void
test_retry_server_errors (void)
{
  static const TicketsSandboxFault faults[] = { TICKETS_SANDBOX_FAULT_SERVER_ERROR, TICKETS_SANDBOX_FAULT_UNAVAILABLE };

  for (guint i = 0; i < G_N_ELEMENTS (faults); i++)
    {
      Retries retries = { 0 };
      TicketsClient *client = new_retrying_client (TICKETS_TEST_AUTH_BOXOFFICE, 4, 1, &retries);
      g_autoptr(GBytes) body = NULL;
      g_autoptr(GError) error = NULL;

      tickets_test_sandbox_fail_next (sandbox, 3, faults[i], 0);
      body = client_test_get_json (client, "/events/" TICKETS_TEST_EV_OPEN, NULL, &error);
      g_assert_no_error (error);
      g_assert_nonnull (body);
      g_assert_cmpuint (tickets_test_sandbox_count (sandbox, "GET", "/events/" TICKETS_TEST_EV_OPEN), ==, 4);
      g_assert_cmpuint (retries.n_retrying, ==, 3);

      retries_clear (&retries);
      g_assert_finalize_object (client);
    }
}

/* When every attempt fails, the last failure is the answer. */
static void
test_retry_gives_up (void)
{
  Retries retries = { 0 };
  TicketsClient *client = new_retrying_client (TICKETS_TEST_AUTH_BOXOFFICE, 4, 1, &retries);
  g_autoptr(GBytes) body = NULL;
  g_autoptr(GError) error = NULL;

  tickets_test_sandbox_fail_next (sandbox, 10, TICKETS_SANDBOX_FAULT_SERVER_ERROR, 0);
  body = client_test_get_json (client, "/events/" TICKETS_TEST_EV_OPEN, NULL, &error);
  tickets_test_sandbox_fail_next (sandbox, 0, TICKETS_SANDBOX_FAULT_DROP, 0);
  g_assert_null (body);
  g_assert_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_SERVER_ERROR);
  g_assert_cmpuint (tickets_api_error_get_status (error), ==, 500);
  g_assert_cmpuint (tickets_test_sandbox_count (sandbox, "GET", "/events/" TICKETS_TEST_EV_OPEN), ==, 4);
  g_assert_cmpuint (retries.n_retrying, ==, 3);
  g_assert_false (tickets_client_get_reconnecting (client));

  retries_clear (&retries);
  g_assert_finalize_object (client);
}

/* A 4xx means the request or its credentials must change: never repeated. */
static void
test_retry_never_4xx (void)
{
  Retries retries = { 0 };
  TicketsClient *client = new_retrying_client (NULL, 4, 1, &retries);
  g_autoptr(TicketsAuth) wrong = tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, "wrong-token");
  g_autoptr(TicketsAuth) right = tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, "demo-order-token");
  g_autoptr(GError) unauthorized = NULL;
  g_autoptr(GError) not_found = NULL;
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;

  first = client_test_get_json (client, "/orders/" TICKETS_TEST_OR_DEMO, wrong, &unauthorized);
  g_assert_error (unauthorized, TICKETS_API_ERROR, TICKETS_API_ERROR_UNAUTHORIZED);
  second = client_test_get_json (client, "/orders/00000000000000000000000000000000", right, &not_found);
  g_assert_nonnull (not_found);
  g_assert_cmpuint (tickets_api_error_get_status (not_found) / 100, ==, 4);

  g_assert_cmpuint (tickets_test_sandbox_count (sandbox, "GET", "/orders/" TICKETS_TEST_OR_DEMO), ==, 1);
  g_assert_cmpuint (tickets_test_sandbox_count (sandbox, "GET", "/orders/00000000000000000000000000000000"), ==, 1);
  g_assert_cmpuint (retries.n_retrying, ==, 0);

  retries_clear (&retries);
  g_assert_finalize_object (client);
}

/* A POST that fails may have been carried out: it is sent exactly once,
 * whether the connection dropped or the server answered 500 or 503. */
static void
test_retry_never_post (void)
{
  static const TicketsSandboxFault faults[] = {
    TICKETS_SANDBOX_FAULT_DROP, TICKETS_SANDBOX_FAULT_SERVER_ERROR, TICKETS_SANDBOX_FAULT_UNAVAILABLE,
  };

  for (guint i = 0; i < G_N_ELEMENTS (faults); i++)
    {
      Retries retries = { 0 };
      TicketsClient *client = new_retrying_client (TICKETS_TEST_AUTH_BOXOFFICE, 4, 1, &retries);
      g_autoptr(JsonNode) body = json_from_string ("{\"first_name\": \"Sanne\", \"email\": \"sanne@example.org\"}", NULL);
      g_autoptr(TicketsResponse) response = NULL;
      g_autoptr(TicketsResponse) deleted = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GError) delete_error = NULL;

      tickets_test_sandbox_fail_next (sandbox, 1, faults[i], 0);
      response = client_test_send_full (client, "POST", "/consumers", NULL, body, NULL, &error);
      g_assert_null (response);
      g_assert_true (tickets_api_error_is_transient (error));
      g_assert_cmpuint (tickets_test_sandbox_count (sandbox, "POST", "/consumers"), ==, 1);

      tickets_test_sandbox_fail_next (sandbox, 1, faults[i], 0);
      deleted = client_test_send_full (client, "DELETE", "/personalization-requests/" TICKETS_TEST_RQ_PENDING, NULL, NULL, NULL,
                                       &delete_error);
      g_assert_null (deleted);
      g_assert_cmpuint (tickets_test_sandbox_count (sandbox, "DELETE", "/personalization-requests/" TICKETS_TEST_RQ_PENDING),
                        ==, 1);
      g_assert_cmpuint (retries.n_retrying, ==, 0);

      retries_clear (&retries);
      g_assert_finalize_object (client);
    }
}

static void
test_retry_after (void)
{
  Retries retries = { 0 };
  TicketsClient *client = new_retrying_client (TICKETS_TEST_AUTH_BOXOFFICE, 4, 1, &retries);
  g_autoptr(GBytes) body = NULL;
  g_autoptr(GBytes) refused = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) too_long = NULL;

  /* The server asks for a second: that, not the 1 ms backoff, is the pause. */
  tickets_test_sandbox_fail_next (sandbox, 1, TICKETS_SANDBOX_FAULT_UNAVAILABLE, 1);
  body = client_test_get_json (client, "/events/" TICKETS_TEST_EV_OPEN, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (retries.n_retrying, ==, 1);
  g_assert_cmpuint (g_array_index (retries.delays, guint, 0), ==, 1000);
  g_assert_cmpuint (tickets_test_sandbox_count (sandbox, "GET", "/events/" TICKETS_TEST_EV_OPEN), ==, 2);

  /* An hour is not waited for on a loading page: the 503 is the answer. */
  tickets_test_sandbox_fail_next (sandbox, 1, TICKETS_SANDBOX_FAULT_UNAVAILABLE, 3600);
  refused = client_test_get_json (client, "/events/" TICKETS_TEST_EV_FUTURE, NULL, &too_long);
  g_assert_null (refused);
  g_assert_error (too_long, TICKETS_API_ERROR, TICKETS_API_ERROR_SERVER_ERROR);
  g_assert_cmpuint (tickets_api_error_get_status (too_long), ==, 503);
  g_assert_cmpuint (tickets_test_sandbox_count (sandbox, "GET", "/events/" TICKETS_TEST_EV_FUTURE), ==, 1);
  g_assert_cmpuint (retries.n_retrying, ==, 1);

  retries_clear (&retries);
  g_assert_finalize_object (client);
}

static void
on_retrying_cancel (TicketsClient *client,
                    const GError  *error,
                    guint          attempt,
                    guint          delay_ms,
                    GCancellable  *cancellable)
{
  g_cancellable_cancel (cancellable);
}

/* Cancelling during the pause ends the request at once, without another attempt. */
static void
test_retry_cancel (void)
{
  Retries retries = { 0 };
  TicketsClient *client = new_retrying_client (TICKETS_TEST_AUTH_BOXOFFICE, 4, 60000, &retries);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GBytes) body = NULL;
  g_autoptr(GError) error = NULL;

  g_signal_connect (client, "retrying", G_CALLBACK (on_retrying_cancel), cancellable);
  tickets_test_sandbox_fail_next (sandbox, 1, TICKETS_SANDBOX_FAULT_DROP, 0);
  tickets_client_get_json_async (client, "/events/" TICKETS_TEST_EV_OPEN, NULL, cancellable, tickets_test_on_done, &result);
  tickets_test_wait_result (&result);
  body = tickets_client_get_json_finish (client, result, &error);
  g_assert_null (body);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (retries.n_retrying, ==, 1);
  g_assert_cmpuint (tickets_test_sandbox_count (sandbox, "GET", "/events/" TICKETS_TEST_EV_OPEN), ==, 1);
  g_assert_false (tickets_client_get_reconnecting (client));

  g_clear_object (&result);
  retries_clear (&retries);
  g_assert_finalize_object (client);
}

static void
test_is_transient (void)
{
  static const struct
  {
    TicketsApiError code;
    guint           status;
    gboolean        transient;
  } cases[] = {
    { TICKETS_API_ERROR_TIMEOUT, 0, TRUE },
    { TICKETS_API_ERROR_CONNECTION_REFUSED, 0, TRUE },
    { TICKETS_API_ERROR_NETWORK, 0, TRUE },
    { TICKETS_API_ERROR_SERVER_ERROR, 500, TRUE },
    { TICKETS_API_ERROR_SERVER_ERROR, 502, TRUE },
    { TICKETS_API_ERROR_SERVER_ERROR, 503, TRUE },
    { TICKETS_API_ERROR_SERVER_ERROR, 504, TRUE },
    { TICKETS_API_ERROR_SERVER_ERROR, 501, FALSE },
    { TICKETS_API_ERROR_HOST_NOT_FOUND, 0, FALSE },
    { TICKETS_API_ERROR_TLS, 0, FALSE },
    { TICKETS_API_ERROR_INSECURE, 0, FALSE },
    { TICKETS_API_ERROR_INVALID_RESPONSE, 200, FALSE },
    { TICKETS_API_ERROR_UNAUTHORIZED, 401, FALSE },
    { TICKETS_API_ERROR_NOT_FOUND, 404, FALSE },
    { TICKETS_API_ERROR_HTTP_ERROR, 429, FALSE },
  };
  g_autoptr(GError) cancelled = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CANCELLED, "Cancelled");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;

      if (cases[i].status != 0)
        {
          g_autoptr(GBytes) body = g_bytes_new_static ("", 0);

          error = tickets_api_error_from_response (cases[i].status, NULL, body);
          if (cases[i].status == 200)
            g_assert_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_INVALID_RESPONSE);
        }
      else
        error = g_error_new_literal (TICKETS_API_ERROR, cases[i].code, "x");

      g_test_message ("code %d, status %u", cases[i].code, cases[i].status);
      g_assert_cmpint (tickets_api_error_is_transient (error), ==, cases[i].transient);
    }

  g_assert_false (tickets_api_error_is_transient (cancelled));
  g_assert_false (tickets_api_error_is_transient (NULL));
}

int
main (int   argc,
      char *argv[])
{
  int result;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/api/client/retry/dropped", test_retry_dropped);
  g_test_add_func ("/api/client/retry/server-errors", test_retry_server_errors);
  g_test_add_func ("/api/client/retry/gives-up", test_retry_gives_up);
  g_test_add_func ("/api/client/retry/never-4xx", test_retry_never_4xx);
  g_test_add_func ("/api/client/retry/never-post", test_retry_never_post);
  g_test_add_func ("/api/client/retry/retry-after", test_retry_after);
  g_test_add_func ("/api/client/retry/cancel", test_retry_cancel);
  g_test_add_func ("/api/client/is-transient", test_is_transient);

  result = tickets_test_run_with_sandbox (&sandbox);

  return result;
}
