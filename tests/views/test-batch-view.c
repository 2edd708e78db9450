/* test-batch-view.c: naming several tickets at once in a real window, over
 * the sandbox: the tickets picked, one request per holder (and one for two
 * tickets with the same holder), a form that is not complete holding back
 * the whole batch, a refusal that keeps what was typed, and the progress
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tickets-batch-view.h"
#include "tickets-batch-view-private.h"
#include "tickets-test-views.h"

/* The checks' names: the product, then the barcode (and the seat). */
#define NAME_DEMO_1      "Weekend ticket, 8663092874786"
#define NAME_DEMO_2      "Weekend ticket, 2216132656086"
#define NAME_DEMO_SEATED "Grandstand seat, 9413046851726 · Section Grandstand North · Row F · Seat 12"
#define NAME_DEMO_ANNA   "Weekend ticket, 7746094553253"

typedef struct
{
  TicketsTestSandbox *sandbox;
  TicketsClient      *client;
  TicketsStore       *store;
  TicketsAuth        *auth;
  TicketsSession     *session;
  TicketsOrder       *order;
  GtkWindow          *window;
  TicketsBatchView   *view;
  guint               n_done;
  guint               n_saved;
  guint               n_cancel;
  char               *stamp;    /* makes the emails of a run its own */
} Fixture;

static void
on_view_done (TicketsBatchView *view,
              guint             n_saved,
              Fixture          *fixture)
{
  fixture->n_done++;
  fixture->n_saved = n_saved;
}

static void
on_view_cancel (TicketsBatchView *view,
                Fixture          *fixture)
{
  fixture->n_cancel++;
}

static void
fixture_set_up_full (Fixture *fixture,
                     int      width,
                     guint    latency_ms)
{
  fixture->stamp = g_strdup_printf ("%" G_GINT64_FORMAT, g_get_real_time ());
  fixture->sandbox = latency_ms > 0 ? tickets_test_sandbox_start_faulty (latency_ms, 0.0, 1) : tickets_test_sandbox_start ();
  tickets_test_open_store (fixture->sandbox, &fixture->client, &fixture->store);
  fixture->auth = tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, "demo-order-token");
  fixture->order = tickets_test_load_order (fixture->store, TICKETS_TEST_OR_DEMO, fixture->auth);
  fixture->session = tickets_test_session_new (fixture->store, fixture->auth);

  fixture->view = g_object_ref (TICKETS_BATCH_VIEW (tickets_batch_view_new ()));
  g_signal_connect (fixture->view, "done", G_CALLBACK (on_view_done), fixture);
  g_signal_connect (fixture->view, "cancel", G_CALLBACK (on_view_cancel), fixture);
  fixture->window = tickets_test_window_new (GTK_WIDGET (fixture->view), width, 900);
  tickets_batch_view_start (fixture->view, fixture->session, fixture->order);
  tickets_test_run_frames ();
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture_set_up_full (fixture, 900, 0);
}

/* Every answer takes a while: time to stop what is being saved. */
static void
fixture_set_up_slow (Fixture       *fixture,
                     gconstpointer  data)
{
  fixture_set_up_full (fixture, 900, 400);
}

static void
fixture_set_up_narrow (Fixture       *fixture,
                       gconstpointer  data)
{
  fixture_set_up_full (fixture, 360, 0);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  tickets_test_destroy_window (fixture->window, fixture->view);
  /* Lets the callbacks of cancelled requests run. */
  tickets_test_run_frames ();
  g_clear_object (&fixture->order);
  g_assert_finalize_object (fixture->session);
  tickets_auth_unref (fixture->auth);
  tickets_test_close_store (fixture->sandbox, fixture->client, fixture->store);
  g_free (fixture->stamp);
}

/* The check of a ticket in the first step. */
static GtkCheckButton *
get_check (Fixture    *fixture,
           const char *name)
{
  GtkWidget *check = tickets_test_find_named (fixture->view, GTK_TYPE_CHECK_BUTTON, name);

  g_assert_nonnull (check);

  return GTK_CHECK_BUTTON (check);
}

