/* tickets-personalization.h: a consumer's details put on tickets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "tickets-consumer.h"
#include "tickets-resource.h"
#include "tickets-ticket.h"

G_BEGIN_DECLS

#define TICKETS_TYPE_PERSONALIZATION (tickets_personalization_get_type ())

G_DECLARE_FINAL_TYPE (TicketsPersonalization, tickets_personalization,
                      TICKETS, PERSONALIZATION, TicketsResource)

TicketsPersonalization *tickets_personalization_new          (const char             *uid);

TicketsConsumer        *tickets_personalization_get_consumer (TicketsPersonalization *self);
void                    tickets_personalization_set_consumer (TicketsPersonalization *self,
                                                              TicketsConsumer        *consumer);
/* When it was made; NULL when the server does not say. */
GDateTime              *tickets_personalization_get_created_at (TicketsPersonalization *self);
void                    tickets_personalization_set_created_at (TicketsPersonalization *self,
                                                                GDateTime              *created_at);
/* A list of TicketsTicket, the same object for the personalization's whole life. */
GListModel             *tickets_personalization_get_tickets  (TicketsPersonalization *self);
void                    tickets_personalization_set_tickets  (TicketsPersonalization *self,
                                                              GPtrArray              *tickets);

G_END_DECLS
