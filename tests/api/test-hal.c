/* test-hal.c: HAL helpers on the documentation's example payloads
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-hal.h"

#define DOCS "https://shopping-api-docs.paylogic.com/documentation/"
#define API  "https://shopping-api.paylogic.com/"

/* Keeps the parsed document alive for the object it returns. */
static JsonObject *
load_example (const char  *name,
              JsonParser **parser)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "api", "data", name, NULL);
  g_autoptr(GError) error = NULL;
  JsonNode *root;

  *parser = json_parser_new ();
  json_parser_load_from_file (*parser, path, &error);
  g_assert_no_error (error);

  root = json_parser_get_root (*parser);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));

  return json_node_get_object (root);
}

static JsonObject *
parse_object (const char  *text,
              JsonParser **parser)
{
  g_autoptr(GError) error = NULL;

  *parser = json_parser_new ();
  json_parser_load_from_data (*parser, text, -1, &error);
  g_assert_no_error (error);

  return json_node_get_object (json_parser_get_root (*parser));
}

static void
test_links_one_or_list (void)
{
  g_autoptr(JsonParser) parser = NULL;
  JsonObject *personalization = load_example ("doc-personalization.json", &parser);
  JsonObject *ticket = tickets_hal_get_embedded (personalization, "shop:ticket", 0);
  g_autoptr(GPtrArray) self_links = NULL;
  g_autoptr(GPtrArray) curies = NULL;
  g_autoptr(GPtrArray) profile = NULL;
  TicketsHalLink *link;

  g_assert_nonnull (ticket);

  /* One link, as an object. */
  self_links = tickets_hal_get_links (ticket, "self");
  g_assert_cmpuint (self_links->len, ==, 1);
  link = g_ptr_array_index (self_links, 0);
  g_assert_cmpstr (link->href, ==, "http://127.0.0.1/tickets/e4e5dfa7bdf04fafa720bbe4e788b2f0");
  g_assert_null (link->type);
  g_assert_null (link->name);
  g_assert_false (link->templated);

  profile = tickets_hal_get_links (ticket, "profile");
  g_assert_cmpuint (profile->len, ==, 1);
  link = g_ptr_array_index (profile, 0);
  g_assert_cmpstr (link->href, ==, DOCS "tickets.html");
  g_assert_cmpstr (link->type, ==, "text/html");

  /* A list of one. */
  curies = tickets_hal_get_links (ticket, "curies");
  g_assert_cmpuint (curies->len, ==, 1);
  link = g_ptr_array_index (curies, 0);
  g_assert_cmpstr (link->href, ==, DOCS "{rel}.html");
  g_assert_cmpstr (link->name, ==, "shop");
  g_assert_cmpstr (link->type, ==, "text/html");
  g_assert_true (link->templated);
}

static void
test_links_empty_and_missing (void)
{
  g_autoptr(JsonParser) parser = NULL;
  JsonObject *personalization = load_example ("doc-personalization.json", &parser);
  JsonObject *ticket = tickets_hal_get_embedded (personalization, "shop:ticket", 0);
  g_autoptr(GPtrArray) requests = tickets_hal_get_links (ticket, "shop:personalization_request");
  g_autoptr(GPtrArray) missing = tickets_hal_get_links (ticket, "shop:no_such_rel");
  g_autoptr(GPtrArray) no_links = tickets_hal_get_links (json_object_get_object_member (ticket, "consumer"), "self");
  g_auto(GStrv) hrefs = tickets_hal_dup_hrefs (ticket, "shop:refund_requests");

  g_assert_true (json_object_has_member (json_object_get_object_member (ticket, "_links"), "shop:personalization_request"));
  g_assert_nonnull (requests);
  g_assert_cmpuint (requests->len, ==, 0);
  g_assert_cmpuint (missing->len, ==, 0);
  g_assert_cmpuint (no_links->len, ==, 0);
  g_assert_null (tickets_hal_get_href (ticket, "shop:personalization_request"));
  g_assert_null (tickets_hal_get_href (ticket, "shop:no_such_rel"));
  g_assert_nonnull (hrefs);
  g_assert_cmpuint (g_strv_length (hrefs), ==, 0);
  g_assert_null (tickets_hal_get_href (NULL, "self"));
}

