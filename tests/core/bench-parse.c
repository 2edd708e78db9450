/* bench-parse.c: parse a 10,000-ticket order and build its model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints the median time of several runs, the line “ratio <r>” (that time
 * over json-glib's bare parse of the same bytes), the peak RSS and the
 * memory the model keeps. Targets: ratio ≤ 1.5, model ≤ 3× the JSON size.
 *
 * json-glib's bare parse is json_parser_load_from_data() alone. Releasing
 * its tree costs about two thirds as much again; tickets_parse_order() hands
 * large trees to a thread of their own for that, so the time printed is
 * until the model is ready. Each run waits for that release to end before
 * the next starts, so it does not slow the next measurement. The ratio to
 * json-glib's load and release together is printed too.
 */

#include "config.h"

#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>

#include "tickets-client.h"
#include "tickets-json.h"
#include "tickets-parse.h"
#include "tickets-test-sandbox.h"

#define N_TICKETS 10000
#define N_RUNS 9
#define BIG_ORDER "b1600000000000000000000000000000"

static void
on_fetched (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  GBytes **bytes = user_data;
  g_autoptr(GError) error = NULL;

  *bytes = tickets_client_get_json_finish (TICKETS_CLIENT (source), result, &error);
  g_assert_no_error (error);
}

static GBytes *
fetch_big_order (guint n_tickets)
{
  TicketsTestSandbox *sandbox = tickets_test_sandbox_start_full (NULL, NULL, n_tickets);
  g_autoptr(TicketsClient) client = NULL;
  g_autoptr(TicketsAuth) auth = tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, "big-order-token");
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = NULL;
  GBytes *bytes = NULL;

  client = tickets_client_new (tickets_test_sandbox_get_base (sandbox), &error);
  g_assert_no_error (error);
  tickets_client_set_timeout (client, 0);
  uri = g_strconcat (tickets_test_sandbox_get_base (sandbox), "/orders/" BIG_ORDER, NULL);
  tickets_client_get_json_async (client, uri, auth, NULL, on_fetched, &bytes);
  while (bytes == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_clear_object (&client);
  tickets_test_sandbox_stop (sandbox);
  return bytes;
}

/* Returns the whole time; *parse_ms gets the part before the release. */
static double
bare_json_ms (GBytes *bytes,
              double *parse_ms)
{
  g_autoptr(GError) error = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  gint64 start = g_get_monotonic_time ();
  JsonParser *parser = json_parser_new ();

  json_parser_load_from_data (parser, data, length, &error);
  g_assert_no_error (error);
  g_assert_nonnull (json_parser_get_root (parser));
  *parse_ms = (g_get_monotonic_time () - start) / 1000.0;
  g_object_unref (parser);

  return (g_get_monotonic_time () - start) / 1000.0;
}

/* The heap json-glib's tree of @bytes takes while it is alive. */
static size_t
json_tree_size (GBytes *bytes)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  size_t before = mallinfo2 ().uordblks;

  json_parser_load_from_data (parser, data, length, NULL);
  return mallinfo2 ().uordblks - before;
}

static double
model_ms (GBytes        *bytes,
          TicketsOrder **keep)
{
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  TicketsOrder *order = tickets_parse_order (bytes, &error);
  double elapsed = (g_get_monotonic_time () - start) / 1000.0;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (tickets_order_get_tickets (order)), ==, N_TICKETS);
  tickets_json_wait_for_releases ();
  if (keep != NULL)
    *keep = order;
  else
    g_object_unref (order);

  return elapsed;
}

/* A figure from /proc/self/status, in KiB: VmHWM (peak) or VmRSS. */
static long
status_kib (const char *field)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, field)) == NULL)
    return -1;

  return strtol (line + strlen (field), NULL, 10);
}

/* Forgets the peak so far (Linux ≥ 4.0), so that the one printed belongs to
 * parsing and not to the sandbox that built the order. */
static void
reset_peak_rss (void)
{
  FILE *file = fopen ("/proc/self/clear_refs", "w");

  if (file == NULL)
    return;
  fputs ("5", file);
  fclose (file);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GBytes) bytes = NULL;
  TicketsOrder *order = NULL;
  double json_runs[N_RUNS], parse_runs[N_RUNS], model_runs[N_RUNS];
  double json_median, parse_median, model_median;
  size_t tree_size;
  size_t before, after;
  long rss_start, rss_before, rss_after;
  gsize json_size;

  bytes = fetch_big_order (N_TICKETS);
  json_size = g_bytes_get_size (bytes);
  malloc_trim (0);
  reset_peak_rss ();
  rss_start = status_kib ("VmRSS:");

  /* One warm-up of each, then interleaved runs so that the machine's
   * noise falls on both alike. */
  tree_size = json_tree_size (bytes);
  model_ms (bytes, NULL);
  for (guint i = 0; i < N_RUNS; i++)
    {
      json_runs[i] = bare_json_ms (bytes, &parse_runs[i]);
      model_runs[i] = model_ms (bytes, NULL);
    }
  json_median = tickets_test_median (json_runs, N_RUNS);
  parse_median = tickets_test_median (parse_runs, N_RUNS);
  model_median = tickets_test_median (model_runs, N_RUNS);

  malloc_trim (0);
  before = mallinfo2 ().uordblks;
  rss_before = status_kib ("VmRSS:");
  model_ms (bytes, &order);
  malloc_trim (0);
  after = mallinfo2 ().uordblks;
  rss_after = status_kib ("VmRSS:");

  g_print ("order: %d tickets, %.1f MB of JSON\n", N_TICKETS, json_size / 1e6);
  g_print ("json-glib bare parse: %.1f ms (median of %d); releasing its tree: %.1f ms more\n",
           parse_median, N_RUNS, json_median - parse_median);
  g_print ("parse and build the model: %.1f ms (median of %d; fastest %.1f, slowest %.1f)\n",
           model_median, N_RUNS, model_runs[0], model_runs[N_RUNS - 1]);
  g_print ("ratio %.2f\n", model_median / parse_median);
  g_print ("against json-glib's parse and release together: %.2f\n", model_median / json_median);
  g_print ("model memory: %.1f MB, %.2f x the JSON size\n",
           (double) (after - before) / 1e6, (double) (after - before) / json_size);
  g_print ("resident memory the model adds: %.1f MB\n", (rss_after - rss_before) / 1024.0);
  g_print ("json-glib's tree of this order, while it lives: %.1f MB\n", tree_size / 1e6);
  g_print ("peak RSS while parsing: %.1f MB, from %.1f MB before the first run\n",
           status_kib ("VmHWM:") / 1024.0, rss_start / 1024.0);

  g_object_unref (order);
  return 0;
}
