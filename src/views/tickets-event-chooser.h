/* tickets-event-chooser.h: the box office's choice of today's events
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tickets-session.h"

G_BEGIN_DECLS

#define TICKETS_TYPE_EVENT_CHOOSER (tickets_event_chooser_get_type ())

G_DECLARE_FINAL_TYPE (TicketsEventChooser, tickets_event_chooser, TICKETS, EVENT_CHOOSER, AdwBin)

/* Lists the events of today (or, switched, those still to come), searched
 * by title, for the staff member to tick the ones the counter admits to.
 * The choice last saved in @settings' "counter-events" starts ticked.
 *
 * Signal:
 *   "open-counter" (): Open the Counter, with at least one event ticked;
 *   the choice is saved first.
 *   "listed" (): a listing came (or failed): dup_listed() may hold more. */
GtkWidget          *tickets_event_chooser_new          (void);

/* Lists anew with the session's store and staff auth. @settings: where the
 * choice is remembered (NULL: nowhere). */
void                tickets_event_chooser_load         (TicketsEventChooser *self,
                                                        TicketsSession      *session,
                                                        GSettings           *settings);
/* Stops listing and forgets what was ticked (signing out). */
void                tickets_event_chooser_clear        (TicketsEventChooser *self);

/* The ticked events' links, in the list's order. (transfer full) */
GStrv               tickets_event_chooser_dup_chosen   (TicketsEventChooser *self);
/* Every event listed, ticked or not. (transfer full) */
GStrv               tickets_event_chooser_dup_listed   (TicketsEventChooser *self);
/* The listed event of that link or uid, NULL when not listed. */
TicketsEvent       *tickets_event_chooser_lookup       (TicketsEventChooser *self,
                                                        const char          *event);
/* Ticks exactly these events (links or uids), as --event does. */
void                tickets_event_chooser_set_chosen   (TicketsEventChooser *self,
                                                        const char * const  *events);
/* Puts the focus on the first ticked event, or the first event. */
void                tickets_event_chooser_focus        (TicketsEventChooser *self);

G_END_DECLS
