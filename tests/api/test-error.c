/* test-error.c: the TICKETS_API_ERROR domain, without a network
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <libsoup/soup.h>

#include "tickets-error.h"

#define LOGREF "0f6cc8bea3ac4cfeb6b41a09bfd80c74"

static GError *
from_text (guint       status,
           const char *content_type,
           const char *text)
{
  g_autoptr(GBytes) body = g_bytes_new (text, strlen (text));

  return tickets_api_error_from_response (status, content_type, body);
}

static char *
error_body (const char *type,
            const char *message,
            const char *details)
{
  return g_strdup_printf ("{\"logref\": \"" LOGREF "\", \"message\": \"%s\", \"type\": \"%s\", "
                          "\"_links\": {\"help\": {\"href\": \"http://shopping-api-docs.paylogic.com/documentation/orders.html\", "
                          "\"type\": \"text/html\"}}, \"details\": %s}",
                          message, type, details);
}

static void
test_documented_example (void)
{
  /* The overview's error body, word for word. */
  const char *message = "A payment method is needed for the creation of an order. Please retrieve a bill for the "
                        "selected products to see which payment methods are available.";
  g_autofree char *text = error_body ("BAD_REQUEST", message, "null");
  g_autoptr(GError) error = from_text (400, "application/hal+json", text);
  g_auto(GStrv) fields = tickets_api_error_dup_fields (error);

  g_assert_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_BAD_REQUEST);
  g_assert_cmpstr (error->message, ==, message);
  g_assert_cmpstr (tickets_api_error_get_error_type (error), ==, "BAD_REQUEST");
  g_assert_cmpstr (tickets_api_error_get_server_message (error), ==, message);
  g_assert_cmpstr (tickets_api_error_get_logref (error), ==, LOGREF);
  g_assert_cmpuint (tickets_api_error_get_status (error), ==, 400);
  g_assert_null (tickets_api_error_get_field_messages (error, "email"));
  g_assert_nonnull (fields);
  g_assert_cmpuint (g_strv_length (fields), ==, 0);
}

static void
test_type_decides (void)
{
  static const struct
  {
    guint            status;
    const char      *type;
    TicketsApiError  code;
  } cases[] = {
    { 400, "BAD_REQUEST", TICKETS_API_ERROR_BAD_REQUEST },
    { 400, "TICKET_ERROR", TICKETS_API_ERROR_TICKET_ERROR },
    { 400, "INSUFFICIENT_CONSUMER_INFORMATION", TICKETS_API_ERROR_INSUFFICIENT_CONSUMER_INFORMATION },
    { 400, "TICKET_NOT_AVAILABLE", TICKETS_API_ERROR_TICKET_NOT_AVAILABLE },
    { 401, "UNAUTHORIZED", TICKETS_API_ERROR_UNAUTHORIZED },
    { 403, "FORBIDDEN", TICKETS_API_ERROR_FORBIDDEN },
    { 404, "NOT_FOUND", TICKETS_API_ERROR_NOT_FOUND },
    { 405, "METHOD_NOT_ALLOWED", TICKETS_API_ERROR_METHOD_NOT_ALLOWED },
    { 409, "CONFLICT", TICKETS_API_ERROR_CONFLICT },
    /* A documented type wins over the status... */
    { 500, "TICKET_ERROR", TICKETS_API_ERROR_TICKET_ERROR },
    /* ...and the status decides for any other. */
    { 500, "INTERNAL_SERVER_ERROR", TICKETS_API_ERROR_SERVER_ERROR },
    { 503, "MAINTENANCE", TICKETS_API_ERROR_SERVER_ERROR },
    { 400, "bad_request", TICKETS_API_ERROR_BAD_REQUEST },
    { 403, "SOMETHING_NEW", TICKETS_API_ERROR_FORBIDDEN },
    { 409, "SOMETHING_NEW", TICKETS_API_ERROR_CONFLICT },
    { 418, "TEAPOT", TICKETS_API_ERROR_HTTP_ERROR },
    { 429, "TOO_MANY_REQUESTS", TICKETS_API_ERROR_HTTP_ERROR },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = error_body (cases[i].type, "Something is wrong.", "null");
      g_autoptr(GError) error = from_text (cases[i].status, "application/hal+json", text);

      g_test_message ("%u %s", cases[i].status, cases[i].type);
      g_assert_error (error, TICKETS_API_ERROR, (int) cases[i].code);
      g_assert_cmpstr (tickets_api_error_get_error_type (error), ==, cases[i].type);
      g_assert_cmpuint (tickets_api_error_get_status (error), ==, cases[i].status);
      g_assert_cmpstr (error->message, ==, "Something is wrong.");
    }
}

