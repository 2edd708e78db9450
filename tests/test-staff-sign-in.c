/* test-staff-sign-in.c: the program signs in to the box office from the
 * command line, the password read from standard input: what the sandbox
 * receives shows the password arrived whole, and what the box office
 * asked next (today's events, or with --event the counter's first question)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "tickets-test-sandbox.h"

static const char *tickets_path;

/* What "boxoffice:boxoffice-demo" is in a Basic Authorization header. */
#define BOXOFFICE_BASIC "Basic Ym94b2ZmaWNlOmJveG9mZmljZS1kZW1v"

/* In the child: a process group of its own, so that stopping it stops
 * the bus and the program under it too. */
static void
new_process_group (gpointer user_data)
{
  setpgid (0, 0);
}

/* The program on @sandbox with the staff options and @more (NULL-terminated),
 * @password on its standard input, on a session bus of its own (so that no
 * other instance takes its command line). */
static GSubprocess *
start_tickets (TicketsTestSandbox  *sandbox,
               const char          *password,
               const char * const  *more)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE |
                                                                       G_SUBPROCESS_FLAGS_STDOUT_SILENCE |
                                                                       G_SUBPROCESS_FLAGS_STDERR_SILENCE);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GOutputStream) stdin_pipe = NULL;
  GSubprocess *process;
  gsize written;

  g_subprocess_launcher_setenv (launcher, "LANGUAGE", "en", TRUE);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  /* The app's own warnings are not this test's business. */
  g_subprocess_launcher_unsetenv (launcher, "G_DEBUG");
  /* No accessibility bus under the private session bus: its launcher
   * would announce itself on the display that other tests share. */
  g_subprocess_launcher_setenv (launcher, "GTK_A11Y", "none", TRUE);
  g_subprocess_launcher_set_child_setup (launcher, new_process_group, NULL, NULL);
  g_ptr_array_add (argv, (gpointer) "dbus-run-session");
  g_ptr_array_add (argv, (gpointer) "--");
  g_ptr_array_add (argv, (gpointer) tickets_path);
  g_ptr_array_add (argv, (gpointer) "--server");
  g_ptr_array_add (argv, (gpointer) tickets_test_sandbox_get_base (sandbox));
  g_ptr_array_add (argv, (gpointer) "--staff-user=boxoffice");
  g_ptr_array_add (argv, (gpointer) "--password-stdin");
  for (guint i = 0; more != NULL && more[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) more[i]);
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  stdin_pipe = g_object_ref (g_subprocess_get_stdin_pipe (process));
  g_output_stream_write_all (stdin_pipe, password, strlen (password), &written, NULL, &error);
  g_assert_no_error (error);
  g_output_stream_close (stdin_pipe, NULL, &error);
  g_assert_no_error (error);

  return process;
}

/* The GET requests to @path with the box office's password, once at least
 * @n have come (failing after 30 s). */
static GPtrArray *
wait_for_requests (TicketsTestSandbox *sandbox,
                   const char         *path,
                   guint               n)
{
  gint64 deadline = tickets_test_deadline (30);

  for (;;)
    {
      g_autoptr(GPtrArray) received = tickets_test_sandbox_dup_received (sandbox, "GET", path);
      GPtrArray *signed_in = g_ptr_array_new_with_free_func (g_free);

      for (guint i = 0; i < received->len; i++)
        {
          TicketsSandboxReceived *request = g_ptr_array_index (received, i);

          /* Nothing but the whole password, without its line break. */
          g_assert_cmpstr (request->authorization, ==, BOXOFFICE_BASIC);
          g_ptr_array_add (signed_in, g_strdup (request->query != NULL ? request->query : ""));
        }
      if (signed_in->len >= n)
        return signed_in;
      g_ptr_array_unref (signed_in);

      tickets_test_iterate (deadline);
    }
}

static void
stop_tickets (GSubprocess *process)
{
  const char *pid = g_subprocess_get_identifier (process);

  if (pid != NULL)
    kill (-(pid_t) g_ascii_strtoll (pid, NULL, 10), SIGKILL);
  g_subprocess_wait (process, NULL, NULL);
  g_object_unref (process);
}

/* Signed in, the box office lists today's events to choose from. */
static void
test_chooses_events (void)
{
  TicketsTestSandbox *sandbox;
  g_autoptr(GPtrArray) queries = NULL;
  GSubprocess *process;
  gboolean today = FALSE;

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_test_skip ("no display");
      return;
    }

  sandbox = tickets_test_sandbox_start ();
  tickets_test_sandbox_record (sandbox);
  process = start_tickets (sandbox, "boxoffice-demo\n", NULL);

  /* The sign-in's check, then the chooser's listing of today. */
  queries = wait_for_requests (sandbox, "/events", 2);
  for (guint i = 0; i < queries->len; i++)
    today |= strstr (g_ptr_array_index (queries, i), "event_start__lte=") != NULL;
  g_assert_true (today);

  stop_tickets (process);
  tickets_test_sandbox_stop (sandbox);
}

/* With --event, the counter opens at once and asks its first question:
 * whether the role may look tickets up. */
static void
test_event_given (void)
{
  const char *more[] = { "--event=" TICKETS_TEST_EV_OPEN, NULL };
  TicketsTestSandbox *sandbox;
  g_autoptr(GPtrArray) queries = NULL;
  GSubprocess *process;

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_test_skip ("no display");
      return;
    }

  sandbox = tickets_test_sandbox_start ();
  tickets_test_sandbox_record (sandbox);
  process = start_tickets (sandbox, "boxoffice-demo\n", more);

  queries = wait_for_requests (sandbox, "/tickets", 1);
  g_assert_nonnull (strstr (g_ptr_array_index (queries, 0), "code="));

  stop_tickets (process);
  tickets_test_sandbox_stop (sandbox);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_assert_cmpint (argc, ==, 2);
  tickets_path = argv[1];

  g_test_add_func ("/staff-sign-in/chooses-events", test_chooses_events);
  g_test_add_func ("/staff-sign-in/event-given", test_event_given);

  return g_test_run ();
}
