/* test-store-cache.c: the store's loads and the cache, against the
 * sandbox: what a load keeps, what a new store shows from it while the
 * server is down, and how the server's answer then replaces it in place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "tickets-error.h"
#include "tickets-store-load-private.h"
#include "store-test-utils.h"

#define SERVER_KEY "test"

typedef struct
{
  Fixture  base;
  char    *dir;
  gint64   before;
} CacheFixture;

static void
cache_set_up (CacheFixture  *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture_set_up (&fixture->base, data);
  /* One attempt: the server being down is the point, not the retries. */
  tickets_client_set_retry_policy (fixture->base.client, 1, 0);
  fixture->dir = g_dir_make_tmp ("test-store-cache-XXXXXX", &error);
  g_assert_no_error (error);
  tickets_store_set_storage (fixture->base.store, SERVER_KEY, fixture->dir, NULL);
  fixture->before = g_get_real_time () / G_USEC_PER_SEC;
}

static void
cache_tear_down (CacheFixture  *fixture,
                 gconstpointer  data)
{
  g_autoptr(GDir) folder = NULL;
  const char *name;

  fixture_tear_down (&fixture->base, data);

  folder = g_dir_open (fixture->dir, 0, NULL);
  while (folder != NULL && (name = g_dir_read_name (folder)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

      g_remove (path);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
}

#define ADD_CACHE_TEST(path, func) \
  g_test_add (path, CacheFixture, NULL, cache_set_up, func, cache_tear_down)

/* The server stops answering (connections refused) and starts again at
 * the same address. */
static void
disconnect (TicketsSandbox *sandbox,
            gpointer        data)
{
  tickets_sandbox_disconnect (sandbox);
}

static void
listen_again (TicketsSandbox *sandbox,
              gpointer        data)
{
  g_autoptr(GError) error = NULL;

  tickets_sandbox_listen (sandbox, NULL, GPOINTER_TO_UINT (data), &error);
  g_assert_no_error (error);
}

static void
server_down (CacheFixture *fixture)
{
  tickets_test_sandbox_call (fixture->base.sandbox, disconnect, NULL);
}

static void
server_up (CacheFixture *fixture)
{
  g_autoptr(GUri) uri = g_uri_parse (tickets_test_sandbox_get_base (fixture->base.sandbox), G_URI_FLAGS_NONE, NULL);

  tickets_test_sandbox_call (fixture->base.sandbox, listen_again, GUINT_TO_POINTER (g_uri_get_port (uri)));
}

/* Another run of the app: a new client and store on the same cache. */
static TicketsStore *
new_store (CacheFixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TicketsClient) client = tickets_client_new (tickets_test_sandbox_get_base (fixture->base.sandbox), &error);
  TicketsStore *store;

  g_assert_no_error (error);
  tickets_client_set_retry_policy (client, 1, 0);
  store = tickets_store_new (client);
  tickets_store_set_storage (store, SERVER_KEY, fixture->dir, NULL);

  return store;
}

/* Waits until nothing is loading any more, then finalizes @store: every
 * object it handed out must be gone by then. */
static void
free_store (TicketsStore *store)
{
  while (tickets_store_get_loading (store))
    g_main_context_iteration (NULL, TRUE);
  g_assert_finalize_object (store);
}

static void
wait_idle (TicketsStore *store)
{
  while (tickets_store_get_loading (store))
    g_main_context_iteration (NULL, TRUE);
}

/* Loads with @store instead of the fixture's. */
#define WITH_STORE(fixture, other, call)               \
  G_STMT_START {                                       \
    TicketsStore *saved = (fixture)->base.store;       \
    (fixture)->base.store = (other);                   \
    call;                                              \
    (fixture)->base.store = saved;                     \
  } G_STMT_END

static void
assert_cached_at (CacheFixture *fixture,
                  gpointer      resource)
{
  gint64 cached_at = tickets_resource_get_cached_at (TICKETS_RESOURCE (resource));

  g_assert_cmpint (cached_at, >=, fixture->before);
  g_assert_cmpint (cached_at, <=, g_get_real_time () / G_USEC_PER_SEC);
}

static GListModel *
load_personalizations (Fixture     *fixture,
                       TicketsAuth *auth,
                       GError     **error)
{
  tickets_store_load_personalizations_async (fixture->store, TICKETS_TEST_OR_FULL, auth, NULL, on_done, fixture);
  return finish_call (fixture, (FinishFunc) tickets_store_load_personalizations_finish, error);
}

static TicketsPersonalization *
load_personalization (Fixture     *fixture,
                      const char  *uid,
                      TicketsAuth *auth,
                      GError     **error)
{
  tickets_store_load_personalization_async (fixture->store, uid, auth, NULL, on_done, fixture);
  return finish_call (fixture, (FinishFunc) tickets_store_load_personalization_finish, error);
}

static void
wait_list (TicketsPagedList *list)
{
  while (tickets_paged_list_get_loading (list))
    g_main_context_iteration (NULL, TRUE);
}

/* Every kind of load the store caches, loaded once from the server, comes
 * back from the cache in a new store while the server is down, marked with
 * when it was fetched. */
static void
test_round_trip (CacheFixture  *fixture,
                 gconstpointer  data)
{
  g_autoptr(TicketsAuth) demo = order_token ("demo-order-token");
  g_autoptr(TicketsAuth) full = order_token ("full-order-token");
  g_autoptr(TicketsAuth) staff = boxoffice ();
  g_autoptr(TicketsAuth) request_auth = request_token ("demo-request-token");
  g_autoptr(TicketsAuth) cognito = tickets_auth_new_token (TICKETS_AUTH_COGNITO_TOKEN, "demo-cognito-token");
  g_autoptr(TicketsOrder) order = NULL;
  g_autoptr(TicketsTicket) ticket = NULL;
  g_autoptr(GListModel) personalizations = NULL;
  g_autoptr(TicketsPersonalization) personalization = NULL;
  g_autoptr(TicketsPersonalizationRequest) request = NULL;
  g_autoptr(TicketsPagedList) mine = NULL;
  g_autoptr(TicketsPagedList) events = NULL;
  g_autoptr(TicketsPersonalization) first = NULL;
  g_autofree char *personalization_uid = NULL;
  g_autoptr(GError) error = NULL;
  TicketsStore *store;
  guint n_mine, n_events, n_personalizations, n_order_tickets;

  order = load_order (&fixture->base, TICKETS_TEST_OR_DEMO, demo, &error);
  g_assert_no_error (error);
  g_assert_cmpint (tickets_resource_get_cached_at (TICKETS_RESOURCE (order)), ==, 0);
  n_order_tickets = g_list_model_get_n_items (tickets_resource_get_ticket_list (TICKETS_RESOURCE (order)));
  ticket = load_ticket (&fixture->base, TICKETS_TEST_TK_DEMO_1, staff, &error);
  g_assert_no_error (error);
  personalizations = load_personalizations (&fixture->base, full, &error);
  g_assert_no_error (error);
  n_personalizations = g_list_model_get_n_items (personalizations);
  g_assert_cmpuint (n_personalizations, >=, 1);
  first = g_list_model_get_item (personalizations, 0);
  personalization_uid = g_strdup (tickets_resource_get_uid (TICKETS_RESOURCE (first)));
  personalization = load_personalization (&fixture->base, personalization_uid, full, &error);
  g_assert_no_error (error);
  request = load_request (&fixture->base, TICKETS_TEST_RQ_PENDING, request_auth, &error);
  g_assert_no_error (error);
  mine = tickets_store_list_my_tickets (fixture->base.store, cognito);
  wait_list (TICKETS_PAGED_LIST (mine));
  n_mine = g_list_model_get_n_items (G_LIST_MODEL (mine));
  g_assert_cmpuint (n_mine, >=, 1);
  events = tickets_store_list_events (fixture->base.store, NULL, staff);
  wait_list (TICKETS_PAGED_LIST (events));
  n_events = g_list_model_get_n_items (G_LIST_MODEL (events));
  g_assert_cmpuint (n_events, >=, 1);
  g_clear_object (&order);
  g_clear_object (&ticket);
  g_clear_object (&personalizations);
  g_clear_object (&personalization);
  g_clear_object (&first);
  g_clear_object (&request);
  g_clear_object (&mine);
  g_clear_object (&events);

  server_down (fixture);
  store = new_store (fixture);

  WITH_STORE (fixture, store, order = load_order (&fixture->base, TICKETS_TEST_OR_DEMO, demo, &error));
  g_assert_no_error (error);
  assert_cached_at (fixture, order);
  g_assert_cmpstr (tickets_resource_get_uid (TICKETS_RESOURCE (order)), ==, TICKETS_TEST_OR_DEMO);
  g_assert_cmpuint (g_list_model_get_n_items (tickets_resource_get_ticket_list (TICKETS_RESOURCE (order))), ==,
                    n_order_tickets);

  WITH_STORE (fixture, store, ticket = load_ticket (&fixture->base, TICKETS_TEST_TK_DEMO_1, staff, &error));
  g_assert_no_error (error);
  assert_cached_at (fixture, ticket);

  WITH_STORE (fixture, store, personalizations = load_personalizations (&fixture->base, full, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (personalizations), ==, n_personalizations);
  first = g_list_model_get_item (personalizations, 0);
  assert_cached_at (fixture, first);

  WITH_STORE (fixture, store, personalization = load_personalization (&fixture->base, personalization_uid, full, &error));
  g_assert_no_error (error);
  assert_cached_at (fixture, personalization);
  g_assert_true (personalization == first);

  WITH_STORE (fixture, store, request = load_request (&fixture->base, TICKETS_TEST_RQ_PENDING, request_auth, &error));
  g_assert_no_error (error);
  assert_cached_at (fixture, request);

  mine = tickets_store_list_my_tickets (store, cognito);
  wait_list (mine);
  g_assert_null (tickets_paged_list_get_error (mine));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (mine)), ==, n_mine);
  g_clear_object (&ticket);
  ticket = g_list_model_get_item (G_LIST_MODEL (mine), 0);
  assert_cached_at (fixture, ticket);

  events = tickets_store_list_events (store, NULL, staff);
  wait_list (events);
  g_assert_null (tickets_paged_list_get_error (events));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (events)), ==, n_events);

  g_clear_object (&order);
  g_clear_object (&ticket);
  g_clear_object (&personalizations);
  g_clear_object (&personalization);
  g_clear_object (&first);
  g_clear_object (&request);
  g_clear_object (&mine);
  g_clear_object (&events);
  free_store (store);
  server_up (fixture);
}

