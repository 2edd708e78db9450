/* tickets-consumer-results.h: consumers found, paged in as they scroll in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tickets-consumer.h"
#include "tickets-paged-list.h"

G_BEGIN_DECLS

#define TICKETS_TYPE_CONSUMER_RESULTS (tickets_consumer_results_get_type ())

G_DECLARE_FINAL_TYPE (TicketsConsumerResults, tickets_consumer_results, TICKETS, CONSUMER_RESULTS, AdwBin)

/* Emits "consumer-activated" (TicketsConsumer *) on Enter or a click on
 * a row. Pages are asked for as the list is scrolled or arrowed near its
 * end, never all at once. */
GtkWidget        *tickets_consumer_results_new        (void);
/* A list of TicketsConsumer (tickets_store_search_consumers()), NULL: none. */
void              tickets_consumer_results_set_list   (TicketsConsumerResults *self,
                                                       TicketsPagedList       *list);
TicketsPagedList *tickets_consumer_results_get_list   (TicketsConsumerResults *self);
/* The filters the list was searched with (the documented query parameters
 * and their values, as tickets_store_search_consumers() took them), for
 * "No One Found" to say what was looked for; NULL: it says nothing more. */
void              tickets_consumer_results_set_filters (TicketsConsumerResults *self,
                                                        GHashTable             *filters);
/* Moves the focus to the first row (Down from a search field); FALSE when
 * there is no row. */
gboolean          tickets_consumer_results_focus_first (TicketsConsumerResults *self);

G_END_DECLS
