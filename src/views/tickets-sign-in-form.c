/* tickets-sign-in-form.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tickets-accessible.h"
#include "tickets-connect-field.h"
#include "tickets-error.h"
#include "tickets-resource.h"
#include "tickets-sign-in-form.h"

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

static const FieldId link_fields[] = { FIELD_ORDER_LINK, FIELD_REQUEST_LINK };

struct _TicketsSignInForm
{
  GtkBox               parent_instance;

  TicketsConnectField  fields[N_FIELDS];
  gboolean             complete;

  AdwComboRow         *sign_in_kind_row;
  GtkWidget           *order_group;
  GtkWidget           *cognito_group;
  GtkWidget           *request_group;
  GtkWidget           *staff_group;
  GtkWidget           *order_link_row;
  GtkWidget           *order_token_row;
  GtkWidget           *cognito_token_row;
  GtkWidget           *request_link_row;
  GtkWidget           *request_token_row;
  GtkWidget           *staff_user_row;
  GtkWidget           *staff_password_row;
};

G_DEFINE_FINAL_TYPE (TicketsSignInForm, tickets_sign_in_form, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_SIGN_IN_KIND,
  PROP_COMPLETE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SECRET_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

TicketsSignInKind
tickets_sign_in_form_get_sign_in_kind (TicketsSignInForm *self)
{
  g_return_val_if_fail (TICKETS_IS_SIGN_IN_FORM (self), TICKETS_SIGN_IN_ORDER);

  return adw_combo_row_get_selected (self->sign_in_kind_row);
}

/* The order or request a link field names, as the store takes it (see
 * tickets_resource_parse_reference()); NULL when it names none. */
static char *
dup_reference (TicketsSignInForm *self,
               FieldId            id)
{
  const char *collection = id == FIELD_ORDER_LINK ? "orders" : "personalization-requests";

  return tickets_resource_parse_reference (collection, gtk_editable_get_text (GTK_EDITABLE (self->fields[id].row)));
}

static gboolean
has_reference (TicketsSignInForm *self,
               FieldId            id)
{
  g_autofree char *reference = dup_reference (self, id);

  return reference != NULL;
}

/* NULL when the field is fine as typed; the server's word comes after. */
static char *
check_field (TicketsSignInForm *self,
             FieldId            id)
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
update_field_message (TicketsSignInForm *self,
                      FieldId            id)
{
  g_autofree char *message = check_field (self, id);

  tickets_connect_field_show_message (&self->fields[id], message);
}

static gboolean
is_secret_complete (TicketsSignInForm *self,
                    TicketsSignInKind  kind)
{
  const char *secret = gtk_editable_get_text (GTK_EDITABLE (self->fields[sign_in_fields[kind].secret].row));

  return tickets_connection_check_secret (kind, secret);
}

static gboolean
is_complete (TicketsSignInForm *self)
{
  TicketsSignInKind kind = tickets_sign_in_form_get_sign_in_kind (self);
  g_autofree char *user = NULL;

  if (!is_secret_complete (self, kind))
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

static void
update_complete (TicketsSignInForm *self)
{
  gboolean complete = is_complete (self);

  if (self->complete == complete)
    return;

  self->complete = complete;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPLETE]);
}

static void
on_sign_in_kind_changed (TicketsSignInForm *self)
{
  TicketsSignInKind kind = tickets_sign_in_form_get_sign_in_kind (self);

  gtk_widget_set_visible (self->order_group, kind == TICKETS_SIGN_IN_ORDER);
  gtk_widget_set_visible (self->cognito_group, kind == TICKETS_SIGN_IN_COGNITO);
  gtk_widget_set_visible (self->request_group, kind == TICKETS_SIGN_IN_REQUEST);
  gtk_widget_set_visible (self->staff_group, kind == TICKETS_SIGN_IN_STAFF);
  update_complete (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIGN_IN_KIND]);
}

static void
on_field_changed (GtkEditable       *editable,
                  TicketsSignInForm *self)
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

  update_complete (self);
}

static void
judge_link (TicketsSignInForm *self,
            FieldId            id)
{
  if (self->fields[id].judged)
    return;

  self->fields[id].judged = TRUE;
  update_field_message (self, id);
}

