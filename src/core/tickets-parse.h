/* tickets-parse.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "tickets-consumer.h"
#include "tickets-event.h"
#include "tickets-order.h"
#include "tickets-personalization.h"
#include "tickets-personalization-request.h"
#include "tickets-product.h"
#include "tickets-ticket.h"

G_BEGIN_DECLS

/* One page of a collection: what it holds, how many the server has in all,
 * and where the next page is (NULL on the last one). */
typedef struct
{
  GPtrArray *items;
  gint64     item_count;
  char      *next_href;
} TicketsParsedPage;

void                           tickets_parsed_page_free               (TicketsParsedPage *page);

TicketsOrder                  *tickets_parse_order                    (GBytes  *bytes,
                                                                       GError **error);
TicketsTicket                 *tickets_parse_ticket                   (GBytes  *bytes,
                                                                       GError **error);
TicketsParsedPage             *tickets_parse_ticket_page              (GBytes  *bytes,
                                                                       GError **error);
TicketsEvent                  *tickets_parse_event                    (GBytes  *bytes,
                                                                       GError **error);
TicketsParsedPage             *tickets_parse_event_page               (GBytes  *bytes,
                                                                       GError **error);
TicketsProduct                *tickets_parse_product                  (GBytes  *bytes,
                                                                       GError **error);
TicketsPersonalization        *tickets_parse_personalization          (GBytes  *bytes,
                                                                       GError **error);
TicketsParsedPage             *tickets_parse_personalization_page     (GBytes  *bytes,
                                                                       GError **error);
TicketsPersonalizationRequest *tickets_parse_personalization_request  (GBytes  *bytes,
                                                                       GError **error);
TicketsParsedPage             *tickets_parse_consumer_page            (GBytes  *bytes,
                                                                       GError **error);
TicketsConsumer               *tickets_parse_consumer_object          (JsonObject *object,
                                                                       GError    **error);
TicketsAmount                 *tickets_parse_amount_node              (JsonNode   *node,
                                                                       GError    **error);
TicketsI18nText               *tickets_parse_i18n_node                (JsonNode   *node,
                                                                       GError    **error);
GDateTime                     *tickets_parse_date_time_node           (JsonNode   *node,
                                                                       GError    **error);
/* An "opt_in" object, {"opt_in": bool, "opt_in_2": bool}: TRUE and
 * *consent set when it says something; FALSE, never an error, when it is
 * absent or not understood, since consent must not be guessed. */
gboolean                       tickets_parse_consent_node             (JsonNode       *node,
                                                                       TicketsConsent *consent);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TicketsParsedPage, tickets_parsed_page_free)

G_END_DECLS
