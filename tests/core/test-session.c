/* test-session.c: the session's server choice, its sign-in and auth, the
 * demo sign-in over real HTTP, and its keyring round trip
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs on a private session bus (GTestDBus) in a temporary home, as
 * test-connection.c does; the keyring test starts gnome-keyring-daemon
 * there. GSettings uses the memory backend (tests/meson.build).
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <sys/stat.h>

#include "tickets-auth-private.h"
#include "tickets-cache.h"
#include "tickets-error.h"
#include "tickets-session.h"
#include "tickets-test-keyring.h"
#include "tickets-test-sandbox.h"

/* The demo server starts in this process on loopback, once: connecting to
 * it again keeps the store and all it holds. */
static void
test_connect_demo (void)
{
  g_autoptr(TicketsSession) session = tickets_session_new ();
  g_autoptr(GError) error = NULL;
  TicketsStore *store;
  guint n_store = 0;

  tickets_test_count_signal (session, "notify::store", &n_store);
  g_assert_null (tickets_session_get_store (session));
  g_assert_false (tickets_session_get_demo (session));

  g_assert_true (tickets_session_connect (session, TICKETS_SERVER_DEMO, NULL, &error));
  g_assert_no_error (error);
  store = tickets_session_get_store (session);
  g_assert_true (TICKETS_IS_STORE (store));
  g_assert_cmpuint (n_store, ==, 1);
  g_assert_true (tickets_session_get_demo (session));
  g_assert_cmpint (tickets_session_get_server_kind (session), ==, TICKETS_SERVER_DEMO);
  g_assert_true (g_str_has_prefix (tickets_session_get_server (session), "http://127.0.0.1:"));

  g_assert_true (tickets_session_connect (session, TICKETS_SERVER_DEMO, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (tickets_session_get_store (session) == store);
  g_assert_cmpuint (n_store, ==, 1);

  tickets_session_shutdown (session);
}

/* Another server, another store; an unusable one changes nothing, except
 * at start-up, where it stays the one chosen, without a store. */
static void
test_connect_elsewhere (void)
{
  TicketsTestSandbox *sandbox = tickets_test_sandbox_start ();
  g_autoptr(TicketsSession) session = tickets_session_new ();
  g_autoptr(TicketsSession) starting = tickets_session_new ();
  g_autoptr(GError) error = NULL;
  TicketsStore *demo_store;
  TicketsStore *store;
  TicketsServerKind kind;
  guint n_store = 0;

  tickets_test_count_signal (session, "notify::store", &n_store);
  g_assert_true (tickets_session_connect (session, TICKETS_SERVER_DEMO, NULL, &error));
  g_assert_no_error (error);
  demo_store = tickets_session_get_store (session);
  g_object_add_weak_pointer (G_OBJECT (demo_store), (gpointer *) &demo_store);

  g_assert_true (tickets_session_connect (session, TICKETS_SERVER_CUSTOM, tickets_test_sandbox_get_base (sandbox),
                                          &error));
  g_assert_no_error (error);
  store = tickets_session_get_store (session);
  g_assert_nonnull (store);
  g_assert_null (demo_store);
  g_assert_cmpuint (n_store, ==, 2);
  g_assert_cmpint (tickets_session_get_server_kind (session), ==, TICKETS_SERVER_CUSTOM);
  g_assert_cmpstr (tickets_session_get_server (session), ==, tickets_test_sandbox_get_base (sandbox));
  g_assert_false (tickets_session_get_demo (session));

  g_assert_false (tickets_session_connect (session, TICKETS_SERVER_CUSTOM, "not a server", &error));
  g_assert_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_INVALID_URI);
  g_clear_error (&error);
  g_assert_true (tickets_session_get_store (session) == store);
  g_assert_cmpuint (n_store, ==, 2);
  g_assert_cmpstr (tickets_session_get_server (session), ==, tickets_test_sandbox_get_base (sandbox));

  g_assert_false (tickets_session_connect (starting, TICKETS_SERVER_CUSTOM, "http://tickets.example.org", &error));
  g_assert_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_INSECURE);
  g_clear_error (&error);
  g_assert_null (tickets_session_get_store (starting));
  g_assert_null (tickets_session_get_server (starting));
  g_assert_cmpint (tickets_session_get_server_kind (starting), ==, TICKETS_SERVER_CUSTOM);

  /* The command line's check, in the user's words. */
  g_assert_true (tickets_session_check_server ("https://SHOPPING-API.paylogic.com/", &kind, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kind, ==, TICKETS_SERVER_PAYLOGIC);
  g_assert_true (tickets_session_check_server ("https://tickets.example.org", &kind, &error));
  g_assert_cmpint (kind, ==, TICKETS_SERVER_CUSTOM);
  g_assert_false (tickets_session_check_server ("http://tickets.example.org", &kind, &error));
  g_assert_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_INSECURE);
  g_assert_nonnull (strstr (error->message, "https://"));

  tickets_session_shutdown (session);
  g_clear_object (&session);
  tickets_test_sandbox_stop (sandbox);
}

