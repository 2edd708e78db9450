/* test-order-actions.c: the actions on the order on show, over the sandbox
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * TicketsOrderActions on its own: a session on the sandbox's store, an
 * opener that loads the order, and a plain window that holds the group as
 * "order", as the application window does. What is enabled follows the
 * order the opener holds: nothing without one, Name Several from two
 * tickets that can take a name, the e-tickets only once the order carries
 * their link.
 */

#include "config.h"

#include "tickets-auth.h"
#include "tickets-opener.h"
#include "tickets-order-actions.h"
#include "tickets-test-views.h"

static TicketsTestSandbox *sandbox;

typedef struct
{
  TicketsClient       *client;
  TicketsStore        *store;
  TicketsSession      *session;
  TicketsOpener       *opener;
  GtkWindow           *window;
  TicketsOrderActions *actions;
  guint                n_order_loaded;
  guint                n_name_several;
  guint                n_show_history;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  tickets_test_open_store (sandbox, &fixture->client, &fixture->store);
  fixture->session = tickets_test_session_new (fixture->store, NULL);
  fixture->opener = tickets_opener_new (fixture->session);
  tickets_test_count_signal (fixture->opener, "order-loaded", &fixture->n_order_loaded);
  fixture->window = tickets_test_window_new (gtk_label_new ("Order"), 400, 300);
  fixture->actions = tickets_order_actions_new (fixture->session, fixture->opener, fixture->window);
  tickets_test_count_signal (fixture->actions, "name-several", &fixture->n_name_several);
  tickets_test_count_signal (fixture->actions, "show-history", &fixture->n_show_history);
  gtk_widget_insert_action_group (GTK_WIDGET (fixture->window), "order", G_ACTION_GROUP (fixture->actions));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  tickets_opener_cancel (fixture->opener);
  gtk_window_destroy (fixture->window);
  tickets_test_run_for (100);
  g_assert_finalize_object (fixture->actions);
  g_assert_finalize_object (fixture->opener);
  g_assert_finalize_object (fixture->session);
  g_assert_finalize_object (fixture->store);
  g_assert_finalize_object (fixture->client);
}

static gboolean
is_enabled (Fixture    *fixture,
            const char *name)
{
  return g_action_group_get_action_enabled (G_ACTION_GROUP (fixture->actions), name);
}

/* Opens @uid with @token and waits until the order is on show. */
static TicketsOrder *
open_order (Fixture    *fixture,
            const char *uid,
            const char *token)
{
  g_autoptr(TicketsAuth) auth = tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, token);
  gint64 deadline = tickets_test_deadline (10);
  guint n = fixture->n_order_loaded;

  tickets_session_set_auth (fixture->session, auth);
  tickets_opener_open_order (fixture->opener, uid);
  while (fixture->n_order_loaded == n)
    tickets_test_iterate (deadline);

  return tickets_opener_get_order (fixture->opener);
}

static void
on_text_read (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  char **text = user_data;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);
  if (*text == NULL)
    *text = g_strdup ("");
}

static char *
read_clipboard (Fixture *fixture)
{
  gint64 deadline = tickets_test_deadline (10);
  char *text = NULL;

  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (fixture->window)), NULL, on_text_read, &text);
  while (text == NULL)
    tickets_test_iterate (deadline);

  return text;
}

/* Nothing open: nothing to download, ask for or name; the e-tickets
 * button says why. */
static void
test_no_order (Fixture       *fixture,
               gconstpointer  data)
{
  g_assert_false (is_enabled (fixture, "open-etickets"));
  g_assert_false (is_enabled (fixture, "copy-etickets-link"));
  g_assert_false (is_enabled (fixture, "ask-friend"));
  g_assert_false (is_enabled (fixture, "name-several"));
  g_assert_cmpstr (tickets_order_actions_get_etickets_tooltip (fixture->actions), ==,
                   "E-tickets become available once every ticket that needs a name has one.");

  /* Disabled, the window's actions do nothing. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "order.name-several", NULL));
  g_assert_cmpuint (fixture->n_name_several, ==, 0);
}

/* The demo order has several tickets that need a name: they can be named
 * at once or given to a friend, and there are no e-tickets yet. */
static void
test_nameable_order (Fixture       *fixture,
                     gconstpointer  data)
{
  TicketsOrder *order = open_order (fixture, TICKETS_TEST_OR_DEMO, "demo-order-token");

  g_assert_nonnull (order);
  g_assert_null (tickets_order_get_etickets_uri (order));
  g_assert_true (is_enabled (fixture, "name-several"));
  g_assert_true (is_enabled (fixture, "ask-friend"));
  g_assert_false (is_enabled (fixture, "open-etickets"));
  g_assert_false (is_enabled (fixture, "copy-etickets-link"));

  /* What pages show is the window's: the actions ask for it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "order.name-several", NULL));
  g_assert_cmpuint (fixture->n_name_several, ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "order.show-history", NULL));
  g_assert_cmpuint (fixture->n_show_history, ==, 1);
}

/* An order whose tickets need no name carries its e-tickets link: it can
 * be downloaded and copied, and Copy puts it on the clipboard. */
static void
test_etickets_link (Fixture       *fixture,
                    gconstpointer  data)
{
  TicketsOrder *order = open_order (fixture, TICKETS_TEST_OR_NONE, "none-order-token");
  g_autofree char *copied = NULL;

  g_assert_nonnull (tickets_order_get_etickets_uri (order));
  g_assert_true (is_enabled (fixture, "open-etickets"));
  g_assert_true (is_enabled (fixture, "copy-etickets-link"));
  g_assert_false (is_enabled (fixture, "name-several"));
  g_assert_cmpstr (tickets_order_actions_get_etickets_tooltip (fixture->actions), ==, "Download E-tickets");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "order.copy-etickets-link", NULL));
  copied = read_clipboard (fixture);
  g_assert_cmpstr (copied, ==, tickets_order_get_etickets_uri (order));
}

/* Signing out forgets the order: nothing of it stays enabled, in the main
 * menu on the welcome page either, and the e-tickets button says why as
 * with no order. */
static void
test_forgotten (Fixture       *fixture,
                gconstpointer  data)
{
  const char *names[] = { "open-etickets", "copy-etickets-link", "ask-friend", "name-several" };

  g_assert_nonnull (open_order (fixture, TICKETS_TEST_OR_DEMO, "demo-order-token"));
  g_assert_true (is_enabled (fixture, "name-several"));
  tickets_opener_forget (fixture->opener);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_assert_false (is_enabled (fixture, names[i]));

  /* The e-tickets of an order that had them go as well. */
  g_assert_nonnull (open_order (fixture, TICKETS_TEST_OR_NONE, "none-order-token"));
  g_assert_true (is_enabled (fixture, "copy-etickets-link"));
  tickets_opener_forget (fixture->opener);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_assert_false (is_enabled (fixture, names[i]));
  g_assert_cmpstr (tickets_order_actions_get_etickets_tooltip (fixture->actions), ==,
                   "E-tickets become available once every ticket that needs a name has one.");
}

int
main (int   argc,
      char *argv[])
{
  if (!tickets_test_views_init (&argc, &argv))
    return g_test_run ();

#define ADD(path, func) \
  g_test_add ("/order-actions/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("no-order", test_no_order);
  ADD ("nameable-order", test_nameable_order);
  ADD ("etickets-link", test_etickets_link);
  ADD ("forgotten", test_forgotten);

  return tickets_test_run_with_sandbox (&sandbox);
}
