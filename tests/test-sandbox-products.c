/* test-sandbox-products.c: GET /products?event= and /products/{uid}
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tickets-test-sandbox.h"

#define PR_REGULAR    "c5ef6d5d9096c33b46d7f029ac1ef656"
#define PR_VIP        "e363b42149ec67d9d5048954125e928f"

static TicketsTestSandbox *sandbox;

static const char * const open_event_products[] = {
  TICKETS_TEST_PR_WEEKEND, TICKETS_TEST_PR_DAY, TICKETS_TEST_PR_GRANDSTAND, NULL
};

/* Helpers */

/* GET /products?event=<reference>: exactly these products, each of that event. */
static JsonArray *
assert_event_products (TicketsTestResponse *response,
                       const char          *event_uid,
                       const char * const  *expected)
{
  g_autofree char *event_href = tickets_test_uri (sandbox, "events", event_uid);
  guint n = g_strv_length ((char **) expected);
  JsonObject *object;
  JsonArray *list;

  g_assert_cmpuint (response->status, ==, 200);
  object = tickets_test_response_object (response);
  tickets_test_assert_hal (object, "products");
  g_assert_cmpint (json_object_get_int_member (object, "item_count"), ==, n);
  list = tickets_test_embedded_list (object, "shop:product");
  g_assert_cmpuint (json_array_get_length (list), ==, n);
  for (guint i = 0; i < n; i++)
    {
      JsonObject *product = json_array_get_object_element (list, i);

      g_assert_true (g_strv_contains (expected, json_object_get_string_member (product, "uid")));
      g_assert_cmpstr (tickets_test_link_href (product, "shop:event"), ==, event_href);
    }

  return list;
}

/* The collection */

static void
test_products_of_event (void)
{
  g_autofree char *open = tickets_test_uri (sandbox, "events", TICKETS_TEST_EV_OPEN);
  g_autofree char *none = tickets_test_uri (sandbox, "events", TICKETS_TEST_EV_NONE);
  g_autofree char *open_path = g_strconcat (tickets_test_sandbox_get_base (sandbox), "/products?event=", open, NULL);
  g_autofree char *none_path = g_strconcat (tickets_test_sandbox_get_base (sandbox), "/products?event=", none, NULL);
  g_autofree char *open_self = g_strdup (open_path);
  g_autoptr(TicketsTestResponse) open_products = tickets_test_request (sandbox, "GET", open_path, TICKETS_TEST_AUTH_SALES, NULL);
  g_autoptr(TicketsTestResponse) none_products = tickets_test_request (sandbox, "GET", none_path, TICKETS_TEST_AUTH_SALES, NULL);
  JsonObject *object;

  assert_event_products (open_products, TICKETS_TEST_EV_OPEN, open_event_products);
  object = tickets_test_response_object (open_products);
  g_assert_cmpstr (tickets_test_link_href (object, "self"), ==, open_self);
  g_assert_cmpstr (tickets_test_link_href (object, "first"), ==, open_self);
  g_assert_cmpstr (tickets_test_link_href (object, "last"), ==, open_self);
  g_assert_null (tickets_test_link_href (object, "next"));
  g_assert_null (tickets_test_link_href (object, "prev"));

  assert_event_products (none_products, TICKETS_TEST_EV_NONE, (const char *[]) { PR_REGULAR, PR_VIP, NULL });

  /* A bare uid is taken too. */
  {
    g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "GET", "/products?event=" TICKETS_TEST_EV_FUTURE,
                                                                   TICKETS_TEST_AUTH_BEARER, NULL);

    assert_event_products (response, TICKETS_TEST_EV_FUTURE,
                           (const char *[]) { "5cce47206f7151aff1c8a2d4b998895a", TICKETS_TEST_PR_PARKING, NULL });
  }

  /* And so is the relative reference the overview's purchasing flow shows. */
  {
    g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "GET", "/products?event=/events/" TICKETS_TEST_EV_NONE,
                                                                   TICKETS_TEST_AUTH_DEFAULT, NULL);

    assert_event_products (response, TICKETS_TEST_EV_NONE, (const char *[]) { PR_REGULAR, PR_VIP, NULL });
  }
}

