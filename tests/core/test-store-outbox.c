/* test-store-outbox.c: every change is kept, sent, and applied exactly once
 *
 * Against the sandbox's faults: an answer lost after the change was applied
 * (a drop or a 502) must not make the store send it again; a failure before
 * it was applied must. Then the outbox across a restart of the store, an
 * entry cut off while it was being sent, and a refusal kept until the user
 * discards it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

#include "tickets-auth.h"
#include "tickets-body.h"
#include "tickets-error.h"
#include "tickets-hal.h"
#include "store-test-utils.h"
#include "tickets-store-private.h"

static void
count_signal (TicketsStore  *store,
              TicketsChange *change,
              guint         *count)
{
  (*count)++;
}

/* Until the outbox has nothing left to send. */
static void
wait_sent (TicketsStore *store)
{
  while (tickets_store_get_n_unsent (store) > 0)
    g_main_context_iteration (NULL, TRUE);
}

static void
fast (Fixture *fixture)
{
  tickets_store_set_outbox_backoff (fixture->store, 5, 20);
  tickets_test_sandbox_record (fixture->sandbox);
}

static TicketsChange *
first_change (TicketsStore *store)
{
  return g_list_model_get_item (tickets_store_get_changes (store), 0);
}

/* Applied, then the answer lost: read back, found applied, not sent again. */
static void
test_after_drop_personalize (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(TicketsAuth) auth = order_token ("demo-order-token");
  g_autoptr(TicketsOrder) order = load_order (fixture, TICKETS_TEST_OR_DEMO, auth, NULL);
  g_autoptr(TicketsConsumer) holder = new_holder ("Ilse", "ilse@example.org");
  g_autoptr(TicketsPersonalization) personalization = NULL;
  g_autoptr(GError) error = NULL;
  TicketsTicket *ticket = order_ticket (order, TICKETS_TEST_TK_DEMO_2);
  guint sent = 0;

  fast (fixture);
  g_signal_connect (fixture->store, "change-sent", G_CALLBACK (count_signal), &sent);
  tickets_test_sandbox_fail_next (fixture->sandbox, 1, TICKETS_SANDBOX_FAULT_AFTER_DROP, 0);
  personalization = personalize (fixture, TICKETS_TEST_OR_DEMO, TICKETS_TEST_TK_DEMO_2, holder, auth, &error);
  g_assert_error (error, TICKETS_STORE_ERROR, TICKETS_STORE_ERROR_QUEUED);
  g_assert_cmpint (tickets_ticket_get_save_state (ticket), ==, TICKETS_SAVE_STATE_QUEUED);
  {
    g_autoptr(TicketsChange) change = first_change (fixture->store);

    g_assert_cmpint (tickets_change_get_state (change), ==, TICKETS_OUTBOX_UNKNOWN);
    g_assert_true (tickets_change_get_unsent (change));
    g_assert_cmpstr (tickets_change_get_summary (change), ==, "Name on 1 ticket: Ilse Jansen");
  }

  wait_sent (fixture->store);
  g_assert_cmpuint (tickets_test_sandbox_count (fixture->sandbox, "POST", "/personalization"), ==, 1);
  g_assert_cmpuint (tickets_test_sandbox_count (fixture->sandbox, "GET", "/tickets/" TICKETS_TEST_TK_DEMO_2), >=, 1);
  g_assert_cmpuint (sent, ==, 1);
  g_assert_true (tickets_ticket_get_personalized (ticket));
  g_assert_cmpstr (tickets_consumer_get_first_name (tickets_ticket_get_consumer (ticket)), ==, "Ilse");
  g_assert_cmpint (tickets_ticket_get_save_state (ticket), ==, TICKETS_SAVE_STATE_NONE);
}

