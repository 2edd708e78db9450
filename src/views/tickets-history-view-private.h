/* tickets-history-view-private.h: what the widget tests read off the history view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tickets-history-view.h"
#include "tickets-personalization-details.h"

G_BEGIN_DECLS

/* "loading", "empty", "error", "list" or "details". */
const char                    *tickets_history_view_get_page_name      (TicketsHistoryView *self);
const char                    *tickets_history_view_get_error_text     (TicketsHistoryView *self);
/* Shown only when reloading the details failed. */
const char                    *tickets_history_view_get_details_error_text (TicketsHistoryView *self);
GtkListBox                    *tickets_history_view_get_list_box       (TicketsHistoryView *self);
TicketsPersonalizationDetails *tickets_history_view_get_details        (TicketsHistoryView *self);
/* The personalizations as listed, newest first. */
GListModel                    *tickets_history_view_get_personalizations (TicketsHistoryView *self);

G_END_DECLS
