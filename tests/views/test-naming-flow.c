/* test-naming-flow.c: TicketsNamingFlow opening the form on a ticket, on
 * its own over the sandbox
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A session, a form in a window and the flow, no TicketsWindow: the flow
 * works out from the order (or the friend's request) what the form checks
 * and offers: the addresses taken on the ticket's product, the buyer and
 * the other holders "Copy from" offers. A friend never sees the buyer. A
 * batch that is done is told in a toast, as text.
 */

#include "config.h"

#include "tickets-auth.h"
#include "tickets-naming-flow.h"
#include "tickets-test-views.h"

static TicketsTestSandbox *sandbox;

typedef struct
{
  TicketsClient                  *client;
  TicketsStore                   *store;
  TicketsSession                 *session;
  TicketsPersonalizationFormView *form;
  GtkWindow                      *window;
  TicketsBatchView               *batch_view;
  TicketsNamingFlow              *flow;
  GPtrArray                      *toasts;
} Fixture;

static void
on_toast (TicketsNamingFlow *flow,
          const char        *text,
          Fixture           *fixture)
{
  g_ptr_array_add (fixture->toasts, g_strdup (text));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(TicketsAuth) auth = tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, "demo-order-token");

  tickets_test_open_store (sandbox, &fixture->client, &fixture->store);
  fixture->session = tickets_session_new ();
  tickets_session_set_store (fixture->session, fixture->store);
  tickets_session_set_auth (fixture->session, auth);
  fixture->form = g_object_ref_sink (g_object_new (TICKETS_TYPE_PERSONALIZATION_FORM_VIEW, NULL));
  fixture->window = tickets_test_window_new (GTK_WIDGET (fixture->form), 600, 800);
  fixture->batch_view = g_object_ref_sink (g_object_new (TICKETS_TYPE_BATCH_VIEW, NULL));
  fixture->flow = tickets_naming_flow_new (fixture->session, fixture->form, fixture->batch_view);
  fixture->toasts = g_ptr_array_new_with_free_func (g_free);
  g_signal_connect (fixture->flow, "toast", G_CALLBACK (on_toast), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->flow);
  g_assert_finalize_object (fixture->batch_view);
  g_ptr_array_unref (fixture->toasts);
  tickets_test_destroy_window (fixture->window, fixture->form);
  g_assert_finalize_object (fixture->session);
  /* The test sandbox lives on: only the store and the client go. */
  tickets_test_run_frames ();
  g_assert_finalize_object (fixture->store);
  g_assert_finalize_object (fixture->client);
}

static char *
dup_typed (Fixture    *fixture,
           const char *field)
{
  g_autoptr(TicketsConsumer) typed = tickets_personalization_form_view_build_consumer (fixture->form);

  return g_strdup (g_str_equal (field, "email") ? tickets_consumer_get_email (typed)
                                                : tickets_consumer_get_first_name (typed));
}

/* From the order: Anna's address is taken on the weekend product, the
 * buyer and Anna are there to copy from. */
static void
test_open_order (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(TicketsOrder) order = tickets_test_load_order (fixture->store, TICKETS_TEST_OR_DEMO,
                                                           tickets_session_get_auth (fixture->session));
  GListModel *tickets = tickets_order_get_tickets (order);
  TicketsTicket *ticket = tickets_test_find_ticket (tickets, TICKETS_TEST_TK_DEMO_1);
  TicketsTicket *anna = tickets_test_find_ticket (tickets, TICKETS_TEST_TK_DEMO_ANNA);
  const char *warning = "Another ticket of this order already uses this address, and each ticket of this product needs its own.";
  g_autofree char *first_name = NULL;
  g_autofree char *email = NULL;

  g_assert_nonnull (ticket);
  g_assert_nonnull (anna);
  tickets_naming_flow_open (fixture->flow, ticket, TICKETS_RESOURCE (order));
  g_assert_true (tickets_personalization_form_view_get_ticket (fixture->form) == ticket);

  tickets_test_set_text (fixture->form, "Email", tickets_consumer_get_email (tickets_ticket_get_consumer (anna)));
  g_assert_cmpstr (tickets_test_get_message (fixture->form, "Email"), ==, warning);

  gtk_widget_activate_action (GTK_WIDGET (fixture->form), "form.copy-buyer", NULL);
  first_name = dup_typed (fixture, "first-name");
  g_assert_cmpstr (first_name, ==, tickets_consumer_get_first_name (tickets_order_get_consumer (order)));

  /* The first other holder of the order's tickets: Anna. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->form), "form.copy-ticket", "u", 0);
  email = dup_typed (fixture, "email");
  g_assert_cmpstr (email, ==, tickets_consumer_get_email (tickets_ticket_get_consumer (anna)));
  g_assert_cmpstr (tickets_test_get_message (fixture->form, "Email"), ==, warning);
}

static void
on_request_loaded (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  TicketsPersonalizationRequest **request = user_data;
  g_autoptr(GError) error = NULL;

  *request = tickets_store_load_personalization_request_finish (TICKETS_STORE (source), result, &error);
  g_assert_no_error (error);
}

/* From a friend's request: no buyer to copy from. */
static void
test_open_request (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(TicketsAuth) auth = tickets_auth_new_token (TICKETS_AUTH_PERSONALIZATION_REQUEST_TOKEN,
                                                        "demo-request-token");
  g_autoptr(TicketsPersonalizationRequest) request = NULL;
  g_autoptr(TicketsTicket) ticket = NULL;
  g_autofree char *before = NULL;
  g_autofree char *first_name = NULL;
  gint64 deadline = tickets_test_deadline (10);

  tickets_session_set_auth (fixture->session, auth);
  tickets_store_load_personalization_request_async (fixture->store, TICKETS_TEST_RQ_PENDING, auth, NULL,
                                                    on_request_loaded, &request);
  while (request == NULL)
    tickets_test_iterate (deadline);

  ticket = g_list_model_get_item (tickets_personalization_request_get_tickets (request), 0);
  g_assert_nonnull (ticket);
  tickets_naming_flow_open (fixture->flow, ticket, TICKETS_RESOURCE (request));
  g_assert_true (tickets_personalization_form_view_get_ticket (fixture->form) == ticket);

  before = dup_typed (fixture, "first-name");
  gtk_widget_activate_action (GTK_WIDGET (fixture->form), "form.copy-buyer", NULL);
  first_name = dup_typed (fixture, "first-name");
  g_assert_cmpstr (first_name, ==, before);
}

/* Naming several, done: how many, in words, one or more. */
static void
test_batch_done (Fixture       *fixture,
                 gconstpointer  data)
{
  g_signal_emit_by_name (fixture->batch_view, "done", 1);
  g_signal_emit_by_name (fixture->batch_view, "done", 3);
  g_assert_cmpuint (fixture->toasts->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (fixture->toasts, 0), ==, "1 ticket personalized");
  g_assert_cmpstr (g_ptr_array_index (fixture->toasts, 1), ==, "3 tickets personalized");
}

int
main (int   argc,
      char *argv[])
{
  if (!tickets_test_views_init (&argc, &argv))
    return g_test_run ();

  g_test_add ("/naming-flow/open/order", Fixture, NULL, fixture_set_up, test_open_order, fixture_tear_down);
  g_test_add ("/naming-flow/open/request", Fixture, NULL, fixture_set_up, test_open_request, fixture_tear_down);
  g_test_add ("/naming-flow/batch-done", Fixture, NULL, fixture_set_up, test_batch_done, fixture_tear_down);

  return tickets_test_run_with_sandbox (&sandbox);
}
