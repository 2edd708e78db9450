/* test-window-order.c: the window's order page, row by row
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A real TicketsApplication and window against the sandbox, on the full
 * order: where the focus starts, a friend asked and withdrawn on a row,
 * drafts kept by Back, a refused save, and the e-tickets' links.
 */

#include "config.h"

#include <string.h>

#include "tickets-ask-friend-dialog-private.h"
#include "tickets-order-view-private.h"
#include "tickets-test-window.h"
#include "tickets-ticket-row-private.h"

/* Three tickets of the full order no other test touches. */
#define TK_GRANDSTAND_1 "764fcaf75834c649e8b6219201f08198"
#define TK_GRANDSTAND_2 "79db3bbabb4da110f2e32ac0ac67422b"
#define TK_GRANDSTAND_3 "d168eb2ef7745d629e8e2403114ce610"

static AdwMessageDialog *
find_message_dialog (void)
{
  return ADW_MESSAGE_DIALOG (tickets_test_find_dialog (NULL, ADW_TYPE_MESSAGE_DIALOG));
}

/* Whether the Ask a Friend dialog offers @uid: its row is there and shown. */
static gboolean
dialog_offers (AdwMessageDialog *dialog,
               const char       *uid)
{
  GtkWidget *check = GTK_WIDGET (tickets_ask_friend_dialog_get_check (TICKETS_ASK_FRIEND_DIALOG (dialog), uid));

  return check != NULL && gtk_widget_get_visible (gtk_widget_get_ancestor (check, ADW_TYPE_ACTION_ROW));
}

/* Through the real dialog: tick @uid, type @email, Send. */
static void
ask_through_dialog (Fixture    *fixture,
                    const char *uid,
                    const char *email)
{
  AdwMessageDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "order.ask-friend", NULL));
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (dialog_offers (dialog, uid));
  gtk_check_button_set_active (tickets_ask_friend_dialog_get_check (TICKETS_ASK_FRIEND_DIALOG (dialog), uid), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (tickets_test_find_named (dialog, ADW_TYPE_ENTRY_ROW, "Friend's email")), email);
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "send"));
  adw_message_dialog_response (dialog, "send");
  gtk_window_destroy (GTK_WINDOW (dialog));
  wait_until_idle (tickets_session_get_store (tickets_application_get_session (fixture->app)));
}

static TicketsTicketRow *
order_row (Fixture       *fixture,
           TicketsTicket *ticket)
{
  TicketsOrderView *view = tickets_window_get_order_view (fixture->window);
  GtkListView *list = tickets_order_view_get_list_view (view);
  GListModel *tickets = tickets_order_get_tickets (tickets_window_get_order_view_order (fixture->window));
  gint64 deadline = tickets_test_deadline (10);
  TicketsTicketRow *row;

  /* Showing the order (Back too) moves the focus to a ticket's row some
   * frames later, scrolling the list there: scrolled before that, the
   * row asked for would be scrolled away again and never built. */
  while (tickets_order_view_get_focusing (view))
    tickets_test_iterate (deadline);

  /* Scrolled into view: a list builds the rows it shows. */
  for (guint i = 0; i < g_list_model_get_n_items (tickets); i++)
    {
      g_autoptr(TicketsTicket) item = g_list_model_get_item (tickets, i);

      if (item == ticket)
        gtk_widget_activate_action (GTK_WIDGET (list), "list.scroll-to-item", "u", i);
    }
  /* A loaded machine may take more than a few frames to build it; fails
   * after 10 s. */
  while ((row = tickets_test_find_row (list, ticket)) == NULL)
    tickets_test_iterate (deadline);

  return row;
}

static void
open_full_order (Fixture *fixture)
{
  g_autoptr(TicketsAuth) auth = tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, "full-order-token");

  tickets_window_open_order (fixture->window, TICKETS_TEST_OR_FULL, auth);
  tickets_test_wait_for_page (fixture->window, "order");
  /* The requests the tickets link to come after the order. */
  wait_until_idle (tickets_session_get_store (tickets_application_get_session (fixture->app)));
}

