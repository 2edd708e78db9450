/* tickets-counter-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tickets-counter.h"
#include "tickets-scan-input.h"

G_BEGIN_DECLS

/* The counter is one object written in two files: its lookups and searches
 * (tickets-counter.c), and what it learns of the account's abilities, with
 * the probe and the sentences that name the roles
 * (tickets-counter-abilities.c). These are what they share. */

typedef struct _TicketsCounterLookup TicketsCounterLookup;

struct _TicketsCounter
{
  GObject              parent_instance;

  TicketsSession      *session;
  TicketsShiftLog     *shift_log;
  char               **events;
  char               **other_events;

  TicketsScanFilter   *scan_filter;
  TicketsCounterClock  monotonic;
  gpointer             monotonic_data;
  TicketsCounterClock  wall;
  gpointer             wall_data;

  /* The latest lookup; older ones are cancelled and their answers dropped. */
  guint                generation;
  TicketsCounterLookup *lookup;
  char                *code;
  TicketsVerdict      *verdict;
  TicketsShiftEntry   *earlier;
  GError              *error;

  TicketsPeopleSearch *people;

  TicketsAbility       abilities[TICKETS_STAFF_ACTION_LAST];
  GCancellable        *probe_cancellable;
  TicketsPagedList    *probe_consumers;
};


/* tickets-counter.c */
void  tickets_counter_notify_abilities (TicketsCounter     *self);

/* tickets-counter-abilities.c: what an answer of the server to @action
 * says (a 403 forbids it, any other answer about the thing asked allows
 * it); the forbidden actions as a mask (1 << action); the probe's end. */
void  tickets_counter_learn_ability    (TicketsCounter     *self,
                                        TicketsStaffAction  action,
                                        const GError       *error);
guint tickets_counter_get_forbidden    (TicketsCounter     *self);
void  tickets_counter_stop_probe       (TicketsCounter     *self);

G_END_DECLS
