/* tickets-request-view-private.h: what the widget tests read off the request view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tickets-request-view.h"

G_BEGIN_DECLS

GtkListView *tickets_request_view_get_list_view    (TicketsRequestView *self);
const char  *tickets_request_view_get_title_text   (TicketsRequestView *self);
const char  *tickets_request_view_get_summary_text (TicketsRequestView *self);
/* NULL while the confirmation is hidden. */
const char  *tickets_request_view_get_done_text    (TicketsRequestView *self);
/* "tickets", "cancelled" or "empty". */
const char  *tickets_request_view_get_page_name    (TicketsRequestView *self);

G_END_DECLS
