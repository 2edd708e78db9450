/* tickets-product.h: something an order buys, usually a kind of ticket
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tickets-amount.h"
#include "tickets-event.h"
#include "tickets-i18n-text.h"
#include "tickets-resource.h"

G_BEGIN_DECLS

#define TICKETS_TYPE_PRODUCT (tickets_product_get_type ())

G_DECLARE_FINAL_TYPE (TicketsProduct, tickets_product, TICKETS, PRODUCT, TicketsResource)

/* The int fields are -1 when the server sent null. */
TicketsProduct  *tickets_product_new                        (const char      *uid);

const char      *tickets_product_get_reference              (TicketsProduct  *self);
void             tickets_product_set_reference              (TicketsProduct  *self,
                                                             const char      *reference);
TicketsI18nText *tickets_product_get_name                   (TicketsProduct  *self);
void             tickets_product_set_name                   (TicketsProduct  *self,
                                                             TicketsI18nText *name);
TicketsI18nText *tickets_product_get_subtitle               (TicketsProduct  *self);
void             tickets_product_set_subtitle               (TicketsProduct  *self,
                                                             TicketsI18nText *subtitle);
TicketsI18nText *tickets_product_get_additional_information (TicketsProduct  *self);
void             tickets_product_set_additional_information (TicketsProduct  *self,
                                                             TicketsI18nText *additional_information);
TicketsAmount   *tickets_product_get_price                  (TicketsProduct  *self);
void             tickets_product_set_price                  (TicketsProduct  *self,
                                                             TicketsAmount   *price);
const char      *tickets_product_get_event_uri              (TicketsProduct  *self);
void             tickets_product_set_event_uri              (TicketsProduct  *self,
                                                             const char      *event_uri);
TicketsEvent    *tickets_product_get_event                  (TicketsProduct  *self);
void             tickets_product_set_event                  (TicketsProduct  *self,
                                                             TicketsEvent    *event);
int              tickets_product_get_availability           (TicketsProduct  *self);
void             tickets_product_set_availability           (TicketsProduct  *self,
                                                             int              availability);
int              tickets_product_get_total_availability     (TicketsProduct  *self);
void             tickets_product_set_total_availability     (TicketsProduct  *self,
                                                             int              total_availability);
int              tickets_product_get_min_per_order          (TicketsProduct  *self);
void             tickets_product_set_min_per_order          (TicketsProduct  *self,
                                                             int              min_per_order);
int              tickets_product_get_max_per_order          (TicketsProduct  *self);
void             tickets_product_set_max_per_order          (TicketsProduct  *self,
                                                             int              max_per_order);
GDateTime       *tickets_product_get_sale_start             (TicketsProduct  *self);
void             tickets_product_set_sale_start             (TicketsProduct  *self,
                                                             GDateTime       *sale_start);
GDateTime       *tickets_product_get_sale_end               (TicketsProduct  *self);
void             tickets_product_set_sale_end               (TicketsProduct  *self,
                                                             GDateTime       *sale_end);
/* Whether a ticket of this product is only valid with an active
 * subscription (the ticket's has_valid_subscription). */
gboolean         tickets_product_get_requires_membership    (TicketsProduct  *self);
void             tickets_product_set_requires_membership    (TicketsProduct  *self,
                                                             gboolean         requires_membership);

G_END_DECLS
