/* test-parse.c: the parsers on the documentation's own example payloads
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * tests/data/doc-*.json are copied verbatim from ../shared/api by
 * build-aux/extract-doc-examples.py, comments, trailing commas and all.
 */

#include "config.h"

#include <locale.h>

#include "tickets-body.h"
#include "tickets-consumer-fields.h"
#include "tickets-error.h"
#include "tickets-json.h"
#include "tickets-parse.h"

#include "parse-test-utils.h"

/* GET /tickets/{uid}: the full ticket, with trailing commas in the docs. */
static void
test_doc_ticket (void)
{
  g_autoptr(GBytes) bytes = load_data ("doc-ticket.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(TicketsTicket) ticket = NULL;
  TicketsPersonalizationForm *form;
  TicketsConsumer *consumer;
  TicketsSeating *seating;
  TicketsProduct *product;
  const char * const *requests;

  ticket = tickets_parse_ticket (bytes, &error);
  g_assert_no_error (error);
  g_assert_true (TICKETS_IS_TICKET (ticket));

  g_assert_cmpstr (tickets_resource_get_uid (TICKETS_RESOURCE (ticket)), ==, "90842034646f49c99882eb99a13fa2e9");
  g_assert_cmpstr (tickets_resource_get_href (TICKETS_RESOURCE (ticket)), ==,
                   "https://shopping-api.paylogic.com/tickets/90842034646f49c99882eb99a13fa2e9");
  g_assert_cmpstr (tickets_ticket_get_status (ticket), ==, "valid");
  g_assert_false (tickets_ticket_get_is_scanned (ticket));
  g_assert_false (tickets_ticket_get_has_valid_subscription (ticket));
  g_assert_false (tickets_ticket_get_needs_personalization (ticket));
  /* Not in the example: a holder's name makes it personalized. */
  g_assert_true (tickets_ticket_get_personalized (ticket));
  g_assert_null (tickets_ticket_get_personalization_start (ticket));
  g_assert_null (tickets_ticket_get_personalization_end (ticket));
  assert_date_time (tickets_ticket_get_fulfillment_starts_at (ticket), "2020-11-03T08:00:00Z");
  assert_amount (tickets_ticket_get_service_fee_paid (ticket), "EUR", "0.45");
  /* “code” and “price” are documented but absent from the example. */
  g_assert_false (tickets_resource_is_present (TICKETS_RESOURCE (ticket), "code"));
  g_assert_null (tickets_ticket_get_code (ticket));
  g_assert_null (tickets_ticket_get_price (ticket));

  g_assert_cmpstr (tickets_ticket_get_event_uri (ticket), ==,
                   "https://shopping-api.paylogic.com/events/8e3df2124072459994bd9423257cc5ce");
  g_assert_cmpstr (tickets_ticket_get_parent_uri (ticket), ==,
                   "https://shopping-api.paylogic.com/tickets/4676fd8719c8439f88cb1561431aac5f");
  g_assert_cmpstr (tickets_ticket_get_product_uri (ticket), ==,
                   "https://shopping-api.paylogic.com/products/4a8f0a6caa874d80acff3834da9bc124");
  g_assert_cmpstr (tickets_ticket_get_order_uri (ticket), ==,
                   "https://shopping-api.paylogic.com/orders/4f6cc8bea3ac4cfeb6b41a09bfd80c74");
  g_assert_cmpstr (tickets_ticket_get_eticket_uri (ticket), ==,
                   "https://download.paylogic.nl/download/eticket/rbF2L_04EGkeswtfqLWsGnvQR-v1Ppi4tpp-oGVHG3s");
  requests = tickets_ticket_get_personalization_request_uris (ticket);
  g_assert_nonnull (requests);
  g_assert_cmpuint (g_strv_length ((char **) requests), ==, 0);

  form = tickets_ticket_get_personalization_form (ticket);
  g_assert_nonnull (form);
  g_assert_cmpuint (tickets_personalization_form_get_n_fields (form), ==, 5);
  g_assert_cmpstr (tickets_personalization_form_get_field_name (form, 0), ==, "gender");
  g_assert_true (tickets_personalization_form_is_required (form, "date_of_birth"));
  g_assert_true (tickets_personalization_form_has_field (form, "email"));
  g_assert_false (tickets_personalization_form_is_unique_per_product (form, "email"));
  g_assert_false (tickets_personalization_form_has_field (form, "phone_number"));

  consumer = tickets_ticket_get_consumer (ticket);
  g_assert_nonnull (consumer);
  g_assert_cmpstr (tickets_consumer_get_first_name (consumer), ==, "Blaise");
  g_assert_cmpstr (tickets_consumer_get_last_name (consumer), ==, "Test");
  g_assert_cmpstr (tickets_consumer_get_date_of_birth (consumer), ==, "1970-01-01");
  g_assert_cmpint (tickets_consumer_get_gender (consumer), ==, TICKETS_GENDER_MALE);
  g_assert_cmpstr (tickets_consumer_get_postal_code (consumer), ==, "1234AA");
  g_assert_cmpstr (tickets_consumer_get_country (consumer), ==, "NL");
  g_assert_cmpstr (tickets_consumer_get_state (consumer), ==, "");
  g_assert_cmpstr (tickets_consumer_get_realm (consumer), ==, "");
  g_assert_cmpstr (tickets_consumer_get_language (consumer), ==, "");

  seating = tickets_ticket_get_seating (ticket);
  g_assert_nonnull (seating);
  g_assert_true (tickets_seating_is_empty (seating));
  g_assert_true (tickets_i18n_text_is_empty (tickets_seating_get_venue (seating)));
  g_assert_true (tickets_i18n_text_is_empty (tickets_ticket_get_subproduct (ticket)));

  /* The embedded product's uid differs from its link; the link decides. */
  product = tickets_ticket_get_product (ticket);
  g_assert_nonnull (product);
  g_assert_cmpstr (tickets_resource_get_uid (TICKETS_RESOURCE (product)), ==, "f0d8de67992e49d39bb9d0e818aba1fb");
  g_assert_cmpstr (tickets_i18n_text_get_best_for (tickets_product_get_name (product), english), ==, "Product Name");
  g_assert_cmpstr (tickets_i18n_text_get_best_for (tickets_product_get_name (product), dutch), ==, "Productnaam");
  assert_amount (tickets_product_get_price (product), "EUR", "10.00");
  g_assert_cmpint (tickets_product_get_availability (product), ==, 0);
  g_assert_cmpint (tickets_product_get_total_availability (product), ==, 200);
  g_assert_cmpint (tickets_product_get_max_per_order (product), ==, 20);
  g_assert_cmpstr (tickets_product_get_reference (product), ==, "1669");
  assert_date_time (tickets_product_get_sale_end (product), "2021-11-30T20:59:00Z");
  g_assert_cmpstr (tickets_product_get_event_uri (product), ==,
                   "https://shopping-api.paylogic.com/events/8e3df2124072459994bd9423257cc5ce");
  g_assert_true (tickets_resource_is_present (TICKETS_RESOURCE (product), "requires-membership"));
  g_assert_false (tickets_product_get_requires_membership (product));

  g_clear_object (&ticket);
}

/* The verdict at the door needs it: a ticket of a membership product is
 * only valid with an active subscription. */
static void
test_product_requires_membership (void)
{
  g_autoptr(GBytes) bytes = bytes_from_string ("{\"uid\": \"f0d8de67992e49d39bb9d0e818aba1fb\", "
                                               "\"requires_membership\": true}");
  g_autoptr(GError) error = NULL;
  g_autoptr(TicketsProduct) product = NULL;

  product = tickets_parse_product (bytes, &error);
  g_assert_no_error (error);
  g_assert_true (tickets_product_get_requires_membership (product));
}

/* GET /tickets with a Cognito token: short tickets, events and products beside. */
static void
test_doc_tickets_cognito (void)
{
  g_autoptr(GBytes) bytes = load_data ("doc-tickets-cognito.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(TicketsParsedPage) page = NULL;
  TicketsTicket *ticket;
  TicketsEvent *event;
  TicketsProduct *product;

  page = tickets_parse_ticket_page (bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (page->items->len, ==, 1);
  g_assert_cmpint (page->item_count, ==, 1);
  g_assert_null (page->next_href);

  ticket = g_ptr_array_index (page->items, 0);
  g_assert_cmpstr (tickets_resource_get_uid (TICKETS_RESOURCE (ticket)), ==, "90842034646f49c99882eb99a13fa2e9");
  g_assert_cmpstr (tickets_ticket_get_status (ticket), ==, "valid");
  /* A subset: what is absent stays absent, so a merge keeps the full data. */
  g_assert_true (tickets_resource_is_present (TICKETS_RESOURCE (ticket), "status"));
  g_assert_false (tickets_resource_is_present (TICKETS_RESOURCE (ticket), "code"));
  g_assert_false (tickets_resource_is_present (TICKETS_RESOURCE (ticket), "consumer"));

  event = tickets_ticket_get_event (ticket);
  g_assert_nonnull (event);
  g_assert_cmpstr (tickets_resource_get_uid (TICKETS_RESOURCE (event)), ==, "8e3df2124072459994bd9423257cc5ce");
  g_assert_cmpstr (tickets_i18n_text_get_best_for (tickets_event_get_title (event), english), ==, "Seventies LIVE");
  g_assert_cmpstr (tickets_i18n_text_get_best_for (tickets_event_get_subtitle (event), dutch), ==, "Open 20:00");
  assert_date_time (tickets_event_get_event_start (event), "2022-03-01T19:00:00Z");
  assert_date_time (tickets_event_get_event_end (event), "2022-03-01T22:59:00Z");
  g_assert_cmpstr (tickets_event_get_location_name (event), ==, "Paradiso - Kleine zaal");
  g_assert_cmpstr (tickets_event_get_location_city (event), ==, "Amsterdam");
  g_assert_cmpstr (tickets_event_get_location_country (event), ==, "NL");
  g_assert_cmpstr (tickets_event_get_location_postal_code (event), ==, "");
  g_assert_false (tickets_event_get_has_coordinates (event));

  product = tickets_ticket_get_product (ticket);
  g_assert_nonnull (product);
  g_assert_cmpstr (tickets_i18n_text_get_best_for (tickets_product_get_name (product), dutch), ==, "Lidmaatschap");
  /* Polish and Russian are absent from this example: English stands in. */
  {
    const char * const polish[] = { "pl", NULL };

    g_assert_cmpstr (tickets_i18n_text_get_best_for (tickets_product_get_name (product), polish), ==, "Membership");
  }
}

/* GET /tickets?code&event: the docs elide the ticket with a comment. */
static void
test_doc_tickets_by_code (void)
{
  g_autoptr(GBytes) bytes = load_data ("doc-tickets-by-code.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(TicketsParsedPage) page = NULL;

  page = tickets_parse_ticket_page (bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (page->items->len, ==, 0);
}

static void
assert_larry (TicketsConsumer *consumer,
              gboolean         full)
{
  g_assert_cmpstr (tickets_consumer_get_first_name (consumer), ==, "Larry");
  g_assert_cmpstr (tickets_consumer_get_last_name (consumer), ==, "Phillips");
  g_assert_cmpstr (tickets_consumer_get_date_of_birth (consumer), ==, "1969-01-01");
  g_assert_cmpstr (tickets_consumer_get_email (consumer), ==, "charles16fitqzwawe@rodriguez.com");
  g_assert_cmpstr (tickets_consumer_get_phone_number (consumer), ==, "9808567708529");
  g_assert_cmpint (tickets_consumer_get_gender (consumer), ==, TICKETS_GENDER_MALE);
  g_assert_cmpstr (tickets_consumer_get_address (consumer), ==, "816 Bailey Prairie");
  g_assert_cmpstr (tickets_consumer_get_city (consumer), ==, "East Jeantown");
  g_assert_cmpstr (tickets_consumer_get_language (consumer), ==, "en");
  /* The personalization's own consumer says “Netherlands” and state null;
   * the ticket's says “NL” and “CO”. */
  g_assert_cmpstr (tickets_consumer_get_country (consumer), ==, "NL");
  g_assert_cmpstr (tickets_consumer_get_state (consumer), ==, full ? "CO" : "");
  g_assert_cmpstr (tickets_consumer_get_company_name (consumer), ==, full ? "Clark Group" : "");
  g_assert_cmpstr (tickets_consumer_get_realm (consumer), ==, full ? "aad3fec4f4b5469095a050dcd17b5144" : "");
}

static void
assert_doc_personalization (TicketsPersonalization *personalization)
{
  GListModel *tickets = tickets_personalization_get_tickets (personalization);
  g_autoptr(TicketsTicket) ticket = NULL;
  TicketsProduct *product;

  g_assert_cmpstr (tickets_resource_get_uid (TICKETS_RESOURCE (personalization)), ==,
                   "b8e908f8fedd46cda6c869fad7ed9362");
  assert_larry (tickets_personalization_get_consumer (personalization), FALSE);

  g_assert_cmpuint (g_list_model_get_n_items (tickets), ==, 1);
  ticket = g_list_model_get_item (tickets, 0);
  g_assert_cmpstr (tickets_resource_get_uid (TICKETS_RESOURCE (ticket)), ==, "e4e5dfa7bdf04fafa720bbe4e788b2f0");
  g_assert_cmpstr (tickets_ticket_get_code (ticket), ==, "8278798513688");
  g_assert_true (tickets_ticket_get_personalized (ticket));
  g_assert_false (tickets_ticket_get_needs_personalization (ticket));
  g_assert_null (tickets_ticket_get_personalization_form (ticket));
  assert_amount (tickets_ticket_get_price (ticket), "EUR", "1.20");
  assert_amount (tickets_ticket_get_service_fee_paid (ticket), "EUR", "2.00");
  g_assert_null (tickets_ticket_get_fulfillment_starts_at (ticket));
  g_assert_cmpstr (tickets_ticket_get_eticket_uri (ticket), ==,
                   "http://127.0.0.1:8001/download/eticket/efQqrLtb6b2HCGkeWeIegbFADsf4QGIuGvHjMR_3LUU");
  assert_larry (tickets_ticket_get_consumer (ticket), TRUE);

  /* The product embedded beside the ticket carries no uid, only its link,
   * and an analytics_data.reference that is a number: ignored. */
  product = tickets_ticket_get_product (ticket);
  g_assert_nonnull (product);
  g_assert_cmpstr (tickets_resource_get_uid (TICKETS_RESOURCE (product)), ==, "bb43b11d96284a83b595ab479eda6ffb");
  g_assert_cmpstr (tickets_i18n_text_get_best_for (tickets_product_get_name (product), dutch), ==, "Gewoon product 1");
  assert_amount (tickets_product_get_price (product), "EUR", "1.20");
}

static void
test_doc_personalization (void)
{
  g_autoptr(GBytes) bytes = load_data ("doc-personalization.json");
  g_autoptr(GError) error = NULL;
  TicketsPersonalization *personalization;

  personalization = tickets_parse_personalization (bytes, &error);
  g_assert_no_error (error);
  assert_doc_personalization (personalization);
  g_assert_finalize_object (personalization);
}

static void
test_doc_personalizations (void)
{
  g_autoptr(GBytes) bytes = load_data ("doc-personalizations.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(TicketsParsedPage) page = NULL;

  page = tickets_parse_personalization_page (bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (page->items->len, ==, 1);
  assert_doc_personalization (g_ptr_array_index (page->items, 0));
}

static void
test_doc_consumers (void)
{
  g_autoptr(GBytes) bytes = load_data ("doc-consumers.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(TicketsParsedPage) page = NULL;
  TicketsConsumer *consumer;

  page = tickets_parse_consumer_page (bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpint (page->item_count, ==, 183);
  g_assert_cmpstr (page->next_href, ==, "https://shopping-api.paylogic.com/consumers?page=3");
  g_assert_cmpuint (page->items->len, ==, 1);

  consumer = g_ptr_array_index (page->items, 0);
  g_assert_cmpstr (tickets_consumer_get_uid (consumer), ==, "cba40d60019448278542c9f5ac1bf7ce");
  g_assert_cmpstr (tickets_consumer_get_first_name (consumer), ==, "John");
  g_assert_cmpstr (tickets_consumer_get_last_name (consumer), ==, "Smith");
  g_assert_cmpstr (tickets_consumer_get_email (consumer), ==, "john.smith.last@example.com");
  g_assert_cmpstr (tickets_consumer_get_address (consumer), ==, "Some street 31");
  g_assert_cmpstr (tickets_consumer_get_country (consumer), ==, "US");
  g_assert_cmpstr (tickets_consumer_get_state (consumer), ==, "UT");
  g_assert_cmpint (tickets_consumer_get_gender (consumer), ==, TICKETS_GENDER_MALE);
}

/* GET /events: single quotes and “// ...” in the docs. */
static void
test_doc_events (void)
{
  g_autoptr(GBytes) bytes = load_data ("doc-events.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(TicketsParsedPage) page = NULL;
  TicketsEvent *event;

  page = tickets_parse_event_page (bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpint (page->item_count, ==, 2);
  g_assert_cmpuint (page->items->len, ==, 1);

  event = g_ptr_array_index (page->items, 0);
  g_assert_cmpstr (tickets_resource_get_uid (TICKETS_RESOURCE (event)), ==, "0c2019503cd666fb35c5a3dbd7bafe86");
  g_assert_cmpstr (tickets_event_get_merchant_name (event), ==, "Ms. Christiana Lesch events");
  g_assert_null (tickets_event_get_title (event));
}

/* The conventions' order: links only, with a trailing comma. */
static void
test_doc_order_links (void)
{
  g_autoptr(GBytes) bytes = load_data ("doc-order-links.json");
  g_autoptr(GError) error = NULL;
  TicketsOrder *order;

  order = tickets_parse_order (bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tickets_resource_get_uid (TICKETS_RESOURCE (order)), ==, "87a2195h3gd162fb35c5a3dbd7bapo1l");
  g_assert_cmpstr (tickets_order_get_etickets_uri (order), ==,
                   "https://download.paylogic.com/eticket/sdfsdf235r245wsdgfw5235");
  g_assert_cmpuint (g_list_model_get_n_items (tickets_order_get_tickets (order)), ==, 0);
  g_assert_finalize_object (order);
}

static JsonNode *
load_json (const char *name)
{
  g_autoptr(GBytes) bytes = load_data (name);
  g_autoptr(GError) error = NULL;
  JsonNode *root = tickets_json_parse (bytes, &error);

  g_assert_no_error (error);
  return root;
}

static void
test_doc_representation_objects (void)
{
  g_autoptr(JsonNode) i18n = load_json ("doc-i18n.json");
  g_autoptr(JsonNode) amount = load_json ("doc-amount.json");
  g_autoptr(JsonNode) dates = load_json ("doc-dates.json");
  g_autoptr(JsonNode) country = load_json ("doc-country.json");
  g_autoptr(JsonNode) empty = load_json ("doc-empty-values.json");
  g_autoptr(TicketsI18nText) seat = NULL;
  g_autoptr(TicketsI18nText) title = NULL;
  g_autoptr(TicketsAmount) price = NULL;
  g_autoptr(GDateTime) sale_start = NULL;
  g_autoptr(TicketsConsumer) consumer = NULL;
  g_autoptr(GError) error = NULL;
  const char * const polish[] = { "pl", NULL };
  const char * const russian[] = { "ru", NULL };
  const char * const turkish[] = { "tr", NULL };

  seat = tickets_parse_i18n_node (json_object_get_member (json_node_get_object (i18n), "seat_name"), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tickets_i18n_text_get_best_for (seat, polish), ==, "Miejsce");
  g_assert_cmpstr (tickets_i18n_text_get_best_for (seat, russian), ==, "сиденья");
  g_assert_cmpstr (tickets_i18n_text_get_best_for (seat, turkish), ==, "Sandalye");

  /* The prose's amount is a number, 10.30, which JSON reads as 10.3. */
  price = tickets_parse_amount_node (json_object_get_member (json_node_get_object (amount), "price"), &error);
  g_assert_no_error (error);
  assert_amount (price, "EUR", "10.30");
  {
    g_autoptr(TicketsAmount) ten_thirty = tickets_amount_new ("EUR", 1030, 2);

    g_assert_cmpint (tickets_amount_compare (price, ten_thirty), ==, 0);
  }

  sale_start = tickets_parse_date_time_node (json_object_get_member (json_node_get_object (dates), "sale_start"), &error);
  g_assert_no_error (error);
  assert_date_time (sale_start, "2014-01-28T20:25:00Z");
  consumer = tickets_parse_consumer_object (json_node_get_object (dates), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tickets_consumer_get_date_of_birth (consumer), ==, "1986-12-30");
  g_clear_object (&consumer);

  consumer = tickets_parse_consumer_object (json_node_get_object (country), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tickets_consumer_get_state (consumer), ==, "US-AL");

  title = tickets_parse_i18n_node (json_object_get_member (json_node_get_object (empty), "title"), &error);
  g_assert_no_error (error);
  g_assert_true (tickets_i18n_text_is_empty (title));
  g_assert_cmpstr (tickets_i18n_text_get_best_for (title, english), ==, "");
  g_assert_null (tickets_parse_amount_node (json_object_get_member (json_node_get_object (empty), "price"), &error));
  g_assert_no_error (error);
}

static void
test_doc_error (void)
{
  g_autoptr(GBytes) bytes = load_data ("doc-error.json");
  g_autoptr(GError) error = tickets_api_error_from_response (400, "application/hal+json", bytes);

  g_assert_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_BAD_REQUEST);
  g_assert_cmpstr (tickets_api_error_get_error_type (error), ==, "BAD_REQUEST");
  g_assert_cmpstr (tickets_api_error_get_logref (error), ==, "<UID>");
  g_assert_true (g_str_has_prefix (tickets_api_error_get_server_message (error),
                                   "A payment method is needed for the creation of an order."));
  g_assert_cmpstr (error->message, ==, tickets_api_error_get_server_message (error));
}

/* What we send is what the docs show. */
static TicketsConsumer *
new_consumer (const char    *first_name,
              const char    *last_name,
              const char    *date_of_birth,
              const char    *email,
              TicketsGender  gender)
{
  TicketsConsumer *consumer = tickets_consumer_new ();

  tickets_consumer_set_first_name (consumer, first_name);
  tickets_consumer_set_last_name (consumer, last_name);
  tickets_consumer_set_date_of_birth (consumer, date_of_birth);
  tickets_consumer_set_email (consumer, email);
  tickets_consumer_set_gender (consumer, gender);

  return consumer;
}

static void
assert_json_equal (JsonNode   *actual,
                   JsonNode   *expected)
{
  if (!json_node_equal (actual, expected))
    {
      g_autofree char *a = json_to_string (actual, TRUE);
      g_autofree char *e = json_to_string (expected, TRUE);

      g_test_message ("built:\n%s\nexpected:\n%s", a, e);
      g_test_fail ();
    }
}

static void
test_doc_bodies (void)
{
  const char * const ticket[] = { "https://shopping-api.paylogic.com/tickets/333cdbb9ce254c7e9fb4c10337481d04", NULL };
  const char * const some_tickets[] = {
    "https://shopping-api.paylogic.com/tickets/5959f610ba0f4b61b30750d5382f228c",
    "https://shopping-api.paylogic.com/tickets/a2e37ee17474417a87259b02b674da9a",
    NULL
  };
  const char * const other_tickets[] = { "https://shopping-api.paylogic.com/tickets/d2f470d7fa574a39860451ef190f5698", NULL };
  g_autoptr(TicketsConsumer) john = new_consumer ("John", "Doe", "1970-01-01", "john.doe@example.org", TICKETS_GENDER_MALE);
  g_autoptr(TicketsConsumer) some = new_consumer ("Some", "One", "1990-01-01", "some.one@example.com", TICKETS_GENDER_FEMALE);
  g_autoptr(TicketsConsumer) other = new_consumer ("Other", "Person", "1996-07-07", "other.person@example.com", TICKETS_GENDER_FEMALE);
  g_autoptr(GPtrArray) revisions = g_ptr_array_new_with_free_func ((GDestroyNotify) tickets_consumer_revision_free);
  g_autoptr(JsonNode) by_request = NULL;
  g_autoptr(JsonNode) by_order = NULL;
  g_autoptr(JsonNode) consumers = NULL;
  g_autoptr(JsonNode) expected = NULL;
  JsonArray *array;

  by_request = tickets_body_personalization (NULL, "https://shopping-api.paylogic.com/personalization-requests/cbc0fde8aa804984b559feab6d8fc683",
                                             ticket, john, TICKETS_CONSENT_NONE);
  expected = load_json ("doc-post-personalization-request.json");
  assert_json_equal (by_request, expected);
  g_clear_pointer (&expected, json_node_unref);

  tickets_consumer_set_cognito_user (john, "c1c35532-1e0e-455e-83c5-d0e52b3206fa");
  by_order = tickets_body_personalization ("https://shopping-api.paylogic.com/orders/1a701ca300944a0da88212b5c18e74d2&q", NULL,
                                           ticket, john, TICKETS_CONSENT_NONE);
  expected = load_json ("doc-post-personalization-order.json");
  assert_json_equal (by_order, expected);
  g_clear_pointer (&expected, json_node_unref);

  tickets_consumer_set_address (some, "Some other street 32");
  tickets_consumer_set_city (some, "Some other city");
  tickets_consumer_set_country (some, "UK");
  tickets_consumer_set_postal_code (some, "1235");
  tickets_consumer_set_address (other, "Yet another street 10");
  tickets_consumer_set_city (other, "Yet another city");
  tickets_consumer_set_country (other, "UK");
  tickets_consumer_set_postal_code (other, "1235");
  g_ptr_array_add (revisions, tickets_consumer_revision_new (some, some_tickets));
  g_ptr_array_add (revisions, tickets_consumer_revision_new (other, other_tickets));
  consumers = tickets_body_consumers (revisions);

  /* The docs write “UK”, which is not an ISO 3166-1 code; we send GB. */
  expected = load_json ("doc-post-consumers.json");
  array = json_object_get_array_member (json_node_get_object (expected), "consumers");
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *consumer = json_array_get_object_element (array, i);

      g_assert_cmpstr (json_object_get_string_member (consumer, "country"), ==, "UK");
      json_object_set_string_member (consumer, "country", "GB");
    }
  assert_json_equal (consumers, expected);
}

/* A person found by a search is named by uid alone: none of the details
 * the search showed go back, so none can overwrite the stored ones. */
static void
test_reference_body (void)
{
  const char * const ticket[] = { "https://shopping-api.paylogic.com/tickets/333cdbb9ce254c7e9fb4c10337481d04", NULL };
  g_autoptr(TicketsConsumer) john = new_consumer ("John", "Doe", "1970-01-01", "john.doe@example.org", TICKETS_GENDER_MALE);
  g_autoptr(GPtrArray) revisions = g_ptr_array_new_with_free_func ((GDestroyNotify) tickets_consumer_revision_free);
  g_autoptr(JsonNode) body = NULL;
  g_autoptr(JsonNode) expected = NULL;

  tickets_consumer_set_uid (john, "cba40d60019448278542c9f5ac1bf7ce");
  g_ptr_array_add (revisions, tickets_consumer_revision_new_reference (john, ticket));
  body = tickets_body_consumers (revisions);
  expected = json_from_string ("{\"consumers\": [{"
                               "\"tickets\": [\"https://shopping-api.paylogic.com/tickets/333cdbb9ce254c7e9fb4c10337481d04\"],"
                               "\"uid\": \"cba40d60019448278542c9f5ac1bf7ce\"}]}", NULL);
  assert_json_equal (body, expected);
  /* The consumer found is left as it was. */
  g_assert_cmpstr (tickets_consumer_get_first_name (john), ==, "John");
}

/* A value each field takes, by its type, so that a new row is tested too. */
static void
add_field_value (JsonObject                 *object,
                 const TicketsConsumerField *field)
{
  switch (field->type)
    {
    case TICKETS_CONSUMER_FIELD_GENDER:
      json_object_set_int_member (object, field->key, TICKETS_GENDER_FEMALE);
      return;
    case TICKETS_CONSUMER_FIELD_EMAIL:
      json_object_set_string_member (object, field->key, "anna@example.org");
      return;
    case TICKETS_CONSUMER_FIELD_DATE:
      json_object_set_string_member (object, field->key, "1990-01-31");
      return;
    case TICKETS_CONSUMER_FIELD_PHONE:
      json_object_set_string_member (object, field->key, "+31 20 123 4567");
      return;
    case TICKETS_CONSUMER_FIELD_COUNTRY:
      json_object_set_string_member (object, field->key, "US");
      return;
    case TICKETS_CONSUMER_FIELD_STATE:
      json_object_set_string_member (object, field->key, "US-UT");
      return;
    case TICKETS_CONSUMER_FIELD_LANGUAGE:
      json_object_set_string_member (object, field->key, "nl");
      return;
    case TICKETS_CONSUMER_FIELD_UID:
    case TICKETS_CONSUMER_FIELD_TEXT:
    case TICKETS_CONSUMER_FIELD_NAME:
    default:
      {
        g_autofree char *value = g_strdup_printf ("the %s", field->key);

        json_object_set_string_member (object, field->key, value);
      }
      return;
    }
}

/* Every field of the table goes through the parser and back out through
 * the body builder unchanged; only what the server alone sets stays home. */
static void
test_consumer_round_trip (void)
{
  g_autoptr(JsonObject) input = json_object_new ();
  g_autoptr(TicketsConsumer) consumer = NULL;
  g_autoptr(TicketsConsumer) again = NULL;
  g_autoptr(JsonNode) body = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *output;
  guint n_fields;
  const TicketsConsumerField *fields = tickets_consumer_fields (&n_fields);
  guint n_sent = 0;

  for (guint i = 0; i < n_fields; i++)
    add_field_value (input, &fields[i]);

  consumer = tickets_parse_consumer_object (input, &error);
  g_assert_no_error (error);
  g_assert_nonnull (consumer);

  for (guint i = 0; i < n_fields; i++)
    {
      g_test_message ("%s", fields[i].key);
      if (fields[i].type == TICKETS_CONSUMER_FIELD_GENDER)
        g_assert_cmpint (tickets_consumer_get_gender (consumer), ==, json_object_get_int_member (input, fields[i].key));
      else
        g_assert_cmpstr (fields[i].get (consumer), ==, json_object_get_string_member (input, fields[i].key));
    }

  body = tickets_body_consumer (consumer, NULL);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (body));
  output = json_node_get_object (body);

  for (guint i = 0; i < n_fields; i++)
    {
      JsonNode *sent = json_object_get_member (output, fields[i].key);

      g_test_message ("%s", fields[i].key);
      if ((fields[i].flags & TICKETS_CONSUMER_FIELD_READ_ONLY) != 0)
        {
          g_assert_null (sent);
          continue;
        }
      g_assert_nonnull (sent);
      g_assert_true (json_node_equal (sent, json_object_get_member (input, fields[i].key)));
      n_sent++;
    }
  /* Nothing but the table's fields. */
  g_assert_cmpuint (json_object_get_size (output), ==, n_sent);

  again = tickets_parse_consumer_object (output, &error);
  g_assert_no_error (error);
  tickets_consumer_set_realm (again, tickets_consumer_get_realm (consumer));
  g_assert_true (tickets_consumer_equal (consumer, again));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/parse/doc/ticket", test_doc_ticket);
  g_test_add_func ("/parse/product/requires-membership", test_product_requires_membership);
  g_test_add_func ("/parse/doc/tickets-cognito", test_doc_tickets_cognito);
  g_test_add_func ("/parse/doc/tickets-by-code", test_doc_tickets_by_code);
  g_test_add_func ("/parse/doc/personalization", test_doc_personalization);
  g_test_add_func ("/parse/doc/personalizations", test_doc_personalizations);
  g_test_add_func ("/parse/doc/consumers", test_doc_consumers);
  g_test_add_func ("/parse/doc/events", test_doc_events);
  g_test_add_func ("/parse/doc/order-links", test_doc_order_links);
  g_test_add_func ("/parse/doc/representation-objects", test_doc_representation_objects);
  g_test_add_func ("/parse/doc/error", test_doc_error);
  g_test_add_func ("/parse/doc/bodies", test_doc_bodies);
  g_test_add_func ("/parse/body/reference", test_reference_body);
  g_test_add_func ("/parse/consumer/round-trip", test_consumer_round_trip);

  return g_test_run ();
}
