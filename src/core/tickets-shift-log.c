/* tickets-shift-log.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "tickets-shift-log.h"

/* The counter's lookups, one SQLite file per server and staff member. The
 * list holds the newest MAX_LOADED of the file (a shift that never clears
 * its log stays cheap to open); find() asks the file itself, by an index,
 * for what lies beyond them. Rows hold the time, the code, the verdict and
 * the event: no column could take a name or an email. */

#define MAX_LOADED 5000

/* version 1: lookups and prints as below. */
#define SCHEMA_VERSION 1

static const char schema_sql[] =
  "CREATE TABLE IF NOT EXISTS lookups ("
  "  id INTEGER PRIMARY KEY,"
  "  time INTEGER NOT NULL," /* unix time, µs, UTC */
  "  code TEXT NOT NULL,"
  "  kind INTEGER NOT NULL,"
  "  event TEXT);"
  "CREATE INDEX IF NOT EXISTS lookups_code ON lookups (code);"
  "CREATE TABLE IF NOT EXISTS prints ("
  "  code TEXT PRIMARY KEY,"
  "  count INTEGER NOT NULL);";

struct _TicketsShiftEntry
{
  GObject             parent_instance;

  GDateTime          *time;
  char               *code;
  TicketsVerdictKind  kind;
  char               *event;
};

G_DEFINE_FINAL_TYPE (TicketsShiftEntry, tickets_shift_entry, G_TYPE_OBJECT)

static void
tickets_shift_entry_finalize (GObject *object)
{
  TicketsShiftEntry *self = TICKETS_SHIFT_ENTRY (object);

  g_clear_pointer (&self->time, g_date_time_unref);
  g_free (self->code);
  g_free (self->event);

  G_OBJECT_CLASS (tickets_shift_entry_parent_class)->finalize (object);
}

static void
tickets_shift_entry_class_init (TicketsShiftEntryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tickets_shift_entry_finalize;
}

static void
tickets_shift_entry_init (TicketsShiftEntry *self)
{
}

static TicketsShiftEntry *
shift_entry_new (GDateTime          *time,
                 const char         *code,
                 TicketsVerdictKind  kind,
                 const char         *event)
{
  TicketsShiftEntry *self = g_object_new (TICKETS_TYPE_SHIFT_ENTRY, NULL);

  self->time = g_date_time_ref (time);
  self->code = g_strdup (code);
  self->kind = kind;
  self->event = g_strdup (event);

  return self;
}

GDateTime *
tickets_shift_entry_get_time (TicketsShiftEntry *self)
{
  g_return_val_if_fail (TICKETS_IS_SHIFT_ENTRY (self), NULL);

  return self->time;
}

const char *
tickets_shift_entry_get_code (TicketsShiftEntry *self)
{
  g_return_val_if_fail (TICKETS_IS_SHIFT_ENTRY (self), NULL);

  return self->code;
}

TicketsVerdictKind
tickets_shift_entry_get_kind (TicketsShiftEntry *self)
{
  g_return_val_if_fail (TICKETS_IS_SHIFT_ENTRY (self), TICKETS_VERDICT_NOT_FOUND);

  return self->kind;
}

const char *
tickets_shift_entry_get_event (TicketsShiftEntry *self)
{
  g_return_val_if_fail (TICKETS_IS_SHIFT_ENTRY (self), NULL);

  return self->event;
}

struct _TicketsShiftLog
{
  GObject     parent_instance;

