/* test-window.c: the window's flow, from an order to a named ticket
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A real TicketsApplication and window against the sandbox: open an order,
 * pick a ticket, fill the form, save, and see the ticket named; and when
 * the server refuses, the form stays with everything typed.
 */

#include "config.h"

#include <string.h>

#include "tickets-application.h"
#include "tickets-ask-friend-dialog-private.h"
#include "tickets-connect-view-private.h"
#include "tickets-error-page-private.h"
#include "tickets-loading-page-private.h"
#include "tickets-order-view-private.h"
#include "tickets-test-views.h"
#include "tickets-ticket-row-private.h"
#include "tickets-window-private.h"

/* One sandbox and one application for the whole program: an application
 * exports itself on the session bus once. Each test gets a new window and
 * uses tickets no other test touches. */
static TicketsTestSandbox *sandbox;
static TicketsApplication *app;
static GSettings *settings;

typedef struct
{
  TicketsApplication *app;
  TicketsWindow      *window;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->app = app;
  fixture->window = tickets_test_app_window_new (app, settings);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  tickets_test_close_window (fixture->window);
}

/* Runs the main loop at least once, then until the store has no request
 * left; fails after 10 s. */
static void
wait_until_idle (TicketsStore *store)
{
  gint64 deadline = tickets_test_deadline (10);

  do
    tickets_test_iterate (deadline);
  while (tickets_store_get_loading (store));
}

static TicketsConsumer *
new_holder (const char *first_name,
            const char *email)
{
  return tickets_test_new_consumer (first_name, "Bakker", "1994-03-08", email);
}

static TicketsTicket *
open_ticket (Fixture    *fixture,
             const char *order,
             const char *token,
             const char *ticket_uid)
{
  g_autoptr(TicketsAuth) auth = tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, token);
  TicketsStore *store = tickets_session_get_store (tickets_application_get_session (fixture->app));
  TicketsTicket *ticket;

  tickets_window_open_order (fixture->window, order, auth);
  tickets_test_wait_for_page (fixture->window, "order");

  ticket = tickets_store_lookup_ticket (store, ticket_uid);
  g_assert_nonnull (ticket);
  g_signal_emit_by_name (tickets_window_get_order_view (fixture->window), "ticket-activated", ticket);
  g_assert_cmpstr (tickets_window_get_page_name (fixture->window), ==, "form");

  return ticket;
}

static void
test_personalize (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(TicketsConsumer) holder = new_holder ("Sanne", "sanne.bakker@example.org");
  TicketsPersonalizationFormView *form = tickets_window_get_form_view (fixture->window);
  TicketsTicket *ticket;

  ticket = open_ticket (fixture, TICKETS_TEST_OR_DEMO, "demo-order-token", TICKETS_TEST_TK_DEMO_1);
  g_assert_false (tickets_ticket_get_personalized (ticket));
  g_assert_true (tickets_personalization_form_view_get_editable (form));

  tickets_personalization_form_view_fill_from_consumer (form, holder);
  gtk_widget_activate_action (GTK_WIDGET (form), "form.submit", NULL);

  /* Back on the order once the server has said yes, and the ticket, which
   * the row shows, holds the name: nothing was reloaded by hand. */
  tickets_test_wait_for_page (fixture->window, "order");
  g_assert_true (tickets_ticket_get_personalized (ticket));
  g_assert_cmpstr (tickets_consumer_get_first_name (tickets_ticket_get_consumer (ticket)), ==, "Sanne");
  g_assert_cmpstr (tickets_consumer_get_email (tickets_ticket_get_consumer (ticket)), ==, "sanne.bakker@example.org");
  g_assert_cmpstr (tickets_consumer_get_date_of_birth (tickets_ticket_get_consumer (ticket)), ==, "1994-03-08");
}

/* The product wants one address per ticket, and Anna's is taken: the
 * server refuses, the form stays, and what was typed stays in it. */