static void
test_href (void)
{
  g_autoptr(JsonParser) parser = NULL;
  JsonObject *tickets = load_example ("doc-tickets-cognito.json", &parser);
  JsonObject *ticket = tickets_hal_get_embedded (tickets, "shop:ticket", 0);
  g_auto(GStrv) self_hrefs = tickets_hal_dup_hrefs (ticket, "self");

  g_assert_cmpstr (tickets_hal_get_href (tickets, "self"), ==, API "tickets");
  g_assert_cmpstr (tickets_hal_get_href (ticket, "shop:event"), ==, API "events/8e3df2124072459994bd9423257cc5ce");
  g_assert_cmpstr (tickets_hal_get_href (ticket, "shop:product"), ==, API "products/4a8f0a6caa874d80acff3834da9bc124");
  g_assert_cmpstr (tickets_hal_get_href (ticket, "shop:order"), ==, API "orders/4f6cc8bea3ac4cfeb6b41a09bfd80c74");
  g_assert_cmpstr (tickets_hal_get_href (tickets, "curies"), ==, DOCS "{rel}.html");

  g_assert_cmpuint (g_strv_length (self_hrefs), ==, 1);
  g_assert_cmpstr (self_hrefs[0], ==, API "tickets/90842034646f49c99882eb99a13fa2e9");
}

static void
test_hrefs_list (void)
{
  g_autoptr(JsonParser) parser = NULL;
  JsonObject *object = parse_object ("{\"_links\": {\"shop:ticket\": ["
                                     "  {\"href\": \"https://a.example/tickets/1\"},"
                                     "  {\"title\": \"no href\"},"
                                     "  {\"href\": \"https://a.example/tickets/2\", \"title\": \"Two\"}"
                                     "]}}", &parser);
  g_auto(GStrv) hrefs = tickets_hal_dup_hrefs (object, "shop:ticket");
  g_autoptr(GPtrArray) links = tickets_hal_get_links (object, "shop:ticket");
  g_autoptr(TicketsHalLink) copy = NULL;

  g_assert_cmpuint (g_strv_length (hrefs), ==, 2);
  g_assert_cmpstr (hrefs[0], ==, "https://a.example/tickets/1");
  g_assert_cmpstr (hrefs[1], ==, "https://a.example/tickets/2");
  g_assert_cmpstr (tickets_hal_get_href (object, "shop:ticket"), ==, "https://a.example/tickets/1");

  g_assert_cmpuint (links->len, ==, 2);
  copy = tickets_hal_link_copy (g_ptr_array_index (links, 1));
  g_assert_cmpstr (copy->href, ==, "https://a.example/tickets/2");
  g_assert_cmpstr (copy->title, ==, "Two");
  g_assert_true (G_TYPE_IS_BOXED (TICKETS_TYPE_HAL_LINK));
}

