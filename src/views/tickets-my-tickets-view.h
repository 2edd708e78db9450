/* tickets-my-tickets-view.h: the tickets others have named the signed-in fan as holder of
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tickets-session.h"

G_BEGIN_DECLS

#define TICKETS_TYPE_MY_TICKETS_VIEW (tickets_my_tickets_view_get_type ())

G_DECLARE_FINAL_TYPE (TicketsMyTicketsView, tickets_my_tickets_view, TICKETS, MY_TICKETS_VIEW, AdwBin)

/* Signals:
 *   "ticket-activated" (TicketsMyTicketsView *view, TicketsTicket *ticket):
 *   a row was activated by a click, or by Enter on a row that offers no
 *   e-ticket (on one that does, Enter presses its "Open E-Ticket" button).
 *   "open-eticket" (TicketsMyTicketsView *view, const char *uri):
 *   the user asked to open a ticket's e-ticket, a download link; show it
 *   with gtk_show_uri().
 *
 * Property "showing-details" (gboolean, read-only): a ticket's details show.
 *
 * Actions: "my-tickets.reload" (start again from the first page),
 * "my-tickets.load-more" (retry the next page after a failure),
 * "my-tickets.back" (from the details to the list; Escape, Alt+Left). */
GtkWidget        *tickets_my_tickets_view_new         (void);
/* Lists the tickets of the Cognito user of the session's auth, through its
 * store. */
void              tickets_my_tickets_view_load        (TicketsMyTicketsView *self,
                                                       TicketsSession       *session);
/* Shows a list of TicketsTicket already made; the session's store and auth
 * load each ticket's full details (barcode, e-ticket) that the list leaves
 * out. */
void              tickets_my_tickets_view_set_tickets (TicketsMyTicketsView *self,
                                                       TicketsSession       *session,
                                                       TicketsPagedList     *tickets);
TicketsPagedList *tickets_my_tickets_view_get_tickets (TicketsMyTicketsView *self);
void              tickets_my_tickets_view_reload      (TicketsMyTicketsView *self);
void              tickets_my_tickets_view_show_details (TicketsMyTicketsView *self,
                                                        TicketsTicket        *ticket);
void              tickets_my_tickets_view_show_list   (TicketsMyTicketsView *self);
void              tickets_my_tickets_view_focus_tickets (TicketsMyTicketsView *self);
gboolean          tickets_my_tickets_view_get_showing_details (TicketsMyTicketsView *self);

G_END_DECLS
