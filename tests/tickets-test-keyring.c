/* tickets-test-keyring.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <signal.h>
#include <string.h>

#include <glib/gstdio.h>
#include <libsecret/secret.h>

#include "tickets-test-keyring.h"
#include "tickets-test-sandbox.h"

#define SECRETS_NAME "org.freedesktop.secrets"

/* One of each for the program, as there is one session bus for it. */
static GTestDBus *private_bus;
static GSubprocess *test_keyring;

char *
tickets_test_private_home (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *template = g_strdup_printf ("tickets-test-%s-XXXXXX", name);
  g_autofree char *runtime = NULL;
  char *home;

  home = g_dir_make_tmp (template, &error);
  g_assert_no_error (error);
  runtime = g_build_filename (home, "run", NULL);
  g_assert_cmpint (g_mkdir (runtime, 0700), ==, 0);
  g_setenv ("HOME", home, TRUE);
  g_setenv ("XDG_RUNTIME_DIR", runtime, TRUE);
  g_unsetenv ("XDG_DATA_HOME");
  g_unsetenv ("XDG_CONFIG_HOME");
  g_unsetenv ("XDG_CACHE_HOME");

  return home;
}

void
tickets_test_remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          tickets_test_remove_tree (child);
        }
    }
  g_remove (path);
}

static GDBusConnection *
get_session_bus (void)
{
  g_autoptr(GError) error = NULL;
  GDBusConnection *connection = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);

  g_assert_no_error (error);

  return connection;
}

gboolean
tickets_test_bus_has_owner (const char *name)
{
  g_autoptr(GDBusConnection) connection = get_session_bus ();
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;
  gboolean owned;

  reply = g_dbus_connection_call_sync (connection, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "NameHasOwner", g_variant_new ("(s)", name),
                                       G_VARIANT_TYPE ("(b)"), G_DBUS_CALL_FLAGS_NONE, -1, NULL, &error);
  g_assert_no_error (error);
  g_variant_get (reply, "(b)", &owned);

  return owned;
}

char *
tickets_test_keyring_dup_default_collection (void)
{
  g_autoptr(GDBusConnection) connection = get_session_bus ();
  g_autoptr(GVariant) reply = NULL;
  const char *path;

  reply = g_dbus_connection_call_sync (connection, SECRETS_NAME, "/org/freedesktop/secrets",
                                       "org.freedesktop.Secret.Service", "ReadAlias",
                                       g_variant_new ("(s)", "default"), G_VARIANT_TYPE ("(o)"),
                                       G_DBUS_CALL_FLAGS_NO_AUTO_START, -1, NULL, NULL);
  if (reply == NULL)
    return NULL;
  g_variant_get (reply, "(&o)", &path);

  return g_str_equal (path, "/") ? NULL : g_strdup (path);
}

GSubprocess *
tickets_test_keyring_start (void)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autofree char *program = g_find_program_in_path ("gnome-keyring-daemon");
  g_autoptr(GError) error = NULL;
  g_autofree char *collection = NULL;
  GSubprocess *keyring;
  GOutputStream *input;
  gint64 deadline;

  if (program == NULL)
    return NULL;

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_SILENCE);
  keyring = g_subprocess_launcher_spawn (launcher, &error, program,
                                         "--foreground", "--components=secrets", "--unlock", NULL);
  g_assert_no_error (error);

  input = g_subprocess_get_stdin_pipe (keyring);
  g_output_stream_write_all (input, "keyring-password", strlen ("keyring-password"), NULL, NULL, &error);
  g_assert_no_error (error);
  g_output_stream_close (input, NULL, &error);
  g_assert_no_error (error);

  /* Ready once the login keyring is, created and unlocked with the
   * password it was given: it becomes the default collection. */
  deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  while ((collection = tickets_test_keyring_dup_default_collection ()) == NULL)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_usleep (20000);
    }

  return keyring;
}

void
tickets_test_keyring_stop (GSubprocess **keyring)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  /* libsecret keeps one proxy for the process: what comes next starts anew. */
  secret_service_disconnect ();

  if (*keyring == NULL)
    return;

  g_subprocess_send_signal (*keyring, SIGTERM);
  g_assert_true (g_subprocess_wait (*keyring, NULL, NULL));
  g_clear_object (keyring);

  while (tickets_test_bus_has_owner (SECRETS_NAME))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_usleep (10000);
    }
}

int
tickets_test_run_on_private_bus (void)
{
  int status;

  private_bus = g_test_dbus_new (G_TEST_DBUS_NONE);
  g_test_dbus_up (private_bus);

  status = g_test_run ();

  tickets_test_keyring_down ();
  g_test_dbus_down (private_bus);
  g_clear_object (&private_bus);

  return status;
}

const char *
tickets_test_private_bus_get_address (void)
{
  g_assert_nonnull (private_bus);

  return g_test_dbus_get_bus_address (private_bus);
}

gboolean
tickets_test_keyring_up (void)
{
  /* libsecret keeps one proxy for the process: the test starts anew. */
  secret_service_disconnect ();

  if (test_keyring == NULL)
    test_keyring = tickets_test_keyring_start ();
  if (test_keyring == NULL)
    g_test_skip ("gnome-keyring-daemon is not installed (Debian package gnome-keyring)");

  return test_keyring != NULL;
}

void
tickets_test_keyring_down (void)
{
  tickets_test_keyring_stop (&test_keyring);
}

GAsyncResult *
tickets_test_keyring_wait_result (GAsyncResult **result)
{
  gint64 deadline = tickets_test_deadline (30);

  while (*result == NULL)
    tickets_test_iterate (deadline);

  return *result;
}
