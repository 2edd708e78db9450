/* tickets-test-window.h: what the tests of the window's flow share
 * (test-window*.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tickets-application.h"
#include "tickets-test-views.h"
#include "tickets-window-private.h"

G_BEGIN_DECLS

/* One sandbox and one application for the whole program: an application
 * exports itself on the session bus once. Each test gets a new window and
 * uses tickets no other test touches. Set by tickets_test_run_with_app(). */
extern TicketsTestSandbox *sandbox;
extern TicketsApplication *app;
extern GSettings *settings;

typedef struct
{
  TicketsApplication *app;
  TicketsWindow      *window;
} Fixture;

/* A new window of the program's application. */
void             fixture_set_up    (Fixture       *fixture,
                                    gconstpointer  data);
void             fixture_tear_down (Fixture       *fixture,
                                    gconstpointer  data);
/* Runs the main loop at least once, then until the store has no request
 * left; fails after 10 s. */
void             wait_until_idle   (TicketsStore  *store);
/* A holder named @first_name Bakker, born 1994-03-08, at @email. */
TicketsConsumer *new_holder        (const char    *first_name,
                                    const char    *email);

G_END_DECLS
