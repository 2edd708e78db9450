/* test-store.c: the store's loads against the sandbox, over HTTP on loopback:
 * one object for each resource, however it was reached, and what a failed
 * or abandoned load leaves
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "tickets-error.h"

#include "store-test-utils.h"

static TicketsTicket *
find_ticket (Fixture     *fixture,
             const char  *code,
             const char  *event,
             TicketsAuth *auth,
             GError     **error)
{
  tickets_store_find_ticket_async (fixture->store, code, event, auth, NULL, on_done, fixture);
  return finish_call (fixture, (FinishFunc) tickets_store_find_ticket_finish, error);
}

static void
test_load_order (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(TicketsAuth) auth = order_token ("demo-order-token");
  g_autoptr(GHashTable) store_counts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  g_autoptr(TicketsOrder) order = NULL;
  g_autofree char *total = NULL;
  GListModel *tickets;
  TicketsEvent *event = NULL;
  const char * const english[] = { "en", NULL };

  g_signal_connect (fixture->store, "notify", G_CALLBACK (count_notify), store_counts);

  order = load_order (fixture, TICKETS_TEST_OR_DEMO, auth, &error);
  g_assert_no_error (error);
  g_assert_true (order == tickets_store_lookup_order (fixture->store, TICKETS_TEST_OR_DEMO));
  g_assert_cmpstr (tickets_order_get_reference (order), ==, "DEMO-0001");
  g_assert_cmpstr (tickets_order_get_status (order), ==, "paid");
  g_assert_cmpstr (tickets_consumer_get_first_name (tickets_order_get_consumer (order)), ==, "Anna");
  total = tickets_amount_to_string (tickets_order_get_grand_total (order));
  g_assert_cmpstr (total, ==, "342.29");

  tickets = tickets_order_get_tickets (order);
  g_assert_cmpuint (g_list_model_get_n_items (tickets), ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(TicketsTicket) ticket = g_list_model_get_item (tickets, i);

      /* Every ticket of the order shares the one event object. */
      if (event == NULL)
        event = tickets_ticket_get_event (ticket);
      g_assert_nonnull (event);
      g_assert_true (tickets_ticket_get_event (ticket) == event);
      g_assert_nonnull (tickets_ticket_get_product (ticket));
      g_assert_true (tickets_ticket_get_product (ticket) ==
                     tickets_store_lookup_product (fixture->store,
                                                   tickets_resource_get_uid (TICKETS_RESOURCE (tickets_ticket_get_product (ticket)))));
    }
  g_assert_true (event == tickets_store_lookup_event (fixture->store, TICKETS_TEST_EV_OPEN));
  g_assert_cmpstr (tickets_i18n_text_get_best_for (tickets_event_get_title (event), english), ==, "Summer Sounds Festival");

  g_assert_cmpstr (tickets_ticket_get_code (order_ticket (order, TICKETS_TEST_TK_DEMO_1)), ==, TICKETS_TEST_CODE_DEMO_1);
  g_assert_true (tickets_ticket_get_personalized (order_ticket (order, TICKETS_TEST_TK_DEMO_ANNA)));
  g_assert_cmpint (tickets_ticket_get_personalization_state (order_ticket (order, TICKETS_TEST_TK_DEMO_1), NULL),
                   ==, TICKETS_PERSONALIZATION_STATE_NEEDED);

  /* Loading went on, then off; no error. */
  g_assert_cmpuint (count_of (store_counts, "loading"), ==, 2);
  g_assert_cmpuint (count_of (store_counts, "error"), ==, 0);
  g_assert_false (tickets_store_get_loading (fixture->store));
  g_signal_handlers_disconnect_by_data (fixture->store, store_counts);
}

/* One ticket through its order, its barcode and its uid is one object; a
 * binding to it sees each real change once, and reloads that change nothing
 * notify nothing. */