/* The auth notifies when it changes; a sign-in is the session's
 * connection only once confirmed, and signing out drops it with its auth. */
static void
test_auth (void)
{
  g_autoptr(TicketsSession) session = tickets_session_new ();
  g_autoptr(TicketsAuth) auth = tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, "some-order-token");
  g_autoptr(TicketsConnection) connection = NULL;
  guint n_auth = 0;
  guint n_connection = 0;

  tickets_test_count_signal (session, "notify::auth", &n_auth);
  tickets_test_count_signal (session, "notify::connection", &n_connection);

  tickets_session_set_auth (session, auth);
  g_assert_true (tickets_session_get_auth (session) == auth);
  g_assert_cmpuint (n_auth, ==, 1);
  tickets_session_set_auth (session, auth);
  g_assert_cmpuint (n_auth, ==, 1);
  tickets_session_set_auth (session, NULL);
  g_assert_null (tickets_session_get_auth (session));
  g_assert_cmpuint (n_auth, ==, 2);

  connection = tickets_connection_new (TICKETS_SERVER_PAYLOGIC, NULL, TICKETS_SIGN_IN_COGNITO, NULL, NULL,
                                       "some-cognito-token");
  tickets_session_begin_sign_in (session, connection);
  g_assert_cmpuint (n_auth, ==, 3);
  g_assert_cmpstr (tickets_auth_get_header_value (tickets_session_get_auth (session)), ==, "some-cognito-token");
  g_assert_null (tickets_session_get_connection (session));
  g_assert_cmpuint (n_connection, ==, 0);

  tickets_session_confirm_sign_in (session);
  g_assert_true (tickets_session_get_connection (session) == connection);
  g_assert_cmpuint (n_connection, ==, 1);
  tickets_session_confirm_sign_in (session);
  g_assert_cmpuint (n_connection, ==, 1);

  tickets_session_sign_out (session);
  g_assert_null (tickets_session_get_connection (session));
  g_assert_null (tickets_session_get_auth (session));
  g_assert_cmpuint (n_connection, ==, 2);
  g_assert_cmpuint (n_auth, ==, 4);
}

/* The demo sign-in opens the demo order on the demo server, over HTTP. */
static void
test_demo_sign_in (void)
{
  g_autoptr(TicketsSession) session = tickets_session_new ();
  g_autoptr(TicketsConnection) connection = NULL;
  g_autoptr(TicketsOrder) order = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  TicketsStore *store;

  connection = tickets_session_dup_demo_sign_in (session);
  g_assert_cmpint (tickets_connection_get_server_kind (connection), ==, TICKETS_SERVER_DEMO);
  g_assert_cmpint (tickets_connection_get_sign_in_kind (connection), ==, TICKETS_SIGN_IN_ORDER);

  g_assert_true (tickets_session_connect (session, tickets_connection_get_server_kind (connection), NULL, &error));
  g_assert_no_error (error);
  tickets_session_begin_sign_in (session, connection);

  store = tickets_session_get_store (session);
  tickets_store_load_order_async (store, tickets_connection_get_resource (connection),
                                  tickets_session_get_auth (session), NULL, tickets_test_on_done, &result);
  order = tickets_store_load_order_finish (store, tickets_test_keyring_wait_result (&result), &error);
  g_assert_no_error (error);
  g_assert_nonnull (order);
  g_assert_cmpstr (tickets_order_get_reference (order), ==, "DEMO-0001");
  g_assert_cmpuint (g_list_model_get_n_items (tickets_order_get_tickets (order)), >, 0);

  tickets_session_confirm_sign_in (session);
  g_assert_true (tickets_session_get_connection (session) == connection);

  tickets_session_shutdown (session);
}

static gboolean
remember (TicketsSession  *session,
          GError         **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  tickets_session_remember_async (session, NULL, tickets_test_on_done, &result);

  return tickets_session_remember_finish (session, tickets_test_keyring_wait_result (&result), error);
}

