/* test-offline.c: what the user sees of the cache and the outbox: the
 * offline line over cached data, the count of changes not sent, their
 * list with Retry and Discard, the toasts, the question before a close,
 * the queued ticket row and the preference of how long staff data stays
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The list, the count and the close question are driven by TicketsChange
 * objects made from outbox entries, as the store makes them, so that they
 * do not depend on the outbox engine's timing; the toasts by the store's
 * own signals.
 */

#include "config.h"

#include "tickets-change-row.h"
#include "tickets-changes-button.h"
#include "tickets-changes-dialog.h"
#include "tickets-offline-line.h"
#include "tickets-order-view.h"
#include "tickets-order-view-private.h"
#include "tickets-preferences-window.h"
#include "tickets-test-views.h"
#include "tickets-ticket-row-private.h"
#include "tickets-window-private.h"

static gboolean
is_of_type (GtkWidget     *widget,
            gconstpointer  data)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (data));
}

static gpointer
find_of_type (gpointer root,
              GType    type)
{
  return tickets_test_find_widget (root, is_of_type, GSIZE_TO_POINTER (type));
}

/* As its button does: the response, then the dialog goes. */
static void
respond (GtkWindow  *question,
         const char *response)
{
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (question), response);
  gtk_window_destroy (question);
}

static gint64
now_seconds (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

/* The ages, in words. */
static void
test_format (void)
{
  struct { gint64 age; const char *text; } cases[] = {
    { 0, "Offline, last updated just now" },
    { 59, "Offline, last updated just now" },
    { 60, "Offline, last updated 1 minute ago" },
    { 12 * 60 + 30, "Offline, last updated 12 minutes ago" },
    { 60 * 60, "Offline, last updated 1 hour ago" },
    { 5 * 60 * 60, "Offline, last updated 5 hours ago" },
    { 24 * 60 * 60, "Offline, last updated 1 day ago" },
    { 3 * 24 * 60 * 60 + 5, "Offline, last updated 3 days ago" },
    /* A clock set back: not "in the future". */
    { -300, "Offline, last updated just now" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = tickets_offline_line_format (1000000 - cases[i].age, 1000000);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

/* The order view over a real order of the sandbox: the line shows when the
 * order came from the cache, with its age, and goes in place when fresh
 * data comes. */
static void
test_order_view_line (void)
{
  TicketsTestSandbox *sandbox = tickets_test_sandbox_start ();
  TicketsClient *client;
  TicketsStore *store;
  TicketsAuth *auth = tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, "demo-order-token");
  TicketsOrder *order;
  TicketsOrderView *view;
  TicketsOfflineLine *line;
  GtkWindow *window;
  GtkWidget *label;

  tickets_test_open_store (sandbox, &client, &store);
  order = tickets_test_load_order (store, TICKETS_TEST_OR_DEMO, auth);
  view = g_object_ref (TICKETS_ORDER_VIEW (tickets_order_view_new (order)));
  window = tickets_test_window_new (GTK_WIDGET (view), 480, 900);
  tickets_test_wait_rows (tickets_order_view_get_list_view (view), 1);

  line = find_of_type (view, TICKETS_TYPE_OFFLINE_LINE);
  g_assert_nonnull (line);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (line)));
  g_assert_null (tickets_offline_line_get_text (line));

  tickets_resource_set_cached_at (TICKETS_RESOURCE (order), now_seconds () - 12 * 60 - 10);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (line)));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (line)));
  g_assert_cmpstr (tickets_offline_line_get_text (line), ==, "Offline, last updated 12 minutes ago");
  label = tickets_test_find_label (view, "Offline, last updated 12 minutes ago");
  g_assert_nonnull (label);
  g_assert_false (gtk_label_get_use_markup (GTK_LABEL (label)));
  g_assert_true (gtk_test_accessible_check_property (GTK_ACCESSIBLE (line), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                     "Offline, last updated 12 minutes ago") == NULL);

  /* Fresh data: the same view, without the line. */
  tickets_resource_set_cached_at (TICKETS_RESOURCE (order), 0);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (line)));
  g_assert_null (tickets_offline_line_get_text (line));
  g_assert_cmpstr (tickets_order_view_get_page_name (view), ==, "tickets");

  tickets_test_destroy_window (window, view);
  /* The store holds it too. */
  g_object_unref (order);
  tickets_auth_unref (auth);
  tickets_test_close_store (sandbox, client, store);
}

/* My tickets is a list: the oldest copy among them is what the line
 * tells, and tickets that come later are watched too. */
