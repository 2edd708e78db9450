/* test-sandbox-personalization-requests.c: asking a friend to personalize
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tickets-test-sandbox.h"

#define DEMO_ORDER      "1a701ca300944a0da88212b5c18e74d2"
#define FULL_ORDER      "b54881be4b6d4479946081b8b66f7522"
#define CLOSED_ORDER    "87a2195a3d4162fb35c5a3dbd7ba0011"

#define DEMO_TICKET_1   "333cdbb9ce254c7e9fb4c10337481d04"
#define DEMO_TICKET_2   "5959f610ba0f4b61b30750d5382f228c"
#define DEMO_SEATED     "a2e37ee17474417a87259b02b674da9a"
#define DEMO_ANNA       "d2f470d7fa574a39860451ef190f5698"
#define FULL_FREE       "07effd027b906a1551c1c256409c603d"
#define CLOSED_TICKET   "b77d76a7058fd143125c53ee647af683"

#define WEEKEND_PRODUCT    "4a8f0a6caa874d80acff3834da9bc124"
#define GRANDSTAND_PRODUCT "babf9405604c5942ec786211b75a7e3f"
#define PENDING_REQUEST "cbc0fde8aa804984b559feab6d8fc683"
#define DONE_REQUEST    "7d7bf5deaa0feb2f1b73e34b9896935c"

#define DEMO_TOKEN      "order:demo-order-token"
#define FULL_TOKEN      "order:full-order-token"
#define COGNITO_TOKEN   "cognito:demo-cognito-token"
#define BOXOFFICE       "basic:boxoffice:boxoffice-demo"
#define TOKEN_HEADER    "X-Sandbox-Personalization-Request-Token"

static TicketsTestSandbox *sandbox;

static char *
uri (TicketsTestSandbox *sb,
     const char         *collection,
     const char         *uid)
{
  return g_strdup_printf ("%s/%s/%s", tickets_test_sandbox_get_base (sb), collection, uid);
}

static char *
ticket_list (TicketsTestSandbox  *sb,
             const char * const  *uids)
{
  g_autoptr(GString) list = g_string_new ("[");

  for (guint i = 0; uids[i] != NULL; i++)
    {
      g_autofree char *href = strstr (uids[i], "://") != NULL ? g_strdup (uids[i]) : uri (sb, "tickets", uids[i]);

      g_string_append_printf (list, "%s\"%s\"", i > 0 ? ", " : "", href);
    }
  g_string_append_c (list, ']');

  return g_string_free (g_steal_pointer (&list), FALSE);
}

static char *
create_body (TicketsTestSandbox  *sb,
             const char          *email,
             const char          *order,
             const char * const  *tickets)
{
  g_autofree char *order_href = uri (sb, "orders", order);
  g_autofree char *list = ticket_list (sb, tickets);

  return g_strdup_printf ("{\"email\": \"%s\", \"order\": \"%s\", \"tickets\": %s}", email, order_href, list);
}

static const char *
link_href (JsonObject *object,
           const char *rel)
{
  JsonObject *links = json_object_get_object_member (object, "_links");

  g_assert_true (json_object_has_member (links, rel));
  return json_object_get_string_member (json_object_get_object_member (links, rel), "href");
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
  g_autofree char *order_href = uri (sb, "orders", order);
  JsonArray *ticket_refs = json_object_get_array_member (object, "tickets");
  JsonArray *product_refs = json_object_get_array_member (object, "products");
  JsonArray *ticket_links = json_object_get_array_member (json_object_get_object_member (object, "_links"), "shop:ticket");
  JsonArray *embedded = json_object_get_array_member (json_object_get_object_member (object, "_embedded"), "shop:ticket");
  g_autoptr(GDateTime) created = NULL;
  guint n_tickets = g_strv_length ((char **) tickets);
  guint n_products = g_strv_length ((char **) products);

  tickets_test_assert_hal (object, "personalization-requests");
  g_assert_cmpuint (strlen (json_object_get_string_member (object, "uid")), ==, 32);
  g_assert_true (g_str_has_suffix (link_href (object, "self"), json_object_get_string_member (object, "uid")));
  g_assert_cmpstr (json_object_get_string_member (object, "email"), ==, email);
  g_assert_cmpstr (json_object_get_string_member (object, "state"), ==, state);
  created = g_date_time_new_from_iso8601 (json_object_get_string_member (object, "created_at"), NULL);
  g_assert_nonnull (created);
  g_assert_cmpstr (link_href (object, "shop:order"), ==, order_href);

  g_assert_nonnull (ticket_refs);
  g_assert_nonnull (product_refs);
  g_assert_nonnull (ticket_links);
  g_assert_nonnull (embedded);
  g_assert_cmpuint (json_array_get_length (ticket_refs), ==, n_tickets);
  g_assert_cmpuint (json_array_get_length (ticket_links), ==, n_tickets);
  g_assert_cmpuint (json_array_get_length (embedded), ==, n_tickets);
  for (guint i = 0; i < n_tickets; i++)
    {
      g_autofree char *href = uri (sb, "tickets", tickets[i]);

      g_assert_cmpstr (json_array_get_string_element (ticket_refs, i), ==, href);
      g_assert_true (array_has (ticket_links, href));
      g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (embedded, i), "uid"), ==, tickets[i]);
    }

  g_assert_cmpuint (json_array_get_length (product_refs), ==, n_products);
  for (guint i = 0; i < n_products; i++)
    {
      g_autofree char *href = uri (sb, "products", products[i]);

      g_assert_true (array_has (product_refs, href));
    }
}

static JsonObject *
get_ticket (TicketsTestSandbox   *sb,
            const char           *uid,
            const char           *auth,
            TicketsTestResponse **keep)
{
  g_autofree char *path = g_strconcat ("/tickets/", uid, NULL);

  *keep = tickets_test_request (sb, "GET", path, auth, NULL);
  g_assert_cmpuint ((*keep)->status, ==, 200);

  return tickets_test_response_object (*keep);
}

static void
assert_not_personalized (TicketsTestSandbox *sb,
                         const char         *uid)
{
  g_autoptr(TicketsTestResponse) response = NULL;
  JsonObject *ticket = get_ticket (sb, uid, BOXOFFICE, &response);

  g_assert_false (json_object_get_boolean_member (ticket, "personalized"));
  g_assert_true (json_object_get_null_member (ticket, "consumer"));
}

static char *
personalize_body (TicketsTestSandbox *sb,
                  const char         *request_self,
                  const char         *ticket,
                  const char         *first_name,
                  const char         *email)
{
  g_autofree char *ticket_href = uri (sb, "tickets", ticket);

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
  g_autofree char *body = create_body (sb, email, DEMO_ORDER, tickets);
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
  static const char *tickets[] = { DEMO_SEATED, DEMO_TICKET_2, NULL };
  static const char *products[] = { GRANDSTAND_PRODUCT, WEEKEND_PRODUCT, NULL };
  g_autoptr(TicketsTestResponse) created = NULL;
  g_autoptr(TicketsTestResponse) read = NULL;
  g_autoptr(TicketsTestResponse) read_by_order = NULL;
  g_autoptr(TicketsTestResponse) seated_response = NULL;
  g_autoptr(TicketsTestResponse) outside = NULL;
  g_autoptr(TicketsTestResponse) personalized = NULL;
  g_autoptr(TicketsTestResponse) after_response = NULL;
  g_autoptr(TicketsTestResponse) state = NULL;
  g_autofree char *auth = create_request (sb, DEMO_TOKEN, "friend.two@example.org", tickets, &created);
  g_autofree char *self = g_strdup (link_href (tickets_test_response_object (created), "self"));
  g_autofree char *body = personalize_body (sb, self, DEMO_SEATED, "Lieke", "lieke.bos@example.org");
  JsonObject *seated;
  JsonObject *seating;
  JsonObject *after;

  assert_request (sb, tickets_test_response_object (created), "friend.two@example.org", "pending", DEMO_ORDER, tickets, products);

  /* The friend's token reads the request... */
  read = tickets_test_request (sb, "GET", self, auth, NULL);
  g_assert_cmpuint (read->status, ==, 200);
  assert_request (sb, tickets_test_response_object (read), "friend.two@example.org", "pending", DEMO_ORDER, tickets, products);
  g_assert_cmpstr (link_href (tickets_test_response_object (read), "self"), ==, self);

  /* ...and so does the order's owner. */
  read_by_order = tickets_test_request (sb, "GET", self, COGNITO_TOKEN, NULL);
  g_assert_cmpuint (read_by_order->status, ==, 200);

  /* It reads the tickets of the request, and only those. */
  seated = get_ticket (sb, DEMO_SEATED, auth, &seated_response);
  seating = json_object_get_object_member (seated, "seating");
  g_assert_cmpstr (json_object_get_string_member (seating, "row"), ==, "F");
  g_assert_cmpstr (json_object_get_string_member (seating, "seat"), ==, "12");
  g_assert_true (array_has (json_object_get_array_member (json_object_get_object_member (seated, "_links"),
                                                          "shop:personalization_request"), self));
  outside = tickets_test_request (sb, "GET", "/tickets/" DEMO_TICKET_1, auth, NULL);
  tickets_test_assert_error (outside, 403, "FORBIDDEN");

  /* It personalizes through the request. */
  personalized = tickets_test_request (sb, "POST", "/personalization", auth, body);
  g_assert_cmpuint (personalized->status, ==, 201);
  after = get_ticket (sb, DEMO_SEATED, DEMO_TOKEN, &after_response);
  g_assert_true (json_object_get_boolean_member (after, "personalized"));
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (after, "consumer"), "first_name"), ==, "Lieke");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (after, "consumer"), "email"), ==,
                   "lieke.bos@example.org");
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (after, "consumer"), "gender"), ==, 9);

  /* One ticket of two: still pending. */
  state = tickets_test_request (sb, "GET", self, auth, NULL);
  g_assert_cmpstr (json_object_get_string_member (tickets_test_response_object (state), "state"), ==, "pending");
  assert_not_personalized (sb, DEMO_TICKET_2);

  tickets_test_sandbox_stop (sb);
}

