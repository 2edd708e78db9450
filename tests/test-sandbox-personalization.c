/* test-sandbox-personalization.c: POST and GET /personalization
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tickets-test-sandbox.h"

#define COGNITO_USER    "c1c35532-1e0e-455e-83c5-d0e52b3206fa"

#define OPT_IN "{\"opt_in\": false, \"opt_in_2\": false}"

/* Shared by the tests that change nothing; those that do start their own. */
static TicketsTestSandbox *sandbox;

/* The body of "the order way", as in the documentation's example. */
static char *
order_body (TicketsTestSandbox  *sb,
            const char          *order,
            const char * const  *tickets,
            const char          *consumer)
{
  g_autofree char *order_href = tickets_test_uri (sb, "orders", order);
  g_autofree char *list = tickets_test_ticket_list (sb, tickets);

  return g_strdup_printf ("{\"order\": \"%s\", \"tickets\": %s, \"consumer\": %s, \"opt_in\": " OPT_IN "}",
                          order_href, list, consumer);
}

static char *
request_body (TicketsTestSandbox  *sb,
              const char          *request,
              const char * const  *tickets,
              const char          *consumer)
{
  g_autofree char *request_href = tickets_test_uri (sb, "personalization-requests", request);
  g_autofree char *list = tickets_test_ticket_list (sb, tickets);

  return g_strdup_printf ("{\"personalization_request\": \"%s\", \"tickets\": %s, \"consumer\": %s, \"opt_in\": " OPT_IN "}",
                          request_href, list, consumer);
}

/* What the DEMO tickets' form asks: name, date of birth, gender, email. */
static char *
demo_consumer (const char *email)
{
  return g_strdup_printf ("{\"gender\": 1, \"first_name\": \"John\", \"last_name\": \"Doe\", "
                          "\"date_of_birth\": \"1970-01-01\", \"email\": \"%s\"}", email);
}

/* The FULL order's form adds the address and the phone number. */
static char *
full_consumer (const char *first_name,
               const char *email,
               const char *country,
               const char *state)
{
  g_autofree char *state_member = state != NULL ? g_strdup_printf (", \"state\": \"%s\"", state) : g_strdup ("");

  return g_strdup_printf ("{\"gender\": 2, \"first_name\": \"%s\", \"last_name\": \"Visser\", "
                          "\"date_of_birth\": \"1988-11-05\", \"email\": \"%s\", \"phone_number\": \"+31 20 555 0101\", "
                          "\"address\": \"Prinsengracht 7\", \"postal_code\": \"1016 HN\", \"city\": \"Amsterdam\", "
                          "\"country\": \"%s\"%s}", first_name, email, country, state_member);
}

static JsonObject *
parse_object (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);

  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

static gint64
gender_number (JsonNode *node)
{
  if (json_node_get_value_type (node) == G_TYPE_STRING)
    return g_ascii_strtoll (json_node_get_string (node), NULL, 10);

  return json_node_get_int (node);
}

/* The consumer shown is exactly the one sent: every field sent, with gender
 * as a number, and nothing of anyone else in the fields not sent. */
static void
assert_consumer_is (JsonObject *shown,
                    const char *sent_text)
{
  g_autoptr(JsonObject) sent = parse_object (sent_text);
  static const char *text_fields[] = {
    "first_name", "last_name", "date_of_birth", "email", "phone_number", "company_name", "vat_number",
    "address", "postal_code", "city", "country", "state",
  };

  g_assert_nonnull (shown);

  for (guint i = 0; i < G_N_ELEMENTS (text_fields); i++)
    {
      const char *field = text_fields[i];

      g_test_message ("consumer field %s", field);
      if (json_object_has_member (sent, field))
        g_assert_cmpstr (json_object_get_string_member (shown, field), ==, json_object_get_string_member (sent, field));
      else
        g_assert_cmpstr (json_object_get_string_member_with_default (shown, field, ""), ==, "");
    }

  g_assert_true (JSON_NODE_HOLDS_VALUE (json_object_get_member (shown, "gender")));
  g_assert_cmpint (json_node_get_value_type (json_object_get_member (shown, "gender")), ==, G_TYPE_INT64);
  g_assert_cmpint (json_object_get_int_member (shown, "gender"), ==, gender_number (json_object_get_member (sent, "gender")));
}

/* details names exactly these fields, each with at least one message. */
static void
assert_details (TicketsTestResponse *response,
                const char * const  *fields)
{
  JsonObject *details;
  guint n = 0;

  tickets_test_assert_error (response, 400, "INSUFFICIENT_CONSUMER_INFORMATION");
  details = json_object_get_object_member (tickets_test_response_object (response), "details");
  g_assert_nonnull (details);

  for (; fields[n] != NULL; n++)
    {
      JsonArray *messages;

      g_test_message ("details.%s", fields[n]);
      g_assert_true (json_object_has_member (details, fields[n]));
      messages = json_object_get_array_member (details, fields[n]);
      g_assert_cmpuint (json_array_get_length (messages), >=, 1);
      g_assert_cmpstr (json_array_get_string_element (messages, 0), !=, "");
    }

  g_assert_cmpuint (json_object_get_size (details), ==, n);
}

static void
assert_message_contains (TicketsTestResponse *response,
                         const char          *text)
{
  const char *message = json_object_get_string_member (tickets_test_response_object (response), "message");

  g_test_message ("message: %s", message);
  g_assert_nonnull (strstr (message, text));
}

/* Success, the order way */

