/* test-sandbox-consumers.c: GET /consumers with its filters and paging, POST /consumers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tickets-test-sandbox.h"

#define ANNA            "d0000000000000000000000000000b01"
#define PIETER          "d0000000000000000000000000000b04"

#define MIXED_OPEN      "abeb02813a631b0fccaa20948310de47"
#define MIXED_NONE      "7f58d74f6d4080aa90f76ef6bb3c30a9"
#define FULL_FREE_2     "764fcaf75834c649e8b6219201f08198"

#define N_CONSUMERS     262

/* For the GET tests, which change nothing; POST tests start their own. */
static TicketsTestSandbox *sandbox;

/* Every consumer a query finds, following next links from the first page:
 * checks item_count, the page size, the links of every page, and that no
 * consumer shows up twice. */
static GPtrArray *
collect (TicketsTestSandbox *sb,
         const char         *path,
         const char         *auth)
{
  GPtrArray *all = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
  g_autoptr(GHashTable) uids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *href = tickets_test_sandbox_uri (sb, path);
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  gint64 item_count = -1;
  guint n_pages = 0;

  while (href != NULL)
    {
      g_autoptr(TicketsTestResponse) response = tickets_test_request (sb, "GET", href, auth, NULL);
      JsonObject *page;
      JsonArray *items;

      g_assert_cmpuint (response->status, ==, 200);
      page = tickets_test_response_object (response);
      tickets_test_assert_hal (page, "consumers");
      g_assert_cmpstr (tickets_test_link_href (page, "self"), ==, href);
      items = tickets_test_embedded_list (page, "shop:consumer");

      if (n_pages == 0)
        {
          item_count = json_object_get_int_member (page, "item_count");
          first = g_strdup (tickets_test_link_href (page, "first"));
          last = g_strdup (tickets_test_link_href (page, "last"));
          g_assert_null (tickets_test_link_href (page, "prev"));
        }
      else
        {
          g_assert_cmpint (json_object_get_int_member (page, "item_count"), ==, item_count);
          g_assert_cmpstr (tickets_test_link_href (page, "first"), ==, first);
          g_assert_cmpstr (tickets_test_link_href (page, "last"), ==, last);
          g_assert_nonnull (tickets_test_link_href (page, "prev"));
        }
      n_pages++;

      for (guint i = 0; i < json_array_get_length (items); i++)
        {
          JsonObject *consumer = json_array_get_object_element (items, i);

          g_assert_true (g_hash_table_add (uids, g_strdup (json_object_get_string_member (consumer, "uid"))));
          g_ptr_array_add (all, json_object_ref (consumer));
        }

      g_clear_pointer (&href, g_free);
      if (tickets_test_link_href (page, "next") != NULL)
        {
          g_assert_cmpuint (json_array_get_length (items), ==, 20);
          href = g_strdup (tickets_test_link_href (page, "next"));
        }
      else
        {
          /* The last page is the one "last" names. */
          g_assert_cmpstr (tickets_test_link_href (page, "self"), ==, last);
          g_assert_cmpuint (json_array_get_length (items), <=, 20);
        }
    }

  g_assert_cmpint (item_count, ==, all->len);
  g_assert_cmpuint (n_pages, ==, MAX (1, (all->len + 19) / 20));

  return all;
}

static guint
count (const char *path)
{
  g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "GET", path, TICKETS_TEST_AUTH_SALES, NULL);

  g_assert_cmpuint (response->status, ==, 200);
  return json_object_get_int_member (tickets_test_response_object (response), "item_count");
}

static gboolean
has_uid (GPtrArray  *consumers,
         const char *uid)
{
  for (guint i = 0; i < consumers->len; i++)
    if (g_str_equal (json_object_get_string_member (g_ptr_array_index (consumers, i), "uid"), uid))
      return TRUE;

  return FALSE;
}

/* GET /consumers */

static void
test_list_paging (void)
{
  g_autoptr(GPtrArray) all = collect (sandbox, "/consumers", TICKETS_TEST_AUTH_BOXOFFICE);
  g_autofree char *base = tickets_test_sandbox_uri (sandbox, "/consumers");
  g_autofree char *page2 = g_strconcat (base, "?page=2", NULL);
  g_autofree char *page13 = g_strconcat (base, "?page=13", NULL);
  g_autofree char *page14 = g_strconcat (base, "?page=14", NULL);
  g_autoptr(TicketsTestResponse) first = tickets_test_request (sandbox, "GET", "/consumers", TICKETS_TEST_AUTH_SALES, NULL);
  g_autoptr(TicketsTestResponse) last = tickets_test_request (sandbox, "GET", "/consumers?page=14", TICKETS_TEST_AUTH_SALES, NULL);
  JsonObject *object = tickets_test_response_object (first);
  JsonObject *search;

  g_assert_cmpuint (all->len, ==, N_CONSUMERS);
  g_assert_true (has_uid (all, TICKETS_TEST_CO_JOHN));
  g_assert_true (has_uid (all, ANNA));

  g_assert_cmpint (json_object_get_int_member (object, "item_count"), ==, N_CONSUMERS);
  g_assert_cmpstr (tickets_test_link_href (object, "self"), ==, base);
  g_assert_cmpstr (tickets_test_link_href (object, "first"), ==, base);
  g_assert_null (tickets_test_link_href (object, "prev"));
  g_assert_cmpstr (tickets_test_link_href (object, "next"), ==, page2);
  g_assert_cmpstr (tickets_test_link_href (object, "last"), ==, page14);
  g_assert_cmpuint (json_array_get_length (tickets_test_embedded_list (object, "shop:consumer")), ==, 20);
  search = json_object_get_object_member (tickets_test_get_links (object), "search");
  g_assert_true (json_object_get_boolean_member (search, "templated"));
  g_assert_true (g_str_has_prefix (json_object_get_string_member (search, "href"), base));

  object = tickets_test_response_object (last);
  g_assert_cmpstr (tickets_test_link_href (object, "self"), ==, page14);
  g_assert_cmpstr (tickets_test_link_href (object, "prev"), ==, page13);
  g_assert_null (tickets_test_link_href (object, "next"));
  g_assert_cmpuint (json_array_get_length (tickets_test_embedded_list (object, "shop:consumer")), ==, N_CONSUMERS - 13 * 20);
}

