/* tickets-connect-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tickets-accessible.h"
#include "tickets-connect-field.h"
#include "tickets-connect-view-private.h"
#include "tickets-error.h"
#include "tickets-remember-group.h"
#include "tickets-resource.h"
#include "tickets-server-group.h"

typedef enum
{
  FIELD_ORDER_LINK,
  FIELD_ORDER_TOKEN,
  FIELD_COGNITO_TOKEN,
  FIELD_REQUEST_LINK,
  FIELD_REQUEST_TOKEN,
  FIELD_STAFF_USER,
  FIELD_STAFF_PASSWORD,
  N_FIELDS
} FieldId;

static const char * const field_names[N_FIELDS] = {
  "order-link",
  "order-token",
  "cognito-token",
  "request-link",
  "request-token",
  "staff-user",
  "staff-password",
};

/* The fields each way of signing in shows: a link or user name (or none),
 * then the secret. */
static const struct
{
  FieldId first;
  FieldId secret;
} sign_in_fields[] = {
  [TICKETS_SIGN_IN_ORDER] = { FIELD_ORDER_LINK, FIELD_ORDER_TOKEN },
  [TICKETS_SIGN_IN_COGNITO] = { FIELD_COGNITO_TOKEN, FIELD_COGNITO_TOKEN },
  [TICKETS_SIGN_IN_REQUEST] = { FIELD_REQUEST_LINK, FIELD_REQUEST_TOKEN },
  [TICKETS_SIGN_IN_STAFF] = { FIELD_STAFF_USER, FIELD_STAFF_PASSWORD },
};

struct _TicketsConnectView
{
  AdwBin       parent_instance;

  TicketsConnectField fields[N_FIELDS];
  gboolean     busy;

  GtkWidget   *demo_order_button;
  GtkWidget   *fields_box;
  TicketsServerGroup *server_group;
  AdwComboRow *sign_in_kind_row;
  GtkWidget   *order_group;
  GtkWidget   *cognito_group;
  GtkWidget   *request_group;
  GtkWidget   *staff_group;
  GtkWidget   *order_link_row;
  GtkWidget   *order_token_row;
  GtkWidget   *cognito_token_row;
  GtkWidget   *request_link_row;
  GtkWidget   *request_token_row;
  GtkWidget   *staff_user_row;
  GtkWidget   *staff_password_row;
  TicketsRememberGroup *remember_group;
  GtkLabel    *error_label;
  GtkWidget   *sign_in_button;
  GtkSpinner  *spinner;
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

  return adw_combo_row_get_selected (self->sign_in_kind_row);
}

/* The order or request a link field names, as the store takes it (see
 * tickets_resource_parse_reference()); NULL when it names none. */
static char *
dup_reference (TicketsConnectView *self,
               FieldId             id)
{
  const char *collection = id == FIELD_ORDER_LINK ? "orders" : "personalization-requests";

  return tickets_resource_parse_reference (collection, gtk_editable_get_text (GTK_EDITABLE (self->fields[id].row)));
}

static gboolean
has_reference (TicketsConnectView *self,
               FieldId             id)
{
  g_autofree char *reference = dup_reference (self, id);

  return reference != NULL;
}

/* NULL when the field is fine as typed; the server's word comes after. */
static char *
check_field (TicketsConnectView *self,
             FieldId             id)
{
  if (id == FIELD_ORDER_LINK || id == FIELD_REQUEST_LINK)
    {
      g_autofree char *link = tickets_connect_field_dup_text (&self->fields[id]);
      g_autofree char *reference = dup_reference (self, id);

      if (!self->fields[id].judged || *link == '\0' || reference != NULL)
        return NULL;

      return g_strdup (id == FIELD_ORDER_LINK
                       ? _("Paste the order link from the email, its path (/orders/…) or the order’s id.")
                       : _("Paste the request link from the email, its path (/personalization-requests/…) "
                           "or the request’s id."));
    }

  if (id == FIELD_STAFF_USER)
    {
      g_autofree char *user = tickets_connect_field_dup_text (&self->fields[FIELD_STAFF_USER]);

      if (strchr (user, ':') != NULL)
        return g_strdup (_("A user name cannot contain a colon (:)."));
    }

  return NULL;
}

