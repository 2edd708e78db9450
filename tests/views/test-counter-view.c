/* test-counter-view.c: the box office's counter over the sandbox: a code
 * and Enter show the counter's verdict, a double scan asks once, the
 * focus stays in the field, each state has its own page, a role without
 * ticket search is told so with no dead buttons, the shift log is cleared
 * after asking, sounds follow the preference, and the shift log folds on
 * a small screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tickets-auth.h"
#include "tickets-consumer-results.h"
#include "tickets-counter-view-private.h"
#include "tickets-preferences-window.h"
#include "tickets-test-views.h"

#define CODE_UNKNOWN "4000000000006"

typedef struct
{
  TicketsTestSandbox *sandbox;
  TicketsClient      *client;
  TicketsStore       *store;
  TicketsSession     *session;
  TicketsCounter     *counter;
  TicketsCounterView *view;
  GtkWindow          *window;
  GSettings          *settings;
  guint               latency_ms;
} Fixture;

static void
set_up_as (Fixture    *fixture,
           const char *user,
           const char *password,
           int         width)
{
  const char * const events[] = { TICKETS_SANDBOX_EVENT_TODAY, NULL };
  g_autoptr(TicketsAuth) auth = tickets_auth_new_basic (user, password);

  fixture->sandbox = tickets_test_sandbox_start_faulty (fixture->latency_ms, 0.0, 1);
  tickets_test_open_store (fixture->sandbox, &fixture->client, &fixture->store);
  fixture->session = tickets_test_session_new (fixture->store, auth);
  fixture->counter = tickets_counter_new (fixture->session, NULL);
  tickets_counter_set_events (fixture->counter, events);

  /* Quiet unless a test asks for sounds. */
  fixture->settings = g_settings_new (APP_ID);
  g_settings_set_boolean (fixture->settings, "counter-sounds", FALSE);

  fixture->view = g_object_ref_sink (TICKETS_COUNTER_VIEW (tickets_counter_view_new ()));
  tickets_counter_view_set_counter (fixture->view, fixture->counter);
  fixture->window = tickets_test_window_new (GTK_WIDGET (fixture->view), width, 600);
  tickets_test_run_frames ();
  tickets_test_sandbox_record (fixture->sandbox);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  set_up_as (fixture, "boxoffice", "boxoffice-demo", 1280);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gint64 deadline = tickets_test_deadline (10);

  tickets_test_destroy_window (fixture->window, fixture->view);
  g_settings_reset (fixture->settings, "counter-sounds");
  g_clear_object (&fixture->settings);
  g_assert_finalize_object (fixture->counter);
  while (tickets_store_get_loading (fixture->store))
    tickets_test_iterate (deadline);
  g_assert_finalize_object (fixture->session);
  tickets_test_close_store (fixture->sandbox, fixture->client, fixture->store);
}

#define ADD_TEST(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

static GtkWidget *
get_field (Fixture *fixture)
{
  return tickets_counter_view_get_field (fixture->view);
}

static const char *
get_field_text (Fixture *fixture)
{
  return gtk_editable_get_text (GTK_EDITABLE (get_field (fixture)));
}

static gboolean
focus_in_field (Fixture *fixture)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture->window));

  return focus != NULL && (focus == get_field (fixture) || gtk_widget_is_ancestor (focus, get_field (fixture)));
}

/* Runs the main loop until the counter is idle and the view shows @page. */
static void
wait_page (Fixture    *fixture,
           const char *page)
{
  gint64 deadline = tickets_test_deadline (10);

  while (tickets_counter_get_busy (fixture->counter) ||
         g_strcmp0 (tickets_counter_view_get_page (fixture->view), page) != 0)
    tickets_test_iterate (deadline);
}

/* What a scanner does: the code typed into the field, then Enter. */
static void
submit (Fixture    *fixture,
        const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (get_field (fixture)), text);
  g_signal_emit_by_name (get_field (fixture), "activate");
}

static const char *
scan (Fixture    *fixture,
      const char *code)
{
  submit (fixture, code);
  wait_page (fixture, "verdict");

  return tickets_verdict_card_get_title (tickets_counter_view_get_card (fixture->view));
}

