/* test-sandbox-tickets.c: GET /tickets/{uid}, the barcode search and the
 * Cognito user's personalized tickets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tickets-test-sandbox.h"

#define TI_FULL_TOM    "37b2ec5acbf29609c017b173b5c6b15a"
#define TI_FULL_LOTTE  "21de4ae5f51464007e2c09cf1d5fde0b"
#define TI_PARKING     "90842034646f49c99882eb99a13fa2e9"

static TicketsTestSandbox *sandbox;

/* Helpers */

/* /tickets?code=…&event=<base>/events/<uid>, plus extra. */
static char *
search_url (const char *code,
            const char *event_uid,
            const char *extra)
{
  g_autoptr(GString) url = g_string_new (tickets_test_sandbox_get_base (sandbox));

  g_string_append (url, "/tickets");
  if (code != NULL)
    g_string_append_printf (url, "%scode=%s", strchr (url->str, '?') != NULL ? "&" : "?", code);
  if (event_uid != NULL)
    g_string_append_printf (url, "%sevent=%s/events/%s", strchr (url->str, '?') != NULL ? "&" : "?",
                            tickets_test_sandbox_get_base (sandbox), event_uid);
  if (extra != NULL)
    g_string_append_printf (url, "%s%s", strchr (url->str, '?') != NULL ? "&" : "?", extra);

  return g_string_free (g_steal_pointer (&url), FALSE);
}

/* GET /tickets/{uid}: who may read a ticket */

static void
test_tickets_auth_accepted (void)
{
  struct {
    const char *uid;
    const char *auth;
  } cases[] = {
    { TICKETS_TEST_TK_DEMO_1, TICKETS_TEST_AUTH_SALES },
    { TICKETS_TEST_TK_DEMO_1, TICKETS_TEST_AUTH_BOXOFFICE },
    { TICKETS_TEST_TK_FULL_FREE, TICKETS_TEST_AUTH_SALES },
    { TICKETS_TEST_TK_NONE, TICKETS_TEST_AUTH_BOXOFFICE },
    { TICKETS_TEST_TK_DEMO_1, TICKETS_TEST_AUTH_ORDER_DEMO },
    { TICKETS_TEST_TK_DEMO_ANNA, TICKETS_TEST_AUTH_ORDER_DEMO },
    { TICKETS_TEST_TK_FULL_FREE, TICKETS_TEST_AUTH_ORDER_FULL },
    { TI_PARKING, TICKETS_TEST_AUTH_ORDER_FUTURE },
    /* the creator of DEMO */
    { TICKETS_TEST_TK_DEMO_1, TICKETS_TEST_AUTH_COGNITO },
    { TICKETS_TEST_TK_DEMO_SEATED, TICKETS_TEST_AUTH_COGNITO },
    /* a holder: Tom's and Lotte's FULL tickets carry this Cognito user */
    { TI_FULL_TOM, TICKETS_TEST_AUTH_COGNITO },
    { TI_FULL_LOTTE, TICKETS_TEST_AUTH_COGNITO },
    /* the tickets of the personalization request */
    { TICKETS_TEST_TK_FULL_REQUEST_1, TICKETS_TEST_AUTH_REQUEST },
    { TICKETS_TEST_TK_FULL_REQUEST_2, TICKETS_TEST_AUTH_REQUEST },
    { TICKETS_TEST_TK_CLOSED_PERSONALIZED, TICKETS_TEST_AUTH_REQUEST_COMPLETED },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(TicketsTestResponse) response = tickets_test_get (sandbox, "tickets", cases[i].uid, cases[i].auth);

      g_test_message ("GET ticket %s with %s", cases[i].uid, cases[i].auth);
      g_assert_cmpuint (response->status, ==, 200);
      g_assert_cmpstr (json_object_get_string_member (tickets_test_response_object (response), "uid"), ==, cases[i].uid);
    }
}

