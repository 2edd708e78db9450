/* test-request-view.c: the friend's view of a personalization request in a
 * real window, over the sandbox: rows for exactly the request's tickets,
 * rows that follow the store when the friend names them, and the completed,
 * withdrawn and narrow cases
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <locale.h>
#include <string.h>

#include "tickets-client.h"
#include "tickets-request-view.h"
#include "tickets-request-view-private.h"
#include "tickets-resources.h"
#include "tickets-store.h"
#include "tickets-test-sandbox.h"
#include "tickets-ticket-row.h"

typedef struct
{
  TicketsTestSandbox            *sandbox;
  TicketsClient                 *client;
  TicketsStore                  *store;
  TicketsAuth                   *auth;
  TicketsPersonalizationRequest *request;
  GtkWindow                     *window;
  TicketsRequestView            *view;
  GAsyncResult                  *result;
} Fixture;

static void
on_done (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  Fixture *fixture = user_data;

  g_assert_null (fixture->result);
  fixture->result = g_object_ref (result);
}

static GAsyncResult *
wait_result (Fixture *fixture)
{
  while (fixture->result == NULL)
    g_main_context_iteration (NULL, TRUE);

  return fixture->result;
}

static gboolean
on_timeout (gpointer user_data)
{
  gboolean *timed_out = user_data;

  *timed_out = TRUE;

  return G_SOURCE_REMOVE;
}

/* Spins the main loop for a few frames, so that layout and drawing run. */
static void
run_frames (void)
{
  gboolean timed_out = FALSE;

  g_timeout_add (100, on_timeout, &timed_out);
  while (!timed_out)
    g_main_context_iteration (NULL, TRUE);
}

static void
collect_rows (GtkWidget *widget,
              GPtrArray *rows)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (TICKETS_IS_TICKET_ROW (child))
        {
          if (tickets_ticket_row_get_ticket (TICKETS_TICKET_ROW (child)) != NULL
              && gtk_widget_get_mapped (child))
            g_ptr_array_add (rows, child);
        }
      else
        collect_rows (child, rows);
    }
}

/* The rows the list view shows now, each bound to a ticket. */
static GPtrArray *
list_rows (Fixture *fixture)
{
  GPtrArray *rows = g_ptr_array_new ();

  collect_rows (GTK_WIDGET (tickets_request_view_get_list_view (fixture->view)), rows);

  return rows;
}

static TicketsTicketRow *
find_row (Fixture       *fixture,
          TicketsTicket *ticket)
{
  g_autoptr(GPtrArray) rows = list_rows (fixture);

  for (guint i = 0; i < rows->len; i++)
    if (tickets_ticket_row_get_ticket (rows->pdata[i]) == ticket)
      return rows->pdata[i];

  return NULL;
}

/* The first visible label under widget whose text holds text, NULL when
 * there is none. */
static GtkWidget *
find_label (GtkWidget  *widget,
            const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (!gtk_widget_get_visible (child))
        continue;
      if (GTK_IS_LABEL (child) && strstr (gtk_label_get_label (GTK_LABEL (child)), text) != NULL)
        return child;
      if ((found = find_label (child, text)) != NULL)
        return found;
    }

  return NULL;
}

static TicketsPersonalizationRequest *
load_request (Fixture     *fixture,
              const char  *uid,
              TicketsAuth *auth)
{
  g_autoptr(GError) error = NULL;
  TicketsPersonalizationRequest *request;

  tickets_store_load_personalization_request_async (fixture->store, uid, auth, NULL, on_done, fixture);
  request = tickets_store_load_personalization_request_finish (fixture->store, wait_result (fixture), &error);
  g_clear_object (&fixture->result);
  g_assert_no_error (error);
  g_assert_nonnull (request);

  return request;
}

/* Shows the view in a window of the given width, and waits for its rows. */
static void
show_view (Fixture *fixture,
           int      width)
{
  guint n_items = g_list_model_get_n_items (tickets_personalization_request_get_tickets (fixture->request));
  gint64 deadline;

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, width, 900);
  fixture->view = TICKETS_REQUEST_VIEW (tickets_request_view_new (fixture->request));
  g_object_ref (fixture->view);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->view));
  gtk_window_present (fixture->window);

  /* Rows are created and bound as the list is laid out. */
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (g_get_monotonic_time () < deadline)
    {
      g_autoptr(GPtrArray) rows = list_rows (fixture);

      if (rows->len >= n_items)
        break;
      g_main_context_iteration (NULL, FALSE);
    }
  run_frames ();
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  const char *token = data != NULL ? data : "demo-request-token";
  const char *uid = data != NULL ? TICKETS_TEST_RQ_COMPLETED : TICKETS_TEST_RQ_PENDING;
  g_autoptr(GError) error = NULL;

  fixture->sandbox = tickets_test_sandbox_start ();
  fixture->client = tickets_client_new (tickets_test_sandbox_get_base (fixture->sandbox), &error);
  g_assert_no_error (error);
  fixture->store = tickets_store_new (fixture->client);
  fixture->auth = tickets_auth_new_token (TICKETS_AUTH_PERSONALIZATION_REQUEST_TOKEN, token);
  fixture->request = load_request (fixture, uid, fixture->auth);

  show_view (fixture, 480);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_null (fixture->result);

  gtk_window_destroy (fixture->window);
  g_assert_finalize_object (fixture->view);
  g_clear_object (&fixture->request);
  tickets_auth_unref (fixture->auth);
  g_assert_finalize_object (fixture->store);
  g_assert_finalize_object (fixture->client);
  tickets_test_sandbox_stop (fixture->sandbox);
}