static void
test_list_fields (void)
{
  g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "GET", "/consumers?reference=C000001", TICKETS_TEST_AUTH_SALES, NULL);
  g_autofree char *self = tickets_test_uri (sandbox, "consumers", TICKETS_TEST_CO_JOHN);
  JsonArray *items;
  JsonObject *john;

  g_assert_cmpuint (response->status, ==, 200);
  items = tickets_test_embedded_list (tickets_test_response_object (response), "shop:consumer");
  g_assert_cmpuint (json_array_get_length (items), ==, 1);
  john = json_array_get_object_element (items, 0);
  tickets_test_assert_hal (john, "consumer");
  g_assert_cmpstr (tickets_test_link_href (john, "self"), ==, self);
  g_assert_cmpstr (json_object_get_string_member (john, "uid"), ==, TICKETS_TEST_CO_JOHN);
  g_assert_cmpstr (json_object_get_string_member (john, "first_name"), ==, "John");
  g_assert_cmpstr (json_object_get_string_member (john, "last_name"), ==, "Smith");
  g_assert_false (json_object_has_member (john, "cognito_user"));
}

typedef struct
{
  const char *query;
  guint       count;
  const char *must_include;  /* a uid, or NULL */
} FilterCase;

static void
test_filters (void)
{
  static const FilterCase cases[] = {
    { "email=john.smith.last@example.com", 1, TICKETS_TEST_CO_JOHN },
    /* Exact, but not case-sensitive. */
    { "email=JOHN.Smith.Last@EXAMPLE.com", 1, TICKETS_TEST_CO_JOHN },
    { "email=john.smith.last@example", 0, NULL },
    { "email__startswith=tom.jansen", 2, NULL },
    { "email__startswith=ANNA.DEVRIES", 1, ANNA },
    { "first_name=Tom", 7, NULL },
    { "first_name=John", 1, TICKETS_TEST_CO_JOHN },
    { "first_name__startswith=tom", 18, NULL },
    { "first_name__startswith=Tom", 18, NULL },
    { "last_name=Jansen", 14, NULL },
    { "last_name=Jans", 0, NULL },
    { "last_name__startswith=ja", 17, NULL },
    { "date_of_birth=1990-01-01", 1, TICKETS_TEST_CO_JOHN },
    { "date_of_birth=1992-04-17", 1, ANNA },
    { "date_of_birth__lt=1990-01-01", 174, NULL },
    { "date_of_birth__lte=1990-01-01", 175, TICKETS_TEST_CO_JOHN },
    { "date_of_birth__gt=1990-01-01", 87, NULL },
    { "date_of_birth__gte=1990-01-01", 88, TICKETS_TEST_CO_JOHN },
    { "gender=0", 6, NULL },
    { "gender=1", 111, TICKETS_TEST_CO_JOHN },
    { "gender=2", 135, ANNA },
    { "gender=9", 10, NULL },
    { "postal_code=84101", 2, TICKETS_TEST_CO_JOHN },
    { "city=Amsterdam", 11, ANNA },
    { "city=amsterdam", 0, NULL },
    { "city__startswith=ams", 11, ANNA },
    { "city__startswith=Den", 9, NULL },
    { "country=BR", 15, NULL },
    { "country=US", 21, TICKETS_TEST_CO_JOHN },
    { "state=US-UT", 3, TICKETS_TEST_CO_JOHN },
    { "reference=C000001", 1, TICKETS_TEST_CO_JOHN },
    { "reference=C000002", 1, ANNA },
    { "external_reference=CRM-00042", 1, PIETER },
    /* Several filters: all must hold. */
    { "last_name=Jansen&city=Amsterdam", 2, NULL },
    { "first_name__startswith=tom&last_name=Jansen", 2, NULL },
    { "country=NL&gender=2", 25, NULL },
    { "country=US&state=US-UT&postal_code=84101", 2, TICKETS_TEST_CO_JOHN },
    { "first_name=John&last_name=Jansen", 0, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strconcat ("/consumers?", cases[i].query, NULL);
      g_autoptr(GPtrArray) found = NULL;

      g_test_message ("query %s", cases[i].query);
      found = collect (sandbox, path, TICKETS_TEST_AUTH_SALES);
      g_assert_cmpuint (found->len, ==, cases[i].count);
      if (cases[i].must_include != NULL)
        g_assert_true (has_uid (found, cases[i].must_include));
    }
}

/* What each filter finds really has the value asked for. */
static void
test_filter_results (void)
{
  g_autoptr(GPtrArray) toms = collect (sandbox, "/consumers?first_name__startswith=tom", TICKETS_TEST_AUTH_SALES);
  g_autoptr(GPtrArray) jansens = collect (sandbox, "/consumers?last_name=Jansen", TICKETS_TEST_AUTH_SALES);
  g_autoptr(GPtrArray) utah = collect (sandbox, "/consumers?state=US-UT", TICKETS_TEST_AUTH_SALES);
  g_autoptr(GPtrArray) den = collect (sandbox, "/consumers?city__startswith=den", TICKETS_TEST_AUTH_SALES);
  g_autoptr(GPtrArray) both = collect (sandbox, "/consumers?country=NL&gender=2", TICKETS_TEST_AUTH_SALES);
  g_autoptr(GPtrArray) john = collect (sandbox, "/consumers?date_of_birth=1990-01-01", TICKETS_TEST_AUTH_SALES);

  for (guint i = 0; i < toms->len; i++)
    {
      g_autofree char *folded = g_utf8_casefold (json_object_get_string_member (g_ptr_array_index (toms, i), "first_name"), -1);

      g_assert_true (g_str_has_prefix (folded, "tom"));
    }
  for (guint i = 0; i < jansens->len; i++)
    g_assert_cmpstr (json_object_get_string_member (g_ptr_array_index (jansens, i), "last_name"), ==, "Jansen");
  for (guint i = 0; i < utah->len; i++)
    {
      g_assert_cmpstr (json_object_get_string_member (g_ptr_array_index (utah, i), "state"), ==, "US-UT");
      g_assert_cmpstr (json_object_get_string_member (g_ptr_array_index (utah, i), "country"), ==, "US");
    }
  for (guint i = 0; i < den->len; i++)
    g_assert_true (g_str_has_prefix (json_object_get_string_member (g_ptr_array_index (den, i), "city"), "Den"));
  for (guint i = 0; i < both->len; i++)
    {
      g_assert_cmpstr (json_object_get_string_member (g_ptr_array_index (both, i), "country"), ==, "NL");
      g_assert_cmpint (json_object_get_int_member (g_ptr_array_index (both, i), "gender"), ==, 2);
    }

  g_assert_cmpuint (john->len, ==, 1);
  g_assert_cmpstr (json_object_get_string_member (g_ptr_array_index (john, 0), "first_name"), ==, "John");
  g_assert_cmpstr (json_object_get_string_member (g_ptr_array_index (john, 0), "last_name"), ==, "Smith");
}

/* Range filters: what they find holds the bound, and complements add up. */
static void
test_date_ranges (void)
{
  static const char *bounds[] = { "1990-01-01", "1970-06-15", "2000-01-01" };

  for (guint b = 0; b < G_N_ELEMENTS (bounds); b++)
    {
      const char *bound = bounds[b];
      g_autofree char *lt_path = g_strconcat ("/consumers?date_of_birth__lt=", bound, NULL);
      g_autofree char *lte_path = g_strconcat ("/consumers?date_of_birth__lte=", bound, NULL);
      g_autofree char *gt_path = g_strconcat ("/consumers?date_of_birth__gt=", bound, NULL);
      g_autofree char *gte_path = g_strconcat ("/consumers?date_of_birth__gte=", bound, NULL);
      g_autofree char *eq_path = g_strconcat ("/consumers?date_of_birth=", bound, NULL);
      g_autoptr(GPtrArray) lt = collect (sandbox, lt_path, TICKETS_TEST_AUTH_SALES);
      g_autoptr(GPtrArray) lte = collect (sandbox, lte_path, TICKETS_TEST_AUTH_SALES);
      g_autoptr(GPtrArray) gt = collect (sandbox, gt_path, TICKETS_TEST_AUTH_SALES);
      g_autoptr(GPtrArray) gte = collect (sandbox, gte_path, TICKETS_TEST_AUTH_SALES);
      g_autoptr(GPtrArray) eq = collect (sandbox, eq_path, TICKETS_TEST_AUTH_SALES);

      g_test_message ("bound %s: lt %u lte %u gt %u gte %u eq %u", bound, lt->len, lte->len, gt->len, gte->len, eq->len);

      for (guint i = 0; i < lt->len; i++)
        g_assert_cmpstr (json_object_get_string_member (g_ptr_array_index (lt, i), "date_of_birth"), <, bound);
      for (guint i = 0; i < lte->len; i++)
        g_assert_cmpstr (json_object_get_string_member (g_ptr_array_index (lte, i), "date_of_birth"), <=, bound);
      for (guint i = 0; i < gt->len; i++)
        g_assert_cmpstr (json_object_get_string_member (g_ptr_array_index (gt, i), "date_of_birth"), >, bound);
      for (guint i = 0; i < gte->len; i++)
        g_assert_cmpstr (json_object_get_string_member (g_ptr_array_index (gte, i), "date_of_birth"), >=, bound);
      for (guint i = 0; i < eq->len; i++)
        g_assert_cmpstr (json_object_get_string_member (g_ptr_array_index (eq, i), "date_of_birth"), ==, bound);

      /* Each consumer is on exactly one side of the bound. */
      g_assert_cmpuint (lt->len + gte->len, ==, N_CONSUMERS);
      g_assert_cmpuint (lte->len + gt->len, ==, N_CONSUMERS);
      g_assert_cmpuint (lte->len - lt->len, ==, eq->len);
      g_assert_cmpuint (gte->len - gt->len, ==, eq->len);
      g_assert_cmpuint (lt->len, >, 0);
      g_assert_cmpuint (gt->len, >, 0);
    }

  /* John Smith sits exactly on 1990-01-01. */
  g_assert_cmpuint (count ("/consumers?date_of_birth__lte=1990-01-01") - count ("/consumers?date_of_birth__lt=1990-01-01"), ==, 1);
  g_assert_cmpuint (count ("/consumers?date_of_birth__gte=1990-01-01&date_of_birth__lte=1990-01-01"), ==, 1);
  g_assert_cmpuint (count ("/consumers?date_of_birth__gt=1990-01-01&date_of_birth__lt=1990-01-01"), ==, 0);
  g_assert_cmpuint (count ("/consumers?date_of_birth__gte=2000-01-01"), ==, 36);
}

/* Filters stay in the page links. */
static void
test_filters_with_paging (void)
{
  g_autofree char *base = tickets_test_sandbox_uri (sandbox, "/consumers");
  g_autofree char *self = g_strconcat (base, "?country=NL", NULL);
  g_autofree char *next = g_strconcat (base, "?country=NL&page=2", NULL);
  g_autofree char *last = g_strconcat (base, "?country=NL&page=3", NULL);
  g_autoptr(TicketsTestResponse) first = tickets_test_request (sandbox, "GET", "/consumers?country=NL", TICKETS_TEST_AUTH_SALES, NULL);
  g_autoptr(TicketsTestResponse) second = tickets_test_request (sandbox, "GET", "/consumers?country=NL&page=2", TICKETS_TEST_AUTH_SALES, NULL);
  g_autoptr(TicketsTestResponse) beyond = tickets_test_request (sandbox, "GET", "/consumers?country=NL&page=4", TICKETS_TEST_AUTH_SALES, NULL);
  g_autoptr(TicketsTestResponse) empty = tickets_test_request (sandbox, "GET", "/consumers?last_name=Nobody", TICKETS_TEST_AUTH_SALES, NULL);
  g_autoptr(GPtrArray) all = collect (sandbox, "/consumers?country=NL", TICKETS_TEST_AUTH_SALES);
  JsonObject *object = tickets_test_response_object (first);

  g_assert_cmpint (json_object_get_int_member (object, "item_count"), ==, 52);
  g_assert_cmpstr (tickets_test_link_href (object, "self"), ==, self);
  g_assert_cmpstr (tickets_test_link_href (object, "first"), ==, self);
  g_assert_cmpstr (tickets_test_link_href (object, "next"), ==, next);
  g_assert_cmpstr (tickets_test_link_href (object, "last"), ==, last);

  object = tickets_test_response_object (second);
  g_assert_cmpstr (tickets_test_link_href (object, "self"), ==, next);
  g_assert_cmpstr (tickets_test_link_href (object, "prev"), ==, self);
  g_assert_cmpstr (tickets_test_link_href (object, "next"), ==, last);

  g_assert_cmpuint (all->len, ==, 52);
  for (guint i = 0; i < all->len; i++)
    g_assert_cmpstr (json_object_get_string_member (g_ptr_array_index (all, i), "country"), ==, "NL");

  tickets_test_assert_error (beyond, 404, "NOT_FOUND");

  /* Nothing found is one empty page. */
  g_assert_cmpuint (empty->status, ==, 200);
  g_assert_cmpint (json_object_get_int_member (tickets_test_response_object (empty), "item_count"), ==, 0);
  g_assert_cmpuint (json_array_get_length (tickets_test_embedded_list (tickets_test_response_object (empty), "shop:consumer")), ==, 0);
}

static void
test_list_refused (void)
{
  static const char *bad[] = {
    "nickname=Tom", "gender__gt=1", "country__startswith=N", "first_name__contains=To", "email__lt=a",
    "postal_code__startswith=84", "date_of_birth__startswith=1990", "date_of_birth=1990-13-45", "date_of_birth=yesterday",
    "date_of_birth__lt=1990/01/01", "gender=male", "page=0", "page=abc", "page=-1",
  };
  static const char *forbidden[] = {
    TICKETS_TEST_AUTH_DEFAULT, TICKETS_TEST_AUTH_SPA, TICKETS_TEST_AUTH_ORDER_DEMO, TICKETS_TEST_AUTH_BEARER,
    TICKETS_TEST_AUTH_COGNITO, TICKETS_TEST_AUTH_REQUEST,
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *path = g_strconcat ("/consumers?", bad[i], NULL);
      g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "GET", path, TICKETS_TEST_AUTH_SALES, NULL);

      g_test_message ("query %s", bad[i]);
      tickets_test_assert_error (response, 400, "BAD_REQUEST");
    }

  {
    g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "GET", "/consumers?page=99", TICKETS_TEST_AUTH_SALES, NULL);

    tickets_test_assert_error (response, 404, "NOT_FOUND");
  }

  for (guint i = 0; i < G_N_ELEMENTS (forbidden); i++)
    {
      g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "GET", "/consumers", forbidden[i], NULL);
      g_autoptr(TicketsTestResponse) one = tickets_test_request (sandbox, "GET", "/consumers/" TICKETS_TEST_CO_JOHN, forbidden[i], NULL);

      g_test_message ("auth %s", forbidden[i]);
      tickets_test_assert_error (response, 403, "FORBIDDEN");
      tickets_test_assert_error (one, 403, "FORBIDDEN");
    }

  {
    g_autoptr(TicketsTestResponse) none = tickets_test_request (sandbox, "GET", "/consumers", NULL, NULL);
    g_autoptr(TicketsTestResponse) wrong = tickets_test_request (sandbox, "GET", "/consumers", "basic:sales:wrong", NULL);

    tickets_test_assert_error (none, 401, "UNAUTHORIZED");
    g_assert_nonnull (soup_message_headers_get_one (none->headers, "WWW-Authenticate"));
    tickets_test_assert_error (wrong, 401, "UNAUTHORIZED");
  }
}