static void
test_refused_keeps_input (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(TicketsConsumer) holder = new_holder ("Joost", "anna.devries@example.org");
  g_autoptr(TicketsConsumer) kept = NULL;
  TicketsPersonalizationFormView *form = tickets_window_get_form_view (fixture->window);
  TicketsTicket *ticket;

  ticket = open_ticket (fixture, TICKETS_TEST_OR_DEMO, "demo-order-token", TICKETS_TEST_TK_DEMO_2);
  tickets_personalization_form_view_fill_from_consumer (form, holder);
  gtk_widget_activate_action (GTK_WIDGET (form), "form.submit", NULL);
  wait_until_idle (tickets_session_get_store (tickets_application_get_session (fixture->app)));

  g_assert_cmpstr (tickets_window_get_page_name (fixture->window), ==, "form");
  g_assert_false (tickets_ticket_get_personalized (ticket));
  g_assert_false (tickets_personalization_form_view_get_busy (form));
  g_assert_true (tickets_personalization_form_view_validate (form));
  kept = tickets_personalization_form_view_build_consumer (form);
  g_assert_cmpstr (tickets_consumer_get_first_name (kept), ==, "Joost");
  g_assert_cmpstr (tickets_consumer_get_last_name (kept), ==, "Bakker");
  g_assert_cmpstr (tickets_consumer_get_date_of_birth (kept), ==, "1994-03-08");
  g_assert_cmpstr (tickets_consumer_get_email (kept), ==, "anna.devries@example.org");
  g_assert_cmpint (tickets_consumer_get_gender (kept), ==, TICKETS_GENDER_FEMALE);
}

/* After the period, the form is shown but cannot be edited. */
static void
test_closed_is_locked (Fixture       *fixture,
                       gconstpointer  data)
{
  TicketsPersonalizationFormView *form = tickets_window_get_form_view (fixture->window);

  open_ticket (fixture, TICKETS_TEST_OR_CLOSED, "closed-order-token", TICKETS_TEST_TK_CLOSED);
  g_assert_false (tickets_personalization_form_view_get_editable (form));

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.back", NULL);
  g_assert_cmpstr (tickets_window_get_page_name (fixture->window), ==, "order");
}

/* Signs in from the welcome as a user would: the fields, then Sign In. */
static void
sign_in_from_welcome (Fixture           *fixture,
                      TicketsSignInKind  kind,
                      const char        *field,
                      const char        *value,
                      const char        *secret_field,
                      const char        *secret)
{
  TicketsConnectView *connect = tickets_window_get_connect_view (fixture->window);

  g_assert_cmpstr (tickets_window_get_page_name (fixture->window), ==, "welcome");
  /* Nothing is saved to a keyring in these tests. */
  tickets_connect_view_set_remember (connect, FALSE);
  tickets_connect_view_set_sign_in_kind (connect, kind);
  if (field != NULL)
    gtk_editable_set_text (tickets_connect_view_get_entry (connect, field), value);

  /* Sign In waits until everything is there. */
  g_assert_false (gtk_widget_get_sensitive (tickets_connect_view_get_sign_in_button (connect)));
  gtk_editable_set_text (tickets_connect_view_get_entry (connect, secret_field), secret);
  g_assert_true (gtk_widget_get_sensitive (tickets_connect_view_get_sign_in_button (connect)));
  gtk_widget_activate_action (GTK_WIDGET (connect), "connect.sign-in", NULL);
}

/* The link and token from the confirmation email, pasted, open the order. */
static void
test_open_order_by_link (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *link = g_strdup_printf ("%s/orders/%s", tickets_test_sandbox_get_base (sandbox), TICKETS_TEST_OR_FULL);
  TicketsOrderView *view = tickets_window_get_order_view (fixture->window);

  /* Pasted from an email, with the line break after it. */
  sign_in_from_welcome (fixture, TICKETS_SIGN_IN_ORDER, "order-link", link, "order-token", "full-order-token\n");
  tickets_test_wait_for_page (fixture->window, "order");
  g_assert_cmpstr (tickets_resource_get_uid (TICKETS_RESOURCE (tickets_order_view_get_order (view))), ==,
                   TICKETS_TEST_OR_FULL);

  /* Sign Out and Forget: back to the welcome, nothing of the order kept. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.sign-out", NULL));
  g_assert_cmpstr (tickets_window_get_page_name (fixture->window), ==, "welcome");
  g_assert_null (tickets_window_get_order_view_order (fixture->window));
}

/* A refused token, from the welcome: the welcome stays, says why next to
 * the token, and keeps the link as typed. */
static void
test_refused_sign_in_keeps_input (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autofree char *link = g_strdup_printf ("%s/orders/%s", tickets_test_sandbox_get_base (sandbox), TICKETS_TEST_OR_FULL);
  TicketsConnectView *connect = tickets_window_get_connect_view (fixture->window);

  sign_in_from_welcome (fixture, TICKETS_SIGN_IN_ORDER, "order-link", link, "order-token", "not-the-token");
  wait_until_idle (tickets_session_get_store (tickets_application_get_session (fixture->app)));
  tickets_test_wait_for_page (fixture->window, "welcome");
  g_assert_false (tickets_connect_view_get_busy (connect));
  g_assert_cmpstr (gtk_editable_get_text (tickets_connect_view_get_entry (connect, "order-link")), ==, link);
  g_assert_cmpstr (gtk_editable_get_text (tickets_connect_view_get_entry (connect, "order-token")), ==, "not-the-token");
  g_assert_nonnull (tickets_connect_view_get_message (connect, "order-token"));
}

/* A Cognito token opens My tickets. */
static void
test_sign_in_my_tickets (Fixture       *fixture,
                         gconstpointer  data)
{
  TicketsPagedList *tickets;

  sign_in_from_welcome (fixture, TICKETS_SIGN_IN_COGNITO, NULL, NULL, "cognito-token", "demo-cognito-token");
  tickets_test_wait_for_page (fixture->window, "my-tickets");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->window)), ==, "My Tickets");
  tickets = tickets_my_tickets_view_get_tickets (tickets_window_get_my_tickets_view (fixture->window));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tickets)), >, 0);
}