static void
test_after_drop_reissue (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(TicketsAuth) basic = boxoffice ();
  g_autoptr(TicketsConsumer) owner = new_holder ("Noor", "noor@example.org");
  g_autoptr(TicketsOrder) order = load_order (fixture, TICKETS_TEST_OR_DEMO, basic, NULL);
  g_autoptr(TicketsOrder) reissued = NULL;
  g_autoptr(GError) error = NULL;
  const char * const tickets[] = { TICKETS_TEST_TK_DEMO_2, NULL };

  fast (fixture);
  tickets_test_sandbox_fail_next (fixture->sandbox, 1, TICKETS_SANDBOX_FAULT_BAD_GATEWAY, 0);
  tickets_store_reissue_tickets_async (fixture->store, tickets, owner, basic, NULL, on_done, fixture);
  reissued = finish_call (fixture, (FinishFunc) tickets_store_reissue_tickets_finish, &error);
  g_assert_error (error, TICKETS_STORE_ERROR, TICKETS_STORE_ERROR_QUEUED);

  wait_sent (fixture->store);
  g_assert_cmpuint (tickets_test_sandbox_count (fixture->sandbox, "POST", "/orders"), ==, 1);
  g_assert_cmpstr (tickets_ticket_get_status (order_ticket (order, TICKETS_TEST_TK_DEMO_2)), ==,
                   TICKETS_TICKET_STATUS_REISSUED);
}

/* Failed before it was applied (a 500): read back, found not applied, and
 * then sent again, once. */
static void
test_before_reissue (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(TicketsAuth) basic = boxoffice ();
  g_autoptr(TicketsConsumer) owner = new_holder ("Noor", "noor@example.org");
  g_autoptr(TicketsOrder) order = load_order (fixture, TICKETS_TEST_OR_DEMO, basic, NULL);
  g_autoptr(TicketsOrder) reissued = NULL;
  g_autoptr(GError) error = NULL;
  const char * const tickets[] = { TICKETS_TEST_TK_DEMO_2, NULL };

  fast (fixture);
  tickets_test_sandbox_fail_next (fixture->sandbox, 1, TICKETS_SANDBOX_FAULT_SERVER_ERROR, 0);
  tickets_store_reissue_tickets_async (fixture->store, tickets, owner, basic, NULL, on_done, fixture);
  reissued = finish_call (fixture, (FinishFunc) tickets_store_reissue_tickets_finish, &error);
  g_assert_error (error, TICKETS_STORE_ERROR, TICKETS_STORE_ERROR_QUEUED);

  wait_sent (fixture->store);
  g_assert_cmpuint (tickets_test_sandbox_count (fixture->sandbox, "POST", "/orders"), ==, 2);
  g_assert_cmpstr (tickets_ticket_get_status (order_ticket (order, TICKETS_TEST_TK_DEMO_2)), ==,
                   TICKETS_TICKET_STATUS_REISSUED);
}

/* A revision is found again by its external_reference, the entry's id. */
static void
test_after_drop_consumers (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(TicketsAuth) basic = boxoffice ();
  g_autoptr(TicketsConsumer) one = new_holder ("Ruben", "ruben@example.org");
  g_autoptr(GPtrArray) revisions = g_ptr_array_new_with_free_func ((GDestroyNotify) tickets_consumer_revision_free);
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(GPtrArray) posted = NULL;
  g_autoptr(GPtrArray) searched = NULL;
  g_autoptr(JsonNode) body = NULL;
  g_autoptr(GError) error = NULL;
  const char * const first[] = { TICKETS_TEST_TK_DEMO_2, NULL };
  const char *reference;
  TicketsSandboxReceived *received;

  fast (fixture);
  g_ptr_array_add (revisions, tickets_consumer_revision_new (one, first));
  tickets_test_sandbox_fail_next (fixture->sandbox, 1, TICKETS_SANDBOX_FAULT_AFTER_DROP, 0);
  tickets_store_post_consumers_async (fixture->store, revisions, basic, NULL, on_done, fixture);
  stored = finish_call (fixture, (FinishFunc) tickets_store_post_consumers_finish, &error);
  g_assert_error (error, TICKETS_STORE_ERROR, TICKETS_STORE_ERROR_QUEUED);

  wait_sent (fixture->store);
  posted = tickets_test_sandbox_dup_received (fixture->sandbox, "POST", "/consumers");
  g_assert_cmpuint (posted->len, ==, 1);
  received = g_ptr_array_index (posted, 0);
  body = json_from_string (g_bytes_get_data (received->body, NULL), NULL);
  reference = json_object_get_string_member (json_array_get_object_element (
                json_object_get_array_member (json_node_get_object (body), "consumers"), 0), "external_reference");
  g_assert_true (g_str_has_suffix (reference, ".0"));
  g_assert_true (g_uuid_string_is_valid (g_strndup (reference, strlen (reference) - 2)));

  searched = tickets_test_sandbox_dup_received (fixture->sandbox, "GET", "/consumers");
  g_assert_cmpuint (searched->len, >=, 1);
  received = g_ptr_array_index (searched, 0);
  g_assert_nonnull (strstr (received->query, "external_reference="));
}

