/* test-consumer-results.c: the counter's consumer search results in a real
 * window, over the sandbox: only the first page is asked for until the
 * list is scrolled or arrowed to its end; Enter opens the row it is on;
 * the count, the empty state with what was searched for, the error state
 * with Try Again; names as typed, never markup
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-auth.h"
#include "tickets-consumer-results.h"
#include "tickets-test-views.h"

typedef struct
{
  TicketsTestSandbox     *sandbox;
  TicketsClient          *client;
  TicketsStore           *store;
  TicketsAuth            *auth;
  TicketsConsumerResults *view;
  GtkWindow              *window;
  GPtrArray              *activated;
} Fixture;

static void
on_consumer_activated (TicketsConsumerResults *view,
                       TicketsConsumer        *consumer,
                       Fixture                *fixture)
{
  g_ptr_array_add (fixture->activated, g_object_ref (consumer));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->sandbox = tickets_test_sandbox_start ();
  tickets_test_open_store (fixture->sandbox, &fixture->client, &fixture->store);
  fixture->auth = tickets_auth_new_basic ("boxoffice", "boxoffice-demo");
  fixture->activated = g_ptr_array_new_with_free_func (g_object_unref);

  fixture->view = g_object_ref_sink (TICKETS_CONSUMER_RESULTS (tickets_consumer_results_new ()));
  g_signal_connect (fixture->view, "consumer-activated", G_CALLBACK (on_consumer_activated), fixture);
  /* Small, as at a counter: 20 rows do not fit. */
  fixture->window = tickets_test_window_new (GTK_WIDGET (fixture->view), 480, 400);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  tickets_test_destroy_window (fixture->window, g_steal_pointer (&fixture->view));
  g_clear_pointer (&fixture->activated, g_ptr_array_unref);
  g_clear_pointer (&fixture->auth, tickets_auth_unref);
  tickets_test_close_store (fixture->sandbox, fixture->client, fixture->store);
}

/* Searches with @filters (name, value, …, NULL) and shows the list. */
static TicketsPagedList *
search (Fixture    *fixture,
        const char *first_name,
        ...)
{
  g_autoptr(GHashTable) filters = g_hash_table_new (g_str_hash, g_str_equal);
  TicketsPagedList *list;
  va_list args;

  va_start (args, first_name);
  for (const char *name = first_name; name != NULL; name = va_arg (args, const char *))
    g_hash_table_insert (filters, (gpointer) name, va_arg (args, char *));
  va_end (args);

  list = tickets_store_search_consumers (fixture->store, filters, fixture->auth);
  tickets_consumer_results_set_filters (fixture->view, filters);
  tickets_consumer_results_set_list (fixture->view, list);

  return list;
}

static void
wait_loaded (TicketsPagedList *list)
{
  gint64 deadline = tickets_test_deadline (10);

  while (tickets_paged_list_get_loading (list))
    tickets_test_iterate (deadline);
  /* Layout, and whatever the view asks for once it has laid out. */
  tickets_test_run_for (300);
}

static guint
count_pages (Fixture *fixture)
{
  return tickets_test_sandbox_count (fixture->sandbox, "GET", "/consumers");
}

/* The query of the @index-th GET /consumers since recording. */
static char *
dup_query (Fixture *fixture,
           guint    index)
{
  g_autoptr(GPtrArray) received = tickets_test_sandbox_dup_received (fixture->sandbox, "GET", "/consumers");
  TicketsSandboxReceived *request;

  g_assert_cmpuint (index, <, received->len);
  request = g_ptr_array_index (received, index);

  return g_strdup (request->query != NULL ? request->query : "");
}

static gboolean
label_is_mapped (gpointer    root,
                 const char *text)
{
  GtkWidget *label = tickets_test_find_label (root, text);

  return label != NULL && gtk_widget_get_mapped (label);
}