static void
on_link_focus_left (GtkEventControllerFocus *focus,
                    TicketsSignInForm       *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (focus));

  judge_link (self, row == self->fields[FIELD_ORDER_LINK].row ? FIELD_ORDER_LINK : FIELD_REQUEST_LINK);
}

/* Enter goes on to the next field, and from the last one signs in. */
static void
on_entry_activated (AdwEntryRow       *row,
                    TicketsSignInForm *self)
{
  TicketsSignInKind kind = tickets_sign_in_form_get_sign_in_kind (self);
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
      g_signal_emit (self, signals[SECRET_ACTIVATED], 0);
    }
}

static void
set_up_field (TicketsSignInForm *self,
              FieldId            id,
              GtkWidget         *row)
{
  tickets_connect_field_set_up (&self->fields[id], row);

  g_signal_connect_object (row, "changed", G_CALLBACK (on_field_changed), self, G_CONNECT_DEFAULT);
  g_signal_connect_object (row, "entry-activated", G_CALLBACK (on_entry_activated), self, G_CONNECT_DEFAULT);
}

static void
tickets_sign_in_form_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), TICKETS_TYPE_SIGN_IN_FORM);

  G_OBJECT_CLASS (tickets_sign_in_form_parent_class)->dispose (object);
}

static void
tickets_sign_in_form_finalize (GObject *object)
{
  TicketsSignInForm *self = TICKETS_SIGN_IN_FORM (object);

  for (FieldId id = 0; id < N_FIELDS; id++)
    tickets_connect_field_clear (&self->fields[id]);

  G_OBJECT_CLASS (tickets_sign_in_form_parent_class)->finalize (object);
}

static void
tickets_sign_in_form_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  TicketsSignInForm *self = TICKETS_SIGN_IN_FORM (object);

  switch (prop_id)
    {
    case PROP_SIGN_IN_KIND:
      g_value_set_enum (value, tickets_sign_in_form_get_sign_in_kind (self));
      break;
    case PROP_COMPLETE:
      g_value_set_boolean (value, self->complete);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_sign_in_form_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  TicketsSignInForm *self = TICKETS_SIGN_IN_FORM (object);

  switch (prop_id)
    {
    case PROP_SIGN_IN_KIND:
      tickets_sign_in_form_set_sign_in_kind (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_sign_in_form_class_init (TicketsSignInFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tickets_sign_in_form_dispose;
  object_class->finalize = tickets_sign_in_form_finalize;
  object_class->get_property = tickets_sign_in_form_get_property;
  object_class->set_property = tickets_sign_in_form_set_property;

  properties[PROP_SIGN_IN_KIND] =
    g_param_spec_enum ("sign-in-kind", NULL, NULL,
                       TICKETS_TYPE_SIGN_IN_KIND, TICKETS_SIGN_IN_ORDER,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_COMPLETE] =
    g_param_spec_boolean ("complete", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SECRET_ACTIVATED] =
    g_signal_new ("secret-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Tickets/views/tickets-sign-in-form.ui");
  gtk_widget_class_bind_template_child (widget_class, TicketsSignInForm, sign_in_kind_row);
  gtk_widget_class_bind_template_child (widget_class, TicketsSignInForm, order_group);
  gtk_widget_class_bind_template_child (widget_class, TicketsSignInForm, cognito_group);
  gtk_widget_class_bind_template_child (widget_class, TicketsSignInForm, request_group);
  gtk_widget_class_bind_template_child (widget_class, TicketsSignInForm, staff_group);
  gtk_widget_class_bind_template_child (widget_class, TicketsSignInForm, order_link_row);
  gtk_widget_class_bind_template_child (widget_class, TicketsSignInForm, order_token_row);
  gtk_widget_class_bind_template_child (widget_class, TicketsSignInForm, cognito_token_row);
  gtk_widget_class_bind_template_child (widget_class, TicketsSignInForm, request_link_row);
  gtk_widget_class_bind_template_child (widget_class, TicketsSignInForm, request_token_row);
  gtk_widget_class_bind_template_child (widget_class, TicketsSignInForm, staff_user_row);
  gtk_widget_class_bind_template_child (widget_class, TicketsSignInForm, staff_password_row);
  gtk_widget_class_bind_template_callback (widget_class, on_sign_in_kind_changed);
}

static void
tickets_sign_in_form_init (TicketsSignInForm *self)
{
  GtkEventController *focus;

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->sign_in_kind_row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->sign_in_kind_row)),
                                  -1);
  tickets_accessible_name_row_parts (GTK_WIDGET (self->sign_in_kind_row));

  set_up_field (self, FIELD_ORDER_LINK, self->order_link_row);
  set_up_field (self, FIELD_ORDER_TOKEN, self->order_token_row);
  set_up_field (self, FIELD_COGNITO_TOKEN, self->cognito_token_row);
  set_up_field (self, FIELD_REQUEST_LINK, self->request_link_row);
  set_up_field (self, FIELD_REQUEST_TOKEN, self->request_token_row);
  set_up_field (self, FIELD_STAFF_USER, self->staff_user_row);
  set_up_field (self, FIELD_STAFF_PASSWORD, self->staff_password_row);

  /* A link is judged once the user is done with it. */
  for (guint i = 0; i < G_N_ELEMENTS (link_fields); i++)
    {
      focus = gtk_event_controller_focus_new ();
      g_signal_connect_object (focus, "leave", G_CALLBACK (on_link_focus_left), self, G_CONNECT_DEFAULT);
      gtk_widget_add_controller (self->fields[link_fields[i]].row, focus);
    }

  self->complete = is_complete (self);
}

