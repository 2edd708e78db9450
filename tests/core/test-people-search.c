/* test-people-search.c: the consumer search of a typed text against the
 * sandbox: the filters sent, one word's fallback to first names, the
 * as-you-type pause, and the filters the results say they were searched
 * with
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "tickets-auth.h"
#include "tickets-client.h"
#include "tickets-people-search.h"
#include "tickets-store.h"
#include "tickets-test-sandbox.h"

typedef struct
{
  TicketsTestSandbox  *sandbox;
  TicketsClient       *client;
  TicketsStore        *store;
  TicketsSession      *session;
  TicketsPeopleSearch *search;
  /* Whether "filters" matched the results each time "results" notified. */
  guint                n_results;
  guint                n_mismatched;
} Fixture;

static void
on_results (TicketsPeopleSearch *search,
            GParamSpec          *pspec,
            Fixture             *fixture)
{
  fixture->n_results++;
  if ((tickets_people_search_get_results (search) == NULL) != (tickets_people_search_get_filters (search) == NULL))
    fixture->n_mismatched++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(TicketsAuth) auth = tickets_auth_new_basic ("boxoffice", "boxoffice-demo");
  g_autoptr(GError) error = NULL;

  fixture->sandbox = tickets_test_sandbox_start ();
  fixture->client = tickets_client_new (tickets_test_sandbox_get_base (fixture->sandbox), &error);
  g_assert_no_error (error);
  fixture->store = tickets_store_new (fixture->client);
  fixture->session = tickets_session_new ();
  tickets_session_set_store (fixture->session, fixture->store);
  tickets_session_set_auth (fixture->session, auth);

  fixture->search = tickets_people_search_new (fixture->session);
  g_signal_connect (fixture->search, "notify::results", G_CALLBACK (on_results), fixture);
  tickets_test_sandbox_record (fixture->sandbox);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gint64 deadline = tickets_test_deadline (10);

  g_assert_cmpuint (fixture->n_mismatched, ==, 0);
  g_assert_finalize_object (fixture->search);
  while (tickets_store_get_loading (fixture->store))
    tickets_test_iterate (deadline);
  g_assert_finalize_object (fixture->session);
  g_assert_finalize_object (fixture->store);
  g_assert_finalize_object (fixture->client);
  tickets_test_sandbox_stop (fixture->sandbox);
}

#define ADD_TEST(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

/* The query of the @index-th GET /consumers, as its parameters. */
static GHashTable *
received_params (Fixture *fixture,
                 guint    index)
{
  g_autoptr(GPtrArray) received = tickets_test_sandbox_dup_received (fixture->sandbox, "GET", "/consumers");
  TicketsSandboxReceived *request;
  g_autoptr(GError) error = NULL;
  GHashTable *params;

  g_assert_cmpuint (received->len, >, index);
  request = g_ptr_array_index (received, index);
  params = g_uri_parse_params (request->query, -1, "&", G_URI_PARAMS_NONE, &error);
  g_assert_no_error (error);

  return params;
}

static void
wait_results (Fixture *fixture)
{
  gint64 deadline = tickets_test_deadline (10);
  TicketsPagedList *results;

  while ((results = tickets_people_search_get_results (fixture->search)) == NULL ||
         tickets_paged_list_get_loading (results))
    tickets_test_iterate (deadline);
}

/* Spins the main loop for @ms, for what must not happen in that time. */
static void
spin (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * G_TIME_SPAN_MILLISECOND;

  while (g_get_monotonic_time () < end)
    tickets_test_iterate (end + G_USEC_PER_SEC);
}

static guint
count_requests (Fixture *fixture)
{
  return tickets_test_sandbox_count (fixture->sandbox, "GET", "/consumers");
}

/* Two words: first and last name, sent as typed and said by "filters". */
static void
test_filters (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GHashTable) params = NULL;
  GHashTable *filters;
  TicketsPagedList *results;

  g_assert_true (tickets_people_search_run (fixture->search, "  lotte jans "));
  g_assert_cmpuint (fixture->n_results, ==, 1);
  wait_results (fixture);

  params = received_params (fixture, 0);
  g_assert_cmpuint (g_hash_table_size (params), ==, 2);
  g_assert_cmpstr (g_hash_table_lookup (params, "first_name__startswith"), ==, "Lotte");
  g_assert_cmpstr (g_hash_table_lookup (params, "last_name__startswith"), ==, "Jans");

  filters = tickets_people_search_get_filters (fixture->search);
  g_assert_nonnull (filters);
  g_assert_cmpuint (g_hash_table_size (filters), ==, 2);
  g_assert_cmpstr (g_hash_table_lookup (filters, "first_name__startswith"), ==, "Lotte");
  g_assert_cmpstr (g_hash_table_lookup (filters, "last_name__startswith"), ==, "Jans");

  results = tickets_people_search_get_results (fixture->search);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (results)), >, 0);

  /* Nothing to search: no results, nothing sent. */
  g_assert_false (tickets_people_search_run (fixture->search, "   "));
  g_assert_null (tickets_people_search_get_results (fixture->search));
  g_assert_null (tickets_people_search_get_filters (fixture->search));
  g_assert_cmpuint (fixture->n_results, ==, 2);
  tickets_people_search_clear (fixture->search);
  g_assert_cmpuint (fixture->n_results, ==, 2);
  g_assert_cmpuint (count_requests (fixture), ==, 1);
}

