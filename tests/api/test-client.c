/* test-client.c: TicketsClient on its own and against the sandbox over real
 * HTTP on loopback: the base it accepts, its properties, each auth mode
 * accepted and refused, and the errors the sandbox answers with
 *
 * What reaches a server is in test-client-requests.c, odd answers and
 * failed connections in test-client-answers.c, retries in
 * test-client-retry.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "client-test-utils.h"

static TicketsTestSandbox *sandbox;

/* Helpers */

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

static void
assert_logref (const GError *error)
{
  const char *logref = tickets_api_error_get_logref (error);

  g_assert_nonnull (logref);
  g_assert_cmpuint (strlen (logref), ==, 32);
  for (const char *p = logref; *p != '\0'; p++)
    g_assert_true (g_ascii_isxdigit (*p));
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
      TicketsClient *client = client_test_new_sandbox_client (sandbox, modes[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) body = NULL;
      g_autoptr(JsonParser) parser = NULL;
      g_autofree char *self_href = NULL;
      JsonObject *root;

      g_test_message ("auth %s", modes[i]);
      body = client_test_get_json (client, "/", NULL, &error);
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
      TicketsClient *client = client_test_new_sandbox_client (sandbox, modes[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) body = NULL;

      g_test_message ("auth %s", modes[i]);
      body = client_test_get_json (client, "/", NULL, &error);
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
    TicketsClient *client = client_test_new_sandbox_client (sandbox, NULL);
    g_autoptr(GError) error = NULL;
    g_autoptr(GBytes) body = client_test_get_json (client, "/", NULL, &error);

    g_assert_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_UNAUTHORIZED);
    g_assert_cmpstr (error->message, ==, "This resource needs authentication.");
    g_assert_finalize_object (client);
  }
}

static void
test_sandbox_forbidden (void)
{
  TicketsClient *client = client_test_new_sandbox_client (sandbox, TICKETS_TEST_AUTH_DEFAULT);
  g_autofree char *event = tickets_test_uri (sandbox, "events", TICKETS_TEST_EV_OPEN);
  g_autofree char *escaped = g_uri_escape_string (event, NULL, FALSE);
  g_autofree char *path = g_strdup_printf ("/tickets?code=%s&event=%s", TICKETS_TEST_CODE_DEMO_1, escaped);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) allowed_error = NULL;
  g_autoptr(TicketsAuth) boxoffice = client_test_auth_from_notation (TICKETS_TEST_AUTH_BOXOFFICE);
  g_autoptr(GBytes) refused = client_test_get_json (client, path, NULL, &error);
  g_autoptr(GBytes) allowed = client_test_get_json (client, path, boxoffice, &allowed_error);

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
  TicketsClient *client = client_test_new_sandbox_client (sandbox, TICKETS_TEST_AUTH_BOXOFFICE);
  g_autoptr(GError) not_found = NULL;
  g_autoptr(GError) not_allowed = NULL;
  g_autoptr(JsonNode) body = json_from_string ("{}", NULL);
  g_autoptr(TicketsResponse) missing = client_test_send (client, "GET", "/no-such-thing", &not_found);
  g_autoptr(TicketsResponse) put = client_test_send_full (client, "PUT", "/", NULL, body, NULL, &not_allowed);

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
  TicketsClient *client = client_test_new_sandbox_client (sandbox, TICKETS_TEST_AUTH_ORDER_DEMO);
  g_autofree char *order = tickets_test_uri (sandbox, "orders", TICKETS_TEST_OR_DEMO);
  g_autofree char *ticket = tickets_test_uri (sandbox, "tickets", TICKETS_TEST_TK_DEMO_2);
  g_autofree char *text = g_strdup_printf ("{\"email\": \"not-an-address\", \"order\": \"%s\", \"tickets\": [\"%s\"]}",
                                           order, ticket);
  g_autoptr(JsonNode) body = json_from_string (text, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(TicketsResponse) response = client_test_send_full (client, "POST", "/personalization-requests", NULL, body, NULL, &error);
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
  TicketsClient *client = client_test_new_sandbox_client (sandbox, TICKETS_TEST_AUTH_ORDER_DEMO);
  g_autofree char *order = tickets_test_uri (sandbox, "orders", TICKETS_TEST_OR_DEMO);
  g_autofree char *ticket = tickets_test_uri (sandbox, "tickets", TICKETS_TEST_TK_DEMO_2);
  g_autofree char *text = g_strdup_printf ("{\"email\": \"friend@example.com\", \"order\": \"%s\", \"tickets\": [\"%s\"]}",
                                           order, ticket);
  g_autoptr(JsonNode) body = json_from_string (text, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(TicketsResponse) response = client_test_send_full (client, "POST", "/personalization-requests", NULL, body, NULL, &error);
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

/* E-tickets */

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
  TicketsClient *client = client_test_new_sandbox_client (sandbox, TICKETS_TEST_AUTH_ORDER_NONE);
  g_autoptr(GPtrArray) received = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GBytes) refused = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TicketsAuth) none = tickets_auth_new_none ();
  TicketsSandboxReceived *request;
  const char *data;
  gsize size;

  tickets_test_sandbox_record (sandbox);
  pdf = client_test_get_pdf (client, uri, NULL, &error);
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
  refused = client_test_get_pdf (client, uri, none, &error);
  g_assert_null (refused);
  g_assert_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_UNAUTHORIZED);

  g_assert_finalize_object (client);
}

int
main (int   argc,
      char *argv[])
{
  int result;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/api/client/new-checks-uri", test_new_checks_uri);
  g_test_add_func ("/api/client/properties", test_properties);
  g_test_add_func ("/api/client/auth-boxed", test_auth_boxed);

  g_test_add_func ("/api/client/sandbox/auth-accepted", test_sandbox_auth_accepted);
  g_test_add_func ("/api/client/sandbox/auth-refused", test_sandbox_auth_refused);
  g_test_add_func ("/api/client/sandbox/forbidden", test_sandbox_forbidden);
  g_test_add_func ("/api/client/sandbox/not-found-and-not-allowed", test_sandbox_not_found_and_not_allowed);
  g_test_add_func ("/api/client/sandbox/details", test_sandbox_details);
  g_test_add_func ("/api/client/sandbox/post-json", test_sandbox_post_json);
  g_test_add_func ("/api/client/sandbox/pdf-with-auth", test_pdf_with_auth);

  result = tickets_test_run_with_sandbox (&sandbox);

  return result;
}
