/* test-sandbox-personalization-get.c: GET /personalization/{uid} and the
 * list of an order's personalizations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tickets-test-personalization.h"

/* Shared by the tests that change nothing; those that do start their own. */
static TicketsTestSandbox *sandbox;

static void
test_get_one (void)
{
  g_autofree char *ticket_href = tickets_test_uri (sandbox, "tickets", TICKETS_TEST_TK_DEMO_ANNA);
  g_autofree char *order_href = tickets_test_uri (sandbox, "orders", TICKETS_TEST_OR_DEMO);
  static const char *readers[] = { TICKETS_TEST_AUTH_ORDER_DEMO, TICKETS_TEST_AUTH_COGNITO };
  static const char *forbidden[] = {
    TICKETS_TEST_AUTH_ORDER_FULL, TICKETS_TEST_AUTH_BOXOFFICE, TICKETS_TEST_AUTH_SALES, TICKETS_TEST_AUTH_BEARER, TICKETS_TEST_AUTH_REQUEST,
  };

  for (guint i = 0; i < G_N_ELEMENTS (readers); i++)
    {
      g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "GET", "/personalization/" TICKETS_TEST_PE_ANNA,
                                                                      readers[i], NULL);
      JsonObject *object;
      JsonObject *consumer;
      JsonArray *tickets;

      g_test_message ("auth %s", readers[i]);
      g_assert_cmpuint (response->status, ==, 200);
      object = tickets_test_response_object (response);
      tickets_test_assert_hal (object, NULL);
      g_assert_true (g_str_has_suffix (tickets_test_assert_link (object, "self"), "/personalization/" TICKETS_TEST_PE_ANNA));
      g_assert_cmpstr (tickets_test_assert_link (object, "shop:order"), ==, order_href);

      consumer = json_object_get_object_member (object, "consumer");
      g_assert_cmpstr (json_object_get_string_member (consumer, "first_name"), ==, "Anna");
      g_assert_cmpstr (json_object_get_string_member (consumer, "last_name"), ==, "de Vries");
      g_assert_cmpstr (json_object_get_string_member (consumer, "email"), ==, "anna.devries@example.org");
      g_assert_cmpint (json_object_get_int_member (consumer, "gender"), ==, 2);

      tickets = tickets_test_embedded_list (object, "shop:ticket");
      g_assert_cmpuint (json_array_get_length (tickets), ==, 1);
      g_assert_cmpstr (tickets_test_assert_link (json_array_get_object_element (tickets, 0), "self"), ==, ticket_href);
      g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (json_array_get_object_element (tickets, 0),
                                                                                      "consumer"), "first_name"), ==, "Anna");
    }

  for (guint i = 0; i < G_N_ELEMENTS (forbidden); i++)
    {
      g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "GET", "/personalization/" TICKETS_TEST_PE_ANNA,
                                                                      forbidden[i], NULL);

      g_test_message ("auth %s", forbidden[i]);
      tickets_test_assert_error (response, 403, "FORBIDDEN");
    }

  {
    g_autoptr(TicketsTestResponse) none = tickets_test_request (sandbox, "GET", "/personalization/" TICKETS_TEST_PE_ANNA, NULL, NULL);
    g_autoptr(TicketsTestResponse) unknown = tickets_test_request (sandbox, "GET", "/personalization/0123456789abcdef0123456789abcdef",
                                                                   TICKETS_TEST_AUTH_ORDER_DEMO, NULL);

    tickets_test_assert_error (none, 401, "UNAUTHORIZED");
    tickets_test_assert_error (unknown, 404, "NOT_FOUND");
  }
}

static char *
list_path (TicketsTestSandbox *sb,
           const char         *order)
{
  g_autofree char *order_href = tickets_test_uri (sb, "orders", order);
  g_autofree char *escaped = g_uri_escape_string (order_href, NULL, FALSE);

  return g_strconcat ("/personalization?order=", escaped, NULL);
}

static GPtrArray *
list_uids (TicketsTestResponse *response)
{
  JsonObject *object = tickets_test_response_object (response);
  JsonArray *list = tickets_test_embedded_list (object, "shop:personalization");
  GPtrArray *uids = g_ptr_array_new_with_free_func (g_free);

  g_assert_nonnull (list);
  for (guint i = 0; i < json_array_get_length (list); i++)
    {
      const char *self = tickets_test_assert_link (json_array_get_object_element (list, i), "self");

      g_ptr_array_add (uids, g_strdup (strrchr (self, '/') + 1));
    }

  return uids;
}

static gboolean
has_uid (GPtrArray  *uids,
         const char *uid)
{
  return g_ptr_array_find_with_equal_func (uids, uid, g_str_equal, NULL);
}

