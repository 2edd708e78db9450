/* test-client-answers.c: what TicketsClient makes of odd answers and failed
 * connections, over real HTTP on loopback: web pages, empty bodies and
 * redirect loops from a server of the test's own, insecure links, the
 * server's deprecation warnings, a pause, a cancel, a refused connection,
 * an unknown host and an untrusted certificate
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "client-test-utils.h"

static GPtrArray *logged;  /* the Tickets-API messages */

/* Odd answers */

static void
test_odd_answers (Fixture       *fixture,
                  gconstpointer  data)
{
  static const struct
  {
    const char      *path;
    TicketsApiError  code;
    guint            status;
    const char      *type;
    const char      *message;
  } cases[] = {
    { "/html-502", TICKETS_API_ERROR_SERVER_ERROR, 502, NULL,
      "The server answered with a web page instead of data (HTTP 502). It may be down for maintenance." },
    { "/html-200", TICKETS_API_ERROR_INVALID_RESPONSE, 200, NULL,
      "The server answered with a web page instead of data (HTTP 200). It may be down for maintenance." },
    { "/empty", TICKETS_API_ERROR_INVALID_RESPONSE, 200, NULL, "The server sent an empty answer." },
    { "/empty-500", TICKETS_API_ERROR_SERVER_ERROR, 500, NULL, "The server had a problem (HTTP 500). Try again later." },
    { "/malformed-400", TICKETS_API_ERROR_BAD_REQUEST, 400, NULL, "The server did not accept the request (HTTP 400)." },
    { "/conflict", TICKETS_API_ERROR_CONFLICT, 409, "CONFLICT", "The order changed meanwhile." },
    { "/teapot", TICKETS_API_ERROR_HTTP_ERROR, 418, "TEAPOT", "I am a teapot." },
    { "/unavailable", TICKETS_API_ERROR_SERVER_ERROR, 503, "MAINTENANCE", "Back at noon." },
    { "/nothing-here", TICKETS_API_ERROR_NOT_FOUND, 404, "NOT_FOUND", "No such test path." },
    { "/loop", TICKETS_API_ERROR_HTTP_ERROR, 0, NULL, "The server redirected the request too many times." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) body = NULL;

      g_test_message ("%s", cases[i].path);
      body = client_test_get_json (fixture->client, cases[i].path, NULL, &error);
      g_assert_null (body);
      g_assert_error (error, TICKETS_API_ERROR, (int) cases[i].code);
      g_assert_cmpstr (error->message, ==, cases[i].message);
      g_assert_cmpuint (tickets_api_error_get_status (error), ==, cases[i].status);
      g_assert_cmpstr (tickets_api_error_get_error_type (error), ==, cases[i].type);
    }

  /* Ten redirects are followed, the eleventh is not. */
  g_assert_cmpstr (fixture->origin->path, ==, "/loop");
}

static void
test_insecure_links (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) redirect_error = NULL;
  g_autoptr(GError) invalid_error = NULL;
  g_autoptr(TicketsResponse) response = NULL;
  g_autoptr(TicketsResponse) redirected = NULL;
  g_autoptr(TicketsResponse) invalid = NULL;

  /* 192.0.2.1 is reserved for documentation: a connection would time out, not be refused as insecure. */
  tickets_client_set_timeout (fixture->client, 2);
  response = client_test_send (fixture->client, "GET", "http://192.0.2.1/tickets", &error);
  g_assert_null (response);
  g_assert_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_INSECURE);

  redirected = client_test_send (fixture->client, "GET", "/redirect-insecure", &redirect_error);
  g_assert_null (redirected);
  g_assert_error (redirect_error, TICKETS_API_ERROR, TICKETS_API_ERROR_INSECURE);
  g_assert_cmpuint (fixture->origin->n_requests, ==, 1);

  invalid = client_test_send (fixture->client, "GET", "mailto:someone@example.com", &invalid_error);
  g_assert_null (invalid);
  g_assert_error (invalid_error, TICKETS_API_ERROR, TICKETS_API_ERROR_INVALID_URI);
  g_assert_cmpuint (fixture->origin->n_requests, ==, 1);
}

