/* tickets-connect-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-accessible.h"
#include "tickets-connect-view-private.h"
#include "tickets-remember-group.h"
#include "tickets-server-group.h"
#include "tickets-sign-in-form.h"

struct _TicketsConnectView
{
  AdwBin                parent_instance;

  gboolean              busy;

  GtkWidget            *demo_order_button;
  GtkWidget            *fields_box;
  TicketsServerGroup   *server_group;
  TicketsSignInForm    *sign_in_form;
  TicketsRememberGroup *remember_group;
  GtkLabel             *error_label;
  GtkWidget            *sign_in_button;
  GtkSpinner           *spinner;
};

G_DEFINE_FINAL_TYPE (TicketsConnectView, tickets_connect_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_SERVER_KIND,
  PROP_SIGN_IN_KIND,
  PROP_REMEMBER,
  PROP_KEYRING_AVAILABLE,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SIGN_IN,
  OPEN_DEMO_ORDER,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

TicketsServerKind
tickets_connect_view_get_server_kind (TicketsConnectView *self)
{
  g_return_val_if_fail (TICKETS_IS_CONNECT_VIEW (self), TICKETS_SERVER_PAYLOGIC);

  return tickets_server_group_get_server_kind (self->server_group);
}

TicketsSignInKind
tickets_connect_view_get_sign_in_kind (TicketsConnectView *self)
{
  g_return_val_if_fail (TICKETS_IS_CONNECT_VIEW (self), TICKETS_SIGN_IN_ORDER);

  return tickets_sign_in_form_get_sign_in_kind (self->sign_in_form);
}

static gboolean
is_complete (TicketsConnectView *self)
{
  return tickets_server_group_get_complete (self->server_group) &&
         tickets_sign_in_form_get_complete (self->sign_in_form);
}

static void
update_sign_in (TicketsConnectView *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "connect.sign-in", !self->busy && is_complete (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "connect.open-demo-order", !self->busy);
}

static void
on_server_kind_changed (TicketsConnectView *self)
{
  TicketsServerKind kind = tickets_connect_view_get_server_kind (self);

  gtk_widget_set_visible (self->demo_order_button, kind == TICKETS_SERVER_DEMO);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SERVER_KIND]);
}

static void
on_sign_in_kind_changed (TicketsConnectView *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIGN_IN_KIND]);
}

static void
on_remember_changed (TicketsConnectView *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REMEMBER]);
}

static void
on_keyring_available_changed (TicketsConnectView *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KEYRING_AVAILABLE]);
}

/* Enter in the server's address goes on to the way of signing in. */
static void
on_address_activated (TicketsConnectView *self)
{
  tickets_sign_in_form_focus_first (self->sign_in_form);
}

/* Enter in the token or password signs in. */
static void
on_secret_activated (TicketsConnectView *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "connect.sign-in", NULL);
}

static void
sign_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  TicketsConnectView *self = TICKETS_CONNECT_VIEW (widget);
  g_autoptr(TicketsConnection) connection = NULL;
  g_autofree char *server = NULL;

  if (self->busy || !is_complete (self))
    return;

  tickets_connect_view_show_error (self, NULL);
  server = tickets_server_group_dup_address (self->server_group);
  connection = tickets_sign_in_form_new_connection (self->sign_in_form, tickets_connect_view_get_server_kind (self),
                                                    server);
  g_signal_emit (self, signals[SIGN_IN], 0, connection);
}

static void
open_demo_order_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  g_signal_emit (widget, signals[OPEN_DEMO_ORDER], 0);
}

static void
tickets_connect_view_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), TICKETS_TYPE_CONNECT_VIEW);

  G_OBJECT_CLASS (tickets_connect_view_parent_class)->dispose (object);
}