static void
update_field_message (TicketsConnectView *self,
                      FieldId             id)
{
  g_autofree char *message = check_field (self, id);

  tickets_connect_field_show_message (&self->fields[id], message);
}

static gboolean
is_secret_complete (TicketsConnectView *self,
                    TicketsSignInKind   kind)
{
  const char *secret = gtk_editable_get_text (GTK_EDITABLE (self->fields[sign_in_fields[kind].secret].row));

  return tickets_connection_check_secret (kind, secret);
}

static gboolean
is_complete (TicketsConnectView *self)
{
  TicketsSignInKind kind = tickets_connect_view_get_sign_in_kind (self);
  g_autofree char *user = NULL;

  if (!tickets_server_group_get_complete (self->server_group) || !is_secret_complete (self, kind))
    return FALSE;

  switch (kind)
    {
    case TICKETS_SIGN_IN_ORDER:
      return has_reference (self, FIELD_ORDER_LINK);
    case TICKETS_SIGN_IN_REQUEST:
      return has_reference (self, FIELD_REQUEST_LINK);
    case TICKETS_SIGN_IN_STAFF:
      user = tickets_connect_field_dup_text (&self->fields[FIELD_STAFF_USER]);
      return *user != '\0' && strchr (user, ':') == NULL;
    case TICKETS_SIGN_IN_COGNITO:
    default:
      return TRUE;
    }
}

/* Where typing starts: the server's address while a custom one is
 * missing, else the first empty field of the chosen way in. */
static GtkWidget *
find_first_empty_row (TicketsConnectView *self)
{
  TicketsSignInKind kind = tickets_connect_view_get_sign_in_kind (self);

  if (!tickets_server_group_get_complete (self->server_group))
    return tickets_server_group_get_address_row (self->server_group);
  if (!tickets_connect_field_has_text (&self->fields[sign_in_fields[kind].first]))
    return self->fields[sign_in_fields[kind].first].row;

  return self->fields[sign_in_fields[kind].secret].row;
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
  TicketsSignInKind kind = tickets_connect_view_get_sign_in_kind (self);

  gtk_widget_set_visible (self->order_group, kind == TICKETS_SIGN_IN_ORDER);
  gtk_widget_set_visible (self->cognito_group, kind == TICKETS_SIGN_IN_COGNITO);
  gtk_widget_set_visible (self->request_group, kind == TICKETS_SIGN_IN_REQUEST);
  gtk_widget_set_visible (self->staff_group, kind == TICKETS_SIGN_IN_STAFF);
  update_sign_in (self);
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

static void
on_field_changed (GtkEditable        *editable,
                  TicketsConnectView *self)
{
  for (FieldId id = 0; id < N_FIELDS; id++)
    {
      TicketsConnectField *field = &self->fields[id];

      if (GTK_EDITABLE (field->row) != editable)
        continue;

      tickets_connect_field_clear (field);
      field->judged = FALSE;
      update_field_message (self, id);
    }

  update_sign_in (self);
}

static const FieldId link_fields[] = { FIELD_ORDER_LINK, FIELD_REQUEST_LINK };

static void
judge_link (TicketsConnectView *self,
            FieldId             id)
{
  if (self->fields[id].judged)
    return;

  self->fields[id].judged = TRUE;
  update_field_message (self, id);
}

static void
on_link_focus_left (GtkEventControllerFocus *focus,
                    TicketsConnectView      *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (focus));

  judge_link (self, row == self->fields[FIELD_ORDER_LINK].row ? FIELD_ORDER_LINK : FIELD_REQUEST_LINK);
}

/* Enter in the server's address goes on to the way of signing in. */
static void
on_address_activated (TicketsConnectView *self)
{
  TicketsSignInKind kind = tickets_connect_view_get_sign_in_kind (self);

  gtk_widget_grab_focus (self->fields[sign_in_fields[kind].first].row);
}

/* Enter goes on to the next field, and from the last one signs in. */
static void
on_entry_activated (AdwEntryRow        *row,
                    TicketsConnectView *self)
{
  TicketsSignInKind kind = tickets_connect_view_get_sign_in_kind (self);
  GtkWidget *secret_row = self->fields[sign_in_fields[kind].secret].row;

  if (GTK_WIDGET (row) != secret_row)
    {
      if (GTK_WIDGET (row) == self->fields[FIELD_ORDER_LINK].row)
        judge_link (self, FIELD_ORDER_LINK);
      else if (GTK_WIDGET (row) == self->fields[FIELD_REQUEST_LINK].row)
        judge_link (self, FIELD_REQUEST_LINK);
      gtk_widget_grab_focus (secret_row);
    }
  else
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "connect.sign-in", NULL);
    }
}

