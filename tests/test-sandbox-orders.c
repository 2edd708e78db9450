/* test-sandbox-orders.c: GET /orders/{uid} and POST /orders (re-issue)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tickets-test-sandbox.h"

#define EV_OPEN   "5b3e9744999d4d0ca56b4c5ca1f4dc49"

#define PR_WEEKEND    "4a8f0a6caa874d80acff3834da9bc124"
#define PR_GRANDSTAND "babf9405604c5942ec786211b75a7e3f"

#define OR_DEMO      "1a701ca300944a0da88212b5c18e74d2"
#define OR_FULL      "b54881be4b6d4479946081b8b66f7522"
#define OR_FUTURE    "4f6cc8bea3ac4cfeb6b41a09bfd80c74"
#define OR_CLOSED    "87a2195a3d4162fb35c5a3dbd7ba0011"
#define OR_NONE      "87a2195a3d4162fb35c5a3dbd7ba0012"
#define OR_MIXED     "87a2195a3d4162fb35c5a3dbd7ba0013"
#define OR_CANCELLED "87a2195a3d4162fb35c5a3dbd7ba0014"
#define OR_BERLIN    "75b5d8a3f4364c59f8a803ac3127215d"

#define TI_DEMO_CODE   "333cdbb9ce254c7e9fb4c10337481d04"
#define TI_DEMO_2      "5959f610ba0f4b61b30750d5382f228c"
#define TI_DEMO_SEATED "a2e37ee17474417a87259b02b674da9a"
#define TI_DEMO_ANNA   "d2f470d7fa574a39860451ef190f5698"
#define TI_FULL        "d946df0ad00dca5e440cb06b54c21a6e"
#define TI_NONE        "a2619b146ddd175276d3b7f3e25f156a"
#define TI_CANCELLED   "03a8de892f0b7d400ddb7b681ef90a6d"

#define BOXOFFICE "basic:boxoffice:boxoffice-demo"
#define SALES     "basic:sales:sales-demo"

static TicketsTestSandbox *sandbox;

/* Helpers */

static const char *
link_href (JsonObject *object,
           const char *rel)
{
  JsonObject *links;

  g_assert_true (json_object_has_member (object, "_links"));
  links = json_object_get_object_member (object, "_links");
  if (!json_object_has_member (links, rel))
    return NULL;

  return json_object_get_string_member (json_object_get_object_member (links, rel), "href");
}

static char *
uri_of (TicketsTestSandbox *which,
        const char         *collection,
        const char         *uid)
{
  return g_strdup_printf ("%s/%s/%s", tickets_test_sandbox_get_base (which), collection, uid);
}

static void
assert_members (JsonObject         *object,
                const char * const *names)
{
  guint n = g_strv_length ((char **) names);
  g_autoptr(GList) members = json_object_get_members (object);

  for (guint i = 0; i < n; i++)
    if (!json_object_has_member (object, names[i]))
      g_error ("member “%s” is missing", names[i]);
  for (GList *l = members; l != NULL; l = l->next)
    if (!g_strv_contains (names, l->data))
      g_error ("unexpected member “%s”", (const char *) l->data);
}

static JsonArray *
embedded_list (JsonObject *object,
               const char *rel)
{
  JsonObject *embedded;

  g_assert_true (json_object_has_member (object, "_embedded"));
  embedded = json_object_get_object_member (object, "_embedded");
  g_assert_true (json_object_has_member (embedded, rel));

  return json_object_get_array_member (embedded, rel);
}

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

static TicketsTestResponse *
get_order (TicketsTestSandbox *which,
           const char         *uid,
           const char         *auth)
{
  g_autofree char *path = g_strconcat ("/orders/", uid, NULL);

  return tickets_test_request (which, "GET", path, auth, NULL);
}

static char *
ticket_status (TicketsTestSandbox *which,
               const char         *uid)
{
  g_autofree char *path = g_strconcat ("/tickets/", uid, NULL);
  g_autoptr(TicketsTestResponse) response = tickets_test_request (which, "GET", path, BOXOFFICE, NULL);

  g_assert_cmpuint (response->status, ==, 200);

  return g_strdup (json_object_get_string_member (tickets_test_response_object (response), "status"));
}