static void
test_identity (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(TicketsAuth) auth = order_token ("demo-order-token");
  g_autoptr(TicketsAuth) basic = boxoffice ();
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  g_autoptr(TicketsOrder) order = NULL;
  g_autoptr(TicketsOrder) reloaded = NULL;
  g_autoptr(TicketsTicket) by_uid = NULL;
  g_autoptr(TicketsTicket) by_code = NULL;
  g_autoptr(TicketsConsumer) holder = new_holder ("Maria", "maria.jansen@example.org");
  g_autoptr(TicketsPersonalization) personalization = NULL;
  g_autoptr(GSimpleAction) view = g_simple_action_new ("download-eticket", NULL);
  TicketsTicket *ticket;

  order = load_order (fixture, TICKETS_TEST_OR_DEMO, auth, &error);
  g_assert_no_error (error);
  ticket = order_ticket (order, TICKETS_TEST_TK_DEMO_1);
  g_assert_nonnull (ticket);

  /* A view: a button enabled once the ticket has a name. */
  g_simple_action_set_enabled (view, TRUE);
  g_object_bind_property (ticket, "personalized", view, "enabled", G_BINDING_SYNC_CREATE);
  g_assert_false (g_action_get_enabled (G_ACTION (view)));
  g_signal_connect (ticket, "notify", G_CALLBACK (count_notify), counts);

  by_uid = load_ticket (fixture, TICKETS_TEST_TK_DEMO_1, basic, &error);
  g_assert_no_error (error);
  g_assert_true (by_uid == ticket);

  by_code = find_ticket (fixture, TICKETS_TEST_CODE_DEMO_1, TICKETS_TEST_EV_OPEN, basic, &error);
  g_assert_no_error (error);
  g_assert_true (by_code == ticket);

  reloaded = load_order (fixture, TICKETS_TEST_OR_DEMO, auth, &error);
  g_assert_no_error (error);
  g_assert_true (reloaded == order);
  g_assert_true (order_ticket (reloaded, TICKETS_TEST_TK_DEMO_1) == ticket);

  for (GHashTableIter iter = { 0 }; count_all (counts) > 0; )
    {
      const char *name;

      g_hash_table_iter_init (&iter, counts);
      while (g_hash_table_iter_next (&iter, (gpointer *) &name, NULL))
        g_test_message ("unexpected notify::%s", name);
      g_assert_cmpuint (count_all (counts), ==, 0);
    }

  personalization = personalize (fixture, TICKETS_TEST_OR_DEMO, TICKETS_TEST_TK_DEMO_1, holder, auth, &error);
  g_assert_no_error (error);
  g_assert_nonnull (personalization);

  g_assert_true (tickets_ticket_get_personalized (ticket));
  g_assert_cmpstr (tickets_consumer_get_first_name (tickets_ticket_get_consumer (ticket)), ==, "Maria");
  g_assert_true (g_action_get_enabled (G_ACTION (view)));
  g_assert_cmpuint (count_of (counts, "personalized"), ==, 1);
  g_assert_cmpuint (count_of (counts, "consumer"), ==, 1);
  g_assert_cmpuint (count_of (counts, "needs-personalization"), ==, 1);

  /* Seen again three ways: nothing changed, nothing notifies. */
  g_hash_table_remove_all (counts);
  g_clear_object (&by_uid);
  g_clear_object (&by_code);
  g_clear_object (&reloaded);
  by_uid = load_ticket (fixture, TICKETS_TEST_TK_DEMO_1, basic, &error);
  g_assert_no_error (error);
  by_code = find_ticket (fixture, TICKETS_TEST_CODE_DEMO_1, TICKETS_TEST_EV_OPEN, basic, &error);
  g_assert_no_error (error);
  reloaded = load_order (fixture, TICKETS_TEST_OR_DEMO, auth, &error);
  g_assert_no_error (error);
  g_assert_true (by_uid == ticket && by_code == ticket);
  g_assert_cmpuint (count_all (counts), ==, 0);

  g_signal_handlers_disconnect_by_data (ticket, counts);
}