static guint
count_lookups (Fixture    *fixture,
               const char *code)
{
  g_autoptr(GPtrArray) received = tickets_test_sandbox_dup_received (fixture->sandbox, "GET", "/tickets");
  g_autofree char *param = g_strdup_printf ("code=%s", code);
  guint n = 0;

  for (guint i = 0; i < received->len; i++)
    {
      TicketsSandboxReceived *request = g_ptr_array_index (received, i);

      if (request->query != NULL && strstr (request->query, param) != NULL)
        n++;
    }

  return n;
}

static gboolean
is_enabled (Fixture    *fixture,
            const char *action)
{
  return g_action_group_get_action_enabled (tickets_counter_view_get_actions (fixture->view), action);
}

static gboolean
is_shown (GtkWidget *widget)
{
  return widget != NULL && gtk_widget_is_visible (widget) && gtk_widget_get_mapped (widget);
}

static gboolean
shows_control (Fixture    *fixture,
               const char *name)
{
  return is_shown (tickets_test_find_control (fixture->view, name));
}

/* Before the first scan: the empty page, and the field, named for screen
 * readers, has the focus. */
static void
test_empty (Fixture       *fixture,
            gconstpointer  data)
{
  g_assert_cmpstr (tickets_counter_view_get_page (fixture->view), ==, "empty");
  g_assert_cmpstr (tickets_counter_view_get_page_title (fixture->view), ==, "Scan a Ticket or Type a Name");
  g_assert_true (tickets_test_get_control (fixture->view, "Barcode or name") == get_field (fixture));
  g_assert_true (focus_in_field (fixture));
  g_assert_false (is_enabled (fixture, "reissue"));
  g_assert_false (is_enabled (fixture, "clear-log"));
}

/* A code and Enter: the counter's verdict on the card, the field empty
 * again with the focus, the lookup in the shift log. */
static void
test_scan_valid (Fixture       *fixture,
                 gconstpointer  data)
{
  TicketsShiftLog *log = tickets_counter_get_shift_log (fixture->counter);
  TicketsVerdictCard *card = tickets_counter_view_get_card (fixture->view);

  g_assert_cmpstr (scan (fixture, TICKETS_SANDBOX_CODE_VALID), ==, "Valid");
  g_assert_true (tickets_verdict_card_get_verdict (card) == tickets_counter_get_verdict (fixture->counter));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (card), "tickets-verdict-good"));
  g_assert_nonnull (tickets_test_find_label (card, "Sanne de Vries"));
  g_assert_cmpstr (get_field_text (fixture), ==, "");
  g_assert_true (focus_in_field (fixture));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (log)), ==, 1);

  /* A valid ticket can be re-issued and printed; it needs no name. */
  g_assert_true (is_enabled (fixture, "reissue"));
  g_assert_true (is_enabled (fixture, "print"));
  g_assert_false (is_enabled (fixture, "personalize"));
  g_assert_true (shows_control (fixture, "Re-issue…"));
  g_assert_true (shows_control (fixture, "Print…"));
  g_assert_false (shows_control (fixture, "Personalize"));
  g_assert_true (is_enabled (fixture, "clear-log"));
  /* The field, the card's buttons, the shift log: each named. */
  tickets_test_assert_controls_named (GTK_WIDGET (fixture->view));
}

