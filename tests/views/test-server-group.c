/* test-server-group.c: the welcome's choice of server, and a custom
 * server's address judged once typing pauses
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tickets-error.h"
#include "tickets-server-group.h"
#include "tickets-test-views.h"

typedef struct
{
  GtkWindow          *window;
  TicketsServerGroup *group;
  guint               completes;
  guint               kinds;
  guint               activations;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->group = g_object_ref_sink (g_object_new (TICKETS_TYPE_SERVER_GROUP, NULL));
  tickets_test_count_signal (fixture->group, "notify::complete", &fixture->completes);
  tickets_test_count_signal (fixture->group, "notify::server-kind", &fixture->kinds);
  tickets_test_count_signal (fixture->group, "address-activated", &fixture->activations);
  fixture->window = tickets_test_window_new (GTK_WIDGET (fixture->group), 600, -1);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  tickets_test_destroy_window (fixture->window, fixture->group);
}

static GtkWidget *
address_row (Fixture *fixture)
{
  return tickets_server_group_get_address_row (fixture->group);
}

static void
type (Fixture    *fixture,
      const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (address_row (fixture)), text);
}

static void
press_enter (Fixture *fixture)
{
  g_signal_emit_by_name (address_row (fixture), "entry-activated");
}

static gboolean
is_action_row (GtkWidget     *widget,
               gconstpointer  title)
{
  return ADW_IS_ACTION_ROW (widget) && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

/* Paylogic is chosen at first; a custom server is complete once its
 * address is one the client can use, and only a custom server takes one. */
static void
test_complete (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *address = NULL;

  g_assert_cmpint (tickets_server_group_get_server_kind (fixture->group), ==, TICKETS_SERVER_PAYLOGIC);
  g_assert_true (tickets_server_group_get_complete (fixture->group));
  g_assert_false (gtk_widget_get_sensitive (address_row (fixture)));

  tickets_server_group_set_server (fixture->group, TICKETS_SERVER_CUSTOM, NULL);
  g_assert_cmpint (tickets_server_group_get_server_kind (fixture->group), ==, TICKETS_SERVER_CUSTOM);
  g_assert_cmpuint (fixture->kinds, ==, 1);
  g_assert_true (gtk_widget_get_sensitive (address_row (fixture)));
  g_assert_false (tickets_server_group_get_complete (fixture->group));
  g_assert_cmpuint (fixture->completes, ==, 1);

  type (fixture, "tickets example");
  g_assert_false (tickets_server_group_get_complete (fixture->group));
  g_assert_cmpuint (fixture->completes, ==, 1);
  type (fixture, "  https://tickets.example.org/api \n");
  g_assert_true (tickets_server_group_get_complete (fixture->group));
  g_assert_cmpuint (fixture->completes, ==, 2);
  address = tickets_server_group_dup_address (fixture->group);
  g_assert_cmpstr (address, ==, "https://tickets.example.org/api");

  /* Another server needs no address, whatever was typed. From a custom
   * server to the demo is one change: the custom check going off before
   * the demo's goes on does not pass through Paylogic. */
  type (fixture, "tickets example");
  tickets_server_group_set_server (fixture->group, TICKETS_SERVER_DEMO, NULL);
  g_assert_cmpint (tickets_server_group_get_server_kind (fixture->group), ==, TICKETS_SERVER_DEMO);
  g_assert_cmpuint (fixture->kinds, ==, 2);
  g_assert_true (tickets_server_group_get_complete (fixture->group));
  g_assert_false (gtk_widget_get_sensitive (address_row (fixture)));

  /* Choosing the same server again is no change. */
  fixture->kinds = 0;
  tickets_server_group_set_server (fixture->group, TICKETS_SERVER_DEMO, NULL);
  g_assert_cmpuint (fixture->kinds, ==, 0);

  /* A custom server's address comes with it, in place of what was typed. */
  tickets_server_group_set_server (fixture->group, TICKETS_SERVER_CUSTOM, "https://other.example.org");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (address_row (fixture))), ==, "https://other.example.org");
  g_assert_true (tickets_server_group_get_complete (fixture->group));
}

/* An address is judged once typing pauses, or at once on Enter; only a
 * whole address goes on to the next field. */
