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
 *
 * Signals:
 *   "keyring-unavailable" (): a sign-in to remember found no keyring.
 *   "remember-failed" (GError *error): the keyring refused to keep it.
 *   "forgotten" (GError *error): forget() is done; @error NULL when
 *   nothing saved is left (or there was no keyring to hold any). */
TicketsSignInFlow *tickets_sign_in_flow_new         (TicketsSession     *session);

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

/* The session takes @connection's auth; signed in once confirmed. */
void               tickets_sign_in_flow_start       (TicketsSignInFlow  *self,
                                                     TicketsConnection  *connection);
/* The server accepted: the session is signed in, and the sign-in is saved
 * or forgotten as begin() was asked. TRUE when the welcome waited on it. */
gboolean           tickets_sign_in_flow_confirm     (TicketsSignInFlow  *self);
/* Refused or given up: nothing is kept. TRUE when the welcome waited on it. */
gboolean           tickets_sign_in_flow_drop        (TicketsSignInFlow  *self);
/* "Sign Out and Forget", once the session signed out: the welcome waits
 * on nothing, and what was saved goes; "forgotten" says how that went. */
void               tickets_sign_in_flow_forget      (TicketsSignInFlow  *self);

G_END_DECLS
