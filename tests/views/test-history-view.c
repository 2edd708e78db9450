/* test-history-view.c: an order's personalization history in a real window,
 * over the sandbox: the personalizations the sandbox lists, newest first,
 * each with its holder and its tickets; a chosen one's details and the way
 * back; no names given yet; a refused token
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-history-view.h"
#include "tickets-history-view-private.h"
#include "tickets-personalization-details-private.h"
#include "tickets-test-views.h"

typedef struct
{
  TicketsTestSandbox *sandbox;
  TicketsClient      *client;
  TicketsStore       *store;
  TicketsSession     *session;
  char               *order_uri;
  GtkWindow          *window;
  TicketsHistoryView *view;
  GAsyncResult       *result;
  guint               n_showing_details_notifies;
} Fixture;

/* Spins the main loop until the view shows the page @name, failing after 10 s. */
static void
wait_for_page (Fixture    *fixture,
               const char *name)
{
  gint64 deadline = tickets_test_deadline (10);

  while (g_strcmp0 (tickets_history_view_get_page_name (fixture->view), name) != 0)
    tickets_test_iterate (deadline);
}

/* Spins the main loop for a few frames, so that layout, drawing and the
 * requests already answered run: 200 ms, twice what
 * tickets_test_run_frames() gives them. */
static void
run_frames (void)
{
  tickets_test_run_for (200);
}

static gboolean
is_mapped_button (GtkWidget     *widget,
                  gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->sandbox = tickets_test_sandbox_start ();
  tickets_test_open_store (fixture->sandbox, &fixture->client, &fixture->store);
  fixture->session = tickets_test_session_new (fixture->store, NULL);
  fixture->order_uri = tickets_test_uri (fixture->sandbox, "orders", TICKETS_TEST_OR_DEMO);

  fixture->view = g_object_ref (TICKETS_HISTORY_VIEW (tickets_history_view_new ()));
  tickets_test_count_signal (fixture->view, "notify::showing-details", &fixture->n_showing_details_notifies);
  fixture->window = tickets_test_window_new (GTK_WIDGET (fixture->view), 360, 900);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_null (fixture->result);

  tickets_test_destroy_window (fixture->window, fixture->view);
  /* Cancelled requests still return through the main loop. */
  run_frames ();
  g_free (fixture->order_uri);
  g_assert_finalize_object (fixture->session);
  tickets_test_close_store (fixture->sandbox, fixture->client, fixture->store);
}

static void
load (Fixture    *fixture,
      const char *order,
      const char *order_token)
{
  g_autoptr(TicketsAuth) auth = tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, order_token);

  tickets_session_set_auth (fixture->session, auth);
  tickets_history_view_load (fixture->view, fixture->session, order);
  g_assert_cmpstr (tickets_history_view_get_page_name (fixture->view), ==, "loading");
}

/* Names the demo order's second ticket through the store, so that the
 * order has a personalization newer than the fixture's. */
static void
personalize_second_ticket (Fixture *fixture)
{
  g_autoptr(TicketsAuth) auth = tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, "demo-order-token");
  g_autoptr(TicketsConsumer) holder = tickets_consumer_new ();
  g_autoptr(TicketsPersonalization) personalization = NULL;
  g_autoptr(GError) error = NULL;
  const char *tickets[] = { TICKETS_TEST_TK_DEMO_2, NULL };

  tickets_consumer_set_first_name (holder, "Maria");
  tickets_consumer_set_last_name (holder, "Jansen");
  tickets_consumer_set_date_of_birth (holder, "1990-05-04");
  tickets_consumer_set_gender (holder, TICKETS_GENDER_FEMALE);
  tickets_consumer_set_email (holder, "maria.jansen@example.org");

  tickets_store_personalize_async (fixture->store, TICKETS_TEST_OR_DEMO, tickets, holder, TICKETS_CONSENT_NONE,
                                   auth, NULL, tickets_test_on_done, &fixture->result);
  personalization = tickets_store_personalize_finish (fixture->store, tickets_test_wait_result (&fixture->result),
                                                      &error);
  g_clear_object (&fixture->result);
  g_assert_no_error (error);
  g_assert_nonnull (personalization);
}

static char *
served_name (JsonObject *personalization)
{
  JsonObject *consumer = json_object_get_object_member (personalization, "consumer");

  return g_strdup_printf ("%s %s",
                          json_object_get_string_member (consumer, "first_name"),
                          json_object_get_string_member (consumer, "last_name"));
}

/* A served created_at as the view shows it: local time, "4 July 2026, 14:00". */
static char *
served_when (JsonObject *personalization)
{
  g_autoptr(GDateTime) created_at = g_date_time_new_from_iso8601 (json_object_get_string_member (personalization, "created_at"), NULL);
  g_autoptr(GDateTime) local = NULL;

  g_assert_nonnull (created_at);
  local = g_date_time_to_local (created_at);

  return g_date_time_format (local, "%-d %B %Y, %H:%M");
}

