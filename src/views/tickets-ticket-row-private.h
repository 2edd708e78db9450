/* tickets-ticket-row-private.h: what the widget tests read off a row
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tickets-ticket-row.h"

G_BEGIN_DECLS

const char *tickets_ticket_row_get_title_text           (TicketsTicketRow *self);
const char *tickets_ticket_row_get_code_text            (TicketsTicketRow *self);
const char *tickets_ticket_row_get_status_text          (TicketsTicketRow *self);
/* The style class that colours the badge: "success", "error" or "dim-label". */
const char *tickets_ticket_row_get_status_style         (TicketsTicketRow *self);
const char *tickets_ticket_row_get_personalization_text (TicketsTicketRow *self);
/* NULL until the row has shown a ticket with an e-ticket. */
GtkWidget  *tickets_ticket_row_get_eticket_button       (TicketsTicketRow *self);
GtkWidget  *tickets_ticket_row_get_copy_link_button     (TicketsTicketRow *self);
/* The line about a draft, a save on its way or a failed one; NULL when none shows. */
const char *tickets_ticket_row_get_save_text            (TicketsTicketRow *self);
gboolean    tickets_ticket_row_get_request_buttons_visible (TicketsTicketRow *self);

G_END_DECLS