/* Each state the sandbox's tickets are in shows the counter's verdict. */
static void
test_verdicts (Fixture       *fixture,
               gconstpointer  data)
{
  static const struct
  {
    const char *code;
    const char *title;
    const char *style;
  } expected[] = {
    { TICKETS_SANDBOX_CODE_SCANNED, "Already Scanned", "tickets-verdict-warning" },
    { TICKETS_SANDBOX_CODE_REISSUED, "Invalid: Re-issued", "tickets-verdict-bad" },
    { TICKETS_SANDBOX_CODE_CANCELLED, "Invalid: Cancelled", "tickets-verdict-bad" },
    { TICKETS_SANDBOX_CODE_VOIDED, "Invalid: Voided", "tickets-verdict-bad" },
    { TICKETS_SANDBOX_CODE_EXPIRED, "No Longer Scannable", "tickets-verdict-bad" },
    { TICKETS_SANDBOX_CODE_SUBSCRIPTION, "Subscription Not Active", "tickets-verdict-bad" },
    { TICKETS_SANDBOX_CODE_NEEDS_NAME, "Needs a Name First", "tickets-verdict-attention" },
    { CODE_UNKNOWN, "Not Found", "tickets-verdict-bad" },
  };
  TicketsVerdictCard *card = tickets_counter_view_get_card (fixture->view);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_assert_cmpstr (scan (fixture, expected[i].code), ==, expected[i].title);
      g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (card), expected[i].style));
      g_assert_cmpstr (get_field_text (fixture), ==, "");
      g_assert_true (focus_in_field (fixture));
    }

  /* The last was not found: the code is named, nothing is offered. */
  g_assert_nonnull (strstr (tickets_verdict_card_get_detail (card), CODE_UNKNOWN));
  g_assert_false (is_enabled (fixture, "reissue"));
  g_assert_false (shows_control (fixture, "Re-issue…"));
}

/* A ticket that needs a name offers to name it, right there. */
static void
test_needs_name (Fixture       *fixture,
                 gconstpointer  data)
{
  g_assert_cmpstr (scan (fixture, TICKETS_SANDBOX_CODE_NEEDS_NAME), ==, "Needs a Name First");
  g_assert_true (is_enabled (fixture, "personalize"));
  g_assert_true (shows_control (fixture, "Personalize"));
}

/* Scanners fire twice: one lookup, one entry in the shift log. Scanned
 * again later, the card says when this counter saw it before. */
static void
test_double_scan (Fixture       *fixture,
                  gconstpointer  data)
{
  TicketsShiftLog *log = tickets_counter_get_shift_log (fixture->counter);

  submit (fixture, TICKETS_SANDBOX_CODE_VALID);
  submit (fixture, TICKETS_SANDBOX_CODE_VALID);
  wait_page (fixture, "verdict");
  tickets_test_run_for (200);

  g_assert_cmpuint (count_lookups (fixture, TICKETS_SANDBOX_CODE_VALID), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (log)), ==, 1);
  g_assert_cmpstr (get_field_text (fixture), ==, "");
  g_assert_true (focus_in_field (fixture));

  /* Another code, then the first again: looked up, and seen before. */
  scan (fixture, CODE_UNKNOWN);
  scan (fixture, TICKETS_SANDBOX_CODE_VALID);
  g_assert_cmpuint (count_lookups (fixture, TICKETS_SANDBOX_CODE_VALID), ==, 2);
  g_assert_cmpstr (tickets_verdict_card_get_detail (tickets_counter_view_get_card (fixture->view)), ==,
                   "Also scanned less than a minute ago at this counter.");
}

/* The server out of reach: the error page names the code, and Try Again
 * looks it up again once the server is back. */
static void
test_error (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *title = g_strdup_printf ("Could Not Look Up %s", TICKETS_SANDBOX_CODE_VALID);
  g_autofree char *offline = g_strdup_printf ("Offline: %s Not Checked", TICKETS_SANDBOX_CODE_VALID);
  const char *shown;

  /* Some requests fail with a 500, some with the connection dropped. */
  tickets_test_sandbox_set_fail_rate (fixture->sandbox, 1.0);
  submit (fixture, TICKETS_SANDBOX_CODE_VALID);
  wait_page (fixture, "error");
  shown = tickets_counter_view_get_page_title (fixture->view);
  g_assert_true (g_strcmp0 (shown, title) == 0 || g_strcmp0 (shown, offline) == 0);
  g_assert_true (is_enabled (fixture, "retry"));
  g_assert_true (shows_control (fixture, "Try Again"));
  g_assert_false (is_enabled (fixture, "reissue"));
  /* The field is never locked: the next scan can come at once. */
  g_assert_true (gtk_widget_is_sensitive (get_field (fixture)));
  g_assert_true (focus_in_field (fixture));

  tickets_test_sandbox_set_fail_rate (fixture->sandbox, 0.0);
  g_action_group_activate_action (tickets_counter_view_get_actions (fixture->view), "retry", NULL);
  wait_page (fixture, "verdict");
  g_assert_cmpstr (tickets_verdict_card_get_title (tickets_counter_view_get_card (fixture->view)), ==, "Valid");
  g_assert_true (focus_in_field (fixture));
}

