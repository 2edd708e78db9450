/* test-store.c: every store call against the sandbox, over HTTP on loopback
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include <glib/gstdio.h>

#include "tickets-body.h"
#include "tickets-client.h"
#include "tickets-error.h"
#include "tickets-store.h"
#include "tickets-test-sandbox.h"

typedef struct
{
  TicketsTestSandbox *sandbox;
  TicketsClient      *client;
  TicketsStore       *store;
  GAsyncResult       *result;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->sandbox = tickets_test_sandbox_start ();
  fixture->client = tickets_client_new (tickets_test_sandbox_get_base (fixture->sandbox), &error);
  g_assert_no_error (error);
  fixture->store = tickets_store_new (fixture->client);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_null (fixture->result);
  /* The store holds every object it handed out; none may outlive it. */
  g_assert_finalize_object (fixture->store);
  g_assert_finalize_object (fixture->client);
  tickets_test_sandbox_stop (fixture->sandbox);
}

static void
on_done (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  Fixture *fixture = user_data;

  g_assert_null (fixture->result);
  fixture->result = g_object_ref (result);
}

/* Runs the main loop until the call started last has finished. */
static GAsyncResult *
wait_result (Fixture *fixture)
{
  while (fixture->result == NULL)
    g_main_context_iteration (NULL, TRUE);

  return fixture->result;
}

static void
drop_result (Fixture *fixture)
{
  g_clear_object (&fixture->result);
}

typedef gpointer (*FinishFunc) (TicketsStore  *store,
                                GAsyncResult  *result,
                                GError       **error);

/* Waits for the call started last on the fixture's store, and returns what
 * its @finish makes of it. */
static gpointer
finish_call (Fixture     *fixture,
             FinishFunc   finish,
             GError     **error)
{
  gpointer value = finish (fixture->store, wait_result (fixture), error);

  drop_result (fixture);

  return value;
}

static TicketsAuth *
order_token (const char *token)
{
  return tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, token);
}

static TicketsAuth *
boxoffice (void)
{
  return tickets_auth_new_basic ("boxoffice", "boxoffice-demo");
}

static TicketsOrder *
load_order (Fixture     *fixture,
            const char  *uid,
            TicketsAuth *auth,
            GError     **error)
{
  tickets_store_load_order_async (fixture->store, uid, auth, NULL, on_done, fixture);
  return finish_call (fixture, (FinishFunc) tickets_store_load_order_finish, error);
}

static TicketsTicket *
load_ticket (Fixture     *fixture,
             const char  *uid,
             TicketsAuth *auth,
             GError     **error)
{
  tickets_store_load_ticket_async (fixture->store, uid, auth, NULL, on_done, fixture);
  return finish_call (fixture, (FinishFunc) tickets_store_load_ticket_finish, error);
}

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

static TicketsConsumer *
new_holder (const char *first_name,
            const char *email)
{
  return tickets_test_new_consumer (first_name, "Jansen", "1990-05-04", email);
}

static TicketsPersonalization *
personalize (Fixture         *fixture,
             const char      *order,
             const char      *ticket,
             TicketsConsumer *consumer,
             TicketsAuth     *auth,
             GError         **error)
{
  const char * const tickets[] = { ticket, NULL };

  tickets_store_personalize_async (fixture->store, order, tickets, consumer, TICKETS_CONSENT_NONE, auth, NULL, on_done, fixture);
  return finish_call (fixture, (FinishFunc) tickets_store_personalize_finish, error);
}

/* The ticket of @tickets whose uid is @uid, NULL when there is none. */
static TicketsTicket *
list_ticket (GListModel *tickets,
             const char *uid)
{
  for (guint i = 0; i < g_list_model_get_n_items (tickets); i++)
    {
      g_autoptr(TicketsTicket) ticket = g_list_model_get_item (tickets, i);

      if (g_str_equal (tickets_resource_get_uid (TICKETS_RESOURCE (ticket)), uid))
        return ticket;
    }

  return NULL;
}

static TicketsTicket *
order_ticket (TicketsOrder *order,
              const char   *uid)
{
  return list_ticket (tickets_order_get_tickets (order), uid);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              gpointer    user_data)
{
  GHashTable *counts = user_data;
  const char *name = g_param_spec_get_name (pspec);

  g_hash_table_insert (counts, (gpointer) name,
                       GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, name)) + 1));
}

static guint
count_of (GHashTable *counts,
          const char *name)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (counts, name));
}