static void
test_pages_lazily (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(TicketsPagedList) list = NULL;
  g_autoptr(TicketsConsumer) top = NULL;
  g_autofree char *top_name = NULL;
  g_autofree char *count = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  GtkScrolledWindow *scrolled;
  GtkAdjustment *adjustment;
  gint64 deadline;

  count = g_strdup_printf ("%" G_GINT64_FORMAT " people", tickets_test_consumer_count (fixture->sandbox));
  tickets_test_sandbox_record (fixture->sandbox);
  list = search (fixture, NULL);
  wait_loaded (list);

  /* One page, the count of all, and the rows of what shows only. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 20);
  g_assert_cmpuint (count_pages (fixture), ==, 1);
  first = dup_query (fixture, 0);
  g_assert_null (strstr (first, "page="));
  g_assert_true (label_is_mapped (fixture->view, count));
  top = g_list_model_get_item (G_LIST_MODEL (list), 0);
  top_name = tickets_consumer_dup_full_name (top);
  g_assert_true (label_is_mapped (fixture->view, top_name));

  /* Scrolled to the end: the second page, and only that one. */
  scrolled = GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (tickets_test_find_label (fixture->view, top_name),
                                                           GTK_TYPE_SCROLLED_WINDOW));
  adjustment = gtk_scrolled_window_get_vadjustment (scrolled);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  deadline = tickets_test_deadline (10);
  while (count_pages (fixture) < 2 || tickets_paged_list_get_loading (list))
    tickets_test_iterate (deadline);
  wait_loaded (list);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 40);
  g_assert_cmpuint (count_pages (fixture), ==, 2);
  second = dup_query (fixture, 1);
  g_assert_nonnull (strstr (second, "page=2"));
}

static void
test_keyboard (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(TicketsPagedList) list = NULL;
  g_autoptr(TicketsConsumer) fourth = NULL;
  TicketsConsumer *activated;
  gint64 deadline;

  tickets_test_sandbox_record (fixture->sandbox);
  list = search (fixture, NULL);
  wait_loaded (list);
  g_assert_cmpuint (count_pages (fixture), ==, 1);

  g_assert_true (tickets_consumer_results_focus_first (fixture->view));
  tickets_test_run_frames ();
  if (!tickets_test_press_keys (fixture->window, "Down Down Down Return"))
    {
      g_test_skip ("No X display or xdotool to press keys with");
      return;
    }

  /* Enter opens the row the arrows went to. */
  g_assert_cmpuint (fixture->activated->len, ==, 1);
  activated = g_ptr_array_index (fixture->activated, 0);
  fourth = g_list_model_get_item (G_LIST_MODEL (list), 3);
  g_assert_true (activated == fourth);
  g_assert_cmpuint (count_pages (fixture), ==, 1);

  /* Arrowing down to the end of the first page asks for the second. */
  g_assert_true (tickets_test_press_keys (fixture->window,
                                          "Down Down Down Down Down Down Down Down Down Down "
                                          "Down Down Down Down Down Down"));
  deadline = tickets_test_deadline (10);
  while (count_pages (fixture) < 2 || tickets_paged_list_get_loading (list))
    tickets_test_iterate (deadline);
  wait_loaded (list);
  g_assert_cmpuint (count_pages (fixture), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 40);
}

static void
test_activate_named_row (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(TicketsPagedList) list = NULL;
  g_autoptr(TicketsConsumer) john = NULL;
  g_autofree char *details = NULL;
  g_autofree char *spoken = NULL;
  GtkWidget *label;
  GtkWidget *list_row;
  GtkListView *list_view;
  g_autofree char *name = NULL;

  list = search (fixture, "email", "john.smith.last@example.com", NULL);
  wait_loaded (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);

  /* The name large, the rest below; all of it read out on the row. */
  john = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_cmpstr (tickets_consumer_get_country (john), ==, "US");
  details = g_strdup_printf ("%s · %s · %s, United States", tickets_consumer_get_email (john),
                             tickets_consumer_get_date_of_birth (john), tickets_consumer_get_city (john));
  spoken = g_strdup_printf ("John Smith: %s, %s, %s, United States", tickets_consumer_get_email (john),
                            tickets_consumer_get_date_of_birth (john), tickets_consumer_get_city (john));
  label = tickets_test_find_label (fixture->view, "John Smith");
  g_assert_nonnull (label);
  g_assert_true (label_is_mapped (fixture->view, details));
  list_row = gtk_widget_get_parent (gtk_widget_get_parent (label));
  name = gtk_test_accessible_check_property (GTK_ACCESSIBLE (list_row), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken);
  g_assert_null (name);

  list_view = GTK_LIST_VIEW (gtk_widget_get_ancestor (label, GTK_TYPE_LIST_VIEW));
  g_signal_emit_by_name (list_view, "activate", 0);
  g_assert_cmpuint (fixture->activated->len, ==, 1);
  g_assert_cmpstr (tickets_consumer_get_uid (g_ptr_array_index (fixture->activated, 0)), ==,
                   TICKETS_TEST_CO_JOHN);
}

