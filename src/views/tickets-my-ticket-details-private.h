/* tickets-my-ticket-details-private.h: what the widget tests read off a ticket's details
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tickets-my-ticket-details.h"

G_BEGIN_DECLS

/* What the row @field ("product", "subproduct", "seat", "code", "status",
 * "holder" or "email") shows: NULL when it is hidden. */
const char    *tickets_my_ticket_details_get_text           (TicketsMyTicketDetails *self,
                                                             const char             *field);
/* Why there is no e-ticket, NULL when the button to open it shows. */
const char    *tickets_my_ticket_details_get_eticket_text   (TicketsMyTicketDetails *self);
GtkButton     *tickets_my_ticket_details_get_eticket_button (TicketsMyTicketDetails *self);

G_END_DECLS
