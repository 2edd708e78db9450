/* test-sandbox-orders.c: GET /orders/{uid} and POST /orders (re-issue)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tickets-test-sandbox.h"

#define OR_BERLIN    "75b5d8a3f4364c59f8a803ac3127215d"

static TicketsTestSandbox *sandbox;

/* Helpers */

/* "332.50" → 33250 */
static gint64
amount_cents (JsonObject *object,
              const char *member)
{
  JsonObject *amount = json_object_get_object_member (object, member);
  const char *text;
  g_auto(GStrv) parts = NULL;

  g_assert_nonnull (amount);
  g_assert_cmpstr (json_object_get_string_member (amount, "currency"), ==, "EUR");
  text = json_object_get_string_member (amount, "amount");
  g_assert_nonnull (text);
  parts = g_strsplit (text, ".", 2);
  g_assert_nonnull (parts[1]);
  g_assert_cmpuint (strlen (parts[1]), ==, 2);

  return g_ascii_strtoll (parts[0], NULL, 10) * 100 + g_ascii_strtoll (parts[1], NULL, 10);
}

static JsonObject *
find_by_uid (JsonArray  *list,
             const char *uid)
{
  for (guint i = 0; i < json_array_get_length (list); i++)
    {
      JsonObject *item = json_array_get_object_element (list, i);

      if (g_strcmp0 (json_object_get_string_member (item, "uid"), uid) == 0)
        return item;
    }

  return NULL;
}

static char *
ticket_status (TicketsTestSandbox *which,
               const char         *uid)
{
  g_autoptr(TicketsTestResponse) response = NULL;
  JsonObject *ticket = tickets_test_get_ticket (which, uid, TICKETS_TEST_AUTH_BOXOFFICE, &response);

  return g_strdup (json_object_get_string_member (ticket, "status"));
}

static const char *john_doe =
  "{\"first_name\": \"John\", \"last_name\": \"Doe\", \"date_of_birth\": \"1986-12-30\", "
  "\"email\": \"john.doe@paylogic.eu\", \"gender\": \"1\", \"address\": \"Nieuwe Boteringestraat 28\", "
  "\"postal_code\": \"9716 JJ\", \"city\": \"Groningen\", \"country\": \"NL\", \"ip\": \"192.168.1.1\"}";

/* {"tickets": [<uri of each uid>], "consumer": consumer} */
static char *
reissue_body (TicketsTestSandbox *which,
              const char * const *uids,
              const char         *consumer)
{
  g_autofree char *tickets = tickets_test_ticket_list (which, uids);

  if (consumer == NULL)
    return g_strdup_printf ("{\"tickets\": %s}", tickets);

  return g_strdup_printf ("{\"tickets\": %s, \"consumer\": %s}", tickets, consumer);
}

/* GET /orders/{uid} */

static void
test_orders_read_accepted (void)
{
  static const char *accepted[] = {
    TICKETS_TEST_AUTH_ORDER_DEMO, TICKETS_TEST_AUTH_COGNITO, TICKETS_TEST_AUTH_SALES, TICKETS_TEST_AUTH_BOXOFFICE,
  };

  for (guint i = 0; i < G_N_ELEMENTS (accepted); i++)
    {
      g_autoptr(TicketsTestResponse) response = tickets_test_get (sandbox, "orders", TICKETS_TEST_OR_DEMO, accepted[i]);
      JsonObject *object;

      g_test_message ("GET the DEMO order with %s", accepted[i]);
      g_assert_cmpuint (response->status, ==, 200);
      g_assert_cmpstr (soup_message_headers_get_content_type (response->headers, NULL), ==, "application/hal+json");
      object = tickets_test_response_object (response);
      g_assert_cmpstr (json_object_get_string_member (object, "uid"), ==, TICKETS_TEST_OR_DEMO);
      g_assert_cmpstr (json_object_get_string_member (object, "reference"), ==, "DEMO-0001");
      g_assert_cmpuint (json_array_get_length (tickets_test_embedded_list (object, "shop:ticket")), ==, 4);
    }

  /* Each order token opens its own order. */
  {
    g_autoptr(TicketsTestResponse) full = tickets_test_get (sandbox, "orders", TICKETS_TEST_OR_FULL, TICKETS_TEST_AUTH_ORDER_FULL);
    g_autoptr(TicketsTestResponse) none = tickets_test_get (sandbox, "orders", TICKETS_TEST_OR_NONE, TICKETS_TEST_AUTH_ORDER_NONE);

    g_assert_cmpuint (full->status, ==, 200);
    g_assert_cmpstr (json_object_get_string_member (tickets_test_response_object (full), "reference"), ==, "DEMO-0002");
    g_assert_cmpuint (none->status, ==, 200);
    g_assert_cmpstr (json_object_get_string_member (tickets_test_response_object (none), "reference"), ==, "DEMO-0005");
  }
}

