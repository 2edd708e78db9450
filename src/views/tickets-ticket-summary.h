/* tickets-ticket-summary.h: which ticket a form names: its event, product, seat and barcode
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "tickets-ticket.h"

G_BEGIN_DECLS

#define TICKETS_TYPE_TICKET_SUMMARY (tickets_ticket_summary_get_type ())

G_DECLARE_FINAL_TYPE (TicketsTicketSummary, tickets_ticket_summary, TICKETS, TICKET_SUMMARY, GtkBox)

TicketsTicket *tickets_ticket_summary_get_ticket (TicketsTicketSummary *self);
/* Hidden while there is no ticket. */
void           tickets_ticket_summary_set_ticket (TicketsTicketSummary *self,
                                                  TicketsTicket        *ticket);

G_END_DECLS