static gint64
consumer_count (TicketsTestSandbox *which)
{
  g_autoptr(TicketsTestResponse) response = tickets_test_request (which, "GET", "/consumers", SALES, NULL);

  g_assert_cmpuint (response->status, ==, 200);

  return json_object_get_int_member (tickets_test_response_object (response), "item_count");
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
  g_autoptr(GString) body = g_string_new ("{\"tickets\": [");

  for (guint i = 0; uids[i] != NULL; i++)
    {
      g_autofree char *href = uri_of (which, "tickets", uids[i]);

      g_string_append_printf (body, "%s\"%s\"", i > 0 ? ", " : "", href);
    }
  g_string_append (body, "]");
  if (consumer != NULL)
    g_string_append_printf (body, ", \"consumer\": %s", consumer);
  g_string_append (body, "}");

  return g_string_free (g_steal_pointer (&body), FALSE);
}

/* GET /orders/{uid} */

static void
test_orders_read_accepted (void)
{
  static const char *accepted[] = { "order:demo-order-token", "cognito:demo-cognito-token", SALES, BOXOFFICE };

  for (guint i = 0; i < G_N_ELEMENTS (accepted); i++)
    {
      g_autoptr(TicketsTestResponse) response = get_order (sandbox, OR_DEMO, accepted[i]);
      JsonObject *object;

      g_test_message ("GET the DEMO order with %s", accepted[i]);
      g_assert_cmpuint (response->status, ==, 200);
      g_assert_cmpstr (soup_message_headers_get_content_type (response->headers, NULL), ==, "application/hal+json");
      object = tickets_test_response_object (response);
      g_assert_cmpstr (json_object_get_string_member (object, "uid"), ==, OR_DEMO);
      g_assert_cmpstr (json_object_get_string_member (object, "reference"), ==, "DEMO-0001");
      g_assert_cmpuint (json_array_get_length (embedded_list (object, "shop:ticket")), ==, 4);
    }

  /* Each order token opens its own order. */
  {
    g_autoptr(TicketsTestResponse) full = get_order (sandbox, OR_FULL, "order:full-order-token");
    g_autoptr(TicketsTestResponse) none = get_order (sandbox, OR_NONE, "order:none-order-token");

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
    { OR_DEMO, "order:full-order-token", 403 },
    { OR_DEMO, "order:none-order-token", 403 },
    { OR_FULL, "order:demo-order-token", 403 },
    { OR_DEMO, "basic:default:default-demo", 403 },
    { OR_DEMO, "basic:spa:spa-demo", 403 },
    { OR_DEMO, "bearer:demo-bearer-token", 403 },
    { OR_DEMO, "request:demo-request-token", 403 },
    /* The Cognito user did not create FULL, though they hold two of its tickets. */
    { OR_FULL, "cognito:demo-cognito-token", 403 },
    { OR_NONE, "cognito:demo-cognito-token", 403 },
    { OR_DEMO, "order:wrong-token", 401 },
    { OR_DEMO, "cognito:wrong-token", 401 },
    { OR_DEMO, "basic:sales:boxoffice-demo", 401 },
    { OR_DEMO, "bearer:wrong", 401 },
    { OR_DEMO, NULL, 401 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(TicketsTestResponse) response = get_order (sandbox, cases[i].order, cases[i].auth);

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
  static const char *auths[] = { SALES, BOXOFFICE, "order:demo-order-token", "cognito:demo-cognito-token" };

  for (guint i = 0; i < G_N_ELEMENTS (auths); i++)
    {
      g_autoptr(TicketsTestResponse) response = get_order (sandbox, "ffffffffffffffffffffffffffffffff", auths[i]);

      tickets_test_assert_error (response, 404, "NOT_FOUND");
    }

  {
    g_autoptr(TicketsTestResponse) response = get_order (sandbox, TI_DEMO_CODE, SALES);

    tickets_test_assert_error (response, 404, "NOT_FOUND");
  }
  {
    g_autoptr(TicketsTestResponse) response = get_order (sandbox, "ffffffffffffffffffffffffffffffff", NULL);

    tickets_test_assert_error (response, 401, "UNAUTHORIZED");
  }
}

static void
test_orders_fields (void)
{
  g_autoptr(TicketsTestResponse) response = get_order (sandbox, OR_DEMO, SALES);
  g_autofree char *self = uri_of (sandbox, "orders", OR_DEMO);
  g_autofree char *weekend = uri_of (sandbox, "products", PR_WEEKEND);
  g_autofree char *grandstand = uri_of (sandbox, "products", PR_GRANDSTAND);
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
  static const char *ticket_uids[] = { TI_DEMO_CODE, TI_DEMO_2, TI_DEMO_SEATED, TI_DEMO_ANNA };

  g_assert_cmpuint (response->status, ==, 200);
  object = tickets_test_response_object (response);
  assert_members (object, members);
  tickets_test_assert_hal (object, "order");

  links = json_object_get_object_member (object, "_links");
  g_assert_cmpstr (link_href (object, "self"), ==, self);
  g_assert_nonnull (link_href (object, "payment"));
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (links, "payment"), "type"), ==, "text/html");
  g_assert_nonnull (link_href (object, "shop:ordercancellation"));
  /* Three of its tickets still need a name: no e-tickets yet. */
  g_assert_false (json_object_has_member (links, "shop:etickets"));

  g_assert_cmpstr (json_object_get_string_member (object, "uid"), ==, OR_DEMO);
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

      assert_members (item, (const char *[]) { "product", "quantity", NULL });
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
  assert_members (payment, method_members);
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
  tickets = embedded_list (object, "shop:ticket");
  g_assert_cmpuint (json_array_get_length (tickets), ==, 4);
  for (guint i = 0; i < G_N_ELEMENTS (ticket_uids); i++)
    {
      JsonObject *ticket = find_by_uid (tickets, ticket_uids[i]);

      g_assert_nonnull (ticket);
      g_assert_cmpstr (link_href (ticket, "shop:order"), ==, self);
      g_assert_true (json_object_has_member (ticket, "code"));
      g_assert_true (json_object_has_member (ticket, "seating"));
      g_assert_true (json_object_has_member (ticket, "personalization_form"));
    }
  g_assert_cmpstr (json_object_get_string_member (find_by_uid (tickets, TI_DEMO_CODE), "code"), ==, "8663092874786");
  g_assert_true (JSON_NODE_HOLDS_NULL (json_object_get_member (find_by_uid (tickets, TI_DEMO_CODE), "consumer")));
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (find_by_uid (tickets, TI_DEMO_ANNA), "consumer"),
                                                  "first_name"), ==, "Anna");

  events = embedded_list (object, "shop:event");
  g_assert_cmpuint (json_array_get_length (events), ==, 1);
  g_assert_nonnull (find_by_uid (events, EV_OPEN));
  tickets_test_assert_hal (json_array_get_object_element (events, 0), "event");

  products = embedded_list (object, "shop:product");
  g_assert_cmpuint (json_array_get_length (products), ==, 2);
  g_assert_nonnull (find_by_uid (products, PR_WEEKEND));
  g_assert_nonnull (find_by_uid (products, PR_GRANDSTAND));
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (find_by_uid (products, PR_WEEKEND), "price"),
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
    { OR_DEMO, 4 }, { OR_FULL, 8 }, { OR_FUTURE, 2 }, { OR_CLOSED, 3 }, { OR_NONE, 1 }, { OR_MIXED, 2 },
    { OR_CANCELLED, 1 }, { OR_BERLIN, 3 },
  };

  for (guint o = 0; o < G_N_ELEMENTS (orders); o++)
    {
      g_autoptr(TicketsTestResponse) response = get_order (sandbox, orders[o].uid, BOXOFFICE);
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

      tickets = embedded_list (object, "shop:ticket");
      g_assert_cmpuint (json_array_get_length (tickets), ==, orders[o].n_tickets);
      for (guint i = 0; i < json_array_get_length (tickets); i++)
        {
          JsonObject *ticket = json_array_get_object_element (tickets, i);
          const char *product = link_href (ticket, "shop:product");

          g_hash_table_insert (counts, g_strdup (product),
                               GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, product)) + 1));
          g_hash_table_add (event_hrefs, g_strdup (link_href (ticket, "shop:event")));
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

      events = embedded_list (object, "shop:event");
      g_assert_cmpuint (json_array_get_length (events), ==, g_hash_table_size (event_hrefs));
      for (guint i = 0; i < json_array_get_length (events); i++)
        g_assert_true (g_hash_table_contains (event_hrefs, link_href (json_array_get_object_element (events, i), "self")));

      products = embedded_list (object, "shop:product");
      g_assert_cmpuint (json_array_get_length (products), ==, g_hash_table_size (counts));
      for (guint i = 0; i < json_array_get_length (products); i++)
        {
          JsonObject *product = json_array_get_object_element (products, i);

          g_assert_true (g_hash_table_contains (counts, link_href (product, "self")));
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
    { OR_DEMO, "order:demo-order-token", FALSE },     /* unnamed tickets */
    { OR_FULL, "order:full-order-token", FALSE },     /* unnamed tickets */
    { OR_MIXED, "order:mixed-order-token", FALSE },   /* one unnamed ticket */
    { OR_CANCELLED, "order:cancelled-order-token", FALSE },
    { OR_NONE, "order:none-order-token", TRUE },      /* no names needed */
    { OR_BERLIN, "order:order-token-1", TRUE },       /* every ticket named */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(TicketsTestResponse) response = get_order (sandbox, cases[i].uid, cases[i].auth);
      const char *href;

      g_test_message ("order %s", cases[i].uid);
      g_assert_cmpuint (response->status, ==, 200);
      href = link_href (tickets_test_response_object (response), "shop:etickets");
      if (!cases[i].etickets)
        {
          g_assert_null (href);
          continue;
        }

      g_assert_nonnull (href);
      {
        g_autoptr(TicketsTestResponse) download = tickets_test_request (sandbox, "GET", href, NULL, NULL);
        gsize size;
        const char *data = g_bytes_get_data (download->raw, &size);

        g_assert_cmpuint (download->status, ==, 200);
        g_assert_cmpstr (soup_message_headers_get_content_type (download->headers, NULL), ==, "application/pdf");
        g_assert_true (size > 5 && memcmp (data, "%PDF-", 5) == 0);
      }
    }

  /* The NONE order's ticket carries its own e-ticket link. */
  {
    g_autoptr(TicketsTestResponse) response = get_order (sandbox, OR_NONE, "order:none-order-token");
    JsonArray *tickets = embedded_list (tickets_test_response_object (response), "shop:ticket");

    g_assert_cmpuint (json_array_get_length (tickets), ==, 1);
    g_assert_nonnull (link_href (find_by_uid (tickets, TI_NONE), "shop:eticket"));
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
    g_autoptr(TicketsTestResponse) response = get_order (sandbox, OR_FUTURE, "order:future-order-token");
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
    g_autoptr(TicketsTestResponse) response = get_order (sandbox, OR_FULL, SALES);
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
    assert_members (shipping, (const char *[]) { "uid", "name", "image", "costs", NULL });
    g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (shipping, "name"), "de"), ==, "E-Ticket");
    g_assert_cmpint (amount_cents (shipping, "costs"), ==, 0);
  }

  {
    g_autoptr(TicketsTestResponse) response = get_order (sandbox, OR_CANCELLED, "order:cancelled-order-token");
    JsonObject *object;

    g_assert_cmpuint (response->status, ==, 200);
    object = tickets_test_response_object (response);
    g_assert_cmpstr (json_object_get_string_member (object, "status"), ==, "cancelled");
    g_assert_cmpstr (json_object_get_string_member (find_by_uid (embedded_list (object, "shop:ticket"), TI_CANCELLED), "status"),
                     ==, "invalid");
  }
}

