/* tickets-ask-friend-dialog-private.h: what the tests read of the dialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tickets-ask-friend-dialog.h"

G_BEGIN_DECLS

/* The check box that picks the ticket @uid, NULL when the dialog has none
 * for it (its row may be hidden: see the replace switch). */
GtkCheckButton *tickets_ask_friend_dialog_get_check   (TicketsAskFriendDialog *self,
                                                       const char             *uid);
/* What the line under the address says, NULL when it is hidden. */
const char     *tickets_ask_friend_dialog_get_message (TicketsAskFriendDialog *self);
/* Whether a request is on its way to the server. */
gboolean        tickets_ask_friend_dialog_get_sending (TicketsAskFriendDialog *self);

G_END_DECLS