static void
test_create_with_cognito_token (void)
{
  TicketsTestSandbox *sb = tickets_test_sandbox_start ();
  static const char *tickets[] = { DEMO_TICKET_1, NULL };
  static const char *products[] = { WEEKEND_PRODUCT, NULL };
  g_autoptr(TicketsTestResponse) created = NULL;
  g_autoptr(TicketsTestResponse) read = NULL;
  g_autoptr(TicketsTestResponse) ticket_response = NULL;
  g_autoptr(TicketsTestResponse) personalized = NULL;
  g_autoptr(TicketsTestResponse) done = NULL;
  g_autofree char *auth = create_request (sb, COGNITO_TOKEN, "cognito.friend@example.org", tickets, &created);
  g_autofree char *self = g_strdup (link_href (tickets_test_response_object (created), "self"));
  g_autofree char *body = personalize_body (sb, self, DEMO_TICKET_1, "Daan", "daan.bos@example.org");
  JsonObject *ticket;

  assert_request (sb, tickets_test_response_object (created), "cognito.friend@example.org", "pending", DEMO_ORDER,
                  tickets, products);

  read = tickets_test_request (sb, "GET", self, auth, NULL);
  g_assert_cmpuint (read->status, ==, 200);
  ticket = get_ticket (sb, DEMO_TICKET_1, auth, &ticket_response);
  g_assert_cmpstr (json_object_get_string_member (ticket, "code"), ==, "8663092874786");

  personalized = tickets_test_request (sb, "POST", "/personalization", auth, body);
  g_assert_cmpuint (personalized->status, ==, 201);

  /* Its only ticket is personalized: the request is completed. */
  done = tickets_test_request (sb, "GET", self, DEMO_TOKEN, NULL);
  g_assert_cmpuint (done->status, ==, 200);
  g_assert_cmpstr (json_object_get_string_member (tickets_test_response_object (done), "state"), ==, "completed");

  tickets_test_sandbox_stop (sb);
}