static void
assert_personalization_body (TicketsTestSandbox  *sb,
                             TicketsTestResponse *response,
                             const char          *ticket_uid,
                             const char          *consumer)
{
  JsonObject *object = tickets_test_response_object (response);
  JsonArray *tickets = tickets_test_embedded_list (object, "shop:ticket");
  JsonArray *products = tickets_test_embedded_list (object, "shop:product");
  JsonObject *ticket;
  JsonObject *product;
  JsonNode *reference;
  g_autofree char *self = NULL;
  g_autofree char *order_href = tickets_test_uri (sb, "orders", TICKETS_TEST_OR_DEMO);
  g_autofree char *product_href = tickets_test_uri (sb, "products", TICKETS_TEST_PR_WEEKEND);
  g_autofree char *ticket_href = tickets_test_uri (sb, "tickets", ticket_uid);
  const char *location = soup_message_headers_get_one (response->headers, "Location");

  g_assert_cmpuint (response->status, ==, 201);
  g_assert_cmpstr (soup_message_headers_get_content_type (response->headers, NULL), ==, "application/hal+json");
  tickets_test_assert_hal (object, NULL);

  /* Location names the new personalization, which is its self link. */
  g_assert_nonnull (location);
  self = g_strdup (tickets_test_assert_link (object, "self"));
  g_assert_cmpstr (location, ==, self);
  g_assert_true (g_str_has_prefix (self, tickets_test_sandbox_get_base (sb)));
  g_assert_nonnull (strstr (self, "/personalization/"));
  g_assert_cmpuint (strlen (strrchr (self, '/') + 1), ==, 32);
  g_assert_cmpstr (tickets_test_assert_link (object, "shop:order"), ==, order_href);

  g_assert_cmpuint (json_array_get_length (tickets), ==, 1);
  ticket = json_array_get_object_element (tickets, 0);
  g_assert_cmpstr (json_object_get_string_member (ticket, "uid"), ==, ticket_uid);
  g_assert_cmpstr (tickets_test_assert_link (ticket, "self"), ==, ticket_href);
  g_assert_cmpstr (tickets_test_assert_link (ticket, "shop:product"), ==, product_href);
  g_assert_cmpstr (tickets_test_assert_link (ticket, "shop:order"), ==, order_href);
  g_assert_true (json_object_get_boolean_member (ticket, "personalized"));
  g_assert_false (json_object_get_boolean_member (ticket, "needs_personalization"));
  g_assert_cmpstr (json_object_get_string_member (ticket, "status"), ==, "valid");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (ticket, "price"), "amount"), ==, "89.50");
  assert_consumer_is (json_object_get_object_member (ticket, "consumer"), consumer);

  /* The short product: self link, name, price, analytics_data.reference. */
  g_assert_cmpuint (json_array_get_length (products), ==, 1);
  product = json_array_get_object_element (products, 0);
  g_assert_cmpstr (tickets_test_assert_link (product, "self"), ==, product_href);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (product, "name"), "en"), ==, "Weekend ticket");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (product, "price"), "amount"), ==, "89.50");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (product, "price"), "currency"), ==, "EUR");
  reference = json_object_get_member (json_object_get_object_member (product, "analytics_data"), "reference");
  g_assert_nonnull (reference);
  g_assert_false (JSON_NODE_HOLDS_NULL (reference));

  assert_consumer_is (json_object_get_object_member (object, "consumer"), consumer);
}

static void
test_order_token (void)
{
  TicketsTestSandbox *sb = tickets_test_sandbox_start ();
  static const char *tickets[] = { TICKETS_TEST_TK_DEMO_1, NULL };
  g_autofree char *consumer = demo_consumer ("john.doe@example.org");
  g_autofree char *body = order_body (sb, TICKETS_TEST_OR_DEMO, tickets, consumer);
  g_autoptr(TicketsTestResponse) response = NULL;
  g_autoptr(TicketsTestResponse) again = NULL;
  g_autoptr(TicketsTestResponse) ticket_response = NULL;
  JsonObject *ticket;

  tickets_test_assert_not_personalized (sb, TICKETS_TEST_TK_DEMO_1);

  response = tickets_test_request (sb, "POST", "/personalization", TICKETS_TEST_AUTH_ORDER_DEMO, body);
  assert_personalization_body (sb, response, TICKETS_TEST_TK_DEMO_1, consumer);

  /* The Location can be read back. */
  again = tickets_test_request (sb, "GET", soup_message_headers_get_one (response->headers, "Location"), TICKETS_TEST_AUTH_ORDER_DEMO, NULL);
  g_assert_cmpuint (again->status, ==, 200);
  g_assert_cmpstr (tickets_test_assert_link (tickets_test_response_object (again), "self"), ==,
                   soup_message_headers_get_one (response->headers, "Location"));
  assert_consumer_is (json_object_get_object_member (tickets_test_response_object (again), "consumer"), consumer);

  ticket = tickets_test_get_ticket (sb, TICKETS_TEST_TK_DEMO_1, TICKETS_TEST_AUTH_ORDER_DEMO, &ticket_response);
  g_assert_true (json_object_get_boolean_member (ticket, "personalized"));
  g_assert_false (json_object_get_boolean_member (ticket, "needs_personalization"));
  g_assert_cmpstr (json_object_get_string_member (ticket, "code"), ==, TICKETS_TEST_CODE_DEMO_1);
  assert_consumer_is (json_object_get_object_member (ticket, "consumer"), consumer);

  /* Only that ticket: the other two of the order still need a name. */
  tickets_test_assert_not_personalized (sb, TICKETS_TEST_TK_DEMO_2);
  tickets_test_assert_not_personalized (sb, TICKETS_TEST_TK_DEMO_SEATED);

  tickets_test_sandbox_stop (sb);
}

static void
test_cognito_token (void)
{
  TicketsTestSandbox *sb = tickets_test_sandbox_start ();
  static const char *tickets[] = { TICKETS_TEST_TK_DEMO_2, NULL };
  static const char consumer[] =
    "{\"gender\": \"2\", \"first_name\": \"Sophie\", \"last_name\": \"de Wit\", \"date_of_birth\": \"1995-06-30\", "
    "\"email\": \"sophie.dewit@example.org\", \"phone_number\": \"+31 6 87654321\", \"cognito_user\": \"" COGNITO_USER "\"}";
  g_autofree char *body = order_body (sb, TICKETS_TEST_OR_DEMO, tickets, consumer);
  g_autoptr(TicketsTestResponse) response = NULL;
  g_autoptr(TicketsTestResponse) ticket_response = NULL;
  JsonObject *ticket;

  response = tickets_test_request (sb, "POST", "/personalization", TICKETS_TEST_AUTH_COGNITO, body);
  assert_personalization_body (sb, response, TICKETS_TEST_TK_DEMO_2, consumer);

  ticket = tickets_test_get_ticket (sb, TICKETS_TEST_TK_DEMO_2, TICKETS_TEST_AUTH_ORDER_DEMO, &ticket_response);
  g_assert_true (json_object_get_boolean_member (ticket, "personalized"));
  g_assert_false (json_object_get_boolean_member (ticket, "needs_personalization"));
  /* "2" was sent; 2 is shown. */
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (ticket, "consumer"), "gender"), ==, 2);
  assert_consumer_is (json_object_get_object_member (ticket, "consumer"), consumer);

  tickets_test_assert_not_personalized (sb, TICKETS_TEST_TK_DEMO_1);

  tickets_test_sandbox_stop (sb);
}

/* The FULL form's state is needed for the USA only; given, it is kept. */
static void
test_full_form (void)
{
  TicketsTestSandbox *sb = tickets_test_sandbox_start ();
  static const char *tickets[] = { TICKETS_TEST_TK_FULL_FREE, NULL };
  g_autofree char *consumer = full_consumer ("Emma", "emma.visser@example.com", "US", "US-UT");
  g_autofree char *body = order_body (sb, TICKETS_TEST_OR_FULL, tickets, consumer);
  g_autoptr(TicketsTestResponse) response = tickets_test_request (sb, "POST", "/personalization", TICKETS_TEST_AUTH_ORDER_FULL, body);
  g_autoptr(TicketsTestResponse) ticket_response = NULL;
  JsonObject *ticket;

  g_assert_cmpuint (response->status, ==, 201);
  ticket = tickets_test_get_ticket (sb, TICKETS_TEST_TK_FULL_FREE, TICKETS_TEST_AUTH_ORDER_FULL, &ticket_response);
  g_assert_true (json_object_get_boolean_member (ticket, "personalized"));
  assert_consumer_is (json_object_get_object_member (ticket, "consumer"), consumer);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (ticket, "consumer"), "state"), ==, "US-UT");

  tickets_test_sandbox_stop (sb);
}

