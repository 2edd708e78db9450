/* test-preferences-window.c: the language choice, the key it writes, the
 * restart it asks for, and the app.preferences action that opens it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The UI speaks English here (tickets_test_views_init() sets LANGUAGE=en);
 * each test gives the window the start environment that says what the
 * system's language is.
 */

#include "config.h"

#include <string.h>

#include "tickets-application.h"
#include "tickets-preferences-window.h"
#include "tickets-test-views.h"

static GSettings *settings;

/* A window on the key set to @language, as if the program had started in
 * @start_environ. */
static TicketsPreferencesWindow *
open_window (const char         *language,
             const char * const *start_environ)
{
  TicketsPreferencesWindow *window;

  g_settings_set_string (settings, "language", language);
  window = g_object_new (TICKETS_TYPE_PREFERENCES_WINDOW,
                         "settings", settings,
                         "start-environ", start_environ,
                         NULL);
  /* GTK keeps windows alive until destroyed; the test's own reference
   * shows that destroying it is the end of it. */
  g_object_ref (window);
  tickets_test_present (GTK_WINDOW (window));

  return window;
}

static void
close_window (TicketsPreferencesWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static AdwComboRow *
get_language_row (TicketsPreferencesWindow *window)
{
  GtkWidget *row = tickets_test_get_control (window, "Language");

  g_assert_true (ADW_IS_COMBO_ROW (row));

  return ADW_COMBO_ROW (row);
}

/* The texts the language row offers, joined by "|". */
static char *
dup_offered (TicketsPreferencesWindow *window)
{
  GListModel *model = adw_combo_row_get_model (get_language_row (window));
  g_autoptr(GString) offered = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      g_string_append_printf (offered, "%s%s", i > 0 ? "|" : "", gtk_string_object_get_string (item));
    }

  return g_string_free (g_steal_pointer (&offered), FALSE);
}

/* Chooses the item @text of the language row, as a click on it does. */
static void
choose (TicketsPreferencesWindow *window,
        const char               *text)
{
  AdwComboRow *row = get_language_row (window);
  GListModel *model = adw_combo_row_get_model (row);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      if (g_str_equal (gtk_string_object_get_string (item), text))
        {
          adw_combo_row_set_selected (row, i);
          tickets_test_run_frames ();
          return;
        }
    }

  g_error ("the language row offers no “%s”", text);
}

/* The restart notice on show, NULL when there is none. */
static const char *
get_notice (TicketsPreferencesWindow *window)
{
  GtkWidget *button = tickets_test_get_control (window, "Restart Now");
  GtkWidget *row = gtk_widget_get_ancestor (button, ADW_TYPE_ACTION_ROW);

  if (!gtk_widget_get_mapped (button))
    return NULL;

  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
}

/* Spins the main loop until the key is @code, failing after 10 s. */
static void
wait_for_key (const char *code)
{
  gint64 deadline = tickets_test_deadline (10);

  for (;;)
    {
      g_autofree char *value = g_settings_get_string (settings, "language");

      if (g_str_equal (value, code))
        break;
      tickets_test_iterate (deadline);
    }
}

static void
test_languages (void)
{
  static const char * const environ_de[] = { "LANGUAGE=de:en", "LANG=C.UTF-8", NULL };
  TicketsPreferencesWindow *window = open_window ("", environ_de);
  g_autofree char *offered = dup_offered (window);

  g_assert_cmpstr (offered, ==,
                   "System Default (Deutsch)|English|Nederlands|Deutsch|Français|Español|Português|Türkçe|Polski|Русский");
  g_assert_cmpuint (adw_combo_row_get_selected (get_language_row (window)), ==, 0);

  close_window (window);
}

/* The system's language as g_get_language_names() finds it: LANGUAGE's
 * list first, else LC_ALL, LC_MESSAGES, LANG; only the first one set
 * counts; English when it names none of the nine. */
