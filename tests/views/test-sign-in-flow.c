/* test-sign-in-flow.c: a sign-in from the welcome, waited on until the
 * server answers, with TicketsSignInFlow on its own
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A session and the flow, no window: a server that cannot be used is
 * refused before anything is waited on; the session is signed in only once
 * the flow confirms; a dropped sign-in leaves nobody signed in; what the
 * welcome is told, and the toasts' words for what the keyring answered.
 * Remembering in a real keyring is test-welcome.c's, on a private bus with
 * gnome-keyring: these leave what is saved alone (remember -1).
 */

#include "config.h"

#include "tickets-error.h"
#include "tickets-sign-in-flow-private.h"
#include "tickets-test-views.h"

static TicketsTestSandbox *sandbox;

static TicketsConnection *
new_demo_sign_in (void)
{
  g_autofree char *order = g_strconcat (tickets_test_sandbox_get_base (sandbox), "/orders/", TICKETS_TEST_OR_DEMO, NULL);

  return tickets_connection_new (TICKETS_SERVER_CUSTOM, tickets_test_sandbox_get_base (sandbox),
                                 TICKETS_SIGN_IN_ORDER, order, NULL, "demo-order-token");
}

/* An address that is not https: refused with the reason, nothing waited on. */
static void
test_server_refused (void)
{
  g_autoptr(TicketsSession) session = tickets_session_new ();
  g_autoptr(TicketsSignInFlow) flow = tickets_sign_in_flow_new (session);
  g_autoptr(TicketsConnection) connection = NULL;
  g_autoptr(GError) error = NULL;

  connection = tickets_connection_new (TICKETS_SERVER_CUSTOM, "http://tickets.example.com", TICKETS_SIGN_IN_ORDER,
                                       "http://tickets.example.com/orders/1", NULL, "token");
  g_assert_false (tickets_sign_in_flow_begin (flow, connection, -1, &error));
  g_assert_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_INSECURE);
  g_assert_null (tickets_sign_in_flow_get_pending (flow));
  g_assert_false (tickets_sign_in_flow_drop (flow));
}

/* Begun: the session uses the sign-in's server and auth, but nobody is
 * signed in until the flow confirms, once. */