/* Refused: tickets */

static void
test_closed_period (void)
{
  static const char *tickets[] = { TICKETS_TEST_TK_CLOSED, NULL };
  g_autofree char *consumer = demo_consumer ("late.runner@example.org");
  g_autofree char *body = order_body (sandbox, TICKETS_TEST_OR_CLOSED, tickets, consumer);
  g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "POST", "/personalization", TICKETS_TEST_AUTH_ORDER_CLOSED, body);

  tickets_test_assert_error (response, 400, "TICKET_ERROR");
  assert_message_contains (response, "ended");
  tickets_test_assert_not_personalized (sandbox, TICKETS_TEST_TK_CLOSED);
}

static void
test_future_period (void)
{
  static const char *tickets[] = { TICKETS_TEST_TK_FUTURE_MAIN, NULL };
  g_autofree char *consumer = demo_consumer ("early.bird@example.org");
  g_autofree char *body = order_body (sandbox, TICKETS_TEST_OR_FUTURE, tickets, consumer);
  g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "POST", "/personalization", TICKETS_TEST_AUTH_ORDER_FUTURE, body);

  tickets_test_assert_error (response, 400, "TICKET_ERROR");
  assert_message_contains (response, "not started");
  tickets_test_assert_not_personalized (sandbox, TICKETS_TEST_TK_FUTURE_MAIN);
}

static void
test_no_personalization (void)
{
  static const char *tickets[] = { TICKETS_TEST_TK_NONE, NULL };
  g_autofree char *consumer = demo_consumer ("jazz.fan@example.org");
  g_autofree char *body = order_body (sandbox, TICKETS_TEST_OR_NONE, tickets, consumer);
  g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "POST", "/personalization", TICKETS_TEST_AUTH_ORDER_NONE, body);

  tickets_test_assert_error (response, 400, "TICKET_ERROR");
  assert_message_contains (response, "personalization");
  tickets_test_assert_not_personalized (sandbox, TICKETS_TEST_TK_NONE);
}

static void
test_invalid_ticket (void)
{
  static const char *tickets[] = { TICKETS_TEST_TK_CANCELLED, NULL };
  g_autofree char *consumer = demo_consumer ("cancelled@example.org");
  g_autofree char *body = order_body (sandbox, TICKETS_TEST_OR_CANCELLED, tickets, consumer);
  g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "POST", "/personalization", TICKETS_TEST_AUTH_ORDER_CANCELLED, body);

  tickets_test_assert_error (response, 400, "TICKET_ERROR");
  tickets_test_assert_not_personalized (sandbox, TICKETS_TEST_TK_CANCELLED);
}

static void
test_duplicate_ticket (void)
{
  static const char *tickets[] = { TICKETS_TEST_TK_DEMO_1, TICKETS_TEST_TK_DEMO_1, NULL };
  g_autofree char *consumer = demo_consumer ("twice@example.org");
  g_autofree char *body = order_body (sandbox, TICKETS_TEST_OR_DEMO, tickets, consumer);
  g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "POST", "/personalization", TICKETS_TEST_AUTH_ORDER_DEMO, body);

  tickets_test_assert_error (response, 400, "TICKET_ERROR");
  tickets_test_assert_not_personalized (sandbox, TICKETS_TEST_TK_DEMO_1);
}

static void
test_ticket_of_another_order (void)
{
  static const char *tickets[] = { TICKETS_TEST_TK_FULL_FREE, NULL };
  static const char *mixed[] = { TICKETS_TEST_TK_DEMO_1, TICKETS_TEST_TK_FULL_FREE, NULL };
  g_autofree char *consumer = demo_consumer ("elsewhere@example.org");
  g_autofree char *body = order_body (sandbox, TICKETS_TEST_OR_DEMO, tickets, consumer);
  g_autofree char *mixed_body = order_body (sandbox, TICKETS_TEST_OR_DEMO, mixed, consumer);
  g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "POST", "/personalization", TICKETS_TEST_AUTH_ORDER_DEMO, body);
  g_autoptr(TicketsTestResponse) mixed_response = tickets_test_request (sandbox, "POST", "/personalization",
                                                                        TICKETS_TEST_AUTH_ORDER_DEMO, mixed_body);

  tickets_test_assert_error (response, 400, "TICKET_NOT_AVAILABLE");
  /* One foreign ticket spoils the call: the good one stays as it was. */
  tickets_test_assert_error (mixed_response, 400, "TICKET_NOT_AVAILABLE");
  tickets_test_assert_not_personalized (sandbox, TICKETS_TEST_TK_FULL_FREE);
  tickets_test_assert_not_personalized (sandbox, TICKETS_TEST_TK_DEMO_1);
}

static void
test_unknown_ticket (void)
{
  g_autofree char *unknown = tickets_test_uri (sandbox, "tickets", "0123456789abcdef0123456789abcdef");
  const char *tickets[] = { unknown, NULL };
  g_autofree char *consumer = demo_consumer ("nobody@example.org");
  g_autofree char *body = order_body (sandbox, TICKETS_TEST_OR_DEMO, tickets, consumer);
  g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "POST", "/personalization", TICKETS_TEST_AUTH_ORDER_DEMO, body);

  tickets_test_assert_error (response, 400, "TICKET_NOT_AVAILABLE");
}

/* Refused: consumer */

static void
test_missing_fields (void)
{
  static const char *tickets[] = { TICKETS_TEST_TK_DEMO_1, NULL };
  static const char *missing[] = { "last_name", "date_of_birth", "gender", "email", NULL };
  static const char *all[] = { "first_name", "last_name", "date_of_birth", "gender", "email", NULL };
  g_autofree char *body = order_body (sandbox, TICKETS_TEST_OR_DEMO, tickets, "{\"first_name\": \"John\"}");
  g_autofree char *blank = order_body (sandbox, TICKETS_TEST_OR_DEMO, tickets,
                                       "{\"first_name\": \"  \", \"last_name\": \"\", \"date_of_birth\": null}");
  g_autofree char *order_href = tickets_test_uri (sandbox, "orders", TICKETS_TEST_OR_DEMO);
  g_autofree char *list = tickets_test_ticket_list (sandbox, tickets);
  g_autofree char *no_consumer = g_strdup_printf ("{\"order\": \"%s\", \"tickets\": %s}", order_href, list);
  g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "POST", "/personalization", TICKETS_TEST_AUTH_ORDER_DEMO, body);
  g_autoptr(TicketsTestResponse) blank_response = tickets_test_request (sandbox, "POST", "/personalization", TICKETS_TEST_AUTH_ORDER_DEMO, blank);
  g_autoptr(TicketsTestResponse) none_response = tickets_test_request (sandbox, "POST", "/personalization",
                                                                       TICKETS_TEST_AUTH_ORDER_DEMO, no_consumer);

  assert_details (response, missing);
  /* Blank or null is as good as missing. */
  assert_details (blank_response, all);
  tickets_test_assert_error (none_response, 400, "INSUFFICIENT_CONSUMER_INFORMATION");
  tickets_test_assert_not_personalized (sandbox, TICKETS_TEST_TK_DEMO_1);
}

