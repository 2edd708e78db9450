/* test-order-view.c: the order view in a real window, over the sandbox: one
 * row per ticket, rows that show their ticket, rows that follow the model
 * when the store personalizes a ticket or a ticket turns invalid, and the
 * e-ticket button of the tickets that have one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tickets-format.h"
#include "tickets-order-view.h"
#include "tickets-order-view-private.h"
#include "tickets-test-views.h"
#include "tickets-ticket-row-private.h"

/* Which order a fixture opens; NULL test data opens the demo order. */
typedef struct
{
  const char *order;
  const char *token;
} OrderCase;

static const OrderCase none_order = { TICKETS_TEST_OR_NONE, "none-order-token" };

typedef struct
{
  TicketsTestSandbox *sandbox;
  TicketsClient      *client;
  TicketsStore       *store;
  TicketsAuth        *auth;
  TicketsOrder       *order;
  GtkWindow          *window;
  TicketsOrderView   *view;
  GAsyncResult       *result;
  /* What the window's "order.open-eticket" was activated with, in order. */
  GPtrArray          *opened_etickets;
} Fixture;

static GPtrArray *
list_rows (Fixture *fixture)
{
  return tickets_test_list_rows (tickets_order_view_get_list_view (fixture->view));
}

static TicketsTicketRow *
find_row (Fixture       *fixture,
          TicketsTicket *ticket)
{
  return tickets_test_find_row (tickets_order_view_get_list_view (fixture->view), ticket);
}

/* The window's side of the e-ticket button, as the application window
 * installs it. */
static void
on_open_eticket (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  Fixture *fixture = user_data;

  g_ptr_array_add (fixture->opened_etickets, g_variant_dup_string (parameter, NULL));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  const OrderCase *order_case = data;
  g_autoptr(GSimpleActionGroup) actions = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) open_eticket = g_simple_action_new ("open-eticket", G_VARIANT_TYPE_STRING);

  fixture->sandbox = tickets_test_sandbox_start ();
  tickets_test_open_store (fixture->sandbox, &fixture->client, &fixture->store);
  fixture->auth = tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN,
                                          order_case != NULL ? order_case->token : "demo-order-token");
  fixture->opened_etickets = g_ptr_array_new_with_free_func (g_free);
  fixture->order = tickets_test_load_order (fixture->store,
                                            order_case != NULL ? order_case->order : TICKETS_TEST_OR_DEMO,
                                            fixture->auth);

  /* The action is there before the view, as in the application window. */
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 480, 1400);
  g_signal_connect (open_eticket, "activate", G_CALLBACK (on_open_eticket), fixture);
  g_action_map_add_action (G_ACTION_MAP (actions), G_ACTION (open_eticket));
  gtk_widget_insert_action_group (GTK_WIDGET (fixture->window), "order", G_ACTION_GROUP (actions));
  fixture->view = g_object_ref (TICKETS_ORDER_VIEW (tickets_order_view_new (fixture->order)));
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->view));
  tickets_test_present (fixture->window);
  tickets_test_wait_rows (tickets_order_view_get_list_view (fixture->view),
                          g_list_model_get_n_items (tickets_order_get_tickets (fixture->order)));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_null (fixture->result);

  tickets_test_destroy_window (fixture->window, fixture->view);
  g_clear_object (&fixture->order);
  tickets_auth_unref (fixture->auth);
  g_ptr_array_unref (fixture->opened_etickets);
  tickets_test_close_store (fixture->sandbox, fixture->client, fixture->store);
}

static TicketsTicket *
order_ticket (TicketsOrder *order,
              const char   *uid)
{
  return tickets_test_find_ticket (tickets_order_get_tickets (order), uid);
}

static guint
parse_leading_count (const char *summary)
{
  g_assert_nonnull (summary);
  g_assert_true (g_ascii_isdigit (summary[0]));

  return (guint) g_ascii_strtoull (summary, NULL, 10);
}