static void
test_confirm (void)
{
  g_autoptr(TicketsSession) session = tickets_session_new ();
  g_autoptr(TicketsSignInFlow) flow = tickets_sign_in_flow_new (session);
  g_autoptr(TicketsConnection) connection = new_demo_sign_in ();
  g_autoptr(GError) error = NULL;

  g_assert_true (tickets_sign_in_flow_begin (flow, connection, -1, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (tickets_session_get_server (session), ==, tickets_test_sandbox_get_base (sandbox));
  g_assert_true (tickets_sign_in_flow_get_pending (flow) == connection);

  tickets_sign_in_flow_start (flow, connection);
  g_assert_nonnull (tickets_session_get_auth (session));
  g_assert_null (tickets_session_get_connection (session));

  g_assert_true (tickets_sign_in_flow_confirm (flow));
  g_assert_true (tickets_session_get_connection (session) == connection);
  g_assert_null (tickets_sign_in_flow_get_pending (flow));
  /* Nothing waits any more: the welcome is done with it. */
  g_assert_false (tickets_sign_in_flow_confirm (flow));
}

/* Refused or given up: nothing waits, and nobody is signed in. */
static void
test_drop (void)
{
  g_autoptr(TicketsSession) session = tickets_session_new ();
  g_autoptr(TicketsSignInFlow) flow = tickets_sign_in_flow_new (session);
  g_autoptr(TicketsConnection) connection = new_demo_sign_in ();

  g_assert_true (tickets_sign_in_flow_begin (flow, connection, -1, NULL));
  tickets_sign_in_flow_start (flow, connection);
  g_assert_true (tickets_sign_in_flow_drop (flow));
  g_assert_null (tickets_sign_in_flow_get_pending (flow));
  g_assert_false (tickets_sign_in_flow_drop (flow));
  g_assert_null (tickets_session_get_connection (session));

  /* A restored sign-in is waited on the same way, without connecting. */
  tickets_sign_in_flow_wait (flow, connection);
  g_assert_true (tickets_sign_in_flow_get_pending (flow) == connection);
  g_assert_true (tickets_sign_in_flow_drop (flow));
}

/* What the flow told the welcome and the window. */
typedef struct
{
  guint              n_welcome_errors;
  GError            *welcome_error;
  TicketsConnection *opened;
  GPtrArray         *toasts;
} Told;

static void
on_welcome_error (TicketsSignInFlow *flow,
                  const GError      *error,
                  Told              *told)
{
  told->n_welcome_errors++;
  g_clear_error (&told->welcome_error);
  if (error != NULL)
    told->welcome_error = g_error_copy (error);
}

static void
on_open (TicketsSignInFlow *flow,
         TicketsConnection *connection,
         Told              *told)
{
  g_set_object (&told->opened, connection);
}

static void
on_toast (TicketsSignInFlow *flow,
          const char        *text,
          Told              *told)
{
  g_ptr_array_add (told->toasts, g_strdup (text));
}

static void
listen (TicketsSignInFlow *flow,
        Told              *told)
{
  told->toasts = g_ptr_array_new_with_free_func (g_free);
  g_signal_connect (flow, "welcome-error", G_CALLBACK (on_welcome_error), told);
  g_signal_connect (flow, "open", G_CALLBACK (on_open), told);
  g_signal_connect (flow, "toast", G_CALLBACK (on_toast), told);
}

static void
told_clear (Told *told)
{
  g_clear_error (&told->welcome_error);
  g_clear_object (&told->opened);
  g_clear_pointer (&told->toasts, g_ptr_array_unref);
}

/* The welcome's Sign In on a server that cannot be used: the reason goes to
 * the welcome, nothing opens, the welcome is not busy. */
static void
test_sign_in_refused_server (void)
{
  g_autoptr(TicketsSession) session = tickets_session_new ();
  g_autoptr(TicketsSignInFlow) flow = tickets_sign_in_flow_new (session);
  g_autoptr(TicketsConnection) connection = NULL;
  Told told = { 0 };
  guint n_busy = 0;

  listen (flow, &told);
  tickets_test_count_signal (flow, "notify::busy", &n_busy);
  connection = tickets_connection_new (TICKETS_SERVER_CUSTOM, "http://tickets.example.com", TICKETS_SIGN_IN_ORDER,
                                       "http://tickets.example.com/orders/1", NULL, "token");
  tickets_sign_in_flow_sign_in (flow, connection, TRUE);
  g_assert_cmpuint (told.n_welcome_errors, ==, 1);
  g_assert_error (told.welcome_error, TICKETS_API_ERROR, TICKETS_API_ERROR_INSECURE);
  g_assert_null (told.opened);
  g_assert_false (tickets_sign_in_flow_get_busy (flow));
  g_assert_cmpuint (n_busy, ==, 0);
  g_assert_cmpuint (told.toasts->len, ==, 0);

  told_clear (&told);
}

/* The demo order from the welcome: busy, the welcome's error cleared, the
 * window told to open it; a refusal goes back to the welcome, and a
 * confirmation clears it, once. */
static void
test_sign_in_welcome (void)
{
  g_autoptr(TicketsSession) session = tickets_session_new ();
  g_autoptr(TicketsSignInFlow) flow = tickets_sign_in_flow_new (session);
  g_autoptr(TicketsConnection) connection = new_demo_sign_in ();
  g_autoptr(GError) refusal = g_error_new_literal (TICKETS_API_ERROR, TICKETS_API_ERROR_UNAUTHORIZED, "Refused");
  Told told = { 0 };
  guint n_busy = 0;

  listen (flow, &told);
  tickets_test_count_signal (flow, "notify::busy", &n_busy);
  tickets_sign_in_flow_sign_in (flow, connection, -1);
  g_assert_true (tickets_sign_in_flow_get_busy (flow));
  g_assert_cmpuint (n_busy, ==, 1);
  g_assert_cmpuint (told.n_welcome_errors, ==, 1);
  g_assert_null (told.welcome_error);
  g_assert_true (told.opened == connection);

  /* Refused: nothing waits, and the welcome shows why. */
  tickets_sign_in_flow_start (flow, connection);
  g_assert_true (tickets_sign_in_flow_refuse (flow, refusal));
  g_assert_false (tickets_sign_in_flow_get_busy (flow));
  g_assert_cmpuint (n_busy, ==, 2);
  g_assert_cmpuint (told.n_welcome_errors, ==, 2);
  g_assert_error (told.welcome_error, TICKETS_API_ERROR, TICKETS_API_ERROR_UNAUTHORIZED);
  g_assert_null (tickets_session_get_connection (session));
  /* Nothing waited: nothing more to say. */
  g_assert_false (tickets_sign_in_flow_refuse (flow, refusal));
  g_assert_cmpuint (told.n_welcome_errors, ==, 2);

  /* Typed again, and accepted: the welcome's error goes. */
  tickets_sign_in_flow_sign_in (flow, connection, -1);
  tickets_sign_in_flow_start (flow, connection);
  g_assert_true (tickets_sign_in_flow_confirm (flow));
  g_assert_false (tickets_sign_in_flow_get_busy (flow));
  g_assert_null (told.welcome_error);
  g_assert_true (tickets_session_get_connection (session) == connection);
  g_assert_cmpuint (told.toasts->len, ==, 0);

  told_clear (&told);
}

/* What the keyring answered to saving a sign-in, in the toasts' words:
 * none for saved or cancelled; no keyring tells the welcome too; any other
 * error is quoted as it is, text and not markup. */
static void
test_toasts_saved (void)
{
  g_autoptr(TicketsSession) session = tickets_session_new ();
  g_autoptr(TicketsSignInFlow) flow = tickets_sign_in_flow_new (session);
  g_autoptr(GError) cancelled = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CANCELLED, "Cancelled");
  g_autoptr(GError) missing = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, "No Secret Service");
  g_autoptr(GError) failed = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_FAILED, "<b>Locked</b> & sealed");
  Told told = { 0 };
  guint n_unavailable = 0;

  listen (flow, &told);
  tickets_test_count_signal (flow, "keyring-unavailable", &n_unavailable);

  tickets_sign_in_flow_report_saved (flow, NULL);
  tickets_sign_in_flow_report_saved (flow, cancelled);
  g_assert_cmpuint (told.toasts->len, ==, 0);
  g_assert_cmpuint (n_unavailable, ==, 0);

  tickets_sign_in_flow_report_saved (flow, missing);
  g_assert_cmpuint (n_unavailable, ==, 1);
  g_assert_cmpuint (told.toasts->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (told.toasts, 0), ==,
                   "No keyring is running: you will have to sign in again next time.");

  tickets_sign_in_flow_report_saved (flow, failed);
  g_assert_cmpuint (n_unavailable, ==, 1);
  g_assert_cmpuint (told.toasts->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (told.toasts, 1), ==,
                   "Your sign-in could not be remembered: <b>Locked</b> & sealed");
  g_assert_cmpuint (told.n_welcome_errors, ==, 0);

  told_clear (&told);
}