  sqlite3    *db;
  sqlite3_stmt *insert;
  sqlite3_stmt *find;
  /* Entries oldest first, so that add() appends; position p of the list
   * is entries[len - 1 - p]. */
  GPtrArray  *entries;
  /* code → its newest entry among @entries. */
  GHashTable *latest;
  /* code → an entry find() read from the file, beyond @entries. */
  GHashTable *older;
  /* The file holds rows older than @entries (only those with id below
   * @oldest_loaded are worth asking it for). */
  gboolean    truncated;
  gint64      oldest_loaded;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TicketsShiftLog, tickets_shift_log, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
tickets_shift_log_get_item_type (GListModel *model)
{
  return TICKETS_TYPE_SHIFT_ENTRY;
}

static guint
tickets_shift_log_get_n_items (GListModel *model)
{
  return TICKETS_SHIFT_LOG (model)->entries->len;
}

static gpointer
tickets_shift_log_get_item (GListModel *model,
                            guint       position)
{
  TicketsShiftLog *self = TICKETS_SHIFT_LOG (model);

  if (position >= self->entries->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->entries, self->entries->len - 1 - position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = tickets_shift_log_get_item_type;
  iface->get_n_items = tickets_shift_log_get_n_items;
  iface->get_item = tickets_shift_log_get_item;
}

static void
tickets_shift_log_finalize (GObject *object)
{
  TicketsShiftLog *self = TICKETS_SHIFT_LOG (object);

  g_clear_pointer (&self->insert, sqlite3_finalize);
  g_clear_pointer (&self->find, sqlite3_finalize);
  g_clear_pointer (&self->db, sqlite3_close);
  g_ptr_array_unref (self->entries);
  g_hash_table_unref (self->latest);
  g_hash_table_unref (self->older);

  G_OBJECT_CLASS (tickets_shift_log_parent_class)->finalize (object);
}

static void
tickets_shift_log_class_init (TicketsShiftLogClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tickets_shift_log_finalize;
}

static void
tickets_shift_log_init (TicketsShiftLog *self)
{
  self->entries = g_ptr_array_new_with_free_func (g_object_unref);
  /* Both tables' keys are their entries' codes. */
  self->latest = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  self->older = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
}

char *
tickets_shift_log_dup_path_for (const char *server,
                                const char *user)
{
  g_autofree char *identity = NULL;
  g_autofree char *digest = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (server != NULL, NULL);
  g_return_val_if_fail (user != NULL, NULL);

  /* A hash, so that the file's name tells no one who works where; the
   * newline keeps ("ab", "c") and ("a", "bc") apart. */
  identity = g_strconcat (server, "\n", user, NULL);
  digest = g_compute_checksum_for_string (G_CHECKSUM_SHA256, identity, -1);
  name = g_strdup_printf ("shift-log-%.16s.sqlite", digest);

  return g_build_filename (g_get_user_data_dir (), "tickets", name, NULL);
}

static gboolean
set_sqlite_error (sqlite3     *db,
                  const char  *path,
                  GError     **error)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
               /* Translators: the first %s is a file name, the second why */
               _("The shift log %s could not be opened: %s"),
               path, db != NULL ? sqlite3_errmsg (db) : g_strerror (ENOMEM));
  return FALSE;
}

/* The folder 0700 and the file 0600 before SQLite opens it. SQLite gives
 * the journal files it creates next to the database (here -wal and -shm)
 * the database file's own mode, so they are 0600 too. */
static gboolean
create_private_file (const char  *path,
                     GError     **error)
{
  g_autofree char *folder = g_path_get_dirname (path);
  int fd;

  if (g_mkdir_with_parents (folder, 0700) != 0 || g_chmod (folder, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   /* Translators: the first %s is a folder name, the second why */
                   _("The shift log's folder %s could not be made: %s"),
                   folder, g_strerror (saved_errno));
      return FALSE;
    }

  fd = g_open (path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0 || g_chmod (path, 0600) != 0)
    {
      int saved_errno = errno;

      if (fd >= 0)
        g_close (fd, NULL);
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("The shift log %s could not be opened: %s"),
                   path, g_strerror (saved_errno));
      return FALSE;
    }

  g_close (fd, NULL);
  return TRUE;
}

static GDateTime *
time_from_usec (gint64 usec)
{
  g_autoptr(GDateTime) epoch = g_date_time_new_from_unix_utc (0);

  return g_date_time_add (epoch, usec);
}

