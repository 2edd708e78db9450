/* tickets-retry-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libsoup/soup.h>

G_BEGIN_DECLS

/* Enough to ride out a dropped connection or a restarting server, short
 * enough that a person waits for it: about 3.5 s in all at the defaults. */
#define TICKETS_RETRY_DEFAULT_MAX_ATTEMPTS  4
#define TICKETS_RETRY_DEFAULT_DELAY_MS      500

gint64   tickets_retry_get_retry_after (SoupMessage  *msg);
gboolean tickets_retry_get_delay       (const char   *method,
                                        guint         attempt,
                                        guint         max_attempts,
                                        guint         initial_delay_ms,
                                        const GError *error,
                                        SoupMessage  *msg,
                                        guint64      *delay);

G_END_DECLS
