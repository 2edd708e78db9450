/* tickets-cache.c: STUB until the cache lands (see tickets-cache.h)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-cache.h"

struct _TicketsCache
{
  GObject  parent_instance;
  char    *path;
};

G_DEFINE_FINAL_TYPE (TicketsCache, tickets_cache, G_TYPE_OBJECT)

static void tickets_cache_class_init (TicketsCacheClass *klass) { }
static void tickets_cache_init (TicketsCache *self) { }

char *tickets_cache_dup_default_dir (void) { return g_build_filename (g_get_user_cache_dir (), "tickets", NULL); }
char *tickets_cache_dup_path (const char *dir, const char *server, const char *identity) { return NULL; }
TicketsCache *tickets_cache_open (const char *dir, const char *server, const char *identity, GError **error) { return g_object_new (TICKETS_TYPE_CACHE, NULL); }
const char *tickets_cache_get_path (TicketsCache *self) { return self->path; }
gboolean tickets_cache_put (TicketsCache *self, const char *uri, GBytes *json, gint64 fetched, GError **error) { return TRUE; }
GBytes *tickets_cache_get (TicketsCache *self, const char *uri, gint64 *fetched) { return NULL; }
char *tickets_cache_dup_last (TicketsCache *self, const char *collection) { return NULL; }
gboolean tickets_cache_delete (const char *dir, const char *server, const char *identity, GError **error) { return TRUE; }
guint tickets_cache_prune_staff (const char *dir, guint days) { return 0; }
