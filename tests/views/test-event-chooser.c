/* test-event-chooser.c: the box office's choice of events in a real window,
 * over the sandbox: today's by default, upcoming when switched, searched by
 * title after a pause, the saved choice ticked again, Open the Counter only
 * once one is ticked, and a refusal with Try Again
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tickets-auth.h"
#include "tickets-event-chooser-private.h"
#include "tickets-format.h"
#include "tickets-test-views.h"

/* Another server's choice, which must be kept but never ticked here. */
#define OTHER_SERVER_EVENT "https://shopping-api.example.org/events/" TICKETS_TEST_EV_OPEN

typedef struct
{
  TicketsTestSandbox  *sandbox;
  TicketsClient       *client;
  TicketsStore        *store;
  TicketsSession      *session;
  GSettings           *settings;
  GtkWindow           *window;
  TicketsEventChooser *chooser;
  guint                n_opened;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(TicketsAuth) auth = tickets_auth_new_basic ("boxoffice", "boxoffice-demo");

  fixture->sandbox = tickets_test_sandbox_start ();
  tickets_test_open_store (fixture->sandbox, &fixture->client, &fixture->store);
  fixture->session = tickets_test_session_new (fixture->store, auth);
  fixture->settings = g_settings_new (APP_ID);
  g_settings_reset (fixture->settings, "counter-events");

  fixture->chooser = g_object_ref (TICKETS_EVENT_CHOOSER (tickets_event_chooser_new ()));
  tickets_test_count_signal (fixture->chooser, "open-counter", &fixture->n_opened);
  fixture->window = tickets_test_window_new (GTK_WIDGET (fixture->chooser), 800, 700);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  tickets_test_destroy_window (fixture->window, fixture->chooser);
  tickets_test_run_for (200);
  g_settings_reset (fixture->settings, "counter-events");
  g_assert_finalize_object (fixture->settings);
  g_assert_finalize_object (fixture->session);
  tickets_test_close_store (fixture->sandbox, fixture->client, fixture->store);
}

/* Runs the main loop until the listing is done: no pending search, no
 * load, a state other than loading; then a few frames for the rows. */
static void
wait_listed (Fixture *fixture)
{
  gint64 deadline = tickets_test_deadline (10);

  while (tickets_event_chooser_get_search_pending (fixture->chooser) ||
         g_strcmp0 (tickets_event_chooser_get_state (fixture->chooser), "loading") == 0)
    tickets_test_iterate (deadline);
  tickets_test_run_frames ();
}

static guint
count_rows (Fixture *fixture)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (tickets_event_chooser_get_list_box (fixture->chooser), n) != NULL)
    n++;

  return n;
}

static gboolean
is_check_button (GtkWidget     *widget,
                 gconstpointer  data)
{
  return GTK_IS_CHECK_BUTTON (widget);
}

static GtkCheckButton *
row_check (Fixture *fixture,
           guint    index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (tickets_event_chooser_get_list_box (fixture->chooser), index);

  g_assert_nonnull (row);
  return GTK_CHECK_BUTTON (tickets_test_find_widget (row, is_check_button, NULL));
}

/* The row of the event whose title (in English) is @title, -1 when none. */
static int
find_row (Fixture    *fixture,
          const char *title)
{
  for (guint i = 0; i < count_rows (fixture); i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (tickets_event_chooser_get_list_box (fixture->chooser), i);

      if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title) == 0)
        return i;
    }

  return -1;
}

/* The query of the last GET /events since recording began, unescaped. */
static char *
dup_last_query (Fixture *fixture)
{
  g_autoptr(GPtrArray) received = tickets_test_sandbox_dup_received (fixture->sandbox, "GET", "/events");
  TicketsSandboxReceived *request;

  g_assert_cmpuint (received->len, >, 0);
  request = g_ptr_array_index (received, received->len - 1);

  return request->query != NULL ? g_uri_unescape_string (request->query, NULL) : g_strdup ("");
}

