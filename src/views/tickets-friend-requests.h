/* tickets-friend-requests.h: asking a friend to name tickets of an order,
 * withdrawing a request, and asking again
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "tickets-session.h"

G_BEGIN_DECLS

#define TICKETS_TYPE_FRIEND_REQUESTS (tickets_friend_requests_get_type ())

G_DECLARE_FINAL_TYPE (TicketsFriendRequests, tickets_friend_requests, TICKETS, FRIEND_REQUESTS, GObject)

/* Signals:
 *   "message" (const char *text): something to tell the person, plain
 *   text (it may quote an address or the server): that a friend was asked,
 *   only once the server took the request; that a request was withdrawn;
 *   why either failed, unless a caller of _ask_async() was handed the error.
 *
 * The requests go to @session's store with its auth, for @order's tickets
 * (NULL: only withdrawing), and end with @cancellable (the window's: they
 * outlive a closed dialog). */
TicketsFriendRequests *tickets_friend_requests_new        (TicketsSession        *session,
                                                           TicketsOrder          *order,
                                                           GCancellable          *cancellable);
TicketsOrder          *tickets_friend_requests_get_order  (TicketsFriendRequests *self);
/* Asks @email to name @tickets (uids); once the server took it, withdraws
 * @replaced (request URIs, NULL: none), so the tickets are never left
 * without a request and the friend's old link stops working. */
void                   tickets_friend_requests_ask_async  (TicketsFriendRequests *self,
                                                           const char            *email,
                                                           const char * const    *tickets,
                                                           const char * const    *replaced,
                                                           GAsyncReadyCallback    callback,
                                                           gpointer               user_data);
gboolean               tickets_friend_requests_ask_finish (TicketsFriendRequests *self,
                                                           GAsyncResult          *result,
                                                           GError               **error);
/* _ask_async() whose failure is told by "message" too. */
void                   tickets_friend_requests_ask        (TicketsFriendRequests *self,
                                                           const char            *email,
                                                           const char * const    *tickets,
                                                           const char * const    *replaced);
/* Withdraws the request at @uri. */
void                   tickets_friend_requests_withdraw   (TicketsFriendRequests *self,
                                                           const char            *uri);
/* The same friend, for the tickets of the request at @uri that still need
 * a name, in a new request that replaces it; nothing when none does. */
void                   tickets_friend_requests_ask_again  (TicketsFriendRequests *self,
                                                           const char            *uri);

G_END_DECLS