static void
test_malformed_fields (void)
{
  static const char *tickets[] = { TICKETS_TEST_TK_DEMO_1, NULL };
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) later = g_date_time_add_days (now, 2);
  g_autofree char *future = g_date_time_format (later, "%Y-%m-%d");
  g_autofree char *future_consumer = g_strdup_printf ("{\"gender\": 1, \"first_name\": \"John\", \"last_name\": \"Doe\", "
                                                      "\"date_of_birth\": \"%s\", \"email\": \"john.doe@example.org\"}", future);
  const struct {
    const char *consumer;
    const char *field;
  } cases[] = {
    { "{\"gender\": 1, \"first_name\": \"John\", \"last_name\": \"Doe\", \"date_of_birth\": \"1970-01-01\", \"email\": \"john.doe.example.org\"}", "email" },
    { "{\"gender\": 1, \"first_name\": \"John\", \"last_name\": \"Doe\", \"date_of_birth\": \"1970-01-01\", \"email\": \"john@doe\"}", "email" },
    { "{\"gender\": 1, \"first_name\": \"John\", \"last_name\": \"Doe\", \"date_of_birth\": \"01-01-1970\", \"email\": \"john.doe@example.org\"}", "date_of_birth" },
    { "{\"gender\": 1, \"first_name\": \"John\", \"last_name\": \"Doe\", \"date_of_birth\": \"1970-02-30\", \"email\": \"john.doe@example.org\"}", "date_of_birth" },
    { future_consumer, "date_of_birth" },
    { "{\"gender\": 5, \"first_name\": \"John\", \"last_name\": \"Doe\", \"date_of_birth\": \"1970-01-01\", \"email\": \"john.doe@example.org\"}", "gender" },
    { "{\"gender\": \"x\", \"first_name\": \"John\", \"last_name\": \"Doe\", \"date_of_birth\": \"1970-01-01\", \"email\": \"john.doe@example.org\"}", "gender" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *body = order_body (sandbox, TICKETS_TEST_OR_DEMO, tickets, cases[i].consumer);
      g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "POST", "/personalization", TICKETS_TEST_AUTH_ORDER_DEMO, body);
      const char *fields[] = { cases[i].field, NULL };

      g_test_message ("consumer %s", cases[i].consumer);
      assert_details (response, fields);
    }

  tickets_test_assert_not_personalized (sandbox, TICKETS_TEST_TK_DEMO_1);
}

/* The date of birth follows the app's rule (tickets_date_of_birth_check()):
 * a date in the future or before 1900 is refused with the server's
 * message, and nothing is personalized; 1 January 1900 is taken. */
static void
test_date_of_birth_bounds (void)
{
  TicketsTestSandbox *sb = tickets_test_sandbox_start ();
  static const char *tickets[] = { TICKETS_TEST_TK_DEMO_1, NULL };
  static const char *date_of_birth[] = { "date_of_birth", NULL };
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) later = g_date_time_add_days (now, 2);
  g_autofree char *future = g_date_time_format (later, "%Y-%m-%d");
  const struct {
    const char *date;
    const char *message;
  } refused[] = {
    { future, "The date of birth cannot be in the future." },
    { "1899-12-31", "The date of birth cannot be before 1900." },
    { "1066-10-14", "The date of birth cannot be before 1900." },
    { "1899-02-30", "Enter a valid date in the format YYYY-MM-DD." },
  };
  const char *earliest = "{\"gender\": 2, \"first_name\": \"Anna\", \"last_name\": \"Visser\", "
                         "\"date_of_birth\": \"1900-01-01\", \"email\": \"anna@example.org\"}";
  g_autofree char *body = order_body (sb, TICKETS_TEST_OR_DEMO, tickets, earliest);
  g_autoptr(TicketsTestResponse) response = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autofree char *consumer = g_strdup_printf ("{\"gender\": 2, \"first_name\": \"Anna\", \"last_name\": \"Visser\", "
                                                   "\"date_of_birth\": \"%s\", \"email\": \"anna@example.org\"}",
                                                   refused[i].date);
      g_autofree char *refused_body = order_body (sb, TICKETS_TEST_OR_DEMO, tickets, consumer);
      g_autoptr(TicketsTestResponse) refusal = tickets_test_request (sb, "POST", "/personalization",
                                                                     TICKETS_TEST_AUTH_ORDER_DEMO, refused_body);
      JsonObject *details;

      g_test_message ("date of birth %s", refused[i].date);
      assert_details (refusal, date_of_birth);
      details = json_object_get_object_member (tickets_test_response_object (refusal), "details");
      g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (details, "date_of_birth"), 0), ==,
                       refused[i].message);
      tickets_test_assert_not_personalized (sb, TICKETS_TEST_TK_DEMO_1);
    }

  response = tickets_test_request (sb, "POST", "/personalization", TICKETS_TEST_AUTH_ORDER_DEMO, body);
  assert_personalization_body (sb, response, TICKETS_TEST_TK_DEMO_1, earliest);

  tickets_test_sandbox_stop (sb);
}

/* The DEMO form requires the gender: 0 ("unknown") answers nothing and is
 * refused as missing, whether sent as a number or a string; 9 ("other") is
 * an answer. */
static void
test_required_gender (void)
{
  TicketsTestSandbox *sb = tickets_test_sandbox_start ();
  static const char *tickets[] = { TICKETS_TEST_TK_DEMO_1, NULL };
  static const char *gender[] = { "gender", NULL };
  const char *unknown[] = {
    "{\"gender\": 0, \"first_name\": \"John\", \"last_name\": \"Doe\", \"date_of_birth\": \"1970-01-01\", \"email\": \"john.doe@example.org\"}",
    "{\"gender\": \"0\", \"first_name\": \"John\", \"last_name\": \"Doe\", \"date_of_birth\": \"1970-01-01\", \"email\": \"john.doe@example.org\"}",
  };
  const char *other = "{\"gender\": 9, \"first_name\": \"John\", \"last_name\": \"Doe\", "
                      "\"date_of_birth\": \"1970-01-01\", \"email\": \"john.doe@example.org\"}";
  g_autofree char *body = order_body (sb, TICKETS_TEST_OR_DEMO, tickets, other);
  g_autoptr(TicketsTestResponse) response = NULL;
  JsonObject *details;

  for (guint i = 0; i < G_N_ELEMENTS (unknown); i++)
    {
      g_autofree char *refused_body = order_body (sb, TICKETS_TEST_OR_DEMO, tickets, unknown[i]);
      g_autoptr(TicketsTestResponse) refused = tickets_test_request (sb, "POST", "/personalization",
                                                                     TICKETS_TEST_AUTH_ORDER_DEMO, refused_body);

      assert_details (refused, gender);
      details = json_object_get_object_member (tickets_test_response_object (refused), "details");
      g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (details, "gender"), 0), ==,
                       "This field is required.");
      tickets_test_assert_not_personalized (sb, TICKETS_TEST_TK_DEMO_1);
    }

  response = tickets_test_request (sb, "POST", "/personalization", TICKETS_TEST_AUTH_ORDER_DEMO, body);
  assert_personalization_body (sb, response, TICKETS_TEST_TK_DEMO_1, other);

  tickets_test_sandbox_stop (sb);
}

