/* test-counter-personalize.c: naming a ticket at the counter, over the sandbox
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A counter signed in as box-office staff (Basic auth), a window with a
 * toast overlay and a scan field; a ticket of the fixture's counter event is
 * scanned, and tickets_counter_personalize() opens on the card's ticket.
 * What the sandbox received is read back: the fans' form posts exactly what
 * was typed with the ticket's URI to POST /consumers; a person found posts
 * their uid and the ticket and nothing else; a refusal keeps what was typed
 * and says nothing is done.
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
  GtkWidget       *overlay;
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
  fixture->order = tickets_test_load_order (fixture->store, TICKETS_TEST_OR_DEMO, staff);

  fixture->scan_field = g_object_ref_sink (gtk_entry_new ());
  fixture->overlay = g_object_ref_sink (adw_toast_overlay_new ());
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (fixture->overlay), fixture->scan_field);
  fixture->window = tickets_test_window_new (fixture->overlay, 800, 700);
  gtk_widget_grab_focus (fixture->scan_field);
  tickets_test_sandbox_record (sandbox);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWindow *dialog = tickets_test_find_dialog (fixture->window, GTK_TYPE_WINDOW);

  if (dialog != NULL)
    gtk_window_destroy (dialog);
  tickets_test_run_frames ();
  g_object_unref (fixture->scan_field);
  tickets_test_destroy_window (fixture->window, fixture->overlay);
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
             const char *uid)
{
  TicketsTicket *ticket = tickets_test_find_ticket (tickets_order_get_tickets (fixture->order), uid);

  g_assert_nonnull (ticket);
  return ticket;
}

static gboolean
is_form_view (GtkWidget     *widget,
              gconstpointer  data)
{
  return TICKETS_IS_PERSONALIZATION_FORM_VIEW (widget);
}

static GtkWidget *
get_form (GtkWindow *dialog)
{
  GtkWidget *form = tickets_test_find_widget (dialog, is_form_view, NULL);

  g_assert_nonnull (form);
  return form;
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

/* Runs the main loop until the sandbox has received @n requests to @path. */
static void
wait_received (const char *method,
               const char *path,
               guint       n)
{
  gint64 end = g_get_monotonic_time () + 10 * G_TIME_SPAN_SECOND;

  while (tickets_test_sandbox_count (sandbox, method, path) < n && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (tickets_test_sandbox_count (sandbox, method, path), >=, n);
}

static void
on_verdict (Fixture *fixture)
{
  fixture->verdicts++;
}

/* Runs the main loop until the counter has a new verdict for @code. */
static TicketsVerdict *
wait_verdict (Fixture    *fixture,
              const char *code)
{
  gint64 end = g_get_monotonic_time () + 10 * G_TIME_SPAN_SECOND;
  gulong handler = g_signal_connect_swapped (fixture->counter, "notify::verdict", G_CALLBACK (on_verdict), fixture);
  TicketsVerdict *verdict;

  /* A new lookup may clear the card first. */
  fixture->verdicts = 0;
  while ((fixture->verdicts == 0 || (verdict = tickets_counter_get_verdict (fixture->counter)) == NULL ||
          g_strcmp0 (tickets_verdict_get_code (verdict), code) != 0) &&
         g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  g_signal_handler_disconnect (fixture->counter, handler);
  verdict = tickets_counter_get_verdict (fixture->counter);
  g_assert_nonnull (verdict);
  g_assert_cmpstr (tickets_verdict_get_code (verdict), ==, code);

  return verdict;
}

/* Scans @code at the counter: the ticket its card shows. */
static TicketsTicket *
scan (Fixture    *fixture,
      const char *code)
{
  TicketsVerdict *verdict;

  g_assert_cmpint (tickets_counter_submit (fixture->counter, code), ==, TICKETS_COUNTER_INPUT_SCAN);
  verdict = wait_verdict (fixture, code);
  g_assert_cmpint (tickets_verdict_get_kind (verdict), ==, TICKETS_VERDICT_NEEDS_NAME);
  g_assert_nonnull (tickets_verdict_get_ticket (verdict));

  return tickets_verdict_get_ticket (verdict);
}

/* The one consumer revision of the one POST /consumers received. */
static JsonObject *
get_posted_revision (GPtrArray *bodies)
{
  JsonArray *consumers;

  g_assert_cmpuint (bodies->len, ==, 1);
  consumers = json_object_get_array_member (json_node_get_object (g_ptr_array_index (bodies, 0)), "consumers");
  g_assert_nonnull (consumers);
  g_assert_cmpuint (json_array_get_length (consumers), ==, 1);

  return json_array_get_object_element (consumers, 0);
}

static void
assert_tickets_member (JsonObject *revision,
                       const char *uid)
{
  g_autofree char *uri = tickets_test_uri (sandbox, "tickets", uid);
  JsonArray *tickets = json_object_get_array_member (revision, "tickets");

  g_assert_nonnull (tickets);
  g_assert_cmpuint (json_array_get_length (tickets), ==, 1);
  g_assert_cmpstr (json_array_get_string_element (tickets, 0), ==, uri);
}

/* The fans' form: what was typed, and only that, goes to POST /consumers
 * with the ticket's URI and the staff member's Basic auth; then the dialog
 * closes, a toast names the holder, the focus is back in the scan field and
 * the counter looks the ticket up again. */
static void
test_form (Fixture       *fixture,
           gconstpointer  data)
{
  TicketsTicket *ticket;
  g_autoptr(GPtrArray) bodies = NULL;
  g_autoptr(GPtrArray) received = NULL;
  g_autoptr(GPtrArray) lookups = NULL;
  /* What was typed, and the outbox's own mark to find the revision again. */
  const char * const typed[] = { "date_of_birth", "email", "external_reference", "first_name", "gender",
                                 "last_name", "tickets", NULL };
  g_autoptr(GList) members = NULL;
  GtkWindow *dialog;
  GtkWidget *form;
  GtkWidget *newsletter;
  JsonObject *revision;
  guint i = 0;

  /* The ticket was scanned: its card asks for a name. */
  ticket = g_object_ref (scan (fixture, TICKETS_SANDBOX_CODE_NEEDS_NAME));
  tickets_test_sandbox_record (sandbox);

  tickets_counter_personalize (fixture->window, fixture->counter, ticket, NULL);
  dialog = tickets_test_wait_for_dialog (fixture->window, GTK_TYPE_WINDOW);
  g_assert_true (gtk_window_get_modal (dialog));
  form = get_form (dialog);
  tickets_test_run_frames ();
  tickets_test_assert_controls_named (GTK_WIDGET (dialog));
  /* The opt-ins are the holder's own to tick: POST /consumers carries none. */
  newsletter = tickets_test_find_control (dialog, "Newsletter");
  g_assert_true (newsletter == NULL || !gtk_widget_get_mapped (newsletter));

  tickets_test_fill_form (form, "Noor", "Visser", "1990-05-17", "noor.visser@example.org");
  gtk_widget_activate (tickets_test_get_control (form, "Save"));
  /* Nothing is said done before the server answers. */
  g_assert_null (tickets_test_find_label (fixture->overlay, "Ticket personalized for Noor Visser"));
  wait_closed (dialog);
  /* The card is looked up again, for the name it now has. */
  g_assert_cmpint (tickets_verdict_get_kind (wait_verdict (fixture, TICKETS_SANDBOX_CODE_NEEDS_NAME)), ==, TICKETS_VERDICT_VALID);

  bodies = tickets_test_sandbox_received (sandbox, "POST", "/consumers");
  revision = get_posted_revision (bodies);
  assert_tickets_member (revision, tickets_resource_get_uid (TICKETS_RESOURCE (ticket)));
  g_object_unref (ticket);
  g_assert_cmpstr (json_object_get_string_member (revision, "first_name"), ==, "Noor");
  g_assert_cmpstr (json_object_get_string_member (revision, "last_name"), ==, "Visser");
  g_assert_cmpstr (json_object_get_string_member (revision, "date_of_birth"), ==, "1990-05-17");
  g_assert_cmpstr (json_object_get_string_member (revision, "email"), ==, "noor.visser@example.org");
  g_assert_cmpint (json_object_get_int_member (revision, "gender"), ==, TICKETS_GENDER_FEMALE);
  members = g_list_sort (json_object_get_members (revision), (GCompareFunc) g_strcmp0);
  for (GList *l = members; l != NULL; l = l->next, i++)
    g_assert_cmpstr (l->data, ==, typed[i]);
  g_assert_null (typed[i]);

  received = tickets_test_sandbox_dup_received (sandbox, "POST", "/consumers");
  g_assert_true (g_str_has_prefix (((TicketsSandboxReceived *) g_ptr_array_index (received, 0))->authorization, "Basic "));

  tickets_test_run_frames ();
  g_assert_nonnull (tickets_test_find_label (fixture->overlay, "Ticket personalized for Noor Visser"));
  assert_focus_in_scan_field (fixture);

  lookups = tickets_test_sandbox_dup_received (sandbox, "GET", "/tickets");
  g_assert_nonnull (strstr (((TicketsSandboxReceived *) g_ptr_array_index (lookups, 0))->query, TICKETS_SANDBOX_CODE_NEEDS_NAME));
}

/* A person found by search: only their uid and the ticket are posted, so
 * nothing the search showed can overwrite them. */
static void
test_pick (Fixture       *fixture,
           gconstpointer  data)
{
  TicketsTicket *ticket = scan (fixture, TICKETS_SANDBOX_CODE_UNNAMED_2);
  g_autofree char *uid = g_strdup (tickets_resource_get_uid (TICKETS_RESOURCE (ticket)));
  g_autoptr(GPtrArray) bodies = NULL;
  TicketsConsumer *john = NULL;
  TicketsPagedList *list;
  GtkWindow *dialog;
  GtkWidget *search;
  GtkWidget *results;
  JsonObject *revision;
  gint64 end;

  tickets_counter_personalize (fixture->window, fixture->counter, ticket, NULL);
  dialog = tickets_test_wait_for_dialog (fixture->window, GTK_TYPE_WINDOW);
  /* Ctrl+F: the search page, its field focused. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.find", NULL);
  search = tickets_test_get_control (dialog, "Find a person");
  tickets_test_run_frames ();
  g_assert_true (gtk_widget_get_mapped (search));
  g_assert_true (gtk_window_get_focus (dialog) == search || gtk_widget_is_ancestor (gtk_window_get_focus (dialog), search));
  tickets_test_assert_controls_named (GTK_WIDGET (dialog));

  /* The counter's search: one word no last name starts with is looked
   * for in first names. */
  results = gtk_widget_get_next_sibling (search);
  g_assert_true (TICKETS_IS_CONSUMER_RESULTS (results));
  gtk_editable_set_text (GTK_EDITABLE (search), "tom");
  end = g_get_monotonic_time () + 10 * G_TIME_SPAN_SECOND;
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

  /* One word is a last name. */
  gtk_editable_set_text (GTK_EDITABLE (search), "Smith");
  end = g_get_monotonic_time () + 10 * G_TIME_SPAN_SECOND;
  while (john == NULL && g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      list = tickets_consumer_results_get_list (TICKETS_CONSUMER_RESULTS (results));
      for (guint i = 0; list != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
        {
          g_autoptr(TicketsConsumer) found = g_list_model_get_item (G_LIST_MODEL (list), i);

          if (g_strcmp0 (tickets_consumer_get_uid (found), TICKETS_TEST_CO_JOHN) == 0)
            john = found;
        }
    }
  g_assert_nonnull (john);
  /* What the search showed of him goes nowhere: only his uid is posted. */
  g_assert_cmpstr (tickets_consumer_get_email (john), ==, "john.smith.last@example.com");
  g_signal_emit_by_name (results, "consumer-activated", john);
  wait_closed (dialog);

  bodies = tickets_test_sandbox_received (sandbox, "POST", "/consumers");
  revision = get_posted_revision (bodies);
  assert_tickets_member (revision, uid);
  g_assert_cmpstr (json_object_get_string_member (revision, "uid"), ==, TICKETS_TEST_CO_JOHN);
  g_assert_cmpuint (json_object_get_size (revision), ==, 2);
  tickets_test_run_frames ();
  g_assert_nonnull (tickets_test_find_label (fixture->overlay, "Ticket personalized for John Smith"));
}

/* Someone chosen before the window opened: it asks once, by name, and
 * posts their uid alone. */
static void
test_chosen (Fixture       *fixture,
             gconstpointer  data)
{
  TicketsTicket *ticket = scan (fixture, TICKETS_SANDBOX_CODE_UNNAMED_3);
  g_autofree char *uid = g_strdup (tickets_resource_get_uid (TICKETS_RESOURCE (ticket)));
  g_autoptr(TicketsConsumer) john = tickets_consumer_new ();
  g_autoptr(GPtrArray) bodies = NULL;
  GtkWindow *dialog;
  GtkWidget *button;
  JsonObject *revision;

  tickets_consumer_set_uid (john, TICKETS_TEST_CO_JOHN);
  tickets_consumer_set_first_name (john, "John");
  tickets_consumer_set_last_name (john, "Smith");

  tickets_counter_personalize (fixture->window, fixture->counter, ticket, john);
  dialog = tickets_test_wait_for_dialog (fixture->window, GTK_TYPE_WINDOW);
  tickets_test_run_frames ();
  button = tickets_test_get_control (dialog, "Personalize for John Smith");
  /* The focus widget of its window: which window the display makes active
   * is up to the other tests sharing it. */
  g_assert_true (gtk_window_get_focus (dialog) == button);
  g_assert_cmpuint (tickets_test_sandbox_count (sandbox, "POST", "/consumers"), ==, 0);
  gtk_widget_activate (button);
  wait_closed (dialog);

  bodies = tickets_test_sandbox_received (sandbox, "POST", "/consumers");
  revision = get_posted_revision (bodies);
  assert_tickets_member (revision, uid);
  g_assert_cmpstr (json_object_get_string_member (revision, "uid"), ==, TICKETS_TEST_CO_JOHN);
  g_assert_cmpuint (json_object_get_size (revision), ==, 2);
}

/* A 400: the server's message goes next to its field, everything typed
 * stays, the dialog stays open and nothing says the ticket is named. */
static void
test_refused (Fixture       *fixture,
              gconstpointer  data)
{
  TicketsTicket *ticket = find_ticket (fixture, TICKETS_TEST_TK_DEMO_2);
  GtkWindow *dialog;
  GtkWidget *form;

  tickets_counter_personalize (fixture->window, fixture->counter, ticket, NULL);
  dialog = tickets_test_wait_for_dialog (fixture->window, GTK_TYPE_WINDOW);
  form = get_form (dialog);
  /* Anna holds a ticket of this product with this address already, and
   * the product wants one address per ticket. */
  tickets_test_fill_form (form, "Noor", "Visser", "1990-05-17", "anna.devries@example.org");
  gtk_widget_activate (tickets_test_get_control (form, "Save"));
  wait_received ("POST", "/consumers", 1);
  tickets_test_run_for (300);

  g_assert_true (tickets_test_find_dialog (fixture->window, GTK_TYPE_WINDOW) == dialog);
  g_assert_nonnull (tickets_test_get_message (form, "Email"));
  g_assert_cmpstr (tickets_test_get_text (form, "First name"), ==, "Noor");
  g_assert_cmpstr (tickets_test_get_text (form, "Last name"), ==, "Visser");
  g_assert_cmpstr (tickets_test_get_text (form, "Email"), ==, "anna.devries@example.org");
  g_assert_null (tickets_test_find_label (fixture->overlay, "Ticket personalized for Noor Visser"));
  g_assert_false (tickets_ticket_get_personalized (ticket));
}

/* A role that may not name tickets: the 403 forbids it for the sign-in,
 * the window says which roles may, in the counter's words, and what was
 * typed stays. */
static void
test_forbidden (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(TicketsAuth) spa = tickets_auth_new_basic ("spa", "spa-demo");
  g_autofree char *sentence = tickets_counter_dup_forbidden_text (TICKETS_STAFF_ACTION_EDIT_CONSUMERS);
  TicketsTicket *ticket = find_ticket (fixture, TICKETS_TEST_TK_DEMO_SEATED);
  GtkWindow *dialog;
  GtkWidget *form;
  gint64 end;

  tickets_counter_personalize (fixture->window, fixture->counter, ticket, NULL);
  dialog = tickets_test_wait_for_dialog (fixture->window, GTK_TYPE_WINDOW);
  form = get_form (dialog);
  tickets_test_fill_form (form, "Noor", "Visser", "1990-05-17", "noor.visser@example.org");
  tickets_session_set_auth (fixture->session, spa);
  gtk_widget_activate (tickets_test_get_control (form, "Save"));

  end = g_get_monotonic_time () + 10 * G_TIME_SPAN_SECOND;
  while (tickets_counter_get_ability (fixture->counter, TICKETS_STAFF_ACTION_EDIT_CONSUMERS) != TICKETS_ABILITY_FORBIDDEN &&
         g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpint (tickets_counter_get_ability (fixture->counter, TICKETS_STAFF_ACTION_EDIT_CONSUMERS), ==,
                   TICKETS_ABILITY_FORBIDDEN);
  tickets_test_run_frames ();

  g_assert_true (tickets_test_find_dialog (fixture->window, GTK_TYPE_WINDOW) == dialog);
  g_assert_nonnull (tickets_test_find_label (dialog, sentence));
  g_assert_cmpstr (tickets_test_get_text (form, "First name"), ==, "Noor");
  g_assert_cmpstr (tickets_test_get_text (form, "Email"), ==, "noor.visser@example.org");
  g_assert_null (tickets_test_find_label (fixture->overlay, "Ticket personalized for Noor Visser"));
}

int
main (int   argc,
      char *argv[])
{
  tickets_test_allow_focus_out_warning ();
  if (!tickets_test_views_init (&argc, &argv))
    return g_test_run ();

  g_test_add ("/counter-personalize/refused", Fixture, NULL, fixture_set_up, test_refused, fixture_tear_down);
  g_test_add ("/counter-personalize/form", Fixture, NULL, fixture_set_up, test_form, fixture_tear_down);
  g_test_add ("/counter-personalize/pick", Fixture, NULL, fixture_set_up, test_pick, fixture_tear_down);
  g_test_add ("/counter-personalize/chosen", Fixture, NULL, fixture_set_up, test_chosen, fixture_tear_down);
  g_test_add ("/counter-personalize/forbidden", Fixture, NULL, fixture_set_up, test_forbidden, fixture_tear_down);

  return tickets_test_run_with_sandbox (&sandbox);
}
