/* test-window-errors.c: the window when an order or a request cannot be
 * opened
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A real TicketsApplication and window against the sandbox: what the
 * error page says and Try Again, retries riding out a faulty network, the
 * network coming back, and Cancel while reconnecting.
 */

#include "config.h"

#include <string.h>

#include "tickets-error-page-private.h"
#include "tickets-loading-page-private.h"
#include "tickets-test-window.h"

/* Network: retries, the error page, the network coming back */

static TicketsClient *
get_client (Fixture *fixture)
{
  return tickets_store_get_client (tickets_session_get_store (tickets_application_get_session (fixture->app)));
}

static void
on_page_changed (GtkStack   *stack,
                 GParamSpec *pspec,
                 GPtrArray  *pages)
{
  g_ptr_array_add (pages, g_strdup (gtk_stack_get_visible_child_name (stack)));
}

static GtkStack *
get_stack (Fixture *fixture)
{
  GtkWidget *view = GTK_WIDGET (tickets_window_get_order_view (fixture->window));

  return GTK_STACK (gtk_widget_get_ancestor (view, GTK_TYPE_STACK));
}

static const char *
get_status_title (Fixture    *fixture,
                  const char *page)
{
  GtkWidget *child = gtk_stack_get_child_by_name (get_stack (fixture), page);

  if (TICKETS_IS_LOADING_PAGE (child))
    return tickets_loading_page_get_title (TICKETS_LOADING_PAGE (child));

  return tickets_error_page_get_title (TICKETS_ERROR_PAGE (child));
}

/* The error page */

/* What the error page says when the server refuses a token, and when it
 * failed until the client stopped trying. */
#define REFUSED_TOKEN "The credentials or token you sent are not valid."
#define SERVER_FAILED "The sandbox failed this request on purpose."

/* What the error page says, as a reader gets it: the title, and the
 * description as text (it is markup); and that it offers Try Again. */
static void
assert_error_page (Fixture    *fixture,
                   const char *title,
                   const char *message)
{
  TicketsErrorPage *page = TICKETS_ERROR_PAGE (gtk_stack_get_child_by_name (get_stack (fixture), "error"));
  g_autofree char *text = NULL;
  GtkWidget *try_again;

  g_assert_cmpstr (tickets_window_get_page_name (fixture->window), ==, "error");
  g_assert_cmpstr (tickets_error_page_get_title (page), ==, title);
  g_assert_true (pango_parse_markup (tickets_error_page_get_description (page), -1, 0, NULL, &text, NULL, NULL));
  g_assert_cmpstr (text, ==, message);

  try_again = tickets_test_get_control (page, "Try Again");
  g_assert_true (gtk_widget_get_visible (try_again));
  g_assert_true (gtk_widget_is_sensitive (try_again));
}

/* Presses Try Again as a user would: the window loads afresh, then shows
 * whatever the server answers this time, @page. */
static void
press_try_again (Fixture    *fixture,
                 const char *page)
{
  GtkWidget *error_page = gtk_stack_get_child_by_name (get_stack (fixture), "error");

  g_signal_emit_by_name (tickets_test_get_control (error_page, "Try Again"), "clicked");
  g_assert_cmpstr (tickets_window_get_page_name (fixture->window), ==, "loading");
  tickets_test_wait_for_page (fixture->window, page);
}

/* A wrong token: an error page that says why, and a way to try again.
 * Try Again asks the server once more; the token is still wrong, so the
 * answer is the same. Once the cause is gone (here a server that failed
 * and is healthy again, the token being right), Try Again shows the order. */