static void
sign_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  TicketsConnectView *self = TICKETS_CONNECT_VIEW (widget);
  TicketsSignInKind kind = tickets_connect_view_get_sign_in_kind (self);
  g_autoptr(TicketsConnection) connection = NULL;
  g_autofree char *server = tickets_server_group_dup_address (self->server_group);
  g_autofree char *resource = NULL;
  g_autofree char *user = NULL;

  if (self->busy || !is_complete (self))
    return;

  if (kind == TICKETS_SIGN_IN_ORDER)
    resource = dup_reference (self, FIELD_ORDER_LINK);
  else if (kind == TICKETS_SIGN_IN_REQUEST)
    resource = dup_reference (self, FIELD_REQUEST_LINK);
  else if (kind == TICKETS_SIGN_IN_STAFF)
    user = tickets_connect_field_dup_text (&self->fields[FIELD_STAFF_USER]);

  tickets_connect_view_show_error (self, NULL);
  connection = tickets_connection_new (tickets_connect_view_get_server_kind (self), server, kind, resource, user,
                                       gtk_editable_get_text (GTK_EDITABLE (self->fields[sign_in_fields[kind].secret].row)));
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
set_up_field (TicketsConnectView *self,
              FieldId             id,
              GtkWidget          *row)
{
  tickets_connect_field_set_up (&self->fields[id], row);

  g_signal_connect_object (row, "changed", G_CALLBACK (on_field_changed), self, G_CONNECT_DEFAULT);
  g_signal_connect_object (row, "entry-activated", G_CALLBACK (on_entry_activated), self, G_CONNECT_DEFAULT);
}

static void
tickets_connect_view_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), TICKETS_TYPE_CONNECT_VIEW);

  G_OBJECT_CLASS (tickets_connect_view_parent_class)->dispose (object);
}

static void
tickets_connect_view_finalize (GObject *object)
{
  TicketsConnectView *self = TICKETS_CONNECT_VIEW (object);

  for (FieldId id = 0; id < N_FIELDS; id++)
    tickets_connect_field_clear (&self->fields[id]);

  G_OBJECT_CLASS (tickets_connect_view_parent_class)->finalize (object);
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
  object_class->finalize = tickets_connect_view_finalize;
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
  gtk_widget_class_bind_template_child (widget_class, TicketsConnectView, sign_in_kind_row);
  gtk_widget_class_bind_template_child (widget_class, TicketsConnectView, order_group);
  gtk_widget_class_bind_template_child (widget_class, TicketsConnectView, cognito_group);
  gtk_widget_class_bind_template_child (widget_class, TicketsConnectView, request_group);
  gtk_widget_class_bind_template_child (widget_class, TicketsConnectView, staff_group);
  gtk_widget_class_bind_template_child (widget_class, TicketsConnectView, order_link_row);
  gtk_widget_class_bind_template_child (widget_class, TicketsConnectView, order_token_row);
  gtk_widget_class_bind_template_child (widget_class, TicketsConnectView, cognito_token_row);
  gtk_widget_class_bind_template_child (widget_class, TicketsConnectView, request_link_row);
  gtk_widget_class_bind_template_child (widget_class, TicketsConnectView, request_token_row);
  gtk_widget_class_bind_template_child (widget_class, TicketsConnectView, staff_user_row);
  gtk_widget_class_bind_template_child (widget_class, TicketsConnectView, staff_password_row);
  gtk_widget_class_bind_template_child (widget_class, TicketsConnectView, remember_group);
  gtk_widget_class_bind_template_child (widget_class, TicketsConnectView, error_label);
  gtk_widget_class_bind_template_child (widget_class, TicketsConnectView, sign_in_button);
  gtk_widget_class_bind_template_child (widget_class, TicketsConnectView, spinner);
  gtk_widget_class_bind_template_callback (widget_class, on_server_kind_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_address_activated);
  gtk_widget_class_bind_template_callback (widget_class, update_sign_in);
  gtk_widget_class_bind_template_callback (widget_class, on_sign_in_kind_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_remember_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_keyring_available_changed);

  gtk_widget_class_install_action (widget_class, "connect.sign-in", NULL, sign_in_action);
  gtk_widget_class_install_action (widget_class, "connect.open-demo-order", NULL, open_demo_order_action);
}

