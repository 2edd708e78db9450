/* tickets-connect-field.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-accessible.h"
#include "tickets-connect-field.h"
#include "tickets-field-message-row.h"

GtkWidget *
tickets_connect_field_add_message_row (GtkWidget  *after,
                                       GtkWidget **label_out)
{
  GtkWidget *list_box = gtk_widget_get_parent (after);
  GtkWidget *row = tickets_field_message_row_new (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (after)));

  g_assert (GTK_IS_LIST_BOX (list_box));

  gtk_list_box_insert (GTK_LIST_BOX (list_box), row, gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (after)) + 1);

  *label_out = GTK_WIDGET (tickets_field_message_row_get_label (TICKETS_FIELD_MESSAGE_ROW (row)));
  return row;
}

void
tickets_connect_field_set_up (TicketsConnectField *field,
                              GtkWidget           *row)
{
  const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));

  field->row = row;
  field->message_row = tickets_connect_field_add_message_row (row, &field->message_label);
  gtk_widget_add_css_class (field->message_label, "error");

  /* Screen readers land on the text inside an entry row: name it too. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_editable_get_delegate (GTK_EDITABLE (row))),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_REQUIRED, TRUE,
                                  -1);
  tickets_accessible_name_row_parts (row);
}

void
tickets_connect_field_clear (TicketsConnectField *field)
{
  g_clear_pointer (&field->error_message, g_free);
}

char *
tickets_connect_field_dup_text (TicketsConnectField *field)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (field->row))));
}

gboolean
tickets_connect_field_has_text (TicketsConnectField *field)
{
  g_autofree char *text = tickets_connect_field_dup_text (field);

  return *text != '\0';
}

void
tickets_connect_field_show_message (TicketsConnectField *field,
                                    const char          *message)
{
  GtkAccessible *control = GTK_ACCESSIBLE (gtk_editable_get_delegate (GTK_EDITABLE (field->row)));

  if (message == NULL)
    message = field->error_message;

  gtk_label_set_text (GTK_LABEL (field->message_label), message != NULL ? message : "");
  gtk_widget_set_visible (field->message_row, message != NULL);
  if (message != NULL)
    gtk_widget_add_css_class (field->row, "error");
  else
    gtk_widget_remove_css_class (field->row, "error");

  gtk_accessible_update_state (control, GTK_ACCESSIBLE_STATE_INVALID,
                               message != NULL ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
  if (message != NULL)
    gtk_accessible_update_property (control, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
  else
    gtk_accessible_reset_property (control, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

const char *
tickets_connect_field_get_message (TicketsConnectField *field)
{
  return gtk_widget_get_visible (field->message_row) ? gtk_label_get_text (GTK_LABEL (field->message_label)) : NULL;
}
