/* test-sandbox-personalization-requests.c: asking a friend to personalize
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tickets-test-sandbox.h"

#define TOKEN_HEADER    "X-Sandbox-Personalization-Request-Token"

static TicketsTestSandbox *sandbox;

static char *
create_body (TicketsTestSandbox  *sb,
             const char          *email,
             const char          *order,
             const char * const  *tickets)
{
  g_autofree char *order_href = tickets_test_uri (sb, "orders", order);
  g_autofree char *list = tickets_test_ticket_list (sb, tickets);

  return g_strdup_printf ("{\"email\": \"%s\", \"order\": \"%s\", \"tickets\": %s}", email, order_href, list);
}

static gboolean
array_has (JsonArray  *array,
           const char *text)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      const char *value = JSON_NODE_HOLDS_OBJECT (node) ?
                          json_object_get_string_member (json_node_get_object (node), "href") :
                          json_node_get_string (node);

      if (g_strcmp0 (value, text) == 0)
        return TRUE;
    }

  return FALSE;
}

/* The representation of a new request for these tickets (with their products). */
static void
assert_request (TicketsTestSandbox  *sb,
                JsonObject          *object,
                const char          *email,
                const char          *state,
                const char          *order,
                const char * const  *tickets,
                const char * const  *products)
{
  g_autofree char *order_href = tickets_test_uri (sb, "orders", order);
  JsonArray *ticket_refs = json_object_get_array_member (object, "tickets");
  JsonArray *product_refs = json_object_get_array_member (object, "products");
  JsonArray *ticket_links = json_object_get_array_member (tickets_test_get_links (object), "shop:ticket");
  JsonArray *embedded = tickets_test_embedded_list (object, "shop:ticket");
  g_autoptr(GDateTime) created = NULL;
  guint n_tickets = g_strv_length ((char **) tickets);
  guint n_products = g_strv_length ((char **) products);

  tickets_test_assert_hal (object, "personalization-requests");
  g_assert_cmpuint (strlen (json_object_get_string_member (object, "uid")), ==, 32);
  g_assert_true (g_str_has_suffix (tickets_test_assert_link (object, "self"), json_object_get_string_member (object, "uid")));
  g_assert_cmpstr (json_object_get_string_member (object, "email"), ==, email);
  g_assert_cmpstr (json_object_get_string_member (object, "state"), ==, state);
  created = g_date_time_new_from_iso8601 (json_object_get_string_member (object, "created_at"), NULL);
  g_assert_nonnull (created);
  g_assert_cmpstr (tickets_test_assert_link (object, "shop:order"), ==, order_href);

  g_assert_nonnull (ticket_refs);
  g_assert_nonnull (product_refs);
  g_assert_nonnull (ticket_links);
  g_assert_nonnull (embedded);
  g_assert_cmpuint (json_array_get_length (ticket_refs), ==, n_tickets);
  g_assert_cmpuint (json_array_get_length (ticket_links), ==, n_tickets);
  g_assert_cmpuint (json_array_get_length (embedded), ==, n_tickets);
  for (guint i = 0; i < n_tickets; i++)
    {
      g_autofree char *href = tickets_test_uri (sb, "tickets", tickets[i]);

      g_assert_cmpstr (json_array_get_string_element (ticket_refs, i), ==, href);
      g_assert_true (array_has (ticket_links, href));
      g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (embedded, i), "uid"), ==, tickets[i]);
    }

  g_assert_cmpuint (json_array_get_length (product_refs), ==, n_products);
  for (guint i = 0; i < n_products; i++)
    {
      g_autofree char *href = tickets_test_uri (sb, "products", products[i]);

      g_assert_true (array_has (product_refs, href));
    }
}

static char *
personalize_body (TicketsTestSandbox *sb,
                  const char         *request_self,
                  const char         *ticket,
                  const char         *first_name,
                  const char         *email)
{
  g_autofree char *ticket_href = tickets_test_uri (sb, "tickets", ticket);

  return g_strdup_printf ("{\"personalization_request\": \"%s\", \"tickets\": [\"%s\"], "
                          "\"consumer\": {\"gender\": 9, \"first_name\": \"%s\", \"last_name\": \"Bos\", "
                          "\"date_of_birth\": \"2001-03-14\", \"email\": \"%s\"}, "
                          "\"opt_in\": {\"opt_in\": true, \"opt_in_2\": false}}",
                          request_self, ticket_href, first_name, email);
}