static void
test_state_required_for_us (void)
{
  static const char *tickets[] = { TICKETS_TEST_TK_FULL_FREE, NULL };
  static const char *state[] = { "state", NULL };
  g_autofree char *consumer = full_consumer ("Emma", "emma.us@example.com", "US", NULL);
  g_autofree char *body = order_body (sandbox, TICKETS_TEST_OR_FULL, tickets, consumer);
  g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "POST", "/personalization", TICKETS_TEST_AUTH_ORDER_FULL, body);

  assert_details (response, state);
  tickets_test_assert_not_personalized (sandbox, TICKETS_TEST_TK_FULL_FREE);
}

static void
test_unique_email (void)
{
  static const char *one[] = { TICKETS_TEST_TK_DEMO_1, NULL };
  static const char *two[] = { TICKETS_TEST_TK_DEMO_1, TICKETS_TEST_TK_DEMO_2, NULL };
  static const char *email[] = { "email", NULL };
  /* Anna holds a Weekend ticket of this order with this address. */
  g_autofree char *anna = demo_consumer ("anna.devries@example.org");
  g_autofree char *anna_upper = demo_consumer ("Anna.DeVries@Example.org");
  g_autofree char *fresh = demo_consumer ("one.for.two@example.org");
  g_autofree char *body = order_body (sandbox, TICKETS_TEST_OR_DEMO, one, anna);
  g_autofree char *upper_body = order_body (sandbox, TICKETS_TEST_OR_DEMO, one, anna_upper);
  g_autofree char *two_body = order_body (sandbox, TICKETS_TEST_OR_DEMO, two, fresh);
  g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "POST", "/personalization", TICKETS_TEST_AUTH_ORDER_DEMO, body);
  g_autoptr(TicketsTestResponse) upper_response = tickets_test_request (sandbox, "POST", "/personalization",
                                                                        TICKETS_TEST_AUTH_ORDER_DEMO, upper_body);
  g_autoptr(TicketsTestResponse) two_response = tickets_test_request (sandbox, "POST", "/personalization", TICKETS_TEST_AUTH_ORDER_DEMO, two_body);

  assert_details (response, email);
  assert_details (upper_response, email);
  /* Two Weekend tickets cannot share one address either. */
  assert_details (two_response, email);
  tickets_test_assert_not_personalized (sandbox, TICKETS_TEST_TK_DEMO_1);
  tickets_test_assert_not_personalized (sandbox, TICKETS_TEST_TK_DEMO_2);
}

/* Refused: the request itself */

static void
test_order_and_request (void)
{
  static const char *tickets[] = { TICKETS_TEST_TK_DEMO_1, NULL };
  g_autofree char *order_href = tickets_test_uri (sandbox, "orders", TICKETS_TEST_OR_DEMO);
  g_autofree char *request_href = tickets_test_uri (sandbox, "personalization-requests", TICKETS_TEST_RQ_PENDING);
  g_autofree char *list = tickets_test_ticket_list (sandbox, tickets);
  g_autofree char *consumer = demo_consumer ("both@example.org");
  g_autofree char *both = g_strdup_printf ("{\"order\": \"%s\", \"personalization_request\": \"%s\", \"tickets\": %s, \"consumer\": %s}",
                                           order_href, request_href, list, consumer);
  g_autofree char *neither = g_strdup_printf ("{\"tickets\": %s, \"consumer\": %s}", list, consumer);
  g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "POST", "/personalization", TICKETS_TEST_AUTH_ORDER_DEMO, both);
  g_autoptr(TicketsTestResponse) request_response = tickets_test_request (sandbox, "POST", "/personalization", TICKETS_TEST_AUTH_REQUEST, both);
  g_autoptr(TicketsTestResponse) neither_response = tickets_test_request (sandbox, "POST", "/personalization", TICKETS_TEST_AUTH_ORDER_DEMO, neither);

  tickets_test_assert_error (response, 400, "BAD_REQUEST");
  tickets_test_assert_error (request_response, 400, "BAD_REQUEST");
  tickets_test_assert_error (neither_response, 400, "BAD_REQUEST");
  tickets_test_assert_not_personalized (sandbox, TICKETS_TEST_TK_DEMO_1);
}

static void
test_bad_bodies (void)
{
  static const char *bodies[] = { "{\"order\": ", "[1, 2, 3]", "", "\"order\"", "null" };

  for (guint i = 0; i < G_N_ELEMENTS (bodies); i++)
    {
      g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "POST", "/personalization", TICKETS_TEST_AUTH_ORDER_DEMO, bodies[i]);
      g_autoptr(TicketsTestResponse) after = NULL;

      g_test_message ("body “%s”", bodies[i]);
      tickets_test_assert_error (response, 400, "BAD_REQUEST");

      /* The sandbox keeps serving. */
      after = tickets_test_request (sandbox, "GET", "/personalization/" TICKETS_TEST_PE_ANNA, TICKETS_TEST_AUTH_ORDER_DEMO, NULL);
      g_assert_cmpuint (after->status, ==, 200);
    }
}

static void
test_opt_in (void)
{
  static const char *tickets[] = { TICKETS_TEST_TK_DEMO_1, NULL };
  static const char *opt_ins[] = { "\"yes\"", "true", "[false]", "{\"opt_in\": \"no\"}", "{\"opt_in\": 0}" };
  g_autofree char *order_href = tickets_test_uri (sandbox, "orders", TICKETS_TEST_OR_DEMO);
  g_autofree char *list = tickets_test_ticket_list (sandbox, tickets);
  g_autofree char *consumer = demo_consumer ("opt.in@example.org");

  for (guint i = 0; i < G_N_ELEMENTS (opt_ins); i++)
    {
      g_autofree char *body = g_strdup_printf ("{\"order\": \"%s\", \"tickets\": %s, \"consumer\": %s, \"opt_in\": %s}",
                                               order_href, list, consumer, opt_ins[i]);
      g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "POST", "/personalization", TICKETS_TEST_AUTH_ORDER_DEMO, body);

      g_test_message ("opt_in %s", opt_ins[i]);
      tickets_test_assert_error (response, 400, "BAD_REQUEST");
    }

  tickets_test_assert_not_personalized (sandbox, TICKETS_TEST_TK_DEMO_1);
}

