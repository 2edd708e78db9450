/* tickets-order-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define TICKETS_TYPE_ORDER_VIEW (tickets_order_view_get_type ())

G_DECLARE_FINAL_TYPE (TicketsOrderView, tickets_order_view, TICKETS, ORDER_VIEW, AdwBin)

G_END_DECLS
