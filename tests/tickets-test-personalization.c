/* tickets-test-personalization.c: what the tests of POST and GET
 * /personalization share: the bodies of the order way and the request way,
 * the consumers of the DEMO and FULL forms, and the checks of an answer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tickets-test-personalization.h"

#define OPT_IN "{\"opt_in\": false, \"opt_in_2\": false}"

/* The body of "the order way", as in the documentation's example. */
char *
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

char *
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
char *
demo_consumer (const char *email)
{
  return g_strdup_printf ("{\"gender\": 1, \"first_name\": \"John\", \"last_name\": \"Doe\", "
                          "\"date_of_birth\": \"1970-01-01\", \"email\": \"%s\"}", email);
}

/* The FULL order's form adds the address and the phone number. */
char *
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
void
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
void
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

/* A 201 for ticket_uid of the DEMO order: the new personalization, its
 * ticket and short product, and consumer as sent. */
void
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
