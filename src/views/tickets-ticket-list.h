/* tickets-ticket-list.h: a GtkListView of tickets, as the views that list
 * tickets set it up: its rows, its model, the "ticket-activated" signal of
 * the view that holds it, and the tickets' notify that the view follows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* In class_init: installs "ticket-activated" (TicketsTicket *ticket) on the
 * view's class, the signal that tickets_ticket_list_set_up() emits. */
void tickets_ticket_list_install_signal (GtkWidgetClass     *view_class);

/* A factory of TicketsTicketRow, each showing a friend's pending request
 * when @shows_requests (see tickets_ticket_row_set_shows_requests()). */
GtkListItemFactory *tickets_ticket_list_new_factory (gboolean shows_requests);

/* Gives @list_view the rows of @factory, or a TicketsTicketRow a ticket when
 * @factory is NULL, and makes a row's activation (Enter or a click) emit
 * "ticket-activated" on @view with the row's ticket. */
void tickets_ticket_list_set_up         (GtkListView        *list_view,
                                         GtkListItemFactory *factory,
                                         GtkWidget          *view);

/* Shows @tickets (NULL: none) in @list_view, without a selection. */
void tickets_ticket_list_set_tickets    (GtkListView        *list_view,
                                         GListModel         *tickets);

/* A list model says when tickets come and go, not when one of them changes.
 * Connects @callback, swapped to @view, to each of @signals (such as
 * "notify::event", NULL-terminated) on every ticket of @tickets (NULL:
 * none), once it has disconnected it from the tickets of @watched; @watched,
 * an array that unrefs what it holds, then holds @tickets' tickets. */
void tickets_ticket_list_watch          (GPtrArray          *watched,
                                         GListModel         *tickets,
                                         const char * const *signals,
                                         GCallback           callback,
                                         gpointer            view);
/* Disconnects @callback from the tickets of @watched, and empties it. */
void tickets_ticket_list_unwatch        (GPtrArray          *watched,
                                         GCallback           callback,
                                         gpointer            view);

G_END_DECLS
