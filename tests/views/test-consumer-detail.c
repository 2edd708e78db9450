/* test-consumer-detail.c: a consumer's details opened from the counter, in
 * a real window over the sandbox: every field of the model's table; the
 * tickets the counter saw them hold, or why there are none; Correct
 * Details posting one revision of the same consumer bound to those
 * tickets (the body the sandbox received); a refusal shown next to its
 * field with what was typed kept; names as typed, never markup; the focus
 * back where it was
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-auth.h"
#include "tickets-consumer-detail.h"
#include "tickets-consumer-fields.h"
#include "tickets-counter-actions.h"
#include "tickets-test-views.h"

typedef struct
{
  TicketsTestSandbox *sandbox;
  TicketsClient      *client;
  TicketsStore       *store;
  TicketsSession     *session;
  TicketsCounter     *counter;
  GtkWidget          *entry;
  GtkWindow          *parent;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(TicketsAuth) auth = tickets_auth_new_basic ("boxoffice", "boxoffice-demo");
  const char * const events[] = { TICKETS_TEST_EV_OPEN, NULL };

  fixture->sandbox = tickets_test_sandbox_start ();
  tickets_test_open_store (fixture->sandbox, &fixture->client, &fixture->store);
  fixture->session = tickets_test_session_new (fixture->store, auth);
  fixture->counter = tickets_counter_new (fixture->session, NULL);
  tickets_counter_set_events (fixture->counter, events);

  /* The counter's scan field, where the focus must come back to. */
  fixture->entry = g_object_ref_sink (gtk_entry_new ());
  fixture->parent = tickets_test_window_new (fixture->entry, 640, 480);
  gtk_widget_grab_focus (fixture->entry);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gint64 deadline = tickets_test_deadline (10);
  GtkWindow *dialog;

  while ((dialog = tickets_test_find_dialog (fixture->parent, TICKETS_TYPE_CONSUMER_DETAIL)) != NULL)
    tickets_test_close_window (dialog);
  tickets_test_destroy_window (fixture->parent, g_steal_pointer (&fixture->entry));
  g_assert_finalize_object (fixture->counter);
  while (tickets_store_get_loading (fixture->store))
    tickets_test_iterate (deadline);
  g_assert_finalize_object (fixture->session);
  tickets_test_close_store (fixture->sandbox, fixture->client, fixture->store);
}

/* The one consumer with @email, as a search at the counter finds them. */
static TicketsConsumer *
find_consumer (Fixture    *fixture,
               const char *email)
{
  g_autoptr(GHashTable) filters = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(TicketsPagedList) list = NULL;
  gint64 deadline = tickets_test_deadline (10);

  g_hash_table_insert (filters, (gpointer) "email", (gpointer) email);
  list = tickets_store_search_consumers (fixture->store, filters, tickets_session_get_auth (fixture->session));
  while (tickets_paged_list_get_loading (list))
    tickets_test_iterate (deadline);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);

  return g_list_model_get_item (G_LIST_MODEL (list), 0);
}

static GtkWindow *
open_detail (Fixture         *fixture,
             TicketsConsumer *consumer)
{
  GtkWindow *dialog;

  tickets_counter_show_consumer (fixture->parent, fixture->counter, consumer);
  dialog = tickets_test_wait_for_dialog (fixture->parent, TICKETS_TYPE_CONSUMER_DETAIL);
  tickets_test_run_frames ();

  return dialog;
}

static gboolean
label_is_mapped (gpointer    root,
                 const char *text)
{
  GtkWidget *label = tickets_test_find_label (root, text);

  return label != NULL && gtk_widget_get_mapped (label);
}

/* The body of the one POST /consumers since recording. */
static JsonObject *
get_posted_consumer (Fixture *fixture,
                     guint    n_expected)
{
  g_autoptr(GPtrArray) bodies = tickets_test_sandbox_received (fixture->sandbox, "POST", "/consumers");
  JsonArray *consumers;

  g_assert_cmpuint (bodies->len, ==, 1);
  consumers = json_object_get_array_member (json_node_get_object (g_ptr_array_index (bodies, 0)), "consumers");
  g_assert_cmpuint (json_array_get_length (consumers), ==, n_expected);

  return json_object_ref (json_array_get_object_element (consumers, 0));
}

static void
wait_posted (Fixture   *fixture,
             GtkWindow *dialog)
{
  gint64 deadline = tickets_test_deadline (10);
  GtkWidget *spinner = tickets_test_get_control (dialog, "Saving");

  while (tickets_test_sandbox_count (fixture->sandbox, "POST", "/consumers") == 0 || gtk_widget_get_visible (spinner))
    tickets_test_iterate (deadline);
  tickets_test_run_frames ();
}

