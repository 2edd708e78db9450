/* tickets-cache.c: what the server last said, kept for when it cannot answer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "tickets-cache.h"

/* One table, one row a URI, replaced by each put.
 *
 * A cache may always be thrown away: a file SQLite cannot read is deleted
 * and made again, and nothing here is ever the only copy. Its rows hold
 * names and emails, so nothing here logs them; errors name the cause only. */

#define SCHEMA_VERSION 1

static const char schema_sql[] =
  "CREATE TABLE IF NOT EXISTS resources ("
  "  uri TEXT PRIMARY KEY,"
  "  json BLOB NOT NULL,"
  "  fetched INTEGER NOT NULL);";   /* unix seconds */

struct _TicketsCache
{
  GObject  parent_instance;

  char    *path;
  /* Opened SQLITE_OPEN_FULLMUTEX: the loads put from their parse thread
   * while the main thread reads. */
  sqlite3 *db;
};

G_DEFINE_FINAL_TYPE (TicketsCache, tickets_cache, G_TYPE_OBJECT)

static void
tickets_cache_finalize (GObject *object)
{
  TicketsCache *self = TICKETS_CACHE (object);

  g_clear_pointer (&self->db, sqlite3_close_v2);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (tickets_cache_parent_class)->finalize (object);
}

static void
tickets_cache_class_init (TicketsCacheClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tickets_cache_finalize;
}

static void
tickets_cache_init (TicketsCache *self)
{
}

char *
tickets_cache_dup_default_dir (void)
{
  return g_build_filename (g_get_user_cache_dir (), "tickets", NULL);
}

char *
tickets_cache_dup_path (const char *dir,
                        const char *server,
                        const char *identity)
{
  g_autofree char *default_dir = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *kind = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GChecksum) checksum = NULL;
  const char *dash;

  g_return_val_if_fail (server != NULL, NULL);
  g_return_val_if_fail (identity != NULL, NULL);

  if (dir == NULL)
    dir = default_dir = tickets_cache_dup_default_dir ();

  /* The server and the identity's hash are both in the hash, so the name
   * tells neither; only the kind shows, for prune_staff(). */
  checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_checksum_update (checksum, (const guchar *) server, strlen (server) + 1);
  g_checksum_update (checksum, (const guchar *) identity, strlen (identity));
  hash = g_strndup (g_checksum_get_string (checksum), 32);

  dash = strchr (identity, '-');
  kind = dash != NULL ? g_strndup (identity, dash - identity) : g_strdup (identity);
  g_strcanon (kind, "abcdefghijklmnopqrstuvwxyz0123456789", '_');
  name = g_strdup_printf ("%s-%s.sqlite", kind, hash);

  return g_build_filename (dir, name, NULL);
}

