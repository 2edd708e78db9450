/* test-sandbox-personalization.c: POST /personalization, the order way and
 * the request way, and what is refused for its tickets, its auth or the
 * request itself (refused for the consumer:
 * test-sandbox-personalization-consumer.c; GET:
 * test-sandbox-personalization-get.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tickets-test-personalization.h"

#define COGNITO_USER    "c1c35532-1e0e-455e-83c5-d0e52b3206fa"

/* Shared by the tests that change nothing; those that do start their own. */
static TicketsTestSandbox *sandbox;

static void
assert_message_contains (TicketsTestResponse *response,
                         const char          *text)
{
  const char *message = json_object_get_string_member (tickets_test_response_object (response), "message");

  g_test_message ("message: %s", message);
  g_assert_nonnull (strstr (message, text));
}

/* Success, the order way */

static void
test_order_token (void)
{
  TicketsTestSandbox *sb = tickets_test_sandbox_start ();
  static const char *tickets[] = { TICKETS_TEST_TK_DEMO_1, NULL };
  g_autofree char *consumer = demo_consumer ("john.doe@example.org");
  g_autofree char *body = order_body (sb, TICKETS_TEST_OR_DEMO, tickets, consumer);
  g_autoptr(TicketsTestResponse) response = NULL;
  g_autoptr(TicketsTestResponse) again = NULL;
  g_autoptr(TicketsTestResponse) ticket_response = NULL;
  JsonObject *ticket;

  tickets_test_assert_not_personalized (sb, TICKETS_TEST_TK_DEMO_1);

  response = tickets_test_request (sb, "POST", "/personalization", TICKETS_TEST_AUTH_ORDER_DEMO, body);
  assert_personalization_body (sb, response, TICKETS_TEST_TK_DEMO_1, consumer);

  /* The Location can be read back. */
  again = tickets_test_request (sb, "GET", soup_message_headers_get_one (response->headers, "Location"), TICKETS_TEST_AUTH_ORDER_DEMO, NULL);
  g_assert_cmpuint (again->status, ==, 200);
  g_assert_cmpstr (tickets_test_assert_link (tickets_test_response_object (again), "self"), ==,
                   soup_message_headers_get_one (response->headers, "Location"));
  assert_consumer_is (json_object_get_object_member (tickets_test_response_object (again), "consumer"), consumer);

  ticket = tickets_test_get_ticket (sb, TICKETS_TEST_TK_DEMO_1, TICKETS_TEST_AUTH_ORDER_DEMO, &ticket_response);
  g_assert_true (json_object_get_boolean_member (ticket, "personalized"));
  g_assert_false (json_object_get_boolean_member (ticket, "needs_personalization"));
  g_assert_cmpstr (json_object_get_string_member (ticket, "code"), ==, TICKETS_TEST_CODE_DEMO_1);
  assert_consumer_is (json_object_get_object_member (ticket, "consumer"), consumer);

  /* Only that ticket: the other two of the order still need a name. */
  tickets_test_assert_not_personalized (sb, TICKETS_TEST_TK_DEMO_2);
  tickets_test_assert_not_personalized (sb, TICKETS_TEST_TK_DEMO_SEATED);

  tickets_test_sandbox_stop (sb);
}

static void
test_cognito_token (void)
{
  TicketsTestSandbox *sb = tickets_test_sandbox_start ();
  static const char *tickets[] = { TICKETS_TEST_TK_DEMO_2, NULL };
  static const char consumer[] =
    "{\"gender\": \"2\", \"first_name\": \"Sophie\", \"last_name\": \"de Wit\", \"date_of_birth\": \"1995-06-30\", "
    "\"email\": \"sophie.dewit@example.org\", \"phone_number\": \"+31 6 87654321\", \"cognito_user\": \"" COGNITO_USER "\"}";
  g_autofree char *body = order_body (sb, TICKETS_TEST_OR_DEMO, tickets, consumer);
  g_autoptr(TicketsTestResponse) response = NULL;
  g_autoptr(TicketsTestResponse) ticket_response = NULL;
  JsonObject *ticket;

  response = tickets_test_request (sb, "POST", "/personalization", TICKETS_TEST_AUTH_COGNITO, body);
  assert_personalization_body (sb, response, TICKETS_TEST_TK_DEMO_2, consumer);

  ticket = tickets_test_get_ticket (sb, TICKETS_TEST_TK_DEMO_2, TICKETS_TEST_AUTH_ORDER_DEMO, &ticket_response);
  g_assert_true (json_object_get_boolean_member (ticket, "personalized"));
  g_assert_false (json_object_get_boolean_member (ticket, "needs_personalization"));
  /* "2" was sent; 2 is shown. */
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (ticket, "consumer"), "gender"), ==, 2);
  assert_consumer_is (json_object_get_object_member (ticket, "consumer"), consumer);

  tickets_test_assert_not_personalized (sb, TICKETS_TEST_TK_DEMO_1);

  tickets_test_sandbox_stop (sb);
}

