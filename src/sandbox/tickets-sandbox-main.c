/* tickets-sandbox-main.c: the sandbox as a program of its own
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib-unix.h>
#include <locale.h>
#include <stdio.h>

#include "sandbox/tickets-sandbox.h"

static gboolean
quit_cb (gpointer user_data)
{
  g_main_loop_quit (user_data);
  return G_SOURCE_REMOVE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TicketsSandbox) sandbox = NULL;
  g_autoptr(GBytes) fixture = NULL;
  g_autoptr(GMainLoop) loop = NULL;
  g_autofree char *fixture_path = NULL;
  g_autofree char *state_path = NULL;
  g_autofree char *address = NULL;
  g_autofree char *fail_kinds_text = NULL;
  TicketsSandboxFailKinds fail_kinds = TICKETS_SANDBOX_FAIL_BEFORE;
  int port = 0;
  int latency = 0;
  int big_order = 0;
  int n_consumers = 0;
  int seed = -1;
  int slow_ms = TICKETS_SANDBOX_DEFAULT_SLOW_MS;
  double fail_rate = 0;
  const GOptionEntry entries[] = {
    { "port", 'p', 0, G_OPTION_ARG_INT, &port, "Port to listen on; 0 picks a free one (default)", "PORT" },
    { "address", 'a', 0, G_OPTION_ARG_STRING, &address, "Address to listen on (default 127.0.0.1, loopback only)", "ADDRESS" },
    { "fixture", 'f', 0, G_OPTION_ARG_FILENAME, &fixture_path, "Load the data from FILE instead of the built-in fixture", "FILE" },
    { "state", 's', 0, G_OPTION_ARG_FILENAME, &state_path, "Keep changes in FILE across restarts (default: in memory)", "FILE" },
    { "latency", 'l', 0, G_OPTION_ARG_INT, &latency, "Delay every answer by MS milliseconds", "MS" },
    { "fail-rate", 'r', 0, G_OPTION_ARG_DOUBLE, &fail_rate, "Fail this share of requests (0 to 1), in the ways --fail-kinds allows", "P" },
    { "fail-kinds", 0, 0, G_OPTION_ARG_STRING, &fail_kinds_text,
      "How --fail-rate fails, from a comma list: before (a 500 or a dropped connection, nothing applied; "
      "the default), after (applied, then a dropped connection or a 502), slow (applied, the answer --slow-ms late); "
      "with before and another, half strike before the change is applied and half after", "LIST" },
    { "slow-ms", 0, 0, G_OPTION_ARG_INT, &slow_ms, "How late a slow fault answers (default 35000, beyond the app's 30 s)", "MS" },
    { "seed", 0, 0, G_OPTION_ARG_INT, &seed, "Seed for injected faults and new uids, for repeatable runs", "N" },
    { "big-order", 'b', 0, G_OPTION_ARG_INT, &big_order, "Add an order of N tickets (uid b16000…, token big-order-token)", "N" },
    { "consumers", 'c', 0, G_OPTION_ARG_INT, &n_consumers, "Add N made-up consumers (uids c0115…), for searching at scale", "N" },
    { NULL }
  };

  setlocale (LC_ALL, "");

  context = g_option_context_new ("— a local Paylogic Shopping API for Tickets");
  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_set_description (context,
                                    "Prints its base URL as the first line on standard output, then serves\n"
                                    "until interrupted. Accounts and tokens are listed in the README.");
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  if (port < 0 || port > 65535 || latency < 0 || big_order < 0 || n_consumers < 0 || fail_rate < 0 || fail_rate > 1 ||
      slow_ms < 0)
    {
      g_printerr ("Out of range: --port takes 0–65535, --latency, --slow-ms, --big-order and --consumers take positive "
                  "numbers, --fail-rate takes 0–1\n");
      return 2;
    }

  if (fail_kinds_text != NULL && !tickets_sandbox_parse_fail_kinds (fail_kinds_text, &fail_kinds, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  if (fixture_path != NULL)
    {
      g_autofree char *contents = NULL;
      gsize length;

      if (!g_file_get_contents (fixture_path, &contents, &length, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      fixture = g_bytes_new_take (g_steal_pointer (&contents), length);
    }

  sandbox = tickets_sandbox_new (fixture, &error);
  if (sandbox == NULL ||
      (state_path != NULL && !tickets_sandbox_set_state_file (sandbox, state_path, &error)))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  /* A restart on its state file finds the big order there already. */
  if (big_order > 0 && !tickets_sandbox_add_big_order (sandbox, big_order, &error) &&
      !(state_path != NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS)))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_clear_error (&error);

  if (n_consumers > 0 && !tickets_sandbox_add_consumers (sandbox, n_consumers, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  if (seed >= 0)
    tickets_sandbox_set_seed (sandbox, seed);
  tickets_sandbox_set_latency (sandbox, latency);
  tickets_sandbox_set_fail_rate (sandbox, fail_rate);
  tickets_sandbox_set_fail_kinds (sandbox, fail_kinds);
  tickets_sandbox_set_slow_ms (sandbox, slow_ms);

  /* Before the URL is printed: whoever reads it may stop us at once. */
  loop = g_main_loop_new (NULL, FALSE);
  g_unix_signal_add (SIGINT, quit_cb, loop);
  g_unix_signal_add (SIGTERM, quit_cb, loop);

  if (!tickets_sandbox_listen (sandbox, address, port, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  g_print ("%s\n", tickets_sandbox_get_base_uri (sandbox));
  fflush (stdout);

  g_main_loop_run (loop);

  return 0;
}