static void
test_status_decides (void)
{
  static const struct
  {
    guint            status;
    TicketsApiError  code;
    const char      *message;
  } cases[] = {
    { 400, TICKETS_API_ERROR_BAD_REQUEST, "The server did not accept the request (HTTP 400)." },
    { 401, TICKETS_API_ERROR_UNAUTHORIZED, "The server did not accept the credentials or the token." },
    { 403, TICKETS_API_ERROR_FORBIDDEN, "These credentials do not allow this." },
    { 404, TICKETS_API_ERROR_NOT_FOUND, "The server does not know what was asked for. It may have been removed." },
    { 405, TICKETS_API_ERROR_METHOD_NOT_ALLOWED, "The server does not allow this action here." },
    { 409, TICKETS_API_ERROR_CONFLICT, "This was changed at the same time somewhere else. Reload it and try again." },
    { 500, TICKETS_API_ERROR_SERVER_ERROR, "The server had a problem (HTTP 500). Try again later." },
    { 599, TICKETS_API_ERROR_SERVER_ERROR, "The server had a problem (HTTP 599). Try again later." },
    { 304, TICKETS_API_ERROR_HTTP_ERROR, "The server gave an unexpected answer (HTTP 304)." },
    { 418, TICKETS_API_ERROR_HTTP_ERROR, "The server gave an unexpected answer (HTTP 418)." },
    { 600, TICKETS_API_ERROR_HTTP_ERROR, "The server gave an unexpected answer (HTTP 600)." },
  };
  static const char *bodies[] = { "", "   ", "{not json", "[1, 2]", "{\"message\": 5, \"type\": [\"BAD_REQUEST\"]}",
                                  "{\"message\": \"\", \"type\": null}", "\xff\xfe garbage" };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    for (guint j = 0; j < G_N_ELEMENTS (bodies); j++)
      {
        g_autoptr(GError) error = from_text (cases[i].status, j % 2 ? "application/json" : NULL, bodies[j]);

        g_autofree char *escaped = g_strescape (bodies[j], NULL);

        g_test_message ("%u “%s”", cases[i].status, escaped);
        g_assert_error (error, TICKETS_API_ERROR, (int) cases[i].code);
        g_assert_cmpstr (error->message, ==, cases[i].message);
        g_assert_cmpuint (tickets_api_error_get_status (error), ==, cases[i].status);
        g_assert_null (tickets_api_error_get_error_type (error));
        g_assert_null (tickets_api_error_get_server_message (error));
        g_assert_null (tickets_api_error_get_logref (error));
      }

  {
    g_autoptr(GError) error = tickets_api_error_from_response (502, NULL, NULL);

    g_assert_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_SERVER_ERROR);
    g_assert_cmpstr (error->message, ==, "The server had a problem (HTTP 502). Try again later.");
  }
}

static void
test_web_page (void)
{
  const char *page = "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>"
                     "<body><h1>Bad Gateway</h1></body></html>";
  g_autoptr(GError) typed = from_text (502, "text/html", page);
  g_autoptr(GError) untyped = from_text (404, NULL, "\n  <html><body>Not here</body></html>");
  g_autoptr(GError) json_typed = from_text (503, "text/html", "{\"message\": \"not read\"}");
  g_autoptr(GError) success = from_text (200, "text/html; charset=utf-8", page);

  g_assert_error (typed, TICKETS_API_ERROR, TICKETS_API_ERROR_SERVER_ERROR);
  g_assert_cmpstr (typed->message, ==,
                   "The server answered with a web page instead of data (HTTP 502). It may be down for maintenance.");
  g_assert_cmpuint (tickets_api_error_get_status (typed), ==, 502);

  g_assert_error (untyped, TICKETS_API_ERROR, TICKETS_API_ERROR_NOT_FOUND);
  g_assert_cmpstr (untyped->message, ==,
                   "The server answered with a web page instead of data (HTTP 404). It may be down for maintenance.");

  /* What says it is a web page is not read as an error body. */
  g_assert_error (json_typed, TICKETS_API_ERROR, TICKETS_API_ERROR_SERVER_ERROR);
  g_assert_null (tickets_api_error_get_server_message (json_typed));

  /* A captive portal answers 200 with its own page. */
  g_assert_error (success, TICKETS_API_ERROR, TICKETS_API_ERROR_INVALID_RESPONSE);
  g_assert_cmpstr (success->message, ==,
                   "The server answered with a web page instead of data (HTTP 200). It may be down for maintenance.");
}

