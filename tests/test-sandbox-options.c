/* test-sandbox-options.c: OPTIONS on every resource, and 405 with Allow
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-test-sandbox.h"

#define DOCS "https://shopping-api-docs.paylogic.com/documentation/"

static TicketsTestSandbox *sandbox;

static const struct {
  const char *path;
  const char *allow;
  const char *page;
} resources[] = {
  { "/", "OPTIONS, GET", "root" },
  { "/events", "OPTIONS, GET", "events" },
  { "/events/" TICKETS_TEST_EV_OPEN, "OPTIONS, GET", "events" },
  { "/products", "OPTIONS, GET", "products" },
  { "/products/" TICKETS_TEST_PR_WEEKEND, "OPTIONS, GET", "products" },
  { "/orders", "OPTIONS, POST", "orders" },
  { "/orders/" TICKETS_TEST_OR_DEMO, "OPTIONS, GET", "orders" },
  { "/tickets", "OPTIONS, GET", "tickets" },
  { "/tickets/" TICKETS_TEST_TK_DEMO_1, "OPTIONS, GET", "tickets" },
  { "/personalization", "OPTIONS, GET, POST", "personalization" },
  { "/personalization/" TICKETS_TEST_PE_ANNA, "OPTIONS, GET", "personalization" },
  { "/personalization-requests", "OPTIONS, POST", "personalization-requests" },
  { "/personalization-requests/" TICKETS_TEST_RQ_PENDING, "OPTIONS, GET, DELETE", "personalization-requests" },
  { "/consumers", "OPTIONS, GET, POST", "consumers" },
  { "/consumers/" TICKETS_TEST_CO_JOHN, "OPTIONS, GET", "consumers" },
};

static void
assert_options (const char *path,
                const char *auth,
                const char *allow,
                const char *page)
{
  g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "OPTIONS", path, auth, NULL);
  g_autofree char *link = g_strdup_printf ("<" DOCS "%s.html>; type=text/html; rel=help", page);

  g_test_message ("OPTIONS %s with %s", path, auth != NULL ? auth : "nothing");
  g_assert_cmpuint (response->status, ==, 200);
  g_assert_cmpstr (soup_message_headers_get_one (response->headers, "Allow"), ==, allow);
  g_assert_cmpstr (soup_message_headers_get_one (response->headers, "Link"), ==, link);
  /* OPTIONS answers no resource. */
  g_assert_null (soup_message_headers_get_one (response->headers, "WWW-Authenticate"));
  g_assert_null (response->body);
}

static void
test_options_every_resource (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (resources); i++)
    assert_options (resources[i].path, NULL, resources[i].allow, resources[i].page);
}

/* The answer does not depend on credentials, good, bad or forbidden. */
static void
test_options_any_credentials (void)
{
  static const char *auths[] = {
    TICKETS_TEST_AUTH_BOXOFFICE, "basic:boxoffice:wrong", TICKETS_TEST_AUTH_DEFAULT, "order:wrong",
    TICKETS_TEST_AUTH_ORDER_DEMO, TICKETS_TEST_AUTH_COGNITO, TICKETS_TEST_AUTH_REQUEST,
  };

  for (guint i = 0; i < G_N_ELEMENTS (resources); i++)
    for (guint a = 0; a < G_N_ELEMENTS (auths); a++)
      assert_options (resources[i].path, auths[a], resources[i].allow, resources[i].page);
}

/* The methods OPTIONS lists are the ones the resource takes: every other
 * one is 405 with the same Allow, with or without credentials. */
static void
test_options_matches_405 (void)
{
  static const char *methods[] = { "GET", "POST", "PUT", "PATCH", "DELETE" };

  for (guint i = 0; i < G_N_ELEMENTS (resources); i++)
    {
      g_auto(GStrv) allowed = g_strsplit (resources[i].allow, ", ", -1);

      for (guint m = 0; m < G_N_ELEMENTS (methods); m++)
        {
          g_autoptr(TicketsTestResponse) response = NULL;

          if (g_strv_contains ((const char * const *) allowed, methods[m]))
            continue;

          response = tickets_test_request (sandbox, methods[m], resources[i].path, NULL, "{}");
          g_test_message ("%s %s", methods[m], resources[i].path);
          tickets_test_assert_not_allowed (response, resources[i].allow);
        }
    }
}

static void
test_options_put_patch (void)
{
  struct {
    const char *method;
    const char *path;
    const char *allow;
    const char *page;
  } cases[] = {
    { "PUT", "/events", "OPTIONS, GET", "events" },
    { "PATCH", "/events/" TICKETS_TEST_EV_OPEN, "OPTIONS, GET", "events" },
    { "PUT", "/orders/" TICKETS_TEST_OR_DEMO, "OPTIONS, GET", "orders" },
    { "PATCH", "/tickets/" TICKETS_TEST_TK_DEMO_1, "OPTIONS, GET", "tickets" },
    { "PUT", "/consumers/" TICKETS_TEST_CO_JOHN, "OPTIONS, GET", "consumers" },
    { "PATCH", "/consumers", "OPTIONS, GET, POST", "consumers" },
    { "PUT", "/personalization", "OPTIONS, GET, POST", "personalization" },
    { "PATCH", "/personalization-requests/" TICKETS_TEST_RQ_PENDING, "OPTIONS, GET, DELETE", "personalization-requests" },
    { "PUT", "/", "OPTIONS, GET", "root" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, cases[i].method, cases[i].path,
                                                                     TICKETS_TEST_AUTH_BOXOFFICE, "{}");
      g_autofree char *help = g_strconcat (DOCS, cases[i].page, ".html", NULL);
      JsonObject *links;

      g_test_message ("%s %s", cases[i].method, cases[i].path);
      tickets_test_assert_not_allowed (response, cases[i].allow);
      /* The error's help link is the resource's page. */
      links = tickets_test_get_links (tickets_test_response_object (response));
      g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (links, "help"), "href"), ==, help);
    }
}

static void
test_options_unknown (void)
{
  static const char *paths[] = { "/no-such-thing", "/events/x/y/z", "/events/" TICKETS_TEST_EV_OPEN "/products" };

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "OPTIONS", paths[i], NULL, NULL);

      g_test_message ("OPTIONS %s", paths[i]);
      tickets_test_assert_error (response, 404, "NOT_FOUND");
      g_assert_null (soup_message_headers_get_one (response->headers, "Allow"));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sandbox/options/every-resource", test_options_every_resource);
  g_test_add_func ("/sandbox/options/any-credentials", test_options_any_credentials);
  g_test_add_func ("/sandbox/options/matches-405", test_options_matches_405);
  g_test_add_func ("/sandbox/options/put-patch", test_options_put_patch);
  g_test_add_func ("/sandbox/options/unknown", test_options_unknown);

  return tickets_test_run_with_sandbox (&sandbox);
}
