/* test-batch-view-save.c: Save All in the batch view, over the sandbox:
 * one request per holder (and one for two tickets with the same holder), a
 * form that is not complete holding back the whole batch, a refusal that
 * keeps what was typed, a dropped connection, Stop, and the progress
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tickets-batch-view-private.h"
#include "tickets-test-batch-view.h"

/* The personalizations the sandbox holds for the demo order, each one a
 * POST /personalization it accepted; *response keeps them alive. */
static JsonArray *
list_personalizations (Fixture              *fixture,
                       TicketsTestResponse **response)
{
  g_autofree char *order = tickets_test_uri (fixture->sandbox, "orders", TICKETS_TEST_OR_DEMO);
  g_autofree char *escaped = g_uri_escape_string (order, NULL, TRUE);
  g_autofree char *path = g_strconcat ("/personalization?order=", escaped, NULL);

  *response = tickets_test_request (fixture->sandbox, "GET", path, TICKETS_TEST_AUTH_ORDER_DEMO, NULL);
  g_assert_cmpuint ((*response)->status, ==, 200);

  return tickets_test_embedded_list (tickets_test_response_object (*response), "shop:personalization");
}

static guint
count_personalizations (Fixture *fixture)
{
  g_autoptr(TicketsTestResponse) response = NULL;

  return json_array_get_length (list_personalizations (fixture, &response));
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* The uids of the tickets a personalization names, sorted and joined by spaces. */
static char *
dup_personalized_uids (JsonObject *personalization)
{
  JsonArray *tickets = tickets_test_embedded_list (personalization, "shop:ticket");
  g_autoptr(GPtrArray) uids = g_ptr_array_new ();

  for (guint i = 0; i < json_array_get_length (tickets); i++)
    g_ptr_array_add (uids, (gpointer) json_object_get_string_member (json_array_get_object_element (tickets, i), "uid"));
  g_ptr_array_sort (uids, compare_strings);
  g_ptr_array_add (uids, NULL);

  return g_strjoinv (" ", (char **) uids->pdata);
}

/* The personalizations made since the first @skip. */
static GPtrArray *
list_new_personalizations (Fixture              *fixture,
                           guint                 skip,
                           TicketsTestResponse **response)
{
  JsonArray *all = list_personalizations (fixture, response);
  GPtrArray *fresh = g_ptr_array_new ();

  for (guint i = skip; i < json_array_get_length (all); i++)
    g_ptr_array_add (fresh, json_array_get_object_element (all, i));

  return fresh;
}

/* The holder's first name and email, as the box office reads the ticket off the sandbox. */
static void
assert_sandbox_holder (Fixture    *fixture,
                       const char *uid,
                       const char *first_name,
                       const char *email)
{
  g_autoptr(TicketsTestResponse) response = NULL;
  JsonObject *ticket = tickets_test_get_ticket (fixture->sandbox, uid, TICKETS_TEST_AUTH_BOXOFFICE, &response);
  JsonObject *consumer = json_object_get_object_member (ticket, "consumer");

  g_assert_true (json_object_get_boolean_member (ticket, "personalized"));
  g_assert_nonnull (consumer);
  g_assert_cmpstr (json_object_get_string_member (consumer, "first_name"), ==, first_name);
  g_assert_cmpstr (json_object_get_string_member (consumer, "email"), ==, email);
}

static void
assert_store_holder (Fixture    *fixture,
                     const char *uid,
                     const char *first_name,
                     const char *email)
{
  TicketsConsumer *holder = tickets_ticket_get_consumer (order_ticket (fixture, uid));

  g_assert_nonnull (holder);
  g_assert_cmpstr (tickets_consumer_get_first_name (holder), ==, first_name);
  g_assert_cmpstr (tickets_consumer_get_email (holder), ==, email);
  g_assert_true (tickets_ticket_get_personalized (order_ticket (fixture, uid)));
}

/* The view said "done" once, with both tickets saved in all; the last run
 * of Save All ended as @status says. */
static void
assert_done (Fixture    *fixture,
             const char *status)
{
  g_assert_cmpuint (fixture->n_done, ==, 1);
  g_assert_cmpuint (fixture->n_saved, ==, 2);
  g_assert_cmpstr (tickets_batch_view_get_status_text (fixture->view), ==, status);
  g_assert_cmpfloat (tickets_batch_view_get_progress (fixture->view), ==, 1.0);
}

static const char *
ticket_status (Fixture    *fixture,
               const char *uid)
{
  return tickets_batch_view_get_ticket_status (fixture->view, order_ticket (fixture, uid));
}

static void
test_two_holders (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *ada = make_email (fixture, "ada");
  g_autofree char *bob = make_email (fixture, "bob");
  g_autoptr(TicketsTestResponse) response = NULL;
  g_autoptr(GPtrArray) fresh = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  guint before = count_personalizations (fixture);

  set_picked (fixture, NAME_DEMO_SEATED, FALSE);
  activate (fixture, "batch.continue");
  fill_form (get_form (fixture, TICKETS_TEST_TK_DEMO_1), "Ada", "Lovelace", ada);
  fill_form (get_form (fixture, TICKETS_TEST_TK_DEMO_2), "Bob", "Dylan", bob);

  activate (fixture, "batch.save-all");
  g_assert_cmpstr (tickets_batch_view_get_status_text (fixture->view), ==, "Saving 1 of 2…");
  g_assert_cmpfloat (tickets_batch_view_get_progress (fixture->view), ==, 0.0);
  g_assert_cmpstr (ticket_status (fixture, TICKETS_TEST_TK_DEMO_1), ==, "Saving…");
  g_assert_cmpstr (ticket_status (fixture, TICKETS_TEST_TK_DEMO_2), ==, "Waiting to be saved");
  wait_saved (fixture);

  /* Two holders, two requests: one each. */
  fresh = list_new_personalizations (fixture, before, &response);
  g_assert_cmpuint (fresh->len, ==, 2);
  first = dup_personalized_uids (fresh->pdata[0]);
  second = dup_personalized_uids (fresh->pdata[1]);
  g_assert_cmpstr (first, ==, TICKETS_TEST_TK_DEMO_1);
  g_assert_cmpstr (second, ==, TICKETS_TEST_TK_DEMO_2);

  assert_sandbox_holder (fixture, TICKETS_TEST_TK_DEMO_1, "Ada", ada);
  assert_sandbox_holder (fixture, TICKETS_TEST_TK_DEMO_2, "Bob", bob);
  assert_store_holder (fixture, TICKETS_TEST_TK_DEMO_1, "Ada", ada);
  assert_store_holder (fixture, TICKETS_TEST_TK_DEMO_2, "Bob", bob);

  assert_done (fixture, "Saved 2 of 2 tickets.");
  g_assert_cmpstr (ticket_status (fixture, TICKETS_TEST_TK_DEMO_1), ==, "Saved");
  g_assert_false (tickets_personalization_form_view_get_editable (get_form (fixture, TICKETS_TEST_TK_DEMO_1)));
}

/* Runs the main loop until Save All has started and ended; fails after
 * 20 s. */
static void
wait_run (Fixture *fixture)
{
  gint64 deadline = tickets_test_deadline (20);

  while (!gtk_widget_get_visible (get_button (fixture->view, "_Stop")) && fixture->n_done == 0 &&
         strstr (tickets_batch_view_get_status_text (fixture->view), "could not") == NULL)
    tickets_test_iterate (deadline);
  wait_saved (fixture);
}

/* A dropped connection during Save All: the focus is back where it was,
 * so that a real Ctrl+Enter saves again (nothing had it). */
static void
test_failure_keys (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *ada = make_email (fixture, "ada");
  g_autofree char *bob = make_email (fixture, "bob");
  TicketsPersonalizationFormView *first;
  GtkWidget *focus;

  set_picked (fixture, NAME_DEMO_SEATED, FALSE);
  activate (fixture, "batch.continue");
  first = get_form (fixture, TICKETS_TEST_TK_DEMO_1);
  fill_form (first, "Ada", "Lovelace", ada);
  fill_form (get_form (fixture, TICKETS_TEST_TK_DEMO_2), "Bob", "Dylan", bob);

  gtk_widget_grab_focus (tickets_test_get_control (first, "Last name"));
  tickets_test_sandbox_fail_next (fixture->sandbox, 1, TICKETS_SANDBOX_FAULT_DROP, 0);
  if (!tickets_test_press_keys (fixture->window, "ctrl+Return"))
    {
      g_test_skip ("no X display or no xdotool to press keys");
      return;
    }
  wait_run (fixture);
  g_assert_cmpuint (fixture->n_done, ==, 0);
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, tickets_test_get_row (first, "Last name")));

  g_assert_true (tickets_test_press_keys (fixture->window, "ctrl+Return"));
  wait_run (fixture);
  g_assert_cmpuint (fixture->n_done, ==, 1);
}