void
tickets_sign_in_form_set_demo_staff (TicketsSignInForm *self,
                                     const char        *user,
                                     const char        *password)
{
  g_autofree char *description = NULL;

  g_return_if_fail (TICKETS_IS_SIGN_IN_FORM (self));

  if (user == NULL)
    {
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->staff_group),
                                             _("The box-office account of the ticket shop."));
      return;
    }

  /* A preferences group's description is markup. */
  /* Translators: the demo server's staff user name and password. */
  description = g_markup_printf_escaped (_("On the demo server, sign in as “%s” with the password “%s”."),
                                         user, password);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->staff_group), description);
}

void
tickets_sign_in_form_set_sign_in_kind (TicketsSignInForm *self,
                                       TicketsSignInKind  sign_in_kind)
{
  g_return_if_fail (TICKETS_IS_SIGN_IN_FORM (self));
  g_return_if_fail (sign_in_kind <= TICKETS_SIGN_IN_STAFF);

  adw_combo_row_set_selected (self->sign_in_kind_row, sign_in_kind);
}

gboolean
tickets_sign_in_form_get_complete (TicketsSignInForm *self)
{
  g_return_val_if_fail (TICKETS_IS_SIGN_IN_FORM (self), FALSE);

  return self->complete;
}

TicketsConnection *
tickets_sign_in_form_new_connection (TicketsSignInForm *self,
                                     TicketsServerKind  server_kind,
                                     const char        *server)
{
  TicketsSignInKind kind;
  g_autofree char *resource = NULL;
  g_autofree char *user = NULL;

  g_return_val_if_fail (TICKETS_IS_SIGN_IN_FORM (self), NULL);
  g_return_val_if_fail (self->complete, NULL);

  kind = tickets_sign_in_form_get_sign_in_kind (self);
  if (kind == TICKETS_SIGN_IN_ORDER)
    resource = dup_reference (self, FIELD_ORDER_LINK);
  else if (kind == TICKETS_SIGN_IN_REQUEST)
    resource = dup_reference (self, FIELD_REQUEST_LINK);
  else if (kind == TICKETS_SIGN_IN_STAFF)
    user = tickets_connect_field_dup_text (&self->fields[FIELD_STAFF_USER]);

  return tickets_connection_new (server_kind, server, kind, resource, user,
                                 gtk_editable_get_text (GTK_EDITABLE (self->fields[sign_in_fields[kind].secret].row)));
}

void
tickets_sign_in_form_fill (TicketsSignInForm *self,
                           TicketsConnection *connection)
{
  TicketsSignInKind kind;

  g_return_if_fail (TICKETS_IS_SIGN_IN_FORM (self));
  g_return_if_fail (TICKETS_IS_CONNECTION (connection));

  kind = tickets_connection_get_sign_in_kind (connection);
  tickets_sign_in_form_set_sign_in_kind (self, kind);

  if (kind == TICKETS_SIGN_IN_ORDER)
    gtk_editable_set_text (GTK_EDITABLE (self->fields[FIELD_ORDER_LINK].row), tickets_connection_get_resource (connection));
  else if (kind == TICKETS_SIGN_IN_REQUEST)
    gtk_editable_set_text (GTK_EDITABLE (self->fields[FIELD_REQUEST_LINK].row), tickets_connection_get_resource (connection));
  else if (kind == TICKETS_SIGN_IN_STAFF)
    gtk_editable_set_text (GTK_EDITABLE (self->fields[FIELD_STAFF_USER].row), tickets_connection_get_user (connection));
}