static void
test_unusable_success (void)
{
  g_autoptr(GError) empty = from_text (200, "application/hal+json", "");
  g_autoptr(GError) blank = from_text (204, NULL, " \r\n");
  g_autoptr(GError) no_body = tickets_api_error_from_response (200, NULL, NULL);
  g_autoptr(GError) malformed = from_text (200, "application/hal+json", "{\"uid\": \"a\",}");
  g_autoptr(GError) shape = from_text (200, "application/hal+json", "[\"a\"]");

  g_assert_error (empty, TICKETS_API_ERROR, TICKETS_API_ERROR_INVALID_RESPONSE);
  g_assert_cmpstr (empty->message, ==, "The server sent an empty answer.");
  g_assert_cmpuint (tickets_api_error_get_status (empty), ==, 200);
  g_assert_error (blank, TICKETS_API_ERROR, TICKETS_API_ERROR_INVALID_RESPONSE);
  g_assert_cmpstr (blank->message, ==, "The server sent an empty answer.");
  g_assert_error (no_body, TICKETS_API_ERROR, TICKETS_API_ERROR_INVALID_RESPONSE);
  g_assert_cmpstr (no_body->message, ==, "The server sent an empty answer.");
  g_assert_error (malformed, TICKETS_API_ERROR, TICKETS_API_ERROR_INVALID_RESPONSE);
  g_assert_cmpstr (malformed->message, ==, "The server sent data that could not be read.");
  g_assert_error (shape, TICKETS_API_ERROR, TICKETS_API_ERROR_INVALID_RESPONSE);
  g_assert_cmpstr (shape->message, ==, "The server sent data of an unexpected shape.");
}

static void
test_details_object (void)
{
  g_autofree char *text = error_body ("INSUFFICIENT_CONSUMER_INFORMATION", "The consumer information is not valid: see details.",
                                      "{\"email\": [\"Enter a valid email address.\", \"This field is required.\"], "
                                      "\"date_of_birth\": [\"The date of birth cannot be in the future.\"], "
                                      "\"gender\": \"Gender must be 0, 1, 2 or 9.\", "
                                      "\"ignored\": 5, \"nested\": {\"a\": [\"b\"]}, \"mixed\": [1, \"kept\", null]}");
  g_autoptr(GError) error = from_text (400, "application/hal+json", text);
  g_auto(GStrv) fields = tickets_api_error_dup_fields (error);
  const char * const *email = tickets_api_error_get_field_messages (error, "email");
  const char * const *birth = tickets_api_error_get_field_messages (error, "date_of_birth");
  const char * const *gender = tickets_api_error_get_field_messages (error, "gender");
  const char * const *mixed = tickets_api_error_get_field_messages (error, "mixed");
  const char * const expected_fields[] = { "date_of_birth", "email", "gender", "mixed", NULL };
  const char * const expected_email[] = { "Enter a valid email address.", "This field is required.", NULL };
  const char * const expected_mixed[] = { "kept", NULL };

  g_assert_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_INSUFFICIENT_CONSUMER_INFORMATION);
  g_assert_true (g_strv_equal ((const char * const *) fields, expected_fields));
  g_assert_true (g_strv_equal (email, expected_email));
  g_assert_cmpuint (g_strv_length ((char **) birth), ==, 1);
  g_assert_cmpstr (birth[0], ==, "The date of birth cannot be in the future.");
  g_assert_cmpuint (g_strv_length ((char **) gender), ==, 1);
  g_assert_cmpstr (gender[0], ==, "Gender must be 0, 1, 2 or 9.");
  g_assert_true (g_strv_equal (mixed, expected_mixed));
  g_assert_null (tickets_api_error_get_field_messages (error, "ignored"));
  g_assert_null (tickets_api_error_get_field_messages (error, "nested"));
  g_assert_null (tickets_api_error_get_field_messages (error, "first_name"));
  g_assert_null (tickets_api_error_get_field_messages (error, NULL));
}

static void
test_details_string_or_list (void)
{
  g_autofree char *string_text = error_body ("TICKET_ERROR", "No.", "\"The ticket was re-issued.\"");
  g_autofree char *list_text = error_body ("TICKET_ERROR", "No.", "[\"One.\", \"Two.\"]");
  g_autoptr(GError) string_error = from_text (400, "application/hal+json", string_text);
  g_autoptr(GError) list_error = from_text (400, "application/hal+json", list_text);
  g_auto(GStrv) string_fields = tickets_api_error_dup_fields (string_error);
  const char * const expected_list[] = { "One.", "Two.", NULL };
  const char * const expected_fields[] = { "", NULL };

  g_assert_true (g_strv_equal ((const char * const *) string_fields, expected_fields));
  g_assert_cmpstr (tickets_api_error_get_field_messages (string_error, "")[0], ==, "The ticket was re-issued.");
  g_assert_null (tickets_api_error_get_field_messages (string_error, "")[1]);
  g_assert_true (g_strv_equal (tickets_api_error_get_field_messages (list_error, ""), expected_list));
}