/* A fan's cache is theirs: a staff sign-in on the same computer, with the
 * server down, gets the error and not the fan's order. */
static void
test_identities (CacheFixture  *fixture,
                 gconstpointer  data)
{
  g_autoptr(TicketsAuth) demo = order_token ("demo-order-token");
  g_autoptr(TicketsAuth) staff = boxoffice ();
  g_autoptr(TicketsOrder) order = NULL;
  g_autoptr(GError) error = NULL;
  TicketsStore *store;

  order = load_order (&fixture->base, TICKETS_TEST_OR_DEMO, demo, &error);
  g_assert_no_error (error);
  g_clear_object (&order);
  g_assert_cmpstr (tickets_cache_get_path (tickets_store_get_cache (fixture->base.store, demo)), !=,
                   tickets_cache_get_path (tickets_store_get_cache (fixture->base.store, staff)));

  server_down (fixture);
  store = new_store (fixture);

  WITH_STORE (fixture, store, order = load_order (&fixture->base, TICKETS_TEST_OR_DEMO, staff, &error));
  g_assert_null (order);
  g_assert_true (tickets_api_error_is_unreachable (error));
  g_clear_error (&error);

  /* The fan's own auth does find it. */
  WITH_STORE (fixture, store, order = load_order (&fixture->base, TICKETS_TEST_OR_DEMO, demo, &error));
  g_assert_no_error (error);
  assert_cached_at (fixture, order);

  g_clear_object (&order);
  free_store (store);
  server_up (fixture);
}

