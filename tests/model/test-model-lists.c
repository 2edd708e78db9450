/* test-model-lists.c: the ticket lists of orders, personalizations and
 * personalization requests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-event.h"
#include "tickets-order.h"
#include "tickets-personalization.h"
#include "tickets-personalization-request.h"

#include "model-test-utils.h"

typedef struct
{
  guint n_emissions;
  guint position;
  guint removed;
  guint added;
} ItemsChangedLog;

static void
on_items_changed (GListModel      *model,
                  guint            position,
                  guint            removed,
                  guint            added,
                  ItemsChangedLog *log)
{
  log->n_emissions++;
  log->position = position;
  log->removed = removed;
  log->added = added;
}

static GPtrArray *
new_array (TicketsTicket *first,
           ...)
{
  GPtrArray *array = g_ptr_array_new ();
  va_list args;

  va_start (args, first);
  for (TicketsTicket *ticket = first; ticket != NULL; ticket = va_arg (args, TicketsTicket *))
    g_ptr_array_add (array, ticket);
  va_end (args);

  return array;
}

static void
assert_tickets (GListModel    *model,
                TicketsTicket *first,
                ...)
{
  va_list args;
  guint i = 0;

  va_start (args, first);
  for (TicketsTicket *ticket = first; ticket != NULL; ticket = va_arg (args, TicketsTicket *), i++)
    {
      g_autoptr(TicketsTicket) item = g_list_model_get_item (model, i);

      g_assert_true (item == ticket);
    }
  va_end (args);

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, i);
}

static void
test_order_set_tickets (void)
{
  g_autoptr(TicketsOrder) order = tickets_order_new ("o");
  g_autoptr(TicketsTicket) a = tickets_ticket_new ("a");
  g_autoptr(TicketsTicket) b = tickets_ticket_new ("b");
  g_autoptr(TicketsTicket) c = tickets_ticket_new ("c");
  g_autoptr(GPtrArray) ab = new_array (a, b, NULL);
  g_autoptr(GPtrArray) ab_again = new_array (a, b, NULL);
  g_autoptr(GPtrArray) ba = new_array (b, a, NULL);
  g_autoptr(GPtrArray) bac = new_array (b, a, c, NULL);
  g_autoptr(GPtrArray) empty = g_ptr_array_new ();
  GListModel *tickets = tickets_order_get_tickets (order);
  GListModel *property = NULL;
  ItemsChangedLog log = { 0 };
  NotifyLog notify_log;

  g_assert_true (g_list_model_get_item_type (tickets) == TICKETS_TYPE_TICKET);
  g_assert_cmpuint (g_list_model_get_n_items (tickets), ==, 0);
  g_assert_false (tickets_resource_is_present (TICKETS_RESOURCE (order), "tickets"));
  g_object_get (order, "tickets", &property, NULL);
  g_assert_true (property == tickets);
  g_clear_object (&property);

  g_signal_connect (tickets, "items-changed", G_CALLBACK (on_items_changed), &log);
  notify_log_init (&notify_log, order);

  tickets_order_set_tickets (order, ab);
  g_assert_cmpuint (log.n_emissions, ==, 1);
  g_assert_cmpuint (log.position, ==, 0);
  g_assert_cmpuint (log.removed, ==, 0);
  g_assert_cmpuint (log.added, ==, 2);
  assert_tickets (tickets, a, b, NULL);
  g_assert_true (tickets_resource_is_present (TICKETS_RESOURCE (order), "tickets"));

  /* The same sequence in another array: nothing happens. */
  tickets_order_set_tickets (order, ab_again);
  g_assert_cmpuint (log.n_emissions, ==, 1);

  tickets_order_set_tickets (order, ba);
  g_assert_cmpuint (log.n_emissions, ==, 2);
  g_assert_cmpuint (log.removed, ==, 2);
  g_assert_cmpuint (log.added, ==, 2);
  assert_tickets (tickets, b, a, NULL);

  tickets_order_set_tickets (order, bac);
  g_assert_cmpuint (log.n_emissions, ==, 3);
  g_assert_cmpuint (log.added, ==, 3);
  assert_tickets (tickets, b, a, c, NULL);

  tickets_order_set_tickets (order, empty);
  g_assert_cmpuint (log.n_emissions, ==, 4);
  g_assert_cmpuint (log.removed, ==, 3);
  g_assert_cmpuint (log.added, ==, 0);
  tickets_order_set_tickets (order, NULL);
  g_assert_cmpuint (log.n_emissions, ==, 4);

  /* The list is the same object throughout: no "tickets" notification. */
  g_assert_true (tickets_order_get_tickets (order) == tickets);
  g_assert_cmpuint (notify_log.total, ==, 0);

  tickets_order_set_tickets (order, ab);
  notify_log_clear (&notify_log);
  g_signal_handlers_disconnect_by_data (tickets, &log);
  g_assert_finalize_object (g_steal_pointer (&order));
  g_assert_finalize_object (g_steal_pointer (&a));
  g_assert_finalize_object (g_steal_pointer (&b));
  g_assert_finalize_object (g_steal_pointer (&c));
}

