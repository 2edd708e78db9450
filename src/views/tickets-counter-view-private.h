/* tickets-counter-view-private.h: what the widget tests read off the counter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tickets-counter-view.h"
#include "tickets-verdict-card.h"

G_BEGIN_DECLS

/* The "counter" action group the view inserts into itself. */
GActionGroup       *tickets_counter_view_get_actions     (TicketsCounterView *self);
/* "empty", "loading", "error", "verdict", "results" or "forbidden". */
const char         *tickets_counter_view_get_page        (TicketsCounterView *self);
GtkWidget          *tickets_counter_view_get_field       (TicketsCounterView *self);
TicketsVerdictCard *tickets_counter_view_get_card        (TicketsCounterView *self);
/* The error page's and the forbidden page's texts as shown. */
const char         *tickets_counter_view_get_page_title  (TicketsCounterView *self);
const char         *tickets_counter_view_get_page_description (TicketsCounterView *self);
/* How many verdict sounds were asked of the sound theme, and the last one's
 * event id (NULL before any): whether one plays depends on the machine. */
guint               tickets_counter_view_get_n_sounds    (TicketsCounterView *self);
const char         *tickets_counter_view_get_last_sound  (TicketsCounterView *self);

G_END_DECLS