static void
test_empty (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(TicketsPagedList) list = NULL;
  GtkWidget *page;

  list = search (fixture, "last_name__startswith", "Zzqx", NULL);
  wait_loaded (list);

  g_assert_true (label_is_mapped (fixture->view, "No One Found"));
  page = gtk_widget_get_ancestor (tickets_test_find_label (fixture->view, "No One Found"), ADW_TYPE_STATUS_PAGE);
  g_assert_cmpstr (adw_status_page_get_description (ADW_STATUS_PAGE (page)), ==,
                   "No one matches the search: last name starts with “Zzqx”.");
  g_assert_false (tickets_consumer_results_focus_first (fixture->view));
}

static void
test_error_and_try_again (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(TicketsPagedList) list = NULL;
  GtkWidget *button;
  gint64 deadline;

  /* One attempt: the client would try a 500 again by itself. */
  tickets_client_set_retry_policy (fixture->client, 1, 0);
  tickets_test_sandbox_fail_next (fixture->sandbox, 1, TICKETS_SANDBOX_FAULT_SERVER_ERROR, 0);
  tickets_test_sandbox_record (fixture->sandbox);
  list = search (fixture, "last_name", "Smith", NULL);
  wait_loaded (list);

  g_assert_nonnull (tickets_paged_list_get_error (list));
  g_assert_true (label_is_mapped (fixture->view, "Cannot Search"));
  g_assert_false (label_is_mapped (fixture->view, "John Smith"));

  button = tickets_test_get_control (fixture->view, "Try the search again");
  g_assert_true (gtk_widget_get_mapped (button));
  gtk_widget_activate (button);

  deadline = tickets_test_deadline (10);
  while (!label_is_mapped (fixture->view, "John Smith"))
    tickets_test_iterate (deadline);
  g_assert_null (tickets_paged_list_get_error (list));
  g_assert_false (label_is_mapped (fixture->view, "Cannot Search"));
  g_assert_cmpuint (count_pages (fixture), ==, 2);
}

static void
test_names_are_text (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(TicketsTestResponse) response = NULL;
  g_autoptr(TicketsPagedList) list = NULL;
  GtkWidget *label;

  response = tickets_test_request (fixture->sandbox, "POST", "/consumers", TICKETS_TEST_AUTH_BOXOFFICE,
                                   "{\"consumers\": [{\"first_name\": \"Tom & Jerry\", \"last_name\": \"<i>x</i>\","
                                   " \"email\": \"tom.jerry@example.org\"}]}");
  g_assert_cmpuint (response->status, ==, 201);

  list = search (fixture, "email", "tom.jerry@example.org", NULL);
  wait_loaded (list);

  label = tickets_test_find_label (fixture->view, "Tom & Jerry <i>x</i>");
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_get_mapped (label));
  g_assert_false (gtk_label_get_use_markup (GTK_LABEL (label)));
  g_assert_true (label_is_mapped (fixture->view, "1 person"));
}

int
main (int   argc,
      char *argv[])
{
  tickets_test_allow_focus_out_warning ();
  if (!tickets_test_views_init (&argc, &argv))
    return g_test_run ();

#define ADD(path, func) \
  g_test_add ("/consumer-results/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("pages-lazily", test_pages_lazily);
  ADD ("keyboard", test_keyboard);
  ADD ("activate-named-row", test_activate_named_row);
  ADD ("empty", test_empty);
  ADD ("error-and-try-again", test_error_and_try_again);
  ADD ("names-are-text", test_names_are_text);
#undef ADD

  return g_test_run ();
}
