/* bench-outbox.c: what the outbox costs one submission
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * 100 personalizations through the store with an outbox file (written and
 * synced before the request leaves, updated as it is sent and confirmed)
 * against 100 of the same requests sent with tickets_client_send_async()
 * alone, one at a time, alternating, each on a ticket of its own. Prints
 * `outbox submission median <ms> ms, direct <ms> ms, ratio <r>`, and the
 * store with an outbox in memory, which tells the file's part (fsync
 * included) from the store's own (building the body, applying the answer).
 *
 * The outbox file goes into the working directory (the build tree), not
 * /tmp, which may be in memory where a sync costs nothing. Measured, never
 * asserted.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>

#include "tickets-body.h"
#include "tickets-client.h"
#include "tickets-store-private.h"
#include "tickets-test-sandbox.h"

#define N_RUNS    100
#define N_WARM_UP 3
#define BIG_ORDER "b1600000000000000000000000000000"

typedef struct
{
  TicketsTestSandbox *sandbox;
  TicketsClient      *client;
  TicketsAuth        *auth;
  char               *order_uri;
  guint               next_ticket;
} Bench;

static char *
next_ticket (Bench *bench)
{
  return g_strdup_printf ("b16%029x", ++bench->next_ticket);
}

static TicketsConsumer *
new_holder (guint n)
{
  TicketsConsumer *consumer = tickets_consumer_new ();
  g_autofree char *email = g_strdup_printf ("bench-%u@example.com", n);

  tickets_consumer_set_first_name (consumer, "Bench");
  tickets_consumer_set_last_name (consumer, "Mark");
  tickets_consumer_set_email (consumer, email);
  tickets_consumer_set_gender (consumer, TICKETS_GENDER_OTHER);
  tickets_consumer_set_date_of_birth (consumer, "1990-05-04");

  return consumer;
}

static void
on_done (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static GAsyncResult *
wait_for (GAsyncResult **result)
{
  while (*result == NULL)
    g_main_context_iteration (NULL, TRUE);

  return *result;
}

/* One personalization through @store, in ms. */
static double
through_store (Bench        *bench,
               TicketsStore *store)
{
  g_autofree char *ticket = next_ticket (bench);
  g_autoptr(TicketsConsumer) holder = new_holder (bench->next_ticket);
  g_autoptr(TicketsPersonalization) personalization = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  const char * const tickets[] = { ticket, NULL };
  gint64 start = g_get_monotonic_time ();
  gint64 end;

  tickets_store_personalize_async (store, BIG_ORDER, tickets, holder, TICKETS_CONSENT_NONE,
                                   bench->auth, NULL, on_done, &result);
  personalization = tickets_store_personalize_finish (store, wait_for (&result), &error);
  end = g_get_monotonic_time ();
  g_assert_no_error (error);

  return (end - start) / 1000.0;
}

/* The same request, sent by the client alone, in ms. */
static double
direct (Bench *bench)
{
  g_autofree char *ticket = next_ticket (bench);
  g_autofree char *ticket_uri = tickets_test_uri (bench->sandbox, "tickets", ticket);
  g_autofree char *uri = tickets_test_sandbox_uri (bench->sandbox, "/personalization");
  g_autoptr(TicketsConsumer) holder = new_holder (bench->next_ticket);
  g_autoptr(TicketsResponse) response = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) body = NULL;
  const char * const tickets[] = { ticket_uri, NULL };
  gint64 start = g_get_monotonic_time ();
  gint64 end;

  body = tickets_body_personalization (bench->order_uri, NULL, tickets, holder, TICKETS_CONSENT_NONE);
  tickets_client_send_async (bench->client, "POST", uri, bench->auth, body, NULL, on_done, &result);
  response = tickets_client_send_finish (bench->client, wait_for (&result), &error);
  end = g_get_monotonic_time ();
  g_assert_no_error (error);

  return (end - start) / 1000.0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (GArray *times)
{
  g_array_sort (times, compare_doubles);
  return g_array_index (times, double, times->len / 2);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TicketsStore) file_store = NULL;
  g_autoptr(TicketsStore) memory_store = NULL;
  g_autoptr(TicketsOutbox) outbox = NULL;
  g_autoptr(GArray) file_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) memory_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) direct_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *folder = g_build_filename (g_get_current_dir (), "bench-outbox-XXXXXX", NULL);
  g_autofree char *path = NULL;
  double file_ms, memory_ms, direct_ms;
  Bench bench = { 0 };

  bench.sandbox = tickets_test_sandbox_start_full (NULL, NULL, 3 * (N_RUNS + N_WARM_UP));
  bench.client = tickets_client_new (tickets_test_sandbox_get_base (bench.sandbox), &error);
  g_assert_no_error (error);
  bench.auth = tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, "big-order-token");
  bench.order_uri = tickets_test_uri (bench.sandbox, "orders", BIG_ORDER);

  g_assert_nonnull (g_mkdtemp_full (folder, 0700));
  path = g_build_filename (folder, "outbox.sqlite", NULL);
  outbox = tickets_outbox_open (path, &error);
  g_assert_no_error (error);

  file_store = tickets_store_new (bench.client);
  tickets_store_set_storage (file_store, "bench", NULL, outbox);
  memory_store = tickets_store_new (bench.client);
  tickets_store_set_storage (memory_store, "bench", NULL, NULL);

  for (guint i = 0; i < N_WARM_UP; i++)
    {
      through_store (&bench, file_store);
      through_store (&bench, memory_store);
      direct (&bench);
    }

  /* Alternating, so that whatever else the machine does weighs on all three. */
  for (guint i = 0; i < N_RUNS; i++)
    {
      double ms;

      ms = through_store (&bench, file_store);
      g_array_append_val (file_times, ms);
      ms = direct (&bench);
      g_array_append_val (direct_times, ms);
      ms = through_store (&bench, memory_store);
      g_array_append_val (memory_times, ms);
    }

  file_ms = median (file_times);
  direct_ms = median (direct_times);
  memory_ms = median (memory_times);
  g_print ("outbox submission median %.2f ms, direct %.2f ms, ratio %.2f\n",
           file_ms, direct_ms, file_ms / direct_ms);
  g_print ("outbox in memory median %.2f ms: the file costs %.2f ms a submission\n",
           memory_ms, file_ms - memory_ms);
  fflush (stdout);

  g_clear_object (&file_store);
  g_clear_object (&memory_store);
  g_clear_object (&outbox);
  g_clear_object (&bench.client);
  g_clear_pointer (&bench.auth, tickets_auth_unref);
  g_free (bench.order_uri);
  tickets_test_sandbox_stop (bench.sandbox);

  g_remove (path);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);

    g_remove (wal);
    g_remove (shm);
  }
  g_rmdir (folder);

  return 0;
}
