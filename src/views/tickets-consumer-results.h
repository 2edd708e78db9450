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

/* Emits "consumer-activated" (TicketsConsumer *) on Enter or a click. */
GtkWidget        *tickets_consumer_results_new        (void);
/* A list of TicketsConsumer (tickets_store_search_consumers()), NULL: none. */
void              tickets_consumer_results_set_list   (TicketsConsumerResults *self,
                                                       TicketsPagedList       *list);
TicketsPagedList *tickets_consumer_results_get_list   (TicketsConsumerResults *self);
/* Moves the focus to the first row (Down from a search field); FALSE when
 * there is no row. */
gboolean          tickets_consumer_results_focus_first (TicketsConsumerResults *self);

G_END_DECLS