/* POST /orders: re-issue */

static void
test_orders_reissue (void)
{
  TicketsTestSandbox *fresh = tickets_test_sandbox_start ();
  g_autofree char *old_uri = uri_of (fresh, "tickets", TI_DEMO_2);
  /* One absolute URI, one bare uid. */
  g_autofree char *body = g_strdup_printf ("{\"tickets\": [\"%s\", \"%s\"], \"consumer\": %s}",
                                           old_uri, TI_DEMO_SEATED, john_doe);
  g_autoptr(TicketsTestResponse) response = NULL;
  g_autofree char *token = NULL;
  g_autofree char *order_uid = NULL;
  g_autofree char *weekend = uri_of (fresh, "products", PR_WEEKEND);
  g_autofree char *grandstand = uri_of (fresh, "products", PR_GRANDSTAND);
  g_autoptr(GPtrArray) new_uids = g_ptr_array_new_with_free_func (g_free);
  gint64 consumers_before = consumer_count (fresh);
  JsonObject *object;
  JsonArray *tickets;
  JsonArray *selection;

  response = tickets_test_request (fresh, "POST", "/orders", SALES, body);
  g_assert_cmpuint (response->status, ==, 201);
  g_assert_cmpstr (soup_message_headers_get_content_type (response->headers, NULL), ==, "application/hal+json");
  token = g_strdup (soup_message_headers_get_one (response->headers, "X-Sandbox-Order-Token"));
  g_assert_nonnull (token);
  g_assert_cmpstr (token, !=, "");

  object = tickets_test_response_object (response);
  tickets_test_assert_hal (object, "order");
  order_uid = g_strdup (json_object_get_string_member (object, "uid"));
  g_assert_cmpuint (strlen (order_uid), ==, 32);
  g_assert_cmpstr (order_uid, !=, OR_DEMO);
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
  tickets = embedded_list (object, "shop:ticket");
  g_assert_cmpuint (json_array_get_length (tickets), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      JsonObject *ticket = json_array_get_object_element (tickets, i);
      const char *uid = json_object_get_string_member (ticket, "uid");
      const char *code = json_object_get_string_member (ticket, "code");

      g_assert_cmpstr (uid, !=, TI_DEMO_2);
      g_assert_cmpstr (uid, !=, TI_DEMO_SEATED);
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
    g_autoptr(TicketsTestResponse) own = get_order (fresh, order_uid, auth);
    g_autoptr(TicketsTestResponse) staff = get_order (fresh, order_uid, BOXOFFICE);
    g_autoptr(TicketsTestResponse) other = get_order (fresh, order_uid, "order:demo-order-token");
    g_autoptr(TicketsTestResponse) creator = get_order (fresh, order_uid, "cognito:demo-cognito-token");

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
      g_autofree char *order_href = uri_of (fresh, "orders", order_uid);
      g_autoptr(TicketsTestResponse) ticket = tickets_test_request (fresh, "GET", path, auth, NULL);
      g_autoptr(TicketsTestResponse) old_token = tickets_test_request (fresh, "GET", path, "order:demo-order-token", NULL);
      JsonObject *ticket_object;
      JsonObject *consumer;

      g_assert_cmpuint (ticket->status, ==, 200);
      ticket_object = tickets_test_response_object (ticket);
      g_assert_cmpstr (link_href (ticket_object, "shop:order"), ==, order_href);
      g_assert_true (json_object_get_boolean_member (ticket_object, "personalized"));
      g_assert_false (json_object_get_boolean_member (ticket_object, "needs_personalization"));
      consumer = json_object_get_object_member (ticket_object, "consumer");
      g_assert_cmpstr (json_object_get_string_member (consumer, "first_name"), ==, "John");
      g_assert_cmpstr (json_object_get_string_member (consumer, "last_name"), ==, "Doe");
      g_assert_cmpstr (json_object_get_string_member (consumer, "city"), ==, "Groningen");
      g_assert_cmpint (json_object_get_int_member (consumer, "gender"), ==, 1);
      if (g_str_equal (json_object_get_string_member (json_object_get_object_member (ticket_object, "seating"), "seat"), "12"))
        g_assert_cmpstr (link_href (ticket_object, "shop:product"), ==, grandstand);
      else
        g_assert_cmpstr (link_href (ticket_object, "shop:product"), ==, weekend);
      tickets_test_assert_error (old_token, 403, "FORBIDDEN");
    }

  /* The old tickets are invalid now; the rest of DEMO is untouched. */
  {
    g_autofree char *old_2 = ticket_status (fresh, TI_DEMO_2);
    g_autofree char *old_seated = ticket_status (fresh, TI_DEMO_SEATED);
    g_autofree char *untouched = ticket_status (fresh, TI_DEMO_CODE);

    g_assert_cmpstr (old_2, ==, "invalid");
    g_assert_cmpstr (old_seated, ==, "invalid");
    g_assert_cmpstr (untouched, ==, "valid");
  }
  {
    g_autoptr(TicketsTestResponse) old_ticket = tickets_test_request (fresh, "GET", "/tickets/" TI_DEMO_2, "order:demo-order-token", NULL);

    g_assert_cmpuint (old_ticket->status, ==, 200);
    g_assert_false (json_object_get_boolean_member (tickets_test_response_object (old_ticket), "needs_personalization"));
  }
  g_assert_cmpint (consumer_count (fresh), ==, consumers_before + 1);

  /* An invalid ticket cannot be re-issued again. */
  {
    g_autoptr(TicketsTestResponse) again = tickets_test_request (fresh, "POST", "/orders", BOXOFFICE, body);

    tickets_test_assert_error (again, 400, "TICKET_ERROR");
  }
  {
    g_autofree char *single = reissue_body (fresh, (const char *[]) { TI_DEMO_2, NULL }, john_doe);
    g_autoptr(TicketsTestResponse) again = tickets_test_request (fresh, "POST", "/orders", SALES, single);

    tickets_test_assert_error (again, 400, "TICKET_ERROR");
  }

  /* A new ticket can be re-issued in turn, with the merchant account. */
  {
    g_autofree char *chained = reissue_body (fresh, (const char *[]) { g_ptr_array_index (new_uids, 0), NULL },
                                             "{\"first_name\": \"Jane\", \"last_name\": \"Roe\", \"email\": \"jane.roe@example.org\"}");
    g_autoptr(TicketsTestResponse) again = tickets_test_request (fresh, "POST", "/orders", BOXOFFICE, chained);
    JsonArray *list;

    g_assert_cmpuint (again->status, ==, 201);
    list = embedded_list (tickets_test_response_object (again), "shop:ticket");
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
  gint64 consumers_before = consumer_count (fresh);
  g_autofree char *demo_ticket = uri_of (fresh, "tickets", TI_DEMO_2);
  g_autofree char *weekend = uri_of (fresh, "products", PR_WEEKEND);
  struct {
    char       *body;
    const char *type;
  } cases[] = {
    /* products and tickets cannot be combined */
    { g_strdup_printf ("{\"products\": [{\"product\": \"%s\", \"quantity\": 1}], \"tickets\": [\"%s\"], \"consumer\": %s}",
                       weekend, demo_ticket, john_doe), "BAD_REQUEST" },
    /* tickets from two orders */
    { reissue_body (fresh, (const char *[]) { TI_DEMO_2, TI_FULL, NULL }, john_doe), "TICKET_ERROR" },
    { reissue_body (fresh, (const char *[]) { TI_NONE, TI_DEMO_2, NULL }, john_doe), "TICKET_ERROR" },
    /* the same ticket twice */
    { reissue_body (fresh, (const char *[]) { TI_DEMO_2, TI_DEMO_2, NULL }, john_doe), "TICKET_ERROR" },
    /* an invalid ticket */
    { reissue_body (fresh, (const char *[]) { TI_CANCELLED, NULL }, john_doe), "TICKET_ERROR" },
    /* unknown tickets */
    { reissue_body (fresh, (const char *[]) { "ffffffffffffffffffffffffffffffff", NULL }, john_doe), "TICKET_NOT_AVAILABLE" },
    { reissue_body (fresh, (const char *[]) { TI_DEMO_2, "ffffffffffffffffffffffffffffffff", NULL }, john_doe),
      "TICKET_NOT_AVAILABLE" },
    /* no tickets */
    { g_strdup_printf ("{\"tickets\": [], \"consumer\": %s}", john_doe), "BAD_REQUEST" },
    { g_strdup_printf ("{\"tickets\": \"%s\", \"consumer\": %s}", demo_ticket, john_doe), "BAD_REQUEST" },
    /* the sandbox sells nothing */
    { g_strdup_printf ("{\"products\": [{\"product\": \"%s\", \"quantity\": 1}], \"consumer\": %s}", weekend, john_doe),
      "BAD_REQUEST" },
    /* no consumer */
    { reissue_body (fresh, (const char *[]) { TI_DEMO_2, NULL }, NULL), "INSUFFICIENT_CONSUMER_INFORMATION" },
    { reissue_body (fresh, (const char *[]) { TI_DEMO_2, NULL }, "{\"first_name\": \"Jo\", \"last_name\": \"Doe\", \"email\": \"not an address\"}"),
      "INSUFFICIENT_CONSUMER_INFORMATION" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(TicketsTestResponse) response = tickets_test_request (fresh, "POST", "/orders", SALES, cases[i].body);

      g_test_message ("POST /orders %s", cases[i].body);
      tickets_test_assert_error (response, 400, cases[i].type);
      g_assert_null (soup_message_headers_get_one (response->headers, "X-Sandbox-Order-Token"));
      g_free (cases[i].body);
    }

  /* Missing consumer fields: each named in details. */
  {
    g_autofree char *body = reissue_body (fresh, (const char *[]) { TI_DEMO_2, TI_DEMO_SEATED, NULL },
                                          "{\"first_name\": \"John\", \"last_name\": \"\"}");
    g_autoptr(TicketsTestResponse) response = tickets_test_request (fresh, "POST", "/orders", SALES, body);
    JsonObject *details;
    JsonArray *messages;

    tickets_test_assert_error (response, 400, "INSUFFICIENT_CONSUMER_INFORMATION");
    details = json_object_get_object_member (tickets_test_response_object (response), "details");
    g_assert_nonnull (details);
    assert_members (details, (const char *[]) { "last_name", "email", NULL });
    messages = json_object_get_array_member (details, "last_name");
    g_assert_cmpuint (json_array_get_length (messages), >=, 1);
    g_assert_cmpstr (json_array_get_string_element (messages, 0), !=, "");
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (details, "email")), >=, 1);
  }

  /* Nothing changed. */
  {
    g_autofree char *status_2 = ticket_status (fresh, TI_DEMO_2);
    g_autofree char *status_seated = ticket_status (fresh, TI_DEMO_SEATED);
    g_autofree char *status_full = ticket_status (fresh, TI_FULL);
    g_autoptr(TicketsTestResponse) order = get_order (fresh, OR_DEMO, SALES);

    g_assert_cmpstr (status_2, ==, "valid");
    g_assert_cmpstr (status_seated, ==, "valid");
    g_assert_cmpstr (status_full, ==, "valid");
    g_assert_cmpint (consumer_count (fresh), ==, consumers_before);
    g_assert_cmpuint (json_array_get_length (embedded_list (tickets_test_response_object (order), "shop:ticket")), ==, 4);
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
      g_autoptr(TicketsTestResponse) response = tickets_test_request (fresh, "POST", "/orders", SALES, bodies[i]);
      g_autoptr(TicketsTestResponse) after = get_order (fresh, OR_DEMO, SALES);

      g_test_message ("POST /orders %s", bodies[i]);
      tickets_test_assert_error (response, 400, "BAD_REQUEST");
      /* The sandbox keeps serving. */
      g_assert_cmpuint (after->status, ==, 200);
      g_assert_cmpstr (json_object_get_string_member (tickets_test_response_object (after), "uid"), ==, OR_DEMO);
    }

  tickets_test_sandbox_stop (fresh);
}