/* A known consumer put on a ticket (their uid alone) carries no reference,
 * which would make it a new revision of them: the ticket says whose it is. */
static void
test_after_drop_reference (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(TicketsAuth) basic = boxoffice ();
  g_autoptr(TicketsConsumer) john = tickets_consumer_new ();
  g_autoptr(GPtrArray) revisions = g_ptr_array_new_with_free_func ((GDestroyNotify) tickets_consumer_revision_free);
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(GPtrArray) posted = NULL;
  g_autoptr(JsonNode) body = NULL;
  g_autoptr(GError) error = NULL;
  const char * const first[] = { TICKETS_TEST_TK_DEMO_2, NULL };
  JsonObject *revision;

  fast (fixture);
  tickets_consumer_set_uid (john, TICKETS_TEST_CO_JOHN);
  g_ptr_array_add (revisions, tickets_consumer_revision_new_reference (john, first));
  tickets_test_sandbox_fail_next (fixture->sandbox, 1, TICKETS_SANDBOX_FAULT_AFTER_DROP, 0);
  tickets_store_post_consumers_async (fixture->store, revisions, basic, NULL, on_done, fixture);
  stored = finish_call (fixture, (FinishFunc) tickets_store_post_consumers_finish, &error);
  g_assert_error (error, TICKETS_STORE_ERROR, TICKETS_STORE_ERROR_QUEUED);

  wait_sent (fixture->store);
  posted = tickets_test_sandbox_dup_received (fixture->sandbox, "POST", "/consumers");
  g_assert_cmpuint (posted->len, ==, 1);
  body = json_from_string (g_bytes_get_data (((TicketsSandboxReceived *) g_ptr_array_index (posted, 0))->body, NULL), NULL);
  revision = json_array_get_object_element (json_object_get_array_member (json_node_get_object (body), "consumers"), 0);
  g_assert_cmpuint (json_object_get_size (revision), ==, 2);
  g_assert_false (json_object_has_member (revision, "external_reference"));
  g_assert_cmpuint (tickets_test_sandbox_count (fixture->sandbox, "GET", "/tickets/" TICKETS_TEST_TK_DEMO_2), >=, 1);
  g_assert_cmpuint (tickets_test_sandbox_count (fixture->sandbox, "GET", "/consumers/" TICKETS_TEST_CO_JOHN), ==, 1);
  g_assert_cmpstr (tickets_consumer_get_last_name (tickets_ticket_get_consumer (
                     tickets_store_lookup_ticket (fixture->store, TICKETS_TEST_TK_DEMO_2))), ==, "Smith");
}

