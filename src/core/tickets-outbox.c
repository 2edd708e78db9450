/* tickets-outbox.c: every change, on disk before it is sent
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "tickets-outbox-private.h"

/* One table, one row an entry. seq is SQLite's AUTOINCREMENT rowid, so an
 * entry removed never gives its number to a later one and the order of
 * arrival holds across runs. The state is written as its word, so that the
 * file reads the same should the enum gain a value.
 *
 * Bodies hold names and emails: nothing here logs an entry's fields, and
 * the errors name the file and the cause only. */

/* version 1: entries as below. A later version migrates from
 * PRAGMA user_version in open_schema(). */
#define SCHEMA_VERSION 1

/* How long a write waits for another copy of the app holding the file. */
#define BUSY_TIMEOUT_MS 5000

static const char schema_sql[] =
  "CREATE TABLE IF NOT EXISTS entries ("
  "  seq INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  id TEXT NOT NULL UNIQUE,"
  "  server TEXT NOT NULL,"
  "  base TEXT,"
  "  identity TEXT,"
  "  kind INTEGER NOT NULL,"
  "  method TEXT,"
  "  uri TEXT,"
  "  body TEXT,"
  "  typed TEXT,"
  "  \"before\" TEXT,"
  "  state TEXT NOT NULL,"
  "  attempts INTEGER NOT NULL,"
  "  last_error TEXT,"
  "  result TEXT,"
  "  created INTEGER NOT NULL,"      /* unix seconds */
  "  updated INTEGER NOT NULL);"
  "CREATE INDEX IF NOT EXISTS entries_server ON entries (server, seq);";

#define COLUMNS "seq, id, server, base, identity, kind, method, uri, body, typed," \
                " \"before\", state, attempts, last_error, result, created, updated"

struct _TicketsOutbox
{
  GObject  parent_instance;

  char    *path;
  sqlite3 *db;
};

G_DEFINE_FINAL_TYPE (TicketsOutbox, tickets_outbox, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (TicketsOutboxState, tickets_outbox_state,
                    G_DEFINE_ENUM_VALUE (TICKETS_OUTBOX_PENDING, "pending"),
                    G_DEFINE_ENUM_VALUE (TICKETS_OUTBOX_SENDING, "sending"),
                    G_DEFINE_ENUM_VALUE (TICKETS_OUTBOX_DONE, "done"),
                    G_DEFINE_ENUM_VALUE (TICKETS_OUTBOX_REFUSED, "refused"),
                    G_DEFINE_ENUM_VALUE (TICKETS_OUTBOX_UNKNOWN, "unknown"))

static const char * const state_names[] = {
  [TICKETS_OUTBOX_PENDING] = "pending",
  [TICKETS_OUTBOX_SENDING] = "sending",
  [TICKETS_OUTBOX_DONE] = "done",
  [TICKETS_OUTBOX_REFUSED] = "refused",
  [TICKETS_OUTBOX_UNKNOWN] = "unknown",
};

const char *
tickets_outbox_state_to_string (TicketsOutboxState state)
{
  g_return_val_if_fail ((guint) state < G_N_ELEMENTS (state_names), NULL);

  return state_names[state];
}

gboolean
tickets_outbox_state_from_string (const char         *string,
                                  TicketsOutboxState *state)
{
  g_return_val_if_fail (state != NULL, FALSE);

  for (guint i = 0; string != NULL && i < G_N_ELEMENTS (state_names); i++)
    if (g_str_equal (string, state_names[i]))
      {
        *state = i;
        return TRUE;
      }

  return FALSE;
}

TicketsOutboxEntry *
tickets_outbox_entry_new (void)
{
  return g_new0 (TicketsOutboxEntry, 1);
}

TicketsOutboxEntry *
tickets_outbox_entry_copy (const TicketsOutboxEntry *entry)
{
  TicketsOutboxEntry *copy;

  g_return_val_if_fail (entry != NULL, NULL);

  copy = g_memdup2 (entry, sizeof *entry);
  copy->id = g_strdup (entry->id);
  copy->server = g_strdup (entry->server);
  copy->base = g_strdup (entry->base);
  copy->identity = g_strdup (entry->identity);
  copy->method = g_strdup (entry->method);
  copy->uri = g_strdup (entry->uri);
  copy->body = g_strdup (entry->body);
  copy->typed = g_strdup (entry->typed);
  copy->before = g_strdup (entry->before);
  copy->last_error = g_strdup (entry->last_error);
  copy->result = g_strdup (entry->result);

  return copy;
}

void
tickets_outbox_entry_free (TicketsOutboxEntry *entry)
{
  if (entry == NULL)
    return;

  g_free (entry->id);
  g_free (entry->server);
  g_free (entry->base);
  g_free (entry->identity);
  g_free (entry->method);
  g_free (entry->uri);
  /* The body and what was typed hold names and emails. */
  g_free (entry->body);
  g_free (entry->typed);
  g_free (entry->before);
  g_free (entry->last_error);
  g_free (entry->result);
  g_free (entry);
}

static void
tickets_outbox_finalize (GObject *object)
{
  TicketsOutbox *self = TICKETS_OUTBOX (object);

  /* sqlite3_close_v2(): the statements are all finalized by then, and a
   * last one left by a bug would not keep the file open for ever. */
  g_clear_pointer (&self->db, sqlite3_close_v2);
  g_free (self->path);

  G_OBJECT_CLASS (tickets_outbox_parent_class)->finalize (object);
}

static void
tickets_outbox_class_init (TicketsOutboxClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tickets_outbox_finalize;
}

static void
tickets_outbox_init (TicketsOutbox *self)
{
}

char *
tickets_outbox_dup_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "tickets", "outbox.sqlite", NULL);
}