static void
test_orders_reissue_auth (void)
{
  TicketsTestSandbox *fresh = tickets_test_sandbox_start ();
  g_autofree char *body = reissue_body (fresh, (const char *[]) { TI_DEMO_2, NULL }, john_doe);
  gint64 consumers_before = consumer_count (fresh);
  struct {
    const char *auth;
    guint       status;
  } cases[] = {
    { "basic:default:default-demo", 403 },
    { "basic:spa:spa-demo", 403 },
    { "order:demo-order-token", 403 },
    { "cognito:demo-cognito-token", 403 },
    { "bearer:demo-bearer-token", 403 },
    { "request:demo-request-token", 403 },
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
    g_autofree char *status = ticket_status (fresh, TI_DEMO_2);

    g_assert_cmpstr (status, ==, "valid");
    g_assert_cmpint (consumer_count (fresh), ==, consumers_before);
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
    { "POST", "/orders/" OR_DEMO, "OPTIONS, GET" },
    { "PUT", "/orders/" OR_DEMO, "OPTIONS, GET" },
    { "DELETE", "/orders/" OR_DEMO, "OPTIONS, GET" },
    { "PATCH", "/orders/" OR_DEMO, "OPTIONS, GET" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, cases[i].method, cases[i].path, SALES, "{}");

      g_test_message ("%s %s", cases[i].method, cases[i].path);
      tickets_test_assert_error (response, 405, "METHOD_NOT_ALLOWED");
      g_assert_cmpstr (soup_message_headers_get_one (response->headers, "Allow"), ==, cases[i].allow);
    }
}

int
main (int   argc,
      char *argv[])
{
  int result;

  g_test_init (&argc, &argv, NULL);

  sandbox = tickets_test_sandbox_start ();

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

  result = g_test_run ();
  tickets_test_sandbox_stop (sandbox);

  return result;
}
