/* test-window.c: the window's flow, from an order to a named ticket
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A real TicketsApplication and window against the sandbox: open an order,
 * pick a ticket, fill the form, save, and see the ticket named; and when
 * the server refuses, the form stays with everything typed. Signing in from
 * the welcome, a friend's request, and what the header offers. The order
 * page's rows are in test-window-order.c, the error pages in
 * test-window-errors.c.
 */

#include "config.h"

#include <string.h>

#include "tickets-connect-view-private.h"
#include "tickets-order-view-private.h"
#include "tickets-test-window.h"

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
  ADD ("open-order-by-link", test_open_order_by_link);
  ADD ("refused-sign-in-keeps-input", test_refused_sign_in_keeps_input);
  ADD ("sign-in-my-tickets", test_sign_in_my_tickets);
  ADD ("sign-in-request", test_sign_in_request);
  ADD ("sign-in-staff", test_sign_in_staff);
  ADD ("history", test_history);
  ADD ("ask-friend", test_ask_friend);
  ADD ("ask-friend-dialog-names", test_ask_friend_dialog_names);
  ADD ("etickets-after-last-name", test_etickets_after_last_name);
  ADD ("friend-request", test_friend_request);
  ADD ("name-several", test_name_several);
  ADD ("shortcuts-window", test_shortcuts_window);

  return tickets_test_run_with_app (&sandbox, &app, &settings);
}
