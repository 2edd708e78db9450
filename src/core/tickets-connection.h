/* tickets-connection.h: which server, and how the user signs in to it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A connection is a value: it holds its secret (a token or a password) for
 * as long as it lives. Remembering it between runs is in
 * tickets-connection-keyring.h.
 */

#pragma once

#include <gio/gio.h>

#include "tickets-auth.h"

G_BEGIN_DECLS

typedef enum
{
  TICKETS_SERVER_DEMO,
  TICKETS_SERVER_PAYLOGIC,
  TICKETS_SERVER_CUSTOM,
} TicketsServerKind;

typedef enum
{
  TICKETS_SIGN_IN_ORDER,    /* an order link and its order token */
  TICKETS_SIGN_IN_COGNITO,  /* a Cognito token: "My tickets" */
  TICKETS_SIGN_IN_REQUEST,  /* a personalization-request link and its token, for a friend */
  TICKETS_SIGN_IN_STAFF,    /* box-office credentials (user name and password) */
} TicketsSignInKind;

#define TICKETS_PAYLOGIC_SERVER "https://shopping-api.paylogic.com"

#define TICKETS_TYPE_SERVER_KIND  (tickets_server_kind_get_type ())
#define TICKETS_TYPE_SIGN_IN_KIND (tickets_sign_in_kind_get_type ())
#define TICKETS_TYPE_CONNECTION   (tickets_connection_get_type ())

G_DECLARE_FINAL_TYPE (TicketsConnection, tickets_connection, TICKETS, CONNECTION, GObject)

GType              tickets_server_kind_get_type     (void) G_GNUC_CONST;
GType              tickets_sign_in_kind_get_type    (void) G_GNUC_CONST;

/* server is only used for TICKETS_SERVER_CUSTOM; resource is the order or
 * personalization-request URI (NULL for Cognito and staff); user is the staff
 * user name (NULL otherwise, and without a colon); secret is the token or
 * password, see tickets_connection_check_secret(). */
TicketsConnection *tickets_connection_new           (TicketsServerKind     server_kind,
                                                     const char           *server,
                                                     TicketsSignInKind     sign_in_kind,
                                                     const char           *resource,
                                                     const char           *user,
                                                     const char           *secret);

TicketsServerKind  tickets_connection_get_server_kind  (TicketsConnection *self);
/* The custom server's URL; for the others, NULL. */
const char        *tickets_connection_get_server       (TicketsConnection *self);
TicketsSignInKind  tickets_connection_get_sign_in_kind (TicketsConnection *self);
const char        *tickets_connection_get_resource     (TicketsConnection *self);
const char        *tickets_connection_get_user         (TicketsConnection *self);
/* How requests prove the sign-in: order token, Cognito token,
 * personalization-request token, or Basic user and password. */
TicketsAuth       *tickets_connection_dup_auth         (TicketsConnection *self);
/* TRUE once saved to (or restored from) the Secret Service; FALSE once
 * saving failed: the secret then lives only in this object, for this
 * session. Notifies "remembered". */
gboolean           tickets_connection_get_remembered   (TicketsConnection *self);

/* Whether tickets_connection_new() takes secret for sign_in_kind: a token
 * holds something besides white space around it and no line break inside
 * (it is kept without that white space); a password is not empty. */
gboolean           tickets_connection_check_secret     (TicketsSignInKind     sign_in_kind,
                                                        const char           *secret);
/* Whether a custom server's address can be used: fails with
 * TICKETS_API_ERROR_INVALID_URI (also for a user name or password in it,
 * which would be saved unprotected), or TICKETS_API_ERROR_INSECURE for
 * plain http to anything but this computer, in words for the user. */
gboolean           tickets_connection_check_server     (const char           *server,
                                                        GError              **error);

G_END_DECLS
