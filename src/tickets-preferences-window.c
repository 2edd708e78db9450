/* tickets-preferences-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tickets-accessible.h"
#include "tickets-language.h"
#include "tickets-preferences-window.h"

struct _TicketsPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;
  /* The environment the program started with: the language variables the
   * system set, before tickets_language_init() applied the setting. */
  char                **start_environ;

  AdwComboRow          *language_row;
  GtkStringList        *languages;
  AdwActionRow         *restart_row;
  GtkSwitch            *sounds_switch;
  GtkSpinButton        *cache_days_spin;
};

G_DEFINE_FINAL_TYPE (TicketsPreferencesWindow, tickets_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  PROP_START_ENVIRON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The variables gettext and g_get_language_names() read, in their order. */
static const char * const language_variables[] = { "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG" };

TicketsPreferencesWindow *
tickets_preferences_window_new (GSettings *settings)
{
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  return g_object_new (TICKETS_TYPE_PREFERENCES_WINDOW,
                       "settings", settings,
                       NULL);
}

GSettings *
tickets_preferences_window_get_settings (TicketsPreferencesWindow *self)
{
  g_return_val_if_fail (TICKETS_IS_PREFERENCES_WINDOW (self), NULL);

  return self->settings;
}

/* @contents: strings one after the other, each ended by a NUL, as /proc
 * gives them. */
static char **
split_at_nul (const char *contents,
              size_t      length)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (const char *s = contents; s < contents + length; s += strlen (s) + 1)
    g_strv_builder_add (builder, s);

  return g_strv_builder_end (builder);
}

/* /proc keeps the environment as the program was started with it, whatever
 * setenv() has changed since. */
static char **
read_start_environ (void)
{
  g_autofree char *contents = NULL;
  size_t length;

  if (!g_file_get_contents ("/proc/self/environ", &contents, &length, NULL))
    return g_get_environ ();

  return split_at_nul (contents, length);
}

/* What the setting "" resolves to: the first of the nine among the
 * languages the start environment asks for, read the way
 * g_get_language_names() reads them (only the first variable that is set
 * counts), else English, as tickets_language_get_ui() does. */
static const TicketsLanguage *
get_system_language (TicketsPreferencesWindow *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (language_variables); i++)
    {
      const char *value = g_environ_getenv (self->start_environ, language_variables[i]);
      g_auto(GStrv) names = NULL;

      if (value == NULL || value[0] == '\0')
        continue;

      names = g_strsplit (value, ":", -1);
      for (guint j = 0; names[j] != NULL; j++)
        {
          /* "pt_BR.UTF-8@euro" speaks "pt". */
          g_autofree char *code = g_strndup (names[j], strcspn (names[j], "_.@"));
          const TicketsLanguage *language = tickets_language_lookup (code);

          if (language != NULL)
            return language;
        }
      break;
    }

  return tickets_language_lookup ("en");
}

/* The language Tickets will speak at its next start. */
static const TicketsLanguage *
get_chosen_language (TicketsPreferencesWindow *self)
{
  g_autofree char *code = g_settings_get_string (self->settings, "language");
  const TicketsLanguage *language = tickets_language_lookup (code);

  if (language == NULL)
    return get_system_language (self);

  return language;
}

static void
update_restart_notice (TicketsPreferencesWindow *self)
{
  const TicketsLanguage *chosen = get_chosen_language (self);
  gboolean differs = !g_str_equal (chosen->code, tickets_language_get_ui ());

  if (differs)
    {
      /* Translators: %s is the name of a language in that language, such as “Nederlands”. */
      g_autofree char *text = g_strdup_printf (_("Tickets will speak %s after a restart."), chosen->native_name);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->restart_row), text);
    }
  /* A failed restart is news about the choice it was for. */
  adw_action_row_set_subtitle (self->restart_row, "");
  gtk_widget_set_visible (GTK_WIDGET (self->restart_row), differs);
}

/* Position 0 is the system's language, then the nine in their order. */
static gboolean
language_to_position (GValue   *value,
                      GVariant *variant,
                      gpointer  user_data)
{
  const char *code = g_variant_get_string (variant, NULL);
  const TicketsLanguage *languages;
  guint n_languages;

  if (code[0] == '\0')
    {
      g_value_set_uint (value, 0);
      return TRUE;
    }

  languages = tickets_language_get_all (&n_languages);
  for (guint i = 0; i < n_languages; i++)
    if (g_str_equal (languages[i].code, code))
      {
        g_value_set_uint (value, i + 1);
        return TRUE;
      }

  /* A code from elsewhere: GSettings then shows the default, the system's
   * language, which is also what tickets_language_init() makes of it. */
  return FALSE;
}