static void
test_order_merge (void)
{
  g_autoptr(TicketsOrder) canonical = tickets_order_new ("o");
  g_autoptr(TicketsOrder) fresh = tickets_order_new ("o");
  g_autoptr(TicketsOrder) without_tickets = tickets_order_new ("o");
  g_autoptr(TicketsTicket) a = tickets_ticket_new ("a");
  g_autoptr(TicketsTicket) b = tickets_ticket_new ("b");
  g_autoptr(TicketsTicket) c = tickets_ticket_new ("c");
  g_autoptr(GPtrArray) ab = new_array (a, b, NULL);
  g_autoptr(GPtrArray) abc = new_array (a, b, c, NULL);
  g_autoptr(TicketsAmount) total = tickets_amount_new ("EUR", 2000, 2);
  GListModel *tickets = tickets_order_get_tickets (canonical);
  ItemsChangedLog log = { 0 };
  NotifyLog notify_log;

  tickets_order_set_tickets (canonical, ab);
  tickets_order_set_status (canonical, "new");
  tickets_order_set_tickets (fresh, abc);
  tickets_order_set_status (fresh, "paid");
  tickets_order_set_grand_total (fresh, total);
  tickets_order_set_reference (without_tickets, "ABC-123");

  g_signal_connect (tickets, "items-changed", G_CALLBACK (on_items_changed), &log);
  notify_log_init (&notify_log, canonical);

  tickets_resource_merge (TICKETS_RESOURCE (canonical), TICKETS_RESOURCE (fresh));
  g_assert_cmpuint (log.n_emissions, ==, 1);
  assert_tickets (tickets, a, b, c, NULL);
  g_assert_true (tickets_order_get_tickets (canonical) == tickets);
  g_assert_cmpstr (tickets_order_get_status (canonical), ==, "paid");
  g_assert_true (tickets_order_get_grand_total (canonical) == total);
  g_assert_cmpuint (notify_log_count (&notify_log, "status"), ==, 1);
  g_assert_cmpuint (notify_log_count (&notify_log, "grand-total"), ==, 1);
  g_assert_cmpuint (notify_log.total, ==, 2);

  /* Again: nothing changes. */
  tickets_resource_merge (TICKETS_RESOURCE (canonical), TICKETS_RESOURCE (fresh));
  g_assert_cmpuint (log.n_emissions, ==, 1);
  g_assert_cmpuint (notify_log.total, ==, 2);

  /* A representation without tickets keeps the list as it is. */
  tickets_resource_merge (TICKETS_RESOURCE (canonical), TICKETS_RESOURCE (without_tickets));
  g_assert_cmpuint (log.n_emissions, ==, 1);
  assert_tickets (tickets, a, b, c, NULL);
  g_assert_cmpstr (tickets_order_get_reference (canonical), ==, "ABC-123");
  g_assert_cmpstr (tickets_order_get_status (canonical), ==, "paid");

  notify_log_clear (&notify_log);
  g_signal_handlers_disconnect_by_data (tickets, &log);
  g_assert_finalize_object (g_steal_pointer (&fresh));
  g_assert_finalize_object (g_steal_pointer (&without_tickets));
  g_assert_finalize_object (g_steal_pointer (&canonical));
  g_assert_finalize_object (g_steal_pointer (&a));
  g_assert_finalize_object (g_steal_pointer (&b));
  g_assert_finalize_object (g_steal_pointer (&c));
  g_assert_finalize_object (g_steal_pointer (&total));
}

