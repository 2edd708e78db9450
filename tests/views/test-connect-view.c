/* test-connect-view.c: the welcome, where the server is chosen and the
 * user signs in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The view in a real window. What it hands over on Sign In goes to the
 * sandbox the way the window sends it, and the sandbox's refusals come
 * back to the view.
 */

#include "config.h"

#include <string.h>

#include "tickets-auth-private.h"
#include "tickets-connect-view-private.h"
#include "tickets-error.h"
#include "tickets-test-views.h"

static TicketsTestSandbox *sandbox;

typedef struct
{
  GtkWindow          *window;
  TicketsConnectView *view;
  GPtrArray          *sign_ins;
  guint               demo_orders;
} Fixture;

static void
on_sign_in (TicketsConnectView *view,
            TicketsConnection  *connection,
            Fixture            *fixture)
{
  g_ptr_array_add (fixture->sign_ins, g_object_ref (connection));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->sign_ins = g_ptr_array_new_with_free_func (g_object_unref);
  fixture->view = g_object_ref_sink (TICKETS_CONNECT_VIEW (tickets_connect_view_new ()));
  g_signal_connect (fixture->view, "sign-in", G_CALLBACK (on_sign_in), fixture);
  tickets_test_count_signal (fixture->view, "open-demo-order", &fixture->demo_orders);
  fixture->window = tickets_test_window_new (GTK_WIDGET (fixture->view), 600, 900);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_finalize_object (fixture->view);
  g_ptr_array_unref (fixture->sign_ins);
}

static void
type (Fixture    *fixture,
      const char *field,
      const char *text)
{
  gtk_editable_set_text (tickets_connect_view_get_entry (fixture->view, field), text);
}

static const char *
typed (Fixture    *fixture,
       const char *field)
{
  return gtk_editable_get_text (tickets_connect_view_get_entry (fixture->view, field));
}

static gboolean
can_sign_in (Fixture *fixture)
{
  return gtk_widget_is_sensitive (tickets_connect_view_get_sign_in_button (fixture->view));
}

/* Enter in a field, as a keyboard user presses it. */
static void
press_enter (Fixture    *fixture,
             const char *field)
{
  g_signal_emit_by_name (tickets_connect_view_get_entry (fixture->view, field), "entry-activated");
}

/* Waits until field shows a message, failing after 60 s (valgrind is slow). */
static const char *
wait_for_message (Fixture    *fixture,
                  const char *field)
{
  gint64 deadline = tickets_test_deadline (60);

  while (tickets_connect_view_get_message (fixture->view, field) == NULL)
    tickets_test_iterate (deadline);

  return tickets_connect_view_get_message (fixture->view, field);
}

static char *
dup_header_value (TicketsConnection *connection)
{
  g_autoptr(TicketsAuth) auth = tickets_connection_dup_auth (connection);

  return g_strdup (tickets_auth_get_header_value (auth));
}

/* Sign In waits until everything the chosen way of signing in needs is
 * there, and a token that is only white space is no token. */
