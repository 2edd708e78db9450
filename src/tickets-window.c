/* tickets-window.c: the shell that later views live in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tickets-window.h"

struct _TicketsWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;

  AdwToastOverlay      *toast_overlay;
  AdwStatusPage        *welcome_page;
  GtkLabel             *server_label;
};

G_DEFINE_FINAL_TYPE (TicketsWindow, tickets_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_server (TicketsWindow *self)
{
  TicketsApplication *app = TICKETS_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
  const char *server = tickets_application_get_server (app);
  g_autofree char *text = NULL;

  if (tickets_application_get_demo (app) && server != NULL)
    {
      adw_status_page_set_description (self->welcome_page,
                                       _("The demo server is running on this computer. "
                                         "Nothing you do here reaches a real ticket shop."));
      text = g_strdup_printf (_("Demo server: %s"), server);
    }
  else if (tickets_application_get_demo (app))
    {
      adw_status_page_set_description (self->welcome_page,
                                       _("The demo server could not be started. "
                                         "Start Tickets from a terminal to see why."));
    }
  else if (server != NULL)
    {
      text = g_strdup_printf (_("Server: %s"), server);
    }

  gtk_label_set_text (self->server_label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->server_label), text != NULL);
}

TicketsWindow *
tickets_window_new (TicketsApplication *application,
                    GSettings          *settings)
{
  TicketsWindow *self = g_object_new (TICKETS_TYPE_WINDOW,
                                      "application", application,
                                      "settings", settings,
                                      NULL);

  show_server (self);

  return self;
}

static void
tickets_window_constructed (GObject *object)
{
  TicketsWindow *self = TICKETS_WINDOW (object);

  G_OBJECT_CLASS (tickets_window_parent_class)->constructed (object);

  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
}

static void
tickets_window_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), TICKETS_TYPE_WINDOW);

  G_OBJECT_CLASS (tickets_window_parent_class)->dispose (object);
}

static void
tickets_window_finalize (GObject *object)
{
  TicketsWindow *self = TICKETS_WINDOW (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (tickets_window_parent_class)->finalize (object);
}

static void
tickets_window_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  TicketsWindow *self = TICKETS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_window_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  TicketsWindow *self = TICKETS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_window_class_init (TicketsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = tickets_window_constructed;
  object_class->dispose = tickets_window_dispose;
  object_class->finalize = tickets_window_finalize;
  object_class->set_property = tickets_window_set_property;
  object_class->get_property = tickets_window_get_property;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Tickets/tickets-window.ui");
  gtk_widget_class_bind_template_child (widget_class, TicketsWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, TicketsWindow, welcome_page);
  gtk_widget_class_bind_template_child (widget_class, TicketsWindow, server_label);
}

static void
tickets_window_init (TicketsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
