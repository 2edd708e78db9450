/* tickets-request-view.h: what a friend sees of a personalization request:
 * only its tickets, to name them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tickets-personalization-request.h"

G_BEGIN_DECLS

#define TICKETS_TYPE_REQUEST_VIEW (tickets_request_view_get_type ())

G_DECLARE_FINAL_TYPE (TicketsRequestView, tickets_request_view, TICKETS, REQUEST_VIEW, AdwBin)

/* Signals:
 *   "ticket-activated" (TicketsRequestView *view, TicketsTicket *ticket):
 *   a row was activated by Enter or a click, whatever the ticket's state
 *   (tickets_ticket_can_personalize() says whether the form can be sent).
 *
 * The view shows the request's tickets as the store holds them: load the
 * request with tickets_store_load_personalization_request_async() and set
 * it here; rows follow tickets_store_personalize_by_request_async(). */
GtkWidget                     *tickets_request_view_new            (TicketsPersonalizationRequest *request);
TicketsPersonalizationRequest *tickets_request_view_get_request    (TicketsRequestView            *self);
void                           tickets_request_view_set_request    (TicketsRequestView            *self,
                                                                    TicketsPersonalizationRequest *request);
void                           tickets_request_view_focus_tickets  (TicketsRequestView            *self);

G_END_DECLS
