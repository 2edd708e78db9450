/* tickets-cache.h: what the server last said, kept for when it cannot answer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One SQLite file per server and identity (tickets_auth_dup_identity ()),
 * in $XDG_CACHE_HOME/tickets/ (folder 0700, files 0600), so that a fan's
 * data never shows under a staff sign-in. Each resource is kept as the
 * JSON the server answered, by its URI, with the time it was fetched.
 * Safe to call from any thread (the loads write from their parse thread).
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define TICKETS_TYPE_CACHE (tickets_cache_get_type ())

G_DECLARE_FINAL_TYPE (TicketsCache, tickets_cache, TICKETS, CACHE, GObject)

/* $XDG_CACHE_HOME/tickets. (transfer full) */
char         *tickets_cache_dup_default_dir   (void);
/* The file of @server's cache for @identity in @dir (NULL: the default
 * folder): "<identity kind>-<hash of server and identity>.sqlite", so that
 * the name says neither. (transfer full) */
char         *tickets_cache_dup_path          (const char   *dir,
                                               const char   *server,
                                               const char   *identity);

/* Opens (creating the folder 0700 and the file 0600) the cache of @server
 * for @identity in @dir (NULL: the default folder). */
TicketsCache *tickets_cache_open              (const char   *dir,
                                               const char   *server,
                                               const char   *identity,
                                               GError      **error);
const char   *tickets_cache_get_path          (TicketsCache *self);

/* Keeps @json as what @uri answered at @fetched (unix seconds; 0: now). */
gboolean      tickets_cache_put               (TicketsCache *self,
                                               const char   *uri,
                                               GBytes       *json,
                                               gint64        fetched,
                                               GError      **error);
/* What @uri last answered, and when (unix seconds); NULL when never. */
GBytes       *tickets_cache_get               (TicketsCache *self,
                                               const char   *uri,
                                               gint64       *fetched);

/* Deletes the cache of @server for @identity (and its WAL files). No
 * cache is no error. */
gboolean      tickets_cache_delete            (const char   *dir,
                                               const char   *server,
                                               const char   *identity,
                                               GError      **error);
/* Deletes the staff ("basic-") caches in @dir (NULL: the default) not
 * written for @days days. Returns how many went. */
guint         tickets_cache_prune_staff       (const char   *dir,
                                               guint         days);

G_END_DECLS