static void
test_products_all (void)
{
  g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "GET", "/products", TICKETS_TEST_AUTH_SALES, NULL);
  g_autofree char *search = tickets_test_sandbox_uri (sandbox, "/products{?event}");
  JsonObject *object;

  g_assert_cmpuint (response->status, ==, 200);
  object = tickets_test_response_object (response);
  tickets_test_assert_hal (object, "products");
  g_assert_cmpint (json_object_get_int_member (object, "item_count"), ==, 20);
  g_assert_cmpuint (json_array_get_length (tickets_test_embedded_list (object, "shop:product")), ==, 20);
  g_assert_cmpstr (tickets_test_link_href (object, "search"), ==, search);

  {
    g_autoptr(TicketsTestResponse) beyond = tickets_test_request (sandbox, "GET", "/products?page=2", TICKETS_TEST_AUTH_SALES, NULL);
    g_autoptr(TicketsTestResponse) zero = tickets_test_request (sandbox, "GET", "/products?page=0", TICKETS_TEST_AUTH_SALES, NULL);

    tickets_test_assert_error (beyond, 404, "NOT_FOUND");
    tickets_test_assert_error (zero, 400, "BAD_REQUEST");
  }
}

static void
test_products_bad_query (void)
{
  static const char *bad[] = {
    "/products?event=garbage",
    "/products?event=ffffffffffffffffffffffffffffffff",
    "/products?event=/events/" TICKETS_TEST_EV_OPEN "/products",
    "/products?event=",
    "/products?colour=red",
    "/products?event__startswith=5b3e",
    "/products?name=Weekend%20ticket",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "GET", bad[i], TICKETS_TEST_AUTH_SALES, NULL);

      g_test_message ("GET %s", bad[i]);
      tickets_test_assert_error (response, 400, "BAD_REQUEST");
    }

  /* Another collection's URI is no event reference. */
  {
    g_autofree char *path = g_strconcat (tickets_test_sandbox_get_base (sandbox), "/products?event=",
                                         tickets_test_sandbox_get_base (sandbox), "/orders/", TICKETS_TEST_EV_OPEN, NULL);
    g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "GET", path, TICKETS_TEST_AUTH_SALES, NULL);

    tickets_test_assert_error (response, 400, "BAD_REQUEST");
  }

  /* A known event plus an unknown parameter is still refused. */
  {
    g_autofree char *path = g_strconcat (tickets_test_sandbox_get_base (sandbox), "/products?event=",
                                         tickets_test_sandbox_get_base (sandbox), "/events/", TICKETS_TEST_EV_OPEN,
                                         "&colour=red", NULL);
    g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "GET", path, TICKETS_TEST_AUTH_SALES, NULL);

    tickets_test_assert_error (response, 400, "BAD_REQUEST");
  }
}

/* One product */

static void
test_products_one (void)
{
  g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "GET", "/products/" TICKETS_TEST_PR_WEEKEND,
                                                                  TICKETS_TEST_AUTH_SALES, NULL);
  g_autofree char *self = tickets_test_uri (sandbox, "products", TICKETS_TEST_PR_WEEKEND);
  g_autofree char *event = tickets_test_uri (sandbox, "events", TICKETS_TEST_EV_OPEN);
  JsonObject *object;
  JsonObject *price;
  JsonObject *name;
  JsonNode *amount;
  static const char *members[] = {
    "_links", "uid", "reference", "name", "subtitle", "additional_information", "sold_out_text", "price",
    "availability", "total_availability", "combo", "min_per_order", "max_per_order", "parents", "sale_start",
    "sale_end", "separately_saleable", "types", "viewing_order", "requires_membership", "provides_membership", NULL
  };

  g_assert_cmpuint (response->status, ==, 200);
  g_assert_cmpstr (soup_message_headers_get_content_type (response->headers, NULL), ==, "application/hal+json");
  object = tickets_test_response_object (response);
  tickets_test_assert_members (object, members);
  tickets_test_assert_hal (object, "product");
  g_assert_cmpstr (tickets_test_link_href (object, "self"), ==, self);
  g_assert_cmpstr (tickets_test_link_href (object, "shop:event"), ==, event);

  g_assert_cmpstr (json_object_get_string_member (object, "uid"), ==, TICKETS_TEST_PR_WEEKEND);
  g_assert_cmpstr (json_object_get_string_member (object, "reference"), ==, "1669");
  name = tickets_test_assert_i18n (object, "name");
  g_assert_cmpstr (json_object_get_string_member (name, "en"), ==, "Weekend ticket");
  g_assert_cmpstr (json_object_get_string_member (name, "nl"), ==, "Weekendticket");
  g_assert_cmpstr (json_object_get_string_member (name, "ru"), ==, "Билет на выходные");
  g_assert_cmpstr (json_object_get_string_member (name, "pt"), ==, "");
  g_assert_cmpstr (json_object_get_string_member (tickets_test_assert_i18n (object, "subtitle"), "de"), ==, "Freitag bis Sonntag");
  g_assert_cmpstr (json_object_get_string_member (tickets_test_assert_i18n (object, "additional_information"), "en"), ==,
                   "Camping not included.");
  g_assert_cmpstr (json_object_get_string_member (tickets_test_assert_i18n (object, "sold_out_text"), "tr"), ==, "Tükendi");

  /* An amount: a string with two decimals, and the currency. */
  price = json_object_get_object_member (object, "price");
  tickets_test_assert_members (price, (const char *[]) { "amount", "currency", NULL });
  amount = json_object_get_member (price, "amount");
  g_assert_cmpint (json_node_get_value_type (amount), ==, G_TYPE_STRING);
  g_assert_cmpstr (json_node_get_string (amount), ==, "89.50");
  g_assert_cmpstr (json_object_get_string_member (price, "currency"), ==, "EUR");

  /* Availability is for the merchant role only. */
  tickets_test_assert_null (object, "availability");
  g_assert_cmpint (json_object_get_int_member (object, "total_availability"), ==, 2000);
  tickets_test_assert_null (object, "combo");
  tickets_test_assert_null (object, "parents");
  g_assert_cmpint (json_object_get_int_member (object, "min_per_order"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (object, "max_per_order"), ==, 8);
  g_assert_cmpint (json_object_get_int_member (object, "viewing_order"), ==, 1);
  g_assert_true (json_object_get_boolean_member (object, "separately_saleable"));
  g_assert_false (json_object_get_boolean_member (object, "requires_membership"));
  g_assert_false (json_object_get_boolean_member (object, "provides_membership"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (object, "types")), ==, 0);
  g_assert_true (g_str_has_suffix (json_object_get_string_member (object, "sale_start"), "Z"));
  g_assert_true (g_str_has_suffix (json_object_get_string_member (object, "sale_end"), "Z"));
}