static gboolean
load_entries (TicketsShiftLog  *self,
              const char       *path,
              GError          **error)
{
  g_autoptr(GPtrArray) newest_first = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *select = NULL;
  int rc;

  if (sqlite3_prepare_v2 (self->db,
                          "SELECT id, time, code, kind, event FROM lookups"
                          " ORDER BY id DESC LIMIT ?",
                          -1, &select, NULL) != SQLITE_OK)
    return set_sqlite_error (self->db, path, error);

  sqlite3_bind_int (select, 1, MAX_LOADED + 1);
  while ((rc = sqlite3_step (select)) == SQLITE_ROW)
    {
      g_autoptr(GDateTime) time = NULL;

      if (newest_first->len == MAX_LOADED)
        {
          self->truncated = TRUE;
          break;
        }

      time = time_from_usec (sqlite3_column_int64 (select, 1));
      if (time == NULL)
        continue;
      g_ptr_array_add (newest_first,
                       shift_entry_new (time,
                                        (const char *) sqlite3_column_text (select, 2),
                                        sqlite3_column_int (select, 3),
                                        (const char *) sqlite3_column_text (select, 4)));
      self->oldest_loaded = sqlite3_column_int64 (select, 0);
    }
  sqlite3_finalize (select);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return set_sqlite_error (self->db, path, error);

  for (guint i = newest_first->len; i > 0; i--)
    {
      TicketsShiftEntry *entry = g_ptr_array_index (newest_first, i - 1);

      g_ptr_array_add (self->entries, g_object_ref (entry));
      g_hash_table_replace (self->latest, entry->code, g_object_ref (entry));
    }

  return TRUE;
}

TicketsShiftLog *
tickets_shift_log_new (const char  *path,
                       GError     **error)
{
  g_autoptr(TicketsShiftLog) self = g_object_new (TICKETS_TYPE_SHIFT_LOG, NULL);
  const char *where = path != NULL ? path : ":memory:";

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (path != NULL && !create_private_file (path, error))
    return NULL;

  if (sqlite3_open_v2 (where, &self->db,
                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                       NULL) != SQLITE_OK)
    return set_sqlite_error (self->db, where, error), NULL;

  /* A second app on the same file waits for the first's write rather
   * than failing at once. WAL with synchronous=NORMAL: a lookup's insert
   * writes without waiting for the disk, yet a crash loses at most the
   * last lookups, never the file. */
  sqlite3_busy_timeout (self->db, 2000);
  if (sqlite3_exec (self->db,
                    "PRAGMA journal_mode=WAL;"
                    "PRAGMA synchronous=NORMAL;",
                    NULL, NULL, NULL) != SQLITE_OK
      || sqlite3_exec (self->db, schema_sql, NULL, NULL, NULL) != SQLITE_OK
      || sqlite3_exec (self->db, "PRAGMA user_version=" G_STRINGIFY (SCHEMA_VERSION) ";",
                       NULL, NULL, NULL) != SQLITE_OK
      || sqlite3_prepare_v2 (self->db,
                             "INSERT INTO lookups (time, code, kind, event) VALUES (?, ?, ?, ?)",
                             -1, &self->insert, NULL) != SQLITE_OK
      || sqlite3_prepare_v2 (self->db,
                             "SELECT time, kind, event FROM lookups"
                             " WHERE code = ? AND id < ? ORDER BY id DESC LIMIT 1",
                             -1, &self->find, NULL) != SQLITE_OK)
    return set_sqlite_error (self->db, where, error), NULL;

  if (!load_entries (self, where, error))
    return NULL;

  return g_steal_pointer (&self);
}

static void
warn_sqlite (TicketsShiftLog *self,
             const char      *what)
{
  /* The log is a help at the counter, not the verdict: a full disk must
   * not stop the scans. The message holds no code. */
  g_warning ("Shift log: could not %s: %s", what, sqlite3_errmsg (self->db));
}

