/* test-email-rule.c: one address, one answer, on every path that checks an email
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The model's tickets_email_is_plausible() is the one rule. "a@b." (a
 * domain with nothing after its dot) goes through every path that checks
 * an address, and each says what the rule says: the single ticket's form
 * in the window, the Ask a Friend dialog, the batch's form, and the sandbox
 * over real HTTP (a personalization by order and by a friend's request,
 * and a personalization request). Refused means: shown as invalid, nothing
 * sent; the sandbox answers 400 naming the field. A plain address goes the
 * same ways and is taken everywhere.
 */

#include "config.h"

#include "tickets-application.h"
#include "tickets-ask-friend-dialog.h"
#include "tickets-ask-friend-dialog-private.h"
#include "tickets-auth.h"
#include "tickets-batch-view.h"
#include "tickets-batch-view-private.h"
#include "tickets-consumer.h"
#include "tickets-test-views.h"
#include "tickets-window-private.h"

#define REFUSED "a@b."
#define ACCEPTED "sanne.bakker@example.org"

/* What the form and the dialog say under an address that is no address. */
#define NO_ADDRESS_MESSAGE "Enter an email address such as anna@example.org."

/* The batch's check of the DEMO order's ticket 1, and of the others. */
#define NAME_DEMO_1      "Weekend ticket, 8663092874786"
#define NAME_DEMO_2      "Weekend ticket, 2216132656086"
#define NAME_DEMO_SEATED "Grandstand seat, 9413046851726 · Section Grandstand North · Row F · Seat 12"

/* The window needs the application, one per program, on its own sandbox. */
static TicketsTestSandbox *app_sandbox;
static TicketsApplication *app;
static GSettings *settings;

/* What the rule says of @address; the case must be the one the test means,
 * or the proof would prove nothing. */
static gboolean
rule_accepts (const char *address)
{
  gboolean accepted = tickets_email_is_plausible (address);

  g_assert_cmpint (accepted, ==, g_str_equal (address, ACCEPTED));

  return accepted;
}

static void
test_rule (void)
{
  g_assert_false (tickets_email_is_plausible (REFUSED));
  g_assert_true (tickets_email_is_plausible (ACCEPTED));
}

/* The single ticket's form, in the window */

static void
test_form (gconstpointer data)
{
  const char *address = data;
  gboolean accepted = rule_accepts (address);
  g_autoptr(TicketsAuth) auth = tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, "demo-order-token");
  TicketsWindow *window = tickets_test_app_window_new (app, settings);
  TicketsStore *store = tickets_session_get_store (tickets_application_get_session (app));
  TicketsPersonalizationFormView *form = tickets_window_get_form_view (window);
  /* One ticket each, so that the accepted one does not name the other. */
  TicketsTicket *ticket;

  tickets_window_open_order (window, TICKETS_TEST_OR_DEMO, auth);
  tickets_test_wait_for_page (window, "order");
  ticket = tickets_store_lookup_ticket (store, accepted ? TICKETS_TEST_TK_DEMO_1 : TICKETS_TEST_TK_DEMO_2);
  g_assert_nonnull (ticket);
  g_signal_emit_by_name (tickets_window_get_order_view (window), "ticket-activated", ticket);
  g_assert_cmpstr (tickets_window_get_page_name (window), ==, "form");

  tickets_test_sandbox_record (app_sandbox);
  tickets_test_fill_form (form, "Sanne", "Bakker", "1994-03-08", address);
  gtk_widget_activate_action (GTK_WIDGET (form), "form.submit", NULL);

  if (accepted)
    {
      g_autoptr(GPtrArray) bodies = NULL;
      JsonObject *consumer;

      tickets_test_wait_for_page (window, "order");
      g_assert_true (tickets_ticket_get_personalized (ticket));
      bodies = tickets_test_sandbox_received (app_sandbox, "POST", "/personalization");
      g_assert_cmpuint (bodies->len, ==, 1);
      consumer = json_object_get_object_member (json_node_get_object (g_ptr_array_index (bodies, 0)), "consumer");
      g_assert_cmpstr (json_object_get_string_member (consumer, "email"), ==, address);
    }
  else
    {
      tickets_test_run_frames ();
      g_assert_cmpstr (tickets_window_get_page_name (window), ==, "form");
      g_assert_cmpstr (tickets_test_get_message (form, "Email"), ==, NO_ADDRESS_MESSAGE);
      g_assert_false (tickets_ticket_get_personalized (ticket));
      g_assert_cmpuint (tickets_test_sandbox_count (app_sandbox, "POST", "/personalization"), ==, 0);
    }

  tickets_test_close_window (window);
}