static void
test_products_availability (void)
{
  struct {
    const char *auth;
    const char *uid;
    gint64      availability;   /* -1: null */
  } cases[] = {
    { TICKETS_TEST_AUTH_BOXOFFICE, TICKETS_TEST_PR_WEEKEND, 120 },
    { TICKETS_TEST_AUTH_BOXOFFICE, TICKETS_TEST_PR_DAY, 0 },
    { TICKETS_TEST_AUTH_BOXOFFICE, TICKETS_TEST_PR_GRANDSTAND, 35 },
    { TICKETS_TEST_AUTH_SALES, TICKETS_TEST_PR_WEEKEND, -1 },
    { TICKETS_TEST_AUTH_SALES, TICKETS_TEST_PR_DAY, -1 },
    { TICKETS_TEST_AUTH_SPA, TICKETS_TEST_PR_WEEKEND, -1 },
    { TICKETS_TEST_AUTH_DEFAULT, TICKETS_TEST_PR_DAY, -1 },
    { TICKETS_TEST_AUTH_BEARER, TICKETS_TEST_PR_GRANDSTAND, -1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strconcat ("/products/", cases[i].uid, NULL);
      g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "GET", path, cases[i].auth, NULL);
      JsonObject *object;
      JsonNode *availability;

      g_test_message ("GET %s with %s", path, cases[i].auth);
      g_assert_cmpuint (response->status, ==, 200);
      object = tickets_test_response_object (response);
      g_assert_true (json_object_has_member (object, "availability"));
      availability = json_object_get_member (object, "availability");
      if (cases[i].availability < 0)
        g_assert_true (JSON_NODE_HOLDS_NULL (availability));
      else
        {
          /* 0 (sold out) is a number, not null. */
          g_assert_true (JSON_NODE_HOLDS_VALUE (availability));
          g_assert_cmpint (json_node_get_int (availability), ==, cases[i].availability);
        }
    }

  /* The same in the collection. */
  {
    g_autofree char *path = g_strconcat (tickets_test_sandbox_get_base (sandbox), "/products?event=",
                                         tickets_test_sandbox_get_base (sandbox), "/events/", TICKETS_TEST_EV_OPEN, NULL);
    g_autoptr(TicketsTestResponse) merchant = tickets_test_request (sandbox, "GET", path, TICKETS_TEST_AUTH_BOXOFFICE, NULL);
    g_autoptr(TicketsTestResponse) sales = tickets_test_request (sandbox, "GET", path, TICKETS_TEST_AUTH_SALES, NULL);
    JsonArray *merchant_list = assert_event_products (merchant, TICKETS_TEST_EV_OPEN, open_event_products);
    JsonArray *sales_list = assert_event_products (sales, TICKETS_TEST_EV_OPEN, open_event_products);

    for (guint i = 0; i < 3; i++)
      {
        JsonObject *product = json_array_get_object_element (merchant_list, i);

        g_assert_false (JSON_NODE_HOLDS_NULL (json_object_get_member (product, "availability")));
        if (g_str_equal (json_object_get_string_member (product, "uid"), TICKETS_TEST_PR_DAY))
          g_assert_cmpint (json_object_get_int_member (product, "availability"), ==, 0);
        tickets_test_assert_null (json_array_get_object_element (sales_list, i), "availability");
      }
  }
}

