/* test-reissue-dialog.c: re-issuing tickets at the counter, over the sandbox
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A counter signed in as box-office staff and tickets_counter_reissue() on
 * a ticket of the fixture's re-issue order (three valid tickets). The
 * scanned ticket starts ticked; a second is ticked; the new customer is
 * typed; the confirmation says the old barcodes stop working, and only its
 * destructive button sends POST /orders, whose body is read back. The new
 * barcodes are shown, each with a Print button, and the old one then looks
 * up as re-issued. Cancel
 * at the confirmation sends nothing; a role that may not re-issue is told
 * which roles may.
 */

#include "config.h"

#include "tickets-auth.h"
#include "tickets-consumer-results.h"
#include "tickets-counter-actions.h"
#include "tickets-personalization-form-view.h"
#include "tickets-test-views.h"

static TicketsTestSandbox *sandbox;

typedef struct
{
  TicketsClient   *client;
  TicketsStore    *store;
  TicketsSession  *session;
  TicketsCounter  *counter;
  TicketsOrder    *order;
  GtkWindow       *window;
  GtkWidget       *scan_field;
  guint            verdicts;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(TicketsAuth) staff = tickets_auth_new_basic ("boxoffice", "boxoffice-demo");
  const char * const events[] = { TICKETS_SANDBOX_EVENT_TODAY, NULL };

  tickets_test_open_store (sandbox, &fixture->client, &fixture->store);
  fixture->session = tickets_test_session_new (fixture->store, staff);
  fixture->counter = tickets_counter_new (fixture->session, NULL);
  tickets_counter_set_events (fixture->counter, events);
  fixture->order = tickets_test_load_order (fixture->store, TICKETS_SANDBOX_REISSUE_DEMO_ORDER, staff);

  fixture->scan_field = g_object_ref_sink (gtk_entry_new ());
  fixture->window = tickets_test_window_new (fixture->scan_field, 800, 700);
  gtk_widget_grab_focus (fixture->scan_field);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWindow *dialog = tickets_test_find_dialog (fixture->window, GTK_TYPE_WINDOW);

  if (dialog != NULL)
    gtk_window_destroy (dialog);
  tickets_test_run_frames ();
  tickets_test_destroy_window (fixture->window, fixture->scan_field);
  g_object_unref (fixture->order);
  g_assert_finalize_object (fixture->counter);
  g_assert_finalize_object (fixture->session);
  tickets_test_run_frames ();
  g_assert_finalize_object (fixture->store);
  g_assert_finalize_object (fixture->client);
}

/* The entry hands the keyboard to the text inside it. */
static void
assert_focus_in_scan_field (Fixture *fixture)
{
  GtkWidget *focus = gtk_window_get_focus (fixture->window);

  g_assert_nonnull (focus);
  g_assert_true (focus == fixture->scan_field || gtk_widget_is_ancestor (focus, fixture->scan_field));
}

static TicketsTicket *
find_ticket (Fixture    *fixture,
             const char *code)
{
  GListModel *tickets = tickets_order_get_tickets (fixture->order);

  for (guint i = 0; i < g_list_model_get_n_items (tickets); i++)
    {
      g_autoptr(TicketsTicket) ticket = g_list_model_get_item (tickets, i);

      if (g_strcmp0 (tickets_ticket_get_code (ticket), code) == 0)
        return ticket;
    }

  g_error ("no ticket %s in the order", code);
  return NULL;
}

static void
on_verdict (Fixture *fixture)
{
  fixture->verdicts++;
}