static void
test_complete (Fixture       *fixture,
               gconstpointer  data)
{
  g_assert_cmpint (tickets_connect_view_get_server_kind (fixture->view), ==, TICKETS_SERVER_PAYLOGIC);
  g_assert_cmpint (tickets_connect_view_get_sign_in_kind (fixture->view), ==, TICKETS_SIGN_IN_ORDER);
  g_assert_false (can_sign_in (fixture));
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "connect.sign-in", NULL);
  press_enter (fixture, "order-token");
  g_assert_cmpuint (fixture->sign_ins->len, ==, 0);

  type (fixture, "order-link", "https://shopping-api.paylogic.com/orders/" TICKETS_TEST_OR_DEMO);
  g_assert_false (can_sign_in (fixture));
  type (fixture, "order-token", " \n");
  g_assert_false (can_sign_in (fixture));
  type (fixture, "order-token", "demo-order-token");
  g_assert_true (can_sign_in (fixture));

  /* Each way has its own fields; what was typed for another stays. */
  tickets_connect_view_set_sign_in_kind (fixture->view, TICKETS_SIGN_IN_COGNITO);
  g_assert_false (can_sign_in (fixture));
  type (fixture, "cognito-token", "demo-cognito-token");
  g_assert_true (can_sign_in (fixture));

  tickets_connect_view_set_sign_in_kind (fixture->view, TICKETS_SIGN_IN_REQUEST);
  g_assert_false (can_sign_in (fixture));
  type (fixture, "request-token", "demo-request-token");
  g_assert_false (can_sign_in (fixture));
  type (fixture, "request-link", "https://shopping-api.paylogic.com/personalization-requests/" TICKETS_TEST_RQ_PENDING);
  g_assert_true (can_sign_in (fixture));

  tickets_connect_view_set_sign_in_kind (fixture->view, TICKETS_SIGN_IN_STAFF);
  g_assert_false (can_sign_in (fixture));
  type (fixture, "staff-password", "boxoffice-demo");
  type (fixture, "staff-user", "box:office");
  g_assert_false (can_sign_in (fixture));
  g_assert_nonnull (strstr (tickets_connect_view_get_message (fixture->view, "staff-user"), "colon"));
  type (fixture, "staff-user", "boxoffice");
  g_assert_null (tickets_connect_view_get_message (fixture->view, "staff-user"));
  g_assert_true (can_sign_in (fixture));

  tickets_connect_view_set_sign_in_kind (fixture->view, TICKETS_SIGN_IN_ORDER);
  g_assert_cmpstr (typed (fixture, "order-token"), ==, "demo-order-token");
  g_assert_true (can_sign_in (fixture));

  /* A custom server needs its address. */
  tickets_connect_view_set_server (fixture->view, TICKETS_SERVER_CUSTOM, NULL);
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (tickets_connect_view_get_entry (fixture->view, "server"))));
  g_assert_false (can_sign_in (fixture));
  type (fixture, "server", "https://tickets.example.org");
  g_assert_true (can_sign_in (fixture));

  tickets_connect_view_set_busy (fixture->view, TRUE);
  g_assert_false (can_sign_in (fixture));
  tickets_connect_view_set_busy (fixture->view, FALSE);
  g_assert_true (can_sign_in (fixture));
  g_assert_cmpuint (fixture->sign_ins->len, ==, 0);
}

/* A link field takes a link, a path or an id, and says so, once the user
 * is done with it, when what it holds is none of these. */
static void
test_link (Fixture       *fixture,
           gconstpointer  data)
{
  type (fixture, "order-token", "demo-order-token");
  type (fixture, "order-link", "https://");
  g_assert_null (tickets_connect_view_get_message (fixture->view, "order-link"));
  g_assert_false (can_sign_in (fixture));

  type (fixture, "order-link", "/personalization-requests/" TICKETS_TEST_RQ_PENDING);
  press_enter (fixture, "order-link");
  g_assert_nonnull (strstr (tickets_connect_view_get_message (fixture->view, "order-link"), "/orders/"));
  g_assert_false (can_sign_in (fixture));

  type (fixture, "order-link", "/orders/" TICKETS_TEST_OR_DEMO);
  g_assert_null (tickets_connect_view_get_message (fixture->view, "order-link"));
  g_assert_true (can_sign_in (fixture));
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "connect.sign-in", NULL);
  g_assert_cmpuint (fixture->sign_ins->len, ==, 1);
  g_assert_cmpstr (tickets_connection_get_resource (fixture->sign_ins->pdata[0]), ==, TICKETS_TEST_OR_DEMO);
}

/* The custom server's address is judged as the client judges it, under
 * the field, once typing pauses. */