/* A server may send anything: nothing here may complain (warnings are fatal in tests). */
static void
test_odd_shapes (void)
{
  static const char *documents[] = {
    "{\"_links\": [1, 2]}",
    "{\"_links\": \"self\"}",
    "{\"_links\": {\"self\": \"https://a.example/\"}}",
    "{\"_links\": {\"self\": {\"href\": 42}}}",
    "{\"_links\": {\"self\": [null, 3, {\"href\": null}]}}",
    "{\"_links\": {\"self\": null, \"curies\": {\"name\": \"shop\"}}}",
    "{\"_links\": {\"self\": {\"href\": \"x\", \"templated\": \"yes\"}}, \"_embedded\": {\"self\": 5}}",
    "{\"_embedded\": [1]}",
    "{\"_embedded\": {\"shop:ticket\": [1, {\"uid\": \"a\"}, \"b\"]}}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (documents); i++)
    {
      g_autoptr(JsonParser) parser = NULL;
      JsonObject *object = parse_object (documents[i], &parser);
      g_autoptr(GPtrArray) links = tickets_hal_get_links (object, "self");
      g_auto(GStrv) hrefs = tickets_hal_dup_hrefs (object, "self");
      g_autofree char *curie = tickets_hal_expand_curie (object, "shop:ticket");

      g_test_message ("%s", documents[i]);
      g_assert_cmpuint (links->len, <=, 1);
      g_assert_cmpuint (g_strv_length (hrefs), ==, links->len);
      g_assert_null (curie);
      g_assert_null (tickets_hal_get_embedded (object, "self", 0));
      tickets_hal_get_href (object, "self");
      tickets_hal_get_n_embedded (object, "shop:ticket");
    }

  {
    g_autoptr(JsonParser) parser = NULL;
    JsonObject *object = parse_object (documents[6], &parser);
    g_autoptr(GPtrArray) links = tickets_hal_get_links (object, "self");

    /* Only a JSON true makes a link templated. */
    g_assert_cmpuint (links->len, ==, 1);
    g_assert_false (((TicketsHalLink *) g_ptr_array_index (links, 0))->templated);
  }

  {
    g_autoptr(JsonParser) parser = NULL;
    JsonObject *object = parse_object (documents[8], &parser);

    g_assert_cmpuint (tickets_hal_get_n_embedded (object, "shop:ticket"), ==, 3);
    g_assert_null (tickets_hal_get_embedded (object, "shop:ticket", 0));
    g_assert_cmpstr (json_object_get_string_member (tickets_hal_get_embedded (object, "shop:ticket", 1), "uid"), ==, "a");
    g_assert_null (tickets_hal_get_embedded (object, "shop:ticket", 2));
  }
}

static void
test_curies (void)
{
  g_autoptr(JsonParser) parser = NULL;
  JsonObject *personalization = load_example ("doc-personalization.json", &parser);
  JsonObject *ticket = tickets_hal_get_embedded (personalization, "shop:ticket", 0);
  g_autofree char *eticket = tickets_hal_expand_curie (ticket, "shop:eticket");
  g_autofree char *approvals = tickets_hal_expand_curie (ticket, "shop:ticket_transfer_approvals");
  g_autofree char *unknown_prefix = tickets_hal_expand_curie (ticket, "pay:eticket");
  g_autofree char *no_prefix = tickets_hal_expand_curie (ticket, "profile");
  g_autofree char *empty_reference = tickets_hal_expand_curie (ticket, "shop:");
  g_autofree char *profile = tickets_hal_get_documentation_uri (ticket, "profile");
  g_autofree char *doc = tickets_hal_get_documentation_uri (ticket, "shop:order");
  g_autofree char *self_doc = tickets_hal_get_documentation_uri (ticket, "self");
  g_autofree char *no_profile = tickets_hal_get_documentation_uri (personalization, "profile");

  g_assert_cmpstr (eticket, ==, DOCS "eticket.html");
  g_assert_cmpstr (approvals, ==, DOCS "ticket_transfer_approvals.html");
  g_assert_null (unknown_prefix);
  g_assert_null (no_prefix);
  g_assert_null (empty_reference);
  g_assert_cmpstr (profile, ==, DOCS "tickets.html");
  g_assert_cmpstr (doc, ==, DOCS "order.html");
  g_assert_null (self_doc);
  /* The personalization example has curies but no profile link. */
  g_assert_null (no_profile);
}

static void
test_help_link (void)
{
  g_autoptr(JsonParser) parser = NULL;
  JsonObject *error = parse_object ("{\"logref\": \"x\", \"_links\": {\"help\": {"
                                    "\"href\": \"http://shopping-api-docs.paylogic.com/documentation/orders.html\","
                                    "\"type\": \"text/html\"}}, \"details\": null}", &parser);
  g_autofree char *help = tickets_hal_get_documentation_uri (error, "help");

  g_assert_cmpstr (help, ==, "http://shopping-api-docs.paylogic.com/documentation/orders.html");
}

static GHashTable *
new_variables (const char *first_name,
               ...) G_GNUC_NULL_TERMINATED;

static GHashTable *
new_variables (const char *first_name,
               ...)
{
  GHashTable *variables = g_hash_table_new (g_str_hash, g_str_equal);
  va_list args;

  va_start (args, first_name);
  for (const char *name = first_name; name != NULL; name = va_arg (args, const char *))
    g_hash_table_insert (variables, (gpointer) name, va_arg (args, char *));
  va_end (args);

  return variables;
}

static void
test_template_simple (void)
{
  g_autoptr(GHashTable) variables = new_variables ("uid", "90842034646f49c99882eb99a13fa2e9", NULL);
  g_autoptr(GHashTable) odd = new_variables ("uid", "a b/c?d&é", NULL);
  g_autoptr(GHashTable) none = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *ticket = tickets_hal_expand_template (API "tickets/{uid}", variables);
  g_autofree char *escaped = tickets_hal_expand_template (API "tickets/{uid}", odd);
  g_autofree char *reserved = tickets_hal_expand_template ("{+uid}", odd);
  g_autofree char *undefined = tickets_hal_expand_template (API "tickets/{uid}", none);
  g_autofree char *no_variables = tickets_hal_expand_template (API "tickets/{uid}", NULL);
  g_autofree char *literal = tickets_hal_expand_template (API "tickets", variables);
  g_autofree char *unclosed = tickets_hal_expand_template (API "tickets/{uid", variables);

  g_assert_cmpstr (ticket, ==, API "tickets/90842034646f49c99882eb99a13fa2e9");
  g_assert_cmpstr (escaped, ==, API "tickets/a%20b%2Fc%3Fd%26%C3%A9");
  g_assert_cmpstr (reserved, ==, "a%20b/c?d&%C3%A9");
  g_assert_cmpstr (undefined, ==, API "tickets/");
  g_assert_cmpstr (no_variables, ==, API "tickets/");
  g_assert_cmpstr (literal, ==, API "tickets");
  g_assert_cmpstr (unclosed, ==, API "tickets/{uid");
}

static void
test_template_form_query (void)
{
  const char *event = API "events/5b3e9744999d4d0ca56b4c5ca1f4dc49";
  g_autoptr(GHashTable) both = new_variables ("event", event, "code", "8663092874786", NULL);
  g_autoptr(GHashTable) code_only = new_variables ("code", "8663092874786", NULL);
  g_autoptr(GHashTable) none = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) empty = new_variables ("code", "", NULL);
  g_autofree char *search_both = tickets_hal_expand_template (API "tickets{?event,code}", both);
  g_autofree char *search_code = tickets_hal_expand_template (API "tickets{?event,code}", code_only);
  g_autofree char *search_none = tickets_hal_expand_template (API "tickets{?event,code}", none);
  g_autofree char *search_empty = tickets_hal_expand_template (API "tickets{?event,code}", empty);
  g_autofree char *continued = tickets_hal_expand_template (API "tickets?page=2{&code}", code_only);

  g_assert_cmpstr (search_both, ==,
                   API "tickets?event=https%3A%2F%2Fshopping-api.paylogic.com%2Fevents%2F5b3e9744999d4d0ca56b4c5ca1f4dc49"
                   "&code=8663092874786");
  g_assert_cmpstr (search_code, ==, API "tickets?code=8663092874786");
  g_assert_cmpstr (search_none, ==, API "tickets");
  g_assert_cmpstr (search_empty, ==, API "tickets?code=");
  g_assert_cmpstr (continued, ==, API "tickets?page=2&code=8663092874786");
}