static void
test_auth_failures (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(TicketsAuth) wrong = order_token ("not-a-token");
  g_autoptr(TicketsAuth) other = order_token ("full-order-token");
  g_autoptr(TicketsAuth) right = order_token ("demo-order-token");
  g_autoptr(GError) error = NULL;
  g_autoptr(TicketsOrder) order = NULL;
  const GError *store_error;

  order = load_order (fixture, TICKETS_TEST_OR_DEMO, wrong, &error);
  g_assert_null (order);
  g_assert_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_UNAUTHORIZED);
  g_assert_nonnull (tickets_api_error_get_logref (error));
  g_assert_cmpstr (tickets_api_error_get_error_type (error), ==, "UNAUTHORIZED");
  store_error = tickets_store_get_error (fixture->store);
  g_assert_error (store_error, TICKETS_API_ERROR, TICKETS_API_ERROR_UNAUTHORIZED);
  g_assert_null (tickets_store_lookup_order (fixture->store, TICKETS_TEST_OR_DEMO));
  g_clear_error (&error);

  order = load_order (fixture, TICKETS_TEST_OR_DEMO, other, &error);
  g_assert_null (order);
  g_assert_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_FORBIDDEN);
  g_assert_cmpstr (tickets_api_error_get_error_type (error), ==, "FORBIDDEN");
  g_assert_cmpstr (error->message, ==, tickets_api_error_get_server_message (error));
  g_clear_error (&error);

  /* A success clears the failure views show. */
  order = load_order (fixture, TICKETS_TEST_OR_DEMO, right, &error);
  g_assert_no_error (error);
  g_assert_null (tickets_store_get_error (fixture->store));
}

static void
test_find_not_found (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(TicketsAuth) basic = boxoffice ();
  g_autoptr(TicketsAuth) bearer = tickets_auth_new_token (TICKETS_AUTH_BEARER, "demo-bearer-token");
  g_autoptr(GError) error = NULL;
  g_autoptr(TicketsTicket) ticket = NULL;

  ticket = find_ticket (fixture, "0000000000000", TICKETS_TEST_EV_OPEN, basic, &error);
  g_assert_null (ticket);
  g_assert_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* The right code for the wrong event is no ticket either. */
  ticket = find_ticket (fixture, TICKETS_TEST_CODE_DEMO_1, TICKETS_TEST_EV_FUTURE, basic, &error);
  g_assert_null (ticket);
  g_assert_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Searching by barcode is for server-side credentials only. */
  ticket = find_ticket (fixture, TICKETS_TEST_CODE_DEMO_1, TICKETS_TEST_EV_OPEN, bearer, &error);
  g_assert_null (ticket);
  g_assert_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_FORBIDDEN);
}