/* Scans @code and runs the main loop until its verdict is there. */
static TicketsVerdictKind
scan (Fixture    *fixture,
      const char *code)
{
  gint64 end = g_get_monotonic_time () + 10 * G_TIME_SPAN_SECOND;
  gulong handler = g_signal_connect_swapped (fixture->counter, "notify::verdict", G_CALLBACK (on_verdict), fixture);

  fixture->verdicts = 0;
  if (g_strcmp0 (tickets_counter_get_code (fixture->counter), code) == 0)
    tickets_counter_retry (fixture->counter);
  else
    g_assert_cmpint (tickets_counter_submit (fixture->counter, code), ==, TICKETS_COUNTER_INPUT_SCAN);
  /* A new lookup may clear the card first. */
  while ((fixture->verdicts == 0 || tickets_counter_get_verdict (fixture->counter) == NULL ||
          g_strcmp0 (tickets_verdict_get_code (tickets_counter_get_verdict (fixture->counter)), code) != 0) &&
         g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  g_assert_nonnull (tickets_counter_get_verdict (fixture->counter));
  g_signal_handler_disconnect (fixture->counter, handler);
  g_assert_cmpuint (fixture->verdicts, >, 0);

  return tickets_verdict_get_kind (tickets_counter_get_verdict (fixture->counter));
}

/* Runs the main loop until @dialog is gone; fails after 10 s. */
static void
wait_closed (GtkWindow *dialog)
{
  gint64 end = g_get_monotonic_time () + 10 * G_TIME_SPAN_SECOND;

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  while (dialog != NULL && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  if (dialog != NULL)
    g_object_remove_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_assert_null (dialog);
}

static gboolean
is_steps (GtkWidget     *widget,
          gconstpointer  data)
{
  return GTK_IS_STACK (widget) && gtk_stack_get_child_by_name (GTK_STACK (widget), "confirm") != NULL;
}

/* Runs the main loop until the dialog shows @step; fails after 10 s. */
static void
wait_step (GtkWindow  *dialog,
           const char *step)
{
  GtkWidget *steps = tickets_test_find_widget (dialog, is_steps, NULL);
  gint64 end = g_get_monotonic_time () + 10 * G_TIME_SPAN_SECOND;

  g_assert_nonnull (steps);
  while (g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (steps)), step) != 0 &&
         g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (steps)), ==, step);
  tickets_test_run_frames ();
}

static void
collect_checks (GtkWidget *widget,
                GPtrArray *checks)
{
  if (!gtk_widget_get_mapped (widget))
    return;
  if (GTK_IS_CHECK_BUTTON (widget))
    g_ptr_array_add (checks, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_checks (child, checks);
}

/* The texts of the selectable labels shown: the new barcodes. */
static void
collect_codes (GtkWidget *widget,
               GPtrArray *codes)
{
  if (!gtk_widget_get_mapped (widget))
    return;
  if (GTK_IS_LABEL (widget) && gtk_label_get_selectable (GTK_LABEL (widget)) &&
      gtk_widget_get_ancestor (widget, ADW_TYPE_ACTION_ROW) != NULL)
    g_ptr_array_add (codes, (gpointer) gtk_label_get_text (GTK_LABEL (widget)));

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_codes (child, codes);
}

static gboolean
is_shown_control (GtkWidget     *widget,
                  gconstpointer  name)
{
  g_autofree char *mismatch = NULL;

  if (!gtk_widget_get_mapped (widget) || GTK_IS_LABEL (widget) ||
      !gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
    return FALSE;

  mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, name);
  return mismatch == NULL;
}

/* The control named @name on the step shown (the form, on another step,
 * has a Cancel of its own). */
static GtkWidget *
get_shown_control (GtkWindow  *dialog,
                   const char *name)
{
  GtkWidget *control = tickets_test_find_widget (dialog, is_shown_control, name);

  if (control == NULL)
    g_error ("no control named “%s” shown", name);
  return control;
}

static gboolean
is_new_reference (GtkWidget     *widget,
                  gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) && gtk_label_get_selectable (GTK_LABEL (widget)) &&
         g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), "New order RE-");
}

static gboolean
is_form_view (GtkWidget     *widget,
              gconstpointer  data)
{
  return TICKETS_IS_PERSONALIZATION_FORM_VIEW (widget);
}

/* The search finds people as the counter's does: one word no last name
 * starts with is looked for in first names. */