static void
test_custom_server (Fixture       *fixture,
                    gconstpointer  data)
{
  const char *message;

  tickets_connect_view_set_sign_in_kind (fixture->view, TICKETS_SIGN_IN_COGNITO);
  type (fixture, "cognito-token", "demo-cognito-token");
  tickets_connect_view_set_server (fixture->view, TICKETS_SERVER_CUSTOM, NULL);

  type (fixture, "server", "http://tickets.example.org");
  g_assert_false (can_sign_in (fixture));
  message = wait_for_message (fixture, "server");
  g_assert_nonnull (strstr (message, "tickets.example.org"));
  g_assert_nonnull (strstr (message, "https"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (tickets_connect_view_get_entry (fixture->view, "server")),
                                           "error"));

  /* Typing again takes the message away until the next pause. */
  type (fixture, "server", "tickets example");
  g_assert_null (tickets_connect_view_get_message (fixture->view, "server"));
  press_enter (fixture, "server");
  message = tickets_connect_view_get_message (fixture->view, "server");
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "not a valid web address"));
  g_assert_false (can_sign_in (fixture));

  type (fixture, "server", "https://tickets.example.org");
  tickets_test_run_for (1000);
  g_assert_null (tickets_connect_view_get_message (fixture->view, "server"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (tickets_connect_view_get_entry (fixture->view, "server")),
                                            "error"));
  g_assert_true (can_sign_in (fixture));

  /* Plain http is fine on this computer. */
  type (fixture, "server", "http://127.0.0.1:8080");
  press_enter (fixture, "server");
  g_assert_null (tickets_connect_view_get_message (fixture->view, "server"));
  g_assert_true (can_sign_in (fixture));

  /* Not the custom server: its address does not matter. */
  type (fixture, "server", "http://tickets.example.org");
  tickets_connect_view_set_server (fixture->view, TICKETS_SERVER_PAYLOGIC, NULL);
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (tickets_connect_view_get_entry (fixture->view, "server"))));
  g_assert_null (tickets_connect_view_get_message (fixture->view, "server"));
  g_assert_true (can_sign_in (fixture));
}

/* Sign In hands over exactly what was typed: links without the white
 * space a paste brings, tokens as the server will get them. */
static void
test_sign_in (Fixture       *fixture,
              gconstpointer  data)
{
  TicketsConnection *connection;
  g_autofree char *order_header = NULL;
  g_autofree char *request_header = NULL;
  g_autofree char *staff_header = NULL;

  tickets_connect_view_set_server (fixture->view, TICKETS_SERVER_CUSTOM, "  https://tickets.example.org/api \n");
  type (fixture, "order-link", " https://tickets.example.org/api/orders/" TICKETS_TEST_OR_DEMO "\n");
  type (fixture, "order-token", "demo-order-token\n");
  press_enter (fixture, "order-token");
  g_assert_cmpuint (fixture->sign_ins->len, ==, 1);
  connection = fixture->sign_ins->pdata[0];
  g_assert_cmpint (tickets_connection_get_server_kind (connection), ==, TICKETS_SERVER_CUSTOM);
  g_assert_cmpstr (tickets_connection_get_server (connection), ==, "https://tickets.example.org/api");
  g_assert_cmpint (tickets_connection_get_sign_in_kind (connection), ==, TICKETS_SIGN_IN_ORDER);
  g_assert_cmpstr (tickets_connection_get_resource (connection), ==,
                   "https://tickets.example.org/api/orders/" TICKETS_TEST_OR_DEMO);
  g_assert_null (tickets_connection_get_user (connection));
  g_assert_false (tickets_connection_get_remembered (connection));
  order_header = dup_header_value (connection);
  g_assert_cmpstr (order_header, ==, "demo-order-token");

  /* Enter in the link goes on to the token, not to the server. */
  tickets_connect_view_set_server (fixture->view, TICKETS_SERVER_DEMO, NULL);
  tickets_connect_view_set_sign_in_kind (fixture->view, TICKETS_SIGN_IN_REQUEST);
  type (fixture, "request-link", "/personalization-requests/" TICKETS_TEST_RQ_PENDING);
  type (fixture, "request-token", "demo-request-token");
  press_enter (fixture, "request-link");
  g_assert_cmpuint (fixture->sign_ins->len, ==, 1);
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "connect.sign-in", NULL);
  g_assert_cmpuint (fixture->sign_ins->len, ==, 2);
  connection = fixture->sign_ins->pdata[1];
  g_assert_cmpint (tickets_connection_get_server_kind (connection), ==, TICKETS_SERVER_DEMO);
  g_assert_null (tickets_connection_get_server (connection));
  g_assert_cmpint (tickets_connection_get_sign_in_kind (connection), ==, TICKETS_SIGN_IN_REQUEST);
  /* A path is as good as the whole link: the request's id goes on. */
  g_assert_cmpstr (tickets_connection_get_resource (connection), ==, TICKETS_TEST_RQ_PENDING);
  request_header = dup_header_value (connection);
  g_assert_cmpstr (request_header, ==, "demo-request-token");

  /* A password is sent as typed. */
  tickets_connect_view_set_server (fixture->view, TICKETS_SERVER_PAYLOGIC, NULL);
  tickets_connect_view_set_sign_in_kind (fixture->view, TICKETS_SIGN_IN_STAFF);
  type (fixture, "staff-user", " boxoffice ");
  type (fixture, "staff-password", " boxoffice-demo");
  press_enter (fixture, "staff-password");
  g_assert_cmpuint (fixture->sign_ins->len, ==, 3);
  connection = fixture->sign_ins->pdata[2];
  g_assert_cmpint (tickets_connection_get_server_kind (connection), ==, TICKETS_SERVER_PAYLOGIC);
  g_assert_cmpstr (tickets_connection_get_user (connection), ==, "boxoffice");
  g_assert_null (tickets_connection_get_resource (connection));
  staff_header = dup_header_value (connection);
  /* base64 ("boxoffice: boxoffice-demo") */
  g_assert_cmpstr (staff_header, ==, "Basic Ym94b2ZmaWNlOiBib3hvZmZpY2UtZGVtbw==");

  /* Nothing typed was taken away. */
  g_assert_cmpstr (typed (fixture, "order-token"), ==, "demo-order-token\n");
  g_assert_cmpstr (typed (fixture, "staff-password"), ==, " boxoffice-demo");
}

