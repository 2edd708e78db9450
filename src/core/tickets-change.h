/* tickets-change.h: one change the store keeps until the server has it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the outbox holds, as an object a view can bind to: the store's
 * tickets_store_get_changes() lists one per entry not yet discarded, and
 * updates it in place as it is sent, decided, confirmed or refused.
 */

#pragma once

#include <gio/gio.h>

#include "tickets-consumer.h"
#include "tickets-outbox.h"

G_BEGIN_DECLS

typedef enum
{
  TICKETS_CHANGE_PERSONALIZE,
  TICKETS_CHANGE_POST_CONSUMERS,
  TICKETS_CHANGE_CREATE_PERSONALIZATION_REQUEST,
  TICKETS_CHANGE_CANCEL_PERSONALIZATION_REQUEST,
  TICKETS_CHANGE_REISSUE,
} TicketsChangeKind;

#define TICKETS_TYPE_CHANGE_KIND (tickets_change_kind_get_type ())
GType tickets_change_kind_get_type (void) G_GNUC_CONST;

#define TICKETS_TYPE_CHANGE (tickets_change_get_type ())

G_DECLARE_FINAL_TYPE (TicketsChange, tickets_change, TICKETS, CHANGE, GObject)

/* Made by the store from its outbox entry. */
TicketsChange      *tickets_change_new              (const TicketsOutboxEntry *entry);
/* The store updates it: notifies what changed. */
void                tickets_change_update           (TicketsChange            *self,
                                                     const TicketsOutboxEntry *entry);

const char         *tickets_change_get_id           (TicketsChange *self);
TicketsChangeKind   tickets_change_get_kind         (TicketsChange *self);
TicketsOutboxState  tickets_change_get_state        (TicketsChange *self);
guint               tickets_change_get_attempts     (TicketsChange *self);
/* Why the last try failed, or what the server refused, in the user's
 * words; NULL. Plain text. */
const char         *tickets_change_get_last_error   (TicketsChange *self);
/* When it was made (unix seconds). */
gint64              tickets_change_get_created      (TicketsChange *self);
/* Translated, plain text: "Name on 2 tickets: Sanne de Vries",
 * "Re-issue of 3 tickets to Sanne de Vries", "Request to jan@example.com
 * to fill in 1 ticket"… */
const char         *tickets_change_get_summary      (TicketsChange *self);
/* The holder typed into the form, for personalizations, revisions and
 * re-issues: to reopen the form with it after a refusal. (nullable) */
TicketsConsumer    *tickets_change_get_consumer     (TicketsChange *self);
/* The uids of the tickets it is about. (transfer none) */
const char * const *tickets_change_get_ticket_uids  (TicketsChange *self);
/* Whether it is still the server's to take: pending, sending, unknown. */
gboolean            tickets_change_get_unsent       (TicketsChange *self);

G_END_DECLS