/* The FULL form's state is needed for the USA only; given, it is kept. */
static void
test_full_form (void)
{
  TicketsTestSandbox *sb = tickets_test_sandbox_start ();
  static const char *tickets[] = { TICKETS_TEST_TK_FULL_FREE, NULL };
  g_autofree char *consumer = full_consumer ("Emma", "emma.visser@example.com", "US", "US-UT");
  g_autofree char *body = order_body (sb, TICKETS_TEST_OR_FULL, tickets, consumer);
  g_autoptr(TicketsTestResponse) response = tickets_test_request (sb, "POST", "/personalization", TICKETS_TEST_AUTH_ORDER_FULL, body);
  g_autoptr(TicketsTestResponse) ticket_response = NULL;
  JsonObject *ticket;

  g_assert_cmpuint (response->status, ==, 201);
  ticket = tickets_test_get_ticket (sb, TICKETS_TEST_TK_FULL_FREE, TICKETS_TEST_AUTH_ORDER_FULL, &ticket_response);
  g_assert_true (json_object_get_boolean_member (ticket, "personalized"));
  assert_consumer_is (json_object_get_object_member (ticket, "consumer"), consumer);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (ticket, "consumer"), "state"), ==, "US-UT");

  tickets_test_sandbox_stop (sb);
}

/* Refused: tickets */

static void
test_closed_period (void)
{
  static const char *tickets[] = { TICKETS_TEST_TK_CLOSED, NULL };
  g_autofree char *consumer = demo_consumer ("late.runner@example.org");
  g_autofree char *body = order_body (sandbox, TICKETS_TEST_OR_CLOSED, tickets, consumer);
  g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "POST", "/personalization", TICKETS_TEST_AUTH_ORDER_CLOSED, body);

  tickets_test_assert_error (response, 400, "TICKET_ERROR");
  assert_message_contains (response, "ended");
  tickets_test_assert_not_personalized (sandbox, TICKETS_TEST_TK_CLOSED);
}

static void
test_future_period (void)
{
  static const char *tickets[] = { TICKETS_TEST_TK_FUTURE_MAIN, NULL };
  g_autofree char *consumer = demo_consumer ("early.bird@example.org");
  g_autofree char *body = order_body (sandbox, TICKETS_TEST_OR_FUTURE, tickets, consumer);
  g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "POST", "/personalization", TICKETS_TEST_AUTH_ORDER_FUTURE, body);

  tickets_test_assert_error (response, 400, "TICKET_ERROR");
  assert_message_contains (response, "not started");
  tickets_test_assert_not_personalized (sandbox, TICKETS_TEST_TK_FUTURE_MAIN);
}

static void
test_no_personalization (void)
{
  static const char *tickets[] = { TICKETS_TEST_TK_NONE, NULL };
  g_autofree char *consumer = demo_consumer ("jazz.fan@example.org");
  g_autofree char *body = order_body (sandbox, TICKETS_TEST_OR_NONE, tickets, consumer);
  g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "POST", "/personalization", TICKETS_TEST_AUTH_ORDER_NONE, body);

  tickets_test_assert_error (response, 400, "TICKET_ERROR");
  assert_message_contains (response, "personalization");
  tickets_test_assert_not_personalized (sandbox, TICKETS_TEST_TK_NONE);
}

static void
test_invalid_ticket (void)
{
  static const char *tickets[] = { TICKETS_TEST_TK_CANCELLED, NULL };
  g_autofree char *consumer = demo_consumer ("cancelled@example.org");
  g_autofree char *body = order_body (sandbox, TICKETS_TEST_OR_CANCELLED, tickets, consumer);
  g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "POST", "/personalization", TICKETS_TEST_AUTH_ORDER_CANCELLED, body);

  tickets_test_assert_error (response, 400, "TICKET_ERROR");
  tickets_test_assert_not_personalized (sandbox, TICKETS_TEST_TK_CANCELLED);
}

