/* test-welcome.c: signing in from the welcome, as a new user does, with a
 * keyring running
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A real application and window against the sandbox, on a private session
 * bus (GTestDBus) where gnome-keyring-daemon answers as the Secret Service,
 * in a temporary home. Nothing is said to be signed in, and nothing is
 * remembered, before the server accepted the credentials; forgetting leaves
 * no secret on screen; the welcome's layout holds still and keeps Sign In
 * in view at the default size.
 */

#include "config.h"

#include <string.h>

#include <libsecret/secret.h>

#include "tickets-application.h"
#include "tickets-connect-view-private.h"
#include "tickets-connection-keyring.h"
#include "tickets-test-keyring.h"
#include "tickets-test-views.h"
#include "tickets-window-private.h"

static GTestDBus *bus;
static char *home;
static GSubprocess *keyring;
static TicketsTestSandbox *sandbox;
static TicketsApplication *app;
static GSettings *settings;

typedef struct
{
  TicketsWindow      *window;
  TicketsConnectView *connect;
} Fixture;

/* Keyring */

static gboolean
need_keyring (void)
{
  if (keyring == NULL)
    g_test_skip ("gnome-keyring-daemon is not installed (Debian package gnome-keyring)");

  return keyring != NULL;
}

/* How many secrets of Tickets the keyring holds. */
static guint
count_secrets (void)
{
  g_autoptr(SecretService) service = NULL;
  g_autoptr(GHashTable) attributes = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  GList *items;
  guint n;

  service = secret_service_get_sync (SECRET_SERVICE_NONE, NULL, &error);
  g_assert_no_error (error);
  items = secret_service_search_sync (service, tickets_connection_get_secret_schema (), attributes,
                                      SECRET_SEARCH_ALL, NULL, &error);
  g_assert_no_error (error);
  n = g_list_length (items);
  g_list_free_full (items, g_object_unref);

  return n;
}

/* Nothing of a sign-in is remembered: not in GSettings, not in the keyring. */
static void
assert_nothing_remembered (void)
{
  g_autoptr(GVariant) kind = g_settings_get_user_value (settings, "sign-in-kind");
  g_autoptr(GVariant) user = g_settings_get_user_value (settings, "staff-user");

  g_assert_null (kind);
  g_assert_null (user);
  if (keyring != NULL)
    g_assert_cmpuint (count_secrets (), ==, 0);
}

static void
forget_everything (void)
{
  const char *keys[] = { "server-kind", "custom-server", "sign-in-kind", "sign-in-uri", "staff-user" };
  g_autoptr(SecretService) service = NULL;
  g_autoptr(GHashTable) attributes = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_settings_reset (settings, keys[i]);
  if (keyring != NULL)
    {
      service = secret_service_get_sync (SECRET_SERVICE_NONE, NULL, NULL);
      secret_service_clear_sync (service, tickets_connection_get_secret_schema (), attributes, NULL, NULL);
    }
}

/* Fixture */

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  forget_everything ();
  g_assert_true (tickets_session_connect (tickets_application_get_session (app), TICKETS_SERVER_CUSTOM,
                                          tickets_test_sandbox_get_base (sandbox), &error));
  fixture->window = tickets_test_app_window_new (app, settings);
  fixture->connect = tickets_window_get_connect_view (fixture->window);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  tickets_test_close_window (fixture->window);
}

/* Runs the main loop until the welcome is no longer busy, or fails after 20 s. */
static void
wait_until_answered (Fixture *fixture)
{
  gint64 deadline = tickets_test_deadline (20);

  do
    tickets_test_iterate (deadline);
  while (tickets_connect_view_get_busy (fixture->connect));
}

/* Types the staff credentials on @server (NULL: the sandbox) with "Remember
 * me" on, and presses Sign In. */
static void
sign_in_staff (Fixture    *fixture,
               const char *server,
               const char *password)
{
  tickets_connect_view_set_server (fixture->connect, TICKETS_SERVER_CUSTOM,
                                   server != NULL ? server : tickets_test_sandbox_get_base (sandbox));
  tickets_connect_view_set_sign_in_kind (fixture->connect, TICKETS_SIGN_IN_STAFF);
  tickets_connect_view_set_remember (fixture->connect, TRUE);
  gtk_editable_set_text (tickets_connect_view_get_entry (fixture->connect, "staff-user"), "boxoffice");
  gtk_editable_set_text (tickets_connect_view_get_entry (fixture->connect, "staff-password"), password);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->connect), "connect.sign-in", NULL));
}

/* Sign-in */

/* A wrong password: the server says so next to the password, the welcome
 * stays with everything typed, and nothing is remembered. */