static void
tickets_connect_view_init (TicketsConnectView *self)
{
  GtkEventController *focus;

  g_type_ensure (TICKETS_TYPE_REMEMBER_GROUP);
  g_type_ensure (TICKETS_TYPE_SERVER_GROUP);
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->sign_in_kind_row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->sign_in_kind_row)),
                                  -1);

  tickets_accessible_name_row_parts (GTK_WIDGET (self->sign_in_kind_row));
  /* The welcome is on show before the window ever switches pages. */
  tickets_accessible_tidy_names (GTK_WIDGET (self));
  set_up_field (self, FIELD_ORDER_LINK, self->order_link_row);
  set_up_field (self, FIELD_ORDER_TOKEN, self->order_token_row);
  set_up_field (self, FIELD_COGNITO_TOKEN, self->cognito_token_row);
  set_up_field (self, FIELD_REQUEST_LINK, self->request_link_row);
  set_up_field (self, FIELD_REQUEST_TOKEN, self->request_token_row);
  set_up_field (self, FIELD_STAFF_USER, self->staff_user_row);
  set_up_field (self, FIELD_STAFF_PASSWORD, self->staff_password_row);

  for (guint i = 0; i < G_N_ELEMENTS (link_fields); i++)
    {
      focus = gtk_event_controller_focus_new ();
      g_signal_connect_object (focus, "leave", G_CALLBACK (on_link_focus_left), self, G_CONNECT_DEFAULT);
      gtk_widget_add_controller (self->fields[link_fields[i]].row, focus);
    }

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

void
tickets_connect_view_set_sign_in_kind (TicketsConnectView *self,
                                       TicketsSignInKind   sign_in_kind)
{
  g_return_if_fail (TICKETS_IS_CONNECT_VIEW (self));
  g_return_if_fail (sign_in_kind <= TICKETS_SIGN_IN_STAFF);

  adw_combo_row_set_selected (self->sign_in_kind_row, sign_in_kind);
}

void
tickets_connect_view_fill (TicketsConnectView *self,
                           TicketsConnection  *connection)
{
  TicketsSignInKind kind;

  g_return_if_fail (TICKETS_IS_CONNECT_VIEW (self));
  g_return_if_fail (TICKETS_IS_CONNECTION (connection));

  kind = tickets_connection_get_sign_in_kind (connection);
  tickets_connect_view_set_server (self, tickets_connection_get_server_kind (connection),
                                   tickets_connection_get_server (connection));
  tickets_connect_view_set_sign_in_kind (self, kind);

  if (kind == TICKETS_SIGN_IN_ORDER)
    gtk_editable_set_text (GTK_EDITABLE (self->fields[FIELD_ORDER_LINK].row), tickets_connection_get_resource (connection));
  else if (kind == TICKETS_SIGN_IN_REQUEST)
    gtk_editable_set_text (GTK_EDITABLE (self->fields[FIELD_REQUEST_LINK].row), tickets_connection_get_resource (connection));
  else if (kind == TICKETS_SIGN_IN_STAFF)
    gtk_editable_set_text (GTK_EDITABLE (self->fields[FIELD_STAFF_USER].row), tickets_connection_get_user (connection));
}

void
tickets_connect_view_focus_primary (TicketsConnectView *self)
{
  g_return_if_fail (TICKETS_IS_CONNECT_VIEW (self));

  if (gtk_widget_get_visible (self->demo_order_button))
    gtk_widget_grab_focus (self->demo_order_button);
  else if (gtk_widget_is_sensitive (self->sign_in_button))
    gtk_widget_grab_focus (self->sign_in_button);
  else
    gtk_widget_grab_focus (find_first_empty_row (self));
}

