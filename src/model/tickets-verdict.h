/* tickets-verdict.h: what a scanned barcode means at the door
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tickets-event.h"
#include "tickets-ticket.h"

G_BEGIN_DECLS

/* One meaning each. The order is the precedence: when several hold, the
 * first one listed after NOT_FOUND that holds is the verdict. */
typedef enum
{
  TICKETS_VERDICT_NOT_FOUND,             /* no ticket with this code for any chosen event */
  TICKETS_VERDICT_OTHER_EVENT,           /* a ticket for an event not chosen at this counter */
  TICKETS_VERDICT_REISSUED,              /* status says re-issued or transferred */
  TICKETS_VERDICT_CANCELLED,             /* status (or its order's status) says cancelled */
  TICKETS_VERDICT_VOIDED,                /* any other status than "valid" */
  TICKETS_VERDICT_EXPIRED,               /* now is past scannable_until */
  TICKETS_VERDICT_SUBSCRIPTION_INACTIVE, /* the product needs a membership that is not active */
  TICKETS_VERDICT_ALREADY_SCANNED,       /* is_scanned */
  TICKETS_VERDICT_NEEDS_NAME,            /* needs_personalization and no holder yet */
  TICKETS_VERDICT_VALID,
} TicketsVerdictKind;

#define TICKETS_TYPE_VERDICT_KIND (tickets_verdict_kind_get_type ())
GType tickets_verdict_kind_get_type (void) G_GNUC_CONST;

/* How loud a verdict is. The views give each a colour, an icon and a
 * sound; the meaning never rests on the colour alone. */
typedef enum
{
  TICKETS_VERDICT_TONE_GOOD,      /* green: let in */
  TICKETS_VERDICT_TONE_WARNING,   /* amber: already scanned */
  TICKETS_VERDICT_TONE_ATTENTION, /* needs a name first */
  TICKETS_VERDICT_TONE_BAD,       /* red: do not let in */
} TicketsVerdictTone;

#define TICKETS_TYPE_VERDICT_TONE (tickets_verdict_tone_get_type ())
GType tickets_verdict_tone_get_type (void) G_GNUC_CONST;

TicketsVerdictTone  tickets_verdict_kind_get_tone (TicketsVerdictKind kind);

/* The rule: what @ticket means at @now (UTC), for a counter that admits
 * the events in @events (uids or URIs; NULL or empty: any event). Only
 * NOT_FOUND needs no ticket; @ticket must not be NULL. */
TicketsVerdictKind  tickets_verdict_classify      (TicketsTicket       *ticket,
                                                   const char * const  *events,
                                                   GDateTime           *now);

#define TICKETS_TYPE_VERDICT (tickets_verdict_get_type ())

G_DECLARE_FINAL_TYPE (TicketsVerdict, tickets_verdict, TICKETS, VERDICT, GObject)

/* @ticket: NULL for NOT_FOUND only. @time: when the lookup was answered. */
TicketsVerdict     *tickets_verdict_new           (TicketsVerdictKind  kind,
                                                   const char         *code,
                                                   TicketsTicket      *ticket,
                                                   GDateTime          *time);
TicketsVerdictKind  tickets_verdict_get_kind      (TicketsVerdict     *self);
TicketsVerdictTone  tickets_verdict_get_tone      (TicketsVerdict     *self);
/* The code as scanned or typed. */
const char         *tickets_verdict_get_code      (TicketsVerdict     *self);
TicketsTicket      *tickets_verdict_get_ticket    (TicketsVerdict     *self);
GDateTime          *tickets_verdict_get_time      (TicketsVerdict     *self);
/* The uid of the ticket's event (from its event or its event link), NULL
 * without a ticket. (transfer full) */
char               *tickets_verdict_dup_event_uid (TicketsVerdict     *self);

G_END_DECLS
