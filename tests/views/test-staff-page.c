/* test-staff-page.c: the box office's page in a real window, over the
 * sandbox: the events to choose first, then the counter for those chosen,
 * with a verdict for a code; Change Events and back; --event's events
 * opening the counter at once; signing out dropping the counter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "tickets-auth.h"
#include "tickets-counter-view.h"
#include "tickets-event-chooser-private.h"
#include "tickets-staff-page-private.h"
#include "tickets-test-views.h"

static char *data_home;

typedef struct
{
  TicketsTestSandbox *sandbox;
  TicketsSession     *session;
  GSettings          *settings;
  GtkWindow          *window;
  TicketsStaffPage   *page;
} Fixture;

/* Deletes @path and all under it. */
static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_assert_cmpint (g_remove (child), ==, 0);
    }
  g_assert_cmpint (g_rmdir (path), ==, 0);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(TicketsAuth) auth = tickets_auth_new_basic ("boxoffice", "boxoffice-demo");
  g_autoptr(GError) error = NULL;

  /* Connected as the app is, so that the shift log has a server to be
   * named by. */
  fixture->sandbox = tickets_test_sandbox_start ();
  fixture->session = tickets_session_new ();
  g_assert_true (tickets_session_connect (fixture->session, TICKETS_SERVER_CUSTOM,
                                          tickets_test_sandbox_get_base (fixture->sandbox), &error));
  g_assert_no_error (error);
  tickets_session_set_auth (fixture->session, auth);
  fixture->settings = g_settings_new (APP_ID);
  g_settings_reset (fixture->settings, "counter-events");

  fixture->page = g_object_ref_sink (g_object_new (TICKETS_TYPE_STAFF_PAGE, NULL));
  fixture->window = tickets_test_window_new (GTK_WIDGET (fixture->page), 1024, 600);
  gtk_widget_insert_action_group (GTK_WIDGET (fixture->window), "box-office",
                                  tickets_staff_page_get_actions (fixture->page));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  tickets_test_destroy_window (fixture->window, fixture->page);
  tickets_test_run_for (200);
  g_settings_reset (fixture->settings, "counter-events");
  g_assert_finalize_object (fixture->settings);
  tickets_session_shutdown (fixture->session);
  g_assert_finalize_object (fixture->session);
  tickets_test_sandbox_stop (fixture->sandbox);
}

static void
wait_listed (Fixture *fixture)
{
  TicketsEventChooser *chooser = tickets_staff_page_get_chooser (fixture->page);
  gint64 deadline = tickets_test_deadline (10);

  while (tickets_event_chooser_get_search_pending (chooser) ||
         g_strcmp0 (tickets_event_chooser_get_state (chooser), "loading") == 0)
    tickets_test_iterate (deadline);
  tickets_test_run_frames ();
}

static gboolean
change_events_enabled (Fixture *fixture)
{
  return g_action_group_get_action_enabled (tickets_staff_page_get_actions (fixture->page), "change-events");
}

/* Chooses the fixture's Jazz at the Canal among the upcoming events. */
static void
choose_jazz (Fixture *fixture)
{
  TicketsEventChooser *chooser = tickets_staff_page_get_chooser (fixture->page);
  GtkListBox *list = tickets_event_chooser_get_list_box (chooser);

  gtk_switch_set_active (tickets_event_chooser_get_upcoming_switch (chooser), TRUE);
  wait_listed (fixture);
  for (int i = 0;; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, i);

      g_assert_nonnull (row);
      if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), "Jazz at the Canal") == 0)
        {
          gtk_widget_activate (GTK_WIDGET (row));
          break;
        }
    }
}

/* The chooser first, then the counter for the event chosen, its title in
 * the header; Change Events goes back with the choice ticked. */
