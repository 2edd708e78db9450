/* tickets-server-group.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tickets-connect-field.h"
#include "tickets-error.h"
#include "tickets-server-group.h"

/* How long typing pauses before the server's address is judged: "https:/"
 * is no address yet, and saying so at every key is noise. */
#define SERVER_CHECK_DELAY_MS 700

struct _TicketsServerGroup
{
  AdwPreferencesGroup  parent_instance;

  TicketsConnectField  address;
  TicketsServerKind    server_kind;
  guint                check_id;
  gboolean             complete;

  AdwActionRow        *demo_row;
  AdwActionRow        *paylogic_row;
  GtkCheckButton      *demo_check;
  GtkCheckButton      *paylogic_check;
  GtkCheckButton      *custom_check;
  GtkWidget           *custom_server_row;
};

G_DEFINE_FINAL_TYPE (TicketsServerGroup, tickets_server_group, ADW_TYPE_PREFERENCES_GROUP)

enum {
  PROP_0,
  PROP_SERVER_KIND,
  PROP_COMPLETE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  ADDRESS_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

TicketsServerKind
tickets_server_group_get_server_kind (TicketsServerGroup *self)
{
  g_return_val_if_fail (TICKETS_IS_SERVER_GROUP (self), TICKETS_SERVER_PAYLOGIC);

  if (gtk_check_button_get_active (self->demo_check))
    return TICKETS_SERVER_DEMO;
  if (gtk_check_button_get_active (self->custom_check))
    return TICKETS_SERVER_CUSTOM;

  return TICKETS_SERVER_PAYLOGIC;
}

/* The server's word comes after: this only says what no server could take. */
static void
update_message (TicketsServerGroup *self)
{
  g_autofree char *server = tickets_connect_field_dup_text (&self->address);
  g_autoptr(GError) error = NULL;

  if (!self->address.judged || tickets_server_group_get_server_kind (self) != TICKETS_SERVER_CUSTOM ||
      *server == '\0' || tickets_connection_check_server (server, &error))
    tickets_connect_field_show_message (&self->address, NULL);
  else
    tickets_connect_field_show_message (&self->address, error->message);
}

static gboolean
is_complete (TicketsServerGroup *self)
{
  g_autofree char *server = NULL;

  if (tickets_server_group_get_server_kind (self) != TICKETS_SERVER_CUSTOM)
    return TRUE;

  server = tickets_connect_field_dup_text (&self->address);

  return *server != '\0' && tickets_connection_check_server (server, NULL);
}

static void
update_complete (TicketsServerGroup *self)
{
  gboolean complete = is_complete (self);

  if (self->complete == complete)
    return;

  self->complete = complete;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPLETE]);
}

static void
on_server_toggled (GtkCheckButton     *button,
                   TicketsServerGroup *self)
{
  TicketsServerKind kind;

  /* One check button goes off, then another on: one change, said when the
   * new one is on, never the Paylogic that none being on would mean. */
  if (!gtk_check_button_get_active (button))
    return;

  kind = tickets_server_group_get_server_kind (self);
  if (kind == self->server_kind)
    return;
  self->server_kind = kind;

  /* The address row stays where it is, so nothing moves under the
   * pointer: it only takes text for a custom server. */
  gtk_widget_set_sensitive (self->custom_server_row, kind == TICKETS_SERVER_CUSTOM);

  /* A refusal by one server says nothing about another. */
  tickets_connect_field_clear (&self->address);
  update_message (self);
  update_complete (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SERVER_KIND]);
}

static gboolean
on_check_due (gpointer user_data)
{
  TicketsServerGroup *self = user_data;

  self->check_id = 0;
  self->address.judged = TRUE;
  update_message (self);

  return G_SOURCE_REMOVE;
}

static void
check_now (TicketsServerGroup *self)
{
  g_clear_handle_id (&self->check_id, g_source_remove);
  if (!self->address.judged)
    on_check_due (self);
}

static void
on_address_changed (TicketsServerGroup *self)
{
  tickets_connect_field_clear (&self->address);
  self->address.judged = FALSE;
  g_clear_handle_id (&self->check_id, g_source_remove);
  self->check_id = g_timeout_add (SERVER_CHECK_DELAY_MS, on_check_due, self);
  update_message (self);
  update_complete (self);
}

/* The address was judged too early, not too late: leaving it judges it at
 * once. */
static void
on_address_focus_left (TicketsServerGroup *self)
{
  check_now (self);
}

static void
on_address_activated (TicketsServerGroup *self)
{
  check_now (self);
  if (is_complete (self))
    g_signal_emit (self, signals[ADDRESS_ACTIVATED], 0);
}

static void
tickets_server_group_dispose (GObject *object)
{
  TicketsServerGroup *self = TICKETS_SERVER_GROUP (object);

  g_clear_handle_id (&self->check_id, g_source_remove);

  gtk_widget_dispose_template (GTK_WIDGET (object), TICKETS_TYPE_SERVER_GROUP);

  G_OBJECT_CLASS (tickets_server_group_parent_class)->dispose (object);
}

static void
tickets_server_group_finalize (GObject *object)
{
  TicketsServerGroup *self = TICKETS_SERVER_GROUP (object);

  tickets_connect_field_clear (&self->address);

  G_OBJECT_CLASS (tickets_server_group_parent_class)->finalize (object);
}

