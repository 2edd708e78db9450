/* tickets-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "tickets-application.h"
#include "tickets-preferences-window.h"
#include "tickets-resource.h"
#include "tickets-resources.h"
#include "tickets-window.h"

struct _TicketsApplication
{
  AdwApplication     parent_instance;

  GSettings         *settings;
  TicketsSession    *session;

  /* --demo or --server, when given: they win over the remembered server. */
  gboolean           server_given;
  TicketsServerKind  given_server_kind;
  char              *given_server;

  /* A sign-in from the command line, once its server is known. */
  TicketsSignInKind  sign_in_kind;
  char              *sign_in_resource;
  char              *sign_in_token;
  TicketsConnection *sign_in;
  /* --staff-user with the password read from standard input, and the
   * events of --event (URIs or uids) the counter opens for. */
  char              *staff_user;
  char              *staff_password;
  GStrv              staff_events;

  gboolean           restore_started;
  GCancellable      *cancellable;
};

G_DEFINE_FINAL_TYPE (TicketsApplication, tickets_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "demo", 'd', G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Start the built-in demo server and connect to it"), NULL },
  { "server", 's', G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("Connect to the Shopping API at URL"), N_("URL") },
  { "order", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("Open the order at URI (with --order-token)"), N_("URI") },
  { "order-token", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("The order token from the order's confirmation email"), N_("TOKEN") },
  { "request", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("Fill in your details for the personalization request at URI, sent by a friend (with --request-token)"), N_("URI") },
  { "request-token", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("The token from the email that asked you to fill in your details"), N_("TOKEN") },
  { "cognito-token", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("Sign in with the Cognito token of your ticket shop account, to see all your tickets"), N_("TOKEN") },
  { "staff-user", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("Sign in to the box office as USER (with --password-stdin)"), N_("USER") },
  { "password-stdin", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Read the box office password from standard input (one line)"), NULL },
  { "event", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING_ARRAY, NULL,
    N_("Open the box office's counter for the event at URI or with this id, without choosing (repeatable)"), N_("URI") },
  { "version", 'v', G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Print the version and exit"), NULL },
  { NULL }
};

TicketsApplication *
tickets_application_new (void)
{
  return g_object_new (TICKETS_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", "/org/example/Tickets",
                       NULL);
}

/**
 * tickets_application_get_session:
 * @self: a #TicketsApplication
 *
 * Returns: (transfer none) (nullable): the session its windows share
 */
TicketsSession *
tickets_application_get_session (TicketsApplication *self)
{
  g_return_val_if_fail (TICKETS_IS_APPLICATION (self), NULL);

  return self->session;
}

/* --order, --request or --cognito-token, each with its token. */
static gboolean
take_sign_in_options (TicketsApplication  *self,
                      GVariantDict        *options,
                      GError             **error)
{
  static const struct
  {
    TicketsSignInKind  kind;
    const char        *resource_option;
    const char        *token_option;
    const char        *collection;
  } ways[] = {
    { TICKETS_SIGN_IN_ORDER, "order", "order-token", "orders" },
    { TICKETS_SIGN_IN_REQUEST, "request", "request-token", "personalization-requests" },
    { TICKETS_SIGN_IN_COGNITO, NULL, "cognito-token", NULL },
  };
  guint n_ways = 0;

  for (guint i = 0; i < G_N_ELEMENTS (ways); i++)
    {
      g_autofree char *resource = NULL;
      g_autofree char *token = NULL;

      if (ways[i].resource_option != NULL)
        g_variant_dict_lookup (options, ways[i].resource_option, "s", &resource);
      g_variant_dict_lookup (options, ways[i].token_option, "s", &token);

      if (ways[i].resource_option != NULL && (resource == NULL) != (token == NULL))
        {
          /* Translators: the two command-line options, such as --order and --order-token. */
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED, _("--%s and --%s go together."),
                       ways[i].resource_option, ways[i].token_option);
          return FALSE;
        }
      if (token == NULL)
        continue;

      if (!tickets_connection_check_secret (ways[i].kind, token))
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       /* Translators: a command-line option, such as --order-token. */
                       _("The token given with --%s is empty or has a line break in it."), ways[i].token_option);
          return FALSE;
        }

      if (++n_ways > 1)
        {
          g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                               _("Sign in one way at a time: --order, --request or --cognito-token."));
          return FALSE;
        }

      self->sign_in_kind = ways[i].kind;
      if (resource != NULL)
        {
          self->sign_in_resource = tickets_resource_parse_reference (ways[i].collection, resource);
          if (self->sign_in_resource == NULL)
            {
              g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           /* Translators: the first %s is a command-line option, such as
                            * --order; the second what was given with it. */
                           _("--%s takes the link from the email, its path or the bare id, not “%s”."),
                           ways[i].resource_option, resource);
              return FALSE;
            }
        }
      self->sign_in_token = g_steal_pointer (&token);
    }

  return TRUE;
}

