/* test-sandbox-personalization-consumer.c: POST /personalization refused
 * for its consumer: fields missing or malformed, the gender, the date of
 * birth, the state, an email another ticket of the product holds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-test-personalization.h"

/* Shared by the tests that change nothing; those that do start their own. */
static TicketsTestSandbox *sandbox;

static void
test_missing_fields (void)
{
  static const char *tickets[] = { TICKETS_TEST_TK_DEMO_1, NULL };
  static const char *missing[] = { "last_name", "date_of_birth", "gender", "email", NULL };
  static const char *all[] = { "first_name", "last_name", "date_of_birth", "gender", "email", NULL };
  g_autofree char *body = order_body (sandbox, TICKETS_TEST_OR_DEMO, tickets, "{\"first_name\": \"John\"}");
  g_autofree char *blank = order_body (sandbox, TICKETS_TEST_OR_DEMO, tickets,
                                       "{\"first_name\": \"  \", \"last_name\": \"\", \"date_of_birth\": null}");
  g_autofree char *order_href = tickets_test_uri (sandbox, "orders", TICKETS_TEST_OR_DEMO);
  g_autofree char *list = tickets_test_ticket_list (sandbox, tickets);
  g_autofree char *no_consumer = g_strdup_printf ("{\"order\": \"%s\", \"tickets\": %s}", order_href, list);
  g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "POST", "/personalization", TICKETS_TEST_AUTH_ORDER_DEMO, body);
  g_autoptr(TicketsTestResponse) blank_response = tickets_test_request (sandbox, "POST", "/personalization", TICKETS_TEST_AUTH_ORDER_DEMO, blank);
  g_autoptr(TicketsTestResponse) none_response = tickets_test_request (sandbox, "POST", "/personalization",
                                                                       TICKETS_TEST_AUTH_ORDER_DEMO, no_consumer);

  assert_details (response, missing);
  /* Blank or null is as good as missing. */
  assert_details (blank_response, all);
  tickets_test_assert_error (none_response, 400, "INSUFFICIENT_CONSUMER_INFORMATION");
  tickets_test_assert_not_personalized (sandbox, TICKETS_TEST_TK_DEMO_1);
}

static void
test_malformed_fields (void)
{
  static const char *tickets[] = { TICKETS_TEST_TK_DEMO_1, NULL };
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) later = g_date_time_add_days (now, 2);
  g_autofree char *future = g_date_time_format (later, "%Y-%m-%d");
  g_autofree char *future_consumer = g_strdup_printf ("{\"gender\": 1, \"first_name\": \"John\", \"last_name\": \"Doe\", "
                                                      "\"date_of_birth\": \"%s\", \"email\": \"john.doe@example.org\"}", future);
  const struct {
    const char *consumer;
    const char *field;
  } cases[] = {
    { "{\"gender\": 1, \"first_name\": \"John\", \"last_name\": \"Doe\", \"date_of_birth\": \"1970-01-01\", \"email\": \"john.doe.example.org\"}", "email" },
    { "{\"gender\": 1, \"first_name\": \"John\", \"last_name\": \"Doe\", \"date_of_birth\": \"1970-01-01\", \"email\": \"john@doe\"}", "email" },
    { "{\"gender\": 1, \"first_name\": \"John\", \"last_name\": \"Doe\", \"date_of_birth\": \"01-01-1970\", \"email\": \"john.doe@example.org\"}", "date_of_birth" },
    { "{\"gender\": 1, \"first_name\": \"John\", \"last_name\": \"Doe\", \"date_of_birth\": \"1970-02-30\", \"email\": \"john.doe@example.org\"}", "date_of_birth" },
    { future_consumer, "date_of_birth" },
    { "{\"gender\": 5, \"first_name\": \"John\", \"last_name\": \"Doe\", \"date_of_birth\": \"1970-01-01\", \"email\": \"john.doe@example.org\"}", "gender" },
    { "{\"gender\": \"x\", \"first_name\": \"John\", \"last_name\": \"Doe\", \"date_of_birth\": \"1970-01-01\", \"email\": \"john.doe@example.org\"}", "gender" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *body = order_body (sandbox, TICKETS_TEST_OR_DEMO, tickets, cases[i].consumer);
      g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "POST", "/personalization", TICKETS_TEST_AUTH_ORDER_DEMO, body);
      const char *fields[] = { cases[i].field, NULL };

      g_test_message ("consumer %s", cases[i].consumer);
      assert_details (response, fields);
    }

  tickets_test_assert_not_personalized (sandbox, TICKETS_TEST_TK_DEMO_1);
}