static void
tickets_connect_view_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  TicketsConnectView *self = TICKETS_CONNECT_VIEW (object);

  switch (prop_id)
    {
    case PROP_SERVER_KIND:
      g_value_set_enum (value, tickets_connect_view_get_server_kind (self));
      break;
    case PROP_SIGN_IN_KIND:
      g_value_set_enum (value, tickets_connect_view_get_sign_in_kind (self));
      break;
    case PROP_REMEMBER:
      g_value_set_boolean (value, tickets_connect_view_get_remember (self));
      break;
    case PROP_KEYRING_AVAILABLE:
      g_value_set_boolean (value, tickets_connect_view_get_keyring_available (self));
      break;
    case PROP_BUSY:
      g_value_set_boolean (value, self->busy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_connect_view_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  TicketsConnectView *self = TICKETS_CONNECT_VIEW (object);

  switch (prop_id)
    {
    case PROP_SIGN_IN_KIND:
      tickets_connect_view_set_sign_in_kind (self, g_value_get_enum (value));
      break;
    case PROP_REMEMBER:
      tickets_connect_view_set_remember (self, g_value_get_boolean (value));
      break;
    case PROP_KEYRING_AVAILABLE:
      tickets_connect_view_set_keyring_available (self, g_value_get_boolean (value));
      break;
    case PROP_BUSY:
      tickets_connect_view_set_busy (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_connect_view_class_init (TicketsConnectViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tickets_connect_view_dispose;
  object_class->get_property = tickets_connect_view_get_property;
  object_class->set_property = tickets_connect_view_set_property;

  properties[PROP_SERVER_KIND] =
    g_param_spec_enum ("server-kind", NULL, NULL,
                       TICKETS_TYPE_SERVER_KIND, TICKETS_SERVER_PAYLOGIC,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SIGN_IN_KIND] =
    g_param_spec_enum ("sign-in-kind", NULL, NULL,
                       TICKETS_TYPE_SIGN_IN_KIND, TICKETS_SIGN_IN_ORDER,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_REMEMBER] =
    g_param_spec_boolean ("remember", NULL, NULL,
                          TRUE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_KEYRING_AVAILABLE] =
    g_param_spec_boolean ("keyring-available", NULL, NULL,
                          TRUE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TicketsConnectView::sign-in:
   * @connection: what the user chose and typed, not remembered yet
   *
   * Sign In was pressed with every field complete.
   */
  signals[SIGN_IN] =
    g_signal_new ("sign-in", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, TICKETS_TYPE_CONNECTION);
  /* "Open the Demo Order", offered while the demo server is chosen. */
  signals[OPEN_DEMO_ORDER] =
    g_signal_new ("open-demo-order", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Tickets/views/tickets-connect-view.ui");
  gtk_widget_class_bind_template_child (widget_class, TicketsConnectView, demo_order_button);
  gtk_widget_class_bind_template_child (widget_class, TicketsConnectView, fields_box);
  gtk_widget_class_bind_template_child (widget_class, TicketsConnectView, server_group);
  gtk_widget_class_bind_template_child (widget_class, TicketsConnectView, sign_in_form);
  gtk_widget_class_bind_template_child (widget_class, TicketsConnectView, remember_group);
  gtk_widget_class_bind_template_child (widget_class, TicketsConnectView, error_label);
  gtk_widget_class_bind_template_child (widget_class, TicketsConnectView, sign_in_button);
  gtk_widget_class_bind_template_child (widget_class, TicketsConnectView, spinner);
  gtk_widget_class_bind_template_callback (widget_class, on_server_kind_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_address_activated);
  gtk_widget_class_bind_template_callback (widget_class, update_sign_in);
  gtk_widget_class_bind_template_callback (widget_class, on_sign_in_kind_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_secret_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_remember_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_keyring_available_changed);

  gtk_widget_class_install_action (widget_class, "connect.sign-in", NULL, sign_in_action);
  gtk_widget_class_install_action (widget_class, "connect.open-demo-order", NULL, open_demo_order_action);
}

static void
tickets_connect_view_init (TicketsConnectView *self)
{
  g_type_ensure (TICKETS_TYPE_REMEMBER_GROUP);
  g_type_ensure (TICKETS_TYPE_SERVER_GROUP);
  g_type_ensure (TICKETS_TYPE_SIGN_IN_FORM);
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The welcome is on show before the window ever switches pages. */
  tickets_accessible_tidy_names (GTK_WIDGET (self));

  update_sign_in (self);
}

GtkWidget *
tickets_connect_view_new (void)
{
  return g_object_new (TICKETS_TYPE_CONNECT_VIEW, NULL);
}

void
tickets_connect_view_set_server (TicketsConnectView *self,
                                 TicketsServerKind   server_kind,
                                 const char         *custom_server)
{
  g_return_if_fail (TICKETS_IS_CONNECT_VIEW (self));

  tickets_server_group_set_server (self->server_group, server_kind, custom_server);
}

void
tickets_connect_view_set_demo_address (TicketsConnectView *self,
                                       const char         *address)
{
  g_return_if_fail (TICKETS_IS_CONNECT_VIEW (self));

  tickets_server_group_set_demo_address (self->server_group, address);
}

static void
show_server (TicketsSession     *session,
             GParamSpec         *pspec,
             TicketsConnectView *self)
{
  TicketsServerKind kind = tickets_session_get_server_kind (session);
  const char *server = tickets_session_get_server (session);

  tickets_connect_view_set_server (self, kind, kind == TICKETS_SERVER_CUSTOM ? server : NULL);
  tickets_connect_view_set_demo_address (self, tickets_session_get_demo (session) ? server : NULL);

  if (tickets_session_get_demo (session))
    {
      const char *user;
      const char *password;

      tickets_session_get_demo_staff (session, &user, &password);
      tickets_sign_in_form_set_demo_staff (self->sign_in_form, user, password);
    }
  else
    tickets_sign_in_form_set_demo_staff (self->sign_in_form, NULL, NULL);
}

void
tickets_connect_view_follow_session (TicketsConnectView *self,
                                     TicketsSession     *session)
{
  g_return_if_fail (TICKETS_IS_CONNECT_VIEW (self));
  g_return_if_fail (TICKETS_IS_SESSION (session));

  show_server (session, NULL, self);
  g_signal_connect_object (session, "notify::store", G_CALLBACK (show_server), self, 0);
}

void
tickets_connect_view_set_sign_in_kind (TicketsConnectView *self,
                                       TicketsSignInKind   sign_in_kind)
{
  g_return_if_fail (TICKETS_IS_CONNECT_VIEW (self));

  tickets_sign_in_form_set_sign_in_kind (self->sign_in_form, sign_in_kind);
}

void
tickets_connect_view_fill (TicketsConnectView *self,
                           TicketsConnection  *connection)
{
  g_return_if_fail (TICKETS_IS_CONNECT_VIEW (self));
  g_return_if_fail (TICKETS_IS_CONNECTION (connection));

  tickets_connect_view_set_server (self, tickets_connection_get_server_kind (connection),
                                   tickets_connection_get_server (connection));
  tickets_sign_in_form_fill (self->sign_in_form, connection);
}

void
tickets_connect_view_focus_primary (TicketsConnectView *self)
{
  g_return_if_fail (TICKETS_IS_CONNECT_VIEW (self));

  if (gtk_widget_get_visible (self->demo_order_button))
    gtk_widget_grab_focus (self->demo_order_button);
  else if (gtk_widget_is_sensitive (self->sign_in_button))
    gtk_widget_grab_focus (self->sign_in_button);
  else if (!tickets_server_group_get_complete (self->server_group))
    /* Typing starts at a custom server's missing address, else at the
     * first empty field of the chosen way in. */
    gtk_widget_grab_focus (tickets_server_group_get_address_row (self->server_group));
  else
    tickets_sign_in_form_focus_first_empty (self->sign_in_form);
}

void
tickets_connect_view_clear_secrets (TicketsConnectView *self)
{
  g_return_if_fail (TICKETS_IS_CONNECT_VIEW (self));

  tickets_sign_in_form_clear_secrets (self->sign_in_form);
}

gboolean
tickets_connect_view_get_remember (TicketsConnectView *self)
{
  g_return_val_if_fail (TICKETS_IS_CONNECT_VIEW (self), FALSE);

  return tickets_remember_group_get_remember (self->remember_group);
}

void
tickets_connect_view_set_remember (TicketsConnectView *self,
                                   gboolean            remember)
{
  g_return_if_fail (TICKETS_IS_CONNECT_VIEW (self));

  /* The group notifies, and on_remember_changed() passes it on. */
  tickets_remember_group_set_remember (self->remember_group, remember);
}

gboolean
tickets_connect_view_get_keyring_available (TicketsConnectView *self)
{
  g_return_val_if_fail (TICKETS_IS_CONNECT_VIEW (self), FALSE);

  return tickets_remember_group_get_keyring_available (self->remember_group);
}

void
tickets_connect_view_set_keyring_available (TicketsConnectView *self,
                                            gboolean            available)
{
  g_return_if_fail (TICKETS_IS_CONNECT_VIEW (self));

  /* The group notifies, and on_keyring_available_changed() passes it on. */
  tickets_remember_group_set_keyring_available (self->remember_group, available);
}

gboolean
tickets_connect_view_get_busy (TicketsConnectView *self)
{
  g_return_val_if_fail (TICKETS_IS_CONNECT_VIEW (self), FALSE);

  return self->busy;
}

void
tickets_connect_view_set_busy (TicketsConnectView *self,
                               gboolean            busy)
{
  g_return_if_fail (TICKETS_IS_CONNECT_VIEW (self));

  busy = !!busy;
  if (self->busy == busy)
    return;

  self->busy = busy;
  gtk_widget_set_sensitive (self->fields_box, !busy);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), busy);
  gtk_spinner_set_spinning (self->spinner, busy);
  update_sign_in (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

void
tickets_connect_view_show_error (TicketsConnectView *self,
                                 const GError       *error)
{
  g_return_if_fail (TICKETS_IS_CONNECT_VIEW (self));

  tickets_server_group_show_error (self->server_group, NULL);
  tickets_sign_in_form_show_error (self->sign_in_form, NULL);
  gtk_label_set_text (self->error_label, "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);

  if (error == NULL)
    return;

  /* Next to what it is about, else above Sign In. */
  if (tickets_server_group_show_error (self->server_group, error) ||
      tickets_sign_in_form_show_error (self->sign_in_form, error))
    return;

  gtk_label_set_text (self->error_label, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

GtkEditable *
tickets_connect_view_get_entry (TicketsConnectView *self,
                                const char         *field)
{
  g_return_val_if_fail (TICKETS_IS_CONNECT_VIEW (self), NULL);

  if (g_str_equal (field, "server"))
    return GTK_EDITABLE (tickets_server_group_get_address_row (self->server_group));

  return tickets_sign_in_form_get_entry (self->sign_in_form, field);
}

const char *
tickets_connect_view_get_message (TicketsConnectView *self,
                                  const char         *field)
{
  g_return_val_if_fail (TICKETS_IS_CONNECT_VIEW (self), NULL);

  if (g_str_equal (field, "server"))
    return tickets_server_group_get_message (self->server_group);
  if (g_str_equal (field, "keyring"))
    return tickets_remember_group_get_keyring_message (self->remember_group);
  if (g_str_equal (field, "error"))
    return gtk_widget_get_visible (GTK_WIDGET (self->error_label)) ? gtk_label_get_text (self->error_label) : NULL;

  return tickets_sign_in_form_get_message (self->sign_in_form, field);
}

GtkWidget *
tickets_connect_view_get_sign_in_button (TicketsConnectView *self)
{
  g_return_val_if_fail (TICKETS_IS_CONNECT_VIEW (self), NULL);

  return self->sign_in_button;
}

GtkWidget *
tickets_connect_view_get_demo_order_button (TicketsConnectView *self)
{
  g_return_val_if_fail (TICKETS_IS_CONNECT_VIEW (self), NULL);

  return self->demo_order_button;
}