static void
test_tickets_auth_refused (void)
{
  struct {
    const char *uid;
    const char *auth;
    guint       status;
  } cases[] = {
    /* a request token reaches only the tickets of its request */
    { TICKETS_TEST_TK_FULL_FREE, TICKETS_TEST_AUTH_REQUEST, 403 },
    { TI_FULL_TOM, TICKETS_TEST_AUTH_REQUEST, 403 },
    { TICKETS_TEST_TK_DEMO_1, TICKETS_TEST_AUTH_REQUEST, 403 },
    { TICKETS_TEST_TK_FULL_REQUEST_1, TICKETS_TEST_AUTH_REQUEST_COMPLETED, 403 },
    /* another order's token */
    { TICKETS_TEST_TK_DEMO_1, TICKETS_TEST_AUTH_ORDER_FULL, 403 },
    { TICKETS_TEST_TK_FULL_REQUEST_1, TICKETS_TEST_AUTH_ORDER_DEMO, 403 },
    { TI_PARKING, TICKETS_TEST_AUTH_ORDER_NONE, 403 },
    /* neither creator nor holder */
    { TICKETS_TEST_TK_FULL_FREE, TICKETS_TEST_AUTH_COGNITO, 403 },
    { TICKETS_TEST_TK_NONE, TICKETS_TEST_AUTH_COGNITO, 403 },
    /* roles without orders */
    { TICKETS_TEST_TK_DEMO_1, TICKETS_TEST_AUTH_DEFAULT, 403 },
    { TICKETS_TEST_TK_DEMO_1, TICKETS_TEST_AUTH_SPA, 403 },
    { TICKETS_TEST_TK_DEMO_1, TICKETS_TEST_AUTH_BEARER, 403 },
    /* no or wrong credentials */
    { TICKETS_TEST_TK_DEMO_1, NULL, 401 },
    { TICKETS_TEST_TK_DEMO_1, "basic:sales:wrong", 401 },
    { TICKETS_TEST_TK_DEMO_1, "order:wrong", 401 },
    { TICKETS_TEST_TK_DEMO_1, "cognito:wrong", 401 },
    { TICKETS_TEST_TK_DEMO_1, "request:wrong", 401 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(TicketsTestResponse) response = tickets_test_get (sandbox, "tickets", cases[i].uid, cases[i].auth);

      g_test_message ("GET ticket %s with %s", cases[i].uid, cases[i].auth != NULL ? cases[i].auth : "nothing");
      tickets_test_assert_error (response, cases[i].status, cases[i].status == 403 ? "FORBIDDEN" : "UNAUTHORIZED");
      g_assert_false (json_object_has_member (tickets_test_response_object (response), "code"));
    }
}

static void
test_tickets_not_found (void)
{
  static const char *auths[] = { TICKETS_TEST_AUTH_SALES, TICKETS_TEST_AUTH_ORDER_DEMO, TICKETS_TEST_AUTH_COGNITO, TICKETS_TEST_AUTH_REQUEST };

  for (guint i = 0; i < G_N_ELEMENTS (auths); i++)
    {
      g_autoptr(TicketsTestResponse) response = tickets_test_get (sandbox, "tickets", "ffffffffffffffffffffffffffffffff", auths[i]);

      tickets_test_assert_error (response, 404, "NOT_FOUND");
    }

  {
    g_autoptr(TicketsTestResponse) response = tickets_test_get (sandbox, "tickets", TICKETS_TEST_OR_DEMO, TICKETS_TEST_AUTH_BOXOFFICE);

    tickets_test_assert_error (response, 404, "NOT_FOUND");
  }
  {
    g_autoptr(TicketsTestResponse) response = tickets_test_get (sandbox, "tickets", "ffffffffffffffffffffffffffffffff", NULL);

    tickets_test_assert_error (response, 401, "UNAUTHORIZED");
  }
}

/* GET /tickets/{uid}: the representation */

static const char *ticket_members[] = {
  "_links", "_embedded", "uid", "code", "status", "is_scanned", "personalized", "seating", "has_valid_subscription",
  "needs_personalization", "personalization_start", "personalization_end", "personalization_form", "subproduct",
  "consumer", "price", "service_fee_paid", "fulfillment_starts_at", "scannable_until", NULL
};

static void
test_tickets_fields (void)
{
  g_autoptr(TicketsTestResponse) response = NULL;
  g_autoptr(TicketsTestResponse) event_response = tickets_test_request (sandbox, "GET", "/events/" TICKETS_TEST_EV_OPEN,
                                                                        TICKETS_TEST_AUTH_SALES, NULL);
  JsonObject *object = tickets_test_get_ticket (sandbox, TICKETS_TEST_TK_DEMO_1, TICKETS_TEST_AUTH_SALES, &response);
  JsonObject *event = tickets_test_response_object (event_response);
  g_autofree char *self = tickets_test_uri (sandbox, "tickets", TICKETS_TEST_TK_DEMO_1);
  g_autofree char *event_href = tickets_test_uri (sandbox, "events", TICKETS_TEST_EV_OPEN);
  g_autofree char *product_href = tickets_test_uri (sandbox, "products", TICKETS_TEST_PR_WEEKEND);
  g_autofree char *order_href = tickets_test_uri (sandbox, "orders", TICKETS_TEST_OR_DEMO);
  g_autofree char *approvals_href = tickets_test_sandbox_uri (sandbox, "/ticket-transfer-approvals");
  JsonObject *links;
  JsonObject *seating;
  JsonObject *form;
  JsonObject *price;
  JsonObject *product;
  static const char *seating_members[] = {
    "seat", "row", "section", "seat_label", "row_label", "section_label", "venue", NULL
  };
  static const char *form_fields[] = { "first_name", "last_name", "date_of_birth", "gender", "email", NULL };

  g_assert_cmpstr (soup_message_headers_get_content_type (response->headers, NULL), ==, "application/hal+json");
  tickets_test_assert_members (object, ticket_members);
  tickets_test_assert_hal (object, "tickets");

  /* Links, as in the docs' example */
  links = tickets_test_get_links (object);
  g_assert_cmpstr (tickets_test_link_href (object, "self"), ==, self);
  g_assert_cmpstr (tickets_test_link_href (object, "shop:event"), ==, event_href);
  g_assert_cmpstr (tickets_test_link_href (object, "shop:product"), ==, product_href);
  g_assert_cmpstr (tickets_test_link_href (object, "shop:order"), ==, order_href);
  g_assert_cmpstr (tickets_test_link_href (object, "shop:ticket_transfer_approvals"), ==, approvals_href);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (json_object_get_member (links, "shop:personalization_request")));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (links, "shop:personalization_request")), ==, 0);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (json_object_get_member (links, "shop:refund_requests")));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (links, "shop:refund_requests")), ==, 0);
  /* Not a combo; no e-ticket before it carries a name. */
  g_assert_false (json_object_has_member (links, "shop:parent"));
  g_assert_false (json_object_has_member (links, "shop:eticket"));

  g_assert_cmpstr (json_object_get_string_member (object, "uid"), ==, TICKETS_TEST_TK_DEMO_1);
  g_assert_cmpstr (json_object_get_string_member (object, "code"), ==, TICKETS_TEST_CODE_DEMO_1);
  g_assert_cmpstr (json_object_get_string_member (object, "status"), ==, "valid");
  g_assert_false (json_object_get_boolean_member (object, "is_scanned"));
  g_assert_false (json_object_get_boolean_member (object, "personalized"));
  g_assert_false (json_object_get_boolean_member (object, "has_valid_subscription"));
  g_assert_true (json_object_get_boolean_member (object, "needs_personalization"));
  tickets_test_assert_null (object, "consumer");
  tickets_test_assert_null (object, "fulfillment_starts_at");
  g_assert_true (g_str_has_suffix (json_object_get_string_member (object, "scannable_until"), "Z"));

  /* The period is the event's. */
  g_assert_cmpstr (json_object_get_string_member (object, "personalization_start"), ==,
                   json_object_get_string_member (event, "personalization_start"));
  g_assert_cmpstr (json_object_get_string_member (object, "personalization_end"), ==,
                   json_object_get_string_member (event, "personalization_end"));
  g_assert_true (g_str_has_suffix (json_object_get_string_member (object, "personalization_end"), "Z"));

  /* Unseated: "" and all-empty labels, every language present. */
  seating = json_object_get_object_member (object, "seating");
  tickets_test_assert_members (seating, seating_members);
  g_assert_cmpstr (json_object_get_string_member (seating, "seat"), ==, "");
  g_assert_cmpstr (json_object_get_string_member (seating, "row"), ==, "");
  g_assert_cmpstr (json_object_get_string_member (seating, "section"), ==, "");
  for (guint i = 3; seating_members[i] != NULL; i++)
    {
      JsonObject *label = tickets_test_assert_i18n (seating, seating_members[i]);

      for (guint j = 0; tickets_test_languages[j] != NULL; j++)
        g_assert_cmpstr (json_object_get_string_member (label, tickets_test_languages[j]), ==, "");
    }

  form = json_object_get_object_member (object, "personalization_form");
  tickets_test_assert_members (form, form_fields);
  for (guint i = 0; form_fields[i] != NULL; i++)
    g_assert_true (json_object_get_boolean_member (json_object_get_object_member (form, form_fields[i]), "required"));
  g_assert_true (json_object_get_boolean_member (json_object_get_object_member (form, "email"), "unique_per_product"));

  g_assert_cmpstr (json_object_get_string_member (tickets_test_assert_i18n (object, "subproduct"), "en"), ==, "Entrance A");
  g_assert_cmpstr (json_object_get_string_member (tickets_test_assert_i18n (object, "subproduct"), "ru"), ==, "Вход A");

  price = json_object_get_object_member (object, "price");
  tickets_test_assert_members (price, (const char *[]) { "amount", "currency", NULL });
  g_assert_cmpstr (json_object_get_string_member (price, "amount"), ==, "89.50");
  g_assert_cmpstr (json_object_get_string_member (price, "currency"), ==, "EUR");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (object, "service_fee_paid"), "amount"), ==, "2.50");

  /* Embedded: the product (an object) and the transfer sales (a list). */
  tickets_test_assert_members (tickets_test_embedded (object), (const char *[]) { "shop:product", "shop:transfer_sale", NULL });
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_object_get_member (tickets_test_embedded (object), "shop:product")));
  product = json_object_get_object_member (tickets_test_embedded (object), "shop:product");
  tickets_test_assert_hal (product, "product");
  g_assert_cmpstr (json_object_get_string_member (product, "uid"), ==, TICKETS_TEST_PR_WEEKEND);
  g_assert_cmpstr (tickets_test_link_href (product, "shop:event"), ==, event_href);
  g_assert_cmpstr (json_object_get_string_member (tickets_test_assert_i18n (product, "name"), "nl"), ==, "Weekendticket");
  g_assert_true (JSON_NODE_HOLDS_ARRAY (json_object_get_member (tickets_test_embedded (object), "shop:transfer_sale")));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (tickets_test_embedded (object), "shop:transfer_sale")), ==, 0);
}

