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
  AdwPreferencesRow parent_instance;
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
}

GtkWidget *
tickets_field_message_row_new (void)
{
  return g_object_new (TICKETS_TYPE_FIELD_MESSAGE_ROW, NULL);
}
