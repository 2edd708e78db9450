/* tickets-ticket.h: one ticket, its barcode, holder and personalization
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "tickets-amount.h"
#include "tickets-consent.h"
#include "tickets-consumer.h"
#include "tickets-event.h"
#include "tickets-i18n-text.h"
#include "tickets-personalization-form.h"
#include "tickets-product.h"
#include "tickets-resource.h"
#include "tickets-seating.h"

G_BEGIN_DECLS

typedef enum
{
  TICKETS_PERSONALIZATION_STATE_NOT_REQUIRED,
  TICKETS_PERSONALIZATION_STATE_NEEDED,
  TICKETS_PERSONALIZATION_STATE_PERSONALIZED,
  TICKETS_PERSONALIZATION_STATE_NOT_YET_OPEN,
  TICKETS_PERSONALIZATION_STATE_CLOSED,
  TICKETS_PERSONALIZATION_STATE_INVALID,
} TicketsPersonalizationState;

#define TICKETS_TYPE_PERSONALIZATION_STATE (tickets_personalization_state_get_type ())
GType tickets_personalization_state_get_type (void) G_GNUC_CONST;

/* Where the app's own save of a ticket's holder stands: never from the
 * server, and never merged from a fresh copy of the ticket. */
typedef enum
{
  TICKETS_SAVE_STATE_NONE,
  TICKETS_SAVE_STATE_SAVING,
  TICKETS_SAVE_STATE_FAILED,
  /* Kept in the outbox, to be sent when the server can be reached. */
  TICKETS_SAVE_STATE_QUEUED,
} TicketsSaveState;

#define TICKETS_TYPE_SAVE_STATE (tickets_save_state_get_type ())
GType tickets_save_state_get_type (void) G_GNUC_CONST;

#define TICKETS_TYPE_TICKET (tickets_ticket_get_type ())

G_DECLARE_FINAL_TYPE (TicketsTicket, tickets_ticket, TICKETS, TICKET, TicketsResource)

TicketsTicket              *tickets_ticket_new                               (const char                 *uid);

const char                 *tickets_ticket_get_code                          (TicketsTicket              *self);
void                        tickets_ticket_set_code                          (TicketsTicket              *self,
                                                                              const char                 *code);
/* As the server sent it, e.g. "valid". */
/* The status a re-issue leaves on the old tickets, as the sandbox gives it
 * and the store sets it once the server took a re-issue (the API says only
 * that they "become invalid"). */
#define TICKETS_TICKET_STATUS_REISSUED "reissued"
const char                 *tickets_ticket_get_status                        (TicketsTicket              *self);
void                        tickets_ticket_set_status                        (TicketsTicket              *self,
                                                                              const char                 *status);
gboolean                    tickets_ticket_get_is_scanned                    (TicketsTicket              *self);
void                        tickets_ticket_set_is_scanned                    (TicketsTicket              *self,
                                                                              gboolean                    is_scanned);
gboolean                    tickets_ticket_get_personalized                  (TicketsTicket              *self);
void                        tickets_ticket_set_personalized                  (TicketsTicket              *self,
                                                                              gboolean                    personalized);
gboolean                    tickets_ticket_get_needs_personalization         (TicketsTicket              *self);
void                        tickets_ticket_set_needs_personalization         (TicketsTicket              *self,
                                                                              gboolean                    needs_personalization);
gboolean                    tickets_ticket_get_has_valid_subscription        (TicketsTicket              *self);
void                        tickets_ticket_set_has_valid_subscription        (TicketsTicket              *self,
                                                                              gboolean                    has_valid_subscription);
GDateTime                  *tickets_ticket_get_personalization_start         (TicketsTicket              *self);
void                        tickets_ticket_set_personalization_start         (TicketsTicket              *self,
                                                                              GDateTime                  *personalization_start);
GDateTime                  *tickets_ticket_get_personalization_end           (TicketsTicket              *self);
void                        tickets_ticket_set_personalization_end           (TicketsTicket              *self,
                                                                              GDateTime                  *personalization_end);
GDateTime                  *tickets_ticket_get_fulfillment_starts_at         (TicketsTicket              *self);
void                        tickets_ticket_set_fulfillment_starts_at         (TicketsTicket              *self,
                                                                              GDateTime                  *fulfillment_starts_at);
GDateTime                  *tickets_ticket_get_scannable_until               (TicketsTicket              *self);
void                        tickets_ticket_set_scannable_until               (TicketsTicket              *self,
                                                                              GDateTime                  *scannable_until);
TicketsPersonalizationForm *tickets_ticket_get_personalization_form          (TicketsTicket              *self);
void                        tickets_ticket_set_personalization_form          (TicketsTicket              *self,
                                                                              TicketsPersonalizationForm *personalization_form);
TicketsConsumer            *tickets_ticket_get_consumer                      (TicketsTicket              *self);
void                        tickets_ticket_set_consumer                      (TicketsTicket              *self,
                                                                              TicketsConsumer            *consumer);
/* What the holder agreed to be sent, as the server says or, when it does
 * not, as this app sent it with the holder's details; known says which. */
TicketsConsent              tickets_ticket_get_consent                       (TicketsTicket              *self);
void                        tickets_ticket_set_consent                       (TicketsTicket              *self,
                                                                              TicketsConsent              consent);