static gboolean
set_sqlite_error (sqlite3     *db,
                  int          rc,
                  const char  *what,
                  GError     **error)
{
  GIOErrorEnum code = G_IO_ERROR_FAILED;

  switch (rc & 0xff)
    {
    case SQLITE_FULL:
      code = G_IO_ERROR_NO_SPACE;
      break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
      code = G_IO_ERROR_PERMISSION_DENIED;
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      code = G_IO_ERROR_BUSY;
      break;
    default:
      break;
    }

  g_set_error (error, G_IO_ERROR, code, "Cache %s: %s", what,
               db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
  return FALSE;
}

/* The file 0600 before SQLite opens it: SQLite gives its -wal and -shm
 * files the mode of the database's. */
static gboolean
create_private (const char  *path,
                GError     **error)
{
  int fd = g_open (path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  int saved_errno = errno;

  if (fd < 0 || fchmod (fd, 0600) != 0)
    {
      saved_errno = fd < 0 ? saved_errno : errno;
      if (fd >= 0)
        close (fd);
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   "Cache file: %s", g_strerror (saved_errno));
      return FALSE;
    }

  close (fd);
  return TRUE;
}

static void
delete_files (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (gsize i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
}

static int
open_db (const char  *path,
         sqlite3    **db_out)
{
  sqlite3 *db = NULL;
  int rc;

  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_busy_timeout (db, 2000);
  /* WAL: reads do not wait for the parse thread's writes. NORMAL: a crash
   * may lose the last puts, which the next load brings again. */
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;", NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (db, schema_sql, NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (db, "PRAGMA user_version=" G_STRINGIFY (SCHEMA_VERSION), NULL, NULL, NULL);

  *db_out = db;
  return rc;
}

TicketsCache *
tickets_cache_open (const char  *dir,
                    const char  *server,
                    const char  *identity,
                    GError     **error)
{
  g_autoptr(TicketsCache) self = NULL;
  g_autofree char *default_dir = NULL;
  int rc;

  g_return_val_if_fail (server != NULL, NULL);
  g_return_val_if_fail (identity != NULL, NULL);

  if (dir == NULL)
    dir = default_dir = tickets_cache_dup_default_dir ();

  if (g_mkdir_with_parents (dir, 0700) != 0 || g_chmod (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   "Cache folder: %s", g_strerror (saved_errno));
      return NULL;
    }

  self = g_object_new (TICKETS_TYPE_CACHE, NULL);
  self->path = tickets_cache_dup_path (dir, server, identity);

  if (!create_private (self->path, error))
    return NULL;

  rc = open_db (self->path, &self->db);
  if ((rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB)
    {
      /* Only a copy: start again rather than go without. */
      g_clear_pointer (&self->db, sqlite3_close_v2);
      delete_files (self->path);
      if (!create_private (self->path, error))
        return NULL;
      rc = open_db (self->path, &self->db);
    }
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (self->db, rc, "open", error);
      return NULL;
    }

  return g_steal_pointer (&self);
}

const char *
tickets_cache_get_path (TicketsCache *self)
{
  g_return_val_if_fail (TICKETS_IS_CACHE (self), NULL);

  return self->path;
}

gboolean
tickets_cache_put (TicketsCache  *self,
                   const char    *uri,
                   GBytes        *json,
                   gint64         fetched,
                   GError       **error)
{
  sqlite3_stmt *stmt = NULL;
  gsize size;
  gconstpointer data;
  int rc;

  g_return_val_if_fail (TICKETS_IS_CACHE (self), FALSE);
  g_return_val_if_fail (uri != NULL, FALSE);
  g_return_val_if_fail (json != NULL, FALSE);

  if (fetched == 0)
    fetched = g_get_real_time () / G_USEC_PER_SEC;
  data = g_bytes_get_data (json, &size);

  rc = sqlite3_prepare_v2 (self->db,
                           "INSERT OR REPLACE INTO resources (uri, json, fetched) VALUES (?, ?, ?)",
                           -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_bind_text (stmt, 1, uri, -1, SQLITE_STATIC);
  if (rc == SQLITE_OK)
    rc = sqlite3_bind_blob64 (stmt, 2, size > 0 ? data : "", size, SQLITE_STATIC);
  if (rc == SQLITE_OK)
    rc = sqlite3_bind_int64 (stmt, 3, fetched);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);

  if (rc != SQLITE_DONE)
    return set_sqlite_error (self->db, rc, "write", error);

  return TRUE;
}

GBytes *
tickets_cache_get (TicketsCache *self,
                   const char   *uri,
                   gint64       *fetched)
{
  sqlite3_stmt *stmt = NULL;
  GBytes *json = NULL;

  g_return_val_if_fail (TICKETS_IS_CACHE (self), NULL);
  g_return_val_if_fail (uri != NULL, NULL);

  if (sqlite3_prepare_v2 (self->db, "SELECT json, fetched FROM resources WHERE uri = ?", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_bind_text (stmt, 1, uri, -1, SQLITE_STATIC) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    {
      json = g_bytes_new (sqlite3_column_blob (stmt, 0), sqlite3_column_bytes (stmt, 0));
      if (fetched != NULL)
        *fetched = sqlite3_column_int64 (stmt, 1);
    }
  sqlite3_finalize (stmt);

  return json;
}

gboolean
tickets_cache_delete (const char  *dir,
                      const char  *server,
                      const char  *identity,
                      GError     **error)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };
  g_autofree char *path = NULL;

  g_return_val_if_fail (server != NULL, FALSE);
  g_return_val_if_fail (identity != NULL, FALSE);

  path = tickets_cache_dup_path (dir, server, identity);
  for (gsize i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      if (g_unlink (file) != 0 && errno != ENOENT)
        {
          int saved_errno = errno;

          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       "Cache not deleted: %s", g_strerror (saved_errno));
          return FALSE;
        }
    }

  return TRUE;
}

/* The last write of a cache in WAL mode may be in its -wal file only. */
static gint64
last_written (const char *path)
{
  static const char * const suffixes[] = { "", "-wal" };
  gint64 newest = 0;

  for (gsize i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      GStatBuf buf;

      if (g_stat (file, &buf) == 0)
        newest = MAX (newest, (gint64) buf.st_mtime);
    }

  return newest;
}

guint
tickets_cache_prune_staff (const char *dir,
                           guint       days)
{
  g_autofree char *default_dir = NULL;
  g_autoptr(GDir) folder = NULL;
  gint64 before;
  const char *name;
  guint n = 0;

  if (dir == NULL)
    dir = default_dir = tickets_cache_dup_default_dir ();

  folder = g_dir_open (dir, 0, NULL);
  if (folder == NULL)
    return 0;

  before = g_get_real_time () / G_USEC_PER_SEC - (gint64) days * 24 * 60 * 60;
  while ((name = g_dir_read_name (folder)) != NULL)
    {
      g_autofree char *path = NULL;

      /* Only the database: its -wal and -shm go with it. */
      if (!g_str_has_prefix (name, "basic-") || !g_str_has_suffix (name, ".sqlite"))
        continue;

      path = g_build_filename (dir, name, NULL);
      if (last_written (path) >= before)
        continue;

      delete_files (path);
      n++;
    }

  return n;
}
