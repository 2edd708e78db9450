/* tickets-connect-view.h: the welcome: which server, and how to sign in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The view only gathers what the user chose and typed; it talks to no
 * server. Its "sign-in" signal hands over a TicketsConnection, and the
 * window answers with tickets_connect_view_set_busy() and, when the server
 * refuses, tickets_connect_view_show_error().
 */

#pragma once

#include <adwaita.h>

#include "tickets-connection.h"
#include "tickets-session.h"

G_BEGIN_DECLS

#define TICKETS_TYPE_CONNECT_VIEW (tickets_connect_view_get_type ())

G_DECLARE_FINAL_TYPE (TicketsConnectView, tickets_connect_view, TICKETS, CONNECT_VIEW, AdwBin)

GtkWidget         *tickets_connect_view_new                   (void);

/* Which server is chosen; custom_server is only used for, and shown with,
 * TICKETS_SERVER_CUSTOM. */
void               tickets_connect_view_set_server            (TicketsConnectView *self,
                                                               TicketsServerKind   server_kind,
                                                               const char         *custom_server);
TicketsServerKind  tickets_connect_view_get_server_kind       (TicketsConnectView *self);
/* Where the demo server listens, shown with the demo choice; NULL while
 * it does not run. */
void               tickets_connect_view_set_demo_address      (TicketsConnectView *self,
                                                               const char         *address);
/* Shows the server @session uses, with the demo's address when it is the
 * demo, now and each time the session changes servers. */
void               tickets_connect_view_follow_session        (TicketsConnectView *self,
                                                               TicketsSession     *session);

TicketsSignInKind  tickets_connect_view_get_sign_in_kind      (TicketsConnectView *self);
void               tickets_connect_view_set_sign_in_kind      (TicketsConnectView *self,
                                                               TicketsSignInKind   sign_in_kind);

/* Chooses the connection's server and way of signing in and fills in its
 * link or user name; its secret is left to type again (it was refused). */
void               tickets_connect_view_fill                  (TicketsConnectView *self,
                                                               TicketsConnection  *connection);

/* Focuses what the user most likely does first: "Open the Demo Order"
 * when the demo is chosen, else Sign In when everything is filled in,
 * else the first empty field. */
void               tickets_connect_view_focus_primary         (TicketsConnectView *self);

/* Empties every password and token field: after "Sign Out and Forget",
 * nothing secret stays on screen. */
void               tickets_connect_view_clear_secrets         (TicketsConnectView *self);

/* "Remember me on this computer", on by default. */
gboolean           tickets_connect_view_get_remember          (TicketsConnectView *self);
void               tickets_connect_view_set_remember          (TicketsConnectView *self,
                                                               gboolean            remember);
/* FALSE says that no keyring runs: a sign-in lasts this session only. */
gboolean           tickets_connect_view_get_keyring_available (TicketsConnectView *self);
void               tickets_connect_view_set_keyring_available (TicketsConnectView *self,
                                                               gboolean            available);

/* While busy, nothing can be changed and Sign In shows a spinner. */
gboolean           tickets_connect_view_get_busy              (TicketsConnectView *self);
void               tickets_connect_view_set_busy              (TicketsConnectView *self,
                                                               gboolean            busy);

/* Shows why signing in failed next to the field it is about (the server's
 * address, the link, the token or password), focusing that field; other
 * errors go above Sign In. Never changes what was typed. NULL clears. */
void               tickets_connect_view_show_error            (TicketsConnectView *self,
                                                               const GError       *error);

G_END_DECLS
