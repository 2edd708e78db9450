/* test-store-events.c: the box office's list of events, GET /events with
 * the documented filters, against the sandbox
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "store-test-utils.h"

static void
wait_loaded (TicketsPagedList *list)
{
  while (tickets_paged_list_get_loading (list))
    g_main_context_iteration (NULL, TRUE);
}

/* The query of the only GET /events since recording began. */
static char *
dup_events_query (Fixture *fixture)
{
  g_autoptr(GPtrArray) received = tickets_test_sandbox_dup_received (fixture->sandbox, "GET", "/events");
  TicketsSandboxReceived *request;

  g_assert_cmpuint (received->len, ==, 1);
  request = g_ptr_array_index (received, 0);

  return g_strdup (request->query);
}

static void
test_format_filter_time (void)
{
  g_autoptr(GTimeZone) amsterdam = g_time_zone_new_identifier ("Europe/Amsterdam");
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *text = NULL;

  g_assert_nonnull (amsterdam);
  local = g_date_time_new (amsterdam, 2026, 7, 1, 0, 0, 0);
  text = tickets_store_format_filter_time (local);
  /* Always UTC: the API says so. */
  g_assert_cmpstr (text, ==, "2026-06-30T22:00:00Z");
}

/* The date filters go to the server as given, and it answers with the
 * events between them only. */
static void
test_list_events_between (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(TicketsAuth) basic = boxoffice ();
  g_autoptr(GHashTable) filters = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) from = g_date_time_add_days (now, 1);
  g_autoptr(GDateTime) until = g_date_time_add_days (now, 20);
  g_autoptr(TicketsPagedList) all = NULL;
  g_autoptr(TicketsPagedList) some = NULL;
  g_autofree char *query = NULL;
  g_autofree char *unescaped = NULL;
  g_autofree char *expected = NULL;
  guint n_all;
  guint n_between = 0;

  all = tickets_store_list_events (fixture->store, NULL, basic);
  wait_loaded (all);
  g_assert_no_error ((GError *) tickets_paged_list_get_error (all));
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (all)) == TICKETS_TYPE_EVENT);
  n_all = g_list_model_get_n_items (G_LIST_MODEL (all));
  g_assert_cmpuint (n_all, >, 1);
  for (guint i = 0; i < n_all; i++)
    {
      g_autoptr(TicketsEvent) event = g_list_model_get_item (G_LIST_MODEL (all), i);
      GDateTime *start = tickets_event_get_event_start (event);
      GDateTime *end = tickets_event_get_event_end (event);

      if (start != NULL && end != NULL &&
          g_date_time_compare (start, until) <= 0 && g_date_time_compare (end, from) >= 0)
        n_between++;
    }
  /* The fixture has events in the next days and others later: the filter
   * must leave some out and keep some. */
  g_assert_cmpuint (n_between, >, 0);
  g_assert_cmpuint (n_between, <, n_all);

  g_hash_table_insert (filters, (gpointer) "event_start__lte", tickets_store_format_filter_time (until));
  g_hash_table_insert (filters, (gpointer) "event_end__gte", tickets_store_format_filter_time (from));
  tickets_test_sandbox_record (fixture->sandbox);
  some = tickets_store_list_events (fixture->store, filters, basic);
  g_assert_true (tickets_paged_list_get_loading (some));
  wait_loaded (some);
  g_assert_no_error ((GError *) tickets_paged_list_get_error (some));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (some)), ==, n_between);

  /* One object per event, whichever listing brought it. */
  for (guint i = 0; i < n_between; i++)
    {
      g_autoptr(TicketsEvent) event = g_list_model_get_item (G_LIST_MODEL (some), i);
      const char *uid = tickets_resource_get_uid (TICKETS_RESOURCE (event));

      g_assert_true (tickets_store_lookup_event (fixture->store, uid) == event);
      for (guint j = 0; j < n_all; j++)
        {
          g_autoptr(TicketsEvent) other = g_list_model_get_item (G_LIST_MODEL (all), j);

          if (g_str_equal (tickets_resource_get_uid (TICKETS_RESOURCE (other)), uid))
            g_assert_true (other == event);
        }
    }

  /* Sorted by name; the times' colons escaped. */
  query = dup_events_query (fixture);
  g_assert_nonnull (strstr (query, "%3A"));
  unescaped = g_uri_unescape_string (query, NULL);
  expected = g_strdup_printf ("event_end__gte=%s&event_start__lte=%s",
                              (char *) g_hash_table_lookup (filters, "event_end__gte"),
                              (char *) g_hash_table_lookup (filters, "event_start__lte"));
  g_assert_cmpstr (unescaped, ==, expected);
}

static void
test_list_events_title (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(TicketsAuth) basic = boxoffice ();
  g_autoptr(GHashTable) filters = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(TicketsPagedList) some = NULL;
  g_autoptr(TicketsPagedList) none = NULL;
  g_autofree char *query = NULL;
  guint n;

  g_hash_table_insert (filters, (gpointer) "title__startswith", (gpointer) "summer & co");
  tickets_test_sandbox_record (fixture->sandbox);
  none = tickets_store_list_events (fixture->store, filters, basic);
  wait_loaded (none);
  g_assert_no_error ((GError *) tickets_paged_list_get_error (none));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (none)), ==, 0);
  query = dup_events_query (fixture);
  g_assert_cmpstr (query, ==, "title__startswith=summer%20%26%20co");

  g_hash_table_insert (filters, (gpointer) "title__startswith", (gpointer) "s");
  some = tickets_store_list_events (fixture->store, filters, basic);
  wait_loaded (some);
  n = g_list_model_get_n_items (G_LIST_MODEL (some));
  g_assert_cmpuint (n, >, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TicketsEvent) event = g_list_model_get_item (G_LIST_MODEL (some), i);
      gboolean starts = FALSE;

      /* In one of its languages. */
      for (guint j = 0; tickets_test_languages[j] != NULL; j++)
        {
          const char *text = tickets_i18n_text_get (tickets_event_get_title (event), tickets_test_languages[j]);
          g_autofree char *title = g_utf8_casefold (text != NULL ? text : "", -1);

          starts |= g_str_has_prefix (title, "s");
        }
      g_assert_true (starts);
    }
}

/* A fan's order token may not list the events. */
static void
test_list_events_refused (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(TicketsAuth) order = order_token ("demo-order-token");
  g_autoptr(TicketsPagedList) refused = NULL;

  refused = tickets_store_list_events (fixture->store, NULL, order);
  wait_loaded (refused);
  g_assert_nonnull (tickets_paged_list_get_error (refused));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (refused)), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store/events/format-filter-time", test_format_filter_time);
  ADD_TEST ("/store/events/between", test_list_events_between);
  ADD_TEST ("/store/events/title", test_list_events_title);
  ADD_TEST ("/store/events/refused", test_list_events_refused);

  return g_test_run ();
}
