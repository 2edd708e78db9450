/* test-ask-friend-dialog.c: the Ask a Friend dialog over the sandbox, on its
 * own: an address that is no address keeps Send off and says why; Enter
 * sends exactly the ticket picked and the address typed, and nothing says
 * the friend was asked before the server took it; a refusal keeps the
 * dialog up with the address and the server's message; Escape closes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-ask-friend-dialog.h"
#include "tickets-ask-friend-dialog-private.h"
#include "tickets-auth.h"
#include "tickets-test-views.h"

typedef struct
{
  TicketsTestSandbox     *sandbox;
  TicketsClient          *client;
  TicketsStore           *store;
  TicketsSession         *session;
  TicketsOrder           *order;
  TicketsFriendRequests  *requests;
  /* What "message" told, oldest first. */
  GPtrArray              *messages;
  GtkWindow              *parent;
  TicketsAskFriendDialog *dialog;
} Fixture;

static void
on_message (TicketsFriendRequests *requests,
            const char            *message,
            Fixture               *fixture)
{
  g_ptr_array_add (fixture->messages, g_strdup (message));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(TicketsAuth) auth = tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, "demo-order-token");

  fixture->sandbox = tickets_test_sandbox_start ();
  tickets_test_open_store (fixture->sandbox, &fixture->client, &fixture->store);
  fixture->session = tickets_session_new ();
  tickets_session_set_store (fixture->session, fixture->store);
  tickets_session_set_auth (fixture->session, auth);
  fixture->order = tickets_test_load_order (fixture->store, TICKETS_TEST_OR_DEMO, auth);

  fixture->messages = g_ptr_array_new_with_free_func (g_free);
  fixture->requests = tickets_friend_requests_new (fixture->session, fixture->order, NULL);
  g_signal_connect (fixture->requests, "message", G_CALLBACK (on_message), fixture);

  fixture->parent = tickets_test_window_new (gtk_label_new ("Order"), 600, 700);
  fixture->dialog = TICKETS_ASK_FRIEND_DIALOG (tickets_ask_friend_dialog_new (fixture->parent, fixture->requests));
  g_object_add_weak_pointer (G_OBJECT (fixture->dialog), (gpointer *) &fixture->dialog);
  tickets_test_present (GTK_WINDOW (fixture->dialog));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->dialog));
  gtk_window_destroy (fixture->parent);
  /* Requests still under way return through the main loop. */
  tickets_test_run_frames ();
  g_assert_null (fixture->dialog);
  g_assert_finalize_object (fixture->requests);
  g_ptr_array_unref (fixture->messages);
  g_clear_object (&fixture->order);
  g_assert_finalize_object (fixture->session);
  tickets_test_close_store (fixture->sandbox, fixture->client, fixture->store);
}

static GtkEditable *
email_field (Fixture *fixture)
{
  return GTK_EDITABLE (tickets_test_find_named (fixture->dialog, ADW_TYPE_ENTRY_ROW, "Friend's email"));
}

/* Enter in the address: the key is bound to the text's "activate". */
static void
press_enter (Fixture *fixture)
{
  g_signal_emit_by_name (gtk_editable_get_delegate (email_field (fixture)), "activate");
}

static gboolean
send_enabled (Fixture *fixture)
{
  return adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (fixture->dialog), "send");
}

static void
pick (Fixture    *fixture,
      const char *uid)
{
  GtkCheckButton *check = tickets_ask_friend_dialog_get_check (fixture->dialog, uid);

  g_assert_nonnull (check);
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_ancestor (GTK_WIDGET (check), ADW_TYPE_ACTION_ROW)));
  gtk_check_button_set_active (check, TRUE);
}

/* Spins the main loop until the answer to a Send has come, failing after 10 s. */
static void
wait_answered (Fixture *fixture)
{
  gint64 deadline = tickets_test_deadline (10);

  while (fixture->dialog != NULL && tickets_ask_friend_dialog_get_sending (fixture->dialog))
    tickets_test_iterate (deadline);
}

static void
test_invalid_email (Fixture       *fixture,
                    gconstpointer  data)
{
  tickets_test_sandbox_record (fixture->sandbox);
  pick (fixture, TICKETS_TEST_TK_DEMO_SEATED);
  g_assert_false (send_enabled (fixture));

  /* The model's one rule: a domain needs something after its dot. */
  gtk_editable_set_text (email_field (fixture), "a@b.");
  g_assert_false (send_enabled (fixture));
  /* Said once the person is done typing: Enter, or leaving the field. */
  g_assert_null (tickets_ask_friend_dialog_get_message (fixture->dialog));
  press_enter (fixture);
  tickets_test_run_frames ();
  g_assert_cmpstr (tickets_ask_friend_dialog_get_message (fixture->dialog), ==,
                   "Enter an email address such as anna@example.org.");
  g_assert_nonnull (tickets_test_find_label (fixture->dialog, "Enter an email address such as anna@example.org."));
  g_assert_false (send_enabled (fixture));
  g_assert_nonnull (fixture->dialog);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fixture->dialog)));
  g_assert_cmpuint (tickets_test_sandbox_count (fixture->sandbox, "POST", "/personalization-requests"), ==, 0);

  /* Mended, the message goes and Send comes. */
  gtk_editable_set_text (email_field (fixture), "a@b.nl");
  g_assert_null (tickets_ask_friend_dialog_get_message (fixture->dialog));
  g_assert_true (send_enabled (fixture));

  /* No ticket picked: nothing to send, whatever the address. */
  gtk_check_button_set_active (tickets_ask_friend_dialog_get_check (fixture->dialog, TICKETS_TEST_TK_DEMO_SEATED), FALSE);
  g_assert_false (send_enabled (fixture));
  g_assert_cmpuint (fixture->messages->len, ==, 0);
}