static GVariant *
position_to_language (const GValue       *value,
                      const GVariantType *expected_type,
                      gpointer            user_data)
{
  guint position = g_value_get_uint (value);
  const TicketsLanguage *languages;
  guint n_languages;

  if (position == 0)
    return g_variant_new_string ("");

  languages = tickets_language_get_all (&n_languages);
  /* GTK_INVALID_LIST_POSITION, while the list is being filled: no choice. */
  if (position > n_languages)
    return NULL;

  return g_variant_new_string (languages[position - 1].code);
}

/* The environment for the new process: this one's, with the language
 * variables as the system set them. tickets_language_init() set LANGUAGE
 * for the old choice; the new process must apply the new one. */
static char **
get_restart_environ (TicketsPreferencesWindow *self)
{
  char **envp = g_get_environ ();

  for (guint i = 0; i < G_N_ELEMENTS (language_variables); i++)
    {
      const char *value = g_environ_getenv (self->start_environ, language_variables[i]);

      if (value != NULL)
        envp = g_environ_setenv (envp, language_variables[i], value, TRUE);
      else
        envp = g_environ_unsetenv (envp, language_variables[i]);
    }

  return envp;
}

/* Asks the bus to @method (RequestName or ReleaseName) a name. TRUE for its
 * answer 1, which for both means done: PRIMARY_OWNER, RELEASED. */
static gboolean
call_bus (GDBusConnection *bus,
          const char      *method,
          GVariant        *parameters)
{
  g_autoptr(GVariant) reply = NULL;
  guint32 result = 0;

  reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", method, parameters,
                                       G_VARIANT_TYPE ("(u)"), G_DBUS_CALL_FLAGS_NONE, -1, NULL, NULL);
  if (reply != NULL)
    g_variant_get (reply, "(u)", &result);

  return result == 1;
}

/* Starts this program again with its arguments, then quits. */
static gboolean
restart (TicketsPreferencesWindow  *self,
         GError                   **error)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  GDBusConnection *bus;
  const char *app_id;
  g_autofree char *cmdline = NULL;
  size_t length;
  g_auto(GStrv) args = NULL;
  g_autoptr(GStrvBuilder) argv = g_strv_builder_new ();
  g_auto(GStrv) spawn_argv = NULL;
  g_auto(GStrv) envp = NULL;
  gboolean released;

  if (app == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           /* Translators: the reason in “Tickets could not restart itself (%s).” */
                           _("no application to restart"));
      return FALSE;
    }

  if (!g_file_get_contents ("/proc/self/cmdline", &cmdline, &length, error))
    return FALSE;
  args = split_at_nul (cmdline, length);
  if (args[0] == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                           /* Translators: the reason in “Tickets could not restart itself (%s).” */
                           _("the command that started Tickets is unknown"));
      return FALSE;
    }

  /* The program itself, even when it was started by a relative path or
   * through $PATH; with argv[0] as it was. */
  g_strv_builder_add (argv, "/proc/self/exe");
  g_strv_builder_addv (argv, (const char **) args);
  spawn_argv = g_strv_builder_end (argv);
  envp = get_restart_environ (self);

  /* A new process that finds the name still owned hands its start to
   * this one, which is quitting: let go of the name first. */
  bus = g_application_get_dbus_connection (G_APPLICATION (app));
  app_id = g_application_get_application_id (G_APPLICATION (app));
  released = bus != NULL && app_id != NULL &&
             (g_application_get_flags (G_APPLICATION (app)) & G_APPLICATION_NON_UNIQUE) == 0 &&
             call_bus (bus, "ReleaseName", g_variant_new ("(s)", app_id));

  if (!g_spawn_async (NULL, spawn_argv, envp, G_SPAWN_FILE_AND_ARGV_ZERO, NULL, NULL, NULL, error))
    {
      /* Staying, so staying the one a second start finds. */
      if (released)
        call_bus (bus, "RequestName", g_variant_new ("(su)", app_id, G_BUS_NAME_OWNER_FLAGS_DO_NOT_QUEUE));
      return FALSE;
    }

  g_application_quit (G_APPLICATION (app));

  return TRUE;
}

static void
restart_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  TicketsPreferencesWindow *self = TICKETS_PREFERENCES_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!restart (self, &error))
    {
      /* Translators: %s says why, such as “Permission denied”. */
      g_autofree char *text = g_strdup_printf (_("Tickets could not restart itself (%s). Quit it and start it again."),
                                               error->message);

      adw_action_row_set_subtitle (self->restart_row, text);
    }
}

static void
on_restart_response (AdwMessageDialog         *dialog,
                     const char               *response,
                     TicketsPreferencesWindow *self)
{
  if (g_str_equal (response, "restart"))
    gtk_widget_activate_action (GTK_WIDGET (self), "preferences.restart", NULL);
}

/* Restarting ends what the main window holds: a half-filled form would go
 * with it, so the user says so first. */