static void
test_create_refused (void)
{
  static const char *demo[] = { DEMO_TICKET_1, NULL };
  static const char *anna[] = { DEMO_ANNA, NULL };
  static const char *foreign[] = { FULL_FREE, NULL };
  static const char *closed[] = { CLOSED_TICKET, NULL };
  static const char *duplicate[] = { DEMO_TICKET_1, DEMO_TICKET_1, NULL };
  g_autofree char *unknown_ticket = uri (sandbox, "tickets", "0123456789abcdef0123456789abcdef");
  const char *unknown[] = { unknown_ticket, NULL };
  static const char *bad_emails[] = { "not-an-email", "", "friend@", "two@at@example.org" };

  for (guint i = 0; i < G_N_ELEMENTS (bad_emails); i++)
    {
      g_autofree char *body = create_body (sandbox, bad_emails[i], DEMO_ORDER, demo);
      g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "POST", "/personalization-requests", DEMO_TOKEN, body);
      JsonObject *details;

      g_test_message ("email “%s”", bad_emails[i]);
      tickets_test_assert_error (response, 400, "BAD_REQUEST");
      details = json_object_get_object_member (tickets_test_response_object (response), "details");
      g_assert_nonnull (details);
      g_assert_cmpuint (json_array_get_length (json_object_get_array_member (details, "email")), >=, 1);
    }

  {
    g_autofree char *no_email = g_strdup_printf ("{\"order\": \"%s/orders/" DEMO_ORDER "\", \"tickets\": [\"%s/tickets/" DEMO_TICKET_1 "\"]}",
                                                 tickets_test_sandbox_get_base (sandbox), tickets_test_sandbox_get_base (sandbox));
    g_autofree char *anna_body = create_body (sandbox, "friend@example.org", DEMO_ORDER, anna);
    g_autofree char *foreign_body = create_body (sandbox, "friend@example.org", DEMO_ORDER, foreign);
    g_autofree char *unknown_body = create_body (sandbox, "friend@example.org", DEMO_ORDER, unknown);
    g_autofree char *closed_body = create_body (sandbox, "friend@example.org", CLOSED_ORDER, closed);
    g_autofree char *duplicate_body = create_body (sandbox, "friend@example.org", DEMO_ORDER, duplicate);
    g_autofree char *unknown_order = create_body (sandbox, "friend@example.org", "0123456789abcdef0123456789abcdef", demo);
    g_autoptr(TicketsTestResponse) no_email_response = tickets_test_request (sandbox, "POST", "/personalization-requests", DEMO_TOKEN, no_email);
    g_autoptr(TicketsTestResponse) anna_response = tickets_test_request (sandbox, "POST", "/personalization-requests", DEMO_TOKEN, anna_body);
    g_autoptr(TicketsTestResponse) foreign_response = tickets_test_request (sandbox, "POST", "/personalization-requests", DEMO_TOKEN, foreign_body);
    g_autoptr(TicketsTestResponse) unknown_response = tickets_test_request (sandbox, "POST", "/personalization-requests", DEMO_TOKEN, unknown_body);
    g_autoptr(TicketsTestResponse) closed_response = tickets_test_request (sandbox, "POST", "/personalization-requests", "order:closed-order-token", closed_body);
    g_autoptr(TicketsTestResponse) duplicate_response = tickets_test_request (sandbox, "POST", "/personalization-requests", DEMO_TOKEN, duplicate_body);
    g_autoptr(TicketsTestResponse) unknown_order_response = tickets_test_request (sandbox, "POST", "/personalization-requests", DEMO_TOKEN, unknown_order);
    g_autoptr(TicketsTestResponse) malformed = tickets_test_request (sandbox, "POST", "/personalization-requests", DEMO_TOKEN, "{\"email\": ");
    g_autoptr(TicketsTestResponse) array = tickets_test_request (sandbox, "POST", "/personalization-requests", DEMO_TOKEN, "[]");

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
    g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "GET", "/tickets/" DEMO_TICKET_1, DEMO_TOKEN, NULL);
    JsonObject *links = json_object_get_object_member (tickets_test_response_object (response), "_links");

    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (links, "shop:personalization_request")), ==, 0);
  }
}

