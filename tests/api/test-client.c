/* test-client.c: TicketsClient over real HTTP on loopback
 *
 * The sandbox answers as documented; two small servers of the test's own
 * give the odd answers (web pages, empty bodies, redirects, pauses) and
 * record what reaches them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tickets-client.h"
#include "tickets-error.h"
#include "tickets-test-sandbox.h"

static TicketsTestSandbox *sandbox;
static GPtrArray *logged;  /* the Tickets-API messages */

/* Helpers */

static TicketsResponse *
send_full (TicketsClient  *client,
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

static TicketsResponse *
send (TicketsClient  *client,
      const char     *method,
      const char     *uri,
      GError        **error)
{
  return send_full (client, method, uri, NULL, NULL, NULL, error);
}

static GBytes *
get_json (TicketsClient  *client,
          const char     *uri,
          TicketsAuth    *auth,
          GError        **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  tickets_client_get_json_async (client, uri, auth, NULL, tickets_test_on_done, &result);
  tickets_test_wait_result (&result);

  return tickets_client_get_json_finish (client, result, error);
}

static JsonObject *
parse_object (GBytes      *bytes,
              JsonParser **parser)
{
  g_autoptr(GError) error = NULL;
  gsize length;
  const char *text = g_bytes_get_data (bytes, &length);

  *parser = json_parser_new ();
  json_parser_load_from_data (*parser, text, length, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (*parser)));

  return json_node_get_object (json_parser_get_root (*parser));
}

/* An auth in the notation of tickets_test_request(). */
static TicketsAuth *
auth_from_notation (const char *notation)
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

static TicketsClient *
new_sandbox_client (const char *auth)
{
  g_autoptr(GError) error = NULL;
  TicketsClient *client = tickets_client_new (tickets_test_sandbox_get_base (sandbox), &error);

  g_assert_no_error (error);
  if (auth != NULL)
    {
      g_autoptr(TicketsAuth) client_auth = auth_from_notation (auth);

      tickets_client_set_auth (client, client_auth);
    }

  return client;
}

static void
assert_logref (const GError *error)
{
  const char *logref = tickets_api_error_get_logref (error);

  g_assert_nonnull (logref);
  g_assert_cmpuint (strlen (logref), ==, 32);
  for (const char *p = logref; *p != '\0'; p++)
    g_assert_true (g_ascii_isxdigit (*p));
}

/* A server of the test's own */

typedef struct
{
  SoupServer         *server;
  char               *base;
  char               *elsewhere;       /* where /redirect-elsewhere sends requests */
  guint               n_requests;
  char               *method;          /* of the last request */
  char               *path;
  SoupMessageHeaders *headers;
  GBytes             *body;
  GPtrArray          *paused;
} TestServer;

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

static TestServer *
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

static void
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

static char *
test_server_uri (TestServer *self,
                 const char *path)
{
  return g_strconcat (self->base, path, NULL);
}

static const char *
test_server_header (TestServer *self,
                    const char *name)
{
  g_assert_nonnull (self->headers);

  return soup_message_headers_get_one (self->headers, name);
}

/* The client's base, and another origin on the same host. */
typedef struct
{
  TestServer    *origin;
  TestServer    *other;
  TicketsClient *client;
} Fixture;

static void
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

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->client);
  g_clear_pointer (&fixture->origin, test_server_free);
  g_clear_pointer (&fixture->other, test_server_free);
}

/* Construction and properties */

static void
test_new_checks_uri (void)
{
  static const char *accepted[] = {
    "https://shopping-api.paylogic.com", "https://shopping-api.paylogic.com/", "HTTPS://Shopping-API.example:8443/api/",
    "http://127.0.0.1:8000", "http://127.1.2.3/", "http://localhost:8000/", "http://LOCALHOST", "http://[::1]:8000/",
  };
  static const struct
  {
    const char      *uri;
    TicketsApiError  code;
  } refused[] = {
    { "http://shopping-api.paylogic.com", TICKETS_API_ERROR_INSECURE },
    { "http://192.168.1.10:8000/", TICKETS_API_ERROR_INSECURE },
    { "http://localhost.example.com/", TICKETS_API_ERROR_INSECURE },
    { "http://[::2]/", TICKETS_API_ERROR_INSECURE },
    { "ftp://127.0.0.1/", TICKETS_API_ERROR_INVALID_URI },
    { "file:///etc/passwd", TICKETS_API_ERROR_INVALID_URI },
    { "shopping-api.paylogic.com", TICKETS_API_ERROR_INVALID_URI },
    { "/events", TICKETS_API_ERROR_INVALID_URI },
    { "https://", TICKETS_API_ERROR_INVALID_URI },
    { "https://exa mple.com/", TICKETS_API_ERROR_INVALID_URI },
    { "", TICKETS_API_ERROR_INVALID_URI },
  };

  for (guint i = 0; i < G_N_ELEMENTS (accepted); i++)
    {
      g_autoptr(GError) error = NULL;
      TicketsClient *client = tickets_client_new (accepted[i], &error);

      g_test_message ("%s", accepted[i]);
      g_assert_no_error (error);
      g_assert_cmpstr (tickets_client_get_base_uri (client), ==, accepted[i]);
      g_assert_finalize_object (client);
    }

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(GError) error = NULL;
      TicketsClient *client = tickets_client_new (refused[i].uri, &error);

      g_test_message ("%s", refused[i].uri);
      g_assert_null (client);
      g_assert_error (error, TICKETS_API_ERROR, (int) refused[i].code);
    }

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(TicketsClient) client = tickets_client_new ("http://example.com", &error);

    g_assert_cmpstr (error->message, ==, "The server “example.com” would be reached without encryption "
                                         "(http instead of https). Only a server on this computer may be used this way.");
  }
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 gpointer    user_data)
{
  (*(guint *) user_data)++;
}