/* One line of standard input, without its line break; without echo when
 * a person types it. (transfer full): free with tickets_secret_free(). */
static char *
read_password (GError **error)
{
  struct termios saved, quiet;
  gboolean terminal = isatty (STDIN_FILENO) && tcgetattr (STDIN_FILENO, &saved) == 0;
  char *line = NULL;
  size_t size = 0;
  ssize_t length;
  int saved_errno;

  if (terminal)
    {
      /* Translators: the prompt for the box office password on a terminal. */
      g_printerr ("%s ", _("Password:"));
      quiet = saved;
      quiet.c_lflag &= ~(tcflag_t) ECHO;
      tcsetattr (STDIN_FILENO, TCSAFLUSH, &quiet);
    }

  length = getline (&line, &size, stdin);
  saved_errno = errno;

  if (terminal)
    {
      tcsetattr (STDIN_FILENO, TCSAFLUSH, &saved);
      g_printerr ("\n");
    }

  if (length < 0)
    {
      free (line);
      if (saved_errno != 0 && ferror (stdin))
        g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                     _("Could not read the password from standard input: %s"), g_strerror (saved_errno));
      else
        g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                             _("--password-stdin found no password on standard input."));
      return NULL;
    }

  if (length > 0 && line[length - 1] == '\n')
    line[--length] = '\0';
  if (length > 0 && line[length - 1] == '\r')
    line[--length] = '\0';

  {
    /* The password goes into memory tickets_secret_free() wipes. */
    char *password = g_strdup (line);

    explicit_bzero (line, size);
    free (line);
    return password;
  }
}

/* The server the command line or the settings chose, for --event's links:
 * NULL for the demo's, whose address changes each run. */
static char *
dup_chosen_server (TicketsApplication *self)
{
  g_autoptr(GSettings) settings = NULL;
  TicketsServerKind kind;

  if (self->server_given)
    kind = self->given_server_kind;
  else
    {
      settings = g_settings_new (APP_ID);
      kind = g_settings_get_enum (settings, "server-kind");
    }

  switch (kind)
    {
    case TICKETS_SERVER_PAYLOGIC:
      return g_strdup (TICKETS_PAYLOGIC_SERVER);
    case TICKETS_SERVER_CUSTOM:
      return settings != NULL ? g_settings_get_string (settings, "custom-server") : g_strdup (self->given_server);
    case TICKETS_SERVER_DEMO:
    default:
      return NULL;
    }
}

/* --event: a link to one of the chosen server's events, or its bare id. */
static char *
take_event (TicketsApplication  *self,
            const char          *event,
            GError             **error)
{
  g_autofree char *parsed = tickets_resource_parse_reference ("events", event);
  g_autofree char *server = NULL;
  g_autofree char *prefix = NULL;

  if (parsed == NULL)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   /* Translators: %s is what was given with --event. */
                   _("--event takes an event’s link (…/events/ID) or its bare id, not “%s”."), event);
      return NULL;
    }
  if (!g_str_has_prefix (parsed, "http://") && !g_str_has_prefix (parsed, "https://"))
    return g_steal_pointer (&parsed);

  server = dup_chosen_server (self);
  if (server == NULL)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("The demo server’s address changes each time: give --event the event’s id."));
      return NULL;
    }
  while (g_str_has_suffix (server, "/"))
    server[strlen (server) - 1] = '\0';
  prefix = g_strconcat (server, "/events/", NULL);
  if (!g_str_has_prefix (parsed, prefix))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   /* Translators: the first %s is what was given with --event, the second a server's address. */
                   _("The event “%s” is not on the server in use, %s."), event, server);
      return NULL;
    }

  return g_steal_pointer (&parsed);
}

