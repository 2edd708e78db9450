/* tickets-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tickets-application.h"
#include "tickets-client.h"
#include "tickets-error.h"
#include "tickets-resources.h"
#include "tickets-store.h"
#include "tickets-window.h"
#include "sandbox/tickets-sandbox.h"

struct _TicketsApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  TicketsSandbox *sandbox;
  TicketsStore   *store;
  char           *server;
  gboolean        demo;

  /* --order and --order-token: the order to open at start */
  char           *order;
  char           *order_token;
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

const char *
tickets_application_get_server (TicketsApplication *self)
{
  g_return_val_if_fail (TICKETS_IS_APPLICATION (self), NULL);

  return self->server;
}

/**
 * tickets_application_get_store:
 * @self: a #TicketsApplication
 *
 * Returns: (transfer none) (nullable): the one store of the application,
 *   %NULL when the configured server is not usable
 */
TicketsStore *
tickets_application_get_store (TicketsApplication *self)
{
  g_return_val_if_fail (TICKETS_IS_APPLICATION (self), NULL);

  return self->store;
}

gboolean
tickets_application_get_demo (TicketsApplication *self)
{
  g_return_val_if_fail (TICKETS_IS_APPLICATION (self), FALSE);

  return self->demo;
}

/* The client decides what it can use; the command line says it in its own words. */
static gboolean
is_acceptable_server (const char  *server,
                      GError     **error)
{
  g_autoptr(TicketsClient) client = NULL;
  g_autoptr(GError) client_error = NULL;

  client = tickets_client_new (server, &client_error);
  if (client != NULL)
    return TRUE;

  if (g_error_matches (client_error, TICKETS_API_ERROR, TICKETS_API_ERROR_INSECURE))
    g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                 _("“%s” is not a secure address: it must start with https://"), server);
  else
    g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                 _("“%s” is not a server address. Use a URL such as https://shopping-api.paylogic.com"),
                 server);
  return FALSE;
}

static int
tickets_application_handle_local_options (GApplication *app,
                                          GVariantDict *options)
{
  TicketsApplication *self = TICKETS_APPLICATION (app);
  g_autofree char *server = NULL;

  if (g_variant_dict_lookup (options, "server", "s", &server))
    {
      g_autoptr(GError) error = NULL;

      if (!is_acceptable_server (server, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      g_free (self->server);
      self->server = g_steal_pointer (&server);
    }

  g_variant_dict_lookup (options, "order", "s", &self->order);
  g_variant_dict_lookup (options, "order-token", "s", &self->order_token);
  if ((self->order == NULL) != (self->order_token == NULL))
    {
      g_printerr ("%s\n", _("--order and --order-token go together."));
      return 1;
    }

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", "tickets", PACKAGE_VERSION);
      return 0;
    }

  self->demo = g_variant_dict_contains (options, "demo");

  /* The demo runs its own server: a second demo window must not be
   * forwarded to a primary instance that may be talking to a real one. */
  if (self->demo)
    g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);

  return -1;
}

static gboolean
start_demo_server (TicketsApplication  *self,
                   GError             **error)
{
  g_autoptr(TicketsSandbox) sandbox = NULL;
  g_autoptr(GBytes) fixture = tickets_sandbox_get_default_fixture ();

  sandbox = tickets_sandbox_new (fixture, error);
  if (sandbox == NULL)
    return FALSE;

  if (!tickets_sandbox_listen (sandbox, NULL, 0, error))
    return FALSE;

  g_free (self->server);
  self->server = g_strdup (tickets_sandbox_get_base_uri (sandbox));
  self->sandbox = g_steal_pointer (&sandbox);

  return TRUE;
}

static void
tickets_application_startup (GApplication *app)
{
  TicketsApplication *self = TICKETS_APPLICATION (app);

  G_APPLICATION_CLASS (tickets_application_parent_class)->startup (app);

  self->settings = g_settings_new (APP_ID);

  if (self->demo)
    {
      g_autoptr(GError) error = NULL;

      if (!start_demo_server (self, &error))
        g_warning ("Could not start the demo server: %s", error->message);
    }

  if (self->server == NULL && !self->demo)
    self->server = g_settings_get_string (self->settings, "server");

  if (self->server != NULL)
    {
      g_autoptr(TicketsClient) client = NULL;
      g_autoptr(GError) error = NULL;

      /* A bad address from the settings is shown by the window, not fatal. */
      client = tickets_client_new (self->server, &error);
      if (client != NULL)
        self->store = tickets_store_new (client);
      else
        g_message ("Cannot use the server %s: %s", self->server, error->message);
    }
}

static void
tickets_application_activate (GApplication *app)
{
  TicketsApplication *self = TICKETS_APPLICATION (app);
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  if (window == NULL)
    window = GTK_WINDOW (tickets_window_new (self, self->settings));

  gtk_window_present (window);

  if (self->order != NULL && self->store != NULL)
    {
      g_autoptr(TicketsAuth) auth = tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, self->order_token);

      if (auth != NULL)
        tickets_window_open_order (TICKETS_WINDOW (window), self->order, auth);
      g_clear_pointer (&self->order, g_free);
      g_clear_pointer (&self->order_token, g_free);
    }
}

static void
tickets_application_shutdown (GApplication *app)
{
  TicketsApplication *self = TICKETS_APPLICATION (app);

  if (self->sandbox != NULL)
    tickets_sandbox_disconnect (self->sandbox);

  G_APPLICATION_CLASS (tickets_application_parent_class)->shutdown (app);
}

static void
tickets_application_finalize (GObject *object)
{
  TicketsApplication *self = TICKETS_APPLICATION (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->store);
  g_clear_object (&self->sandbox);
  g_clear_pointer (&self->server, g_free);
  g_clear_pointer (&self->order, g_free);
  g_clear_pointer (&self->order_token, g_free);

  G_OBJECT_CLASS (tickets_application_parent_class)->finalize (object);
}

static void
tickets_application_about_action (GSimpleAction *action,
                                  GVariant      *parameter,
                                  gpointer       user_data)
{
  static const char *developers[] = { "Tickets developers", NULL };
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
                        "copyright", "© 2026 Tickets developers",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
tickets_application_quit_action (GSimpleAction *action,
                                 GVariant      *parameter,
                                 gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static const GActionEntry app_actions[] = {
  { "about", tickets_application_about_action },
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

  /* From a static library, nothing else would pull in the registration. */
  g_resources_register (tickets_get_resource ());

  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Personalize event tickets and serve the box office."));

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
}
