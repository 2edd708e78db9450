/* tickets-verdict-card.h: a verdict, readable from a metre away
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tickets-order.h"
#include "tickets-verdict.h"

G_BEGIN_DECLS

/* What the card can offer for its ticket. Its buttons activate
 * counter.personalize, counter.reissue and counter.print. */
typedef enum
{
  TICKETS_VERDICT_CARD_PERSONALIZE = 1 << 0,
  TICKETS_VERDICT_CARD_REISSUE     = 1 << 1,
  TICKETS_VERDICT_CARD_PRINT       = 1 << 2,
} TicketsVerdictCardActions;

#define TICKETS_TYPE_VERDICT_CARD (tickets_verdict_card_get_type ())

G_DECLARE_FINAL_TYPE (TicketsVerdictCard, tickets_verdict_card, TICKETS, VERDICT_CARD, AdwBin)

GtkWidget                 *tickets_verdict_card_new            (void);
/* @order: the ticket's order when it is known (its reference and buyer
 * are shown), NULL otherwise. @earlier: when the same code was looked up
 * before at this counter (from the shift log), NULL if it was not. */
void                       tickets_verdict_card_set_verdict    (TicketsVerdictCard        *self,
                                                                TicketsVerdict            *verdict,
                                                                TicketsOrder              *order,
                                                                GDateTime                 *earlier);
TicketsVerdict            *tickets_verdict_card_get_verdict    (TicketsVerdictCard        *self);
/* Which of the actions the counter may offer for this verdict: those not
 * in @offered are hidden; @forbidden_text (NULL: none) says once why an
 * action the verdict calls for is not offered. */
void                       tickets_verdict_card_set_offered    (TicketsVerdictCard        *self,
                                                                TicketsVerdictCardActions  offered,
                                                                const char                *forbidden_text);
/* What a verdict of @kind calls for, before what the sign-in may do. */
TicketsVerdictCardActions  tickets_verdict_card_actions_for    (TicketsVerdictKind         kind);

const char                *tickets_verdict_card_get_title      (TicketsVerdictCard        *self);
/* The sentence under the title, "" when there is none. */
const char                *tickets_verdict_card_get_detail     (TicketsVerdictCard        *self);

/* One meaning each, the same on the card and in the shift log: the style
 * class of a tone (its colours are in style.css, "Box office"), the
 * freedesktop sound theme's event played for it, the icon and the short
 * word (translated) of a kind. */
const char                *tickets_verdict_card_style_for_tone (TicketsVerdictTone         tone);
const char                *tickets_verdict_card_sound_for_tone (TicketsVerdictTone         tone);
const char                *tickets_verdict_card_icon_for_kind  (TicketsVerdictKind         kind);
const char                *tickets_verdict_card_word_for_kind  (TicketsVerdictKind         kind);

G_END_DECLS