/* --staff-user, --password-stdin and --event: a box office sign-in. */
static gboolean
take_staff_options (TicketsApplication  *self,
                    GVariantDict        *options,
                    GError             **error)
{
  g_autofree char *user = NULL;
  g_autofree const char **events = NULL;
  gboolean password_stdin = g_variant_dict_contains (options, "password-stdin");
  g_autoptr(GStrvBuilder) taken = g_strv_builder_new ();

  g_variant_dict_lookup (options, "staff-user", "s", &user);
  g_variant_dict_lookup (options, "event", "^a&s", &events);

  if (user == NULL)
    {
      if (password_stdin || events != NULL)
        {
          g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                               password_stdin ? _("--password-stdin needs --staff-user: whose password is it?")
                                              : _("--event is for the box office: sign in with --staff-user."));
          return FALSE;
        }
      return TRUE;
    }

  if (*user == '\0' || strchr (user, ':') != NULL)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("--staff-user takes a user name, which cannot be empty or contain a colon (:)."));
      return FALSE;
    }
  if (!password_stdin)
    {
      /* A password given as an argument would be seen by every user of the computer. */
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                           _("--staff-user needs --password-stdin: the password is read from standard input, "
                             "never from the command line."));
      return FALSE;
    }
  if (self->sign_in_token != NULL)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                           _("Sign in one way at a time: --order, --request, --cognito-token or --staff-user."));
      return FALSE;
    }

  for (guint i = 0; events != NULL && events[i] != NULL; i++)
    {
      g_autofree char *event = take_event (self, events[i], error);

      if (event == NULL)
        return FALSE;
      g_strv_builder_add (taken, event);
    }

  self->staff_password = read_password (error);
  if (self->staff_password == NULL)
    return FALSE;
  if (!tickets_connection_check_secret (TICKETS_SIGN_IN_STAFF, self->staff_password))
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("The password read from standard input is empty."));
      return FALSE;
    }

  self->staff_user = g_steal_pointer (&user);
  if (events != NULL)
    self->staff_events = g_strv_builder_end (taken);

  return TRUE;
}

static int
tickets_application_handle_local_options (GApplication *app,
                                          GVariantDict *options)
{
  TicketsApplication *self = TICKETS_APPLICATION (app);
  g_autofree char *server = NULL;
  g_autoptr(GError) error = NULL;
  gboolean demo = g_variant_dict_contains (options, "demo");

  if (g_variant_dict_lookup (options, "server", "s", &server))
    {
      if (demo)
        {
          g_printerr ("%s\n", _("--demo and --server cannot be used together."));
          return 1;
        }
      if (!tickets_session_check_server (server, &self->given_server_kind, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      self->server_given = TRUE;
      if (self->given_server_kind == TICKETS_SERVER_CUSTOM)
        self->given_server = g_steal_pointer (&server);
    }

  /* --event's links must be the chosen server's. */
  if (demo)
    {
      self->server_given = TRUE;
      self->given_server_kind = TICKETS_SERVER_DEMO;
    }

  if (!take_sign_in_options (self, options, &error) || !take_staff_options (self, options, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", "tickets", PACKAGE_VERSION);
      return 0;
    }

  if (demo)
    {
      /* The demo runs its own server: a second demo window must not be
       * forwarded to a primary instance that may be talking to a real one. */
      g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);
    }

  return -1;
}

static void
tickets_application_startup (GApplication *app)
{
  TicketsApplication *self = TICKETS_APPLICATION (app);
  g_autofree char *custom_server = NULL;
  TicketsServerKind server_kind;
  g_autoptr(GError) error = NULL;

  G_APPLICATION_CLASS (tickets_application_parent_class)->startup (app);

  self->settings = g_settings_new (APP_ID);
  self->session = tickets_session_new_with_settings (self->settings);

  if (self->server_given)
    {
      server_kind = self->given_server_kind;
      custom_server = g_strdup (self->given_server);
    }
  else
    {
      server_kind = g_settings_get_enum (self->settings, "server-kind");
      custom_server = g_settings_get_string (self->settings, "custom-server");
    }

  if (!tickets_session_connect (self->session, server_kind, custom_server, &error))
    {
      /* Not fatal: the window says that this server cannot be used. */
      if (server_kind == TICKETS_SERVER_DEMO)
        g_warning ("Could not start the demo server: %s", error->message);
      else
        g_message ("Cannot use the server: %s", error->message);
    }

  /* Without a usable server the window shows why; the sign-in waits for
   * the user to choose another. */
  if (self->sign_in_token != NULL && tickets_session_get_store (self->session) != NULL)
    self->sign_in = tickets_connection_new (server_kind, custom_server, self->sign_in_kind,
                                            self->sign_in_resource, NULL, self->sign_in_token);
  else if (self->staff_user != NULL && tickets_session_get_store (self->session) != NULL)
    self->sign_in = tickets_connection_new (server_kind, custom_server, TICKETS_SIGN_IN_STAFF,
                                            NULL, self->staff_user, self->staff_password);
  g_clear_pointer (&self->sign_in_resource, g_free);
  g_clear_pointer (&self->sign_in_token, tickets_secret_free);
  g_clear_pointer (&self->staff_password, tickets_secret_free);
}

static void
on_restored (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(TicketsApplication) self = user_data;
  g_autoptr(TicketsConnection) connection = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *window;

  /* Only one made on the server in use: the command line may have chosen another. */
  connection = tickets_session_restore_finish (TICKETS_SESSION (source), result, &error);
  if (connection == NULL)
    {
      /* Without a keyring nothing was remembered: the welcome is the way in. */
      if (error != NULL &&
          !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) &&
          !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED))
        g_message ("Could not read the remembered sign-in: %s", error->message);
      return;
    }

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (TICKETS_IS_WINDOW (window))
    tickets_window_sign_in (TICKETS_WINDOW (window), connection);
}