/* A friend's link and token, typed in the welcome, open the request. */
static void
test_sign_in_request (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *link = tickets_test_uri (sandbox, "personalization-requests", TICKETS_TEST_RQ_COMPLETED);

  sign_in_from_welcome (fixture, TICKETS_SIGN_IN_REQUEST, "request-link", link, "request-token", "completed-request-token");
  tickets_test_wait_for_page (fixture->window, "request");
}

/* Staff sign in to a box office that says plainly what it offers yet. */
static void
test_sign_in_staff (Fixture       *fixture,
                    gconstpointer  data)
{
  sign_in_from_welcome (fixture, TICKETS_SIGN_IN_STAFF, "staff-user", "boxoffice", "staff-password", "boxoffice-demo");
  tickets_test_wait_for_page (fixture->window, "staff");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->window)), ==, "Box Office");
}

/* The history of the order's names, and back to the order. */
static void
test_history (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(TicketsAuth) auth = tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, "closed-order-token");

  tickets_window_open_order (fixture->window, TICKETS_TEST_OR_CLOSED, auth);
  tickets_test_wait_for_page (fixture->window, "order");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "order.show-history", NULL));
  g_assert_cmpstr (tickets_window_get_page_name (fixture->window), ==, "history");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->window)), ==, "Names Given");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.back", NULL));
  g_assert_cmpstr (tickets_window_get_page_name (fixture->window), ==, "order");
}

/* The dialog that asks a friend names its email field for screen readers,
 * on the row and on the text inside it. */
static void
test_ask_friend_dialog_names (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(TicketsAuth) auth = tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, "demo-order-token");
  GtkWindow *dialog;

  tickets_window_open_order (fixture->window, TICKETS_TEST_OR_DEMO, auth);
  tickets_test_wait_for_page (fixture->window, "order");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "order.ask-friend", NULL));

  dialog = tickets_test_find_dialog (NULL, ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);

  g_assert_nonnull (tickets_test_find_named (dialog, ADW_TYPE_ENTRY_ROW, "Friend's email"));
  g_assert_nonnull (tickets_test_find_named (dialog, GTK_TYPE_TEXT, "Friend's email"));

  gtk_window_destroy (dialog);
}

/* Asking a friend sends a personalization request for the tickets picked;
 * the tickets know of it at once. */
static void
test_ask_friend (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(TicketsAuth) auth = tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, "demo-order-token");
  TicketsStore *store = tickets_session_get_store (tickets_application_get_session (fixture->app));
  const char *tickets[] = { TICKETS_TEST_TK_DEMO_SEATED, NULL };
  const char * const *requests;
  TicketsTicket *ticket;

  tickets_window_open_order (fixture->window, TICKETS_TEST_OR_DEMO, auth);
  tickets_test_wait_for_page (fixture->window, "order");
  ticket = tickets_store_lookup_ticket (store, TICKETS_TEST_TK_DEMO_SEATED);
  g_assert_nonnull (ticket);

  tickets_window_ask_friend (fixture->window, "femke@example.org", tickets);
  wait_until_idle (store);

  requests = tickets_ticket_get_personalization_request_uris (ticket);
  g_assert_nonnull (requests);
  g_assert_cmpuint (g_strv_length ((char **) requests), ==, 1);
  g_assert_cmpstr (tickets_personalization_request_get_email (
                     tickets_store_lookup_personalization_request (store, strrchr (requests[0], '/') + 1)),
                   ==, "femke@example.org");
}

/* E-tickets come once every ticket that needs a name has one: naming the
 * last one makes the window fetch the order's e-tickets link. Runs last:
 * it names every ticket of the demo order. */