static TicketsTicket *
new_ticket (const char *uid,
            const char *status,
            gboolean    needs_personalization,
            gboolean    personalized,
            GDateTime  *end)
{
  TicketsTicket *ticket = tickets_ticket_new (uid);

  tickets_ticket_set_status (ticket, status);
  tickets_ticket_set_needs_personalization (ticket, needs_personalization);
  tickets_ticket_set_personalized (ticket, personalized);
  tickets_ticket_set_personalization_end (ticket, end);

  return ticket;
}

static void
test_order_count (void)
{
  g_autoptr(GDateTime) now = utc (2024, 3, 1, 12, 0, 0);
  g_autoptr(GDateTime) end = utc (2024, 3, 1, 13, 0, 0);
  g_autoptr(GDateTime) later = utc (2024, 3, 1, 13, 0, 1);
  g_autoptr(TicketsOrder) order = tickets_order_new ("o");
  g_autoptr(GPtrArray) tickets = g_ptr_array_new_with_free_func (g_object_unref);

  g_assert_cmpuint (tickets_order_count_needing_personalization (order, NULL), ==, 0);

  g_ptr_array_add (tickets, new_ticket ("needed", "valid", TRUE, FALSE, end));
  g_ptr_array_add (tickets, new_ticket ("needed-too", "valid", TRUE, FALSE, NULL));
  g_ptr_array_add (tickets, new_ticket ("done", "valid", TRUE, TRUE, end));
  g_ptr_array_add (tickets, new_ticket ("not-required", "valid", FALSE, FALSE, end));
  g_ptr_array_add (tickets, new_ticket ("invalid", "invalid", TRUE, FALSE, end));
  tickets_order_set_tickets (order, tickets);

  g_assert_cmpuint (tickets_order_count_needing_personalization (order, now), ==, 2);
  g_assert_cmpuint (tickets_order_count_needing_personalization (order, end), ==, 2);
  g_assert_cmpuint (tickets_order_count_needing_personalization (order, later), ==, 1);
  /* The window without an end stays open today too. */
  g_assert_cmpuint (tickets_order_count_needing_personalization (order, NULL), ==, 1);

  g_clear_pointer (&tickets, g_ptr_array_unref);
  g_assert_finalize_object (g_steal_pointer (&order));
}

static void
test_personalization (void)
{
  g_autoptr(TicketsPersonalization) canonical = tickets_personalization_new ("p");
  g_autoptr(TicketsPersonalization) fresh = tickets_personalization_new ("p");
  g_autoptr(TicketsTicket) a = tickets_ticket_new ("a");
  g_autoptr(TicketsTicket) b = tickets_ticket_new ("b");
  g_autoptr(GPtrArray) ab = new_array (a, b, NULL);
  g_autoptr(GPtrArray) a_only = new_array (a, NULL);
  g_autoptr(TicketsConsumer) consumer = tickets_consumer_new ();
  g_autoptr(TicketsConsumer) same_consumer = tickets_consumer_new ();
  GListModel *tickets = tickets_personalization_get_tickets (canonical);
  GListModel *property = NULL;
  ItemsChangedLog log = { 0 };
  NotifyLog notify_log;

  tickets_consumer_set_first_name (consumer, "Larry");
  tickets_consumer_set_first_name (same_consumer, "Larry");

  g_object_get (canonical, "tickets", &property, NULL);
  g_assert_true (property == tickets);
  g_clear_object (&property);

  g_signal_connect (tickets, "items-changed", G_CALLBACK (on_items_changed), &log);
  notify_log_init (&notify_log, canonical);

  tickets_personalization_set_tickets (canonical, ab);
  tickets_personalization_set_tickets (canonical, ab);
  g_assert_cmpuint (log.n_emissions, ==, 1);
  assert_tickets (tickets, a, b, NULL);
  tickets_personalization_set_consumer (canonical, consumer);
  g_assert_cmpuint (notify_log_count (&notify_log, "consumer"), ==, 1);

  tickets_personalization_set_tickets (fresh, a_only);
  tickets_personalization_set_consumer (fresh, same_consumer);
  tickets_resource_merge (TICKETS_RESOURCE (canonical), TICKETS_RESOURCE (fresh));
  g_assert_cmpuint (log.n_emissions, ==, 2);
  g_assert_cmpuint (log.removed, ==, 2);
  g_assert_cmpuint (log.added, ==, 1);
  assert_tickets (tickets, a, NULL);
  g_assert_cmpuint (notify_log_count (&notify_log, "consumer"), ==, 1);
  g_assert_true (tickets_personalization_get_consumer (canonical) == consumer);

  notify_log_clear (&notify_log);
  g_signal_handlers_disconnect_by_data (tickets, &log);
  g_assert_finalize_object (g_steal_pointer (&fresh));
  g_assert_finalize_object (g_steal_pointer (&canonical));
  g_assert_finalize_object (g_steal_pointer (&a));
  g_assert_finalize_object (g_steal_pointer (&b));
  g_assert_finalize_object (g_steal_pointer (&consumer));
  g_assert_finalize_object (g_steal_pointer (&same_consumer));
}