/* GET /consumers/{uid} */

static void
test_get_one (void)
{
  static const char *auths[] = { TICKETS_TEST_AUTH_SALES, TICKETS_TEST_AUTH_BOXOFFICE };

  for (guint i = 0; i < G_N_ELEMENTS (auths); i++)
    {
      g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "GET", "/consumers/" TICKETS_TEST_CO_JOHN, auths[i], NULL);
      g_autofree char *self = tickets_test_uri (sandbox, "consumers", TICKETS_TEST_CO_JOHN);
      JsonObject *john;

      g_assert_cmpuint (response->status, ==, 200);
      g_assert_cmpstr (soup_message_headers_get_content_type (response->headers, NULL), ==, "application/hal+json");
      john = tickets_test_response_object (response);
      tickets_test_assert_hal (john, "consumer");
      g_assert_cmpstr (tickets_test_link_href (john, "self"), ==, self);
      g_assert_cmpstr (json_object_get_string_member (john, "uid"), ==, TICKETS_TEST_CO_JOHN);
      g_assert_cmpstr (json_object_get_string_member (john, "reference"), ==, "C000001");
      g_assert_cmpstr (json_object_get_string_member (john, "first_name"), ==, "John");
      g_assert_cmpstr (json_object_get_string_member (john, "last_name"), ==, "Smith");
      g_assert_cmpstr (json_object_get_string_member (john, "date_of_birth"), ==, "1990-01-01");
      g_assert_cmpstr (json_object_get_string_member (john, "email"), ==, "john.smith.last@example.com");
      g_assert_cmpint (json_object_get_int_member (john, "gender"), ==, 1);
      g_assert_cmpstr (json_object_get_string_member (john, "phone_number"), ==, "+1 801 555-0131");
      g_assert_cmpstr (json_object_get_string_member (john, "address"), ==, "Some street 31");
      g_assert_cmpstr (json_object_get_string_member (john, "postal_code"), ==, "84101");
      g_assert_cmpstr (json_object_get_string_member (john, "city"), ==, "Salt Lake City");
      g_assert_cmpstr (json_object_get_string_member (john, "country"), ==, "US");
      g_assert_cmpstr (json_object_get_string_member (john, "state"), ==, "US-UT");
      g_assert_cmpstr (json_object_get_string_member (john, "language"), ==, "en");
      g_assert_cmpstr (json_object_get_string_member (john, "company_name"), ==, "");
      g_assert_cmpstr (json_object_get_string_member (john, "vat_number"), ==, "");
      g_assert_true (json_object_get_null_member (john, "external_reference"));
      g_assert_true (json_object_has_member (john, "realm"));
      /* Internal to the sandbox. */
      g_assert_false (json_object_has_member (john, "cognito_user"));
    }

  {
    g_autoptr(TicketsTestResponse) pieter = tickets_test_request (sandbox, "GET", "/consumers/" PIETER, TICKETS_TEST_AUTH_SALES, NULL);
    g_autoptr(TicketsTestResponse) unknown = tickets_test_request (sandbox, "GET", "/consumers/0123456789abcdef0123456789abcdef",
                                                                   TICKETS_TEST_AUTH_SALES, NULL);
    g_autoptr(TicketsTestResponse) none = tickets_test_request (sandbox, "GET", "/consumers/" TICKETS_TEST_CO_JOHN, NULL, NULL);

    g_assert_cmpuint (pieter->status, ==, 200);
    g_assert_cmpstr (json_object_get_string_member (tickets_test_response_object (pieter), "external_reference"), ==, "CRM-00042");
    tickets_test_assert_error (unknown, 404, "NOT_FOUND");
    tickets_test_assert_error (none, 401, "UNAUTHORIZED");
  }
}

