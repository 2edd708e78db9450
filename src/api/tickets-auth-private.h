/* tickets-auth-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tickets-auth.h"

G_BEGIN_DECLS

const char *tickets_auth_get_header_name  (TicketsAuth *self);
const char *tickets_auth_get_header_value (TicketsAuth *self);

/* A copy of a token without the white space around it, which pasting from
 * emails and web pages brings along; free it with tickets_secret_free(). */
char       *tickets_secret_dup_stripped   (const char  *text);

G_END_DECLS
