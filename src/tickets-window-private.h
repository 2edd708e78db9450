/* tickets-window-private.h: what the window's tests look at
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tickets-batch-view.h"
#include "tickets-connect-view.h"
#include "tickets-my-tickets-view.h"
#include "tickets-order-view.h"
#include "tickets-personalization-form-view.h"
#include "tickets-request-view.h"
#include "tickets-window.h"

G_BEGIN_DECLS

const char                     *tickets_window_get_page_name (TicketsWindow *self);
gboolean                        tickets_window_get_etickets_available (TicketsWindow *self);
TicketsOrderView               *tickets_window_get_order_view (TicketsWindow *self);
TicketsPersonalizationFormView *tickets_window_get_form_view  (TicketsWindow *self);
TicketsRequestView             *tickets_window_get_request_view (TicketsWindow *self);
TicketsBatchView               *tickets_window_get_batch_view (TicketsWindow *self);
/* The order the window holds, if a sign-in opened one. */
TicketsOrder                   *tickets_window_get_order_view_order (TicketsWindow *self);
TicketsConnectView             *tickets_window_get_connect_view (TicketsWindow *self);
TicketsMyTicketsView           *tickets_window_get_my_tickets_view (TicketsWindow *self);
/* The title (markup) of the last toast that quoted a friend's address, a
 * holder's name or the server; NULL before any. */
const char                     *tickets_window_get_last_text_toast (TicketsWindow *self);
/* What GNetworkMonitor's network-changed calls; tests call it too. */
void                            tickets_window_network_changed (TicketsWindow *self,
                                                                gboolean       available);

G_END_DECLS