/* The friend's view of the order: the request's tickets, and no others. */
static void
test_load_request (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(TicketsAuth) auth = request_token ("demo-request-token");
  g_autoptr(TicketsAuth) buyer = order_token ("full-order-token");
  g_autoptr(TicketsPersonalizationRequest) request = NULL;
  g_autoptr(TicketsPersonalizationRequest) again = NULL;
  g_autoptr(TicketsOrder) order = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *tickets;
  TicketsTicket *first;
  TicketsTicket *second;
  TicketsProduct *product;
  const char * const english[] = { "en", NULL };

  request = load_request (fixture, TICKETS_TEST_RQ_PENDING, auth, &error);
  g_assert_no_error (error);
  g_assert_nonnull (request);
  g_assert_true (request == tickets_store_lookup_personalization_request (fixture->store, TICKETS_TEST_RQ_PENDING));
  g_assert_cmpstr (tickets_personalization_request_get_email (request), ==, "friend@example.org");
  g_assert_cmpstr (tickets_personalization_request_get_state (request), ==, "pending");
  g_assert_true (g_str_has_suffix (tickets_personalization_request_get_order_uri (request), TICKETS_TEST_OR_FULL));

  tickets = tickets_personalization_request_get_tickets (request);
  g_assert_cmpuint (g_list_model_get_n_items (tickets), ==, 2);
  first = request_ticket (request, TICKETS_TEST_TK_FULL_REQUEST_1);
  second = request_ticket (request, TICKETS_TEST_TK_FULL_REQUEST_2);
  g_assert_nonnull (first);
  g_assert_nonnull (second);
  g_assert_null (request_ticket (request, TICKETS_TEST_TK_FULL_FREE));
  g_assert_null (tickets_store_lookup_ticket (fixture->store, TICKETS_TEST_TK_FULL_FREE));

  /* The store's own objects, with their products. */
  g_assert_true (first == tickets_store_lookup_ticket (fixture->store, TICKETS_TEST_TK_FULL_REQUEST_1));
  g_assert_true (second == tickets_store_lookup_ticket (fixture->store, TICKETS_TEST_TK_FULL_REQUEST_2));
  g_assert_cmpint (tickets_ticket_get_personalization_state (first, NULL), ==, TICKETS_PERSONALIZATION_STATE_NEEDED);
  product = tickets_ticket_get_product (first);
  g_assert_nonnull (product);
  g_assert_true (product == tickets_store_lookup_product (fixture->store,
                                                          tickets_resource_get_uid (TICKETS_RESOURCE (product))));
  g_assert_nonnull (tickets_i18n_text_get_best_for (tickets_product_get_name (product), english));

  /* The request embeds no events, and its token may not read them. */
  g_assert_null (tickets_ticket_get_event (first));
  g_assert_nonnull (tickets_ticket_get_event_uri (first));

  /* The buyer's order holds the very same ticket objects, and ties in the event. */
  order = load_order (fixture, TICKETS_TEST_OR_FULL, buyer, &error);
  g_assert_no_error (error);
  g_assert_true (order_ticket (order, TICKETS_TEST_TK_FULL_REQUEST_1) == first);
  g_assert_nonnull (tickets_ticket_get_event (first));

  /* Loading again is the same request, the same tickets, and keeps the event. */
  again = load_request (fixture, tickets_resource_get_href (TICKETS_RESOURCE (request)), auth, &error);
  g_assert_no_error (error);
  g_assert_true (again == request);
  g_assert_true (request_ticket (request, TICKETS_TEST_TK_FULL_REQUEST_1) == first);
  g_assert_nonnull (tickets_ticket_get_event (first));
}

/* Another request's token is refused (403), a made-up one too (401); nothing
 * of the request reaches the store. */
static void
test_load_request_refused (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(TicketsAuth) other = request_token ("completed-request-token");
  g_autoptr(TicketsAuth) wrong = request_token ("not-a-token");
  g_autoptr(TicketsPersonalizationRequest) request = NULL;
  g_autoptr(GError) error = NULL;

  request = load_request (fixture, TICKETS_TEST_RQ_PENDING, other, &error);
  g_assert_null (request);
  g_assert_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_FORBIDDEN);
  g_assert_error (tickets_store_get_error (fixture->store), TICKETS_API_ERROR, TICKETS_API_ERROR_FORBIDDEN);
  g_clear_error (&error);

  request = load_request (fixture, TICKETS_TEST_RQ_PENDING, wrong, &error);
  g_assert_null (request);
  g_assert_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_UNAUTHORIZED);
  g_clear_error (&error);

  g_assert_null (tickets_store_lookup_personalization_request (fixture->store, TICKETS_TEST_RQ_PENDING));
  g_assert_null (tickets_store_lookup_ticket (fixture->store, TICKETS_TEST_TK_FULL_REQUEST_1));

  /* The request's own token still works after that. */
  g_clear_pointer (&other, tickets_auth_unref);
  other = request_token ("demo-request-token");
  request = load_request (fixture, TICKETS_TEST_RQ_PENDING, other, &error);
  g_assert_no_error (error);
  g_assert_null (tickets_store_get_error (fixture->store));
}