static guint
count_all (GHashTable *counts)
{
  GHashTableIter iter;
  gpointer value;
  guint total = 0;

  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    total += GPOINTER_TO_UINT (value);

  return total;
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

/* Outside the personalization period the server refuses, and nothing changes. */
static void
test_personalize_period (Fixture       *fixture,
                         gconstpointer  data)
{
  const struct {
    const char *order;
    const char *token;
    const char *text;
  } cases[] = {
    { TICKETS_TEST_OR_CLOSED, "closed-order-token", "ended" },
    { TICKETS_TEST_OR_FUTURE, "future-order-token", "not started" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(TicketsAuth) auth = order_token (cases[i].token);
      g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
      g_autoptr(TicketsConsumer) holder = new_holder ("Late", "late@example.org");
      g_autoptr(TicketsPersonalization) personalization = NULL;
      g_autoptr(TicketsOrder) order = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(TicketsTicket) ticket = NULL;
      const char *uid = NULL;
      GListModel *tickets;

      order = load_order (fixture, cases[i].order, auth, &error);
      g_assert_no_error (error);
      tickets = tickets_order_get_tickets (order);
      for (guint j = 0; j < g_list_model_get_n_items (tickets) && uid == NULL; j++)
        {
          g_autoptr(TicketsTicket) candidate = g_list_model_get_item (tickets, j);

          if (!tickets_ticket_get_personalized (candidate))
            {
              ticket = g_object_ref (candidate);
              uid = tickets_resource_get_uid (TICKETS_RESOURCE (ticket));
            }
        }
      g_assert_nonnull (ticket);
      g_assert_false (tickets_ticket_can_personalize (ticket, NULL));
      g_signal_connect (ticket, "notify", G_CALLBACK (count_notify), counts);

      personalization = personalize (fixture, cases[i].order, uid, holder, auth, &error);
      g_assert_null (personalization);
      g_assert_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_TICKET_ERROR);
      g_assert_nonnull (strstr (error->message, cases[i].text));
      g_assert_false (tickets_ticket_get_personalized (ticket));
      /* Nothing of the server's changed; the ticket only says that its
       * save was refused, and why, once (saving, then failed). */
      g_assert_cmpint (tickets_ticket_get_save_state (ticket), ==, TICKETS_SAVE_STATE_FAILED);
      g_assert_nonnull (strstr (tickets_ticket_get_save_error (ticket)->message, cases[i].text));
      g_assert_cmpuint (count_of (counts, "save-state"), ==, 2);
      g_assert_cmpuint (count_of (counts, "save-error"), ==, 1);
      g_assert_cmpuint (count_all (counts), ==, 3);
      g_signal_handlers_disconnect_by_data (ticket, counts);
    }
}

static TicketsPersonalizationRequest *
create_request (Fixture     *fixture,
                const char  *order,
                const char  *ticket,
                const char  *email,
                TicketsAuth *auth,
                GError     **error)
{
  const char * const tickets[] = { ticket, NULL };

  tickets_store_create_personalization_request_async (fixture->store, order, email, tickets, auth,
                                                      NULL, on_done, fixture);
  return finish_call (fixture, (FinishFunc) tickets_store_create_personalization_request_finish, error);
}

/* The buyer asks a friend; the friend fills in their own details. */
static void
test_personalize_by_request (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(TicketsAuth) auth = order_token ("demo-order-token");
  g_autoptr(TicketsAuth) friend_auth = NULL;
  g_autoptr(TicketsAuth) wrong = tickets_auth_new_token (TICKETS_AUTH_PERSONALIZATION_REQUEST_TOKEN, "nope");
  g_autoptr(TicketsConsumer) friend = new_holder ("Femke", "femke@example.org");
  g_autoptr(TicketsPersonalizationRequest) request = NULL;
  g_autoptr(TicketsPersonalization) personalization = NULL;
  g_autoptr(TicketsOrder) order = NULL;
  g_autoptr(GError) error = NULL;
  const char * const tickets[] = { TICKETS_TEST_TK_DEMO_2, NULL };
  const char * const *uris;
  TicketsTicket *ticket;

  order = load_order (fixture, TICKETS_TEST_OR_DEMO, auth, &error);
  g_assert_no_error (error);
  ticket = order_ticket (order, TICKETS_TEST_TK_DEMO_2);

  request = create_request (fixture, TICKETS_TEST_OR_DEMO, TICKETS_TEST_TK_DEMO_2, "femke@example.org", auth, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tickets_personalization_request_get_email (request), ==, "femke@example.org");
  g_assert_cmpstr (tickets_personalization_request_get_state (request), ==, "pending");
  g_assert_nonnull (tickets_personalization_request_get_token (request));
  g_assert_cmpuint (g_strv_length ((char **) tickets_personalization_request_get_ticket_uris (request)), ==, 1);
  g_assert_true (request == tickets_store_lookup_personalization_request (fixture->store,
                                                                          tickets_resource_get_uid (TICKETS_RESOURCE (request))));
  uris = tickets_ticket_get_personalization_request_uris (ticket);
  g_assert_true (uris != NULL && g_strv_contains (uris, tickets_resource_get_href (TICKETS_RESOURCE (request))));

  /* With a token that is not the request's: refused. */
  tickets_store_personalize_by_request_async (fixture->store, tickets_resource_get_uid (TICKETS_RESOURCE (request)),
                                              tickets, friend, TICKETS_CONSENT_NONE, wrong, NULL, on_done, fixture);
  personalization = finish_call (fixture, (FinishFunc) tickets_store_personalize_finish, &error);
  g_assert_null (personalization);
  g_assert_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_UNAUTHORIZED);
  g_clear_error (&error);
  g_assert_false (tickets_ticket_get_personalized (ticket));

  friend_auth = tickets_auth_new_token (TICKETS_AUTH_PERSONALIZATION_REQUEST_TOKEN,
                                        tickets_personalization_request_get_token (request));
  tickets_store_personalize_by_request_async (fixture->store, tickets_resource_get_uid (TICKETS_RESOURCE (request)),
                                              tickets, friend, TICKETS_CONSENT_NEWSLETTER, friend_auth, NULL, on_done, fixture);
  personalization = finish_call (fixture, (FinishFunc) tickets_store_personalize_finish, &error);
  g_assert_no_error (error);
  g_assert_nonnull (personalization);
  g_assert_true (tickets_ticket_get_personalized (ticket));
  g_assert_cmpstr (tickets_consumer_get_first_name (tickets_ticket_get_consumer (ticket)), ==, "Femke");
}

static TicketsAuth *
request_token (const char *token)
{
  return tickets_auth_new_token (TICKETS_AUTH_PERSONALIZATION_REQUEST_TOKEN, token);
}

/* The request's tickets ask for every field. */
static TicketsConsumer *
new_full_holder (const char *first_name,
                 const char *email)
{
  TicketsConsumer *consumer = new_holder (first_name, email);

  tickets_consumer_set_phone_number (consumer, "+31201234567");
  tickets_consumer_set_address (consumer, "Damrak 1");
  tickets_consumer_set_postal_code (consumer, "1012 LG");
  tickets_consumer_set_city (consumer, "Amsterdam");

  return consumer;
}

