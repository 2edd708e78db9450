/* tickets-order-view-private.h: what the widget tests read off the order view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tickets-order-view.h"

G_BEGIN_DECLS

GtkListView *tickets_order_view_get_list_view    (TicketsOrderView *self);
const char  *tickets_order_view_get_summary_text (TicketsOrderView *self);
/* Whether the view says why the e-tickets are not there yet. */
gboolean     tickets_order_view_get_etickets_note_visible (TicketsOrderView *self);
/* Whether the view is still moving the focus to a ticket's row
 * (tickets_order_view_focus_tickets()), which scrolls the list. */
gboolean     tickets_order_view_get_focusing (TicketsOrderView *self);
/* "tickets" or "empty". */
const char  *tickets_order_view_get_page_name    (TicketsOrderView *self);

G_END_DECLS
