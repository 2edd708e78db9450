/* tickets-event-header.h: the events of a list of tickets, each once: its
 * title, when and where
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TICKETS_TYPE_EVENT_HEADER (tickets_event_header_get_type ())

G_DECLARE_FINAL_TYPE (TicketsEventHeader, tickets_event_header, TICKETS, EVENT_HEADER, GtkBox)

/* The header follows the list (tickets that come and go) and the events
 * (a new title or date). A ticket that moves to another event changes
 * neither: the view, which watches its tickets anyway, calls
 * tickets_event_header_update(). The header hides while it has no event. */
GtkWidget *tickets_event_header_new         (void);
void       tickets_event_header_set_tickets (TicketsEventHeader *self,
                                             GListModel         *tickets);
void       tickets_event_header_update      (TicketsEventHeader *self);

G_END_DECLS