/* By default: events under way at some time today, the local day, in UTC. */
static void
test_today (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) start = g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now),
                                                      g_date_time_get_day_of_month (now), 0, 0, 0);
  g_autoptr(GDateTime) start_utc = g_date_time_to_utc (start);
  g_autoptr(GDateTime) end_utc = g_date_time_add_seconds (start_utc, 24 * 3600 - 1);
  g_autofree char *from = g_date_time_format (start_utc, "%Y-%m-%dT%H:%M:%SZ");
  g_autofree char *until = g_date_time_format (end_utc, "%Y-%m-%dT%H:%M:%SZ");
  g_autofree char *expected = g_strdup_printf ("event_end__gte=%s&event_start__lte=%s", from, until);
  g_autofree char *query = NULL;
  guint n_rows;

  tickets_test_sandbox_record (fixture->sandbox);
  tickets_event_chooser_load (fixture->chooser, fixture->session, fixture->settings);
  g_assert_cmpstr (tickets_event_chooser_get_state (fixture->chooser), ==, "loading");
  wait_listed (fixture);

  query = dup_last_query (fixture);
  g_assert_cmpstr (query, ==, expected);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (tickets_event_chooser_get_open_button (fixture->chooser))));

  /* Whatever the fixture holds today: the events that overlap it, or the
   * empty state that offers the upcoming ones. */
  n_rows = count_rows (fixture);
  if (n_rows == 0)
    {
      g_assert_cmpstr (tickets_event_chooser_get_state (fixture->chooser), ==, "empty");
      g_assert_cmpstr (tickets_event_chooser_get_status_title (fixture->chooser), ==, "No Events Today");
      gtk_widget_activate (tickets_test_get_control (fixture->chooser, "Show Upcoming Events"));
      wait_listed (fixture);
      g_assert_true (gtk_switch_get_active (tickets_event_chooser_get_upcoming_switch (fixture->chooser)));
      g_assert_cmpuint (count_rows (fixture), >, 0);
    }
  else
    g_assert_cmpstr (tickets_event_chooser_get_state (fixture->chooser), ==, "list");
}

/* Switched: every event not over yet; ticking one enables Open the
 * Counter, which saves the choice and says so. */
static void
test_upcoming_choose_open (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkWidget *open_button = GTK_WIDGET (tickets_event_chooser_get_open_button (fixture->chooser));
  g_autofree char *query = NULL;
  g_autofree char *jazz_uri = tickets_test_uri (fixture->sandbox, "events", TICKETS_TEST_EV_NONE);
  g_auto(GStrv) chosen = NULL;
  g_auto(GStrv) saved = NULL;
  g_auto(GStrv) listed = NULL;
  GtkCheckButton *check;
  int index;

  tickets_event_chooser_load (fixture->chooser, fixture->session, fixture->settings);
  wait_listed (fixture);
  tickets_test_sandbox_record (fixture->sandbox);
  gtk_switch_set_active (tickets_event_chooser_get_upcoming_switch (fixture->chooser), TRUE);
  wait_listed (fixture);

  query = dup_last_query (fixture);
  g_assert_true (g_str_has_prefix (query, "event_end__gte="));
  g_assert_null (strstr (query, "event_start"));
  g_assert_cmpstr (tickets_event_chooser_get_state (fixture->chooser), ==, "list");

  /* Jazz at the Canal is the fixture's event in two weeks. */
  index = find_row (fixture, "Jazz at the Canal");
  g_assert_cmpint (index, >=, 0);
  g_assert_false (gtk_widget_get_sensitive (open_button));

  /* Nothing ticked: nothing to open. */
  g_signal_emit_by_name (open_button, "clicked");
  g_assert_cmpuint (fixture->n_opened, ==, 0);

  check = row_check (fixture, index);
  g_assert_false (gtk_check_button_get_active (check));
  gtk_widget_activate (GTK_WIDGET (gtk_list_box_get_row_at_index (tickets_event_chooser_get_list_box (fixture->chooser),
                                                                  index)));
  g_assert_true (gtk_check_button_get_active (check));
  g_assert_true (gtk_widget_get_sensitive (open_button));

  chosen = tickets_event_chooser_dup_chosen (fixture->chooser);
  g_assert_cmpuint (g_strv_length (chosen), ==, 1);
  g_assert_cmpstr (chosen[0], ==, jazz_uri);
  listed = tickets_event_chooser_dup_listed (fixture->chooser);
  g_assert_cmpuint (g_strv_length (listed), ==, count_rows (fixture));
  g_assert_true (g_strv_contains ((const char * const *) listed, jazz_uri));

  saved = g_settings_get_strv (fixture->settings, "counter-events");
  g_assert_cmpuint (g_strv_length (saved), ==, 0);
  g_signal_emit_by_name (open_button, "clicked");
  g_assert_cmpuint (fixture->n_opened, ==, 1);
  g_strfreev (saved);
  saved = g_settings_get_strv (fixture->settings, "counter-events");
  g_assert_cmpstrv (saved, chosen);

  /* Unticked: nothing to open again. */
  gtk_check_button_set_active (check, FALSE);
  g_assert_false (gtk_widget_get_sensitive (open_button));
  /* The search, the switch, each event's check box, the button: named. */
  tickets_test_assert_controls_named (GTK_WIDGET (fixture->chooser));
}