static void
test_rows (Fixture       *fixture,
           gconstpointer  data)
{
  GListModel *tickets = tickets_order_get_tickets (fixture->order);
  g_autoptr(GPtrArray) rows = list_rows (fixture);
  TicketsTicket *ticket;
  TicketsTicketRow *row;
  const char *name;

  g_assert_cmpstr (tickets_order_view_get_page_name (fixture->view), ==, "tickets");
  g_assert_cmpuint (g_list_model_get_n_items (tickets), >, 1);
  g_assert_cmpuint (rows->len, ==, g_list_model_get_n_items (tickets));

  ticket = order_ticket (fixture->order, TICKETS_TEST_TK_DEMO_1);
  g_assert_nonnull (ticket);
  row = find_row (fixture, ticket);
  g_assert_nonnull (row);

  name = tickets_i18n_text_get_best (tickets_product_get_name (tickets_ticket_get_product (ticket)));
  g_assert_nonnull (name);
  g_assert_cmpstr (name, !=, "");
  g_assert_cmpstr (tickets_ticket_row_get_title_text (row), ==, name);
  g_assert_cmpstr (tickets_ticket_row_get_code_text (row), ==, TICKETS_TEST_CODE_DEMO_1);
  g_assert_cmpstr (tickets_ticket_row_get_status_text (row), ==, "Valid");
  g_assert_cmpstr (tickets_ticket_row_get_status_style (row), ==, "success");

  /* ANNA's ticket is personalized in the fixture. */
  row = find_row (fixture, order_ticket (fixture->order, TICKETS_TEST_TK_DEMO_ANNA));
  g_assert_nonnull (row);
  g_assert_true (g_str_has_prefix (tickets_ticket_row_get_personalization_text (row), "Personalized: "));
}

/* The list, given all the height it wants, ends with its last row: GTK 4.8
 * sizes it by its rows' heights for no width at all. */
static void
test_list_ends_with_last_row (Fixture       *fixture,
                              gconstpointer  data)
{
  GtkWidget *list = GTK_WIDGET (tickets_order_view_get_list_view (fixture->view));
  g_autoptr(GPtrArray) rows = list_rows (fixture);
  double rows_bottom = 0;

  g_assert_cmpuint (rows->len, >, 1);
  for (guint i = 0; i < rows->len; i++)
    {
      graphene_rect_t bounds;

      /* The list's own item around the row carries the separator. */
      g_assert_true (gtk_widget_compute_bounds (gtk_widget_get_parent (rows->pdata[i]), list, &bounds));
      rows_bottom = MAX (rows_bottom, bounds.origin.y + bounds.size.height);
    }

  g_assert_cmpfloat (rows_bottom, >, 0);
  g_assert_cmpfloat (gtk_widget_get_height (list), <=, rows_bottom + 2);
}

static void
test_activate (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(TicketsTicket) second = g_list_model_get_item (tickets_order_get_tickets (fixture->order), 1);

  g_assert_true (tickets_test_activate_ticket (fixture->view, tickets_order_view_get_list_view (fixture->view), 1)
                 == second);
}

static void
test_personalize_updates_row (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TicketsConsumer) holder = tickets_consumer_new ();
  g_autoptr(TicketsPersonalization) personalization = NULL;
  g_autofree char *email = g_strdup_printf ("maria.%" G_GINT64_FORMAT "@example.org", g_get_real_time ());
  const char *tickets[] = { NULL, NULL };
  TicketsTicket *ticket;
  TicketsTicketRow *row;
  guint needing_before;
  guint needing_after;

  ticket = order_ticket (fixture->order, TICKETS_TEST_TK_DEMO_1);
  g_assert_nonnull (ticket);
  g_assert_cmpint (tickets_ticket_get_personalization_state (ticket, NULL), ==, TICKETS_PERSONALIZATION_STATE_NEEDED);
  row = find_row (fixture, ticket);
  g_assert_nonnull (row);
  g_assert_true (g_str_has_prefix (tickets_ticket_row_get_personalization_text (row), "Needs a name"));

  needing_before = parse_leading_count (tickets_order_view_get_summary_text (fixture->view));
  g_assert_cmpuint (needing_before, ==, tickets_order_count_needing_personalization (fixture->order, NULL));
  g_assert_nonnull (strstr (tickets_order_view_get_summary_text (fixture->view), "need"));

  tickets_consumer_set_first_name (holder, "Maria");
  tickets_consumer_set_last_name (holder, "Jansen");
  tickets_consumer_set_date_of_birth (holder, "1990-05-04");
  tickets_consumer_set_gender (holder, TICKETS_GENDER_FEMALE);
  tickets_consumer_set_email (holder, email);
  tickets_consumer_set_country (holder, "NL");

  tickets[0] = TICKETS_TEST_TK_DEMO_1;
  tickets_store_personalize_async (fixture->store, TICKETS_TEST_OR_DEMO, tickets, holder, TICKETS_CONSENT_NONE,
                                   fixture->auth, NULL, tickets_test_on_done, &fixture->result);
  personalization = tickets_store_personalize_finish (fixture->store, tickets_test_wait_result (&fixture->result),
                                                      &error);
  g_clear_object (&fixture->result);
  g_assert_no_error (error);
  g_assert_nonnull (personalization);
  tickets_test_run_frames ();

  /* The same widget, updated through the model. */
  g_assert_true (find_row (fixture, ticket) == row);
  g_assert_cmpstr (tickets_ticket_row_get_personalization_text (row), ==, "Personalized: Maria Jansen");

  needing_after = tickets_order_count_needing_personalization (fixture->order, NULL);
  g_assert_cmpuint (needing_after, ==, needing_before - 1);
  if (needing_after > 0)
    g_assert_cmpuint (parse_leading_count (tickets_order_view_get_summary_text (fixture->view)), ==, needing_after);
  else
    g_assert_cmpstr (tickets_order_view_get_summary_text (fixture->view), ==, "Every ticket that needs a name has one");
}