/* Ask a Friend, the dialog on its own, as its tests reach it */

static void
test_ask_friend (gconstpointer data)
{
  const char *address = data;
  gboolean accepted = rule_accepts (address);
  g_autoptr(TicketsAuth) auth = tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, "demo-order-token");
  TicketsTestSandbox *sandbox = tickets_test_sandbox_start ();
  TicketsClient *client;
  TicketsStore *store;
  TicketsSession *session;
  TicketsOrder *order;
  TicketsFriendRequests *requests;
  GtkWindow *parent;
  TicketsAskFriendDialog *dialog;
  GtkEditable *email;

  tickets_test_open_store (sandbox, &client, &store);
  session = tickets_test_session_new (store, auth);
  order = tickets_test_load_order (store, TICKETS_TEST_OR_DEMO, auth);
  requests = tickets_friend_requests_new (session, order, NULL);
  parent = tickets_test_window_new (gtk_label_new ("Order"), 600, 700);
  dialog = TICKETS_ASK_FRIEND_DIALOG (tickets_ask_friend_dialog_new (parent, requests));
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  tickets_test_present (GTK_WINDOW (dialog));

  tickets_test_sandbox_record (sandbox);
  gtk_check_button_set_active (tickets_ask_friend_dialog_get_check (dialog, TICKETS_TEST_TK_DEMO_SEATED), TRUE);
  email = GTK_EDITABLE (tickets_test_find_named (dialog, ADW_TYPE_ENTRY_ROW, "Friend's email"));
  gtk_editable_set_text (email, address);
  g_assert_cmpint (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "send"), ==, accepted);

  /* Enter in the address: the key is bound to the text's "activate". */
  g_signal_emit_by_name (gtk_editable_get_delegate (email), "activate");
  tickets_test_run_frames ();

  if (accepted)
    {
      g_autoptr(GPtrArray) bodies = NULL;
      gint64 deadline = tickets_test_deadline (10);

      /* Taken: the dialog goes once the server has answered. */
      while (dialog != NULL)
        tickets_test_iterate (deadline);
      bodies = tickets_test_sandbox_received (sandbox, "POST", "/personalization-requests");
      g_assert_cmpuint (bodies->len, ==, 1);
      g_assert_cmpstr (json_object_get_string_member (json_node_get_object (g_ptr_array_index (bodies, 0)), "email"), ==, address);
    }
  else
    {
      g_assert_nonnull (dialog);
      g_assert_cmpstr (tickets_ask_friend_dialog_get_message (dialog), ==, NO_ADDRESS_MESSAGE);
      g_assert_cmpuint (tickets_test_sandbox_count (sandbox, "POST", "/personalization-requests"), ==, 0);
      gtk_window_destroy (GTK_WINDOW (dialog));
    }

  gtk_window_destroy (parent);
  tickets_test_run_frames ();
  g_assert_null (dialog);
  g_assert_finalize_object (requests);
  g_object_unref (order);
  g_assert_finalize_object (session);
  tickets_test_close_store (sandbox, client, store);
}

/* The batch: one ticket picked, its form filled, Save All */

static void
on_batch_done (TicketsBatchView *view,
               guint             n_saved,
               guint            *n_done)
{
  (*n_done)++;
}

