/* tickets-sign-in-flow.h: a sign-in from the welcome, from typed to
 * accepted or refused, and what the keyring keeps of it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "tickets-connection.h"
#include "tickets-session.h"

G_BEGIN_DECLS

#define TICKETS_TYPE_SIGN_IN_FLOW (tickets_sign_in_flow_get_type ())

G_DECLARE_FINAL_TYPE (TicketsSignInFlow, tickets_sign_in_flow, TICKETS, SIGN_IN_FLOW, GObject)

/* Nothing is signed in, nor remembered, before the server accepted the
 * sign-in: the window says so (confirm()) once what it opened has loaded.
 * The flow decides and words what the welcome and the toasts say; the
 * window only passes it on.
 *
 * Property:
 *   "busy" (gboolean): the welcome waits on a sign-in (get_pending()).
 *
 * Signals:
 *   "open" (TicketsConnection *connection): sign_in() began: the window
 *   opens what @connection gives access to (tickets_window_sign_in()).
 *   "welcome-error" (GError *error): what the welcome shows next to what
 *   was typed: why it was refused, NULL for nothing.
 *   "keyring-unavailable" (): a sign-in to remember found no keyring.
 *   "toast" (const char *text): how remembering or forgetting went, as
 *   text, never markup (it may quote the keyring's error). */
TicketsSignInFlow *tickets_sign_in_flow_new         (TicketsSession     *session);

/* The welcome's Sign In: begin() then, when the server can be used, "open";
 * either way "welcome-error" says what the welcome shows. @remember as for
 * begin(): once the server accepted, remembered only when asked, and
 * unticking (FALSE) forgets an earlier one. */
void               tickets_sign_in_flow_sign_in     (TicketsSignInFlow  *self,
                                                     TicketsConnection  *connection,
                                                     int                 remember);
/* The welcome's demo order, as sign_in() with the session's demo sign-in,
 * leaving what is saved alone. */
void               tickets_sign_in_flow_open_demo_order (TicketsSignInFlow *self);

/* From the welcome: the session goes to @connection's server (FALSE with
 * the reason when it cannot be used), and the flow waits for the server's
 * answer. @remember: save the sign-in once accepted (TRUE), forget any
 * saved one (FALSE), or leave what is saved alone (-1, for the demo order's
 * public token and a sign-in restored from the keyring). */
gboolean           tickets_sign_in_flow_begin       (TicketsSignInFlow  *self,
                                                     TicketsConnection  *connection,
                                                     int                 remember,
                                                     GError            **error);
/* Waits, as begin() does, on a sign-in that is already the session's
 * (one restored from the keyring), leaving what is saved alone. */
void               tickets_sign_in_flow_wait        (TicketsSignInFlow  *self,
                                                     TicketsConnection  *connection);
/* The sign-in the welcome waits on, NULL when it waits on none. */
TicketsConnection *tickets_sign_in_flow_get_pending (TicketsSignInFlow  *self);
gboolean           tickets_sign_in_flow_get_busy    (TicketsSignInFlow  *self);

/* The session takes @connection's auth; signed in once confirmed. */
void               tickets_sign_in_flow_start       (TicketsSignInFlow  *self,
                                                     TicketsConnection  *connection);
/* The server accepted: the session is signed in, and the sign-in is saved
 * or forgotten as begin() was asked. TRUE when the welcome waited on it. */
gboolean           tickets_sign_in_flow_confirm     (TicketsSignInFlow  *self);
/* Refused or given up: nothing is kept. TRUE when the welcome waited on it. */
gboolean           tickets_sign_in_flow_drop        (TicketsSignInFlow  *self);
/* The server refused what the welcome waited on: drop(), and "welcome-error"
 * with @error. FALSE, saying nothing, when the welcome waited on nothing. */
gboolean           tickets_sign_in_flow_refuse      (TicketsSignInFlow  *self,
                                                     const GError       *error);
/* "Sign Out and Forget", once the session signed out: the welcome waits
 * on nothing, and what was saved goes; "forgotten" says how that went. */
void               tickets_sign_in_flow_forget      (TicketsSignInFlow  *self);

G_END_DECLS
