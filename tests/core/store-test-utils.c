/* store-test-utils.c: what the store tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "store-test-utils.h"

void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->sandbox = tickets_test_sandbox_start ();
  fixture->client = tickets_client_new (tickets_test_sandbox_get_base (fixture->sandbox), &error);
  g_assert_no_error (error);
  fixture->store = tickets_store_new (fixture->client);
}

void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_null (fixture->result);
  /* The store holds every object it handed out; none may outlive it. */
  g_assert_finalize_object (fixture->store);
  g_assert_finalize_object (fixture->client);
  tickets_test_sandbox_stop (fixture->sandbox);
}

void
on_done (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  Fixture *fixture = user_data;

  g_assert_null (fixture->result);
  fixture->result = g_object_ref (result);
}

/* Runs the main loop until the call started last has finished. */
GAsyncResult *
wait_result (Fixture *fixture)
{
  while (fixture->result == NULL)
    g_main_context_iteration (NULL, TRUE);

  return fixture->result;
}

void
drop_result (Fixture *fixture)
{
  g_clear_object (&fixture->result);
}

/* Waits for the call started last on the fixture's store, and returns what
 * its @finish makes of it. */
gpointer
finish_call (Fixture     *fixture,
             FinishFunc   finish,
             GError     **error)
{
  gpointer value = finish (fixture->store, wait_result (fixture), error);

  drop_result (fixture);

  return value;
}

TicketsAuth *
order_token (const char *token)
{
  return tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, token);
}

TicketsAuth *
boxoffice (void)
{
  return tickets_auth_new_basic ("boxoffice", "boxoffice-demo");
}

TicketsAuth *
request_token (const char *token)
{
  return tickets_auth_new_token (TICKETS_AUTH_PERSONALIZATION_REQUEST_TOKEN, token);
}

TicketsOrder *
load_order (Fixture     *fixture,
            const char  *uid,
            TicketsAuth *auth,
            GError     **error)
{
  tickets_store_load_order_async (fixture->store, uid, auth, NULL, on_done, fixture);
  return finish_call (fixture, (FinishFunc) tickets_store_load_order_finish, error);
}

TicketsTicket *
load_ticket (Fixture     *fixture,
             const char  *uid,
             TicketsAuth *auth,
             GError     **error)
{
  tickets_store_load_ticket_async (fixture->store, uid, auth, NULL, on_done, fixture);
  return finish_call (fixture, (FinishFunc) tickets_store_load_ticket_finish, error);
}

TicketsPersonalizationRequest *
load_request (Fixture     *fixture,
              const char  *uid,
              TicketsAuth *auth,
              GError     **error)
{
  tickets_store_load_personalization_request_async (fixture->store, uid, auth, NULL, on_done, fixture);
  return finish_call (fixture, (FinishFunc) tickets_store_load_personalization_request_finish, error);
}

TicketsConsumer *
new_holder (const char *first_name,
            const char *email)
{
  return tickets_test_new_consumer (first_name, "Jansen", "1990-05-04", email);
}

TicketsPersonalization *
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
TicketsTicket *
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

TicketsTicket *
order_ticket (TicketsOrder *order,
              const char   *uid)
{
  return list_ticket (tickets_order_get_tickets (order), uid);
}

TicketsTicket *
request_ticket (TicketsPersonalizationRequest *request,
                const char                    *uid)
{
  return list_ticket (tickets_personalization_request_get_tickets (request), uid);
}

void
count_notify (GObject    *object,
              GParamSpec *pspec,
              gpointer    user_data)
{
  GHashTable *counts = user_data;
  const char *name = g_param_spec_get_name (pspec);

  g_hash_table_insert (counts, (gpointer) name,
                       GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, name)) + 1));
}

guint
count_of (GHashTable *counts,
          const char *name)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (counts, name));
}

guint
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
