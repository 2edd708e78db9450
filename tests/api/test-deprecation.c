/* test-deprecation.c: the deprecation warnings read from an answer
 *
 * No server: the headers and body are made here, so each form the API
 * might use is checked on its own (test-client-answers.c checks them end
 * to end).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tickets-deprecation-private.h"
#include "tickets-test-sandbox.h"

static GPtrArray *logged;  /* the Tickets-API messages */

static GPtrArray *
collect (const char * const *headers,
         const char         *body)
{
  g_autoptr(SoupMessageHeaders) message_headers = soup_message_headers_new (SOUP_MESSAGE_HEADERS_RESPONSE);
  g_autoptr(GBytes) bytes = g_bytes_new_static (body, strlen (body));

  for (guint i = 0; headers[i] != NULL; i += 2)
    soup_message_headers_append (message_headers, headers[i], headers[i + 1]);

  return tickets_deprecation_collect (message_headers, bytes);
}

static void
assert_warnings (GPtrArray          *warnings,
                 const char * const *expected)
{
  for (guint i = 0; i < warnings->len; i++)
    g_test_message ("found: %s", (const char *) g_ptr_array_index (warnings, i));

  g_assert_cmpuint (warnings->len, ==, g_strv_length ((char **) expected));
  for (guint i = 0; expected[i] != NULL; i++)
    g_assert_cmpstr (g_ptr_array_index (warnings, i), ==, expected[i]);
}

static void
test_headers (void)
{
  static const char * const headers[] = {
    "Deprecation", "@1688169599",
    "Warning", "299 shopping-api \"The field \\\"amount\\\" is deprecated.\" \"Sat, 01 Jul 2023 00:00:00 GMT\", "
               "299 - \"Second, with a comma.\"",
    "Warning", "199 api.example \"Third, from another header.\"",
    NULL,
  };
  static const char * const expected[] = {
    "Deprecation: @1688169599",
    "The field \"amount\" is deprecated.",
    "Second, with a comma.",
    "Third, from another header.",
    NULL,
  };
  g_autoptr(GPtrArray) warnings = collect (headers, "{}");

  assert_warnings (warnings, expected);
}

static void
test_odd_warning_headers (void)
{
  static const struct
  {
    const char *value;
    const char *expected[3];
  } cases[] = {
    /* Not the RFC's shape: the whole value is the message. */
    { "no quotes at all", { "no quotes at all", NULL } },
    { "299 agent no quotes", { "299 agent no quotes", NULL } },
    /* Once a warning is read, the rest that is not in shape is the message. */
    { "299 - \"First.\", plain words", { "First.", "plain words", NULL } },
    /* An unfinished quote ends with the value. */
    { "299 - \"Cut off", { "Cut off", NULL } },
    /* An empty text is no warning. */
    { "299 - \"\"", { NULL } },
    { " , ,", { NULL } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char * const headers[] = { "Warning", cases[i].value, NULL };
      g_autoptr(GPtrArray) warnings = NULL;

      g_test_message ("Warning: %s", cases[i].value);
      warnings = collect (headers, "");
      assert_warnings (warnings, cases[i].expected);
    }
}

static void
test_body (void)
{
  static const char * const no_headers[] = { NULL };
  /* In the order of the members' names the client looks for, not of the body. */
  static const char * const expected[] = {
    "The old field amount goes away.",
    "seat: Use seating.seat.",
    "5",
    "{\"field\":\"price\",\"message\":\"Use price_v2.\"}",
    "Second.",
    NULL,
  };
  g_autoptr(GPtrArray) warnings = NULL;

  warnings = collect (no_headers,
                      "{\"uid\": \"a\", "
                      "\"deprecation_warnings\": [{\"field\": \"price\", \"message\": \"Use price_v2.\"}, \"Second.\", null, \"\"], "
                      "\"deprecation_warning\": 5, "
                      "\"deprecations\": {\"seat\": \"Use seating.seat.\", \"row\": null}, "
                      "\"deprecation\": \"The old field amount goes away.\", "
                      "\"nested\": {\"deprecation\": \"not top-level, not read\"}}");
  assert_warnings (warnings, expected);
}

static void
test_body_without_warnings (void)
{
  static const char * const no_headers[] = { NULL };
  static const char * const none[] = { NULL };
  static const char * const bodies[] = {
    "",
    "{\"uid\": \"a\"}",
    "{\"deprecation\": null}",
    /* Only an object's members are read. */
    "[{\"deprecation\": \"in a list\"}]",
    "\"deprecation\"",
    /* A body that is not JSON is the caller's to refuse. */
    "{\"deprecation\": \"cut off",
    "<html>\"deprecation\"</html>",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bodies); i++)
    {
      g_autoptr(GPtrArray) warnings = NULL;

      g_test_message ("%s", bodies[i]);
      warnings = collect (no_headers, bodies[i]);
      assert_warnings (warnings, none);
    }
}

static void
test_log_once (void)
{
  static const char * const expected[] = {
    "Deprecation warning from the server at /events/1: Deprecation: true",
    "Deprecation warning from the server at /events/1: Use v2.",
    "Deprecation warning from the server at /orders: Orders move.",
    NULL,
  };
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(SoupMessageHeaders) headers = soup_message_headers_new (SOUP_MESSAGE_HEADERS_RESPONSE);
  static const char body_text[] = "{\"deprecation\": \"Use v2.\"}";
  static const char other_text[] = "{\"deprecation\": \"Orders move.\"}";
  g_autoptr(GBytes) body = g_bytes_new_static (body_text, strlen (body_text));
  g_autoptr(GBytes) other = g_bytes_new_static (other_text, strlen (other_text));
  /* The query may hold personal data, so only the path is logged. */
  g_autoptr(GUri) event = g_uri_parse ("https://api.example/events/1?email=someone%40example.com",
                                       G_URI_FLAGS_ENCODED, NULL);
  g_autoptr(GUri) orders = g_uri_parse ("https://api.example/orders?token=secret", G_URI_FLAGS_ENCODED, NULL);

  g_ptr_array_set_size (logged, 0);
  soup_message_headers_append (headers, "Deprecation", "true");

  tickets_deprecation_log (seen, event, headers, body);
  tickets_deprecation_log (seen, event, headers, body);
  /* A warning already logged for one path is not logged again for another. */
  tickets_deprecation_log (seen, orders, headers, other);

  assert_warnings (logged, expected);
  g_assert_cmpuint (g_hash_table_size (seen), ==, 3);
  g_assert_true (g_hash_table_contains (seen, "Use v2."));
}

int
main (int   argc,
      char *argv[])
{
  int result;

  g_test_init (&argc, &argv, NULL);

  logged = tickets_test_capture_messages ("Tickets-API");

  g_test_add_func ("/api/deprecation/headers", test_headers);
  g_test_add_func ("/api/deprecation/odd-warning-headers", test_odd_warning_headers);
  g_test_add_func ("/api/deprecation/body", test_body);
  g_test_add_func ("/api/deprecation/body-without-warnings", test_body_without_warnings);
  g_test_add_func ("/api/deprecation/log-once", test_log_once);

  result = g_test_run ();

  return result;
}