static void
test_line_over_list (void)
{
  g_autoptr(GListStore) tickets = g_list_store_new (TICKETS_TYPE_TICKET);
  g_autoptr(TicketsTicket) first = tickets_ticket_new ("first");
  g_autoptr(TicketsTicket) second = tickets_ticket_new ("second");
  TicketsOfflineLine *line = TICKETS_OFFLINE_LINE (g_object_ref_sink (tickets_offline_line_new ()));
  gint64 now = now_seconds ();

  tickets_offline_line_set_resources (line, G_LIST_MODEL (tickets));
  g_list_store_append (tickets, first);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (line)));

  g_list_store_append (tickets, second);
  tickets_resource_set_cached_at (TICKETS_RESOURCE (second), now - 3 * 60 * 60 - 10);
  g_assert_cmpstr (tickets_offline_line_get_text (line), ==, "Offline, last updated 3 hours ago");
  tickets_resource_set_cached_at (TICKETS_RESOURCE (first), now - 2 * 60 - 10);
  g_assert_cmpstr (tickets_offline_line_get_text (line), ==, "Offline, last updated 3 hours ago");
  tickets_resource_set_cached_at (TICKETS_RESOURCE (second), 0);
  g_assert_cmpstr (tickets_offline_line_get_text (line), ==, "Offline, last updated 2 minutes ago");
  g_list_store_remove_all (tickets);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (line)));

  /* One resource instead: the list is let go. */
  tickets_offline_line_set_resource (line, TICKETS_RESOURCE (first));
  g_assert_cmpstr (tickets_offline_line_get_text (line), ==, "Offline, last updated 2 minutes ago");
  g_list_store_append (tickets, second);
  tickets_resource_set_cached_at (TICKETS_RESOURCE (second), now - 3 * 60 * 60);
  g_assert_cmpstr (tickets_offline_line_get_text (line), ==, "Offline, last updated 2 minutes ago");

  g_assert_finalize_object (line);
}

static void
test_queued_row (void)
{
  g_autoptr(TicketsTicket) ticket = tickets_ticket_new ("queued");
  TicketsTicketRow *row = TICKETS_TICKET_ROW (g_object_ref_sink (tickets_ticket_row_new (NULL)));
  g_autoptr(GError) error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_FAILED, "The server is busy");

  tickets_ticket_row_set_ticket (row, ticket);
  g_assert_null (tickets_ticket_row_get_save_text (row));
  tickets_ticket_set_save_state (ticket, TICKETS_SAVE_STATE_QUEUED, NULL);
  g_assert_cmpstr (tickets_ticket_row_get_save_text (row), ==, "Not sent yet: kept on this computer");
  tickets_ticket_set_save_state (ticket, TICKETS_SAVE_STATE_SAVING, NULL);
  g_assert_cmpstr (tickets_ticket_row_get_save_text (row), ==, "Saving…");
  tickets_ticket_set_save_state (ticket, TICKETS_SAVE_STATE_FAILED, error);
  g_assert_cmpstr (tickets_ticket_row_get_save_text (row), ==, "Not saved: The server is busy");
  tickets_ticket_set_save_state (ticket, TICKETS_SAVE_STATE_NONE, NULL);
  g_assert_null (tickets_ticket_row_get_save_text (row));

  tickets_ticket_row_set_ticket (row, NULL);
  g_assert_finalize_object (row);
}

/* A change as the store makes one from its outbox entry. */
static TicketsChange *
new_change (const char         *id,
            TicketsChangeKind   kind,
            const char         *typed,
            TicketsOutboxState  state,
            guint               attempts,
            const char         *last_error)
{
  g_autoptr(TicketsOutboxEntry) entry = tickets_outbox_entry_new ();

  entry->id = g_strdup (id);
  entry->kind = kind;
  entry->typed = g_strdup (typed);
  entry->state = state;
  entry->attempts = attempts;
  entry->last_error = g_strdup (last_error);
  entry->created = now_seconds ();

  return tickets_change_new (entry);
}

static void
set_state (TicketsChange      *change,
           TicketsOutboxState  state)
{
  g_autoptr(TicketsOutboxEntry) entry = tickets_outbox_entry_new ();

  entry->id = g_strdup (tickets_change_get_id (change));
  entry->state = state;
  tickets_change_update (change, entry);
}

/* Four changes, one in each state the list shows. */
static GListStore *
new_changes (void)
{
  GListStore *changes = g_list_store_new (TICKETS_TYPE_CHANGE);
  g_autoptr(TicketsChange) pending = new_change ("pending", TICKETS_CHANGE_PERSONALIZE,
                                                 "{\"tickets\": [\"t1\", \"t2\"]}",
                                                 TICKETS_OUTBOX_PENDING, 2, "The connection timed out");
  g_autoptr(TicketsChange) sending = new_change ("sending", TICKETS_CHANGE_CANCEL_PERSONALIZATION_REQUEST, NULL,
                                                 TICKETS_OUTBOX_SENDING, 1, NULL);
  g_autoptr(TicketsChange) unknown = new_change ("unknown", TICKETS_CHANGE_PERSONALIZE, "{\"tickets\": [\"t3\"]}",
                                                 TICKETS_OUTBOX_UNKNOWN, 1, NULL);
  g_autoptr(TicketsChange) refused = new_change ("refused", TICKETS_CHANGE_CREATE_PERSONALIZATION_REQUEST,
                                                 "{\"tickets\": [\"t4\"], \"email\": \"<b>jan</b>@example.org\"}",
                                                 TICKETS_OUTBOX_REFUSED, 1, "<i>Not</i> allowed");

  g_list_store_append (changes, pending);
  g_list_store_append (changes, sending);
  g_list_store_append (changes, unknown);
  g_list_store_append (changes, refused);

  return changes;
}

