/* test-sandbox-root.c: the root resource and authentication in general
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-test-sandbox.h"

static TicketsTestSandbox *sandbox;

static void
test_root_links (void)
{
  g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "GET", "/", TICKETS_TEST_AUTH_BOXOFFICE, NULL);
  JsonObject *object;
  JsonObject *links;
  static const char *rels[] = {
    "self", "profile", "help", "curies", "shop:bill", "shop:order", "shop:ticket_transfer_approval",
    "shop:tickets", "shop:event", "shop:ticket", "shop:status",
  };

  g_assert_cmpuint (response->status, ==, 200);
  g_assert_cmpstr (soup_message_headers_get_content_type (response->headers, NULL), ==, "application/hal+json");
  object = tickets_test_response_object (response);
  tickets_test_assert_hal (object, "root");

  links = tickets_test_get_links (object);
  for (guint i = 0; i < G_N_ELEMENTS (rels); i++)
    g_assert_true (json_object_has_member (links, rels[i]));

  g_assert_true (json_object_get_boolean_member (json_object_get_object_member (links, "shop:tickets"), "templated"));
  g_assert_true (g_str_has_suffix (json_object_get_string_member (json_object_get_object_member (links, "shop:tickets"), "href"),
                                   "/tickets{?event,code}"));
  g_assert_true (g_str_has_suffix (json_object_get_string_member (json_object_get_object_member (links, "shop:ticket"), "href"),
                                   "/tickets/{uid}"));
}

static void
test_root_every_auth_mode (void)
{
  static const char *accepted[] = {
    TICKETS_TEST_AUTH_DEFAULT, TICKETS_TEST_AUTH_SPA, TICKETS_TEST_AUTH_SALES, TICKETS_TEST_AUTH_BOXOFFICE,
    TICKETS_TEST_AUTH_BEARER, TICKETS_TEST_AUTH_ORDER_DEMO, TICKETS_TEST_AUTH_COGNITO, TICKETS_TEST_AUTH_REQUEST,
  };
  static const char *refused[] = {
    "basic:boxoffice:wrong", "basic:nobody:boxoffice-demo", "bearer:wrong", "order:wrong",
    "cognito:wrong", "request:wrong", "raw:Authorization:Digest abc", "raw:Authorization:Basic !!!",
  };

  for (guint i = 0; i < G_N_ELEMENTS (accepted); i++)
    {
      g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "GET", "/", accepted[i], NULL);

      g_test_message ("auth %s", accepted[i]);
      g_assert_cmpuint (response->status, ==, 200);
    }

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "GET", "/", refused[i], NULL);

      g_test_message ("auth %s", refused[i]);
      tickets_test_assert_error (response, 401, "UNAUTHORIZED");
      g_assert_nonnull (soup_message_headers_get_one (response->headers, "WWW-Authenticate"));
    }
}

static void
test_root_no_auth (void)
{
  g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "GET", "/", NULL, NULL);

  tickets_test_assert_error (response, 401, "UNAUTHORIZED");
}

static void
test_unknown_path (void)
{
  g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "GET", "/no-such-thing", TICKETS_TEST_AUTH_BOXOFFICE, NULL);

  tickets_test_assert_error (response, 404, "NOT_FOUND");
}

static void
test_method_not_allowed (void)
{
  g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "PUT", "/", TICKETS_TEST_AUTH_BOXOFFICE, "{}");

  tickets_test_assert_not_allowed (response, "OPTIONS, GET");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sandbox/root/links", test_root_links);
  g_test_add_func ("/sandbox/root/every-auth-mode", test_root_every_auth_mode);
  g_test_add_func ("/sandbox/root/no-auth", test_root_no_auth);
  g_test_add_func ("/sandbox/root/unknown-path", test_unknown_path);
  g_test_add_func ("/sandbox/root/method-not-allowed", test_method_not_allowed);

  return tickets_test_run_with_sandbox (&sandbox);
}