/* SQLite's reasons, in the user's words; its own message otherwise. */
static const char *
describe_sqlite (sqlite3 *db,
                 int      rc)
{
  switch (rc & 0xff)
    {
    case SQLITE_FULL:
      /* Translators: this and the reasons below end "Could not keep the change on this computer: %s" */
      return _("the disk is full");
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
    case SQLITE_AUTH:
      return _("the file cannot be written");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return _("the file is damaged");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return _("another copy of Tickets is using the file");
    case SQLITE_IOERR:
      return _("the disk could not be read or written");
    case SQLITE_NOMEM:
      return g_strerror (ENOMEM);
    default:
      return db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc);
    }
}

static GIOErrorEnum
io_error_from_sqlite (int rc)
{
  switch (rc & 0xff)
    {
    case SQLITE_FULL:
      return G_IO_ERROR_NO_SPACE;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_AUTH:
      return G_IO_ERROR_PERMISSION_DENIED;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return G_IO_ERROR_BUSY;
    case SQLITE_CONSTRAINT:
      return G_IO_ERROR_EXISTS;
    default:
      return G_IO_ERROR_FAILED;
    }
}

static gboolean
set_open_error (const char  *path,
                GIOErrorEnum code,
                const char  *why,
                GError     **error)
{
  g_set_error (error, G_IO_ERROR, code,
               /* Translators: the first %s is a file name, the second why */
               _("The changes kept on this computer could not be opened from %s: %s"),
               path, why);
  return FALSE;
}

static gboolean
set_write_error (TicketsOutbox  *self,
                 int             rc,
                 GError        **error)
{
  g_set_error (error, G_IO_ERROR, io_error_from_sqlite (rc),
               /* Translators: %s says why, e.g. “the disk is full” */
               _("Could not keep the change on this computer: %s"),
               describe_sqlite (self->db, rc));
  return FALSE;
}

static gboolean
private_mode (const char  *path,
              GError     **error)
{
  if (g_chmod (path, 0600) != 0 && errno != ENOENT)
    {
      int saved_errno = errno;

      return set_open_error (path, g_io_error_from_errno (saved_errno), g_strerror (saved_errno), error);
    }
  return TRUE;
}

/* The folder 0700 (tightened if it was looser) and the file 0600 before
 * SQLite opens it. SQLite gives the files it creates next to the database
 * (-wal, -shm) the database file's own mode; ones left by a crash are
 * tightened here too. */