/* No answer at all (the connection dropped every time): offline, saying
 * the code was not checked, with its own icon. */
static void
test_offline (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *title = g_strdup_printf ("Offline: %s Not Checked", TICKETS_SANDBOX_CODE_VALID);

  tickets_test_sandbox_fail_next (fixture->sandbox, 50, TICKETS_SANDBOX_FAULT_DROP, 0);
  submit (fixture, TICKETS_SANDBOX_CODE_VALID);
  wait_page (fixture, "error");
  g_assert_cmpstr (tickets_counter_view_get_page_title (fixture->view), ==, title);
  g_assert_true (shows_control (fixture, "Try Again"));
  g_assert_true (focus_in_field (fixture));
}

/* While a lookup is under way: a spinner, and the field still takes the
 * next code. */
static void
test_loading (Fixture       *fixture,
              gconstpointer  data)
{
  gint64 deadline = tickets_test_deadline (10);

  tickets_test_sandbox_fail_next (fixture->sandbox, 1, TICKETS_SANDBOX_FAULT_UNAVAILABLE, 1);
  submit (fixture, TICKETS_SANDBOX_CODE_VALID);
  while (g_strcmp0 (tickets_counter_view_get_page (fixture->view), "loading") != 0)
    tickets_test_iterate (deadline);
  g_assert_true (tickets_counter_get_busy (fixture->counter));
  g_assert_true (gtk_widget_is_sensitive (get_field (fixture)));
  g_assert_true (focus_in_field (fixture));

  /* A newer scan while waiting wins. */
  g_assert_cmpstr (scan (fixture, TICKETS_SANDBOX_CODE_REISSUED), ==, "Invalid: Re-issued");
}

/* Scans @code and runs the loop until its verdict shows; TRUE when the
 * loading page showed meanwhile, @late_ms: when it first did. */
static gboolean
scan_watching_loading (Fixture    *fixture,
                       const char *code,
                       double     *took_ms,
                       double     *late_ms)
{
  gint64 deadline = tickets_test_deadline (10);
  gint64 start = g_get_monotonic_time ();
  gboolean loading = FALSE;

  submit (fixture, code);
  /* No spinner at once: the answer may come first. What was on show is
   * faded, never taken for this code's verdict. */
  g_assert_cmpstr (tickets_counter_view_get_page (fixture->view), !=, "loading");
  g_assert_true (gtk_widget_has_css_class (gtk_widget_get_parent (GTK_WIDGET (tickets_counter_view_get_card (fixture->view))),
                                           "looking-up"));
  while (tickets_counter_get_busy (fixture->counter))
    {
      tickets_test_iterate (deadline);
      if (!loading && g_strcmp0 (tickets_counter_view_get_page (fixture->view), "loading") == 0)
        {
          loading = TRUE;
          *late_ms = (g_get_monotonic_time () - start) / 1000.0;
        }
    }
  *took_ms = (g_get_monotonic_time () - start) / 1000.0;
  wait_page (fixture, "verdict");
  g_assert_false (gtk_widget_has_css_class (gtk_widget_get_parent (GTK_WIDGET (tickets_counter_view_get_card (fixture->view))),
                                            "looking-up"));

  return loading;
}

/* A lookup answered at once shows no loading page, which would only
 * make the verdict's frame wait; the card stays until the next verdict. */
static void
test_loading_fast (Fixture       *fixture,
                   gconstpointer  data)
{
  double took_ms, late_ms;
  gboolean loading;

  scan (fixture, TICKETS_SANDBOX_CODE_VALID);
  loading = scan_watching_loading (fixture, TICKETS_SANDBOX_CODE_REISSUED, &took_ms, &late_ms);
  /* Only a machine too busy to answer a loopback GET in 150 ms shows it. */
  if (loading)
    g_assert_cmpfloat (late_ms, >=, 150);
  if (took_ms < 150)
    g_assert_false (loading);
  g_assert_cmpstr (tickets_verdict_card_get_title (tickets_counter_view_get_card (fixture->view)), ==,
                   "Invalid: Re-issued");
}