static void
test_duplicate_ticket (void)
{
  static const char *tickets[] = { TICKETS_TEST_TK_DEMO_1, TICKETS_TEST_TK_DEMO_1, NULL };
  g_autofree char *consumer = demo_consumer ("twice@example.org");
  g_autofree char *body = order_body (sandbox, TICKETS_TEST_OR_DEMO, tickets, consumer);
  g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "POST", "/personalization", TICKETS_TEST_AUTH_ORDER_DEMO, body);

  tickets_test_assert_error (response, 400, "TICKET_ERROR");
  tickets_test_assert_not_personalized (sandbox, TICKETS_TEST_TK_DEMO_1);
}

static void
test_ticket_of_another_order (void)
{
  static const char *tickets[] = { TICKETS_TEST_TK_FULL_FREE, NULL };
  static const char *mixed[] = { TICKETS_TEST_TK_DEMO_1, TICKETS_TEST_TK_FULL_FREE, NULL };
  g_autofree char *consumer = demo_consumer ("elsewhere@example.org");
  g_autofree char *body = order_body (sandbox, TICKETS_TEST_OR_DEMO, tickets, consumer);
  g_autofree char *mixed_body = order_body (sandbox, TICKETS_TEST_OR_DEMO, mixed, consumer);
  g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "POST", "/personalization", TICKETS_TEST_AUTH_ORDER_DEMO, body);
  g_autoptr(TicketsTestResponse) mixed_response = tickets_test_request (sandbox, "POST", "/personalization",
                                                                        TICKETS_TEST_AUTH_ORDER_DEMO, mixed_body);

  tickets_test_assert_error (response, 400, "TICKET_NOT_AVAILABLE");
  /* One foreign ticket spoils the call: the good one stays as it was. */
  tickets_test_assert_error (mixed_response, 400, "TICKET_NOT_AVAILABLE");
  tickets_test_assert_not_personalized (sandbox, TICKETS_TEST_TK_FULL_FREE);
  tickets_test_assert_not_personalized (sandbox, TICKETS_TEST_TK_DEMO_1);
}

static void
test_unknown_ticket (void)
{
  g_autofree char *unknown = tickets_test_uri (sandbox, "tickets", "0123456789abcdef0123456789abcdef");
  const char *tickets[] = { unknown, NULL };
  g_autofree char *consumer = demo_consumer ("nobody@example.org");
  g_autofree char *body = order_body (sandbox, TICKETS_TEST_OR_DEMO, tickets, consumer);
  g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "POST", "/personalization", TICKETS_TEST_AUTH_ORDER_DEMO, body);

  tickets_test_assert_error (response, 400, "TICKET_NOT_AVAILABLE");
}

/* Refused: the request itself */

static void
test_order_and_request (void)
{
  static const char *tickets[] = { TICKETS_TEST_TK_DEMO_1, NULL };
  g_autofree char *order_href = tickets_test_uri (sandbox, "orders", TICKETS_TEST_OR_DEMO);
  g_autofree char *request_href = tickets_test_uri (sandbox, "personalization-requests", TICKETS_TEST_RQ_PENDING);
  g_autofree char *list = tickets_test_ticket_list (sandbox, tickets);
  g_autofree char *consumer = demo_consumer ("both@example.org");
  g_autofree char *both = g_strdup_printf ("{\"order\": \"%s\", \"personalization_request\": \"%s\", \"tickets\": %s, \"consumer\": %s}",
                                           order_href, request_href, list, consumer);
  g_autofree char *neither = g_strdup_printf ("{\"tickets\": %s, \"consumer\": %s}", list, consumer);
  g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "POST", "/personalization", TICKETS_TEST_AUTH_ORDER_DEMO, both);
  g_autoptr(TicketsTestResponse) request_response = tickets_test_request (sandbox, "POST", "/personalization", TICKETS_TEST_AUTH_REQUEST, both);
  g_autoptr(TicketsTestResponse) neither_response = tickets_test_request (sandbox, "POST", "/personalization", TICKETS_TEST_AUTH_ORDER_DEMO, neither);

  tickets_test_assert_error (response, 400, "BAD_REQUEST");
  tickets_test_assert_error (request_response, 400, "BAD_REQUEST");
  tickets_test_assert_error (neither_response, 400, "BAD_REQUEST");
  tickets_test_assert_not_personalized (sandbox, TICKETS_TEST_TK_DEMO_1);
}

