/* tickets-history-view.h: whose names an order's tickets were given, newest first
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tickets-session.h"

G_BEGIN_DECLS

#define TICKETS_TYPE_HISTORY_VIEW (tickets_history_view_get_type ())

G_DECLARE_FINAL_TYPE (TicketsHistoryView, tickets_history_view, TICKETS, HISTORY_VIEW, AdwBin)

/* Properties:
 *   "showing-details" (gboolean, read-only): one personalization's details
 *   are shown; "history.back" returns to the list.
 *
 * Actions: "history.reload" (load the list again), "history.back" (from the
 * details to the list; also Alt+Left and Escape inside the view). */
GtkWidget *tickets_history_view_new                 (void);
/* order: the order's URI or uid; the session's auth is its Order-Token or
 * Cognito-Token. */
void       tickets_history_view_load                (TicketsHistoryView *self,
                                                     TicketsSession     *session,
                                                     const char         *order);
void       tickets_history_view_reload              (TicketsHistoryView *self);
void       tickets_history_view_show_list           (TicketsHistoryView *self);
gboolean   tickets_history_view_get_showing_details (TicketsHistoryView *self);

G_END_DECLS