static void
test_orders_read_refused (void)
{
  struct {
    const char *order;
    const char *auth;
    guint       status;
  } cases[] = {
    { TICKETS_TEST_OR_DEMO, TICKETS_TEST_AUTH_ORDER_FULL, 403 },
    { TICKETS_TEST_OR_DEMO, TICKETS_TEST_AUTH_ORDER_NONE, 403 },
    { TICKETS_TEST_OR_FULL, TICKETS_TEST_AUTH_ORDER_DEMO, 403 },
    { TICKETS_TEST_OR_DEMO, TICKETS_TEST_AUTH_DEFAULT, 403 },
    { TICKETS_TEST_OR_DEMO, TICKETS_TEST_AUTH_SPA, 403 },
    { TICKETS_TEST_OR_DEMO, TICKETS_TEST_AUTH_BEARER, 403 },
    { TICKETS_TEST_OR_DEMO, TICKETS_TEST_AUTH_REQUEST, 403 },
    /* The Cognito user did not create FULL, though they hold two of its tickets. */
    { TICKETS_TEST_OR_FULL, TICKETS_TEST_AUTH_COGNITO, 403 },
    { TICKETS_TEST_OR_NONE, TICKETS_TEST_AUTH_COGNITO, 403 },
    { TICKETS_TEST_OR_DEMO, "order:wrong-token", 401 },
    { TICKETS_TEST_OR_DEMO, "cognito:wrong-token", 401 },
    { TICKETS_TEST_OR_DEMO, "basic:sales:boxoffice-demo", 401 },
    { TICKETS_TEST_OR_DEMO, "bearer:wrong", 401 },
    { TICKETS_TEST_OR_DEMO, NULL, 401 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(TicketsTestResponse) response = tickets_test_get (sandbox, "orders", cases[i].order, cases[i].auth);

      g_test_message ("GET order %s with %s", cases[i].order, cases[i].auth != NULL ? cases[i].auth : "nothing");
      tickets_test_assert_error (response, cases[i].status, cases[i].status == 403 ? "FORBIDDEN" : "UNAUTHORIZED");
      if (cases[i].status == 401)
        g_assert_nonnull (soup_message_headers_get_one (response->headers, "WWW-Authenticate"));
      /* An error never leaks the order. */
      g_assert_false (json_object_has_member (tickets_test_response_object (response), "uid"));
    }
}

static void
test_orders_not_found (void)
{
  static const char *auths[] = { TICKETS_TEST_AUTH_SALES, TICKETS_TEST_AUTH_BOXOFFICE, TICKETS_TEST_AUTH_ORDER_DEMO, TICKETS_TEST_AUTH_COGNITO };

  for (guint i = 0; i < G_N_ELEMENTS (auths); i++)
    {
      g_autoptr(TicketsTestResponse) response = tickets_test_get (sandbox, "orders", "ffffffffffffffffffffffffffffffff", auths[i]);

      tickets_test_assert_error (response, 404, "NOT_FOUND");
    }

  {
    g_autoptr(TicketsTestResponse) response = tickets_test_get (sandbox, "orders", TICKETS_TEST_TK_DEMO_1, TICKETS_TEST_AUTH_SALES);

    tickets_test_assert_error (response, 404, "NOT_FOUND");
  }
  {
    g_autoptr(TicketsTestResponse) response = tickets_test_get (sandbox, "orders", "ffffffffffffffffffffffffffffffff", NULL);

    tickets_test_assert_error (response, 401, "UNAUTHORIZED");
  }
}

static void
test_orders_fields (void)
{
  g_autoptr(TicketsTestResponse) response = tickets_test_get (sandbox, "orders", TICKETS_TEST_OR_DEMO, TICKETS_TEST_AUTH_SALES);
  g_autofree char *self = tickets_test_uri (sandbox, "orders", TICKETS_TEST_OR_DEMO);
  g_autofree char *weekend = tickets_test_uri (sandbox, "products", TICKETS_TEST_PR_WEEKEND);
  g_autofree char *grandstand = tickets_test_uri (sandbox, "products", TICKETS_TEST_PR_GRANDSTAND);
  JsonObject *object;
  JsonObject *links;
  JsonObject *consumer;
  JsonObject *payment;
  JsonArray *selection;
  JsonArray *tickets;
  JsonArray *events;
  JsonArray *products;
  g_autoptr(GDateTime) created = NULL;
  static const char *members[] = {
    "_links", "_embedded", "uid", "reference", "external_reference", "redirect_url", "created_date", "status",
    "product_selection", "consumer", "payment_method", "shipping_method", "product_total", "service_costs",
    "grand_total", "external_purchases", NULL
  };
  static const char *method_members[] = { "uid", "name", "image", "costs", NULL };
  static const char *ticket_uids[] = { TICKETS_TEST_TK_DEMO_1, TICKETS_TEST_TK_DEMO_2, TICKETS_TEST_TK_DEMO_SEATED, TICKETS_TEST_TK_DEMO_ANNA };

  g_assert_cmpuint (response->status, ==, 200);
  object = tickets_test_response_object (response);
  tickets_test_assert_members (object, members);
  tickets_test_assert_hal (object, "order");

  links = tickets_test_get_links (object);
  g_assert_cmpstr (tickets_test_link_href (object, "self"), ==, self);
  g_assert_nonnull (tickets_test_link_href (object, "payment"));
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (links, "payment"), "type"), ==, "text/html");
  g_assert_nonnull (tickets_test_link_href (object, "shop:ordercancellation"));
  /* Three of its tickets still need a name: no e-tickets yet. */
  g_assert_false (json_object_has_member (links, "shop:etickets"));

  g_assert_cmpstr (json_object_get_string_member (object, "uid"), ==, TICKETS_TEST_OR_DEMO);
  g_assert_cmpstr (json_object_get_string_member (object, "reference"), ==, "DEMO-0001");
  g_assert_cmpstr (json_object_get_string_member (object, "external_reference"), ==, "");
  g_assert_cmpstr (json_object_get_string_member (object, "redirect_url"), ==, "");
  g_assert_cmpstr (json_object_get_string_member (object, "status"), ==, "paid");
  g_assert_true (g_str_has_suffix (json_object_get_string_member (object, "created_date"), "Z"));
  created = g_date_time_new_from_iso8601 (json_object_get_string_member (object, "created_date"), NULL);
  g_assert_nonnull (created);

  /* Three Weekend tickets and one Grandstand seat. */
  selection = json_object_get_array_member (object, "product_selection");
  g_assert_cmpuint (json_array_get_length (selection), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      JsonObject *item = json_array_get_object_element (selection, i);
      const char *product = json_object_get_string_member (item, "product");

      tickets_test_assert_members (item, (const char *[]) { "product", "quantity", NULL });
      if (g_str_equal (product, weekend))
        g_assert_cmpint (json_object_get_int_member (item, "quantity"), ==, 3);
      else if (g_str_equal (product, grandstand))
        g_assert_cmpint (json_object_get_int_member (item, "quantity"), ==, 1);
      else
        g_error ("unexpected product %s", product);
    }

  /* The buyer */
  consumer = json_object_get_object_member (object, "consumer");
  g_assert_cmpstr (json_object_get_string_member (consumer, "first_name"), ==, "Anna");
  g_assert_cmpstr (json_object_get_string_member (consumer, "last_name"), ==, "de Vries");
  g_assert_cmpstr (json_object_get_string_member (consumer, "email"), ==, "anna.devries@example.org");
  g_assert_false (json_object_has_member (consumer, "cognito_user"));

  payment = json_object_get_object_member (object, "payment_method");
  tickets_test_assert_members (payment, method_members);
  g_assert_cmpstr (json_object_get_string_member (payment, "uid"), ==, "8828548151442cec9cf9eeab937e9470");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (payment, "name"), "nl"), ==, "iDEAL");
  g_assert_cmpuint (json_object_get_size (json_object_get_object_member (payment, "name")), ==, 9);
  g_assert_cmpint (amount_cents (payment, "costs"), ==, 29);
  /* No shipping method: an empty object. */
  g_assert_cmpuint (json_object_get_size (json_object_get_object_member (object, "shipping_method")), ==, 0);

  g_assert_cmpint (amount_cents (object, "product_total"), ==, 33250);
  g_assert_cmpint (amount_cents (object, "service_costs"), ==, 950);
  g_assert_cmpint (amount_cents (object, "grand_total"), ==, 34229);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (object, "grand_total"), "amount"), ==, "342.29");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (object, "external_purchases")), ==, 0);

  /* Embedded: its four tickets in full, its event, its two products. */
  tickets = tickets_test_embedded_list (object, "shop:ticket");
  g_assert_cmpuint (json_array_get_length (tickets), ==, 4);
  for (guint i = 0; i < G_N_ELEMENTS (ticket_uids); i++)
    {
      JsonObject *ticket = find_by_uid (tickets, ticket_uids[i]);

      g_assert_nonnull (ticket);
      g_assert_cmpstr (tickets_test_link_href (ticket, "shop:order"), ==, self);
      g_assert_true (json_object_has_member (ticket, "code"));
      g_assert_true (json_object_has_member (ticket, "seating"));
      g_assert_true (json_object_has_member (ticket, "personalization_form"));
    }
  g_assert_cmpstr (json_object_get_string_member (find_by_uid (tickets, TICKETS_TEST_TK_DEMO_1), "code"), ==, TICKETS_TEST_CODE_DEMO_1);
  g_assert_true (JSON_NODE_HOLDS_NULL (json_object_get_member (find_by_uid (tickets, TICKETS_TEST_TK_DEMO_1), "consumer")));
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (find_by_uid (tickets, TICKETS_TEST_TK_DEMO_ANNA), "consumer"),
                                                  "first_name"), ==, "Anna");

  events = tickets_test_embedded_list (object, "shop:event");
  g_assert_cmpuint (json_array_get_length (events), ==, 1);
  g_assert_nonnull (find_by_uid (events, TICKETS_TEST_EV_OPEN));
  tickets_test_assert_hal (json_array_get_object_element (events, 0), "event");

  products = tickets_test_embedded_list (object, "shop:product");
  g_assert_cmpuint (json_array_get_length (products), ==, 2);
  g_assert_nonnull (find_by_uid (products, TICKETS_TEST_PR_WEEKEND));
  g_assert_nonnull (find_by_uid (products, TICKETS_TEST_PR_GRANDSTAND));
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (find_by_uid (products, TICKETS_TEST_PR_WEEKEND), "price"),
                                                  "amount"), ==, "89.50");
}