static void
test_deprecation (Fixture       *fixture,
                  gconstpointer  data)
{
  const char *expected[] = {
    "Deprecation warning from the server at /deprecated: Deprecation: @1688169599",
    "Deprecation warning from the server at /deprecated: The field \"amount\" is deprecated; use \"price\".",
    "Deprecation warning from the server at /deprecated: Second, with a comma.",
    "Deprecation warning from the server at /deprecated: The old field amount goes away.",
    "Deprecation warning from the server at /deprecated: {\"field\":\"price\",\"message\":\"Use price_v2.\"}",
    "Deprecation warning from the server at /deprecated: Second.",
    "Deprecation warning from the server at /deprecated: seat: Use seating.seat.",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) not_found = NULL;
  TicketsClient *second;

  g_ptr_array_set_size (logged, 0);

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GBytes) body = client_test_get_json (fixture->client, "/deprecated", NULL, &error);

      g_assert_no_error (error);
      g_assert_nonnull (body);
    }
  {
    g_autoptr(GBytes) body = client_test_get_json (fixture->client, "/deprecated-too", NULL, &error);

    g_assert_no_error (error);
  }

  for (guint i = 0; i < logged->len; i++)
    g_test_message ("logged: %s", (const char *) g_ptr_array_index (logged, i));
  g_assert_cmpuint (logged->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_true (g_ptr_array_find_with_equal_func (logged, expected[i], g_str_equal, NULL));

  /* Not the RFC's shape: the whole value; a null or a number is no warning. */
  g_ptr_array_set_size (logged, 0);
  {
    g_autoptr(GBytes) body = client_test_get_json (fixture->client, "/odd-warning", NULL, &error);

    g_assert_no_error (error);
  }
  g_assert_cmpuint (logged->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (logged, 0), ==, "Deprecation warning from the server at /odd-warning: no quotes at all");
  g_assert_cmpstr (g_ptr_array_index (logged, 1), ==, "Deprecation warning from the server at /odd-warning: 5");

  /* Errors are not read for warnings. */
  g_ptr_array_set_size (logged, 0);
  {
    g_autoptr(GBytes) body = client_test_get_json (fixture->client, "/error-with-deprecation", NULL, &not_found);

    g_assert_error (not_found, TICKETS_API_ERROR, TICKETS_API_ERROR_NOT_FOUND);
  }
  g_assert_cmpuint (logged->len, ==, 0);

  /* Once per client. */
  second = tickets_client_new (fixture->origin->base, &error);
  g_assert_no_error (error);
  {
    g_autoptr(GBytes) body = client_test_get_json (second, "/deprecated-too", NULL, &error);

    g_assert_no_error (error);
  }
  g_assert_cmpuint (logged->len, ==, G_N_ELEMENTS (expected));
  g_assert_cmpstr (g_ptr_array_index (logged, 0), ==, "Deprecation warning from the server at /deprecated-too: Deprecation: @1688169599");
  g_assert_finalize_object (second);
}

static void
test_pdf_refuses_other_content (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GBytes) json = NULL;
  g_autoptr(GBytes) page = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) page_error = NULL;

  json = client_test_get_pdf (fixture->client, "/record", NULL, &error);
  g_assert_null (json);
  g_assert_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_INVALID_RESPONSE);
  g_assert_cmpstr (error->message, ==, "The server sent something other than a PDF.");
  g_assert_cmpstr (test_server_header (fixture->origin, "Accept"), ==, "application/pdf");

  page = client_test_get_pdf (fixture->client, "/html-200", NULL, &page_error);
  g_assert_null (page);
  g_assert_error (page_error, TICKETS_API_ERROR, TICKETS_API_ERROR_INVALID_RESPONSE);
}

/* Transport failures */

static void
test_timeout (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TicketsResponse) response = NULL;
  gint64 start = g_get_monotonic_time ();

  tickets_client_set_timeout (fixture->client, 1);
  response = client_test_send (fixture->client, "GET", "/pause", &error);
  g_assert_null (response);
  g_assert_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_TIMEOUT);
  g_assert_cmpstr (error->message, ==, "The server did not answer in time.");
  g_assert_cmpuint (fixture->origin->paused->len, ==, 1);
  g_assert_cmpint (g_get_monotonic_time () - start, >=, G_USEC_PER_SEC / 2);
}

