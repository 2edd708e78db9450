/* bench-counter.c: the box office's counter against the sandbox on
 * loopback: a scan until its verdict is drawn, and a consumer search over
 * 100,000 people until its first rows are drawn
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints figures and the issue's targets; asserts nothing on time (the
 * machine it runs on decides those). Needs a display (run it under
 * xvfb-run).
 *
 * A scan is timed from tickets_counter_submit() (what the field's Enter
 * calls) to the end of the first frame painted after the counter notified
 * its verdict for that code (GdkFrameClock::after-paint of the view's
 * frame clock), so the HTTP round trip, the parse, the classification,
 * the shift log's insert (SQLite, a file as in the app) and the verdict
 * card's layout and drawing all count. The bare GET is the same request
 * (the URL the counter sent, as the sandbox received it, with the same
 * Basic auth) on a plain SoupSession, timed to its last byte.
 *
 * A search is timed from tickets_counter_submit() of a name prefix (the
 * field's Enter: the as-you-type path waits 200 ms more on purpose, which
 * is not counted) to the end of the first frame that shows a row of
 * TicketsConsumerResults.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "tickets-consumer-results.h"
#include "tickets-counter-view.h"
#include "tickets-counter.h"
#include "tickets-shift-log.h"
#include "tickets-test-views.h"

#define N_WARM_UP 10
#define N_SCANS 200
#define N_CONSUMERS 100000
#define N_SEARCHES 20
/* Scans come seconds apart at a real counter; a pause longer than a frame
 * lets the frame clock idle between them, as it would. */
#define PAUSE_MS 30

/* Found for today's event in several verdicts, in turn: the scanner's
 * double-fire filter only ignores the same code twice in a row. */
static const char * const scan_codes[] = {
  TICKETS_SANDBOX_CODE_VALID,
  TICKETS_SANDBOX_CODE_SCANNED,
  TICKETS_SANDBOX_CODE_REISSUED,
  TICKETS_SANDBOX_CODE_NEEDS_NAME,
};

typedef struct
{
  TicketsCounter *counter;
  GtkWidget      *view;
  const char     *code;     /* the scan waited for, NULL for a search */
  gboolean        answered; /* the verdict came */
  gint64          answered_at;
  guint           n_early;  /* frames painted before it came */
  guint           n_loading; /* of those, frames of the loading state */
  gboolean        drawn;    /* a frame was painted after that */
  gint64          drawn_at;
} Wait;

static void
fail_on_error (TicketsCounter *counter)
{
  const GError *error = tickets_counter_get_error (counter);

  if (error != NULL)
    g_error ("The counter's lookup failed: %s", error->message);
}

static void
on_error (TicketsCounter *counter,
          GParamSpec     *pspec,
          Wait           *wait)
{
  fail_on_error (counter);
}

static void
on_verdict (TicketsCounter *counter,
            GParamSpec     *pspec,
            Wait           *wait)
{
  TicketsVerdict *verdict = tickets_counter_get_verdict (counter);

  if (wait->code != NULL && verdict != NULL
      && g_strcmp0 (tickets_verdict_get_code (verdict), wait->code) == 0
      && !wait->answered)
    {
      wait->answered = TRUE;
      wait->answered_at = g_get_monotonic_time ();
    }
}

static gboolean
is_mapped_row (GtkWidget     *widget,
               gconstpointer  data)
{
  GtkWidget *parent = gtk_widget_get_parent (widget);

  /* A list view's row: a child of the GtkListView, mapped and laid out. */
  return parent != NULL && GTK_IS_LIST_VIEW (parent)
         && gtk_widget_get_mapped (widget)
         && gtk_widget_get_height (widget) > 0;
}

static gboolean
is_results (GtkWidget     *widget,
            gconstpointer  data)
{
  return TICKETS_IS_CONSUMER_RESULTS (widget);
}