/* Requests the given tickets with auth; returns the friend's token. */
static char *
create_request (TicketsTestSandbox   *sb,
                const char           *auth,
                const char           *email,
                const char * const   *tickets,
                TicketsTestResponse **keep)
{
  g_autofree char *body = create_body (sb, email, TICKETS_TEST_OR_DEMO, tickets);
  const char *token;

  *keep = tickets_test_request (sb, "POST", "/personalization-requests", auth, body);
  g_assert_cmpuint ((*keep)->status, ==, 201);
  g_assert_cmpstr (soup_message_headers_get_content_type ((*keep)->headers, NULL), ==, "application/hal+json");
  token = soup_message_headers_get_one ((*keep)->headers, TOKEN_HEADER);
  g_assert_nonnull (token);
  g_assert_cmpstr (token, !=, "");

  return g_strconcat ("request:", token, NULL);
}

static void
test_create_with_order_token (void)
{
  TicketsTestSandbox *sb = tickets_test_sandbox_start ();
  static const char *tickets[] = { TICKETS_TEST_TK_DEMO_SEATED, TICKETS_TEST_TK_DEMO_2, NULL };
  static const char *products[] = { TICKETS_TEST_PR_GRANDSTAND, TICKETS_TEST_PR_WEEKEND, NULL };
  g_autoptr(TicketsTestResponse) created = NULL;
  g_autoptr(TicketsTestResponse) read = NULL;
  g_autoptr(TicketsTestResponse) read_by_order = NULL;
  g_autoptr(TicketsTestResponse) seated_response = NULL;
  g_autoptr(TicketsTestResponse) outside = NULL;
  g_autoptr(TicketsTestResponse) personalized = NULL;
  g_autoptr(TicketsTestResponse) after_response = NULL;
  g_autoptr(TicketsTestResponse) state = NULL;
  g_autofree char *auth = create_request (sb, TICKETS_TEST_AUTH_ORDER_DEMO, "friend.two@example.org", tickets, &created);
  g_autofree char *self = g_strdup (tickets_test_assert_link (tickets_test_response_object (created), "self"));
  g_autofree char *body = personalize_body (sb, self, TICKETS_TEST_TK_DEMO_SEATED, "Lieke", "lieke.bos@example.org");
  JsonObject *seated;
  JsonObject *seating;
  JsonObject *after;

  assert_request (sb, tickets_test_response_object (created), "friend.two@example.org", "pending", TICKETS_TEST_OR_DEMO, tickets, products);

  /* The friend's token reads the request... */
  read = tickets_test_request (sb, "GET", self, auth, NULL);
  g_assert_cmpuint (read->status, ==, 200);
  assert_request (sb, tickets_test_response_object (read), "friend.two@example.org", "pending", TICKETS_TEST_OR_DEMO, tickets, products);
  g_assert_cmpstr (tickets_test_assert_link (tickets_test_response_object (read), "self"), ==, self);

  /* ...and so does the order's owner. */
  read_by_order = tickets_test_request (sb, "GET", self, TICKETS_TEST_AUTH_COGNITO, NULL);
  g_assert_cmpuint (read_by_order->status, ==, 200);

  /* It reads the tickets of the request, and only those. */
  seated = tickets_test_get_ticket (sb, TICKETS_TEST_TK_DEMO_SEATED, auth, &seated_response);
  seating = json_object_get_object_member (seated, "seating");
  g_assert_cmpstr (json_object_get_string_member (seating, "row"), ==, "F");
  g_assert_cmpstr (json_object_get_string_member (seating, "seat"), ==, "12");
  g_assert_true (array_has (json_object_get_array_member (tickets_test_get_links (seated), "shop:personalization_request"), self));
  outside = tickets_test_request (sb, "GET", "/tickets/" TICKETS_TEST_TK_DEMO_1, auth, NULL);
  tickets_test_assert_error (outside, 403, "FORBIDDEN");

  /* It personalizes through the request. */
  personalized = tickets_test_request (sb, "POST", "/personalization", auth, body);
  g_assert_cmpuint (personalized->status, ==, 201);
  after = tickets_test_get_ticket (sb, TICKETS_TEST_TK_DEMO_SEATED, TICKETS_TEST_AUTH_ORDER_DEMO, &after_response);
  g_assert_true (json_object_get_boolean_member (after, "personalized"));
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (after, "consumer"), "first_name"), ==, "Lieke");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (after, "consumer"), "email"), ==,
                   "lieke.bos@example.org");
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (after, "consumer"), "gender"), ==, 9);

  /* One ticket of two: still pending. */
  state = tickets_test_request (sb, "GET", self, auth, NULL);
  g_assert_cmpstr (json_object_get_string_member (tickets_test_response_object (state), "state"), ==, "pending");
  tickets_test_assert_not_personalized (sb, TICKETS_TEST_TK_DEMO_2);

  tickets_test_sandbox_stop (sb);
}