static void
test_properties (void)
{
  g_autoptr(GError) error = NULL;
  TicketsClient *client = tickets_client_new ("https://shopping-api.paylogic.com", &error);
  g_autoptr(TicketsAuth) order = tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, "secret");
  g_autoptr(TicketsAuth) read_back = NULL;
  g_autofree char *base_uri = NULL;
  g_autofree char *user_agent = NULL;
  guint timeout = 0;
  guint n_user_agent = 0, n_timeout = 0, n_auth = 0;

  g_assert_no_error (error);
  g_signal_connect (client, "notify::user-agent", G_CALLBACK (count_notify_cb), &n_user_agent);
  g_signal_connect (client, "notify::timeout", G_CALLBACK (count_notify_cb), &n_timeout);
  g_signal_connect (client, "notify::auth", G_CALLBACK (count_notify_cb), &n_auth);

  g_object_get (client, "base-uri", &base_uri, "user-agent", &user_agent, "timeout", &timeout, "auth", &read_back, NULL);
  g_assert_cmpstr (base_uri, ==, "https://shopping-api.paylogic.com");
  g_assert_cmpstr (user_agent, ==, "Tickets/" PACKAGE_VERSION);
  g_assert_cmpuint (timeout, ==, 30);
  g_assert_nonnull (read_back);
  g_assert_cmpint (tickets_auth_get_mode (read_back), ==, TICKETS_AUTH_NONE);

  tickets_client_set_user_agent (client, "Tickets-Test/1");
  tickets_client_set_user_agent (client, "Tickets-Test/1");
  g_assert_cmpuint (n_user_agent, ==, 1);
  g_assert_cmpstr (tickets_client_get_user_agent (client), ==, "Tickets-Test/1");
  g_object_set (client, "user-agent", NULL, NULL);
  g_assert_cmpuint (n_user_agent, ==, 2);
  g_assert_cmpstr (tickets_client_get_user_agent (client), ==, "Tickets/" PACKAGE_VERSION);

  g_object_set (client, "timeout", 5, NULL);
  tickets_client_set_timeout (client, 5);
  g_assert_cmpuint (n_timeout, ==, 1);
  g_assert_cmpuint (tickets_client_get_timeout (client), ==, 5);

  tickets_client_set_auth (client, NULL);
  g_assert_cmpuint (n_auth, ==, 0);
  tickets_client_set_auth (client, order);
  tickets_client_set_auth (client, order);
  g_assert_cmpuint (n_auth, ==, 1);
  g_assert_true (tickets_client_get_auth (client) == order);
  g_object_set (client, "auth", NULL, NULL);
  g_assert_cmpuint (n_auth, ==, 2);
  g_assert_cmpint (tickets_auth_get_mode (tickets_client_get_auth (client)), ==, TICKETS_AUTH_NONE);

  g_assert_finalize_object (client);
}

static void
test_auth_boxed (void)
{
  g_autoptr(TicketsAuth) basic = tickets_auth_new_basic ("boxoffice", "boxoffice-demo");
  g_autoptr(TicketsAuth) none = tickets_auth_new_none ();
  g_auto(GValue) value = G_VALUE_INIT;
  GEnumClass *modes = g_type_class_ref (TICKETS_TYPE_AUTH_MODE);

  g_assert_cmpint (tickets_auth_get_mode (basic), ==, TICKETS_AUTH_BASIC);
  g_assert_cmpint (tickets_auth_get_mode (none), ==, TICKETS_AUTH_NONE);

  g_value_init (&value, TICKETS_TYPE_AUTH);
  g_value_set_boxed (&value, basic);
  g_assert_true (g_value_get_boxed (&value) == basic);

  g_assert_cmpstr (g_enum_get_value (modes, TICKETS_AUTH_COGNITO_TOKEN)->value_nick, ==, "cognito-token");
  g_assert_cmpstr (g_enum_get_value (modes, TICKETS_AUTH_PERSONALIZATION_REQUEST_TOKEN)->value_nick, ==,
                   "personalization-request-token");
  g_assert_cmpuint (modes->n_values, ==, 6);
  g_type_class_unref (modes);
}

