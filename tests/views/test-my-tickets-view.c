/* test-my-tickets-view.c: "My tickets" in a real window, over the sandbox:
 * exactly the tickets the sandbox lists for the Cognito user, each with its
 * barcode and its e-ticket or why there is none; the empty state for a user
 * nobody named; the error state for a refused token; the next page as the
 * list is scrolled to its end; each row's name, and a ticket's details on
 * Enter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-my-tickets-view.h"
#include "tickets-my-tickets-view-private.h"
#include "tickets-paged-list-private.h"
#include "tickets-test-views.h"

/* A ticket of the demo Cognito user; the tests' fixture gives it an e-ticket. */
#define TK_WITH_ETICKET "37b2ec5acbf29609c017b173b5c6b15a"
#define ETICKET_TOKEN   "e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7"
/* A Cognito user the tests' fixture adds, holder of no ticket. */
#define EMPTY_COGNITO_TOKEN "empty-cognito-token"

typedef struct
{
  TicketsTestSandbox   *sandbox;
  TicketsClient        *client;
  TicketsStore         *store;
  TicketsSession       *session;
  GtkWindow            *window;
  TicketsMyTicketsView *view;
  GPtrArray            *activated;
  GPtrArray            *opened;
  guint                 n_loads;
} Fixture;

/* Spins the main loop until check (fixture) holds, failing after 10 s. */
static void
wait_for (Fixture  *fixture,
          gboolean (*check) (Fixture *fixture))
{
  gint64 deadline = tickets_test_deadline (10);

  while (!check (fixture))
    tickets_test_iterate (deadline);
}

/* The built-in fixture, with an e-ticket for TK_WITH_ETICKET and a Cognito
 * user whom no ticket names. */
static GBytes *
build_fixture (void)
{
  g_autoptr(GBytes) builtin = tickets_sandbox_get_default_fixture ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root;
  JsonArray *tickets;
  JsonObject *user = json_object_new ();
  gboolean found = FALSE;
  char *text;
  gsize length;

  g_assert_nonnull (builtin);
  json_parser_load_from_data (parser, g_bytes_get_data (builtin, NULL), g_bytes_get_size (builtin), &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));

  tickets = json_object_get_array_member (root, "tickets");
  for (guint i = 0; i < json_array_get_length (tickets); i++)
    {
      JsonObject *ticket = json_array_get_object_element (tickets, i);

      if (g_str_equal (json_object_get_string_member (ticket, "uid"), TK_WITH_ETICKET))
        {
          json_object_set_string_member (ticket, "eticket", ETICKET_TOKEN);
          found = TRUE;
        }
    }
  g_assert_true (found);

  json_object_set_string_member (user, "uid", "0b9a3f52-5d0e-4c55-9d1e-0a1c7e1f0001");
  json_object_set_string_member (user, "token", EMPTY_COGNITO_TOKEN);
  json_object_set_string_member (user, "email", "nobody@example.org");
  json_array_add_object_element (json_object_get_array_member (root, "cognito_users"), user);

  json_generator_set_root (generator, json_parser_get_root (parser));
  text = json_generator_to_data (generator, &length);

  return g_bytes_new_take (text, length);
}

static void
on_ticket_activated (TicketsMyTicketsView *view,
                     TicketsTicket        *ticket,
                     Fixture              *fixture)
{
  g_ptr_array_add (fixture->activated, g_object_ref (ticket));
}

static void
on_open_eticket (TicketsMyTicketsView *view,
                 const char           *uri,
                 Fixture              *fixture)
{
  g_ptr_array_add (fixture->opened, g_strdup (uri));
}

static void
on_tickets_loading (TicketsPagedList *tickets,
                    GParamSpec       *pspec,
                    Fixture          *fixture)
{
  if (tickets_paged_list_get_loading (tickets))
    fixture->n_loads++;
}

/* Spins the main loop for a few frames, so that layout and drawing run:
 * 200 ms, twice what tickets_test_run_frames() gives them. */