static void
test_bad_bodies (void)
{
  static const char *bodies[] = { "{\"order\": ", "[1, 2, 3]", "", "\"order\"", "null" };

  for (guint i = 0; i < G_N_ELEMENTS (bodies); i++)
    {
      g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "POST", "/personalization", TICKETS_TEST_AUTH_ORDER_DEMO, bodies[i]);
      g_autoptr(TicketsTestResponse) after = NULL;

      g_test_message ("body “%s”", bodies[i]);
      tickets_test_assert_error (response, 400, "BAD_REQUEST");

      /* The sandbox keeps serving. */
      after = tickets_test_request (sandbox, "GET", "/personalization/" TICKETS_TEST_PE_ANNA, TICKETS_TEST_AUTH_ORDER_DEMO, NULL);
      g_assert_cmpuint (after->status, ==, 200);
    }
}

static void
test_opt_in (void)
{
  static const char *tickets[] = { TICKETS_TEST_TK_DEMO_1, NULL };
  static const char *opt_ins[] = { "\"yes\"", "true", "[false]", "{\"opt_in\": \"no\"}", "{\"opt_in\": 0}" };
  g_autofree char *order_href = tickets_test_uri (sandbox, "orders", TICKETS_TEST_OR_DEMO);
  g_autofree char *list = tickets_test_ticket_list (sandbox, tickets);
  g_autofree char *consumer = demo_consumer ("opt.in@example.org");

  for (guint i = 0; i < G_N_ELEMENTS (opt_ins); i++)
    {
      g_autofree char *body = g_strdup_printf ("{\"order\": \"%s\", \"tickets\": %s, \"consumer\": %s, \"opt_in\": %s}",
                                               order_href, list, consumer, opt_ins[i]);
      g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "POST", "/personalization", TICKETS_TEST_AUTH_ORDER_DEMO, body);

      g_test_message ("opt_in %s", opt_ins[i]);
      tickets_test_assert_error (response, 400, "BAD_REQUEST");
    }

  tickets_test_assert_not_personalized (sandbox, TICKETS_TEST_TK_DEMO_1);
}

static void
test_auth_refused (void)
{
  static const char *tickets[] = { TICKETS_TEST_TK_DEMO_1, NULL };
  g_autofree char *consumer = demo_consumer ("refused@example.org");
  g_autofree char *body = order_body (sandbox, TICKETS_TEST_OR_DEMO, tickets, consumer);
  static const char *forbidden[] = {
    TICKETS_TEST_AUTH_ORDER_FULL, TICKETS_TEST_AUTH_ORDER_CLOSED, TICKETS_TEST_AUTH_BOXOFFICE, TICKETS_TEST_AUTH_SALES, TICKETS_TEST_AUTH_BEARER,
    TICKETS_TEST_AUTH_REQUEST,
  };
  static const char *unauthorized[] = { "order:wrong-token", "cognito:wrong-token", "basic:boxoffice:wrong" };

  for (guint i = 0; i < G_N_ELEMENTS (forbidden); i++)
    {
      g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "POST", "/personalization", forbidden[i], body);

      g_test_message ("auth %s", forbidden[i]);
      tickets_test_assert_error (response, 403, "FORBIDDEN");
    }

  for (guint i = 0; i < G_N_ELEMENTS (unauthorized); i++)
    {
      g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "POST", "/personalization", unauthorized[i], body);

      g_test_message ("auth %s", unauthorized[i]);
      tickets_test_assert_error (response, 401, "UNAUTHORIZED");
    }

  {
    g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "POST", "/personalization", NULL, body);

    tickets_test_assert_error (response, 401, "UNAUTHORIZED");
    g_assert_nonnull (soup_message_headers_get_one (response->headers, "WWW-Authenticate"));
  }

  /* The Cognito user did not create the FULL order. */
  {
    static const char *full_tickets[] = { TICKETS_TEST_TK_FULL_FREE, NULL };
    g_autofree char *full = full_consumer ("Emma", "emma.cognito@example.com", "NL", NULL);
    g_autofree char *full_body = order_body (sandbox, TICKETS_TEST_OR_FULL, full_tickets, full);
    g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "POST", "/personalization", TICKETS_TEST_AUTH_COGNITO, full_body);

    tickets_test_assert_error (response, 403, "FORBIDDEN");
    tickets_test_assert_not_personalized (sandbox, TICKETS_TEST_TK_FULL_FREE);
  }

  tickets_test_assert_not_personalized (sandbox, TICKETS_TEST_TK_DEMO_1);
}

