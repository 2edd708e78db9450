/* tickets-ticket-private.h: what the files of TicketsTicket share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tickets-ticket.h"

G_BEGIN_DECLS

struct _TicketsTicket
{
  TicketsResource parent_instance;

  char                       *code;
  char                       *status;
  gboolean                    is_scanned;
  gboolean                    personalized;
  gboolean                    needs_personalization;
  gboolean                    has_valid_subscription;
  GDateTime                  *personalization_start;
  GDateTime                  *personalization_end;
  GDateTime                  *fulfillment_starts_at;
  GDateTime                  *scannable_until;
  TicketsPersonalizationForm *personalization_form;
  TicketsConsumer            *consumer;
  TicketsConsent              consent;
  TicketsSeating             *seating;
  TicketsI18nText            *subproduct;
  TicketsAmount              *price;
  TicketsAmount              *service_fee_paid;
  TicketsEvent               *event;
  TicketsProduct             *product;
  char                       *eticket_uri;
  char                       *order_uri;
  char                       *event_uri;
  char                       *product_uri;
  char                       *parent_uri;
  char                      **personalization_request_uris;

  /* Local: set by the store and the views, never merged from the server. */
  char                       *pending_request_uri;
  char                       *pending_request_email;
  GDateTime                  *pending_request_created_at;
  TicketsConsumer            *draft;
  TicketsSaveState            save_state;
  GError                     *save_error;
};

enum {
  PROP_0,
  PROP_CODE,
  PROP_STATUS,
  PROP_IS_SCANNED,
  PROP_PERSONALIZED,
  PROP_NEEDS_PERSONALIZATION,
  PROP_HAS_VALID_SUBSCRIPTION,
  PROP_PERSONALIZATION_START,
  PROP_PERSONALIZATION_END,
  PROP_FULFILLMENT_STARTS_AT,
  PROP_SCANNABLE_UNTIL,
  PROP_PERSONALIZATION_FORM,
  PROP_CONSUMER,
  PROP_CONSENT,
  PROP_SEATING,
  PROP_SUBPRODUCT,
  PROP_PRICE,
  PROP_SERVICE_FEE_PAID,
  PROP_EVENT,
  PROP_PRODUCT,
  PROP_ETICKET_URI,
  PROP_ORDER_URI,
  PROP_EVENT_URI,
  PROP_PRODUCT_URI,
  PROP_PARENT_URI,
  PROP_PERSONALIZATION_REQUEST_URIS,
  PROP_PERSONALIZATION_STATE,
  PROP_PENDING_REQUEST_URI,
  PROP_PENDING_REQUEST_EMAIL,
  PROP_PENDING_REQUEST_CREATED_AT,
  PROP_DRAFT,
  PROP_SAVE_STATE,
  PROP_SAVE_ERROR,
  N_PROPS
};

/* Installed by tickets-ticket.c; the setters in the other files notify them. */
extern GParamSpec *tickets_ticket_properties[N_PROPS];

/* The holder's part of a merge (tickets-ticket-holder.c), once @fresh's
 * properties are copied into @self; @previous is the consumer @self named
 * before. */
void tickets_ticket_merge_holder (TicketsTicket   *self,
                                  TicketsTicket   *fresh,
                                  TicketsConsumer *previous);

G_END_DECLS