static void
test_create_auth_refused (void)
{
  static const char *demo[] = { DEMO_TICKET_1, NULL };
  g_autofree char *body = create_body (sandbox, "friend@example.org", DEMO_ORDER, demo);
  static const char *forbidden[] = {
    BOXOFFICE, "basic:sales:sales-demo", "basic:default:default-demo", FULL_TOKEN, "bearer:demo-bearer-token",
    "request:demo-request-token",
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
    static const char *full[] = { FULL_FREE, NULL };
    g_autofree char *full_body = create_body (sandbox, "friend@example.org", FULL_ORDER, full);
    g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "POST", "/personalization-requests", COGNITO_TOKEN, full_body);
    g_autoptr(TicketsTestResponse) accepted = tickets_test_request (sandbox, "GET", "/tickets/" FULL_FREE, FULL_TOKEN, NULL);

    tickets_test_assert_error (response, 403, "FORBIDDEN");
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_object_get_object_member (tickets_test_response_object (accepted), "_links"),
                                                                           "shop:personalization_request")), ==, 0);
  }
}

/* The fixture's pending request, as its friend, the order and others see it. */
static void
test_get (void)
{
  static const char *tickets[] = { "d946df0ad00dca5e440cb06b54c21a6e", "803257770f5f0549d1b225f3b714e55a", NULL };
  static const char *products[] = { WEEKEND_PRODUCT, "d38467aa75944d43ba689a238bf324cf", NULL };
  static const char *readers[] = { "request:demo-request-token", FULL_TOKEN };
  static const char *forbidden[] = {
    "request:completed-request-token", DEMO_TOKEN, COGNITO_TOKEN, BOXOFFICE, "bearer:demo-bearer-token",
  };

  for (guint i = 0; i < G_N_ELEMENTS (readers); i++)
    {
      g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "GET", "/personalization-requests/" PENDING_REQUEST,
                                                                      readers[i], NULL);

      g_test_message ("auth %s", readers[i]);
      g_assert_cmpuint (response->status, ==, 200);
      assert_request (sandbox, tickets_test_response_object (response), "friend@example.org", "pending", FULL_ORDER,
                      tickets, products);
      g_assert_cmpstr (json_object_get_string_member (tickets_test_response_object (response), "uid"), ==, PENDING_REQUEST);
    }

  for (guint i = 0; i < G_N_ELEMENTS (forbidden); i++)
    {
      g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "GET", "/personalization-requests/" PENDING_REQUEST,
                                                                      forbidden[i], NULL);

      g_test_message ("auth %s", forbidden[i]);
      tickets_test_assert_error (response, 403, "FORBIDDEN");
    }

  {
    g_autoptr(TicketsTestResponse) other = tickets_test_request (sandbox, "GET", "/personalization-requests/" DONE_REQUEST,
                                                                 "request:demo-request-token", NULL);
    g_autoptr(TicketsTestResponse) done = tickets_test_request (sandbox, "GET", "/personalization-requests/" DONE_REQUEST,
                                                                "request:completed-request-token", NULL);
    g_autoptr(TicketsTestResponse) none = tickets_test_request (sandbox, "GET", "/personalization-requests/" PENDING_REQUEST, NULL, NULL);
    g_autoptr(TicketsTestResponse) unknown = tickets_test_request (sandbox, "GET", "/personalization-requests/0123456789abcdef0123456789abcdef",
                                                                   FULL_TOKEN, NULL);

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
  static const char *first[] = { DEMO_TICKET_1, NULL };
  static const char *second[] = { DEMO_TICKET_2, NULL };
  g_autoptr(TicketsTestResponse) first_created = NULL;
  g_autoptr(TicketsTestResponse) second_created = NULL;
  g_autofree char *first_auth = create_request (sb, DEMO_TOKEN, "first.friend@example.org", first, &first_created);
  g_autofree char *second_auth = create_request (sb, DEMO_TOKEN, "second.friend@example.org", second, &second_created);
  const char *first_self = link_href (tickets_test_response_object (first_created), "self");
  const char *second_self = link_href (tickets_test_response_object (second_created), "self");
  g_autoptr(TicketsTestResponse) own = tickets_test_request (sb, "GET", first_self, first_auth, NULL);
  g_autoptr(TicketsTestResponse) other = tickets_test_request (sb, "GET", second_self, first_auth, NULL);
  g_autoptr(TicketsTestResponse) other_ticket = tickets_test_request (sb, "GET", "/tickets/" DEMO_TICKET_2, first_auth, NULL);
  g_autofree char *body = personalize_body (sb, second_self, DEMO_TICKET_2, "Sara", "sara.bos@example.org");
  g_autoptr(TicketsTestResponse) personalize = tickets_test_request (sb, "POST", "/personalization", first_auth, body);

  g_assert_cmpstr (first_auth, !=, second_auth);
  g_assert_cmpuint (own->status, ==, 200);
  tickets_test_assert_error (other, 403, "FORBIDDEN");
  tickets_test_assert_error (other_ticket, 403, "FORBIDDEN");
  tickets_test_assert_error (personalize, 403, "FORBIDDEN");
  assert_not_personalized (sb, DEMO_TICKET_2);

  tickets_test_sandbox_stop (sb);
}