/* A slow server (400 ms a request): the loading page shows once the
 * lookup is 150 ms late, and the verdict replaces it. */
static void
test_loading_slow (void)
{
  Fixture fixture = { .latency_ms = 400 };
  double took_ms, late_ms;

  set_up_as (&fixture, "boxoffice", "boxoffice-demo", 1280);
  g_assert_true (scan_watching_loading (&fixture, TICKETS_SANDBOX_CODE_VALID, &took_ms, &late_ms));
  g_assert_cmpfloat (late_ms, >=, 150);
  g_assert_cmpfloat (took_ms, >=, 400);
  g_assert_cmpstr (tickets_verdict_card_get_title (tickets_counter_view_get_card (fixture.view)), ==, "Valid");
  fixture_tear_down (&fixture, NULL);
}

/* The shift log is emptied only after asking, and the focus comes back. */
static void
test_clear_log (Fixture       *fixture,
                gconstpointer  data)
{
  TicketsShiftLog *log = tickets_counter_get_shift_log (fixture->counter);
  GActionGroup *actions = tickets_counter_view_get_actions (fixture->view);
  GtkWindow *dialog;

  scan (fixture, TICKETS_SANDBOX_CODE_VALID);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (log)), ==, 1);

  g_action_group_activate_action (actions, "clear-log", NULL);
  dialog = tickets_test_wait_for_dialog (fixture->window, ADW_TYPE_MESSAGE_DIALOG);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  gtk_window_destroy (dialog);
  tickets_test_run_frames ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (log)), ==, 1);
  g_assert_true (focus_in_field (fixture));

  g_action_group_activate_action (actions, "clear-log", NULL);
  dialog = tickets_test_wait_for_dialog (fixture->window, ADW_TYPE_MESSAGE_DIALOG);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "clear");
  gtk_window_destroy (dialog);
  tickets_test_run_frames ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (log)), ==, 0);
  g_assert_false (is_enabled (fixture, "clear-log"));
  g_assert_true (focus_in_field (fixture));
}

/* One sound per verdict, the tone's; none when the preference is off. */
static void
test_sounds (Fixture       *fixture,
             gconstpointer  data)
{
  g_settings_set_boolean (fixture->settings, "counter-sounds", TRUE);
  scan (fixture, TICKETS_SANDBOX_CODE_VALID);
  g_assert_cmpuint (tickets_counter_view_get_n_sounds (fixture->view), ==, 1);
  g_assert_cmpstr (tickets_counter_view_get_last_sound (fixture->view), ==, "complete");

  scan (fixture, TICKETS_SANDBOX_CODE_REISSUED);
  g_assert_cmpuint (tickets_counter_view_get_n_sounds (fixture->view), ==, 2);
  g_assert_cmpstr (tickets_counter_view_get_last_sound (fixture->view), ==, "dialog-error");

  g_settings_set_boolean (fixture->settings, "counter-sounds", FALSE);
  scan (fixture, TICKETS_SANDBOX_CODE_SCANNED);
  g_assert_cmpuint (tickets_counter_view_get_n_sounds (fixture->view), ==, 2);
}

static gboolean
match_description (GtkWidget     *widget,
                   gconstpointer  data)
{
  return ADW_IS_STATUS_PAGE (widget) && gtk_widget_get_mapped (widget) &&
         adw_status_page_get_description (ADW_STATUS_PAGE (widget)) != NULL &&
         strstr (adw_status_page_get_description (ADW_STATUS_PAGE (widget)), data) != NULL;
}

/* Two words typed that name no one: the results say what was looked for;
 * one word is looked for in last names, then first names, and the results
 * say what the list shown was searched with. */