static void
test_create_with_cognito_token (void)
{
  TicketsTestSandbox *sb = tickets_test_sandbox_start ();
  static const char *tickets[] = { TICKETS_TEST_TK_DEMO_1, NULL };
  static const char *products[] = { TICKETS_TEST_PR_WEEKEND, NULL };
  g_autoptr(TicketsTestResponse) created = NULL;
  g_autoptr(TicketsTestResponse) read = NULL;
  g_autoptr(TicketsTestResponse) ticket_response = NULL;
  g_autoptr(TicketsTestResponse) personalized = NULL;
  g_autoptr(TicketsTestResponse) done = NULL;
  g_autofree char *auth = create_request (sb, TICKETS_TEST_AUTH_COGNITO, "cognito.friend@example.org", tickets, &created);
  g_autofree char *self = g_strdup (tickets_test_assert_link (tickets_test_response_object (created), "self"));
  g_autofree char *body = personalize_body (sb, self, TICKETS_TEST_TK_DEMO_1, "Daan", "daan.bos@example.org");
  JsonObject *ticket;

  assert_request (sb, tickets_test_response_object (created), "cognito.friend@example.org", "pending", TICKETS_TEST_OR_DEMO,
                  tickets, products);

  read = tickets_test_request (sb, "GET", self, auth, NULL);
  g_assert_cmpuint (read->status, ==, 200);
  ticket = tickets_test_get_ticket (sb, TICKETS_TEST_TK_DEMO_1, auth, &ticket_response);
  g_assert_cmpstr (json_object_get_string_member (ticket, "code"), ==, TICKETS_TEST_CODE_DEMO_1);

  personalized = tickets_test_request (sb, "POST", "/personalization", auth, body);
  g_assert_cmpuint (personalized->status, ==, 201);

  /* Its only ticket is personalized: the request is completed. */
  done = tickets_test_request (sb, "GET", self, TICKETS_TEST_AUTH_ORDER_DEMO, NULL);
  g_assert_cmpuint (done->status, ==, 200);
  g_assert_cmpstr (json_object_get_string_member (tickets_test_response_object (done), "state"), ==, "completed");

  tickets_test_sandbox_stop (sb);
}

