/* parse-test-utils.c: what the parser tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "parse-test-utils.h"

GBytes *
load_data (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return g_bytes_new_take (contents, length);
}

GBytes *
bytes_from_string (const char *text)
{
  return g_bytes_new (text, strlen (text));
}

void
assert_date_time (GDateTime  *date_time,
                  const char *expected)
{
  g_autofree char *text = NULL;

  g_assert_nonnull (date_time);
  text = g_date_time_format_iso8601 (date_time);
  g_assert_cmpstr (text, ==, expected);
}

void
assert_amount (TicketsAmount *amount,
               const char    *currency,
               const char    *text)
{
  g_autofree char *string = NULL;

  g_assert_nonnull (amount);
  string = tickets_amount_to_string (amount);
  g_assert_cmpstr (tickets_amount_get_currency (amount), ==, currency);
  g_assert_cmpstr (string, ==, text);
}
