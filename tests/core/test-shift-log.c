/* test-shift-log.c: the counter's lookups in SQLite, across restarts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include "tickets-shift-log.h"

/* $XDG_DATA_HOME is a folder of this program's own (set before GLib reads
 * it; G_TEST_OPTION_ISOLATE_DIRS would do, but leaks under valgrind), and
 * each test starts without a tickets/ folder in it. */

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

static void
fresh_data_dir (void)
{
  g_autoptr(GFile) data = g_file_new_for_path (g_get_user_data_dir ());
  GStatBuf buf;

  remove_tree (data);
  g_assert_cmpint (g_stat (g_get_user_data_dir (), &buf), !=, 0);
}

static GDateTime *
at (int minute)
{
  return g_date_time_new_utc (2026, 12, 7, 20, minute, 1.5);
}

static void
add_at (TicketsShiftLog    *log,
        int                 minute,
        const char         *code,
        TicketsVerdictKind  kind,
        const char         *event)
{
  g_autoptr(GDateTime) time = at (minute);

  tickets_shift_log_add (log, time, code, kind, event);
}

static TicketsShiftEntry *
item (TicketsShiftLog *log,
      guint            position)
{
  /* The log holds its entries: a borrowed pointer is enough here. */
  g_autoptr(TicketsShiftEntry) entry = g_list_model_get_item (G_LIST_MODEL (log), position);

  return entry;
}

typedef struct
{
  guint position;
  guint removed;
  guint added;
  guint count;
} Changes;

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Changes    *changes)
{
  changes->position = position;
  changes->removed = removed;
  changes->added = added;
  changes->count++;
}

static void
test_path_for (void)
{
  g_autofree char *a = tickets_shift_log_dup_path_for ("https://example.org", "boxoffice");
  g_autofree char *b = tickets_shift_log_dup_path_for ("https://example.org", "boxoffice");
  g_autofree char *c = tickets_shift_log_dup_path_for ("https://example.org/", "boxoffice");
  g_autofree char *d = tickets_shift_log_dup_path_for ("https://example.org\nbox", "office");
  g_autofree char *e = tickets_shift_log_dup_path_for ("https://example.org\n", "boxoffice");
  g_autofree char *folder = g_build_filename (g_get_user_data_dir (), "tickets", NULL);
  g_autofree char *dir = g_path_get_dirname (a);
  g_autofree char *base = g_path_get_basename (a);

  g_assert_cmpstr (a, ==, b);
  g_assert_cmpstr (a, !=, c);
  g_assert_cmpstr (d, !=, e);
  g_assert_cmpstr (dir, ==, folder);
  g_assert_true (g_str_has_prefix (base, "shift-log-"));
  g_assert_true (g_str_has_suffix (base, ".sqlite"));
  g_assert_cmpuint (strlen (base), ==, strlen ("shift-log-") + 16 + strlen (".sqlite"));
  /* Neither the server nor the staff member shows in the name. */
  g_assert_null (strstr (a, "boxoffice"));
  g_assert_null (strstr (a, "example"));
}

static void
test_add_find_clear (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TicketsShiftLog) log = tickets_shift_log_new (NULL, &error);
  Changes changes = { 0 };
  TicketsShiftEntry *found;

  g_assert_no_error (error);
  g_assert_true (G_IS_LIST_MODEL (log));
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (log)) == TICKETS_TYPE_SHIFT_ENTRY);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (log)), ==, 0);
  g_assert_null (tickets_shift_log_find (log, "AAAA1111"));

  g_signal_connect (log, "items-changed", G_CALLBACK (on_items_changed), &changes);
  add_at (log, 1, "AAAA1111", TICKETS_VERDICT_VALID, "event-1");
  g_assert_cmpuint (changes.count, ==, 1);
  g_assert_cmpuint (changes.position, ==, 0);
  g_assert_cmpuint (changes.removed, ==, 0);
  g_assert_cmpuint (changes.added, ==, 1);

  add_at (log, 2, "BBBB2222", TICKETS_VERDICT_NOT_FOUND, NULL);
  add_at (log, 3, "AAAA1111", TICKETS_VERDICT_ALREADY_SCANNED, "event-1");
  g_assert_cmpuint (changes.count, ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (log)), ==, 3);

  found = tickets_shift_log_find (log, "AAAA1111");
  g_assert_nonnull (found);
  g_assert_cmpint (tickets_shift_entry_get_kind (found), ==, TICKETS_VERDICT_ALREADY_SCANNED);
  g_assert_cmpint (g_date_time_get_minute (tickets_shift_entry_get_time (found)), ==, 3);
  found = tickets_shift_log_find (log, "BBBB2222");
  g_assert_nonnull (found);
  g_assert_null (tickets_shift_entry_get_event (found));
  g_assert_null (tickets_shift_log_find (log, "CCCC3333"));

  tickets_shift_log_clear (log);
  g_assert_cmpuint (changes.count, ==, 4);
  g_assert_cmpuint (changes.position, ==, 0);
  g_assert_cmpuint (changes.removed, ==, 3);
  g_assert_cmpuint (changes.added, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (log)), ==, 0);
  g_assert_null (tickets_shift_log_find (log, "AAAA1111"));
}

