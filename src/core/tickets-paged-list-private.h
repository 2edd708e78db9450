/* tickets-paged-list-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tickets-cache.h"
#include "tickets-client.h"
#include "tickets-paged-list.h"
#include "tickets-parse.h"

G_BEGIN_DECLS

typedef TicketsParsedPage *(*TicketsPageParseFunc) (GBytes  *bytes,
                                                    GError **error);

/* Swaps a freshly parsed item for the one the store already holds. */
typedef gpointer (*TicketsAdoptFunc) (GObject  *owner,
                                      gpointer  item);

TicketsPagedList *tickets_paged_list_new (TicketsClient        *client,
                                          const char           *first_uri,
                                          TicketsAuth          *auth,
                                          GType                 item_type,
                                          TicketsPageParseFunc  parse,
                                          TicketsAdoptFunc      adopt,
                                          GObject              *owner);

/* Keeps each page in @cache (by its URI after @base), and shows the kept
 * copy of a page when the server cannot answer now. Before the first
 * load_more(). */
void              tickets_paged_list_set_cache (TicketsPagedList     *self,
                                                TicketsCache         *cache,
                                                const char           *base);

G_END_DECLS