static void
test_etickets_after_last_name (Fixture       *fixture,
                               gconstpointer  data)
{
  TicketsPersonalizationFormView *form = tickets_window_get_form_view (fixture->window);
  TicketsStore *store = tickets_session_get_store (tickets_application_get_session (fixture->app));
  const char *remaining[] = { TICKETS_TEST_TK_DEMO_2, TICKETS_TEST_TK_DEMO_SEATED };

  for (gsize i = 0; i < G_N_ELEMENTS (remaining); i++)
    {
      g_autofree char *email = g_strdup_printf ("holder%zu@example.org", i);
      g_autoptr(TicketsConsumer) holder = new_holder ("Lotte", email);
      TicketsTicket *ticket;

      ticket = open_ticket (fixture, TICKETS_TEST_OR_DEMO, "demo-order-token", remaining[i]);
      g_assert_false (tickets_window_get_etickets_available (fixture->window));
      /* The order says why there is nothing to download yet. */
      g_assert_true (tickets_order_view_get_etickets_note_visible (tickets_window_get_order_view (fixture->window)));
      tickets_personalization_form_view_fill_from_consumer (form, holder);
      gtk_widget_activate_action (GTK_WIDGET (form), "form.submit", NULL);
      tickets_test_wait_for_page (fixture->window, "order");
      g_assert_true (tickets_ticket_get_personalized (ticket));
    }

  wait_until_idle (store);
  g_assert_true (tickets_window_get_etickets_available (fixture->window));
  g_assert_false (tickets_order_view_get_etickets_note_visible (tickets_window_get_order_view (fixture->window)));
}

/* A friend opens the request from their email: only its tickets, the same
 * form, and the name goes through the request. */
static void
test_friend_request (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(TicketsAuth) auth = tickets_auth_new_token (TICKETS_AUTH_PERSONALIZATION_REQUEST_TOKEN, "demo-request-token");
  g_autoptr(TicketsConsumer) holder = new_holder ("Femke", "femke.bakker@example.org");
  TicketsPersonalizationFormView *form = tickets_window_get_form_view (fixture->window);
  TicketsStore *store = tickets_session_get_store (tickets_application_get_session (fixture->app));
  TicketsTicket *ticket;

  /* This product wants a postal address and a phone number too. */
  tickets_consumer_set_phone_number (holder, "+31 6 12345678");
  tickets_consumer_set_address (holder, "Keizersgracht 1");
  tickets_consumer_set_postal_code (holder, "1015 CJ");
  tickets_consumer_set_city (holder, "Amsterdam");

  tickets_window_open_request (fixture->window, TICKETS_TEST_RQ_PENDING, auth);
  tickets_test_wait_for_page (fixture->window, "request");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->window)), ==, "Tickets to Name");

  ticket = tickets_store_lookup_ticket (store, TICKETS_TEST_TK_FULL_REQUEST_1);
  g_assert_nonnull (ticket);
  g_assert_false (tickets_ticket_get_personalized (ticket));
  g_signal_emit_by_name (tickets_window_get_request_view (fixture->window), "ticket-activated", ticket);
  g_assert_cmpstr (tickets_window_get_page_name (fixture->window), ==, "form");
  g_assert_true (tickets_personalization_form_view_get_editable (form));

  tickets_personalization_form_view_fill_from_consumer (form, holder);
  gtk_widget_activate_action (GTK_WIDGET (form), "form.submit", NULL);
  tickets_test_wait_for_page (fixture->window, "request");
  g_assert_true (tickets_ticket_get_personalized (ticket));
  g_assert_cmpstr (tickets_consumer_get_first_name (tickets_ticket_get_consumer (ticket)), ==, "Femke");
  /* The buyer's order never came into it. */
  g_assert_null (tickets_window_get_order_view_order (fixture->window));
}

/* Several tickets at once: the batch page opens on the order's tickets, and
 * leaving it leads back to the order. */
static void
test_name_several (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(TicketsAuth) auth = tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, "closed-order-token");
  g_autoptr(TicketsAuth) demo_auth = tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, "demo-order-token");

  /* Nothing left to name: nothing to name at once either. */
  tickets_window_open_order (fixture->window, TICKETS_TEST_OR_CLOSED, auth);
  tickets_test_wait_for_page (fixture->window, "order");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "order.name-several", NULL);
  g_assert_cmpstr (tickets_window_get_page_name (fixture->window), ==, "order");

  tickets_window_open_order (fixture->window, TICKETS_TEST_OR_DEMO, demo_auth);
  tickets_test_wait_for_page (fixture->window, "order");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "order.name-several", NULL));
  g_assert_cmpstr (tickets_window_get_page_name (fixture->window), ==, "batch");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->window)), ==, "Name Several Tickets");

  g_signal_emit_by_name (tickets_window_get_batch_view (fixture->window), "cancel");
  g_assert_cmpstr (tickets_window_get_page_name (fixture->window), ==, "order");
}