static void
test_unknown_order (void)
{
  static const char *tickets[] = { TICKETS_TEST_TK_DEMO_1, NULL };
  g_autofree char *consumer = demo_consumer ("lost@example.org");
  g_autofree char *body = order_body (sandbox, "0123456789abcdef0123456789abcdef", tickets, consumer);
  g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "POST", "/personalization", TICKETS_TEST_AUTH_ORDER_DEMO, body);

  tickets_test_assert_error (response, 404, "NOT_FOUND");
  tickets_test_assert_not_personalized (sandbox, TICKETS_TEST_TK_DEMO_1);
}

/* The request way */

static void
test_request_token (void)
{
  TicketsTestSandbox *sb = tickets_test_sandbox_start ();
  static const char *first[] = { TICKETS_TEST_TK_FULL_REQUEST_1, NULL };
  static const char *second[] = { TICKETS_TEST_TK_FULL_REQUEST_2, NULL };
  g_autofree char *consumer = full_consumer ("Noor", "noor.visser@example.com", "NL", NULL);
  g_autofree char *friend = full_consumer ("Sem", "sem.visser@example.com", "BE", NULL);
  g_autofree char *body = request_body (sb, TICKETS_TEST_RQ_PENDING, first, consumer);
  g_autofree char *second_body = request_body (sb, TICKETS_TEST_RQ_PENDING, second, friend);
  g_autofree char *order_href = tickets_test_uri (sb, "orders", TICKETS_TEST_OR_FULL);
  g_autoptr(TicketsTestResponse) response = NULL;
  g_autoptr(TicketsTestResponse) ticket_response = NULL;
  g_autoptr(TicketsTestResponse) state = NULL;
  g_autoptr(TicketsTestResponse) second_response = NULL;
  g_autoptr(TicketsTestResponse) done = NULL;
  g_autoptr(TicketsTestResponse) again = NULL;
  JsonObject *object;
  JsonObject *ticket;

  response = tickets_test_request (sb, "POST", "/personalization", TICKETS_TEST_AUTH_REQUEST, body);
  g_assert_cmpuint (response->status, ==, 201);
  object = tickets_test_response_object (response);
  tickets_test_assert_hal (object, NULL);
  g_assert_cmpstr (soup_message_headers_get_one (response->headers, "Location"), ==, tickets_test_assert_link (object, "self"));
  g_assert_cmpstr (tickets_test_assert_link (object, "shop:order"), ==, order_href);
  g_assert_cmpuint (json_array_get_length (tickets_test_embedded_list (object, "shop:ticket")), ==, 1);
  assert_consumer_is (json_object_get_object_member (object, "consumer"), consumer);

  /* The friend may read the ticket they personalized. */
  ticket = tickets_test_get_ticket (sb, TICKETS_TEST_TK_FULL_REQUEST_1, TICKETS_TEST_AUTH_REQUEST, &ticket_response);
  g_assert_true (json_object_get_boolean_member (ticket, "personalized"));
  g_assert_false (json_object_get_boolean_member (ticket, "needs_personalization"));
  assert_consumer_is (json_object_get_object_member (ticket, "consumer"), consumer);

  /* One of two tickets: the request is still pending. */
  state = tickets_test_request (sb, "GET", "/personalization-requests/" TICKETS_TEST_RQ_PENDING, TICKETS_TEST_AUTH_REQUEST, NULL);
  g_assert_cmpuint (state->status, ==, 200);
  g_assert_cmpstr (json_object_get_string_member (tickets_test_response_object (state), "state"), ==, "pending");

  second_response = tickets_test_request (sb, "POST", "/personalization", TICKETS_TEST_AUTH_REQUEST, second_body);
  g_assert_cmpuint (second_response->status, ==, 201);
  assert_consumer_is (json_object_get_object_member (tickets_test_response_object (second_response), "consumer"), friend);

  done = tickets_test_request (sb, "GET", "/personalization-requests/" TICKETS_TEST_RQ_PENDING, TICKETS_TEST_AUTH_REQUEST, NULL);
  g_assert_cmpuint (done->status, ==, 200);
  g_assert_cmpstr (json_object_get_string_member (tickets_test_response_object (done), "state"), ==, "completed");

  /* A completed request personalizes nothing more. */
  again = tickets_test_request (sb, "POST", "/personalization", TICKETS_TEST_AUTH_REQUEST, body);
  tickets_test_assert_error (again, 403, "FORBIDDEN");

  tickets_test_sandbox_stop (sb);
}