static void
test_auth_refused (void)
{
  static const char *tickets[] = { TICKETS_TEST_TK_DEMO_1, NULL };
  g_autofree char *consumer = demo_consumer ("refused@example.org");
  g_autofree char *body = order_body (sandbox, TICKETS_TEST_OR_DEMO, tickets, consumer);
  static const char *forbidden[] = {
    TICKETS_TEST_AUTH_ORDER_FULL, TICKETS_TEST_AUTH_ORDER_CLOSED, TICKETS_TEST_AUTH_BOXOFFICE, TICKETS_TEST_AUTH_SALES, TICKETS_TEST_AUTH_BEARER,
    TICKETS_TEST_AUTH_REQUEST,
  };
  static const char *unauthorized[] = { "order:wrong-token", "cognito:wrong-token", "basic:boxoffice:wrong" };

  for (guint i = 0; i < G_N_ELEMENTS (forbidden); i++)
    {
      g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "POST", "/personalization", forbidden[i], body);

      g_test_message ("auth %s", forbidden[i]);
      tickets_test_assert_error (response, 403, "FORBIDDEN");
    }

  for (guint i = 0; i < G_N_ELEMENTS (unauthorized); i++)
    {
      g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "POST", "/personalization", unauthorized[i], body);

      g_test_message ("auth %s", unauthorized[i]);
      tickets_test_assert_error (response, 401, "UNAUTHORIZED");
    }

  {
    g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "POST", "/personalization", NULL, body);

    tickets_test_assert_error (response, 401, "UNAUTHORIZED");
    g_assert_nonnull (soup_message_headers_get_one (response->headers, "WWW-Authenticate"));
  }

  /* The Cognito user did not create the FULL order. */
  {
    static const char *full_tickets[] = { TICKETS_TEST_TK_FULL_FREE, NULL };
    g_autofree char *full = full_consumer ("Emma", "emma.cognito@example.com", "NL", NULL);
    g_autofree char *full_body = order_body (sandbox, TICKETS_TEST_OR_FULL, full_tickets, full);
    g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "POST", "/personalization", TICKETS_TEST_AUTH_COGNITO, full_body);

    tickets_test_assert_error (response, 403, "FORBIDDEN");
    tickets_test_assert_not_personalized (sandbox, TICKETS_TEST_TK_FULL_FREE);
  }

  tickets_test_assert_not_personalized (sandbox, TICKETS_TEST_TK_DEMO_1);
}

static void
test_unknown_order (void)
{
  static const char *tickets[] = { TICKETS_TEST_TK_DEMO_1, NULL };
  g_autofree char *consumer = demo_consumer ("lost@example.org");
  g_autofree char *body = order_body (sandbox, "0123456789abcdef0123456789abcdef", tickets, consumer);
  g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "POST", "/personalization", TICKETS_TEST_AUTH_ORDER_DEMO, body);

  tickets_test_assert_error (response, 404, "NOT_FOUND");
  tickets_test_assert_not_personalized (sandbox, TICKETS_TEST_TK_DEMO_1);
}

/* The request way */

static void
test_request_token (void)
{
  TicketsTestSandbox *sb = tickets_test_sandbox_start ();
  static const char *first[] = { TICKETS_TEST_TK_FULL_REQUEST_1, NULL };
  static const char *second[] = { TICKETS_TEST_TK_FULL_REQUEST_2, NULL };
  g_autofree char *consumer = full_consumer ("Noor", "noor.visser@example.com", "NL", NULL);
  g_autofree char *friend = full_consumer ("Sem", "sem.visser@example.com", "BE", NULL);
  g_autofree char *body = request_body (sb, TICKETS_TEST_RQ_PENDING, first, consumer);
  g_autofree char *second_body = request_body (sb, TICKETS_TEST_RQ_PENDING, second, friend);
  g_autofree char *order_href = tickets_test_uri (sb, "orders", TICKETS_TEST_OR_FULL);
  g_autoptr(TicketsTestResponse) response = NULL;
  g_autoptr(TicketsTestResponse) ticket_response = NULL;
  g_autoptr(TicketsTestResponse) state = NULL;
  g_autoptr(TicketsTestResponse) second_response = NULL;
  g_autoptr(TicketsTestResponse) done = NULL;
  g_autoptr(TicketsTestResponse) again = NULL;
  JsonObject *object;
  JsonObject *ticket;

  response = tickets_test_request (sb, "POST", "/personalization", TICKETS_TEST_AUTH_REQUEST, body);
  g_assert_cmpuint (response->status, ==, 201);
  object = tickets_test_response_object (response);
  tickets_test_assert_hal (object, NULL);
  g_assert_cmpstr (soup_message_headers_get_one (response->headers, "Location"), ==, tickets_test_assert_link (object, "self"));
  g_assert_cmpstr (tickets_test_assert_link (object, "shop:order"), ==, order_href);
  g_assert_cmpuint (json_array_get_length (tickets_test_embedded_list (object, "shop:ticket")), ==, 1);
  assert_consumer_is (json_object_get_object_member (object, "consumer"), consumer);

  /* The friend may read the ticket they personalized. */
  ticket = tickets_test_get_ticket (sb, TICKETS_TEST_TK_FULL_REQUEST_1, TICKETS_TEST_AUTH_REQUEST, &ticket_response);
  g_assert_true (json_object_get_boolean_member (ticket, "personalized"));
  g_assert_false (json_object_get_boolean_member (ticket, "needs_personalization"));
  assert_consumer_is (json_object_get_object_member (ticket, "consumer"), consumer);

  /* One of two tickets: the request is still pending. */
  state = tickets_test_request (sb, "GET", "/personalization-requests/" TICKETS_TEST_RQ_PENDING, TICKETS_TEST_AUTH_REQUEST, NULL);
  g_assert_cmpuint (state->status, ==, 200);
  g_assert_cmpstr (json_object_get_string_member (tickets_test_response_object (state), "state"), ==, "pending");

  second_response = tickets_test_request (sb, "POST", "/personalization", TICKETS_TEST_AUTH_REQUEST, second_body);
  g_assert_cmpuint (second_response->status, ==, 201);
  assert_consumer_is (json_object_get_object_member (tickets_test_response_object (second_response), "consumer"), friend);

  done = tickets_test_request (sb, "GET", "/personalization-requests/" TICKETS_TEST_RQ_PENDING, TICKETS_TEST_AUTH_REQUEST, NULL);
  g_assert_cmpuint (done->status, ==, 200);
  g_assert_cmpstr (json_object_get_string_member (tickets_test_response_object (done), "state"), ==, "completed");

  /* A completed request personalizes nothing more. */
  again = tickets_test_request (sb, "POST", "/personalization", TICKETS_TEST_AUTH_REQUEST, body);
  tickets_test_assert_error (again, 403, "FORBIDDEN");

  tickets_test_sandbox_stop (sb);
}