static TicketsPersonalizationRequest *
load_request (Fixture     *fixture,
              const char  *uid,
              TicketsAuth *auth,
              GError     **error)
{
  tickets_store_load_personalization_request_async (fixture->store, uid, auth, NULL, on_done, fixture);
  return finish_call (fixture, (FinishFunc) tickets_store_load_personalization_request_finish, error);
}

static TicketsTicket *
request_ticket (TicketsPersonalizationRequest *request,
                const char                    *uid)
{
  return list_ticket (tickets_personalization_request_get_tickets (request), uid);
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
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  gpointer    user_data)
{
  guint *count = user_data;

  (*count)++;
}

/* The friend names the request's tickets one by one: each answer updates the
 * ticket objects the request holds, in place, and the list keeps them. */
static void
test_request_personalize_in_place (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(TicketsAuth) auth = request_token ("demo-request-token");
  g_autoptr(TicketsPersonalizationRequest) request = NULL;
  g_autoptr(TicketsPersonalizationRequest) reloaded = NULL;
  g_autoptr(TicketsConsumer) femke = new_full_holder ("Femke", "femke.request@example.org");
  g_autoptr(TicketsConsumer) joris = new_full_holder ("Joris", "joris.request@example.org");
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  const char *uid;
  TicketsTicket *first;
  TicketsTicket *second;
  guint changes = 0;

  request = load_request (fixture, TICKETS_TEST_RQ_PENDING, auth, &error);
  g_assert_no_error (error);
  uid = tickets_resource_get_uid (TICKETS_RESOURCE (request));
  first = request_ticket (request, TICKETS_TEST_TK_FULL_REQUEST_1);
  second = request_ticket (request, TICKETS_TEST_TK_FULL_REQUEST_2);
  g_assert_false (tickets_ticket_get_personalized (first));
  g_assert_false (tickets_ticket_get_personalized (second));

  g_signal_connect (first, "notify", G_CALLBACK (count_notify), counts);
  g_signal_connect (tickets_personalization_request_get_tickets (request), "items-changed",
                    G_CALLBACK (on_items_changed), &changes);

  for (guint i = 0; i < 2; i++)
    {
      const char * const tickets[] = { i == 0 ? TICKETS_TEST_TK_FULL_REQUEST_1 : TICKETS_TEST_TK_FULL_REQUEST_2, NULL };
      g_autoptr(TicketsPersonalization) personalization = NULL;

      tickets_store_personalize_by_request_async (fixture->store, uid, tickets, i == 0 ? femke : joris, TICKETS_CONSENT_NONE,
                                                  auth, NULL, on_done, fixture);
      personalization = finish_call (fixture, (FinishFunc) tickets_store_personalize_finish, &error);
      g_assert_no_error (error);

      if (i == 0)
        {
          g_assert_true (tickets_ticket_get_personalized (first));
          g_assert_cmpstr (tickets_consumer_get_first_name (tickets_ticket_get_consumer (first)), ==, "Femke");
          g_assert_cmpint (tickets_ticket_get_personalization_state (first, NULL), ==,
                           TICKETS_PERSONALIZATION_STATE_PERSONALIZED);
          g_assert_cmpuint (count_of (counts, "personalized"), ==, 1);
          g_assert_false (tickets_ticket_get_personalized (second));
        }
    }

  g_assert_true (request_ticket (request, TICKETS_TEST_TK_FULL_REQUEST_1) == first);
  g_assert_true (request_ticket (request, TICKETS_TEST_TK_FULL_REQUEST_2) == second);
  g_assert_true (tickets_ticket_get_personalized (second));
  g_assert_cmpstr (tickets_consumer_get_first_name (tickets_ticket_get_consumer (second)), ==, "Joris");
  g_assert_cmpstr (tickets_consumer_get_first_name (tickets_ticket_get_consumer (first)), ==, "Femke");

  /* Every ticket named: the server closes the request; a reload says so and
   * leaves the list alone. */
  reloaded = load_request (fixture, uid, auth, &error);
  g_assert_no_error (error);
  g_assert_true (reloaded == request);
  g_assert_cmpstr (tickets_personalization_request_get_state (request), ==, "completed");
  g_assert_true (request_ticket (request, TICKETS_TEST_TK_FULL_REQUEST_1) == first);
  g_assert_cmpuint (changes, ==, 0);

  g_signal_handlers_disconnect_by_data (first, counts);
  g_signal_handlers_disconnect_by_data (tickets_personalization_request_get_tickets (request), &changes);
}

static gboolean
cancel_request (Fixture     *fixture,
                const char  *request,
                TicketsAuth *auth,
                GError     **error)
{
  gboolean cancelled;

  tickets_store_cancel_personalization_request_async (fixture->store, request, auth, NULL, on_done, fixture);
  cancelled = tickets_store_cancel_personalization_request_finish (fixture->store, wait_result (fixture), error);
  drop_result (fixture);

  return cancelled;
}

