/* client-test-utils.c: what the TicketsClient tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "client-test-utils.h"

/* Sending and waiting */

TicketsResponse *
client_test_send_full (TicketsClient  *client,
                       const char     *method,
                       const char     *uri,
                       TicketsAuth    *auth,
                       JsonNode       *body,
                       GCancellable   *cancellable,
                       GError        **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  tickets_client_send_async (client, method, uri, auth, body, cancellable, tickets_test_on_done, &result);
  tickets_test_wait_result (&result);

  return tickets_client_send_finish (client, result, error);
}

TicketsResponse *
client_test_send (TicketsClient  *client,
                  const char     *method,
                  const char     *uri,
                  GError        **error)
{
  return client_test_send_full (client, method, uri, NULL, NULL, NULL, error);
}

GBytes *
client_test_get_json (TicketsClient  *client,
                      const char     *uri,
                      TicketsAuth    *auth,
                      GError        **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  tickets_client_get_json_async (client, uri, auth, NULL, tickets_test_on_done, &result);
  tickets_test_wait_result (&result);

  return tickets_client_get_json_finish (client, result, error);
}

GBytes *
client_test_get_pdf (TicketsClient  *client,
                     const char     *uri,
                     TicketsAuth    *auth,
                     GError        **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  tickets_client_get_pdf_async (client, uri, auth, NULL, tickets_test_on_done, &result);
  tickets_test_wait_result (&result);

  return tickets_client_get_pdf_finish (client, result, error);
}

/* Clients of the sandbox */

/* An auth in the notation of tickets_test_request(). */
TicketsAuth *
client_test_auth_from_notation (const char *notation)
{
  g_auto(GStrv) parts = g_strsplit (notation, ":", 3);

  if (g_str_equal (parts[0], "basic"))
    return tickets_auth_new_basic (parts[1], parts[2]);
  if (g_str_equal (parts[0], "bearer"))
    return tickets_auth_new_token (TICKETS_AUTH_BEARER, parts[1]);
  if (g_str_equal (parts[0], "order"))
    return tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, parts[1]);
  if (g_str_equal (parts[0], "cognito"))
    return tickets_auth_new_token (TICKETS_AUTH_COGNITO_TOKEN, parts[1]);
  if (g_str_equal (parts[0], "request"))
    return tickets_auth_new_token (TICKETS_AUTH_PERSONALIZATION_REQUEST_TOKEN, parts[1]);

  g_assert_not_reached ();
}

TicketsClient *
client_test_new_sandbox_client (TicketsTestSandbox *sandbox,
                                const char         *auth)
{
  g_autoptr(GError) error = NULL;
  TicketsClient *client = tickets_client_new (tickets_test_sandbox_get_base (sandbox), &error);

  g_assert_no_error (error);
  if (auth != NULL)
    {
      g_autoptr(TicketsAuth) client_auth = client_test_auth_from_notation (auth);

      tickets_client_set_auth (client, client_auth);
    }

  return client;
}

/* A server of the tests' own */

static void
respond (SoupServerMessage *msg,
         guint              status,
         const char        *content_type,
         const char        *body)
{
  soup_server_message_set_status (msg, status, NULL);
  if (body != NULL)
    soup_server_message_set_response (msg, content_type, SOUP_MEMORY_COPY, body, strlen (body));
}