static void
test_tickets_personalized (void)
{
  g_autoptr(TicketsTestResponse) response = NULL;
  JsonObject *object = tickets_test_get_ticket (sandbox, TICKETS_TEST_TK_DEMO_ANNA, TICKETS_TEST_AUTH_COGNITO, &response);
  JsonObject *consumer;
  static const char *documented[] = {
    "first_name", "last_name", "date_of_birth", "email", "phone_number", "gender", "address", "postal_code",
    "city", "country", "state", "realm", "language",
  };

  g_assert_true (json_object_get_boolean_member (object, "personalized"));
  g_assert_false (json_object_get_boolean_member (object, "needs_personalization"));
  consumer = json_object_get_object_member (object, "consumer");
  g_assert_nonnull (consumer);
  for (guint i = 0; i < G_N_ELEMENTS (documented); i++)
    g_assert_true (json_object_has_member (consumer, documented[i]));
  g_assert_false (json_object_has_member (consumer, "cognito_user"));
  g_assert_cmpstr (json_object_get_string_member (consumer, "first_name"), ==, "Anna");
  g_assert_cmpstr (json_object_get_string_member (consumer, "last_name"), ==, "de Vries");
  g_assert_cmpstr (json_object_get_string_member (consumer, "date_of_birth"), ==, "1992-04-17");
  g_assert_cmpstr (json_object_get_string_member (consumer, "email"), ==, "anna.devries@example.org");
  g_assert_cmpint (json_object_get_int_member (consumer, "gender"), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (consumer, "country"), ==, "NL");
  g_assert_cmpstr (json_object_get_string_member (consumer, "state"), ==, "");
  tickets_test_assert_null (consumer, "realm");

  /* A FULL ticket in a pending request lists it; the full form. */
  {
    g_autoptr(TicketsTestResponse) requested = NULL;
    JsonObject *ticket = tickets_test_get_ticket (sandbox, TICKETS_TEST_TK_FULL_REQUEST_1, TICKETS_TEST_AUTH_ORDER_FULL, &requested);
    g_autofree char *request_href = tickets_test_uri (sandbox, "personalization-requests", TICKETS_TEST_RQ_PENDING);
    JsonArray *requests = json_object_get_array_member (tickets_test_get_links (ticket), "shop:personalization_request");
    JsonObject *form = json_object_get_object_member (ticket, "personalization_form");

    g_assert_cmpuint (json_array_get_length (requests), ==, 1);
    g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (requests, 0), "href"), ==, request_href);
    g_assert_true (json_object_get_boolean_member (json_object_get_object_member (form, "phone_number"), "required"));
    g_assert_true (json_object_get_boolean_member (json_object_get_object_member (form, "country"), "required"));
    g_assert_false (json_object_get_boolean_member (json_object_get_object_member (form, "state"), "required"));
    g_assert_false (json_object_get_boolean_member (json_object_get_object_member (form, "email"), "unique_per_product"));
    g_assert_cmpuint (json_object_get_size (form), ==, 11);
  }

  /* An invalid ticket needs nothing any more. */
  {
    g_autoptr(TicketsTestResponse) invalid = NULL;
    JsonObject *ticket = tickets_test_get_ticket (sandbox, TICKETS_TEST_TK_CANCELLED, TICKETS_TEST_AUTH_ORDER_CANCELLED, &invalid);

    g_assert_cmpstr (json_object_get_string_member (ticket, "status"), ==, "invalid");
    g_assert_false (json_object_get_boolean_member (ticket, "needs_personalization"));
    g_assert_null (tickets_test_link_href (ticket, "shop:eticket"));
  }
}