/* The calls not refused elsewhere in this file, refused here. */
static void
test_more_refusals (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(TicketsAuth) wrong = order_token ("not-a-token");
  g_autoptr(TicketsAuth) right = order_token ("demo-order-token");
  g_autoptr(TicketsAuth) bearer = tickets_auth_new_token (TICKETS_AUTH_BEARER, "demo-bearer-token");
  g_autoptr(TicketsPersonalizationRequest) request = NULL;
  g_autoptr(TicketsTicket) ticket = NULL;
  g_autoptr(GError) error = NULL;
  gboolean cancelled;

  request = create_request (fixture, TICKETS_TEST_OR_DEMO, TICKETS_TEST_TK_DEMO_2, "kim@example.org", wrong, &error);
  g_assert_null (request);
  g_assert_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_UNAUTHORIZED);
  g_clear_error (&error);

  request = create_request (fixture, TICKETS_TEST_OR_DEMO, TICKETS_TEST_TK_DEMO_2, "kim@example.org", right, &error);
  g_assert_no_error (error);
  cancelled = cancel_request (fixture, tickets_resource_get_uid (TICKETS_RESOURCE (request)), wrong, &error);
  g_assert_false (cancelled);
  g_assert_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_UNAUTHORIZED);
  g_assert_cmpstr (tickets_personalization_request_get_state (request), ==, "pending");
  g_clear_error (&error);

  /* A bearer token reads events and products, not tickets. */
  ticket = load_ticket (fixture, TICKETS_TEST_TK_DEMO_1, bearer, &error);
  g_assert_null (ticket);
  g_assert_true (g_error_matches (error, TICKETS_API_ERROR, TICKETS_API_ERROR_FORBIDDEN) ||
                 g_error_matches (error, TICKETS_API_ERROR, TICKETS_API_ERROR_UNAUTHORIZED));
  g_assert_null (tickets_store_lookup_ticket (fixture->store, TICKETS_TEST_TK_DEMO_1));
}

static void
test_cancel_request (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(TicketsAuth) auth = order_token ("demo-order-token");
  g_autoptr(TicketsPersonalizationRequest) request = NULL;
  g_autoptr(GError) error = NULL;
  gboolean cancelled;

  request = create_request (fixture, TICKETS_TEST_OR_DEMO, TICKETS_TEST_TK_DEMO_SEATED, "sam@example.org", auth, &error);
  g_assert_no_error (error);

  cancelled = cancel_request (fixture, tickets_resource_get_href (TICKETS_RESOURCE (request)), auth, &error);
  g_assert_no_error (error);
  g_assert_true (cancelled);
  g_assert_cmpstr (tickets_personalization_request_get_state (request), ==, "cancelled");
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
  g_assert_cmpint (tickets_paged_list_get_item_count (all), ==, 251);
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
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (all)), ==, 251);

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

static GPtrArray *
post_consumers (Fixture     *fixture,
                GPtrArray   *revisions,
                TicketsAuth *auth,
                GError     **error)
{
  tickets_store_post_consumers_async (fixture->store, revisions, auth, NULL, on_done, fixture);
  return finish_call (fixture, (FinishFunc) tickets_store_post_consumers_finish, error);
}

static void
test_post_consumers (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(TicketsAuth) basic = boxoffice ();
  g_autoptr(TicketsAuth) bearer = tickets_auth_new_token (TICKETS_AUTH_BEARER, "demo-bearer-token");
  g_autoptr(TicketsConsumer) one = new_holder ("Ruben", "ruben@example.org");
  g_autoptr(TicketsConsumer) two = new_holder ("Saskia", "saskia@example.org");
  g_autoptr(GPtrArray) revisions = g_ptr_array_new_with_free_func ((GDestroyNotify) tickets_consumer_revision_free);
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(TicketsOrder) order = NULL;
  g_autoptr(GError) error = NULL;
  const char * const first[] = { TICKETS_TEST_TK_DEMO_2, NULL };
  const char * const second[] = { TICKETS_TEST_TK_DEMO_SEATED, NULL };

  order = load_order (fixture, TICKETS_TEST_OR_DEMO, basic, &error);
  g_assert_no_error (error);

  g_ptr_array_add (revisions, tickets_consumer_revision_new (one, first));
  g_ptr_array_add (revisions, tickets_consumer_revision_new (two, second));

  stored = post_consumers (fixture, revisions, bearer, &error);
  g_assert_null (stored);
  g_assert_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_FORBIDDEN);
  g_clear_error (&error);
  g_assert_false (tickets_ticket_get_personalized (order_ticket (order, TICKETS_TEST_TK_DEMO_2)));

  stored = post_consumers (fixture, revisions, basic, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stored->len, ==, 2);
  g_assert_nonnull (tickets_consumer_get_uid (g_ptr_array_index (stored, 0)));
  g_assert_cmpstr (tickets_consumer_get_first_name (g_ptr_array_index (stored, 1)), ==, "Saskia");
  g_assert_true (tickets_ticket_get_personalized (order_ticket (order, TICKETS_TEST_TK_DEMO_2)));
  g_assert_cmpstr (tickets_consumer_get_first_name (tickets_ticket_get_consumer (order_ticket (order, TICKETS_TEST_TK_DEMO_SEATED))),
                   ==, "Saskia");
}

static void
test_reissue (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(TicketsAuth) basic = boxoffice ();
  g_autoptr(TicketsAuth) bearer = tickets_auth_new_token (TICKETS_AUTH_BEARER, "demo-bearer-token");
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(TicketsConsumer) owner = new_holder ("Noor", "noor@example.org");
  g_autoptr(TicketsOrder) order = NULL;
  g_autoptr(TicketsOrder) reissued = NULL;
  g_autoptr(TicketsTicket) fresh = NULL;
  g_autoptr(GError) error = NULL;
  const char * const tickets[] = { TICKETS_TEST_TK_DEMO_2, NULL };
  TicketsTicket *old;

  order = load_order (fixture, TICKETS_TEST_OR_DEMO, basic, &error);
  g_assert_no_error (error);
  old = order_ticket (order, TICKETS_TEST_TK_DEMO_2);
  g_signal_connect (old, "notify", G_CALLBACK (count_notify), counts);

  tickets_store_reissue_tickets_async (fixture->store, tickets, owner, bearer, NULL, on_done, fixture);
  reissued = finish_call (fixture, (FinishFunc) tickets_store_reissue_tickets_finish, &error);
  g_assert_null (reissued);
  g_assert_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_FORBIDDEN);
  g_clear_error (&error);
  g_assert_cmpstr (tickets_ticket_get_status (old), ==, "valid");

  tickets_store_reissue_tickets_async (fixture->store, tickets, owner, basic, NULL, on_done, fixture);
  reissued = finish_call (fixture, (FinishFunc) tickets_store_reissue_tickets_finish, &error);
  g_assert_no_error (error);
  g_assert_true (reissued != order);
  g_assert_cmpuint (g_list_model_get_n_items (tickets_order_get_tickets (reissued)), ==, 1);
  fresh = g_list_model_get_item (tickets_order_get_tickets (reissued), 0);
  g_assert_true (fresh != old);
  g_assert_cmpstr (tickets_ticket_get_code (fresh), !=, tickets_ticket_get_code (old));
  g_assert_cmpstr (tickets_consumer_get_first_name (tickets_order_get_consumer (reissued)), ==, "Noor");

  g_assert_cmpstr (tickets_ticket_get_status (old), ==, "invalid");
  g_assert_cmpuint (count_of (counts, "status"), ==, 1);
  g_assert_cmpint (tickets_ticket_get_personalization_state (old, NULL), ==, TICKETS_PERSONALIZATION_STATE_INVALID);
  g_signal_handlers_disconnect_by_data (old, counts);
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