static void
test_same_holder (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *ada = make_email (fixture, "ada");
  g_autoptr(TicketsTestResponse) response = NULL;
  g_autoptr(GPtrArray) fresh = NULL;
  g_autofree char *uids = NULL;
  g_autofree char *expected = NULL;
  TicketsPersonalizationFormView *seated;
  guint before = count_personalizations (fixture);

  set_picked (fixture, NAME_DEMO_2, FALSE);
  activate (fixture, "batch.continue");
  fill_form (get_form (fixture, TICKETS_TEST_TK_DEMO_1), "Ada", "Lovelace", ada);

  /* The seat's form copies the first form's holder: "another ticket" lists what was typed there. */
  activate (fixture, "batch.next");
  seated = get_form (fixture, TICKETS_TEST_TK_DEMO_SEATED);
  g_assert_true (tickets_batch_view_get_visible_form (fixture->view) == seated);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (seated), "form.copy-ticket", "u", 0));
  g_assert_cmpstr (tickets_test_get_text (seated, "First name"), ==, "Ada");
  g_assert_cmpstr (tickets_test_get_text (seated, "Email"), ==, ada);

  /* Ctrl+Enter in a form saves them all. */
  g_signal_emit_by_name (seated, "submit");
  wait_saved (fixture);

  /* One holder: one request covering both tickets. */
  fresh = list_new_personalizations (fixture, before, &response);
  g_assert_cmpuint (fresh->len, ==, 1);
  uids = dup_personalized_uids (fresh->pdata[0]);
  expected = g_strcmp0 (TICKETS_TEST_TK_DEMO_1, TICKETS_TEST_TK_DEMO_SEATED) < 0 ?
             g_strdup (TICKETS_TEST_TK_DEMO_1 " " TICKETS_TEST_TK_DEMO_SEATED) :
             g_strdup (TICKETS_TEST_TK_DEMO_SEATED " " TICKETS_TEST_TK_DEMO_1);
  g_assert_cmpstr (uids, ==, expected);

  assert_sandbox_holder (fixture, TICKETS_TEST_TK_DEMO_1, "Ada", ada);
  assert_sandbox_holder (fixture, TICKETS_TEST_TK_DEMO_SEATED, "Ada", ada);
  assert_store_holder (fixture, TICKETS_TEST_TK_DEMO_SEATED, "Ada", ada);
  assert_done (fixture, "Saved 2 of 2 tickets.");
}