static void
test_request_refused (void)
{
  static const char *outside[] = { TICKETS_TEST_TK_FULL_FREE, NULL };
  static const char *inside[] = { TICKETS_TEST_TK_FULL_REQUEST_1, NULL };
  static const char *done_tickets[] = { TICKETS_TEST_TK_CLOSED_PERSONALIZED, NULL };
  g_autofree char *consumer = full_consumer ("Noor", "noor.refused@example.com", "NL", NULL);
  g_autofree char *outside_body = request_body (sandbox, TICKETS_TEST_RQ_PENDING, outside, consumer);
  g_autofree char *order_way = order_body (sandbox, TICKETS_TEST_OR_FULL, inside, consumer);
  g_autofree char *inside_body = request_body (sandbox, TICKETS_TEST_RQ_PENDING, inside, consumer);
  g_autofree char *done_body = request_body (sandbox, TICKETS_TEST_RQ_COMPLETED, done_tickets, consumer);
  g_autofree char *unknown_body = request_body (sandbox, "0123456789abcdef0123456789abcdef", inside, consumer);
  g_autoptr(TicketsTestResponse) outside_response = tickets_test_request (sandbox, "POST", "/personalization",
                                                                          TICKETS_TEST_AUTH_REQUEST, outside_body);
  g_autoptr(TicketsTestResponse) order_response = tickets_test_request (sandbox, "POST", "/personalization", TICKETS_TEST_AUTH_REQUEST, order_way);
  g_autoptr(TicketsTestResponse) other_request = tickets_test_request (sandbox, "POST", "/personalization",
                                                                       TICKETS_TEST_AUTH_REQUEST_COMPLETED, inside_body);
  g_autoptr(TicketsTestResponse) done_response = tickets_test_request (sandbox, "POST", "/personalization",
                                                                       TICKETS_TEST_AUTH_REQUEST_COMPLETED, done_body);
  g_autoptr(TicketsTestResponse) order_token = tickets_test_request (sandbox, "POST", "/personalization", TICKETS_TEST_AUTH_ORDER_FULL, inside_body);
  g_autoptr(TicketsTestResponse) unknown = tickets_test_request (sandbox, "POST", "/personalization", TICKETS_TEST_AUTH_REQUEST, unknown_body);

  tickets_test_assert_error (outside_response, 400, "TICKET_NOT_AVAILABLE");
  tickets_test_assert_error (order_response, 403, "FORBIDDEN");
  /* Another request's token, a completed request, or the order's own token. */
  tickets_test_assert_error (other_request, 403, "FORBIDDEN");
  tickets_test_assert_error (done_response, 403, "FORBIDDEN");
  tickets_test_assert_error (order_token, 403, "FORBIDDEN");
  tickets_test_assert_error (unknown, 404, "NOT_FOUND");

  tickets_test_assert_not_personalized (sandbox, TICKETS_TEST_TK_FULL_FREE);
  tickets_test_assert_not_personalized (sandbox, TICKETS_TEST_TK_FULL_REQUEST_1);
}

/* GET */

static void
test_get_one (void)
{
  g_autofree char *ticket_href = tickets_test_uri (sandbox, "tickets", TICKETS_TEST_TK_DEMO_ANNA);
  g_autofree char *order_href = tickets_test_uri (sandbox, "orders", TICKETS_TEST_OR_DEMO);
  static const char *readers[] = { TICKETS_TEST_AUTH_ORDER_DEMO, TICKETS_TEST_AUTH_COGNITO };
  static const char *forbidden[] = {
    TICKETS_TEST_AUTH_ORDER_FULL, TICKETS_TEST_AUTH_BOXOFFICE, TICKETS_TEST_AUTH_SALES, TICKETS_TEST_AUTH_BEARER, TICKETS_TEST_AUTH_REQUEST,
  };

  for (guint i = 0; i < G_N_ELEMENTS (readers); i++)
    {
      g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "GET", "/personalization/" TICKETS_TEST_PE_ANNA,
                                                                      readers[i], NULL);
      JsonObject *object;
      JsonObject *consumer;
      JsonArray *tickets;

      g_test_message ("auth %s", readers[i]);
      g_assert_cmpuint (response->status, ==, 200);
      object = tickets_test_response_object (response);
      tickets_test_assert_hal (object, NULL);
      g_assert_true (g_str_has_suffix (tickets_test_assert_link (object, "self"), "/personalization/" TICKETS_TEST_PE_ANNA));
      g_assert_cmpstr (tickets_test_assert_link (object, "shop:order"), ==, order_href);

      consumer = json_object_get_object_member (object, "consumer");
      g_assert_cmpstr (json_object_get_string_member (consumer, "first_name"), ==, "Anna");
      g_assert_cmpstr (json_object_get_string_member (consumer, "last_name"), ==, "de Vries");
      g_assert_cmpstr (json_object_get_string_member (consumer, "email"), ==, "anna.devries@example.org");
      g_assert_cmpint (json_object_get_int_member (consumer, "gender"), ==, 2);

      tickets = tickets_test_embedded_list (object, "shop:ticket");
      g_assert_cmpuint (json_array_get_length (tickets), ==, 1);
      g_assert_cmpstr (tickets_test_assert_link (json_array_get_object_element (tickets, 0), "self"), ==, ticket_href);
      g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (json_array_get_object_element (tickets, 0),
                                                                                      "consumer"), "first_name"), ==, "Anna");
    }

  for (guint i = 0; i < G_N_ELEMENTS (forbidden); i++)
    {
      g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "GET", "/personalization/" TICKETS_TEST_PE_ANNA,
                                                                      forbidden[i], NULL);

      g_test_message ("auth %s", forbidden[i]);
      tickets_test_assert_error (response, 403, "FORBIDDEN");
    }

  {
    g_autoptr(TicketsTestResponse) none = tickets_test_request (sandbox, "GET", "/personalization/" TICKETS_TEST_PE_ANNA, NULL, NULL);
    g_autoptr(TicketsTestResponse) unknown = tickets_test_request (sandbox, "GET", "/personalization/0123456789abcdef0123456789abcdef",
                                                                   TICKETS_TEST_AUTH_ORDER_DEMO, NULL);

    tickets_test_assert_error (none, 401, "UNAUTHORIZED");
    tickets_test_assert_error (unknown, 404, "NOT_FOUND");
  }
}

static char *
list_path (TicketsTestSandbox *sb,
           const char         *order)
{
  g_autofree char *order_href = tickets_test_uri (sb, "orders", order);
  g_autofree char *escaped = g_uri_escape_string (order_href, NULL, FALSE);

  return g_strconcat ("/personalization?order=", escaped, NULL);
}

static GPtrArray *
list_uids (TicketsTestResponse *response)
{
  JsonObject *object = tickets_test_response_object (response);
  JsonArray *list = tickets_test_embedded_list (object, "shop:personalization");
  GPtrArray *uids = g_ptr_array_new_with_free_func (g_free);

  g_assert_nonnull (list);
  for (guint i = 0; i < json_array_get_length (list); i++)
    {
      const char *self = tickets_test_assert_link (json_array_get_object_element (list, i), "self");

      g_ptr_array_add (uids, g_strdup (strrchr (self, '/') + 1));
    }

  return uids;
}

static gboolean
has_uid (GPtrArray  *uids,
         const char *uid)
{
  return g_ptr_array_find_with_equal_func (uids, uid, g_str_equal, NULL);
}