static void
test_cancel (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GCancellable) cancelled = g_cancellable_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) early_error = NULL;
  g_autoptr(TicketsResponse) response = NULL;
  g_autoptr(TicketsResponse) early = NULL;

  tickets_client_send_async (fixture->client, "GET", "/pause", NULL, NULL, cancellable, tickets_test_on_done, &result);
  while (fixture->origin->paused->len == 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_null (result);
  g_cancellable_cancel (cancellable);
  tickets_test_wait_result (&result);
  response = tickets_client_send_finish (fixture->client, result, &error);
  g_assert_null (response);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  g_cancellable_cancel (cancelled);
  early = client_test_send_full (fixture->client, "GET", "/record", NULL, NULL, cancelled, &early_error);
  g_assert_null (early);
  g_assert_error (early_error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (fixture->origin->n_requests, ==, 1);
}

static void
count_retrying_cb (TicketsClient *client,
                   const GError  *error,
                   guint          attempt,
                   guint          delay_ms,
                   gpointer       user_data)
{
  guint *n = user_data;

  (*n)++;
}

static void
test_connection_refused (void)
{
  g_autoptr(GSocket) socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP, NULL);
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) any_port = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) bound = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *base = NULL;
  g_autoptr(TicketsResponse) response = NULL;
  TicketsClient *client;
  guint n_retrying = 0;

  /* A port that was just free: nothing listens there. */
  g_socket_bind (socket, any_port, FALSE, &error);
  g_assert_no_error (error);
  bound = g_socket_get_local_address (socket, &error);
  g_assert_no_error (error);
  base = g_strdup_printf ("http://127.0.0.1:%u", g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound)));
  g_socket_close (socket, &error);
  g_assert_no_error (error);

  client = tickets_client_new (base, &error);
  g_assert_no_error (error);
  /* Refused is transient (a server restarting): tried three times. */
  tickets_client_set_retry_policy (client, 3, 1);
  g_signal_connect (client, "retrying", G_CALLBACK (count_retrying_cb), &n_retrying);
  response = client_test_send (client, "GET", "/", &error);
  g_assert_null (response);
  g_assert_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_CONNECTION_REFUSED);
  g_assert_cmpstr (error->message, ==, "Could not connect to the server: the connection was refused.");
  g_assert_cmpuint (n_retrying, ==, 2);
  g_assert_false (tickets_client_get_reconnecting (client));
  g_assert_finalize_object (client);
}

static void
test_unknown_host (void)
{
  g_autoptr(GError) error = NULL;
  TicketsClient *client = tickets_client_new ("https://tickets-test.invalid/", &error);
  g_autoptr(TicketsResponse) response = NULL;

  g_assert_no_error (error);
  tickets_client_set_timeout (client, 10);
  response = client_test_send (client, "GET", "/events", &error);
  g_assert_null (response);
  g_test_message ("%s", error->message);
  /* An offline machine may answer with a temporary failure of its resolver. */
  if (g_error_matches (error, TICKETS_API_ERROR, TICKETS_API_ERROR_HOST_NOT_FOUND))
    g_assert_cmpstr (error->message, ==,
                     "Could not find the server “tickets-test.invalid”. Check the address and your network connection.");
  else
    g_assert_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_NETWORK);
  g_assert_finalize_object (client);

  /* glibc keeps a resolver configuration for each thread that looked a name
   * up, and valgrind calls it lost while that thread lives: let GLib end the
   * worker thread (it idles half a second in its pool first). */
  g_thread_pool_set_max_unused_threads (0);
  g_usleep (G_USEC_PER_SEC);
}

static void
test_untrusted_certificate (void)
{
  g_autofree char *cert_file = g_test_build_filename (G_TEST_DIST, "data", "tls", "cert.pem", NULL);
  g_autofree char *key_file = g_test_build_filename (G_TEST_DIST, "data", "tls", "key.pem", NULL);
  g_autoptr(GTlsCertificate) certificate = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TicketsResponse) response = NULL;
  TestServer *server;
  TicketsClient *client;

  if (!g_tls_backend_supports_tls (g_tls_backend_get_default ()))
    {
      g_test_skip ("No TLS support: glib-networking is not installed");
      return;
    }

#ifdef __SANITIZE_ADDRESS__
  /* At exit, LeakSanitizer's tracer crashes on a thread the TLS handshake
   * leaves (“Tracer caught signal 11”) and fails the whole program. The
   * test runs in every other build, valgrind's included. */
  g_test_skip ("LeakSanitizer cannot stop the TLS backend's threads");
  return;
#endif

  certificate = g_tls_certificate_new_from_files (cert_file, key_file, &error);
  g_assert_no_error (error);
  server = test_server_new (certificate);
  g_assert_true (g_str_has_prefix (server->base, "https://"));

  client = tickets_client_new (server->base, &error);
  g_assert_no_error (error);
  response = client_test_send (client, "GET", "/record", &error);
  g_assert_null (response);
  g_assert_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_TLS);
  g_assert_cmpstr (error->message, ==, "The server's security certificate is not trusted (issued by an unknown authority). "
                                       "The connection was not made.");
  /* The handshake failed before any request was made. */
  g_assert_cmpuint (server->n_requests, ==, 0);

  g_assert_finalize_object (client);
  test_server_free (server);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  logged = tickets_test_capture_messages ("Tickets-API");

  ADD_TEST ("odd-answers", test_odd_answers);
  ADD_TEST ("insecure-links", test_insecure_links);
  ADD_TEST ("deprecation", test_deprecation);
  ADD_TEST ("timeout", test_timeout);
  ADD_TEST ("cancel", test_cancel);
  ADD_TEST ("pdf-refuses-other-content", test_pdf_refuses_other_content);

  g_test_add_func ("/api/client/connection-refused", test_connection_refused);
  g_test_add_func ("/api/client/unknown-host", test_unknown_host);
  g_test_add_func ("/api/client/untrusted-certificate", test_untrusted_certificate);

  return g_test_run ();
}