/* Ctrl+? shows the shortcuts window, which lists the form's keys. */
static void
test_shortcuts_window (Fixture       *fixture,
                       gconstpointer  data)
{
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (fixture->app), "win.show-help-overlay");
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (fixture->window));

  g_assert_true (g_strv_contains ((const char * const *) accels, "<Control>question"));
  g_assert_nonnull (overlay);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-help-overlay", NULL));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (overlay)));
  gtk_window_close (GTK_WINDOW (overlay));
}

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
  GtkListView *list = tickets_order_view_get_list_view (tickets_window_get_order_view (fixture->window));
  GListModel *tickets = tickets_order_get_tickets (tickets_window_get_order_view_order (fixture->window));
  TicketsTicketRow *row;
  gint64 deadline;

  /* Scrolled into view: a list builds the rows it shows. */
  for (guint i = 0; i < g_list_model_get_n_items (tickets); i++)
    {
      g_autoptr(TicketsTicket) item = g_list_model_get_item (tickets, i);

      if (item == ticket)
        gtk_widget_activate_action (GTK_WIDGET (list), "list.scroll-to-item", "u", i);
    }
  /* A loaded machine may take more than a few frames to build it. */
  deadline = tickets_test_deadline (10);
  do
    {
      tickets_test_run_frames ();
      row = tickets_test_find_row (list, ticket);
    }
  while (row == NULL && g_get_monotonic_time () < deadline);
  g_assert_nonnull (row);

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

/* A save the server refuses: the ticket says it was saving, then that it
 * failed; the form keeps everything, and so does the row's draft. */
static void
test_refused_save_on_row (Fixture       *fixture,
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
  wait_until_idle (store);
  tickets_test_sandbox_set_fail_rate (sandbox, 0.0);

  g_assert_cmpstr (tickets_window_get_page_name (fixture->window), ==, "form");
  g_assert_cmpint (tickets_ticket_get_save_state (ticket), ==, TICKETS_SAVE_STATE_FAILED);
  g_assert_cmpstr (tickets_consumer_get_first_name (tickets_ticket_get_draft (ticket)), ==, "Noor");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.back", NULL));
  g_assert_true (g_str_has_prefix (tickets_ticket_row_get_save_text (order_row (fixture, ticket)),
                                   "Not saved, your draft is kept: "));
  g_signal_emit_by_name (tickets_window_get_order_view (fixture->window), "ticket-activated", ticket);
  g_assert_cmpstr (tickets_test_get_text (form, "First name"), ==, "Noor");
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

/* Network: retries, the error page, the network coming back */

static TicketsClient *
get_client (Fixture *fixture)
{
  return tickets_store_get_client (tickets_session_get_store (tickets_application_get_session (fixture->app)));
}

static void
on_page_changed (GtkStack   *stack,
                 GParamSpec *pspec,
                 GPtrArray  *pages)
{
  g_ptr_array_add (pages, g_strdup (gtk_stack_get_visible_child_name (stack)));
}

static GtkStack *
get_stack (Fixture *fixture)
{
  GtkWidget *view = GTK_WIDGET (tickets_window_get_order_view (fixture->window));

  return GTK_STACK (gtk_widget_get_ancestor (view, GTK_TYPE_STACK));
}

static const char *
get_status_title (Fixture    *fixture,
                  const char *page)
{
  GtkWidget *child = gtk_stack_get_child_by_name (get_stack (fixture), page);

  if (TICKETS_IS_LOADING_PAGE (child))
    return tickets_loading_page_get_title (TICKETS_LOADING_PAGE (child));

  return tickets_error_page_get_title (TICKETS_ERROR_PAGE (child));
}

/* The error page */

/* What the error page says when the server refuses a token, and when it
 * failed until the client stopped trying. */
#define REFUSED_TOKEN "The credentials or token you sent are not valid."
#define SERVER_FAILED "The sandbox failed this request on purpose."

/* What the error page says, as a reader gets it: the title, and the
 * description as text (it is markup); and that it offers Try Again. */
static void
assert_error_page (Fixture    *fixture,
                   const char *title,
                   const char *message)
{
  TicketsErrorPage *page = TICKETS_ERROR_PAGE (gtk_stack_get_child_by_name (get_stack (fixture), "error"));
  g_autofree char *text = NULL;
  GtkWidget *try_again;

  g_assert_cmpstr (tickets_window_get_page_name (fixture->window), ==, "error");
  g_assert_cmpstr (tickets_error_page_get_title (page), ==, title);
  g_assert_true (pango_parse_markup (tickets_error_page_get_description (page), -1, 0, NULL, &text, NULL, NULL));
  g_assert_cmpstr (text, ==, message);

  try_again = tickets_test_get_control (page, "Try Again");
  g_assert_true (gtk_widget_get_visible (try_again));
  g_assert_true (gtk_widget_is_sensitive (try_again));
}

/* Presses Try Again as a user would: the window loads afresh, then shows
 * whatever the server answers this time, @page. */
static void
press_try_again (Fixture    *fixture,
                 const char *page)
{
  GtkWidget *error_page = gtk_stack_get_child_by_name (get_stack (fixture), "error");

  g_signal_emit_by_name (tickets_test_get_control (error_page, "Try Again"), "clicked");
  g_assert_cmpstr (tickets_window_get_page_name (fixture->window), ==, "loading");
  tickets_test_wait_for_page (fixture->window, page);
}

/* A wrong token: an error page that says why, and a way to try again.
 * Try Again asks the server once more; the token is still wrong, so the
 * answer is the same. Once the cause is gone (here a server that failed
 * and is healthy again, the token being right), Try Again shows the order. */
static void
test_refused_order (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(TicketsAuth) wrong = tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, "not-the-token");
  g_autoptr(TicketsAuth) auth = tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, "demo-order-token");

  tickets_test_sandbox_record (sandbox);
  tickets_window_open_order (fixture->window, TICKETS_TEST_OR_DEMO, wrong);
  tickets_test_wait_for_page (fixture->window, "error");
  assert_error_page (fixture, "The Order Could Not Be Opened", REFUSED_TOKEN);
  g_assert_cmpuint (tickets_test_sandbox_count (sandbox, "GET", "/orders/" TICKETS_TEST_OR_DEMO), ==, 1);

  press_try_again (fixture, "error");
  assert_error_page (fixture, "The Order Could Not Be Opened", REFUSED_TOKEN);
  g_assert_cmpuint (tickets_test_sandbox_count (sandbox, "GET", "/orders/" TICKETS_TEST_OR_DEMO), ==, 2);

  /* The right token, and a server that fails until the retries are spent. */
  tickets_client_set_retry_policy (get_client (fixture), 2, 1);
  tickets_test_sandbox_fail_next (sandbox, 100, TICKETS_SANDBOX_FAULT_SERVER_ERROR, 0);
  tickets_window_open_order (fixture->window, TICKETS_TEST_OR_DEMO, auth);
  tickets_test_wait_for_page (fixture->window, "error");
  assert_error_page (fixture, "The Order Could Not Be Opened", SERVER_FAILED);

  /* The server healthy again: Try Again shows the order. */
  tickets_test_sandbox_fail_next (sandbox, 0, TICKETS_SANDBOX_FAULT_DROP, 0);
  press_try_again (fixture, "order");
  g_assert_cmpstr (tickets_resource_get_uid (TICKETS_RESOURCE (tickets_window_get_order_view_order (fixture->window))), ==,
                   TICKETS_TEST_OR_DEMO);

  tickets_client_set_retry_policy (get_client (fixture), 4, 500);
}