/* The date of birth follows the app's rule (tickets_date_of_birth_check()):
 * a date in the future or before 1900 is refused with the server's
 * message, and nothing is personalized; 1 January 1900 is taken. */
static void
test_date_of_birth_bounds (void)
{
  TicketsTestSandbox *sb = tickets_test_sandbox_start ();
  static const char *tickets[] = { TICKETS_TEST_TK_DEMO_1, NULL };
  static const char *date_of_birth[] = { "date_of_birth", NULL };
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) later = g_date_time_add_days (now, 2);
  g_autofree char *future = g_date_time_format (later, "%Y-%m-%d");
  const struct {
    const char *date;
    const char *message;
  } refused[] = {
    { future, "The date of birth cannot be in the future." },
    { "1899-12-31", "The date of birth cannot be before 1900." },
    { "1066-10-14", "The date of birth cannot be before 1900." },
    { "1899-02-30", "Enter a valid date in the format YYYY-MM-DD." },
  };
  const char *earliest = "{\"gender\": 2, \"first_name\": \"Anna\", \"last_name\": \"Visser\", "
                         "\"date_of_birth\": \"1900-01-01\", \"email\": \"anna@example.org\"}";
  g_autofree char *body = order_body (sb, TICKETS_TEST_OR_DEMO, tickets, earliest);
  g_autoptr(TicketsTestResponse) response = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autofree char *consumer = g_strdup_printf ("{\"gender\": 2, \"first_name\": \"Anna\", \"last_name\": \"Visser\", "
                                                   "\"date_of_birth\": \"%s\", \"email\": \"anna@example.org\"}",
                                                   refused[i].date);
      g_autofree char *refused_body = order_body (sb, TICKETS_TEST_OR_DEMO, tickets, consumer);
      g_autoptr(TicketsTestResponse) refusal = tickets_test_request (sb, "POST", "/personalization",
                                                                     TICKETS_TEST_AUTH_ORDER_DEMO, refused_body);
      JsonObject *details;

      g_test_message ("date of birth %s", refused[i].date);
      assert_details (refusal, date_of_birth);
      details = json_object_get_object_member (tickets_test_response_object (refusal), "details");
      g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (details, "date_of_birth"), 0), ==,
                       refused[i].message);
      tickets_test_assert_not_personalized (sb, TICKETS_TEST_TK_DEMO_1);
    }

  response = tickets_test_request (sb, "POST", "/personalization", TICKETS_TEST_AUTH_ORDER_DEMO, body);
  assert_personalization_body (sb, response, TICKETS_TEST_TK_DEMO_1, earliest);

  tickets_test_sandbox_stop (sb);
}

/* The DEMO form requires the gender: 0 ("unknown") answers nothing and is
 * refused as missing, whether sent as a number or a string; 9 ("other") is
 * an answer. */
