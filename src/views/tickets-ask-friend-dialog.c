/* tickets-ask-friend-dialog.c
 *
 * AdwMessageDialog closes itself on any response. This one stays up while
 * Send is on its way, so that a refusal is shown next to the address the
 * person typed rather than in a toast after the address is gone, and
 * nothing looks sent before the server said so.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tickets-accessible.h"
#include "tickets-ask-friend-dialog.h"
#include "tickets-ask-friend-dialog-private.h"

/* One ticket on offer. */
typedef struct
{
  char           *uid;
  /* The pending request a friend was already sent for it, which a new one
   * replaces; NULL when there is none. */
  char           *request;
  GtkWidget      *row;
  GtkCheckButton *check;
} Choice;

struct _TicketsAskFriendDialog
{
  AdwMessageDialog       parent_instance;

  TicketsFriendRequests *requests;
  GArray                *choices;
  /* The person pressed Enter in the address or left it: from then on, the
   * line under it says what is wrong with it. */
  gboolean               email_checked;
  gboolean               sending;
  /* Why the last Send failed, in the words of the server or the client. */
  char                  *failure;

  AdwPreferencesGroup   *tickets_group;
  GtkWidget             *replace_group;
  GtkSwitch             *replace_switch;
  AdwEntryRow           *email_row;
  GtkLabel              *message_label;
};

G_DEFINE_FINAL_TYPE (TicketsAskFriendDialog, tickets_ask_friend_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum {
  PROP_0,
  PROP_REQUESTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
choice_clear (Choice *choice)
{
  g_free (choice->uid);
  g_free (choice->request);
}

static gboolean
choice_is_picked (Choice *choice)
{
  return gtk_widget_get_visible (choice->row) && gtk_check_button_get_active (choice->check);
}

static void
update_send (TicketsAskFriendDialog *self)
{
  const char *email;
  gboolean plausible;
  gboolean any = FALSE;
  const char *message = NULL;

  /* Focus and toggles that come while it is being destroyed. */
  if (self->requests == NULL)
    return;

  email = gtk_editable_get_text (GTK_EDITABLE (self->email_row));
  plausible = tickets_email_is_plausible (email);
  for (guint i = 0; i < self->choices->len && !any; i++)
    any = choice_is_picked (&g_array_index (self->choices, Choice, i));

  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "send",
                                           !self->sending && any && plausible);

  if (self->email_checked && *email != '\0' && !plausible)
    message = _("Enter an email address such as anna@example.org.");
  else if (self->failure != NULL)
    message = self->failure;

  gtk_label_set_text (self->message_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), message != NULL);
  if (self->email_checked && *email != '\0' && !plausible)
    gtk_widget_add_css_class (GTK_WIDGET (self->email_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->email_row), "error");
}

static void
on_email_changed (TicketsAskFriendDialog *self)
{
  update_send (self);
}

static void
check_email (TicketsAskFriendDialog *self)
{
  self->email_checked = TRUE;
  update_send (self);
}

static void
on_email_activated (TicketsAskFriendDialog *self)
{
  check_email (self);
}

static void
on_email_left (GtkEventControllerFocus *focus,
               TicketsAskFriendDialog  *self)
{
  check_email (self);
}

/* "Include Tickets Already Asked For": shows their rows; hiding them
 * again unticks them, so nothing hidden is sent. */
static void
on_replace_toggled (TicketsAskFriendDialog *self)
{
  gboolean active;

  if (self->requests == NULL)
    return;

  active = gtk_switch_get_active (self->replace_switch);
  for (guint i = 0; i < self->choices->len; i++)
    {
      Choice *choice = &g_array_index (self->choices, Choice, i);

      if (choice->request == NULL)
        continue;
      if (!active)
        gtk_check_button_set_active (choice->check, FALSE);
      gtk_widget_set_visible (choice->row, active);
    }
  update_send (self);
}

static void
add_choice (TicketsAskFriendDialog *self,
            TicketsTicket          *ticket)
{
  TicketsProduct *product = tickets_ticket_get_product (ticket);
  const char *request = tickets_ticket_get_pending_request_uri (ticket);
  Choice choice = { 0 };

  /* The product's name and the friend's address are text, not markup. */
  choice.row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (choice.row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (choice.row),
                                 product != NULL ? tickets_i18n_text_get_best (tickets_product_get_name (product)) : _("Ticket"));
  if (request != NULL)
    {
      /* Translators: %1$s is a ticket's barcode, %2$s the email address of the friend already asked to name it. */
      g_autofree char *subtitle = g_strdup_printf (_("%1$s, waiting for %2$s"), tickets_ticket_get_code (ticket),
                                                   tickets_ticket_get_pending_request_email (ticket));

      adw_action_row_set_subtitle (ADW_ACTION_ROW (choice.row), subtitle);
      gtk_widget_set_visible (choice.row, FALSE);
    }
  else
    adw_action_row_set_subtitle (ADW_ACTION_ROW (choice.row), tickets_ticket_get_code (ticket));

  choice.check = GTK_CHECK_BUTTON (gtk_check_button_new ());
  gtk_widget_set_valign (GTK_WIDGET (choice.check), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (choice.check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  adw_preferences_row_get_title (ADW_PREFERENCES_ROW (choice.row)), -1);
  g_signal_connect_object (choice.check, "toggled", G_CALLBACK (update_send), self, G_CONNECT_SWAPPED);
  adw_action_row_add_prefix (ADW_ACTION_ROW (choice.row), GTK_WIDGET (choice.check));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (choice.row), GTK_WIDGET (choice.check));
  adw_preferences_group_add (self->tickets_group, choice.row);

  choice.uid = g_strdup (tickets_resource_get_uid (TICKETS_RESOURCE (ticket)));
  choice.request = g_strdup (request);
  g_array_append_val (self->choices, choice);
}