/* A wrong request token: an error page that says what could not be opened,
 * and Try Again, as for an order. */
static void
test_refused_request (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(TicketsAuth) wrong = tickets_auth_new_token (TICKETS_AUTH_PERSONALIZATION_REQUEST_TOKEN, "not-the-token");
  g_autoptr(TicketsAuth) auth = tickets_auth_new_token (TICKETS_AUTH_PERSONALIZATION_REQUEST_TOKEN,
                                                        "demo-request-token");
  TicketsPersonalizationRequest *request;

  tickets_test_sandbox_record (sandbox);
  tickets_window_open_request (fixture->window, TICKETS_TEST_RQ_PENDING, wrong);
  tickets_test_wait_for_page (fixture->window, "error");
  assert_error_page (fixture, "The Request Could Not Be Opened", REFUSED_TOKEN);
  g_assert_cmpuint (tickets_test_sandbox_count (sandbox, "GET", "/personalization-requests/" TICKETS_TEST_RQ_PENDING), ==, 1);

  press_try_again (fixture, "error");
  assert_error_page (fixture, "The Request Could Not Be Opened", REFUSED_TOKEN);
  g_assert_cmpuint (tickets_test_sandbox_count (sandbox, "GET", "/personalization-requests/" TICKETS_TEST_RQ_PENDING), ==, 2);

  tickets_client_set_retry_policy (get_client (fixture), 2, 1);
  tickets_test_sandbox_fail_next (sandbox, 100, TICKETS_SANDBOX_FAULT_SERVER_ERROR, 0);
  tickets_window_open_request (fixture->window, TICKETS_TEST_RQ_PENDING, auth);
  tickets_test_wait_for_page (fixture->window, "error");
  assert_error_page (fixture, "The Request Could Not Be Opened", SERVER_FAILED);

  tickets_test_sandbox_fail_next (sandbox, 0, TICKETS_SANDBOX_FAULT_DROP, 0);
  press_try_again (fixture, "request");
  request = tickets_request_view_get_request (tickets_window_get_request_view (fixture->window));
  g_assert_cmpstr (tickets_resource_get_uid (TICKETS_RESOURCE (request)), ==, TICKETS_TEST_RQ_PENDING);

  tickets_client_set_retry_policy (get_client (fixture), 4, 500);
}

