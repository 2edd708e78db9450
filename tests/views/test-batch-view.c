/* test-batch-view.c: naming several tickets at once in a real window, over
 * the sandbox: the tickets picked, going from form to form by keyboard, an
 * address another form of the batch holds, a narrow window, and an order
 * with nothing to name (saving them all: test-batch-view-save.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-batch-view-private.h"
#include "tickets-test-batch-view.h"

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
  ADD ("switch-keys", test_switch_keys);
  ADD ("pick-tab-stops", test_pick_tab_stops);
  ADD ("batch-emails", test_batch_emails);
  g_test_add ("/batch-view/narrow", Fixture, NULL, fixture_set_up_narrow, test_narrow, fixture_tear_down);
  g_test_add_func ("/batch-view/empty", test_empty);

#undef ADD

  return g_test_run ();
}