static void
test_personalizations (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(TicketsAuth) auth = order_token ("full-order-token");
  g_autoptr(TicketsAuth) bearer = tickets_auth_new_token (TICKETS_AUTH_BEARER, "demo-bearer-token");
  g_autoptr(GListModel) list = NULL;
  g_autoptr(TicketsPersonalization) one = NULL;
  g_autoptr(TicketsPersonalization) first = NULL;
  g_autoptr(TicketsTicket) ticket = NULL;
  g_autoptr(GError) error = NULL;

  tickets_store_load_personalizations_async (fixture->store, TICKETS_TEST_OR_FULL, auth, NULL, on_done, fixture);
  list = finish_call (fixture, (FinishFunc) tickets_store_load_personalizations_finish, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), >=, 1);
  first = g_list_model_get_item (list, 0);
  g_assert_nonnull (tickets_personalization_get_consumer (first));
  g_assert_cmpuint (g_list_model_get_n_items (tickets_personalization_get_tickets (first)), >=, 1);

  tickets_store_load_personalization_async (fixture->store, tickets_resource_get_uid (TICKETS_RESOURCE (first)),
                                            auth, NULL, on_done, fixture);
  one = finish_call (fixture, (FinishFunc) tickets_store_load_personalization_finish, &error);
  g_assert_no_error (error);
  g_assert_true (one == first);

  /* Its tickets are the store's tickets. */
  ticket = g_list_model_get_item (tickets_personalization_get_tickets (one), 0);
  g_assert_true (ticket == tickets_store_lookup_ticket (fixture->store, tickets_resource_get_uid (TICKETS_RESOURCE (ticket))));
  g_assert_true (tickets_ticket_get_personalized (ticket));

  g_clear_object (&one);
  tickets_store_load_personalization_async (fixture->store, TICKETS_TEST_PE_ANNA, bearer, NULL, on_done, fixture);
  one = finish_call (fixture, (FinishFunc) tickets_store_load_personalization_finish, &error);
  g_assert_null (one);
  g_assert_true (g_error_matches (error, TICKETS_API_ERROR, TICKETS_API_ERROR_FORBIDDEN) ||
                 g_error_matches (error, TICKETS_API_ERROR, TICKETS_API_ERROR_UNAUTHORIZED));
}

static void
on_list_notify (GObject    *object,
                GParamSpec *pspec,
                gpointer    user_data)
{
  gboolean *changed = user_data;

  *changed = TRUE;
}

static void
wait_loaded (TicketsPagedList *list)
{
  while (tickets_paged_list_get_loading (list))
    g_main_context_iteration (NULL, TRUE);
}

