/* tickets-change-row.h: one change of the outbox, in words, with Retry and
 * Discard
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tickets-change.h"

G_BEGIN_DECLS

#define TICKETS_TYPE_CHANGE_ROW (tickets_change_row_get_type ())

G_DECLARE_FINAL_TYPE (TicketsChangeRow, tickets_change_row, TICKETS, CHANGE_ROW, AdwActionRow)

/* The row follows @change as the store updates it. Its buttons emit
 * "retry" and "discard"; whoever holds the store acts on them. */
GtkWidget     *tickets_change_row_new          (TicketsChange *change);
TicketsChange *tickets_change_row_get_change   (TicketsChangeRow *self);
/* The state in words, plain text: "Waiting to be sent", "Sending…",
 * "Checking whether it went through", "Refused: <the server's words>".
 * (transfer full) */
char          *tickets_change_row_format_state (TicketsChange *change);
GtkWidget     *tickets_change_row_get_retry_button   (TicketsChangeRow *self);
GtkWidget     *tickets_change_row_get_discard_button (TicketsChangeRow *self);

G_END_DECLS
