/* test-scan-input.c: a barcode or a search, the consumer filters a text
 * stands for, and the scanner's double fire
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-scan-input.h"

static void
test_is_code (void)
{
  g_assert_true (tickets_scan_input_is_code ("8663092874786"));
  g_assert_true (tickets_scan_input_is_code ("  8663092874786\n"));
  g_assert_true (tickets_scan_input_is_code ("AB12C"));
  g_assert_true (tickets_scan_input_is_code ("12345"));

  g_assert_false (tickets_scan_input_is_code (NULL));
  g_assert_false (tickets_scan_input_is_code (""));
  g_assert_false (tickets_scan_input_is_code ("   "));
  g_assert_false (tickets_scan_input_is_code ("1234"));
  g_assert_false (tickets_scan_input_is_code (" 1234 "));
  g_assert_false (tickets_scan_input_is_code ("86630 92874786"));
  g_assert_false (tickets_scan_input_is_code ("8663-0928"));
  g_assert_false (tickets_scan_input_is_code ("anna@example.com"));
  /* Letters and digits of ASCII only, as barcodes are. */
  g_assert_false (tickets_scan_input_is_code ("Müller"));
}

/* Asserts that @filters holds exactly the NULL-terminated name, value pairs. */
static void
assert_filters (GHashTable *filters,
                ...)
{
  va_list args;
  const char *name;
  guint n = 0;

  g_assert_nonnull (filters);
  va_start (args, filters);
  while ((name = va_arg (args, const char *)) != NULL)
    {
      const char *value = va_arg (args, const char *);

      g_assert_cmpstr (g_hash_table_lookup (filters, name), ==, value);
      n++;
    }
  va_end (args);

  g_assert_cmpuint (g_hash_table_size (filters), ==, n);
}

static void
test_filters (void)
{
  static const struct
  {
    const char *text;
    const char *name;
    const char *value;
    const char *name2;
    const char *value2;
  } cases[] = {
    /* One word: a last name. All lower case is capitalized, since names
     * are stored so and the filter keeps case; a capital keeps them all. */
    { "jans", "last_name__startswith", "Jans" },
    { "  Jans ", "last_name__startswith", "Jans" },
    { "deVries", "last_name__startswith", "deVries" },
    { "müller", "last_name__startswith", "Müller" },
    { "jansen-smit", "last_name__startswith", "Jansen-Smit" },
    /* Two words or more: the first name, then the rest as the last name. */
    { "anna jans", "first_name__startswith", "Anna", "last_name__startswith", "Jans" },
    { "anna   van der berg", "first_name__startswith", "Anna", "last_name__startswith", "Van Der Berg" },
    { "Anna van der Berg", "first_name__startswith", "Anna", "last_name__startswith", "van der Berg" },
    /* An address: as typed. */
    { "anna@exa", "email__startswith", "anna@exa" },
    { " Anna.Jansen@Example.com ", "email__startswith", "Anna.Jansen@Example.com" },
    /* Dates of birth, in the API's way of writing them. */
    { "1990-01-31", "date_of_birth", "1990-01-31" },
    { "31-01-1990", "date_of_birth", "1990-01-31" },
    { "31.1.1990", "date_of_birth", "1990-01-31" },
    { "01/02/1990", "date_of_birth", "1990-02-01" },
    { "29-02-2000", "date_of_birth", "2000-02-29" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GHashTable) filters = tickets_scan_input_consumer_filters (cases[i].text);

      g_test_message ("“%s”", cases[i].text);
      assert_filters (filters, cases[i].name, cases[i].value, cases[i].name2, cases[i].value2, NULL);
    }
}

static void
test_nothing_to_search (void)
{
  const char *texts[] = {
    "", "   ", "\t\n",
    /* Digits are no name: a scanner's first keys search nothing. */
    "8663", "12 34",
    /* Shaped like a date, but no day of the calendar. */
    "31-02-1990", "1990-13-01", "29.02.2001",
  };

  g_assert_null (tickets_scan_input_consumer_filters (NULL));
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_test_message ("“%s”", texts[i]);
      g_assert_null (tickets_scan_input_consumer_filters (texts[i]));
    }
}

static void
test_fallback (void)
{
  g_autoptr(GHashTable) one = tickets_scan_input_consumer_fallback ("jans");
  g_autoptr(GHashTable) kept = tickets_scan_input_consumer_fallback (" Ann ");

  assert_filters (one, "first_name__startswith", "Jans", NULL);
  assert_filters (kept, "first_name__startswith", "Ann", NULL);

  /* Only one name word falls back. */
  g_assert_null (tickets_scan_input_consumer_fallback ("anna jans"));
  g_assert_null (tickets_scan_input_consumer_fallback ("anna@example.com"));
  g_assert_null (tickets_scan_input_consumer_fallback ("1990-01-31"));
  g_assert_null (tickets_scan_input_consumer_fallback (""));
  g_assert_null (tickets_scan_input_consumer_fallback (NULL));
}

static void
test_double_fire (void)
{
  g_autoptr(TicketsScanFilter) filter = tickets_scan_filter_new ();
  gint64 t = 1000 * G_TIME_SPAN_SECOND;

  g_assert_false (tickets_scan_filter_repeat (filter, "8663092874786", t));
  /* The scanner's second fire, and one just inside the window. */
  g_assert_true (tickets_scan_filter_repeat (filter, "8663092874786", t + 30 * G_TIME_SPAN_MILLISECOND));
  g_assert_true (tickets_scan_filter_repeat (filter, "8663092874786", t + TICKETS_SCAN_REPEAT_WINDOW_USEC - 1));
  /* The window runs from the scan that counted, not from the repeats. */
  g_assert_false (tickets_scan_filter_repeat (filter, "8663092874786", t + TICKETS_SCAN_REPEAT_WINDOW_USEC));

  /* Another code always counts, and becomes the one remembered. */
  t += 10 * G_TIME_SPAN_SECOND;
  g_assert_false (tickets_scan_filter_repeat (filter, "AAAAA", t));
  g_assert_false (tickets_scan_filter_repeat (filter, "BBBBB", t + 1));
  g_assert_false (tickets_scan_filter_repeat (filter, "AAAAA", t + 2));
  g_assert_true (tickets_scan_filter_repeat (filter, "AAAAA", t + 3));

  /* A clock that went back is no repeat. */
  g_assert_false (tickets_scan_filter_repeat (filter, "AAAAA", t - G_TIME_SPAN_SECOND));

  /* Reset: the same code again counts. */
  tickets_scan_filter_reset (filter);
  g_assert_false (tickets_scan_filter_repeat (filter, "AAAAA", t));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/scan-input/is-code", test_is_code);
  g_test_add_func ("/scan-input/filters", test_filters);
  g_test_add_func ("/scan-input/nothing-to-search", test_nothing_to_search);
  g_test_add_func ("/scan-input/fallback", test_fallback);
  g_test_add_func ("/scan-input/double-fire", test_double_fire);

  return g_test_run ();
}
