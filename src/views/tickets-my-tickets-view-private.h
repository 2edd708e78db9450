/* tickets-my-tickets-view-private.h: what the widget tests read off the view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tickets-my-ticket-details-private.h"
#include "tickets-my-ticket-item.h"
#include "tickets-my-tickets-view.h"

G_BEGIN_DECLS

/* "loading", "empty", "error" or "tickets". */
const char    *tickets_my_tickets_view_get_page_name    (TicketsMyTicketsView *self);
const char    *tickets_my_tickets_view_get_error_text   (TicketsMyTicketsView *self);
GtkListView   *tickets_my_tickets_view_get_list_view    (TicketsMyTicketsView *self);
GtkScrolledWindow *tickets_my_tickets_view_get_scrolled_window (TicketsMyTicketsView *self);
/* The list's items shown now, each bound to a ticket, in no particular order. */
GPtrArray     *tickets_my_tickets_view_dup_items        (TicketsMyTicketsView *self);

/* The details page, where a ticket's details show. */
TicketsMyTicketDetails *tickets_my_tickets_view_get_details (TicketsMyTicketsView *self);

G_END_DECLS