static void
test_delete (void)
{
  TicketsTestSandbox *sb = tickets_test_sandbox_start ();
  static const char *tickets[] = { DEMO_TICKET_1, NULL };
  g_autoptr(TicketsTestResponse) created = NULL;
  g_autofree char *auth = create_request (sb, DEMO_TOKEN, "cancel.me@example.org", tickets, &created);
  g_autofree char *self = g_strdup (link_href (tickets_test_response_object (created), "self"));
  g_autofree char *body = personalize_body (sb, self, DEMO_TICKET_1, "Jesse", "jesse.bos@example.org");
  g_autoptr(TicketsTestResponse) forbidden = tickets_test_request (sb, "DELETE", self, FULL_TOKEN, NULL);
  g_autoptr(TicketsTestResponse) deleted = tickets_test_request (sb, "DELETE", self, DEMO_TOKEN, NULL);
  g_autoptr(TicketsTestResponse) state = tickets_test_request (sb, "GET", self, auth, NULL);
  g_autoptr(TicketsTestResponse) personalize = tickets_test_request (sb, "POST", "/personalization", auth, body);
  g_autoptr(TicketsTestResponse) again = tickets_test_request (sb, "DELETE", self, DEMO_TOKEN, NULL);
  g_autoptr(TicketsTestResponse) completed = tickets_test_request (sb, "DELETE", "/personalization-requests/" DONE_REQUEST,
                                                                   "order:closed-order-token", NULL);
  g_autoptr(TicketsTestResponse) none = tickets_test_request (sb, "DELETE", self, NULL, NULL);

  tickets_test_assert_error (forbidden, 403, "FORBIDDEN");
  g_assert_cmpuint (deleted->status, ==, 204);
  g_assert_cmpuint (g_bytes_get_size (deleted->raw), ==, 0);
  g_assert_cmpuint (state->status, ==, 200);
  g_assert_cmpstr (json_object_get_string_member (tickets_test_response_object (state), "state"), ==, "cancelled");
  tickets_test_assert_error (personalize, 403, "FORBIDDEN");
  assert_not_personalized (sb, DEMO_TICKET_1);
  tickets_test_assert_error (again, 400, "BAD_REQUEST");
  tickets_test_assert_error (completed, 400, "BAD_REQUEST");
  tickets_test_assert_error (none, 401, "UNAUTHORIZED");

  /* The friend may cancel too. */
  {
    g_autoptr(TicketsTestResponse) second = NULL;
    g_autofree char *second_auth = create_request (sb, DEMO_TOKEN, "cancel.me.too@example.org", tickets, &second);
    g_autoptr(TicketsTestResponse) by_friend = tickets_test_request (sb, "DELETE", link_href (tickets_test_response_object (second), "self"),
                                                                     second_auth, NULL);

    g_assert_cmpuint (by_friend->status, ==, 204);
  }

  tickets_test_sandbox_stop (sb);
}