/* Forgetting: nothing left saved (or no keyring to hold any) is said
 * plainly; a keyring that would not let go is quoted as it is. */
static void
test_toasts_forgotten (void)
{
  g_autoptr(TicketsSession) session = tickets_session_new ();
  g_autoptr(TicketsSignInFlow) flow = tickets_sign_in_flow_new (session);
  g_autoptr(GError) missing = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, "No Secret Service");
  g_autoptr(GError) failed = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_FAILED, "<i>Locked</i> & sealed");
  Told told = { 0 };

  listen (flow, &told);
  tickets_sign_in_flow_report_forgotten (flow, NULL);
  tickets_sign_in_flow_report_forgotten (flow, missing);
  tickets_sign_in_flow_report_forgotten (flow, failed);
  g_assert_cmpuint (told.toasts->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (told.toasts, 0), ==, "Signed out. Tickets no longer remembers your sign-in.");
  g_assert_cmpstr (g_ptr_array_index (told.toasts, 1), ==, "Signed out. Tickets no longer remembers your sign-in.");
  g_assert_cmpstr (g_ptr_array_index (told.toasts, 2), ==,
                   "Signed out, but the saved sign-in could not be removed: <i>Locked</i> & sealed");

  told_clear (&told);
}

int
main (int   argc,
      char *argv[])
{
  if (!tickets_test_views_init (&argc, &argv))
    return g_test_run ();

  g_test_add_func ("/sign-in-flow/server-refused", test_server_refused);
  g_test_add_func ("/sign-in-flow/confirm", test_confirm);
  g_test_add_func ("/sign-in-flow/drop", test_drop);
  g_test_add_func ("/sign-in-flow/sign-in/refused-server", test_sign_in_refused_server);
  g_test_add_func ("/sign-in-flow/sign-in/welcome", test_sign_in_welcome);
  g_test_add_func ("/sign-in-flow/toasts/saved", test_toasts_saved);
  g_test_add_func ("/sign-in-flow/toasts/forgotten", test_toasts_forgotten);

  return tickets_test_run_with_sandbox (&sandbox);
}