/* Several tickets named in one go, as the batch view and a store merge do:
 * the header counts them all once the batch is through. */
static void
test_batch_updates_summary (Fixture       *fixture,
                            gconstpointer  data)
{
  GListModel *tickets = tickets_order_get_tickets (fixture->order);
  guint needing = tickets_order_count_needing_personalization (fixture->order, NULL);
  guint named = 0;

  g_assert_cmpuint (needing, >=, 2);
  g_assert_cmpuint (parse_leading_count (tickets_order_view_get_summary_text (fixture->view)), ==, needing);

  for (guint i = 0; i < g_list_model_get_n_items (tickets) && named < needing - 1; i++)
    {
      g_autoptr(TicketsTicket) ticket = g_list_model_get_item (tickets, i);

      if (tickets_ticket_get_personalization_state (ticket, NULL) != TICKETS_PERSONALIZATION_STATE_NEEDED)
        continue;
      tickets_ticket_set_needs_personalization (ticket, FALSE);
      tickets_ticket_set_personalized (ticket, TRUE);
      named++;
    }
  tickets_test_run_frames ();

  g_assert_cmpuint (tickets_order_count_needing_personalization (fixture->order, NULL), ==, 1);
  g_assert_cmpstr (tickets_order_view_get_summary_text (fixture->view), ==, "1 ticket of 4 still needs a name");

  for (guint i = 0; i < g_list_model_get_n_items (tickets); i++)
    {
      g_autoptr(TicketsTicket) ticket = g_list_model_get_item (tickets, i);

      tickets_ticket_set_needs_personalization (ticket, FALSE);
      tickets_ticket_set_personalized (ticket, TRUE);
    }
  tickets_test_run_frames ();
  g_assert_cmpstr (tickets_order_view_get_summary_text (fixture->view), ==, "Every ticket that needs a name has one");
}

static void
test_invalid_flips_badge (Fixture       *fixture,
                          gconstpointer  data)
{
  TicketsTicket *ticket = order_ticket (fixture->order, TICKETS_TEST_TK_DEMO_2);
  TicketsTicketRow *row;

  g_assert_nonnull (ticket);
  row = find_row (fixture, ticket);
  g_assert_nonnull (row);
  g_assert_cmpstr (tickets_ticket_row_get_status_text (row), ==, "Valid");

  tickets_ticket_set_status (ticket, "invalid");
  tickets_test_run_frames ();

  g_assert_true (find_row (fixture, ticket) == row);
  g_assert_cmpstr (tickets_ticket_row_get_status_text (row), ==, "Invalid");
  g_assert_cmpstr (tickets_ticket_row_get_status_style (row), ==, "error");
  g_assert_cmpstr (tickets_ticket_row_get_personalization_text (row), ==, "This ticket is no longer valid");
}