/* The ticket links every request made for it. */
static void
test_ticket_links (void)
{
  TicketsTestSandbox *sb = tickets_test_sandbox_start ();
  static const char *tickets[] = { DEMO_TICKET_2, NULL };
  g_autoptr(TicketsTestResponse) before = NULL;
  g_autoptr(TicketsTestResponse) first = NULL;
  g_autoptr(TicketsTestResponse) second = NULL;
  g_autoptr(TicketsTestResponse) after = NULL;
  g_autoptr(TicketsTestResponse) full = NULL;
  g_autofree char *first_auth = NULL;
  g_autofree char *second_auth = NULL;
  g_autofree char *pending_href = uri (sb, "personalization-requests", PENDING_REQUEST);
  JsonArray *links;

  links = json_object_get_array_member (json_object_get_object_member (get_ticket (sb, DEMO_TICKET_2, DEMO_TOKEN, &before), "_links"),
                                        "shop:personalization_request");
  g_assert_cmpuint (json_array_get_length (links), ==, 0);

  first_auth = create_request (sb, DEMO_TOKEN, "link.one@example.org", tickets, &first);
  second_auth = create_request (sb, COGNITO_TOKEN, "link.two@example.org", tickets, &second);

  links = json_object_get_array_member (json_object_get_object_member (get_ticket (sb, DEMO_TICKET_2, DEMO_TOKEN, &after), "_links"),
                                        "shop:personalization_request");
  g_assert_cmpuint (json_array_get_length (links), ==, 2);
  g_assert_true (array_has (links, link_href (tickets_test_response_object (first), "self")));
  g_assert_true (array_has (links, link_href (tickets_test_response_object (second), "self")));

  /* A fixture ticket links the fixture's request. */
  links = json_object_get_array_member (json_object_get_object_member (get_ticket (sb, "d946df0ad00dca5e440cb06b54c21a6e", FULL_TOKEN,
                                                                                   &full), "_links"),
                                        "shop:personalization_request");
  g_assert_cmpuint (json_array_get_length (links), ==, 1);
  g_assert_true (array_has (links, pending_href));

  tickets_test_sandbox_stop (sb);
}

int
main (int   argc,
      char *argv[])
{
  int result;

  g_test_init (&argc, &argv, NULL);

  sandbox = tickets_test_sandbox_start ();

  g_test_add_func ("/sandbox/personalization-requests/create-with-order-token", test_create_with_order_token);
  g_test_add_func ("/sandbox/personalization-requests/create-with-cognito-token", test_create_with_cognito_token);
  g_test_add_func ("/sandbox/personalization-requests/create-refused", test_create_refused);
  g_test_add_func ("/sandbox/personalization-requests/create-auth-refused", test_create_auth_refused);
  g_test_add_func ("/sandbox/personalization-requests/get", test_get);
  g_test_add_func ("/sandbox/personalization-requests/get-with-other-request-token", test_get_with_other_request_token);
  g_test_add_func ("/sandbox/personalization-requests/delete", test_delete);
  g_test_add_func ("/sandbox/personalization-requests/ticket-links", test_ticket_links);

  result = g_test_run ();
  tickets_test_sandbox_stop (sandbox);

  return result;
}