/* Asking a friend leaves a trace on the row; Withdraw reaches the server
 * and takes it away; Ask Again sends a new request and withdraws the old
 * one; the dialog does not offer what a friend was already asked for. */
static void
test_ask_friend_trace (Fixture       *fixture,
                       gconstpointer  data)
{
  TicketsStore *store = tickets_session_get_store (tickets_application_get_session (fixture->app));
  g_autofree char *first_request = NULL;
  g_autofree char *first_path = NULL;
  g_autofree char *second_request = NULL;
  g_autofree char *second_path = NULL;
  AdwMessageDialog *dialog;
  TicketsTicket *asked_before;
  TicketsTicket *ticket;
  TicketsTicketRow *row;

  tickets_test_sandbox_record (sandbox);
  open_full_order (fixture);

  /* The fixture's own pending request, from the ticket's links. */
  asked_before = tickets_store_lookup_ticket (store, TICKETS_TEST_TK_FULL_REQUEST_1);
  g_assert_cmpstr (tickets_ticket_row_get_personalization_text (order_row (fixture, asked_before)), ==,
                   "Waiting for friend@example.org, asked 1 day ago");

  ticket = tickets_store_lookup_ticket (store, TK_GRANDSTAND_1);
  row = order_row (fixture, ticket);
  g_assert_true (g_str_has_prefix (tickets_ticket_row_get_personalization_text (row), "Needs a name"));
  g_assert_false (tickets_ticket_row_get_request_buttons_visible (row));

  ask_through_dialog (fixture, TK_GRANDSTAND_1, "pim@example.org");
  g_assert_cmpuint (tickets_test_sandbox_count (sandbox, "POST", "/personalization-requests"), ==, 1);
  /* On the wire: the friend's address, this order and only the ticket picked. */
  {
    g_autoptr(GPtrArray) bodies = tickets_test_sandbox_received (sandbox, "POST", "/personalization-requests");
    JsonObject *body = json_node_get_object (g_ptr_array_index (bodies, 0));
    JsonArray *sent = json_object_get_array_member (body, "tickets");
    g_autofree char *order_uri = tickets_test_uri (sandbox, "orders", TICKETS_TEST_OR_FULL);
    g_autofree char *ticket_uri = tickets_test_uri (sandbox, "tickets", TK_GRANDSTAND_1);

    g_assert_cmpstr (json_object_get_string_member (body, "email"), ==, "pim@example.org");
    g_assert_cmpstr (json_object_get_string_member (body, "order"), ==, order_uri);
    g_assert_cmpuint (json_array_get_length (sent), ==, 1);
    g_assert_cmpstr (json_array_get_string_element (sent, 0), ==, ticket_uri);
  }
  g_assert_cmpstr (tickets_ticket_row_get_personalization_text (row), ==, "Waiting for pim@example.org, asked just now");
  g_assert_true (tickets_ticket_row_get_request_buttons_visible (row));
  first_request = g_strdup (tickets_ticket_get_pending_request_uri (ticket));
  first_path = g_strdup (strstr (first_request, "/personalization-requests/"));
  /* What the server holds, as it says. */
  g_assert_cmpstr (tickets_personalization_request_get_email (
                     tickets_store_lookup_personalization_request (store, strrchr (first_request, '/') + 1)),
                   ==, "pim@example.org");

  /* Not offered again, unless the person chooses to replace the request. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "order.ask-friend", NULL));
  dialog = find_message_dialog ();
  g_assert_false (dialog_offers (dialog, TK_GRANDSTAND_1));
  g_assert_false (dialog_offers (dialog, TICKETS_TEST_TK_FULL_REQUEST_1));
  g_assert_true (dialog_offers (dialog, TK_GRANDSTAND_2));
  gtk_switch_set_active (GTK_SWITCH (tickets_test_find_named (dialog, GTK_TYPE_SWITCH, "Include Tickets Already Asked For")), TRUE);
  g_assert_true (dialog_offers (dialog, TK_GRANDSTAND_1));
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* Withdraw: the DELETE reaches the sandbox, the row says so after. */
  /* Clicked as a pointer or Space does (activate() would wait out the
   * button's pressed look first). */
  g_signal_emit_by_name (gtk_widget_get_ancestor (tickets_test_find_label (row, "Withdraw"), GTK_TYPE_BUTTON), "clicked");
  wait_until_idle (store);
  g_assert_cmpuint (tickets_test_sandbox_count (sandbox, "DELETE", first_path), ==, 1);
  g_assert_cmpstr (tickets_personalization_request_get_state (
                     tickets_store_lookup_personalization_request (store, strrchr (first_request, '/') + 1)),
                   ==, "cancelled");
  g_assert_true (g_str_has_prefix (tickets_ticket_row_get_personalization_text (row), "Needs a name"));
  g_assert_null (tickets_ticket_get_pending_request_uri (ticket));

  /* Asked again through the dialog, then Ask Again on the row: a new
   * request to the same friend, and the one it replaces withdrawn. */
  ask_through_dialog (fixture, TK_GRANDSTAND_1, "pim@example.org");
  second_request = g_strdup (tickets_ticket_get_pending_request_uri (ticket));
  g_assert_cmpstr (second_request, !=, first_request);
  second_path = g_strdup (strstr (second_request, "/personalization-requests/"));
  g_signal_emit_by_name (gtk_widget_get_ancestor (tickets_test_find_label (row, "Ask Again"), GTK_TYPE_BUTTON), "clicked");
  wait_until_idle (store);
  g_assert_cmpuint (tickets_test_sandbox_count (sandbox, "POST", "/personalization-requests"), ==, 3);
  g_assert_cmpuint (tickets_test_sandbox_count (sandbox, "DELETE", second_path), ==, 1);
  g_assert_nonnull (tickets_ticket_get_pending_request_uri (ticket));
  g_assert_cmpstr (tickets_ticket_get_pending_request_uri (ticket), !=, second_request);
  g_assert_cmpstr (tickets_personalization_request_get_email (
                     tickets_store_lookup_personalization_request (store, strrchr (tickets_ticket_get_pending_request_uri (ticket), '/') + 1)),
                   ==, "pim@example.org");
  g_assert_cmpstr (tickets_ticket_row_get_personalization_text (row), ==, "Waiting for pim@example.org, asked just now");
}