static GtkWidget *
new_button_window (TicketsChangesButton **button,
                   AdwToastOverlay      **overlay)
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();

  *button = g_object_new (TICKETS_TYPE_CHANGES_BUTTON, NULL);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), GTK_WIDGET (*button));
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), gtk_label_new ("Content"));
  if (overlay != NULL)
    {
      *overlay = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
      adw_toast_overlay_set_child (*overlay, box);
      box = GTK_WIDGET (*overlay);
    }
  adw_window_set_content (ADW_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 640, 480);
  tickets_test_present (GTK_WINDOW (window));

  return window;
}

static const char *
get_label (GtkWidget *widget)
{
  static char *label;

  g_free (label);
  label = NULL;
  if (gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
    {
      /* GTK 4.8 can only compare: try the count's wordings. */
      for (guint n = 0; n < 10 && label == NULL; n++)
        {
          g_autofree char *text = g_strdup_printf (n == 1 ? "%u change waiting to be sent"
                                                          : "%u changes waiting to be sent", n);
          g_autofree char *failure = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget),
                                                                         GTK_ACCESSIBLE_PROPERTY_LABEL, text);

          if (failure == NULL)
            label = g_steal_pointer (&text);
        }
    }
  return label;
}

/* The count follows the list and each change's state, and names itself. */
static void
test_button_count (void)
{
  g_autoptr(GListStore) changes = new_changes ();
  g_autoptr(GListStore) none = g_list_store_new (TICKETS_TYPE_CHANGE);
  TicketsChangesButton *button;
  GtkWidget *window = new_button_window (&button, NULL);

  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (button)));
  g_assert_cmpuint (tickets_changes_button_get_count (button), ==, 0);

  tickets_changes_button_set_changes (button, G_LIST_MODEL (changes));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (button)));
  g_assert_cmpuint (tickets_changes_button_get_count (button), ==, 4);
  g_assert_nonnull (tickets_test_find_label (button, "4"));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (button)), ==, "4 changes waiting to be sent");
  g_assert_cmpstr (get_label (GTK_WIDGET (button)), ==, "4 changes waiting to be sent");
  tickets_test_run_frames ();
  tickets_test_assert_controls_named (window);
  g_assert_true (tickets_test_get_control (window, "4 changes waiting to be sent") == GTK_WIDGET (button));

  /* Sent: it leaves the count even before the store drops it. */
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(TicketsChange) change = g_list_model_get_item (G_LIST_MODEL (changes), i);

      set_state (change, TICKETS_OUTBOX_DONE);
    }
  g_assert_cmpuint (tickets_changes_button_get_count (button), ==, 1);
  g_assert_cmpstr (get_label (GTK_WIDGET (button)), ==, "1 change waiting to be sent");
  g_assert_nonnull (tickets_test_find_label (button, "1"));

  g_list_store_remove (changes, 3);
  g_assert_cmpuint (tickets_changes_button_get_count (button), ==, 0);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (button)));

  tickets_changes_button_set_changes (button, G_LIST_MODEL (none));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (button)));

  tickets_test_close_window (window);
}

static TicketsChangeRow *
get_row (TicketsChangesDialog *dialog,
         guint                 position)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (tickets_changes_dialog_get_list (dialog), position);

  g_assert_true (TICKETS_IS_CHANGE_ROW (row));
  return TICKETS_CHANGE_ROW (row);
}

/* The list: each state in words, plain text, Retry and Discard where
 * they apply, and Discard asks first. */