void
tickets_shift_log_add (TicketsShiftLog   *self,
                       GDateTime         *time,
                       const char        *code,
                       TicketsVerdictKind kind,
                       const char        *event)
{
  g_autoptr(GDateTime) utc = NULL;
  TicketsShiftEntry *entry;

  g_return_if_fail (TICKETS_IS_SHIFT_LOG (self));
  g_return_if_fail (time != NULL);
  g_return_if_fail (code != NULL);

  utc = g_date_time_to_utc (time);
  sqlite3_reset (self->insert);
  sqlite3_bind_int64 (self->insert, 1, g_date_time_to_unix (utc) * G_USEC_PER_SEC
                      + g_date_time_get_microsecond (utc));
  sqlite3_bind_text (self->insert, 2, code, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (self->insert, 3, kind);
  if (event != NULL)
    sqlite3_bind_text (self->insert, 4, event, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (self->insert, 4);
  if (sqlite3_step (self->insert) != SQLITE_DONE)
    warn_sqlite (self, "add a lookup");
  sqlite3_reset (self->insert);
  sqlite3_clear_bindings (self->insert);

  entry = shift_entry_new (utc, code, kind, event);
  g_ptr_array_add (self->entries, entry);
  g_hash_table_replace (self->latest, entry->code, g_object_ref (entry));

  g_list_model_items_changed (G_LIST_MODEL (self), 0, 0, 1);
}

/* Returns: (transfer none): the log keeps the entry while it is open. */
TicketsShiftEntry *
tickets_shift_log_find (TicketsShiftLog *self,
                        const char      *code)
{
  TicketsShiftEntry *entry;
  g_autoptr(GDateTime) time = NULL;

  g_return_val_if_fail (TICKETS_IS_SHIFT_LOG (self), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  entry = g_hash_table_lookup (self->latest, code);
  if (entry != NULL)
    return entry;

  entry = g_hash_table_lookup (self->older, code);
  if (entry != NULL || !self->truncated)
    return entry;

  sqlite3_reset (self->find);
  sqlite3_bind_text (self->find, 1, code, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (self->find, 2, self->oldest_loaded);
  if (sqlite3_step (self->find) != SQLITE_ROW)
    {
      sqlite3_reset (self->find);
      return NULL;
    }

  time = time_from_usec (sqlite3_column_int64 (self->find, 0));
  if (time != NULL)
    {
      entry = shift_entry_new (time, code, sqlite3_column_int (self->find, 1),
                               (const char *) sqlite3_column_text (self->find, 2));
      g_hash_table_replace (self->older, entry->code, entry);
    }
  sqlite3_reset (self->find);

  return entry;
}

void
tickets_shift_log_clear (TicketsShiftLog *self)
{
  guint removed;

  g_return_if_fail (TICKETS_IS_SHIFT_LOG (self));

  /* The prints go too: what was printed is part of the shift. */
  if (sqlite3_exec (self->db, "DELETE FROM lookups; DELETE FROM prints;",
                    NULL, NULL, NULL) != SQLITE_OK)
    warn_sqlite (self, "clear");

  removed = self->entries->len;
  g_hash_table_remove_all (self->latest);
  g_hash_table_remove_all (self->older);
  g_ptr_array_set_size (self->entries, 0);
  self->truncated = FALSE;

  if (removed > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, 0);
}

guint
tickets_shift_log_get_prints (TicketsShiftLog *self,
                              const char      *code)
{
  sqlite3_stmt *select = NULL;
  guint count = 0;

  g_return_val_if_fail (TICKETS_IS_SHIFT_LOG (self), 0);
  g_return_val_if_fail (code != NULL, 0);

  if (sqlite3_prepare_v2 (self->db, "SELECT count FROM prints WHERE code = ?",
                          -1, &select, NULL) != SQLITE_OK)
    {
      warn_sqlite (self, "read the prints");
      return 0;
    }

  sqlite3_bind_text (select, 1, code, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (select) == SQLITE_ROW)
    count = (guint) MAX (sqlite3_column_int64 (select, 0), 0);
  sqlite3_finalize (select);

  return count;
}

void
tickets_shift_log_add_print (TicketsShiftLog *self,
                             const char      *code)
{
  sqlite3_stmt *upsert = NULL;

  g_return_if_fail (TICKETS_IS_SHIFT_LOG (self));
  g_return_if_fail (code != NULL);

  if (sqlite3_prepare_v2 (self->db,
                          "INSERT INTO prints (code, count) VALUES (?, 1)"
                          " ON CONFLICT (code) DO UPDATE SET count = count + 1",
                          -1, &upsert, NULL) != SQLITE_OK)
    {
      warn_sqlite (self, "count a print");
      return;
    }

  sqlite3_bind_text (upsert, 1, code, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (upsert) != SQLITE_DONE)
    warn_sqlite (self, "count a print");
  sqlite3_finalize (upsert);
}