static void
test_incomplete_blocks (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *ada = make_email (fixture, "ada");
  g_autofree char *bob = make_email (fixture, "bob");
  TicketsPersonalizationFormView *second;
  GtkWidget *focus;
  guint before = count_personalizations (fixture);

  set_picked (fixture, NAME_DEMO_SEATED, FALSE);
  activate (fixture, "batch.continue");
  fill_form (get_form (fixture, TICKETS_TEST_TK_DEMO_1), "Ada", "Lovelace", ada);
  second = get_form (fixture, TICKETS_TEST_TK_DEMO_2);
  fill_form (second, "Bob", "", bob);
  g_assert_true (tickets_batch_view_get_visible_form (fixture->view) == get_form (fixture, TICKETS_TEST_TK_DEMO_1));

  activate (fixture, "batch.save-all");

  /* Nothing is sent; the form that is not complete is shown, with why. */
  g_assert_false (tickets_store_get_loading (fixture->store));
  tickets_test_run_frames ();
  g_assert_cmpuint (count_personalizations (fixture), ==, before);
  g_assert_true (tickets_batch_view_get_visible_form (fixture->view) == second);
  g_assert_cmpstr (tickets_test_get_message (second, "Last name"), ==, "Enter the last name.");
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, tickets_test_get_control (second, "Last name")) ||
                 focus == tickets_test_get_control (second, "Last name"));
  g_assert_cmpstr (tickets_batch_view_get_status_text (fixture->view), ==,
                   "1 ticket's form is not complete: check the marked fields.");
  g_assert_cmpstr (ticket_status (fixture, TICKETS_TEST_TK_DEMO_2), ==, "Check the marked fields");
  g_assert_cmpstr (ticket_status (fixture, TICKETS_TEST_TK_DEMO_1), ==, "");
  g_assert_nonnull (get_list_row (fixture, NAME_DEMO_2 ": Check the marked fields"));
  g_assert_true (tickets_personalization_form_view_get_editable (get_form (fixture, TICKETS_TEST_TK_DEMO_1)));
  g_assert_cmpstr (tickets_test_get_text (second, "First name"), ==, "Bob");
  g_assert_cmpuint (fixture->n_done, ==, 0);
  g_assert_null (tickets_ticket_get_consumer (order_ticket (fixture, TICKETS_TEST_TK_DEMO_1)));
}

