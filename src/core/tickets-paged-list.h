/* tickets-paged-list.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define TICKETS_TYPE_PAGED_LIST (tickets_paged_list_get_type ())

G_DECLARE_FINAL_TYPE (TicketsPagedList, tickets_paged_list, TICKETS, PAGED_LIST, GObject)

gboolean      tickets_paged_list_get_loading    (TicketsPagedList *self);
const GError *tickets_paged_list_get_error      (TicketsPagedList *self);
gint64        tickets_paged_list_get_item_count (TicketsPagedList *self);
gboolean      tickets_paged_list_get_has_more   (TicketsPagedList *self);
void          tickets_paged_list_load_more      (TicketsPagedList *self);
void          tickets_paged_list_reload         (TicketsPagedList *self);

G_END_DECLS
