/* tickets-changes-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tickets-accessible.h"
#include "tickets-change-row.h"
#include "tickets-changes-dialog.h"

struct _TicketsChangesDialog
{
  AdwWindow        parent_instance;

  TicketsStore    *store;
  GListModel      *changes;
  /* The change whose Discard is being asked about. */
  TicketsChange   *discarding;

  AdwToastOverlay *toast_overlay;
  GtkStack        *stack;
  GtkListBox      *list_box;
};

G_DEFINE_FINAL_TYPE (TicketsChangesDialog, tickets_changes_dialog, ADW_TYPE_WINDOW)

static void
add_toast (TicketsChangesDialog *self,
           const char           *text)
{
  g_autofree char *title = g_markup_escape_text (text, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}

static void
on_retry (TicketsChangesDialog *self,
          TicketsChange        *change)
{
  if (self->store != NULL)
    tickets_store_retry_change (self->store, tickets_change_get_id (change));
}

static void
on_discard_response (AdwMessageDialog     *dialog,
                     const char           *response,
                     TicketsChangesDialog *self)
{
  g_autoptr(TicketsChange) change = g_steal_pointer (&self->discarding);
  g_autoptr(GError) error = NULL;

  if (change == NULL || !g_str_equal (response, "discard") || self->store == NULL)
    return;
  if (!tickets_store_discard_change (self->store, tickets_change_get_id (change), &error))
    add_toast (self, error->message);
}

/* What was typed for it goes with it: asked first. */
static void
on_discard (TicketsChangesDialog *self,
            TicketsChange        *change)
{
  GtkWidget *dialog;

  g_set_object (&self->discarding, change);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Discard This Change?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog), "%s",
                                  _("It is not sent, and what was typed for it is lost."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_discard_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  TicketsChangesDialog *self = user_data;
  GtkWidget *row = tickets_change_row_new (item);

  g_signal_connect_object (row, "retry", G_CALLBACK (on_retry), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "discard", G_CALLBACK (on_discard), self, G_CONNECT_SWAPPED);

  return row;
}

static void
on_items_changed (TicketsChangesDialog *self)
{
  gboolean empty = g_list_model_get_n_items (self->changes) == 0;

  gtk_stack_set_visible_child_name (self->stack, empty ? "empty" : "list");
  tickets_accessible_tidy_names (GTK_WIDGET (self->list_box));
}

TicketsChangesDialog *
tickets_changes_dialog_new (TicketsStore *store,
                            GListModel   *changes)
{
  TicketsChangesDialog *self;

  g_return_val_if_fail (store == NULL || TICKETS_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (changes), NULL);

  self = g_object_new (TICKETS_TYPE_CHANGES_DIALOG, NULL);
  g_set_object (&self->store, store);
  self->changes = g_object_ref (changes);
  gtk_list_box_bind_model (self->list_box, changes, create_row, self, NULL);
  g_signal_connect_object (changes, "items-changed", G_CALLBACK (on_items_changed), self, G_CONNECT_SWAPPED);
  on_items_changed (self);

  return self;
}

GtkListBox *
tickets_changes_dialog_get_list (TicketsChangesDialog *self)
{
  g_return_val_if_fail (TICKETS_IS_CHANGES_DIALOG (self), NULL);

  return self->list_box;
}

static void
tickets_changes_dialog_dispose (GObject *object)
{
  TicketsChangesDialog *self = TICKETS_CHANGES_DIALOG (object);

  if (self->list_box != NULL)
    gtk_list_box_bind_model (self->list_box, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), TICKETS_TYPE_CHANGES_DIALOG);
  g_clear_object (&self->discarding);
  g_clear_object (&self->changes);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (tickets_changes_dialog_parent_class)->dispose (object);
}

static void
tickets_changes_dialog_class_init (TicketsChangesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tickets_changes_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Tickets/views/tickets-changes-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TicketsChangesDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, TicketsChangesDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, TicketsChangesDialog, list_box);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
tickets_changes_dialog_init (TicketsChangesDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
