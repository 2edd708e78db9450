/* tickets-counter.h: the box office's lookups, for one staff sign-in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "tickets-paged-list.h"
#include "tickets-people-search.h"
#include "tickets-roles.h"
#include "tickets-session.h"
#include "tickets-shift-log.h"
#include "tickets-verdict.h"

G_BEGIN_DECLS

/* What the counter knows of an action for this sign-in. */
typedef enum
{
  TICKETS_ABILITY_UNKNOWN,   /* not tried yet: offered */
  TICKETS_ABILITY_ALLOWED,   /* the server answered */
  TICKETS_ABILITY_FORBIDDEN, /* the server said 403: hidden or disabled */
} TicketsAbility;

/* What tickets_counter_submit() made of a text. */
typedef enum
{
  TICKETS_COUNTER_INPUT_NONE,     /* empty, or a scanner's double fire: nothing done */
  TICKETS_COUNTER_INPUT_SCAN,     /* a barcode lookup started */
  TICKETS_COUNTER_INPUT_SEARCH,   /* a consumer search started */
} TicketsCounterInput;

#define TICKETS_TYPE_COUNTER (tickets_counter_get_type ())

G_DECLARE_FINAL_TYPE (TicketsCounter, tickets_counter, TICKETS, COUNTER, GObject)

/* For the session's signed-in staff member (Basic auth). @shift_log: where
 * the lookups are kept (NULL: one in memory). */
TicketsCounter      *tickets_counter_new               (TicketsSession      *session,
                                                        TicketsShiftLog     *shift_log);
TicketsSession      *tickets_counter_get_session       (TicketsCounter      *self);
TicketsShiftLog     *tickets_counter_get_shift_log     (TicketsCounter      *self);

/* The events this counter admits (URIs or uids), and all the events the
 * staff member could choose from: a code not found for the first is looked
 * up for the others, to say which event it is for. */
void                 tickets_counter_set_events        (TicketsCounter      *self,
                                                        const char * const  *events);
const char * const  *tickets_counter_get_events        (TicketsCounter      *self);
void                 tickets_counter_set_other_events  (TicketsCounter      *self,
                                                        const char * const  *events);

/* The field's Enter. A code (tickets_scan_input_is_code()) is looked up
 * for each chosen event, anything else searches consumers. The same code
 * again within the repeat window does nothing. A newer submit makes the
 * answers to older ones be thrown away; nothing waits for an answer. */
TicketsCounterInput  tickets_counter_submit            (TicketsCounter      *self,
                                                        const char          *text);
/* As-you-type search: a consumer search of @text starts after 200 ms
 * without another call. A code or an empty text clears the results; a
 * code of letters only ("Jansen") may be a name being typed, and searches. */
void                 tickets_counter_search_as_typed   (TicketsCounter      *self,
                                                        const char          *text);
/* The code of the latest lookup (as trimmed), NULL before the first: what
 * an error names. retry() looks it up again, past the double-fire filter. */
const char          *tickets_counter_get_code          (TicketsCounter      *self);
void                 tickets_counter_retry             (TicketsCounter      *self);

/* The latest verdict; NULL before the first, while a newer code is looked
 * up (the card never shows the last person's verdict for the next), and
 * when that lookup failed. Notifies "verdict". */
TicketsVerdict      *tickets_counter_get_verdict       (TicketsCounter      *self);
/* The shift log's entry for the verdict's code from before the verdict
 * ("also scanned 3 min ago"), NULL when it is new. Set with "verdict". */
TicketsShiftEntry   *tickets_counter_get_earlier       (TicketsCounter      *self);
/* A lookup is under way. Notifies "busy". */
gboolean             tickets_counter_get_busy          (TicketsCounter      *self);
/* Why the latest lookup got no verdict (offline, a timeout, a server
 * error, a malformed answer), NULL otherwise. Notifies "error". */
const GError        *tickets_counter_get_error         (TicketsCounter      *self);
/* The latest consumer search (TicketsConsumer items, paged through
 * tickets_paged_list_load_more()), NULL without one. Notifies
 * "search-results". */
TicketsPagedList    *tickets_counter_get_search_results (TicketsCounter     *self);
void                 tickets_counter_clear_search      (TicketsCounter      *self);
/* The search behind the results: its "filters" say what they were
 * searched with (after a fallback, the first names). */
TicketsPeopleSearch *tickets_counter_get_people_search (TicketsCounter     *self);

/* Learned from the server's answers: a 403 forbids the action for this
 * sign-in. Notifies "abilities". probe() asks the server harmless
 * questions (a lookup of a code that cannot exist, one consumer) so that
 * nothing is offered that would be refused. */
TicketsAbility       tickets_counter_get_ability       (TicketsCounter      *self,
                                                        TicketsStaffAction   action);
void                 tickets_counter_forbid            (TicketsCounter      *self,
                                                        TicketsStaffAction   action);
void                 tickets_counter_probe             (TicketsCounter      *self);
/* The sentence a view shows for a forbidden action, in the UI language,
 * naming the roles that may do it. (transfer full) */
char                *tickets_counter_dup_forbidden_text (TicketsStaffAction  action);
/* What the counter says in place of its ticket lookups, refused: with
 * @people_too (searching people refused as well) one sentence for both
 * when the same roles may do both. (transfer full) */
char                *tickets_counter_dup_lookups_forbidden_text (gboolean    people_too);

/* Tests and benchmarks: the clock the double-fire filter and the verdicts
 * use (monotonic µs and wall time). NULL: the real ones. */
typedef gint64 (*TicketsCounterClock) (gpointer user_data);
void                 tickets_counter_set_clock         (TicketsCounter      *self,
                                                        TicketsCounterClock  monotonic,
                                                        gpointer             user_data);
/* The wall clock, in µs since the epoch (UTC), for the verdicts. */
void                 tickets_counter_set_wall_clock    (TicketsCounter      *self,
                                                        TicketsCounterClock  wall,
                                                        gpointer             user_data);

G_END_DECLS