static void
test_newest_first (void)
{
  g_autoptr(TicketsShiftLog) log = tickets_shift_log_new (NULL, NULL);
  TicketsShiftEntry *entry;

  add_at (log, 1, "AAAA1111", TICKETS_VERDICT_VALID, "event-1");
  add_at (log, 2, "BBBB2222", TICKETS_VERDICT_REISSUED, "event-2");
  add_at (log, 3, "CCCC3333", TICKETS_VERDICT_EXPIRED, "event-1");

  g_assert_cmpstr (tickets_shift_entry_get_code (item (log, 0)), ==, "CCCC3333");
  g_assert_cmpstr (tickets_shift_entry_get_code (item (log, 1)), ==, "BBBB2222");
  g_assert_cmpstr (tickets_shift_entry_get_code (item (log, 2)), ==, "AAAA1111");
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (log), 3));

  entry = item (log, 1);
  g_assert_cmpint (tickets_shift_entry_get_kind (entry), ==, TICKETS_VERDICT_REISSUED);
  g_assert_cmpstr (tickets_shift_entry_get_event (entry), ==, "event-2");
}

static void
test_survives_reopen (void)
{
  g_autofree char *path = tickets_shift_log_dup_path_for ("https://example.org", "boxoffice");
  g_autoptr(GError) error = NULL;
  g_autoptr(TicketsShiftLog) log = tickets_shift_log_new (path, &error);
  g_autoptr(GDateTime) expected = at (2);
  TicketsShiftEntry *entry;

  g_assert_no_error (error);
  add_at (log, 1, "AAAA1111", TICKETS_VERDICT_VALID, "event-1");
  add_at (log, 2, "BBBB2222", TICKETS_VERDICT_NEEDS_NAME, "event-1");
  tickets_shift_log_add_print (log, "BBBB2222");
  g_clear_object (&log);

  log = tickets_shift_log_new (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (log)), ==, 2);
  entry = item (log, 0);
  g_assert_cmpstr (tickets_shift_entry_get_code (entry), ==, "BBBB2222");
  g_assert_cmpint (tickets_shift_entry_get_kind (entry), ==, TICKETS_VERDICT_NEEDS_NAME);
  g_assert_cmpstr (tickets_shift_entry_get_event (entry), ==, "event-1");
  /* To the microsecond, in UTC. */
  g_assert_true (g_date_time_equal (tickets_shift_entry_get_time (entry), expected));
  g_assert_cmpint (g_date_time_get_microsecond (tickets_shift_entry_get_time (entry)), ==, 500000);
  g_assert_cmpstr (tickets_shift_entry_get_code (item (log, 1)), ==, "AAAA1111");
  g_assert_nonnull (tickets_shift_log_find (log, "AAAA1111"));
  g_assert_cmpuint (tickets_shift_log_get_prints (log, "BBBB2222"), ==, 1);

  /* Cleared stays cleared. */
  tickets_shift_log_clear (log);
  g_clear_object (&log);
  log = tickets_shift_log_new (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (log)), ==, 0);
  g_assert_null (tickets_shift_log_find (log, "AAAA1111"));
  g_assert_cmpuint (tickets_shift_log_get_prints (log, "BBBB2222"), ==, 0);
}