static void
test_staff_wrong_password (Fixture       *fixture,
                           gconstpointer  data)
{
  if (!need_keyring ())
    return;

  tickets_test_sandbox_record (sandbox);
  sign_in_staff (fixture, NULL, "not-the-password");
  g_assert_cmpstr (tickets_window_get_page_name (fixture->window), !=, "staff");
  wait_until_answered (fixture);

  /* The server was asked, with these credentials. */
  g_assert_cmpuint (tickets_test_sandbox_count (sandbox, "GET", "/events"), ==, 1);
  g_assert_cmpstr (tickets_window_get_page_name (fixture->window), ==, "welcome");
  g_assert_nonnull (strstr (tickets_connect_view_get_message (fixture->connect, "staff-password"),
                            "did not accept"));
  g_assert_null (tickets_connect_view_get_message (fixture->connect, "server"));
  g_assert_cmpstr (gtk_editable_get_text (tickets_connect_view_get_entry (fixture->connect, "staff-user")), ==,
                   "boxoffice");
  g_assert_cmpstr (gtk_editable_get_text (tickets_connect_view_get_entry (fixture->connect, "staff-password")), ==,
                   "not-the-password");

  tickets_test_run_frames ();
  assert_nothing_remembered ();
}

/* A server that does not answer: the refusal goes next to the server, and
 * nothing is remembered. */
static void
test_staff_unreachable (Fixture       *fixture,
                        gconstpointer  data)
{
  if (!need_keyring ())
    return;

  /* Port 1 on this computer: the connection is refused at once. */
  sign_in_staff (fixture, "http://127.0.0.1:1", "boxoffice-demo");
  wait_until_answered (fixture);

  g_assert_cmpstr (tickets_window_get_page_name (fixture->window), ==, "welcome");
  g_assert_nonnull (tickets_connect_view_get_message (fixture->connect, "server"));
  g_assert_null (tickets_connect_view_get_message (fixture->connect, "staff-password"));
  g_assert_cmpstr (gtk_editable_get_text (tickets_connect_view_get_entry (fixture->connect, "staff-password")), ==,
                   "boxoffice-demo");

  tickets_test_run_frames ();
  assert_nothing_remembered ();
}

/* A fan's refused token is not remembered either. */
static void
test_order_refused_not_remembered (Fixture       *fixture,
                                   gconstpointer  data)
{
  if (!need_keyring ())
    return;

  tickets_connect_view_set_server (fixture->connect, TICKETS_SERVER_CUSTOM, tickets_test_sandbox_get_base (sandbox));
  tickets_connect_view_set_sign_in_kind (fixture->connect, TICKETS_SIGN_IN_ORDER);
  tickets_connect_view_set_remember (fixture->connect, TRUE);
  gtk_editable_set_text (tickets_connect_view_get_entry (fixture->connect, "order-link"), TICKETS_TEST_OR_DEMO);
  gtk_editable_set_text (tickets_connect_view_get_entry (fixture->connect, "order-token"), "not-the-token");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->connect), "connect.sign-in", NULL));
  wait_until_answered (fixture);

  g_assert_cmpstr (tickets_window_get_page_name (fixture->window), ==, "welcome");
  g_assert_nonnull (tickets_connect_view_get_message (fixture->connect, "order-token"));
  tickets_test_run_frames ();
  assert_nothing_remembered ();
}

/* The right password signs in, is remembered once accepted, and "Sign Out
 * and Forget" forgets it and leaves no secret on screen. */
static void
test_staff_accepted_then_forgotten (Fixture       *fixture,
                                    gconstpointer  data)
{
  const char *secret_fields[] = { "order-token", "cognito-token", "request-token", "staff-password" };
  g_autofree char *staff_user = NULL;
  gint64 deadline;

  if (!need_keyring ())
    return;

  /* Typed in other ways of signing in before, still in their fields. */
  gtk_editable_set_text (tickets_connect_view_get_entry (fixture->connect, "cognito-token"), "a-cognito-token");
  gtk_editable_set_text (tickets_connect_view_get_entry (fixture->connect, "order-token"), "an-order-token");
  sign_in_staff (fixture, NULL, "boxoffice-demo");
  tickets_test_wait_for_page (fixture->window, "staff");

  deadline = tickets_test_deadline (20);
  while (count_secrets () == 0)
    tickets_test_iterate (deadline);
  g_assert_cmpuint (count_secrets (), ==, 1);
  staff_user = g_settings_get_string (settings, "staff-user");
  g_assert_cmpstr (staff_user, ==, "boxoffice");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.sign-out", NULL));
  g_assert_cmpstr (tickets_window_get_page_name (fixture->window), ==, "welcome");
  for (guint i = 0; i < G_N_ELEMENTS (secret_fields); i++)
    g_assert_cmpstr (gtk_editable_get_text (tickets_connect_view_get_entry (fixture->connect, secret_fields[i])), ==, "");
  g_assert_cmpstr (gtk_editable_get_text (tickets_connect_view_get_entry (fixture->connect, "staff-user")), ==,
                   "boxoffice");

  deadline = tickets_test_deadline (20);
  while (count_secrets () > 0)
    tickets_test_iterate (deadline);
  assert_nothing_remembered ();
}

