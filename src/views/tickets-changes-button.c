/* tickets-changes-button.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tickets-changes-button.h"
#include "tickets-changes-dialog.h"

struct _TicketsChangesButton
{
  GtkButton             parent_instance;

  TicketsSession       *session;
  /* The session's store whose signals are followed. */
  TicketsStore         *store;
  AdwToastOverlay      *overlay;
  GListModel           *changes;
  /* Each change's state is watched: one sent leaves the count. */
  GPtrArray            *watched;
  guint                 count;
  TicketsChangesDialog *dialog;
  char                 *last_toast;
  /* The user said Quit, or Discard and Sign Out: the next close or
   * sign-out goes through without asking again. */
  gboolean              closing_confirmed;
  gboolean              sign_out_confirmed;

  GtkLabel             *count_label;
};

G_DEFINE_FINAL_TYPE (TicketsChangesButton, tickets_changes_button, GTK_TYPE_BUTTON)

static void
update_count (TicketsChangesButton *self)
{
  g_autofree char *label = NULL;
  g_autofree char *count = NULL;
  guint n = 0;

  for (guint i = 0; i < self->watched->len; i++)
    if (tickets_change_get_state (g_ptr_array_index (self->watched, i)) != TICKETS_OUTBOX_DONE)
      n++;

  self->count = n;
  gtk_widget_set_visible (GTK_WIDGET (self), n > 0);
  count = g_strdup_printf ("%u", n);
  gtk_label_set_text (self->count_label, count);
  label = g_strdup_printf (ngettext ("%u change waiting to be sent", "%u changes waiting to be sent", n), n);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
unwatch (TicketsChangesButton *self)
{
  for (guint i = 0; i < self->watched->len; i++)
    g_signal_handlers_disconnect_by_data (g_ptr_array_index (self->watched, i), self);
  g_ptr_array_set_size (self->watched, 0);
}

static void
on_items_changed (TicketsChangesButton *self)
{
  unwatch (self);
  for (guint i = 0; self->changes != NULL && i < g_list_model_get_n_items (self->changes); i++)
    {
      TicketsChange *change = g_list_model_get_item (self->changes, i);

      g_ptr_array_add (self->watched, change);
      g_signal_connect_object (change, "notify::state", G_CALLBACK (update_count), self, G_CONNECT_SWAPPED);
    }
  update_count (self);
}

void
tickets_changes_button_set_changes (TicketsChangesButton *self,
                                    GListModel           *changes)
{
  g_return_if_fail (TICKETS_IS_CHANGES_BUTTON (self));
  g_return_if_fail (changes == NULL || G_IS_LIST_MODEL (changes));

  if (self->changes == changes)
    return;
  if (self->changes != NULL)
    g_signal_handlers_disconnect_by_data (self->changes, self);
  g_set_object (&self->changes, changes);
  if (changes != NULL)
    g_signal_connect_object (changes, "items-changed", G_CALLBACK (on_items_changed), self, G_CONNECT_SWAPPED);
  on_items_changed (self);
}

guint
tickets_changes_button_get_count (TicketsChangesButton *self)
{
  g_return_val_if_fail (TICKETS_IS_CHANGES_BUTTON (self), 0);

  return self->count;
}

void
tickets_changes_button_show_list (TicketsChangesButton *self)
{
  g_autoptr(GListModel) empty = NULL;
  GtkRoot *root;

  g_return_if_fail (TICKETS_IS_CHANGES_BUTTON (self));

  if (self->dialog == NULL)
    {
      if (self->changes == NULL)
        empty = G_LIST_MODEL (g_list_store_new (TICKETS_TYPE_CHANGE));
      self->dialog = tickets_changes_dialog_new (self->store, self->changes != NULL ? self->changes : empty);
      g_object_add_weak_pointer (G_OBJECT (self->dialog), (gpointer *) &self->dialog);
      root = gtk_widget_get_root (GTK_WIDGET (self));
      if (GTK_IS_WINDOW (root))
        gtk_window_set_transient_for (GTK_WINDOW (self->dialog), GTK_WINDOW (root));
    }
  gtk_window_present (GTK_WINDOW (self->dialog));
}

/* Text with the change's summary (a person's name, an address): the
 * toast's title is markup. */
static AdwToast *
new_toast (TicketsChangesButton *self,
           const char           *text)
{
  g_free (self->last_toast);
  self->last_toast = g_markup_escape_text (text, -1);
  return adw_toast_new (self->last_toast);
}

static void
add_toast (TicketsChangesButton *self,
           AdwToast             *toast)
{
  if (self->overlay != NULL)
    adw_toast_overlay_add_toast (self->overlay, toast);
  else
    g_object_unref (toast);
}

static void
on_change_sent (TicketsChangesButton *self,
                TicketsChange        *change)
{
  /* Translators: %s says what was sent, "Name on 2 tickets: Sanne de Vries". */
  g_autofree char *text = g_strdup_printf (_("Sent: %s"), tickets_change_get_summary (change));

  add_toast (self, new_toast (self, text));
}

/* The refusal stays in the list, with the server's words, until the user
 * retries or discards it. */
static void
on_change_refused (TicketsChangesButton *self,
                   TicketsChange        *change)
{
  /* Translators: %s says what the server refused, "Name on 2 tickets: Sanne de Vries". */
  g_autofree char *text = g_strdup_printf (_("Not accepted: %s"), tickets_change_get_summary (change));
  AdwToast *toast = new_toast (self, text);

  adw_toast_set_button_label (toast, _("_Show"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (tickets_changes_button_show_list), self,
                           G_CONNECT_SWAPPED);
  add_toast (self, toast);
}

static void
on_store_changed (TicketsChangesButton *self)
{
  TicketsStore *store = tickets_session_get_store (self->session);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store == NULL)
    {
      tickets_changes_button_set_changes (self, NULL);
      return;
    }
  g_signal_connect_object (store, "change-sent", G_CALLBACK (on_change_sent), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "change-refused", G_CALLBACK (on_change_refused), self, G_CONNECT_SWAPPED);
  tickets_changes_button_set_changes (self, tickets_store_get_changes (store));
}

void
tickets_changes_button_follow_session (TicketsChangesButton *self,
                                       TicketsSession       *session,
                                       AdwToastOverlay      *overlay)
{
  g_return_if_fail (TICKETS_IS_CHANGES_BUTTON (self));
  g_return_if_fail (TICKETS_IS_SESSION (session));
  g_return_if_fail (overlay == NULL || ADW_IS_TOAST_OVERLAY (overlay));

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_set_object (&self->session, session);
  self->overlay = overlay;
  g_signal_connect_object (session, "notify::store", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  on_store_changed (self);
}

static GtkWidget *
new_question (GtkWindow  *window,
              const char *heading,
              const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (window, heading, NULL);

  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog), "%s", body);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  return dialog;
}