static void
tickets_server_group_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  TicketsServerGroup *self = TICKETS_SERVER_GROUP (object);

  switch (prop_id)
    {
    case PROP_SERVER_KIND:
      g_value_set_enum (value, tickets_server_group_get_server_kind (self));
      break;
    case PROP_COMPLETE:
      g_value_set_boolean (value, self->complete);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_server_group_class_init (TicketsServerGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tickets_server_group_dispose;
  object_class->finalize = tickets_server_group_finalize;
  object_class->get_property = tickets_server_group_get_property;

  properties[PROP_SERVER_KIND] =
    g_param_spec_enum ("server-kind", NULL, NULL,
                       TICKETS_TYPE_SERVER_KIND, TICKETS_SERVER_PAYLOGIC,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_COMPLETE] =
    g_param_spec_boolean ("complete", NULL, NULL,
                          TRUE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[ADDRESS_ACTIVATED] =
    g_signal_new ("address-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Tickets/views/tickets-server-group.ui");
  gtk_widget_class_bind_template_child (widget_class, TicketsServerGroup, demo_row);
  gtk_widget_class_bind_template_child (widget_class, TicketsServerGroup, paylogic_row);
  gtk_widget_class_bind_template_child (widget_class, TicketsServerGroup, demo_check);
  gtk_widget_class_bind_template_child (widget_class, TicketsServerGroup, paylogic_check);
  gtk_widget_class_bind_template_child (widget_class, TicketsServerGroup, custom_check);
  gtk_widget_class_bind_template_child (widget_class, TicketsServerGroup, custom_server_row);
  gtk_widget_class_bind_template_callback (widget_class, on_server_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_address_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_address_activated);
}

static void
tickets_server_group_init (TicketsServerGroup *self)
{
  GtkEventController *focus;

  self->server_kind = TICKETS_SERVER_PAYLOGIC;
  self->complete = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));

  adw_action_row_set_subtitle (self->paylogic_row, TICKETS_PAYLOGIC_SERVER);
  tickets_connect_field_set_up (&self->address, self->custom_server_row);

  focus = gtk_event_controller_focus_new ();
  g_signal_connect_object (focus, "leave", G_CALLBACK (on_address_focus_left), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (self->custom_server_row, focus);
}

void
tickets_server_group_set_server (TicketsServerGroup *self,
                                 TicketsServerKind   server_kind,
                                 const char         *custom_server)
{
  g_return_if_fail (TICKETS_IS_SERVER_GROUP (self));

  /* Typed text stays unless there is something to put in its place. */
  if (server_kind == TICKETS_SERVER_CUSTOM && custom_server != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->custom_server_row), custom_server);

  switch (server_kind)
    {
    case TICKETS_SERVER_DEMO:
      gtk_check_button_set_active (self->demo_check, TRUE);
      break;
    case TICKETS_SERVER_PAYLOGIC:
      gtk_check_button_set_active (self->paylogic_check, TRUE);
      break;
    case TICKETS_SERVER_CUSTOM:
      gtk_check_button_set_active (self->custom_check, TRUE);
      check_now (self);
      break;
    default:
      g_return_if_reached ();
    }
}

void
tickets_server_group_set_demo_address (TicketsServerGroup *self,
                                       const char         *address)
{
  g_autofree char *subtitle = NULL;

  g_return_if_fail (TICKETS_IS_SERVER_GROUP (self));

  if (address != NULL)
    /* Translators: %s is the address of the demo server, such as http://127.0.0.1:41234. */
    subtitle = g_strdup_printf (_("A sandbox on this computer, at %s"), address);

  adw_action_row_set_subtitle (self->demo_row, subtitle != NULL ? subtitle : _("A sandbox on this computer"));
}

gboolean
tickets_server_group_get_complete (TicketsServerGroup *self)
{
  g_return_val_if_fail (TICKETS_IS_SERVER_GROUP (self), FALSE);

  return self->complete;
}

char *
tickets_server_group_dup_address (TicketsServerGroup *self)
{
  g_return_val_if_fail (TICKETS_IS_SERVER_GROUP (self), NULL);

  return tickets_connect_field_dup_text (&self->address);
}

static gboolean
is_server_error (const GError *error)
{
  return tickets_api_error_is_unreachable (error) ||
         g_error_matches (error, TICKETS_API_ERROR, TICKETS_API_ERROR_TLS) ||
         g_error_matches (error, TICKETS_API_ERROR, TICKETS_API_ERROR_INSECURE) ||
         g_error_matches (error, TICKETS_API_ERROR, TICKETS_API_ERROR_INVALID_URI);
}

gboolean
tickets_server_group_show_error (TicketsServerGroup *self,
                                 const GError       *error)
{
  g_return_val_if_fail (TICKETS_IS_SERVER_GROUP (self), FALSE);

  if (error == NULL)
    {
      if (self->address.error_message != NULL)
        {
          tickets_connect_field_clear (&self->address);
          update_message (self);
        }
      return FALSE;
    }

  if (!is_server_error (error))
    return FALSE;

  /* Under the server's choice: the address, or the server itself. */
  g_free (self->address.error_message);
  self->address.error_message = g_strdup (error->message);
  update_message (self);
  if (tickets_server_group_get_server_kind (self) == TICKETS_SERVER_CUSTOM)
    gtk_widget_grab_focus (self->custom_server_row);

  return TRUE;
}

GtkWidget *
tickets_server_group_get_address_row (TicketsServerGroup *self)
{
  g_return_val_if_fail (TICKETS_IS_SERVER_GROUP (self), NULL);

  return self->custom_server_row;
}

const char *
tickets_server_group_get_message (TicketsServerGroup *self)
{
  g_return_val_if_fail (TICKETS_IS_SERVER_GROUP (self), NULL);

  return tickets_connect_field_get_message (&self->address);
}
