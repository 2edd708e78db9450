/* tickets-connect-view-private.h: what the view's tests look at
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tickets-connect-view.h"

G_BEGIN_DECLS

/* field is one of "server" (the custom server's address), "order-link",
 * "order-token", "cognito-token", "request-link", "request-token",
 * "staff-user" and "staff-password". */
GtkEditable *tickets_connect_view_get_entry             (TicketsConnectView *self,
                                                         const char         *field);
/* The message shown under field, or above Sign In for "error", or under
 * "Remember me" for "keyring"; NULL when none is shown. */
const char  *tickets_connect_view_get_message           (TicketsConnectView *self,
                                                         const char         *field);
GtkWidget   *tickets_connect_view_get_sign_in_button    (TicketsConnectView *self);
GtkWidget   *tickets_connect_view_get_demo_order_button (TicketsConnectView *self);

G_END_DECLS