static void
test_tickets_seated (void)
{
  g_autoptr(TicketsTestResponse) response = NULL;
  JsonObject *object = tickets_test_get_ticket (sandbox, TICKETS_TEST_TK_DEMO_SEATED, TICKETS_TEST_AUTH_ORDER_DEMO, &response);
  g_autofree char *grandstand = tickets_test_uri (sandbox, "products", TICKETS_TEST_PR_GRANDSTAND);
  JsonObject *seating = json_object_get_object_member (object, "seating");
  JsonObject *label;
  struct {
    const char *member;
    const char *en;
    const char *nl;
    const char *pl;
    const char *ru;
  } labels[] = {
    { "seat_label", "Seat", "Stoel", "Miejsce", "Место" },
    { "row_label", "Row", "Rij", "Rząd", "Ряд" },
    { "section_label", "Section", "Vak", "Sektor", "Сектор" },
    { "venue", "Main Stage Grandstand", "Tribune Hoofdpodium", "Trybuna sceny głównej", "Трибуна главной сцены" },
  };

  g_assert_cmpstr (tickets_test_link_href (object, "shop:product"), ==, grandstand);
  g_assert_cmpstr (json_object_get_string_member (seating, "seat"), ==, "12");
  g_assert_cmpstr (json_object_get_string_member (seating, "row"), ==, "F");
  g_assert_cmpstr (json_object_get_string_member (seating, "section"), ==, "Grandstand North");
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      label = tickets_test_assert_i18n (seating, labels[i].member);
      g_assert_cmpstr (json_object_get_string_member (label, "en"), ==, labels[i].en);
      g_assert_cmpstr (json_object_get_string_member (label, "nl"), ==, labels[i].nl);
      g_assert_cmpstr (json_object_get_string_member (label, "pl"), ==, labels[i].pl);
      g_assert_cmpstr (json_object_get_string_member (label, "ru"), ==, labels[i].ru);
    }
  label = tickets_test_assert_i18n (seating, "seat_label");
  g_assert_cmpstr (json_object_get_string_member (label, "de"), ==, "Sitzplatz");
  g_assert_cmpstr (json_object_get_string_member (label, "fr"), ==, "Siège");
  g_assert_cmpstr (json_object_get_string_member (label, "es"), ==, "Asiento");
  g_assert_cmpstr (json_object_get_string_member (label, "pt"), ==, "Assento");
  g_assert_cmpstr (json_object_get_string_member (label, "tr"), ==, "Koltuk");
  /* An untranslated venue is "" in that language. */
  g_assert_cmpstr (json_object_get_string_member (tickets_test_assert_i18n (seating, "venue"), "pt"), ==, "");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (object, "price"), "amount"), ==, "64.00");
}

/* The docs' example is the Parking ticket of a combo: shop:parent. */
static void
test_tickets_parent (void)
{
  g_autoptr(TicketsTestResponse) response = NULL;
  g_autoptr(TicketsTestResponse) parent = NULL;
  JsonObject *object = tickets_test_get_ticket (sandbox, TI_PARKING, TICKETS_TEST_AUTH_SALES, &response);
  g_autofree char *parent_href = tickets_test_uri (sandbox, "tickets", TICKETS_TEST_TK_FUTURE_MAIN);
  g_autofree char *event_href = tickets_test_uri (sandbox, "events", TICKETS_TEST_EV_FUTURE);
  g_autofree char *order_href = tickets_test_uri (sandbox, "orders", TICKETS_TEST_OR_FUTURE);
  g_autofree char *parking_href = tickets_test_uri (sandbox, "products", TICKETS_TEST_PR_PARKING);
  JsonObject *parent_object;

  g_assert_cmpstr (tickets_test_link_href (object, "shop:parent"), ==, parent_href);
  g_assert_cmpstr (tickets_test_link_href (object, "shop:event"), ==, event_href);
  g_assert_cmpstr (tickets_test_link_href (object, "shop:order"), ==, order_href);
  g_assert_cmpstr (tickets_test_link_href (object, "shop:product"), ==, parking_href);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (tickets_test_embedded (object), "shop:product"), "uid"), ==,
                   TICKETS_TEST_PR_PARKING);

  /* Follow it, with the order's token. */
  parent = tickets_test_request (sandbox, "GET", tickets_test_link_href (object, "shop:parent"), TICKETS_TEST_AUTH_ORDER_FUTURE, NULL);
  g_assert_cmpuint (parent->status, ==, 200);
  parent_object = tickets_test_response_object (parent);
  g_assert_cmpstr (json_object_get_string_member (parent_object, "uid"), ==, TICKETS_TEST_TK_FUTURE_MAIN);
  g_assert_cmpstr (tickets_test_link_href (parent_object, "shop:order"), ==, order_href);
  g_assert_null (tickets_test_link_href (parent_object, "shop:parent"));
  /* Personalization of FUTURE has not opened yet, but is still needed. */
  g_assert_true (json_object_get_boolean_member (parent_object, "needs_personalization"));
}