static void
test_dialog (void)
{
  TicketsTestSandbox *sandbox = tickets_test_sandbox_start ();
  TicketsClient *client;
  TicketsStore *store;
  g_autoptr(GListStore) changes = new_changes ();
  TicketsChangesDialog *dialog;
  TicketsChangeRow *row;
  GtkWindow *question;
  GtkWidget *label;
  const char *states[] = {
    "Waiting to be sent, tried 2 times: The connection timed out",
    "Sending…",
    "Checking whether it went through",
    "Refused: <i>Not</i> allowed",
  };

  tickets_test_open_store (sandbox, &client, &store);
  dialog = g_object_ref (tickets_changes_dialog_new (store, G_LIST_MODEL (changes)));
  tickets_test_present (GTK_WINDOW (dialog));
  tickets_test_run_frames ();

  for (guint i = 0; i < G_N_ELEMENTS (states); i++)
    {
      TicketsOutboxState state;

      row = get_row (dialog, i);
      state = tickets_change_get_state (tickets_change_row_get_change (row));
      label = tickets_test_find_label (row, states[i]);
      g_assert_nonnull (label);
      g_assert_false (gtk_label_get_use_markup (GTK_LABEL (label)));
      g_assert_true (gtk_widget_get_visible (tickets_change_row_get_retry_button (row)) ==
                     (state != TICKETS_OUTBOX_SENDING));
      g_assert_true (gtk_widget_get_visible (tickets_change_row_get_discard_button (row)) ==
                     (state != TICKETS_OUTBOX_SENDING));
    }
  g_assert_nonnull (tickets_test_find_label (get_row (dialog, 0), "Name on 2 tickets: someone"));
  label = tickets_test_find_label (get_row (dialog, 3), "Request to <b>jan</b>@example.org to fill in 1 ticket");
  g_assert_nonnull (label);
  g_assert_false (gtk_label_get_use_markup (GTK_LABEL (label)));
  g_assert_nonnull (tickets_test_find_label (get_row (dialog, 2), "Name on 1 ticket: someone"));
  tickets_test_assert_controls_named (GTK_WIDGET (dialog));

  /* The row follows its change: sending, then refused with the server's
   * words. */
  row = get_row (dialog, 0);
  set_state (tickets_change_row_get_change (row), TICKETS_OUTBOX_SENDING);
  g_assert_nonnull (tickets_test_find_label (row, "Sending…"));
  g_assert_false (gtk_widget_get_visible (tickets_change_row_get_discard_button (row)));
  {
    g_autoptr(TicketsOutboxEntry) entry = tickets_outbox_entry_new ();

    entry->id = g_strdup ("pending");
    entry->state = TICKETS_OUTBOX_REFUSED;
    entry->last_error = g_strdup ("The ticket is already named");
    tickets_change_update (tickets_change_row_get_change (row), entry);
  }
  g_assert_nonnull (tickets_test_find_label (row, "Refused: The ticket is already named"));
  g_assert_true (gtk_widget_get_visible (tickets_change_row_get_retry_button (row)));
  g_assert_true (gtk_widget_get_visible (tickets_change_row_get_discard_button (row)));

  /* Retry goes to the store at once. */
  gtk_widget_activate (tickets_change_row_get_retry_button (row));
  g_assert_null (tickets_test_find_dialog (dialog, ADW_TYPE_MESSAGE_DIALOG));

  /* Discard asks; Cancel keeps it. */
  gtk_widget_activate (tickets_change_row_get_discard_button (get_row (dialog, 2)));
  question = tickets_test_wait_for_dialog (dialog, ADW_TYPE_MESSAGE_DIALOG);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (question)), ==, "Discard This Change?");
  g_assert_cmpint (adw_message_dialog_get_response_appearance (ADW_MESSAGE_DIALOG (question), "discard"), ==,
                   ADW_RESPONSE_DESTRUCTIVE);
  g_assert_cmpstr (adw_message_dialog_get_default_response (ADW_MESSAGE_DIALOG (question)), ==, "cancel");
  respond (question, "cancel");
  tickets_test_run_frames ();
  g_assert_null (tickets_test_find_dialog (dialog, ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (changes)), ==, 4);

  /* Discard, said twice: the store is asked (it knows no such change:
   * nothing to drop, nothing to complain about). */
  gtk_widget_activate (tickets_change_row_get_discard_button (get_row (dialog, 2)));
  question = tickets_test_wait_for_dialog (dialog, ADW_TYPE_MESSAGE_DIALOG);
  respond (question, "discard");
  tickets_test_run_frames ();
  g_assert_null (tickets_test_find_dialog (dialog, ADW_TYPE_MESSAGE_DIALOG));

  /* Empty, it says so. */
  g_list_store_remove_all (changes);
  g_assert_nonnull (tickets_test_find_label (dialog, "Nothing Waiting to Be Sent"));

  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_finalize_object (dialog);
  tickets_test_close_store (sandbox, client, store);
}

/* Toasts come from the store's signals, follow the session's store, and
 * quote the summary as text. */