static void
test_one_file_per_identity (void)
{
  g_autofree char *path_a = tickets_shift_log_dup_path_for ("https://example.org", "boxoffice");
  g_autofree char *path_b = tickets_shift_log_dup_path_for ("https://example.org", "door2");
  g_autoptr(TicketsShiftLog) a = tickets_shift_log_new (path_a, NULL);
  g_autoptr(TicketsShiftLog) b = tickets_shift_log_new (path_b, NULL);

  add_at (a, 1, "AAAA1111", TICKETS_VERDICT_VALID, "event-1");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (b)), ==, 0);
  g_assert_null (tickets_shift_log_find (b, "AAAA1111"));
}

static void
assert_mode (const char *path,
             guint       mode)
{
  GStatBuf buf;

  g_assert_cmpint (g_stat (path, &buf), ==, 0);
  g_assert_cmpuint (buf.st_mode & 0777, ==, mode);
}

static void
test_permissions (void)
{
  g_autofree char *path = tickets_shift_log_dup_path_for ("https://example.org", "boxoffice");
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autoptr(TicketsShiftLog) log = NULL;
  g_autoptr(GError) error = NULL;
  mode_t old_umask = umask (0);

  /* A permissive umask: the modes must not come from it. */
  log = tickets_shift_log_new (path, &error);
  g_assert_no_error (error);
  add_at (log, 1, "AAAA1111", TICKETS_VERDICT_VALID, "event-1");

  assert_mode (folder, 0700);
  assert_mode (path, 0600);
  /* SQLite's own files next to it, while it is open. */
  assert_mode (wal, 0600);
  assert_mode (shm, 0600);

  /* A folder made by someone else with wider rights is narrowed. */
  g_clear_object (&log);
  g_assert_cmpint (g_chmod (folder, 0755), ==, 0);
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
  log = tickets_shift_log_new (path, &error);
  g_assert_no_error (error);
  assert_mode (folder, 0700);
  assert_mode (path, 0600);

  umask (old_umask);
}

static void
test_open_error (void)
{
  g_autofree char *blocker = g_build_filename (g_get_user_data_dir (), "not-a-folder", NULL);
  g_autofree char *path = g_build_filename (blocker, "shift-log.sqlite", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(TicketsShiftLog) log = NULL;

  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0700), ==, 0);
  g_assert_true (g_file_set_contents (blocker, "", 0, NULL));
  log = tickets_shift_log_new (path, &error);
  g_assert_null (log);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "not-a-folder"));
}

static void
test_not_a_database (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "tickets", "garbage.sqlite", NULL);
  g_autofree char *folder = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(TicketsShiftLog) log = NULL;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, "This is not an SQLite file, it is long enough to be read as a header, "
                                      "so SQLite must refuse it as not a database at all.", -1, NULL));
  log = tickets_shift_log_new (path, &error);
  g_assert_null (log);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "garbage.sqlite"));
}