/* Shown from the cache while the server is down, the order is the same
 * object once the server answers again: updated in place, no longer
 * marked cached. */
static void
test_in_place (CacheFixture  *fixture,
               gconstpointer  data)
{
  g_autoptr(TicketsAuth) demo = order_token ("demo-order-token");
  g_autoptr(TicketsOrder) order = NULL;
  g_autoptr(TicketsOrder) again = NULL;
  g_autoptr(TicketsTicket) ticket = NULL;
  g_autoptr(GError) error = NULL;
  TicketsStore *store;

  order = load_order (&fixture->base, TICKETS_TEST_OR_DEMO, demo, &error);
  g_assert_no_error (error);
  g_clear_object (&order);

  server_down (fixture);
  store = new_store (fixture);
  WITH_STORE (fixture, store, order = load_order (&fixture->base, TICKETS_TEST_OR_DEMO, demo, &error));
  g_assert_no_error (error);
  assert_cached_at (fixture, order);
  ticket = g_list_model_get_item (tickets_resource_get_ticket_list (TICKETS_RESOURCE (order)), 0);
  assert_cached_at (fixture, ticket);
  wait_idle (store);
  /* The server's silence does not unmark it. */
  assert_cached_at (fixture, order);

  server_up (fixture);
  WITH_STORE (fixture, store, again = load_order (&fixture->base, TICKETS_TEST_OR_DEMO, demo, &error));
  g_assert_no_error (error);
  g_assert_true (again == order);
  g_assert_cmpint (tickets_resource_get_cached_at (TICKETS_RESOURCE (order)), ==, 0);
  g_assert_cmpint (tickets_resource_get_cached_at (TICKETS_RESOURCE (ticket)), ==, 0);

  g_clear_object (&order);
  g_clear_object (&again);
  g_clear_object (&ticket);
  free_store (store);
}