static void
on_sent (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(TicketsAskFriendDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  gboolean sent;

  sent = tickets_friend_requests_ask_finish (TICKETS_FRIEND_REQUESTS (source), result, &error);
  /* Destroyed meanwhile, with the window it belongs to: nobody to show. */
  if (self->requests == NULL)
    return;

  self->sending = FALSE;
  if (sent || (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) &&
               !gtk_widget_get_visible (GTK_WIDGET (self))))
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_free (self->failure);
      self->failure = g_strdup (error->message);
    }
  update_send (self);
  /* Shown again when the person closed it meanwhile: what they typed is
   * there to send once more. */
  gtk_window_present (GTK_WINDOW (self));
}

static void
send (TicketsAskFriendDialog *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) replaced_builder = g_strv_builder_new ();
  g_autofree char *address = NULL;
  g_auto(GStrv) tickets = NULL;
  g_auto(GStrv) replaced = NULL;

  if (self->sending || !adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (self), "send"))
    return;

  for (guint i = 0; i < self->choices->len; i++)
    {
      Choice *choice = &g_array_index (self->choices, Choice, i);

      if (!choice_is_picked (choice))
        continue;
      g_strv_builder_add (builder, choice->uid);
      if (choice->request != NULL)
        g_strv_builder_add (replaced_builder, choice->request);
    }
  tickets = g_strv_builder_end (builder);
  replaced = g_strv_builder_end (replaced_builder);
  address = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->email_row))));

  self->sending = TRUE;
  g_clear_pointer (&self->failure, g_free);
  update_send (self);
  tickets_friend_requests_ask_async (self->requests, address,
                                     (const char * const *) tickets, (const char * const *) replaced,
                                     on_sent, g_object_ref (self));
}

static void
tickets_ask_friend_dialog_response (AdwMessageDialog *dialog,
                                    const char       *response)
{
  TicketsAskFriendDialog *self = TICKETS_ASK_FRIEND_DIALOG (dialog);

  if (g_str_equal (response, "send"))
    send (self);
  else if (self->sending)
    /* The answer decides: it closes the dialog, or shows it again. */
    gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
  else
    gtk_window_destroy (GTK_WINDOW (self));
}

/* AdwMessageDialog closes before it emits a button's response: the
 * response decides instead (above). Escape still gives the close
 * response, through the parent. */
static gboolean
tickets_ask_friend_dialog_close_request (GtkWindow *window)
{
  GTK_WINDOW_CLASS (tickets_ask_friend_dialog_parent_class)->close_request (window);

  return TRUE;
}

/* Typing goes to the address, also when shown again after a failure. */
static void
tickets_ask_friend_dialog_map (GtkWidget *widget)
{
  TicketsAskFriendDialog *self = TICKETS_ASK_FRIEND_DIALOG (widget);

  GTK_WIDGET_CLASS (tickets_ask_friend_dialog_parent_class)->map (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->email_row));
}

static void
tickets_ask_friend_dialog_constructed (GObject *object)
{
  TicketsAskFriendDialog *self = TICKETS_ASK_FRIEND_DIALOG (object);
  GListModel *tickets;
  gboolean any_asked = FALSE;

  G_OBJECT_CLASS (tickets_ask_friend_dialog_parent_class)->constructed (object);

  tickets = tickets_order_get_tickets (tickets_friend_requests_get_order (self->requests));
  for (guint i = 0; i < g_list_model_get_n_items (tickets); i++)
    {
      g_autoptr(TicketsTicket) ticket = g_list_model_get_item (tickets, i);

      if (tickets_ticket_get_personalization_state (ticket, NULL) != TICKETS_PERSONALIZATION_STATE_NEEDED)
        continue;
      add_choice (self, ticket);
      any_asked |= tickets_ticket_get_pending_request_uri (ticket) != NULL;
    }
  gtk_widget_set_visible (self->replace_group, any_asked);

  update_send (self);
  tickets_accessible_tidy_names (GTK_WIDGET (self));
}

static void
tickets_ask_friend_dialog_dispose (GObject *object)
{
  TicketsAskFriendDialog *self = TICKETS_ASK_FRIEND_DIALOG (object);

  g_clear_object (&self->requests);
  gtk_widget_dispose_template (GTK_WIDGET (self), TICKETS_TYPE_ASK_FRIEND_DIALOG);

  G_OBJECT_CLASS (tickets_ask_friend_dialog_parent_class)->dispose (object);
}