static void
test_template_documented (void)
{
  /* As restnavigator shows the root's links in the overview. */
  g_autoptr(GHashTable) barcode = new_variables ("event", API "events/1", "barcode", "8663092874786", NULL);
  g_autoptr(GHashTable) filters = new_variables ("location_city", "Den Haag", "title", "Rock & Roll", NULL);
  g_autofree char *tickets = tickets_hal_expand_template (API "tickets?event={event}&code={barcode}", barcode);
  g_autofree char *events = tickets_hal_expand_template (API "events{?merchant_name,title,subtitle,sale_start,sale_end,"
                                                         "event_start,event_end,location_name,location_postal_code,"
                                                         "location_city,location_country,genre,artist}", filters);
  g_autofree char *bill = tickets_hal_expand_template (API "bill{?products,payment_method,shipping_method,country,"
                                                       "external_purchase_amount}", filters);

  g_assert_cmpstr (tickets, ==, API "tickets?event=https%3A%2F%2Fshopping-api.paylogic.com%2Fevents%2F1&code=8663092874786");
  g_assert_cmpstr (events, ==, API "events?title=Rock%20%26%20Roll&location_city=Den%20Haag");
  g_assert_cmpstr (bill, ==, API "bill");
}

static void
test_embedded (void)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(JsonParser) ticket_parser = NULL;
  JsonObject *tickets = load_example ("doc-tickets-cognito.json", &parser);
  JsonObject *ticket_with_product = parse_object ("{\"uid\": \"t\", \"_embedded\": {\"shop:product\": {\"uid\": \"p\"}, "
                                                  "\"shop:transfer_sale\": [], \"shop:parent\": null}}", &ticket_parser);
  JsonObject *event;

  /* A list. */
  g_assert_cmpuint (tickets_hal_get_n_embedded (tickets, "shop:ticket"), ==, 1);
  g_assert_cmpuint (tickets_hal_get_n_embedded (tickets, "shop:product"), ==, 1);
  g_assert_cmpuint (tickets_hal_get_n_embedded (tickets, "shop:event"), ==, 1);
  event = tickets_hal_get_embedded (tickets, "shop:event", 0);
  g_assert_cmpstr (json_object_get_string_member (event, "uid"), ==, "8e3df2124072459994bd9423257cc5ce");
  g_assert_null (tickets_hal_get_embedded (tickets, "shop:event", 1));

  /* One object. */
  g_assert_cmpuint (tickets_hal_get_n_embedded (ticket_with_product, "shop:product"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (tickets_hal_get_embedded (ticket_with_product, "shop:product", 0), "uid"),
                   ==, "p");
  g_assert_null (tickets_hal_get_embedded (ticket_with_product, "shop:product", 1));

  /* Empty list, null, absent. */
  g_assert_cmpuint (tickets_hal_get_n_embedded (ticket_with_product, "shop:transfer_sale"), ==, 0);
  g_assert_cmpuint (tickets_hal_get_n_embedded (ticket_with_product, "shop:parent"), ==, 0);
  g_assert_cmpuint (tickets_hal_get_n_embedded (ticket_with_product, "shop:order"), ==, 0);
  g_assert_cmpuint (tickets_hal_get_n_embedded (event, "shop:ticket"), ==, 0);
  g_assert_null (tickets_hal_get_embedded (ticket_with_product, "shop:parent", 0));
}