/* For every order: the selection counts the embedded tickets per product;
 * the totals add up; the embedded events and products are the tickets'. */
static void
test_orders_consistent (void)
{
  static const struct {
    const char *uid;
    guint       n_tickets;
  } orders[] = {
    { TICKETS_TEST_OR_DEMO, 4 }, { TICKETS_TEST_OR_FULL, 8 }, { TICKETS_TEST_OR_FUTURE, 2 }, { TICKETS_TEST_OR_CLOSED, 3 },
    { TICKETS_TEST_OR_NONE, 1 }, { TICKETS_TEST_OR_MIXED, 2 }, { TICKETS_TEST_OR_CANCELLED, 1 }, { OR_BERLIN, 3 },
  };

  for (guint o = 0; o < G_N_ELEMENTS (orders); o++)
    {
      g_autoptr(TicketsTestResponse) response = tickets_test_get (sandbox, "orders", orders[o].uid, TICKETS_TEST_AUTH_BOXOFFICE);
      g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_autoptr(GHashTable) event_hrefs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      JsonObject *object;
      JsonArray *selection;
      JsonArray *tickets;
      JsonArray *events;
      JsonArray *products;
      gint64 product_total = 0;
      gint64 service_costs = 0;
      gint64 method_costs = 0;
      guint sum = 0;

      g_test_message ("order %s", orders[o].uid);
      g_assert_cmpuint (response->status, ==, 200);
      object = tickets_test_response_object (response);

      tickets = tickets_test_embedded_list (object, "shop:ticket");
      g_assert_cmpuint (json_array_get_length (tickets), ==, orders[o].n_tickets);
      for (guint i = 0; i < json_array_get_length (tickets); i++)
        {
          JsonObject *ticket = json_array_get_object_element (tickets, i);
          const char *product = tickets_test_link_href (ticket, "shop:product");

          g_hash_table_insert (counts, g_strdup (product),
                               GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, product)) + 1));
          g_hash_table_add (event_hrefs, g_strdup (tickets_test_link_href (ticket, "shop:event")));
          product_total += amount_cents (ticket, "price");
          service_costs += amount_cents (ticket, "service_fee_paid");
        }

      selection = json_object_get_array_member (object, "product_selection");
      g_assert_cmpuint (json_array_get_length (selection), ==, g_hash_table_size (counts));
      for (guint i = 0; i < json_array_get_length (selection); i++)
        {
          JsonObject *item = json_array_get_object_element (selection, i);
          const char *product = json_object_get_string_member (item, "product");

          g_assert_true (g_hash_table_contains (counts, product));
          g_assert_cmpint (json_object_get_int_member (item, "quantity"), ==,
                           GPOINTER_TO_UINT (g_hash_table_lookup (counts, product)));
          sum += json_object_get_int_member (item, "quantity");
        }
      g_assert_cmpuint (sum, ==, orders[o].n_tickets);

      g_assert_cmpint (amount_cents (object, "product_total"), ==, product_total);
      g_assert_cmpint (amount_cents (object, "service_costs"), ==, service_costs);
      if (json_object_get_size (json_object_get_object_member (object, "payment_method")) > 0)
        method_costs += amount_cents (json_object_get_object_member (object, "payment_method"), "costs");
      if (json_object_get_size (json_object_get_object_member (object, "shipping_method")) > 0)
        method_costs += amount_cents (json_object_get_object_member (object, "shipping_method"), "costs");
      g_assert_cmpint (amount_cents (object, "grand_total"), ==, product_total + service_costs + method_costs);

      events = tickets_test_embedded_list (object, "shop:event");
      g_assert_cmpuint (json_array_get_length (events), ==, g_hash_table_size (event_hrefs));
      for (guint i = 0; i < json_array_get_length (events); i++)
        g_assert_true (g_hash_table_contains (event_hrefs, tickets_test_link_href (json_array_get_object_element (events, i), "self")));

      products = tickets_test_embedded_list (object, "shop:product");
      g_assert_cmpuint (json_array_get_length (products), ==, g_hash_table_size (counts));
      for (guint i = 0; i < json_array_get_length (products); i++)
        {
          JsonObject *product = json_array_get_object_element (products, i);

          g_assert_true (g_hash_table_contains (counts, tickets_test_link_href (product, "self")));
          /* The merchant sees availability in embedded products too. */
          g_assert_false (JSON_NODE_HOLDS_NULL (json_object_get_member (product, "availability")));
        }
    }
}