static TicketsConnection *
restore (TicketsSession  *session,
         GError         **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  tickets_session_restore_async (session, NULL, tickets_test_on_done, &result);

  return tickets_session_restore_finish (session, tickets_test_keyring_wait_result (&result), error);
}

static gboolean
forget (TicketsSession  *session,
        GError         **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  tickets_session_forget_async (session, NULL, tickets_test_on_done, &result);

  return tickets_session_forget_finish (session, tickets_test_keyring_wait_result (&result), error);
}

/* Remembered, restored on the same server only, and forgotten, against
 * gnome-keyring; a forget asked for while saving waits for the save. */
static void
test_keyring_round_trip (void)
{
  TicketsTestSandbox *sandbox = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(TicketsSession) session = NULL;
  g_autoptr(TicketsSession) elsewhere = NULL;
  g_autoptr(TicketsConnection) connection = NULL;
  g_autoptr(TicketsConnection) back = NULL;
  g_autoptr(TicketsConnection) not_here = NULL;
  g_autoptr(TicketsConnection) gone = NULL;
  g_autoptr(GAsyncResult) saved = NULL;
  g_autoptr(GAsyncResult) forgotten = NULL;
  g_autofree char *order_uri = NULL;
  g_autoptr(GError) error = NULL;

  if (!tickets_test_keyring_up ())
    return;

  sandbox = tickets_test_sandbox_start ();
  settings = g_settings_new (APP_ID);
  session = tickets_session_new_with_settings (settings);
  elsewhere = tickets_session_new_with_settings (settings);
  g_assert_true (tickets_session_connect (session, TICKETS_SERVER_CUSTOM, tickets_test_sandbox_get_base (sandbox),
                                          &error));
  g_assert_no_error (error);
  g_assert_true (tickets_session_connect (elsewhere, TICKETS_SERVER_PAYLOGIC, NULL, &error));
  g_assert_no_error (error);

  order_uri = tickets_test_uri (sandbox, "orders", TICKETS_TEST_OR_DEMO);
  connection = tickets_connection_new (TICKETS_SERVER_CUSTOM, tickets_test_sandbox_get_base (sandbox),
                                       TICKETS_SIGN_IN_ORDER, order_uri, NULL, "demo-order-token");
  tickets_session_begin_sign_in (session, connection);
  tickets_session_confirm_sign_in (session);

  g_assert_true (remember (session, &error));
  g_assert_no_error (error);
  g_assert_true (tickets_connection_get_remembered (connection));

  back = restore (session, &error);
  g_assert_no_error (error);
  g_assert_nonnull (back);
  g_assert_cmpint (tickets_connection_get_server_kind (back), ==, TICKETS_SERVER_CUSTOM);
  g_assert_cmpstr (tickets_connection_get_server (back), ==, tickets_test_sandbox_get_base (sandbox));
  g_assert_cmpint (tickets_connection_get_sign_in_kind (back), ==, TICKETS_SIGN_IN_ORDER);
  g_assert_cmpstr (tickets_connection_get_resource (back), ==, order_uri);

  /* Made on another server than the one in use: not for this session. */
  not_here = restore (elsewhere, &error);
  g_assert_no_error (error);
  g_assert_null (not_here);

  /* Saved and forgotten at once: the forget comes after the save. */
  tickets_session_remember_async (session, NULL, tickets_test_on_done, &saved);
  tickets_session_forget_async (session, NULL, tickets_test_on_done, &forgotten);
  tickets_test_keyring_wait_result (&forgotten);
  g_assert_nonnull (saved);
  g_assert_true (tickets_session_remember_finish (session, saved, &error));
  g_assert_no_error (error);
  g_assert_true (tickets_session_forget_finish (session, forgotten, &error));
  g_assert_no_error (error);

  gone = restore (session, &error);
  g_assert_no_error (error);
  g_assert_null (gone);

  g_assert_true (forget (session, &error));
  g_assert_no_error (error);

  g_clear_object (&session);
  g_clear_object (&elsewhere);
  tickets_test_sandbox_stop (sandbox);
}

static guint
mode_of (const char *path)
{
  struct stat info;

  g_assert_cmpint (g_stat (path, &info), ==, 0);
  return info.st_mode & 0777;
}