static void
collect_uid (JsonObject *embedded,
             guint       index,
             gpointer    user_data)
{
  GString *seen = user_data;

  g_string_append_printf (seen, "%u:%s ", index, json_object_get_string_member (embedded, "uid"));
}

static void
test_foreach_embedded (void)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(JsonParser) consumers_parser = NULL;
  g_autoptr(JsonParser) mixed_parser = NULL;
  JsonObject *personalizations = load_example ("doc-personalization.json", &parser);
  JsonObject *consumers = load_example ("doc-consumers.json", &consumers_parser);
  JsonObject *mixed = parse_object ("{\"_embedded\": {\"x\": [{\"uid\": \"a\"}, 7, {\"uid\": \"c\"}], "
                                    "\"y\": {\"uid\": \"only\"}}}", &mixed_parser);
  g_autoptr(GString) seen = g_string_new (NULL);

  tickets_hal_foreach_embedded (personalizations, "shop:ticket", collect_uid, seen);
  g_assert_cmpstr (seen->str, ==, "0:e4e5dfa7bdf04fafa720bbe4e788b2f0 ");

  g_string_truncate (seen, 0);
  tickets_hal_foreach_embedded (consumers, "shop:consumer", collect_uid, seen);
  g_assert_cmpstr (seen->str, ==, "0:cba40d60019448278542c9f5ac1bf7ce ");

  g_string_truncate (seen, 0);
  tickets_hal_foreach_embedded (mixed, "x", collect_uid, seen);
  g_assert_cmpstr (seen->str, ==, "0:a 2:c ");

  g_string_truncate (seen, 0);
  tickets_hal_foreach_embedded (mixed, "y", collect_uid, seen);
  g_assert_cmpstr (seen->str, ==, "0:only ");

  g_string_truncate (seen, 0);
  tickets_hal_foreach_embedded (mixed, "z", collect_uid, seen);
  g_assert_cmpstr (seen->str, ==, "");
}

static void
test_next (void)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(JsonParser) tickets_parser = NULL;
  JsonObject *consumers = load_example ("doc-consumers.json", &parser);
  JsonObject *tickets = load_example ("doc-tickets-cognito.json", &tickets_parser);
  g_autoptr(GPtrArray) search = tickets_hal_get_links (consumers, "search");
  g_autofree char *page_uid = NULL;

  g_assert_cmpstr (tickets_hal_get_next_href (consumers), ==, API "consumers?page=3");
  g_assert_cmpstr (tickets_hal_get_href (consumers, "prev"), ==, API "consumers?page=1");
  g_assert_cmpstr (tickets_hal_get_href (consumers, "last"), ==, API "consumers?page=10");
  g_assert_null (tickets_hal_get_next_href (tickets));

  g_assert_cmpuint (search->len, ==, 1);
  g_assert_true (((TicketsHalLink *) g_ptr_array_index (search, 0))->templated);

  page_uid = tickets_hal_uid_from_href (tickets_hal_get_next_href (consumers));
  g_assert_cmpstr (page_uid, ==, "consumers");
}