static void
test_orders_etickets (void)
{
  struct {
    const char *uid;
    const char *auth;
    gboolean    etickets;
  } cases[] = {
    { TICKETS_TEST_OR_DEMO, TICKETS_TEST_AUTH_ORDER_DEMO, FALSE },     /* unnamed tickets */
    { TICKETS_TEST_OR_FULL, TICKETS_TEST_AUTH_ORDER_FULL, FALSE },     /* unnamed tickets */
    { TICKETS_TEST_OR_MIXED, TICKETS_TEST_AUTH_ORDER_MIXED, FALSE },   /* one unnamed ticket */
    { TICKETS_TEST_OR_CANCELLED, TICKETS_TEST_AUTH_ORDER_CANCELLED, FALSE },
    { TICKETS_TEST_OR_NONE, TICKETS_TEST_AUTH_ORDER_NONE, TRUE },      /* no names needed */
    { OR_BERLIN, "order:order-token-1", TRUE },       /* every ticket named */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(TicketsTestResponse) response = tickets_test_get (sandbox, "orders", cases[i].uid, cases[i].auth);
      const char *href;

      g_test_message ("order %s", cases[i].uid);
      g_assert_cmpuint (response->status, ==, 200);
      href = tickets_test_link_href (tickets_test_response_object (response), "shop:etickets");
      if (!cases[i].etickets)
        {
          g_assert_null (href);
          continue;
        }

      g_assert_nonnull (href);
      {
        g_autoptr(TicketsTestResponse) download = tickets_test_request (sandbox, "GET", href, cases[i].auth, NULL);
        gsize size;
        const char *data = g_bytes_get_data (download->raw, &size);

        g_assert_cmpuint (download->status, ==, 200);
        g_assert_cmpstr (soup_message_headers_get_content_type (download->headers, NULL), ==, "application/pdf");
        g_assert_true (size > 5 && memcmp (data, "%PDF-", 5) == 0);
      }
    }

  /* The NONE order's ticket carries its own e-ticket link. */
  {
    g_autoptr(TicketsTestResponse) response = tickets_test_get (sandbox, "orders", TICKETS_TEST_OR_NONE, TICKETS_TEST_AUTH_ORDER_NONE);
    JsonArray *tickets = tickets_test_embedded_list (tickets_test_response_object (response), "shop:ticket");

    g_assert_cmpuint (json_array_get_length (tickets), ==, 1);
    g_assert_nonnull (tickets_test_link_href (find_by_uid (tickets, TICKETS_TEST_TK_NONE), "shop:eticket"));
  }
}