static void
test_details (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(TicketsConsumer) john = find_consumer (fixture, "john.smith.last@example.com");
  const TicketsConsumerField *fields;
  guint n_fields;
  GtkWindow *dialog;

  dialog = open_detail (fixture, john);
  g_assert_true (gtk_window_get_modal (dialog));
  g_assert_cmpstr (gtk_window_get_title (dialog), ==, "John Smith");

  /* Every field the table shows, by its words, with the value or "Not given". */
  fields = tickets_consumer_fields (&n_fields);
  for (guint i = 0; i < n_fields; i++)
    if (tickets_consumer_field_is_shown (&fields[i]))
      g_assert_true (label_is_mapped (dialog, fields[i].label));
  g_assert_true (label_is_mapped (dialog, "john.smith.last@example.com"));
  g_assert_true (label_is_mapped (dialog, "1990-01-01"));
  g_assert_true (label_is_mapped (dialog, "United States"));
  g_assert_true (label_is_mapped (dialog, "Male"));
  g_assert_nonnull (tickets_test_find_control (dialog, "Email: john.smith.last@example.com"));

  /* No ticket scanned: why none is listed. */
  g_assert_true (label_is_mapped (dialog, "The Paylogic API does not list a consumer’s tickets. "
                                          "Scanning one of their tickets at this counter shows it here."));

  /* Closed, the focus is back in the scan field. */
  gtk_window_close (dialog);
  tickets_test_run_frames ();
  g_assert_null (tickets_test_find_dialog (fixture->parent, TICKETS_TYPE_CONSUMER_DETAIL));
  g_assert_true (gtk_window_get_focus (fixture->parent) == fixture->entry ||
                 gtk_widget_is_ancestor (gtk_window_get_focus (fixture->parent), fixture->entry));
}

static void
test_correct (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(TicketsConsumer) john = find_consumer (fixture, "john.smith.last@example.com");
  g_autoptr(JsonObject) posted = NULL;
  g_autoptr(TicketsConsumer) stored = NULL;
  GtkWindow *dialog;

  dialog = open_detail (fixture, john);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "detail.correct", NULL);
  tickets_test_run_frames ();
  g_assert_cmpstr (tickets_test_get_text (dialog, "City"), ==, tickets_consumer_get_city (john));
  tickets_test_assert_controls_named (GTK_WIDGET (dialog));
  tickets_test_set_text (dialog, "City", "Amsterdam");

  tickets_test_sandbox_record (fixture->sandbox);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "detail.save", NULL);
  /* Nothing is said before the server answered. */
  g_assert_false (label_is_mapped (dialog, "Details corrected"));
  wait_posted (fixture, dialog);

  /* A revision of the same consumer, with all it knew and the correction. */
  posted = get_posted_consumer (fixture, 1);
  g_assert_cmpstr (json_object_get_string_member (posted, "uid"), ==, TICKETS_TEST_CO_JOHN);
  g_assert_cmpstr (json_object_get_string_member (posted, "city"), ==, "Amsterdam");
  g_assert_cmpstr (json_object_get_string_member (posted, "first_name"), ==, "John");
  g_assert_cmpstr (json_object_get_string_member (posted, "email"), ==, "john.smith.last@example.com");
  g_assert_cmpstr (json_object_get_string_member (posted, "date_of_birth"), ==, "1990-01-01");
  g_assert_false (json_object_has_member (posted, "tickets"));

  /* Then, and only then, the details say so. */
  g_assert_true (label_is_mapped (dialog, "Amsterdam"));
  g_assert_true (label_is_mapped (dialog, "Details corrected"));
  tickets_test_assert_controls_named (GTK_WIDGET (dialog));
  stored = find_consumer (fixture, "john.smith.last@example.com");
  g_assert_cmpstr (tickets_consumer_get_city (stored), ==, "Amsterdam");
}

static void
test_refused_keeps_typing (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(TicketsConsumer) john = find_consumer (fixture, "john.smith.last@example.com");
  g_autoptr(TicketsConsumer) stored = NULL;
  GtkWindow *dialog;

  dialog = open_detail (fixture, john);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "detail.correct", NULL);
  tickets_test_run_frames ();
  tickets_test_set_text (dialog, "City", "Amsterdam");
  /* The server's own rule for languages: a 400 with the field named. */
  tickets_test_set_text (dialog, "Language", "zz9");

  tickets_test_sandbox_record (fixture->sandbox);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "detail.save", NULL);
  wait_posted (fixture, dialog);

  g_assert_cmpstr (tickets_test_get_message (dialog, "Language"), ==, "Use a two-letter ISO 639-1 language code.");
  g_assert_cmpstr (tickets_test_get_text (dialog, "City"), ==, "Amsterdam");
  g_assert_cmpstr (tickets_test_get_text (dialog, "Language"), ==, "zz9");
  g_assert_false (label_is_mapped (dialog, "Details corrected"));
  g_assert_true (gtk_widget_get_mapped (tickets_test_get_control (dialog, "City")));

  stored = find_consumer (fixture, "john.smith.last@example.com");
  g_assert_cmpstr (tickets_consumer_get_city (stored), ==, tickets_consumer_get_city (john));
}

