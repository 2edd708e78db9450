/* tickets-my-ticket-details.h: one ticket of My tickets in full: its event, what it is, its holder and its e-ticket
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tickets-ticket.h"

G_BEGIN_DECLS

#define TICKETS_TYPE_MY_TICKET_DETAILS (tickets_my_ticket_details_get_type ())

G_DECLARE_FINAL_TYPE (TicketsMyTicketDetails, tickets_my_ticket_details, TICKETS, MY_TICKET_DETAILS, AdwBin)

/* Signals:
 *   "open-eticket" (TicketsMyTicketDetails *details, const char *uri): the
 *   user asked to open the ticket's e-ticket, a download link.
 *
 * Property "ticket" (TicketsTicket): the ticket shown, followed as it
 * changes; NULL shows nothing.
 *
 * gtk_widget_grab_focus() puts the keyboard on the first thing in the
 * details that takes it. */

GtkWidget     *tickets_my_ticket_details_new          (void);
TicketsTicket *tickets_my_ticket_details_get_ticket   (TicketsMyTicketDetails *self);
void           tickets_my_ticket_details_set_ticket   (TicketsMyTicketDetails *self,
                                                       TicketsTicket          *ticket);
/* uid → why a ticket's full details did not load, kept by the list that
 * loads them: they say why there is no e-ticket. */
void           tickets_my_ticket_details_set_failures (TicketsMyTicketDetails *self,
                                                       GHashTable             *failures);

G_END_DECLS