/* At a fault rate that drops the first attempts, the order opens without
 * anyone clicking Try Again, and the error page never shows. */
static void
test_load_rides_out_faults (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(TicketsAuth) auth = tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, "demo-order-token");
  g_autoptr(GPtrArray) pages = g_ptr_array_new_with_free_func (g_free);
  GtkWidget *loading = gtk_stack_get_child_by_name (get_stack (fixture), "loading");
  gint64 deadline = tickets_test_deadline (10);
  gboolean reconnecting_seen = FALSE;

  /* Long enough a pause to see the page say so. */
  tickets_client_set_retry_policy (get_client (fixture), 4, 400);
  g_signal_connect (get_stack (fixture), "notify::visible-child-name", G_CALLBACK (on_page_changed), pages);
  tickets_test_sandbox_record (sandbox);
  tickets_test_sandbox_fail_next (sandbox, 2, TICKETS_SANDBOX_FAULT_SERVER_ERROR, 0);

  tickets_window_open_order (fixture->window, TICKETS_TEST_OR_DEMO, auth);
  g_assert_cmpstr (tickets_window_get_page_name (fixture->window), ==, "loading");
  g_assert_nonnull (tickets_test_find_control (loading, "Cancel"));
  while (g_strcmp0 (tickets_window_get_page_name (fixture->window), "order") != 0)
    {
      tickets_test_iterate (deadline);
      if (g_strcmp0 (tickets_window_get_page_name (fixture->window), "loading") == 0 &&
          g_strcmp0 (get_status_title (fixture, "loading"), "Reconnecting…") == 0)
        {
          reconnecting_seen = TRUE;
          /* Reconnecting keeps its way out. */
          g_assert_nonnull (tickets_test_find_control (loading, "Cancel"));
        }
    }

  g_assert_true (reconnecting_seen);
  g_assert_cmpuint (tickets_test_sandbox_count (sandbox, "GET", "/orders/" TICKETS_TEST_OR_DEMO), ==, 3);
  for (guint i = 0; i < pages->len; i++)
    g_assert_cmpstr (g_ptr_array_index (pages, i), !=, "error");

  g_signal_handlers_disconnect_by_data (get_stack (fixture), pages);
  tickets_client_set_retry_policy (get_client (fixture), 4, 500);
}

/* Once the retries are spent, the error page; when the network comes
 * back, it loads again by itself. */
static void
test_load_error_then_network_back (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(TicketsAuth) auth = tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, "demo-order-token");

  tickets_client_set_retry_policy (get_client (fixture), 3, 1);
  tickets_test_sandbox_record (sandbox);
  tickets_test_sandbox_fail_next (sandbox, 100, TICKETS_SANDBOX_FAULT_SERVER_ERROR, 0);

  tickets_window_open_order (fixture->window, TICKETS_TEST_OR_DEMO, auth);
  tickets_test_wait_for_page (fixture->window, "error");
  g_assert_cmpuint (tickets_test_sandbox_count (sandbox, "GET", "/orders/" TICKETS_TEST_OR_DEMO), ==, 3);
  g_assert_cmpstr (get_status_title (fixture, "error"), ==, "The Order Could Not Be Opened");

  /* The network going away does nothing; coming back loads again. */
  tickets_test_sandbox_fail_next (sandbox, 0, TICKETS_SANDBOX_FAULT_DROP, 0);
  tickets_window_network_changed (fixture->window, FALSE);
  g_assert_cmpstr (tickets_window_get_page_name (fixture->window), ==, "error");
  tickets_window_network_changed (fixture->window, TRUE);
  tickets_test_wait_for_page (fixture->window, "order");
  g_assert_cmpuint (tickets_test_sandbox_count (sandbox, "GET", "/orders/" TICKETS_TEST_OR_DEMO), ==, 4);

  tickets_client_set_retry_policy (get_client (fixture), 4, 500);
}

/* A refusal is no network trouble: neither retried nor loaded again when
 * the network comes back. */