/* The sandbox: each auth mode accepted and refused */

static void
test_sandbox_auth_accepted (void)
{
  static const char *modes[] = {
    TICKETS_TEST_AUTH_BOXOFFICE, TICKETS_TEST_AUTH_DEFAULT, TICKETS_TEST_AUTH_BEARER, TICKETS_TEST_AUTH_ORDER_DEMO,
    TICKETS_TEST_AUTH_COGNITO, TICKETS_TEST_AUTH_REQUEST,
  };

  for (guint i = 0; i < G_N_ELEMENTS (modes); i++)
    {
      TicketsClient *client = new_sandbox_client (modes[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) body = NULL;
      g_autoptr(JsonParser) parser = NULL;
      g_autofree char *self_href = NULL;
      JsonObject *root;

      g_test_message ("auth %s", modes[i]);
      body = get_json (client, "/", NULL, &error);
      g_assert_no_error (error);
      root = parse_object (body, &parser);
      self_href = g_strconcat (tickets_test_sandbox_get_base (sandbox), "/",  NULL);
      g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (json_object_get_object_member (root, "_links"), "self"), "href"),
                       ==, self_href);
      g_assert_finalize_object (client);
    }
}

static void
test_sandbox_auth_refused (void)
{
  static const char *modes[] = {
    "basic:boxoffice:wrong", "basic:nobody:boxoffice-demo", "bearer:wrong", "order:wrong", "cognito:wrong", "request:wrong",
  };

  for (guint i = 0; i < G_N_ELEMENTS (modes); i++)
    {
      TicketsClient *client = new_sandbox_client (modes[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) body = NULL;

      g_test_message ("auth %s", modes[i]);
      body = get_json (client, "/", NULL, &error);
      g_assert_null (body);
      g_assert_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_UNAUTHORIZED);
      g_assert_cmpstr (tickets_api_error_get_error_type (error), ==, "UNAUTHORIZED");
      g_assert_cmpstr (error->message, ==, "The credentials or token you sent are not valid.");
      g_assert_cmpstr (tickets_api_error_get_server_message (error), ==, error->message);
      g_assert_cmpuint (tickets_api_error_get_status (error), ==, 401);
      assert_logref (error);
      g_assert_finalize_object (client);
    }

  {
    TicketsClient *client = new_sandbox_client (NULL);
    g_autoptr(GError) error = NULL;
    g_autoptr(GBytes) body = get_json (client, "/", NULL, &error);

    g_assert_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_UNAUTHORIZED);
    g_assert_cmpstr (error->message, ==, "This resource needs authentication.");
    g_assert_finalize_object (client);
  }
}

static void
test_sandbox_forbidden (void)
{
  TicketsClient *client = new_sandbox_client (TICKETS_TEST_AUTH_DEFAULT);
  g_autofree char *event = tickets_test_uri (sandbox, "events", TICKETS_TEST_EV_OPEN);
  g_autofree char *escaped = g_uri_escape_string (event, NULL, FALSE);
  g_autofree char *path = g_strdup_printf ("/tickets?code=%s&event=%s", TICKETS_TEST_CODE_DEMO_1, escaped);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) allowed_error = NULL;
  g_autoptr(TicketsAuth) boxoffice = auth_from_notation (TICKETS_TEST_AUTH_BOXOFFICE);
  g_autoptr(GBytes) refused = get_json (client, path, NULL, &error);
  g_autoptr(GBytes) allowed = get_json (client, path, boxoffice, &allowed_error);

  g_assert_null (refused);
  g_assert_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_FORBIDDEN);
  g_assert_cmpstr (tickets_api_error_get_error_type (error), ==, "FORBIDDEN");
  g_assert_cmpstr (error->message, ==, "You do not have permission to search tickets by barcode.");
  g_assert_cmpuint (tickets_api_error_get_status (error), ==, 403);
  assert_logref (error);

  /* The auth given to one request wins over the client's. */
  g_assert_no_error (allowed_error);
  g_assert_nonnull (allowed);

  g_assert_finalize_object (client);
}