static void
run_frames (void)
{
  tickets_test_run_for (200);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GBytes) sandbox_fixture = build_fixture ();

  fixture->sandbox = tickets_test_sandbox_start_full (sandbox_fixture, NULL, 0);
  tickets_test_open_store (fixture->sandbox, &fixture->client, &fixture->store);
  fixture->session = tickets_test_session_new (fixture->store, NULL);
  fixture->activated = g_ptr_array_new_with_free_func (g_object_unref);
  fixture->opened = g_ptr_array_new_with_free_func (g_free);

  fixture->view = g_object_ref (TICKETS_MY_TICKETS_VIEW (tickets_my_tickets_view_new ()));
  g_signal_connect (fixture->view, "ticket-activated", G_CALLBACK (on_ticket_activated), fixture);
  g_signal_connect (fixture->view, "open-eticket", G_CALLBACK (on_open_eticket), fixture);
  fixture->window = tickets_test_window_new (GTK_WIDGET (fixture->view), 360, 1200);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  tickets_test_destroy_window (fixture->window, fixture->view);
  /* Cancelled requests still return through the main loop. */
  run_frames ();
  g_ptr_array_unref (fixture->activated);
  g_ptr_array_unref (fixture->opened);
  g_assert_finalize_object (fixture->session);
  tickets_test_close_store (fixture->sandbox, fixture->client, fixture->store);
}

static void
load_as (Fixture    *fixture,
         const char *mode_and_token)
{
  g_autoptr(TicketsAuth) auth = NULL;
  g_auto(GStrv) parts = g_strsplit (mode_and_token, ":", 2);

  if (g_str_equal (parts[0], "cognito"))
    auth = tickets_auth_new_token (TICKETS_AUTH_COGNITO_TOKEN, parts[1]);
  else if (g_str_equal (parts[0], "order"))
    auth = tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, parts[1]);
  else
    g_assert_not_reached ();

  tickets_session_set_auth (fixture->session, auth);
  tickets_my_tickets_view_load (fixture->view, fixture->session);
  g_signal_connect (tickets_my_tickets_view_get_tickets (fixture->view), "notify::loading",
                    G_CALLBACK (on_tickets_loading), fixture);
}

static gboolean
first_page_arrived (Fixture *fixture)
{
  return !tickets_paged_list_get_loading (tickets_my_tickets_view_get_tickets (fixture->view));
}

static gboolean
every_ticket_detailed (Fixture *fixture)
{
  GListModel *tickets = G_LIST_MODEL (tickets_my_tickets_view_get_tickets (fixture->view));
  g_autoptr(GPtrArray) items = tickets_my_tickets_view_dup_items (fixture->view);

  if (items->len < g_list_model_get_n_items (tickets))
    return FALSE;

  for (guint i = 0; i < items->len; i++)
    {
      TicketsTicket *ticket = tickets_my_ticket_item_get_ticket (items->pdata[i]);

      if (tickets_ticket_get_code (ticket) == NULL || tickets_ticket_get_code (ticket)[0] == '\0')
        return FALSE;
    }

  return TRUE;
}

static GtkWidget *
find_item (Fixture    *fixture,
           const char *uid)
{
  g_autoptr(GPtrArray) items = tickets_my_tickets_view_dup_items (fixture->view);

  for (guint i = 0; i < items->len; i++)
    if (g_str_equal (tickets_resource_get_uid (TICKETS_RESOURCE (tickets_my_ticket_item_get_ticket (items->pdata[i]))), uid))
      return items->pdata[i];

  return NULL;
}