/* No last name starts with "tom": the first names are searched, and the
 * filters say so. */
static void
test_fallback (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GHashTable) first = NULL;
  g_autoptr(GHashTable) second = NULL;
  gint64 deadline = tickets_test_deadline (10);
  TicketsPagedList *results;
  GHashTable *filters;

  g_assert_true (tickets_people_search_run (fixture->search, "tom"));
  filters = tickets_people_search_get_filters (fixture->search);
  g_assert_cmpstr (g_hash_table_lookup (filters, "last_name__startswith"), ==, "Tom");
  while (count_requests (fixture) < 2)
    tickets_test_iterate (deadline);
  wait_results (fixture);

  first = received_params (fixture, 0);
  g_assert_cmpstr (g_hash_table_lookup (first, "last_name__startswith"), ==, "Tom");
  second = received_params (fixture, 1);
  g_assert_cmpuint (g_hash_table_size (second), ==, 1);
  g_assert_cmpstr (g_hash_table_lookup (second, "first_name__startswith"), ==, "Tom");

  filters = tickets_people_search_get_filters (fixture->search);
  g_assert_cmpuint (g_hash_table_size (filters), ==, 1);
  g_assert_cmpstr (g_hash_table_lookup (filters, "first_name__startswith"), ==, "Tom");
  g_assert_cmpuint (fixture->n_results, ==, 2);

  results = tickets_people_search_get_results (fixture->search);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (results)), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (results)); i++)
    {
      g_autoptr(TicketsConsumer) consumer = g_list_model_get_item (G_LIST_MODEL (results), i);

      g_assert_true (g_str_has_prefix (tickets_consumer_get_first_name (consumer), "Tom"));
    }

  /* A last name that matches needs no fallback. */
  tickets_test_sandbox_record (fixture->sandbox);
  g_assert_true (tickets_people_search_run (fixture->search, "jans"));
  wait_results (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tickets_people_search_get_results (fixture->search))), >, 0);
  spin (200);
  g_assert_cmpuint (count_requests (fixture), ==, 1);
  filters = tickets_people_search_get_filters (fixture->search);
  g_assert_cmpstr (g_hash_table_lookup (filters, "last_name__startswith"), ==, "Jans");

  /* Two words never fall back. */
  tickets_test_sandbox_record (fixture->sandbox);
  g_assert_true (tickets_people_search_run (fixture->search, "Nobody Zzyzx"));
  wait_results (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tickets_people_search_get_results (fixture->search))), ==, 0);
  spin (200);
  g_assert_cmpuint (count_requests (fixture), ==, 1);
}

/* Typing: one search once the typing pauses, for what was typed last;
 * emptied or cleared, nothing is searched. */
static void
test_later (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GHashTable) params = NULL;

  tickets_people_search_run_later (fixture->search, "j");
  tickets_people_search_run_later (fixture->search, "ja");
  tickets_people_search_run_later (fixture->search, "jan");
  g_assert_null (tickets_people_search_get_results (fixture->search));
  g_assert_cmpuint (fixture->n_results, ==, 0);
  wait_results (fixture);

  g_assert_cmpuint (count_requests (fixture), ==, 1);
  params = received_params (fixture, 0);
  g_assert_cmpstr (g_hash_table_lookup (params, "last_name__startswith"), ==, "Jan");
  g_assert_cmpuint (fixture->n_results, ==, 1);

  /* Emptied: the results go at once, and nothing is searched. */
  tickets_people_search_run_later (fixture->search, "tom");
  tickets_people_search_run_later (fixture->search, "");
  g_assert_null (tickets_people_search_get_results (fixture->search));
  spin (400);
  g_assert_cmpuint (count_requests (fixture), ==, 1);

  /* Cleared while waiting: nothing is searched. */
  tickets_people_search_run_later (fixture->search, "tom");
  tickets_people_search_clear (fixture->search);
  spin (400);
  g_assert_cmpuint (count_requests (fixture), ==, 1);

  /* A search run now overtakes the one waiting. */
  tickets_people_search_run_later (fixture->search, "tom");
  g_assert_true (tickets_people_search_run (fixture->search, "lotte jans"));
  wait_results (fixture);
  spin (400);
  g_assert_cmpuint (count_requests (fixture), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  ADD_TEST ("/people-search/filters", test_filters);
  ADD_TEST ("/people-search/fallback", test_fallback);
  ADD_TEST ("/people-search/later", test_later);

  return g_test_run ();
}
