/* tickets-shift-log-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tickets-date-format.h"
#include "tickets-shift-log-view.h"
#include "tickets-verdict-card.h"

struct _TicketsShiftLogView
{
  AdwBin           parent_instance;

  TicketsShiftLog *log;

  GtkStack        *stack;
  GtkListView     *list_view;
};

G_DEFINE_FINAL_TYPE (TicketsShiftLogView, tickets_shift_log_view, ADW_TYPE_BIN)

/* A row: the verdict's icon and word with the time, the code under them. */
static void
on_factory_setup (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  user_data)
{
  GtkWidget *grid = gtk_grid_new ();
  /* The word says what the icon does. */
  GtkWidget *icon = g_object_new (GTK_TYPE_IMAGE, "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);
  GtkWidget *word = gtk_label_new (NULL);
  GtkWidget *time = gtk_label_new (NULL);
  GtkWidget *code = gtk_label_new (NULL);

  gtk_grid_set_column_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 2);
  gtk_widget_set_margin_start (grid, 6);
  gtk_widget_set_margin_end (grid, 6);
  gtk_widget_set_margin_top (grid, 3);
  gtk_widget_set_margin_bottom (grid, 3);

  gtk_label_set_xalign (GTK_LABEL (word), 0);
  gtk_widget_set_hexpand (word, TRUE);
  gtk_label_set_ellipsize (GTK_LABEL (word), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (word, "heading");
  gtk_label_set_xalign (GTK_LABEL (time), 1);
  gtk_widget_add_css_class (time, "dim-label");
  gtk_widget_add_css_class (time, "tickets-shift-log-time");
  gtk_label_set_xalign (GTK_LABEL (code), 0);
  gtk_label_set_ellipsize (GTK_LABEL (code), PANGO_ELLIPSIZE_MIDDLE);
  gtk_widget_add_css_class (code, "monospace");

  gtk_grid_attach (GTK_GRID (grid), icon, 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), word, 1, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), time, 2, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), code, 1, 1, 2, 1);

  gtk_list_item_set_child (item, grid);
}

static void
on_factory_bind (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  TicketsShiftEntry *entry = gtk_list_item_get_item (item);
  GtkWidget *grid = gtk_list_item_get_child (item);
  GtkWidget *icon = gtk_grid_get_child_at (GTK_GRID (grid), 0, 0);
  GtkWidget *word = gtk_grid_get_child_at (GTK_GRID (grid), 1, 0);
  GtkWidget *time = gtk_grid_get_child_at (GTK_GRID (grid), 2, 0);
  GtkWidget *code = gtk_grid_get_child_at (GTK_GRID (grid), 1, 1);
  TicketsVerdictKind kind = tickets_shift_entry_get_kind (entry);
  /* Translators: a time of day, see the g_date_time_format() documentation; keep %H:%M. */
  g_autofree char *when = tickets_date_time_format_local (tickets_shift_entry_get_time (entry), _("%H:%M"),
                                                          tickets_clock_format_get_default ());
  g_autofree char *accessible = NULL;

  gtk_image_set_from_icon_name (GTK_IMAGE (icon), tickets_verdict_card_icon_for_kind (kind));
  gtk_label_set_text (GTK_LABEL (word), tickets_verdict_card_word_for_kind (kind));
  gtk_label_set_text (GTK_LABEL (time), when);
  gtk_label_set_text (GTK_LABEL (code), tickets_shift_entry_get_code (entry));

  /* Translators: a lookup in the shift log as a screen reader says it: the
   * time, the barcode and the verdict, as in "14:05, 8663092874786, Valid". */
  accessible = g_strdup_printf (_("%s, %s, %s"), when, tickets_shift_entry_get_code (entry),
                                tickets_verdict_card_word_for_kind (kind));
  gtk_accessible_update_property (GTK_ACCESSIBLE (grid), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

static void
update_page (TicketsShiftLogView *self)
{
  gboolean empty = self->log == NULL || g_list_model_get_n_items (G_LIST_MODEL (self->log)) == 0;

  gtk_stack_set_visible_child_name (self->stack, empty ? "empty" : "list");
}

static void
on_log_items_changed (TicketsShiftLogView *self)
{
  update_page (self);
}

void
tickets_shift_log_view_set_log (TicketsShiftLogView *self,
                                TicketsShiftLog     *log)
{
  g_autoptr(GtkNoSelection) selection = NULL;

  g_return_if_fail (TICKETS_IS_SHIFT_LOG_VIEW (self));
  g_return_if_fail (log == NULL || TICKETS_IS_SHIFT_LOG (log));

  if (self->log == log)
    return;

  if (self->log != NULL)
    g_signal_handlers_disconnect_by_func (self->log, on_log_items_changed, self);
  g_set_object (&self->log, log);

  if (log != NULL)
    {
      g_signal_connect_object (log, "items-changed", G_CALLBACK (on_log_items_changed), self, G_CONNECT_SWAPPED);
      selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (log)));
    }
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  update_page (self);
}

TicketsShiftLog *
tickets_shift_log_view_get_log (TicketsShiftLogView *self)
{
  g_return_val_if_fail (TICKETS_IS_SHIFT_LOG_VIEW (self), NULL);

  return self->log;
}

static void
on_clear_response (AdwMessageDialog    *dialog,
                   const char          *response,
                   TicketsShiftLogView *self)
{
  if (g_str_equal (response, "clear") && self->log != NULL)
    tickets_shift_log_clear (self->log);
}

GtkWidget *
tickets_shift_log_view_ask_clear (TicketsShiftLogView *self,
                                  GtkWindow           *parent)
{
  GtkWidget *dialog;

  g_return_val_if_fail (TICKETS_IS_SHIFT_LOG_VIEW (self), NULL);

  dialog = adw_message_dialog_new (parent, _("Clear the Shift Log?"),
                                   _("The list of this counter’s lookups is emptied on this computer. "
                                     "The tickets themselves do not change."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "clear", _("C_lear"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "clear", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_clear_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  return dialog;
}

GtkWidget *
tickets_shift_log_view_new (void)
{
  return g_object_new (TICKETS_TYPE_SHIFT_LOG_VIEW, NULL);
}

static void
tickets_shift_log_view_dispose (GObject *object)
{
  TicketsShiftLogView *self = TICKETS_SHIFT_LOG_VIEW (object);

  if (self->log != NULL)
    g_signal_handlers_disconnect_by_func (self->log, on_log_items_changed, self);
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), TICKETS_TYPE_SHIFT_LOG_VIEW);
  g_clear_object (&self->log);

  G_OBJECT_CLASS (tickets_shift_log_view_parent_class)->dispose (object);
}

static void
tickets_shift_log_view_class_init (TicketsShiftLogViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tickets_shift_log_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Tickets/views/tickets-shift-log-view.ui");
  gtk_widget_class_bind_template_child (widget_class, TicketsShiftLogView, stack);
  gtk_widget_class_bind_template_child (widget_class, TicketsShiftLogView, list_view);
}

static void
tickets_shift_log_view_init (TicketsShiftLogView *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (factory, "setup", G_CALLBACK (on_factory_setup), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_factory_bind), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  update_page (self);
}
