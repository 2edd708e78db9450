/* test-parse-tolerant.c: the parsers on payloads that stray from the docs:
 * the variants a server may send are tolerated, a broken document is
 * refused with an error that names the trouble, never a crash
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "tickets-error.h"
#include "tickets-json.h"
#include "tickets-parse.h"

#include "parse-test-utils.h"

/* The tolerances the docs' own examples call for, one at a time. */
static TicketsTicket *
parse_ticket_string (const char  *json,
                     GError     **error)
{
  g_autoptr(GBytes) bytes = bytes_from_string (json);

  return tickets_parse_ticket (bytes, error);
}

/* The documented representations carry no "opt_in": a ticket then says
 * its consent is unknown. Where a server adds one it is read, each member
 * its own flag; a shape that is not understood leaves it unknown and the
 * ticket is still parsed. */
static void
test_tolerant_consent (void)
{
  const struct
  {
    const char     *opt_in;
    gboolean        known;
    TicketsConsent  consent;
  } cases[] = {
    { NULL, FALSE, TICKETS_CONSENT_NONE },
    { "{\"opt_in\": false, \"opt_in_2\": false}", TRUE, TICKETS_CONSENT_NONE },
    { "{\"opt_in\": true, \"opt_in_2\": false}", TRUE, TICKETS_CONSENT_NEWSLETTER },
    { "{\"opt_in\": false, \"opt_in_2\": true}", TRUE, TICKETS_CONSENT_PARTNERS },
    { "{\"opt_in\": true, \"opt_in_2\": true}", TRUE, TICKETS_CONSENT_NEWSLETTER | TICKETS_CONSENT_PARTNERS },
    { "{\"opt_in_2\": true}", TRUE, TICKETS_CONSENT_PARTNERS },
    { "{}", FALSE, TICKETS_CONSENT_NONE },
    { "null", FALSE, TICKETS_CONSENT_NONE },
    { "true", FALSE, TICKETS_CONSENT_NONE },
    { "{\"opt_in\": \"yes\", \"opt_in_2\": false}", FALSE, TICKETS_CONSENT_NONE },
    { "{\"opt_in\": 1}", FALSE, TICKETS_CONSENT_NONE },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *ticket_json = NULL;
      g_autofree char *personalization_json = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(TicketsTicket) ticket = NULL;
      g_autoptr(TicketsPersonalization) personalization = NULL;
      g_autoptr(TicketsTicket) embedded = NULL;
      g_autoptr(GError) error = NULL;

      g_test_message ("opt_in: %s", cases[i].opt_in != NULL ? cases[i].opt_in : "(none)");
      if (cases[i].opt_in != NULL)
        ticket_json = g_strdup_printf ("{\"uid\": \"t1\", \"opt_in\": %s}", cases[i].opt_in);
      else
        ticket_json = g_strdup ("{\"uid\": \"t1\"}");
      ticket = parse_ticket_string (ticket_json, &error);
      g_assert_no_error (error);
      g_assert_cmpint (tickets_ticket_get_consent_known (ticket), ==, cases[i].known);
      g_assert_cmpint (tickets_ticket_get_consent (ticket), ==, cases[i].consent);

      /* On a personalization it holds for each of its tickets. */
      personalization_json = g_strdup_printf ("{\"_links\": {\"self\": {\"href\": \"https://x/personalization/p1\"}}, "
                                              "\"_embedded\": {\"shop:ticket\": [{\"uid\": \"t2\"}]}%s%s}",
                                              cases[i].opt_in != NULL ? ", \"opt_in\": " : "",
                                              cases[i].opt_in != NULL ? cases[i].opt_in : "");
      bytes = bytes_from_string (personalization_json);
      personalization = tickets_parse_personalization (bytes, &error);
      g_assert_no_error (error);
      embedded = g_list_model_get_item (tickets_personalization_get_tickets (personalization), 0);
      g_assert_cmpint (tickets_ticket_get_consent_known (embedded), ==, cases[i].known);
      g_assert_cmpint (tickets_ticket_get_consent (embedded), ==, cases[i].consent);
    }
}