static void
test_refusal (Fixture       *fixture,
              gconstpointer  data)
{
  const char *taken = "anna.devries@example.org";
  g_autofree char *ada = make_email (fixture, "ada");
  g_autofree char *bob = make_email (fixture, "bob");
  g_autoptr(TicketsTestResponse) response = NULL;
  g_autoptr(GPtrArray) fresh = NULL;
  g_autofree char *retried = NULL;
  TicketsPersonalizationFormView *first;
  TicketsPersonalizationFormView *second;
  guint before = count_personalizations (fixture);

  set_picked (fixture, NAME_DEMO_SEATED, FALSE);
  activate (fixture, "batch.continue");
  first = get_form (fixture, TICKETS_TEST_TK_DEMO_1);
  second = get_form (fixture, TICKETS_TEST_TK_DEMO_2);
  /* The server refuses the address Anna's ticket of the same product holds. */
  fill_form (first, "Ada", "Lovelace", taken);
  fill_form (second, "Bob", "Dylan", bob);

  activate (fixture, "batch.save-all");
  wait_saved (fixture);

  g_assert_cmpuint (count_personalizations (fixture), ==, before + 1);
  g_assert_cmpuint (fixture->n_done, ==, 0);
  g_assert_cmpstr (tickets_batch_view_get_status_text (fixture->view), ==,
                   "Saved 1 of 2 tickets. 1 ticket could not be saved: check its form.");
  g_assert_cmpfloat (tickets_batch_view_get_progress (fixture->view), ==, 1.0);

  /* The refused form: the server's message by its field, everything typed kept. */
  g_assert_true (tickets_batch_view_get_visible_form (fixture->view) == first);
  g_assert_cmpstr (tickets_test_get_message (first, "Email"), ==,
                   "This email address must be unique per product: another ticket already uses it.");
  g_assert_cmpstr (tickets_test_get_text (first, "First name"), ==, "Ada");
  g_assert_cmpstr (tickets_test_get_text (first, "Last name"), ==, "Lovelace");
  g_assert_cmpstr (tickets_test_get_text (first, "Date of birth"), ==, "1990-05-04");
  g_assert_cmpstr (tickets_test_get_text (first, "Email"), ==, taken);
  g_assert_true (tickets_personalization_form_view_get_editable (first));
  g_assert_cmpstr (ticket_status (fixture, TICKETS_TEST_TK_DEMO_1), ==, "Not saved");
  g_assert_null (tickets_ticket_get_consumer (order_ticket (fixture, TICKETS_TEST_TK_DEMO_1)));

  /* The other one is done, and stays so. */
  g_assert_cmpstr (ticket_status (fixture, TICKETS_TEST_TK_DEMO_2), ==, "Saved");
  g_assert_false (tickets_personalization_form_view_get_editable (second));
  assert_sandbox_holder (fixture, TICKETS_TEST_TK_DEMO_2, "Bob", bob);
  g_assert_nonnull (get_button (fixture->view, "_Retry Failed"));

  /* Retrying sends only what failed. */
  tickets_test_set_text (first, "Email", ada);
  activate (fixture, "batch.save-all");
  wait_saved (fixture);

  fresh = list_new_personalizations (fixture, before + 1, &response);
  g_assert_cmpuint (fresh->len, ==, 1);
  retried = dup_personalized_uids (fresh->pdata[0]);
  g_assert_cmpstr (retried, ==, TICKETS_TEST_TK_DEMO_1);
  assert_sandbox_holder (fixture, TICKETS_TEST_TK_DEMO_1, "Ada", ada);
  assert_store_holder (fixture, TICKETS_TEST_TK_DEMO_1, "Ada", ada);
  assert_done (fixture, "Saved 1 of 1 ticket.");
}