static void
assert_eticket_button (TicketsTicketRow *row,
                       const char       *uri)
{
  GtkWidget *button = tickets_ticket_row_get_eticket_button (row);

  if (uri == NULL)
    {
      g_assert_true (button == NULL || !gtk_widget_get_visible (button));
      return;
    }

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_visible (button));
  g_assert_true (gtk_widget_get_mapped (button));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "Download E-ticket");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, "Download E-ticket");
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==, TICKETS_TICKET_ROW_OPEN_ETICKET_ACTION);
  g_assert_cmpstr (g_variant_get_string (gtk_actionable_get_action_target_value (GTK_ACTIONABLE (button)), NULL), ==, uri);
  /* The window's action is found from inside the list. */
  g_assert_true (gtk_widget_is_sensitive (button));
}

/* The demo order has no e-tickets: no row shows the button until its
 * ticket gets one, and a click opens that ticket's link. */
static void
test_eticket_button (Fixture       *fixture,
                     gconstpointer  data)
{
  static const char link[] = "https://download.example.org/download/eticket/demo-1";
  TicketsTicket *ticket = order_ticket (fixture->order, TICKETS_TEST_TK_DEMO_1);
  g_autoptr(GPtrArray) rows = list_rows (fixture);
  TicketsTicketRow *row;

  g_assert_cmpuint (rows->len, >, 1);
  for (guint i = 0; i < rows->len; i++)
    {
      g_assert_null (tickets_ticket_get_eticket_uri (tickets_ticket_row_get_ticket (rows->pdata[i])));
      assert_eticket_button (rows->pdata[i], NULL);
    }

  g_assert_nonnull (ticket);
  row = find_row (fixture, ticket);
  g_assert_nonnull (row);

  tickets_ticket_set_eticket_uri (ticket, link);
  tickets_test_run_frames ();
  g_assert_true (find_row (fixture, ticket) == row);
  assert_eticket_button (row, link);
  for (guint i = 0; i < rows->len; i++)
    if (rows->pdata[i] != row)
      assert_eticket_button (rows->pdata[i], NULL);

  g_signal_emit_by_name (tickets_ticket_row_get_eticket_button (row), "clicked");
  g_assert_cmpuint (fixture->opened_etickets->len, ==, 1);
  g_assert_cmpstr (fixture->opened_etickets->pdata[0], ==, link);

  /* Moving onto the row focuses the row, not its button, so that Enter
   * opens the ticket as on every other row; Tab goes on to the button. */
  g_assert_true (gtk_widget_grab_focus (gtk_widget_get_parent (GTK_WIDGET (row))));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (fixture->window)) == GTK_WIDGET (row));
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (row), GTK_DIR_TAB_FORWARD));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (fixture->window)) == tickets_ticket_row_get_eticket_button (row));

  /* Gone again: hidden, and naming no action that could open the old link. */
  tickets_ticket_set_eticket_uri (ticket, NULL);
  tickets_test_run_frames ();
  assert_eticket_button (row, NULL);
  g_assert_null (gtk_actionable_get_action_name (GTK_ACTIONABLE (tickets_ticket_row_get_eticket_button (row))));
  g_assert_cmpuint (fixture->opened_etickets->len, ==, 1);
}

/* An order whose ticket the sandbox hands an e-ticket link: the row shows
 * the button with the link the server gave. */
static void
test_eticket_from_server (Fixture       *fixture,
                          gconstpointer  data)
{
  GListModel *tickets = tickets_order_get_tickets (fixture->order);
  g_autoptr(GPtrArray) rows = list_rows (fixture);
  g_autofree char *prefix = g_strconcat (tickets_test_sandbox_get_base (fixture->sandbox), "/download/eticket/", NULL);
  guint with_eticket = 0;

  g_assert_cmpuint (rows->len, ==, g_list_model_get_n_items (tickets));
  for (guint i = 0; i < rows->len; i++)
    {
      TicketsTicket *ticket = tickets_ticket_row_get_ticket (rows->pdata[i]);
      const char *uri = tickets_ticket_get_eticket_uri (ticket);

      assert_eticket_button (rows->pdata[i], uri);
      if (uri == NULL)
        continue;

      g_assert_true (g_str_has_prefix (uri, prefix));
      g_signal_emit_by_name (tickets_ticket_row_get_eticket_button (rows->pdata[i]), "clicked");
      g_assert_cmpstr (fixture->opened_etickets->pdata[with_eticket], ==, uri);
      with_eticket++;
    }

  g_assert_cmpuint (with_eticket, >, 0);
  g_assert_cmpuint (fixture->opened_etickets->len, ==, with_eticket);
}