void
tickets_connect_view_clear_secrets (TicketsConnectView *self)
{
  g_return_if_fail (TICKETS_IS_CONNECT_VIEW (self));

  for (TicketsSignInKind kind = TICKETS_SIGN_IN_ORDER; kind <= TICKETS_SIGN_IN_STAFF; kind++)
    gtk_editable_set_text (GTK_EDITABLE (self->fields[sign_in_fields[kind].secret].row), "");
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

/* Our sentence for the field, then the server's own words, if any. */
static char *
explain (const GError *error,
         const char   *sentence)
{
  const char *server_message = tickets_api_error_get_server_message (error);

  if (server_message == NULL || *server_message == '\0')
    return g_strdup (sentence);

  return g_strdup_printf ("%s %s", sentence, server_message);
}

static void
show_field_error (TicketsConnectView *self,
                  FieldId             id,
                  char               *message)
{
  TicketsConnectField *field = &self->fields[id];

  g_free (field->error_message);
  field->error_message = message;
  update_field_message (self, id);
}

void
tickets_connect_view_show_error (TicketsConnectView *self,
                                 const GError       *error)
{
  TicketsSignInKind kind;
  GtkWidget *focus = NULL;

  g_return_if_fail (TICKETS_IS_CONNECT_VIEW (self));

  for (FieldId id = 0; id < N_FIELDS; id++)
    if (self->fields[id].error_message != NULL)
      show_field_error (self, id, NULL);
  tickets_server_group_show_error (self->server_group, NULL);
  gtk_label_set_text (self->error_label, "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);

  if (error == NULL)
    return;

  kind = tickets_connect_view_get_sign_in_kind (self);

  if (tickets_server_group_show_error (self->server_group, error))
    return;

  if (g_error_matches (error, TICKETS_API_ERROR, TICKETS_API_ERROR_UNAUTHORIZED) ||
           g_error_matches (error, TICKETS_API_ERROR, TICKETS_API_ERROR_FORBIDDEN))
    {
      FieldId id = sign_in_fields[kind].secret;

      show_field_error (self, id, explain (error, kind == TICKETS_SIGN_IN_STAFF
                                                  ? _("The server did not accept this user name and password.")
                                                  : _("The server did not accept this token.")));
      focus = self->fields[id].row;
    }
  else if (g_error_matches (error, TICKETS_API_ERROR, TICKETS_API_ERROR_NOT_FOUND) &&
           (kind == TICKETS_SIGN_IN_ORDER || kind == TICKETS_SIGN_IN_REQUEST))
    {
      FieldId id = sign_in_fields[kind].first;

      show_field_error (self, id, explain (error, _("The server knows nothing at this link. "
                                                    "Check that it was copied whole.")));
      focus = self->fields[id].row;
    }
  else
    {
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
    }

  if (focus != NULL)
    gtk_widget_grab_focus (focus);
}

static int
find_field (const char *name)
{
  for (FieldId id = 0; id < N_FIELDS; id++)
    if (g_str_equal (field_names[id], name))
      return id;

  return -1;
}

GtkEditable *
tickets_connect_view_get_entry (TicketsConnectView *self,
                                const char         *field)
{
  int id;

  g_return_val_if_fail (TICKETS_IS_CONNECT_VIEW (self), NULL);

  if (g_str_equal (field, "server"))
    return GTK_EDITABLE (tickets_server_group_get_address_row (self->server_group));

  id = find_field (field);
  g_return_val_if_fail (id != -1, NULL);

  return GTK_EDITABLE (self->fields[id].row);
}

const char *
tickets_connect_view_get_message (TicketsConnectView *self,
                                  const char         *field)
{
  GtkWidget *row;
  GtkWidget *label;
  int id;

  g_return_val_if_fail (TICKETS_IS_CONNECT_VIEW (self), NULL);

  if (g_str_equal (field, "server"))
    return tickets_server_group_get_message (self->server_group);

  if (g_str_equal (field, "error"))
    {
      row = label = GTK_WIDGET (self->error_label);
    }
  else if (g_str_equal (field, "keyring"))
    {
      return tickets_remember_group_get_keyring_message (self->remember_group);
    }
  else
    {
      id = find_field (field);
      g_return_val_if_fail (id != -1, NULL);
      row = self->fields[id].message_row;
      label = self->fields[id].message_label;
    }

  return gtk_widget_get_visible (row) ? gtk_label_get_text (GTK_LABEL (label)) : NULL;
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