static void
test_sandbox_not_found_and_not_allowed (void)
{
  TicketsClient *client = new_sandbox_client (TICKETS_TEST_AUTH_BOXOFFICE);
  g_autoptr(GError) not_found = NULL;
  g_autoptr(GError) not_allowed = NULL;
  g_autoptr(JsonNode) body = json_from_string ("{}", NULL);
  g_autoptr(TicketsResponse) missing = send (client, "GET", "/no-such-thing", &not_found);
  g_autoptr(TicketsResponse) put = send_full (client, "PUT", "/", NULL, body, NULL, &not_allowed);

  g_assert_null (missing);
  g_assert_error (not_found, TICKETS_API_ERROR, TICKETS_API_ERROR_NOT_FOUND);
  g_assert_cmpstr (tickets_api_error_get_error_type (not_found), ==, "NOT_FOUND");
  assert_logref (not_found);

  g_assert_null (put);
  g_assert_error (not_allowed, TICKETS_API_ERROR, TICKETS_API_ERROR_METHOD_NOT_ALLOWED);
  g_assert_true (g_str_has_prefix (not_allowed->message, "PUT is not allowed here"));
  g_assert_cmpstr (tickets_api_error_get_error_type (not_allowed), ==, "METHOD_NOT_ALLOWED");
  g_assert_cmpuint (tickets_api_error_get_status (not_allowed), ==, 405);

  g_assert_finalize_object (client);
}

static void
test_sandbox_details (void)
{
  TicketsClient *client = new_sandbox_client (TICKETS_TEST_AUTH_ORDER_DEMO);
  g_autofree char *order = tickets_test_uri (sandbox, "orders", TICKETS_TEST_OR_DEMO);
  g_autofree char *ticket = tickets_test_uri (sandbox, "tickets", TICKETS_TEST_TK_DEMO_2);
  g_autofree char *text = g_strdup_printf ("{\"email\": \"not-an-address\", \"order\": \"%s\", \"tickets\": [\"%s\"]}",
                                           order, ticket);
  g_autoptr(JsonNode) body = json_from_string (text, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(TicketsResponse) response = send_full (client, "POST", "/personalization-requests", NULL, body, NULL, &error);
  g_auto(GStrv) fields = NULL;
  const char * const *email;

  g_assert_null (response);
  g_assert_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_BAD_REQUEST);
  g_assert_cmpstr (error->message, ==, "A personalization request needs the email address of the person who will fill it in.");
  assert_logref (error);

  fields = tickets_api_error_dup_fields (error);
  g_assert_cmpuint (g_strv_length (fields), ==, 1);
  g_assert_cmpstr (fields[0], ==, "email");
  email = tickets_api_error_get_field_messages (error, "email");
  g_assert_nonnull (email);
  g_assert_cmpstr (email[0], ==, "Enter a valid email address.");
  g_assert_null (email[1]);

  g_assert_finalize_object (client);
}