static void
assert_search_falls_back (GtkWindow *dialog)
{
  GtkWidget *search = tickets_test_get_control (dialog, "Find a person");
  GtkWidget *results = gtk_widget_get_next_sibling (search);
  gint64 end = g_get_monotonic_time () + 10 * G_TIME_SPAN_SECOND;
  TicketsPagedList *list;

  g_assert_true (TICKETS_IS_CONSUMER_RESULTS (results));
  gtk_editable_set_text (GTK_EDITABLE (search), "tom");
  while (((list = tickets_consumer_results_get_list (TICKETS_CONSUMER_RESULTS (results))) == NULL ||
          g_list_model_get_n_items (G_LIST_MODEL (list)) == 0) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  g_assert_nonnull (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(TicketsConsumer) found = g_list_model_get_item (G_LIST_MODEL (list), i);

      g_assert_true (g_str_has_prefix (tickets_consumer_get_first_name (found), "Tom"));
    }
  gtk_editable_set_text (GTK_EDITABLE (search), "");
}

/* Opens the dialog on @code's ticket, ticks the ticket @also too (NULL:
 * none), types the new customer and goes on to the confirmation. */
static GtkWindow *
reach_confirmation (Fixture    *fixture,
                    const char *code,
                    const char *also)
{
  TicketsTicket *ticket = find_ticket (fixture, code);
  g_autoptr(GPtrArray) checks = g_ptr_array_new ();
  GListModel *tickets = tickets_order_get_tickets (fixture->order);
  GtkWindow *dialog;
  GtkWidget *form;

  tickets_counter_reissue (fixture->window, fixture->counter, ticket);
  dialog = tickets_test_wait_for_dialog (fixture->window, GTK_TYPE_WINDOW);
  g_assert_true (gtk_window_get_modal (dialog));
  wait_step (dialog, "tickets");
  tickets_test_assert_controls_named (GTK_WIDGET (dialog));

  /* One box per ticket of the order, only the scanned one ticked. */
  collect_checks (GTK_WIDGET (dialog), checks);
  g_assert_cmpuint (checks->len, ==, g_list_model_get_n_items (tickets));
  for (guint i = 0; i < checks->len; i++)
    {
      g_autoptr(TicketsTicket) item = g_list_model_get_item (tickets, i);
      GtkCheckButton *check = g_ptr_array_index (checks, i);

      g_assert_cmpint (gtk_check_button_get_active (check), ==, item == ticket);
      /* Only valid tickets can be re-issued; the others say why not. */
      g_assert_cmpint (gtk_widget_get_sensitive (GTK_WIDGET (check)), ==,
                       g_strcmp0 (tickets_ticket_get_status (item), "valid") == 0);
      if (also != NULL && g_strcmp0 (tickets_ticket_get_code (item), also) == 0)
        gtk_check_button_set_active (check, TRUE);
    }

  gtk_widget_activate (get_shown_control (dialog, "Continue"));
  wait_step (dialog, "customer");
  form = tickets_test_find_widget (dialog, is_form_view, NULL);
  g_assert_nonnull (form);
  /* The new customer is someone else: the form starts empty. */
  g_assert_cmpstr (tickets_test_get_text (form, "First name"), ==, "");
  tickets_test_assert_controls_named (GTK_WIDGET (dialog));
  assert_search_falls_back (dialog);
  tickets_test_fill_form (form, "Noor", "Visser", "1990-05-17", "noor.visser@example.org");
  gtk_widget_activate (get_shown_control (dialog, "Review"));
  wait_step (dialog, "confirm");
  tickets_test_assert_controls_named (GTK_WIDGET (dialog));

  return dialog;
}

/* The whole way: POST /orders with the chosen tickets and the customer as
 * typed, after the confirmation only; then the new barcodes, and the old
 * one scans as re-issued. */
static void
test_reissue (Fixture       *fixture,
              gconstpointer  data)
{
  const char *sentence = "The old barcodes of these 2 tickets stop working at once. "
                         "The customer gets new tickets in a new order.";
  TicketsTicket *first = find_ticket (fixture, TICKETS_SANDBOX_CODE_REISSUE_DEMO);
  TicketsTicket *second = find_ticket (fixture, TICKETS_SANDBOX_CODE_REISSUE_DEMO_2);
  g_autofree char *first_uri = tickets_test_uri (sandbox, "tickets", tickets_resource_get_uid (TICKETS_RESOURCE (first)));
  g_autofree char *second_uri = tickets_test_uri (sandbox, "tickets", tickets_resource_get_uid (TICKETS_RESOURCE (second)));
  g_autoptr(GPtrArray) bodies = NULL;
  g_autoptr(GPtrArray) received = NULL;
  g_autoptr(GList) members = NULL;
  const char * const typed[] = { "date_of_birth", "email", "first_name", "gender", "last_name", NULL };
  GtkWindow *dialog;
  JsonObject *body;
  JsonObject *consumer;
  JsonArray *tickets;
  g_autoptr(GPtrArray) codes = g_ptr_array_new ();
  g_autofree char *print_name = NULL;
  GtkWindow *print_dialog;
  guint i = 0;

  g_assert_cmpint (scan (fixture, TICKETS_SANDBOX_CODE_REISSUE_DEMO), ==, TICKETS_VERDICT_VALID);
  tickets_test_sandbox_record (sandbox);
  dialog = reach_confirmation (fixture, TICKETS_SANDBOX_CODE_REISSUE_DEMO, TICKETS_SANDBOX_CODE_REISSUE_DEMO_2);

  g_assert_nonnull (tickets_test_find_label (dialog, sentence));
  g_assert_nonnull (tickets_test_find_label (dialog, "New customer: Noor Visser (noor.visser@example.org)"));
  g_assert_cmpuint (tickets_test_sandbox_count (sandbox, "POST", "/orders"), ==, 0);
  /* Nothing is said done before the server answered. */
  g_assert_null (tickets_test_find_label (dialog, "2 Tickets Re-issued"));

  gtk_widget_activate (get_shown_control (dialog, "Re-issue 2 Tickets"));
  wait_step (dialog, "done");

  bodies = tickets_test_sandbox_received (sandbox, "POST", "/orders");
  g_assert_cmpuint (bodies->len, ==, 1);
  body = json_node_get_object (g_ptr_array_index (bodies, 0));
  tickets = json_object_get_array_member (body, "tickets");
  g_assert_cmpuint (json_array_get_length (tickets), ==, 2);
  g_assert_cmpstr (json_array_get_string_element (tickets, 0), ==, first_uri);
  g_assert_cmpstr (json_array_get_string_element (tickets, 1), ==, second_uri);
  consumer = json_object_get_object_member (body, "consumer");
  g_assert_cmpstr (json_object_get_string_member (consumer, "first_name"), ==, "Noor");
  g_assert_cmpstr (json_object_get_string_member (consumer, "last_name"), ==, "Visser");
  g_assert_cmpstr (json_object_get_string_member (consumer, "email"), ==, "noor.visser@example.org");
  members = g_list_sort (json_object_get_members (consumer), (GCompareFunc) g_strcmp0);
  for (GList *l = members; l != NULL; l = l->next, i++)
    g_assert_cmpstr (l->data, ==, typed[i]);
  g_assert_null (typed[i]);
  received = tickets_test_sandbox_dup_received (sandbox, "POST", "/orders");
  g_assert_true (g_str_has_prefix (((TicketsSandboxReceived *) g_ptr_array_index (received, 0))->authorization, "Basic "));

  /* The new order's barcodes, as text to read out or copy; each scans as
   * a valid ticket of another order. */
  g_assert_nonnull (tickets_test_find_label (dialog, "2 Tickets Re-issued"));
  g_assert_nonnull (tickets_test_find_widget (dialog, is_new_reference, NULL));
  collect_codes (GTK_WIDGET (dialog), codes);
  g_assert_cmpuint (codes->len, ==, 2);
  for (guint j = 0; j < codes->len; j++)
    {
      const char *code = g_ptr_array_index (codes, j);
      TicketsTicket *fresh;

      g_assert_cmpstr (code, !=, TICKETS_SANDBOX_CODE_REISSUE_DEMO);
      g_assert_cmpstr (code, !=, TICKETS_SANDBOX_CODE_REISSUE_DEMO_2);
      print_name = g_strdup_printf ("Print %s", code);
      g_assert_true (GTK_IS_BUTTON (get_shown_control (dialog, print_name)));
      g_clear_pointer (&print_name, g_free);
      g_assert_cmpint (scan (fixture, code), ==, TICKETS_VERDICT_VALID);
      fresh = tickets_verdict_get_ticket (tickets_counter_get_verdict (fixture->counter));
      g_assert_false (g_str_has_suffix (tickets_ticket_get_order_uri (fresh), TICKETS_SANDBOX_REISSUE_DEMO_ORDER));
    }

  /* Print opens the print dialog over this one, for that ticket. */
  print_name = g_strdup_printf ("Print %s", (const char *) g_ptr_array_index (codes, 0));
  gtk_widget_activate (get_shown_control (dialog, print_name));
  print_dialog = tickets_test_wait_for_dialog (dialog, GTK_TYPE_DIALOG);
  g_assert_cmpstr (G_OBJECT_TYPE_NAME (print_dialog), ==, "GtkPrintUnixDialog");
  gtk_dialog_response (GTK_DIALOG (print_dialog), GTK_RESPONSE_CANCEL);
  tickets_test_run_frames ();

  /* The old barcode now looks up as re-issued. */
  g_assert_cmpint (scan (fixture, TICKETS_SANDBOX_CODE_REISSUE_DEMO), ==, TICKETS_VERDICT_REISSUED);
}

/* Cancel at the confirmation: nothing is sent, the tickets stay valid, and
 * the focus is back in the scan field. */
static void
test_cancel (Fixture       *fixture,
             gconstpointer  data)
{
  GtkWindow *dialog;

  tickets_test_sandbox_record (sandbox);
  dialog = reach_confirmation (fixture, TICKETS_SANDBOX_CODE_REISSUE_DEMO_3, NULL);
  g_assert_nonnull (tickets_test_find_label (dialog, "The old barcode of this ticket stops working at once. "
                                                     "The customer gets a new ticket in a new order."));
  /* The tickets re-issued by the test before are offered no more. */
  g_assert_nonnull (tickets_test_find_label (dialog, "Already re-issued: its barcode no longer works"));
  gtk_widget_activate (get_shown_control (dialog, "Cancel"));
  /* A button's activation clicks it a moment later, as a key press does. */
  wait_closed (dialog);
  g_assert_null (tickets_test_find_dialog (fixture->window, GTK_TYPE_WINDOW));
  g_assert_cmpuint (tickets_test_sandbox_count (sandbox, "POST", "/orders"), ==, 0);
  assert_focus_in_scan_field (fixture);
  g_assert_cmpint (scan (fixture, TICKETS_SANDBOX_CODE_REISSUE_DEMO_3), ==, TICKETS_VERDICT_VALID);
}

/* A role that may not re-issue: the server's 403 forbids it for the
 * sign-in, and the dialog says which roles may, in the counter's words. */
static void
test_forbidden (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(TicketsAuth) spa = tickets_auth_new_basic ("spa", "spa-demo");
  g_autofree char *sentence = tickets_counter_dup_forbidden_text (TICKETS_STAFF_ACTION_REISSUE);
  GtkWindow *dialog;
  gint64 end;

  dialog = reach_confirmation (fixture, TICKETS_SANDBOX_CODE_REISSUE_DEMO_3, NULL);
  tickets_session_set_auth (fixture->session, spa);
  tickets_test_sandbox_record (sandbox);
  gtk_widget_activate (get_shown_control (dialog, "Re-issue 1 Ticket"));
  end = g_get_monotonic_time () + 10 * G_TIME_SPAN_SECOND;
  while (tickets_counter_get_ability (fixture->counter, TICKETS_STAFF_ACTION_REISSUE) != TICKETS_ABILITY_FORBIDDEN &&
         g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpint (tickets_counter_get_ability (fixture->counter, TICKETS_STAFF_ACTION_REISSUE), ==, TICKETS_ABILITY_FORBIDDEN);
  tickets_test_run_frames ();

  g_assert_cmpuint (tickets_test_sandbox_count (sandbox, "POST", "/orders"), ==, 1);
  g_assert_nonnull (tickets_test_find_label (dialog, sentence));
  g_assert_false (gtk_widget_get_sensitive (get_shown_control (dialog, "Re-issue 1 Ticket")));
  g_assert_cmpstr (tickets_ticket_get_status (find_ticket (fixture, TICKETS_SANDBOX_CODE_REISSUE_DEMO_3)), ==, "valid");
}

int
main (int   argc,
      char *argv[])
{
  tickets_test_allow_focus_out_warning ();
  if (!tickets_test_views_init (&argc, &argv))
    return g_test_run ();

  g_test_add ("/reissue-dialog/reissue", Fixture, NULL, fixture_set_up, test_reissue, fixture_tear_down);
  g_test_add ("/reissue-dialog/cancel", Fixture, NULL, fixture_set_up, test_cancel, fixture_tear_down);
  g_test_add ("/reissue-dialog/forbidden", Fixture, NULL, fixture_set_up, test_forbidden, fixture_tear_down);

  return tickets_test_run_with_sandbox (&sandbox);
}