static void
test_copy (void)
{
  g_autofree char *text = error_body ("FORBIDDEN", "You do not have permission to read this order.",
                                      "{\"order\": [\"Not yours.\"]}");
  g_autoptr(GError) error = from_text (403, "application/hal+json", text);
  g_autoptr(GError) copy = g_error_copy (error);
  g_autoptr(GError) propagated = NULL;
  g_auto(GStrv) fields = NULL;

  g_assert_error (copy, TICKETS_API_ERROR, TICKETS_API_ERROR_FORBIDDEN);
  g_assert_cmpstr (copy->message, ==, error->message);
  g_assert_cmpstr (tickets_api_error_get_error_type (copy), ==, "FORBIDDEN");
  g_assert_cmpstr (tickets_api_error_get_logref (copy), ==, LOGREF);
  g_assert_cmpuint (tickets_api_error_get_status (copy), ==, 403);
  g_assert_true (tickets_api_error_get_logref (copy) != tickets_api_error_get_logref (error));
  g_assert_cmpstr (tickets_api_error_get_field_messages (copy, "order")[0], ==, "Not yours.");

  /* g_propagate_prefixed_error() keeps the private data. */
  g_propagate_prefixed_error (&propagated, g_steal_pointer (&copy), "Loading: ");
  g_assert_cmpstr (propagated->message, ==, "Loading: You do not have permission to read this order.");
  fields = tickets_api_error_dup_fields (propagated);
  g_assert_cmpstr (fields[0], ==, "order");
}

static void
test_other_domains (void)
{
  g_autoptr(GError) io = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_FAILED, "no");

  g_assert_null (tickets_api_error_get_error_type (io));
  g_assert_null (tickets_api_error_get_server_message (io));
  g_assert_null (tickets_api_error_get_logref (io));
  g_assert_cmpuint (tickets_api_error_get_status (io), ==, 0);
  g_assert_null (tickets_api_error_get_field_messages (io, "email"));
  g_assert_null (tickets_api_error_dup_fields (io));

  g_assert_null (tickets_api_error_get_error_type (NULL));
  g_assert_null (tickets_api_error_get_server_message (NULL));
  g_assert_null (tickets_api_error_get_logref (NULL));
  g_assert_cmpuint (tickets_api_error_get_status (NULL), ==, 0);
  g_assert_null (tickets_api_error_get_field_messages (NULL, "email"));
  g_assert_null (tickets_api_error_dup_fields (NULL));
}

static void
test_transport (void)
{
  g_autoptr(GUri) uri = g_uri_parse ("https://shopping-api.example/events", G_URI_FLAGS_NONE, NULL);
  static const struct
  {
    GQuark           (*domain) (void);
    int              code;
    TicketsApiError  expected;
    const char      *message;
  } cases[] = {
    { g_io_error_quark, G_IO_ERROR_TIMED_OUT, TICKETS_API_ERROR_TIMEOUT, "The server did not answer in time." },
    { g_io_error_quark, G_IO_ERROR_CONNECTION_REFUSED, TICKETS_API_ERROR_CONNECTION_REFUSED,
      "Could not connect to the server: the connection was refused." },
    { g_resolver_error_quark, G_RESOLVER_ERROR_NOT_FOUND, TICKETS_API_ERROR_HOST_NOT_FOUND,
      "Could not find the server “shopping-api.example”. Check the address and your network connection." },
    { g_resolver_error_quark, G_RESOLVER_ERROR_TEMPORARY_FAILURE, TICKETS_API_ERROR_NETWORK,
      "Could not look up the server “shopping-api.example”. Check your network connection." },
    { g_io_error_quark, G_IO_ERROR_NETWORK_UNREACHABLE, TICKETS_API_ERROR_NETWORK,
      "The server cannot be reached. Check your network connection." },
    { g_io_error_quark, G_IO_ERROR_HOST_UNREACHABLE, TICKETS_API_ERROR_NETWORK,
      "The server cannot be reached. Check your network connection." },
    { g_io_error_quark, G_IO_ERROR_CONNECTION_CLOSED, TICKETS_API_ERROR_NETWORK,
      "The connection to the server failed (underlying text)." },
    { g_io_error_quark, G_IO_ERROR_PARTIAL_INPUT, TICKETS_API_ERROR_NETWORK,
      "The connection to the server failed (underlying text)." },
    { g_tls_error_quark, G_TLS_ERROR_BAD_CERTIFICATE, TICKETS_API_ERROR_TLS,
      "A secure connection to the server could not be made (underlying text)." },
    { g_tls_error_quark, G_TLS_ERROR_HANDSHAKE, TICKETS_API_ERROR_TLS,
      "A secure connection to the server could not be made (underlying text)." },
    { soup_session_error_quark, SOUP_SESSION_ERROR_PARSING, TICKETS_API_ERROR_INVALID_RESPONSE,
      "The server sent an answer that could not be read." },
    { soup_session_error_quark, SOUP_SESSION_ERROR_ENCODING, TICKETS_API_ERROR_INVALID_RESPONSE,
      "The server sent an answer that could not be read." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) cause = g_error_new_literal (cases[i].domain (), cases[i].code, "underlying text");
      g_autoptr(GError) error = tickets_api_error_from_transport (cause, uri);

      g_test_message ("%s %d", g_quark_to_string (cause->domain), cause->code);
      g_assert_error (error, TICKETS_API_ERROR, (int) cases[i].expected);
      g_assert_cmpstr (error->message, ==, cases[i].message);
      g_assert_cmpuint (tickets_api_error_get_status (error), ==, 0);
      g_assert_null (tickets_api_error_get_error_type (error));
    }
}