/* POST /consumers */

static JsonObject *
ticket_consumer (TicketsTestSandbox   *sb,
                 const char           *ticket,
                 TicketsTestResponse **keep)
{
  JsonObject *object = tickets_test_get_ticket (sb, ticket, TICKETS_TEST_AUTH_BOXOFFICE, keep);

  if (json_object_get_null_member (object, "consumer"))
    {
      g_assert_false (json_object_get_boolean_member (object, "personalized"));
      return NULL;
    }

  g_assert_true (json_object_get_boolean_member (object, "personalized"));
  g_assert_false (json_object_get_boolean_member (object, "needs_personalization"));
  return json_object_get_object_member (object, "consumer");
}

static JsonArray *
posted_consumers (TicketsTestResponse *response)
{
  JsonObject *object;
  JsonArray *list;

  g_assert_cmpuint (response->status, ==, 201);
  g_assert_cmpstr (soup_message_headers_get_content_type (response->headers, NULL), ==, "application/hal+json");
  object = tickets_test_response_object (response);
  tickets_test_assert_hal (object, NULL);
  list = tickets_test_embedded_list (object, "shop:consumer");
  g_assert_nonnull (list);

  return list;
}

/* The MIXED order's open ticket asks name, date of birth, gender and email. */
static void
test_post_with_ticket (void)
{
  TicketsTestSandbox *sb = tickets_test_sandbox_start ();
  g_autofree char *ticket = tickets_test_uri (sb, "tickets", MIXED_OPEN);
  g_autofree char *body = g_strdup_printf ("{\"consumers\": [{\"tickets\": [\"%s\"], \"first_name\": \"Mila\", \"last_name\": \"Kramer\", "
                                           "\"date_of_birth\": \"1999-09-09\", \"email\": \"mila.kramer@example.org\", \"gender\": 2, "
                                           "\"city\": \"Leiden\", \"country\": \"NL\"}]}", ticket);
  g_autoptr(TicketsTestResponse) response = NULL;
  g_autoptr(TicketsTestResponse) ticket_response = NULL;
  g_autoptr(TicketsTestResponse) read = NULL;
  g_autofree char *uid = NULL;
  JsonArray *list;
  JsonObject *posted;
  JsonObject *holder;

  tickets_test_assert_not_personalized (sb, MIXED_OPEN);

  response = tickets_test_request (sb, "POST", "/consumers", TICKETS_TEST_AUTH_BOXOFFICE, body);
  list = posted_consumers (response);
  g_assert_cmpuint (json_array_get_length (list), ==, 1);
  posted = json_array_get_object_element (list, 0);
  tickets_test_assert_hal (posted, "consumer");
  uid = g_strdup (json_object_get_string_member (posted, "uid"));
  g_assert_cmpuint (strlen (uid), ==, 32);
  g_assert_true (g_str_has_suffix (tickets_test_link_href (posted, "self"), uid));
  g_assert_cmpstr (json_object_get_string_member (posted, "first_name"), ==, "Mila");
  g_assert_cmpstr (json_object_get_string_member (posted, "last_name"), ==, "Kramer");
  g_assert_cmpstr (json_object_get_string_member (posted, "email"), ==, "mila.kramer@example.org");
  g_assert_cmpint (json_object_get_int_member (posted, "gender"), ==, 2);

  holder = ticket_consumer (sb, MIXED_OPEN, &ticket_response);
  g_assert_nonnull (holder);
  g_assert_cmpstr (json_object_get_string_member (holder, "first_name"), ==, "Mila");
  g_assert_cmpstr (json_object_get_string_member (holder, "last_name"), ==, "Kramer");
  g_assert_cmpstr (json_object_get_string_member (holder, "date_of_birth"), ==, "1999-09-09");
  g_assert_cmpstr (json_object_get_string_member (holder, "email"), ==, "mila.kramer@example.org");
  g_assert_cmpstr (json_object_get_string_member (holder, "city"), ==, "Leiden");
  g_assert_cmpint (json_object_get_int_member (holder, "gender"), ==, 2);

  /* The new consumer can be read back, and is counted. */
  read = tickets_test_request (sb, "GET", tickets_test_link_href (posted, "self"), TICKETS_TEST_AUTH_SALES, NULL);
  g_assert_cmpuint (read->status, ==, 200);
  g_assert_cmpstr (json_object_get_string_member (tickets_test_response_object (read), "email"), ==, "mila.kramer@example.org");
  g_assert_cmpuint (tickets_test_consumer_count (sb), ==, N_CONSUMERS + 1);

  /* The NONE ticket of the same order is left alone. */
  tickets_test_assert_not_personalized (sb, MIXED_NONE);

  tickets_test_sandbox_stop (sb);
}