static void
on_cached_at (GObject    *object,
              GParamSpec *pspec,
              gpointer    user_data)
{
  guint *n = user_data;

  (*n)++;
}

/* With the server up, a new store shows the cache's copy at once and the
 * server's answer replaces it in the same object. */
static void
test_cache_first (CacheFixture  *fixture,
                  gconstpointer  data)
{
  g_autoptr(TicketsAuth) demo = order_token ("demo-order-token");
  g_autoptr(TicketsOrder) order = NULL;
  g_autoptr(GError) error = NULL;
  TicketsStore *store;
  guint n_notified = 0;

  order = load_order (&fixture->base, TICKETS_TEST_OR_DEMO, demo, &error);
  g_assert_no_error (error);
  g_clear_object (&order);

  store = new_store (fixture);
  tickets_test_sandbox_record (fixture->base.sandbox);
  WITH_STORE (fixture, store, order = load_order (&fixture->base, TICKETS_TEST_OR_DEMO, demo, &error));
  g_assert_no_error (error);
  assert_cached_at (fixture, order);
  g_signal_connect (order, "notify::cached-at", G_CALLBACK (on_cached_at), &n_notified);

  wait_idle (store);
  g_assert_cmpint (tickets_resource_get_cached_at (TICKETS_RESOURCE (order)), ==, 0);
  g_assert_cmpuint (n_notified, >=, 1);
  g_assert_cmpuint (tickets_test_sandbox_count (fixture->base.sandbox, "GET", "/orders/" TICKETS_TEST_OR_DEMO), ==, 1);

  g_signal_handlers_disconnect_by_func (order, on_cached_at, &n_notified);
  g_clear_object (&order);
  free_store (store);
}

/* A store that holds the order asks the server; when it cannot be reached,
 * the cache's copy is the answer. A scan at the box office never is. */
static void
test_fallback (CacheFixture  *fixture,
               gconstpointer  data)
{
  g_autoptr(TicketsAuth) demo = order_token ("demo-order-token");
  g_autoptr(TicketsAuth) staff = boxoffice ();
  g_autoptr(TicketsOrder) order = NULL;
  g_autoptr(TicketsOrder) again = NULL;
  g_autoptr(TicketsTicket) found = NULL;
  g_autoptr(GError) error = NULL;

  order = load_order (&fixture->base, TICKETS_TEST_OR_DEMO, demo, &error);
  g_assert_no_error (error);
  tickets_store_find_ticket_async (fixture->base.store, TICKETS_TEST_CODE_DEMO_1, TICKETS_TEST_EV_OPEN, staff,
                                   NULL, on_done, &fixture->base);
  found = finish_call (&fixture->base, (FinishFunc) tickets_store_find_ticket_finish, &error);
  g_assert_no_error (error);
  g_clear_object (&found);

  server_down (fixture);
  again = load_order (&fixture->base, TICKETS_TEST_OR_DEMO, demo, &error);
  g_assert_no_error (error);
  g_assert_true (again == order);
  assert_cached_at (fixture, order);

  tickets_store_find_ticket_async (fixture->base.store, TICKETS_TEST_CODE_DEMO_1, TICKETS_TEST_EV_OPEN, staff,
                                   NULL, on_done, &fixture->base);
  found = finish_call (&fixture->base, (FinishFunc) tickets_store_find_ticket_finish, &error);
  g_assert_null (found);
  g_assert_true (tickets_api_error_is_unreachable (error));
  g_clear_error (&error);

  /* A server that fails for now (503) gets the copy too; its next answer
   * replaces it. */
  server_up (fixture);
  tickets_test_sandbox_fail_next (fixture->base.sandbox, 1, TICKETS_SANDBOX_FAULT_UNAVAILABLE, 0);
  g_clear_object (&again);
  again = load_order (&fixture->base, TICKETS_TEST_OR_DEMO, demo, &error);
  g_assert_no_error (error);
  assert_cached_at (fixture, order);
  g_clear_object (&again);
  again = load_order (&fixture->base, TICKETS_TEST_OR_DEMO, demo, &error);
  g_assert_no_error (error);
  g_assert_cmpint (tickets_resource_get_cached_at (TICKETS_RESOURCE (order)), ==, 0);
}

