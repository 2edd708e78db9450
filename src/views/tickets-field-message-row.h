/* tickets-field-message-row.h: the row that says what is wrong with a field
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define TICKETS_TYPE_FIELD_MESSAGE_ROW (tickets_field_message_row_get_type ())

G_DECLARE_FINAL_TYPE (TicketsFieldMessageRow, tickets_field_message_row, TICKETS, FIELD_MESSAGE_ROW, AdwPreferencesRow)

/* A row under the field whose row is titled @title, hidden until shown,
 * holding one wrapping caption label for the message. */
GtkWidget *tickets_field_message_row_new       (const char             *title);
GtkLabel  *tickets_field_message_row_get_label (TicketsFieldMessageRow *self);

G_END_DECLS