static void
test_no_one_found (Fixture       *fixture,
                   gconstpointer  data)
{
  gint64 deadline = tickets_test_deadline (10);
  TicketsPagedList *list;

  gtk_editable_set_text (GTK_EDITABLE (get_field (fixture)), "Nobody Zzyzx");
  wait_page (fixture, "results");
  while ((list = tickets_counter_get_search_results (fixture->counter)) == NULL ||
         tickets_paged_list_get_loading (list))
    tickets_test_iterate (deadline);
  tickets_test_run_frames ();

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
  g_assert_nonnull (tickets_test_find_widget (fixture->view, match_description, "starts with “Zzyzx”"));
  g_assert_true (focus_in_field (fixture));

  gtk_editable_set_text (GTK_EDITABLE (get_field (fixture)), "Qwxyz");
  while ((list = tickets_counter_get_search_results (fixture->counter)) == NULL ||
         tickets_paged_list_get_loading (list) ||
         !g_hash_table_contains (tickets_people_search_get_filters (tickets_counter_get_people_search (fixture->counter)),
                                 "first_name__startswith"))
    tickets_test_iterate (deadline);
  tickets_test_run_frames ();
  g_assert_nonnull (tickets_test_find_widget (fixture->view, match_description, "first name starts with “Qwxyz”"));
  g_assert_null (tickets_test_find_widget (fixture->view, match_description, "Zzyzx"));
}

/* An action the server refused once is hidden and disabled from then on,
 * and the card says once which roles may do it. */
static void
test_forbid_reissue (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *sentence = tickets_counter_dup_forbidden_text (TICKETS_STAFF_ACTION_REISSUE);
  TicketsVerdictCard *card = tickets_counter_view_get_card (fixture->view);

  scan (fixture, TICKETS_SANDBOX_CODE_VALID);
  g_assert_true (shows_control (fixture, "Re-issue…"));
  g_assert_null (tickets_test_find_label (card, sentence));

  tickets_counter_forbid (fixture->counter, TICKETS_STAFF_ACTION_REISSUE);
  g_assert_false (is_enabled (fixture, "reissue"));
  g_assert_false (shows_control (fixture, "Re-issue…"));
  g_assert_true (is_enabled (fixture, "print"));
  g_assert_true (shows_control (fixture, "Print…"));
  g_assert_true (is_shown (tickets_test_find_label (card, sentence)));

  /* A code whose verdict calls for nothing says nothing of it. */
  scan (fixture, TICKETS_SANDBOX_CODE_REISSUED);
  g_assert_false (is_shown (tickets_test_find_label (card, sentence)));
}

/* A role that may not look tickets up (spa-sales) is told so, with the
 * roles that may, and offers no button that would be refused. */
static void
test_forbidden (void)
{
  Fixture fixture = { 0 };
  /* spa may search neither: one sentence for both. */
  g_autofree char *tickets = tickets_counter_dup_lookups_forbidden_text (TRUE);
  g_autofree char *escaped = g_markup_escape_text (tickets, -1);

  set_up_as (&fixture, "spa", "spa-demo", 1280);
  submit (&fixture, TICKETS_SANDBOX_CODE_VALID);
  wait_page (&fixture, "forbidden");

  g_assert_nonnull (strstr (tickets_counter_view_get_page_description (fixture.view), escaped));
  g_assert_false (is_enabled (&fixture, "reissue"));
  g_assert_false (is_enabled (&fixture, "print"));
  g_assert_false (is_enabled (&fixture, "personalize"));
  g_assert_false (shows_control (&fixture, "Re-issue…"));
  g_assert_false (shows_control (&fixture, "Print…"));
  g_assert_false (shows_control (&fixture, "Personalize"));
  /* The field still works, and still has the focus. */
  g_assert_true (gtk_widget_is_sensitive (get_field (&fixture)));
  g_assert_true (focus_in_field (&fixture));

  fixture_tear_down (&fixture, NULL);
}