/* Changes sent since the last load are in the store's objects, not in the
 * cache's copy: with the server down, a reload keeps them. */
static void
test_fallback_keeps_changes (CacheFixture  *fixture,
                             gconstpointer  data)
{
  g_autoptr(TicketsAuth) demo = order_token ("demo-order-token");
  g_autoptr(TicketsOrder) order = NULL;
  g_autoptr(TicketsOrder) again = NULL;
  g_autoptr(TicketsConsumer) holder = new_holder ("Ada", "ada@example.org");
  g_autoptr(TicketsPersonalization) personalization = NULL;
  g_autoptr(GError) error = NULL;
  TicketsTicket *ticket;

  order = load_order (&fixture->base, TICKETS_TEST_OR_DEMO, demo, &error);
  g_assert_no_error (error);
  personalization = personalize (&fixture->base, TICKETS_TEST_OR_DEMO, TICKETS_TEST_TK_DEMO_1, holder, demo, &error);
  g_assert_no_error (error);
  ticket = order_ticket (order, TICKETS_TEST_TK_DEMO_1);
  g_assert_cmpstr (tickets_consumer_get_first_name (tickets_ticket_get_consumer (ticket)), ==, "Ada");

  server_down (fixture);
  again = load_order (&fixture->base, TICKETS_TEST_OR_DEMO, demo, &error);
  g_assert_no_error (error);
  g_assert_true (again == order);
  assert_cached_at (fixture, order);
  ticket = order_ticket (order, TICKETS_TEST_TK_DEMO_1);
  g_assert_nonnull (tickets_ticket_get_consumer (ticket));
  g_assert_cmpstr (tickets_consumer_get_first_name (tickets_ticket_get_consumer (ticket)), ==, "Ada");
  server_up (fixture);
}

/* Until the session gives it a folder, a store keeps nothing. */
static void
test_no_storage (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(TicketsAuth) demo = order_token ("demo-order-token");
  g_autoptr(TicketsOrder) order = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_null (tickets_store_get_cache (fixture->store, demo));
  order = load_order (fixture, TICKETS_TEST_OR_DEMO, demo, &error);
  g_assert_no_error (error);
  g_assert_cmpint (tickets_resource_get_cached_at (TICKETS_RESOURCE (order)), ==, 0);
}

/* An order's head: its first tickets and all the rest, found in the bytes
 * without parsing, strings with brackets and quotes in them included. */
static void
test_order_head (void)
{
  const char *json =
    "{\"uid\": \"o\", \"note\": \"a ] and a \\\" and a [\", \"_links\": {\"self\": {\"href\": \"x\"}},"
    " \"_embedded\": {\"shop:event\": [{\"uid\": \"e\"}],"
    "  \"shop:ticket\": [ {\"uid\": \"t1\", \"x\": [1, {\"y\": \"]\"}]} , {\"uid\": \"t2\"},{\"uid\": \"t3\"} ],"
    "  \"shop:product\": [{\"uid\": \"p\"}]}, \"total\": 3}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, strlen (json));
  g_autoptr(GBytes) head = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *embedded;
  JsonArray *tickets;

  head = tickets_store_dup_order_head (bytes, 2);
  g_assert_nonnull (head);
  node = json_from_string (g_bytes_get_data (head, NULL), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (node), "note"), ==, "a ] and a \" and a [");
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (node), "total"), ==, 3);
  embedded = json_object_get_object_member (json_node_get_object (node), "_embedded");
  tickets = json_object_get_array_member (embedded, "shop:ticket");
  g_assert_cmpuint (json_array_get_length (tickets), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (tickets, 1), "uid"), ==, "t2");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (embedded, "shop:event")), ==, 1);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (embedded, "shop:product")), ==, 1);

  /* No more tickets than that: no head, the whole is small enough. */
  g_clear_pointer (&head, g_bytes_unref);
  g_assert_null (tickets_store_dup_order_head (bytes, 3));
  g_assert_null (tickets_store_dup_order_head (bytes, 4));
  g_bytes_unref (bytes);
  bytes = g_bytes_new_static ("{\"uid\": \"o\"}", strlen ("{\"uid\": \"o\"}"));
  g_assert_null (tickets_store_dup_order_head (bytes, 1));
  g_bytes_unref (bytes);
  bytes = g_bytes_new_static ("[1, 2]", strlen ("[1, 2]"));
  g_assert_null (tickets_store_dup_order_head (bytes, 1));
}