static void
test_sandbox_post_json (void)
{
  TicketsClient *client = new_sandbox_client (TICKETS_TEST_AUTH_ORDER_DEMO);
  g_autofree char *order = tickets_test_uri (sandbox, "orders", TICKETS_TEST_OR_DEMO);
  g_autofree char *ticket = tickets_test_uri (sandbox, "tickets", TICKETS_TEST_TK_DEMO_2);
  g_autofree char *text = g_strdup_printf ("{\"email\": \"friend@example.com\", \"order\": \"%s\", \"tickets\": [\"%s\"]}",
                                           order, ticket);
  g_autoptr(JsonNode) body = json_from_string (text, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(TicketsResponse) response = send_full (client, "POST", "/personalization-requests", NULL, body, NULL, &error);
  g_autoptr(JsonParser) parser = NULL;
  JsonObject *request;

  g_assert_no_error (error);
  g_assert_cmpuint (tickets_response_get_status (response), ==, 201);
  g_assert_cmpstr (tickets_response_get_header (response, "Content-Type"), ==, "application/hal+json");
  request = parse_object (tickets_response_get_body (response), &parser);
  g_assert_cmpstr (json_object_get_string_member (request, "email"), ==, "friend@example.com");
  g_assert_cmpstr (json_object_get_string_member (request, "state"), ==, "pending");

  g_assert_finalize_object (client);
}

/* What reaches the server */

static void
test_headers (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(TicketsAuth) basic = tickets_auth_new_basic ("boxoffice", "boxoffice-demo");
  g_autoptr(GError) error = NULL;
  g_autoptr(TicketsResponse) response = NULL;
  g_autofree char *uri = test_server_uri (fixture->origin, "/record");

  tickets_client_set_auth (fixture->client, basic);
  response = send (fixture->client, "GET", "/record", &error);
  g_assert_no_error (error);

  g_assert_cmpuint (fixture->origin->n_requests, ==, 1);
  g_assert_cmpstr (fixture->origin->method, ==, "GET");
  g_assert_cmpstr (test_server_header (fixture->origin, "Authorization"), ==, "Basic Ym94b2ZmaWNlOmJveG9mZmljZS1kZW1v");
  g_assert_cmpstr (test_server_header (fixture->origin, "Accept"), ==, "application/hal+json, application/json");
  g_assert_cmpstr (test_server_header (fixture->origin, "User-Agent"), ==, "Tickets/" PACKAGE_VERSION);
  g_assert_null (test_server_header (fixture->origin, "Content-Type"));
  g_assert_cmpuint (g_bytes_get_size (fixture->origin->body), ==, 0);

  g_assert_cmpuint (tickets_response_get_status (response), ==, 200);
  g_assert_cmpstr (tickets_response_get_uri (response), ==, uri);
  g_assert_null (tickets_response_get_location (response));
  g_assert_cmpmem (g_bytes_get_data (tickets_response_get_body (response), NULL),
                   g_bytes_get_size (tickets_response_get_body (response)),
                   "{\"recorded\": true}", strlen ("{\"recorded\": true}"));

  tickets_client_set_user_agent (fixture->client, "Tickets-Test/2");
  g_clear_pointer (&response, tickets_response_unref);
  response = send (fixture->client, "GET", uri, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (test_server_header (fixture->origin, "User-Agent"), ==, "Tickets-Test/2");
}

static void
test_token_headers (Fixture       *fixture,
                    gconstpointer  data)
{
  static const struct
  {
    TicketsAuthMode  mode;
    const char      *header;
    const char      *value;
  } cases[] = {
    { TICKETS_AUTH_BEARER, "Authorization", "Bearer demo-bearer-token" },
    { TICKETS_AUTH_ORDER_TOKEN, "Order-Token", "demo-order-token" },
    { TICKETS_AUTH_COGNITO_TOKEN, "Cognito-Token", "demo-cognito-token" },
    { TICKETS_AUTH_PERSONALIZATION_REQUEST_TOKEN, "Personalization-Request-Token", "demo-request-token" },
  };
  static const char *all_headers[] = { "Authorization", "Order-Token", "Cognito-Token", "Personalization-Request-Token" };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      /* Pasted tokens come with white space around them. */
      g_autofree char *pasted = g_strdup_printf (" %s\n", strchr (cases[i].value, ' ') != NULL ?
                                                          strchr (cases[i].value, ' ') + 1 : cases[i].value);
      g_autoptr(TicketsAuth) auth = tickets_auth_new_token (cases[i].mode, pasted);
      g_autoptr(TicketsAuth) none = tickets_auth_new_none ();
      g_autoptr(GError) error = NULL;
      g_autoptr(TicketsResponse) with_auth = NULL;
      g_autoptr(TicketsResponse) without_auth = NULL;

      g_test_message ("%s", cases[i].header);
      g_assert_cmpint (tickets_auth_get_mode (auth), ==, cases[i].mode);

      with_auth = send_full (fixture->client, "GET", "/record", auth, NULL, NULL, &error);
      g_assert_no_error (error);
      for (guint j = 0; j < G_N_ELEMENTS (all_headers); j++)
        g_assert_cmpstr (test_server_header (fixture->origin, all_headers[j]), ==,
                         g_str_equal (all_headers[j], cases[i].header) ? cases[i].value : NULL);

      /* An explicit "none" wins over the client's auth. */
      tickets_client_set_auth (fixture->client, auth);
      without_auth = send_full (fixture->client, "GET", "/record", none, NULL, NULL, &error);
      g_assert_no_error (error);
      for (guint j = 0; j < G_N_ELEMENTS (all_headers); j++)
        g_assert_null (test_server_header (fixture->origin, all_headers[j]));
      tickets_client_set_auth (fixture->client, NULL);
    }
}

static void
test_auth_stays_at_origin (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(TicketsAuth) order = tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, "demo-order-token");
  g_autoptr(TicketsAuth) basic = tickets_auth_new_basic ("boxoffice", "boxoffice-demo");
  g_autofree char *other = test_server_uri (fixture->other, "/record");
  g_autoptr(GError) error = NULL;
  g_autoptr(TicketsResponse) direct = NULL;
  g_autoptr(TicketsResponse) explicit = NULL;
  g_autoptr(TicketsResponse) redirected = NULL;
  g_autoptr(TicketsResponse) same = NULL;

  tickets_client_set_auth (fixture->client, order);

  /* A link to another origin (here another port of the same host). */
  direct = send (fixture->client, "GET", other, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->other->n_requests, ==, 1);
  g_assert_null (test_server_header (fixture->other, "Order-Token"));
  g_assert_cmpstr (test_server_header (fixture->other, "Accept"), ==, "application/hal+json, application/json");

  explicit = send_full (fixture->client, "GET", other, basic, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->other->n_requests, ==, 2);
  g_assert_null (test_server_header (fixture->other, "Authorization"));

  /* A redirect to another origin. */
  redirected = send (fixture->client, "GET", "/redirect-elsewhere", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->origin->n_requests, ==, 1);
  g_assert_cmpstr (test_server_header (fixture->origin, "Order-Token"), ==, "demo-order-token");
  g_assert_cmpuint (fixture->other->n_requests, ==, 3);
  g_assert_null (test_server_header (fixture->other, "Order-Token"));
  g_assert_cmpstr (tickets_response_get_uri (redirected), ==, other);

  /* A redirect within the origin keeps it. */
  same = send (fixture->client, "GET", "/redirect-same", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->origin->n_requests, ==, 3);
  g_assert_cmpstr (fixture->origin->path, ==, "/record");
  g_assert_cmpstr (test_server_header (fixture->origin, "Order-Token"), ==, "demo-order-token");
}