static void
tickets_application_activate (GApplication *app)
{
  TicketsApplication *self = TICKETS_APPLICATION (app);
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  if (window == NULL)
    window = GTK_WINDOW (tickets_window_new (GTK_APPLICATION (self), self->session, self->settings));

  gtk_window_present (window);

  /* A sign-in on the command line wins over the remembered one. */
  if (self->sign_in != NULL)
    {
      g_autoptr(TicketsConnection) connection = g_steal_pointer (&self->sign_in);

      self->restore_started = TRUE;
      /* --event: straight to the counter, without choosing. */
      if (self->staff_events != NULL)
        gtk_widget_activate_action (GTK_WIDGET (window), "box-office.set-events", "^as", self->staff_events);
      tickets_window_sign_in (TICKETS_WINDOW (window), connection);
    }
  else if (!self->restore_started)
    {
      self->restore_started = TRUE;
      tickets_session_restore_async (self->session, self->cancellable, on_restored, g_object_ref (self));
    }
}

static void
tickets_application_shutdown (GApplication *app)
{
  TicketsApplication *self = TICKETS_APPLICATION (app);

  g_cancellable_cancel (self->cancellable);

  if (self->session != NULL)
    tickets_session_shutdown (self->session);

  G_APPLICATION_CLASS (tickets_application_parent_class)->shutdown (app);
}

static void
tickets_application_finalize (GObject *object)
{
  TicketsApplication *self = TICKETS_APPLICATION (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->session);
  g_clear_pointer (&self->given_server, g_free);
  g_clear_pointer (&self->sign_in_resource, g_free);
  g_clear_pointer (&self->sign_in_token, tickets_secret_free);
  g_clear_pointer (&self->staff_user, g_free);
  g_clear_pointer (&self->staff_password, tickets_secret_free);
  g_clear_pointer (&self->staff_events, g_strfreev);
  g_clear_object (&self->sign_in);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (tickets_application_parent_class)->finalize (object);
}

static void
tickets_application_about_action (GSimpleAction *action,
                                  GVariant      *parameter,
                                  gpointer       user_data)
{
  const char *developers[] = { _("Tickets developers"), NULL };
  TicketsApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", window,
                        "application-name", _("Tickets"),
                        "application-icon", APP_ID,
                        "developer-name", _("Tickets developers"),
                        "version", PACKAGE_VERSION,
                        "developers", developers,
                        "copyright", _("© 2026 Tickets developers"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
tickets_application_preferences_action (GSimpleAction *action,
                                        GVariant      *parameter,
                                        gpointer       user_data)
{
  TicketsApplication *self = user_data;
  GtkWindow *preferences = NULL;

  /* One is enough: asking again brings it back. */
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (TICKETS_IS_PREFERENCES_WINDOW (l->data))
      preferences = l->data;

  if (preferences == NULL)
    {
      preferences = GTK_WINDOW (tickets_preferences_window_new (self->settings));
      gtk_window_set_transient_for (preferences, gtk_application_get_active_window (GTK_APPLICATION (self)));
      gtk_window_set_application (preferences, GTK_APPLICATION (self));
    }

  gtk_window_present (preferences);
}

static void
tickets_application_quit_action (GSimpleAction *action,
                                 GVariant      *parameter,
                                 gpointer       user_data)
{
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (user_data)));

  for (GList *l = windows; l != NULL; l = l->next)
    g_object_ref (l->data);

  /* Each window closes as its close button would: the last one says so
   * first when changes are not sent yet (the Cancel there keeps it), and
   * the application ends with it. One closed may have taken its dialogs. */
  for (GList *l = windows; l != NULL; l = l->next)
    if (gtk_window_get_application (l->data) != NULL)
      gtk_window_close (l->data);
  g_list_free_full (windows, g_object_unref);
}

static const GActionEntry app_actions[] = {
  { "about", tickets_application_about_action },
  { "preferences", tickets_application_preferences_action },
  { "quit", tickets_application_quit_action },
};

static void
tickets_application_class_init (TicketsApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = tickets_application_finalize;

  app_class->handle_local_options = tickets_application_handle_local_options;
  app_class->startup = tickets_application_startup;
  app_class->activate = tickets_application_activate;
  app_class->shutdown = tickets_application_shutdown;
}

static void
tickets_application_init (TicketsApplication *self)
{
  static const char *quit_accels[] = { "<primary>q", NULL };
  static const char *preferences_accels[] = { "<primary>comma", NULL };

  /* From a static library, nothing else would pull in the registration. */
  g_resources_register (tickets_get_resource ());

  self->cancellable = g_cancellable_new ();

  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Personalize event tickets and serve the box office."));

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences", preferences_accels);
}
