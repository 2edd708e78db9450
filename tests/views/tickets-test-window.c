/* tickets-test-window.c: what the tests of the window's flow share: one
 * application over one sandbox, a new window for each test, and waiting
 * for the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-test-window.h"

TicketsTestSandbox *sandbox;
TicketsApplication *app;
GSettings *settings;

void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->app = app;
  fixture->window = tickets_test_app_window_new (app, settings);
}

void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  tickets_test_close_window (fixture->window);
}

void
wait_until_idle (TicketsStore *store)
{
  gint64 deadline = tickets_test_deadline (10);

  do
    tickets_test_iterate (deadline);
  while (tickets_store_get_loading (store));
}

TicketsConsumer *
new_holder (const char *first_name,
            const char *email)
{
  return tickets_test_new_consumer (first_name, "Bakker", "1994-03-08", email);
}