static void
test_create_refused (void)
{
  static const char *demo[] = { TICKETS_TEST_TK_DEMO_1, NULL };
  static const char *anna[] = { TICKETS_TEST_TK_DEMO_ANNA, NULL };
  static const char *foreign[] = { TICKETS_TEST_TK_FULL_FREE, NULL };
  static const char *closed[] = { TICKETS_TEST_TK_CLOSED, NULL };
  static const char *duplicate[] = { TICKETS_TEST_TK_DEMO_1, TICKETS_TEST_TK_DEMO_1, NULL };
  g_autofree char *unknown_ticket = tickets_test_uri (sandbox, "tickets", "0123456789abcdef0123456789abcdef");
  const char *unknown[] = { unknown_ticket, NULL };
  static const char *bad_emails[] = { "not-an-email", "", "friend@", "two@at@example.org" };

  for (guint i = 0; i < G_N_ELEMENTS (bad_emails); i++)
    {
      g_autofree char *body = create_body (sandbox, bad_emails[i], TICKETS_TEST_OR_DEMO, demo);
      g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "POST", "/personalization-requests",
                                                                      TICKETS_TEST_AUTH_ORDER_DEMO, body);
      JsonObject *details;

      g_test_message ("email “%s”", bad_emails[i]);
      tickets_test_assert_error (response, 400, "BAD_REQUEST");
      details = json_object_get_object_member (tickets_test_response_object (response), "details");
      g_assert_nonnull (details);
      g_assert_cmpuint (json_array_get_length (json_object_get_array_member (details, "email")), >=, 1);
    }

  {
    g_autofree char *no_email = g_strdup_printf ("{\"order\": \"%s/orders/" TICKETS_TEST_OR_DEMO "\", "
                                                 "\"tickets\": [\"%s/tickets/" TICKETS_TEST_TK_DEMO_1 "\"]}",
                                                 tickets_test_sandbox_get_base (sandbox), tickets_test_sandbox_get_base (sandbox));
    g_autofree char *anna_body = create_body (sandbox, "friend@example.org", TICKETS_TEST_OR_DEMO, anna);
    g_autofree char *foreign_body = create_body (sandbox, "friend@example.org", TICKETS_TEST_OR_DEMO, foreign);
    g_autofree char *unknown_body = create_body (sandbox, "friend@example.org", TICKETS_TEST_OR_DEMO, unknown);
    g_autofree char *closed_body = create_body (sandbox, "friend@example.org", TICKETS_TEST_OR_CLOSED, closed);
    g_autofree char *duplicate_body = create_body (sandbox, "friend@example.org", TICKETS_TEST_OR_DEMO, duplicate);
    g_autofree char *unknown_order = create_body (sandbox, "friend@example.org", "0123456789abcdef0123456789abcdef", demo);
    g_autoptr(TicketsTestResponse) no_email_response = tickets_test_request (sandbox, "POST", "/personalization-requests",
                                                                             TICKETS_TEST_AUTH_ORDER_DEMO, no_email);
    g_autoptr(TicketsTestResponse) anna_response = tickets_test_request (sandbox, "POST", "/personalization-requests",
                                                                         TICKETS_TEST_AUTH_ORDER_DEMO, anna_body);
    g_autoptr(TicketsTestResponse) foreign_response = tickets_test_request (sandbox, "POST", "/personalization-requests",
                                                                            TICKETS_TEST_AUTH_ORDER_DEMO, foreign_body);
    g_autoptr(TicketsTestResponse) unknown_response = tickets_test_request (sandbox, "POST", "/personalization-requests",
                                                                            TICKETS_TEST_AUTH_ORDER_DEMO, unknown_body);
    g_autoptr(TicketsTestResponse) closed_response = tickets_test_request (sandbox, "POST", "/personalization-requests",
                                                                           TICKETS_TEST_AUTH_ORDER_CLOSED, closed_body);
    g_autoptr(TicketsTestResponse) duplicate_response = tickets_test_request (sandbox, "POST", "/personalization-requests",
                                                                              TICKETS_TEST_AUTH_ORDER_DEMO, duplicate_body);
    g_autoptr(TicketsTestResponse) unknown_order_response = tickets_test_request (sandbox, "POST", "/personalization-requests",
                                                                                  TICKETS_TEST_AUTH_ORDER_DEMO, unknown_order);
    g_autoptr(TicketsTestResponse) malformed = tickets_test_request (sandbox, "POST", "/personalization-requests",
                                                                     TICKETS_TEST_AUTH_ORDER_DEMO, "{\"email\": ");
    g_autoptr(TicketsTestResponse) array = tickets_test_request (sandbox, "POST", "/personalization-requests", TICKETS_TEST_AUTH_ORDER_DEMO, "[]");

    tickets_test_assert_error (no_email_response, 400, "BAD_REQUEST");
    g_assert_true (json_object_has_member (json_object_get_object_member (tickets_test_response_object (no_email_response), "details"), "email"));
    /* Anna's ticket has a name already. */
    tickets_test_assert_error (anna_response, 400, "TICKET_ERROR");
    tickets_test_assert_error (foreign_response, 400, "TICKET_NOT_AVAILABLE");
    tickets_test_assert_error (unknown_response, 400, "TICKET_NOT_AVAILABLE");
    tickets_test_assert_error (closed_response, 400, "TICKET_ERROR");
    g_assert_nonnull (strstr (json_object_get_string_member (tickets_test_response_object (closed_response), "message"), "ended"));
    tickets_test_assert_error (duplicate_response, 400, "TICKET_ERROR");
    tickets_test_assert_error (unknown_order_response, 400, "BAD_REQUEST");
    tickets_test_assert_error (malformed, 400, "BAD_REQUEST");
    tickets_test_assert_error (array, 400, "BAD_REQUEST");
  }

  /* None of these made a request: the ticket lists none. */
  {
    g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "GET", "/tickets/" TICKETS_TEST_TK_DEMO_1,
                                                                    TICKETS_TEST_AUTH_ORDER_DEMO, NULL);
    JsonObject *links = tickets_test_get_links (tickets_test_response_object (response));

    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (links, "shop:personalization_request")), ==, 0);
  }
}