static TicketsTicket *
request_ticket (TicketsPersonalizationRequest *request,
                const char                    *uid)
{
  GListModel *tickets = tickets_personalization_request_get_tickets (request);

  for (guint i = 0; i < g_list_model_get_n_items (tickets); i++)
    {
      g_autoptr(TicketsTicket) ticket = g_list_model_get_item (tickets, i);

      if (g_str_equal (tickets_resource_get_uid (TICKETS_RESOURCE (ticket)), uid))
        return ticket;
    }

  return NULL;
}

/* The request's two tickets, and none of the order's third. */
static void
test_rows (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GPtrArray) rows = list_rows (fixture);
  g_autoptr(GHashTable) shown = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_cmpstr (tickets_request_view_get_page_name (fixture->view), ==, "tickets");
  g_assert_cmpstr (tickets_request_view_get_title_text (fixture->view), ==, "You were asked to name these tickets");
  g_assert_nonnull (find_label (GTK_WIDGET (fixture->view), "Sent to friend@example.org"));
  g_assert_cmpstr (tickets_request_view_get_summary_text (fixture->view), ==, "2 tickets of 2 still need a name");
  g_assert_null (tickets_request_view_get_done_text (fixture->view));

  g_assert_cmpuint (rows->len, ==, 2);
  for (guint i = 0; i < rows->len; i++)
    {
      TicketsTicket *ticket = tickets_ticket_row_get_ticket (rows->pdata[i]);

      g_hash_table_add (shown, (gpointer) tickets_resource_get_uid (TICKETS_RESOURCE (ticket)));
      /* Each row is the store's ticket, with its product's name. */
      g_assert_true (ticket == tickets_store_lookup_ticket (fixture->store,
                                                            tickets_resource_get_uid (TICKETS_RESOURCE (ticket))));
      g_assert_nonnull (find_label (rows->pdata[i],
                                    tickets_i18n_text_get_best (tickets_product_get_name (tickets_ticket_get_product (ticket)))));
    }
  g_assert_true (g_hash_table_contains (shown, TICKETS_TEST_TK_FULL_REQUEST_1));
  g_assert_true (g_hash_table_contains (shown, TICKETS_TEST_TK_FULL_REQUEST_2));
  g_assert_false (g_hash_table_contains (shown, TICKETS_TEST_TK_FULL_FREE));

  /* The request's token reads no event: no event header is made up. */
  g_assert_null (find_label (GTK_WIDGET (fixture->view), "Summer Sounds Festival"));
}

static void
on_ticket_activated (TicketsRequestView *view,
                     TicketsTicket      *ticket,
                     gpointer            user_data)
{
  TicketsTicket **activated = user_data;

  g_assert_null (*activated);
  *activated = ticket;
}

/* Enter or a click on a row, as the list view's own action does it. */
static void
test_activate (Fixture       *fixture,
               gconstpointer  data)
{
  TicketsTicket *activated = NULL;
  g_autoptr(TicketsTicket) second = g_list_model_get_item (tickets_personalization_request_get_tickets (fixture->request), 1);

  g_signal_connect (fixture->view, "ticket-activated", G_CALLBACK (on_ticket_activated), &activated);
  tickets_request_view_focus_tickets (fixture->view);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (tickets_request_view_get_list_view (fixture->view))) ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)),
                                         GTK_WIDGET (tickets_request_view_get_list_view (fixture->view))));
  gtk_widget_activate_action (GTK_WIDGET (tickets_request_view_get_list_view (fixture->view)),
                              "list.activate-item", "u", 1);
  g_assert_true (activated == second);
  g_signal_handlers_disconnect_by_data (fixture->view, &activated);
}