static void
test_batch (gconstpointer data)
{
  const char *address = data;
  gboolean accepted = rule_accepts (address);
  g_autoptr(TicketsAuth) auth = tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, "demo-order-token");
  const char *others[] = { NAME_DEMO_2, NAME_DEMO_SEATED };
  TicketsTestSandbox *sandbox = tickets_test_sandbox_start ();
  TicketsClient *client;
  TicketsStore *store;
  TicketsSession *session;
  TicketsOrder *order;
  TicketsBatchView *view;
  GtkWindow *window;
  TicketsTicket *ticket;
  TicketsPersonalizationFormView *form;
  guint n_done = 0;

  tickets_test_open_store (sandbox, &client, &store);
  session = tickets_test_session_new (store, auth);
  order = tickets_test_load_order (store, TICKETS_TEST_OR_DEMO, auth);
  view = g_object_ref (TICKETS_BATCH_VIEW (tickets_batch_view_new ()));
  g_signal_connect (view, "done", G_CALLBACK (on_batch_done), &n_done);
  window = tickets_test_window_new (GTK_WIDGET (view), 900, 900);
  tickets_batch_view_start (view, session, order);
  tickets_test_run_frames ();

  /* Only ticket 1, so that its form alone decides. */
  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    gtk_check_button_set_active (GTK_CHECK_BUTTON (tickets_test_find_named (view, GTK_TYPE_CHECK_BUTTON, others[i])), FALSE);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (tickets_test_find_named (view, GTK_TYPE_CHECK_BUTTON, NAME_DEMO_1)), TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "batch.continue", NULL));
  ticket = tickets_store_lookup_ticket (store, TICKETS_TEST_TK_DEMO_1);
  form = tickets_batch_view_get_form (view, ticket);
  g_assert_nonnull (form);

  tickets_test_sandbox_record (sandbox);
  tickets_test_fill_form (form, "Sanne", "Bakker", "1994-03-08", address);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "batch.save-all", NULL));

  if (accepted)
    {
      g_autoptr(GPtrArray) bodies = NULL;
      JsonObject *consumer;
      gint64 deadline = tickets_test_deadline (10);

      while (n_done == 0)
        tickets_test_iterate (deadline);
      g_assert_cmpstr (tickets_batch_view_get_ticket_status (view, ticket), ==, "Saved");
      bodies = tickets_test_sandbox_received (sandbox, "POST", "/personalization");
      g_assert_cmpuint (bodies->len, ==, 1);
      consumer = json_object_get_object_member (json_node_get_object (g_ptr_array_index (bodies, 0)), "consumer");
      g_assert_cmpstr (json_object_get_string_member (consumer, "email"), ==, address);
    }
  else
    {
      tickets_test_run_frames ();
      g_assert_cmpuint (n_done, ==, 0);
      g_assert_cmpstr (tickets_batch_view_get_ticket_status (view, ticket), ==, "Check the marked fields");
      g_assert_cmpstr (tickets_test_get_message (form, "Email"), ==, NO_ADDRESS_MESSAGE);
      g_assert_cmpuint (tickets_test_sandbox_count (sandbox, "POST", "/personalization"), ==, 0);
    }

  tickets_test_destroy_window (window, view);
  tickets_test_run_frames ();
  g_object_unref (order);
  g_assert_finalize_object (session);
  tickets_test_close_store (sandbox, client, store);
}

/* The sandbox, over HTTP */

/* The DEMO order's form asks for the name, the date of birth, the gender
 * and the address; the FULL order's adds a postal address and a phone. */
static char *
consumer_json (const char *email)
{
  return g_strdup_printf ("{\"gender\": 2, \"first_name\": \"Sanne\", \"last_name\": \"Bakker\", "
                          "\"date_of_birth\": \"1994-03-08\", \"email\": \"%s\", "
                          "\"phone_number\": \"+31 6 12345678\", \"address\": \"Keizersgracht 1\", "
                          "\"postal_code\": \"1015 CJ\", \"city\": \"Amsterdam\", \"country\": \"NL\"}",
                          email);
}

/* Taken, or refused with 400 and a message for the email field alone. */
static void
assert_answer (TicketsTestResponse *response,
               gboolean             accepted)
{
  JsonObject *details;

  if (accepted)
    {
      g_assert_cmpuint (response->status, >=, 200);
      g_assert_cmpuint (response->status, <, 300);
      return;
    }

  g_assert_cmpuint (response->status, ==, 400);
  details = json_object_get_object_member (tickets_test_response_object (response), "details");
  g_assert_nonnull (details);
  g_assert_true (json_object_has_member (details, "email"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (details, "email")), >=, 1);
  g_assert_cmpuint (json_object_get_size (details), ==, 1);
}

