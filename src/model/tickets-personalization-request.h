/* tickets-personalization-request.h: a friend asked by email to personalize tickets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "tickets-resource.h"
#include "tickets-ticket.h"

G_BEGIN_DECLS

#define TICKETS_TYPE_PERSONALIZATION_REQUEST (tickets_personalization_request_get_type ())

G_DECLARE_FINAL_TYPE (TicketsPersonalizationRequest, tickets_personalization_request,
                      TICKETS, PERSONALIZATION_REQUEST, TicketsResource)

TicketsPersonalizationRequest *tickets_personalization_request_new              (const char                    *uid);

const char                    *tickets_personalization_request_get_email        (TicketsPersonalizationRequest *self);
void                           tickets_personalization_request_set_email        (TicketsPersonalizationRequest *self,
                                                                                 const char                    *email);
/* "pending", "completed" or "cancelled", as the server sent it. */
const char                    *tickets_personalization_request_get_state        (TicketsPersonalizationRequest *self);
void                           tickets_personalization_request_set_state        (TicketsPersonalizationRequest *self,
                                                                                 const char                    *state);
GDateTime                     *tickets_personalization_request_get_created_at   (TicketsPersonalizationRequest *self);
void                           tickets_personalization_request_set_created_at   (TicketsPersonalizationRequest *self,
                                                                                 GDateTime                     *created_at);
const char * const            *tickets_personalization_request_get_ticket_uris  (TicketsPersonalizationRequest *self);
void                           tickets_personalization_request_set_ticket_uris  (TicketsPersonalizationRequest *self,
                                                                                 const char * const            *ticket_uris);
const char * const            *tickets_personalization_request_get_product_uris (TicketsPersonalizationRequest *self);
void                           tickets_personalization_request_set_product_uris (TicketsPersonalizationRequest *self,
                                                                                 const char * const            *product_uris);
const char                    *tickets_personalization_request_get_order_uri    (TicketsPersonalizationRequest *self);
void                           tickets_personalization_request_set_order_uri    (TicketsPersonalizationRequest *self,
                                                                                 const char                    *order_uri);
/* A secret: never log it. */
const char                    *tickets_personalization_request_get_token        (TicketsPersonalizationRequest *self);
void                           tickets_personalization_request_set_token        (TicketsPersonalizationRequest *self,
                                                                                 const char                    *token);
/* The tickets the friend is asked to name, with their products: the
 * store's objects once loaded through it. */
GListModel                    *tickets_personalization_request_get_tickets      (TicketsPersonalizationRequest *self);
void                           tickets_personalization_request_set_tickets      (TicketsPersonalizationRequest *self,
                                                                                 GPtrArray                     *tickets);

G_END_DECLS