/* shop:eticket: for every ticket of the fixture, present exactly when the
 * ticket has an e-ticket, is valid and needs no name. */
static void
test_tickets_eticket (void)
{
  g_autoptr(GBytes) fixture = tickets_sandbox_get_default_fixture ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) personalized_events = g_hash_table_new (g_str_hash, g_str_equal);
  JsonObject *root;
  JsonArray *events;
  JsonArray *tickets;
  guint n_with = 0;

  json_parser_load_from_data (parser, g_bytes_get_data (fixture, NULL), g_bytes_get_size (fixture), &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  events = json_object_get_array_member (root, "events");
  for (guint i = 0; i < json_array_get_length (events); i++)
    {
      JsonObject *event = json_array_get_object_element (events, i);

      if (!JSON_NODE_HOLDS_NULL (json_object_get_member (event, "personalization_start")))
        g_hash_table_add (personalized_events, (gpointer) json_object_get_string_member (event, "uid"));
    }

  tickets = json_object_get_array_member (root, "tickets");
  g_assert_cmpuint (json_array_get_length (tickets), ==, 63);
  for (guint i = 0; i < json_array_get_length (tickets); i++)
    {
      JsonObject *ticket = json_array_get_object_element (tickets, i);
      const char *uid = json_object_get_string_member (ticket, "uid");
      gboolean has_eticket = !JSON_NODE_HOLDS_NULL (json_object_get_member (ticket, "eticket"));
      gboolean named = !JSON_NODE_HOLDS_NULL (json_object_get_member (ticket, "consumer"));
      gboolean valid = g_str_equal (json_object_get_string_member (ticket, "status"), "valid");
      gboolean needs_name = valid && !named &&
                            g_hash_table_contains (personalized_events, json_object_get_string_member (ticket, "event"));
      g_autoptr(TicketsTestResponse) response = NULL;
      JsonObject *object = tickets_test_get_ticket (sandbox, uid, TICKETS_TEST_AUTH_BOXOFFICE, &response);
      const char *href = tickets_test_link_href (object, "shop:eticket");

      g_test_message ("ticket %s", uid);
      g_assert_cmpint (json_object_get_boolean_member (object, "needs_personalization"), ==, needs_name);
      g_assert_cmpint (json_object_get_boolean_member (object, "personalized"), ==, named);
      if (has_eticket && valid && !needs_name)
        {
          g_autoptr(TicketsTestResponse) download = NULL;

          g_assert_nonnull (href);
          g_assert_true (g_str_has_suffix (href, json_object_get_string_member (ticket, "eticket")));
          download = tickets_test_request (sandbox, "GET", href, TICKETS_TEST_AUTH_BOXOFFICE, NULL);
          g_assert_cmpuint (download->status, ==, 200);
          g_assert_cmpstr (soup_message_headers_get_content_type (download->headers, NULL), ==, "application/pdf");
          n_with++;
        }
      else
        g_assert_null (href);
    }

  /* The fixture has some, among them NONE's ticket. */
  g_assert_cmpuint (n_with, >=, 3);
  {
    g_autoptr(TicketsTestResponse) response = NULL;
    JsonObject *object = tickets_test_get_ticket (sandbox, TICKETS_TEST_TK_NONE, TICKETS_TEST_AUTH_ORDER_NONE, &response);

    g_assert_nonnull (tickets_test_link_href (object, "shop:eticket"));
    tickets_test_assert_null (object, "personalization_form");
    tickets_test_assert_null (object, "personalization_start");
    tickets_test_assert_null (object, "personalization_end");
    g_assert_false (json_object_get_boolean_member (object, "needs_personalization"));
    g_assert_false (json_object_get_boolean_member (object, "personalized"));
  }
}

/* An e-ticket goes to whoever may read its ticket (or order), and to no one else. */
static void
test_tickets_eticket_download_auth (void)
{
  g_autoptr(TicketsTestResponse) response = NULL;
  g_autoptr(TicketsTestResponse) order = tickets_test_get (sandbox, "orders", TICKETS_TEST_OR_NONE, TICKETS_TEST_AUTH_ORDER_NONE);
  JsonObject *ticket = tickets_test_get_ticket (sandbox, TICKETS_TEST_TK_NONE, TICKETS_TEST_AUTH_ORDER_NONE, &response);
  const char *links[] = {
    tickets_test_assert_link (ticket, "shop:eticket"),
    tickets_test_assert_link (tickets_test_response_object (order), "shop:etickets"),
  };

  for (guint i = 0; i < G_N_ELEMENTS (links); i++)
    {
      static const struct
      {
        const char *auth;
        guint       status;
        const char *type;
      } cases[] = {
        { TICKETS_TEST_AUTH_ORDER_NONE, 200, NULL },
        { TICKETS_TEST_AUTH_BOXOFFICE, 200, NULL },
        { NULL, 401, "UNAUTHORIZED" },
        { "order:no-such-token", 401, "UNAUTHORIZED" },
        { TICKETS_TEST_AUTH_ORDER_DEMO, 403, "FORBIDDEN" },
        { TICKETS_TEST_AUTH_DEFAULT, 403, "FORBIDDEN" },
        { TICKETS_TEST_AUTH_REQUEST, 403, "FORBIDDEN" },
      };

      for (guint j = 0; j < G_N_ELEMENTS (cases); j++)
        {
          g_autoptr(TicketsTestResponse) download = tickets_test_request (sandbox, "GET", links[i], cases[j].auth, NULL);

          g_test_message ("%s as %s", links[i], cases[j].auth);
          if (cases[j].status == 200)
            {
              g_assert_cmpuint (download->status, ==, 200);
              g_assert_cmpstr (soup_message_headers_get_content_type (download->headers, NULL), ==, "application/pdf");
            }
          else
            tickets_test_assert_error (download, cases[j].status, cases[j].type);
        }
    }

  /* Asked with every right, a link that leads nowhere is a 404. */
  {
    g_autofree char *nowhere = tickets_test_sandbox_uri (sandbox, "/download/eticket/no-such-eticket");
    g_autoptr(TicketsTestResponse) download = tickets_test_request (sandbox, "GET", nowhere, TICKETS_TEST_AUTH_BOXOFFICE, NULL);

    tickets_test_assert_error (download, 404, "NOT_FOUND");
  }
}