static void
test_list (void)
{
  TicketsTestSandbox *sb = tickets_test_sandbox_start ();
  g_autofree char *path = list_path (sb, TICKETS_TEST_OR_DEMO);
  static const char *first[] = { TICKETS_TEST_TK_DEMO_1, NULL };
  static const char *second[] = { TICKETS_TEST_TK_DEMO_SEATED, NULL };
  g_autofree char *consumer = demo_consumer ("first.listed@example.org");
  g_autofree char *second_consumer = demo_consumer ("second.listed@example.org");
  g_autofree char *body = order_body (sb, TICKETS_TEST_OR_DEMO, first, consumer);
  g_autofree char *second_body = order_body (sb, TICKETS_TEST_OR_DEMO, second, second_consumer);
  g_autoptr(TicketsTestResponse) before = tickets_test_request (sb, "GET", path, TICKETS_TEST_AUTH_ORDER_DEMO, NULL);
  g_autoptr(TicketsTestResponse) created = NULL;
  g_autoptr(TicketsTestResponse) created_second = NULL;
  g_autoptr(TicketsTestResponse) after = NULL;
  g_autoptr(TicketsTestResponse) cognito = NULL;
  g_autoptr(GPtrArray) before_uids = NULL;
  g_autoptr(GPtrArray) after_uids = NULL;
  g_autoptr(GPtrArray) cognito_uids = NULL;
  const char *new_self;
  const char *second_self;

  g_assert_cmpuint (before->status, ==, 200);
  tickets_test_assert_hal (tickets_test_response_object (before), NULL);
  before_uids = list_uids (before);
  g_assert_cmpuint (before_uids->len, ==, 1);
  g_assert_true (has_uid (before_uids, TICKETS_TEST_PE_ANNA));

  created = tickets_test_request (sb, "POST", "/personalization", TICKETS_TEST_AUTH_ORDER_DEMO, body);
  g_assert_cmpuint (created->status, ==, 201);
  created_second = tickets_test_request (sb, "POST", "/personalization", TICKETS_TEST_AUTH_COGNITO, second_body);
  g_assert_cmpuint (created_second->status, ==, 201);
  new_self = soup_message_headers_get_one (created->headers, "Location");
  second_self = soup_message_headers_get_one (created_second->headers, "Location");

  after = tickets_test_request (sb, "GET", path, TICKETS_TEST_AUTH_ORDER_DEMO, NULL);
  g_assert_cmpuint (after->status, ==, 200);
  after_uids = list_uids (after);
  g_assert_cmpuint (after_uids->len, ==, 3);
  g_assert_true (has_uid (after_uids, TICKETS_TEST_PE_ANNA));
  g_assert_true (has_uid (after_uids, strrchr (new_self, '/') + 1));
  g_assert_true (has_uid (after_uids, strrchr (second_self, '/') + 1));

  cognito = tickets_test_request (sb, "GET", path, TICKETS_TEST_AUTH_COGNITO, NULL);
  g_assert_cmpuint (cognito->status, ==, 200);
  cognito_uids = list_uids (cognito);
  g_assert_cmpuint (cognito_uids->len, ==, 3);

  tickets_test_sandbox_stop (sb);
}

static void
test_list_refused (void)
{
  g_autofree char *demo = list_path (sandbox, TICKETS_TEST_OR_DEMO);
  g_autofree char *unknown = list_path (sandbox, "0123456789abcdef0123456789abcdef");
  g_autofree char *extra = g_strconcat (demo, "&page=1", NULL);
  static const char *forbidden[] = { TICKETS_TEST_AUTH_ORDER_FULL, TICKETS_TEST_AUTH_BOXOFFICE, TICKETS_TEST_AUTH_BEARER, TICKETS_TEST_AUTH_REQUEST };

  {
    g_autoptr(TicketsTestResponse) missing = tickets_test_request (sandbox, "GET", "/personalization", TICKETS_TEST_AUTH_ORDER_DEMO, NULL);
    g_autoptr(TicketsTestResponse) other = tickets_test_request (sandbox, "GET", "/personalization?event=x", TICKETS_TEST_AUTH_ORDER_DEMO, NULL);
    g_autoptr(TicketsTestResponse) extra_response = tickets_test_request (sandbox, "GET", extra, TICKETS_TEST_AUTH_ORDER_DEMO, NULL);
    g_autoptr(TicketsTestResponse) unknown_response = tickets_test_request (sandbox, "GET", unknown, TICKETS_TEST_AUTH_ORDER_DEMO, NULL);
    g_autoptr(TicketsTestResponse) none = tickets_test_request (sandbox, "GET", demo, NULL, NULL);

    tickets_test_assert_error (missing, 400, "BAD_REQUEST");
    tickets_test_assert_error (other, 400, "BAD_REQUEST");
    tickets_test_assert_error (extra_response, 400, "BAD_REQUEST");
    tickets_test_assert_error (unknown_response, 404, "NOT_FOUND");
    tickets_test_assert_error (none, 401, "UNAUTHORIZED");
  }

  for (guint i = 0; i < G_N_ELEMENTS (forbidden); i++)
    {
      g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "GET", demo, forbidden[i], NULL);

      g_test_message ("auth %s", forbidden[i]);
      tickets_test_assert_error (response, 403, "FORBIDDEN");
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sandbox/personalization/get-one", test_get_one);
  g_test_add_func ("/sandbox/personalization/list", test_list);
  g_test_add_func ("/sandbox/personalization/list-refused", test_list_refused);

  return tickets_test_run_with_sandbox (&sandbox);
}
