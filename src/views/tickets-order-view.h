/* tickets-order-view.h: one order: its events and every ticket's state
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tickets-order.h"

G_BEGIN_DECLS

#define TICKETS_TYPE_ORDER_VIEW (tickets_order_view_get_type ())

G_DECLARE_FINAL_TYPE (TicketsOrderView, tickets_order_view, TICKETS, ORDER_VIEW, AdwBin)

/* Signals:
 *   "ticket-activated" (TicketsOrderView *view, TicketsTicket *ticket):
 *   a row was activated by Enter or a click, whatever the ticket's state.
 * A row whose ticket has an e-ticket shows a "Download E-ticket" button that
 * activates TICKETS_TICKET_ROW_OPEN_ETICKET_ACTION ("order.open-eticket") with
 * the e-ticket's URI as its string parameter: the window's TicketsOrderActions
 * has it. */
GtkWidget    *tickets_order_view_new       (TicketsOrder     *order);
TicketsOrder *tickets_order_view_get_order (TicketsOrderView *self);
void          tickets_order_view_set_order (TicketsOrderView *self,
                                            TicketsOrder     *order);
void          tickets_order_view_focus_tickets (TicketsOrderView *self);

G_END_DECLS