static void
test_refused_order (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(TicketsAuth) wrong = tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, "not-the-token");
  g_autoptr(TicketsAuth) auth = tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, "demo-order-token");

  tickets_test_sandbox_record (sandbox);
  tickets_window_open_order (fixture->window, TICKETS_TEST_OR_DEMO, wrong);
  tickets_test_wait_for_page (fixture->window, "error");
  assert_error_page (fixture, "The Order Could Not Be Opened", REFUSED_TOKEN);
  g_assert_cmpuint (tickets_test_sandbox_count (sandbox, "GET", "/orders/" TICKETS_TEST_OR_DEMO), ==, 1);

  press_try_again (fixture, "error");
  assert_error_page (fixture, "The Order Could Not Be Opened", REFUSED_TOKEN);
  g_assert_cmpuint (tickets_test_sandbox_count (sandbox, "GET", "/orders/" TICKETS_TEST_OR_DEMO), ==, 2);

  /* The right token, and a server that fails until the retries are spent. */
  tickets_client_set_retry_policy (get_client (fixture), 2, 1);
  tickets_test_sandbox_fail_next (sandbox, 100, TICKETS_SANDBOX_FAULT_SERVER_ERROR, 0);
  tickets_window_open_order (fixture->window, TICKETS_TEST_OR_DEMO, auth);
  tickets_test_wait_for_page (fixture->window, "error");
  assert_error_page (fixture, "The Order Could Not Be Opened", SERVER_FAILED);

  /* The server healthy again: Try Again shows the order. */
  tickets_test_sandbox_fail_next (sandbox, 0, TICKETS_SANDBOX_FAULT_DROP, 0);
  press_try_again (fixture, "order");
  g_assert_cmpstr (tickets_resource_get_uid (TICKETS_RESOURCE (tickets_window_get_order_view_order (fixture->window))), ==,
                   TICKETS_TEST_OR_DEMO);

  tickets_client_set_retry_policy (get_client (fixture), 4, 500);
}

/* A wrong request token: an error page that says what could not be opened,
 * and Try Again, as for an order. */
static void
test_refused_request (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(TicketsAuth) wrong = tickets_auth_new_token (TICKETS_AUTH_PERSONALIZATION_REQUEST_TOKEN, "not-the-token");
  g_autoptr(TicketsAuth) auth = tickets_auth_new_token (TICKETS_AUTH_PERSONALIZATION_REQUEST_TOKEN,
                                                        "demo-request-token");
  TicketsPersonalizationRequest *request;

  tickets_test_sandbox_record (sandbox);
  tickets_window_open_request (fixture->window, TICKETS_TEST_RQ_PENDING, wrong);
  tickets_test_wait_for_page (fixture->window, "error");
  assert_error_page (fixture, "The Request Could Not Be Opened", REFUSED_TOKEN);
  g_assert_cmpuint (tickets_test_sandbox_count (sandbox, "GET", "/personalization-requests/" TICKETS_TEST_RQ_PENDING), ==, 1);

  press_try_again (fixture, "error");
  assert_error_page (fixture, "The Request Could Not Be Opened", REFUSED_TOKEN);
  g_assert_cmpuint (tickets_test_sandbox_count (sandbox, "GET", "/personalization-requests/" TICKETS_TEST_RQ_PENDING), ==, 2);

  tickets_client_set_retry_policy (get_client (fixture), 2, 1);
  tickets_test_sandbox_fail_next (sandbox, 100, TICKETS_SANDBOX_FAULT_SERVER_ERROR, 0);
  tickets_window_open_request (fixture->window, TICKETS_TEST_RQ_PENDING, auth);
  tickets_test_wait_for_page (fixture->window, "error");
  assert_error_page (fixture, "The Request Could Not Be Opened", SERVER_FAILED);

  tickets_test_sandbox_fail_next (sandbox, 0, TICKETS_SANDBOX_FAULT_DROP, 0);
  press_try_again (fixture, "request");
  request = tickets_request_view_get_request (tickets_window_get_request_view (fixture->window));
  g_assert_cmpstr (tickets_resource_get_uid (TICKETS_RESOURCE (request)), ==, TICKETS_TEST_RQ_PENDING);

  tickets_client_set_retry_policy (get_client (fixture), 4, 500);
}

/* At a fault rate that drops the first attempts, the order opens without
 * anyone clicking Try Again, and the error page never shows. */