static void
test_sandbox_personalization (gconstpointer data)
{
  const char *address = data;
  gboolean accepted = rule_accepts (address);
  TicketsTestSandbox *sandbox = tickets_test_sandbox_start ();
  static const char *tickets[] = { TICKETS_TEST_TK_DEMO_1, NULL };
  g_autofree char *order = tickets_test_uri (sandbox, "orders", TICKETS_TEST_OR_DEMO);
  g_autofree char *list = tickets_test_ticket_list (sandbox, tickets);
  g_autofree char *consumer = consumer_json (address);
  g_autofree char *body = g_strdup_printf ("{\"order\": \"%s\", \"tickets\": %s, \"consumer\": %s, "
                                           "\"opt_in\": {\"opt_in\": false, \"opt_in_2\": false}}",
                                           order, list, consumer);
  TicketsTestResponse *response = tickets_test_request (sandbox, "POST", "/personalization", TICKETS_TEST_AUTH_ORDER_DEMO, body);

  assert_answer (response, accepted);
  if (!accepted)
    tickets_test_assert_not_personalized (sandbox, TICKETS_TEST_TK_DEMO_1);

  tickets_test_response_free (response);
  tickets_test_sandbox_stop (sandbox);
}

/* A friend names a ticket through the request they were sent. */
static void
test_sandbox_personalization_by_request (gconstpointer data)
{
  const char *address = data;
  gboolean accepted = rule_accepts (address);
  TicketsTestSandbox *sandbox = tickets_test_sandbox_start ();
  static const char *tickets[] = { TICKETS_TEST_TK_FULL_REQUEST_1, NULL };
  g_autofree char *request = tickets_test_uri (sandbox, "personalization-requests", TICKETS_TEST_RQ_PENDING);
  g_autofree char *list = tickets_test_ticket_list (sandbox, tickets);
  g_autofree char *consumer = consumer_json (address);
  g_autofree char *body = g_strdup_printf ("{\"personalization_request\": \"%s\", \"tickets\": %s, \"consumer\": %s, "
                                           "\"opt_in\": {\"opt_in\": false, \"opt_in_2\": false}}",
                                           request, list, consumer);
  TicketsTestResponse *response = tickets_test_request (sandbox, "POST", "/personalization", TICKETS_TEST_AUTH_REQUEST, body);

  assert_answer (response, accepted);
  if (!accepted)
    tickets_test_assert_not_personalized (sandbox, TICKETS_TEST_TK_FULL_REQUEST_1);

  tickets_test_response_free (response);
  tickets_test_sandbox_stop (sandbox);
}

/* What Ask a Friend sends. */
static void
test_sandbox_personalization_request (gconstpointer data)
{
  const char *address = data;
  gboolean accepted = rule_accepts (address);
  TicketsTestSandbox *sandbox = tickets_test_sandbox_start ();
  static const char *tickets[] = { TICKETS_TEST_TK_DEMO_SEATED, NULL };
  g_autofree char *order = tickets_test_uri (sandbox, "orders", TICKETS_TEST_OR_DEMO);
  g_autofree char *list = tickets_test_ticket_list (sandbox, tickets);
  g_autofree char *body = g_strdup_printf ("{\"email\": \"%s\", \"order\": \"%s\", \"tickets\": %s}", address, order, list);
  TicketsTestResponse *response = tickets_test_request (sandbox, "POST", "/personalization-requests",
                                                        TICKETS_TEST_AUTH_ORDER_DEMO, body);

  assert_answer (response, accepted);

  tickets_test_response_free (response);
  tickets_test_sandbox_stop (sandbox);
}

int
main (int   argc,
      char *argv[])
{
  const struct {
    const char    *path;
    GTestDataFunc  func;
  } paths[] = {
    { "form", test_form },
    { "ask-friend", test_ask_friend },
    { "batch", test_batch },
    { "sandbox/personalization", test_sandbox_personalization },
    { "sandbox/personalization-by-request", test_sandbox_personalization_by_request },
    { "sandbox/personalization-request", test_sandbox_personalization_request },
  };

  tickets_test_allow_focus_out_warning ();
  if (!tickets_test_views_init (&argc, &argv))
    return g_test_run ();

  g_test_add_func ("/email-rule/rule", test_rule);
  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autofree char *refused = g_strdup_printf ("/email-rule/%s/refused", paths[i].path);
      g_autofree char *accepted = g_strdup_printf ("/email-rule/%s/accepted", paths[i].path);

      g_test_add_data_func (refused, REFUSED, paths[i].func);
      g_test_add_data_func (accepted, ACCEPTED, paths[i].func);
    }

  return tickets_test_run_with_app (&app_sandbox, &app, &settings);
}
