/* bench-reopen.c: a 1,000-ticket order reopened from the cache with the
 * server stopped, until its first rows are drawn, against opening it from
 * the network
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints figures; asserts nothing on time. Needs a display (run it under
 * xvfb-run). Each open is in a new window on a new store (on the same
 * cache folder): it holds nothing, as after a restart of the app.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "tickets-application.h"
#include "tickets-session.h"
#include "tickets-test-views.h"
#include "tickets-window-private.h"

#define N_RUNS 5
#define N_TICKETS 1000
#define BIG_ORDER "b1600000000000000000000000000000"

static gboolean painted;

static void
on_after_paint (GdkFrameClock *clock,
                gpointer       user_data)
{
  painted = TRUE;
}

/* From asking for the order to the first frame that shows its rows, on a
 * new store of @server's keeping its caches in @cache_dir; *shown_ms: to
 * the order's page shown, its rows made, before that frame. */
static double
open_big_order_ms (TicketsApplication  *app,
                   GSettings           *settings,
                   const char          *server,
                   const char          *cache_dir,
                   double              *shown_ms,
                   const char         **renderer)
{
  g_autoptr(TicketsAuth) auth = tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, "big-order-token");
  g_autoptr(TicketsClient) client = NULL;
  g_autoptr(TicketsStore) store = NULL;
  g_autoptr(GError) error = NULL;
  TicketsSession *session = tickets_application_get_session (app);
  TicketsWindow *window;
  gint64 deadline = tickets_test_deadline (60);
  GdkFrameClock *clock;
  gint64 start;
  double elapsed;

  /* As the session makes it when it connects. */
  client = tickets_client_new (server, &error);
  g_assert_no_error (error);
  store = tickets_store_new (client);
  tickets_store_set_storage (store, server, cache_dir, NULL);
  tickets_session_set_store (session, store);

  window = tickets_window_new (GTK_APPLICATION (app), session, settings);
  tickets_test_present (GTK_WINDOW (window));
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  /* The window is up and drawn, as it is when the app opens the order it
   * reopens: what is timed is the order, not the window's first frame. */
  painted = FALSE;
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), NULL);
  while (!painted)
    tickets_test_iterate (deadline);
  g_signal_handlers_disconnect_by_func (clock, on_after_paint, NULL);

  start = g_get_monotonic_time ();
  tickets_window_open_order (window, BIG_ORDER, auth);
  while (g_strcmp0 (tickets_window_get_page_name (window), "order") != 0)
    tickets_test_iterate (deadline);

  *shown_ms = (g_get_monotonic_time () - start) / 1000.0;
  if (renderer != NULL && *renderer == NULL)
    *renderer = G_OBJECT_TYPE_NAME (gtk_native_get_renderer (GTK_NATIVE (window)));
  painted = FALSE;
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), NULL);
  while (!painted)
    tickets_test_iterate (deadline);
  elapsed = (g_get_monotonic_time () - start) / 1000.0;
  g_signal_handlers_disconnect_by_func (clock, on_after_paint, NULL);

  /* What is still loading (the rest of the order, the server asked in the
   * background) ends before the next run. */
  for (guint i = 0; i < 50; i++)
    {
      g_usleep (10000);
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;

  return elapsed;
}

/* Empties @dir, folders in it too (Mesa keeps its shader cache in the
 * same XDG_CACHE_HOME). */
static void
empty_dir (const char *dir)
{
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  const char *name;

  while (folder != NULL && (name = g_dir_read_name (folder)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        {
          empty_dir (path);
          g_rmdir (path);
        }
      else
        g_remove (path);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(TicketsApplication) app = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *server = NULL;
  g_autofree char *cache_home = NULL;
  g_autofree char *cache_dir = NULL;
  TicketsTestSandbox *sandbox;
  double network[N_RUNS], cached[N_RUNS], network_shown[N_RUNS], cached_shown[N_RUNS];
  double network_median, cached_median;
  const char *renderer = NULL;

  /* A cache of its own, before GLib reads the variable. */
  cache_home = g_dir_make_tmp ("bench-reopen-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_CACHE_HOME", cache_home, TRUE);
  cache_dir = g_build_filename (cache_home, "tickets", NULL);

  if (!tickets_test_views_init (&argc, &argv))
    {
      g_print ("skipped: no display (run under xvfb-run)\n");
      return 0;
    }

  sandbox = tickets_test_sandbox_start_full (NULL, NULL, N_TICKETS);
  settings = g_settings_new (APP_ID);
  g_settings_set_string (settings, "server-kind", "custom");
  g_settings_set_string (settings, "custom-server", tickets_test_sandbox_get_base (sandbox));
  server = g_strdup (tickets_test_sandbox_get_base (sandbox));
  app = tickets_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  /* From the network: each time with an empty cache, so nothing is shown
   * before the server's answer. The last run leaves the cache filled. */
  for (guint i = 0; i < N_RUNS; i++)
    {
      empty_dir (cache_dir);
      network[i] = open_big_order_ms (app, settings, server, cache_dir, &network_shown[i], &renderer);
    }

  tickets_test_sandbox_stop (sandbox);

  for (guint i = 0; i < N_RUNS; i++)
    cached[i] = open_big_order_ms (app, settings, server, cache_dir, &cached_shown[i], NULL);

  network_median = tickets_test_median (network, N_RUNS);
  cached_median = tickets_test_median (cached, N_RUNS);
  g_print ("a %d-ticket order until its first rows are drawn, on a new store each time (median of %d):\n",
           N_TICKETS, N_RUNS);
  g_print ("reopen from cache %.1f ms (network %.1f ms, ratio %.2f)\n",
           cached_median, network_median, cached_median / network_median);
  g_print ("  until the order's page is shown, before its first frame: from cache %.1f ms, network %.1f ms\n",
           tickets_test_median (cached_shown, N_RUNS), tickets_test_median (network_shown, N_RUNS));
  g_print ("  drawn by %s (GSK_RENDERER picks another)\n", renderer);
  g_print ("target: reopen from cache, server stopped, <= 30 ms\n");

  g_clear_object (&app);
  empty_dir (cache_home);
  g_rmdir (cache_home);
  return 0;
}