static void
test_list (void)
{
  TicketsTestSandbox *sb = tickets_test_sandbox_start ();
  g_autofree char *path = list_path (sb, TICKETS_TEST_OR_DEMO);
  static const char *first[] = { TICKETS_TEST_TK_DEMO_1, NULL };
  static const char *second[] = { TICKETS_TEST_TK_DEMO_SEATED, NULL };
  g_autofree char *consumer = demo_consumer ("first.listed@example.org");
  g_autofree char *second_consumer = demo_consumer ("second.listed@example.org");
  g_autofree char *body = order_body (sb, TICKETS_TEST_OR_DEMO, first, consumer);
  g_autofree char *second_body = order_body (sb, TICKETS_TEST_OR_DEMO, second, second_consumer);
  g_autoptr(TicketsTestResponse) before = tickets_test_request (sb, "GET", path, TICKETS_TEST_AUTH_ORDER_DEMO, NULL);
  g_autoptr(TicketsTestResponse) created = NULL;
  g_autoptr(TicketsTestResponse) created_second = NULL;
  g_autoptr(TicketsTestResponse) after = NULL;
  g_autoptr(TicketsTestResponse) cognito = NULL;
  g_autoptr(GPtrArray) before_uids = NULL;
  g_autoptr(GPtrArray) after_uids = NULL;
  g_autoptr(GPtrArray) cognito_uids = NULL;
  const char *new_self;
  const char *second_self;

  g_assert_cmpuint (before->status, ==, 200);
  tickets_test_assert_hal (tickets_test_response_object (before), NULL);
  before_uids = list_uids (before);
  g_assert_cmpuint (before_uids->len, ==, 1);
  g_assert_true (has_uid (before_uids, TICKETS_TEST_PE_ANNA));

  created = tickets_test_request (sb, "POST", "/personalization", TICKETS_TEST_AUTH_ORDER_DEMO, body);
  g_assert_cmpuint (created->status, ==, 201);
  created_second = tickets_test_request (sb, "POST", "/personalization", TICKETS_TEST_AUTH_COGNITO, second_body);
  g_assert_cmpuint (created_second->status, ==, 201);
  new_self = soup_message_headers_get_one (created->headers, "Location");
  second_self = soup_message_headers_get_one (created_second->headers, "Location");

  after = tickets_test_request (sb, "GET", path, TICKETS_TEST_AUTH_ORDER_DEMO, NULL);
  g_assert_cmpuint (after->status, ==, 200);
  after_uids = list_uids (after);
  g_assert_cmpuint (after_uids->len, ==, 3);
  g_assert_true (has_uid (after_uids, TICKETS_TEST_PE_ANNA));
  g_assert_true (has_uid (after_uids, strrchr (new_self, '/') + 1));
  g_assert_true (has_uid (after_uids, strrchr (second_self, '/') + 1));

  cognito = tickets_test_request (sb, "GET", path, TICKETS_TEST_AUTH_COGNITO, NULL);
  g_assert_cmpuint (cognito->status, ==, 200);
  cognito_uids = list_uids (cognito);
  g_assert_cmpuint (cognito_uids->len, ==, 3);

  tickets_test_sandbox_stop (sb);
}

static void
test_list_refused (void)
{
  g_autofree char *demo = list_path (sandbox, TICKETS_TEST_OR_DEMO);
  g_autofree char *unknown = list_path (sandbox, "0123456789abcdef0123456789abcdef");
  g_autofree char *extra = g_strconcat (demo, "&page=1", NULL);
  static const char *forbidden[] = { TICKETS_TEST_AUTH_ORDER_FULL, TICKETS_TEST_AUTH_BOXOFFICE, TICKETS_TEST_AUTH_BEARER, TICKETS_TEST_AUTH_REQUEST };

  {
    g_autoptr(TicketsTestResponse) missing = tickets_test_request (sandbox, "GET", "/personalization", TICKETS_TEST_AUTH_ORDER_DEMO, NULL);
    g_autoptr(TicketsTestResponse) other = tickets_test_request (sandbox, "GET", "/personalization?event=x", TICKETS_TEST_AUTH_ORDER_DEMO, NULL);
    g_autoptr(TicketsTestResponse) extra_response = tickets_test_request (sandbox, "GET", extra, TICKETS_TEST_AUTH_ORDER_DEMO, NULL);
    g_autoptr(TicketsTestResponse) unknown_response = tickets_test_request (sandbox, "GET", unknown, TICKETS_TEST_AUTH_ORDER_DEMO, NULL);
    g_autoptr(TicketsTestResponse) none = tickets_test_request (sandbox, "GET", demo, NULL, NULL);

    tickets_test_assert_error (missing, 400, "BAD_REQUEST");
    tickets_test_assert_error (other, 400, "BAD_REQUEST");
    tickets_test_assert_error (extra_response, 400, "BAD_REQUEST");
    tickets_test_assert_error (unknown_response, 404, "NOT_FOUND");
    tickets_test_assert_error (none, 401, "UNAUTHORIZED");
  }

  for (guint i = 0; i < G_N_ELEMENTS (forbidden); i++)
    {
      g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "GET", demo, forbidden[i], NULL);

      g_test_message ("auth %s", forbidden[i]);
      tickets_test_assert_error (response, 403, "FORBIDDEN");
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sandbox/personalization/order-token", test_order_token);
  g_test_add_func ("/sandbox/personalization/cognito-token", test_cognito_token);
  g_test_add_func ("/sandbox/personalization/full-form", test_full_form);
  g_test_add_func ("/sandbox/personalization/closed-period", test_closed_period);
  g_test_add_func ("/sandbox/personalization/future-period", test_future_period);
  g_test_add_func ("/sandbox/personalization/no-personalization", test_no_personalization);
  g_test_add_func ("/sandbox/personalization/invalid-ticket", test_invalid_ticket);
  g_test_add_func ("/sandbox/personalization/duplicate-ticket", test_duplicate_ticket);
  g_test_add_func ("/sandbox/personalization/ticket-of-another-order", test_ticket_of_another_order);
  g_test_add_func ("/sandbox/personalization/unknown-ticket", test_unknown_ticket);
  g_test_add_func ("/sandbox/personalization/missing-fields", test_missing_fields);
  g_test_add_func ("/sandbox/personalization/malformed-fields", test_malformed_fields);
  g_test_add_func ("/sandbox/personalization/required-gender", test_required_gender);
  g_test_add_func ("/sandbox/personalization/date-of-birth-bounds", test_date_of_birth_bounds);
  g_test_add_func ("/sandbox/personalization/state-required-for-us", test_state_required_for_us);
  g_test_add_func ("/sandbox/personalization/unique-email", test_unique_email);
  g_test_add_func ("/sandbox/personalization/order-and-request", test_order_and_request);
  g_test_add_func ("/sandbox/personalization/bad-bodies", test_bad_bodies);
  g_test_add_func ("/sandbox/personalization/opt-in", test_opt_in);
  g_test_add_func ("/sandbox/personalization/auth-refused", test_auth_refused);
  g_test_add_func ("/sandbox/personalization/unknown-order", test_unknown_order);
  g_test_add_func ("/sandbox/personalization/request-token", test_request_token);
  g_test_add_func ("/sandbox/personalization/request-refused", test_request_refused);
  g_test_add_func ("/sandbox/personalization/get-one", test_get_one);
  g_test_add_func ("/sandbox/personalization/list", test_list);
  g_test_add_func ("/sandbox/personalization/list-refused", test_list_refused);

  return tickets_test_run_with_sandbox (&sandbox);
}