static void
test_after_drop_requests (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(TicketsAuth) auth = order_token ("demo-order-token");
  g_autoptr(TicketsOrder) order = load_order (fixture, TICKETS_TEST_OR_DEMO, auth, NULL);
  g_autoptr(TicketsPersonalizationRequest) request = NULL;
  g_autoptr(GError) error = NULL;
  const char * const tickets[] = { TICKETS_TEST_TK_DEMO_SEATED, NULL };
  TicketsTicket *ticket = order_ticket (order, TICKETS_TEST_TK_DEMO_SEATED);
  gboolean cancelled;

  fast (fixture);
  tickets_test_sandbox_fail_next (fixture->sandbox, 1, TICKETS_SANDBOX_FAULT_AFTER_DROP, 0);
  tickets_store_create_personalization_request_async (fixture->store, TICKETS_TEST_OR_DEMO, "sam@example.org",
                                                      tickets, auth, NULL, on_done, fixture);
  request = finish_call (fixture, (FinishFunc) tickets_store_create_personalization_request_finish, &error);
  g_assert_error (error, TICKETS_STORE_ERROR, TICKETS_STORE_ERROR_QUEUED);
  g_clear_error (&error);
  wait_sent (fixture->store);
  g_assert_cmpuint (tickets_test_sandbox_count (fixture->sandbox, "POST", "/personalization-requests"), ==, 1);
  /* Read back: the ticket waits for the friend the request went to. */
  g_assert_cmpstr (tickets_ticket_get_pending_request_email (ticket), ==, "sam@example.org");

  tickets_test_sandbox_fail_next (fixture->sandbox, 1, TICKETS_SANDBOX_FAULT_BAD_GATEWAY, 0);
  tickets_store_cancel_personalization_request_async (fixture->store, tickets_ticket_get_pending_request_uri (ticket),
                                                      auth, NULL, on_done, fixture);
  cancelled = tickets_store_cancel_personalization_request_finish (fixture->store, wait_result (fixture), &error);
  drop_result (fixture);
  g_assert_false (cancelled);
  g_assert_error (error, TICKETS_STORE_ERROR, TICKETS_STORE_ERROR_QUEUED);
  wait_sent (fixture->store);
  g_assert_cmpuint (tickets_test_sandbox_count (fixture->sandbox, "DELETE", NULL), ==, 1);
  g_assert_null (tickets_ticket_get_pending_request_uri (ticket));
}