static void
test_orders_buyer (void)
{
  static const char *documented[] = {
    "first_name", "last_name", "date_of_birth", "email", "phone_number", "gender", "address", "postal_code",
    "city", "country", "state", "realm", "language",
  };

  {
    g_autoptr(TicketsTestResponse) response = tickets_test_get (sandbox, "orders", TICKETS_TEST_OR_FUTURE, TICKETS_TEST_AUTH_ORDER_FUTURE);
    JsonObject *consumer;

    g_assert_cmpuint (response->status, ==, 200);
    consumer = json_object_get_object_member (tickets_test_response_object (response), "consumer");
    for (guint i = 0; i < G_N_ELEMENTS (documented); i++)
      g_assert_true (json_object_has_member (consumer, documented[i]));
    g_assert_cmpstr (json_object_get_string_member (consumer, "first_name"), ==, "John");
    g_assert_cmpstr (json_object_get_string_member (consumer, "last_name"), ==, "Smith");
    g_assert_cmpstr (json_object_get_string_member (consumer, "date_of_birth"), ==, "1990-01-01");
    g_assert_cmpstr (json_object_get_string_member (consumer, "country"), ==, "US");
    g_assert_cmpstr (json_object_get_string_member (consumer, "state"), ==, "US-UT");
    g_assert_cmpint (json_object_get_int_member (consumer, "gender"), ==, 1);
    g_assert_true (JSON_NODE_HOLDS_NULL (json_object_get_member (consumer, "realm")));
  }

  {
    g_autoptr(TicketsTestResponse) response = tickets_test_get (sandbox, "orders", TICKETS_TEST_OR_FULL, TICKETS_TEST_AUTH_SALES);
    JsonObject *object;
    JsonObject *consumer;
    JsonObject *shipping;

    g_assert_cmpuint (response->status, ==, 200);
    object = tickets_test_response_object (response);
    consumer = json_object_get_object_member (object, "consumer");
    g_assert_cmpstr (json_object_get_string_member (consumer, "first_name"), ==, "Pieter");
    g_assert_cmpstr (json_object_get_string_member (consumer, "last_name"), ==, "Bakker");
    g_assert_cmpstr (json_object_get_string_member (consumer, "state"), ==, "");
    /* A shipping method, in the payment method's shape. */
    shipping = json_object_get_object_member (object, "shipping_method");
    tickets_test_assert_members (shipping, (const char *[]) { "uid", "name", "image", "costs", NULL });
    g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (shipping, "name"), "de"), ==, "E-Ticket");
    g_assert_cmpint (amount_cents (shipping, "costs"), ==, 0);
  }

  {
    g_autoptr(TicketsTestResponse) response = tickets_test_get (sandbox, "orders", TICKETS_TEST_OR_CANCELLED, TICKETS_TEST_AUTH_ORDER_CANCELLED);
    JsonObject *object;
    JsonObject *ticket;

    g_assert_cmpuint (response->status, ==, 200);
    object = tickets_test_response_object (response);
    g_assert_cmpstr (json_object_get_string_member (object, "status"), ==, "cancelled");
    ticket = find_by_uid (tickets_test_embedded_list (object, "shop:ticket"), TICKETS_TEST_TK_CANCELLED);
    g_assert_cmpstr (json_object_get_string_member (ticket, "status"), ==, "invalid");
  }
}

/* POST /orders: re-issue */

