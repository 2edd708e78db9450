/* tickets-connection-private.h: what remembering a connection needs of it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tickets-connection.h"

G_BEGIN_DECLS

/* The token (without the white space around it) or the password. */
const char *tickets_connection_get_secret         (TicketsConnection *self);
/* Notifies "remembered" when it changes. */
void        tickets_connection_set_remembered     (TicketsConnection *self,
                                                   gboolean           remembered);
/* Whether sign_in_kind has what it needs besides its secret, as
 * tickets_connection_new() requires: a resource for an order or a request,
 * a user name without a colon for staff. */
gboolean    tickets_connection_has_required_parts (TicketsSignInKind  sign_in_kind,
                                                   const char        *resource,
                                                   const char        *user);

G_END_DECLS