/* A friend's address is text, never markup: in the toast too. */
static void
test_friend_toast_is_text (Fixture       *fixture,
                           gconstpointer  data)
{
  const char *tickets[] = { TK_GRANDSTAND_2, NULL };

  open_full_order (fixture);
  tickets_window_ask_friend (fixture->window, "tom&jerry@example.org", tickets);
  wait_until_idle (tickets_session_get_store (tickets_application_get_session (fixture->app)));
  g_assert_cmpstr (tickets_window_get_last_text_toast (fixture->window), ==,
                   "tom&amp;jerry@example.org was asked to name 1 ticket");
}

/* Back keeps what was typed as a draft, which the row shows and the form
 * opens with again; Cancel asks, then discards it. */
static void
test_back_keeps_cancel_discards (Fixture       *fixture,
                                 gconstpointer  data)
{
  TicketsPersonalizationFormView *form = tickets_window_get_form_view (fixture->window);
  TicketsStore *store = tickets_session_get_store (tickets_application_get_session (fixture->app));
  AdwMessageDialog *dialog;
  TicketsTicket *ticket;
  TicketsTicket *other;

  open_full_order (fixture);
  ticket = tickets_store_lookup_ticket (store, TK_GRANDSTAND_3);
  other = tickets_store_lookup_ticket (store, TK_GRANDSTAND_2);

  g_signal_emit_by_name (tickets_window_get_order_view (fixture->window), "ticket-activated", ticket);
  tickets_test_set_text (form, "First name", "Dirk");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.back", NULL));
  g_assert_cmpstr (tickets_window_get_page_name (fixture->window), ==, "order");
  g_assert_nonnull (tickets_ticket_get_draft (ticket));
  g_assert_cmpstr (tickets_consumer_get_first_name (tickets_ticket_get_draft (ticket)), ==, "Dirk");
  g_assert_cmpstr (tickets_ticket_row_get_save_text (order_row (fixture, ticket)), ==, "Draft, not sent yet");

  /* Another ticket in between: its form starts empty, and leaving it
   * untouched leaves no draft. */
  g_signal_emit_by_name (tickets_window_get_order_view (fixture->window), "ticket-activated", other);
  g_assert_cmpstr (tickets_test_get_text (form, "First name"), ==, "");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.back", NULL));
  g_assert_null (tickets_ticket_get_draft (other));
  g_assert_null (tickets_ticket_row_get_save_text (order_row (fixture, other)));

  g_signal_emit_by_name (tickets_window_get_order_view (fixture->window), "ticket-activated", ticket);
  g_assert_cmpstr (tickets_test_get_text (form, "First name"), ==, "Dirk");

  /* Alt+Left, GNOME's key for Back, keeps the draft too, whatever field
   * has the focus. */
  if (tickets_test_press_keys (GTK_WINDOW (fixture->window), "alt+Left"))
    {
      tickets_test_run_frames ();
      g_assert_cmpstr (tickets_window_get_page_name (fixture->window), ==, "order");
      g_assert_cmpstr (tickets_consumer_get_first_name (tickets_ticket_get_draft (ticket)), ==, "Dirk");
      g_signal_emit_by_name (tickets_window_get_order_view (fixture->window), "ticket-activated", ticket);
      g_assert_cmpstr (tickets_test_get_text (form, "First name"), ==, "Dirk");
    }
  else
    g_test_message ("no X display or xdotool: Alt+Left not pressed");

  /* Cancel asks first; keeping on editing keeps everything. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (form), "form.cancel", NULL));
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "keep");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpstr (tickets_window_get_page_name (fixture->window), ==, "form");
  g_assert_cmpstr (tickets_test_get_text (form, "First name"), ==, "Dirk");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (form), "form.cancel", NULL));
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "discard");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpstr (tickets_window_get_page_name (fixture->window), ==, "order");
  g_assert_null (tickets_ticket_get_draft (ticket));
  g_assert_null (tickets_ticket_row_get_save_text (order_row (fixture, ticket)));

  /* Reopened: a fresh form, without the errors or text of before; and
   * Cancel on an untouched form just closes it. */
  g_signal_emit_by_name (tickets_window_get_order_view (fixture->window), "ticket-activated", ticket);
  g_assert_cmpstr (tickets_test_get_text (form, "First name"), ==, "");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (form), "form.cancel", NULL));
  g_assert_null (find_message_dialog ());
  g_assert_cmpstr (tickets_window_get_page_name (fixture->window), ==, "order");
}