static void
tickets_ask_friend_dialog_finalize (GObject *object)
{
  TicketsAskFriendDialog *self = TICKETS_ASK_FRIEND_DIALOG (object);

  g_array_unref (self->choices);
  g_free (self->failure);

  G_OBJECT_CLASS (tickets_ask_friend_dialog_parent_class)->finalize (object);
}

static void
tickets_ask_friend_dialog_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  TicketsAskFriendDialog *self = TICKETS_ASK_FRIEND_DIALOG (object);

  switch (prop_id)
    {
    case PROP_REQUESTS:
      self->requests = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_ask_friend_dialog_class_init (TicketsAskFriendDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);
  AdwMessageDialogClass *dialog_class = ADW_MESSAGE_DIALOG_CLASS (klass);

  object_class->constructed = tickets_ask_friend_dialog_constructed;
  object_class->dispose = tickets_ask_friend_dialog_dispose;
  object_class->finalize = tickets_ask_friend_dialog_finalize;
  object_class->set_property = tickets_ask_friend_dialog_set_property;
  widget_class->map = tickets_ask_friend_dialog_map;
  window_class->close_request = tickets_ask_friend_dialog_close_request;
  dialog_class->response = tickets_ask_friend_dialog_response;

  /**
   * TicketsAskFriendDialog:requests:
   *
   * What asks: the order whose tickets are offered, and where requests go.
   */
  properties[PROP_REQUESTS] =
    g_param_spec_object ("requests", NULL, NULL,
                         TICKETS_TYPE_FRIEND_REQUESTS,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Tickets/views/tickets-ask-friend-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TicketsAskFriendDialog, tickets_group);
  gtk_widget_class_bind_template_child (widget_class, TicketsAskFriendDialog, replace_group);
  gtk_widget_class_bind_template_child (widget_class, TicketsAskFriendDialog, replace_switch);
  gtk_widget_class_bind_template_child (widget_class, TicketsAskFriendDialog, email_row);
  gtk_widget_class_bind_template_child (widget_class, TicketsAskFriendDialog, message_label);
  gtk_widget_class_bind_template_callback (widget_class, on_email_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_email_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_replace_toggled);
}

static void
tickets_ask_friend_dialog_init (TicketsAskFriendDialog *self)
{
  GtkEventController *focus;

  self->choices = g_array_new (FALSE, TRUE, sizeof (Choice));
  g_array_set_clear_func (self->choices, (GDestroyNotify) choice_clear);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* tickets_accessible_tidy_names() drops the row's labelled-by: the text
   * a screen reader lands on needs a name of its own too. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_editable_get_delegate (GTK_EDITABLE (self->email_row))),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Friend's email"),
                                  GTK_ACCESSIBLE_PROPERTY_REQUIRED, TRUE,
                                  -1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (gtk_editable_get_delegate (GTK_EDITABLE (self->email_row))),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->message_label, NULL,
                                  -1);

  focus = gtk_event_controller_focus_new ();
  g_signal_connect_object (focus, "leave", G_CALLBACK (on_email_left), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->email_row), focus);
}

/**
 * tickets_ask_friend_dialog_new:
 * @parent: the window it belongs to
 * @requests: the order to offer the tickets of, and where requests go
 *
 * Returns: (transfer floating): a new #TicketsAskFriendDialog, to present
 */
GtkWidget *
tickets_ask_friend_dialog_new (GtkWindow             *parent,
                               TicketsFriendRequests *requests)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (TICKETS_IS_FRIEND_REQUESTS (requests), NULL);
  g_return_val_if_fail (tickets_friend_requests_get_order (requests) != NULL, NULL);

  return g_object_new (TICKETS_TYPE_ASK_FRIEND_DIALOG,
                       "transient-for", parent,
                       "requests", requests,
                       NULL);
}

GtkCheckButton *
tickets_ask_friend_dialog_get_check (TicketsAskFriendDialog *self,
                                     const char             *uid)
{
  g_return_val_if_fail (TICKETS_IS_ASK_FRIEND_DIALOG (self), NULL);

  for (guint i = 0; i < self->choices->len; i++)
    if (g_strcmp0 (g_array_index (self->choices, Choice, i).uid, uid) == 0)
      return g_array_index (self->choices, Choice, i).check;

  return NULL;
}

const char *
tickets_ask_friend_dialog_get_message (TicketsAskFriendDialog *self)
{
  g_return_val_if_fail (TICKETS_IS_ASK_FRIEND_DIALOG (self), NULL);

  return gtk_widget_get_visible (GTK_WIDGET (self->message_label)) ? gtk_label_get_text (self->message_label) : NULL;
}

gboolean
tickets_ask_friend_dialog_get_sending (TicketsAskFriendDialog *self)
{
  g_return_val_if_fail (TICKETS_IS_ASK_FRIEND_DIALOG (self), FALSE);

  return self->sending;
}
