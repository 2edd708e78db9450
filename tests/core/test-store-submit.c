/* test-store-submit.c: what the store sends against the sandbox, over HTTP
 * on loopback: naming tickets (by order and by a friend's request) with
 * the holder's consent, asking a friend and withdrawing it, the box
 * office's consumers and re-issues; a refused or dropped save changes
 * nothing and is not sent again
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "tickets-body.h"
#include "tickets-error.h"

#include "store-test-utils.h"
#include "tickets-store-private.h"

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

/* The calls not refused elsewhere in the store's tests, refused here. */
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

  g_assert_cmpstr (tickets_ticket_get_status (old), ==, TICKETS_TICKET_STATUS_REISSUED);
  g_assert_cmpuint (count_of (counts, "status"), ==, 1);
  g_assert_cmpint (tickets_ticket_get_personalization_state (old, NULL), ==, TICKETS_PERSONALIZATION_STATE_INVALID);
  g_signal_handlers_disconnect_by_data (old, counts);
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

/* A save whose connection drops, or that gets a 500, may have reached the
 * server: the caller hears that it is queued, the store reads the ticket
 * back, finds the holder not applied (these faults strike before the
 * sandbox applies anything) and only then sends it again, once. */
static void
test_personalize_not_retried (Fixture       *fixture,
                              gconstpointer  data)
{
  static const TicketsSandboxFault faults[] = { TICKETS_SANDBOX_FAULT_DROP, TICKETS_SANDBOX_FAULT_SERVER_ERROR };
  static const char * const names[] = { "Sanne", "Bram" };
  g_autoptr(TicketsAuth) auth = order_token ("demo-order-token");
  g_autoptr(TicketsOrder) order = load_order (fixture, TICKETS_TEST_OR_DEMO, auth, NULL);
  TicketsTicket *ticket = tickets_store_lookup_ticket (fixture->store, TICKETS_TEST_TK_DEMO_1);

  tickets_client_set_retry_policy (fixture->client, 4, 1);
  tickets_store_set_outbox_backoff (fixture->store, 5, 20);
  for (guint i = 0; i < G_N_ELEMENTS (faults); i++)
    {
      g_autoptr(TicketsConsumer) holder = new_holder (names[i], "sanne.bakker@example.org");
      g_autoptr(TicketsPersonalization) personalization = NULL;
      g_autoptr(GError) error = NULL;

      tickets_test_sandbox_record (fixture->sandbox);
      tickets_test_sandbox_fail_next (fixture->sandbox, 1, faults[i], 0);
      personalization = personalize (fixture, TICKETS_TEST_OR_DEMO, TICKETS_TEST_TK_DEMO_1, holder, auth, &error);
      g_assert_null (personalization);
      g_assert_error (error, TICKETS_STORE_ERROR, TICKETS_STORE_ERROR_QUEUED);
      g_assert_cmpuint (tickets_test_sandbox_count (fixture->sandbox, "POST", "/personalization"), ==, 1);
      g_assert_cmpint (tickets_ticket_get_save_state (ticket), ==, TICKETS_SAVE_STATE_QUEUED);
      g_assert_cmpuint (tickets_store_get_n_unsent (fixture->store), ==, 1);

      while (tickets_store_get_n_unsent (fixture->store) > 0)
        g_main_context_iteration (NULL, TRUE);
      /* Read back (GET), found not applied, sent once more. */
      g_assert_cmpuint (tickets_test_sandbox_count (fixture->sandbox, "GET", "/tickets/" TICKETS_TEST_TK_DEMO_1), >=, 1);
      g_assert_cmpuint (tickets_test_sandbox_count (fixture->sandbox, "POST", "/personalization"), ==, 2);
      g_assert_cmpstr (tickets_consumer_get_first_name (tickets_ticket_get_consumer (ticket)), ==, names[i]);
      g_assert_cmpint (tickets_ticket_get_save_state (ticket), ==, TICKETS_SAVE_STATE_NONE);
    }
}

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

  ADD_TEST ("/store/personalize/period", test_personalize_period);
  ADD_TEST ("/store/personalize/by-request", test_personalize_by_request);
  ADD_TEST ("/store/personalize/consent", test_personalize_consent);
  ADD_TEST ("/store/personalize/consent-refused", test_personalize_consent_refused);
  ADD_TEST ("/store/personalize/consent-other-holder", test_personalize_consent_other_holder);
  ADD_TEST ("/store/personalization-request/cancel", test_cancel_request);
  ADD_TEST ("/store/personalization-request/pending", test_pending_requests);
  ADD_TEST ("/store/personalization-request/personalize-in-place", test_request_personalize_in_place);
  ADD_TEST ("/store/more-refusals", test_more_refusals);
  ADD_TEST ("/store/consumers/post", test_post_consumers);
  ADD_TEST ("/store/reissue", test_reissue);
  ADD_TEST ("/store/personalize/not-retried", test_personalize_not_retried);

  return g_test_run ();
}