static void
test_refused_not_retried (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(TicketsAuth) auth = tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, "not-the-token");

  tickets_client_set_retry_policy (get_client (fixture), 4, 1);
  tickets_test_sandbox_record (sandbox);
  tickets_window_open_order (fixture->window, TICKETS_TEST_OR_DEMO, auth);
  tickets_test_wait_for_page (fixture->window, "error");
  tickets_window_network_changed (fixture->window, TRUE);
  g_assert_cmpstr (tickets_window_get_page_name (fixture->window), ==, "error");
  g_assert_cmpuint (tickets_test_sandbox_count (sandbox, "GET", "/orders/" TICKETS_TEST_OR_DEMO), ==, 1);

  tickets_client_set_retry_policy (get_client (fixture), 4, 500);
}

/* The error page's description is markup; what went wrong is text. */
static void
test_error_is_text (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(TicketsAuth) auth = tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, "demo-order-token");
  const char *description;

  /* Not a web address: the message quotes it, angle brackets and all. */
  tickets_window_open_order (fixture->window, "https://not a server/<b>order</b>", auth);
  tickets_test_wait_for_page (fixture->window, "error");
  description = tickets_error_page_get_description (TICKETS_ERROR_PAGE (gtk_stack_get_child_by_name (get_stack (fixture),
                                                                                                     "error")));
  g_assert_nonnull (strstr (description, "&lt;b&gt;order&lt;/b&gt;"));
  g_assert_null (strstr (description, "<b>"));
}

/* Cancel while reconnecting stops at once and goes back to the welcome. */
static void
test_cancel_reconnecting (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(TicketsAuth) auth = tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, "demo-order-token");
  TicketsStore *store = tickets_session_get_store (tickets_application_get_session (fixture->app));
  gint64 deadline = tickets_test_deadline (10);

  tickets_client_set_retry_policy (get_client (fixture), 4, 60000);
  tickets_test_sandbox_record (sandbox);
  tickets_test_sandbox_fail_next (sandbox, 1, TICKETS_SANDBOX_FAULT_SERVER_ERROR, 0);
  tickets_window_open_order (fixture->window, TICKETS_TEST_OR_DEMO, auth);
  while (!tickets_store_get_reconnecting (store))
    tickets_test_iterate (deadline);
  g_assert_cmpstr (get_status_title (fixture, "loading"), ==, "Reconnecting…");

  g_signal_emit_by_name (tickets_test_get_control (gtk_stack_get_child_by_name (get_stack (fixture), "loading"), "Cancel"),
                         "clicked");
  g_assert_cmpstr (tickets_window_get_page_name (fixture->window), ==, "welcome");
  while (tickets_store_get_reconnecting (store))
    tickets_test_iterate (deadline);
  g_assert_cmpuint (tickets_test_sandbox_count (sandbox, "GET", "/orders/" TICKETS_TEST_OR_DEMO), ==, 1);

  tickets_client_set_retry_policy (get_client (fixture), 4, 500);
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

  ADD ("personalize", test_personalize);
  ADD ("refused-keeps-input", test_refused_keeps_input);
  ADD ("closed-is-locked", test_closed_is_locked);
  ADD ("refused-order", test_refused_order);
  ADD ("open-order-by-link", test_open_order_by_link);
  ADD ("refused-sign-in-keeps-input", test_refused_sign_in_keeps_input);
  ADD ("sign-in-my-tickets", test_sign_in_my_tickets);
  ADD ("sign-in-request", test_sign_in_request);
  ADD ("sign-in-staff", test_sign_in_staff);
  ADD ("history", test_history);
  ADD ("ask-friend", test_ask_friend);
  ADD ("ask-friend-dialog-names", test_ask_friend_dialog_names);
  ADD ("first-focus", test_first_focus);
  ADD ("ask-friend-trace", test_ask_friend_trace);
  ADD ("back-keeps-cancel-discards", test_back_keeps_cancel_discards);
  ADD ("friend-toast-is-text", test_friend_toast_is_text);
  ADD ("refused-save-on-row", test_refused_save_on_row);
  ADD ("etickets-after-last-name", test_etickets_after_last_name);
  ADD ("friend-request", test_friend_request);
  ADD ("name-several", test_name_several);
  ADD ("refused-request", test_refused_request);
  ADD ("shortcuts-window", test_shortcuts_window);
  ADD ("load-rides-out-faults", test_load_rides_out_faults);
  ADD ("load-error-then-network-back", test_load_error_then_network_back);
  ADD ("refused-not-retried", test_refused_not_retried);
  ADD ("cancel-reconnecting", test_cancel_reconnecting);
  ADD ("error-is-text", test_error_is_text);
  ADD ("eticket-download-fails", test_eticket_download_fails);
  ADD ("copy-etickets-link", test_copy_etickets_link);

  return tickets_test_run_with_app (&sandbox, &app, &settings);
}