static void
test_toasts (void)
{
  TicketsTestSandbox *sandbox = tickets_test_sandbox_start ();
  TicketsClient *client;
  TicketsStore *store;
  g_autoptr(TicketsStore) other = NULL;
  TicketsSession *session;
  TicketsChangesButton *button;
  AdwToastOverlay *overlay;
  GtkWidget *window;
  GtkWidget *show;
  g_autoptr(TicketsChange) change = new_change ("sent", TICKETS_CHANGE_CREATE_PERSONALIZATION_REQUEST,
                                                "{\"tickets\": [\"t1\", \"t2\"], \"email\": \"<b>jan</b>@example.org\"}",
                                                TICKETS_OUTBOX_DONE, 1, NULL);

  tickets_test_open_store (sandbox, &client, &store);
  session = tickets_test_session_new (store, NULL);
  window = new_button_window (&button, &overlay);
  tickets_changes_button_follow_session (button, session, overlay);
  g_assert_null (tickets_changes_button_get_last_toast (button));

  g_signal_emit_by_name (store, "change-sent", change);
  g_assert_cmpstr (tickets_changes_button_get_last_toast (button), ==,
                   "Sent: Request to &lt;b&gt;jan&lt;/b&gt;@example.org to fill in 2 tickets");

  g_signal_emit_by_name (store, "change-refused", change);
  g_assert_cmpstr (tickets_changes_button_get_last_toast (button), ==,
                   "Not accepted: Request to &lt;b&gt;jan&lt;/b&gt;@example.org to fill in 2 tickets");
  tickets_test_run_frames ();
  /* Its Show opens the list. */
  show = tickets_test_find_label (window, "Show");
  g_assert_nonnull (show);
  show = gtk_widget_get_ancestor (show, GTK_TYPE_BUTTON);
  gtk_widget_activate (show);
  g_assert_nonnull (tickets_test_wait_for_dialog (window, TICKETS_TYPE_CHANGES_DIALOG));

  /* Another server, another store: its signals count, the old one's not. */
  other = tickets_store_new (client);
  tickets_session_set_store (session, other);
  g_signal_emit_by_name (store, "change-sent", change);
  g_assert_cmpstr (tickets_changes_button_get_last_toast (button), ==,
                   "Not accepted: Request to &lt;b&gt;jan&lt;/b&gt;@example.org to fill in 2 tickets");
  g_signal_emit_by_name (other, "change-sent", change);
  g_assert_cmpstr (tickets_changes_button_get_last_toast (button), ==,
                   "Sent: Request to &lt;b&gt;jan&lt;/b&gt;@example.org to fill in 2 tickets");

  tickets_test_close_window (window);
  g_assert_finalize_object (session);
  g_assert_finalize_object (g_steal_pointer (&other));
  tickets_test_close_store (sandbox, client, store);
}

/* Closing with changes not sent says they are kept; without any, it just
 * closes. */
static void
test_close_asks (void)
{
  g_autoptr(GListStore) changes = g_list_store_new (TICKETS_TYPE_CHANGE);
  TicketsChangesButton *button;
  GtkWidget *window = new_button_window (&button, NULL);
  GtkWindow *question;

  g_signal_connect_object (window, "close-request", G_CALLBACK (tickets_changes_button_ask_before_closing),
                           button, G_CONNECT_SWAPPED);
  tickets_changes_button_set_changes (button, G_LIST_MODEL (changes));
  {
    g_autoptr(TicketsChange) first = new_change ("a", TICKETS_CHANGE_PERSONALIZE, NULL, TICKETS_OUTBOX_PENDING, 0, NULL);
    g_autoptr(TicketsChange) second = new_change ("b", TICKETS_CHANGE_PERSONALIZE, NULL, TICKETS_OUTBOX_REFUSED, 1, NULL);

    g_list_store_append (changes, first);
    g_list_store_append (changes, second);
  }

  g_object_ref (window);
  gtk_window_close (GTK_WINDOW (window));
  question = tickets_test_wait_for_dialog (window, ADW_TYPE_MESSAGE_DIALOG);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (question)), ==, "2 changes are not sent yet");
  g_assert_cmpstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (question)), ==,
                   "They are kept on this computer and sent the next time Tickets starts.");
  respond (question, "cancel");
  tickets_test_run_frames ();
  g_assert_true (gtk_widget_get_visible (window));
  g_assert_null (tickets_test_find_dialog (window, ADW_TYPE_MESSAGE_DIALOG));

  gtk_window_close (GTK_WINDOW (window));
  question = tickets_test_wait_for_dialog (window, ADW_TYPE_MESSAGE_DIALOG);
  respond (question, "quit");
  tickets_test_run_frames ();
  g_assert_false (gtk_widget_get_visible (window));
  g_assert_finalize_object (window);

  /* Nothing unsent: no question. */
  window = new_button_window (&button, NULL);
  g_signal_connect_object (window, "close-request", G_CALLBACK (tickets_changes_button_ask_before_closing),
                           button, G_CONNECT_SWAPPED);
  g_list_store_remove_all (changes);
  tickets_changes_button_set_changes (button, G_LIST_MODEL (changes));
  g_object_ref (window);
  gtk_window_close (GTK_WINDOW (window));
  tickets_test_run_frames ();
  g_assert_null (tickets_test_find_dialog (window, ADW_TYPE_MESSAGE_DIALOG));
  g_assert_finalize_object (window);
}