/* The three resources that hold tickets, each through its own API: the
 * merge of their lists is one rule, in TicketsResource. */
typedef gpointer    (*NewHolderFunc)  (const char *uid);
typedef GListModel *(*GetTicketsFunc) (gpointer    holder);
typedef void        (*SetTicketsFunc) (gpointer    holder,
                                       GPtrArray  *tickets);

typedef struct
{
  NewHolderFunc  new_holder;
  GetTicketsFunc get_tickets;
  SetTicketsFunc set_tickets;
} Holder;

static const Holder order_holder = {
  (NewHolderFunc) tickets_order_new,
  (GetTicketsFunc) tickets_order_get_tickets,
  (SetTicketsFunc) tickets_order_set_tickets,
};

static const Holder personalization_holder = {
  (NewHolderFunc) tickets_personalization_new,
  (GetTicketsFunc) tickets_personalization_get_tickets,
  (SetTicketsFunc) tickets_personalization_set_tickets,
};

static const Holder request_holder = {
  (NewHolderFunc) tickets_personalization_request_new,
  (GetTicketsFunc) tickets_personalization_request_get_tickets,
  (SetTicketsFunc) tickets_personalization_request_set_tickets,
};

/* A ticket as one answer from the server gives it: each answer parses
 * into new objects. */
static TicketsTicket *
new_server_ticket (const char *uid,
                   const char *status)
{
  TicketsTicket *ticket = tickets_ticket_new (uid);

  tickets_ticket_set_status (ticket, status);
  tickets_ticket_set_code (ticket, uid);

  return ticket;
}

static gpointer
new_holder_with (const Holder *holder,
                 GPtrArray    *tickets)
{
  gpointer resource = holder->new_holder ("h");

  holder->set_tickets (resource, tickets);

  return resource;
}