/* A personalization answer without _embedded says nothing of its tickets:
 * merged into the one already known, it leaves the list as it was. */
static void
test_personalization_without_embedded (void)
{
  g_autoptr(GBytes) full = bytes_from_string ("{\"_links\": {\"self\": {\"href\": \"https://x/personalization/p1\"}}, "
                                              "\"_embedded\": {\"shop:ticket\": [{\"uid\": \"t1\"}, {\"uid\": \"t2\"}]}}");
  g_autoptr(GBytes) bare = bytes_from_string ("{\"_links\": {\"self\": {\"href\": \"https://x/personalization/p1\"}}}");
  g_autoptr(TicketsPersonalization) known = NULL;
  g_autoptr(TicketsPersonalization) fresh = NULL;
  g_autoptr(GError) error = NULL;

  known = tickets_parse_personalization (full, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (tickets_personalization_get_tickets (known)), ==, 2);

  fresh = tickets_parse_personalization (bare, &error);
  g_assert_no_error (error);
  tickets_resource_merge (TICKETS_RESOURCE (known), TICKETS_RESOURCE (fresh));
  g_assert_cmpuint (g_list_model_get_n_items (tickets_personalization_get_tickets (known)), ==, 2);
}

static void
test_tolerant_amounts (void)
{
  const struct {
    const char *json;
    const char *text;
  } cases[] = {
    { "{\"uid\": \"t\", \"price\": {\"currency\": \"EUR\", \"amount\": \"89.50\"}}", "89.50" },
    { "{\"uid\": \"t\", \"price\": {\"currency\": \"EUR\", \"amount\": 89.5}}", "89.50" },
    { "{\"uid\": \"t\", \"price\": {\"currency\": \"EUR\", \"amount\": 89}}", "89.00" },
    { "{\"uid\": \"t\", \"price\": {\"currency\": \"EUR\", \"amount\": \"0.450\"}}", "0.450" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(TicketsTicket) ticket = parse_ticket_string (cases[i].json, &error);

      g_assert_no_error (error);
      assert_amount (tickets_ticket_get_price (ticket), "EUR", cases[i].text);
    }
}

static void
test_tolerant_consumer (void)
{
  const struct {
    const char    *json;
    TicketsGender  gender;
    const char    *country;
    const char    *state;
  } cases[] = {
    { "{\"gender\": 1, \"country\": \"NL\", \"state\": null}", TICKETS_GENDER_MALE, "NL", "" },
    { "{\"gender\": \"2\", \"country\": \"nl\", \"state\": \"\"}", TICKETS_GENDER_FEMALE, "NL", "" },
    { "{\"gender\": \"9\", \"country\": \"Netherlands\", \"state\": \"US-AL\"}", TICKETS_GENDER_OTHER, "NL", "US-AL" },
    { "{\"gender\": \"\", \"country\": \"UK\"}", TICKETS_GENDER_UNKNOWN, "GB", "" },
    { "{\"gender\": 7, \"country\": \"Atlantis\", \"shoe_size\": 44}", TICKETS_GENDER_UNKNOWN, "Atlantis", "" },
    { "{}", TICKETS_GENDER_UNKNOWN, "", "" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JsonNode) node = json_from_string (cases[i].json, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(TicketsConsumer) consumer = NULL;

      consumer = tickets_parse_consumer_object (json_node_get_object (node), &error);
      g_assert_no_error (error);
      g_assert_cmpint (tickets_consumer_get_gender (consumer), ==, cases[i].gender);
      g_assert_cmpstr (tickets_consumer_get_country (consumer), ==, cases[i].country);
      g_assert_cmpstr (tickets_consumer_get_state (consumer), ==, cases[i].state);
      g_assert_cmpstr (tickets_consumer_get_first_name (consumer), ==, "");
    }
}

/* An embedded product is an object or a list of them. */
static void
test_tolerant_embedded (void)
{
  const char *objects =
    "{\"uid\": \"t1\", \"_links\": {\"shop:product\": {\"href\": \"https://x.test/products/p1\"}},"
    " \"_embedded\": {\"shop:product\": {\"uid\": \"p1\", \"name\": {\"en\": \"Day ticket\"}}}}";
  const char *lists =
    "{\"uid\": \"t1\", \"_links\": {\"shop:product\": [{\"href\": \"https://x.test/products/p1\"}]},"
    " \"_embedded\": {\"shop:product\": [{\"uid\": \"p0\"}, {\"uid\": \"p1\", \"name\": {\"en\": \"Day ticket\"}}]}}";
  const char *jsons[] = { objects, lists };

  for (gsize i = 0; i < G_N_ELEMENTS (jsons); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(TicketsTicket) ticket = parse_ticket_string (jsons[i], &error);
      TicketsProduct *product;

      g_assert_no_error (error);
      product = tickets_ticket_get_product (ticket);
      g_assert_nonnull (product);
      g_assert_cmpstr (tickets_resource_get_uid (TICKETS_RESOURCE (product)), ==, "p1");
      g_assert_cmpstr (tickets_i18n_text_get_best_for (tickets_product_get_name (product), english), ==, "Day ticket");
    }
}

/* Missing members take defaults; dates with a space parse too. */
static void
test_tolerant_defaults (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TicketsTicket) ticket = NULL;

  ticket = parse_ticket_string ("{\"uid\": \"t\", \"personalization_end\": \"2026-12-22 07:26:35Z\", \"future\": [1, 2]}", &error);
  g_assert_no_error (error);
  g_assert_null (tickets_ticket_get_code (ticket));
  g_assert_null (tickets_ticket_get_status (ticket));
  g_assert_false (tickets_ticket_get_is_scanned (ticket));
  g_assert_null (tickets_ticket_get_consumer (ticket));
  g_assert_null (tickets_ticket_get_price (ticket));
  g_assert_null (tickets_ticket_get_personalization_start (ticket));
  assert_date_time (tickets_ticket_get_personalization_end (ticket), "2026-12-22T07:26:35Z");
}

/* GET /personalization-requests/{uid}, shaped as the sandbox answers it: the
 * docs show no example. The tickets come embedded with their products, the
 * products name their event by link only. */
static const char request_json[] =
  "{\"_links\": {\"self\": {\"href\": \"https://x.test/personalization-requests/r1\"},"
  "             \"shop:order\": {\"href\": \"https://x.test/orders/o1\"},"
  "             \"shop:ticket\": [{\"href\": \"https://x.test/tickets/t1\"}, {\"href\": \"https://x.test/tickets/t2\"}]},"
  " \"uid\": \"r1\", \"email\": \"friend@example.org\", \"state\": \"pending\","
  " \"created_at\": \"2026-06-01T10:00:00Z\","
  " \"tickets\": [\"https://x.test/tickets/t1\", \"https://x.test/tickets/t2\"],"
  " \"products\": [\"https://x.test/products/p1\"],"
  " \"_embedded\": {"
  "   \"shop:ticket\": ["
  "     {\"_links\": {\"self\": {\"href\": \"https://x.test/tickets/t1\"},"
  "                  \"shop:event\": {\"href\": \"https://x.test/events/e1\"},"
  "                  \"shop:product\": {\"href\": \"https://x.test/products/p1\"},"
  "                  \"shop:order\": {\"href\": \"https://x.test/orders/o1\"},"
  "                  \"shop:personalization_request\": [{\"href\": \"https://x.test/personalization-requests/r1\"}]},"
  "      \"uid\": \"t1\", \"code\": \"111\", \"status\": \"valid\", \"personalized\": false,"
  "      \"needs_personalization\": true, \"personalization_end\": \"2026-07-01T00:00:00Z\", \"consumer\": null},"
  "     {\"_links\": {\"self\": {\"href\": \"https://x.test/tickets/t2\"},"
  "                  \"shop:event\": {\"href\": \"https://x.test/events/e1\"},"
  "                  \"shop:product\": {\"href\": \"https://x.test/products/p1\"}},"
  "      \"uid\": \"t2\", \"code\": \"222\", \"status\": \"valid\", \"personalized\": true,"
  "      \"needs_personalization\": false,"
  "      \"consumer\": {\"first_name\": \"Femke\", \"last_name\": \"Jansen\"}}],"
  "   \"shop:product\": ["
  "     {\"_links\": {\"self\": {\"href\": \"https://x.test/products/p1\"},"
  "                  \"shop:event\": {\"href\": \"https://x.test/events/e1\"}},"
  "      \"uid\": \"p1\", \"name\": {\"en\": \"Weekend ticket\", \"nl\": \"Weekendkaart\"}}]}}";

static void
test_request_embedded (void)
{
  g_autoptr(GBytes) bytes = bytes_from_string (request_json);
  g_autoptr(GError) error = NULL;
  g_autoptr(TicketsTicket) first = NULL;
  g_autoptr(TicketsTicket) second = NULL;
  TicketsPersonalizationRequest *request;
  GListModel *tickets;
  TicketsProduct *product;

  request = tickets_parse_personalization_request (bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tickets_resource_get_uid (TICKETS_RESOURCE (request)), ==, "r1");
  g_assert_cmpstr (tickets_resource_get_href (TICKETS_RESOURCE (request)), ==, "https://x.test/personalization-requests/r1");
  g_assert_cmpstr (tickets_personalization_request_get_email (request), ==, "friend@example.org");
  g_assert_cmpstr (tickets_personalization_request_get_state (request), ==, "pending");
  assert_date_time (tickets_personalization_request_get_created_at (request), "2026-06-01T10:00:00Z");
  g_assert_cmpstr (tickets_personalization_request_get_order_uri (request), ==, "https://x.test/orders/o1");
  g_assert_cmpstrv (tickets_personalization_request_get_ticket_uris (request),
                    ((const char * const []) { "https://x.test/tickets/t1", "https://x.test/tickets/t2", NULL }));
  g_assert_cmpstrv (tickets_personalization_request_get_product_uris (request),
                    ((const char * const []) { "https://x.test/products/p1", NULL }));

  g_assert_true (tickets_resource_is_present (TICKETS_RESOURCE (request), "tickets"));
  tickets = tickets_personalization_request_get_tickets (request);
  g_assert_cmpuint (g_list_model_get_n_items (tickets), ==, 2);
  first = g_list_model_get_item (tickets, 0);
  second = g_list_model_get_item (tickets, 1);
  g_assert_cmpstr (tickets_resource_get_uid (TICKETS_RESOURCE (first)), ==, "t1");
  g_assert_cmpstr (tickets_resource_get_uid (TICKETS_RESOURCE (second)), ==, "t2");
  g_assert_cmpstr (tickets_ticket_get_code (first), ==, "111");
  g_assert_true (tickets_ticket_get_needs_personalization (first));
  assert_date_time (tickets_ticket_get_personalization_end (first), "2026-07-01T00:00:00Z");
  g_assert_cmpstrv (tickets_ticket_get_personalization_request_uris (first),
                    ((const char * const []) { "https://x.test/personalization-requests/r1", NULL }));
  g_assert_true (tickets_ticket_get_personalized (second));
  g_assert_cmpstr (tickets_consumer_get_first_name (tickets_ticket_get_consumer (second)), ==, "Femke");

  /* One product object for both tickets, tied by link. */
  product = tickets_ticket_get_product (first);
  g_assert_nonnull (product);
  g_assert_true (tickets_ticket_get_product (second) == product);
  g_assert_cmpstr (tickets_i18n_text_get_best_for (tickets_product_get_name (product), dutch), ==, "Weekendkaart");
  g_assert_cmpstr (tickets_product_get_event_uri (product), ==, "https://x.test/events/e1");

  /* No event is embedded: the tickets know it by link only. */
  g_assert_null (tickets_ticket_get_event (first));
  g_assert_cmpstr (tickets_ticket_get_event_uri (first), ==, "https://x.test/events/e1");

  g_clear_object (&first);
  g_clear_object (&second);
  g_assert_finalize_object (request);
}

/* A short representation without _embedded leaves the tickets unknown, so a
 * merge keeps the ones already loaded. */
static void
test_request_not_embedded (void)
{
  g_autoptr(GBytes) bytes = bytes_from_string ("{\"uid\": \"r1\", \"state\": \"cancelled\"}");
  g_autoptr(GError) error = NULL;
  g_autoptr(TicketsPersonalizationRequest) request = NULL;

  request = tickets_parse_personalization_request (bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tickets_personalization_request_get_state (request), ==, "cancelled");
  g_assert_false (tickets_resource_is_present (TICKETS_RESOURCE (request), "tickets"));
  g_assert_false (tickets_resource_is_present (TICKETS_RESOURCE (request), "email"));
  g_assert_cmpuint (g_list_model_get_n_items (tickets_personalization_request_get_tickets (request)), ==, 0);
}

static void
test_request_broken (void)
{
  const char *cases[] = {
    "{\"uid\": \"r1\", \"_embedded\": {\"shop:ticket\": [5]}}",
    "{\"uid\": \"r1\", \"_embedded\": {\"shop:ticket\": [{\"code\": \"111\"}]}}",
    "{\"uid\": \"r1\", \"_embedded\": {\"shop:ticket\": [{\"uid\": \"t1\", \"is_scanned\": \"no\"}]}}",
    "{\"uid\": \"r1\", \"_embedded\": {\"shop:product\": [{\"uid\": \"p1\", \"name\": \"Day\"}]}}",
    "{\"uid\": \"r1\", \"tickets\": \"https://x.test/tickets/t1\"}",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = bytes_from_string (cases[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(TicketsPersonalizationRequest) request = NULL;

      request = tickets_parse_personalization_request (bytes, &error);
      g_test_message ("%s → %s", cases[i], error != NULL ? error->message : "(no error)");
      g_assert_null (request);
      g_assert_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_INVALID_RESPONSE);
    }
}

/* Broken variants: each gives an error that names the trouble, never a crash. */
static void
test_broken_types (void)
{
  const char *cases[] = {
    "{\"uid\": 5}",
    "{}",
    "{\"uid\": \"t\", \"code\": 8663092874786}",
    "{\"uid\": \"t\", \"is_scanned\": \"yes\"}",
    "{\"uid\": \"t\", \"price\": {\"currency\": \"EUR\", \"amount\": \"ten\"}}",
    "{\"uid\": \"t\", \"price\": {\"currency\": \"EUR\", \"amount\": true}}",
    "{\"uid\": \"t\", \"price\": \"10.00\"}",
    "{\"uid\": \"t\", \"subproduct\": \"Entrance A\"}",
    "{\"uid\": \"t\", \"subproduct\": {\"en\": 5}}",
    "{\"uid\": \"t\", \"consumer\": [\"Anna\"]}",
    "{\"uid\": \"t\", \"consumer\": {\"gender\": \"male\"}}",
    "{\"uid\": \"t\", \"consumer\": {\"first_name\": {\"en\": \"Anna\"}}}",
    "{\"uid\": \"t\", \"personalization_end\": \"next week\"}",
    "{\"uid\": \"t\", \"personalization_form\": {\"email\": 3}}",
    "{\"uid\": \"t\", \"personalization_form\": {\"email\": {\"required\": \"yes\"}}}",
    "{\"uid\": \"t\", \"seating\": {\"seat\": 12}}",
    "{\"uid\": \"t\", \"_embedded\": {\"shop:product\": [5]}}",
    "[{\"uid\": \"t\"}]",
    "\"t\"",
    "",
    "<!DOCTYPE html><html><body>502 Bad Gateway</body></html>",
    "{\"uid\": \"t\", \"code\": \"1\"",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(TicketsTicket) ticket = parse_ticket_string (cases[i], &error);

      g_test_message ("%s → %s", cases[i], error != NULL ? error->message : "(no error)");
      g_assert_null (ticket);
      g_assert_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_INVALID_RESPONSE);
      g_assert_cmpstr (error->message, !=, "");
    }
}

/* Every truncation of every example fails cleanly. */
static void
test_broken_truncated (void)
{
  const char *files[] = {
    "doc-ticket.json", "doc-tickets-cognito.json", "doc-personalization.json",
    "doc-personalizations.json", "doc-consumers.json", "doc-order-links.json",
  };

  for (gsize f = 0; f < G_N_ELEMENTS (files); f++)
    {
      g_autoptr(GBytes) whole = load_data (files[f]);
      gsize length = g_bytes_get_size (whole);

      /* Cut before the last closing brace and on, in 97 steps. */
      for (gsize cut = 0; cut < length - 2; cut += MAX (1, length / 97))
        {
          g_autoptr(GBytes) part = g_bytes_new_from_bytes (whole, 0, cut);
          g_autoptr(GError) error = NULL;
          g_autoptr(TicketsParsedPage) page = NULL;
          g_autoptr(TicketsTicket) ticket = NULL;
          g_autoptr(TicketsPersonalization) personalization = NULL;
          g_autoptr(TicketsOrder) order = NULL;
          gboolean parsed;

          if (g_str_equal (files[f], "doc-ticket.json"))
            parsed = (ticket = tickets_parse_ticket (part, &error)) != NULL;
          else if (g_str_equal (files[f], "doc-personalization.json"))
            parsed = (personalization = tickets_parse_personalization (part, &error)) != NULL;
          else if (g_str_equal (files[f], "doc-order-links.json"))
            parsed = (order = tickets_parse_order (part, &error)) != NULL;
          else if (g_str_equal (files[f], "doc-consumers.json"))
            parsed = (page = tickets_parse_consumer_page (part, &error)) != NULL;
          else if (g_str_equal (files[f], "doc-personalizations.json"))
            parsed = (page = tickets_parse_personalization_page (part, &error)) != NULL;
          else
            parsed = (page = tickets_parse_ticket_page (part, &error)) != NULL;

          g_assert_false (parsed);
          g_assert_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_INVALID_RESPONSE);
        }
    }
}