static void
test_rows (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(TicketsTestResponse) listed = NULL;
  g_autofree char *eticket_uri = NULL;
  g_autoptr(TicketsTicket) second = NULL;
  GListModel *tickets;
  JsonArray *expected;
  JsonArray *events;
  const char *event_title;
  guint n_with_eticket = 0;

  load_as (fixture, "cognito:demo-cognito-token");
  wait_for (fixture, first_page_arrived);
  wait_for (fixture, every_ticket_detailed);
  run_frames ();
  g_assert_cmpstr (tickets_my_tickets_view_get_page_name (fixture->view), ==, "tickets");

  /* What the sandbox itself lists for the same token, in its order. */
  listed = tickets_test_request (fixture->sandbox, "GET", "/tickets", TICKETS_TEST_AUTH_COGNITO, NULL);
  g_assert_cmpuint (listed->status, ==, 200);
  expected = tickets_test_embedded_list (tickets_test_response_object (listed), "shop:ticket");
  events = tickets_test_embedded_list (tickets_test_response_object (listed), "shop:event");
  g_assert_cmpuint (json_array_get_length (events), ==, 1);
  event_title = json_object_get_string_member (json_object_get_object_member (json_array_get_object_element (events, 0), "title"), "en");

  tickets = G_LIST_MODEL (tickets_my_tickets_view_get_tickets (fixture->view));
  g_assert_cmpuint (json_array_get_length (expected), >=, 2);
  g_assert_cmpuint (g_list_model_get_n_items (tickets), ==, json_array_get_length (expected));

  eticket_uri = tickets_test_sandbox_uri (fixture->sandbox, "/download/eticket/" ETICKET_TOKEN);

  for (guint i = 0; i < json_array_get_length (expected); i++)
    {
      const char *uid = json_object_get_string_member (json_array_get_object_element (expected, i), "uid");
      g_autoptr(TicketsTestResponse) full = NULL;
      JsonObject *served = tickets_test_get_ticket (fixture->sandbox, uid, TICKETS_TEST_AUTH_COGNITO, &full);
      g_autoptr(TicketsTicket) ticket = g_list_model_get_item (tickets, i);
      GtkWidget *item = find_item (fixture, uid);
      const char *link = tickets_test_link_href (served, "shop:eticket");

      /* Each row shows the sandbox's ticket, in its order, with the barcode
       * that only the full ticket carries. */
      g_assert_cmpstr (tickets_resource_get_uid (TICKETS_RESOURCE (ticket)), ==, uid);
      g_assert_nonnull (item);
      g_assert_true (tickets_my_ticket_item_get_ticket (item) == ticket);
      g_assert_true (tickets_ticket_row_get_ticket (TICKETS_TICKET_ROW (tickets_my_ticket_item_get_row (item))) == ticket);
      g_assert_cmpstr (tickets_ticket_get_code (ticket), ==, json_object_get_string_member (served, "code"));

      /* Both tickets are for the same event: its title heads the first only. */
      if (i == 0)
        {
          g_assert_cmpstr (tickets_my_ticket_item_get_event_title (item), ==, event_title);
          g_assert_nonnull (tickets_my_ticket_item_get_event_date (item));
          g_assert_cmpstr (tickets_my_ticket_item_get_event_date (item), !=, "");
        }
      else
        g_assert_null (tickets_my_ticket_item_get_event_title (item));

      if (link != NULL)
        {
          GtkButton *button = tickets_my_ticket_item_get_eticket_button (item);

          n_with_eticket++;
          g_assert_cmpstr (uid, ==, TK_WITH_ETICKET);
          g_assert_cmpstr (link, ==, eticket_uri);
          g_assert_cmpstr (tickets_ticket_get_eticket_uri (ticket), ==, link);
          g_assert_null (tickets_my_ticket_item_get_eticket_text (item));
          g_assert_true (gtk_widget_get_visible (GTK_WIDGET (button)));

          g_signal_emit_by_name (button, "clicked");
          g_assert_cmpuint (fixture->opened->len, ==, 1);
          g_assert_cmpstr (fixture->opened->pdata[0], ==, link);
        }
      else
        {
          /* No link: the row says why, in words, and offers nothing to click. */
          g_assert_false (gtk_widget_get_visible (GTK_WIDGET (tickets_my_ticket_item_get_eticket_button (item))));
          g_assert_true (g_str_has_prefix (tickets_my_ticket_item_get_eticket_text (item), "No e-ticket yet"));
        }
    }
  g_assert_cmpuint (n_with_eticket, ==, 1);

  /* Enter or a click on a row says which ticket it is. */
  second = g_list_model_get_item (tickets, 1);
  g_signal_emit_by_name (tickets_my_tickets_view_get_list_view (fixture->view), "activate", 1);
  g_assert_cmpuint (fixture->activated->len, ==, 1);
  g_assert_true (fixture->activated->pdata[0] == second);
}

