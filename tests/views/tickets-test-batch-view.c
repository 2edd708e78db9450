/* tickets-test-batch-view.c: what the tests of naming several tickets at
 * once share: the view on the demo order over a sandbox, in a window of
 * its own, and finding and filling its checks, forms and buttons
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-batch-view-private.h"
#include "tickets-test-batch-view.h"

static void
on_view_done (TicketsBatchView *view,
              guint             n_saved,
              Fixture          *fixture)
{
  fixture->n_done++;
  fixture->n_saved = n_saved;
}

void
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

void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture_set_up_full (fixture, 900, 0);
}

/* Every answer takes a while: time to stop what is being saved. */
void
fixture_set_up_slow (Fixture       *fixture,
                     gconstpointer  data)
{
  fixture_set_up_full (fixture, 900, 400);
}

void
fixture_set_up_narrow (Fixture       *fixture,
                       gconstpointer  data)
{
  fixture_set_up_full (fixture, 360, 0);
}

void
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
GtkCheckButton *
get_check (Fixture    *fixture,
           const char *name)
{
  GtkWidget *check = tickets_test_find_named (fixture->view, GTK_TYPE_CHECK_BUTTON, name);

  g_assert_nonnull (check);

  return GTK_CHECK_BUTTON (check);
}

/* The row of a ticket in the second step's list of forms. */
GtkWidget *
get_list_row (Fixture    *fixture,
              const char *name)
{
  GtkWidget *row = tickets_test_find_named (fixture->view, GTK_TYPE_LIST_BOX_ROW, name);

  g_assert_nonnull (row);

  return row;
}

/* Whether @widget is a button or check whose label (mnemonic included) is @label. */
gboolean
has_button_label (GtkWidget     *widget,
                  gconstpointer  label)
{
  return (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0) ||
         (GTK_IS_CHECK_BUTTON (widget) && g_strcmp0 (gtk_check_button_get_label (GTK_CHECK_BUTTON (widget)), label) == 0);
}

GtkWidget *
get_button (gpointer    root,
            const char *label)
{
  GtkWidget *button = tickets_test_find_widget (root, has_button_label, label);

  if (button == NULL)
    g_error ("no button “%s”", label);

  return button;
}

TicketsTicket *
order_ticket (Fixture    *fixture,
              const char *uid)
{
  TicketsTicket *ticket = tickets_store_lookup_ticket (fixture->store, uid);

  g_assert_nonnull (ticket);

  return ticket;
}

TicketsPersonalizationFormView *
get_form (Fixture    *fixture,
          const char *uid)
{
  TicketsPersonalizationFormView *form = tickets_batch_view_get_form (fixture->view, order_ticket (fixture, uid));

  g_assert_nonnull (form);

  return form;
}

char *
make_email (Fixture    *fixture,
            const char *who)
{
  return g_strdup_printf ("%s.%s@example.org", who, fixture->stamp);
}

void
fill_form (TicketsPersonalizationFormView *form,
           const char                     *first_name,
           const char                     *last_name,
           const char                     *email)
{
  tickets_test_fill_form (form, first_name, last_name, "1990-05-04", email);
}

void
set_picked (Fixture    *fixture,
            const char *name,
            gboolean    picked)
{
  gtk_check_button_set_active (get_check (fixture, name), picked);
}

gboolean
is_picked (Fixture    *fixture,
           const char *name)
{
  return gtk_check_button_get_active (get_check (fixture, name));
}

void
activate (Fixture    *fixture,
          const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), action, NULL));
}

/* Until the run of Save All has ended: the store has no request left. */
void
wait_saved (Fixture *fixture)
{
  gint64 deadline = tickets_test_deadline (20);

  while (gtk_widget_get_visible (get_button (fixture->view, "_Stop")) || tickets_store_get_loading (fixture->store))
    tickets_test_iterate (deadline);
}