static void
on_close_response (AdwMessageDialog     *dialog,
                   const char           *response,
                   TicketsChangesButton *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (!g_str_equal (response, "quit") || !GTK_IS_WINDOW (root))
    return;
  self->closing_confirmed = TRUE;
  gtk_window_close (GTK_WINDOW (root));
}

/* Another window of the same kind keeps the application, and its outbox,
 * running: closing this one leaves nothing behind. */
static gboolean
has_sibling_window (GtkWindow *window)
{
  GtkApplication *application = gtk_window_get_application (window);

  for (GList *l = application != NULL ? gtk_application_get_windows (application) : NULL; l != NULL; l = l->next)
    if (l->data != window && G_OBJECT_TYPE (l->data) == G_OBJECT_TYPE (window))
      return TRUE;
  return FALSE;
}

gboolean
tickets_changes_button_ask_before_closing (TicketsChangesButton *self,
                                           GtkWindow            *window)
{
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  g_return_val_if_fail (TICKETS_IS_CHANGES_BUTTON (self), FALSE);
  g_return_val_if_fail (GTK_IS_WINDOW (window), FALSE);

  if (self->closing_confirmed || self->count == 0 || has_sibling_window (window))
    return FALSE;

  heading = g_strdup_printf (ngettext ("%u change is not sent yet", "%u changes are not sent yet", self->count),
                             self->count);
  /* Nothing is lost either way: the outbox is on the disk. */
  dialog = new_question (window, heading,
                         ngettext ("It is kept on this computer and sent the next time Tickets starts.",
                                   "They are kept on this computer and sent the next time Tickets starts.",
                                   self->count));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "quit", _("_Quit"), NULL);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "quit");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_close_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  return TRUE;
}