static gboolean
results_rows_shown (Wait *wait)
{
  TicketsPagedList *list = tickets_counter_get_search_results (wait->counter);
  GtkWidget *results;

  if (list == NULL || g_list_model_get_n_items (G_LIST_MODEL (list)) == 0)
    return FALSE;
  results = tickets_test_find_widget (wait->view, is_results, NULL);

  return results != NULL && gtk_widget_get_mapped (results)
         && tickets_test_find_widget (results, is_mapped_row, NULL) != NULL;
}

static gboolean
is_spinning (GtkWidget     *widget,
             gconstpointer  data)
{
  return GTK_IS_SPINNER (widget) && gtk_widget_get_mapped (widget) && gtk_spinner_get_spinning (GTK_SPINNER (widget));
}

static void
on_after_paint (GdkFrameClock *clock,
                Wait          *wait)
{
  if (wait->drawn)
    return;
  if (wait->code != NULL && !wait->answered)
    {
      wait->n_early++;
      wait->n_loading += tickets_test_find_widget (wait->view, is_spinning, NULL) != NULL;
    }
  if (wait->code != NULL ? wait->answered : results_rows_shown (wait))
    {
      wait->drawn = TRUE;
      wait->drawn_at = g_get_monotonic_time ();
    }
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The value that @share of the sorted @values are at or below. */
static double
percentile (double *values,
            guint   n,
            double  share)
{
  guint rank = (guint) ceil (share * n);

  qsort (values, n, sizeof (double), compare_doubles);
  return values[CLAMP (rank, 1, n) - 1];
}

static GtkWindow *
show_counter (TicketsCounter  *counter,
              GtkWidget      **view)
{
  *view = g_object_ref_sink (tickets_counter_view_new ());
  tickets_counter_view_set_counter (TICKETS_COUNTER_VIEW (*view), counter);

  /* The small counter screen the issue asks to work at. */
  return tickets_test_window_new (*view, 1024, 600);
}

static void
remove_log (const char *path)
{
  /* SQLite's -wal and -shm go when the last connection closes; in case. */
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_unlink (wal);
  g_unlink (shm);
  g_unlink (path);
}

/* One lookup: submit to the verdict's frame, in ms; @notified: submit
 * to the counter's notify of the verdict; @early: frames painted between
 * submit and that notify (the card's loading state). */
static double
scan_ms (Wait       *wait,
         const char *code,
         double     *notified,
         guint      *early)
{
  gint64 deadline = tickets_test_deadline (30);
  gint64 start;

  tickets_test_run_for (PAUSE_MS);
  wait->code = code;
  wait->answered = FALSE;
  wait->drawn = FALSE;
  wait->n_early = 0;
  wait->n_loading = 0;

  start = g_get_monotonic_time ();
  g_assert_cmpint (tickets_counter_submit (wait->counter, code), ==, TICKETS_COUNTER_INPUT_SCAN);
  while (!wait->drawn)
    tickets_test_iterate (deadline);

  *notified = (wait->answered_at - start) / 1000.0;
  *early = wait->n_early;
  return (wait->drawn_at - start) / 1000.0;
}

static void
on_bare_done (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) body = soup_session_send_and_read_finish (SOUP_SESSION (source), result, &error);

  g_assert_no_error (error);
  g_assert_nonnull (body);
  *(gint64 *) user_data = g_get_monotonic_time ();
}

/* The same GET on a plain SoupSession, on the same main loop, in ms. */
static double
bare_get_ms (SoupSession *session,
             const char  *uri)
{
  g_autoptr(SoupMessage) msg = soup_message_new ("GET", uri);
  gint64 deadline = tickets_test_deadline (30);
  gint64 done = 0;
  gint64 start;

  tickets_test_set_auth (msg, TICKETS_TEST_AUTH_BOXOFFICE);
  start = g_get_monotonic_time ();
  soup_session_send_and_read_async (session, msg, G_PRIORITY_DEFAULT, NULL, on_bare_done, &done);
  while (done == 0)
    tickets_test_iterate (deadline);
  g_assert_cmpuint (soup_message_get_status (msg), ==, SOUP_STATUS_OK);

  return (done - start) / 1000.0;
}