/* The name a screen reader reads for the list row of the ticket @served
 * (the sandbox's full ticket) of the event @event_title. */
static char *
expected_row_name (JsonObject *served,
                   const char *event_title,
                   const char *product)
{
  JsonObject *consumer = json_object_get_object_member (served, "consumer");

  return g_strdup_printf ("%s: %s, Valid, Personalized: %s %s", event_title, product,
                          json_object_get_string_member (consumer, "first_name"),
                          json_object_get_string_member (consumer, "last_name"));
}

/* Each row is named for a screen reader, and Enter on a row opens that
 * ticket's details: its event, what it is, its holder and its e-ticket. */
static void
test_details_on_enter (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(TicketsTestResponse) listed = NULL;
  g_autoptr(TicketsTestResponse) full = NULL;
  g_autofree char *eticket_uri = NULL;
  JsonArray *expected;
  JsonObject *event;
  JsonObject *served;
  JsonObject *consumer;
  const char *event_title;
  GtkWidget *item;
  GtkWidget *list_row;
  GtkWidget *focus;
  g_autofree char *holder = NULL;
  TicketsMyTicketDetails *details = tickets_my_tickets_view_get_details (fixture->view);

  load_as (fixture, "cognito:demo-cognito-token");
  wait_for (fixture, first_page_arrived);
  wait_for (fixture, every_ticket_detailed);
  run_frames ();

  listed = tickets_test_request (fixture->sandbox, "GET", "/tickets", TICKETS_TEST_AUTH_COGNITO, NULL);
  expected = tickets_test_embedded_list (tickets_test_response_object (listed), "shop:ticket");
  event = json_array_get_object_element (tickets_test_embedded_list (tickets_test_response_object (listed),
                                                                     "shop:event"), 0);
  event_title = json_object_get_string_member (json_object_get_object_member (event, "title"), "en");

  /* Every row has a name: the event, the ticket, its state and holder. */
  for (guint i = 0; i < json_array_get_length (expected); i++)
    {
      const char *uid = json_object_get_string_member (json_array_get_object_element (expected, i), "uid");
      g_autoptr(TicketsTestResponse) response = NULL;
      JsonObject *ticket = tickets_test_get_ticket (fixture->sandbox, uid, TICKETS_TEST_AUTH_COGNITO, &response);
      g_autofree char *name = NULL;
      g_autofree char *mismatch = NULL;
      TicketsTicket *shown;

      item = find_item (fixture, uid);
      g_assert_nonnull (item);
      shown = tickets_my_ticket_item_get_ticket (item);
      name = expected_row_name (ticket, event_title,
                                tickets_i18n_text_get_best (tickets_product_get_name (tickets_ticket_get_product (shown))));
      list_row = gtk_widget_get_parent (item);
      g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (list_row), GTK_ACCESSIBLE_PROPERTY_LABEL));
      mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (list_row), GTK_ACCESSIBLE_PROPERTY_LABEL, name);
      g_assert_null (mismatch);
    }

  /* Enter on the ticket that has an e-ticket: the row has the focus, and
   * Enter is its list row's activation. */
  item = find_item (fixture, TK_WITH_ETICKET);
  list_row = gtk_widget_get_parent (item);
  gtk_widget_grab_focus (tickets_my_ticket_item_get_row (item));
  g_assert_true (gtk_widget_has_focus (tickets_my_ticket_item_get_row (item)));
  g_assert_true (gtk_widget_activate (list_row));
  run_frames ();

  g_assert_true (tickets_my_tickets_view_get_showing_details (fixture->view));
  g_assert_cmpstr (tickets_my_tickets_view_get_page_name (fixture->view), ==, "details");
  /* The keyboard is on the details. */
  focus = gtk_window_get_focus (fixture->window);
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, GTK_WIDGET (details)));

  served = tickets_test_get_ticket (fixture->sandbox, TK_WITH_ETICKET, TICKETS_TEST_AUTH_COGNITO, &full);
  consumer = json_object_get_object_member (served, "consumer");
  holder = g_strdup_printf ("%s %s", json_object_get_string_member (consumer, "first_name"),
                            json_object_get_string_member (consumer, "last_name"));
  g_assert_nonnull (tickets_test_find_label (GTK_WIDGET (details), event_title));
  g_assert_cmpstr (tickets_my_ticket_details_get_text (details, "code"), ==,
                   json_object_get_string_member (served, "code"));
  g_assert_cmpstr (tickets_my_ticket_details_get_text (details, "product"), ==,
                   tickets_i18n_text_get_best (tickets_product_get_name (tickets_ticket_get_product (tickets_my_ticket_item_get_ticket (item)))));
  g_assert_cmpstr (tickets_my_ticket_details_get_text (details, "status"), ==, "Valid");
  g_assert_cmpstr (tickets_my_ticket_details_get_text (details, "holder"), ==, holder);
  g_assert_cmpstr (tickets_my_ticket_details_get_text (details, "email"), ==,
                   json_object_get_string_member (consumer, "email"));

  /* Its e-ticket opens from there. */
  eticket_uri = tickets_test_sandbox_uri (fixture->sandbox, "/download/eticket/" ETICKET_TOKEN);
  g_assert_null (tickets_my_ticket_details_get_eticket_text (details));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (tickets_my_ticket_details_get_eticket_button (details))));
  g_signal_emit_by_name (tickets_my_ticket_details_get_eticket_button (details), "clicked");
  g_assert_cmpuint (fixture->opened->len, ==, 1);
  g_assert_cmpstr (fixture->opened->pdata[0], ==, eticket_uri);

  /* Back (Escape, Alt+Left, the window's Back) onto the row it came from. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "my-tickets.back", NULL));
  run_frames ();
  g_assert_false (tickets_my_tickets_view_get_showing_details (fixture->view));
  g_assert_cmpstr (tickets_my_tickets_view_get_page_name (fixture->view), ==, "tickets");
  g_assert_true (gtk_widget_has_focus (tickets_my_ticket_item_get_row (find_item (fixture, TK_WITH_ETICKET))));
}

static gboolean
page_is_final (Fixture *fixture)
{
  TicketsPagedList *tickets = tickets_my_tickets_view_get_tickets (fixture->view);

  return !tickets_paged_list_get_loading (tickets) && fixture->n_loads > 0;
}

static void
test_empty (Fixture       *fixture,
            gconstpointer  data)
{
  load_as (fixture, "cognito:" EMPTY_COGNITO_TOKEN);
  g_assert_cmpstr (tickets_my_tickets_view_get_page_name (fixture->view), ==, "loading");
  wait_for (fixture, first_page_arrived);
  run_frames ();

  g_assert_null (tickets_paged_list_get_error (tickets_my_tickets_view_get_tickets (fixture->view)));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tickets_my_tickets_view_get_tickets (fixture->view))), ==, 0);
  g_assert_cmpstr (tickets_my_tickets_view_get_page_name (fixture->view), ==, "empty");
}

static void
assert_error_page (Fixture    *fixture,
                   const char *server_message)
{
  const GError *error;

  wait_for (fixture, first_page_arrived);
  run_frames ();

  error = tickets_paged_list_get_error (tickets_my_tickets_view_get_tickets (fixture->view));
  g_assert_nonnull (error);
  g_assert_cmpstr (tickets_my_tickets_view_get_page_name (fixture->view), ==, "error");
  g_assert_nonnull (strstr (tickets_my_tickets_view_get_error_text (fixture->view), server_message));
}

static void
test_unauthorized (Fixture       *fixture,
                   gconstpointer  data)
{
  guint n_loads;

  load_as (fixture, "cognito:wrong-cognito-token");
  assert_error_page (fixture, "not valid");
  g_assert_nonnull (strstr (tickets_my_tickets_view_get_error_text (fixture->view), "Sign in again"));

  /* Try Again asks the server again, and shows its answer again. */
  n_loads = fixture->n_loads;
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "my-tickets.reload", NULL));
  g_assert_cmpuint (fixture->n_loads, ==, n_loads + 1);
  wait_for (fixture, page_is_final);
  assert_error_page (fixture, "not valid");
}