static void
test_empty (void)
{
  TicketsOrder *order = tickets_order_new ("empty-order");
  TicketsOrderView *view = TICKETS_ORDER_VIEW (g_object_ref_sink (tickets_order_view_new (NULL)));

  g_assert_cmpstr (tickets_order_view_get_page_name (view), ==, "empty");
  tickets_order_view_set_order (view, order);
  g_assert_cmpstr (tickets_order_view_get_page_name (view), ==, "empty");
  g_assert_true (tickets_order_view_get_order (view) == order);

  g_assert_finalize_object (view);
  g_assert_finalize_object (order);
}

static TicketsTicket *
build_ticket (const char *product_name)
{
  TicketsTicket *ticket = tickets_ticket_new ("hand-built");
  g_autoptr(TicketsProduct) product = tickets_product_new ("hand-built-product");
  g_autoptr(TicketsI18nText) name = tickets_i18n_text_new ();
  g_autoptr(TicketsAmount) price = tickets_amount_new ("EUR", 8950, 2);

  tickets_i18n_text_set (name, "en", product_name);
  tickets_product_set_name (product, name);
  tickets_ticket_set_product (ticket, product);
  tickets_ticket_set_price (ticket, price);
  tickets_ticket_set_code (ticket, "1234567890123");
  tickets_ticket_set_status (ticket, "valid");

  return ticket;
}