static void
test_uid_from_href (void)
{
  static const struct
  {
    const char *href;
    const char *uid;
  } cases[] = {
    { API "tickets/90842034646f49c99882eb99a13fa2e9", "90842034646f49c99882eb99a13fa2e9" },
    { API "tickets/90842034646f49c99882eb99a13fa2e9/", "90842034646f49c99882eb99a13fa2e9" },
    { API "tickets/abc?event=" API "events/def", "abc" },
    { API "tickets/abc#top", "abc" },
    { "/orders/1a701ca300944a0da88212b5c18e74d2", "1a701ca300944a0da88212b5c18e74d2" },
    { "orders/xyz?x=/y", "xyz" },
    { "xyz", "xyz" },
    { "http://127.0.0.1:8001/download/eticket/efQqrLtb6b2HCGkeWeIegbFADsf4QGIuGvHjMR_3LUU",
      "efQqrLtb6b2HCGkeWeIegbFADsf4QGIuGvHjMR_3LUU" },
    { "/a/caf%C3%A9", "café" },
    { API, NULL },
    { "https://shopping-api.paylogic.com", NULL },
    { "/", NULL },
    { "", NULL },
    { "?page=2", NULL },
    { "/a/b%2Fc", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *uid = tickets_hal_uid_from_href (cases[i].href);

      g_test_message ("%s", cases[i].href);
      g_assert_cmpstr (uid, ==, cases[i].uid);
    }

  g_assert_null (tickets_hal_uid_from_href (NULL));
}

static void
test_resolve (void)
{
  g_autofree char *relative = tickets_hal_resolve ("http://127.0.0.1:8000/orders/1", "/tickets/2");
  g_autofree char *sibling = tickets_hal_resolve ("http://127.0.0.1:8000/orders/1", "2");
  g_autofree char *absolute = tickets_hal_resolve ("http://127.0.0.1:8000/", API "events?x=http://a/b");
  g_autofree char *no_base = tickets_hal_resolve (NULL, API "events");
  g_autofree char *relative_no_base = tickets_hal_resolve (NULL, "/events");
  g_autofree char *query = tickets_hal_resolve (API "consumers?page=2", "?page=3");
  g_autofree char *escaped = tickets_hal_resolve (API, "tickets/a%2Fb");

  g_assert_cmpstr (relative, ==, "http://127.0.0.1:8000/tickets/2");
  g_assert_cmpstr (sibling, ==, "http://127.0.0.1:8000/orders/2");
  g_assert_cmpstr (absolute, ==, API "events?x=http://a/b");
  g_assert_cmpstr (no_base, ==, API "events");
  g_assert_null (relative_no_base);
  g_assert_cmpstr (query, ==, API "consumers?page=3");
  g_assert_cmpstr (escaped, ==, API "tickets/a%2Fb");
  g_assert_null (tickets_hal_resolve (API, NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/api/hal/links/one-or-list", test_links_one_or_list);
  g_test_add_func ("/api/hal/links/empty-and-missing", test_links_empty_and_missing);
  g_test_add_func ("/api/hal/links/href", test_href);
  g_test_add_func ("/api/hal/links/hrefs-list", test_hrefs_list);
  g_test_add_func ("/api/hal/links/odd-shapes", test_odd_shapes);
  g_test_add_func ("/api/hal/curies", test_curies);
  g_test_add_func ("/api/hal/help", test_help_link);
  g_test_add_func ("/api/hal/template/simple", test_template_simple);
  g_test_add_func ("/api/hal/template/form-query", test_template_form_query);
  g_test_add_func ("/api/hal/template/documented", test_template_documented);
  g_test_add_func ("/api/hal/embedded", test_embedded);
  g_test_add_func ("/api/hal/embedded/foreach", test_foreach_embedded);
  g_test_add_func ("/api/hal/next", test_next);
  g_test_add_func ("/api/hal/uid-from-href", test_uid_from_href);
  g_test_add_func ("/api/hal/resolve", test_resolve);

  return g_test_run ();
}