/* A save the server cannot take (it fails every request): the change is
 * kept in the outbox, the form closes, the row says it is not sent yet, and
 * the form opens again with what was typed. */
static void
test_queued_save_on_row (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(TicketsConsumer) holder = new_holder ("Noor", "noor.dekker@example.org");
  TicketsPersonalizationFormView *form = tickets_window_get_form_view (fixture->window);
  TicketsStore *store = tickets_session_get_store (tickets_application_get_session (fixture->app));
  TicketsTicket *ticket;

  open_full_order (fixture);
  /* This product wants a postal address and a phone number too. */
  tickets_consumer_set_phone_number (holder, "+31 6 87654321");
  tickets_consumer_set_address (holder, "Oudegracht 2");
  tickets_consumer_set_postal_code (holder, "3511 AA");
  tickets_consumer_set_city (holder, "Utrecht");
  ticket = tickets_store_lookup_ticket (store, TK_GRANDSTAND_3);
  g_signal_emit_by_name (tickets_window_get_order_view (fixture->window), "ticket-activated", ticket);
  tickets_personalization_form_view_fill_from_consumer (form, holder);
  g_assert_true (tickets_personalization_form_view_validate (form));

  tickets_test_sandbox_set_fail_rate (sandbox, 1.0);
  gtk_widget_activate_action (GTK_WIDGET (form), "form.submit", NULL);
  g_assert_cmpint (tickets_ticket_get_save_state (ticket), ==, TICKETS_SAVE_STATE_SAVING);
  tickets_test_wait_for_page (fixture->window, "order");

  g_assert_cmpint (tickets_ticket_get_save_state (ticket), ==, TICKETS_SAVE_STATE_QUEUED);
  g_assert_cmpstr (tickets_consumer_get_first_name (tickets_ticket_get_draft (ticket)), ==, "Noor");
  g_assert_cmpstr (tickets_ticket_row_get_save_text (order_row (fixture, ticket)), ==,
                   "Not sent yet: kept on this computer");
  g_assert_cmpuint (tickets_store_get_n_unsent (store), ==, 1);
  g_signal_emit_by_name (tickets_window_get_order_view (fixture->window), "ticket-activated", ticket);
  g_assert_cmpstr (tickets_test_get_text (form, "First name"), ==, "Noor");

  /* Nothing more is sent for it: the next test starts clean. */
  {
    g_autoptr(TicketsChange) change = g_list_model_get_item (tickets_store_get_changes (store), 0);

    /* Not while it is on its way: between two tries. */
    while (!tickets_store_discard_change (store, tickets_change_get_id (change), NULL))
      g_main_context_iteration (NULL, TRUE);
    g_assert_cmpuint (tickets_store_get_n_unsent (store), ==, 0);
  }
  tickets_test_sandbox_set_fail_rate (sandbox, 0.0);
}