static void
test_post_body (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(JsonNode) body = json_from_string ("{\"consumers\": [{\"first_name\": \"Zoë\", \"gender\": 2}]}", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(TicketsResponse) posted = send_full (fixture->client, "POST", "/record", NULL, body, NULL, &error);
  g_autoptr(TicketsResponse) see_other = NULL;
  g_autoptr(TicketsResponse) temporary = NULL;
  const char *expected = "{\"consumers\":[{\"first_name\":\"Zoë\",\"gender\":2}]}";

  g_assert_no_error (error);
  g_assert_cmpstr (fixture->origin->method, ==, "POST");
  g_assert_cmpstr (test_server_header (fixture->origin, "Content-Type"), ==, "application/json");
  g_assert_cmpmem (g_bytes_get_data (fixture->origin->body, NULL), g_bytes_get_size (fixture->origin->body),
                   expected, strlen (expected));

  /* A 303 makes it a GET without a body; a 307 keeps both. */
  see_other = send_full (fixture->client, "POST", "/see-other", NULL, body, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fixture->origin->path, ==, "/record");
  g_assert_cmpstr (fixture->origin->method, ==, "GET");
  g_assert_cmpuint (g_bytes_get_size (fixture->origin->body), ==, 0);

  temporary = send_full (fixture->client, "POST", "/temporary", NULL, body, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fixture->origin->path, ==, "/record");
  g_assert_cmpstr (fixture->origin->method, ==, "POST");
  g_assert_cmpmem (g_bytes_get_data (fixture->origin->body, NULL), g_bytes_get_size (fixture->origin->body),
                   expected, strlen (expected));
}

static void
test_created (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(JsonNode) body = json_from_string ("{}", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(TicketsResponse) created = send_full (fixture->client, "POST", "/created", NULL, body, NULL, &error);
  g_autoptr(TicketsResponse) no_content = NULL;
  g_autoptr(GBytes) no_json = NULL;
  g_autofree char *location = test_server_uri (fixture->origin, "/things/42");

  g_assert_no_error (error);
  g_assert_cmpuint (tickets_response_get_status (created), ==, 201);
  g_assert_cmpstr (tickets_response_get_header (created, "location"), ==, "/things/42");
  g_assert_cmpstr (tickets_response_get_location (created), ==, location);
  g_assert_cmpstr (soup_message_headers_get_content_type (tickets_response_get_headers (created), NULL), ==,
                   "application/hal+json");

  /* The older personalization answer: 204, no body. */
  no_content = send (fixture->client, "POST", "/no-content", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tickets_response_get_status (no_content), ==, 204);
  g_assert_nonnull (tickets_response_get_body (no_content));
  g_assert_cmpuint (g_bytes_get_size (tickets_response_get_body (no_content)), ==, 0);

  no_json = get_json (fixture->client, "/no-content", NULL, &error);
  g_assert_null (no_json);
  g_assert_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_INVALID_RESPONSE);
  g_assert_cmpstr (error->message, ==, "The server sent an empty answer.");
}

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
      body = get_json (fixture->client, cases[i].path, NULL, &error);
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
  response = send (fixture->client, "GET", "http://192.0.2.1/tickets", &error);
  g_assert_null (response);
  g_assert_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_INSECURE);

  redirected = send (fixture->client, "GET", "/redirect-insecure", &redirect_error);
  g_assert_null (redirected);
  g_assert_error (redirect_error, TICKETS_API_ERROR, TICKETS_API_ERROR_INSECURE);
  g_assert_cmpuint (fixture->origin->n_requests, ==, 1);

  invalid = send (fixture->client, "GET", "mailto:someone@example.com", &invalid_error);
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
      g_autoptr(GBytes) body = get_json (fixture->client, "/deprecated", NULL, &error);

      g_assert_no_error (error);
      g_assert_nonnull (body);
    }
  {
    g_autoptr(GBytes) body = get_json (fixture->client, "/deprecated-too", NULL, &error);

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
    g_autoptr(GBytes) body = get_json (fixture->client, "/odd-warning", NULL, &error);

    g_assert_no_error (error);
  }
  g_assert_cmpuint (logged->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (logged, 0), ==, "Deprecation warning from the server at /odd-warning: no quotes at all");
  g_assert_cmpstr (g_ptr_array_index (logged, 1), ==, "Deprecation warning from the server at /odd-warning: 5");

  /* Errors are not read for warnings. */
  g_ptr_array_set_size (logged, 0);
  {
    g_autoptr(GBytes) body = get_json (fixture->client, "/error-with-deprecation", NULL, &not_found);

    g_assert_error (not_found, TICKETS_API_ERROR, TICKETS_API_ERROR_NOT_FOUND);
  }
  g_assert_cmpuint (logged->len, ==, 0);

  /* Once per client. */
  second = tickets_client_new (fixture->origin->base, &error);
  g_assert_no_error (error);
  {
    g_autoptr(GBytes) body = get_json (second, "/deprecated-too", NULL, &error);

    g_assert_no_error (error);
  }
  g_assert_cmpuint (logged->len, ==, G_N_ELEMENTS (expected));
  g_assert_cmpstr (g_ptr_array_index (logged, 0), ==, "Deprecation warning from the server at /deprecated-too: Deprecation: @1688169599");
  g_assert_finalize_object (second);
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
  response = send (fixture->client, "GET", "/pause", &error);
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
  early = send_full (fixture->client, "GET", "/record", NULL, NULL, cancelled, &early_error);
  g_assert_null (early);
  g_assert_error (early_error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (fixture->origin->n_requests, ==, 1);
}