static void
server_cb (SoupServer        *server,
           SoupServerMessage *msg,
           const char        *path,
           GHashTable        *query,
           gpointer           user_data)
{
  TestServer *self = user_data;
  SoupMessageHeaders *response_headers = soup_server_message_get_response_headers (msg);

  self->n_requests++;
  g_free (self->method);
  self->method = g_strdup (soup_server_message_get_method (msg));
  g_free (self->path);
  self->path = g_strdup (path);
  g_clear_pointer (&self->headers, soup_message_headers_unref);
  self->headers = soup_message_headers_ref (soup_server_message_get_request_headers (msg));
  g_clear_pointer (&self->body, g_bytes_unref);
  self->body = soup_message_body_flatten (soup_server_message_get_request_body (msg));

  if (g_str_equal (path, "/record"))
    respond (msg, SOUP_STATUS_OK, "application/hal+json", "{\"recorded\": true}");
  else if (g_str_equal (path, "/created"))
    {
      soup_message_headers_replace (response_headers, "Location", "/things/42");
      respond (msg, SOUP_STATUS_CREATED, "application/hal+json", "{\"uid\": \"42\"}");
    }
  else if (g_str_equal (path, "/no-content"))
    respond (msg, SOUP_STATUS_NO_CONTENT, NULL, NULL);
  else if (g_str_equal (path, "/empty"))
    respond (msg, SOUP_STATUS_OK, "application/hal+json", "");
  else if (g_str_equal (path, "/empty-500"))
    respond (msg, SOUP_STATUS_INTERNAL_SERVER_ERROR, NULL, NULL);
  else if (g_str_equal (path, "/html-502"))
    respond (msg, SOUP_STATUS_BAD_GATEWAY, "text/html",
             "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>");
  else if (g_str_equal (path, "/html-200"))
    respond (msg, SOUP_STATUS_OK, "text/html; charset=utf-8", "<!DOCTYPE html><html><body>Log in to the Wi-Fi</body></html>");
  else if (g_str_equal (path, "/malformed-400"))
    respond (msg, SOUP_STATUS_BAD_REQUEST, "application/json", "{\"type\": \"TICKET_ERROR\", ");
  else if (g_str_equal (path, "/conflict"))
    respond (msg, SOUP_STATUS_CONFLICT, "application/hal+json",
             "{\"type\": \"CONFLICT\", \"message\": \"The order changed meanwhile.\", \"logref\": \"abc\", \"details\": null}");
  else if (g_str_equal (path, "/teapot"))
    respond (msg, 418, "application/hal+json", "{\"type\": \"TEAPOT\", \"message\": \"I am a teapot.\", \"details\": null}");
  else if (g_str_equal (path, "/unavailable"))
    respond (msg, SOUP_STATUS_SERVICE_UNAVAILABLE, "application/hal+json",
             "{\"type\": \"MAINTENANCE\", \"message\": \"Back at noon.\", \"details\": null}");
  else if (g_str_equal (path, "/deprecated") || g_str_equal (path, "/deprecated-too"))
    {
      soup_message_headers_append (response_headers, "Deprecation", "@1688169599");
      soup_message_headers_append (response_headers, "Warning",
                                   "299 shopping-api \"The field \\\"amount\\\" is deprecated; use \\\"price\\\".\" "
                                   "\"Sat, 01 Jul 2023 00:00:00 GMT\"");
      soup_message_headers_append (response_headers, "Warning", "299 - \"Second, with a comma.\"");
      respond (msg, SOUP_STATUS_OK, "application/hal+json",
               "{\"uid\": \"a\", \"deprecation\": \"The old field amount goes away.\", "
               "\"deprecation_warnings\": [{\"field\": \"price\", \"message\": \"Use price_v2.\"}, \"Second.\"], "
               "\"deprecations\": {\"seat\": \"Use seating.seat.\"}, "
               "\"nested\": {\"deprecation\": \"not top-level, not read\"}}");
    }
  else if (g_str_equal (path, "/odd-warning"))
    {
      soup_message_headers_append (response_headers, "Warning", "no quotes at all");
      respond (msg, SOUP_STATUS_OK, "application/hal+json", "{\"deprecation\": null, \"deprecations\": 5}");
    }
  else if (g_str_equal (path, "/error-with-deprecation"))
    {
      soup_message_headers_append (response_headers, "Deprecation", "true");
      respond (msg, SOUP_STATUS_NOT_FOUND, "application/hal+json", "{\"deprecation\": \"not logged\"}");
    }
  else if (g_str_equal (path, "/redirect-same"))
    soup_server_message_set_redirect (msg, SOUP_STATUS_FOUND, "/record");
  else if (g_str_equal (path, "/redirect-elsewhere"))
    soup_server_message_set_redirect (msg, SOUP_STATUS_FOUND, self->elsewhere);
  else if (g_str_equal (path, "/redirect-insecure"))
    soup_server_message_set_redirect (msg, SOUP_STATUS_FOUND, "http://192.0.2.1/record");
  else if (g_str_equal (path, "/see-other"))
    soup_server_message_set_redirect (msg, SOUP_STATUS_SEE_OTHER, "/record");
  else if (g_str_equal (path, "/temporary"))
    soup_server_message_set_redirect (msg, SOUP_STATUS_TEMPORARY_REDIRECT, "/record");
  else if (g_str_equal (path, "/loop"))
    soup_server_message_set_redirect (msg, SOUP_STATUS_FOUND, "/loop");
  else if (g_str_equal (path, "/pause"))
    {
      soup_server_message_pause (msg);
      g_ptr_array_add (self->paused, g_object_ref (msg));
    }
  else
    respond (msg, SOUP_STATUS_NOT_FOUND, "application/hal+json",
             "{\"type\": \"NOT_FOUND\", \"message\": \"No such test path.\", \"details\": null}");
}