static void
test_load_rides_out_faults (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(TicketsAuth) auth = tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, "demo-order-token");
  g_autoptr(GPtrArray) pages = g_ptr_array_new_with_free_func (g_free);
  GtkWidget *loading = gtk_stack_get_child_by_name (get_stack (fixture), "loading");
  gint64 deadline = tickets_test_deadline (10);
  gboolean reconnecting_seen = FALSE;

  /* Long enough a pause to see the page say so. */
  tickets_client_set_retry_policy (get_client (fixture), 4, 400);
  g_signal_connect (get_stack (fixture), "notify::visible-child-name", G_CALLBACK (on_page_changed), pages);
  tickets_test_sandbox_record (sandbox);
  tickets_test_sandbox_fail_next (sandbox, 2, TICKETS_SANDBOX_FAULT_SERVER_ERROR, 0);

  tickets_window_open_order (fixture->window, TICKETS_TEST_OR_DEMO, auth);
  g_assert_cmpstr (tickets_window_get_page_name (fixture->window), ==, "loading");
  g_assert_nonnull (tickets_test_find_control (loading, "Cancel"));
  while (g_strcmp0 (tickets_window_get_page_name (fixture->window), "order") != 0)
    {
      tickets_test_iterate (deadline);
      if (g_strcmp0 (tickets_window_get_page_name (fixture->window), "loading") == 0 &&
          g_strcmp0 (get_status_title (fixture, "loading"), "Reconnecting…") == 0)
        {
          reconnecting_seen = TRUE;
          /* Reconnecting keeps its way out. */
          g_assert_nonnull (tickets_test_find_control (loading, "Cancel"));
        }
    }

  g_assert_true (reconnecting_seen);
  g_assert_cmpuint (tickets_test_sandbox_count (sandbox, "GET", "/orders/" TICKETS_TEST_OR_DEMO), ==, 3);
  for (guint i = 0; i < pages->len; i++)
    g_assert_cmpstr (g_ptr_array_index (pages, i), !=, "error");

  g_signal_handlers_disconnect_by_data (get_stack (fixture), pages);
  tickets_client_set_retry_policy (get_client (fixture), 4, 500);
}

/* Once the retries are spent, the error page; when the network comes
 * back, it loads again by itself. */
static void
test_load_error_then_network_back (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(TicketsAuth) auth = tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, "demo-order-token");

  tickets_client_set_retry_policy (get_client (fixture), 3, 1);
  tickets_test_sandbox_record (sandbox);
  tickets_test_sandbox_fail_next (sandbox, 100, TICKETS_SANDBOX_FAULT_SERVER_ERROR, 0);

  tickets_window_open_order (fixture->window, TICKETS_TEST_OR_DEMO, auth);
  tickets_test_wait_for_page (fixture->window, "error");
  g_assert_cmpuint (tickets_test_sandbox_count (sandbox, "GET", "/orders/" TICKETS_TEST_OR_DEMO), ==, 3);
  g_assert_cmpstr (get_status_title (fixture, "error"), ==, "The Order Could Not Be Opened");

  /* The network going away does nothing; coming back loads again. */
  tickets_test_sandbox_fail_next (sandbox, 0, TICKETS_SANDBOX_FAULT_DROP, 0);
  tickets_window_network_changed (fixture->window, FALSE);
  g_assert_cmpstr (tickets_window_get_page_name (fixture->window), ==, "error");
  tickets_window_network_changed (fixture->window, TRUE);
  tickets_test_wait_for_page (fixture->window, "order");
  g_assert_cmpuint (tickets_test_sandbox_count (sandbox, "GET", "/orders/" TICKETS_TEST_OR_DEMO), ==, 4);

  tickets_client_set_retry_policy (get_client (fixture), 4, 500);
}

/* A refusal is no network trouble: neither retried nor loaded again when
 * the network comes back. */