static void
test_post_two_consumers (void)
{
  TicketsTestSandbox *sb = tickets_test_sandbox_start ();
  g_autofree char *mixed = tickets_test_uri (sb, "tickets", MIXED_OPEN);
  g_autofree char *full = tickets_test_uri (sb, "tickets", TICKETS_TEST_TK_FULL_FREE);
  g_autofree char *body = g_strdup_printf (
    "{\"consumers\": ["
    "{\"tickets\": [\"%s\"], \"first_name\": \"Ruben\", \"last_name\": \"Smit\", \"date_of_birth\": \"1985-02-03\", "
    "\"email\": \"ruben.smit@example.org\", \"gender\": \"1\"}, "
    "{\"tickets\": [\"%s\"], \"first_name\": \"Julia\", \"last_name\": \"Meijer\", \"date_of_birth\": \"1991-12-24\", "
    "\"email\": \"julia.meijer@example.org\", \"gender\": 2, \"phone_number\": \"+31 30 555 0199\", "
    "\"address\": \"Oudegracht 1\", \"postal_code\": \"3511 AA\", \"city\": \"Utrecht\", \"country\": \"NL\"}"
    "]}", mixed, full);
  g_autoptr(TicketsTestResponse) response = tickets_test_request (sb, "POST", "/consumers", TICKETS_TEST_AUTH_SALES, body);
  g_autoptr(TicketsTestResponse) mixed_response = NULL;
  g_autoptr(TicketsTestResponse) full_response = NULL;
  JsonArray *list = posted_consumers (response);
  JsonObject *ruben;
  JsonObject *julia;

  g_assert_cmpuint (json_array_get_length (list), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (list, 0), "first_name"), ==, "Ruben");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (list, 1), "first_name"), ==, "Julia");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (list, 0), "uid"), !=,
                   json_object_get_string_member (json_array_get_object_element (list, 1), "uid"));

  ruben = ticket_consumer (sb, MIXED_OPEN, &mixed_response);
  julia = ticket_consumer (sb, TICKETS_TEST_TK_FULL_FREE, &full_response);
  g_assert_nonnull (ruben);
  g_assert_nonnull (julia);
  g_assert_cmpstr (json_object_get_string_member (ruben, "email"), ==, "ruben.smit@example.org");
  g_assert_cmpint (json_object_get_int_member (ruben, "gender"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (julia, "email"), ==, "julia.meijer@example.org");
  g_assert_cmpstr (json_object_get_string_member (julia, "address"), ==, "Oudegracht 1");
  g_assert_cmpstr (json_object_get_string_member (julia, "phone_number"), ==, "+31 30 555 0199");
  g_assert_cmpuint (tickets_test_consumer_count (sb), ==, N_CONSUMERS + 2);

  tickets_test_sandbox_stop (sb);
}