static void
test_check (Fixture       *fixture,
            gconstpointer  data)
{
  const char *message;

  tickets_server_group_set_server (fixture->group, TICKETS_SERVER_CUSTOM, NULL);
  g_assert_null (tickets_server_group_get_message (fixture->group));

  type (fixture, "http://tickets.example.org");
  g_assert_null (tickets_server_group_get_message (fixture->group));
  tickets_test_run_for (1000);
  message = tickets_server_group_get_message (fixture->group);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "https"));
  g_assert_true (gtk_widget_has_css_class (address_row (fixture), "error"));

  type (fixture, "tickets example");
  g_assert_null (tickets_server_group_get_message (fixture->group));
  g_assert_false (gtk_widget_has_css_class (address_row (fixture), "error"));
  press_enter (fixture);
  message = tickets_server_group_get_message (fixture->group);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "not a valid web address"));
  g_assert_cmpuint (fixture->activations, ==, 0);

  type (fixture, "https://tickets.example.org");
  press_enter (fixture);
  g_assert_null (tickets_server_group_get_message (fixture->group));
  g_assert_cmpuint (fixture->activations, ==, 1);

  /* What is judged of a custom server says nothing about the others. */
  type (fixture, "http://tickets.example.org");
  press_enter (fixture);
  g_assert_nonnull (tickets_server_group_get_message (fixture->group));
  tickets_server_group_set_server (fixture->group, TICKETS_SERVER_PAYLOGIC, NULL);
  g_assert_null (tickets_server_group_get_message (fixture->group));
}

/* A server that does not answer is said under the server's choice; other
 * refusals are not the server's to show. */
static void
test_show_error (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) unreachable = g_error_new_literal (TICKETS_API_ERROR, TICKETS_API_ERROR_CONNECTION_REFUSED,
                                                       "The server refused the connection.");
  g_autoptr(GError) refused = g_error_new_literal (TICKETS_API_ERROR, TICKETS_API_ERROR_UNAUTHORIZED,
                                                   "Not you.");
  GtkWidget *focus;

  tickets_server_group_set_server (fixture->group, TICKETS_SERVER_CUSTOM, "https://tickets.example.org");
  g_assert_false (tickets_server_group_show_error (fixture->group, refused));
  g_assert_null (tickets_server_group_get_message (fixture->group));

  g_assert_true (tickets_server_group_show_error (fixture->group, unreachable));
  g_assert_cmpstr (tickets_server_group_get_message (fixture->group), ==, "The server refused the connection.");
  focus = gtk_window_get_focus (fixture->window);
  g_assert_true (focus != NULL && gtk_widget_is_ancestor (focus, address_row (fixture)));

  g_assert_false (tickets_server_group_show_error (fixture->group, NULL));
  g_assert_null (tickets_server_group_get_message (fixture->group));

  /* Editing the address takes the server's word away, and so does
   * choosing another server. */
  tickets_server_group_show_error (fixture->group, unreachable);
  type (fixture, "https://tickets.example.org/");
  g_assert_null (tickets_server_group_get_message (fixture->group));
  tickets_server_group_show_error (fixture->group, unreachable);
  tickets_server_group_set_server (fixture->group, TICKETS_SERVER_PAYLOGIC, NULL);
  g_assert_null (tickets_server_group_get_message (fixture->group));
}

/* The demo says where it runs, while it runs. */
static void
test_demo_address (Fixture       *fixture,
                   gconstpointer  data)
{
  AdwActionRow *demo = ADW_ACTION_ROW (tickets_test_find_widget (fixture->group, is_action_row, "Demo"));
  AdwActionRow *paylogic = ADW_ACTION_ROW (tickets_test_find_widget (fixture->group, is_action_row, "Paylogic"));

  g_assert_cmpstr (adw_action_row_get_subtitle (paylogic), ==, TICKETS_PAYLOGIC_SERVER);
  g_assert_cmpstr (adw_action_row_get_subtitle (demo), ==, "A sandbox on this computer");
  tickets_server_group_set_demo_address (fixture->group, "http://127.0.0.1:41234");
  g_assert_cmpstr (adw_action_row_get_subtitle (demo), ==, "A sandbox on this computer, at http://127.0.0.1:41234");
  tickets_server_group_set_demo_address (fixture->group, NULL);
  g_assert_cmpstr (adw_action_row_get_subtitle (demo), ==, "A sandbox on this computer");
}

int
main (int   argc,
      char *argv[])
{
  tickets_test_allow_focus_out_warning ();
  if (!tickets_test_views_init (&argc, &argv))
    return g_test_run ();

#define ADD(path, func) \
  g_test_add ("/server-group/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("complete", test_complete);
  ADD ("check", test_check);
  ADD ("show-error", test_show_error);
  ADD ("demo-address", test_demo_address);

  return g_test_run ();
}