static void
test_search_consumers (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(TicketsAuth) basic = boxoffice ();
  g_autoptr(TicketsAuth) bearer = tickets_auth_new_token (TICKETS_AUTH_BEARER, "demo-bearer-token");
  g_autoptr(GHashTable) filters = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(TicketsPagedList) all = NULL;
  g_autoptr(TicketsPagedList) some = NULL;
  g_autoptr(TicketsPagedList) refused = NULL;
  gboolean has_more_changed = FALSE;
  guint first_page;

  all = tickets_store_search_consumers (fixture->store, NULL, basic);
  g_assert_true (tickets_paged_list_get_loading (all));
  g_assert_cmpint (tickets_paged_list_get_item_count (all), ==, -1);
  wait_loaded (all);
  g_assert_no_error ((GError *) tickets_paged_list_get_error (all));
  g_assert_cmpint (tickets_paged_list_get_item_count (all), ==, 262);
  first_page = g_list_model_get_n_items (G_LIST_MODEL (all));
  g_assert_cmpuint (first_page, ==, 20);
  g_assert_true (tickets_paged_list_get_has_more (all));
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (all)) == TICKETS_TYPE_CONSUMER);

  /* Lazily: nothing more until asked. */
  g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (all)), ==, first_page);
  tickets_paged_list_load_more (all);
  wait_loaded (all);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (all)), ==, 2 * first_page);

  /* To the last page, where has-more turns off. */
  g_signal_connect (all, "notify::has-more", G_CALLBACK (on_list_notify), &has_more_changed);
  while (tickets_paged_list_get_has_more (all))
    {
      tickets_paged_list_load_more (all);
      wait_loaded (all);
      g_assert_null (tickets_paged_list_get_error (all));
    }
  g_assert_true (has_more_changed);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (all)), ==, 262);

  g_hash_table_insert (filters, (gpointer) "last_name__startswith", (gpointer) "Sm");
  some = tickets_store_search_consumers (fixture->store, filters, basic);
  wait_loaded (some);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (some)), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (some)); i++)
    {
      g_autoptr(TicketsConsumer) consumer = g_list_model_get_item (G_LIST_MODEL (some), i);

      g_assert_true (g_str_has_prefix (tickets_consumer_get_last_name (consumer), "Sm"));
    }

  refused = tickets_store_search_consumers (fixture->store, NULL, bearer);
  wait_loaded (refused);
  g_assert_error ((GError *) tickets_paged_list_get_error (refused), TICKETS_API_ERROR, TICKETS_API_ERROR_FORBIDDEN);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (refused)), ==, 0);

  g_signal_handlers_disconnect_by_data (all, &has_more_changed);
  g_assert_finalize_object (g_steal_pointer (&all));
}

static void
test_my_tickets (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(TicketsAuth) cognito = tickets_auth_new_token (TICKETS_AUTH_COGNITO_TOKEN, "demo-cognito-token");
  g_autoptr(TicketsAuth) wrong = tickets_auth_new_token (TICKETS_AUTH_COGNITO_TOKEN, "expired");
  g_autoptr(TicketsPagedList) mine = NULL;
  g_autoptr(TicketsPagedList) refused = NULL;
  guint n;

  mine = tickets_store_list_my_tickets (fixture->store, cognito);
  wait_loaded (mine);
  g_assert_null (tickets_paged_list_get_error (mine));
  n = g_list_model_get_n_items (G_LIST_MODEL (mine));
  g_assert_cmpuint (n, >, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TicketsTicket) ticket = g_list_model_get_item (G_LIST_MODEL (mine), i);

      g_assert_true (ticket == tickets_store_lookup_ticket (fixture->store, tickets_resource_get_uid (TICKETS_RESOURCE (ticket))));
      g_assert_nonnull (tickets_ticket_get_event (ticket));
      /* Never a ticket of an order this user bought. */
      g_assert_false (g_str_has_suffix (tickets_ticket_get_order_uri (ticket), TICKETS_TEST_OR_DEMO));
    }

  refused = tickets_store_list_my_tickets (fixture->store, wrong);
  wait_loaded (refused);
  g_assert_error ((GError *) tickets_paged_list_get_error (refused), TICKETS_API_ERROR, TICKETS_API_ERROR_UNAUTHORIZED);
}

