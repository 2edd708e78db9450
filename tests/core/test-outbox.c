/* test-outbox.c: the outbox's file, its entries and their durability
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tickets-outbox-private.h"

/* Each test has a folder of its own under the temporary folder; the
 * default path's test uses $XDG_DATA_HOME, set by main() to one too (before
 * GLib reads it). */

static char *data_home;

static void
remove_tree (GFile *file)
{
  g_autoptr(GFileEnumerator) children = g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                                                   G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS,
                                                                   NULL, NULL);
  GFileInfo *info;

  while (children != NULL && (info = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
    {
      g_autoptr(GFile) child = g_file_get_child (file, g_file_info_get_name (info));

      remove_tree (child);
      g_object_unref (info);
    }
  g_file_delete (file, NULL, NULL);
}

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("test-outbox-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "tickets", "outbox.sqlite", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GFile) dir = g_file_new_for_path (fixture->dir);

  remove_tree (dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static TicketsOutbox *
open_outbox (const char *path)
{
  g_autoptr(GError) error = NULL;
  TicketsOutbox *outbox = tickets_outbox_open (path, &error);

  g_assert_no_error (error);
  g_assert_true (TICKETS_IS_OUTBOX (outbox));
  return outbox;
}

static TicketsOutboxEntry *
make_entry (const char         *id,
            const char         *server,
            const char         *identity,
            TicketsOutboxState  state)
{
  TicketsOutboxEntry *entry = tickets_outbox_entry_new ();

  entry->id = g_strdup (id);
  entry->server = g_strdup (server);
  entry->base = g_strdup ("https://tickets.example/api");
  entry->identity = g_strdup (identity);
  entry->kind = 3;
  entry->method = g_strdup ("PUT");
  entry->uri = g_strdup ("https://tickets.example/api/tickets/t1/consumer");
  entry->state = state;
  return entry;
}

static void
add (TicketsOutbox      *outbox,
     TicketsOutboxEntry *entry)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (tickets_outbox_add (outbox, entry, &error));
  g_assert_no_error (error);
}

static void
add_new (TicketsOutbox      *outbox,
         const char         *id,
         const char         *server,
         const char         *identity,
         TicketsOutboxState  state)
{
  g_autoptr(TicketsOutboxEntry) entry = make_entry (id, server, identity, state);

  add (outbox, entry);
}

static void
assert_entries_equal (const TicketsOutboxEntry *a,
                      const TicketsOutboxEntry *b)
{
  g_assert_cmpstr (a->id, ==, b->id);
  g_assert_cmpint (a->seq, ==, b->seq);
  g_assert_cmpstr (a->server, ==, b->server);
  g_assert_cmpstr (a->base, ==, b->base);
  g_assert_cmpstr (a->identity, ==, b->identity);
  g_assert_cmpint (a->kind, ==, b->kind);
  g_assert_cmpstr (a->method, ==, b->method);
  g_assert_cmpstr (a->uri, ==, b->uri);
  g_assert_cmpstr (a->body, ==, b->body);
  g_assert_cmpstr (a->typed, ==, b->typed);
  g_assert_cmpstr (a->before, ==, b->before);
  g_assert_cmpint (a->state, ==, b->state);
  g_assert_cmpuint (a->attempts, ==, b->attempts);
  g_assert_cmpstr (a->last_error, ==, b->last_error);
  g_assert_cmpstr (a->result, ==, b->result);
  g_assert_cmpint (a->created, ==, b->created);
  g_assert_cmpint (a->updated, ==, b->updated);
}

static char *
list_ids (TicketsOutbox *outbox,
          const char    *server)
{
  g_autoptr(GPtrArray) entries = tickets_outbox_list (outbox, server);
  g_autoptr(GString) ids = g_string_new (NULL);
  gint64 last_seq = 0;

  for (guint i = 0; i < entries->len; i++)
    {
      TicketsOutboxEntry *entry = g_ptr_array_index (entries, i);

      g_assert_cmpint (entry->seq, >, last_seq);
      last_seq = entry->seq;
      g_string_append_printf (ids, "%s%s", i > 0 ? " " : "", entry->id);
    }
  return g_string_free (g_steal_pointer (&ids), FALSE);
}

static guint
file_mode (const char *path)
{
  GStatBuf buf;

  g_assert_cmpint (g_stat (path, &buf), ==, 0);
  return buf.st_mode & 0777;
}

static gboolean
exists (const char *path)
{
  return g_file_test (path, G_FILE_TEST_EXISTS);
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(TicketsOutbox) outbox = open_outbox (fixture->path);
  g_autoptr(TicketsOutboxEntry) entry = make_entry ("e1", "https://tickets.example/api", "id-hash", TICKETS_OUTBOX_SENDING);
  g_autoptr(TicketsOutboxEntry) bare = make_entry ("e2", "demo", NULL, TICKETS_OUTBOX_PENDING);
  g_autoptr(TicketsOutboxEntry) read = NULL;
  g_autoptr(TicketsOutboxEntry) copy = NULL;
  gint64 start = g_get_real_time () / G_USEC_PER_SEC;

  entry->body = g_strdup ("{\"first_name\":\"Zoë\",\"email\":\"zoe@example.org\"}");
  entry->typed = g_strdup ("{\"first_name\":\"Zoë \"}");
  entry->before = g_strdup ("{\"requests\":[\"r1\"]}");
  entry->attempts = 4;
  entry->last_error = g_strdup ("The server did not answer in time");
  entry->result = g_strdup ("{\"ok\":true}");
  entry->seq = 999;
  entry->created = 1;
  entry->updated = 2;
  add (outbox, entry);
  add (outbox, bare);

  /* Set by add(). */
  g_assert_cmpint (entry->seq, >, 0);
  g_assert_cmpint (entry->seq, !=, 999);
  g_assert_cmpint (bare->seq, >, entry->seq);
  g_assert_cmpint (entry->created, >=, start);
  g_assert_cmpint (entry->updated, ==, entry->created);

  copy = tickets_outbox_entry_copy (entry);
  g_assert_true (copy->body != entry->body);
  assert_entries_equal (copy, entry);

  read = tickets_outbox_lookup (outbox, "e1");
  g_assert_nonnull (read);
  assert_entries_equal (read, entry);
  g_clear_pointer (&read, tickets_outbox_entry_free);

  /* And from the file, in a new connection. */
  g_clear_object (&outbox);
  outbox = open_outbox (fixture->path);
  g_assert_cmpstr (tickets_outbox_get_path (outbox), ==, fixture->path);
  read = tickets_outbox_lookup (outbox, "e1");
  g_assert_nonnull (read);
  assert_entries_equal (read, entry);
  g_clear_pointer (&read, tickets_outbox_entry_free);

  read = tickets_outbox_lookup (outbox, "e2");
  g_assert_nonnull (read);
  g_assert_null (read->body);
  g_assert_null (read->identity);
  g_assert_null (read->before);
  assert_entries_equal (read, bare);

  g_assert_null (tickets_outbox_lookup (outbox, "nothing"));
}

static void
test_states (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GEnumClass) states = g_type_class_ref (TICKETS_TYPE_OUTBOX_STATE);
  g_autoptr(TicketsOutbox) outbox = open_outbox (fixture->path);
  TicketsOutboxState state;

  g_assert_cmpuint (states->n_values, ==, 5);
  for (guint i = 0; i < states->n_values; i++)
    {
      g_autofree char *id = g_strdup_printf ("s%u", i);

      /* The word in the file is the enum's nick. */
      g_assert_cmpstr (tickets_outbox_state_to_string (states->values[i].value), ==, states->values[i].value_nick);
      g_assert_true (tickets_outbox_state_from_string (states->values[i].value_nick, &state));
      g_assert_cmpint (state, ==, states->values[i].value);
      add_new (outbox, id, "demo", "me", states->values[i].value);
    }
  g_assert_false (tickets_outbox_state_from_string ("sent", &state));
  g_assert_false (tickets_outbox_state_from_string (NULL, &state));

  g_clear_object (&outbox);
  outbox = open_outbox (fixture->path);
  for (guint i = 0; i < states->n_values; i++)
    {
      g_autofree char *id = g_strdup_printf ("s%u", i);
      g_autoptr(TicketsOutboxEntry) read = tickets_outbox_lookup (outbox, id);

      g_assert_nonnull (read);
      g_assert_cmpint (read->state, ==, states->values[i].value);
    }
}

static void
test_update (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(TicketsOutbox) outbox = open_outbox (fixture->path);
  g_autoptr(TicketsOutboxEntry) entry = make_entry ("u1", "demo", "me", TICKETS_OUTBOX_PENDING);
  g_autoptr(TicketsOutboxEntry) read = NULL;
  g_autoptr(GError) error = NULL;
  gint64 created;

  entry->body = g_strdup ("{\"a\":1}");
  add (outbox, entry);
  created = entry->created;

  entry->state = TICKETS_OUTBOX_UNKNOWN;
  entry->attempts = 2;
  entry->last_error = g_strdup ("No network");
  entry->before = g_strdup ("{\"b\":2}");
  entry->result = g_strdup ("{\"c\":3}");
  entry->updated = created + 60;
  /* Not written by update(): the request stays what was asked. */
  g_free (entry->body);
  entry->body = g_strdup ("{\"a\":\"changed\"}");
  g_assert_true (tickets_outbox_update (outbox, entry, &error));
  g_assert_no_error (error);

  g_clear_object (&outbox);
  outbox = open_outbox (fixture->path);
  read = tickets_outbox_lookup (outbox, "u1");
  g_assert_nonnull (read);
  g_assert_cmpint (read->state, ==, TICKETS_OUTBOX_UNKNOWN);
  g_assert_cmpuint (read->attempts, ==, 2);
  g_assert_cmpstr (read->last_error, ==, "No network");
  g_assert_cmpstr (read->before, ==, "{\"b\":2}");
  g_assert_cmpstr (read->result, ==, "{\"c\":3}");
  g_assert_cmpint (read->updated, ==, created + 60);
  g_assert_cmpint (read->created, ==, created);
  g_assert_cmpstr (read->body, ==, "{\"a\":1}");

  /* Back to NULL, and to done. */
  g_clear_pointer (&entry->last_error, g_free);
  g_clear_pointer (&entry->before, g_free);
  entry->state = TICKETS_OUTBOX_DONE;
  g_assert_true (tickets_outbox_update (outbox, entry, &error));
  g_assert_no_error (error);
  g_clear_pointer (&read, tickets_outbox_entry_free);
  read = tickets_outbox_lookup (outbox, "u1");
  g_assert_cmpint (read->state, ==, TICKETS_OUTBOX_DONE);
  g_assert_null (read->last_error);
  g_assert_null (read->before);

  /* An entry removed meanwhile. */
  g_assert_true (tickets_outbox_remove (outbox, "u1", NULL));
  g_assert_false (tickets_outbox_update (outbox, entry, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_true (g_str_has_prefix (error->message, "Could not keep the change on this computer: "));
}

static void
test_add_twice (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(TicketsOutbox) outbox = open_outbox (fixture->path);
  g_autoptr(TicketsOutboxEntry) entry = make_entry ("twice", "demo", "me", TICKETS_OUTBOX_PENDING);
  g_autoptr(GError) error = NULL;

  entry->body = g_strdup ("{\"email\":\"secret@example.org\"}");
  add (outbox, entry);
  g_assert_false (tickets_outbox_add (outbox, entry, &error));
  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error->message, "Could not keep the change on this computer: "));
  /* The error says why, never what the entry holds. */
  g_assert_null (strstr (error->message, "secret@example.org"));
  g_assert_null (strstr (error->message, "twice"));
}

static void
test_remove (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(TicketsOutbox) outbox = open_outbox (fixture->path);
  g_autoptr(TicketsOutboxEntry) gone = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *ids = NULL;

  add_new (outbox, "r1", "demo", "me", TICKETS_OUTBOX_PENDING);
  add_new (outbox, "r2", "demo", "me", TICKETS_OUTBOX_REFUSED);
  g_assert_true (tickets_outbox_remove (outbox, "r1", &error));
  g_assert_no_error (error);
  /* Removing one already gone is no failure. */
  g_assert_true (tickets_outbox_remove (outbox, "r1", &error));
  g_assert_no_error (error);

  g_clear_object (&outbox);
  outbox = open_outbox (fixture->path);
  gone = tickets_outbox_lookup (outbox, "r1");
  g_assert_null (gone);
  ids = list_ids (outbox, NULL);
  g_assert_cmpstr (ids, ==, "r2");
}

static void
test_list (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(TicketsOutbox) outbox = open_outbox (fixture->path);
  g_autoptr(TicketsOutboxEntry) last = make_entry ("d", "one", "me", TICKETS_OUTBOX_PENDING);
  g_autoptr(GPtrArray) none = NULL;
  g_autofree char *all = NULL;
  g_autofree char *one = NULL;
  g_autofree char *two = NULL;
  gint64 removed_seq;

  /* Ids that sort otherwise than their arrival. */
  add_new (outbox, "z", "one", "me", TICKETS_OUTBOX_PENDING);
  add_new (outbox, "b", "two", "me", TICKETS_OUTBOX_DONE);
  add_new (outbox, "a", "one", "you", TICKETS_OUTBOX_UNKNOWN);
  add_new (outbox, "c", "one", "me", TICKETS_OUTBOX_PENDING);
  {
    g_autoptr(TicketsOutboxEntry) c = tickets_outbox_lookup (outbox, "c");

    removed_seq = c->seq;
  }
  g_assert_true (tickets_outbox_remove (outbox, "c", NULL));
  g_clear_object (&outbox);

  /* A removed entry's number is not given again, across a restart. */
  outbox = open_outbox (fixture->path);
  add (outbox, last);
  g_assert_cmpint (last->seq, >, removed_seq);

  all = list_ids (outbox, NULL);
  g_assert_cmpstr (all, ==, "z b a d");
  one = list_ids (outbox, "one");
  g_assert_cmpstr (one, ==, "z a d");
  two = list_ids (outbox, "two");
  g_assert_cmpstr (two, ==, "b");
  none = tickets_outbox_list (outbox, "three");
  g_assert_cmpuint (none->len, ==, 0);
}

static void
test_count_unsent (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(TicketsOutbox) outbox = open_outbox (fixture->path);

  g_assert_cmpuint (tickets_outbox_count_unsent (outbox, NULL, NULL), ==, 0);

  add_new (outbox, "1", "one", "me", TICKETS_OUTBOX_PENDING);
  add_new (outbox, "2", "one", "me", TICKETS_OUTBOX_SENDING);
  add_new (outbox, "3", "one", "me", TICKETS_OUTBOX_DONE);
  add_new (outbox, "4", "one", "you", TICKETS_OUTBOX_UNKNOWN);
  add_new (outbox, "5", "two", "me", TICKETS_OUTBOX_REFUSED);
  add_new (outbox, "6", "two", "me", TICKETS_OUTBOX_DONE);
  add_new (outbox, "7", "two", NULL, TICKETS_OUTBOX_PENDING);

  g_assert_cmpuint (tickets_outbox_count_unsent (outbox, NULL, NULL), ==, 5);
  g_assert_cmpuint (tickets_outbox_count_unsent (outbox, "one", NULL), ==, 3);
  g_assert_cmpuint (tickets_outbox_count_unsent (outbox, "two", NULL), ==, 2);
  g_assert_cmpuint (tickets_outbox_count_unsent (outbox, "one", "me"), ==, 2);
  g_assert_cmpuint (tickets_outbox_count_unsent (outbox, "one", "you"), ==, 1);
  g_assert_cmpuint (tickets_outbox_count_unsent (outbox, "two", "you"), ==, 0);
  g_assert_cmpuint (tickets_outbox_count_unsent (outbox, NULL, "me"), ==, 3);
  g_assert_cmpuint (tickets_outbox_count_unsent (outbox, "three", NULL), ==, 0);
}

static void
set_updated (TicketsOutbox *outbox,
             const char    *id,
             gint64         updated)
{
  g_autoptr(TicketsOutboxEntry) entry = tickets_outbox_lookup (outbox, id);

  entry->updated = updated;
  g_assert_true (tickets_outbox_update (outbox, entry, NULL));
}

static void
test_prune_done (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(TicketsOutbox) outbox = open_outbox (fixture->path);
  g_autoptr(GError) error = NULL;
  g_autofree char *ids = NULL;

  add_new (outbox, "old-done", "one", "me", TICKETS_OUTBOX_DONE);
  add_new (outbox, "new-done", "one", "me", TICKETS_OUTBOX_DONE);
  add_new (outbox, "edge-done", "two", "me", TICKETS_OUTBOX_DONE);
  add_new (outbox, "old-pending", "one", "me", TICKETS_OUTBOX_PENDING);
  add_new (outbox, "old-refused", "one", "me", TICKETS_OUTBOX_REFUSED);
  add_new (outbox, "old-unknown", "one", "me", TICKETS_OUTBOX_UNKNOWN);
  set_updated (outbox, "old-done", 1000);
  set_updated (outbox, "new-done", 3000);
  set_updated (outbox, "edge-done", 2000);
  set_updated (outbox, "old-pending", 1000);
  set_updated (outbox, "old-refused", 1000);
  set_updated (outbox, "old-unknown", 1000);

  g_assert_true (tickets_outbox_prune_done (outbox, 2000, &error));
  g_assert_no_error (error);
  ids = list_ids (outbox, NULL);
  g_assert_cmpstr (ids, ==, "new-done edge-done old-pending old-refused old-unknown");
}

static void
test_permissions (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *folder = g_path_get_dirname (fixture->path);
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (fixture->path, "-shm", NULL);
  g_autoptr(TicketsOutbox) outbox = NULL;
  mode_t mask;

  /* With no umask to help, the modes are the outbox's own doing. */
  mask = umask (0);

  outbox = open_outbox (fixture->path);
  g_assert_cmpuint (file_mode (folder), ==, 0700);
  g_assert_cmpuint (file_mode (fixture->path), ==, 0600);
  add_new (outbox, "p1", "demo", "me", TICKETS_OUTBOX_PENDING);
  /* WAL mode: the log and its index are there while the outbox is open. */
  g_assert_true (exists (wal));
  g_assert_true (exists (shm));
  g_assert_cmpuint (file_mode (wal), ==, 0600);
  g_assert_cmpuint (file_mode (shm), ==, 0600);
  g_clear_object (&outbox);

  /* A folder and a file made looser by someone else are tightened. */
  g_assert_cmpint (g_chmod (folder, 0755), ==, 0);
  g_assert_cmpint (g_chmod (fixture->path, 0644), ==, 0);
  outbox = open_outbox (fixture->path);
  g_assert_cmpuint (file_mode (folder), ==, 0700);
  g_assert_cmpuint (file_mode (fixture->path), ==, 0600);
  add_new (outbox, "p2", "demo", "me", TICKETS_OUTBOX_PENDING);
  g_assert_true (exists (wal));
  g_assert_cmpuint (file_mode (wal), ==, 0600);
  g_assert_cmpuint (file_mode (shm), ==, 0600);
  g_clear_object (&outbox);

  umask (mask);
}

static void
test_existing_folder (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *folder = g_path_get_dirname (fixture->path);
  g_autoptr(TicketsOutbox) outbox = NULL;

  /* The folder was there before the outbox, as 0755. */
  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  g_assert_cmpint (g_chmod (folder, 0755), ==, 0);
  outbox = open_outbox (fixture->path);
  g_assert_cmpuint (file_mode (folder), ==, 0700);
  g_assert_cmpuint (file_mode (fixture->path), ==, 0600);
}

static void
test_pragmas (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(TicketsOutbox) outbox = open_outbox (fixture->path);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  add_new (outbox, "q1", "demo", "me", TICKETS_OUTBOX_PENDING);
  /* synchronous belongs to the connection: only the outbox can say. */
  g_assert_cmpint (tickets_outbox_get_synchronous (outbox), ==, 2);

  /* journal_mode=WAL and the schema's version belong to the file. */
  g_assert_cmpint (sqlite3_open_v2 (fixture->path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA journal_mode", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "wal");
  sqlite3_finalize (stmt);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

static void
test_newer_version (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(TicketsOutbox) outbox = open_outbox (fixture->path);
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;

  add_new (outbox, "n1", "demo", "me", TICKETS_OUTBOX_PENDING);
  g_clear_object (&outbox);

  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA user_version=99", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  /* A later version's file is left alone, not rewritten. */
  outbox = tickets_outbox_open (fixture->path, &error);
  g_assert_null (outbox);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
  g_assert_nonnull (strstr (error->message, fixture->path));
}

static void
test_durable (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(TicketsOutbox) outbox = NULL;
  g_autoptr(TicketsOutboxEntry) read = NULL;
  int status = 0;
  pid_t child;

  child = fork ();
  g_assert_cmpint (child, >=, 0);
  if (child == 0)
    {
      TicketsOutbox *theirs = tickets_outbox_open (fixture->path, NULL);
      TicketsOutboxEntry *entry = make_entry ("kept", "demo", "me", TICKETS_OUTBOX_SENDING);

      entry->body = g_strdup ("{\"x\":1}");
      if (theirs == NULL || !tickets_outbox_add (theirs, entry, NULL))
        _exit (1);
      /* Gone at once: no close, no checkpoint, nothing flushed after. */
      _exit (0);
    }
  g_assert_cmpint (waitpid (child, &status, 0), ==, child);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);

  outbox = open_outbox (fixture->path);
  read = tickets_outbox_lookup (outbox, "kept");
  g_assert_nonnull (read);
  g_assert_cmpint (read->state, ==, TICKETS_OUTBOX_SENDING);
  g_assert_cmpstr (read->body, ==, "{\"x\":1}");
}

static void
test_memory (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *cwd = g_get_current_dir ();
  g_autoptr(TicketsOutbox) outbox = NULL;
  g_autoptr(TicketsOutbox) other = NULL;
  g_autoptr(TicketsOutboxEntry) read = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autofree char *ids = NULL;

  g_assert_cmpint (g_chdir (fixture->dir), ==, 0);
  outbox = open_outbox (":memory:");
  other = open_outbox (":memory:");
  g_assert_cmpstr (tickets_outbox_get_path (outbox), ==, ":memory:");
  add_new (outbox, "m1", "demo", "me", TICKETS_OUTBOX_PENDING);
  add_new (outbox, "m2", "demo", "me", TICKETS_OUTBOX_DONE);
  read = tickets_outbox_lookup (outbox, "m1");
  g_assert_nonnull (read);
  g_assert_true (tickets_outbox_update (outbox, read, NULL));
  ids = list_ids (outbox, "demo");
  g_assert_cmpstr (ids, ==, "m1 m2");
  g_assert_cmpuint (tickets_outbox_count_unsent (outbox, NULL, NULL), ==, 1);
  /* Each one its own. */
  g_assert_cmpuint (tickets_outbox_count_unsent (other, NULL, NULL), ==, 0);
  g_clear_object (&outbox);
  g_clear_object (&other);

  /* No file, in the working folder or anywhere. */
  dir = g_dir_open (fixture->dir, 0, NULL);
  g_assert_nonnull (dir);
  g_assert_null (g_dir_read_name (dir));
  g_assert_cmpint (g_chdir (cwd), ==, 0);
}

static void
test_default_path (void)
{
  g_autofree char *expected = g_build_filename (data_home, "tickets", "outbox.sqlite", NULL);
  g_autofree char *folder = g_build_filename (data_home, "tickets", NULL);
  g_autofree char *path = tickets_outbox_dup_default_path ();
  g_autoptr(TicketsOutbox) outbox = NULL;

  g_assert_cmpstr (path, ==, expected);
  g_assert_false (exists (folder));

  outbox = open_outbox (NULL);
  g_assert_cmpstr (tickets_outbox_get_path (outbox), ==, expected);
  add_new (outbox, "default", "demo", "me", TICKETS_OUTBOX_PENDING);
  g_assert_cmpuint (file_mode (folder), ==, 0700);
  g_assert_cmpuint (file_mode (expected), ==, 0600);
  g_clear_object (&outbox);

  outbox = open_outbox (expected);
  g_assert_cmpuint (tickets_outbox_count_unsent (outbox, "demo", "me"), ==, 1);
}

static void
test_open_failure (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *blocker = g_build_filename (fixture->dir, "tickets", NULL);
  g_autoptr(TicketsOutbox) outbox = NULL;
  g_autoptr(GError) error = NULL;

  /* A file where the folder should be. */
  g_assert_true (g_file_set_contents (blocker, "", 0, NULL));
  outbox = tickets_outbox_open (fixture->path, &error);
  g_assert_null (outbox);
  g_assert_nonnull (error);
  g_assert_true (error->domain == G_IO_ERROR);
  g_assert_nonnull (strstr (error->message, blocker));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GFile) home = NULL;
  int status;

  setlocale (LC_ALL, "C.UTF-8");

  /* Before anything asks GLib for it. */
  data_home = g_dir_make_tmp ("test-outbox-home-XXXXXX", NULL);
  g_assert_nonnull (data_home);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/outbox/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("round-trip", test_round_trip);
  ADD ("states", test_states);
  ADD ("update", test_update);
  ADD ("add-twice", test_add_twice);
  ADD ("remove", test_remove);
  ADD ("list", test_list);
  ADD ("count-unsent", test_count_unsent);
  ADD ("prune-done", test_prune_done);
  ADD ("permissions", test_permissions);
  ADD ("existing-folder", test_existing_folder);
  ADD ("pragmas", test_pragmas);
  ADD ("newer-version", test_newer_version);
  ADD ("durable", test_durable);
  ADD ("memory", test_memory);
  ADD ("open-failure", test_open_failure);
#undef ADD
  g_test_add_func ("/outbox/default-path", test_default_path);

  status = g_test_run ();

  home = g_file_new_for_path (data_home);
  remove_tree (home);
  g_free (data_home);
  return status;
}