/* The two boxes, as the POST /personalization the sandbox received says
 * them: "opt_in" holds exactly "opt_in" (the newsletter) and "opt_in_2"
 * (partners), each as ticked. */
static void
assert_sent_consent (Fixture        *fixture,
                     TicketsConsent  consent)
{
  g_autoptr(GPtrArray) bodies = tickets_test_sandbox_received (fixture->sandbox, "POST", "/personalization");
  const char * const members[] = { "opt_in", "opt_in_2", NULL };
  JsonObject *opt_in;

  g_assert_cmpuint (bodies->len, ==, 1);
  opt_in = json_object_get_object_member (json_node_get_object (bodies->pdata[0]), "opt_in");
  g_assert_nonnull (opt_in);
  tickets_test_assert_members (opt_in, members);
  g_assert_cmpint (json_object_get_boolean_member (opt_in, "opt_in"), ==, (consent & TICKETS_CONSENT_NEWSLETTER) != 0);
  g_assert_cmpint (json_object_get_boolean_member (opt_in, "opt_in_2"), ==, (consent & TICKETS_CONSENT_PARTNERS) != 0);
}

/* Each box travels as its own value: all four combinations reach the wire
 * as given, and the ticket then knows what its holder agreed to. Before,
 * the newsletter choice was sent for both and partners' was dropped. */
static void
test_personalize_consent (Fixture       *fixture,
                          gconstpointer  data)
{
  const TicketsConsent combinations[] = {
    TICKETS_CONSENT_NONE,
    TICKETS_CONSENT_NEWSLETTER,
    TICKETS_CONSENT_PARTNERS,
    TICKETS_CONSENT_NEWSLETTER | TICKETS_CONSENT_PARTNERS,
  };
  g_autoptr(TicketsAuth) auth = order_token ("demo-order-token");
  g_autoptr(TicketsOrder) order = NULL;
  g_autoptr(GError) error = NULL;
  TicketsTicket *ticket;

  order = load_order (fixture, TICKETS_TEST_OR_DEMO, auth, &error);
  g_assert_no_error (error);
  ticket = tickets_store_lookup_ticket (fixture->store, TICKETS_TEST_TK_DEMO_1);
  g_assert_nonnull (ticket);
  /* The server's order says nothing of consent: unknown, not "none". */
  g_assert_false (tickets_ticket_get_consent_known (ticket));

  for (gsize i = 0; i < G_N_ELEMENTS (combinations); i++)
    {
      const char * const tickets[] = { TICKETS_TEST_TK_DEMO_1, NULL };
      g_autofree char *email = g_strdup_printf ("consent%" G_GSIZE_FORMAT "@example.org", i);
      g_autoptr(TicketsConsumer) holder = new_holder ("Consent", email);
      g_autoptr(TicketsPersonalization) personalization = NULL;

      tickets_test_sandbox_record (fixture->sandbox);
      tickets_store_personalize_async (fixture->store, TICKETS_TEST_OR_DEMO, tickets, holder, combinations[i],
                                       auth, NULL, on_done, fixture);
      personalization = finish_call (fixture, (FinishFunc) tickets_store_personalize_finish, &error);
      g_assert_no_error (error);
      g_assert_nonnull (personalization);

      assert_sent_consent (fixture, combinations[i]);
      g_assert_true (tickets_ticket_get_consent_known (ticket));
      g_assert_cmpint (tickets_ticket_get_consent (ticket), ==, combinations[i]);
    }
}

/* A refusal records nothing: the holder's consent stays as it was. */
static void
test_personalize_consent_refused (Fixture       *fixture,
                                  gconstpointer  data)
{
  const char * const tickets[] = { TICKETS_TEST_TK_DEMO_1, NULL };
  g_autoptr(TicketsAuth) auth = order_token ("demo-order-token");
  g_autoptr(TicketsConsumer) holder = new_holder ("", "not an address");
  g_autoptr(TicketsPersonalization) personalization = NULL;
  g_autoptr(TicketsOrder) order = NULL;
  g_autoptr(GError) error = NULL;

  order = load_order (fixture, TICKETS_TEST_OR_DEMO, auth, &error);
  g_assert_no_error (error);
  tickets_store_personalize_async (fixture->store, TICKETS_TEST_OR_DEMO, tickets, holder, TICKETS_CONSENT_NEWSLETTER,
                                   auth, NULL, on_done, fixture);
  personalization = finish_call (fixture, (FinishFunc) tickets_store_personalize_finish, &error);
  g_assert_nonnull (error);
  g_assert_null (personalization);
  g_assert_false (tickets_ticket_get_consent_known (tickets_store_lookup_ticket (fixture->store, TICKETS_TEST_TK_DEMO_1)));
}