static void
test_create_auth_refused (void)
{
  static const char *demo[] = { TICKETS_TEST_TK_DEMO_1, NULL };
  g_autofree char *body = create_body (sandbox, "friend@example.org", TICKETS_TEST_OR_DEMO, demo);
  static const char *forbidden[] = {
    TICKETS_TEST_AUTH_BOXOFFICE, TICKETS_TEST_AUTH_SALES, TICKETS_TEST_AUTH_DEFAULT, TICKETS_TEST_AUTH_ORDER_FULL, TICKETS_TEST_AUTH_BEARER,
    TICKETS_TEST_AUTH_REQUEST,
  };
  static const char *unauthorized[] = { "order:wrong-token", "basic:boxoffice:wrong" };

  for (guint i = 0; i < G_N_ELEMENTS (forbidden); i++)
    {
      g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "POST", "/personalization-requests", forbidden[i], body);

      g_test_message ("auth %s", forbidden[i]);
      tickets_test_assert_error (response, 403, "FORBIDDEN");
      g_assert_null (soup_message_headers_get_one (response->headers, TOKEN_HEADER));
    }

  for (guint i = 0; i < G_N_ELEMENTS (unauthorized); i++)
    {
      g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "POST", "/personalization-requests", unauthorized[i], body);

      g_test_message ("auth %s", unauthorized[i]);
      tickets_test_assert_error (response, 401, "UNAUTHORIZED");
    }

  {
    g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "POST", "/personalization-requests", NULL, body);

    tickets_test_assert_error (response, 401, "UNAUTHORIZED");
    g_assert_nonnull (soup_message_headers_get_one (response->headers, "WWW-Authenticate"));
  }

  /* The Cognito user did not create the FULL order. */
  {
    static const char *full[] = { TICKETS_TEST_TK_FULL_FREE, NULL };
    g_autofree char *full_body = create_body (sandbox, "friend@example.org", TICKETS_TEST_OR_FULL, full);
    g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "POST", "/personalization-requests",
                                                                    TICKETS_TEST_AUTH_COGNITO, full_body);
    g_autoptr(TicketsTestResponse) accepted = tickets_test_request (sandbox, "GET", "/tickets/" TICKETS_TEST_TK_FULL_FREE,
                                                                    TICKETS_TEST_AUTH_ORDER_FULL, NULL);
    JsonObject *links;

    tickets_test_assert_error (response, 403, "FORBIDDEN");
    links = tickets_test_get_links (tickets_test_response_object (accepted));
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (links, "shop:personalization_request")), ==, 0);
  }
}