/* The row of a ticket in the second step's list of forms. */
static GtkWidget *
get_list_row (Fixture    *fixture,
              const char *name)
{
  GtkWidget *row = tickets_test_find_named (fixture->view, GTK_TYPE_LIST_BOX_ROW, name);

  g_assert_nonnull (row);

  return row;
}

/* Whether @widget is a button or check whose label (mnemonic included) is @label. */
static gboolean
has_button_label (GtkWidget     *widget,
                  gconstpointer  label)
{
  return (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0) ||
         (GTK_IS_CHECK_BUTTON (widget) && g_strcmp0 (gtk_check_button_get_label (GTK_CHECK_BUTTON (widget)), label) == 0);
}

static GtkWidget *
get_button (gpointer    root,
            const char *label)
{
  GtkWidget *button = tickets_test_find_widget (root, has_button_label, label);

  if (button == NULL)
    g_error ("no button “%s”", label);

  return button;
}

static TicketsTicket *
order_ticket (Fixture    *fixture,
              const char *uid)
{
  TicketsTicket *ticket = tickets_store_lookup_ticket (fixture->store, uid);

  g_assert_nonnull (ticket);

  return ticket;
}

static TicketsPersonalizationFormView *
get_form (Fixture    *fixture,
          const char *uid)
{
  TicketsPersonalizationFormView *form = tickets_batch_view_get_form (fixture->view, order_ticket (fixture, uid));

  g_assert_nonnull (form);

  return form;
}

static char *
make_email (Fixture    *fixture,
            const char *who)
{
  return g_strdup_printf ("%s.%s@example.org", who, fixture->stamp);
}

static void
fill_form (TicketsPersonalizationFormView *form,
           const char                     *first_name,
           const char                     *last_name,
           const char                     *email)
{
  tickets_test_fill_form (form, first_name, last_name, "1990-05-04", email);
}

static void
set_picked (Fixture    *fixture,
            const char *name,
            gboolean    picked)
{
  gtk_check_button_set_active (get_check (fixture, name), picked);
}

static gboolean
is_picked (Fixture    *fixture,
           const char *name)
{
  return gtk_check_button_get_active (get_check (fixture, name));
}

static void
activate (Fixture    *fixture,
          const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), action, NULL));
}

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

