/* main.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-application.h"
#include "tickets-language.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(TicketsApplication) app = NULL;

  tickets_language_init ();

  app = tickets_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