static void
wait_n_tickets (TicketsOrder *order,
                guint         n)
{
  GListModel *tickets = tickets_resource_get_ticket_list (TICKETS_RESOURCE (order));

  while (g_list_model_get_n_items (tickets) != n)
    g_main_context_iteration (NULL, TRUE);
}

/* A big order reopened from the cache shows its first tickets first, then
 * all of them in the same object and list, then the server's answer. */
static void
test_big_order (void)
{
  g_autoptr(TicketsAuth) auth = order_token ("big-order-token");
  g_autoptr(TicketsOrder) order = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-store-cache-XXXXXX", &error);
  CacheFixture fixture = { { NULL, }, dir, 0 };
  g_autoptr(GDir) folder = NULL;
  GListModel *tickets;
  TicketsStore *store;
  const char *name;
  gint64 cached_at;

  g_assert_no_error (error);
  fixture.base.sandbox = tickets_test_sandbox_start_full (NULL, NULL, 100);
  fixture.before = g_get_real_time () / G_USEC_PER_SEC;

  store = new_store (&fixture);
  WITH_STORE (&fixture, store, order = load_order (&fixture.base, "b1600000000000000000000000000000", auth, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (tickets_resource_get_ticket_list (TICKETS_RESOURCE (order))), ==, 100);
  g_clear_object (&order);
  free_store (store);

  server_down (&fixture);
  store = new_store (&fixture);
  WITH_STORE (&fixture, store, order = load_order (&fixture.base, "b1600000000000000000000000000000", auth, &error));
  g_assert_no_error (error);
  tickets = tickets_resource_get_ticket_list (TICKETS_RESOURCE (order));
  g_assert_cmpuint (g_list_model_get_n_items (tickets), <, 100);
  g_assert_cmpuint (g_list_model_get_n_items (tickets), >=, 5);
  assert_cached_at (&fixture, order);
  cached_at = tickets_resource_get_cached_at (TICKETS_RESOURCE (order));
  wait_n_tickets (order, 100);
  g_assert_cmpint (tickets_resource_get_cached_at (TICKETS_RESOURCE (order)), ==, cached_at);
  wait_idle (store);
  g_clear_object (&order);
  free_store (store);

  /* With the server up: the head, the whole copy, then the server's. */
  server_up (&fixture);
  store = new_store (&fixture);
  WITH_STORE (&fixture, store, order = load_order (&fixture.base, "b1600000000000000000000000000000", auth, &error));
  g_assert_no_error (error);
  assert_cached_at (&fixture, order);
  wait_idle (store);
  g_assert_cmpuint (g_list_model_get_n_items (tickets_resource_get_ticket_list (TICKETS_RESOURCE (order))), ==, 100);
  g_assert_cmpint (tickets_resource_get_cached_at (TICKETS_RESOURCE (order)), ==, 0);
  g_clear_object (&order);
  free_store (store);

  tickets_test_sandbox_stop (fixture.base.sandbox);
  folder = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (folder)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_remove (path);
    }
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD_CACHE_TEST ("/store/cache/round-trip", test_round_trip);
  ADD_CACHE_TEST ("/store/cache/identities", test_identities);
  ADD_CACHE_TEST ("/store/cache/in-place", test_in_place);
  ADD_CACHE_TEST ("/store/cache/cache-first", test_cache_first);
  ADD_CACHE_TEST ("/store/cache/fallback", test_fallback);
  ADD_CACHE_TEST ("/store/cache/fallback-keeps-changes", test_fallback_keeps_changes);
  ADD_TEST ("/store/cache/no-storage", test_no_storage);
  g_test_add_func ("/store/cache/order-head", test_order_head);
  g_test_add_func ("/store/cache/big-order", test_big_order);

  return g_test_run ();
}