/* A refusal stays, with the server's words, until the user discards it. */
static void
test_refused (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(TicketsAuth) auth = order_token ("future-order-token");
  g_autoptr(TicketsOrder) order = load_order (fixture, TICKETS_TEST_OR_FUTURE, auth, NULL);
  g_autoptr(TicketsConsumer) holder = new_holder ("Early", "early@example.org");
  g_autoptr(TicketsPersonalization) personalization = NULL;
  g_autoptr(TicketsChange) change = NULL;
  g_autoptr(GError) error = NULL;
  guint refused = 0;

  fast (fixture);
  g_signal_connect (fixture->store, "change-refused", G_CALLBACK (count_signal), &refused);
  personalization = personalize (fixture, TICKETS_TEST_OR_FUTURE, TICKETS_TEST_TK_FUTURE_MAIN, holder, auth, &error);
  g_assert_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_TICKET_ERROR);
  g_clear_error (&error);
  /* The caller heard it: no second word of it. */
  g_assert_cmpuint (refused, ==, 0);

  g_assert_cmpuint (tickets_store_get_n_unsent (fixture->store), ==, 1);
  g_assert_true (tickets_store_has_unsent (fixture->store, auth));
  change = first_change (fixture->store);
  g_assert_cmpint (tickets_change_get_state (change), ==, TICKETS_OUTBOX_REFUSED);
  g_assert_false (tickets_change_get_unsent (change));
  g_assert_nonnull (strstr (tickets_change_get_last_error (change), "not started"));
  g_assert_cmpstr (tickets_consumer_get_first_name (tickets_change_get_consumer (change)), ==, "Early");

  /* Tried again at the user's word: refused again, in the background now. */
  tickets_store_retry_change (fixture->store, tickets_change_get_id (change));
  while (refused == 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (tickets_change_get_attempts (change), ==, 2);
  g_assert_cmpuint (tickets_test_sandbox_count (fixture->sandbox, "POST", "/personalization"), ==, 2);

  g_assert_true (tickets_store_discard_change (fixture->store, tickets_change_get_id (change), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (tickets_store_get_n_unsent (fixture->store), ==, 0);
  g_assert_false (tickets_store_has_unsent (fixture->store, auth));
}

static char *
temp_outbox_path (char **dir)
{
  g_autoptr(GError) error = NULL;

  *dir = g_dir_make_tmp ("tickets-outbox-XXXXXX", &error);
  g_assert_no_error (error);
  return g_build_filename (*dir, "outbox.sqlite", NULL);
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

static TicketsStore *
new_store (Fixture       *fixture,
           TicketsClient **client,
           TicketsOutbox  *outbox)
{
  g_autoptr(GError) error = NULL;
  TicketsStore *store;

  *client = tickets_client_new (tickets_test_sandbox_get_base (fixture->sandbox), &error);
  g_assert_no_error (error);
  store = tickets_store_new (*client);
  tickets_store_set_outbox_backoff (store, 5, 20);
  tickets_store_set_storage (store, "test-server", NULL, outbox);

  return store;
}

/* Kept while the server cannot take it; sent by the next run, once its
 * identity's auth is known again. */
static void
test_restart (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = temp_outbox_path (&dir);
  g_autoptr(TicketsAuth) auth = order_token ("demo-order-token");
  g_autoptr(TicketsConsumer) holder = new_holder ("Mila", "mila@example.org");
  g_autoptr(TicketsOutbox) outbox = NULL;
  g_autoptr(TicketsClient) client = NULL;
  g_autoptr(TicketsStore) store = NULL;
  g_autoptr(TicketsPersonalization) personalization = NULL;
  g_autoptr(TicketsTicket) ticket = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  const char * const tickets[] = { TICKETS_TEST_TK_DEMO_1, NULL };
  guint sent = 0;

  outbox = tickets_outbox_open (path, &error);
  g_assert_no_error (error);
  tickets_test_sandbox_record (fixture->sandbox);

  store = new_store (fixture, &client, outbox);
  tickets_test_sandbox_fail_next (fixture->sandbox, 1000, TICKETS_SANDBOX_FAULT_UNAVAILABLE, 0);
  tickets_store_personalize_async (store, TICKETS_TEST_OR_DEMO, tickets, holder, TICKETS_CONSENT_NONE,
                                   auth, NULL, on_done, fixture);
  personalization = tickets_store_personalize_finish (store, wait_result (fixture), &error);
  drop_result (fixture);
  g_assert_error (error, TICKETS_STORE_ERROR, TICKETS_STORE_ERROR_QUEUED);
  g_clear_error (&error);
  g_assert_cmpuint (tickets_outbox_count_unsent (outbox, "test-server", NULL), ==, 1);
  g_clear_object (&store);
  g_clear_object (&client);
  tickets_test_sandbox_fail_next (fixture->sandbox, 0, TICKETS_SANDBOX_FAULT_UNAVAILABLE, 0);

  /* The next run: listed at once, sent once the auth is known. */
  store = new_store (fixture, &client, outbox);
  g_signal_connect (store, "change-sent", G_CALLBACK (count_signal), &sent);
  g_assert_cmpuint (tickets_store_get_n_unsent (store), ==, 1);
  g_assert_true (tickets_store_has_unsent (store, auth));
  tickets_store_add_auth (store, auth);
  wait_sent (store);
  g_assert_cmpuint (sent, ==, 1);
  entries = tickets_outbox_list (outbox, "test-server");
  g_assert_cmpuint (entries->len, ==, 1);
  g_assert_cmpint (((TicketsOutboxEntry *) g_ptr_array_index (entries, 0))->state, ==, TICKETS_OUTBOX_DONE);

  ticket = load_ticket (fixture, TICKETS_TEST_TK_DEMO_1, auth, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tickets_consumer_get_first_name (tickets_ticket_get_consumer (ticket)), ==, "Mila");

  g_clear_object (&ticket);
  g_assert_finalize_object (g_steal_pointer (&store));
  g_clear_object (&client);
  g_clear_object (&outbox);
  remove_dir (dir);
}

/* Killed while it was being sent, after the server applied it: the next
 * run reads the tickets back and sends nothing. */
static void
test_cut_off_while_sending (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = temp_outbox_path (&dir);
  g_autoptr(TicketsAuth) auth = order_token ("demo-order-token");
  g_autoptr(TicketsConsumer) holder = new_holder ("Jesse", "jesse@example.org");
  g_autoptr(TicketsOutbox) outbox = NULL;
  g_autoptr(TicketsClient) client = NULL;
  g_autoptr(TicketsStore) store = NULL;
  g_autoptr(TicketsPersonalization) personalization = NULL;
  g_autoptr(TicketsOutboxEntry) entry = tickets_outbox_entry_new ();
  g_autoptr(TicketsOutboxEntry) read = NULL;
  g_autoptr(JsonNode) body = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *order_uri = g_strconcat (tickets_test_sandbox_get_base (fixture->sandbox), "orders/", TICKETS_TEST_OR_DEMO, NULL);
  g_autofree char *ticket_uri = g_strconcat (tickets_test_sandbox_get_base (fixture->sandbox), "tickets/", TICKETS_TEST_TK_DEMO_1, NULL);
  const char * const uris[] = { ticket_uri, NULL };
  const char * const tickets[] = { TICKETS_TEST_TK_DEMO_1, NULL };

  /* The server took it... */
  personalization = personalize (fixture, TICKETS_TEST_OR_DEMO, TICKETS_TEST_TK_DEMO_1, holder, auth, &error);
  g_assert_no_error (error);

  /* ...and the outbox still says "sending". */
  outbox = tickets_outbox_open (path, &error);
  g_assert_no_error (error);
  body = tickets_body_personalization (order_uri, NULL, uris, holder, TICKETS_CONSENT_NONE);
  entry->id = g_uuid_string_random ();
  entry->server = g_strdup ("test-server");
  entry->base = g_strdup (tickets_test_sandbox_get_base (fixture->sandbox));
  entry->identity = tickets_auth_dup_identity (auth);
  entry->kind = TICKETS_CHANGE_PERSONALIZE;
  entry->method = g_strdup ("POST");
  entry->uri = g_strconcat (entry->base, "personalization", NULL);
  entry->body = json_to_string (body, FALSE);
  entry->typed = g_strdup ("{\"tickets\": [\"" TICKETS_TEST_TK_DEMO_1 "\"]}");
  entry->state = TICKETS_OUTBOX_SENDING;
  entry->attempts = 1;
  g_assert_true (tickets_outbox_add (outbox, entry, &error));
  g_assert_no_error (error);
  (void) tickets;

  tickets_test_sandbox_record (fixture->sandbox);
  store = new_store (fixture, &client, outbox);
  read = tickets_outbox_lookup (outbox, entry->id);
  g_assert_cmpint (read->state, ==, TICKETS_OUTBOX_UNKNOWN);
  tickets_store_add_auth (store, auth);
  wait_sent (store);
  g_assert_cmpuint (tickets_test_sandbox_count (fixture->sandbox, "POST", "/personalization"), ==, 0);
  g_assert_cmpuint (tickets_test_sandbox_count (fixture->sandbox, "GET", "/tickets/" TICKETS_TEST_TK_DEMO_1), ==, 1);
  g_clear_pointer (&read, tickets_outbox_entry_free);
  read = tickets_outbox_lookup (outbox, entry->id);
  g_assert_cmpint (read->state, ==, TICKETS_OUTBOX_DONE);

  g_assert_finalize_object (g_steal_pointer (&store));
  g_clear_object (&client);
  g_clear_object (&outbox);
  remove_dir (dir);
}

/* A refusal left by an earlier run: the ticket, once loaded, says so and
 * keeps what was typed, to reopen the form with it. */
static void
test_refused_reopens (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = temp_outbox_path (&dir);
  g_autoptr(TicketsAuth) auth = order_token ("future-order-token");
  g_autoptr(TicketsConsumer) holder = new_holder ("Early", "early@example.org");
  g_autoptr(TicketsOutbox) outbox = NULL;
  g_autoptr(TicketsClient) client = NULL;
  g_autoptr(TicketsStore) store = NULL;
  g_autoptr(TicketsPersonalization) personalization = NULL;
  g_autoptr(TicketsOrder) order = NULL;
  g_autoptr(GError) error = NULL;
  const char * const tickets[] = { TICKETS_TEST_TK_FUTURE_MAIN, NULL };
  TicketsTicket *ticket;

  outbox = tickets_outbox_open (path, &error);
  g_assert_no_error (error);
  store = new_store (fixture, &client, outbox);
  tickets_store_personalize_async (store, TICKETS_TEST_OR_FUTURE, tickets, holder, TICKETS_CONSENT_NONE,
                                   auth, NULL, on_done, fixture);
  personalization = tickets_store_personalize_finish (store, wait_result (fixture), &error);
  drop_result (fixture);
  g_assert_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_TICKET_ERROR);
  g_clear_error (&error);
  g_assert_finalize_object (g_steal_pointer (&store));
  g_clear_object (&client);

  store = new_store (fixture, &client, outbox);
  g_assert_cmpuint (tickets_store_get_n_unsent (store), ==, 1);
  tickets_store_load_order_async (store, TICKETS_TEST_OR_FUTURE, auth, NULL, on_done, fixture);
  order = tickets_store_load_order_finish (store, wait_result (fixture), &error);
  drop_result (fixture);
  g_assert_no_error (error);
  ticket = order_ticket (order, TICKETS_TEST_TK_FUTURE_MAIN);
  g_assert_cmpint (tickets_ticket_get_save_state (ticket), ==, TICKETS_SAVE_STATE_FAILED);
  g_assert_nonnull (strstr (tickets_ticket_get_save_error (ticket)->message, "not started"));
  g_assert_nonnull (tickets_ticket_get_draft (ticket));
  g_assert_cmpstr (tickets_consumer_get_first_name (tickets_ticket_get_draft (ticket)), ==, "Early");
  g_assert_cmpstr (tickets_consumer_get_email (tickets_ticket_get_draft (ticket)), ==, "early@example.org");

  g_clear_object (&order);
  g_assert_finalize_object (g_steal_pointer (&store));
  g_clear_object (&client);
  g_clear_object (&outbox);
  remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

  ADD_TEST ("/outbox/after-drop/personalize", test_after_drop_personalize);
  ADD_TEST ("/outbox/after-drop/reissue", test_after_drop_reissue);
  ADD_TEST ("/outbox/after-drop/consumers", test_after_drop_consumers);
  ADD_TEST ("/outbox/after-drop/reference", test_after_drop_reference);
  ADD_TEST ("/outbox/after-drop/requests", test_after_drop_requests);
  ADD_TEST ("/outbox/before/reissue", test_before_reissue);
  ADD_TEST ("/outbox/refused", test_refused);
  ADD_TEST ("/outbox/restart", test_restart);
  ADD_TEST ("/outbox/cut-off-while-sending", test_cut_off_while_sending);
  ADD_TEST ("/outbox/refused-reopens", test_refused_reopens);

  return g_test_run ();
}
