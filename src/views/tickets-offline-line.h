/* tickets-offline-line.h: "Offline, last updated 12 minutes ago" over what
 * the cache showed because the server could not be asked
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "tickets-resource.h"

G_BEGIN_DECLS

#define TICKETS_TYPE_OFFLINE_LINE (tickets_offline_line_get_type ())

G_DECLARE_FINAL_TYPE (TicketsOfflineLine, tickets_offline_line, TICKETS, OFFLINE_LINE, GtkBox)

/* The line shows while what it watches came from the cache (a resource's
 * "cached-at" is not 0), with the age of the oldest copy, and hides in
 * place once fresh data came. "resource": one resource (an order, a
 * request); "resources": a list of them (My tickets). Setting one clears
 * the other. */
GtkWidget  *tickets_offline_line_new           (void);
void        tickets_offline_line_set_resource  (TicketsOfflineLine *self,
                                                TicketsResource    *resource);
void        tickets_offline_line_set_resources (TicketsOfflineLine *self,
                                                GListModel         *resources);
/* What the line says now, NULL while it is hidden. */
const char *tickets_offline_line_get_text      (TicketsOfflineLine *self);

/* "Offline, last updated 12 minutes ago" for a copy fetched at @cached_at,
 * as of @now (unix seconds). (transfer full) */
char       *tickets_offline_line_format        (gint64              cached_at,
                                                gint64              now);

G_END_DECLS