/* "tickets" may be one reference instead of a list; a bare uid works too. */
static void
test_post_single_ticket_string (void)
{
  TicketsTestSandbox *sb = tickets_test_sandbox_start ();
  g_autofree char *ticket = tickets_test_uri (sb, "tickets", MIXED_OPEN);
  g_autofree char *body = g_strdup_printf ("{\"consumers\": [{\"tickets\": \"%s\", \"first_name\": \"Bo\", \"last_name\": \"Dekker\", "
                                           "\"date_of_birth\": \"2002-07-01\", \"email\": \"bo.dekker@example.org\", \"gender\": 9}]}",
                                           ticket);
  g_autofree char *bare = g_strdup ("{\"consumers\": [{\"tickets\": [\"" TICKETS_TEST_TK_FULL_FREE "\"], "
                                    "\"first_name\": \"Ida\", \"last_name\": \"Dekker\", "
                                    "\"date_of_birth\": \"2003-07-01\", \"email\": \"ida.dekker@example.org\", \"gender\": 2, "
                                    "\"phone_number\": \"+31 10 555 0100\", \"address\": \"Coolsingel 40\", \"postal_code\": \"3011 AD\", "
                                    "\"city\": \"Rotterdam\", \"country\": \"NL\"}]}");
  g_autoptr(TicketsTestResponse) response = tickets_test_request (sb, "POST", "/consumers", TICKETS_TEST_AUTH_BOXOFFICE, body);
  g_autoptr(TicketsTestResponse) bare_response = tickets_test_request (sb, "POST", "/consumers", TICKETS_TEST_AUTH_BOXOFFICE, bare);
  g_autoptr(TicketsTestResponse) ticket_response = NULL;
  g_autoptr(TicketsTestResponse) full_response = NULL;
  JsonObject *holder;

  g_assert_cmpuint (json_array_get_length (posted_consumers (response)), ==, 1);
  holder = ticket_consumer (sb, MIXED_OPEN, &ticket_response);
  g_assert_nonnull (holder);
  g_assert_cmpstr (json_object_get_string_member (holder, "first_name"), ==, "Bo");
  g_assert_cmpint (json_object_get_int_member (holder, "gender"), ==, 9);

  g_assert_cmpuint (json_array_get_length (posted_consumers (bare_response)), ==, 1);
  holder = ticket_consumer (sb, TICKETS_TEST_TK_FULL_FREE, &full_response);
  g_assert_nonnull (holder);
  g_assert_cmpstr (json_object_get_string_member (holder, "first_name"), ==, "Ida");

  tickets_test_sandbox_stop (sb);
}

/* Only a uid (and tickets): the existing consumer, unchanged. */
static void
test_post_existing_consumer (void)
{
  TicketsTestSandbox *sb = tickets_test_sandbox_start ();
  g_autofree char *ticket = tickets_test_uri (sb, "tickets", MIXED_OPEN);
  g_autofree char *john = tickets_test_uri (sb, "consumers", TICKETS_TEST_CO_JOHN);
  g_autofree char *body = g_strdup_printf ("{\"consumers\": [{\"uid\": \"%s\", \"tickets\": [\"%s\"]}]}", john, ticket);
  g_autoptr(TicketsTestResponse) response = tickets_test_request (sb, "POST", "/consumers", TICKETS_TEST_AUTH_BOXOFFICE, body);
  g_autoptr(TicketsTestResponse) ticket_response = NULL;
  g_autoptr(TicketsTestResponse) read = NULL;
  JsonArray *list = posted_consumers (response);
  JsonObject *holder;

  g_assert_cmpuint (json_array_get_length (list), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (list, 0), "uid"), ==, TICKETS_TEST_CO_JOHN);

  holder = ticket_consumer (sb, MIXED_OPEN, &ticket_response);
  g_assert_nonnull (holder);
  g_assert_cmpstr (json_object_get_string_member (holder, "first_name"), ==, "John");
  g_assert_cmpstr (json_object_get_string_member (holder, "last_name"), ==, "Smith");
  g_assert_cmpstr (json_object_get_string_member (holder, "email"), ==, "john.smith.last@example.com");
  g_assert_cmpstr (json_object_get_string_member (holder, "date_of_birth"), ==, "1990-01-01");

  /* No new consumer, and John is as he was. */
  g_assert_cmpuint (tickets_test_consumer_count (sb), ==, N_CONSUMERS);
  read = tickets_test_request (sb, "GET", "/consumers/" TICKETS_TEST_CO_JOHN, TICKETS_TEST_AUTH_SALES, NULL);
  g_assert_cmpstr (json_object_get_string_member (tickets_test_response_object (read), "city"), ==, "Salt Lake City");
  g_assert_cmpstr (json_object_get_string_member (tickets_test_response_object (read), "reference"), ==, "C000001");

  tickets_test_sandbox_stop (sb);
}