static void
test_send (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GPtrArray) bodies = NULL;
  g_autofree char *order_uri = tickets_test_uri (fixture->sandbox, "orders", TICKETS_TEST_OR_DEMO);
  g_autofree char *ticket_uri = tickets_test_uri (fixture->sandbox, "tickets", TICKETS_TEST_TK_DEMO_SEATED);
  JsonObject *body;
  JsonArray *tickets;
  gint64 deadline;

  tickets_test_sandbox_record (fixture->sandbox);
  pick (fixture, TICKETS_TEST_TK_DEMO_SEATED);
  gtk_editable_set_text (email_field (fixture), "femke@example.org");
  g_assert_true (send_enabled (fixture));

  press_enter (fixture);
  /* The default button shows itself pressed a moment before it clicks. */
  deadline = tickets_test_deadline (10);
  while (fixture->dialog != NULL && !tickets_ask_friend_dialog_get_sending (fixture->dialog) &&
         fixture->messages->len == 0)
    tickets_test_iterate (deadline);
  /* On its way: nothing says the friend was asked yet, Send waits. */
  g_assert_nonnull (fixture->dialog);
  g_assert_true (tickets_ask_friend_dialog_get_sending (fixture->dialog));
  g_assert_false (send_enabled (fixture));
  g_assert_cmpuint (fixture->messages->len, ==, 0);

  wait_answered (fixture);
  /* Taken: the dialog is gone, and only now is it said. */
  tickets_test_run_frames ();
  g_assert_null (fixture->dialog);
  g_assert_cmpuint (fixture->messages->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (fixture->messages, 0), ==, "femke@example.org was asked to name 1 ticket");

  /* On the wire: the address, this order and only the ticket picked. */
  bodies = tickets_test_sandbox_received (fixture->sandbox, "POST", "/personalization-requests");
  g_assert_cmpuint (bodies->len, ==, 1);
  body = json_node_get_object (g_ptr_array_index (bodies, 0));
  g_assert_cmpstr (json_object_get_string_member (body, "email"), ==, "femke@example.org");
  g_assert_cmpstr (json_object_get_string_member (body, "order"), ==, order_uri);
  tickets = json_object_get_array_member (body, "tickets");
  g_assert_cmpuint (json_array_get_length (tickets), ==, 1);
  g_assert_cmpstr (json_array_get_string_element (tickets, 0), ==, ticket_uri);
  g_assert_cmpuint (json_object_get_size (body), ==, 3);
}

static void
test_server_error (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWidget *send_button;

  tickets_test_sandbox_record (fixture->sandbox);
  pick (fixture, TICKETS_TEST_TK_DEMO_SEATED);
  gtk_editable_set_text (email_field (fixture), "femke@example.org");

  /* Clicked, as a pointer does: AdwMessageDialog would close on it. */
  tickets_test_sandbox_fail_next (fixture->sandbox, 1, TICKETS_SANDBOX_FAULT_SERVER_ERROR, 0);
  send_button = gtk_widget_get_ancestor (tickets_test_find_label (fixture->dialog, "Send"), GTK_TYPE_BUTTON);
  g_assert_nonnull (send_button);
  g_signal_emit_by_name (send_button, "clicked");
  wait_answered (fixture);
  tickets_test_run_frames ();

  /* The answer was lost (a 500): the change is kept in the outbox, the
   * dialog closes, and the toast says it is not confirmed yet. */
  g_assert_null (fixture->dialog);
  g_assert_cmpuint (tickets_test_sandbox_count (fixture->sandbox, "POST", "/personalization-requests"), ==, 1);
  g_assert_cmpuint (fixture->messages->len, ==, 1);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (fixture->messages, 0), "Not confirmed yet"));

  /* Read back, found not made, sent once more, by itself. */
  while (tickets_store_get_n_unsent (tickets_session_get_store (fixture->session)) > 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (tickets_test_sandbox_count (fixture->sandbox, "POST", "/personalization-requests"), ==, 2);
  g_assert_cmpuint (fixture->messages->len, ==, 1);
}

static void
test_escape_closes (Fixture       *fixture,
                    gconstpointer  data)
{
  tickets_test_sandbox_record (fixture->sandbox);
  pick (fixture, TICKETS_TEST_TK_DEMO_SEATED);
  gtk_editable_set_text (email_field (fixture), "femke@example.org");

  /* What Escape does in a dialog. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->dialog), "window.close", NULL));
  tickets_test_run_frames ();
  g_assert_null (fixture->dialog);
  g_assert_cmpuint (tickets_test_sandbox_count (fixture->sandbox, "POST", "/personalization-requests"), ==, 0);
  g_assert_cmpuint (fixture->messages->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  if (!tickets_test_views_init (&argc, &argv))
    return g_test_run ();

#define ADD(path, func) \
  g_test_add ("/ask-friend-dialog/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("invalid-email", test_invalid_email);
  ADD ("send", test_send);
  ADD ("server-error", test_server_error);
  ADD ("escape-closes", test_escape_closes);

  return g_test_run ();
}