static const char *
row_title (GtkListBoxRow *row)
{
  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
}

static const char *
row_subtitle (GtkListBoxRow *row)
{
  return adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
}

/* The row of rows whose title is title, NULL when there is none. */
static GtkWidget *
find_row (GPtrArray  *rows,
          const char *title)
{
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (row_title (rows->pdata[i]), title) == 0)
      return rows->pdata[i];

  return NULL;
}

static void
test_list_and_details (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(TicketsTestResponse) listed = NULL;
  g_autofree char *path = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *newest_name = NULL;
  JsonArray *served;
  GListModel *personalizations;
  TicketsPersonalizationDetails *details;
  TicketsPersonalization *shown;
  GtkListBoxRow *row;
  JsonObject *anna;
  JsonObject *anna_ticket;
  GtkWidget *detail;
  guint n_items;

  personalize_second_ticket (fixture);

  /* What the sandbox itself lists for the order, in its order. */
  escaped = g_uri_escape_string (fixture->order_uri, NULL, FALSE);
  path = g_strconcat ("/personalization/?order=", escaped, NULL);
  listed = tickets_test_request (fixture->sandbox, "GET", path, TICKETS_TEST_AUTH_ORDER_DEMO, NULL);
  g_assert_cmpuint (listed->status, ==, 200);
  served = tickets_test_embedded_list (tickets_test_response_object (listed), "shop:personalization");
  n_items = json_array_get_length (served);
  g_assert_cmpuint (n_items, ==, 2);

  load (fixture, fixture->order_uri, "demo-order-token");
  wait_for_page (fixture, "list");
  run_frames ();

  /* Every personalization the sandbox has, newest first: the one just made
   * heads the list, named after its holder, with its ticket's barcode. */
  personalizations = tickets_history_view_get_personalizations (fixture->view);
  g_assert_cmpuint (g_list_model_get_n_items (personalizations), ==, n_items);
  for (guint i = 0; i < n_items; i++)
    {
      JsonObject *expected = json_array_get_object_element (served, n_items - 1 - i);
      g_autoptr(TicketsPersonalization) personalization = g_list_model_get_item (personalizations, i);
      g_autofree char *name = served_name (expected);
      g_autofree char *when = served_when (expected);
      JsonArray *tickets = tickets_test_embedded_list (expected, "shop:ticket");

      g_assert_cmpstr (tickets_resource_get_uid (TICKETS_RESOURCE (personalization)), ==,
                       json_object_get_string_member (expected, "uid"));
      row = gtk_list_box_get_row_at_index (tickets_history_view_get_list_box (fixture->view), i);
      g_assert_nonnull (row);
      g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (row)));
      g_assert_cmpstr (row_title (row), ==, name);
      /* When, in local time, heads the row. */
      g_assert_true (g_str_has_prefix (row_subtitle (row), when));
      g_assert_cmpuint (json_array_get_length (tickets), ==, 1);
      g_assert_nonnull (strstr (row_subtitle (row),
                                json_object_get_string_member (json_array_get_object_element (tickets, 0), "code")));
    }
  newest_name = served_name (json_array_get_object_element (served, n_items - 1));
  g_assert_cmpstr (newest_name, ==, "Maria Jansen");
  g_assert_nonnull (strstr (row_subtitle (gtk_list_box_get_row_at_index (tickets_history_view_get_list_box (fixture->view), 0)),
                            "2216132656086"));

  /* Activating the older one shows its details. */
  anna = json_array_get_object_element (served, 0);
  g_assert_cmpstr (json_object_get_string_member (anna, "uid"), ==, TICKETS_TEST_PE_ANNA);
  anna_ticket = json_array_get_object_element (tickets_test_embedded_list (anna, "shop:ticket"), 0);
  row = gtk_list_box_get_row_at_index (tickets_history_view_get_list_box (fixture->view), 1);
  gtk_widget_activate (GTK_WIDGET (row));
  g_assert_cmpstr (tickets_history_view_get_page_name (fixture->view), ==, "details");
  g_assert_true (tickets_history_view_get_showing_details (fixture->view));
  g_assert_cmpuint (fixture->n_showing_details_notifies, ==, 1);
  /* One way back, the header bar's (the window's): none in the page, and
   * the keyboard lands on the details. */
  run_frames ();
  g_assert_null (tickets_test_find_widget (fixture->view, is_mapped_button, NULL));
  g_assert_nonnull (gtk_window_get_focus (fixture->window));
  g_assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (fixture->window),
                                         GTK_WIDGET (tickets_history_view_get_details (fixture->view))));
  /* Its refresh from the server arrives, and nothing says it failed. */
  run_frames ();
  g_assert_null (tickets_history_view_get_details_error_text (fixture->view));

  details = tickets_history_view_get_details (fixture->view);
  shown = tickets_personalization_details_get_personalization (details);
  g_assert_nonnull (shown);
  g_assert_cmpstr (tickets_resource_get_uid (TICKETS_RESOURCE (shown)), ==, TICKETS_TEST_PE_ANNA);
  {
    g_autofree char *name = served_name (anna);
    JsonObject *consumer = json_object_get_object_member (anna, "consumer");

    g_autofree char *when = served_when (anna);
    g_autofree char *named_on = g_strconcat ("Named on ", when, NULL);

    g_assert_cmpstr (tickets_personalization_details_get_name_text (details), ==, name);
    g_assert_cmpstr (tickets_personalization_details_get_when_text (details), ==, named_on);
    detail = find_row (tickets_personalization_details_get_holder_rows (details), "Email");
    g_assert_nonnull (detail);
    g_assert_cmpstr (row_subtitle (GTK_LIST_BOX_ROW (detail)), ==, json_object_get_string_member (consumer, "email"));
    detail = find_row (tickets_personalization_details_get_holder_rows (details), "First name");
    g_assert_nonnull (detail);
    g_assert_cmpstr (row_subtitle (GTK_LIST_BOX_ROW (detail)), ==, json_object_get_string_member (consumer, "first_name"));
    /* Only the details that are set: the sandbox's consumer has no company. */
    g_assert_cmpstr (json_object_get_string_member (consumer, "company_name"), ==, "");
    g_assert_null (find_row (tickets_personalization_details_get_holder_rows (details), "Company"));
  }
  g_assert_cmpuint (tickets_personalization_details_get_ticket_rows (details)->len, ==, 1);
  g_assert_nonnull (strstr (row_subtitle (tickets_personalization_details_get_ticket_rows (details)->pdata[0]),
                            json_object_get_string_member (anna_ticket, "code")));

  /* Back to the list, onto the row the details came from. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "history.back", NULL));
  g_assert_cmpstr (tickets_history_view_get_page_name (fixture->view), ==, "list");
  g_assert_false (tickets_history_view_get_showing_details (fixture->view));
  g_assert_cmpuint (fixture->n_showing_details_notifies, ==, 2);
  g_assert_true (gtk_window_get_focus (fixture->window) == GTK_WIDGET (row));
  g_assert_null (tickets_personalization_details_get_personalization (details));
}

static int
compare_served_newest_first (gconstpointer a,
                             gconstpointer b)
{
  const char *made_a = json_object_get_string_member (*(JsonObject **) a, "created_at");
  const char *made_b = json_object_get_string_member (*(JsonObject **) b, "created_at");

  /* ISO 8601 in UTC sorts as text. */
  return g_strcmp0 (made_b, made_a);
}