/* The fixture's pending request, as its friend, the order and others see it. */
static void
test_get (void)
{
  static const char *tickets[] = { TICKETS_TEST_TK_FULL_REQUEST_1, TICKETS_TEST_TK_FULL_REQUEST_2, NULL };
  static const char *products[] = { TICKETS_TEST_PR_WEEKEND, TICKETS_TEST_PR_DAY, NULL };
  static const char *readers[] = { TICKETS_TEST_AUTH_REQUEST, TICKETS_TEST_AUTH_ORDER_FULL };
  static const char *forbidden[] = {
    TICKETS_TEST_AUTH_REQUEST_COMPLETED, TICKETS_TEST_AUTH_ORDER_DEMO, TICKETS_TEST_AUTH_COGNITO, TICKETS_TEST_AUTH_BOXOFFICE,
    TICKETS_TEST_AUTH_BEARER,
  };

  for (guint i = 0; i < G_N_ELEMENTS (readers); i++)
    {
      g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "GET", "/personalization-requests/" TICKETS_TEST_RQ_PENDING,
                                                                      readers[i], NULL);

      g_test_message ("auth %s", readers[i]);
      g_assert_cmpuint (response->status, ==, 200);
      assert_request (sandbox, tickets_test_response_object (response), "friend@example.org", "pending", TICKETS_TEST_OR_FULL,
                      tickets, products);
      g_assert_cmpstr (json_object_get_string_member (tickets_test_response_object (response), "uid"), ==, TICKETS_TEST_RQ_PENDING);
    }

  for (guint i = 0; i < G_N_ELEMENTS (forbidden); i++)
    {
      g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "GET", "/personalization-requests/" TICKETS_TEST_RQ_PENDING,
                                                                      forbidden[i], NULL);

      g_test_message ("auth %s", forbidden[i]);
      tickets_test_assert_error (response, 403, "FORBIDDEN");
    }

  {
    g_autoptr(TicketsTestResponse) other = tickets_test_request (sandbox, "GET", "/personalization-requests/" TICKETS_TEST_RQ_COMPLETED,
                                                                 TICKETS_TEST_AUTH_REQUEST, NULL);
    g_autoptr(TicketsTestResponse) done = tickets_test_request (sandbox, "GET", "/personalization-requests/" TICKETS_TEST_RQ_COMPLETED,
                                                                TICKETS_TEST_AUTH_REQUEST_COMPLETED, NULL);
    g_autoptr(TicketsTestResponse) none = tickets_test_request (sandbox, "GET", "/personalization-requests/" TICKETS_TEST_RQ_PENDING, NULL, NULL);
    g_autoptr(TicketsTestResponse) unknown = tickets_test_request (sandbox, "GET", "/personalization-requests/0123456789abcdef0123456789abcdef",
                                                                   TICKETS_TEST_AUTH_ORDER_FULL, NULL);

    tickets_test_assert_error (other, 403, "FORBIDDEN");
    g_assert_cmpuint (done->status, ==, 200);
    g_assert_cmpstr (json_object_get_string_member (tickets_test_response_object (done), "state"), ==, "completed");
    g_assert_cmpstr (json_object_get_string_member (tickets_test_response_object (done), "email"), ==, "tessa.mulder@example.com");
    tickets_test_assert_error (none, 401, "UNAUTHORIZED");
    tickets_test_assert_error (unknown, 404, "NOT_FOUND");
  }
}