/* The lenient retry never turns a wrong document into a right one. */
static void
test_broken_not_rescued (void)
{
  const char *cases[] = {
    "{\"a\": 1 // unterminated",
    "{\"a\": [1, 2,, 3]}",
    "{\"a\": \"// not a comment\", }  junk",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = bytes_from_string (cases[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(JsonNode) node = tickets_json_parse (bytes, &error);

      g_assert_null (node);
      g_assert_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_INVALID_RESPONSE);
    }

  /* …and a comment marker inside a string is text, not a comment. */
  {
    g_autoptr(GBytes) bytes = bytes_from_string ("{\"a\": \"http://x.test/\", \"b\": [1,],}");
    g_autoptr(GError) error = NULL;
    g_autoptr(JsonNode) node = tickets_json_parse (bytes, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (json_object_get_string_member (json_node_get_object (node), "a"), ==, "http://x.test/");
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/parse/personalization/without-embedded", test_personalization_without_embedded);
  g_test_add_func ("/parse/tolerant/amounts", test_tolerant_amounts);
  g_test_add_func ("/parse/tolerant/consent", test_tolerant_consent);
  g_test_add_func ("/parse/tolerant/consumer", test_tolerant_consumer);
  g_test_add_func ("/parse/tolerant/embedded", test_tolerant_embedded);
  g_test_add_func ("/parse/tolerant/defaults", test_tolerant_defaults);
  g_test_add_func ("/parse/request/embedded", test_request_embedded);
  g_test_add_func ("/parse/request/not-embedded", test_request_not_embedded);
  g_test_add_func ("/parse/request/broken", test_request_broken);
  g_test_add_func ("/parse/broken/types", test_broken_types);
  g_test_add_func ("/parse/broken/truncated", test_broken_truncated);
  g_test_add_func ("/parse/broken/not-rescued", test_broken_not_rescued);

  return g_test_run ();
}