static void
test_transport_kept (void)
{
  g_autoptr(GError) cancelled = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CANCELLED, "Operation was cancelled");
  g_autoptr(GError) still_cancelled = tickets_api_error_from_transport (cancelled, NULL);
  g_autoptr(GError) api = from_text (404, NULL, "");
  g_autoptr(GError) still_api = tickets_api_error_from_transport (api, NULL);
  g_autoptr(GError) not_found = g_error_new_literal (G_RESOLVER_ERROR, G_RESOLVER_ERROR_NOT_FOUND, "x");
  g_autoptr(GError) no_host = tickets_api_error_from_transport (not_found, NULL);

  g_assert_error (still_cancelled, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_error (still_api, TICKETS_API_ERROR, TICKETS_API_ERROR_NOT_FOUND);
  g_assert_cmpuint (tickets_api_error_get_status (still_api), ==, 404);
  g_assert_error (no_host, TICKETS_API_ERROR, TICKETS_API_ERROR_HOST_NOT_FOUND);
}

static void
test_certificate (void)
{
  g_autoptr(GError) unknown = tickets_api_error_from_certificate (G_TLS_CERTIFICATE_UNKNOWN_CA, NULL);
  g_autoptr(GError) several = tickets_api_error_from_certificate (G_TLS_CERTIFICATE_BAD_IDENTITY | G_TLS_CERTIFICATE_EXPIRED,
                                                                   NULL);
  g_autoptr(GError) generic = tickets_api_error_from_certificate (G_TLS_CERTIFICATE_GENERIC_ERROR, NULL);

  g_assert_error (unknown, TICKETS_API_ERROR, TICKETS_API_ERROR_TLS);
  g_assert_cmpstr (unknown->message, ==,
                   "The server's security certificate is not trusted (issued by an unknown authority). "
                   "The connection was not made.");
  g_assert_cmpstr (several->message, ==,
                   "The server's security certificate is not trusted (issued for another server, expired). "
                   "The connection was not made.");
  g_assert_cmpstr (generic->message, ==,
                   "The server's security certificate is not trusted (it could not be checked). "
                   "The connection was not made.");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/api/error/documented-example", test_documented_example);
  g_test_add_func ("/api/error/type-decides", test_type_decides);
  g_test_add_func ("/api/error/status-decides", test_status_decides);
  g_test_add_func ("/api/error/web-page", test_web_page);
  g_test_add_func ("/api/error/unusable-success", test_unusable_success);
  g_test_add_func ("/api/error/details/object", test_details_object);
  g_test_add_func ("/api/error/details/string-or-list", test_details_string_or_list);
  g_test_add_func ("/api/error/copy", test_copy);
  g_test_add_func ("/api/error/other-domains", test_other_domains);
  g_test_add_func ("/api/error/transport", test_transport);
  g_test_add_func ("/api/error/transport-kept", test_transport_kept);
  g_test_add_func ("/api/error/certificate", test_certificate);

  return g_test_run ();
}