/* GET /tickets?code=&event= */

static void
test_tickets_search (void)
{
  static const char *auths[] = { TICKETS_TEST_AUTH_BOXOFFICE, TICKETS_TEST_AUTH_SALES };

  for (guint a = 0; a < G_N_ELEMENTS (auths); a++)
    {
      g_autofree char *url = search_url (TICKETS_TEST_CODE_DEMO_1, TICKETS_TEST_EV_OPEN, NULL);
      g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "GET", url, auths[a], NULL);
      g_autoptr(TicketsTestResponse) direct = tickets_test_get (sandbox, "tickets", TICKETS_TEST_TK_DEMO_1, auths[a]);
      g_autofree char *search = tickets_test_sandbox_uri (sandbox, "/tickets{?event,code}");
      JsonObject *object;
      JsonObject *links;
      JsonArray *list;
      JsonObject *ticket;

      g_test_message ("GET %s with %s", url, auths[a]);
      g_assert_cmpuint (response->status, ==, 200);
      g_assert_cmpstr (soup_message_headers_get_content_type (response->headers, NULL), ==, "application/hal+json");
      object = tickets_test_response_object (response);
      tickets_test_assert_members (object, (const char *[]) { "_links", "_embedded", NULL });
      tickets_test_assert_hal (object, "tickets");
      links = tickets_test_get_links (object);
      tickets_test_assert_members (links, (const char *[]) { "self", "search", "profile", "curies", NULL });
      g_assert_cmpstr (tickets_test_link_href (object, "self"), ==, url);
      g_assert_cmpstr (tickets_test_link_href (object, "search"), ==, search);
      g_assert_true (json_object_get_boolean_member (json_object_get_object_member (links, "search"), "templated"));

      /* For historic reasons, a list holding the one ticket, in full. */
      tickets_test_assert_members (tickets_test_embedded (object), (const char *[]) { "shop:ticket", NULL });
      list = json_object_get_array_member (tickets_test_embedded (object), "shop:ticket");
      g_assert_nonnull (list);
      g_assert_cmpuint (json_array_get_length (list), ==, 1);
      ticket = json_array_get_object_element (list, 0);
      tickets_test_assert_members (ticket, ticket_members);
      g_assert_cmpstr (json_object_get_string_member (ticket, "uid"), ==, TICKETS_TEST_TK_DEMO_1);
      g_assert_cmpstr (json_object_get_string_member (ticket, "code"), ==, TICKETS_TEST_CODE_DEMO_1);
      g_assert_cmpuint (direct->status, ==, 200);
      g_assert_true (json_node_equal (json_array_get_element (list, 0), direct->body));
    }

  /* Another ticket, by a bare event uid too. */
  {
    g_autofree char *url = g_strconcat (tickets_test_sandbox_get_base (sandbox), "/tickets?event=" TICKETS_TEST_EV_FUTURE "&code=6823773178080",
                                        NULL);
    g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "GET", url, TICKETS_TEST_AUTH_SALES, NULL);
    JsonArray *list;

    g_assert_cmpuint (response->status, ==, 200);
    list = json_object_get_array_member (tickets_test_embedded (tickets_test_response_object (response)), "shop:ticket");
    g_assert_cmpuint (json_array_get_length (list), ==, 1);
    g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (list, 0), "uid"), ==, TI_PARKING);
  }
}