/* The app's session keeps its cache on disk, owner-only; "Sign Out and
 * Forget" refuses while the sign-in has changes not sent, and once they are
 * discarded, wipes that identity's cache with its keyring entry. */
static void
test_forget_wipes (void)
{
  TicketsTestSandbox *sandbox = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(TicketsSession) session = NULL;
  g_autoptr(TicketsConnection) connection = NULL;
  g_autoptr(TicketsAuth) auth = NULL;
  g_autoptr(TicketsOrder) order = NULL;
  g_autoptr(TicketsConsumer) holder = tickets_test_new_consumer ("Wies", "Jansen", "1990-05-04", "wies@example.org");
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *order_uri = NULL;
  g_autofree char *cache_dir = tickets_cache_dup_default_dir ();
  g_autofree char *identity = NULL;
  g_autofree char *cache = NULL;
  const char * const tickets[] = { TICKETS_TEST_TK_DEMO_1, NULL };
  TicketsStore *store;

  if (!tickets_test_keyring_up ())
    return;

  sandbox = tickets_test_sandbox_start ();
  settings = g_settings_new (APP_ID);
  session = tickets_session_new_with_settings (settings);
  g_assert_true (tickets_session_connect (session, TICKETS_SERVER_CUSTOM, tickets_test_sandbox_get_base (sandbox),
                                          &error));
  g_assert_no_error (error);
  store = tickets_session_get_store (session);

  order_uri = tickets_test_uri (sandbox, "orders", TICKETS_TEST_OR_DEMO);
  connection = tickets_connection_new (TICKETS_SERVER_CUSTOM, tickets_test_sandbox_get_base (sandbox),
                                       TICKETS_SIGN_IN_ORDER, order_uri, NULL, "demo-order-token");
  tickets_session_begin_sign_in (session, connection);
  auth = tickets_auth_ref (tickets_session_get_auth (session));
  tickets_store_load_order_async (store, order_uri, auth, NULL, tickets_test_on_done, &result);
  order = tickets_store_load_order_finish (store, tickets_test_keyring_wait_result (&result), &error);
  g_assert_no_error (error);
  g_clear_object (&result);
  tickets_session_confirm_sign_in (session);

  identity = tickets_auth_dup_identity (auth);
  cache = tickets_cache_dup_path (cache_dir, tickets_test_sandbox_get_base (sandbox), identity);
  g_assert_true (g_file_test (cache, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (mode_of (cache), ==, 0600);
  g_assert_cmpuint (mode_of (cache_dir), ==, 0700);

  /* A change the server cannot take yet. */
  tickets_test_sandbox_fail_next (sandbox, 1000, TICKETS_SANDBOX_FAULT_UNAVAILABLE, 0);
  tickets_store_personalize_async (store, TICKETS_TEST_OR_DEMO, tickets, holder, TICKETS_CONSENT_NONE,
                                   auth, NULL, tickets_test_on_done, &result);
  g_assert_null (tickets_store_personalize_finish (store, tickets_test_keyring_wait_result (&result), &error));
  g_assert_error (error, TICKETS_STORE_ERROR, TICKETS_STORE_ERROR_QUEUED);
  g_clear_error (&error);
  g_clear_object (&result);
  g_assert_cmpuint (tickets_session_get_n_unsent (session), ==, 1);

  tickets_session_sign_out (session);
  g_assert_false (forget (session, &error));
  g_assert_error (error, TICKETS_STORE_ERROR, TICKETS_STORE_ERROR_UNSENT);
  g_clear_error (&error);
  g_assert_true (g_file_test (cache, G_FILE_TEST_EXISTS));

  tickets_session_discard_unsent (session);
  g_assert_cmpuint (tickets_session_get_n_unsent (session), ==, 0);
  g_assert_true (forget (session, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (cache, G_FILE_TEST_EXISTS));

  g_clear_object (&order);
  g_clear_object (&session);
  tickets_test_sandbox_stop (sandbox);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = tickets_test_private_home ("session");
  int status;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/session/connect-demo", test_connect_demo);
  g_test_add_func ("/session/connect-elsewhere", test_connect_elsewhere);
  g_test_add_func ("/session/auth", test_auth);
  g_test_add_func ("/session/demo-sign-in", test_demo_sign_in);
  g_test_add_func ("/session/keyring-round-trip", test_keyring_round_trip);
  g_test_add_func ("/session/forget-wipes", test_forget_wipes);

  status = tickets_test_run_on_private_bus ();

  tickets_test_remove_tree (home);

  return status;
}