void
tickets_sign_in_form_clear_secrets (TicketsSignInForm *self)
{
  g_return_if_fail (TICKETS_IS_SIGN_IN_FORM (self));

  for (TicketsSignInKind kind = TICKETS_SIGN_IN_ORDER; kind <= TICKETS_SIGN_IN_STAFF; kind++)
    gtk_editable_set_text (GTK_EDITABLE (self->fields[sign_in_fields[kind].secret].row), "");
}

void
tickets_sign_in_form_focus_first (TicketsSignInForm *self)
{
  TicketsSignInKind kind;

  g_return_if_fail (TICKETS_IS_SIGN_IN_FORM (self));

  kind = tickets_sign_in_form_get_sign_in_kind (self);
  gtk_widget_grab_focus (self->fields[sign_in_fields[kind].first].row);
}

void
tickets_sign_in_form_focus_first_empty (TicketsSignInForm *self)
{
  TicketsSignInKind kind;

  g_return_if_fail (TICKETS_IS_SIGN_IN_FORM (self));

  kind = tickets_sign_in_form_get_sign_in_kind (self);
  if (!tickets_connect_field_has_text (&self->fields[sign_in_fields[kind].first]))
    gtk_widget_grab_focus (self->fields[sign_in_fields[kind].first].row);
  else
    gtk_widget_grab_focus (self->fields[sign_in_fields[kind].secret].row);
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
show_field_error (TicketsSignInForm *self,
                  FieldId            id,
                  char              *message)
{
  TicketsConnectField *field = &self->fields[id];

  g_free (field->error_message);
  field->error_message = message;
  update_field_message (self, id);
}

gboolean
tickets_sign_in_form_show_error (TicketsSignInForm *self,
                                 const GError      *error)
{
  TicketsSignInKind kind;
  FieldId id;

  g_return_val_if_fail (TICKETS_IS_SIGN_IN_FORM (self), FALSE);

  if (error == NULL)
    {
      for (id = 0; id < N_FIELDS; id++)
        if (self->fields[id].error_message != NULL)
          show_field_error (self, id, NULL);
      return FALSE;
    }

  kind = tickets_sign_in_form_get_sign_in_kind (self);

  if (g_error_matches (error, TICKETS_API_ERROR, TICKETS_API_ERROR_UNAUTHORIZED) ||
      g_error_matches (error, TICKETS_API_ERROR, TICKETS_API_ERROR_FORBIDDEN))
    {
      id = sign_in_fields[kind].secret;
      show_field_error (self, id, explain (error, kind == TICKETS_SIGN_IN_STAFF
                                                  ? _("The server did not accept this user name and password.")
                                                  : _("The server did not accept this token.")));
    }
  else if (g_error_matches (error, TICKETS_API_ERROR, TICKETS_API_ERROR_NOT_FOUND) &&
           (kind == TICKETS_SIGN_IN_ORDER || kind == TICKETS_SIGN_IN_REQUEST))
    {
      id = sign_in_fields[kind].first;
      show_field_error (self, id, explain (error, _("The server knows nothing at this link. "
                                                    "Check that it was copied whole.")));
    }
  else
    {
      return FALSE;
    }

  gtk_widget_grab_focus (self->fields[id].row);

  return TRUE;
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
tickets_sign_in_form_get_entry (TicketsSignInForm *self,
                                const char        *field)
{
  int id;

  g_return_val_if_fail (TICKETS_IS_SIGN_IN_FORM (self), NULL);

  id = find_field (field);
  g_return_val_if_fail (id != -1, NULL);

  return GTK_EDITABLE (self->fields[id].row);
}

const char *
tickets_sign_in_form_get_message (TicketsSignInForm *self,
                                  const char        *field)
{
  int id;

  g_return_val_if_fail (TICKETS_IS_SIGN_IN_FORM (self), NULL);

  id = find_field (field);
  g_return_val_if_fail (id != -1, NULL);

  return tickets_connect_field_get_message (&self->fields[id]);
}