static gboolean
create_private_file (const char  *path,
                     GError     **error)
{
  g_autofree char *folder = g_path_get_dirname (path);
  static const char * const companions[] = { "-wal", "-shm", "-journal" };
  int fd;

  if (g_mkdir_with_parents (folder, 0700) != 0 || g_chmod (folder, 0700) != 0)
    {
      int saved_errno = errno;

      return set_open_error (folder, g_io_error_from_errno (saved_errno), g_strerror (saved_errno), error);
    }

  fd = g_open (path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;

      return set_open_error (path, g_io_error_from_errno (saved_errno), g_strerror (saved_errno), error);
    }
  g_close (fd, NULL);

  if (!private_mode (path, error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (companions); i++)
    {
      g_autofree char *companion = g_strconcat (path, companions[i], NULL);

      if (!private_mode (companion, error))
        return FALSE;
    }

  return TRUE;
}

/* Creates the table in a new file; a file of a later version of the app is
 * left alone rather than changed under it. */
static int
open_schema (TicketsOutbox  *self,
             GError        **error)
{
  sqlite3_stmt *stmt = NULL;
  int version = 0;
  int rc;

  rc = sqlite3_prepare_v2 (self->db, "PRAGMA user_version", -1, &stmt, NULL);
  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      version = sqlite3_column_int (stmt, 0);
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_OK)
    return rc;

  if (version > SCHEMA_VERSION)
    {
      set_open_error (self->path, G_IO_ERROR_NOT_SUPPORTED,
                      /* Translators: "it" is the file the changes are kept in */
                      _("it was written by a newer version of Tickets"), error);
      return SQLITE_ERROR;
    }
  if (version == SCHEMA_VERSION)
    return SQLITE_OK;

  rc = sqlite3_exec (self->db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    return rc;
  rc = sqlite3_exec (self->db, schema_sql, NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (self->db, "PRAGMA user_version=" G_STRINGIFY (SCHEMA_VERSION), NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (self->db, "COMMIT", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);

  return rc;
}

TicketsOutbox *
tickets_outbox_open (const char  *path,
                     GError     **error)
{
  g_autoptr(TicketsOutbox) self = NULL;
  g_autofree char *default_path = NULL;
  gboolean in_memory;
  int rc;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (path == NULL)
    path = default_path = tickets_outbox_dup_default_path ();
  in_memory = g_str_equal (path, ":memory:");

  self = g_object_new (TICKETS_TYPE_OUTBOX, NULL);
  self->path = g_strdup (path);

  if (!in_memory && !create_private_file (path, error))
    return NULL;

  rc = sqlite3_open_v2 (path, &self->db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX,
                        NULL);
  if (rc != SQLITE_OK)
    {
      set_open_error (path, G_IO_ERROR_FAILED, describe_sqlite (self->db, rc), error);
      return NULL;
    }
  sqlite3_extended_result_codes (self->db, TRUE);

  /* Another copy of the app on the same file waits for this one's write
   * rather than failing at once. WAL with synchronous=FULL: a commit
   * returns once the log is synced, so an entry add() or update() wrote
   * survives a kill or a power cut. */
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);
  rc = sqlite3_exec (self->db,
                     "PRAGMA journal_mode=WAL;"
                     "PRAGMA synchronous=FULL;",
                     NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = open_schema (self, error);
  if (rc != SQLITE_OK)
    {
      if (error == NULL || *error == NULL)
        set_open_error (path, io_error_from_sqlite (rc), describe_sqlite (self->db, rc), error);
      return NULL;
    }

  return g_steal_pointer (&self);
}

const char *
tickets_outbox_get_path (TicketsOutbox *self)
{
  g_return_val_if_fail (TICKETS_IS_OUTBOX (self), NULL);

  return self->path;
}

int
tickets_outbox_get_synchronous (TicketsOutbox *self)
{
  sqlite3_stmt *stmt = NULL;
  int value = -1;

  g_return_val_if_fail (TICKETS_IS_OUTBOX (self), -1);

  if (sqlite3_prepare_v2 (self->db, "PRAGMA synchronous", -1, &stmt, NULL) == SQLITE_OK
      && sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);

  return value;
}

static void
bind_text (sqlite3_stmt *stmt,
           int           index,
           const char   *text)
{
  if (text != NULL)
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_STATIC);
  else
    sqlite3_bind_null (stmt, index);
}

static char *
dup_column (sqlite3_stmt *stmt,
            int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

static gint64
now_seconds (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

/* One statement, its own transaction: in autocommit mode SQLite commits
 * (and, with synchronous=FULL, syncs) before sqlite3_step() returns. */
static int
step_once (sqlite3_stmt *stmt)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_DONE || rc == SQLITE_ROW)
    rc = SQLITE_OK;
  sqlite3_finalize (stmt);

  return rc;
}

gboolean
tickets_outbox_add (TicketsOutbox       *self,
                    TicketsOutboxEntry  *entry,
                    GError             **error)
{
  sqlite3_stmt *stmt = NULL;
  const char *state;
  gint64 now = now_seconds ();
  int rc;

  g_return_val_if_fail (TICKETS_IS_OUTBOX (self), FALSE);
  g_return_val_if_fail (entry != NULL, FALSE);
  g_return_val_if_fail (entry->id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  state = tickets_outbox_state_to_string (entry->state);
  g_return_val_if_fail (state != NULL, FALSE);

  rc = sqlite3_prepare_v2 (self->db,
                           "INSERT INTO entries (id, server, base, identity, kind, method, uri,"
                           " body, typed, \"before\", state, attempts, last_error, result,"
                           " created, updated)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    return set_write_error (self, rc, error);

  bind_text (stmt, 1, entry->id);
  bind_text (stmt, 2, entry->server != NULL ? entry->server : "");
  bind_text (stmt, 3, entry->base);
  bind_text (stmt, 4, entry->identity);
  sqlite3_bind_int (stmt, 5, entry->kind);
  bind_text (stmt, 6, entry->method);
  bind_text (stmt, 7, entry->uri);
  bind_text (stmt, 8, entry->body);
  bind_text (stmt, 9, entry->typed);
  bind_text (stmt, 10, entry->before);
  bind_text (stmt, 11, state);
  sqlite3_bind_int64 (stmt, 12, entry->attempts);
  bind_text (stmt, 13, entry->last_error);
  bind_text (stmt, 14, entry->result);
  sqlite3_bind_int64 (stmt, 15, now);
  sqlite3_bind_int64 (stmt, 16, now);

  rc = step_once (stmt);
  if (rc != SQLITE_OK)
    return set_write_error (self, rc, error);

  entry->seq = sqlite3_last_insert_rowid (self->db);
  entry->created = now;
  entry->updated = now;

  return TRUE;
}

gboolean
tickets_outbox_update (TicketsOutbox       *self,
                       TicketsOutboxEntry  *entry,
                       GError             **error)
{
  sqlite3_stmt *stmt = NULL;
  const char *state;
  int rc;

  g_return_val_if_fail (TICKETS_IS_OUTBOX (self), FALSE);
  g_return_val_if_fail (entry != NULL, FALSE);
  g_return_val_if_fail (entry->id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  state = tickets_outbox_state_to_string (entry->state);
  g_return_val_if_fail (state != NULL, FALSE);

  /* The caller may say when (the store does); otherwise now. */
  if (entry->updated == 0)
    entry->updated = now_seconds ();

  rc = sqlite3_prepare_v2 (self->db,
                           "UPDATE entries SET state = ?, attempts = ?, last_error = ?,"
                           " \"before\" = ?, result = ?, updated = ? WHERE id = ?",
                           -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    return set_write_error (self, rc, error);

  bind_text (stmt, 1, state);
  sqlite3_bind_int64 (stmt, 2, entry->attempts);
  bind_text (stmt, 3, entry->last_error);
  bind_text (stmt, 4, entry->before);
  bind_text (stmt, 5, entry->result);
  sqlite3_bind_int64 (stmt, 6, entry->updated);
  bind_text (stmt, 7, entry->id);

  rc = step_once (stmt);
  if (rc != SQLITE_OK)
    return set_write_error (self, rc, error);

  if (sqlite3_changes (self->db) == 0)
    {
      /* Removed meanwhile (discarded by the user): nothing to keep. */
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                           _("Could not keep the change on this computer: it was removed"));
      return FALSE;
    }

  return TRUE;
}

gboolean
tickets_outbox_remove (TicketsOutbox  *self,
                       const char     *id,
                       GError        **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_return_val_if_fail (TICKETS_IS_OUTBOX (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Removing an entry already gone is no failure. */
  rc = sqlite3_prepare_v2 (self->db, "DELETE FROM entries WHERE id = ?", -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    return set_write_error (self, rc, error);
  bind_text (stmt, 1, id);

  rc = step_once (stmt);
  if (rc != SQLITE_OK)
    return set_write_error (self, rc, error);

  return TRUE;
}

static TicketsOutboxEntry *
entry_from_row (sqlite3_stmt *stmt)
{
  TicketsOutboxEntry *entry = tickets_outbox_entry_new ();
  const char *state = (const char *) sqlite3_column_text (stmt, 11);

  entry->seq = sqlite3_column_int64 (stmt, 0);
  entry->id = dup_column (stmt, 1);
  entry->server = dup_column (stmt, 2);
  entry->base = dup_column (stmt, 3);
  entry->identity = dup_column (stmt, 4);
  entry->kind = sqlite3_column_int (stmt, 5);
  entry->method = dup_column (stmt, 6);
  entry->uri = dup_column (stmt, 7);
  entry->body = dup_column (stmt, 8);
  entry->typed = dup_column (stmt, 9);
  entry->before = dup_column (stmt, 10);
  /* A word this version does not know: the server's state decides. */
  if (!tickets_outbox_state_from_string (state, &entry->state))
    entry->state = TICKETS_OUTBOX_UNKNOWN;
  entry->attempts = (guint) CLAMP (sqlite3_column_int64 (stmt, 12), 0, G_MAXUINT);
  entry->last_error = dup_column (stmt, 13);
  entry->result = dup_column (stmt, 14);
  entry->created = sqlite3_column_int64 (stmt, 15);
  entry->updated = sqlite3_column_int64 (stmt, 16);

  return entry;
}

static void
warn_read (TicketsOutbox *self,
           const char    *what,
           int            rc)
{
  /* Names the file and SQLite's reason, never an entry's data. */
  g_warning ("Outbox %s: could not %s: %s", self->path, what, sqlite3_errstr (rc));
}

TicketsOutboxEntry *
tickets_outbox_lookup (TicketsOutbox *self,
                       const char    *id)
{
  sqlite3_stmt *stmt = NULL;
  TicketsOutboxEntry *entry = NULL;
  int rc;

  g_return_val_if_fail (TICKETS_IS_OUTBOX (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  rc = sqlite3_prepare_v2 (self->db, "SELECT " COLUMNS " FROM entries WHERE id = ?", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      bind_text (stmt, 1, id);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        entry = entry_from_row (stmt);
    }
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    warn_read (self, "look an entry up", rc);
  sqlite3_finalize (stmt);

  return entry;
}

GPtrArray *
tickets_outbox_list (TicketsOutbox *self,
                     const char    *server)
{
  GPtrArray *entries = g_ptr_array_new_with_free_func ((GDestroyNotify) tickets_outbox_entry_free);
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_return_val_if_fail (TICKETS_IS_OUTBOX (self), entries);

  rc = sqlite3_prepare_v2 (self->db,
                           "SELECT " COLUMNS " FROM entries"
                           " WHERE ?1 IS NULL OR server = ?1 ORDER BY seq",
                           -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      bind_text (stmt, 1, server);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        g_ptr_array_add (entries, entry_from_row (stmt));
    }
  if (rc != SQLITE_DONE)
    warn_read (self, "list the entries", rc);
  sqlite3_finalize (stmt);

  return entries;
}

guint
tickets_outbox_count_unsent (TicketsOutbox *self,
                             const char    *server,
                             const char    *identity)
{
  sqlite3_stmt *stmt = NULL;
  guint count = 0;
  int rc;

  g_return_val_if_fail (TICKETS_IS_OUTBOX (self), 0);

  rc = sqlite3_prepare_v2 (self->db,
                           "SELECT count(*) FROM entries WHERE state != 'done'"
                           " AND (?1 IS NULL OR server = ?1)"
                           " AND (?2 IS NULL OR identity = ?2)",
                           -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      bind_text (stmt, 1, server);
      bind_text (stmt, 2, identity);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        count = (guint) sqlite3_column_int64 (stmt, 0);
    }
  if (rc != SQLITE_ROW)
    warn_read (self, "count the unsent entries", rc);
  sqlite3_finalize (stmt);

  return count;
}

gboolean
tickets_outbox_prune_done (TicketsOutbox  *self,
                           gint64          before,
                           GError        **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_return_val_if_fail (TICKETS_IS_OUTBOX (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  rc = sqlite3_prepare_v2 (self->db, "DELETE FROM entries WHERE state = 'done' AND updated < ?",
                           -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    return set_write_error (self, rc, error);
  sqlite3_bind_int64 (stmt, 1, before);

  rc = step_once (stmt);
  if (rc != SQLITE_OK)
    return set_write_error (self, rc, error);

  return TRUE;
}
