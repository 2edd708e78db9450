/* test-status-pages.c: the pages the window shows while it opens what a
 * sign-in gives and when that fails: what they say, and the way on each
 * offers (the box office's page has tests of its own)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tickets-accessible.h"
#include "tickets-error.h"
#include "tickets-error-page-private.h"
#include "tickets-format.h"
#include "tickets-loading-page-private.h"
#include "tickets-test-views.h"

#define OFFLINE_NOTE "This computer seems to be offline. Tickets tries again as soon as the network is back."

/* Named as the window names the page it shows. */
static gpointer
new_page (GType type)
{
  GtkWidget *page = g_object_ref_sink (g_object_new (type, NULL));

  tickets_accessible_tidy_names (page);

  return page;
}

/* The description as a reader gets it: text, from markup. */
static char *
dup_description_text (TicketsErrorPage *page)
{
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_assert_true (pango_parse_markup (tickets_error_page_get_description (page), -1, 0, NULL, &text, NULL, &error));
  g_assert_no_error (error);

  return text;
}

static void
assert_action (GtkWidget  *page,
               const char *control,
               const char *action)
{
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (tickets_test_get_control (page, control))), ==,
                   action);
}

/* A connection that failed passes: offline, the page says the network
 * coming back loads again; online, only what went wrong. */
static void
test_error_transient (void)
{
  TicketsErrorPage *page = new_page (TICKETS_TYPE_ERROR_PAGE);
  g_autoptr(GError) error = g_error_new_literal (TICKETS_API_ERROR, TICKETS_API_ERROR_NETWORK,
                                                 "The server could not be reached.");
  g_autofree char *offline = NULL;
  g_autofree char *online = NULL;

  g_assert_true (tickets_api_error_is_transient (error));
  tickets_error_page_show_error (page, "The Order Could Not Be Opened", error, FALSE);
  g_assert_cmpstr (tickets_error_page_get_title (page), ==, "The Order Could Not Be Opened");
  offline = dup_description_text (page);
  g_assert_cmpstr (offline, ==, "The server could not be reached.\n\n" OFFLINE_NOTE);

  tickets_error_page_show_error (page, "The Request Could Not Be Opened", error, TRUE);
  g_assert_cmpstr (tickets_error_page_get_title (page), ==, "The Request Could Not Be Opened");
  online = dup_description_text (page);
  g_assert_cmpstr (online, ==, "The server could not be reached.");

  assert_action (GTK_WIDGET (page), "Try Again", "win.reload");
  g_assert_finalize_object (page);
}

/* A refusal does not pass with the network: no offline note, even offline. */
static void
test_error_refused_offline (void)
{
  TicketsErrorPage *page = new_page (TICKETS_TYPE_ERROR_PAGE);
  g_autoptr(GError) error = g_error_new_literal (TICKETS_API_ERROR, TICKETS_API_ERROR_UNAUTHORIZED,
                                                 "The credentials or token you sent are not valid.");
  g_autofree char *text = NULL;

  g_assert_false (tickets_api_error_is_transient (error));
  tickets_error_page_show_error (page, "The Order Could Not Be Opened", error, FALSE);
  text = dup_description_text (page);
  g_assert_cmpstr (text, ==, "The credentials or token you sent are not valid.");

  g_assert_finalize_object (page);
}

/* A server's message is text: its markup shows as typed, offline too. */
static void
test_error_markup_is_text (void)
{
  TicketsErrorPage *page = new_page (TICKETS_TYPE_ERROR_PAGE);
  g_autoptr(GError) refused = g_error_new_literal (TICKETS_API_ERROR, TICKETS_API_ERROR_NOT_FOUND,
                                                   "No order <b>1234</b> & no <i>tickets</i>");
  g_autoptr(GError) failed = g_error_new_literal (TICKETS_API_ERROR, TICKETS_API_ERROR_TIMEOUT,
                                                  "<span>slow</span> & steady");
  g_autofree char *text = NULL;
  g_autofree char *offline = NULL;

  tickets_error_page_show_error (page, "The Order Could Not Be Opened", refused, TRUE);
  g_assert_null (strstr (tickets_error_page_get_description (page), "<b>"));
  text = dup_description_text (page);
  g_assert_cmpstr (text, ==, "No order <b>1234</b> & no <i>tickets</i>");

  tickets_error_page_show_error (page, "The Order Could Not Be Opened", failed, FALSE);
  offline = dup_description_text (page);
  g_assert_cmpstr (offline, ==, "<span>slow</span> & steady\n\n" OFFLINE_NOTE);

  g_assert_finalize_object (page);
}

/* Nothing under the title (libadwaita gives "" for none). */
static void
assert_no_description (TicketsLoadingPage *page)
{
  const char *description = tickets_loading_page_get_description (page);

  g_assert_cmpstr (description != NULL ? description : "", ==, "");
}

/* What is being opened, until the connection drops; then that it
 * reconnects, and the title again once it is back. Cancel stays. */
static void
test_loading (void)
{
  TicketsLoadingPage *page = new_page (TICKETS_TYPE_LOADING_PAGE);

  g_assert_cmpstr (tickets_loading_page_get_title (page), ==, "Opening the Order…");
  tickets_loading_page_set_title (page, "Opening the Request…");
  g_assert_cmpstr (tickets_loading_page_get_title (page), ==, "Opening the Request…");
  assert_no_description (page);

  tickets_loading_page_set_reconnecting (page, TRUE);
  g_assert_cmpstr (tickets_loading_page_get_title (page), ==, "Reconnecting…");
  g_assert_cmpstr (tickets_loading_page_get_description (page), ==,
                   "The connection to the server was lost. Tickets tries again by itself.");
  assert_action (GTK_WIDGET (page), "Cancel", "win.cancel-loading");

  tickets_loading_page_set_reconnecting (page, FALSE);
  g_assert_cmpstr (tickets_loading_page_get_title (page), ==, "Opening the Request…");
  assert_no_description (page);
  assert_action (GTK_WIDGET (page), "Cancel", "win.cancel-loading");
  g_assert_nonnull (tickets_test_find_control (page, "Loading"));

  g_assert_finalize_object (page);
}

/* The history's and My tickets' error pages say the server's words the
 * same way: as text in a markup description. */
static void
test_error_markup_helper (void)
{
  g_autoptr(GError) error = g_error_new_literal (TICKETS_API_ERROR, TICKETS_API_ERROR_UNAUTHORIZED,
                                                 "Token <b>expired</b> & gone");
  g_autofree char *markup = tickets_format_error_markup (error);

  g_assert_cmpstr (markup, ==, "Token &lt;b&gt;expired&lt;/b&gt; &amp; gone");
}

int
main (int   argc,
      char *argv[])
{
  if (!tickets_test_views_init (&argc, &argv))
    return g_test_run ();

  g_test_add_func ("/status-pages/error/transient", test_error_transient);
  g_test_add_func ("/status-pages/error/refused-offline", test_error_refused_offline);
  g_test_add_func ("/status-pages/error/markup-is-text", test_error_markup_is_text);
  g_test_add_func ("/status-pages/error/markup-helper", test_error_markup_helper);
  g_test_add_func ("/status-pages/loading", test_loading);

  return g_test_run ();
}