static void
test_orders_reissue (void)
{
  TicketsTestSandbox *fresh = tickets_test_sandbox_start ();
  g_autofree char *old_uri = tickets_test_uri (fresh, "tickets", TICKETS_TEST_TK_DEMO_2);
  /* One absolute URI, one bare uid. */
  g_autofree char *body = g_strdup_printf ("{\"tickets\": [\"%s\", \"%s\"], \"consumer\": %s}",
                                           old_uri, TICKETS_TEST_TK_DEMO_SEATED, john_doe);
  g_autoptr(TicketsTestResponse) response = NULL;
  g_autofree char *token = NULL;
  g_autofree char *order_uid = NULL;
  g_autofree char *weekend = tickets_test_uri (fresh, "products", TICKETS_TEST_PR_WEEKEND);
  g_autofree char *grandstand = tickets_test_uri (fresh, "products", TICKETS_TEST_PR_GRANDSTAND);
  g_autoptr(GPtrArray) new_uids = g_ptr_array_new_with_free_func (g_free);
  gint64 consumers_before = tickets_test_consumer_count (fresh);
  JsonObject *object;
  JsonArray *tickets;
  JsonArray *selection;

  response = tickets_test_request (fresh, "POST", "/orders", TICKETS_TEST_AUTH_SALES, body);
  g_assert_cmpuint (response->status, ==, 201);
  g_assert_cmpstr (soup_message_headers_get_content_type (response->headers, NULL), ==, "application/hal+json");
  token = g_strdup (soup_message_headers_get_one (response->headers, "X-Sandbox-Order-Token"));
  g_assert_nonnull (token);
  g_assert_cmpstr (token, !=, "");

  object = tickets_test_response_object (response);
  tickets_test_assert_hal (object, "order");
  order_uid = g_strdup (json_object_get_string_member (object, "uid"));
  g_assert_cmpuint (strlen (order_uid), ==, 32);
  g_assert_cmpstr (order_uid, !=, TICKETS_TEST_OR_DEMO);
  g_assert_cmpstr (json_object_get_string_member (object, "status"), ==, "paid");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (object, "consumer"), "first_name"), ==, "John");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (object, "consumer"), "last_name"), ==, "Doe");

  selection = json_object_get_array_member (object, "product_selection");
  g_assert_cmpuint (json_array_get_length (selection), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      JsonObject *item = json_array_get_object_element (selection, i);
      const char *product = json_object_get_string_member (item, "product");

      g_assert_true (g_str_equal (product, weekend) || g_str_equal (product, grandstand));
      g_assert_cmpint (json_object_get_int_member (item, "quantity"), ==, 1);
    }

  /* New tickets: new uids and barcodes, the new consumer as holder. */
  tickets = tickets_test_embedded_list (object, "shop:ticket");
  g_assert_cmpuint (json_array_get_length (tickets), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      JsonObject *ticket = json_array_get_object_element (tickets, i);
      const char *uid = json_object_get_string_member (ticket, "uid");
      const char *code = json_object_get_string_member (ticket, "code");

      g_assert_cmpstr (uid, !=, TICKETS_TEST_TK_DEMO_2);
      g_assert_cmpstr (uid, !=, TICKETS_TEST_TK_DEMO_SEATED);
      g_assert_cmpuint (strlen (code), ==, 13);
      g_assert_cmpstr (code, !=, "2216132656086");
      g_assert_cmpstr (code, !=, "9413046851726");
      g_assert_cmpstr (json_object_get_string_member (ticket, "status"), ==, "valid");
      g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (ticket, "consumer"), "email"), ==,
                       "john.doe@paylogic.eu");
      g_ptr_array_add (new_uids, g_strdup (uid));
    }
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (tickets, 0), "code"), !=,
                   json_object_get_string_member (json_array_get_object_element (tickets, 1), "code"));

  /* The new order, readable with its own token only (and staff). */
  {
    g_autofree char *auth = g_strconcat ("order:", token, NULL);
    g_autoptr(TicketsTestResponse) own = tickets_test_get (fresh, "orders", order_uid, auth);
    g_autoptr(TicketsTestResponse) staff = tickets_test_get (fresh, "orders", order_uid, TICKETS_TEST_AUTH_BOXOFFICE);
    g_autoptr(TicketsTestResponse) other = tickets_test_get (fresh, "orders", order_uid, TICKETS_TEST_AUTH_ORDER_DEMO);
    g_autoptr(TicketsTestResponse) creator = tickets_test_get (fresh, "orders", order_uid, TICKETS_TEST_AUTH_COGNITO);

    g_assert_cmpuint (own->status, ==, 200);
    g_assert_cmpstr (json_object_get_string_member (tickets_test_response_object (own), "uid"), ==, order_uid);
    g_assert_cmpuint (staff->status, ==, 200);
    tickets_test_assert_error (other, 403, "FORBIDDEN");
    tickets_test_assert_error (creator, 403, "FORBIDDEN");
  }

  /* The new tickets, read on their own: the holder is the new consumer. */
  for (guint i = 0; i < new_uids->len; i++)
    {
      g_autofree char *path = g_strconcat ("/tickets/", (char *) g_ptr_array_index (new_uids, i), NULL);
      g_autofree char *auth = g_strconcat ("order:", token, NULL);
      g_autofree char *order_href = tickets_test_uri (fresh, "orders", order_uid);
      g_autoptr(TicketsTestResponse) ticket = tickets_test_request (fresh, "GET", path, auth, NULL);
      g_autoptr(TicketsTestResponse) old_token = tickets_test_request (fresh, "GET", path, TICKETS_TEST_AUTH_ORDER_DEMO, NULL);
      JsonObject *ticket_object;
      JsonObject *consumer;

      g_assert_cmpuint (ticket->status, ==, 200);
      ticket_object = tickets_test_response_object (ticket);
      g_assert_cmpstr (tickets_test_link_href (ticket_object, "shop:order"), ==, order_href);
      g_assert_true (json_object_get_boolean_member (ticket_object, "personalized"));
      g_assert_false (json_object_get_boolean_member (ticket_object, "needs_personalization"));
      consumer = json_object_get_object_member (ticket_object, "consumer");
      g_assert_cmpstr (json_object_get_string_member (consumer, "first_name"), ==, "John");
      g_assert_cmpstr (json_object_get_string_member (consumer, "last_name"), ==, "Doe");
      g_assert_cmpstr (json_object_get_string_member (consumer, "city"), ==, "Groningen");
      g_assert_cmpint (json_object_get_int_member (consumer, "gender"), ==, 1);
      if (g_str_equal (json_object_get_string_member (json_object_get_object_member (ticket_object, "seating"), "seat"), "12"))
        g_assert_cmpstr (tickets_test_link_href (ticket_object, "shop:product"), ==, grandstand);
      else
        g_assert_cmpstr (tickets_test_link_href (ticket_object, "shop:product"), ==, weekend);
      tickets_test_assert_error (old_token, 403, "FORBIDDEN");
    }

  /* The old tickets are re-issued now; the rest of DEMO is untouched. */
  {
    g_autofree char *old_2 = ticket_status (fresh, TICKETS_TEST_TK_DEMO_2);
    g_autofree char *old_seated = ticket_status (fresh, TICKETS_TEST_TK_DEMO_SEATED);
    g_autofree char *untouched = ticket_status (fresh, TICKETS_TEST_TK_DEMO_1);

    g_assert_cmpstr (old_2, ==, "reissued");
    g_assert_cmpstr (old_seated, ==, "reissued");
    g_assert_cmpstr (untouched, ==, "valid");
  }
  {
    g_autoptr(TicketsTestResponse) old_ticket = tickets_test_request (fresh, "GET", "/tickets/" TICKETS_TEST_TK_DEMO_2,
                                                                      TICKETS_TEST_AUTH_ORDER_DEMO, NULL);

    g_assert_cmpuint (old_ticket->status, ==, 200);
    g_assert_false (json_object_get_boolean_member (tickets_test_response_object (old_ticket), "needs_personalization"));
  }
  g_assert_cmpint (tickets_test_consumer_count (fresh), ==, consumers_before + 1);

  /* An invalid ticket cannot be re-issued again. */
  {
    g_autoptr(TicketsTestResponse) again = tickets_test_request (fresh, "POST", "/orders", TICKETS_TEST_AUTH_BOXOFFICE, body);

    tickets_test_assert_error (again, 400, "TICKET_ERROR");
  }
  {
    g_autofree char *single = reissue_body (fresh, (const char *[]) { TICKETS_TEST_TK_DEMO_2, NULL }, john_doe);
    g_autoptr(TicketsTestResponse) again = tickets_test_request (fresh, "POST", "/orders", TICKETS_TEST_AUTH_SALES, single);

    tickets_test_assert_error (again, 400, "TICKET_ERROR");
  }

  /* A new ticket can be re-issued in turn, with the merchant account. */
  {
    g_autofree char *chained = reissue_body (fresh, (const char *[]) { g_ptr_array_index (new_uids, 0), NULL },
                                             "{\"first_name\": \"Jane\", \"last_name\": \"Roe\", \"email\": \"jane.roe@example.org\"}");
    g_autoptr(TicketsTestResponse) again = tickets_test_request (fresh, "POST", "/orders", TICKETS_TEST_AUTH_BOXOFFICE, chained);
    JsonArray *list;

    g_assert_cmpuint (again->status, ==, 201);
    list = tickets_test_embedded_list (tickets_test_response_object (again), "shop:ticket");
    g_assert_cmpuint (json_array_get_length (list), ==, 1);
    g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (json_array_get_object_element (list, 0),
                                                                                   "consumer"), "first_name"), ==, "Jane");
  }

  tickets_test_sandbox_stop (fresh);
}

