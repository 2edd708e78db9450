/* tickets-changes-button.h: the header bar's quiet count of changes not
 * sent yet; it opens their list, toasts when one went through or was
 * refused, and asks before a close or a sign-out would leave them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tickets-session.h"

G_BEGIN_DECLS

#define TICKETS_TYPE_CHANGES_BUTTON (tickets_changes_button_get_type ())

G_DECLARE_FINAL_TYPE (TicketsChangesButton, tickets_changes_button, TICKETS, CHANGES_BUTTON, GtkButton)

/* Follows the session's store (it changes with the server): its changes,
 * and its "change-sent" and "change-refused" as toasts on @overlay. */
void        tickets_changes_button_follow_session      (TicketsChangesButton *self,
                                                        TicketsSession       *session,
                                                        AdwToastOverlay      *overlay);
/* The list counted and shown (element-type TicketsChange): the store's,
 * until a test sets its own. */
void        tickets_changes_button_set_changes         (TicketsChangesButton *self,
                                                        GListModel           *changes);
/* How many changes the server does not have: all but the done ones. The
 * button shows only while there are any. */
guint       tickets_changes_button_get_count           (TicketsChangesButton *self);
/* Opens the list of changes, with Retry and Discard. */
void        tickets_changes_button_show_list           (TicketsChangesButton *self);

/* For @window's close-request (the application's Quit closes its windows):
 * with changes not sent, says they are kept and asks, and returns TRUE;
 * Quit then closes @window for good. FALSE when there is nothing to ask:
 * the close goes on. A window closed while another of the application's
 * stays open asks nothing. */
gboolean    tickets_changes_button_ask_before_closing  (TicketsChangesButton *self,
                                                        GtkWindow            *window);
/* For "Sign Out and Forget": with changes of the signed-in identity not
 * sent (tickets_session_get_n_unsent()), asks and returns TRUE; "Discard
 * and Sign Out" then discards them and activates win.sign-out again, which
 * goes on. FALSE when there is nothing to ask. */
gboolean    tickets_changes_button_ask_sign_out        (TicketsChangesButton *self);

/* For the tests: the title (markup) of the last toast given, NULL before
 * any. */
const char *tickets_changes_button_get_last_toast      (TicketsChangesButton *self);

G_END_DECLS