TestServer *
test_server_new (GTlsCertificate *certificate)
{
  TestServer *self = g_new0 (TestServer, 1);
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) any_port = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) bound = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GSList) listeners = NULL;

  self->paused = g_ptr_array_new_with_free_func (g_object_unref);
  self->server = soup_server_new ("tls-certificate", certificate, NULL);
  soup_server_add_handler (self->server, NULL, server_cb, self, NULL);
  /* Not soup_server_listen_local(), which leaks an address in libsoup 3.2. */
  soup_server_listen (self->server, any_port, certificate != NULL ? SOUP_SERVER_LISTEN_HTTPS : 0, &error);
  g_assert_no_error (error);

  listeners = soup_server_get_listeners (self->server);
  bound = g_socket_get_local_address (listeners->data, &error);
  g_assert_no_error (error);
  self->base = g_strdup_printf ("%s://127.0.0.1:%u", certificate != NULL ? "https" : "http",
                                g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound)));

  return self;
}

void
test_server_free (TestServer *self)
{
  /* Answer what was held back, so that nothing stays half done. */
  for (guint i = 0; i < self->paused->len; i++)
    {
      SoupServerMessage *msg = g_ptr_array_index (self->paused, i);

      soup_server_message_set_status (msg, SOUP_STATUS_SERVICE_UNAVAILABLE, NULL);
      soup_server_message_unpause (msg);
    }
  while (g_main_context_iteration (NULL, FALSE))
    ;

  soup_server_disconnect (self->server);
  g_assert_finalize_object (self->server);
  g_ptr_array_unref (self->paused);
  g_clear_pointer (&self->headers, soup_message_headers_unref);
  g_clear_pointer (&self->body, g_bytes_unref);
  g_free (self->method);
  g_free (self->path);
  g_free (self->elsewhere);
  g_free (self->base);
  g_free (self);
}

char *
test_server_uri (TestServer *self,
                 const char *path)
{
  return g_strconcat (self->base, path, NULL);
}

const char *
test_server_header (TestServer *self,
                    const char *name)
{
  g_assert_nonnull (self->headers);

  return soup_message_headers_get_one (self->headers, name);
}

void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->origin = test_server_new (NULL);
  fixture->other = test_server_new (NULL);
  fixture->origin->elsewhere = test_server_uri (fixture->other, "/record");
  fixture->other->elsewhere = test_server_uri (fixture->origin, "/record");

  fixture->client = tickets_client_new (fixture->origin->base, &error);
  g_assert_no_error (error);
  /* These tests are about one answer each; retries have tests of their own. */
  tickets_client_set_retry_policy (fixture->client, 1, 0);
}

void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->client);
  g_clear_pointer (&fixture->origin, test_server_free);
  g_clear_pointer (&fixture->other, test_server_free);
}