static void
test_merge_ticket_list (gconstpointer data)
{
  const Holder *holder = data;
  g_autoptr(TicketsResource) canonical = holder->new_holder ("h");
  g_autoptr(TicketsTicket) a = new_server_ticket ("a", "valid");
  g_autoptr(TicketsTicket) b = new_server_ticket ("b", "valid");
  g_autoptr(TicketsTicket) c = new_server_ticket ("c", "valid");
  g_autoptr(TicketsConsumer) draft = tickets_consumer_new ();
  g_autoptr(GPtrArray) abc = new_array (a, b, c, NULL);
  g_autoptr(GPtrArray) reload = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) reload_again = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) empty = g_ptr_array_new ();
  g_autoptr(TicketsResource) fresh = NULL;
  g_autoptr(TicketsResource) fresh_again = NULL;
  g_autoptr(TicketsResource) without_tickets = holder->new_holder ("h");
  g_autoptr(TicketsResource) emptied = NULL;
  GListModel *tickets = holder->get_tickets (canonical);
  TicketsTicket *d;
  ItemsChangedLog log = { 0 };
  NotifyLog a_log;
  NotifyLog c_log;

  holder->set_tickets (canonical, abc);
  tickets_consumer_set_first_name (draft, "Larry");
  tickets_ticket_set_draft (a, draft);

  /* The server now lists c and a the other way round, a as invalid, no
   * longer b, and a new d; in new objects, as a parser makes them. */
  g_ptr_array_add (reload, new_server_ticket ("c", "valid"));
  g_ptr_array_add (reload, new_server_ticket ("a", "invalid"));
  g_ptr_array_add (reload, new_server_ticket ("d", "valid"));
  fresh = new_holder_with (holder, reload);
  d = g_ptr_array_index (reload, 2);

  g_signal_connect (tickets, "items-changed", G_CALLBACK (on_items_changed), &log);
  notify_log_init (&a_log, a);
  notify_log_init (&c_log, c);

  tickets_resource_merge (canonical, fresh);

  /* One change of the list, in the server's order; the same objects for
   * the same uids, updated, with what only this app knew of them... */
  g_assert_cmpuint (log.n_emissions, ==, 1);
  assert_tickets (tickets, c, a, d, NULL);
  g_assert_true (holder->get_tickets (canonical) == tickets);
  g_assert_cmpstr (tickets_ticket_get_status (a), ==, "invalid");
  g_assert_cmpuint (notify_log_count (&a_log, "status"), ==, 1);
  g_assert_true (tickets_ticket_get_draft (a) == draft);
  g_assert_cmpuint (c_log.total, ==, 0);
  /* ...and the merge leaves the fresh representation as it was. */
  assert_tickets (holder->get_tickets (fresh),
                  g_ptr_array_index (reload, 0), g_ptr_array_index (reload, 1), d, NULL);

  /* The same answer again, in new objects: nothing anyone sees changes. */
  g_ptr_array_add (reload_again, new_server_ticket ("c", "valid"));
  g_ptr_array_add (reload_again, new_server_ticket ("a", "invalid"));
  g_ptr_array_add (reload_again, new_server_ticket ("d", "valid"));
  fresh_again = new_holder_with (holder, reload_again);
  notify_log_reset (&a_log);
  tickets_resource_merge (canonical, fresh_again);
  g_assert_cmpuint (log.n_emissions, ==, 1);
  assert_tickets (tickets, c, a, d, NULL);
  g_assert_cmpuint (a_log.total, ==, 0);
  g_assert_cmpuint (c_log.total, ==, 0);

  /* An answer that does not carry the tickets keeps the list. */
  tickets_resource_merge (canonical, without_tickets);
  g_assert_cmpuint (log.n_emissions, ==, 1);
  assert_tickets (tickets, c, a, d, NULL);

  /* One that carries none empties it. */
  emptied = new_holder_with (holder, empty);
  tickets_resource_merge (canonical, emptied);
  g_assert_cmpuint (log.n_emissions, ==, 2);
  g_assert_cmpuint (log.removed, ==, 3);
  g_assert_cmpuint (log.added, ==, 0);

  notify_log_clear (&a_log);
  notify_log_clear (&c_log);
  g_signal_handlers_disconnect_by_data (tickets, &log);
}

/* Only the resources that hold tickets have a list. */
static void
test_ticket_list_holders (void)
{
  g_autoptr(TicketsOrder) order = tickets_order_new ("o");
  g_autoptr(TicketsPersonalization) personalization = tickets_personalization_new ("p");
  g_autoptr(TicketsPersonalizationRequest) request = tickets_personalization_request_new ("r");
  g_autoptr(TicketsTicket) ticket = tickets_ticket_new ("t");
  g_autoptr(TicketsEvent) event = tickets_event_new ("e");

  g_assert_true (tickets_resource_get_ticket_list (TICKETS_RESOURCE (order)) == tickets_order_get_tickets (order));
  g_assert_true (tickets_resource_get_ticket_list (TICKETS_RESOURCE (personalization)) ==
                 tickets_personalization_get_tickets (personalization));
  g_assert_true (tickets_resource_get_ticket_list (TICKETS_RESOURCE (request)) ==
                 tickets_personalization_request_get_tickets (request));
  g_assert_null (tickets_resource_get_ticket_list (TICKETS_RESOURCE (ticket)));
  g_assert_null (tickets_resource_get_ticket_list (TICKETS_RESOURCE (event)));

  g_assert_false (tickets_resource_is_present (TICKETS_RESOURCE (request), "tickets"));
  tickets_resource_set_ticket_list (TICKETS_RESOURCE (request), NULL);
  g_assert_true (tickets_resource_is_present (TICKETS_RESOURCE (request), "tickets"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/lists/order-set-tickets", test_order_set_tickets);
  g_test_add_func ("/model/lists/order-merge", test_order_merge);
  g_test_add_func ("/model/lists/order-count", test_order_count);
  g_test_add_func ("/model/lists/personalization", test_personalization);
  g_test_add_data_func ("/model/lists/merge/order", &order_holder, test_merge_ticket_list);
  g_test_add_data_func ("/model/lists/merge/personalization", &personalization_holder, test_merge_ticket_list);
  g_test_add_data_func ("/model/lists/merge/personalization-request", &request_holder, test_merge_ticket_list);
  g_test_add_func ("/model/lists/holders", test_ticket_list_holders);

  return g_test_run ();
}