gboolean                    tickets_ticket_get_consent_known                 (TicketsTicket              *self);
TicketsSeating             *tickets_ticket_get_seating                       (TicketsTicket              *self);
void                        tickets_ticket_set_seating                       (TicketsTicket              *self,
                                                                              TicketsSeating             *seating);
TicketsI18nText            *tickets_ticket_get_subproduct                    (TicketsTicket              *self);
void                        tickets_ticket_set_subproduct                    (TicketsTicket              *self,
                                                                              TicketsI18nText            *subproduct);
TicketsAmount              *tickets_ticket_get_price                         (TicketsTicket              *self);
void                        tickets_ticket_set_price                         (TicketsTicket              *self,
                                                                              TicketsAmount              *price);
TicketsAmount              *tickets_ticket_get_service_fee_paid              (TicketsTicket              *self);
void                        tickets_ticket_set_service_fee_paid              (TicketsTicket              *self,
                                                                              TicketsAmount              *service_fee_paid);
TicketsEvent               *tickets_ticket_get_event                         (TicketsTicket              *self);
void                        tickets_ticket_set_event                         (TicketsTicket              *self,
                                                                              TicketsEvent               *event);
TicketsProduct             *tickets_ticket_get_product                       (TicketsTicket              *self);
void                        tickets_ticket_set_product                       (TicketsTicket              *self,
                                                                              TicketsProduct             *product);
const char                 *tickets_ticket_get_eticket_uri                   (TicketsTicket              *self);
void                        tickets_ticket_set_eticket_uri                   (TicketsTicket              *self,
                                                                              const char                 *eticket_uri);
const char                 *tickets_ticket_get_order_uri                     (TicketsTicket              *self);
void                        tickets_ticket_set_order_uri                     (TicketsTicket              *self,
                                                                              const char                 *order_uri);
const char                 *tickets_ticket_get_event_uri                     (TicketsTicket              *self);
void                        tickets_ticket_set_event_uri                     (TicketsTicket              *self,
                                                                              const char                 *event_uri);
const char                 *tickets_ticket_get_product_uri                   (TicketsTicket              *self);
void                        tickets_ticket_set_product_uri                   (TicketsTicket              *self,
                                                                              const char                 *product_uri);
const char                 *tickets_ticket_get_parent_uri                    (TicketsTicket              *self);
void                        tickets_ticket_set_parent_uri                    (TicketsTicket              *self,
                                                                              const char                 *parent_uri);
const char * const         *tickets_ticket_get_personalization_request_uris  (TicketsTicket              *self);
void                        tickets_ticket_set_personalization_request_uris  (TicketsTicket              *self,
                                                                              const char * const         *uris);

/* A friend asked to name the ticket and not answered yet: the request's
 * URI, the friend's address and when they were asked; all NULL when no
 * request is pending. Set by the store from what the server said. */
const char                 *tickets_ticket_get_pending_request_uri           (TicketsTicket              *self);
const char                 *tickets_ticket_get_pending_request_email         (TicketsTicket              *self);
GDateTime                  *tickets_ticket_get_pending_request_created_at    (TicketsTicket              *self);
void                        tickets_ticket_set_pending_request               (TicketsTicket              *self,
                                                                              const char                 *uri,
                                                                              const char                 *email,
                                                                              GDateTime                  *created_at);

/* What was typed for the holder and not yet accepted by the server, kept
 * for later: local, never sent by itself. */
TicketsConsumer            *tickets_ticket_get_draft                         (TicketsTicket              *self);
void                        tickets_ticket_set_draft                         (TicketsTicket              *self,
                                                                              TicketsConsumer            *draft);
TicketsSaveState            tickets_ticket_get_save_state                    (TicketsTicket              *self);
/* Why the last save failed, with %TICKETS_SAVE_STATE_FAILED only. */
const GError               *tickets_ticket_get_save_error                    (TicketsTicket              *self);
void                        tickets_ticket_set_save_state                    (TicketsTicket              *self,
                                                                              TicketsSaveState            state,
                                                                              const GError               *error);

/* @now: NULL for the current time. */
TicketsPersonalizationState tickets_ticket_get_personalization_state         (TicketsTicket              *self,
                                                                              GDateTime                  *now);
gboolean                    tickets_ticket_can_personalize                   (TicketsTicket              *self,
                                                                              GDateTime                  *now);

/* How a list of tickets stands on names: the one rule every summary of an
 * order or a request counts by. */
typedef struct
{
  guint n_tickets;
  guint n_personalized;
  /* Can and must get a name now; n_waiting of them wait for a friend. */
  guint n_needed;
  guint n_waiting;
  /* Will need a name once the period opens. */
  guint n_not_yet_open;
  /* Needed a name, and the period ended without one. */
  guint n_closed;
  guint n_not_required;
  guint n_invalid;
} TicketsNamingCount;

/* @tickets: a list of TicketsTicket; @now: NULL for the current time. */
void                        tickets_naming_count_tickets                     (TicketsNamingCount         *count,
                                                                              GListModel                 *tickets,
                                                                              GDateTime                  *now);

G_END_DECLS