/* Until the run of Save All has ended: the store has no request left. */
static void
wait_saved (Fixture *fixture)
{
  gint64 deadline = tickets_test_deadline (20);

  while (gtk_widget_get_visible (get_button (fixture->view, "_Stop")) || tickets_store_get_loading (fixture->store))
    tickets_test_iterate (deadline);
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
test_pick (Fixture       *fixture,
           gconstpointer  data)
{
  GtkWidget *select_all = get_button (fixture->view, "Select _All");
  GtkWidget *continue_button;

  /* Every ticket that can be named is offered; those without a name yet are picked. */
  g_assert_true (is_picked (fixture, NAME_DEMO_1));
  g_assert_true (is_picked (fixture, NAME_DEMO_2));
  g_assert_true (is_picked (fixture, NAME_DEMO_SEATED));
  g_assert_false (is_picked (fixture, NAME_DEMO_ANNA));
  g_assert_true (gtk_check_button_get_inconsistent (GTK_CHECK_BUTTON (select_all)));
  continue_button = get_button (fixture->view, "_Name 3 Tickets");
  g_assert_true (gtk_widget_is_visible (continue_button));
  g_assert_null (tickets_batch_view_get_visible_form (fixture->view));

  gtk_check_button_set_active (GTK_CHECK_BUTTON (select_all), TRUE);
  g_assert_true (is_picked (fixture, NAME_DEMO_ANNA));
  g_assert_false (gtk_check_button_get_inconsistent (GTK_CHECK_BUTTON (select_all)));
  g_assert_true (continue_button == get_button (fixture->view, "_Name 4 Tickets"));

  gtk_check_button_set_active (GTK_CHECK_BUTTON (select_all), FALSE);
  g_assert_false (is_picked (fixture, NAME_DEMO_1));
  g_assert_false (is_picked (fixture, NAME_DEMO_ANNA));
  g_assert_false (gtk_widget_is_sensitive (continue_button));

  set_picked (fixture, NAME_DEMO_2, TRUE);
  g_assert_true (gtk_check_button_get_inconsistent (GTK_CHECK_BUTTON (select_all)));
  g_assert_true (gtk_widget_is_sensitive (continue_button));
  g_assert_true (continue_button == get_button (fixture->view, "_Name 1 Ticket"));

  g_signal_emit_by_name (continue_button, "clicked");
  g_assert_true (tickets_batch_view_get_visible_form (fixture->view) == get_form (fixture, TICKETS_TEST_TK_DEMO_2));
  g_assert_null (tickets_batch_view_get_form (fixture->view, order_ticket (fixture, TICKETS_TEST_TK_DEMO_1)));
  /* The list of forms names each ticket, and the form saves with the rest, not on its own. */
  g_assert_nonnull (get_list_row (fixture, NAME_DEMO_2));
  g_assert_false (tickets_personalization_form_view_get_actions_visible (get_form (fixture, TICKETS_TEST_TK_DEMO_2)));

  /* The form keeps what was typed when the person goes back and forth. */
  tickets_test_set_text (get_form (fixture, TICKETS_TEST_TK_DEMO_2), "First name", "Ada");
  activate (fixture, "batch.back");
  g_assert_null (tickets_batch_view_get_visible_form (fixture->view));
  g_assert_cmpuint (fixture->n_cancel, ==, 0);
  set_picked (fixture, NAME_DEMO_1, TRUE);
  activate (fixture, "batch.continue");
  g_assert_cmpstr (tickets_test_get_text (get_form (fixture, TICKETS_TEST_TK_DEMO_2), "First name"), ==, "Ada");
  activate (fixture, "batch.next");
  g_assert_true (tickets_batch_view_get_visible_form (fixture->view) == get_form (fixture, TICKETS_TEST_TK_DEMO_2));

  activate (fixture, "batch.back");
  activate (fixture, "batch.back");
  g_assert_cmpuint (fixture->n_cancel, ==, 1);
  g_assert_cmpuint (fixture->n_done, ==, 0);

  /* Starting again starts from the order as it is, with fresh forms. */
  tickets_batch_view_start (fixture->view, fixture->session, fixture->order);
  g_assert_null (tickets_batch_view_get_form (fixture->view, order_ticket (fixture, TICKETS_TEST_TK_DEMO_2)));
  g_assert_true (is_picked (fixture, NAME_DEMO_1));
  g_assert_false (is_picked (fixture, NAME_DEMO_ANNA));
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

/* Whether the keyboard focus is in @form. */
static gboolean
has_focus_in (Fixture                        *fixture,
              TicketsPersonalizationFormView *form)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture->window));

  return focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (form));
}

/* Runs the main loop until @form is on show; fails after 10 s. */
static void
wait_visible_form (Fixture                        *fixture,
                   TicketsPersonalizationFormView *form)
{
  gint64 deadline = tickets_test_deadline (10);

  while (tickets_batch_view_get_visible_form (fixture->view) != form)
    tickets_test_iterate (deadline);
}

/* Ctrl+Page Down and Up, pressed for real while a text field of a form has
 * the focus, go to the next and previous ticket, focus in its first field. */