static void
test_choose_then_counter (Fixture       *fixture,
                          gconstpointer  data)
{
  TicketsEventChooser *chooser = tickets_staff_page_get_chooser (fixture->page);
  g_autofree char *jazz = tickets_test_uri (fixture->sandbox, "events", TICKETS_TEST_EV_NONE);
  g_auto(GStrv) chosen = NULL;
  TicketsCounter *counter;
  const char * const *events;

  tickets_staff_page_open (fixture->page, fixture->session, fixture->settings, "boxoffice");
  g_assert_cmpstr (tickets_staff_page_get_showing (fixture->page), ==, "chooser");
  g_assert_cmpstr (tickets_staff_page_get_title (fixture->page), ==, "Box Office");
  g_assert_cmpstr (tickets_staff_page_get_subtitle (fixture->page), ==, "Signed in as boxoffice");
  g_assert_false (change_events_enabled (fixture));
  g_assert_null (tickets_staff_page_get_counter (fixture->page));
  wait_listed (fixture);

  choose_jazz (fixture);
  g_signal_emit_by_name (tickets_event_chooser_get_open_button (chooser), "clicked");
  tickets_test_run_frames ();

  g_assert_cmpstr (tickets_staff_page_get_showing (fixture->page), ==, "counter");
  counter = tickets_staff_page_get_counter (fixture->page);
  g_assert_nonnull (counter);
  events = tickets_counter_get_events (counter);
  g_assert_nonnull (events);
  g_assert_cmpuint (g_strv_length ((char **) events), ==, 1);
  g_assert_cmpstr (events[0], ==, jazz);
  g_assert_true (tickets_counter_get_session (counter) == fixture->session);
  g_assert_nonnull (tickets_counter_get_shift_log (counter));
  g_assert_cmpstr (tickets_staff_page_get_title (fixture->page), ==, "Jazz at the Canal");
  g_assert_true (change_events_enabled (fixture));

  /* Ctrl+E's action: back to the choice, still ticked, the same counter. */
  g_action_group_activate_action (tickets_staff_page_get_actions (fixture->page), "change-events", NULL);
  g_assert_cmpstr (tickets_staff_page_get_showing (fixture->page), ==, "chooser");
  g_assert_cmpstr (tickets_staff_page_get_title (fixture->page), ==, "Box Office");
  chosen = tickets_event_chooser_dup_chosen (chooser);
  g_assert_cmpuint (g_strv_length (chosen), ==, 1);
  g_assert_cmpstr (chosen[0], ==, jazz);
  g_assert_false (change_events_enabled (fixture));

  g_signal_emit_by_name (tickets_event_chooser_get_open_button (chooser), "clicked");
  g_assert_cmpstr (tickets_staff_page_get_showing (fixture->page), ==, "counter");
  g_assert_true (tickets_staff_page_get_counter (fixture->page) == counter);

  /* Signing out drops the counter, and the page starts over. */
  tickets_staff_page_close (fixture->page);
  g_assert_null (tickets_staff_page_get_counter (fixture->page));
  g_assert_cmpstr (tickets_staff_page_get_showing (fixture->page), ==, "chooser");
  g_assert_false (change_events_enabled (fixture));
}

/* --event: the counter opens at once for those events, and scans there
 * are looked up in them (what the sandbox received says so); today's
 * listing still comes behind it. */
static void
test_events_given (Fixture       *fixture,
                   gconstpointer  data)
{
  const char *given[] = { TICKETS_TEST_EV_OPEN, NULL };
  g_autoptr(GPtrArray) received = NULL;
  TicketsCounter *counter;
  TicketsSandboxReceived *request;

  tickets_test_sandbox_record (fixture->sandbox);
  g_action_group_activate_action (tickets_staff_page_get_actions (fixture->page), "set-events",
                                  g_variant_new_strv (given, -1));
  tickets_staff_page_open (fixture->page, fixture->session, fixture->settings, "boxoffice");
  g_assert_cmpstr (tickets_staff_page_get_showing (fixture->page), ==, "counter");
  counter = tickets_staff_page_get_counter (fixture->page);
  g_assert_nonnull (counter);
  g_assert_cmpstrv (tickets_counter_get_events (counter), given);
  /* Until the listing names it, the title counts the events. */
  g_assert_cmpstr (tickets_staff_page_get_title (fixture->page), ==, "Box Office, 1 Event");
  wait_listed (fixture);
  g_assert_cmpuint (tickets_test_sandbox_count (fixture->sandbox, "GET", "/events"), >=, 1);

  g_assert_cmpint (tickets_counter_submit (counter, TICKETS_TEST_CODE_DEMO_1), ==, TICKETS_COUNTER_INPUT_SCAN);
  {
    gint64 deadline = tickets_test_deadline (10);

    while (tickets_counter_get_verdict (counter) == NULL && tickets_counter_get_error (counter) == NULL)
      tickets_test_iterate (deadline);
  }
  g_assert_nonnull (tickets_counter_get_verdict (counter));
  received = tickets_test_sandbox_dup_received (fixture->sandbox, "GET", "/tickets");
  g_assert_cmpuint (received->len, >=, 1);
  for (guint i = 0; i < received->len; i++)
    {
      request = g_ptr_array_index (received, i);
      if (request->query != NULL && strstr (request->query, TICKETS_TEST_CODE_DEMO_1) != NULL)
        break;
      request = NULL;
    }
  g_assert_nonnull (request);
  g_assert_nonnull (strstr (request->query, TICKETS_TEST_EV_OPEN));

  /* Given once: the next sign-in chooses again. */
  tickets_staff_page_close (fixture->page);
  tickets_staff_page_open (fixture->page, fixture->session, fixture->settings, "boxoffice");
  g_assert_cmpstr (tickets_staff_page_get_showing (fixture->page), ==, "chooser");
}

