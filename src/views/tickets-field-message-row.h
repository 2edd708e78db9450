/* tickets-field-message-row.h: the row that says what is wrong with a field
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define TICKETS_TYPE_FIELD_MESSAGE_ROW (tickets_field_message_row_get_type ())

G_DECLARE_FINAL_TYPE (TicketsFieldMessageRow, tickets_field_message_row, TICKETS, FIELD_MESSAGE_ROW, AdwPreferencesRow)

GtkWidget *tickets_field_message_row_new (void);

G_END_DECLS