static void
test_orders_reissue_errors (void)
{
  TicketsTestSandbox *fresh = tickets_test_sandbox_start ();
  gint64 consumers_before = tickets_test_consumer_count (fresh);
  g_autofree char *demo_ticket = tickets_test_uri (fresh, "tickets", TICKETS_TEST_TK_DEMO_2);
  g_autofree char *weekend = tickets_test_uri (fresh, "products", TICKETS_TEST_PR_WEEKEND);
  struct {
    char       *body;
    const char *type;
  } cases[] = {
    /* products and tickets cannot be combined */
    { g_strdup_printf ("{\"products\": [{\"product\": \"%s\", \"quantity\": 1}], \"tickets\": [\"%s\"], \"consumer\": %s}",
                       weekend, demo_ticket, john_doe), "BAD_REQUEST" },
    /* tickets from two orders */
    { reissue_body (fresh, (const char *[]) { TICKETS_TEST_TK_DEMO_2, TICKETS_TEST_TK_FULL_REQUEST_1, NULL }, john_doe), "TICKET_ERROR" },
    { reissue_body (fresh, (const char *[]) { TICKETS_TEST_TK_NONE, TICKETS_TEST_TK_DEMO_2, NULL }, john_doe), "TICKET_ERROR" },
    /* the same ticket twice */
    { reissue_body (fresh, (const char *[]) { TICKETS_TEST_TK_DEMO_2, TICKETS_TEST_TK_DEMO_2, NULL }, john_doe), "TICKET_ERROR" },
    /* an invalid ticket */
    { reissue_body (fresh, (const char *[]) { TICKETS_TEST_TK_CANCELLED, NULL }, john_doe), "TICKET_ERROR" },
    /* unknown tickets */
    { reissue_body (fresh, (const char *[]) { "ffffffffffffffffffffffffffffffff", NULL }, john_doe), "TICKET_NOT_AVAILABLE" },
    { reissue_body (fresh, (const char *[]) { TICKETS_TEST_TK_DEMO_2, "ffffffffffffffffffffffffffffffff", NULL }, john_doe),
      "TICKET_NOT_AVAILABLE" },
    /* no tickets */
    { g_strdup_printf ("{\"tickets\": [], \"consumer\": %s}", john_doe), "BAD_REQUEST" },
    { g_strdup_printf ("{\"tickets\": \"%s\", \"consumer\": %s}", demo_ticket, john_doe), "BAD_REQUEST" },
    /* the sandbox sells nothing */
    { g_strdup_printf ("{\"products\": [{\"product\": \"%s\", \"quantity\": 1}], \"consumer\": %s}", weekend, john_doe),
      "BAD_REQUEST" },
    /* no consumer */
    { reissue_body (fresh, (const char *[]) { TICKETS_TEST_TK_DEMO_2, NULL }, NULL), "INSUFFICIENT_CONSUMER_INFORMATION" },
    { reissue_body (fresh, (const char *[]) { TICKETS_TEST_TK_DEMO_2, NULL },
                    "{\"first_name\": \"Jo\", \"last_name\": \"Doe\", \"email\": \"not an address\"}"),
      "INSUFFICIENT_CONSUMER_INFORMATION" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(TicketsTestResponse) response = tickets_test_request (fresh, "POST", "/orders", TICKETS_TEST_AUTH_SALES, cases[i].body);

      g_test_message ("POST /orders %s", cases[i].body);
      tickets_test_assert_error (response, 400, cases[i].type);
      g_assert_null (soup_message_headers_get_one (response->headers, "X-Sandbox-Order-Token"));
      g_free (cases[i].body);
    }

  /* Missing consumer fields: each named in details. */
  {
    g_autofree char *body = reissue_body (fresh, (const char *[]) { TICKETS_TEST_TK_DEMO_2, TICKETS_TEST_TK_DEMO_SEATED, NULL },
                                          "{\"first_name\": \"John\", \"last_name\": \"\"}");
    g_autoptr(TicketsTestResponse) response = tickets_test_request (fresh, "POST", "/orders", TICKETS_TEST_AUTH_SALES, body);
    JsonObject *details;
    JsonArray *messages;

    tickets_test_assert_error (response, 400, "INSUFFICIENT_CONSUMER_INFORMATION");
    details = json_object_get_object_member (tickets_test_response_object (response), "details");
    g_assert_nonnull (details);
    tickets_test_assert_members (details, (const char *[]) { "last_name", "email", NULL });
    messages = json_object_get_array_member (details, "last_name");
    g_assert_cmpuint (json_array_get_length (messages), >=, 1);
    g_assert_cmpstr (json_array_get_string_element (messages, 0), !=, "");
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (details, "email")), >=, 1);
  }

  /* Nothing changed. */
  {
    g_autofree char *status_2 = ticket_status (fresh, TICKETS_TEST_TK_DEMO_2);
    g_autofree char *status_seated = ticket_status (fresh, TICKETS_TEST_TK_DEMO_SEATED);
    g_autofree char *status_full = ticket_status (fresh, TICKETS_TEST_TK_FULL_REQUEST_1);
    g_autoptr(TicketsTestResponse) order = tickets_test_get (fresh, "orders", TICKETS_TEST_OR_DEMO, TICKETS_TEST_AUTH_SALES);

    g_assert_cmpstr (status_2, ==, "valid");
    g_assert_cmpstr (status_seated, ==, "valid");
    g_assert_cmpstr (status_full, ==, "valid");
    g_assert_cmpint (tickets_test_consumer_count (fresh), ==, consumers_before);
    g_assert_cmpuint (json_array_get_length (tickets_test_embedded_list (tickets_test_response_object (order), "shop:ticket")), ==, 4);
  }

  tickets_test_sandbox_stop (fresh);
}

