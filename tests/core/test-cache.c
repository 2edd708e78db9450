/* test-cache.c: the cache file on its own: round trip, names, modes,
 * deletion, pruning and writes from threads
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sys/stat.h>
#include <utime.h>
#include <glib/gstdio.h>

#include "tickets-cache.h"

#define SERVER "https://tickets.example.org/api/"
#define FAN "order-0123456789abcdef"
#define STAFF "basic-fedcba9876543210"

static char *
new_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("test-cache-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  const char *name;

  while (folder != NULL && (name = g_dir_read_name (folder)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

static TicketsCache *
open_cache (const char *dir,
            const char *identity)
{
  g_autoptr(GError) error = NULL;
  TicketsCache *cache = tickets_cache_open (dir, SERVER, identity, &error);

  g_assert_no_error (error);
  g_assert_nonnull (cache);
  return cache;
}

static void
put (TicketsCache *cache,
     const char   *uri,
     const char   *json,
     gint64        fetched)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GError) error = NULL;

  g_assert_true (tickets_cache_put (cache, uri, bytes, fetched, &error));
  g_assert_no_error (error);
}

static void
assert_cached (TicketsCache *cache,
               const char   *uri,
               const char   *json,
               gint64        fetched)
{
  gint64 when = -1;
  g_autoptr(GBytes) bytes = tickets_cache_get (cache, uri, &when);

  g_assert_nonnull (bytes);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), json, strlen (json));
  g_assert_cmpint (when, ==, fetched);
}

static void
test_round_trip (void)
{
  g_autofree char *dir = new_dir ();
  g_autoptr(TicketsCache) cache = open_cache (dir, FAN);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  gint64 when = 0;
  g_autoptr(GBytes) bytes = NULL;

  g_assert_null (tickets_cache_get (cache, "orders/1", NULL));

  put (cache, "orders/1", "{\"uid\":\"1\"}", 1700000000);
  assert_cached (cache, "orders/1", "{\"uid\":\"1\"}", 1700000000);

  /* A newer answer replaces the older; 0 means now. */
  put (cache, "orders/1", "{\"uid\":\"1\",\"n\":2}", 0);
  bytes = tickets_cache_get (cache, "orders/1", &when);
  g_assert_nonnull (bytes);
  g_assert_cmpint (when, >=, now);
  g_assert_cmpint (when, <=, now + 5);

  /* Reopened, it is all still there. */
  g_clear_object (&cache);
  cache = open_cache (dir, FAN);
  assert_cached (cache, "orders/1", "{\"uid\":\"1\",\"n\":2}", when);

  remove_dir (dir);
}

static void
test_path (void)
{
  g_autofree char *dir = new_dir ();
  g_autofree char *fan = tickets_cache_dup_path (dir, SERVER, FAN);
  g_autofree char *staff = tickets_cache_dup_path (dir, SERVER, STAFF);
  g_autofree char *other_server = tickets_cache_dup_path (dir, "https://elsewhere.example/", FAN);
  g_autofree char *fan_name = g_path_get_basename (fan);
  g_autofree char *staff_name = g_path_get_basename (staff);
  g_autofree char *default_dir = tickets_cache_dup_default_dir ();
  g_autofree char *in_default = tickets_cache_dup_path (NULL, SERVER, FAN);
  g_autoptr(TicketsCache) cache = open_cache (dir, FAN);

  g_assert_true (g_str_has_prefix (fan_name, "order-"));
  g_assert_true (g_str_has_prefix (staff_name, "basic-"));
  g_assert_true (g_str_has_suffix (fan_name, ".sqlite"));
  /* kind, dash, 32 hex digits, .sqlite: neither the server nor the
   * identity's own hash shows. */
  g_assert_cmpuint (strlen (fan_name), ==, strlen ("order-") + 32 + strlen (".sqlite"));
  g_assert_null (strstr (fan_name, "0123456789abcdef"));
  g_assert_null (strstr (fan_name, "example"));
  g_assert_cmpstr (fan, !=, other_server);
  g_assert_cmpstr (tickets_cache_get_path (cache), ==, fan);

  g_assert_true (g_str_has_suffix (default_dir, G_DIR_SEPARATOR_S "tickets"));
  g_assert_true (g_str_has_prefix (in_default, default_dir));

  g_clear_object (&cache);
  remove_dir (dir);
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
test_modes (void)
{
  g_autofree char *parent = new_dir ();
  g_autofree char *dir = g_build_filename (parent, "tickets", NULL);
  g_autoptr(TicketsCache) cache = NULL;
  g_autofree char *wal = NULL;
  g_autofree char *shm = NULL;
  mode_t old_umask = umask (0);

  /* Even with nothing masked, only the owner may read. */
  cache = open_cache (dir, FAN);
  umask (old_umask);
  put (cache, "orders/1", "{\"name\":\"Anna\"}", 0);

  assert_mode (dir, 0700);
  assert_mode (tickets_cache_get_path (cache), 0600);
  wal = g_strconcat (tickets_cache_get_path (cache), "-wal", NULL);
  shm = g_strconcat (tickets_cache_get_path (cache), "-shm", NULL);
  assert_mode (wal, 0600);
  assert_mode (shm, 0600);

  g_clear_object (&cache);
  remove_dir (dir);
  g_rmdir (parent);
}

static void
test_delete (void)
{
  g_autofree char *dir = new_dir ();
  g_autoptr(TicketsCache) cache = open_cache (dir, FAN);
  g_autoptr(TicketsCache) other = open_cache (dir, STAFF);
  g_autofree char *path = g_strdup (tickets_cache_get_path (cache));
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autoptr(GError) error = NULL;

  put (cache, "orders/1", "{}", 0);
  put (other, "orders/2", "{}", 0);
  g_clear_object (&cache);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));

  g_assert_true (tickets_cache_delete (dir, SERVER, FAN, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));
  /* Only that one. */
  g_assert_true (g_file_test (tickets_cache_get_path (other), G_FILE_TEST_EXISTS));

  /* No cache is no error; a new one starts empty. */
  g_assert_true (tickets_cache_delete (dir, SERVER, FAN, &error));
  g_assert_no_error (error);
  cache = open_cache (dir, FAN);
  g_assert_null (tickets_cache_get (cache, "orders/1", NULL));

  g_clear_object (&cache);
  g_clear_object (&other);
  remove_dir (dir);
}