/* Order DEMO-0008 has three personalizations that the sandbox lists in no
 * order of date: the view sorts them by it. */
static void
test_newest_first_by_date (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *order = tickets_test_uri (fixture->sandbox, "orders", "75b5d8a3f4364c59f8a803ac3127215d");
  g_autofree char *escaped = g_uri_escape_string (order, NULL, FALSE);
  g_autofree char *path = g_strconcat ("/personalization/?order=", escaped, NULL);
  g_autoptr(TicketsTestResponse) listed = tickets_test_request (fixture->sandbox, "GET", path, "order:order-token-1", NULL);
  g_autoptr(GPtrArray) expected = g_ptr_array_new ();
  JsonArray *served;
  GListModel *personalizations;
  gboolean served_in_date_order = TRUE;

  g_assert_cmpuint (listed->status, ==, 200);
  served = tickets_test_embedded_list (tickets_test_response_object (listed), "shop:personalization");
  g_assert_cmpuint (json_array_get_length (served), ==, 3);
  for (guint i = json_array_get_length (served); i > 0; i--)
    g_ptr_array_add (expected, json_array_get_object_element (served, i - 1));
  g_ptr_array_sort (expected, compare_served_newest_first);
  for (guint i = 0; i < expected->len; i++)
    served_in_date_order = served_in_date_order
      && expected->pdata[i] == json_array_get_object_element (served, expected->len - 1 - i);
  /* Otherwise reversing the server's order would pass for sorting. */
  g_assert_false (served_in_date_order);

  load (fixture, order, "order-token-1");
  wait_for_page (fixture, "list");

  personalizations = tickets_history_view_get_personalizations (fixture->view);
  g_assert_cmpuint (g_list_model_get_n_items (personalizations), ==, expected->len);
  for (guint i = 0; i < expected->len; i++)
    {
      g_autoptr(TicketsPersonalization) personalization = g_list_model_get_item (personalizations, i);

      g_assert_cmpstr (tickets_resource_get_uid (TICKETS_RESOURCE (personalization)), ==,
                       json_object_get_string_member (expected->pdata[i], "uid"));
    }
}