static void
on_sign_out_response (AdwMessageDialog     *dialog,
                      const char           *response,
                      TicketsChangesButton *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (!g_str_equal (response, "discard") || self->session == NULL || root == NULL)
    return;
  tickets_session_discard_unsent (self->session);
  self->sign_out_confirmed = TRUE;
  gtk_widget_activate_action (GTK_WIDGET (root), "win.sign-out", NULL);
}

gboolean
tickets_changes_button_ask_sign_out (TicketsChangesButton *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;
  g_autofree char *body = NULL;
  guint n;

  g_return_val_if_fail (TICKETS_IS_CHANGES_BUTTON (self), FALSE);

  if (self->sign_out_confirmed || self->session == NULL || !GTK_IS_WINDOW (root))
    {
      self->sign_out_confirmed = FALSE;
      return FALSE;
    }
  n = tickets_session_get_n_unsent (self->session);
  if (n == 0)
    return FALSE;

  body = g_strdup_printf (ngettext ("%u change you made is not sent yet. Signing out would discard it.",
                                    "%u changes you made are not sent yet. Signing out would discard them.",
                                    n), n);
  dialog = new_question (GTK_WINDOW (root), _("Changes Not Sent Yet"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "discard", _("_Discard and Sign Out"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_sign_out_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  return TRUE;
}

const char *
tickets_changes_button_get_last_toast (TicketsChangesButton *self)
{
  g_return_val_if_fail (TICKETS_IS_CHANGES_BUTTON (self), NULL);

  return self->last_toast;
}

static void
tickets_changes_button_dispose (GObject *object)
{
  TicketsChangesButton *self = TICKETS_CHANGES_BUTTON (object);

  if (self->dialog != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->dialog), (gpointer *) &self->dialog);
      gtk_window_destroy (GTK_WINDOW (g_steal_pointer (&self->dialog)));
    }
  tickets_changes_button_set_changes (self, NULL);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_clear_object (&self->session);
  self->overlay = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (object), TICKETS_TYPE_CHANGES_BUTTON);

  G_OBJECT_CLASS (tickets_changes_button_parent_class)->dispose (object);
}

static void
tickets_changes_button_finalize (GObject *object)
{
  TicketsChangesButton *self = TICKETS_CHANGES_BUTTON (object);

  g_ptr_array_unref (self->watched);
  g_free (self->last_toast);

  G_OBJECT_CLASS (tickets_changes_button_parent_class)->finalize (object);
}

static void
tickets_changes_button_class_init (TicketsChangesButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tickets_changes_button_dispose;
  object_class->finalize = tickets_changes_button_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Tickets/views/tickets-changes-button.ui");
  gtk_widget_class_bind_template_child (widget_class, TicketsChangesButton, count_label);
}

static void
tickets_changes_button_init (TicketsChangesButton *self)
{
  self->watched = g_ptr_array_new_with_free_func (g_object_unref);
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self, "clicked", G_CALLBACK (tickets_changes_button_show_list), NULL);
  update_count (self);
}