static void
test_required_gender (void)
{
  TicketsTestSandbox *sb = tickets_test_sandbox_start ();
  static const char *tickets[] = { TICKETS_TEST_TK_DEMO_1, NULL };
  static const char *gender[] = { "gender", NULL };
  const char *unknown[] = {
    "{\"gender\": 0, \"first_name\": \"John\", \"last_name\": \"Doe\", \"date_of_birth\": \"1970-01-01\", \"email\": \"john.doe@example.org\"}",
    "{\"gender\": \"0\", \"first_name\": \"John\", \"last_name\": \"Doe\", \"date_of_birth\": \"1970-01-01\", \"email\": \"john.doe@example.org\"}",
  };
  const char *other = "{\"gender\": 9, \"first_name\": \"John\", \"last_name\": \"Doe\", "
                      "\"date_of_birth\": \"1970-01-01\", \"email\": \"john.doe@example.org\"}";
  g_autofree char *body = order_body (sb, TICKETS_TEST_OR_DEMO, tickets, other);
  g_autoptr(TicketsTestResponse) response = NULL;
  JsonObject *details;

  for (guint i = 0; i < G_N_ELEMENTS (unknown); i++)
    {
      g_autofree char *refused_body = order_body (sb, TICKETS_TEST_OR_DEMO, tickets, unknown[i]);
      g_autoptr(TicketsTestResponse) refused = tickets_test_request (sb, "POST", "/personalization",
                                                                     TICKETS_TEST_AUTH_ORDER_DEMO, refused_body);

      assert_details (refused, gender);
      details = json_object_get_object_member (tickets_test_response_object (refused), "details");
      g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (details, "gender"), 0), ==,
                       "This field is required.");
      tickets_test_assert_not_personalized (sb, TICKETS_TEST_TK_DEMO_1);
    }

  response = tickets_test_request (sb, "POST", "/personalization", TICKETS_TEST_AUTH_ORDER_DEMO, body);
  assert_personalization_body (sb, response, TICKETS_TEST_TK_DEMO_1, other);

  tickets_test_sandbox_stop (sb);
}

static void
test_state_required_for_us (void)
{
  static const char *tickets[] = { TICKETS_TEST_TK_FULL_FREE, NULL };
  static const char *state[] = { "state", NULL };
  g_autofree char *consumer = full_consumer ("Emma", "emma.us@example.com", "US", NULL);
  g_autofree char *body = order_body (sandbox, TICKETS_TEST_OR_FULL, tickets, consumer);
  g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "POST", "/personalization", TICKETS_TEST_AUTH_ORDER_FULL, body);

  assert_details (response, state);
  tickets_test_assert_not_personalized (sandbox, TICKETS_TEST_TK_FULL_FREE);
}

static void
test_unique_email (void)
{
  static const char *one[] = { TICKETS_TEST_TK_DEMO_1, NULL };
  static const char *two[] = { TICKETS_TEST_TK_DEMO_1, TICKETS_TEST_TK_DEMO_2, NULL };
  static const char *email[] = { "email", NULL };
  /* Anna holds a Weekend ticket of this order with this address. */
  g_autofree char *anna = demo_consumer ("anna.devries@example.org");
  g_autofree char *anna_upper = demo_consumer ("Anna.DeVries@Example.org");
  g_autofree char *fresh = demo_consumer ("one.for.two@example.org");
  g_autofree char *body = order_body (sandbox, TICKETS_TEST_OR_DEMO, one, anna);
  g_autofree char *upper_body = order_body (sandbox, TICKETS_TEST_OR_DEMO, one, anna_upper);
  g_autofree char *two_body = order_body (sandbox, TICKETS_TEST_OR_DEMO, two, fresh);
  g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "POST", "/personalization", TICKETS_TEST_AUTH_ORDER_DEMO, body);
  g_autoptr(TicketsTestResponse) upper_response = tickets_test_request (sandbox, "POST", "/personalization",
                                                                        TICKETS_TEST_AUTH_ORDER_DEMO, upper_body);
  g_autoptr(TicketsTestResponse) two_response = tickets_test_request (sandbox, "POST", "/personalization", TICKETS_TEST_AUTH_ORDER_DEMO, two_body);

  assert_details (response, email);
  assert_details (upper_response, email);
  /* Two Weekend tickets cannot share one address either. */
  assert_details (two_response, email);
  tickets_test_assert_not_personalized (sandbox, TICKETS_TEST_TK_DEMO_1);
  tickets_test_assert_not_personalized (sandbox, TICKETS_TEST_TK_DEMO_2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sandbox/personalization/missing-fields", test_missing_fields);
  g_test_add_func ("/sandbox/personalization/malformed-fields", test_malformed_fields);
  g_test_add_func ("/sandbox/personalization/required-gender", test_required_gender);
  g_test_add_func ("/sandbox/personalization/date-of-birth-bounds", test_date_of_birth_bounds);
  g_test_add_func ("/sandbox/personalization/state-required-for-us", test_state_required_for_us);
  g_test_add_func ("/sandbox/personalization/unique-email", test_unique_email);

  return tickets_test_run_with_sandbox (&sandbox);
}