/* The consent the app sent is its holder's. Reloaded with the same holder
 * it stays; once another device names someone else (the server says
 * nothing of consent), a reload makes it unknown, not the previous
 * holder's. Before, the app went on showing the Newsletter sent for the
 * previous holder. */
static void
test_personalize_consent_other_holder (Fixture       *fixture,
                                       gconstpointer  data)
{
  const char * const tickets[] = { TICKETS_TEST_TK_DEMO_1, NULL };
  g_autoptr(TicketsAuth) auth = order_token ("demo-order-token");
  g_autoptr(TicketsConsumer) holder = new_holder ("Anna", "anna@example.org");
  g_autoptr(TicketsPersonalization) personalization = NULL;
  g_autoptr(TicketsOrder) order = NULL;
  g_autoptr(TicketsOrder) reloaded = NULL;
  g_autoptr(TicketsOrder) after_friend = NULL;
  g_autoptr(TicketsTestResponse) other_device = NULL;
  g_autofree char *order_href = tickets_test_uri (fixture->sandbox, "orders", TICKETS_TEST_OR_DEMO);
  g_autofree char *list = tickets_test_ticket_list (fixture->sandbox, tickets);
  g_autofree char *body = NULL;
  g_autoptr(GError) error = NULL;
  TicketsTicket *ticket;

  order = load_order (fixture, TICKETS_TEST_OR_DEMO, auth, &error);
  g_assert_no_error (error);
  ticket = tickets_store_lookup_ticket (fixture->store, TICKETS_TEST_TK_DEMO_1);
  tickets_store_personalize_async (fixture->store, TICKETS_TEST_OR_DEMO, tickets, holder, TICKETS_CONSENT_NEWSLETTER,
                                   auth, NULL, on_done, fixture);
  personalization = finish_call (fixture, (FinishFunc) tickets_store_personalize_finish, &error);
  g_assert_no_error (error);
  g_assert_true (tickets_ticket_get_consent_known (ticket));
  g_assert_cmpint (tickets_ticket_get_consent (ticket), ==, TICKETS_CONSENT_NEWSLETTER);

  /* The same holder from the server: still what was sent. */
  reloaded = load_order (fixture, TICKETS_TEST_OR_DEMO, auth, &error);
  g_assert_no_error (error);
  g_assert_true (tickets_store_lookup_ticket (fixture->store, TICKETS_TEST_TK_DEMO_1) == ticket);
  g_assert_true (tickets_ticket_get_consent_known (ticket));
  g_assert_cmpint (tickets_ticket_get_consent (ticket), ==, TICKETS_CONSENT_NEWSLETTER);

  /* Another device names Bram, saying nothing of consent. */
  body = g_strdup_printf ("{\"order\": \"%s\", \"tickets\": %s, \"consumer\": {\"gender\": 1, "
                          "\"first_name\": \"Bram\", \"last_name\": \"Visser\", \"date_of_birth\": \"1988-03-08\", "
                          "\"email\": \"bram@example.org\"}}", order_href, list);
  other_device = tickets_test_request (fixture->sandbox, "POST", "/personalization", TICKETS_TEST_AUTH_ORDER_DEMO, body);
  g_assert_cmpuint (other_device->status, <, 300);

  after_friend = load_order (fixture, TICKETS_TEST_OR_DEMO, auth, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tickets_consumer_get_first_name (tickets_ticket_get_consumer (ticket)), ==, "Bram");
  g_assert_false (tickets_ticket_get_consent_known (ticket));
  g_assert_cmpint (tickets_ticket_get_consent (ticket), ==, TICKETS_CONSENT_NONE);
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

/* A save whose connection drops may have reached the server: the store
 * reports the failure and sends nothing again by itself. */
static void
test_personalize_not_retried (Fixture       *fixture,
                              gconstpointer  data)
{
  static const TicketsSandboxFault faults[] = { TICKETS_SANDBOX_FAULT_DROP, TICKETS_SANDBOX_FAULT_SERVER_ERROR };
  g_autoptr(TicketsAuth) auth = order_token ("demo-order-token");
  g_autoptr(TicketsOrder) order = load_order (fixture, TICKETS_TEST_OR_DEMO, auth, NULL);

  tickets_client_set_retry_policy (fixture->client, 4, 1);
  for (guint i = 0; i < G_N_ELEMENTS (faults); i++)
    {
      g_autoptr(TicketsConsumer) holder = new_holder ("Sanne", "sanne.bakker@example.org");
      g_autoptr(TicketsPersonalization) personalization = NULL;
      g_autoptr(GError) error = NULL;

      tickets_test_sandbox_record (fixture->sandbox);
      tickets_test_sandbox_fail_next (fixture->sandbox, 1, faults[i], 0);
      personalization = personalize (fixture, TICKETS_TEST_OR_DEMO, TICKETS_TEST_TK_DEMO_1, holder, auth, &error);
      g_assert_null (personalization);
      g_assert_true (tickets_api_error_is_transient (error));
      g_assert_cmpuint (tickets_test_sandbox_count (fixture->sandbox, "POST", "/personalization"), ==, 1);
      g_assert_false (tickets_store_get_reconnecting (fixture->store));
    }
}

/* E-tickets */

static GBytes *
download_eticket (Fixture     *fixture,
                  const char  *uri,
                  TicketsAuth *auth,
                  GError     **error)
{
  tickets_store_download_eticket_async (fixture->store, uri, auth, NULL, on_done, fixture);
  return finish_call (fixture, (FinishFunc) tickets_store_download_eticket_finish, error);
}

static void
assert_pdf (GBytes *bytes)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  g_assert_cmpuint (size, >, 5);
  g_assert_cmpmem (data, 5, "%PDF-", 5);
}

/* Both the ticket's e-ticket and the order's e-tickets, with the token
 * that opened the order, as the sandbox received them. */
