/* bench-outbox.c: what keeping a change on the disk costs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Adds 200 entries to an outbox in a real file and updates each once (as
 * a submission does: written, then marked as sending), and prints the
 * median of add() and update() together, and of each: each one waits for
 * its fsync. The file is under $XDG_DATA_HOME (the build folder, on the
 * disk), not /tmp, which may be memory.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>

#include "tickets-outbox.h"

#define N_ENTRIES 200

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof *values, compare_doubles);
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "bench-outbox-XXXXXX", NULL);
  g_autofree char *path = NULL;
  g_autoptr(TicketsOutbox) outbox = NULL;
  g_autoptr(GError) error = NULL;
  double both[N_ENTRIES], adds[N_ENTRIES], updates[N_ENTRIES];

  if (g_mkdir_with_parents (g_get_user_data_dir (), 0700) != 0 || g_mkdtemp (dir) == NULL)
    g_error ("No folder for the benchmark in %s", g_get_user_data_dir ());
  path = g_build_filename (dir, "tickets", "outbox.sqlite", NULL);
  outbox = tickets_outbox_open (path, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < N_ENTRIES; i++)
    {
      g_autoptr(TicketsOutboxEntry) entry = tickets_outbox_entry_new ();
      gint64 start, added, updated;

      entry->id = g_uuid_string_random ();
      entry->server = g_strdup ("demo");
      entry->base = g_strdup ("https://tickets.example/api");
      entry->identity = g_strdup ("0123456789abcdef");
      entry->method = g_strdup ("PUT");
      entry->uri = g_strdup_printf ("https://tickets.example/api/tickets/t%u/consumer", i);
      entry->body = g_strdup ("{\"first_name\":\"Ada\",\"last_name\":\"Lovelace\",\"email\":\"ada@example.org\"}");
      entry->typed = g_strdup (entry->body);

      start = g_get_monotonic_time ();
      if (!tickets_outbox_add (outbox, entry, &error))
        g_error ("%s", error->message);
      added = g_get_monotonic_time ();
      entry->state = TICKETS_OUTBOX_SENDING;
      entry->attempts = 1;
      if (!tickets_outbox_update (outbox, entry, &error))
        g_error ("%s", error->message);
      updated = g_get_monotonic_time ();

      adds[i] = (added - start) / 1000.0;
      updates[i] = (updated - added) / 1000.0;
      both[i] = (updated - start) / 1000.0;
    }

  printf ("outbox add+update median %.3f ms\n", median (both, N_ENTRIES));
  printf ("outbox add median %.3f ms, update median %.3f ms (%u entries, %s)\n",
          median (adds, N_ENTRIES), median (updates, N_ENTRIES), N_ENTRIES, path);

  g_clear_object (&outbox);
  for (guint i = 0; i < 3; i++)
    {
      const char *suffix[] = { "", "-wal", "-shm" };
      g_autofree char *file = g_strconcat (path, suffix[i], NULL);

      g_unlink (file);
    }
  {
    g_autofree char *folder = g_path_get_dirname (path);

    g_rmdir (folder);
    g_rmdir (dir);
  }
  return 0;
}