static void
test_bound_to_tickets_seen (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(TicketsTestResponse) ticket_response = NULL;
  g_autoptr(TicketsConsumer) anna = NULL;
  g_autoptr(JsonObject) posted = NULL;
  g_autofree char *ticket_uri = NULL;
  JsonObject *ticket;
  JsonArray *tickets;
  TicketsVerdict *verdict;
  const char *code;
  GtkWindow *dialog;
  gint64 deadline = tickets_test_deadline (10);

  /* Anna's ticket scanned at the counter. */
  ticket = tickets_test_get_ticket (fixture->sandbox, TICKETS_TEST_TK_DEMO_ANNA, TICKETS_TEST_AUTH_BOXOFFICE, &ticket_response);
  code = json_object_get_string_member (ticket, "code");
  g_assert_cmpint (tickets_counter_submit (fixture->counter, code), ==, TICKETS_COUNTER_INPUT_SCAN);
  while (tickets_counter_get_busy (fixture->counter) || tickets_counter_get_verdict (fixture->counter) == NULL)
    tickets_test_iterate (deadline);
  verdict = tickets_counter_get_verdict (fixture->counter);
  g_assert_nonnull (tickets_ticket_get_consumer (tickets_verdict_get_ticket (verdict)));

  anna = find_consumer (fixture, tickets_consumer_get_email (tickets_ticket_get_consumer (tickets_verdict_get_ticket (verdict))));
  dialog = open_detail (fixture, anna);
  g_assert_true (label_is_mapped (dialog, code));
  g_assert_false (label_is_mapped (dialog, "The Paylogic API does not list a consumer’s tickets. "
                                           "Scanning one of their tickets at this counter shows it here."));

  gtk_widget_activate_action (GTK_WIDGET (dialog), "detail.correct", NULL);
  tickets_test_run_frames ();
  tickets_test_set_text (dialog, "Last name", "de Vries-Bakker");
  tickets_test_sandbox_record (fixture->sandbox);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "detail.save", NULL);
  wait_posted (fixture, dialog);

  /* One revision, bound to the ticket seen. */
  posted = get_posted_consumer (fixture, 1);
  g_assert_cmpstr (json_object_get_string_member (posted, "last_name"), ==, "de Vries-Bakker");
  g_assert_cmpstr (json_object_get_string_member (posted, "uid"), ==, tickets_consumer_get_uid (anna));
  tickets = json_object_get_array_member (posted, "tickets");
  g_assert_cmpuint (json_array_get_length (tickets), ==, 1);
  ticket_uri = tickets_test_uri (fixture->sandbox, "tickets", TICKETS_TEST_TK_DEMO_ANNA);
  g_assert_cmpstr (json_array_get_string_element (tickets, 0), ==, ticket_uri);
  g_assert_true (label_is_mapped (dialog, "Details corrected"));
}

static void
test_names_are_text (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(TicketsTestResponse) response = NULL;
  g_autoptr(TicketsConsumer) tom = NULL;
  GtkWindow *dialog;
  GtkWidget *label;

  response = tickets_test_request (fixture->sandbox, "POST", "/consumers", TICKETS_TEST_AUTH_BOXOFFICE,
                                   "{\"consumers\": [{\"first_name\": \"Tom & Jerry\", \"last_name\": \"<i>x</i>\","
                                   " \"email\": \"tom.jerry@example.org\"}]}");
  g_assert_cmpuint (response->status, ==, 201);
  tom = find_consumer (fixture, "tom.jerry@example.org");

  dialog = open_detail (fixture, tom);
  g_assert_cmpstr (gtk_window_get_title (dialog), ==, "Tom & Jerry <i>x</i>");
  label = tickets_test_find_label (dialog, "Tom & Jerry <i>x</i>");
  g_assert_nonnull (label);
  g_assert_false (gtk_label_get_use_markup (GTK_LABEL (label)));
  g_assert_true (label_is_mapped (dialog, "Tom & Jerry"));
  g_assert_true (label_is_mapped (dialog, "<i>x</i>"));

  gtk_widget_activate_action (GTK_WIDGET (dialog), "detail.correct", NULL);
  tickets_test_run_frames ();
  g_assert_cmpstr (tickets_test_get_text (dialog, "Last name"), ==, "<i>x</i>");
}

int
main (int   argc,
      char *argv[])
{
  tickets_test_allow_focus_out_warning ();
  if (!tickets_test_views_init (&argc, &argv))
    return g_test_run ();

#define ADD(path, func) \
  g_test_add ("/consumer-detail/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("details", test_details);
  ADD ("correct", test_correct);
  ADD ("refused-keeps-typing", test_refused_keeps_typing);
  ADD ("bound-to-tickets-seen", test_bound_to_tickets_seen);
  ADD ("names-are-text", test_names_are_text);
#undef ADD

  return g_test_run ();
}