static void
test_request_refused (void)
{
  static const char *outside[] = { TICKETS_TEST_TK_FULL_FREE, NULL };
  static const char *inside[] = { TICKETS_TEST_TK_FULL_REQUEST_1, NULL };
  static const char *done_tickets[] = { TICKETS_TEST_TK_CLOSED_PERSONALIZED, NULL };
  g_autofree char *consumer = full_consumer ("Noor", "noor.refused@example.com", "NL", NULL);
  g_autofree char *outside_body = request_body (sandbox, TICKETS_TEST_RQ_PENDING, outside, consumer);
  g_autofree char *order_way = order_body (sandbox, TICKETS_TEST_OR_FULL, inside, consumer);
  g_autofree char *inside_body = request_body (sandbox, TICKETS_TEST_RQ_PENDING, inside, consumer);
  g_autofree char *done_body = request_body (sandbox, TICKETS_TEST_RQ_COMPLETED, done_tickets, consumer);
  g_autofree char *unknown_body = request_body (sandbox, "0123456789abcdef0123456789abcdef", inside, consumer);
  g_autoptr(TicketsTestResponse) outside_response = tickets_test_request (sandbox, "POST", "/personalization",
                                                                          TICKETS_TEST_AUTH_REQUEST, outside_body);
  g_autoptr(TicketsTestResponse) order_response = tickets_test_request (sandbox, "POST", "/personalization", TICKETS_TEST_AUTH_REQUEST, order_way);
  g_autoptr(TicketsTestResponse) other_request = tickets_test_request (sandbox, "POST", "/personalization",
                                                                       TICKETS_TEST_AUTH_REQUEST_COMPLETED, inside_body);
  g_autoptr(TicketsTestResponse) done_response = tickets_test_request (sandbox, "POST", "/personalization",
                                                                       TICKETS_TEST_AUTH_REQUEST_COMPLETED, done_body);
  g_autoptr(TicketsTestResponse) order_token = tickets_test_request (sandbox, "POST", "/personalization", TICKETS_TEST_AUTH_ORDER_FULL, inside_body);
  g_autoptr(TicketsTestResponse) unknown = tickets_test_request (sandbox, "POST", "/personalization", TICKETS_TEST_AUTH_REQUEST, unknown_body);

  tickets_test_assert_error (outside_response, 400, "TICKET_NOT_AVAILABLE");
  tickets_test_assert_error (order_response, 403, "FORBIDDEN");
  /* Another request's token, a completed request, or the order's own token. */
  tickets_test_assert_error (other_request, 403, "FORBIDDEN");
  tickets_test_assert_error (done_response, 403, "FORBIDDEN");
  tickets_test_assert_error (order_token, 403, "FORBIDDEN");
  tickets_test_assert_error (unknown, 404, "NOT_FOUND");

  tickets_test_assert_not_personalized (sandbox, TICKETS_TEST_TK_FULL_FREE);
  tickets_test_assert_not_personalized (sandbox, TICKETS_TEST_TK_FULL_REQUEST_1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sandbox/personalization/order-token", test_order_token);
  g_test_add_func ("/sandbox/personalization/cognito-token", test_cognito_token);
  g_test_add_func ("/sandbox/personalization/full-form", test_full_form);
  g_test_add_func ("/sandbox/personalization/closed-period", test_closed_period);
  g_test_add_func ("/sandbox/personalization/future-period", test_future_period);
  g_test_add_func ("/sandbox/personalization/no-personalization", test_no_personalization);
  g_test_add_func ("/sandbox/personalization/invalid-ticket", test_invalid_ticket);
  g_test_add_func ("/sandbox/personalization/duplicate-ticket", test_duplicate_ticket);
  g_test_add_func ("/sandbox/personalization/ticket-of-another-order", test_ticket_of_another_order);
  g_test_add_func ("/sandbox/personalization/unknown-ticket", test_unknown_ticket);
  g_test_add_func ("/sandbox/personalization/order-and-request", test_order_and_request);
  g_test_add_func ("/sandbox/personalization/bad-bodies", test_bad_bodies);
  g_test_add_func ("/sandbox/personalization/opt-in", test_opt_in);
  g_test_add_func ("/sandbox/personalization/auth-refused", test_auth_refused);
  g_test_add_func ("/sandbox/personalization/unknown-order", test_unknown_order);
  g_test_add_func ("/sandbox/personalization/request-token", test_request_token);
  g_test_add_func ("/sandbox/personalization/request-refused", test_request_refused);

  return tickets_test_run_with_sandbox (&sandbox);
}