/* How many times the test window's win.sign-out went on. */
static guint signed_out;

static void
on_sign_out (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  TicketsChangesButton *button = user_data;

  /* Asked once: the window's sign-out goes on this time. */
  g_assert_false (tickets_changes_button_ask_sign_out (button));
  signed_out++;
}

static TicketsChange *
get_change (GListModel *changes,
            guint       position)
{
  TicketsChange *change = g_list_model_get_item (changes, position);

  g_object_unref (change);
  return change;
}

/* Changes the store really queued, while every request fails: the count,
 * the list, Discard from it, and the question Sign Out and Forget asks. */
static void
test_real_outbox (void)
{
  TicketsTestSandbox *sandbox = tickets_test_sandbox_start ();
  g_autoptr(TicketsAuth) auth = tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, "demo-order-token");
  g_autoptr(TicketsConsumer) holder = tickets_consumer_new ();
  g_autoptr(GSimpleActionGroup) actions = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) sign_out = g_simple_action_new ("sign-out", NULL);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TicketsOrder) order = NULL;
  const char *tickets[] = { TICKETS_TEST_TK_DEMO_2, NULL };
  TicketsClient *client;
  TicketsStore *store;
  TicketsSession *session;
  TicketsChangesButton *button;
  TicketsChangesDialog *dialog;
  GListModel *changes;
  GtkWidget *window;
  GtkWindow *question;
  gint64 deadline;

  tickets_test_open_store (sandbox, &client, &store);
  tickets_client_set_retry_policy (client, 1, 0);
  order = tickets_test_load_order (store, TICKETS_TEST_OR_DEMO, auth);
  session = tickets_test_session_new (store, auth);
  window = new_button_window (&button, NULL);
  tickets_changes_button_follow_session (button, session, NULL);
  g_signal_connect (sign_out, "activate", G_CALLBACK (on_sign_out), button);
  g_action_map_add_action (G_ACTION_MAP (actions), G_ACTION (sign_out));
  gtk_widget_insert_action_group (window, "win", G_ACTION_GROUP (actions));
  changes = tickets_store_get_changes (store);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (button)));
  g_assert_false (tickets_changes_button_ask_sign_out (button));

  tickets_consumer_set_first_name (holder, "Lotte");
  tickets_consumer_set_last_name (holder, "Smit");
  tickets_consumer_set_date_of_birth (holder, "1991-07-02");
  tickets_consumer_set_gender (holder, TICKETS_GENDER_FEMALE);
  tickets_consumer_set_email (holder, "lotte.smit@example.org");
  tickets_consumer_set_country (holder, "NL");
  tickets_test_sandbox_set_fail_rate (sandbox, 1.0);
  tickets_store_personalize_async (store, TICKETS_TEST_OR_DEMO, tickets, holder, TICKETS_CONSENT_NONE,
                                   auth, NULL, tickets_test_on_done, &result);
  g_assert_null (tickets_store_personalize_finish (store, tickets_test_wait_result (&result), &error));
  g_assert_error (error, TICKETS_STORE_ERROR, TICKETS_STORE_ERROR_QUEUED);
  g_clear_object (&result);

  g_assert_cmpuint (g_list_model_get_n_items (changes), ==, 1);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (button)));
  g_assert_cmpuint (tickets_changes_button_get_count (button), ==, 1);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (button)), ==, "1 change waiting to be sent");

  /* The list shows it, by the name typed. */
  tickets_changes_button_show_list (button);
  dialog = TICKETS_CHANGES_DIALOG (tickets_test_wait_for_dialog (window, TICKETS_TYPE_CHANGES_DIALOG));
  tickets_test_run_frames ();
  g_assert_nonnull (tickets_test_find_label (dialog, "Name on 1 ticket: Lotte Smit"));

  /* Sign Out and Forget asks first; Cancel keeps everything. */
  g_assert_cmpuint (tickets_session_get_n_unsent (session), ==, 1);
  g_assert_true (tickets_changes_button_ask_sign_out (button));
  question = tickets_test_wait_for_dialog (window, ADW_TYPE_MESSAGE_DIALOG);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (question)), ==, "Changes Not Sent Yet");
  g_assert_cmpstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (question)), ==,
                   "1 change you made is not sent yet. Signing out would discard it.");
  g_assert_cmpint (adw_message_dialog_get_response_appearance (ADW_MESSAGE_DIALOG (question), "discard"), ==,
                   ADW_RESPONSE_DESTRUCTIVE);
  respond (question, "cancel");
  tickets_test_run_frames ();
  g_assert_cmpuint (signed_out, ==, 0);
  g_assert_cmpuint (tickets_session_get_n_unsent (session), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (changes), ==, 1);

  /* Discard from the list, once it is not on its way. */
  deadline = tickets_test_deadline (10);
  while (tickets_change_get_state (get_change (changes, 0)) == TICKETS_OUTBOX_SENDING)
    tickets_test_iterate (deadline);
  gtk_widget_activate (tickets_change_row_get_discard_button (get_row (dialog, 0)));
  question = tickets_test_wait_for_dialog (dialog, ADW_TYPE_MESSAGE_DIALOG);
  while (tickets_change_get_state (get_change (changes, 0)) == TICKETS_OUTBOX_SENDING)
    tickets_test_iterate (deadline);
  respond (question, "discard");
  g_assert_cmpuint (g_list_model_get_n_items (changes), ==, 0);
  g_assert_cmpuint (tickets_changes_button_get_count (button), ==, 0);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (button)));
  g_assert_cmpuint (tickets_session_get_n_unsent (session), ==, 0);
  g_assert_nonnull (tickets_test_find_label (dialog, "Nothing Waiting to Be Sent"));
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* Another one; Discard and Sign Out drops it and signs out. */
  tickets_store_personalize_async (store, TICKETS_TEST_OR_DEMO, tickets, holder, TICKETS_CONSENT_NONE,
                                   auth, NULL, tickets_test_on_done, &result);
  g_clear_error (&error);
  g_assert_null (tickets_store_personalize_finish (store, tickets_test_wait_result (&result), &error));
  g_assert_error (error, TICKETS_STORE_ERROR, TICKETS_STORE_ERROR_QUEUED);
  g_clear_object (&result);
  g_assert_cmpuint (tickets_session_get_n_unsent (session), ==, 1);
  g_assert_true (tickets_changes_button_ask_sign_out (button));
  question = tickets_test_wait_for_dialog (window, ADW_TYPE_MESSAGE_DIALOG);
  while (tickets_change_get_state (get_change (changes, 0)) == TICKETS_OUTBOX_SENDING)
    tickets_test_iterate (deadline);
  respond (question, "discard");
  tickets_test_run_frames ();
  g_assert_cmpuint (signed_out, ==, 1);
  g_assert_cmpuint (tickets_session_get_n_unsent (session), ==, 0);
  g_assert_cmpuint (tickets_changes_button_get_count (button), ==, 0);

  tickets_test_sandbox_set_fail_rate (sandbox, 0.0);
  tickets_test_close_window (window);
  g_assert_finalize_object (session);
  g_clear_object (&order);
  tickets_test_close_store (sandbox, client, store);
}