/* A remembered staff sign-in whose password the server no longer takes
 * is checked before anything says "signed in": the welcome shows it, the
 * refusal next to the password. */
static void
test_remembered_staff_refused (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(TicketsConnection) connection = NULL;
  gboolean saw_staff = FALSE;
  gint64 deadline;

  connection = tickets_connection_new (TICKETS_SERVER_CUSTOM, tickets_test_sandbox_get_base (sandbox),
                                       TICKETS_SIGN_IN_STAFF, NULL, "boxoffice", "changed-since");
  /* What the application does with the sign-in it restored at start. */
  tickets_window_sign_in (fixture->window, connection);

  deadline = tickets_test_deadline (20);
  do
    {
      tickets_test_iterate (deadline);
      saw_staff |= g_strcmp0 (tickets_window_get_page_name (fixture->window), "staff") == 0;
    }
  while (tickets_connect_view_get_busy (fixture->connect));

  g_assert_false (saw_staff);
  g_assert_cmpstr (tickets_window_get_page_name (fixture->window), ==, "welcome");
  g_assert_cmpint (tickets_connect_view_get_sign_in_kind (fixture->connect), ==, TICKETS_SIGN_IN_STAFF);
  g_assert_cmpstr (gtk_editable_get_text (tickets_connect_view_get_entry (fixture->connect, "staff-user")), ==,
                   "boxoffice");
  g_assert_nonnull (tickets_connect_view_get_message (fixture->connect, "staff-password"));
}

/* Links */

/* An order's path, typed in the welcome, opens it; so does a request's
 * path given to the window, as --request gives it. */
static void
test_paths (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(TicketsAuth) auth = tickets_auth_new_token (TICKETS_AUTH_PERSONALIZATION_REQUEST_TOKEN, "demo-request-token");

  tickets_connect_view_set_server (fixture->connect, TICKETS_SERVER_CUSTOM, tickets_test_sandbox_get_base (sandbox));
  tickets_connect_view_set_sign_in_kind (fixture->connect, TICKETS_SIGN_IN_ORDER);
  tickets_connect_view_set_remember (fixture->connect, FALSE);
  gtk_editable_set_text (tickets_connect_view_get_entry (fixture->connect, "order-link"),
                         "/orders/" TICKETS_TEST_OR_DEMO);
  gtk_editable_set_text (tickets_connect_view_get_entry (fixture->connect, "order-token"), "demo-order-token");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->connect), "connect.sign-in", NULL));
  tickets_test_wait_for_page (fixture->window, "order");

  tickets_window_open_request (fixture->window, "/personalization-requests/" TICKETS_TEST_RQ_PENDING, auth);
  tickets_test_wait_for_page (fixture->window, "request");
}

/* Focus, names, layout */

/* With the demo chosen, the window starts on "Open the Demo Order". */
static void
test_demo_first_focus (void)
{
  g_autoptr(GError) error = NULL;
  TicketsWindow *window;
  GtkWidget *focus;

  g_assert_true (tickets_session_connect (tickets_application_get_session (app), TICKETS_SERVER_DEMO, NULL, &error));
  window = tickets_test_app_window_new (app, settings);
  tickets_test_run_frames ();

  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (focus == tickets_connect_view_get_demo_order_button (tickets_window_get_connect_view (window)) ||
                 gtk_widget_is_ancestor (focus, tickets_connect_view_get_demo_order_button (tickets_window_get_connect_view (window))));

  tickets_test_close_window (window);
}

static gboolean
is_reveal_button (GtkWidget     *widget,
                  gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_widget_get_tooltip_text (widget), "Show Text") == 0;
}

/* The password's reveal button has a name, not "GtkImage". */
static void
test_reveal_button_named (Fixture       *fixture,
                          gconstpointer  data)
{
  GtkWidget *row = GTK_WIDGET (tickets_connect_view_get_entry (fixture->connect, "staff-password"));
  GtkWidget *button = tickets_test_find_widget (row, is_reveal_button, NULL);
  g_autofree char *mismatch = NULL;

  g_assert_nonnull (button);
  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL));
  mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, "Show Text");
  g_assert_null (mismatch);
}

/* Where @widget is in @window's coordinates. */
static graphene_rect_t
get_bounds (GtkWidget *widget,
            GtkWidget *window)
{
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (widget, window, &bounds));

  return bounds;
}

static gboolean
is_inside (const graphene_rect_t *inner,
           const graphene_rect_t *outer)
{
  return inner->origin.x >= outer->origin.x && inner->origin.y >= outer->origin.y &&
         inner->origin.x + inner->size.width <= outer->origin.x + outer->size.width &&
         inner->origin.y + inner->size.height <= outer->origin.y + outer->size.height;
}

