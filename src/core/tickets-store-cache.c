/* tickets-store-cache.c: STUB until the cache lands
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-store-private.h"

TicketsCache *
tickets_store_get_cache (TicketsStore *self,
                         TicketsAuth  *auth)
{
  return NULL;
}

void
tickets_store_cache_put (TicketsStore *self,
                         TicketsAuth  *auth,
                         const char   *uri,
                         GBytes       *json)
{
}

void
tickets_store_caches_finalize (TicketsStore *self)
{
  g_clear_pointer (&self->caches, g_hash_table_unref);
  g_clear_pointer (&self->cache_dir, g_free);
}