/* The store's lookup alone (the GET, its parse and the merge into the
 * store), with no counter or view, in ms. */
static double
store_find_ms (TicketsStore *store,
               TicketsAuth  *auth,
               const char   *code)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(TicketsTicket) ticket = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  tickets_store_find_ticket_async (store, code, TICKETS_SANDBOX_EVENT_TODAY, auth, NULL,
                                   tickets_test_on_done, &result);
  ticket = tickets_store_find_ticket_finish (store, tickets_test_wait_result (&result), &error);
  g_assert_no_error (error);
  g_assert_nonnull (ticket);

  return (g_get_monotonic_time () - start) / 1000.0;
}

/* The counter alone, with no view: submit to its verdict's notify, in ms. */
static double
counter_alone_ms (TicketsCounter *counter,
                  const char     *code)
{
  Wait wait = { .counter = counter, .code = code };
  gint64 deadline = tickets_test_deadline (30);
  gulong handler = g_signal_connect (counter, "notify::verdict", G_CALLBACK (on_verdict), &wait);
  gint64 start = g_get_monotonic_time ();

  g_assert_cmpint (tickets_counter_submit (counter, code), ==, TICKETS_COUNTER_INPUT_SCAN);
  while (!wait.answered)
    tickets_test_iterate (deadline);
  g_signal_handler_disconnect (counter, handler);
  fail_on_error (counter);

  return (wait.answered_at - start) / 1000.0;
}

