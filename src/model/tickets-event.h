/* tickets-event.h: an event tickets give access to
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tickets-i18n-text.h"
#include "tickets-resource.h"

G_BEGIN_DECLS

#define TICKETS_TYPE_EVENT (tickets_event_get_type ())

G_DECLARE_FINAL_TYPE (TicketsEvent, tickets_event, TICKETS, EVENT, TicketsResource)

TicketsEvent    *tickets_event_new                        (const char      *uid);

const char      *tickets_event_get_reference              (TicketsEvent    *self);
void             tickets_event_set_reference              (TicketsEvent    *self,
                                                           const char      *reference);
const char      *tickets_event_get_merchant_name          (TicketsEvent    *self);
void             tickets_event_set_merchant_name          (TicketsEvent    *self,
                                                           const char      *merchant_name);
TicketsI18nText *tickets_event_get_title                  (TicketsEvent    *self);
void             tickets_event_set_title                  (TicketsEvent    *self,
                                                           TicketsI18nText *title);
TicketsI18nText *tickets_event_get_subtitle               (TicketsEvent    *self);
void             tickets_event_set_subtitle               (TicketsEvent    *self,
                                                           TicketsI18nText *subtitle);
GDateTime       *tickets_event_get_sale_start             (TicketsEvent    *self);
void             tickets_event_set_sale_start             (TicketsEvent    *self,
                                                           GDateTime       *sale_start);
GDateTime       *tickets_event_get_sale_end               (TicketsEvent    *self);
void             tickets_event_set_sale_end               (TicketsEvent    *self,
                                                           GDateTime       *sale_end);
GDateTime       *tickets_event_get_event_start            (TicketsEvent    *self);
void             tickets_event_set_event_start            (TicketsEvent    *self,
                                                           GDateTime       *event_start);
GDateTime       *tickets_event_get_event_end              (TicketsEvent    *self);
void             tickets_event_set_event_end              (TicketsEvent    *self,
                                                           GDateTime       *event_end);
GDateTime       *tickets_event_get_personalization_start  (TicketsEvent    *self);
void             tickets_event_set_personalization_start  (TicketsEvent    *self,
                                                           GDateTime       *personalization_start);
GDateTime       *tickets_event_get_personalization_end    (TicketsEvent    *self);
void             tickets_event_set_personalization_end    (TicketsEvent    *self,
                                                           GDateTime       *personalization_end);
GDateTime       *tickets_event_get_fulfillment_starts_at  (TicketsEvent    *self);
void             tickets_event_set_fulfillment_starts_at  (TicketsEvent    *self,
                                                           GDateTime       *fulfillment_starts_at);
const char      *tickets_event_get_location_name          (TicketsEvent    *self);
void             tickets_event_set_location_name          (TicketsEvent    *self,
                                                           const char      *location_name);
const char      *tickets_event_get_location_postal_code   (TicketsEvent    *self);
void             tickets_event_set_location_postal_code   (TicketsEvent    *self,
                                                           const char      *location_postal_code);
const char      *tickets_event_get_location_city          (TicketsEvent    *self);
void             tickets_event_set_location_city          (TicketsEvent    *self,
                                                           const char      *location_city);
const char      *tickets_event_get_location_country       (TicketsEvent    *self);
void             tickets_event_set_location_country       (TicketsEvent    *self,
                                                           const char      *location_country);
gboolean         tickets_event_get_has_coordinates        (TicketsEvent    *self);
void             tickets_event_set_has_coordinates        (TicketsEvent    *self,
                                                           gboolean         has_coordinates);
double           tickets_event_get_latitude               (TicketsEvent    *self);
void             tickets_event_set_latitude               (TicketsEvent    *self,
                                                           double           latitude);
double           tickets_event_get_longitude              (TicketsEvent    *self);
void             tickets_event_set_longitude              (TicketsEvent    *self,
                                                           double           longitude);
int              tickets_event_get_min_quantity_per_order (TicketsEvent    *self);
void             tickets_event_set_min_quantity_per_order (TicketsEvent    *self,
                                                           int              min_quantity_per_order);

G_END_DECLS