static void
test_eticket_download (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(TicketsAuth) auth = order_token ("none-order-token");
  g_autoptr(TicketsOrder) order = load_order (fixture, TICKETS_TEST_OR_NONE, auth, NULL);
  TicketsTicket *ticket = tickets_store_lookup_ticket (fixture->store, TICKETS_TEST_TK_NONE);
  const char *uris[2];

  g_assert_nonnull (order);
  g_assert_nonnull (ticket);
  uris[0] = tickets_ticket_get_eticket_uri (ticket);
  uris[1] = tickets_order_get_etickets_uri (order);

  for (guint i = 0; i < G_N_ELEMENTS (uris); i++)
    {
      g_autoptr(GUri) uri = NULL;
      g_autoptr(GBytes) pdf = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) received = NULL;

      g_assert_nonnull (uris[i]);
      uri = g_uri_parse (uris[i], G_URI_FLAGS_ENCODED, NULL);
      tickets_test_sandbox_record (fixture->sandbox);
      pdf = download_eticket (fixture, uris[i], auth, &error);
      g_assert_no_error (error);
      assert_pdf (pdf);

      received = tickets_test_sandbox_dup_received (fixture->sandbox, "GET", g_uri_get_path (uri));
      g_assert_cmpuint (received->len, ==, 1);
      g_assert_cmpstr (((TicketsSandboxReceived *) g_ptr_array_index (received, 0))->token_header, ==,
                       "Order-Token: none-order-token");
    }
}

/* Each failure says what happened in words a fan can act on. */
static void
test_eticket_download_errors (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(TicketsAuth) auth = order_token ("none-order-token");
  g_autoptr(TicketsAuth) other = order_token ("demo-order-token");
  g_autoptr(TicketsAuth) wrong = order_token ("no-such-token");
  g_autoptr(TicketsAuth) staff = boxoffice ();
  g_autoptr(TicketsOrder) order = load_order (fixture, TICKETS_TEST_OR_NONE, auth, NULL);
  const char *uri = tickets_ticket_get_eticket_uri (tickets_store_lookup_ticket (fixture->store, TICKETS_TEST_TK_NONE));
  g_autofree char *nowhere = tickets_test_sandbox_uri (fixture->sandbox, "/download/eticket/no-such-eticket");
  g_autofree char *not_pdf = tickets_test_uri (fixture->sandbox, "events", TICKETS_TEST_EV_OPEN);
  const char *refused = "The server did not let you download this e-ticket. Sign out and sign in again, then try once more.";

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GBytes) pdf = download_eticket (fixture, uri, wrong, &error);

    g_assert_null (pdf);
    g_assert_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_UNAUTHORIZED);
    g_assert_cmpstr (error->message, ==, refused);
  }
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GBytes) pdf = download_eticket (fixture, uri, other, &error);

    g_assert_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_FORBIDDEN);
    g_assert_cmpstr (error->message, ==, refused);
  }
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GBytes) pdf = download_eticket (fixture, nowhere, staff, &error);

    g_assert_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_NOT_FOUND);
    g_assert_cmpstr (error->message, ==, "The server has no e-ticket at this link. "
                                         "The ticket may have been re-issued: open the order again for its new e-ticket.");
  }
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GBytes) pdf = download_eticket (fixture, not_pdf, staff, &error);

    g_assert_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_INVALID_RESPONSE);
    g_assert_cmpstr (error->message, ==, "The server sent something other than a PDF.");
  }
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GBytes) pdf = NULL;

    /* A connection that keeps dropping: once the retries are spent, the
     * client's own message, which names the failure. */
    tickets_client_set_retry_policy (fixture->client, 2, 1);
    tickets_test_sandbox_fail_next (fixture->sandbox, 10, TICKETS_SANDBOX_FAULT_DROP, 0);
    pdf = download_eticket (fixture, uri, auth, &error);
    tickets_test_sandbox_fail_next (fixture->sandbox, 0, TICKETS_SANDBOX_FAULT_DROP, 0);
    g_assert_null (pdf);
    g_assert_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_NETWORK);
    g_assert_true (g_str_has_prefix (error->message, "The connection to the server failed"));
  }
}

static gboolean
save_eticket (Fixture  *fixture,
              GBytes   *pdf,
              GFile    *file,
              GError  **error)
{
  gboolean saved;

  tickets_store_save_eticket_async (fixture->store, pdf, file, NULL, on_done, fixture);
  saved = tickets_store_save_eticket_finish (fixture->store, wait_result (fixture), error);
  drop_result (fixture);

  return saved;
}

static void
assert_saved (GFile  *file,
              GBytes *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) contents = g_file_load_bytes (file, NULL, NULL, &error);
  g_autoptr(GFileInfo) info = NULL;

  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (contents, expected));
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_UNIX_MODE, G_FILE_QUERY_INFO_NONE, NULL, &error);
  g_assert_no_error (error);
  /* It names the holder: for the owner's eyes only. */
  g_assert_cmpuint (g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_UNIX_MODE) & 0777, ==, 0600);
}