/* What the window does on "sign-in" with an order: load it on the server. */
static GError *
load_order (TicketsConnection *connection)
{
  g_autoptr(TicketsClient) client = NULL;
  g_autoptr(TicketsStore) store = NULL;
  g_autoptr(TicketsAuth) auth = tickets_connection_dup_auth (connection);
  g_autoptr(TicketsOrder) order = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  GError *error = NULL;

  client = tickets_client_new (tickets_connection_get_server (connection), &error);
  g_assert_no_error (error);
  store = tickets_store_new (client);
  tickets_store_load_order_async (store, tickets_connection_get_resource (connection), auth, NULL,
                                  tickets_test_on_done, &result);
  order = tickets_store_load_order_finish (store, tickets_test_wait_result (&result), &error);

  return error;
}

/* The sandbox refuses: the message goes next to the field it is about,
 * and every field keeps what was typed. */
static void
test_show_error (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *link = tickets_test_uri (sandbox, "orders", TICKETS_TEST_OR_DEMO);
  g_autofree char *missing = tickets_test_uri (sandbox, "orders", "00000000000000000000000000000000");
  g_autoptr(GError) refused = NULL;
  g_autoptr(GError) not_found = NULL;
  g_autoptr(GError) unreachable = NULL;
  g_autoptr(GError) other = NULL;
  const char *message;

  tickets_connect_view_set_server (fixture->view, TICKETS_SERVER_CUSTOM, tickets_test_sandbox_get_base (sandbox));
  type (fixture, "order-link", link);
  type (fixture, "order-token", "not-the-order-token");
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "connect.sign-in", NULL);
  g_assert_cmpuint (fixture->sign_ins->len, ==, 1);

  tickets_connect_view_set_busy (fixture->view, TRUE);
  refused = load_order (fixture->sign_ins->pdata[0]);
  tickets_connect_view_set_busy (fixture->view, FALSE);
  g_assert_true (g_error_matches (refused, TICKETS_API_ERROR, TICKETS_API_ERROR_UNAUTHORIZED) ||
                 g_error_matches (refused, TICKETS_API_ERROR, TICKETS_API_ERROR_FORBIDDEN));
  tickets_connect_view_show_error (fixture->view, refused);
  message = tickets_connect_view_get_message (fixture->view, "order-token");
  g_assert_nonnull (message);
  g_test_message ("refused: %s", message);
  g_assert_nonnull (strstr (message, "did not accept this token"));
  g_assert_null (tickets_connect_view_get_message (fixture->view, "order-link"));
  g_assert_null (tickets_connect_view_get_message (fixture->view, "error"));
  g_assert_cmpstr (typed (fixture, "server"), ==, tickets_test_sandbox_get_base (sandbox));
  g_assert_cmpstr (typed (fixture, "order-link"), ==, link);
  g_assert_cmpstr (typed (fixture, "order-token"), ==, "not-the-order-token");

  /* Editing the token takes its message away. */
  type (fixture, "order-token", "demo-order-token");
  g_assert_null (tickets_connect_view_get_message (fixture->view, "order-token"));

  type (fixture, "order-link", missing);
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "connect.sign-in", NULL);
  g_assert_cmpuint (fixture->sign_ins->len, ==, 2);
  not_found = load_order (fixture->sign_ins->pdata[1]);
  g_assert_error (not_found, TICKETS_API_ERROR, TICKETS_API_ERROR_NOT_FOUND);
  tickets_connect_view_show_error (fixture->view, not_found);
  g_assert_nonnull (tickets_connect_view_get_message (fixture->view, "order-link"));
  g_assert_null (tickets_connect_view_get_message (fixture->view, "order-token"));
  g_assert_cmpstr (typed (fixture, "order-link"), ==, missing);

  /* A server that does not answer: said under the server's address. */
  unreachable = g_error_new_literal (TICKETS_API_ERROR, TICKETS_API_ERROR_CONNECTION_REFUSED,
                                     "The server refused the connection.");
  tickets_connect_view_show_error (fixture->view, unreachable);
  g_assert_cmpstr (tickets_connect_view_get_message (fixture->view, "server"), ==,
                   "The server refused the connection.");
  g_assert_null (tickets_connect_view_get_message (fixture->view, "order-link"));

  other = g_error_new_literal (TICKETS_API_ERROR, TICKETS_API_ERROR_SERVER_ERROR, "The server had a problem.");
  tickets_connect_view_show_error (fixture->view, other);
  g_assert_cmpstr (tickets_connect_view_get_message (fixture->view, "error"), ==, "The server had a problem.");
  g_assert_null (tickets_connect_view_get_message (fixture->view, "server"));

  tickets_connect_view_show_error (fixture->view, NULL);
  g_assert_null (tickets_connect_view_get_message (fixture->view, "error"));
  g_assert_cmpstr (typed (fixture, "order-link"), ==, missing);
  g_assert_cmpstr (typed (fixture, "order-token"), ==, "demo-order-token");
}