/* The session signing out closes the page by itself. */
static void
test_sign_out (Fixture       *fixture,
               gconstpointer  data)
{
  const char *given[] = { TICKETS_TEST_EV_OPEN, NULL };
  g_autoptr(TicketsConnection) connection = tickets_connection_new (TICKETS_SERVER_DEMO, NULL, TICKETS_SIGN_IN_STAFF,
                                                                    NULL, "boxoffice", "boxoffice-demo");

  tickets_session_begin_sign_in (fixture->session, connection);
  tickets_session_confirm_sign_in (fixture->session);
  tickets_staff_page_set_events (fixture->page, given);
  tickets_staff_page_open (fixture->page, fixture->session, fixture->settings, "boxoffice");
  g_assert_nonnull (tickets_staff_page_get_counter (fixture->page));

  tickets_session_sign_out (fixture->session);
  g_assert_null (tickets_staff_page_get_counter (fixture->page));
  g_assert_cmpstr (tickets_staff_page_get_showing (fixture->page), ==, "chooser");
}

/* The lookups survive a restart: the next counter of the same server and
 * staff member opens the same file. The demo server, on another port each
 * run, keeps its log under one name. */
static void
test_shift_log_kept (Fixture       *fixture,
                     gconstpointer  data)
{
  const char *given[] = { TICKETS_TEST_EV_OPEN, NULL };
  g_autofree char *path = tickets_shift_log_dup_path_for (tickets_test_sandbox_get_base (fixture->sandbox), "boxoffice");
  g_autofree char *demo_path = tickets_shift_log_dup_path_for ("demo", "boxoffice");
  g_autoptr(TicketsSession) demo = tickets_session_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  TicketsShiftLog *log;

  g_assert_true (g_str_has_prefix (path, data_home));
  tickets_staff_page_set_events (fixture->page, given);
  tickets_staff_page_open (fixture->page, fixture->session, fixture->settings, "boxoffice");
  log = tickets_counter_get_shift_log (tickets_staff_page_get_counter (fixture->page));
  tickets_shift_log_add (log, now, "1234567890", TICKETS_VERDICT_VALID, NULL);
  tickets_staff_page_close (fixture->page);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  tickets_staff_page_set_events (fixture->page, given);
  tickets_staff_page_open (fixture->page, fixture->session, fixture->settings, "boxoffice");
  log = tickets_counter_get_shift_log (tickets_staff_page_get_counter (fixture->page));
  g_assert_nonnull (tickets_shift_log_find (log, "1234567890"));
  tickets_staff_page_close (fixture->page);

  g_assert_false (g_file_test (demo_path, G_FILE_TEST_EXISTS));
  g_assert_true (tickets_session_connect (demo, TICKETS_SERVER_DEMO, NULL, &error));
  g_assert_no_error (error);
  tickets_staff_page_set_events (fixture->page, given);
  tickets_staff_page_open (fixture->page, demo, fixture->settings, "boxoffice");
  g_assert_nonnull (tickets_staff_page_get_counter (fixture->page));
  g_assert_true (g_file_test (demo_path, G_FILE_TEST_IS_REGULAR));
  tickets_staff_page_close (fixture->page);
  tickets_session_shutdown (demo);
}

/* A code of an event not chosen here, one still to come but not today's,
 * says which event it is for rather than "not found". */
static void
test_other_event (Fixture       *fixture,
                  gconstpointer  data)
{
  const char *given[] = { TICKETS_SANDBOX_EVENT_TODAY, NULL };
  TicketsCounter *counter;
  TicketsPagedList *upcoming;
  TicketsVerdict *verdict;
  gint64 deadline = tickets_test_deadline (10);

  tickets_staff_page_set_events (fixture->page, given);
  tickets_staff_page_open (fixture->page, fixture->session, fixture->settings, "boxoffice");
  counter = tickets_staff_page_get_counter (fixture->page);
  upcoming = tickets_staff_page_get_upcoming (fixture->page);
  g_assert_nonnull (upcoming);
  while (tickets_paged_list_get_loading (upcoming))
    tickets_test_iterate (deadline);
  g_assert_null (tickets_paged_list_get_error (upcoming));

  g_assert_cmpint (tickets_counter_submit (counter, TICKETS_SANDBOX_CODE_OTHER_EVENT), ==, TICKETS_COUNTER_INPUT_SCAN);
  while (tickets_counter_get_verdict (counter) == NULL && tickets_counter_get_error (counter) == NULL)
    tickets_test_iterate (deadline);
  verdict = tickets_counter_get_verdict (counter);
  g_assert_nonnull (verdict);
  g_assert_cmpint (tickets_verdict_get_kind (verdict), ==, TICKETS_VERDICT_OTHER_EVENT);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  /* The shift logs are files under the data home, which GLib reads once:
   * one of this run's own, never the user's. */
  data_home = g_dir_make_tmp ("tickets-staff-page-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  if (!tickets_test_views_init (&argc, &argv))
    return g_test_run ();

#define ADD_TEST(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD_TEST ("/staff-page/choose-then-counter", test_choose_then_counter);
  ADD_TEST ("/staff-page/events-given", test_events_given);
  ADD_TEST ("/staff-page/sign-out", test_sign_out);
  ADD_TEST ("/staff-page/shift-log-kept", test_shift_log_kept);
  ADD_TEST ("/staff-page/other-event", test_other_event);

  status = g_test_run ();
  remove_tree (data_home);

  return status;
}