static void
personalize_by_request (Fixture    *fixture,
                        const char *ticket,
                        const char *first_name)
{
  g_autoptr(TicketsConsumer) holder = tickets_consumer_new ();
  g_autoptr(TicketsPersonalization) personalization = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *email = g_strdup_printf ("%s@example.org", first_name);
  const char * const tickets[] = { ticket, NULL };

  tickets_consumer_set_first_name (holder, first_name);
  tickets_consumer_set_last_name (holder, "Jansen");
  tickets_consumer_set_date_of_birth (holder, "1990-05-04");
  tickets_consumer_set_gender (holder, TICKETS_GENDER_FEMALE);
  tickets_consumer_set_email (holder, email);
  tickets_consumer_set_phone_number (holder, "+31201234567");
  tickets_consumer_set_address (holder, "Damrak 1");
  tickets_consumer_set_postal_code (holder, "1012 LG");
  tickets_consumer_set_city (holder, "Amsterdam");
  tickets_consumer_set_country (holder, "NL");

  tickets_store_personalize_by_request_async (fixture->store,
                                              tickets_resource_get_uid (TICKETS_RESOURCE (fixture->request)),
                                              tickets, holder, FALSE, fixture->auth, NULL, on_done, fixture);
  personalization = tickets_store_personalize_finish (fixture->store, wait_result (fixture), &error);
  g_clear_object (&fixture->result);
  g_assert_no_error (error);
  run_frames ();
}

/* The friend names both tickets through the store: the same rows show the
 * names, and the header says when all is done. */
static void
test_personalize_updates_rows (Fixture       *fixture,
                               gconstpointer  data)
{
  TicketsTicket *first = request_ticket (fixture->request, TICKETS_TEST_TK_FULL_REQUEST_1);
  TicketsTicket *second = request_ticket (fixture->request, TICKETS_TEST_TK_FULL_REQUEST_2);
  TicketsTicketRow *first_row = find_row (fixture, first);
  TicketsTicketRow *second_row = find_row (fixture, second);
  g_autoptr(TicketsPersonalizationRequest) reloaded = NULL;

  g_assert_nonnull (first_row);
  g_assert_nonnull (second_row);
  g_assert_null (find_label (GTK_WIDGET (first_row), "Femke Jansen"));

  personalize_by_request (fixture, TICKETS_TEST_TK_FULL_REQUEST_1, "Femke");
  g_assert_true (find_row (fixture, first) == first_row);
  g_assert_nonnull (find_label (GTK_WIDGET (first_row), "Femke Jansen"));
  g_assert_null (find_label (GTK_WIDGET (second_row), "Femke Jansen"));
  g_assert_cmpstr (tickets_request_view_get_summary_text (fixture->view), ==, "1 ticket of 2 still needs a name");
  g_assert_null (tickets_request_view_get_done_text (fixture->view));

  personalize_by_request (fixture, TICKETS_TEST_TK_FULL_REQUEST_2, "Joris");
  g_assert_true (find_row (fixture, second) == second_row);
  g_assert_nonnull (find_label (GTK_WIDGET (second_row), "Joris Jansen"));
  g_assert_cmpstr (tickets_request_view_get_title_text (fixture->view), ==, "All names were given");
  g_assert_nonnull (tickets_request_view_get_done_text (fixture->view));
  g_assert_nonnull (find_label (GTK_WIDGET (fixture->view), "Thank you!"));
  g_assert_null (find_label (GTK_WIDGET (fixture->view), "still need"));

  /* The server has closed the request meanwhile; reloading changes nothing shown. */
  reloaded = load_request (fixture, TICKETS_TEST_RQ_PENDING, fixture->auth);
  g_assert_true (reloaded == fixture->request);
  g_assert_cmpstr (tickets_personalization_request_get_state (reloaded), ==, "completed");
  run_frames ();
  g_assert_cmpstr (tickets_request_view_get_page_name (fixture->view), ==, "tickets");
  g_assert_true (find_row (fixture, first) == first_row);
  g_assert_nonnull (tickets_request_view_get_done_text (fixture->view));
}

/* A request the server already completed says so from the start. */
static void
test_completed (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) rows = list_rows (fixture);

  g_assert_cmpstr (tickets_personalization_request_get_state (fixture->request), ==, "completed");
  g_assert_cmpstr (tickets_request_view_get_page_name (fixture->view), ==, "tickets");
  g_assert_cmpstr (tickets_request_view_get_title_text (fixture->view), ==, "All names were given");
  g_assert_nonnull (tickets_request_view_get_done_text (fixture->view));
  g_assert_nonnull (find_label (GTK_WIDGET (fixture->view), "Sent to tessa.mulder@example.com"));
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpstr (tickets_resource_get_uid (TICKETS_RESOURCE (tickets_ticket_row_get_ticket (rows->pdata[0]))),
                   ==, TICKETS_TEST_TK_CLOSED_PERSONALIZED);
}