/* Retries */

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
  TicketsClient *client = new_sandbox_client (auth);

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
  body = get_json (client, "/events/" TICKETS_TEST_EV_OPEN, NULL, &error);
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
      body = get_json (client, "/events/" TICKETS_TEST_EV_OPEN, NULL, &error);
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
  body = get_json (client, "/events/" TICKETS_TEST_EV_OPEN, NULL, &error);
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

  first = get_json (client, "/orders/" TICKETS_TEST_OR_DEMO, wrong, &unauthorized);
  g_assert_error (unauthorized, TICKETS_API_ERROR, TICKETS_API_ERROR_UNAUTHORIZED);
  second = get_json (client, "/orders/00000000000000000000000000000000", right, &not_found);
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
      response = send_full (client, "POST", "/consumers", NULL, body, NULL, &error);
      g_assert_null (response);
      g_assert_true (tickets_api_error_is_transient (error));
      g_assert_cmpuint (tickets_test_sandbox_count (sandbox, "POST", "/consumers"), ==, 1);

      tickets_test_sandbox_fail_next (sandbox, 1, faults[i], 0);
      deleted = send_full (client, "DELETE", "/personalization-requests/" TICKETS_TEST_RQ_PENDING, NULL, NULL, NULL,
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
  body = get_json (client, "/events/" TICKETS_TEST_EV_OPEN, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (retries.n_retrying, ==, 1);
  g_assert_cmpuint (g_array_index (retries.delays, guint, 0), ==, 1000);
  g_assert_cmpuint (tickets_test_sandbox_count (sandbox, "GET", "/events/" TICKETS_TEST_EV_OPEN), ==, 2);

  /* An hour is not waited for on a loading page: the 503 is the answer. */
  tickets_test_sandbox_fail_next (sandbox, 1, TICKETS_SANDBOX_FAULT_UNAVAILABLE, 3600);
  refused = get_json (client, "/events/" TICKETS_TEST_EV_FUTURE, NULL, &too_long);
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

/* E-tickets */

static GBytes *
get_pdf (TicketsClient  *client,
         const char     *uri,
         TicketsAuth    *auth,
         GError        **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  tickets_client_get_pdf_async (client, uri, auth, NULL, tickets_test_on_done, &result);
  tickets_test_wait_result (&result);

  return tickets_client_get_pdf_finish (client, result, error);
}

/* The NONE order's ticket needs no name: its e-ticket is there. */
static char *
dup_eticket_uri (void)
{
  g_autoptr(TicketsTestResponse) response = NULL;
  JsonObject *ticket = tickets_test_get_ticket (sandbox, TICKETS_TEST_TK_NONE, TICKETS_TEST_AUTH_ORDER_NONE, &response);

  return g_strdup (tickets_test_assert_link (ticket, "shop:eticket"));
}

static void
test_pdf_with_auth (void)
{
  g_autofree char *uri = dup_eticket_uri ();
  g_autoptr(GUri) parsed = g_uri_parse (uri, G_URI_FLAGS_ENCODED, NULL);
  TicketsClient *client = new_sandbox_client (TICKETS_TEST_AUTH_ORDER_NONE);
  g_autoptr(GPtrArray) received = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GBytes) refused = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TicketsAuth) none = tickets_auth_new_none ();
  TicketsSandboxReceived *request;
  const char *data;
  gsize size;

  tickets_test_sandbox_record (sandbox);
  pdf = get_pdf (client, uri, NULL, &error);
  g_assert_no_error (error);
  data = g_bytes_get_data (pdf, &size);
  g_assert_cmpuint (size, >, 5);
  g_assert_cmpmem (data, 5, "%PDF-", 5);

  /* It went out with the order token, as every API call on that order does. */
  received = tickets_test_sandbox_dup_received (sandbox, "GET", g_uri_get_path (parsed));
  g_assert_cmpuint (received->len, ==, 1);
  request = g_ptr_array_index (received, 0);
  g_assert_cmpstr (request->token_header, ==, "Order-Token: none-order-token");
  g_assert_null (request->authorization);

  /* Without it the sandbox refuses, and says so. */
  refused = get_pdf (client, uri, none, &error);
  g_assert_null (refused);
  g_assert_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_UNAUTHORIZED);

  g_assert_finalize_object (client);
}

