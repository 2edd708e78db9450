/* tickets-ask-friend-dialog.h: picking tickets of an order and the friend who names them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tickets-friend-requests.h"

G_BEGIN_DECLS

#define TICKETS_TYPE_ASK_FRIEND_DIALOG (tickets_ask_friend_dialog_get_type ())

G_DECLARE_FINAL_TYPE (TicketsAskFriendDialog, tickets_ask_friend_dialog, TICKETS, ASK_FRIEND_DIALOG, AdwMessageDialog)

/* Offers the tickets of @requests' order that still need a name. Send
 * (Enter, once a ticket is picked and the address looks like one) asks the
 * friend through @requests, whose "message" tells that it was done; the
 * dialog stays until the server took the request, and after a failure it
 * is shown again with the address typed and why. Escape closes it. */
GtkWidget *tickets_ask_friend_dialog_new (GtkWindow             *parent,
                                          TicketsFriendRequests *requests);

G_END_DECLS
