/* test-request-view.c: the friend's view of a personalization request in a
 * real window, over the sandbox: rows for exactly the request's tickets,
 * rows that follow the store when the friend names them, what the request
 * says of itself and what it leaves out, and the completed, withdrawn and
 * narrow cases
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tickets-format.h"
#include "tickets-request-view.h"
#include "tickets-request-view-private.h"
#include "tickets-test-views.h"

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

static gboolean
is_shown_holding (GtkWidget     *widget,
                  gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_is_visible (widget) &&
         strstr (gtk_label_get_label (GTK_LABEL (widget)), text) != NULL;
}

/* The first visible label under @root whose text holds @text, NULL when
 * there is none. */
static GtkWidget *
find_label (GtkWidget  *root,
            const char *text)
{
  return tickets_test_find_widget (root, is_shown_holding, text);
}

static TicketsPersonalizationRequest *
load_request (Fixture     *fixture,
              const char  *uid,
              TicketsAuth *auth)
{
  g_autoptr(GError) error = NULL;
  TicketsPersonalizationRequest *request;

  tickets_store_load_personalization_request_async (fixture->store, uid, auth, NULL,
                                                    tickets_test_on_done, &fixture->result);
  request = tickets_store_load_personalization_request_finish (fixture->store,
                                                               tickets_test_wait_result (&fixture->result),
                                                               &error);
  g_clear_object (&fixture->result);
  g_assert_no_error (error);
  g_assert_nonnull (request);

  return request;
}

/* Opens the request (with data, the completed one's token; without, the
 * pending one's) and shows it in a window @width wide, with its rows. */
static void
fixture_set_up_full (Fixture       *fixture,
                     gconstpointer  data,
                     int            width)
{
  const char *token = data != NULL ? data : "demo-request-token";
  const char *uid = data != NULL ? TICKETS_TEST_RQ_COMPLETED : TICKETS_TEST_RQ_PENDING;

  fixture->sandbox = tickets_test_sandbox_start ();
  tickets_test_open_store (fixture->sandbox, &fixture->client, &fixture->store);
  fixture->auth = tickets_auth_new_token (TICKETS_AUTH_PERSONALIZATION_REQUEST_TOKEN, token);
  fixture->request = load_request (fixture, uid, fixture->auth);

  fixture->view = g_object_ref (TICKETS_REQUEST_VIEW (tickets_request_view_new (fixture->request)));
  fixture->window = tickets_test_window_new (GTK_WIDGET (fixture->view), width, 900);
  tickets_test_wait_rows (tickets_request_view_get_list_view (fixture->view),
                          g_list_model_get_n_items (tickets_personalization_request_get_tickets (fixture->request)));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture_set_up_full (fixture, data, 480);
}

static void
fixture_set_up_narrow (Fixture       *fixture,
                       gconstpointer  data)
{
  fixture_set_up_full (fixture, data, 360);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_null (fixture->result);

  tickets_test_destroy_window (fixture->window, fixture->view);
  g_clear_object (&fixture->request);
  tickets_auth_unref (fixture->auth);
  tickets_test_close_store (fixture->sandbox, fixture->client, fixture->store);
}

static TicketsTicket *
request_ticket (TicketsPersonalizationRequest *request,
                const char                    *uid)
{
  return tickets_test_find_ticket (tickets_personalization_request_get_tickets (request), uid);
}

static GPtrArray *
list_rows (Fixture *fixture)
{
  return tickets_test_list_rows (tickets_request_view_get_list_view (fixture->view));
}

static TicketsTicketRow *
find_row (Fixture       *fixture,
          TicketsTicket *ticket)
{
  return tickets_test_find_row (tickets_request_view_get_list_view (fixture->view), ticket);
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

/* Enter or a click on a row, as the list view's own action does it. */
static void
test_activate (Fixture       *fixture,
               gconstpointer  data)
{
  GtkWidget *list_view = GTK_WIDGET (tickets_request_view_get_list_view (fixture->view));
  g_autoptr(TicketsTicket) second = g_list_model_get_item (tickets_personalization_request_get_tickets (fixture->request), 1);

  tickets_request_view_focus_tickets (fixture->view);
  g_assert_true (gtk_widget_has_focus (list_view) ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)), list_view));
  g_assert_true (tickets_test_activate_ticket (fixture->view, list_view, 1) == second);
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
                                              tickets, holder, TICKETS_CONSENT_NONE, fixture->auth, NULL,
                                              tickets_test_on_done, &fixture->result);
  personalization = tickets_store_personalize_finish (fixture->store, tickets_test_wait_result (&fixture->result),
                                                      &error);
  g_clear_object (&fixture->result);
  g_assert_no_error (error);
  tickets_test_run_frames ();
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
  tickets_test_run_frames ();
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
                                                      NULL, tickets_test_on_done, &fixture->result);
  cancelled = tickets_store_cancel_personalization_request_finish (fixture->store,
                                                                   tickets_test_wait_result (&fixture->result),
                                                                   &error);
  g_clear_object (&fixture->result);
  g_assert_no_error (error);
  g_assert_true (cancelled);

  g_assert_cmpstr (tickets_request_view_get_page_name (fixture->view), ==, "cancelled");
  tickets_test_run_frames ();
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
  TicketsEvent *event;
  const char *title;

  g_assert_null (tickets_ticket_get_event (request_ticket (fixture->request, TICKETS_TEST_TK_FULL_REQUEST_1)));

  order = tickets_test_load_order (fixture->store, TICKETS_TEST_OR_FULL, buyer);
  tickets_test_run_frames ();

  event = tickets_ticket_get_event (request_ticket (fixture->request, TICKETS_TEST_TK_FULL_REQUEST_1));
  g_assert_nonnull (event);
  title = tickets_i18n_text_get_best (tickets_event_get_title (event));
  g_assert_nonnull (title);
  g_assert_nonnull (find_label (GTK_WIDGET (fixture->view), title));
}