static void
bench_scan (const char *data_dir)
{
  g_autoptr(TicketsClient) client = NULL;
  g_autoptr(TicketsStore) store = NULL;
  g_autoptr(TicketsAuth) auth = tickets_auth_new_basic ("boxoffice", "boxoffice-demo");
  g_autoptr(TicketsSession) session = NULL;
  g_autoptr(TicketsShiftLog) log = NULL;
  g_autoptr(TicketsCounter) counter = NULL;
  g_autoptr(SoupSession) bare = soup_session_new ();
  g_autoptr(GPtrArray) received = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *log_path = g_build_filename (data_dir, "shift-log.sqlite", NULL);
  g_autofree char *uri = NULL;
  const char * const events[] = { TICKETS_SANDBOX_EVENT_TODAY, NULL };
  TicketsTestSandbox *sandbox = tickets_test_sandbox_start ();
  TicketsSandboxReceived *first;
  GtkWidget *view = NULL;
  GtkWindow *window;
  GdkFrameClock *clock;
  Wait wait = { 0 };
  double scans[N_SCANS], notifies[N_SCANS], gets[N_SCANS], finds[N_SCANS], alone[N_SCANS], ignored;
  double scan_median, get_median, alone_median, p99;
  guint n_requests, n_all, n_early, n_early_scans = 0, n_loading_scans = 0;

  tickets_test_open_store (sandbox, &client, &store);
  session = tickets_test_session_new (store, auth);
  log = tickets_shift_log_new (log_path, &error);
  g_assert_no_error (error);
  counter = tickets_counter_new (session, log);
  tickets_counter_set_events (counter, events);

  window = show_counter (counter, &view);
  wait.counter = counter;
  wait.view = view;
  g_signal_connect (counter, "notify::verdict", G_CALLBACK (on_verdict), &wait);
  g_signal_connect (counter, "notify::error", G_CALLBACK (on_error), &wait);
  clock = gtk_widget_get_frame_clock (view);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &wait);

  /* The first lookups open the connection and build the card. */
  for (guint i = 0; i < N_WARM_UP; i++)
    scan_ms (&wait, scan_codes[i % G_N_ELEMENTS (scan_codes)], &ignored, &n_early);

  tickets_test_sandbox_record (sandbox);
  for (guint i = 0; i < N_SCANS; i++)
    {
      scans[i] = scan_ms (&wait, scan_codes[i % G_N_ELEMENTS (scan_codes)], &notifies[i], &n_early);
      n_early_scans += n_early > 0;
      n_loading_scans += wait.n_loading > 0;
    }
  tickets_test_run_for (PAUSE_MS);

  /* What the counter asked, as the server saw it. */
  received = tickets_test_sandbox_dup_received (sandbox, "GET", "/tickets");
  g_assert_cmpuint (received->len, >=, N_SCANS);
  first = g_ptr_array_index (received, 0);
  uri = first->query != NULL
        ? g_strdup_printf ("%s%s?%s", tickets_test_sandbox_get_base (sandbox), first->path, first->query)
        : g_strdup_printf ("%s%s", tickets_test_sandbox_get_base (sandbox), first->path);
  n_requests = received->len;
  g_clear_pointer (&received, g_ptr_array_unref);
  received = tickets_test_sandbox_dup_received (sandbox, NULL, NULL);
  n_all = received->len;

  for (guint i = 0; i < N_WARM_UP; i++)
    bare_get_ms (bare, uri);
  for (guint i = 0; i < N_SCANS; i++)
    gets[i] = bare_get_ms (bare, uri);

  for (guint i = 0; i < N_WARM_UP; i++)
    store_find_ms (store, auth, scan_codes[i % G_N_ELEMENTS (scan_codes)]);
  for (guint i = 0; i < N_SCANS; i++)
    finds[i] = store_find_ms (store, auth, scan_codes[i % G_N_ELEMENTS (scan_codes)]);

  {
    g_autofree char *alone_path = g_build_filename (data_dir, "shift-log-alone.sqlite", NULL);
    g_autoptr(TicketsShiftLog) alone_log = tickets_shift_log_new (alone_path, &error);
    g_autoptr(TicketsCounter) bare_counter = NULL;

    g_assert_no_error (error);
    bare_counter = tickets_counter_new (session, alone_log);

    tickets_counter_set_events (bare_counter, events);
    for (guint i = 0; i < N_WARM_UP; i++)
      counter_alone_ms (bare_counter, scan_codes[i % G_N_ELEMENTS (scan_codes)]);
    for (guint i = 0; i < N_SCANS; i++)
      alone[i] = counter_alone_ms (bare_counter, scan_codes[i % G_N_ELEMENTS (scan_codes)]);
    g_clear_object (&bare_counter);
    g_clear_object (&alone_log);
    remove_log (alone_path);
  }

  scan_median = tickets_test_median (scans, N_SCANS);
  p99 = percentile (scans, N_SCANS, 0.99);
  get_median = tickets_test_median (gets, N_SCANS);

  g_print ("scan: %d lookups of %d codes for one event, from submit to the verdict's frame drawn "
           "(%.1f GET /tickets each, %.1f requests in all; shift log in SQLite on disk)\n",
           N_SCANS, (int) G_N_ELEMENTS (scan_codes), (double) n_requests / N_SCANS, (double) n_all / N_SCANS);
  g_print ("drawn by %s (GSK_RENDERER picks another)\n",
           G_OBJECT_TYPE_NAME (gtk_native_get_renderer (GTK_NATIVE (window))));
  g_print ("scan median %.2f ms\n", scan_median);
  g_print ("scan p99 %.2f ms (target ≤ 50 ms)\n", p99);
  g_print ("bare GET median %.2f ms (%d GETs of the same URL on a plain SoupSession)\n", get_median, N_SCANS);
  g_print ("scan ratio %.2f (target ≤ 1.5)\n", scan_median / get_median);
  g_print ("scan fastest %.2f ms, slowest %.2f ms\n", scans[0], scans[N_SCANS - 1]);
  g_print ("scan to the verdict's notify (before layout and drawing): median %.2f ms, p99 %.2f ms\n",
           tickets_test_median (notifies, N_SCANS), percentile (notifies, N_SCANS, 0.99));
  alone_median = tickets_test_median (alone, N_SCANS);
  g_print ("scans with a frame painted before their verdict came (which the verdict's frame then waits "
           "behind): %u of %d; with a frame of the loading state: %u\n", n_early_scans, N_SCANS, n_loading_scans);
  g_print ("counter alone (no view; its own shift log on disk), submit to the verdict's notify: median %.2f ms, "
           "ratio %.2f to the bare GET\n", alone_median, alone_median / get_median);
  g_print ("store lookup alone (GET, parse, merge; no counter, no view): median %.2f ms\n",
           tickets_test_median (finds, N_SCANS));

  g_signal_handlers_disconnect_by_data (clock, &wait);
  g_signal_handlers_disconnect_by_data (counter, &wait);
  gtk_window_destroy (window);
  g_clear_object (&view);
  tickets_test_run_frames ();
  g_clear_object (&counter);
  g_clear_object (&session);
  g_clear_object (&store);
  g_clear_object (&client);
  tickets_test_sandbox_stop (sandbox);
  remove_log (log_path);
}