/* A revision without tickets: just the fields. */
static void
test_post_without_tickets (void)
{
  TicketsTestSandbox *sb = tickets_test_sandbox_start ();
  static const char body[] =
    "{\"consumers\": [{\"first_name\": \"Vera\", \"last_name\": \"Hendriks\", \"email\": \"vera.hendriks@example.org\", "
    "\"city\": \"Zwolle\", \"country\": \"NL\", \"external_reference\": \"CRM-99999\"}]}";
  g_autoptr(TicketsTestResponse) response = tickets_test_request (sb, "POST", "/consumers", TICKETS_TEST_AUTH_SALES, body);
  g_autoptr(TicketsTestResponse) found = NULL;
  JsonArray *list = posted_consumers (response);
  JsonArray *items;

  g_assert_cmpuint (json_array_get_length (list), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (list, 0), "first_name"), ==, "Vera");
  g_assert_cmpuint (tickets_test_consumer_count (sb), ==, N_CONSUMERS + 1);

  found = tickets_test_request (sb, "GET", "/consumers?external_reference=CRM-99999", TICKETS_TEST_AUTH_SALES, NULL);
  g_assert_cmpuint (found->status, ==, 200);
  items = tickets_test_embedded_list (tickets_test_response_object (found), "shop:consumer");
  g_assert_cmpuint (json_array_get_length (items), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (items, 0), "email"), ==, "vera.hendriks@example.org");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (items, 0), "city"), ==, "Zwolle");

  tickets_test_sandbox_stop (sb);
}