static guint
count_labels (GtkWidget  *root,
              const char *text)
{
  guint n = is_shown_holding (root, text) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    n += count_labels (child, text);

  return n;
}

/* Everything the request's own representation carries shows: whom it was
 * sent to, when, what its products are beyond their names; what it leaves
 * out (who asked, and here the event) is said once, plainly. The server's
 * words are text, never markup. */
static void
test_context (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(TicketsTestResponse) served = NULL;
  g_autoptr(TicketsAuth) buyer = tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, "full-order-token");
  g_autoptr(TicketsOrder) order = NULL;
  g_autoptr(TicketsI18nText) subtitle = tickets_i18n_text_new ();
  g_autofree char *when = NULL;
  g_autofree char *asked = NULL;
  g_autofree char *sent = NULL;
  g_autofree char *described = NULL;
  JsonObject *request;
  JsonArray *products;
  JsonObject *weekend = NULL;
  GtkWidget *view = GTK_WIDGET (fixture->view);
  TicketsProduct *product;
  GtkWidget *label;

  served = tickets_test_request (fixture->sandbox, "GET", "/personalization-requests/" TICKETS_TEST_RQ_PENDING,
                                 TICKETS_TEST_AUTH_REQUEST, NULL);
  g_assert_cmpuint (served->status, ==, 200);
  request = tickets_test_response_object (served);

  sent = g_strdup_printf ("Sent to %s", json_object_get_string_member (request, "email"));
  g_assert_nonnull (find_label (view, sent));

  g_assert_nonnull (tickets_personalization_request_get_created_at (fixture->request));
  when = tickets_format_date_time (tickets_personalization_request_get_created_at (fixture->request));
  asked = g_strdup_printf ("Asked on %s", when);
  g_assert_nonnull (find_label (view, asked));

  /* The product the rows name, with what the request says of it. */
  products = tickets_test_embedded_list (request, "shop:product");
  for (guint i = 0; i < json_array_get_length (products); i++)
    {
      JsonObject *candidate = json_array_get_object_element (products, i);
      const char *text = json_object_get_string_member (json_object_get_object_member (candidate, "subtitle"), "en");

      if (text != NULL && text[0] != '\0')
        weekend = candidate;
    }
  g_assert_nonnull (weekend);
  described = g_strdup_printf ("%s: %s · %s",
                               json_object_get_string_member (json_object_get_object_member (weekend, "name"), "en"),
                               json_object_get_string_member (json_object_get_object_member (weekend, "subtitle"), "en"),
                               json_object_get_string_member (json_object_get_object_member (weekend, "additional_information"), "en"));
  g_assert_nonnull (find_label (view, described));

  /* Nothing in it says who asked, nor (to a request token) the event:
   * once. */
  g_assert_cmpuint (count_labels (view, "does not say"), ==, 1);
  g_assert_nonnull (find_label (view, "The request does not say who asked you, nor which event the tickets are for."));

  /* Once the store knows the event, only who asked is missing. */
  order = tickets_test_load_order (fixture->store, TICKETS_TEST_OR_FULL, buyer);
  tickets_test_run_frames ();
  g_assert_cmpuint (count_labels (view, "does not say"), ==, 1);
  g_assert_nonnull (find_label (view, "The request does not say who asked you."));

  /* The server's words are never markup. */
  product = tickets_ticket_get_product (request_ticket (fixture->request, TICKETS_TEST_TK_FULL_REQUEST_1));
  tickets_i18n_text_set (subtitle, "en", "<b>Fri</b> & Sat");
  tickets_product_set_subtitle (product, subtitle);
  tickets_request_view_set_request (fixture->view, NULL);
  tickets_request_view_set_request (fixture->view, fixture->request);
  tickets_test_run_frames ();
  label = find_label (view, "<b>Fri</b> & Sat");
  g_assert_nonnull (label);
  g_assert_false (gtk_label_get_use_markup (GTK_LABEL (label)));
}

/* 360 pixels wide: nothing asks for more, and the rows are there. */
static void
test_narrow (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GPtrArray) rows = NULL;
  int minimum = 0;

  gtk_widget_measure (GTK_WIDGET (fixture->view), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->view)), <=, 360);
  rows = list_rows (fixture);
  g_assert_cmpuint (rows->len, ==, 2);
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
  if (!tickets_test_views_init (&argc, &argv))
    return g_test_run ();

#define ADD(path, data, func) \
  g_test_add ("/request-view/" path, Fixture, data, fixture_set_up, func, fixture_tear_down)

  ADD ("rows", NULL, test_rows);
  ADD ("activate", NULL, test_activate);
  ADD ("personalize-updates-rows", NULL, test_personalize_updates_rows);
  ADD ("completed", "completed-request-token", test_completed);
  ADD ("cancelled", NULL, test_cancelled);
  ADD ("event-header", NULL, test_event_header);
  ADD ("context", NULL, test_context);
  g_test_add ("/request-view/narrow", Fixture, NULL, fixture_set_up_narrow, test_narrow, fixture_tear_down);
  g_test_add_func ("/request-view/empty", test_empty);

#undef ADD

  return g_test_run ();
}