/* A sandbox of its own with 100,000 more consumers, in a thread as
 * tickets_test_sandbox_start() runs its own. */
typedef struct
{
  GMainContext *context;
  GMainLoop    *loop;
  GThread      *thread;
  char         *base;
  double        fill_ms;
  GMutex        mutex;
  GCond         cond;
  gboolean      ready;
} BigSandbox;

static gpointer
serve_big (gpointer data)
{
  BigSandbox *self = data;
  g_autoptr(TicketsSandbox) sandbox = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start;

  g_main_context_push_thread_default (self->context);
  sandbox = tickets_sandbox_new (NULL, &error);
  g_assert_no_error (error);
  start = g_get_monotonic_time ();
  tickets_sandbox_add_consumers (sandbox, N_CONSUMERS, &error);
  g_assert_no_error (error);
  self->fill_ms = (g_get_monotonic_time () - start) / 1000.0;
  tickets_sandbox_listen (sandbox, NULL, 0, &error);
  g_assert_no_error (error);

  g_mutex_lock (&self->mutex);
  self->base = g_strdup (tickets_sandbox_get_base_uri (sandbox));
  self->ready = TRUE;
  g_cond_signal (&self->cond);
  g_mutex_unlock (&self->mutex);

  g_main_loop_run (self->loop);

  tickets_sandbox_disconnect (sandbox);
  g_clear_object (&sandbox);
  g_main_context_pop_thread_default (self->context);

  return NULL;
}

static gboolean
quit_big (gpointer data)
{
  g_main_loop_quit (data);
  return G_SOURCE_REMOVE;
}

/* Prefixes of the made-up consumers' last names, of one to four letters
 * (a text of five letters or more would be taken for a barcode). */
static const char * const prefixes[N_SEARCHES] = {
  "Sm", "Jo", "Ta", "Br", "Wi", "Da", "Ro", "Mü", "Sch", "Fi",
  "We", "Be", "Ma", "Pe", "Ga", "Si", "Ka", "Ja", "Vi", "Me",
};