static void
test_unreachable (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(TicketsClient) client = NULL;
  g_autoptr(TicketsStore) store = NULL;
  g_autoptr(GSocket) socket = NULL;
  g_autoptr(GSocketAddress) address = NULL;
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GError) error = NULL;
  g_autoptr(TicketsOrder) order = NULL;
  g_autofree char *base = NULL;
  guint port;

  /* A port that was just free: nothing listens there. */
  socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP, &error);
  g_assert_no_error (error);
  address = g_inet_socket_address_new (loopback, 0);
  g_socket_bind (socket, address, FALSE, &error);
  g_assert_no_error (error);
  g_clear_object (&address);
  address = g_socket_get_local_address (socket, &error);
  port = g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (address));
  g_socket_close (socket, NULL);

  base = g_strdup_printf ("http://127.0.0.1:%u", port);
  client = tickets_client_new (base, &error);
  g_assert_no_error (error);
  store = tickets_store_new (client);
  /* Refused is worth a retry; two quick ones keep the test short. */
  tickets_client_set_retry_policy (client, 2, 1);

  tickets_store_load_order_async (store, TICKETS_TEST_OR_DEMO, NULL, NULL, on_done, fixture);
  order = tickets_store_load_order_finish (store, wait_result (fixture), &error);
  drop_result (fixture);
  g_assert_null (order);
  g_assert_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_CONNECTION_REFUSED);
  g_assert_error (tickets_store_get_error (store), TICKETS_API_ERROR, TICKETS_API_ERROR_CONNECTION_REFUSED);
  g_assert_false (tickets_store_get_loading (store));
}

static void
test_cancelled (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(TicketsAuth) auth = order_token ("demo-order-token");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(TicketsOrder) order = NULL;
  g_autoptr(GError) error = NULL;

  tickets_store_load_order_async (fixture->store, TICKETS_TEST_OR_DEMO, auth, cancellable, on_done, fixture);
  g_assert_true (tickets_store_get_loading (fixture->store));
  g_cancellable_cancel (cancellable);
  order = finish_call (fixture, (FinishFunc) tickets_store_load_order_finish, &error);
  g_assert_null (order);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  /* Abandoned by its view, not failed: nothing to show. */
  g_assert_null (tickets_store_get_error (fixture->store));
  g_assert_false (tickets_store_get_loading (fixture->store));
}

/* Reconnecting */

/* A load whose first attempts lose their connection still loads, and the
 * store says it is reconnecting meanwhile. */
static void
test_reconnecting (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(TicketsAuth) auth = order_token ("demo-order-token");
  g_autoptr(TicketsOrder) order = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);

  tickets_client_set_retry_policy (fixture->client, 4, 1);
  g_signal_connect (fixture->store, "notify::reconnecting", G_CALLBACK (count_notify), counts);
  tickets_test_sandbox_record (fixture->sandbox);
  tickets_test_sandbox_fail_next (fixture->sandbox, 2, TICKETS_SANDBOX_FAULT_DROP, 0);

  tickets_store_load_order_async (fixture->store, TICKETS_TEST_OR_DEMO, auth, NULL, on_done, fixture);
  order = finish_call (fixture, (FinishFunc) tickets_store_load_order_finish, &error);
  g_assert_no_error (error);
  g_assert_nonnull (order);
  g_assert_no_error (tickets_store_get_error (fixture->store));
  g_assert_cmpuint (tickets_test_sandbox_count (fixture->sandbox, "GET", "/orders/" TICKETS_TEST_OR_DEMO), ==, 3);
  /* On when the first attempt failed, off once the third came through. */
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (counts, "reconnecting")), ==, 2);
  g_assert_false (tickets_store_get_reconnecting (fixture->store));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  ADD_TEST ("/store/order/load", test_load_order);
  ADD_TEST ("/store/identity", test_identity);
  ADD_TEST ("/store/auth-failures", test_auth_failures);
  ADD_TEST ("/store/ticket/find-not-found", test_find_not_found);
  ADD_TEST ("/store/personalization-request/load", test_load_request);
  ADD_TEST ("/store/personalization-request/load-refused", test_load_request_refused);
  ADD_TEST ("/store/personalizations", test_personalizations);
  ADD_TEST ("/store/consumers/search", test_search_consumers);
  ADD_TEST ("/store/my-tickets", test_my_tickets);
  ADD_TEST ("/store/unreachable", test_unreachable);
  ADD_TEST ("/store/cancelled", test_cancelled);
  ADD_TEST ("/store/reconnecting", test_reconnecting);

  return g_test_run ();
}