static void
test_row_states (void)
{
  g_autoptr(TicketsTicket) ticket = build_ticket ("Day ticket");
  g_autoptr(TicketsSeating) seating = tickets_seating_new ();
  g_autoptr(GDateTime) past = g_date_time_new_utc (2020, 3, 1, 12, 0, 0);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) soon = g_date_time_add_hours (now, 5);
  g_autoptr(GDateTime) later = g_date_time_add_days (now, 40);
  g_autoptr(TicketsProduct) renamed = tickets_product_new ("renamed-product");
  g_autoptr(TicketsI18nText) new_name = tickets_i18n_text_new ();
  TicketsTicketRow *row = TICKETS_TICKET_ROW (g_object_ref_sink (tickets_ticket_row_new (ticket)));
  g_autofree char *price = NULL;

  g_assert_true (tickets_ticket_row_get_ticket (row) == ticket);
  g_assert_cmpstr (tickets_ticket_row_get_title_text (row), ==, "Day ticket");
  g_assert_cmpstr (tickets_ticket_row_get_code_text (row), ==, "1234567890123");
  g_assert_cmpstr (tickets_ticket_row_get_personalization_text (row), ==, "No name needed");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Day ticket, Valid, No name needed");

  price = tickets_format_amount (tickets_ticket_get_price (ticket));
  g_assert_cmpstr (price, ==, "€89.50");

  /* Most tickets have no e-ticket, and their rows build no button. */
  g_assert_null (tickets_ticket_row_get_eticket_button (row));
  tickets_ticket_set_eticket_uri (ticket, "https://download.example.org/download/eticket/day");
  g_assert_nonnull (tickets_ticket_row_get_eticket_button (row));
  g_assert_true (gtk_widget_get_visible (tickets_ticket_row_get_eticket_button (row)));

  tickets_ticket_set_is_scanned (ticket, TRUE);
  g_assert_cmpstr (tickets_ticket_row_get_status_text (row), ==, "Scanned");
  g_assert_cmpstr (tickets_ticket_row_get_status_style (row), ==, "dim-label");

  tickets_seating_set_section (seating, "B");
  tickets_seating_set_row (seating, "12");
  tickets_seating_set_seat (seating, "7");
  tickets_ticket_set_seating (ticket, seating);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (tickets_test_find_label (row, "Section B · Row 12 · Seat 7"))),
                   ==, "Section B · Row 12 · Seat 7");

  tickets_ticket_set_needs_personalization (ticket, TRUE);
  tickets_ticket_set_personalization_end (ticket, soon);
  g_assert_true (g_str_has_prefix (tickets_ticket_row_get_personalization_text (row), "Needs a name by "));
  g_assert_nonnull (tickets_test_find_label (row, "4 hours left"));

  /* A friend was asked: whom and when, the address as typed (never
   * markup), with Withdraw and Ask Again; only where the row shows
   * requests (the buyer's order, not the friend's own view). */
  {
    g_autoptr(GDateTime) asked = g_date_time_add_minutes (now, -2);

    tickets_ticket_set_pending_request (ticket, "https://example.org/personalization-requests/r1",
                                        "<b>femke</b>@example.org", asked);
    g_assert_true (g_str_has_prefix (tickets_ticket_row_get_personalization_text (row), "Needs a name by "));
    g_assert_false (tickets_ticket_row_get_request_buttons_visible (row));
    tickets_ticket_row_set_shows_requests (row, TRUE);
    g_assert_cmpstr (tickets_ticket_row_get_personalization_text (row), ==,
                     "Waiting for <b>femke</b>@example.org, asked 2 minutes ago");
    g_assert_false (gtk_label_get_use_markup (GTK_LABEL (tickets_test_find_label (row, tickets_ticket_row_get_personalization_text (row)))));
    g_assert_true (tickets_ticket_row_get_request_buttons_visible (row));
    g_assert_nonnull (gtk_widget_get_ancestor (tickets_test_find_label (row, "Withdraw"), GTK_TYPE_BUTTON));
    g_assert_nonnull (gtk_widget_get_ancestor (tickets_test_find_label (row, "Ask Again"), GTK_TYPE_BUTTON));
    tickets_ticket_set_pending_request (ticket, NULL, NULL, NULL);
    g_assert_true (g_str_has_prefix (tickets_ticket_row_get_personalization_text (row), "Needs a name by "));
    g_assert_false (tickets_ticket_row_get_request_buttons_visible (row));
  }

  /* The app's own work on the ticket: a draft, a save on its way, a
   * refused one that keeps the draft. */
  {
    g_autoptr(TicketsConsumer) draft = tickets_consumer_new ();
    g_autoptr(GError) error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_FAILED, "The server is busy");

    g_assert_null (tickets_ticket_row_get_save_text (row));
    tickets_ticket_set_draft (ticket, draft);
    g_assert_cmpstr (tickets_ticket_row_get_save_text (row), ==, "Draft, not sent yet");
    tickets_ticket_set_save_state (ticket, TICKETS_SAVE_STATE_SAVING, NULL);
    g_assert_cmpstr (tickets_ticket_row_get_save_text (row), ==, "Saving…");
    tickets_ticket_set_save_state (ticket, TICKETS_SAVE_STATE_FAILED, error);
    g_assert_cmpstr (tickets_ticket_row_get_save_text (row), ==, "Not saved, your draft is kept: The server is busy");
    tickets_ticket_set_draft (ticket, NULL);
    g_assert_cmpstr (tickets_ticket_row_get_save_text (row), ==, "Not saved: The server is busy");
    tickets_ticket_set_save_state (ticket, TICKETS_SAVE_STATE_NONE, NULL);
    tickets_ticket_set_draft (ticket, NULL);
    g_assert_null (tickets_ticket_row_get_save_text (row));
  }

  tickets_ticket_set_personalization_end (ticket, past);
  g_assert_cmpstr (tickets_ticket_row_get_personalization_text (row), ==, "Personalization closed on 1 March 2020");

  tickets_ticket_set_personalization_end (ticket, NULL);
  tickets_ticket_set_personalization_start (ticket, later);
  g_assert_true (g_str_has_prefix (tickets_ticket_row_get_personalization_text (row), "Personalization opens on "));

  /* The product's name is followed too, and so is a new product. */
  tickets_i18n_text_set (new_name, "en", "Evening ticket");
  tickets_product_set_name (renamed, new_name);
  tickets_ticket_set_product (ticket, renamed);
  g_assert_cmpstr (tickets_ticket_row_get_title_text (row), ==, "Evening ticket");

  /* Unbound, as a list factory does, the row lets the ticket go. */
  tickets_ticket_row_set_ticket (row, NULL);
  g_assert_cmpstr (tickets_ticket_row_get_title_text (row), ==, "");
  g_assert_false (gtk_widget_get_visible (tickets_ticket_row_get_eticket_button (row)));
  tickets_ticket_set_status (ticket, "invalid");
  g_assert_cmpstr (tickets_ticket_row_get_status_text (row), ==, "");

  g_assert_finalize_object (row);
  g_assert_finalize_object (g_steal_pointer (&ticket));
}