static void
bench_search (void)
{
  BigSandbox big = { 0 };
  g_autoptr(TicketsClient) client = NULL;
  g_autoptr(TicketsStore) store = NULL;
  g_autoptr(TicketsAuth) auth = tickets_auth_new_basic ("boxoffice", "boxoffice-demo");
  g_autoptr(TicketsSession) session = NULL;
  g_autoptr(TicketsCounter) counter = NULL;
  g_autoptr(GError) error = NULL;
  const char * const events[] = { TICKETS_SANDBOX_EVENT_TODAY, NULL };
  GtkWidget *view = NULL;
  GtkWindow *window;
  GdkFrameClock *clock;
  Wait wait = { 0 };
  double searches[N_SEARCHES];
  guint n_found = 0;

  big.context = g_main_context_new ();
  big.loop = g_main_loop_new (big.context, FALSE);
  g_mutex_init (&big.mutex);
  g_cond_init (&big.cond);
  big.thread = g_thread_new ("big-sandbox", serve_big, &big);
  g_mutex_lock (&big.mutex);
  while (!big.ready)
    g_cond_wait (&big.cond, &big.mutex);
  g_mutex_unlock (&big.mutex);

  client = tickets_client_new (big.base, &error);
  g_assert_no_error (error);
  store = tickets_store_new (client);
  session = tickets_test_session_new (store, auth);
  counter = tickets_counter_new (session, NULL);
  tickets_counter_set_events (counter, events);

  window = show_counter (counter, &view);
  wait.counter = counter;
  wait.view = view;
  g_signal_connect (counter, "notify::error", G_CALLBACK (on_error), &wait);
  clock = gtk_widget_get_frame_clock (view);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &wait);

  for (guint i = 0; i < N_SEARCHES + 1; i++)
    {
      /* The first search opens the connection: not counted. */
      const char *prefix = i == 0 ? "Ho" : prefixes[i - 1];
      gint64 deadline = tickets_test_deadline (60);
      TicketsPagedList *list;
      gint64 start;

      tickets_counter_clear_search (counter);
      tickets_test_run_for (PAUSE_MS);
      wait.drawn = FALSE;

      start = g_get_monotonic_time ();
      g_assert_cmpint (tickets_counter_submit (counter, prefix), ==, TICKETS_COUNTER_INPUT_SEARCH);
      while (!wait.drawn)
        {
          tickets_test_iterate (deadline);
          list = tickets_counter_get_search_results (counter);
          /* A prefix no one's name has would never draw a row. */
          if (list != NULL && !tickets_paged_list_get_loading (list)
              && g_list_model_get_n_items (G_LIST_MODEL (list)) == 0
              && g_get_monotonic_time () - start > 5 * G_USEC_PER_SEC)
            g_error ("No one's last or first name starts with “%s”", prefix);
        }
      if (i > 0)
        {
          searches[i - 1] = (wait.drawn_at - start) / 1000.0;
          n_found += g_list_model_get_n_items (G_LIST_MODEL (tickets_counter_get_search_results (counter)));
        }
    }

  g_print ("search: %d consumers in the sandbox (made in %.0f ms); %d searches of 1 to 4 letters, "
           "from submit (Enter: the as-you-type 200 ms pause not counted) to the first result rows drawn "
           "(%u rows in their first pages)\n",
           N_CONSUMERS, big.fill_ms, N_SEARCHES, n_found);
  g_print ("search median %.2f ms (target ≤ 100 ms)\n", tickets_test_median (searches, N_SEARCHES));
  g_print ("search fastest %.2f ms, slowest %.2f ms\n", searches[0], searches[N_SEARCHES - 1]);

  g_signal_handlers_disconnect_by_data (clock, &wait);
  g_signal_handlers_disconnect_by_data (counter, &wait);
  gtk_window_destroy (window);
  g_clear_object (&view);
  tickets_test_run_frames ();
  g_clear_object (&counter);
  g_clear_object (&session);
  g_clear_object (&store);
  g_clear_object (&client);

  g_main_context_invoke (big.context, quit_big, big.loop);
  g_thread_join (big.thread);
  g_main_loop_unref (big.loop);
  g_main_context_unref (big.context);
  g_mutex_clear (&big.mutex);
  g_cond_clear (&big.cond);
  g_free (big.base);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_dir = NULL;

  if (!tickets_test_views_init (&argc, &argv))
    {
      g_print ("skipped: no display (run under xvfb-run)\n");
      return 0;
    }

  data_dir = g_dir_make_tmp ("bench-counter-XXXXXX", &error);
  g_assert_no_error (error);

  /* bench-counter [scan|search]: one of them only (for a profiler). */
  if (argc < 2 || g_str_equal (argv[1], "scan"))
    bench_scan (data_dir);
  if (argc < 2 || g_str_equal (argv[1], "search"))
    bench_search ();

  g_rmdir (data_dir);
  return 0;
}
