/* test-sign-in-flow.c: a sign-in from the welcome, waited on until the
 * server answers, with TicketsSignInFlow on its own
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A session and the flow, no window: a server that cannot be used is
 * refused before anything is waited on; the session is signed in only once
 * the flow confirms; a dropped sign-in leaves nobody signed in. Remembering
 * in the keyring is test-welcome.c's, on a private bus with gnome-keyring:
 * these leave what is saved alone (remember -1).
 */

#include "config.h"

#include "tickets-error.h"
#include "tickets-sign-in-flow.h"
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

int
main (int   argc,
      char *argv[])
{
  if (!tickets_test_views_init (&argc, &argv))
    return g_test_run ();

  g_test_add_func ("/sign-in-flow/server-refused", test_server_refused);
  g_test_add_func ("/sign-in-flow/confirm", test_confirm);
  g_test_add_func ("/sign-in-flow/drop", test_drop);

  return tickets_test_run_with_sandbox (&sandbox);
}