static void
test_tickets_search_errors (void)
{
  struct {
    char       *url;
    const char *auth;
    guint       status;
    const char *type;
  } cases[] = {
    /* the code belongs to another event */
    { search_url (TICKETS_TEST_CODE_DEMO_1, TICKETS_TEST_EV_FUTURE, NULL), TICKETS_TEST_AUTH_BOXOFFICE, 404, "NOT_FOUND" },
    { search_url (TICKETS_TEST_CODE_DEMO_1, TICKETS_TEST_EV_NONE, NULL), TICKETS_TEST_AUTH_SALES, 404, "NOT_FOUND" },
    /* unknown code, unknown event */
    { search_url ("0000000000000", TICKETS_TEST_EV_OPEN, NULL), TICKETS_TEST_AUTH_BOXOFFICE, 404, "NOT_FOUND" },
    { search_url (TICKETS_TEST_CODE_DEMO_1, "ffffffffffffffffffffffffffffffff", NULL), TICKETS_TEST_AUTH_BOXOFFICE, 404, "NOT_FOUND" },
    /* both parameters are needed, and only those */
    { search_url (TICKETS_TEST_CODE_DEMO_1, NULL, NULL), TICKETS_TEST_AUTH_BOXOFFICE, 400, "BAD_REQUEST" },
    { search_url (NULL, TICKETS_TEST_EV_OPEN, NULL), TICKETS_TEST_AUTH_BOXOFFICE, 400, "BAD_REQUEST" },
    { search_url ("", TICKETS_TEST_EV_OPEN, NULL), TICKETS_TEST_AUTH_BOXOFFICE, 400, "BAD_REQUEST" },
    { search_url (TICKETS_TEST_CODE_DEMO_1, TICKETS_TEST_EV_OPEN, "page=1"), TICKETS_TEST_AUTH_BOXOFFICE, 400, "BAD_REQUEST" },
    { search_url (TICKETS_TEST_CODE_DEMO_1, TICKETS_TEST_EV_OPEN, "status=valid"), TICKETS_TEST_AUTH_SALES, 400, "BAD_REQUEST" },
    { search_url (NULL, NULL, "barcode=" TICKETS_TEST_CODE_DEMO_1), TICKETS_TEST_AUTH_BOXOFFICE, 400, "BAD_REQUEST" },
    /* only roles with access to orders search by barcode */
    { search_url (TICKETS_TEST_CODE_DEMO_1, TICKETS_TEST_EV_OPEN, NULL), TICKETS_TEST_AUTH_DEFAULT, 403, "FORBIDDEN" },
    { search_url (TICKETS_TEST_CODE_DEMO_1, TICKETS_TEST_EV_OPEN, NULL), TICKETS_TEST_AUTH_SPA, 403, "FORBIDDEN" },
    { search_url (TICKETS_TEST_CODE_DEMO_1, TICKETS_TEST_EV_OPEN, NULL), TICKETS_TEST_AUTH_BEARER, 403, "FORBIDDEN" },
    { search_url (TICKETS_TEST_CODE_DEMO_1, TICKETS_TEST_EV_OPEN, NULL), TICKETS_TEST_AUTH_ORDER_DEMO, 403, "FORBIDDEN" },
    { search_url (TICKETS_TEST_CODE_DEMO_1, TICKETS_TEST_EV_OPEN, NULL), TICKETS_TEST_AUTH_COGNITO, 403, "FORBIDDEN" },
    { search_url (TICKETS_TEST_CODE_DEMO_1, TICKETS_TEST_EV_OPEN, NULL), TICKETS_TEST_AUTH_REQUEST, 403, "FORBIDDEN" },
    { search_url (TICKETS_TEST_CODE_DEMO_1, TICKETS_TEST_EV_OPEN, NULL), NULL, 401, "UNAUTHORIZED" },
    { search_url (TICKETS_TEST_CODE_DEMO_1, TICKETS_TEST_EV_OPEN, NULL), "basic:boxoffice:wrong", 401, "UNAUTHORIZED" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "GET", cases[i].url, cases[i].auth, NULL);

      g_test_message ("GET %s with %s", cases[i].url, cases[i].auth != NULL ? cases[i].auth : "nothing");
      tickets_test_assert_error (response, cases[i].status, cases[i].type);
      g_free (cases[i].url);
    }
}

/* GET /tickets with a Cognito token */

