/* tickets-order.h: an order and the tickets it bought
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "tickets-amount.h"
#include "tickets-consumer.h"
#include "tickets-i18n-text.h"
#include "tickets-resource.h"
#include "tickets-ticket.h"

G_BEGIN_DECLS

#define TICKETS_TYPE_ORDER (tickets_order_get_type ())

G_DECLARE_FINAL_TYPE (TicketsOrder, tickets_order, TICKETS, ORDER, TicketsResource)

TicketsOrder    *tickets_order_new                           (const char      *uid);

const char      *tickets_order_get_reference                 (TicketsOrder    *self);
void             tickets_order_set_reference                 (TicketsOrder    *self,
                                                              const char      *reference);
const char      *tickets_order_get_external_reference        (TicketsOrder    *self);
void             tickets_order_set_external_reference        (TicketsOrder    *self,
                                                              const char      *external_reference);
const char      *tickets_order_get_status                    (TicketsOrder    *self);
void             tickets_order_set_status                    (TicketsOrder    *self,
                                                              const char      *status);
GDateTime       *tickets_order_get_created_date              (TicketsOrder    *self);
void             tickets_order_set_created_date              (TicketsOrder    *self,
                                                              GDateTime       *created_date);
/* The buyer. */
TicketsConsumer *tickets_order_get_consumer                  (TicketsOrder    *self);
void             tickets_order_set_consumer                  (TicketsOrder    *self,
                                                              TicketsConsumer *consumer);
TicketsI18nText *tickets_order_get_payment_method_name       (TicketsOrder    *self);
void             tickets_order_set_payment_method_name       (TicketsOrder    *self,
                                                              TicketsI18nText *payment_method_name);
TicketsAmount   *tickets_order_get_product_total             (TicketsOrder    *self);
void             tickets_order_set_product_total             (TicketsOrder    *self,
                                                              TicketsAmount   *product_total);
TicketsAmount   *tickets_order_get_service_costs             (TicketsOrder    *self);
void             tickets_order_set_service_costs             (TicketsOrder    *self,
                                                              TicketsAmount   *service_costs);
TicketsAmount   *tickets_order_get_grand_total               (TicketsOrder    *self);
void             tickets_order_set_grand_total               (TicketsOrder    *self,
                                                              TicketsAmount   *grand_total);
const char      *tickets_order_get_etickets_uri              (TicketsOrder    *self);
void             tickets_order_set_etickets_uri              (TicketsOrder    *self,
                                                              const char      *etickets_uri);

/* A list of TicketsTicket, the same object for the order's whole life. */
GListModel      *tickets_order_get_tickets                   (TicketsOrder    *self);
void             tickets_order_set_tickets                   (TicketsOrder    *self,
                                                              GPtrArray       *tickets);
guint            tickets_order_count_needing_personalization (TicketsOrder    *self,
                                                              GDateTime       *now);

G_END_DECLS