static TicketsTestSandbox *app_sandbox;
static TicketsApplication *app;
static GSettings *app_settings;

/* The window has the indicator in its header bar, asks before it closes
 * with changes not sent, and the application's Quit closes its windows,
 * the last one asking. */
static void
test_window_close (void)
{
  g_autoptr(GListStore) changes = g_list_store_new (TICKETS_TYPE_CHANGE);
  g_autoptr(TicketsChange) change = new_change ("a", TICKETS_CHANGE_PERSONALIZE, NULL, TICKETS_OUTBOX_PENDING, 0, NULL);
  TicketsWindow *first = tickets_test_app_window_new (app, app_settings);
  TicketsWindow *second = tickets_test_app_window_new (app, app_settings);
  TicketsChangesButton *button = find_of_type (first, TICKETS_TYPE_CHANGES_BUTTON);
  GtkWindow *question;

  g_assert_nonnull (button);
  g_assert_nonnull (gtk_widget_get_ancestor (GTK_WIDGET (button), ADW_TYPE_HEADER_BAR));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (button)));
  g_list_store_append (changes, change);
  tickets_changes_button_set_changes (button, G_LIST_MODEL (changes));
  tickets_changes_button_set_changes (find_of_type (second, TICKETS_TYPE_CHANGES_BUTTON), G_LIST_MODEL (changes));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (button)));
  tickets_test_run_frames ();
  tickets_test_assert_controls_named (GTK_WIDGET (first));

  /* Quit: one closes as the other stays, which asks. */
  g_object_ref (first);
  g_object_ref (second);
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  tickets_test_run_frames ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (first)) != gtk_widget_get_visible (GTK_WIDGET (second)));
  if (gtk_widget_get_visible (GTK_WIDGET (first)))
    {
      TicketsWindow *closed = second;

      second = first;
      first = closed;
    }
  g_assert_finalize_object (first);
  question = tickets_test_wait_for_dialog (second, ADW_TYPE_MESSAGE_DIALOG);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (question)), ==, "1 change is not sent yet");
  g_assert_cmpstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (question)), ==,
                   "It is kept on this computer and sent the next time Tickets starts.");
  respond (question, "cancel");
  tickets_test_run_frames ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (second)));

  /* Its close button asks the same; Quit closes it. */
  gtk_window_close (GTK_WINDOW (second));
  question = tickets_test_wait_for_dialog (second, ADW_TYPE_MESSAGE_DIALOG);
  respond (question, "quit");
  tickets_test_run_frames ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (second)));
  g_assert_finalize_object (second);
}

