/* tickets-session.h: what one running Tickets talks to, and as whom
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "tickets-connection.h"
#include "tickets-store.h"

G_BEGIN_DECLS

#define TICKETS_TYPE_SESSION (tickets_session_get_type ())

G_DECLARE_FINAL_TYPE (TicketsSession, tickets_session, TICKETS, SESSION, GObject)

TicketsSession *tickets_session_new       (void);

/* The one store, NULL when the chosen server is not usable. Connecting to
 * another server replaces it and notifies "store". */
TicketsStore   *tickets_session_get_store (TicketsSession *self);
void            tickets_session_set_store (TicketsSession *self,
                                           TicketsStore   *store);

/* The auth of what is open now: the order token of the order, the request
 * token of the request, the Cognito token of the signed-in fan, or the staff
 * member's Basic auth. NULL: the client's own. Views pass it to the store
 * and never look inside. */
TicketsAuth    *tickets_session_get_auth  (TicketsSession *self);
void            tickets_session_set_auth  (TicketsSession *self,
                                           TicketsAuth    *auth);

G_END_DECLS
