/* tickets-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tickets-session.h"

G_BEGIN_DECLS

#define TICKETS_TYPE_WINDOW (tickets_window_get_type ())

G_DECLARE_FINAL_TYPE (TicketsWindow, tickets_window, TICKETS, WINDOW, AdwApplicationWindow)

/* session: the application's, which every window shares. */
TicketsWindow *tickets_window_new        (GtkApplication     *application,
                                         TicketsSession     *session,
                                         GSettings          *settings);
void           tickets_window_open_order (TicketsWindow      *self,
                                         const char         *order,
                                         TicketsAuth        *auth);
void           tickets_window_open_request (TicketsWindow    *self,
                                         const char         *request,
                                         TicketsAuth        *auth);
void           tickets_window_sign_in    (TicketsWindow      *self,
                                         TicketsConnection  *connection);
void           tickets_window_ask_friend (TicketsWindow      *self,
                                         const char         *email,
                                         const char * const *tickets);

G_END_DECLS