/* A new request's token reads its own request only. */
static void
test_get_with_other_request_token (void)
{
  TicketsTestSandbox *sb = tickets_test_sandbox_start ();
  static const char *first[] = { TICKETS_TEST_TK_DEMO_1, NULL };
  static const char *second[] = { TICKETS_TEST_TK_DEMO_2, NULL };
  g_autoptr(TicketsTestResponse) first_created = NULL;
  g_autoptr(TicketsTestResponse) second_created = NULL;
  g_autofree char *first_auth = create_request (sb, TICKETS_TEST_AUTH_ORDER_DEMO, "first.friend@example.org", first, &first_created);
  g_autofree char *second_auth = create_request (sb, TICKETS_TEST_AUTH_ORDER_DEMO, "second.friend@example.org", second, &second_created);
  const char *first_self = tickets_test_assert_link (tickets_test_response_object (first_created), "self");
  const char *second_self = tickets_test_assert_link (tickets_test_response_object (second_created), "self");
  g_autoptr(TicketsTestResponse) own = tickets_test_request (sb, "GET", first_self, first_auth, NULL);
  g_autoptr(TicketsTestResponse) other = tickets_test_request (sb, "GET", second_self, first_auth, NULL);
  g_autoptr(TicketsTestResponse) other_ticket = tickets_test_request (sb, "GET", "/tickets/" TICKETS_TEST_TK_DEMO_2, first_auth, NULL);
  g_autofree char *body = personalize_body (sb, second_self, TICKETS_TEST_TK_DEMO_2, "Sara", "sara.bos@example.org");
  g_autoptr(TicketsTestResponse) personalize = tickets_test_request (sb, "POST", "/personalization", first_auth, body);

  g_assert_cmpstr (first_auth, !=, second_auth);
  g_assert_cmpuint (own->status, ==, 200);
  tickets_test_assert_error (other, 403, "FORBIDDEN");
  tickets_test_assert_error (other_ticket, 403, "FORBIDDEN");
  tickets_test_assert_error (personalize, 403, "FORBIDDEN");
  tickets_test_assert_not_personalized (sb, TICKETS_TEST_TK_DEMO_2);

  tickets_test_sandbox_stop (sb);
}

static void
test_delete (void)
{
  TicketsTestSandbox *sb = tickets_test_sandbox_start ();
  static const char *tickets[] = { TICKETS_TEST_TK_DEMO_1, NULL };
  g_autoptr(TicketsTestResponse) created = NULL;
  g_autofree char *auth = create_request (sb, TICKETS_TEST_AUTH_ORDER_DEMO, "cancel.me@example.org", tickets, &created);
  g_autofree char *self = g_strdup (tickets_test_assert_link (tickets_test_response_object (created), "self"));
  g_autofree char *body = personalize_body (sb, self, TICKETS_TEST_TK_DEMO_1, "Jesse", "jesse.bos@example.org");
  g_autoptr(TicketsTestResponse) forbidden = tickets_test_request (sb, "DELETE", self, TICKETS_TEST_AUTH_ORDER_FULL, NULL);
  g_autoptr(TicketsTestResponse) deleted = tickets_test_request (sb, "DELETE", self, TICKETS_TEST_AUTH_ORDER_DEMO, NULL);
  g_autoptr(TicketsTestResponse) state = tickets_test_request (sb, "GET", self, auth, NULL);
  g_autoptr(TicketsTestResponse) personalize = tickets_test_request (sb, "POST", "/personalization", auth, body);
  g_autoptr(TicketsTestResponse) again = tickets_test_request (sb, "DELETE", self, TICKETS_TEST_AUTH_ORDER_DEMO, NULL);
  g_autoptr(TicketsTestResponse) completed = tickets_test_request (sb, "DELETE", "/personalization-requests/" TICKETS_TEST_RQ_COMPLETED,
                                                                   TICKETS_TEST_AUTH_ORDER_CLOSED, NULL);
  g_autoptr(TicketsTestResponse) none = tickets_test_request (sb, "DELETE", self, NULL, NULL);

  tickets_test_assert_error (forbidden, 403, "FORBIDDEN");
  g_assert_cmpuint (deleted->status, ==, 204);
  g_assert_cmpuint (g_bytes_get_size (deleted->raw), ==, 0);
  g_assert_cmpuint (state->status, ==, 200);
  g_assert_cmpstr (json_object_get_string_member (tickets_test_response_object (state), "state"), ==, "cancelled");
  tickets_test_assert_error (personalize, 403, "FORBIDDEN");
  tickets_test_assert_not_personalized (sb, TICKETS_TEST_TK_DEMO_1);
  tickets_test_assert_error (again, 400, "BAD_REQUEST");
  tickets_test_assert_error (completed, 400, "BAD_REQUEST");
  tickets_test_assert_error (none, 401, "UNAUTHORIZED");

  /* The friend may cancel too. */
  {
    g_autoptr(TicketsTestResponse) second = NULL;
    g_autofree char *second_auth = create_request (sb, TICKETS_TEST_AUTH_ORDER_DEMO, "cancel.me.too@example.org", tickets, &second);
    const char *second_self = tickets_test_assert_link (tickets_test_response_object (second), "self");
    g_autoptr(TicketsTestResponse) by_friend = tickets_test_request (sb, "DELETE", second_self, second_auth, NULL);

    g_assert_cmpuint (by_friend->status, ==, 204);
  }

  tickets_test_sandbox_stop (sb);
}