static void
test_forbidden (Fixture       *fixture,
                gconstpointer  data)
{
  /* An order's token reaches that order, not anyone's tickets. */
  load_as (fixture, "order:demo-order-token");
  assert_error_page (fixture, "permission");
}

/* A paged list of tickets over the sandbox's consumers (13 pages of 20):
 * "My tickets" in the sandbox fits one page, and the view must page. */
static TicketsParsedPage *
parse_consumers_as_tickets (GBytes  *bytes,
                            GError **error)
{
  TicketsParsedPage *page = tickets_parse_consumer_page (bytes, error);
  GPtrArray *tickets;

  if (page == NULL)
    return NULL;

  tickets = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < page->items->len; i++)
    {
      TicketsConsumer *consumer = g_ptr_array_index (page->items, i);
      TicketsTicket *ticket = tickets_ticket_new (tickets_consumer_get_uid (consumer));

      tickets_ticket_set_code (ticket, tickets_consumer_get_uid (consumer));
      tickets_ticket_set_status (ticket, "valid");
      tickets_ticket_set_consumer (ticket, consumer);
      g_ptr_array_add (tickets, ticket);
    }
  g_ptr_array_unref (page->items);
  page->items = tickets;

  return page;
}

static gboolean
two_pages_arrived (Fixture *fixture)
{
  TicketsPagedList *tickets = tickets_my_tickets_view_get_tickets (fixture->view);

  return g_list_model_get_n_items (G_LIST_MODEL (tickets)) >= 40 && !tickets_paged_list_get_loading (tickets);
}