static void
test_switch_keys (Fixture       *fixture,
                  gconstpointer  data)
{
  TicketsPersonalizationFormView *first;
  TicketsPersonalizationFormView *second;

  activate (fixture, "batch.continue");
  first = get_form (fixture, TICKETS_TEST_TK_DEMO_1);
  second = get_form (fixture, TICKETS_TEST_TK_DEMO_2);
  g_assert_true (tickets_batch_view_get_visible_form (fixture->view) == first);

  gtk_widget_grab_focus (tickets_test_get_control (first, "Last name"));
  if (!tickets_test_press_keys (fixture->window, "ctrl+Next"))
    {
      g_test_skip ("no X display or no xdotool to press keys");
      return;
    }
  wait_visible_form (fixture, second);
  g_assert_true (has_focus_in (fixture, second));

  gtk_widget_grab_focus (tickets_test_get_control (second, "Email"));
  g_assert_true (tickets_test_press_keys (fixture->window, "ctrl+Prior"));
  wait_visible_form (fixture, first);
  g_assert_true (has_focus_in (fixture, first));
}

/* Each ticket to pick is one Tab stop, its check, as the form's check-box
 * rows are: Tab goes from check to check. */
static void
test_pick_tab_stops (Fixture       *fixture,
                     gconstpointer  data)
{
  const char *names[] = { NAME_DEMO_1, NAME_DEMO_2, NAME_DEMO_SEATED, NAME_DEMO_ANNA };

  gtk_widget_grab_focus (GTK_WIDGET (get_check (fixture, names[0])));
  for (guint i = 1; i < G_N_ELEMENTS (names); i++)
    {
      g_assert_true (gtk_widget_child_focus (GTK_WIDGET (fixture->window), GTK_DIR_TAB_FORWARD));
      g_assert_true (gtk_root_get_focus (GTK_ROOT (fixture->window)) == GTK_WIDGET (get_check (fixture, names[i])));
    }

  /* A click on the row, not the check, still picks. */
  g_assert_false (is_picked (fixture, NAME_DEMO_ANNA));
  g_signal_emit_by_name (gtk_widget_get_ancestor (GTK_WIDGET (get_check (fixture, NAME_DEMO_ANNA)), GTK_TYPE_LIST_BOX_ROW), "activate");
  g_assert_true (is_picked (fixture, NAME_DEMO_ANNA));
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
test_batch_emails (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *ada = make_email (fixture, "ada");
  TicketsPersonalizationFormView *first;
  TicketsPersonalizationFormView *second;
  TicketsPersonalizationFormView *seated;
  const char *warning = "Another ticket of this order already uses this address, and each ticket of this product needs its own.";

  activate (fixture, "batch.continue");
  first = get_form (fixture, TICKETS_TEST_TK_DEMO_1);
  second = get_form (fixture, TICKETS_TEST_TK_DEMO_2);
  seated = get_form (fixture, TICKETS_TEST_TK_DEMO_SEATED);

  /* Anna holds a weekend ticket of the order already. */
  tickets_test_set_text (first, "Email", "anna.devries@example.org");
  g_assert_cmpstr (tickets_test_get_message (first, "Email"), ==, warning);
  tickets_test_set_text (first, "Email", ada);
  g_assert_null (tickets_test_get_message (first, "Email"));

  /* Typed in another form of the batch, for the same product. */
  activate (fixture, "batch.next");
  tickets_test_set_text (second, "Email", ada);
  g_assert_cmpstr (tickets_test_get_message (second, "Email"), ==, warning);

  /* Another product: each of its tickets may share it. */
  activate (fixture, "batch.next");
  g_assert_true (tickets_batch_view_get_visible_form (fixture->view) == seated);
  tickets_test_set_text (seated, "Email", ada);
  g_assert_null (tickets_test_get_message (seated, "Email"));
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
test_narrow (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *bob = make_email (fixture, "bob");
  g_autofree char *cy = make_email (fixture, "cy");
  GtkWidget *list_button;
  int minimum;

  gtk_widget_measure (GTK_WIDGET (fixture->view), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);

  activate (fixture, "batch.continue");
  tickets_test_run_frames ();
  gtk_widget_measure (GTK_WIDGET (fixture->view), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->view)), <=, 360);

  /* One pane at a time: the form, and a button to the list of tickets. */
  list_button = tickets_test_get_control (fixture->view, "All Tickets");
  g_assert_true (gtk_widget_is_visible (list_button));
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (get_form (fixture, TICKETS_TEST_TK_DEMO_1))));

  g_signal_emit_by_name (list_button, "clicked");
  tickets_test_run_frames ();
  g_assert_true (gtk_widget_is_focus (get_list_row (fixture, NAME_DEMO_1)));

  /* Enter on a ticket opens its form, focus in its first field. */
  g_signal_emit_by_name (get_list_row (fixture, NAME_DEMO_2), "activate");
  tickets_test_run_frames ();
  g_assert_true (tickets_batch_view_get_visible_form (fixture->view) == get_form (fixture, TICKETS_TEST_TK_DEMO_2));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)),
                                         GTK_WIDGET (get_form (fixture, TICKETS_TEST_TK_DEMO_2))));

  /* With every message and button of a refusal it still fits. */
  fill_form (get_form (fixture, TICKETS_TEST_TK_DEMO_1), "Ada", "Lovelace", "anna.devries@example.org");
  fill_form (get_form (fixture, TICKETS_TEST_TK_DEMO_2), "Bob", "Dylan", bob);
  fill_form (get_form (fixture, TICKETS_TEST_TK_DEMO_SEATED), "Cy", "Twombly", cy);
  activate (fixture, "batch.save-all");
  wait_saved (fixture);
  g_assert_nonnull (get_button (fixture->view, "_Retry Failed"));
  tickets_test_run_frames ();
  gtk_widget_measure (GTK_WIDGET (fixture->view), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->view)), <=, 360);
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