/* All or nothing: every refused call leaves tickets and consumers as they were. */
static void
test_post_refused (void)
{
  TicketsTestSandbox *sb = tickets_test_sandbox_start ();
  g_autofree char *mixed = tickets_test_uri (sb, "tickets", MIXED_OPEN);
  g_autofree char *full = tickets_test_uri (sb, "tickets", TICKETS_TEST_TK_FULL_FREE);
  g_autofree char *closed = tickets_test_uri (sb, "tickets", TICKETS_TEST_TK_CLOSED);
  g_autofree char *none = tickets_test_uri (sb, "tickets", TICKETS_TEST_TK_NONE);
  g_autofree char *invalid = tickets_test_uri (sb, "tickets", TICKETS_TEST_TK_CANCELLED);
  g_autofree char *unknown = tickets_test_uri (sb, "tickets", "0123456789abcdef0123456789abcdef");
  g_autofree char *unknown_consumer = tickets_test_uri (sb, "consumers", "0123456789abcdef0123456789abcdef");
#define PERSON(first) "\"first_name\": \"" first "\", \"last_name\": \"Smit\", \"date_of_birth\": \"1985-02-03\", " \
                      "\"email\": \"" first "@example.org\", \"gender\": 1"
  g_autofree char *duplicate = g_strdup_printf ("{\"consumers\": [{\"tickets\": [\"%s\"], " PERSON ("ann") "}, "
                                                "{\"tickets\": [\"%s\"], " PERSON ("bob") "}]}", mixed, mixed);
  g_autofree char *duplicate_one = g_strdup_printf ("{\"consumers\": [{\"tickets\": [\"%s\", \"%s\"], " PERSON ("ann") "}]}",
                                                    mixed, mixed);
  g_autofree char *closed_body = g_strdup_printf ("{\"consumers\": [{\"tickets\": [\"%s\"], " PERSON ("cas") "}]}", closed);
  g_autofree char *none_body = g_strdup_printf ("{\"consumers\": [{\"tickets\": [\"%s\"], " PERSON ("dirk") "}]}", none);
  g_autofree char *invalid_body = g_strdup_printf ("{\"consumers\": [{\"tickets\": [\"%s\"], " PERSON ("eva") "}]}", invalid);
  g_autofree char *unknown_body = g_strdup_printf ("{\"consumers\": [{\"tickets\": [\"%s\"], " PERSON ("fay") "}]}", unknown);
  g_autofree char *unknown_consumer_body = g_strdup_printf ("{\"consumers\": [{\"uid\": \"%s\", \"tickets\": [\"%s\"]}]}",
                                                            unknown_consumer, mixed);
  /* The FULL form needs an address and a phone number too. */
  g_autofree char *missing_body = g_strdup_printf ("{\"consumers\": [{\"tickets\": [\"%s\"], " PERSON ("gijs") ", "
                                                   "\"city\": \"Utrecht\", \"country\": \"NL\"}]}", full);
  /* The first consumer is fine, the second is not: neither is saved. */
  g_autofree char *second_bad = g_strdup_printf ("{\"consumers\": [{\"tickets\": [\"%s\"], " PERSON ("hans") "}, "
                                                 "{\"first_name\": \"Iris\", \"email\": \"not-an-email\"}]}", mixed);
  g_autofree char *second_foreign = g_strdup_printf ("{\"consumers\": [{\"tickets\": [\"%s\"], " PERSON ("jan") "}, "
                                                     "{\"tickets\": [\"%s\"], " PERSON ("kim") "}]}", mixed, closed);
  g_autofree char *no_name = g_strdup ("{\"consumers\": [{\"city\": \"Zwolle\"}]}");
#undef PERSON
  const struct {
    const char *body;
    const char *type;
    const char *detail;  /* a field details must name, or NULL */
  } cases[] = {
    { duplicate, "TICKET_ERROR", NULL },
    { duplicate_one, "TICKET_ERROR", NULL },
    { closed_body, "TICKET_ERROR", NULL },
    { none_body, "TICKET_ERROR", NULL },
    { invalid_body, "TICKET_ERROR", NULL },
    { unknown_body, "TICKET_NOT_AVAILABLE", NULL },
    { unknown_consumer_body, "INSUFFICIENT_CONSUMER_INFORMATION", NULL },
    { missing_body, "INSUFFICIENT_CONSUMER_INFORMATION", "phone_number" },
    { missing_body, "INSUFFICIENT_CONSUMER_INFORMATION", "address" },
    { missing_body, "INSUFFICIENT_CONSUMER_INFORMATION", "postal_code" },
    { second_bad, "INSUFFICIENT_CONSUMER_INFORMATION", "email" },
    { second_bad, "INSUFFICIENT_CONSUMER_INFORMATION", "last_name" },
    { second_foreign, "TICKET_ERROR", NULL },
    { no_name, "INSUFFICIENT_CONSUMER_INFORMATION", "first_name" },
    { "{\"consumers\": []}", "BAD_REQUEST", NULL },
    { "{\"consumers\": {}}", "BAD_REQUEST", NULL },
    { "{\"consumers\": [\"John\"]}", "BAD_REQUEST", NULL },
    { "{}", "BAD_REQUEST", NULL },
    { "{\"consumer\": {\"first_name\": \"John\"}}", "BAD_REQUEST", NULL },
    { "{\"consumers\": [", "BAD_REQUEST", NULL },
    { "[]", "BAD_REQUEST", NULL },
    { "", "BAD_REQUEST", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(TicketsTestResponse) response = tickets_test_request (sb, "POST", "/consumers", TICKETS_TEST_AUTH_SALES, cases[i].body);

      g_test_message ("body %s", cases[i].body);
      tickets_test_assert_error (response, 400, cases[i].type);
      if (cases[i].detail != NULL)
        {
          JsonObject *details = json_object_get_object_member (tickets_test_response_object (response), "details");

          g_assert_nonnull (details);
          g_assert_cmpuint (json_array_get_length (json_object_get_array_member (details, cases[i].detail)), >=, 1);
        }
    }

  /* The missing-field case names only what is missing. */
  {
    g_autoptr(TicketsTestResponse) response = tickets_test_request (sb, "POST", "/consumers", TICKETS_TEST_AUTH_SALES, missing_body);
    JsonObject *details = json_object_get_object_member (tickets_test_response_object (response), "details");

    g_assert_cmpuint (json_object_get_size (details), ==, 3);
  }

  tickets_test_assert_not_personalized (sb, MIXED_OPEN);
  tickets_test_assert_not_personalized (sb, TICKETS_TEST_TK_FULL_FREE);
  tickets_test_assert_not_personalized (sb, TICKETS_TEST_TK_CLOSED);
  tickets_test_assert_not_personalized (sb, TICKETS_TEST_TK_NONE);
  g_assert_cmpuint (tickets_test_consumer_count (sb), ==, N_CONSUMERS);

  tickets_test_sandbox_stop (sb);
}

static void
test_post_auth (void)
{
  TicketsTestSandbox *sb = tickets_test_sandbox_start ();
  static const char body[] = "{\"consumers\": [{\"first_name\": \"Auth\", \"last_name\": \"Test\", \"email\": \"auth.test@example.org\"}]}";
  static const char *forbidden[] = {
    TICKETS_TEST_AUTH_DEFAULT, TICKETS_TEST_AUTH_SPA, TICKETS_TEST_AUTH_BEARER, TICKETS_TEST_AUTH_ORDER_DEMO,
    TICKETS_TEST_AUTH_COGNITO, TICKETS_TEST_AUTH_REQUEST,
  };
  static const char *accepted[] = { TICKETS_TEST_AUTH_SALES, TICKETS_TEST_AUTH_BOXOFFICE };

  for (guint i = 0; i < G_N_ELEMENTS (forbidden); i++)
    {
      g_autoptr(TicketsTestResponse) response = tickets_test_request (sb, "POST", "/consumers", forbidden[i], body);

      g_test_message ("auth %s", forbidden[i]);
      tickets_test_assert_error (response, 403, "FORBIDDEN");
    }

  {
    g_autoptr(TicketsTestResponse) none = tickets_test_request (sb, "POST", "/consumers", NULL, body);
    g_autoptr(TicketsTestResponse) wrong = tickets_test_request (sb, "POST", "/consumers", "basic:sales:wrong", body);

    tickets_test_assert_error (none, 401, "UNAUTHORIZED");
    tickets_test_assert_error (wrong, 401, "UNAUTHORIZED");
  }

  g_assert_cmpuint (tickets_test_consumer_count (sb), ==, N_CONSUMERS);

  for (guint i = 0; i < G_N_ELEMENTS (accepted); i++)
    {
      g_autoptr(TicketsTestResponse) response = tickets_test_request (sb, "POST", "/consumers", accepted[i], body);

      g_test_message ("auth %s", accepted[i]);
      g_assert_cmpuint (json_array_get_length (posted_consumers (response)), ==, 1);
    }

  g_assert_cmpuint (tickets_test_consumer_count (sb), ==, N_CONSUMERS + 2);

  tickets_test_sandbox_stop (sb);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sandbox/consumers/list-paging", test_list_paging);
  g_test_add_func ("/sandbox/consumers/list-fields", test_list_fields);
  g_test_add_func ("/sandbox/consumers/filters", test_filters);
  g_test_add_func ("/sandbox/consumers/filter-results", test_filter_results);
  g_test_add_func ("/sandbox/consumers/date-ranges", test_date_ranges);
  g_test_add_func ("/sandbox/consumers/filters-with-paging", test_filters_with_paging);
  g_test_add_func ("/sandbox/consumers/list-refused", test_list_refused);
  g_test_add_func ("/sandbox/consumers/get-one", test_get_one);
  g_test_add_func ("/sandbox/consumers/post-with-ticket", test_post_with_ticket);
  g_test_add_func ("/sandbox/consumers/post-two-consumers", test_post_two_consumers);
  g_test_add_func ("/sandbox/consumers/post-single-ticket-string", test_post_single_ticket_string);
  g_test_add_func ("/sandbox/consumers/post-existing-consumer", test_post_existing_consumer);
  g_test_add_func ("/sandbox/consumers/post-without-tickets", test_post_without_tickets);
  g_test_add_func ("/sandbox/consumers/post-refused", test_post_refused);
  g_test_add_func ("/sandbox/consumers/post-auth", test_post_auth);

  return tickets_test_run_with_sandbox (&sandbox);
}
