/* tickets-store-cache.c: the store's caches, one per identity
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tickets-store-load-private.h"

/* The caches are opened on first use and kept by identity. The loads put
 * from their parse thread, so the table is behind a lock; the caches
 * themselves are safe from any thread. */

G_LOCK_DEFINE_STATIC (caches);

/* An identity that failed to open is kept as this, so that one warning is
 * enough. */
static char no_cache;
#define NO_CACHE ((gpointer) &no_cache)

static void
close_cache (gpointer cache)
{
  if (cache != NO_CACHE)
    g_object_unref (cache);
}

/* The cache of @auth's identity, opened on first use; a reference when
 * @ref, for callers in other threads. */
static TicketsCache *
lookup_cache (TicketsStore *self,
              TicketsAuth  *auth,
              gboolean      ref)
{
  g_autofree char *identity = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  const char *server;
  TicketsCache *cache;

  if (auth == NULL)
    auth = tickets_client_get_auth (self->client);

  G_LOCK (caches);

  if (self->cache_dir == NULL)
    {
      G_UNLOCK (caches);
      return NULL;
    }

  identity = auth != NULL ? tickets_auth_dup_identity (auth) : g_strdup ("none");
  server = self->server_key != NULL ? self->server_key : self->base;
  if (self->caches == NULL)
    self->caches = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, close_cache);

  /* By identity, so that the session can close one it forgets; one of
   * another folder or server (set_storage() again) is closed for this. */
  cache = g_hash_table_lookup (self->caches, identity);
  if (cache != NULL && cache != NO_CACHE)
    {
      path = tickets_cache_dup_path (self->cache_dir, server, identity);
      if (g_strcmp0 (path, tickets_cache_get_path (cache)) != 0)
        {
          g_hash_table_remove (self->caches, identity);
          cache = NULL;
        }
    }
  if (cache == NULL)
    {
      cache = tickets_cache_open (self->cache_dir, server, identity, &error);
      if (cache == NULL)
        {
          /* The reason only: the identity and the folder may say who. */
          g_warning ("No cache for this sign-in: %s", error->message);
          cache = NO_CACHE;
        }
      g_hash_table_insert (self->caches, g_strdup (identity), cache);
    }

  if (cache == NO_CACHE)
    cache = NULL;
  else if (ref)
    g_object_ref (cache);

  G_UNLOCK (caches);

  return cache;
}

/**
 * tickets_store_get_cache:
 * @self: a #TicketsStore
 * @auth: (nullable): whose cache; NULL for the client's auth
 *
 * Returns: (transfer none) (nullable): the cache of @auth's identity on
 * this server, NULL before tickets_store_set_storage() gave a cache folder
 * or when it could not be opened (a warning says so, and loads go on
 * without). Good until the session forgets the identity or the storage
 * changes: whoever keeps it takes a reference.
 */
TicketsCache *
tickets_store_get_cache (TicketsStore *self,
                         TicketsAuth  *auth)
{
  g_return_val_if_fail (TICKETS_IS_STORE (self), NULL);

  return lookup_cache (self, auth, FALSE);
}

/* URIs under the server's base are kept by what follows it ("orders/<uid>"):
 * the demo server's address changes from run to run, its data does not. */
char *
tickets_store_cache_key (TicketsStore *self,
                         const char   *uri)
{
  if (self->base != NULL && g_str_has_prefix (uri, self->base) && uri[strlen (self->base)] != '\0')
    return g_strdup (uri + strlen (self->base));

  return g_strdup (uri);
}

void
tickets_store_cache_put (TicketsStore *self,
                         TicketsAuth  *auth,
                         const char   *uri,
                         GBytes       *json)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *key = NULL;
  g_autoptr(TicketsCache) cache = NULL;

  cache = lookup_cache (self, auth, TRUE);
  if (cache == NULL)
    return;

  key = tickets_store_cache_key (self, uri);
  if (!tickets_cache_put (cache, key, json, 0, &error))
    g_warning ("Not kept in the cache: %s", error->message);
}

void
tickets_store_close_cache (TicketsStore *self,
                           const char   *identity)
{
  G_LOCK (caches);
  if (self->caches != NULL)
    g_hash_table_remove (self->caches, identity);
  G_UNLOCK (caches);
}

void
tickets_store_set_cache_dir (TicketsStore *self,
                             const char   *cache_dir)
{
  G_LOCK (caches);
  g_free (self->cache_dir);
  self->cache_dir = g_strdup (cache_dir);
  G_UNLOCK (caches);
}

void
tickets_store_caches_finalize (TicketsStore *self)
{
  g_clear_pointer (&self->caches, g_hash_table_unref);
  g_clear_pointer (&self->cached_lists, g_hash_table_unref);
  g_clear_pointer (&self->cache_dir, g_free);
}