static void
test_prints (void)
{
  g_autoptr(TicketsShiftLog) log = tickets_shift_log_new (NULL, NULL);

  g_assert_cmpuint (tickets_shift_log_get_prints (log, "AAAA1111"), ==, 0);
  tickets_shift_log_add_print (log, "AAAA1111");
  g_assert_cmpuint (tickets_shift_log_get_prints (log, "AAAA1111"), ==, 1);
  tickets_shift_log_add_print (log, "AAAA1111");
  tickets_shift_log_add_print (log, "BBBB2222");
  g_assert_cmpuint (tickets_shift_log_get_prints (log, "AAAA1111"), ==, 2);
  g_assert_cmpuint (tickets_shift_log_get_prints (log, "BBBB2222"), ==, 1);
  g_assert_cmpuint (tickets_shift_log_get_prints (log, "CCCC3333"), ==, 0);
  /* Printing is no lookup. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (log)), ==, 0);
}

/* A file with more lookups than the list loads: the list holds the
 * newest, find() still reaches the oldest. */
static void
test_long_shift (void)
{
  g_autofree char *path = tickets_shift_log_dup_path_for ("https://example.org", "boxoffice");
  g_autoptr(TicketsShiftLog) log = tickets_shift_log_new (path, NULL);
  g_autoptr(GDateTime) start = at (0);
  TicketsShiftEntry *entry;
  sqlite3 *db;

  g_clear_object (&log);
  /* Faster than 6,000 add()s, each of which is its own transaction. */
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "BEGIN", NULL, NULL, NULL), ==, SQLITE_OK);
  for (int i = 0; i < 6000; i++)
    {
      g_autofree char *sql = g_strdup_printf ("INSERT INTO lookups (time, code, kind, event) "
                                              "VALUES (%" G_GINT64_FORMAT ", 'CODE%05d', %d, 'event-1')",
                                              (g_date_time_to_unix (start) + i) * G_USEC_PER_SEC
                                              + g_date_time_get_microsecond (start),
                                              i, TICKETS_VERDICT_VALID);

      g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
    }
  g_assert_cmpint (sqlite3_exec (db, "COMMIT", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  log = tickets_shift_log_new (path, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (log)), ==, 5000);
  g_assert_cmpstr (tickets_shift_entry_get_code (item (log, 0)), ==, "CODE05999");
  g_assert_cmpstr (tickets_shift_entry_get_code (item (log, 4999)), ==, "CODE01000");

  entry = tickets_shift_log_find (log, "CODE00007");
  g_assert_nonnull (entry);
  g_assert_cmpint (g_date_time_difference (tickets_shift_entry_get_time (entry), start), ==, 7 * G_USEC_PER_SEC);
  g_assert_true (tickets_shift_log_find (log, "CODE00007") == entry);
  g_assert_nonnull (tickets_shift_log_find (log, "CODE05999"));
  g_assert_null (tickets_shift_log_find (log, "CODE06000"));

  /* A lookup of an old code again: the new one is found first. */
  add_at (log, 30, "CODE00007", TICKETS_VERDICT_ALREADY_SCANNED, "event-1");
  entry = tickets_shift_log_find (log, "CODE00007");
  g_assert_cmpint (tickets_shift_entry_get_kind (entry), ==, TICKETS_VERDICT_ALREADY_SCANNED);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (log)), ==, 5001);
}

/* No column could hold a name or an email. */
static void
test_schema_holds_no_person (void)
{
  g_autofree char *path = tickets_shift_log_dup_path_for ("https://example.org", "boxoffice");
  g_autoptr(TicketsShiftLog) log = tickets_shift_log_new (path, NULL);
  g_autoptr(GString) columns = g_string_new (NULL);
  sqlite3_stmt *stmt;
  sqlite3 *db;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "SELECT m.name, p.name FROM sqlite_master m, pragma_table_info(m.name) p"
                                       " WHERE m.type = 'table' ORDER BY m.name, p.cid",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (columns, "%s.%s ", sqlite3_column_text (stmt, 0), sqlite3_column_text (stmt, 1));
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  g_assert_cmpstr (columns->str, ==, "lookups.id lookups.time lookups.code lookups.kind lookups.event "
                                     "prints.code prints.count ");
}

typedef struct
{
  const char *path;
  void      (*func) (void);
} Test;

/* Each test starts without a tickets/ folder. */
static void
run_fresh (gconstpointer data)
{
  const Test *test = data;

  fresh_data_dir ();
  test->func ();
}

static const Test tests[] = {
  { "/shift-log/path-for", test_path_for },
  { "/shift-log/add-find-clear", test_add_find_clear },
  { "/shift-log/newest-first", test_newest_first },
  { "/shift-log/survives-reopen", test_survives_reopen },
  { "/shift-log/one-file-per-identity", test_one_file_per_identity },
  { "/shift-log/permissions", test_permissions },
  { "/shift-log/open-error", test_open_error },
  { "/shift-log/not-a-database", test_not_a_database },
  { "/shift-log/prints", test_prints },
  { "/shift-log/long-shift", test_long_shift },
  { "/shift-log/schema-holds-no-person", test_schema_holds_no_person },
};

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_dir = g_dir_make_tmp ("test-shift-log-XXXXXX", NULL);
  g_autoptr(GFile) data = NULL;
  int status;

  g_assert_nonnull (data_dir);
  g_setenv ("XDG_DATA_HOME", data_dir, TRUE);
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_assert_cmpstr (g_get_user_data_dir (), ==, data_dir);

  for (guint i = 0; i < G_N_ELEMENTS (tests); i++)
    g_test_add_data_func (tests[i].path, &tests[i], run_fresh);

  status = g_test_run ();
  data = g_file_new_for_path (data_dir);
  remove_tree (data);

  return status;
}