static void
test_pdf_refuses_other_content (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GBytes) json = NULL;
  g_autoptr(GBytes) page = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) page_error = NULL;

  json = get_pdf (fixture->client, "/record", NULL, &error);
  g_assert_null (json);
  g_assert_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_INVALID_RESPONSE);
  g_assert_cmpstr (error->message, ==, "The server sent something other than a PDF.");
  g_assert_cmpstr (test_server_header (fixture->origin, "Accept"), ==, "application/pdf");

  page = get_pdf (fixture->client, "/html-200", NULL, &page_error);
  g_assert_null (page);
  g_assert_error (page_error, TICKETS_API_ERROR, TICKETS_API_ERROR_INVALID_RESPONSE);
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
  response = send (client, "GET", "/", &error);
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
  response = send (client, "GET", "/events", &error);
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
  response = send (client, "GET", "/record", &error);
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
  int result;

  g_test_init (&argc, &argv, NULL);
  logged = tickets_test_capture_messages ("Tickets-API");

  g_test_add_func ("/api/client/new-checks-uri", test_new_checks_uri);
  g_test_add_func ("/api/client/properties", test_properties);
  g_test_add_func ("/api/client/auth-boxed", test_auth_boxed);

  g_test_add_func ("/api/client/sandbox/auth-accepted", test_sandbox_auth_accepted);
  g_test_add_func ("/api/client/sandbox/auth-refused", test_sandbox_auth_refused);
  g_test_add_func ("/api/client/sandbox/forbidden", test_sandbox_forbidden);
  g_test_add_func ("/api/client/sandbox/not-found-and-not-allowed", test_sandbox_not_found_and_not_allowed);
  g_test_add_func ("/api/client/sandbox/details", test_sandbox_details);
  g_test_add_func ("/api/client/sandbox/post-json", test_sandbox_post_json);

#define ADD(path, func) g_test_add ("/api/client/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("headers", test_headers);
  ADD ("token-headers", test_token_headers);
  ADD ("auth-stays-at-origin", test_auth_stays_at_origin);
  ADD ("post-body", test_post_body);
  ADD ("created", test_created);
  ADD ("odd-answers", test_odd_answers);
  ADD ("insecure-links", test_insecure_links);
  ADD ("deprecation", test_deprecation);
  ADD ("timeout", test_timeout);
  ADD ("cancel", test_cancel);
  ADD ("pdf-refuses-other-content", test_pdf_refuses_other_content);
#undef ADD

  g_test_add_func ("/api/client/retry/dropped", test_retry_dropped);
  g_test_add_func ("/api/client/retry/server-errors", test_retry_server_errors);
  g_test_add_func ("/api/client/retry/gives-up", test_retry_gives_up);
  g_test_add_func ("/api/client/retry/never-4xx", test_retry_never_4xx);
  g_test_add_func ("/api/client/retry/never-post", test_retry_never_post);
  g_test_add_func ("/api/client/retry/retry-after", test_retry_after);
  g_test_add_func ("/api/client/retry/cancel", test_retry_cancel);
  g_test_add_func ("/api/client/is-transient", test_is_transient);
  g_test_add_func ("/api/client/sandbox/pdf-with-auth", test_pdf_with_auth);

  g_test_add_func ("/api/client/connection-refused", test_connection_refused);
  g_test_add_func ("/api/client/unknown-host", test_unknown_host);
  g_test_add_func ("/api/client/untrusted-certificate", test_untrusted_certificate);

  result = tickets_test_run_with_sandbox (&sandbox);

  return result;
}