/* The exact bytes, new or replacing a file, owner-only; without a dialog. */
static void
test_eticket_save (Fixture       *fixture,
                   gconstpointer  data)
{
  static const char pdf_data[] = "%PDF-1.4\n\0\x01\xff binary \r\n%%EOF\n";
  g_autoptr(GBytes) pdf = g_bytes_new_static (pdf_data, sizeof pdf_data - 1);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("tickets-eticket-XXXXXX", &error);
  g_autofree char *existing_path = NULL;
  g_autoptr(GFile) new_file = NULL;
  g_autoptr(GFile) existing = NULL;
  g_autoptr(GFile) nowhere = NULL;

  g_assert_no_error (error);
  new_file = g_file_new_build_filename (dir, "e-ticket.pdf", NULL);
  g_assert_true (save_eticket (fixture, pdf, new_file, &error));
  g_assert_no_error (error);
  assert_saved (new_file, pdf);

  /* A file that was there, longer and readable by all, is replaced whole. */
  existing_path = g_build_filename (dir, "old.pdf", NULL);
  g_file_set_contents_full (existing_path, "an older and much longer file than the e-ticket, to be replaced", -1,
                            G_FILE_SET_CONTENTS_NONE, 0644, &error);
  g_assert_no_error (error);
  existing = g_file_new_for_path (existing_path);
  g_assert_true (save_eticket (fixture, pdf, existing, &error));
  g_assert_no_error (error);
  assert_saved (existing, pdf);

  /* A folder that is not there: an error, not a crash or a silent nothing. */
  nowhere = g_file_new_build_filename (dir, "no-such-folder", "e-ticket.pdf", NULL);
  g_assert_false (save_eticket (fixture, pdf, nowhere, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);

  g_file_delete (new_file, NULL, NULL);
  g_file_delete (existing, NULL, NULL);
  g_remove (dir);
}

#define ADD_TEST(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

/* Which friend a ticket waits for comes from its shop:personalization_request
 * links, loaded through the store, and from the store's own answers: a
 * request it created, one it withdrew. */
static void
test_pending_requests (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(TicketsAuth) auth = order_token ("full-order-token");
  g_autoptr(TicketsOrder) order = NULL;
  g_autoptr(TicketsPersonalizationRequest) request = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  TicketsTicket *asked;
  TicketsTicket *sibling;
  TicketsTicket *free_ticket;
  gboolean loaded;

  order = load_order (fixture, TICKETS_TEST_OR_FULL, auth, &error);
  g_assert_no_error (error);
  asked = order_ticket (order, TICKETS_TEST_TK_FULL_REQUEST_1);
  sibling = order_ticket (order, TICKETS_TEST_TK_FULL_REQUEST_2);
  free_ticket = order_ticket (order, TICKETS_TEST_TK_FULL_FREE);
  /* Linked, but the request itself is not loaded yet. */
  g_assert_nonnull (tickets_ticket_get_personalization_request_uris (asked));
  g_assert_null (tickets_ticket_get_pending_request_uri (asked));

  tickets_store_load_requests_async (fixture->store, tickets_order_get_tickets (order), auth, NULL, on_done, fixture);
  loaded = tickets_store_load_requests_finish (fixture->store, wait_result (fixture), &error);
  drop_result (fixture);
  g_assert_no_error (error);
  g_assert_true (loaded);
  g_assert_true (g_str_has_suffix (tickets_ticket_get_pending_request_uri (asked), TICKETS_TEST_RQ_PENDING));
  g_assert_cmpstr (tickets_ticket_get_pending_request_email (asked), ==, "friend@example.org");
  /* The fixture asked a day before the sandbox started. */
  g_assert_cmpint (g_date_time_difference (now, tickets_ticket_get_pending_request_created_at (asked)), >=, G_TIME_SPAN_DAY);
  g_assert_cmpstr (tickets_ticket_get_pending_request_email (sibling), ==, "friend@example.org");
  g_assert_null (tickets_ticket_get_pending_request_uri (free_ticket));

  /* Asked by the app: known from the server's answer. */
  request = create_request (fixture, TICKETS_TEST_OR_FULL, TICKETS_TEST_TK_FULL_FREE, "pim@example.org", auth, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tickets_ticket_get_pending_request_uri (free_ticket), ==,
                   tickets_resource_get_href (TICKETS_RESOURCE (request)));
  g_assert_cmpstr (tickets_ticket_get_pending_request_email (free_ticket), ==, "pim@example.org");

  /* Withdrawn: both its tickets wait no more; the other request stays. */
  g_assert_true (cancel_request (fixture, TICKETS_TEST_RQ_PENDING, auth, &error));
  g_assert_no_error (error);
  g_assert_null (tickets_ticket_get_pending_request_uri (asked));
  g_assert_null (tickets_ticket_get_pending_request_email (sibling));
  g_assert_cmpstr (tickets_ticket_get_pending_request_email (free_ticket), ==, "pim@example.org");
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
  ADD_TEST ("/store/personalize/period", test_personalize_period);
  ADD_TEST ("/store/personalize/by-request", test_personalize_by_request);
  ADD_TEST ("/store/personalize/consent", test_personalize_consent);
  ADD_TEST ("/store/personalize/consent-refused", test_personalize_consent_refused);
  ADD_TEST ("/store/personalize/consent-other-holder", test_personalize_consent_other_holder);
  ADD_TEST ("/store/personalization-request/cancel", test_cancel_request);
  ADD_TEST ("/store/personalization-request/pending", test_pending_requests);
  ADD_TEST ("/store/personalization-request/load", test_load_request);
  ADD_TEST ("/store/personalization-request/load-refused", test_load_request_refused);
  ADD_TEST ("/store/personalization-request/personalize-in-place", test_request_personalize_in_place);
  ADD_TEST ("/store/more-refusals", test_more_refusals);
  ADD_TEST ("/store/personalizations", test_personalizations);
  ADD_TEST ("/store/consumers/search", test_search_consumers);
  ADD_TEST ("/store/consumers/post", test_post_consumers);
  ADD_TEST ("/store/reissue", test_reissue);
  ADD_TEST ("/store/my-tickets", test_my_tickets);
  ADD_TEST ("/store/unreachable", test_unreachable);
  ADD_TEST ("/store/cancelled", test_cancelled);
  ADD_TEST ("/store/reconnecting", test_reconnecting);
  ADD_TEST ("/store/personalize/not-retried", test_personalize_not_retried);
  ADD_TEST ("/store/eticket/download", test_eticket_download);
  ADD_TEST ("/store/eticket/download-errors", test_eticket_download_errors);
  ADD_TEST ("/store/eticket/save", test_eticket_save);

  return g_test_run ();
}
