/* tickets-people-search.h: a consumer search of what someone typed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "tickets-paged-list.h"
#include "tickets-session.h"

G_BEGIN_DECLS

#define TICKETS_TYPE_PEOPLE_SEARCH (tickets_people_search_get_type ())

G_DECLARE_FINAL_TYPE (TicketsPeopleSearch, tickets_people_search, TICKETS, PEOPLE_SEARCH, GObject)

/* Searches with the session's store and auth as they are at each search. */
TicketsPeopleSearch *tickets_people_search_new         (TicketsSession      *session);

/* Searches consumers for @text: the filters of
 * tickets_scan_input_consumer_filters(), and, when one word finds no last
 * name, first names (tickets_scan_input_consumer_fallback()). Replaces the
 * results at once. FALSE, and no results, for a text with nothing to
 * search. */
gboolean             tickets_people_search_run         (TicketsPeopleSearch *self,
                                                        const char          *text);
/* As-you-type: run() of @text after 200 ms without another call. A text
 * with nothing to search clears the results at once. */
void                 tickets_people_search_run_later   (TicketsPeopleSearch *self,
                                                        const char          *text);
/* No results, and no search waiting to start. */
void                 tickets_people_search_clear       (TicketsPeopleSearch *self);

/* The consumers found (TicketsConsumer items, paged through
 * tickets_paged_list_load_more()), NULL without a search. After a
 * fallback, the first names' list replaces the empty one. Notifies
 * "results". */
TicketsPagedList    *tickets_people_search_get_results (TicketsPeopleSearch *self);
/* The filters the results were searched with (query parameter → value),
 * NULL without results: what "no one found" can say was looked for. Set
 * and notified ("filters") before "results". */
GHashTable          *tickets_people_search_get_filters (TicketsPeopleSearch *self);

G_END_DECLS
