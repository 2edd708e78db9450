/* tickets-uri-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libsoup/soup.h>

G_BEGIN_DECLS

/* text resolved against base (NULL when text must be absolute): an http(s)
 * URI with a host a resolver could look up, else TICKETS_API_ERROR_INVALID_URI;
 * http:// only to this computer, else TICKETS_API_ERROR_INSECURE. */
GUri     *tickets_uri_parse          (GUri        *base,
                                      const char  *text,
                                      GError     **error);
/* Same scheme, host (whatever its case) and port, the default port counting
 * as written out. */
gboolean  tickets_uri_is_same_origin (GUri        *a,
                                      GUri        *b);

G_END_DECLS