/* The buyer withdraws the request while the friend looks at it. */
static void
test_cancelled (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(TicketsAuth) buyer = tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, "full-order-token");
  g_autoptr(GError) error = NULL;
  gboolean cancelled;

  tickets_store_cancel_personalization_request_async (fixture->store, TICKETS_TEST_RQ_PENDING, buyer,
                                                      NULL, on_done, fixture);
  cancelled = tickets_store_cancel_personalization_request_finish (fixture->store, wait_result (fixture), &error);
  g_clear_object (&fixture->result);
  g_assert_no_error (error);
  g_assert_true (cancelled);

  g_assert_cmpstr (tickets_request_view_get_page_name (fixture->view), ==, "cancelled");
  run_frames ();
  g_assert_nonnull (find_label (GTK_WIDGET (fixture->view), "Request Withdrawn"));
}

/* Once the store knows the event (here from the buyer's order in the same
 * store), the header shows it. */
static void
test_event_header (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(TicketsAuth) buyer = tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, "full-order-token");
  g_autoptr(TicketsOrder) order = NULL;
  g_autoptr(GError) error = NULL;
  TicketsEvent *event;
  const char *title;

  g_assert_null (tickets_ticket_get_event (request_ticket (fixture->request, TICKETS_TEST_TK_FULL_REQUEST_1)));

  tickets_store_load_order_async (fixture->store, TICKETS_TEST_OR_FULL, buyer, NULL, on_done, fixture);
  order = tickets_store_load_order_finish (fixture->store, wait_result (fixture), &error);
  g_clear_object (&fixture->result);
  g_assert_no_error (error);
  run_frames ();

  event = tickets_ticket_get_event (request_ticket (fixture->request, TICKETS_TEST_TK_FULL_REQUEST_1));
  g_assert_nonnull (event);
  title = tickets_i18n_text_get_best (tickets_event_get_title (event));
  g_assert_nonnull (title);
  g_assert_nonnull (find_label (GTK_WIDGET (fixture->view), title));
}

/* 360 pixels wide: nothing asks for more, and the rows are there. */
static void
test_narrow (void)
{
  Fixture fixture = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  int minimum = 0;

  fixture.sandbox = tickets_test_sandbox_start ();
  fixture.client = tickets_client_new (tickets_test_sandbox_get_base (fixture.sandbox), &error);
  g_assert_no_error (error);
  fixture.store = tickets_store_new (fixture.client);
  fixture.auth = tickets_auth_new_token (TICKETS_AUTH_PERSONALIZATION_REQUEST_TOKEN, "demo-request-token");
  fixture.request = load_request (&fixture, TICKETS_TEST_RQ_PENDING, fixture.auth);
  show_view (&fixture, 360);

  gtk_widget_measure (GTK_WIDGET (fixture.view), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture.view)), <=, 360);
  rows = list_rows (&fixture);
  g_assert_cmpuint (rows->len, ==, 2);

  fixture_tear_down (&fixture, NULL);
}

static void
test_empty (void)
{
  TicketsPersonalizationRequest *request = tickets_personalization_request_new ("empty-request");
  TicketsRequestView *view = TICKETS_REQUEST_VIEW (g_object_ref_sink (tickets_request_view_new (NULL)));

  g_assert_cmpstr (tickets_request_view_get_page_name (view), ==, "empty");
  tickets_request_view_set_request (view, request);
  g_assert_true (tickets_request_view_get_request (view) == request);
  g_assert_cmpstr (tickets_request_view_get_page_name (view), ==, "empty");

  /* A cancelled request is withdrawn, tickets or not. */
  tickets_personalization_request_set_state (request, "cancelled");
  g_assert_cmpstr (tickets_request_view_get_page_name (view), ==, "cancelled");

  tickets_request_view_set_request (view, NULL);
  g_assert_cmpstr (tickets_request_view_get_page_name (view), ==, "empty");

  g_assert_finalize_object (view);
  g_assert_finalize_object (request);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "en", TRUE);

  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_test_skip ("No display");
      return g_test_run ();
    }
  adw_init ();
  /* The templates live in the app's resources: make sure they are linked in. */
  g_assert_nonnull (tickets_get_resource ());

#define ADD(path, data, func) \
  g_test_add ("/request-view/" path, Fixture, data, fixture_set_up, func, fixture_tear_down)

  ADD ("rows", NULL, test_rows);
  ADD ("activate", NULL, test_activate);
  ADD ("personalize-updates-rows", NULL, test_personalize_updates_rows);
  ADD ("completed", "completed-request-token", test_completed);
  ADD ("cancelled", NULL, test_cancelled);
  ADD ("event-header", NULL, test_event_header);
  g_test_add_func ("/request-view/narrow", test_narrow);
  g_test_add_func ("/request-view/empty", test_empty);

#undef ADD

  return g_test_run ();
}