/* The preference that mutes them, in the Preferences window. */
static void
test_sounds_preference (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  TicketsPreferencesWindow *window = g_object_ref (tickets_preferences_window_new (settings));
  GtkWidget *control;

  tickets_test_present (GTK_WINDOW (window));
  control = tickets_test_get_control (window, "Sounds at the Counter");
  g_assert_true (GTK_IS_SWITCH (control));
  g_assert_true (g_settings_get_boolean (settings, "counter-sounds"));
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (control)));

  gtk_switch_set_active (GTK_SWITCH (control), FALSE);
  g_assert_false (g_settings_get_boolean (settings, "counter-sounds"));

  g_settings_reset (settings, "counter-sounds");
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (control)));
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static void
collect_accels (GtkWidget  *widget,
                GHashTable *accels)
{
  if (GTK_IS_SHORTCUTS_SHORTCUT (widget))
    {
      g_autofree char *accelerator = NULL;
      g_auto(GStrv) parts = NULL;

      g_object_get (widget, "accelerator", &accelerator, NULL);
      parts = g_strsplit (accelerator != NULL ? accelerator : "", " ", -1);
      for (guint i = 0; parts[i] != NULL; i++)
        {
          guint key;
          GdkModifierType mods;

          if (gtk_accelerator_parse (parts[i], &key, &mods))
            g_hash_table_add (accels, gtk_accelerator_name (key, mods));
        }
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_accels (child, accels);
}

/* Every shortcut of the counter is in the shortcuts window. */
static void
test_shortcuts_listed (void)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/org/example/Tickets/gtk/help-overlay.ui");
  GtkWidget *overlay = GTK_WIDGET (gtk_builder_get_object (builder, "help_overlay"));
  g_autoptr(GHashTable) accels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GtkWidget *view = g_object_ref_sink (tickets_counter_view_new ());
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (view);
  guint n_checked = 0;

  collect_accels (overlay, accels);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
          g_autofree char *name = NULL;

          g_assert_true (GTK_IS_KEYVAL_TRIGGER (trigger));
          name = gtk_accelerator_name (gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)),
                                       gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)));
          if (!g_hash_table_contains (accels, name))
            g_error ("the shortcuts window does not list %s", name);
          n_checked++;
        }
    }

  g_assert_cmpuint (n_checked, >=, 8);
  g_clear_object (&controllers);
  gtk_window_destroy (GTK_WINDOW (overlay));
  g_assert_finalize_object (view);
}

static AdwFlap *
get_flap (Fixture *fixture)
{
  return ADW_FLAP (gtk_widget_get_first_child (GTK_WIDGET (fixture->view)));
}

/* At 1024 pixels the shift log stands beside the card; at 800 it folds,
 * hidden until F9 (counter.show-log). */
static void
test_fold (void)
{
  Fixture fixture = { 0 };
  GActionGroup *actions;

  set_up_as (&fixture, "boxoffice", "boxoffice-demo", 1024);
  g_assert_false (adw_flap_get_folded (get_flap (&fixture)));
  g_assert_true (adw_flap_get_reveal_flap (get_flap (&fixture)));
  fixture_tear_down (&fixture, NULL);

  set_up_as (&fixture, "boxoffice", "boxoffice-demo", 800);
  tickets_test_run_frames ();
  actions = tickets_counter_view_get_actions (fixture.view);
  g_assert_true (adw_flap_get_folded (get_flap (&fixture)));
  g_assert_false (adw_flap_get_reveal_flap (get_flap (&fixture)));
  g_action_group_activate_action (actions, "show-log", NULL);
  g_assert_true (adw_flap_get_reveal_flap (get_flap (&fixture)));
  fixture_tear_down (&fixture, NULL);
}

static gboolean
press (Fixture    *fixture,
       const char *keys)
{
  gboolean pressed = tickets_test_press_keys (fixture->window, keys);

  if (!pressed)
    g_test_skip ("no X display or xdotool to press keys with");
  return pressed;
}

/* Real keys: a code typed and Enter; a printable key with the focus on
 * another control goes into the field; Escape empties it. */