/* The summary tells the truth for each of the sandbox's orders: open,
 * closed, not yet open, mixed, none needing names, and some tickets
 * waiting for a friend (the full order's pending request). */
static void
test_summary_tells_truth (void)
{
  static const struct
  {
    const char *order;
    const char *token;
    const char *summary;
  } cases[] = {
    { TICKETS_TEST_OR_DEMO, "demo-order-token", "3 tickets of 4 still need a name" },
    { TICKETS_TEST_OR_CLOSED, "closed-order-token",
      "1 ticket of 3 has a name\n2 tickets got no name before personalization closed" },
    { TICKETS_TEST_OR_FUTURE, "future-order-token", "2 tickets will need a name once personalization opens" },
    { TICKETS_TEST_OR_MIXED, "mixed-order-token", "1 ticket of 2 still needs a name" },
    { TICKETS_TEST_OR_NONE, "none-order-token", "No ticket in this order needs a name" },
    { TICKETS_TEST_OR_FULL, "full-order-token",
      "6 tickets of 8 still need a name\n2 of them are waiting for a friend" },
  };
  TicketsTestSandbox *sandbox = tickets_test_sandbox_start ();
  TicketsClient *client = NULL;
  TicketsStore *store = NULL;

  tickets_test_open_store (sandbox, &client, &store);
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(TicketsAuth) auth = tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, cases[i].token);
      g_autoptr(TicketsOrder) order = tickets_test_load_order (store, cases[i].order, auth);
      g_autoptr(GAsyncResult) result = NULL;
      TicketsOrderView *view = g_object_ref_sink (TICKETS_ORDER_VIEW (tickets_order_view_new (order)));

      /* Which friends were asked comes with their requests. */
      tickets_store_load_requests_async (store, tickets_order_get_tickets (order), auth, NULL,
                                         tickets_test_on_done, &result);
      g_assert_true (tickets_store_load_requests_finish (store, tickets_test_wait_result (&result), NULL));
      tickets_test_run_frames ();

      g_test_message ("%s: %s", cases[i].token, tickets_order_view_get_summary_text (view));
      g_assert_cmpstr (tickets_order_view_get_summary_text (view), ==, cases[i].summary);
      g_assert_finalize_object (view);
    }
  tickets_test_close_store (sandbox, client, store);
}

/* A ticket's row says "Saving…" while the server has not answered (the
 * sandbox delays every answer), then the name; and when the save fails
 * (every request refused), that it failed, the draft kept. */
