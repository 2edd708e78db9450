/* bench-start.c: `tickets` as main.c starts it, saying when its window
 * draws the first frame, and quitting then
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * bench-window.c times this program's cold start. The app has no hook for
 * it: the frame clock is watched from here, through the application's
 * window-added, on the same application and library as the app.
 */

#include "config.h"

#include "tickets-application.h"
#include "tickets-language.h"

static void
on_after_paint (GdkFrameClock *clock,
                GtkWindow     *window)
{
  g_signal_handlers_disconnect_by_func (clock, on_after_paint, window);
  g_print ("first frame\n");
  g_application_quit (G_APPLICATION (gtk_window_get_application (window)));
}

static void
on_realize (GtkWidget *window)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (on_after_paint), window);
}

static void
on_window_added (GtkApplication *application,
                 GtkWindow      *window)
{
  g_signal_connect (window, "realize", G_CALLBACK (on_realize), NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(TicketsApplication) app = NULL;

  tickets_language_init ();

  app = tickets_application_new ();
  g_signal_connect (app, "window-added", G_CALLBACK (on_window_added), NULL);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