static void
test_empty (void)
{
  TicketsTestSandbox *sandbox = tickets_test_sandbox_start ();
  TicketsClient *client;
  TicketsStore *store;
  g_autoptr(TicketsAuth) auth = tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, "closed-order-token");
  g_autoptr(TicketsOrder) order = NULL;
  TicketsBatchView *view = g_object_ref (TICKETS_BATCH_VIEW (tickets_batch_view_new ()));
  TicketsSession *session;
  GtkWindow *window;
  Fixture fixture = { 0 };

  tickets_test_open_store (sandbox, &client, &store);
  order = tickets_test_load_order (store, TICKETS_TEST_OR_CLOSED, auth);
  session = tickets_test_session_new (store, auth);

  window = tickets_test_window_new (GTK_WIDGET (view), -1, -1);
  tickets_batch_view_start (view, session, order);

  tickets_test_run_frames ();

  /* The closed order's period has ended: nothing to pick, and a way back. */
  g_assert_false (gtk_widget_get_mapped (tickets_test_find_widget (view, has_button_label, "Select _All")));
  g_assert_true (gtk_widget_get_mapped (get_button (view, "_Back to the Order")));
  g_signal_connect (view, "cancel", G_CALLBACK (on_view_cancel), &fixture);
  g_signal_emit_by_name (get_button (view, "_Back to the Order"), "clicked");
  g_assert_cmpuint (fixture.n_cancel, ==, 1);

  tickets_test_destroy_window (window, view);
  g_clear_object (&order);
  g_assert_finalize_object (session);
  tickets_test_close_store (sandbox, client, store);
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

  ADD ("pick", test_pick);
  ADD ("two-holders", test_two_holders);
  ADD ("switch-keys", test_switch_keys);
  ADD ("failure-keys", test_failure_keys);
  ADD ("pick-tab-stops", test_pick_tab_stops);
  ADD ("same-holder", test_same_holder);
  ADD ("incomplete-blocks", test_incomplete_blocks);
  ADD ("batch-emails", test_batch_emails);
  ADD ("refusal", test_refusal);
  ADD ("dispose-while-saving", test_dispose_while_saving);
  g_test_add ("/batch-view/narrow", Fixture, NULL, fixture_set_up_narrow, test_narrow, fixture_tear_down);
  g_test_add ("/batch-view/stop", Fixture, NULL, fixture_set_up_slow, test_stop, fixture_tear_down);
  g_test_add_func ("/batch-view/empty", test_empty);

#undef ADD

  return g_test_run ();
}