/* Sign In is in view, not scrolled away, wherever it is. */
static void
assert_in_view (GtkWidget *widget,
                GtkWidget *window)
{
  graphene_rect_t bounds = get_bounds (widget, window);
  graphene_rect_t window_bounds = get_bounds (window, window);
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);

  g_assert_true (gtk_widget_get_mapped (widget));
  g_assert_true (is_inside (&bounds, &window_bounds));
  if (scrolled != NULL)
    {
      graphene_rect_t scrolled_bounds = get_bounds (scrolled, window);

      g_assert_true (is_inside (&bounds, &scrolled_bounds));
    }
}

static gboolean
is_server_row (GtkWidget     *widget,
               gconstpointer  data)
{
  return ADW_IS_ACTION_ROW (widget) && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), data) == 0;
}

/* At the default 960×720 the primary action is in view, and choosing a
 * server moves no row: not the one under the pointer, not those after it. */
static void
test_layout (Fixture       *fixture,
             gconstpointer  data)
{
  const char *rows[] = { "Demo", "Paylogic", "Custom Server", "Sign in with" };
  const TicketsServerKind kinds[] = { TICKETS_SERVER_DEMO, TICKETS_SERVER_CUSTOM, TICKETS_SERVER_PAYLOGIC,
                                      TICKETS_SERVER_DEMO };
  GtkWidget *window = GTK_WIDGET (fixture->window);
  GtkWidget *sign_in = tickets_connect_view_get_sign_in_button (fixture->connect);
  graphene_rect_t before[G_N_ELEMENTS (rows)];

  gtk_window_set_default_size (GTK_WINDOW (window), 960, 720);
  tickets_connect_view_set_server (fixture->connect, TICKETS_SERVER_PAYLOGIC, NULL);
  tickets_test_run_frames ();
  /* No taller than asked: the form must not make the window grow. */
  g_assert_cmpint (gtk_widget_get_height (window), <=, 720);

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    before[i] = get_bounds (tickets_test_find_widget (fixture->connect, is_server_row, rows[i]), window);
  assert_in_view (sign_in, window);

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      tickets_connect_view_set_server (fixture->connect, kinds[k], NULL);
      tickets_test_run_frames ();

      for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
        {
          graphene_rect_t after = get_bounds (tickets_test_find_widget (fixture->connect, is_server_row, rows[i]),
                                              window);

          if (!graphene_rect_equal (&before[i], &after))
            g_error ("Choosing server %u moved the row “%s” from y %g to y %g", kinds[k], rows[i],
                     before[i].origin.y, after.origin.y);
        }
      assert_in_view (sign_in, window);
      if (kinds[k] == TICKETS_SERVER_DEMO)
        assert_in_view (tickets_connect_view_get_demo_order_button (fixture->connect), window);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *display = NULL;
  int status;

  /* Whatever the keyring writes lands here. */
  home = tickets_test_private_home ("welcome");
  /* The private bus has no accessibility bus: GTK's test backend keeps the
   * names the tests read. */
  g_setenv ("GTK_A11Y", "test", TRUE);

  /* GTestDBus unsets DISPLAY, against X11's autolaunch of a bus: the
   * tests need it for their windows. */
  display = g_strdup (g_getenv ("DISPLAY"));
  bus = g_test_dbus_new (G_TEST_DBUS_NONE);
  g_test_dbus_up (bus);
  if (display != NULL)
    g_setenv ("DISPLAY", display, TRUE);

  tickets_test_allow_focus_out_warning ();
  if (!tickets_test_views_init (&argc, &argv))
    {
      status = g_test_run ();
      goto out;
    }

#define ADD(path, func) \
  g_test_add ("/welcome/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("staff-wrong-password", test_staff_wrong_password);
  ADD ("staff-unreachable", test_staff_unreachable);
  ADD ("order-refused-not-remembered", test_order_refused_not_remembered);
  ADD ("staff-accepted-then-forgotten", test_staff_accepted_then_forgotten);
  ADD ("remembered-staff-refused", test_remembered_staff_refused);
  ADD ("paths", test_paths);
  ADD ("reveal-button-named", test_reveal_button_named);
  ADD ("layout", test_layout);
  g_test_add_func ("/welcome/demo-first-focus", test_demo_first_focus);

  keyring = tickets_test_keyring_start ();
  status = tickets_test_run_with_app (&sandbox, &app, &settings);
  tickets_test_keyring_stop (&keyring);

out:
  /* Not g_test_dbus_down(), nor unreffing the bus (which calls it): GTK
   * keeps the session bus connection until the process ends, and down
   * would wait for it to go. */
  g_test_dbus_stop (bus);
  tickets_test_remove_tree (home);
  g_free (home);

  return status;
}