static void
test_details_alone (void)
{
  g_autoptr(TicketsPersonalization) personalization = tickets_personalization_new ("p1");
  g_autoptr(TicketsConsumer) holder = tickets_consumer_new ();
  g_autoptr(TicketsTicket) ticket = tickets_ticket_new ("t1");
  g_autoptr(GPtrArray) tickets = g_ptr_array_new ();
  TicketsPersonalizationDetails *details;
  GPtrArray *rows;

  tickets_consumer_set_first_name (holder, "<b>Jan</b>");
  tickets_consumer_set_last_name (holder, "Jansen & Zn");
  tickets_consumer_set_date_of_birth (holder, "1990-05-04");
  tickets_consumer_set_country (holder, "NL");
  tickets_personalization_set_consumer (personalization, holder);
  tickets_ticket_set_code (ticket, "1234567890123");
  g_ptr_array_add (tickets, ticket);
  tickets_personalization_set_tickets (personalization, tickets);

  details = TICKETS_PERSONALIZATION_DETAILS (tickets_personalization_details_new (personalization));
  g_object_ref_sink (details);

  /* Names are shown as typed, markup and all. */
  g_assert_cmpstr (tickets_personalization_details_get_name_text (details), ==, "<b>Jan</b> Jansen & Zn");
  rows = tickets_personalization_details_get_holder_rows (details);
  g_assert_cmpuint (rows->len, ==, 4);
  g_assert_cmpstr (row_subtitle (GTK_LIST_BOX_ROW (find_row (rows, "Date of birth"))), ==, "4 May 1990");
  g_assert_cmpstr (row_subtitle (GTK_LIST_BOX_ROW (find_row (rows, "Country"))), ==, "Netherlands");
  g_assert_cmpstr (row_subtitle (GTK_LIST_BOX_ROW (tickets_personalization_details_get_ticket_rows (details)->pdata[0])),
                   ==, "Barcode 1234567890123");

  /* The rows follow the model. */
  tickets_ticket_set_code (ticket, "999");
  g_assert_cmpstr (row_subtitle (GTK_LIST_BOX_ROW (tickets_personalization_details_get_ticket_rows (details)->pdata[0])),
                   ==, "Barcode 999");
  g_clear_object (&holder);
  holder = tickets_consumer_new ();
  tickets_consumer_set_first_name (holder, "Piet");
  tickets_personalization_set_consumer (personalization, holder);
  g_assert_cmpstr (tickets_personalization_details_get_name_text (details), ==, "Piet");
  g_assert_cmpuint (tickets_personalization_details_get_holder_rows (details)->len, ==, 1);

  g_assert_finalize_object (details);
}

static void
test_empty (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *order = tickets_test_uri (fixture->sandbox, "orders", TICKETS_TEST_OR_FUTURE);

  load (fixture, order, "future-order-token");
  wait_for_page (fixture, "empty");
  g_assert_cmpuint (g_list_model_get_n_items (tickets_history_view_get_personalizations (fixture->view)), ==, 0);
}

/* Waits for the error page, which must say @server_message. */
static void
assert_error_page (Fixture    *fixture,
                   const char *server_message)
{
  wait_for_page (fixture, "error");
  g_assert_nonnull (strstr (tickets_history_view_get_error_text (fixture->view), server_message));
}

static void
test_unauthorized (Fixture       *fixture,
                   gconstpointer  data)
{
  load (fixture, fixture->order_uri, "wrong-order-token");
  assert_error_page (fixture, "not valid");

  /* Try Again asks again, and shows the answer again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "history.reload", NULL));
  g_assert_cmpstr (tickets_history_view_get_page_name (fixture->view), ==, "loading");
  assert_error_page (fixture, "not valid");
}

static void
test_forbidden (Fixture       *fixture,
                gconstpointer  data)
{
  /* Another order's token does not open this one's history. */
  load (fixture, fixture->order_uri, "full-order-token");
  assert_error_page (fixture, "permission");
}

int
main (int   argc,
      char *argv[])
{
  if (!tickets_test_views_init (&argc, &argv))
    return g_test_run ();

#define ADD(path, func) \
  g_test_add ("/history-view/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("list-and-details", test_list_and_details);
  ADD ("newest-first-by-date", test_newest_first_by_date);
  ADD ("empty", test_empty);
  ADD ("unauthorized", test_unauthorized);
  ADD ("forbidden", test_forbidden);
  g_test_add_func ("/personalization-details/alone", test_details_alone);

  return g_test_run ();
}
