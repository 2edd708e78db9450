/* bench-cache.c: a 1,000-ticket order through the cache, without drawing:
 * what each step of a reopen costs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints figures; asserts nothing on time. The load from the network
 * (sandbox up, empty cache), the load of a new store from the cache with
 * the sandbox stopped, and its parts: reading the row, parsing it.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "tickets-client.h"
#include "tickets-parse.h"
#include "tickets-store.h"
#include "tickets-test-sandbox.h"

#define N_TICKETS 1000
#define N_RUNS 7
#define BIG_ORDER "b1600000000000000000000000000000"
#define SERVER_KEY "bench"

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  TicketsOrder **order = user_data;
  g_autoptr(GError) error = NULL;

  *order = tickets_store_load_order_finish (TICKETS_STORE (source), result, &error);
  g_assert_no_error (error);
}

/* A new store on @cache_dir loads the order: the time until it is
 * returned. */
static double
load_ms (const char *base,
         const char *cache_dir,
         gint64     *cached_at)
{
  g_autoptr(TicketsAuth) auth = tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, "big-order-token");
  g_autoptr(TicketsClient) client = NULL;
  g_autoptr(GError) error = NULL;
  TicketsOrder *order = NULL;
  TicketsStore *store;
  gint64 start;
  double elapsed;

  client = tickets_client_new (base, &error);
  g_assert_no_error (error);
  tickets_client_set_retry_policy (client, 1, 0);
  store = tickets_store_new (client);
  tickets_store_set_storage (store, SERVER_KEY, cache_dir, NULL);

  start = g_get_monotonic_time ();
  tickets_store_load_order_async (store, BIG_ORDER, auth, NULL, on_loaded, &order);
  while (order == NULL)
    g_main_context_iteration (NULL, TRUE);
  elapsed = (g_get_monotonic_time () - start) / 1000.0;
  *cached_at = tickets_resource_get_cached_at (TICKETS_RESOURCE (order));

  g_object_unref (order);
  while (tickets_store_get_loading (store))
    g_main_context_iteration (NULL, TRUE);
  g_object_unref (store);

  return elapsed;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), (GCompareFunc) compare_doubles);
  return values[n / 2];
}

static void
empty_dir (const char *dir)
{
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  const char *name;

  while (folder != NULL && (name = g_dir_read_name (folder)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_remove (path);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *cache_dir = NULL;
  g_autofree char *base = NULL;
  g_autoptr(TicketsAuth) auth = tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, "big-order-token");
  g_autofree char *identity = tickets_auth_dup_identity (auth);
  TicketsTestSandbox *sandbox;
  double network[N_RUNS], cached[N_RUNS], read[N_RUNS], parse[N_RUNS], head_parse[N_RUNS];
  gsize head_size = 0;
  gint64 cached_at = 0;
  gsize size = 0;

  cache_dir = g_dir_make_tmp ("bench-cache-XXXXXX", &error);
  g_assert_no_error (error);

  sandbox = tickets_test_sandbox_start_full (NULL, NULL, N_TICKETS);
  base = g_strdup (tickets_test_sandbox_get_base (sandbox));
  for (guint i = 0; i < N_RUNS; i++)
    {
      empty_dir (cache_dir);
      network[i] = load_ms (base, cache_dir, &cached_at);
      g_assert_cmpint (cached_at, ==, 0);
    }
  tickets_test_sandbox_stop (sandbox);

  for (guint i = 0; i < N_RUNS; i++)
    {
      cached[i] = load_ms (base, cache_dir, &cached_at);
      g_assert_cmpint (cached_at, !=, 0);
    }

  for (guint i = 0; i < N_RUNS; i++)
    {
      g_autoptr(TicketsCache) cache = tickets_cache_open (cache_dir, SERVER_KEY, identity, &error);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(TicketsOrder) order = NULL;
      g_autoptr(TicketsOrder) head_order = NULL;
      g_autoptr(GBytes) head = NULL;
      gint64 start = g_get_monotonic_time ();

      g_assert_no_error (error);
      bytes = tickets_cache_get (cache, "orders/" BIG_ORDER, NULL);
      g_assert_nonnull (bytes);
      size = g_bytes_get_size (bytes);
      read[i] = (g_get_monotonic_time () - start) / 1000.0;
      start = g_get_monotonic_time ();
      order = tickets_parse_order (bytes, &error);
      g_assert_no_error (error);
      parse[i] = (g_get_monotonic_time () - start) / 1000.0;

      head = tickets_cache_get (cache, "orders/" BIG_ORDER "#head", NULL);
      g_assert_nonnull (head);
      head_size = g_bytes_get_size (head);
      start = g_get_monotonic_time ();
      head_order = tickets_parse_order (head, &error);
      g_assert_no_error (error);
      head_parse[i] = (g_get_monotonic_time () - start) / 1000.0;
    }

  g_print ("a %d-ticket order (%.1f MB), medians of %d, until the store returns it:\n",
           N_TICKETS, size / 1e6, N_RUNS);
  g_print ("  from the network %.1f ms; from the cache, server stopped, %.1f ms\n",
           median (network, N_RUNS), median (cached, N_RUNS));
  g_print ("  the whole copy: reading its row %.1f ms, parsing it %.1f ms\n",
           median (read, N_RUNS), median (parse, N_RUNS));
  g_print ("  its head (the first tickets, %.0f kB), what a reopen parses before it shows: parsing it %.1f ms\n",
           head_size / 1e3, median (head_parse, N_RUNS));

  empty_dir (cache_dir);
  g_rmdir (cache_dir);
  return 0;
}