/* Opening an order puts the focus on the row of the first ticket that
 * needs a name, where Enter opens it (the e2e tests press the real key). */
static void
test_first_focus (Fixture       *fixture,
                  gconstpointer  data)
{
  gint64 deadline = tickets_test_deadline (10);
  GListModel *tickets;
  TicketsTicket *expected = NULL;
  GtkWidget *focus;

  open_full_order (fixture);
  tickets = tickets_order_get_tickets (tickets_window_get_order_view_order (fixture->window));
  for (guint i = 0; i < g_list_model_get_n_items (tickets) && expected == NULL; i++)
    {
      g_autoptr(TicketsTicket) ticket = g_list_model_get_item (tickets, i);

      if (tickets_ticket_get_personalization_state (ticket, NULL) == TICKETS_PERSONALIZATION_STATE_NEEDED &&
          tickets_ticket_get_pending_request_uri (ticket) == NULL)
        expected = ticket;
    }
  g_assert_nonnull (expected);
  /* Not the first row: the full order starts with two named tickets. */
  {
    g_autoptr(TicketsTicket) first = g_list_model_get_item (tickets, 0);

    g_assert_false (expected == first);
  }

  /* Fails after 10 s if it never gets there. */
  while (!TICKETS_IS_TICKET_ROW (focus = gtk_window_get_focus (GTK_WINDOW (fixture->window))) ||
         tickets_ticket_row_get_ticket (TICKETS_TICKET_ROW (focus)) != expected)
    tickets_test_iterate (deadline);
}

/* E-tickets */

static void
on_text_read (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  char **text = user_data;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);
  if (*text == NULL)
    *text = g_strdup ("");
}

static char *
read_clipboard (Fixture *fixture)
{
  gint64 deadline = tickets_test_deadline (10);
  char *text = NULL;

  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (fixture->window)), NULL, on_text_read, &text);
  while (text == NULL)
    tickets_test_iterate (deadline);

  return text;
}

