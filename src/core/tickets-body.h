/* tickets-body.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "tickets-consent.h"
#include "tickets-consumer.h"

G_BEGIN_DECLS

/* One consumer revision of POST /consumers: who, and which tickets they hold. */
typedef struct
{
  TicketsConsumer  *consumer;
  char            **ticket_uris;
} TicketsConsumerRevision;

TicketsConsumerRevision *tickets_consumer_revision_new         (TicketsConsumer          *consumer,
                                                                const char * const       *ticket_uris);
/* A revision naming an existing consumer by its uid alone: the server binds
 * the tickets to that consumer and changes none of its details. */
TicketsConsumerRevision *tickets_consumer_revision_new_reference (TicketsConsumer        *consumer,
                                                                  const char * const     *ticket_uris);
void                     tickets_consumer_revision_free        (TicketsConsumerRevision  *revision);

JsonNode                *tickets_body_consumer                 (TicketsConsumer          *consumer,
                                                                const char * const       *ticket_uris);
JsonNode                *tickets_body_consumers                (GPtrArray                *revisions);
JsonNode                *tickets_body_personalization          (const char               *order_uri,
                                                                const char               *request_uri,
                                                                const char * const       *ticket_uris,
                                                                TicketsConsumer          *consumer,
                                                                TicketsConsent            consent);
JsonNode                *tickets_body_personalization_request  (const char               *order_uri,
                                                                const char               *email,
                                                                const char * const       *ticket_uris);
JsonNode                *tickets_body_reissue                  (const char * const       *ticket_uris,
                                                                TicketsConsumer          *consumer);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TicketsConsumerRevision, tickets_consumer_revision_free)

G_END_DECLS