static void
confirm_restart_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  TicketsPreferencesWindow *self = TICKETS_PREFERENCES_WINDOW (widget);
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Restart Tickets?"),
                                   _("Anything typed in a form and not yet saved is lost."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "restart", _("_Restart"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restart", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_restart_response), self, 0);
  tickets_accessible_tidy_names (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The first item says which language the system's choice is. */
static void
fill_languages (TicketsPreferencesWindow *self)
{
  const TicketsLanguage *languages;
  guint n_languages;
  g_autofree char *system = NULL;

  /* Translators: %s is the name of a language in that language, such as “Nederlands”. */
  system = g_strdup_printf (_("System Default (%s)"), get_system_language (self)->native_name);
  gtk_string_list_append (self->languages, system);

  languages = tickets_language_get_all (&n_languages);
  for (guint i = 0; i < n_languages; i++)
    gtk_string_list_append (self->languages, languages[i].native_name);
}

static void
tickets_preferences_window_constructed (GObject *object)
{
  TicketsPreferencesWindow *self = TICKETS_PREFERENCES_WINDOW (object);

  G_OBJECT_CLASS (tickets_preferences_window_parent_class)->constructed (object);

  g_assert (self->settings != NULL);

  if (self->start_environ == NULL)
    self->start_environ = read_start_environ ();

  fill_languages (self);
  g_settings_bind_with_mapping (self->settings, "language", self->language_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, language_to_position, position_to_language,
                                NULL, NULL);
  g_signal_connect_object (self->settings, "changed::language",
                           G_CALLBACK (update_restart_notice), self, G_CONNECT_SWAPPED);
  update_restart_notice (self);
  g_settings_bind (self->settings, "counter-sounds", self->sounds_switch, "active", G_SETTINGS_BIND_DEFAULT);
  /* The session prunes the box office's caches by it. */
  g_settings_bind (self->settings, "staff-cache-days", self->cache_days_spin, "value", G_SETTINGS_BIND_DEFAULT);
}

static void
tickets_preferences_window_dispose (GObject *object)
{
  TicketsPreferencesWindow *self = TICKETS_PREFERENCES_WINDOW (object);

  if (self->language_row != NULL)
    g_settings_unbind (self->language_row, "selected");
  if (self->sounds_switch != NULL)
    g_settings_unbind (self->sounds_switch, "active");
  if (self->cache_days_spin != NULL)
    g_settings_unbind (self->cache_days_spin, "value");
  gtk_widget_dispose_template (GTK_WIDGET (self), TICKETS_TYPE_PREFERENCES_WINDOW);

  G_OBJECT_CLASS (tickets_preferences_window_parent_class)->dispose (object);
}

static void
tickets_preferences_window_finalize (GObject *object)
{
  TicketsPreferencesWindow *self = TICKETS_PREFERENCES_WINDOW (object);

  g_clear_object (&self->settings);
  g_clear_pointer (&self->start_environ, g_strfreev);

  G_OBJECT_CLASS (tickets_preferences_window_parent_class)->finalize (object);
}

static void
tickets_preferences_window_get_property (GObject    *object,
                                         guint       prop_id,
                                         GValue     *value,
                                         GParamSpec *pspec)
{
  TicketsPreferencesWindow *self = TICKETS_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    case PROP_START_ENVIRON:
      g_value_set_boxed (value, self->start_environ);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_preferences_window_set_property (GObject      *object,
                                         guint         prop_id,
                                         const GValue *value,
                                         GParamSpec   *pspec)
{
  TicketsPreferencesWindow *self = TICKETS_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    case PROP_START_ENVIRON:
      self->start_environ = g_value_dup_boxed (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_preferences_window_class_init (TicketsPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = tickets_preferences_window_constructed;
  object_class->dispose = tickets_preferences_window_dispose;
  object_class->finalize = tickets_preferences_window_finalize;
  object_class->get_property = tickets_preferences_window_get_property;
  object_class->set_property = tickets_preferences_window_set_property;

  /* The settings whose "language" key the window shows and writes. */
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* The environment the program started with, as in environ(7); %NULL
   * reads it from /proc. It says what the system's language is, and a
   * restart starts in it. Tests give their own. */
  properties[PROP_START_ENVIRON] =
    g_param_spec_boxed ("start-environ", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Tickets/tickets-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, TicketsPreferencesWindow, language_row);
  gtk_widget_class_bind_template_child (widget_class, TicketsPreferencesWindow, languages);
  gtk_widget_class_bind_template_child (widget_class, TicketsPreferencesWindow, restart_row);
  gtk_widget_class_bind_template_child (widget_class, TicketsPreferencesWindow, sounds_switch);
  gtk_widget_class_bind_template_child (widget_class, TicketsPreferencesWindow, cache_days_spin);

  gtk_widget_class_install_action (widget_class, "preferences.restart", NULL, restart_action);
  gtk_widget_class_install_action (widget_class, "preferences.confirm-restart", NULL, confirm_restart_action);
}

static void
tickets_preferences_window_init (TicketsPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  tickets_accessible_tidy_names (GTK_WIDGET (self));
}