static void
test_tickets_mine (void)
{
  g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "GET", "/tickets", TICKETS_TEST_AUTH_COGNITO, NULL);
  g_autofree char *self = tickets_test_sandbox_uri (sandbox, "/tickets");
  g_autofree char *event_href = tickets_test_uri (sandbox, "events", TICKETS_TEST_EV_OPEN);
  g_autofree char *product_href = tickets_test_uri (sandbox, "products", TICKETS_TEST_PR_WEEKEND);
  g_autofree char *order_href = tickets_test_uri (sandbox, "orders", TICKETS_TEST_OR_FULL);
  static const char *expected[] = { TI_FULL_TOM, TI_FULL_LOTTE, NULL };
  JsonObject *object;
  JsonArray *tickets;
  JsonArray *products;
  JsonArray *events;
  JsonObject *product;
  JsonObject *event;

  g_assert_cmpuint (response->status, ==, 200);
  g_assert_cmpstr (soup_message_headers_get_content_type (response->headers, NULL), ==, "application/hal+json");
  object = tickets_test_response_object (response);
  tickets_test_assert_members (object, (const char *[]) { "_links", "_embedded", NULL });
  tickets_test_assert_hal (object, "tickets");
  g_assert_cmpstr (tickets_test_link_href (object, "self"), ==, self);
  tickets_test_assert_members (tickets_test_embedded (object), (const char *[]) { "shop:ticket", "shop:product", "shop:event", NULL });

  /* Exactly Tom's and Lotte's tickets of FULL: not Anna's, which is in the
   * user's own order DEMO. */
  tickets = json_object_get_array_member (tickets_test_embedded (object), "shop:ticket");
  g_assert_cmpuint (json_array_get_length (tickets), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      JsonObject *ticket = json_array_get_object_element (tickets, i);
      g_autofree char *ticket_href = tickets_test_uri (sandbox, "tickets", json_object_get_string_member (ticket, "uid"));

      /* The short form */
      tickets_test_assert_members (ticket, (const char *[]) { "_links", "uid", "status", "has_valid_subscription", NULL });
      g_assert_true (g_strv_contains (expected, json_object_get_string_member (ticket, "uid")));
      g_assert_cmpstr (json_object_get_string_member (ticket, "status"), ==, "valid");
      g_assert_false (json_object_get_boolean_member (ticket, "has_valid_subscription"));
      tickets_test_assert_hal (ticket, "tickets");
      tickets_test_assert_members (tickets_test_get_links (ticket),
                                   (const char *[]) { "self", "profile", "shop:event", "shop:product", "shop:order", "curies", NULL });
      g_assert_cmpstr (tickets_test_link_href (ticket, "self"), ==, ticket_href);
      g_assert_cmpstr (tickets_test_link_href (ticket, "shop:event"), ==, event_href);
      g_assert_cmpstr (tickets_test_link_href (ticket, "shop:product"), ==, product_href);
      g_assert_cmpstr (tickets_test_link_href (ticket, "shop:order"), ==, order_href);
    }
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (tickets, 0), "uid"), !=,
                   json_object_get_string_member (json_array_get_object_element (tickets, 1), "uid"));

  /* Both are Weekend tickets of OPEN: one product, one event. */
  products = json_object_get_array_member (tickets_test_embedded (object), "shop:product");
  g_assert_cmpuint (json_array_get_length (products), ==, 1);
  product = json_array_get_object_element (products, 0);
  tickets_test_assert_members (product, (const char *[]) { "_links", "uid", "name", "subtitle", NULL });
  tickets_test_assert_members (tickets_test_get_links (product), (const char *[]) { "self", NULL });
  g_assert_cmpstr (tickets_test_link_href (product, "self"), ==, product_href);
  g_assert_cmpstr (json_object_get_string_member (product, "uid"), ==, TICKETS_TEST_PR_WEEKEND);
  g_assert_cmpstr (json_object_get_string_member (tickets_test_assert_i18n (product, "name"), "de"), ==, "Wochenendticket");
  tickets_test_assert_i18n (product, "subtitle");

  events = json_object_get_array_member (tickets_test_embedded (object), "shop:event");
  g_assert_cmpuint (json_array_get_length (events), ==, 1);
  event = json_array_get_object_element (events, 0);
  tickets_test_assert_members (event, (const char *[]) { "_links", "uid", "title", "subtitle", "event_start", "event_end", "location", NULL });
  g_assert_cmpstr (tickets_test_link_href (event, "self"), ==, event_href);
  g_assert_cmpstr (json_object_get_string_member (event, "uid"), ==, TICKETS_TEST_EV_OPEN);
  g_assert_cmpstr (json_object_get_string_member (tickets_test_assert_i18n (event, "title"), "nl"), ==, "Zomerklanken Festival");
  g_assert_true (g_str_has_suffix (json_object_get_string_member (event, "event_start"), "Z"));
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (event, "location"), "name"), ==, "NDSM-werf");

  /* Each listed ticket opens in full with the same token (as holder). */
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(TicketsTestResponse) full = tickets_test_request (sandbox, "GET",
                                                                 tickets_test_link_href (json_array_get_object_element (tickets, i), "self"),
                                                                 TICKETS_TEST_AUTH_COGNITO, NULL);

      g_assert_cmpuint (full->status, ==, 200);
      g_assert_true (json_object_get_boolean_member (tickets_test_response_object (full), "personalized"));
    }
}

static void
test_tickets_mine_refused (void)
{
  struct {
    const char *auth;
    guint       status;
  } cases[] = {
    { TICKETS_TEST_AUTH_BOXOFFICE, 403 },
    { TICKETS_TEST_AUTH_SALES, 403 },
    { TICKETS_TEST_AUTH_DEFAULT, 403 },
    { TICKETS_TEST_AUTH_BEARER, 403 },
    { TICKETS_TEST_AUTH_ORDER_DEMO, 403 },
    { TICKETS_TEST_AUTH_REQUEST, 403 },
    { "cognito:wrong", 401 },
    { NULL, 401 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "GET", "/tickets", cases[i].auth, NULL);

      g_test_message ("GET /tickets with %s", cases[i].auth != NULL ? cases[i].auth : "nothing");
      tickets_test_assert_error (response, cases[i].status, cases[i].status == 403 ? "FORBIDDEN" : "UNAUTHORIZED");
    }
}

static void
test_tickets_methods (void)
{
  struct {
    const char *method;
    const char *path;
  } cases[] = {
    { "POST", "/tickets" },
    { "PUT", "/tickets" },
    { "DELETE", "/tickets/" TICKETS_TEST_TK_DEMO_1 },
    { "PUT", "/tickets/" TICKETS_TEST_TK_DEMO_1 },
    { "POST", "/tickets/" TICKETS_TEST_TK_DEMO_1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, cases[i].method, cases[i].path, TICKETS_TEST_AUTH_BOXOFFICE, "{}");

      tickets_test_assert_not_allowed (response, "OPTIONS, GET");
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sandbox/tickets/auth-accepted", test_tickets_auth_accepted);
  g_test_add_func ("/sandbox/tickets/auth-refused", test_tickets_auth_refused);
  g_test_add_func ("/sandbox/tickets/not-found", test_tickets_not_found);
  g_test_add_func ("/sandbox/tickets/fields", test_tickets_fields);
  g_test_add_func ("/sandbox/tickets/personalized", test_tickets_personalized);
  g_test_add_func ("/sandbox/tickets/seated", test_tickets_seated);
  g_test_add_func ("/sandbox/tickets/parent", test_tickets_parent);
  g_test_add_func ("/sandbox/tickets/eticket", test_tickets_eticket);
  g_test_add_func ("/sandbox/tickets/eticket-download-auth", test_tickets_eticket_download_auth);
  g_test_add_func ("/sandbox/tickets/search", test_tickets_search);
  g_test_add_func ("/sandbox/tickets/search-errors", test_tickets_search_errors);
  g_test_add_func ("/sandbox/tickets/mine", test_tickets_mine);
  g_test_add_func ("/sandbox/tickets/mine-refused", test_tickets_mine_refused);
  g_test_add_func ("/sandbox/tickets/methods", test_tickets_methods);

  return tickets_test_run_with_sandbox (&sandbox);
}
