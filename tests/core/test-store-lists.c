/* test-store-lists.c: the store's side of the ticket lists: the tickets an
 * order, a personalization or a request carries are the store's
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-client.h"
#include "tickets-store-private.h"

/* What a parser makes of one answer: new objects each time. */
static TicketsTicket *
new_server_ticket (const char *uid,
                   const char *status)
{
  TicketsTicket *ticket = tickets_ticket_new (uid);

  tickets_ticket_set_status (ticket, status);

  return ticket;
}

static GPtrArray *
new_tickets (const char *first_uid,
             ...)
{
  GPtrArray *tickets = g_ptr_array_new_with_free_func (g_object_unref);
  va_list args;

  va_start (args, first_uid);
  for (const char *uid = first_uid; uid != NULL; uid = va_arg (args, const char *))
    g_ptr_array_add (tickets, new_server_ticket (uid, va_arg (args, const char *)));
  va_end (args);

  return tickets;
}

static TicketsOrder *
new_order (GPtrArray *tickets)
{
  TicketsOrder *order = tickets_order_new ("o");

  tickets_order_set_tickets (order, tickets);

  return order;
}

static TicketsTicket *
get_ticket (GListModel *model,
            guint       position)
{
  g_autoptr(TicketsTicket) ticket = g_list_model_get_item (model, position);

  return ticket;
}

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *n_emissions)
{
  (*n_emissions)++;
}

static void
test_ticket_lists (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TicketsClient) client = tickets_client_new ("https://shop.example/api/", &error);
  g_autoptr(TicketsStore) store = NULL;
  g_autoptr(GPtrArray) first = new_tickets ("a", "valid", "b", "valid", "c", "valid", NULL);
  g_autoptr(GPtrArray) second = new_tickets ("c", "valid", "a", "invalid", NULL);
  g_autoptr(GPtrArray) third = new_tickets ("c", "valid", "a", "invalid", NULL);
  g_autoptr(GPtrArray) named = new_tickets ("b", "valid", NULL);
  g_autoptr(GPtrArray) asked = new_tickets ("c", "valid", "a", "invalid", NULL);
  g_autoptr(TicketsOrder) fresh = new_order (first);
  g_autoptr(TicketsOrder) reloaded = new_order (second);
  g_autoptr(TicketsOrder) reloaded_again = new_order (third);
  g_autoptr(TicketsPersonalization) personalization = tickets_personalization_new ("p");
  g_autoptr(TicketsPersonalizationRequest) request = tickets_personalization_request_new ("r");
  g_autoptr(TicketsConsumer) draft = tickets_consumer_new ();
  TicketsOrder *order;
  TicketsTicket *a, *b, *c;
  GListModel *tickets;
  guint n_emissions = 0;

  g_assert_no_error (error);
  store = tickets_store_new (client);

  /* The first of its uid: the order and its tickets become the store's. */
  order = tickets_store_adopt_order (store, fresh);
  tickets = tickets_order_get_tickets (order);
  a = get_ticket (tickets, 0);
  b = get_ticket (tickets, 1);
  c = get_ticket (tickets, 2);
  g_assert_true (tickets_store_lookup_ticket (store, "a") == a);
  g_assert_true (tickets_store_lookup_ticket (store, "b") == b);
  g_assert_true (tickets_store_lookup_ticket (store, "c") == c);
  tickets_ticket_set_draft (a, draft);
  g_signal_connect (tickets, "items-changed", G_CALLBACK (on_items_changed), &n_emissions);

  /* A personalization and a request hold the same objects. */
  tickets_personalization_set_tickets (personalization, named);
  g_assert_true (tickets_store_adopt_personalization (store, personalization) == personalization);
  g_assert_cmpuint (g_list_model_get_n_items (tickets_personalization_get_tickets (personalization)), ==, 1);
  g_assert_true (get_ticket (tickets_personalization_get_tickets (personalization), 0) == b);

  tickets_personalization_request_set_tickets (request, asked);
  g_assert_true (tickets_store_adopt_request (store, request) == request);
  g_assert_true (get_ticket (tickets_personalization_request_get_tickets (request), 0) == c);
  g_assert_true (get_ticket (tickets_personalization_request_get_tickets (request), 1) == a);
  g_assert_cmpstr (tickets_ticket_get_status (a), ==, "invalid");
  g_assert_true (tickets_ticket_get_draft (a) == draft);

  /* The order again, in the server's new order and without b: the same
   * order and tickets, b gone from its list but still the store's. */
  g_assert_true (tickets_store_adopt_order (store, reloaded) == order);
  g_assert_cmpuint (n_emissions, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (tickets), ==, 2);
  g_assert_true (get_ticket (tickets, 0) == c);
  g_assert_true (get_ticket (tickets, 1) == a);
  g_assert_true (tickets_store_lookup_ticket (store, "b") == b);

  /* And once more unchanged: the list does not move. */
  g_assert_true (tickets_store_adopt_order (store, reloaded_again) == order);
  g_assert_cmpuint (n_emissions, ==, 1);

  g_signal_handlers_disconnect_by_data (tickets, &n_emissions);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store/ticket-lists", test_ticket_lists);

  return g_test_run ();
}