/* The saved choice of this server starts ticked; another server's is kept
 * in the settings but never ticked. */
static void
test_remembered (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *jazz_uri = tickets_test_uri (fixture->sandbox, "events", TICKETS_TEST_EV_NONE);
  const char *remembered[] = { OTHER_SERVER_EVENT, jazz_uri, NULL };
  g_auto(GStrv) chosen = NULL;
  g_auto(GStrv) saved = NULL;
  int index;

  g_settings_set_strv (fixture->settings, "counter-events", remembered);
  tickets_event_chooser_load (fixture->chooser, fixture->session, fixture->settings);
  wait_listed (fixture);
  gtk_switch_set_active (tickets_event_chooser_get_upcoming_switch (fixture->chooser), TRUE);
  wait_listed (fixture);

  index = find_row (fixture, "Jazz at the Canal");
  g_assert_cmpint (index, >=, 0);
  for (guint i = 0; i < count_rows (fixture); i++)
    g_assert_true (gtk_check_button_get_active (row_check (fixture, i)) == ((int) i == index));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (tickets_event_chooser_get_open_button (fixture->chooser))));
  chosen = tickets_event_chooser_dup_chosen (fixture->chooser);
  g_assert_cmpuint (g_strv_length (chosen), ==, 1);
  g_assert_cmpstr (chosen[0], ==, jazz_uri);

  /* The focus starts on the ticked event; Enter there opens the counter. */
  tickets_event_chooser_focus (fixture->chooser);
  g_assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (fixture->window),
                                         GTK_WIDGET (tickets_event_chooser_get_list_box (fixture->chooser))) ||
                 gtk_window_get_focus (fixture->window) ==
                   GTK_WIDGET (gtk_list_box_get_row_at_index (tickets_event_chooser_get_list_box (fixture->chooser),
                                                              index)));
  g_signal_emit_by_name (tickets_event_chooser_get_open_button (fixture->chooser), "clicked");
  g_assert_cmpuint (fixture->n_opened, ==, 1);
  saved = g_settings_get_strv (fixture->settings, "counter-events");
  g_assert_cmpstrv (saved, remembered);
}

/* Typing searches by title once it pauses: one request for a word typed. */
static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  GtkEditable *search = tickets_event_chooser_get_search_entry (fixture->chooser);
  g_autofree char *query = NULL;
  guint n_rows;

  tickets_event_chooser_load (fixture->chooser, fixture->session, fixture->settings);
  wait_listed (fixture);
  gtk_switch_set_active (tickets_event_chooser_get_upcoming_switch (fixture->chooser), TRUE);
  wait_listed (fixture);
  g_assert_cmpint (find_row (fixture, "Summer Sounds Festival"), >=, 0);

  tickets_test_sandbox_record (fixture->sandbox);
  gtk_editable_set_text (search, "J");
  gtk_editable_set_text (search, "Ja");
  gtk_editable_set_text (search, "Jaz");
  g_assert_true (tickets_event_chooser_get_search_pending (fixture->chooser));
  g_assert_cmpuint (tickets_test_sandbox_count (fixture->sandbox, "GET", "/events"), ==, 0);
  wait_listed (fixture);
  g_assert_cmpuint (tickets_test_sandbox_count (fixture->sandbox, "GET", "/events"), ==, 1);

  query = dup_last_query (fixture);
  g_assert_nonnull (strstr (query, "title__startswith=Jaz"));
  g_assert_nonnull (strstr (query, "event_end__gte="));
  n_rows = count_rows (fixture);
  g_assert_cmpuint (n_rows, >, 0);
  g_assert_cmpint (find_row (fixture, "Jazz at the Canal"), >=, 0);
  g_assert_cmpint (find_row (fixture, "Summer Sounds Festival"), <, 0);

  gtk_editable_set_text (search, "Nothing like this");
  wait_listed (fixture);
  g_assert_cmpstr (tickets_event_chooser_get_state (fixture->chooser), ==, "empty");
  g_assert_cmpstr (tickets_event_chooser_get_status_title (fixture->chooser), ==, "No Events Found");
}