/* Remembered, but refused: everything but the secret comes back. */
static void
test_fill (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(TicketsConnection) connection = NULL;

  connection = tickets_connection_new (TICKETS_SERVER_CUSTOM, "https://tickets.example.org", TICKETS_SIGN_IN_STAFF,
                                       NULL, "boxoffice", "expired-password");
  tickets_connect_view_fill (fixture->view, connection);

  g_assert_cmpint (tickets_connect_view_get_server_kind (fixture->view), ==, TICKETS_SERVER_CUSTOM);
  g_assert_cmpint (tickets_connect_view_get_sign_in_kind (fixture->view), ==, TICKETS_SIGN_IN_STAFF);
  g_assert_cmpstr (typed (fixture, "server"), ==, "https://tickets.example.org");
  g_assert_cmpstr (typed (fixture, "staff-user"), ==, "boxoffice");
  g_assert_cmpstr (typed (fixture, "staff-password"), ==, "");
  g_assert_false (can_sign_in (fixture));
  type (fixture, "staff-password", "boxoffice-demo");
  g_assert_true (can_sign_in (fixture));
}

/* Without a keyring, "Remember me" says plainly what it cannot do. */
static void
test_keyring (Fixture       *fixture,
              gconstpointer  data)
{
  g_assert_true (tickets_connect_view_get_remember (fixture->view));
  g_assert_null (tickets_connect_view_get_message (fixture->view, "keyring"));

  tickets_connect_view_set_keyring_available (fixture->view, FALSE);
  g_assert_nonnull (strstr (tickets_connect_view_get_message (fixture->view, "keyring"), "No keyring"));

  tickets_connect_view_set_remember (fixture->view, FALSE);
  g_assert_false (tickets_connect_view_get_remember (fixture->view));
  g_assert_null (tickets_connect_view_get_message (fixture->view, "keyring"));

  tickets_connect_view_set_remember (fixture->view, TRUE);
  tickets_connect_view_set_keyring_available (fixture->view, TRUE);
  g_assert_null (tickets_connect_view_get_message (fixture->view, "keyring"));
}