static void
test_orders_reissue_malformed (void)
{
  TicketsTestSandbox *fresh = tickets_test_sandbox_start ();
  static const char *bodies[] = { "{\"tickets\": [", "not json at all", "[]", "\"tickets\"", "" };

  for (guint i = 0; i < G_N_ELEMENTS (bodies); i++)
    {
      g_autoptr(TicketsTestResponse) response = tickets_test_request (fresh, "POST", "/orders", TICKETS_TEST_AUTH_SALES, bodies[i]);
      g_autoptr(TicketsTestResponse) after = tickets_test_get (fresh, "orders", TICKETS_TEST_OR_DEMO, TICKETS_TEST_AUTH_SALES);

      g_test_message ("POST /orders %s", bodies[i]);
      tickets_test_assert_error (response, 400, "BAD_REQUEST");
      /* The sandbox keeps serving. */
      g_assert_cmpuint (after->status, ==, 200);
      g_assert_cmpstr (json_object_get_string_member (tickets_test_response_object (after), "uid"), ==, TICKETS_TEST_OR_DEMO);
    }

  tickets_test_sandbox_stop (fresh);
}

static void
test_orders_reissue_auth (void)
{
  TicketsTestSandbox *fresh = tickets_test_sandbox_start ();
  g_autofree char *body = reissue_body (fresh, (const char *[]) { TICKETS_TEST_TK_DEMO_2, NULL }, john_doe);
  gint64 consumers_before = tickets_test_consumer_count (fresh);
  struct {
    const char *auth;
    guint       status;
  } cases[] = {
    { TICKETS_TEST_AUTH_DEFAULT, 403 },
    { TICKETS_TEST_AUTH_SPA, 403 },
    { TICKETS_TEST_AUTH_ORDER_DEMO, 403 },
    { TICKETS_TEST_AUTH_COGNITO, 403 },
    { TICKETS_TEST_AUTH_BEARER, 403 },
    { TICKETS_TEST_AUTH_REQUEST, 403 },
    { "basic:sales:wrong", 401 },
    { "order:wrong", 401 },
    { NULL, 401 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(TicketsTestResponse) response = tickets_test_request (fresh, "POST", "/orders", cases[i].auth, body);

      g_test_message ("POST /orders with %s", cases[i].auth != NULL ? cases[i].auth : "nothing");
      tickets_test_assert_error (response, cases[i].status, cases[i].status == 403 ? "FORBIDDEN" : "UNAUTHORIZED");
    }

  {
    g_autofree char *status = ticket_status (fresh, TICKETS_TEST_TK_DEMO_2);

    g_assert_cmpstr (status, ==, "valid");
    g_assert_cmpint (tickets_test_consumer_count (fresh), ==, consumers_before);
  }

  tickets_test_sandbox_stop (fresh);
}

static void
test_orders_methods (void)
{
  struct {
    const char *method;
    const char *path;
    const char *allow;
  } cases[] = {
    { "GET", "/orders", "OPTIONS, POST" },
    { "PUT", "/orders", "OPTIONS, POST" },
    { "DELETE", "/orders", "OPTIONS, POST" },
    { "POST", "/orders/" TICKETS_TEST_OR_DEMO, "OPTIONS, GET" },
    { "PUT", "/orders/" TICKETS_TEST_OR_DEMO, "OPTIONS, GET" },
    { "DELETE", "/orders/" TICKETS_TEST_OR_DEMO, "OPTIONS, GET" },
    { "PATCH", "/orders/" TICKETS_TEST_OR_DEMO, "OPTIONS, GET" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, cases[i].method, cases[i].path, TICKETS_TEST_AUTH_SALES, "{}");

      g_test_message ("%s %s", cases[i].method, cases[i].path);
      tickets_test_assert_not_allowed (response, cases[i].allow);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sandbox/orders/read-accepted", test_orders_read_accepted);
  g_test_add_func ("/sandbox/orders/read-refused", test_orders_read_refused);
  g_test_add_func ("/sandbox/orders/not-found", test_orders_not_found);
  g_test_add_func ("/sandbox/orders/fields", test_orders_fields);
  g_test_add_func ("/sandbox/orders/consistent", test_orders_consistent);
  g_test_add_func ("/sandbox/orders/etickets", test_orders_etickets);
  g_test_add_func ("/sandbox/orders/buyer", test_orders_buyer);
  g_test_add_func ("/sandbox/orders/reissue", test_orders_reissue);
  g_test_add_func ("/sandbox/orders/reissue-errors", test_orders_reissue_errors);
  g_test_add_func ("/sandbox/orders/reissue-malformed", test_orders_reissue_malformed);
  g_test_add_func ("/sandbox/orders/reissue-auth", test_orders_reissue_auth);
  g_test_add_func ("/sandbox/orders/methods", test_orders_methods);

  return tickets_test_run_with_sandbox (&sandbox);
}
