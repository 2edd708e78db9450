/* tickets-auth.h: how requests prove who sends them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Apart from the client so that views can hold an auth without libsoup.
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  TICKETS_AUTH_NONE,
  TICKETS_AUTH_BASIC,
  TICKETS_AUTH_BEARER,
  TICKETS_AUTH_ORDER_TOKEN,
  TICKETS_AUTH_COGNITO_TOKEN,
  TICKETS_AUTH_PERSONALIZATION_REQUEST_TOKEN,
} TicketsAuthMode;

#define TICKETS_TYPE_AUTH_MODE (tickets_auth_mode_get_type ())
#define TICKETS_TYPE_AUTH      (tickets_auth_get_type ())

/* How requests prove who sends them; immutable. The secret is never logged
 * and is wiped from memory when the last reference goes. */
typedef struct _TicketsAuth TicketsAuth;

GType               tickets_auth_mode_get_type      (void) G_GNUC_CONST;
GType               tickets_auth_get_type           (void) G_GNUC_CONST;
TicketsAuth        *tickets_auth_new_none           (void);
/* user has no colon (RFC 7617). */
TicketsAuth        *tickets_auth_new_basic          (const char          *user,
                                                     const char          *password);
/* mode is one of the token modes; white space around token is dropped, and
 * what is left must be neither empty nor hold a line break. */
TicketsAuth        *tickets_auth_new_token          (TicketsAuthMode      mode,
                                                     const char          *token);
TicketsAuth        *tickets_auth_ref                (TicketsAuth         *self);
void                tickets_auth_unref              (TicketsAuth         *self);
TicketsAuthMode     tickets_auth_get_mode           (TicketsAuth         *self);
/* Who this auth is, without its secret: "<mode>-<hash of the secret>",
 * the same for the same secret and nothing else; "none" without one. The
 * cache and the outbox keep data apart by it; "basic-" starts the staff
 * ones. */
char               *tickets_auth_dup_identity       (TicketsAuth         *self);

/* Frees a token or password that was copied out of an auth's reach, wiping
 * it first. */
void                tickets_secret_free             (char                *secret);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TicketsAuth, tickets_auth_unref)

G_END_DECLS
