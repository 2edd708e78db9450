/* tickets-store-load-private.h: the loads' engine, for tickets-store-load.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tickets-store-private.h"

G_BEGIN_DECLS

typedef gpointer (*TicketsLoadParseFunc) (GBytes  *bytes,
                                          GError **error);
typedef gpointer (*TicketsLoadAdoptFunc) (TicketsStore *self,
                                          gpointer      fresh);

typedef enum
{
  /* Never kept nor read back: a scan's verdict must be the server's. */
  TICKETS_LOAD_UNCACHED,
  /* One resource: kept; shown from the cache first when the store does
   * not hold it yet, and when the server cannot be reached. */
  TICKETS_LOAD_CACHED_RESOURCE,
  /* A list the load returns anew (a GListStore): the same, the list
   * shown from the cache updated in place by the server's answer. */
  TICKETS_LOAD_CACHED_LIST,
} TicketsLoadCaching;

typedef struct
{
  TicketsLoadParseFunc parse;
  TicketsLoadAdoptFunc adopt;
  /* whether adopt() returns a new object (a list) rather than a known one */
  gboolean             adopt_returns_new;
  TicketsLoadCaching   caching;
  /* TICKETS_LOAD_CACHED_RESOURCE: the offset in TicketsStore of the
   * identity map that says whether the store holds it */
  glong                map_offset;
  /* An order: its first tickets are kept apart too, so that a reopen
   * shows them before the whole answer is parsed */
  gboolean             head;
} TicketsLoad;

/* GETs @uri (taken) with @auth, parses it in a thread with @load and
 * returns what adopt() returned (transfer full) to tickets_store_task_finish
 * (@source_tag). */
void tickets_store_load_async (TicketsStore        *self,
                               char                *uri,
                               TicketsAuth         *auth,
                               const TicketsLoad   *load,
                               gpointer             source_tag,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data);

/* The first @n_tickets tickets embedded in an order's JSON, with all the
 * rest of it (its events, products, links); NULL when it has no more
 * tickets than that, or is not an order's JSON. Scans the bytes without
 * parsing them. (transfer full) */
GBytes *tickets_store_dup_order_head (GBytes *json,
                                      guint   n_tickets);

/* tickets-store-cache.c: what @uri is kept as in a cache: its part after
 * the server's base URI, else itself. (transfer full) */
char *tickets_store_cache_key (TicketsStore *self,
                               const char   *uri);

G_END_DECLS
