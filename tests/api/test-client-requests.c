/* test-client-requests.c: what reaches the server from TicketsClient, over
 * real HTTP on loopback to two servers of the test's own: the headers and
 * the auth, which stays at its origin through links and redirects, the
 * body of a POST, and what a 201 or a 204 gives back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "client-test-utils.h"

static void
test_headers (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(TicketsAuth) basic = tickets_auth_new_basic ("boxoffice", "boxoffice-demo");
  g_autoptr(GError) error = NULL;
  g_autoptr(TicketsResponse) response = NULL;
  g_autofree char *uri = test_server_uri (fixture->origin, "/record");

  tickets_client_set_auth (fixture->client, basic);
  response = client_test_send (fixture->client, "GET", "/record", &error);
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
  response = client_test_send (fixture->client, "GET", uri, &error);
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

      with_auth = client_test_send_full (fixture->client, "GET", "/record", auth, NULL, NULL, &error);
      g_assert_no_error (error);
      for (guint j = 0; j < G_N_ELEMENTS (all_headers); j++)
        g_assert_cmpstr (test_server_header (fixture->origin, all_headers[j]), ==,
                         g_str_equal (all_headers[j], cases[i].header) ? cases[i].value : NULL);

      /* An explicit "none" wins over the client's auth. */
      tickets_client_set_auth (fixture->client, auth);
      without_auth = client_test_send_full (fixture->client, "GET", "/record", none, NULL, NULL, &error);
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
  direct = client_test_send (fixture->client, "GET", other, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->other->n_requests, ==, 1);
  g_assert_null (test_server_header (fixture->other, "Order-Token"));
  g_assert_cmpstr (test_server_header (fixture->other, "Accept"), ==, "application/hal+json, application/json");

  explicit = client_test_send_full (fixture->client, "GET", other, basic, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->other->n_requests, ==, 2);
  g_assert_null (test_server_header (fixture->other, "Authorization"));

  /* A redirect to another origin. */
  redirected = client_test_send (fixture->client, "GET", "/redirect-elsewhere", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->origin->n_requests, ==, 1);
  g_assert_cmpstr (test_server_header (fixture->origin, "Order-Token"), ==, "demo-order-token");
  g_assert_cmpuint (fixture->other->n_requests, ==, 3);
  g_assert_null (test_server_header (fixture->other, "Order-Token"));
  g_assert_cmpstr (tickets_response_get_uri (redirected), ==, other);

  /* A redirect within the origin keeps it. */
  same = client_test_send (fixture->client, "GET", "/redirect-same", &error);
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
  g_autoptr(TicketsResponse) posted = client_test_send_full (fixture->client, "POST", "/record", NULL, body, NULL, &error);
  g_autoptr(TicketsResponse) see_other = NULL;
  g_autoptr(TicketsResponse) temporary = NULL;
  const char *expected = "{\"consumers\":[{\"first_name\":\"Zoë\",\"gender\":2}]}";

  g_assert_no_error (error);
  g_assert_cmpstr (fixture->origin->method, ==, "POST");
  g_assert_cmpstr (test_server_header (fixture->origin, "Content-Type"), ==, "application/json");
  g_assert_cmpmem (g_bytes_get_data (fixture->origin->body, NULL), g_bytes_get_size (fixture->origin->body),
                   expected, strlen (expected));

  /* A 303 makes it a GET without a body; a 307 keeps both. */
  see_other = client_test_send_full (fixture->client, "POST", "/see-other", NULL, body, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fixture->origin->path, ==, "/record");
  g_assert_cmpstr (fixture->origin->method, ==, "GET");
  g_assert_cmpuint (g_bytes_get_size (fixture->origin->body), ==, 0);

  temporary = client_test_send_full (fixture->client, "POST", "/temporary", NULL, body, NULL, &error);
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
  g_autoptr(TicketsResponse) created = client_test_send_full (fixture->client, "POST", "/created", NULL, body, NULL, &error);
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
  no_content = client_test_send (fixture->client, "POST", "/no-content", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tickets_response_get_status (no_content), ==, 204);
  g_assert_nonnull (tickets_response_get_body (no_content));
  g_assert_cmpuint (g_bytes_get_size (tickets_response_get_body (no_content)), ==, 0);

  no_json = client_test_get_json (fixture->client, "/no-content", NULL, &error);
  g_assert_null (no_json);
  g_assert_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_INVALID_RESPONSE);
  g_assert_cmpstr (error->message, ==, "The server sent an empty answer.");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD_TEST ("headers", test_headers);
  ADD_TEST ("token-headers", test_token_headers);
  ADD_TEST ("auth-stays-at-origin", test_auth_stays_at_origin);
  ADD_TEST ("post-body", test_post_body);
  ADD_TEST ("created", test_created);

  return g_test_run ();
}