static void
test_system_language (void)
{
  static const struct
  {
    const char *start_environ[3];
    const char *offered;
  } cases[] = {
    { { "LANG=pl_PL.UTF-8", NULL }, "System Default (Polski)" },
    { { "LANGUAGE=", "LC_ALL=pt_BR.UTF-8@euro" }, "System Default (Português)" },
    { { "LANGUAGE=ja:ru_RU:en", "LANG=nl_NL.UTF-8" }, "System Default (Русский)" },
    { { "LC_MESSAGES=tr_TR.UTF-8", "LANG=fr_FR.UTF-8" }, "System Default (Türkçe)" },
    { { "LANGUAGE=ja", "LANG=nl_NL.UTF-8" }, "System Default (English)" },
    { { NULL }, "System Default (English)" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      TicketsPreferencesWindow *window = open_window ("", cases[i].start_environ);
      g_autofree char *offered = dup_offered (window);

      g_assert_true (g_str_has_prefix (offered, cases[i].offered));
      g_assert_cmpint (offered[strlen (cases[i].offered)], ==, '|');

      close_window (window);
    }
}

static void
test_choice_writes_key (void)
{
  static const char * const environ_en[] = { "LANG=en_US.UTF-8", NULL };
  TicketsPreferencesWindow *window = open_window ("", environ_en);
  AdwComboRow *row = get_language_row (window);

  choose (window, "Nederlands");
  wait_for_key ("nl");
  choose (window, "Русский");
  wait_for_key ("ru");
  choose (window, "English");
  wait_for_key ("en");
  choose (window, "System Default (English)");
  wait_for_key ("");

  /* And the other way: the row follows the key. */
  g_settings_set_string (settings, "language", "tr");
  tickets_test_run_frames ();
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 7);
  g_settings_set_string (settings, "language", "xx");
  tickets_test_run_frames ();
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 0);

  close_window (window);
}

static void
test_restart_notice (void)
{
  static const char * const environ_en[] = { "LANG=en_GB.UTF-8", NULL };
  static const char * const environ_de[] = { "LANGUAGE=de", NULL };
  TicketsPreferencesWindow *window = open_window ("", environ_en);

  /* The system speaks English, as the UI does now. */
  g_assert_null (get_notice (window));
  choose (window, "Nederlands");
  g_assert_cmpstr (get_notice (window), ==, "Tickets will speak Nederlands after a restart.");
  choose (window, "Русский");
  g_assert_cmpstr (get_notice (window), ==, "Tickets will speak Русский after a restart.");
  choose (window, "English");
  g_assert_null (get_notice (window));
  choose (window, "Polski");
  g_assert_cmpstr (get_notice (window), ==, "Tickets will speak Polski after a restart.");
  choose (window, "System Default (English)");
  g_assert_null (get_notice (window));
  close_window (window);

  /* The system speaks German; the UI English, as if set to it. */
  window = open_window ("en", environ_de);
  g_assert_null (get_notice (window));
  choose (window, "System Default (Deutsch)");
  g_assert_cmpstr (get_notice (window), ==, "Tickets will speak Deutsch after a restart.");
  choose (window, "English");
  g_assert_null (get_notice (window));
  close_window (window);
}

/* Restart Now asks first: a half-filled form would be lost. Cancel keeps
 * everything; Restart goes on. */
static void
press_restart (TicketsPreferencesWindow *window,
               const char               *response)
{
  AdwMessageDialog *dialog = NULL;

  g_signal_emit_by_name (tickets_test_get_control (window, "Restart Now"), "clicked");
  tickets_test_run_frames ();
  for (GList *l = gtk_window_list_toplevels (); l != NULL; l = g_list_delete_link (l, l))
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_window_get_transient_for (l->data) == GTK_WINDOW (window))
      dialog = l->data;

  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Restart Tickets?");
  adw_message_dialog_response (dialog, response);
  tickets_test_run_frames ();
}

/* A window no application owns has nothing to restart: it says so, and
 * stays. */