static void
test_next_page_on_scroll (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(TicketsAuth) auth = tickets_auth_new_basic ("boxoffice", "boxoffice-demo");
  g_autofree char *uri = tickets_test_sandbox_uri (fixture->sandbox, "/consumers");
  g_autoptr(TicketsPagedList) tickets = NULL;
  GtkAdjustment *adjustment;

  gtk_window_set_default_size (fixture->window, 360, 600);
  tickets = tickets_paged_list_new (fixture->client, uri, auth, TICKETS_TYPE_TICKET,
                                    parse_consumers_as_tickets, NULL, NULL);
  g_signal_connect (tickets, "notify::loading", G_CALLBACK (on_tickets_loading), fixture);

  /* The view asks for the first page of a list nobody has asked yet. */
  tickets_my_tickets_view_set_tickets (fixture->view, NULL, tickets);
  g_assert_true (tickets_my_tickets_view_get_tickets (fixture->view) == tickets);
  wait_for (fixture, page_is_final);
  run_frames ();
  g_assert_cmpstr (tickets_my_tickets_view_get_page_name (fixture->view), ==, "tickets");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tickets)), ==, 20);
  g_assert_true (tickets_paged_list_get_has_more (tickets));

  /* At the top of 20 rows, a screenful from the end is far: no page more. */
  run_frames ();
  g_assert_cmpuint (fixture->n_loads, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tickets)), ==, 20);

  adjustment = gtk_scrolled_window_get_vadjustment (tickets_my_tickets_view_get_scrolled_window (fixture->view));
  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment), >, 2 * gtk_adjustment_get_page_size (adjustment));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment));

  wait_for (fixture, two_pages_arrived);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tickets)), ==, 40);
  g_assert_cmpuint (fixture->n_loads, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  if (!tickets_test_views_init (&argc, &argv))
    return g_test_run ();

#define ADD(path, func) \
  g_test_add ("/my-tickets-view/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("rows", test_rows);
  ADD ("details-on-enter", test_details_on_enter);
  ADD ("empty", test_empty);
  ADD ("unauthorized", test_unauthorized);
  ADD ("forbidden", test_forbidden);
  ADD ("next-page-on-scroll", test_next_page_on_scroll);

  return g_test_run ();
}
