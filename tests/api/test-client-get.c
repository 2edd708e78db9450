/* test-client-get.c: what the typed GETs take as JSON or as a PDF
 *
 * test-client.c and test-client-answers.c send them to real servers; here
 * the bodies are made by the test, so each page that must be refused is
 * named.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tickets-client-private.h"

static GBytes *
bytes (const char *text)
{
  return g_bytes_new_static (text, strlen (text));
}

static void
test_json_body (void)
{
  static const struct
  {
    const char *content_type;
    const char *body;
    gboolean    accepted;
  } cases[] = {
    { "application/hal+json", "{\"uid\": \"a\"}", TRUE },
    { "application/json", " \n\t[1, 2]", TRUE },
    /* No content type, or a wrong one, is not a reason on its own. */
    { NULL, "{}", TRUE },
    { "text/plain", "{}", TRUE },
    /* Parsing is the caller's: this is data, if bad data. */
    { "application/json", "{\"cut off", TRUE },
    { "application/json", "", FALSE },
    { NULL, " \r\n ", FALSE },
    { "text/html", "{}", FALSE },
    { "TEXT/HTML", "{}", FALSE },
    { "application/xhtml+xml", "{}", FALSE },
    { "application/json", "<!DOCTYPE html><title>Sign in</title>", FALSE },
    { NULL, "\n  <html>", FALSE },
    { "application/hal+json", "<?xml version=\"1.0\"?>", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) body = bytes (cases[i].body);

      g_test_message ("%s: %s", cases[i].content_type, cases[i].body);
      g_assert_cmpint (tickets_client_is_json_body (cases[i].content_type, body), ==, cases[i].accepted);
    }
}

static void
test_pdf_body (void)
{
  static const struct
  {
    const char *body;
    gboolean    accepted;
  } cases[] = {
    { "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", TRUE },
    { "%PDF-", TRUE },
    { "%PDF", FALSE },
    { "", FALSE },
    { " %PDF-1.7", FALSE },
    { "%pdf-1.7", FALSE },
    { "<html><body>Sign in</body></html>", FALSE },
    { "{\"eticket\": \"%PDF-\"}", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) body = bytes (cases[i].body);

      g_test_message ("%s", cases[i].body);
      g_assert_cmpint (tickets_client_is_pdf_body (body), ==, cases[i].accepted);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/api/client-get/json-body", test_json_body);
  g_test_add_func ("/api/client-get/pdf-body", test_pdf_body);

  return g_test_run ();
}