/* The ticket links every request made for it. */
static void
test_ticket_links (void)
{
  TicketsTestSandbox *sb = tickets_test_sandbox_start ();
  static const char *tickets[] = { TICKETS_TEST_TK_DEMO_2, NULL };
  g_autoptr(TicketsTestResponse) before = NULL;
  g_autoptr(TicketsTestResponse) first = NULL;
  g_autoptr(TicketsTestResponse) second = NULL;
  g_autoptr(TicketsTestResponse) after = NULL;
  g_autoptr(TicketsTestResponse) full = NULL;
  g_autofree char *first_auth = NULL;
  g_autofree char *second_auth = NULL;
  g_autofree char *pending_href = tickets_test_uri (sb, "personalization-requests", TICKETS_TEST_RQ_PENDING);
  JsonObject *ticket;
  JsonArray *links;

  ticket = tickets_test_get_ticket (sb, TICKETS_TEST_TK_DEMO_2, TICKETS_TEST_AUTH_ORDER_DEMO, &before);
  links = json_object_get_array_member (tickets_test_get_links (ticket), "shop:personalization_request");
  g_assert_cmpuint (json_array_get_length (links), ==, 0);

  first_auth = create_request (sb, TICKETS_TEST_AUTH_ORDER_DEMO, "link.one@example.org", tickets, &first);
  second_auth = create_request (sb, TICKETS_TEST_AUTH_COGNITO, "link.two@example.org", tickets, &second);

  ticket = tickets_test_get_ticket (sb, TICKETS_TEST_TK_DEMO_2, TICKETS_TEST_AUTH_ORDER_DEMO, &after);
  links = json_object_get_array_member (tickets_test_get_links (ticket), "shop:personalization_request");
  g_assert_cmpuint (json_array_get_length (links), ==, 2);
  g_assert_true (array_has (links, tickets_test_assert_link (tickets_test_response_object (first), "self")));
  g_assert_true (array_has (links, tickets_test_assert_link (tickets_test_response_object (second), "self")));

  /* A fixture ticket links the fixture's request. */
  ticket = tickets_test_get_ticket (sb, TICKETS_TEST_TK_FULL_REQUEST_1, TICKETS_TEST_AUTH_ORDER_FULL, &full);
  links = json_object_get_array_member (tickets_test_get_links (ticket), "shop:personalization_request");
  g_assert_cmpuint (json_array_get_length (links), ==, 1);
  g_assert_true (array_has (links, pending_href));

  tickets_test_sandbox_stop (sb);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sandbox/personalization-requests/create-with-order-token", test_create_with_order_token);
  g_test_add_func ("/sandbox/personalization-requests/create-with-cognito-token", test_create_with_cognito_token);
  g_test_add_func ("/sandbox/personalization-requests/create-refused", test_create_refused);
  g_test_add_func ("/sandbox/personalization-requests/create-auth-refused", test_create_auth_refused);
  g_test_add_func ("/sandbox/personalization-requests/get", test_get);
  g_test_add_func ("/sandbox/personalization-requests/get-with-other-request-token", test_get_with_other_request_token);
  g_test_add_func ("/sandbox/personalization-requests/delete", test_delete);
  g_test_add_func ("/sandbox/personalization-requests/ticket-links", test_ticket_links);

  return tickets_test_run_with_sandbox (&sandbox);
}
