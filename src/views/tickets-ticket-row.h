/* tickets-ticket-row.h: one ticket in a list: what it is, where it seats, whose it is
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tickets-amount.h"
#include "tickets-ticket.h"

G_BEGIN_DECLS

#define TICKETS_TYPE_TICKET_ROW (tickets_ticket_row_get_type ())

G_DECLARE_FINAL_TYPE (TicketsTicketRow, tickets_ticket_row, TICKETS, TICKET_ROW, AdwBin)

/* A row whose ticket has an e-ticket shows a "Download E-ticket" button
 * that activates this action with the e-ticket's URI (parameter type "s").
 * The window's TicketsOrderActions has it; without it the button is
 * insensitive. */
#define TICKETS_TICKET_ROW_OPEN_ETICKET_ACTION "order.open-eticket"
/* Its "Copy E-ticket Link" button activates this, with the same link. */
#define TICKETS_TICKET_ROW_COPY_ETICKET_LINK_ACTION "order.copy-eticket-link"
/* A row whose ticket waits for a friend (see
 * tickets_ticket_row_set_shows_requests()) offers Withdraw and Ask Again,
 * which activate these with the request's URI (parameter type "s"). */
#define TICKETS_TICKET_ROW_WITHDRAW_REQUEST_ACTION "order.withdraw-request"
#define TICKETS_TICKET_ROW_ASK_AGAIN_ACTION "order.ask-again"

GtkWidget     *tickets_ticket_row_new        (TicketsTicket    *ticket);
TicketsTicket *tickets_ticket_row_get_ticket (TicketsTicketRow *self);
/* NULL empties the row, as a list item factory's unbind does. */
void           tickets_ticket_row_set_ticket (TicketsTicketRow *self,
                                              TicketsTicket    *ticket);
void           tickets_ticket_row_set_shows_requests (TicketsTicketRow *self,
                                                      gboolean          shows_requests);

G_END_DECLS
