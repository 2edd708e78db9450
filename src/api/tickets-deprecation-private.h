/* tickets-deprecation-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>
#include <libsoup/soup.h>

G_BEGIN_DECLS

/* The warnings in a successful answer, in the order found: the Deprecation
 * header, the text of each Warning, then the body's top-level deprecation
 * members. Never NULL; empty texts are left out. */
GPtrArray *tickets_deprecation_collect (SoupMessageHeaders *headers,
                                        GBytes             *body);
/* Logs each warning of the answer from uri that is not in logged (a set of
 * texts) yet, and adds it there. */
void       tickets_deprecation_log     (GHashTable         *logged,
                                        GUri               *uri,
                                        SoupMessageHeaders *headers,
                                        GBytes             *body);

G_END_DECLS
