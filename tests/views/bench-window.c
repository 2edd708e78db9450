/* bench-window.c: cold start to the first frame, and a 1,000-ticket order
 * opened until its first rows are drawn
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints figures; asserts nothing on time. Needs a display (run it under
 * xvfb-run). Usage: bench-window PATH-TO-BENCH-START (bench-start.c: the
 * app, saying when it drew its first frame)
 */

#include "config.h"

#include <string.h>

#include "tickets-application.h"
#include "tickets-test-views.h"
#include "tickets-window-private.h"

#define N_RUNS 5
#define N_TICKETS 1000
#define BIG_ORDER "b1600000000000000000000000000000"

/* The whole program, exec included: `tickets --demo` starts its sandbox,
 * builds its window and quits after the first frame (bench-start.c). */
static double
cold_start_ms (const char *tickets)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  gint64 start;

  g_subprocess_launcher_unsetenv (launcher, "G_DEBUG");
  start = g_get_monotonic_time ();
  process = g_subprocess_launcher_spawn (launcher, &error, tickets, "--demo", NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &out, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (out, "first frame"));

  return (g_get_monotonic_time () - start) / 1000.0;
}

static gboolean painted;

static void
on_after_paint (GdkFrameClock *clock,
                gpointer       user_data)
{
  painted = TRUE;
}

/* From asking for the order to the first frame that shows its rows. */
static double
open_big_order_ms (TicketsApplication *app,
                   GSettings          *settings)
{
  g_autoptr(TicketsAuth) auth = tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, "big-order-token");
  TicketsWindow *window = tickets_window_new (GTK_APPLICATION (app), tickets_application_get_session (app), settings);
  gint64 deadline = tickets_test_deadline (60);
  GdkFrameClock *clock;
  gint64 start;
  double elapsed;

  tickets_test_present (GTK_WINDOW (window));
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));

  start = g_get_monotonic_time ();
  tickets_window_open_order (window, BIG_ORDER, auth);
  while (g_strcmp0 (tickets_window_get_page_name (window), "order") != 0)
    tickets_test_iterate (deadline);

  painted = FALSE;
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), NULL);
  while (!painted)
    tickets_test_iterate (deadline);
  elapsed = (g_get_monotonic_time () - start) / 1000.0;
  g_signal_handlers_disconnect_by_func (clock, on_after_paint, NULL);

  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;

  return elapsed;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(TicketsApplication) app = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(GError) error = NULL;
  TicketsTestSandbox *sandbox;
  double cold[N_RUNS], warm[N_RUNS - 1];
  double first, cold_median;

  if (argc < 2)
    {
      g_printerr ("Usage: %s PATH-TO-TICKETS\n", argv[0]);
      return 2;
    }
  if (!tickets_test_views_init (&argc, &argv))
    {
      g_print ("skipped: no display (run under xvfb-run)\n");
      return 0;
    }

  for (guint i = 0; i < N_RUNS; i++)
    cold[i] = cold_start_ms (argv[1]);
  cold_median = tickets_test_median (cold, N_RUNS);
  g_print ("cold start of tickets --demo to its first frame: %.0f ms (median of %d; fastest %.0f, slowest %.0f)\n",
           cold_median, N_RUNS, cold[0], cold[N_RUNS - 1]);

  sandbox = tickets_test_sandbox_start_full (NULL, NULL, N_TICKETS);
  settings = g_settings_new (APP_ID);
  g_settings_set_string (settings, "server-kind", "custom");
  g_settings_set_string (settings, "custom-server", tickets_test_sandbox_get_base (sandbox));
  app = tickets_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  /* The first time the store knows nothing; after that it merges into the
   * objects it holds, as on a reload. */
  first = open_big_order_ms (app, settings);
  for (guint i = 0; i < N_RUNS - 1; i++)
    warm[i] = open_big_order_ms (app, settings);
  g_print ("a %d-ticket order, from asking to its first rows drawn: %.0f ms the first time; "
           "%.0f ms when opened again (median of %d)\n",
           N_TICKETS, first, tickets_test_median (warm, N_RUNS - 1), N_RUNS - 1);

  g_clear_object (&app);
  tickets_test_sandbox_stop (sandbox);
  return 0;
}