/* A download that fails says why, in plain text, and offers the link. */
static void
test_eticket_download_fails (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(TicketsAuth) auth = tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, "none-order-token");
  g_autofree char *link = tickets_test_sandbox_uri (sandbox, "/download/eticket/no-such-eticket");
  g_autofree char *copied = NULL;
  g_autoptr(GPtrArray) received = NULL;
  AdwMessageDialog *dialog;

  tickets_window_open_order (fixture->window, TICKETS_TEST_OR_NONE, auth);
  tickets_test_wait_for_page (fixture->window, "order");
  tickets_test_sandbox_record (sandbox);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "order.open-eticket", "s", link));

  dialog = ADW_MESSAGE_DIALOG (tickets_test_wait_for_dialog (NULL, ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "The E-ticket Could Not Be Downloaded");
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==,
                   "The server has no e-ticket at this link. "
                   "The ticket may have been re-issued: open the order again for its new e-ticket.");
  g_assert_false (adw_message_dialog_get_body_use_markup (dialog));
  g_assert_false (adw_message_dialog_get_heading_use_markup (dialog));
  g_assert_true (adw_message_dialog_has_response (dialog, "download"));

  /* It asked with the order's token. */
  received = tickets_test_sandbox_dup_received (sandbox, "GET", "/download/eticket/no-such-eticket");
  g_assert_cmpuint (received->len, ==, 1);
  g_assert_cmpstr (((TicketsSandboxReceived *) g_ptr_array_index (received, 0))->token_header, ==,
                   "Order-Token: none-order-token");

  /* Copy Link: the way on when the app cannot get the file. */
  g_assert_true (adw_message_dialog_has_response (dialog, "copy"));
  adw_message_dialog_response (dialog, "copy");
  copied = read_clipboard (fixture);
  g_assert_cmpstr (copied, ==, link);
}

static void
test_copy_etickets_link (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(TicketsAuth) auth = tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, "none-order-token");
  g_autofree char *copied = NULL;
  g_autofree char *ticket_copied = NULL;
  TicketsOrder *order;
  TicketsTicket *ticket;
  const char *ticket_link;
  GMenuModel *menu;
  GtkWidget *button;

  tickets_window_open_order (fixture->window, TICKETS_TEST_OR_NONE, auth);
  tickets_test_wait_for_page (fixture->window, "order");
  order = tickets_window_get_order_view_order (fixture->window);
  g_assert_nonnull (tickets_order_get_etickets_uri (order));

  /* In the main menu, which every layout shows. */
  menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (tickets_test_get_control (fixture->window, "Main Menu")));
  g_assert_true (tickets_test_menu_has_action (menu, "order.copy-etickets-link"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "order.copy-etickets-link", NULL));
  copied = read_clipboard (fixture);
  g_assert_cmpstr (copied, ==, tickets_order_get_etickets_uri (order));

  ticket = tickets_store_lookup_ticket (tickets_session_get_store (tickets_application_get_session (fixture->app)), TICKETS_TEST_TK_NONE);
  ticket_link = tickets_ticket_get_eticket_uri (ticket);

  /* And on the ticket's own row, beside its download button. */
  button = tickets_ticket_row_get_copy_link_button (order_row (fixture, ticket));
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_visible (button));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "Copy E-ticket Link");
  g_signal_emit_by_name (button, "clicked");
  ticket_copied = read_clipboard (fixture);
  g_assert_cmpstr (ticket_copied, ==, ticket_link);
}

int
main (int   argc,
      char *argv[])
{
  tickets_test_allow_focus_out_warning ();
  if (!tickets_test_views_init (&argc, &argv))
    return g_test_run ();

#define ADD(path, func) \
  g_test_add ("/window/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("first-focus", test_first_focus);
  ADD ("ask-friend-trace", test_ask_friend_trace);
  ADD ("back-keeps-cancel-discards", test_back_keeps_cancel_discards);
  ADD ("friend-toast-is-text", test_friend_toast_is_text);
  ADD ("queued-save-on-row", test_queued_save_on_row);
  ADD ("eticket-download-fails", test_eticket_download_fails);
  ADD ("copy-etickets-link", test_copy_etickets_link);

  return tickets_test_run_with_app (&sandbox, &app, &settings);
}