static void
age (const char *path,
     guint       days)
{
  const char * const suffixes[] = { "", "-wal", "-shm" };
  time_t then = time (NULL) - (time_t) days * 24 * 60 * 60;

  for (gsize i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      struct utimbuf times = { then, then };

      if (g_file_test (file, G_FILE_TEST_EXISTS))
        g_assert_cmpint (utime (file, &times), ==, 0);
    }
}

static void
test_prune_staff (void)
{
  g_autofree char *dir = new_dir ();
  g_autofree char *old_staff = tickets_cache_dup_path (dir, SERVER, STAFF);
  g_autofree char *new_staff = tickets_cache_dup_path (dir, SERVER, "basic-1111");
  g_autofree char *old_fan = tickets_cache_dup_path (dir, SERVER, FAN);
  const char * const identities[] = { STAFF, "basic-1111", FAN };

  for (gsize i = 0; i < G_N_ELEMENTS (identities); i++)
    {
      g_autoptr(TicketsCache) cache = open_cache (dir, identities[i]);

      put (cache, "events/1", "{}", 0);
    }
  age (old_staff, 40);
  age (old_fan, 40);

  g_assert_cmpuint (tickets_cache_prune_staff (dir, 30), ==, 1);
  g_assert_false (g_file_test (old_staff, G_FILE_TEST_EXISTS));
  /* A staff cache used lately, and a fan's however old, stay. */
  g_assert_true (g_file_test (new_staff, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (old_fan, G_FILE_TEST_EXISTS));

  g_assert_cmpuint (tickets_cache_prune_staff (dir, 30), ==, 0);
  remove_dir (dir);
}

static gpointer
put_many (gpointer data)
{
  TicketsCache *cache = data;

  for (guint i = 0; i < 100; i++)
    {
      g_autofree char *uri = g_strdup_printf ("tickets/%p-%u", (void *) g_thread_self (), i);

      put (cache, uri, "{\"status\":\"valid\"}", 0);
    }

  return NULL;
}

static void
test_threads (void)
{
  g_autofree char *dir = new_dir ();
  g_autoptr(TicketsCache) cache = open_cache (dir, FAN);
  GThread *threads[4];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("put", put_many, cache);
  for (guint i = 0; i < 200; i++)
    g_assert_null (tickets_cache_get (cache, "orders/none", NULL));
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_thread_ref (threads[i]);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_thread_join (threads[i]);

  /* Every put of every thread is there. */
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    {
      for (guint j = 0; j < 100; j++)
        {
          g_autofree char *uri = g_strdup_printf ("tickets/%p-%u", (void *) threads[i], j);
          g_autoptr(GBytes) json = tickets_cache_get (cache, uri, NULL);

          g_assert_nonnull (json);
        }
      g_thread_unref (threads[i]);
    }
  g_clear_object (&cache);
  remove_dir (dir);
}

static void
test_damaged (void)
{
  g_autofree char *dir = new_dir ();
  g_autofree char *path = tickets_cache_dup_path (dir, SERVER, FAN);
  g_autoptr(TicketsCache) cache = NULL;
  g_autoptr(GError) error = NULL;

  /* Not a database: a cache starts again rather than fail. */
  g_assert_true (g_file_set_contents (path, "this is not SQLite, not at all, not even close", -1, &error));
  cache = open_cache (dir, FAN);
  put (cache, "orders/1", "{}", 1700000000);
  assert_cached (cache, "orders/1", "{}", 1700000000);

  g_clear_object (&cache);
  remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cache/round-trip", test_round_trip);
  g_test_add_func ("/cache/path", test_path);
  g_test_add_func ("/cache/modes", test_modes);
  g_test_add_func ("/cache/delete", test_delete);
  g_test_add_func ("/cache/prune-staff", test_prune_staff);
  g_test_add_func ("/cache/threads", test_threads);
  g_test_add_func ("/cache/damaged", test_damaged);

  return g_test_run ();
}