static void
test_keys (Fixture       *fixture,
           gconstpointer  data)
{
  GtkWidget *log_button = tickets_test_get_control (fixture->view, "Shift Log");

  if (!press (fixture, "8 7 1 4 5 2 3 6 9 0 1 2 0 Return"))
    return;
  wait_page (fixture, "verdict");
  g_assert_cmpstr (tickets_verdict_card_get_title (tickets_counter_view_get_card (fixture->view)), ==, "Valid");
  g_assert_cmpstr (get_field_text (fixture), ==, "");
  g_assert_true (focus_in_field (fixture));

  g_assert_true (gtk_widget_grab_focus (log_button));
  g_assert_false (focus_in_field (fixture));
  g_assert_true (press (fixture, "J a"));
  g_assert_cmpstr (get_field_text (fixture), ==, "Ja");
  g_assert_true (focus_in_field (fixture));

  g_assert_true (gtk_widget_grab_focus (log_button));
  g_assert_true (press (fixture, "Escape"));
  g_assert_cmpstr (get_field_text (fixture), ==, "");
  g_assert_true (focus_in_field (fixture));
  /* Escape left the verdict on the card. */
  g_assert_cmpstr (tickets_counter_view_get_page (fixture->view), ==, "verdict");

  /* Ctrl+L brings the focus back from anywhere. */
  g_assert_true (gtk_widget_grab_focus (log_button));
  g_assert_true (press (fixture, "ctrl+l"));
  g_assert_true (focus_in_field (fixture));
}

static gboolean
focus_in (Fixture   *fixture,
          GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture->window));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static gboolean
match_results (GtkWidget     *widget,
               gconstpointer  data)
{
  return TICKETS_IS_CONSUMER_RESULTS (widget);
}

/* A name typed finds people as it is typed; Down goes into them, Enter
 * opens one, and the focus is back in the field once that closes. Escape
 * closes the results. */
static void
test_results_keys (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWidget *results = tickets_test_find_widget (fixture->view, match_results, NULL);
  gint64 deadline = tickets_test_deadline (10);
  GtkWindow *detail;

  if (!press (fixture, "J a n s e n"))
    return;
  wait_page (fixture, "results");
  while (tickets_counter_get_search_results (fixture->counter) == NULL ||
         g_list_model_get_n_items (G_LIST_MODEL (tickets_counter_get_search_results (fixture->counter))) == 0)
    tickets_test_iterate (deadline);
  tickets_test_run_frames ();
  g_assert_cmpstr (get_field_text (fixture), ==, "Jansen");

  g_assert_true (press (fixture, "Down"));
  g_assert_false (focus_in_field (fixture));
  g_assert_true (focus_in (fixture, results));

  g_assert_true (press (fixture, "Return"));
  detail = tickets_test_wait_for_dialog (fixture->window, GTK_TYPE_WINDOW);
  gtk_window_destroy (detail);
  tickets_test_run_frames ();
  g_assert_true (focus_in_field (fixture));

  g_assert_true (press (fixture, "Escape"));
  g_assert_cmpstr (get_field_text (fixture), ==, "");
  g_assert_cmpstr (tickets_counter_view_get_page (fixture->view), !=, "results");
  g_assert_true (focus_in_field (fixture));
}

int
main (int    argc,
      char **argv)
{
  tickets_test_allow_focus_out_warning ();
  if (!tickets_test_views_init (&argc, &argv))
    return g_test_run ();

  ADD_TEST ("/counter-view/empty", test_empty);
  ADD_TEST ("/counter-view/scan-valid", test_scan_valid);
  ADD_TEST ("/counter-view/verdicts", test_verdicts);
  ADD_TEST ("/counter-view/needs-name", test_needs_name);
  ADD_TEST ("/counter-view/double-scan", test_double_scan);
  ADD_TEST ("/counter-view/error", test_error);
  ADD_TEST ("/counter-view/offline", test_offline);
  ADD_TEST ("/counter-view/loading", test_loading);
  ADD_TEST ("/counter-view/loading-fast", test_loading_fast);
  g_test_add_func ("/counter-view/loading-slow", test_loading_slow);
  ADD_TEST ("/counter-view/clear-log", test_clear_log);
  ADD_TEST ("/counter-view/sounds", test_sounds);
  ADD_TEST ("/counter-view/no-one-found", test_no_one_found);
  ADD_TEST ("/counter-view/forbid-reissue", test_forbid_reissue);
  ADD_TEST ("/counter-view/keys", test_keys);
  ADD_TEST ("/counter-view/results-keys", test_results_keys);
  g_test_add_func ("/counter-view/forbidden", test_forbidden);
  g_test_add_func ("/counter-view/fold", test_fold);
  g_test_add_func ("/counter-view/sounds-preference", test_sounds_preference);
  g_test_add_func ("/counter-view/shortcuts-listed", test_shortcuts_listed);

  return g_test_run ();
}