static void
test_restart_failure (void)
{
  static const char * const environ_en[] = { "LANG=en_GB.UTF-8", NULL };
  TicketsPreferencesWindow *window = open_window ("", environ_en);
  GtkWidget *message;

  choose (window, "Deutsch");
  /* Cancelled: nothing happens, not even a failure. */
  press_restart (window, "cancel");
  g_assert_null (tickets_test_find_label (window, "Tickets could not restart itself (no application to restart). "
                                                  "Quit it and start it again."));
  press_restart (window, "restart");

  message = tickets_test_find_label (window, "Tickets could not restart itself (no application to restart). "
                                             "Quit it and start it again.");
  g_assert_nonnull (message);
  g_assert_true (gtk_widget_get_mapped (message));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));

  /* Another choice, another notice: the failure was about the last one. */
  choose (window, "Español");
  g_assert_cmpstr (get_notice (window), ==, "Tickets will speak Español after a restart.");
  g_assert_false (gtk_widget_get_mapped (message));

  close_window (window);
}

/* At 360 px wide, with the longest things on show, nothing asks for more. */
static void
test_narrow (void)
{
  static const char * const environ_en[] = { "LANG=en_GB.UTF-8", NULL };
  TicketsPreferencesWindow *window;
  int minimum;

  g_settings_reset (settings, "language");
  window = g_object_new (TICKETS_TYPE_PREFERENCES_WINDOW,
                         "settings", settings,
                         "start-environ", environ_en,
                         "default-width", 360,
                         NULL);
  g_object_ref (window);
  tickets_test_present (GTK_WINDOW (window));
  choose (window, "Português");
  press_restart (window, "restart");

  /* The content: the window itself adds the margins of its decorations. */
  gtk_widget_measure (gtk_window_get_child (GTK_WINDOW (window)), GTK_ORIENTATION_HORIZONTAL, -1,
                      &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 360);

  close_window (window);
}

static TicketsPreferencesWindow *
find_preferences (GtkApplication *app)
{
  TicketsPreferencesWindow *found = NULL;

  for (GList *l = gtk_application_get_windows (app); l != NULL; l = l->next)
    if (TICKETS_IS_PREFERENCES_WINDOW (l->data))
      {
        g_assert_null (found);
        found = l->data;
      }

  return found;
}

static void
test_action (void)
{
  g_autoptr(TicketsApplication) app = tickets_application_new ();
  g_auto(GStrv) accels = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *parent;
  TicketsPreferencesWindow *preferences;

  g_settings_reset (settings, "language");
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "preferences"));
  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.preferences");
  g_assert_cmpuint (g_strv_length (accels), ==, 1);
  g_assert_cmpstr (accels[0], ==, "<Control>comma");

  parent = GTK_WINDOW (gtk_application_window_new (GTK_APPLICATION (app)));
  tickets_test_present (parent);
  g_assert_null (find_preferences (GTK_APPLICATION (app)));

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  preferences = find_preferences (GTK_APPLICATION (app));
  g_assert_nonnull (preferences);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (preferences)) == parent);
  g_object_ref (preferences);
  tickets_test_present (GTK_WINDOW (preferences));

  /* Asking again brings back the same one. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  g_assert_true (find_preferences (GTK_APPLICATION (app)) == preferences);

  /* It writes the application's settings. */
  choose (preferences, "Français");
  wait_for_key ("fr");

  close_window (preferences);
  gtk_window_destroy (parent);
  g_settings_reset (settings, "language");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!tickets_test_views_init (&argc, &argv))
    return g_test_run ();

  settings = g_settings_new (APP_ID);

  g_test_add_func ("/preferences-window/languages", test_languages);
  g_test_add_func ("/preferences-window/system-language", test_system_language);
  g_test_add_func ("/preferences-window/choice-writes-key", test_choice_writes_key);
  g_test_add_func ("/preferences-window/restart-notice", test_restart_notice);
  g_test_add_func ("/preferences-window/restart-failure", test_restart_failure);
  g_test_add_func ("/preferences-window/narrow", test_narrow);
  g_test_add_func ("/preferences-window/action", test_action);

  status = g_test_run ();

  g_clear_object (&settings);

  return status;
}