/* The window over data the server could not give: the order opened again
 * while every request fails shows the cache's copy with the offline line;
 * loaded again once the server answers, the line goes and the order stays. */
static void
test_window_cached_order (void)
{
  g_autoptr(TicketsAuth) auth = tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, "demo-order-token");
  TicketsWindow *window = tickets_test_app_window_new (app, app_settings);
  TicketsOfflineLine *line;
  TicketsOrder *order;
  gint64 deadline;

  tickets_window_open_order (window, TICKETS_TEST_OR_DEMO, auth);
  tickets_test_wait_for_page (window, "order");
  line = find_of_type (tickets_window_get_order_view (window), TICKETS_TYPE_OFFLINE_LINE);
  g_assert_nonnull (line);
  /* An earlier run's copy may show first, until the server's answer. */
  deadline = tickets_test_deadline (10);
  while (gtk_widget_get_visible (GTK_WIDGET (line)))
    tickets_test_iterate (deadline);

  tickets_test_sandbox_set_fail_rate (app_sandbox, 1.0);
  tickets_window_open_order (window, TICKETS_TEST_OR_DEMO, auth);
  tickets_test_wait_for_page (window, "order");
  while (!gtk_widget_get_visible (GTK_WIDGET (line)))
    tickets_test_iterate (deadline);
  order = tickets_window_get_order_view_order (window);
  g_assert_cmpint (tickets_resource_get_cached_at (TICKETS_RESOURCE (order)), !=, 0);
  g_assert_cmpstr (tickets_offline_line_get_text (line), ==, "Offline, last updated just now");
  g_assert_nonnull (tickets_test_find_label (window, "Offline, last updated just now"));

  tickets_test_sandbox_set_fail_rate (app_sandbox, 0.0);
  tickets_window_open_order (window, TICKETS_TEST_OR_DEMO, auth);
  while (gtk_widget_get_visible (GTK_WIDGET (line)))
    tickets_test_iterate (deadline);
  g_assert_cmpstr (tickets_window_get_page_name (window), ==, "order");
  g_assert_cmpint (tickets_resource_get_cached_at (TICKETS_RESOURCE (tickets_window_get_order_view_order (window))), ==, 0);

  tickets_test_close_window (window);
}

/* The preference is the key the session prunes by. */
static void
test_preference (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("org.example.Tickets");
  TicketsPreferencesWindow *window;
  GtkWidget *spin;

  g_assert_cmpuint (g_settings_get_uint (settings, "staff-cache-days"), ==, 7);
  window = g_object_ref (tickets_preferences_window_new (settings));
  tickets_test_present (GTK_WINDOW (window));

  spin = tickets_test_get_control (window, "Forget box-office data after this many days");
  g_assert_true (GTK_IS_SPIN_BUTTON (spin));
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (spin)), ==, 7);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 30);
  g_assert_cmpuint (g_settings_get_uint (settings, "staff-cache-days"), ==, 30);
  g_settings_set_uint (settings, "staff-cache-days", 2);
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (spin)), ==, 2);
  /* Out of the key's range: the control keeps to it. */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 500);
  g_assert_cmpuint (g_settings_get_uint (settings, "staff-cache-days"), ==, 90);
  tickets_test_assert_controls_named (GTK_WIDGET (window));

  g_settings_reset (settings, "staff-cache-days");
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

int
main (int   argc,
      char *argv[])
{
  if (!tickets_test_views_init (&argc, &argv))
    return g_test_run ();

  g_test_add_func ("/offline/format", test_format);
  g_test_add_func ("/offline/order-view-line", test_order_view_line);
  g_test_add_func ("/offline/line-over-list", test_line_over_list);
  g_test_add_func ("/offline/queued-row", test_queued_row);
  g_test_add_func ("/offline/button-count", test_button_count);
  g_test_add_func ("/offline/dialog", test_dialog);
  g_test_add_func ("/offline/toasts", test_toasts);
  g_test_add_func ("/offline/close-asks", test_close_asks);
  g_test_add_func ("/offline/preference", test_preference);
  g_test_add_func ("/offline/real-outbox", test_real_outbox);
  g_test_add_func ("/offline/window-close", test_window_close);
  g_test_add_func ("/offline/window-cached-order", test_window_cached_order);

  return tickets_test_run_with_app (&app_sandbox, &app, &app_settings);
}
