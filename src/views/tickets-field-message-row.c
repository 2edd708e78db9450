/* tickets-field-message-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-field-message-row.h"

/* The message under a field is a row of the group's list, but never a Tab
 * stop: a list box ends its Tab chain at a row that takes no focus, which
 * sent Tab from the date of birth past the rest of the form once messages
 * showed. This row hands the focus on to the next row in the direction it
 * moves, so the order is the same with or without messages. */
struct _TicketsFieldMessageRow
{
  AdwPreferencesRow  parent_instance;

  GtkWidget         *label;
};

G_DEFINE_FINAL_TYPE (TicketsFieldMessageRow, tickets_field_message_row, ADW_TYPE_PREFERENCES_ROW)

static gboolean
tickets_field_message_row_focus (GtkWidget        *widget,
                                 GtkDirectionType  direction)
{
  gboolean forward;

  if (direction == GTK_DIR_TAB_FORWARD || direction == GTK_DIR_DOWN)
    forward = TRUE;
  else if (direction == GTK_DIR_TAB_BACKWARD || direction == GTK_DIR_UP)
    forward = FALSE;
  else
    return FALSE;

  for (GtkWidget *row = forward ? gtk_widget_get_next_sibling (widget) : gtk_widget_get_prev_sibling (widget);
       row != NULL;
       row = forward ? gtk_widget_get_next_sibling (row) : gtk_widget_get_prev_sibling (row))
    if (gtk_widget_get_visible (row) && gtk_widget_child_focus (row, direction))
      return TRUE;

  return FALSE;
}

static void
tickets_field_message_row_class_init (TicketsFieldMessageRowClass *klass)
{
  GTK_WIDGET_CLASS (klass)->focus = tickets_field_message_row_focus;
}

static void
tickets_field_message_row_init (TicketsFieldMessageRow *self)
{
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (self), FALSE);
  gtk_widget_set_focusable (GTK_WIDGET (self), FALSE);

  self->label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->label), 0);
  gtk_label_set_wrap (GTK_LABEL (self->label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (self->label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_margin_top (self->label, 6);
  gtk_widget_set_margin_bottom (self->label, 6);
  gtk_widget_set_margin_start (self->label, 12);
  gtk_widget_set_margin_end (self->label, 12);
  gtk_widget_add_css_class (self->label, "caption");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), self->label);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

GtkWidget *
tickets_field_message_row_new (const char *title)
{
  return g_object_new (TICKETS_TYPE_FIELD_MESSAGE_ROW, "title", title, NULL);
}

GtkLabel *
tickets_field_message_row_get_label (TicketsFieldMessageRow *self)
{
  g_return_val_if_fail (TICKETS_IS_FIELD_MESSAGE_ROW (self), NULL);

  return GTK_LABEL (self->label);
}