static void
test_refused_not_retried (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(TicketsAuth) auth = tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, "not-the-token");

  tickets_client_set_retry_policy (get_client (fixture), 4, 1);
  tickets_test_sandbox_record (sandbox);
  tickets_window_open_order (fixture->window, TICKETS_TEST_OR_DEMO, auth);
  tickets_test_wait_for_page (fixture->window, "error");
  tickets_window_network_changed (fixture->window, TRUE);
  g_assert_cmpstr (tickets_window_get_page_name (fixture->window), ==, "error");
  g_assert_cmpuint (tickets_test_sandbox_count (sandbox, "GET", "/orders/" TICKETS_TEST_OR_DEMO), ==, 1);

  tickets_client_set_retry_policy (get_client (fixture), 4, 500);
}

/* The error page's description is markup; what went wrong is text. */
static void
test_error_is_text (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(TicketsAuth) auth = tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, "demo-order-token");
  const char *description;

  /* Not a web address: the message quotes it, angle brackets and all. */
  tickets_window_open_order (fixture->window, "https://not a server/<b>order</b>", auth);
  tickets_test_wait_for_page (fixture->window, "error");
  description = tickets_error_page_get_description (TICKETS_ERROR_PAGE (gtk_stack_get_child_by_name (get_stack (fixture),
                                                                                                     "error")));
  g_assert_nonnull (strstr (description, "&lt;b&gt;order&lt;/b&gt;"));
  g_assert_null (strstr (description, "<b>"));
}

/* Cancel while reconnecting stops at once and goes back to the welcome. */
static void
test_cancel_reconnecting (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(TicketsAuth) auth = tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, "demo-order-token");
  TicketsStore *store = tickets_session_get_store (tickets_application_get_session (fixture->app));
  gint64 deadline = tickets_test_deadline (10);

  tickets_client_set_retry_policy (get_client (fixture), 4, 60000);
  tickets_test_sandbox_record (sandbox);
  tickets_test_sandbox_fail_next (sandbox, 1, TICKETS_SANDBOX_FAULT_SERVER_ERROR, 0);
  tickets_window_open_order (fixture->window, TICKETS_TEST_OR_DEMO, auth);
  while (!tickets_store_get_reconnecting (store))
    tickets_test_iterate (deadline);
  g_assert_cmpstr (get_status_title (fixture, "loading"), ==, "Reconnecting…");

  g_signal_emit_by_name (tickets_test_get_control (gtk_stack_get_child_by_name (get_stack (fixture), "loading"), "Cancel"),
                         "clicked");
  g_assert_cmpstr (tickets_window_get_page_name (fixture->window), ==, "welcome");
  while (tickets_store_get_reconnecting (store))
    tickets_test_iterate (deadline);
  g_assert_cmpuint (tickets_test_sandbox_count (sandbox, "GET", "/orders/" TICKETS_TEST_OR_DEMO), ==, 1);

  tickets_client_set_retry_policy (get_client (fixture), 4, 500);
}

/* These pages are what a window shows without a copy of the order kept
 * from before (tests/views/test-offline.c shows it with one): the cache is
 * off, as the app's is before anything was loaded. */
static void
errors_set_up (Fixture       *fixture,
               gconstpointer  data)
{
  TicketsStore *store;

  fixture_set_up (fixture, data);
  store = tickets_session_get_store (tickets_application_get_session (fixture->app));
  tickets_store_set_storage (store, tickets_test_sandbox_get_base (sandbox), NULL, tickets_store_get_outbox (store));
}

int
main (int   argc,
      char *argv[])
{
  tickets_test_allow_focus_out_warning ();
  if (!tickets_test_views_init (&argc, &argv))
    return g_test_run ();

#define ADD(path, func) \
  g_test_add ("/window/" path, Fixture, NULL, errors_set_up, func, fixture_tear_down)

  ADD ("refused-order", test_refused_order);
  ADD ("refused-request", test_refused_request);
  ADD ("load-rides-out-faults", test_load_rides_out_faults);
  ADD ("load-error-then-network-back", test_load_error_then_network_back);
  ADD ("refused-not-retried", test_refused_not_retried);
  ADD ("cancel-reconnecting", test_cancel_reconnecting);
  ADD ("error-is-text", test_error_is_text);

  return tickets_test_run_with_app (&sandbox, &app, &settings);
}