/* By keys alone: Down from the search goes to the list; Enter with
 * nothing ticked ticks the event under the focus, and once one is
 * ticked opens the counter; Space unticks. */
static void
test_keyboard (Fixture       *fixture,
               gconstpointer  data)
{
  GtkListBox *list = tickets_event_chooser_get_list_box (fixture->chooser);
  GtkWidget *open_button = GTK_WIDGET (tickets_event_chooser_get_open_button (fixture->chooser));
  GtkWidget *focus;
  GtkListBoxRow *first;

  tickets_event_chooser_load (fixture->chooser, fixture->session, fixture->settings);
  wait_listed (fixture);
  gtk_switch_set_active (tickets_event_chooser_get_upcoming_switch (fixture->chooser), TRUE);
  wait_listed (fixture);
  first = gtk_list_box_get_row_at_index (list, 0);
  g_assert_nonnull (first);

  gtk_widget_grab_focus (GTK_WIDGET (tickets_event_chooser_get_search_entry (fixture->chooser)));
  if (!tickets_test_press_keys (fixture->window, "Down"))
    {
      g_test_skip ("no X display or no xdotool to press keys");
      return;
    }
  tickets_test_run_frames ();
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_true (focus == GTK_WIDGET (first) || gtk_widget_is_ancestor (focus, GTK_WIDGET (first)));

  g_assert_true (tickets_test_press_keys (fixture->window, "Return"));
  tickets_test_run_frames ();
  g_assert_true (gtk_check_button_get_active (row_check (fixture, 0)));
  g_assert_true (gtk_widget_get_sensitive (open_button));
  g_assert_cmpuint (fixture->n_opened, ==, 0);

  g_assert_true (tickets_test_press_keys (fixture->window, "space"));
  tickets_test_run_frames ();
  g_assert_false (gtk_check_button_get_active (row_check (fixture, 0)));
  g_assert_false (gtk_widget_get_sensitive (open_button));

  g_assert_true (tickets_test_press_keys (fixture->window, "space Return"));
  tickets_test_run_frames ();
  g_assert_true (gtk_check_button_get_active (row_check (fixture, 0)));
  g_assert_cmpuint (fixture->n_opened, ==, 1);
}

/* A sign-in that may not list events: the error, and Try Again asks anew. */
static void
test_error (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(TicketsAuth) order = tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, "demo-order-token");

  tickets_session_set_auth (fixture->session, order);
  tickets_test_sandbox_record (fixture->sandbox);
  tickets_event_chooser_load (fixture->chooser, fixture->session, fixture->settings);
  wait_listed (fixture);
  g_assert_cmpstr (tickets_event_chooser_get_state (fixture->chooser), ==, "error");
  g_assert_cmpstr (tickets_event_chooser_get_status_title (fixture->chooser), ==, "Could Not Load the Events");
  g_assert_cmpuint (tickets_test_sandbox_count (fixture->sandbox, "GET", "/events"), ==, 1);

  g_signal_emit_by_name (tickets_test_get_control (fixture->chooser, "Try Again"), "clicked");
  g_assert_cmpstr (tickets_event_chooser_get_state (fixture->chooser), ==, "loading");
  wait_listed (fixture);
  g_assert_cmpuint (tickets_test_sandbox_count (fixture->sandbox, "GET", "/events"), ==, 2);
  g_assert_cmpstr (tickets_event_chooser_get_state (fixture->chooser), ==, "error");
}

int
main (int   argc,
      char *argv[])
{
  tickets_test_allow_focus_out_warning ();
  if (!tickets_test_views_init (&argc, &argv))
    return g_test_run ();

#define ADD_TEST(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD_TEST ("/event-chooser/today", test_today);
  ADD_TEST ("/event-chooser/upcoming-choose-open", test_upcoming_choose_open);
  ADD_TEST ("/event-chooser/remembered", test_remembered);
  ADD_TEST ("/event-chooser/search", test_search);
  ADD_TEST ("/event-chooser/error", test_error);
  ADD_TEST ("/event-chooser/keyboard", test_keyboard);

  return g_test_run ();
}
