/* test-model-amount.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-amount.h"

static void
test_parse (void)
{
  const struct {
    const char *text;
    gint64      value;
    unsigned    decimals;
    const char *canonical;
  } cases[] = {
    { "10.30", 1030, 2, "10.30" },
    { "10.3", 103, 1, "10.30" },
    { "-2", -2, 0, "-2.00" },
    { "0.450", 450, 3, "0.450" },
    { "0.45", 45, 2, "0.45" },
    { "-0.05", -5, 2, "-0.05" },
    { "0", 0, 0, "0.00" },
    { "-0", 0, 0, "0.00" },
    { "007.5", 75, 1, "7.50" },
    { "1234567.891", 1234567891, 3, "1234567.891" },
    { "9223372036854775807", G_MAXINT64, 0, "9223372036854775807.00" },
    { "-9223372036854775808", G_MININT64, 0, "-9223372036854775808.00" },
    { "-92233720368547758.08", G_MININT64, 2, "-92233720368547758.08" },
    { "0.000000000000000001", 1, 18, "0.000000000000000001" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(TicketsAmount) amount = NULL;
      g_autofree char *text = NULL;
      g_autofree char *property_text = NULL;
      g_autofree char *currency = NULL;
      gint64 value;
      guint decimals;

      amount = tickets_amount_new_parse ("EUR", cases[i].text, &error);
      g_assert_no_error (error);
      g_assert_nonnull (amount);

      g_assert_cmpstr (tickets_amount_get_currency (amount), ==, "EUR");
      g_assert_cmpint (tickets_amount_get_value (amount), ==, cases[i].value);
      g_assert_cmpuint (tickets_amount_get_decimals (amount), ==, cases[i].decimals);
      text = tickets_amount_to_string (amount);
      g_assert_cmpstr (text, ==, cases[i].canonical);
      g_assert_true (tickets_amount_is_zero (amount) == (cases[i].value == 0));

      g_object_get (amount,
                    "currency", &currency,
                    "value", &value,
                    "decimals", &decimals,
                    "text", &property_text,
                    NULL);
      g_assert_cmpstr (currency, ==, "EUR");
      g_assert_cmpint (value, ==, cases[i].value);
      g_assert_cmpuint (decimals, ==, cases[i].decimals);
      g_assert_cmpstr (property_text, ==, cases[i].canonical);

      g_assert_finalize_object (g_steal_pointer (&amount));
    }
}

static void
test_parse_invalid (void)
{
  const char *invalid[] = {
    "", "-", ".", "abc", "1.", ".5", "-.5", "+1", "1e5", " 1", "1 ", "1,00", "1.2.3",
    "--1", "1-", "0x10", "١٢", "10.30 EUR", "NaN", "inf",
    "9223372036854775808", "-9223372036854775809", "99999999999999999999999",
    "0.1234567890123456789",
  };

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(TicketsAmount) amount = NULL;

      amount = tickets_amount_new_parse ("EUR", invalid[i], &error);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
      g_assert_null (amount);
    }
}

static void
test_new (void)
{
  g_autoptr(TicketsAmount) amount = tickets_amount_new ("USD", -1999, 2);
  g_autoptr(TicketsAmount) whole = tickets_amount_new ("USD", 3, 0);
  g_autoptr(TicketsAmount) none = tickets_amount_new (NULL, 0, 2);
  g_autofree char *text = tickets_amount_to_string (amount);
  g_autofree char *whole_text = tickets_amount_to_string (whole);
  g_autofree char *none_text = tickets_amount_to_string (none);

  g_assert_cmpstr (text, ==, "-19.99");
  g_assert_cmpstr (whole_text, ==, "3.00");
  g_assert_cmpstr (none_text, ==, "0.00");
  g_assert_cmpstr (tickets_amount_get_currency (none), ==, "");
  g_assert_true (tickets_amount_is_zero (none));
  g_assert_false (tickets_amount_is_zero (amount));

  g_assert_finalize_object (g_steal_pointer (&amount));
  g_assert_finalize_object (g_steal_pointer (&whole));
  g_assert_finalize_object (g_steal_pointer (&none));
}

static TicketsAmount *
parse (const char *text)
{
  g_autoptr(GError) error = NULL;
  TicketsAmount *amount = tickets_amount_new_parse ("EUR", text, &error);

  g_assert_no_error (error);

  return amount;
}

static void
test_compare (void)
{
  const struct {
    const char *a;
    const char *b;
    int         sign;
  } cases[] = {
    { "10.3", "10.30", 0 },
    { "0.450", "0.45", 0 },
    { "-2", "-2.000", 0 },
    { "10.29", "10.3", -1 },
    { "10.31", "10.3", 1 },
    { "-1.5", "-1.25", -1 },
    { "-0.5", "0.25", -1 },
    { "0.9", "-0.1", 1 },
    { "1.5", "-0.5", 1 },
    { "-1.5", "-0.9", -1 },
    { "2", "1.999999999999999999", 1 },
    { "9223372036854775807", "92233720368547758.07", 1 },
    { "-9223372036854775808", "-92233720368547758.08", -1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(TicketsAmount) a = parse (cases[i].a);
      g_autoptr(TicketsAmount) b = parse (cases[i].b);
      int result = tickets_amount_compare (a, b);
      int reverse = tickets_amount_compare (b, a);

      g_test_message ("%s <=> %s", cases[i].a, cases[i].b);
      g_assert_cmpint (CLAMP (result, -1, 1), ==, cases[i].sign);
      g_assert_cmpint (CLAMP (reverse, -1, 1), ==, -cases[i].sign);
    }
}

static void
test_equal (void)
{
  g_autoptr(TicketsAmount) a = tickets_amount_new ("EUR", 1030, 2);
  g_autoptr(TicketsAmount) same = parse ("10.30");
  g_autoptr(TicketsAmount) fewer_decimals = parse ("10.3");
  g_autoptr(TicketsAmount) other_value = parse ("10.31");
  g_autoptr(TicketsAmount) other_currency = tickets_amount_new ("USD", 1030, 2);

  g_assert_true (tickets_amount_equal (a, a));
  g_assert_true (tickets_amount_equal (a, same));
  g_assert_true (tickets_amount_equal (same, a));
  /* Equal numbers, different text: not the same value to show. */
  g_assert_false (tickets_amount_equal (a, fewer_decimals));
  g_assert_cmpint (tickets_amount_compare (a, fewer_decimals), ==, 0);
  g_assert_false (tickets_amount_equal (a, other_value));
  g_assert_false (tickets_amount_equal (a, other_currency));
  g_assert_true (tickets_amount_equal (NULL, NULL));
  g_assert_false (tickets_amount_equal (a, NULL));
  g_assert_false (tickets_amount_equal (NULL, a));

  g_assert_finalize_object (g_steal_pointer (&a));
  g_assert_finalize_object (g_steal_pointer (&same));
  g_assert_finalize_object (g_steal_pointer (&fewer_decimals));
  g_assert_finalize_object (g_steal_pointer (&other_value));
  g_assert_finalize_object (g_steal_pointer (&other_currency));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/amount/parse", test_parse);
  g_test_add_func ("/model/amount/parse-invalid", test_parse_invalid);
  g_test_add_func ("/model/amount/new", test_new);
  g_test_add_func ("/model/amount/compare", test_compare);
  g_test_add_func ("/model/amount/equal", test_equal);

  return g_test_run ();
}