/* The demo offers its order at once, and says where it runs. */
static void
test_demo (Fixture       *fixture,
           gconstpointer  data)
{
  GtkWidget *button = tickets_connect_view_get_demo_order_button (fixture->view);

  g_assert_false (gtk_widget_get_visible (button));
  tickets_connect_view_set_server (fixture->view, TICKETS_SERVER_DEMO, NULL);
  tickets_connect_view_set_demo_address (fixture->view, tickets_test_sandbox_get_base (sandbox));
  g_assert_true (gtk_widget_get_visible (button));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "_Open the Demo Order");

  g_signal_emit_by_name (button, "clicked");
  g_assert_cmpuint (fixture->demo_orders, ==, 1);
  g_assert_cmpuint (fixture->sign_ins->len, ==, 0);

  tickets_connect_view_set_server (fixture->view, TICKETS_SERVER_PAYLOGIC, NULL);
  g_assert_false (gtk_widget_get_visible (button));
}

/* The welcome shows the server the session uses, and the one it changes to. */
static void
test_follow_session (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(TicketsSession) session = tickets_session_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (tickets_session_connect (session, TICKETS_SERVER_PAYLOGIC, NULL, &error));
  g_assert_no_error (error);
  tickets_connect_view_follow_session (fixture->view, session);
  g_assert_cmpint (tickets_connect_view_get_server_kind (fixture->view), ==, TICKETS_SERVER_PAYLOGIC);

  g_assert_true (tickets_session_connect (session, TICKETS_SERVER_CUSTOM, tickets_test_sandbox_get_base (sandbox),
                                          &error));
  g_assert_no_error (error);
  g_assert_cmpint (tickets_connect_view_get_server_kind (fixture->view), ==, TICKETS_SERVER_CUSTOM);
}

/* A phone's width is enough. */
static void
test_narrow (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = g_error_new_literal (TICKETS_API_ERROR, TICKETS_API_ERROR_SERVER_ERROR,
                                                 "The server had a problem that takes a rather long sentence to explain.");
  int minimum;

  tickets_connect_view_set_server (fixture->view, TICKETS_SERVER_CUSTOM,
                                   "https://a-rather-long-server-name.tickets.example.org/with/a/path");
  tickets_connect_view_set_sign_in_kind (fixture->view, TICKETS_SIGN_IN_REQUEST);
  tickets_connect_view_set_keyring_available (fixture->view, FALSE);
  tickets_connect_view_show_error (fixture->view, error);
  g_assert_nonnull (tickets_connect_view_get_message (fixture->view, "error"));

  gtk_widget_measure (GTK_WIDGET (fixture->view), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
}

int
main (int   argc,
      char *argv[])
{
  tickets_test_allow_focus_out_warning ();
  if (!tickets_test_views_init (&argc, &argv))
    return g_test_run ();

#define ADD(path, func) \
  g_test_add ("/connect-view/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("complete", test_complete);
  ADD ("custom-server", test_custom_server);
  ADD ("link", test_link);
  ADD ("sign-in", test_sign_in);
  ADD ("show-error", test_show_error);
  ADD ("fill", test_fill);
  ADD ("keyring", test_keyring);
  ADD ("demo", test_demo);
  ADD ("narrow", test_narrow);
  ADD ("follow-session", test_follow_session);

  return tickets_test_run_with_sandbox (&sandbox);
}