static void
test_products_prices (void)
{
  struct {
    const char *uid;
    const char *amount;
  } cases[] = {
    { TICKETS_TEST_PR_DAY, "39.50" },
    { TICKETS_TEST_PR_GRANDSTAND, "64.00" },
    { TICKETS_TEST_PR_PARKING, "7.50" },
    { "aa2a24b3579e55f5fb1f6a08c1c419f5", "120.00" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strconcat ("/products/", cases[i].uid, NULL);
      g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "GET", path, TICKETS_TEST_AUTH_BEARER, NULL);
      JsonObject *price;

      g_assert_cmpuint (response->status, ==, 200);
      price = json_object_get_object_member (tickets_test_response_object (response), "price");
      g_assert_cmpstr (json_object_get_string_member (price, "amount"), ==, cases[i].amount);
      g_assert_cmpstr (json_object_get_string_member (price, "currency"), ==, "EUR");
    }
}

/* Authentication */

static void
test_products_auth (void)
{
  g_autofree char *by_event = g_strconcat (tickets_test_sandbox_get_base (sandbox), "/products?event=",
                                         tickets_test_sandbox_get_base (sandbox), "/events/", TICKETS_TEST_EV_OPEN, NULL);
  const char *paths[] = { "/products", "/products/" TICKETS_TEST_PR_WEEKEND, by_event };
  static const char *accepted[] = {
    TICKETS_TEST_AUTH_DEFAULT, TICKETS_TEST_AUTH_SPA, TICKETS_TEST_AUTH_SALES, TICKETS_TEST_AUTH_BOXOFFICE, TICKETS_TEST_AUTH_BEARER,
  };
  static const char *forbidden[] = {
    TICKETS_TEST_AUTH_ORDER_DEMO, TICKETS_TEST_AUTH_ORDER_NONE, TICKETS_TEST_AUTH_COGNITO, TICKETS_TEST_AUTH_REQUEST,
  };
  static const char *unauthorized[] = {
    NULL, "basic:sales:wrong", "basic:boxoffice:sales-demo", "basic:nobody:nothing", "bearer:wrong", "order:wrong",
    "cognito:wrong", "request:wrong", "raw:Authorization:Token abc",
  };

  for (guint p = 0; p < G_N_ELEMENTS (paths); p++)
    tickets_test_assert_get_auth (sandbox, paths[p], accepted, G_N_ELEMENTS (accepted), forbidden, G_N_ELEMENTS (forbidden),
                                  unauthorized, G_N_ELEMENTS (unauthorized));
}

static void
test_products_not_found (void)
{
  static const char *missing[] = {
    "/products/ffffffffffffffffffffffffffffffff",
    "/products/" TICKETS_TEST_EV_OPEN,          /* an event's uid is not a product's */
  };

  for (guint i = 0; i < G_N_ELEMENTS (missing); i++)
    {
      g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "GET", missing[i], TICKETS_TEST_AUTH_BOXOFFICE, NULL);

      tickets_test_assert_error (response, 404, "NOT_FOUND");
    }

  {
    g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "GET", "/products/ffffffffffffffffffffffffffffffff",
                                                                   NULL, NULL);

    tickets_test_assert_error (response, 401, "UNAUTHORIZED");
  }
}

static void
test_products_methods (void)
{
  static const char *methods[] = { "POST", "PUT", "DELETE", "PATCH" };

  for (guint i = 0; i < G_N_ELEMENTS (methods); i++)
    {
      g_autoptr(TicketsTestResponse) collection = tickets_test_request (sandbox, methods[i], "/products", TICKETS_TEST_AUTH_SALES, "{}");
      g_autoptr(TicketsTestResponse) item = tickets_test_request (sandbox, methods[i], "/products/" TICKETS_TEST_PR_WEEKEND,
                                                                  TICKETS_TEST_AUTH_SALES, "{}");

      tickets_test_assert_not_allowed (collection, "OPTIONS, GET");
      tickets_test_assert_not_allowed (item, "OPTIONS, GET");
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sandbox/products/of-event", test_products_of_event);
  g_test_add_func ("/sandbox/products/all", test_products_all);
  g_test_add_func ("/sandbox/products/bad-query", test_products_bad_query);
  g_test_add_func ("/sandbox/products/one", test_products_one);
  g_test_add_func ("/sandbox/products/availability", test_products_availability);
  g_test_add_func ("/sandbox/products/prices", test_products_prices);
  g_test_add_func ("/sandbox/products/auth", test_products_auth);
  g_test_add_func ("/sandbox/products/not-found", test_products_not_found);
  g_test_add_func ("/sandbox/products/methods", test_products_methods);

  return tickets_test_run_with_sandbox (&sandbox);
}