static void
test_stop (Fixture       *fixture,
           gconstpointer  data)
{
  g_autofree char *ada = make_email (fixture, "ada");
  g_autofree char *bob = make_email (fixture, "bob");
  TicketsPersonalizationFormView *first;

  set_picked (fixture, NAME_DEMO_SEATED, FALSE);
  activate (fixture, "batch.continue");
  first = get_form (fixture, TICKETS_TEST_TK_DEMO_1);
  fill_form (first, "Ada", "Lovelace", ada);
  fill_form (get_form (fixture, TICKETS_TEST_TK_DEMO_2), "Bob", "Dylan", bob);

  activate (fixture, "batch.save-all");
  g_assert_true (tickets_personalization_form_view_get_busy (first));
  g_assert_false (gtk_widget_get_visible (get_button (fixture->view, "_Save All")));
  g_assert_true (gtk_widget_is_focus (get_button (fixture->view, "_Stop")));

  /* Stopped before the first answer: every form as it was, ready to save again. */
  activate (fixture, "batch.stop");
  g_assert_cmpstr (tickets_batch_view_get_status_text (fixture->view), ==, "Stopped. Saved 0 of 2 tickets.");
  g_assert_false (gtk_widget_get_visible (get_button (fixture->view, "_Stop")));
  g_assert_false (tickets_personalization_form_view_get_busy (first));
  g_assert_true (tickets_personalization_form_view_get_editable (first));
  g_assert_cmpstr (tickets_test_get_text (first, "Email"), ==, ada);
  g_assert_cmpstr (ticket_status (fixture, TICKETS_TEST_TK_DEMO_1), ==, "");
  g_assert_cmpstr (ticket_status (fixture, TICKETS_TEST_TK_DEMO_2), ==, "");
  g_assert_true (gtk_widget_get_visible (get_button (fixture->view, "_Save All")));
  g_assert_true (gtk_widget_is_sensitive (get_button (fixture->view, "_Save All")));
  while (tickets_store_get_loading (fixture->store))
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpstr (ticket_status (fixture, TICKETS_TEST_TK_DEMO_1), ==, "");
  g_assert_cmpuint (fixture->n_done, ==, 0);

  activate (fixture, "batch.save-all");
  wait_saved (fixture);
  g_assert_cmpuint (fixture->n_done, ==, 1);
  g_assert_cmpuint (fixture->n_saved, ==, 2);
  assert_store_holder (fixture, TICKETS_TEST_TK_DEMO_2, "Bob", bob);
}

static void
test_dispose_while_saving (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *ada = make_email (fixture, "ada");
  g_autofree char *bob = make_email (fixture, "bob");

  set_picked (fixture, NAME_DEMO_SEATED, FALSE);
  activate (fixture, "batch.continue");
  fill_form (get_form (fixture, TICKETS_TEST_TK_DEMO_1), "Ada", "Lovelace", ada);
  fill_form (get_form (fixture, TICKETS_TEST_TK_DEMO_2), "Bob", "Dylan", bob);
  activate (fixture, "batch.save-all");
  g_assert_true (tickets_store_get_loading (fixture->store));
  /* The tear-down destroys the view with a request in flight. */
}

int
main (int   argc,
      char *argv[])
{
  tickets_test_allow_focus_out_warning ();
  if (!tickets_test_views_init (&argc, &argv))
    return g_test_run ();

#define ADD(path, func) \
  g_test_add ("/batch-view/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("two-holders", test_two_holders);
  ADD ("failure-keys", test_failure_keys);
  ADD ("same-holder", test_same_holder);
  ADD ("incomplete-blocks", test_incomplete_blocks);
  ADD ("refusal", test_refusal);
  ADD ("dispose-while-saving", test_dispose_while_saving);
  g_test_add ("/batch-view/stop", Fixture, NULL, fixture_set_up_slow, test_stop, fixture_tear_down);

#undef ADD

  return g_test_run ();
}
