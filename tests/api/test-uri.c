/* test-uri.c: which web addresses the client may reach, and where its credentials may go
 *
 * test-client.c, test-client-requests.c and test-client-answers.c check
 * these through the client and real servers; here each rule is checked on
 * its own, links resolved against a base included.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-error.h"
#include "tickets-uri-private.h"

static GUri *
parse (const char *text)
{
  g_autoptr(GError) error = NULL;
  GUri *uri = tickets_uri_parse (NULL, text, &error);

  g_assert_no_error (error);
  g_assert_nonnull (uri);

  return uri;
}

static void
test_links (void)
{
  static const struct
  {
    const char *link;
    const char *expected;
  } cases[] = {
    { "events", "https://api.example/v2/events" },
    { "/orders/1?token=a", "https://api.example/orders/1?token=a" },
    { "../tickets", "https://api.example/tickets" },
    { "//other.example/x", "https://other.example/x" },
    { "https://other.example:8443/y", "https://other.example:8443/y" },
    { "http://127.0.0.1:8000/z", "http://127.0.0.1:8000/z" },
    { "http://[::1]/z", "http://[::1]/z" },
    { "HTTP://LocalHost/", "http://LocalHost/" },
    /* An international name, in the form a resolver looks up. */
    { "https://caf\xc3\xa9.example/", "https://xn--caf-dma.example/" },
    { "https://under_score.example/", "https://under_score.example/" },
  };
  g_autoptr(GUri) base = parse ("https://api.example/v2/");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GUri) uri = tickets_uri_parse (base, cases[i].link, &error);
      g_autofree char *text = NULL;

      g_test_message ("%s", cases[i].link);
      g_assert_no_error (error);
      text = g_uri_to_string (uri);
      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

static void
test_refused (void)
{
  static const struct
  {
    const char      *link;
    TicketsApiError  code;
  } cases[] = {
    /* A link from an https server may not lead to http elsewhere. */
    { "http://api.example/v2/events", TICKETS_API_ERROR_INSECURE },
    { "http://10.0.0.1/", TICKETS_API_ERROR_INSECURE },
    { "http://localhost.example/", TICKETS_API_ERROR_INSECURE },
    { "mailto:someone@example.com", TICKETS_API_ERROR_INVALID_URI },
    { "ftp://api.example/file", TICKETS_API_ERROR_INVALID_URI },
    { "https://exa mple.com/", TICKETS_API_ERROR_INVALID_URI },
    { "https://exa<mple.com/", TICKETS_API_ERROR_INVALID_URI },
    { "https:///path", TICKETS_API_ERROR_INVALID_URI },
  };
  g_autoptr(GUri) base = parse ("https://api.example/v2/");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GUri) uri = tickets_uri_parse (base, cases[i].link, &error);

      g_test_message ("%s", cases[i].link);
      g_assert_null (uri);
      g_assert_error (error, TICKETS_API_ERROR, (int) cases[i].code);
    }

  /* Without a base, a relative link is no address at all. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GUri) uri = tickets_uri_parse (NULL, "/events", &error);

    g_assert_null (uri);
    g_assert_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_INVALID_URI);
    g_assert_cmpstr (error->message, ==, "“/events” is not a valid web address.");
  }
}

static void
test_same_origin (void)
{
  static const struct
  {
    const char *a;
    const char *b;
    gboolean    same;
  } cases[] = {
    { "https://api.example/v2/", "https://api.example/orders?token=a", TRUE },
    { "https://api.example/", "https://api.example:443/", TRUE },
    { "https://API.Example/", "https://api.example/", TRUE },
    { "http://localhost/", "http://localhost:80/", TRUE },
    { "http://localhost:8000/", "http://localhost:8000/x", TRUE },
    { "https://api.example/", "https://api.example:8443/", FALSE },
    { "https://api.example/", "https://api.example:80/", FALSE },
    { "http://localhost:443/", "https://localhost/", FALSE },
    { "http://localhost:8000/", "http://localhost:8001/", FALSE },
    { "http://localhost/", "http://127.0.0.1/", FALSE },
    { "https://api.example/", "https://cdn.api.example/", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GUri) a = parse (cases[i].a);
      g_autoptr(GUri) b = parse (cases[i].b);

      g_test_message ("%s and %s", cases[i].a, cases[i].b);
      g_assert_cmpint (tickets_uri_is_same_origin (a, b), ==, cases[i].same);
      g_assert_cmpint (tickets_uri_is_same_origin (b, a), ==, cases[i].same);
    }

  /* The client's own URIs write the default port out; one from elsewhere
   * may leave it out, and is still the same origin. */
  {
    g_autoptr(GUri) https_written = parse ("https://api.example/");
    g_autoptr(GUri) https_left_out = g_uri_parse ("https://api.example/", G_URI_FLAGS_NONE, NULL);
    g_autoptr(GUri) http_written = parse ("http://localhost/");
    g_autoptr(GUri) http_left_out = g_uri_parse ("http://localhost/", G_URI_FLAGS_NONE, NULL);

    g_assert_cmpint (g_uri_get_port (https_written), ==, 443);
    g_assert_cmpint (g_uri_get_port (https_left_out), ==, -1);
    g_assert_true (tickets_uri_is_same_origin (https_written, https_left_out));
    g_assert_true (tickets_uri_is_same_origin (http_left_out, http_written));
    g_assert_false (tickets_uri_is_same_origin (https_left_out, http_left_out));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/api/uri/links", test_links);
  g_test_add_func ("/api/uri/refused", test_refused);
  g_test_add_func ("/api/uri/same-origin", test_same_origin);

  return g_test_run ();
}