static void
test_saving_rows (void)
{
  TicketsTestSandbox *sandbox = tickets_test_sandbox_start_faulty (300, 0.0, 1);
  g_autoptr(TicketsAuth) auth = tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, "demo-order-token");
  g_autoptr(TicketsConsumer) holder = tickets_consumer_new ();
  g_autoptr(TicketsPersonalization) personalization = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  TicketsClient *client = NULL;
  TicketsStore *store = NULL;
  g_autoptr(TicketsOrder) order = NULL;
  const char *first[] = { TICKETS_TEST_TK_DEMO_1, NULL };
  const char *second[] = { TICKETS_TEST_TK_DEMO_2, NULL };
  TicketsOrderView *view;
  GtkWindow *window;
  TicketsTicket *ticket;
  TicketsTicketRow *row;

  tickets_test_open_store (sandbox, &client, &store);
  order = tickets_test_load_order (store, TICKETS_TEST_OR_DEMO, auth);
  view = g_object_ref (TICKETS_ORDER_VIEW (tickets_order_view_new (order)));
  window = tickets_test_window_new (GTK_WIDGET (view), 480, 1400);
  tickets_test_wait_rows (tickets_order_view_get_list_view (view), g_list_model_get_n_items (tickets_order_get_tickets (order)));

  tickets_consumer_set_first_name (holder, "Lotte");
  tickets_consumer_set_last_name (holder, "Smit");
  tickets_consumer_set_date_of_birth (holder, "1991-07-02");
  tickets_consumer_set_gender (holder, TICKETS_GENDER_FEMALE);
  tickets_consumer_set_email (holder, "lotte.smit@example.org");
  tickets_consumer_set_country (holder, "NL");

  ticket = tickets_test_find_ticket (tickets_order_get_tickets (order), TICKETS_TEST_TK_DEMO_1);
  row = tickets_test_find_row (tickets_order_view_get_list_view (view), ticket);
  g_assert_null (tickets_ticket_row_get_save_text (row));
  tickets_store_personalize_async (store, TICKETS_TEST_OR_DEMO, first, holder, TICKETS_CONSENT_NONE,
                                   auth, NULL, tickets_test_on_done, &result);
  /* On its way: the answer is at least 300 ms off. */
  g_assert_cmpstr (tickets_ticket_row_get_save_text (row), ==, "Saving…");
  personalization = tickets_store_personalize_finish (store, tickets_test_wait_result (&result), &error);
  g_clear_object (&result);
  g_assert_no_error (error);
  g_assert_null (tickets_ticket_row_get_save_text (row));
  g_assert_cmpstr (tickets_ticket_row_get_personalization_text (row), ==, "Personalized: Lotte Smit");

  /* The server fails it (a 500 or a drop before anything was applied): the
   * change is queued, the row says so, and the draft the window keeps stays. */
  ticket = tickets_test_find_ticket (tickets_order_get_tickets (order), TICKETS_TEST_TK_DEMO_2);
  row = tickets_test_find_row (tickets_order_view_get_list_view (view), ticket);
  tickets_ticket_set_draft (ticket, holder);
  g_assert_cmpstr (tickets_ticket_row_get_save_text (row), ==, "Draft, not sent yet");
  tickets_test_sandbox_set_fail_rate (sandbox, 1.0);
  tickets_store_personalize_async (store, TICKETS_TEST_OR_DEMO, second, holder, TICKETS_CONSENT_NONE,
                                   auth, NULL, tickets_test_on_done, &result);
  g_assert_cmpstr (tickets_ticket_row_get_save_text (row), ==, "Saving…");
  g_clear_object (&personalization);
  personalization = tickets_store_personalize_finish (store, tickets_test_wait_result (&result), &error);
  g_clear_object (&result);
  g_assert_error (error, TICKETS_STORE_ERROR, TICKETS_STORE_ERROR_QUEUED);
  g_assert_null (personalization);
  g_assert_cmpstr (tickets_ticket_row_get_save_text (row), ==, "Not sent yet: kept on this computer");
  g_assert_true (tickets_ticket_get_draft (ticket) == holder);
  g_assert_true (g_str_has_prefix (tickets_ticket_row_get_personalization_text (row), "Needs a name"));
  tickets_test_sandbox_set_fail_rate (sandbox, 0.0);

  tickets_test_destroy_window (window, view);
  g_clear_object (&order);
  tickets_test_close_store (sandbox, client, store);
}

int
main (int   argc,
      char *argv[])
{
  if (!tickets_test_views_init (&argc, &argv))
    return g_test_run ();

#define ADD(path, func) \
  g_test_add ("/order-view/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("rows", test_rows);
  ADD ("activate", test_activate);
  ADD ("list-ends-with-last-row", test_list_ends_with_last_row);
  ADD ("personalize-updates-row", test_personalize_updates_row);
  ADD ("batch-updates-summary", test_batch_updates_summary);
  ADD ("invalid-flips-badge", test_invalid_flips_badge);
  ADD ("eticket-button", test_eticket_button);
  g_test_add ("/order-view/eticket-from-server", Fixture, &none_order,
              fixture_set_up, test_eticket_from_server, fixture_tear_down);
  g_test_add_func ("/order-view/empty", test_empty);
  g_test_add_func ("/order-view/summary-tells-truth", test_summary_tells_truth);
  g_test_add_func ("/order-view/saving-rows", test_saving_rows);
  g_test_add_func ("/ticket-row/states", test_row_states);

#undef ADD

  return g_test_run ();
}
