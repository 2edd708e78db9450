/* test-date-format.c: dates of birth in each locale's order, sent as
 * YYYY-MM-DD
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "tickets-date-format.h"

typedef struct
{
  const char       *locale;
  TicketsDateOrder  order;
  char              separator;
  const char       *shown;     /* 1994-03-08 as it is typed there */
} LocaleCase;

static const LocaleCase locales[] = {
  { "nl_NL.UTF-8", TICKETS_DATE_ORDER_DMY, '-', "08-03-1994" },
  { "de_DE.UTF-8", TICKETS_DATE_ORDER_DMY, '.', "08.03.1994" },
  { "fr_FR.UTF-8", TICKETS_DATE_ORDER_DMY, '/', "08/03/1994" },
  { "es_ES.UTF-8", TICKETS_DATE_ORDER_DMY, '/', "08/03/1994" },
  { "pt_PT.UTF-8", TICKETS_DATE_ORDER_DMY, '/', "08/03/1994" },
  { "tr_TR.UTF-8", TICKETS_DATE_ORDER_DMY, '-', "08-03-1994" },
  { "pl_PL.UTF-8", TICKETS_DATE_ORDER_DMY, '.', "08.03.1994" },
  { "ru_RU.UTF-8", TICKETS_DATE_ORDER_DMY, '.', "08.03.1994" },
  { "en_US.UTF-8", TICKETS_DATE_ORDER_MDY, '/', "03/08/1994" },
  { "en_GB.UTF-8", TICKETS_DATE_ORDER_DMY, '/', "08/03/1994" },
  { "C.UTF-8",     TICKETS_DATE_ORDER_YMD, '-', "1994-03-08" },
};

static void
test_locales (void)
{
  g_autofree char *previous = g_strdup (setlocale (LC_TIME, NULL));

  for (gsize i = 0; i < G_N_ELEMENTS (locales); i++)
    {
      TicketsDateFormat format;
      g_autofree char *shown = NULL;
      g_autofree char *parsed = NULL;
      g_autofree char *iso = NULL;

      if (setlocale (LC_TIME, locales[i].locale) == NULL)
        {
          g_test_message ("%s is not installed", locales[i].locale);
          g_test_fail ();
          continue;
        }

      format = tickets_date_format_for_locale ();
      g_assert_cmpint (format.order, ==, locales[i].order);
      g_assert_cmpint (format.separator, ==, locales[i].separator);

      shown = tickets_date_format_iso (format, "1994-03-08");
      g_assert_cmpstr (shown, ==, locales[i].shown);
      parsed = tickets_date_parse (format, shown);
      g_assert_cmpstr (parsed, ==, "1994-03-08");
      /* YYYY-MM-DD is understood everywhere. */
      iso = tickets_date_parse (format, "1994-03-08");
      g_assert_cmpstr (iso, ==, "1994-03-08");
    }

  setlocale (LC_TIME, previous);
}

static void
test_parse (void)
{
  TicketsDateFormat dmy = tickets_date_format_from_strftime ("%d-%m-%y");
  TicketsDateFormat mdy = tickets_date_format_from_strftime ("%m/%d/%Y");
  const struct { TicketsDateFormat format; const char *text; const char *iso; } cases[] = {
    { dmy, "8-3-1994", "1994-03-08" },
    { dmy, " 08.03.1994 ", "1994-03-08" },
    { dmy, "08 03 1994", "1994-03-08" },
    { dmy, "29-02-2000", "2000-02-29" },
    { dmy, "29-02-1900", NULL },       /* no leap year */
    { dmy, "31-04-1990", NULL },
    { dmy, "08-03-94", NULL },         /* which century? */
    { dmy, "08-03", NULL },
    { dmy, "08--03-1994", NULL },
    { dmy, "1994-3-8", "1994-03-08" },
    { dmy, "a8-03-1994", NULL },
    { mdy, "3/8/1994", "1994-03-08" },
    { mdy, "27/04/1990", NULL },       /* no month 27 */
    { mdy, "", NULL },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *iso = tickets_date_parse (cases[i].format, cases[i].text);

      g_assert_cmpstr (iso, ==, cases[i].iso);
    }
}

static void
test_strftime_formats (void)
{
  TicketsDateFormat format;

  format = tickets_date_format_from_strftime ("%Y/%m/%d");
  g_assert_cmpint (format.order, ==, TICKETS_DATE_ORDER_YMD);
  g_assert_cmpint (format.separator, ==, '/');
  format = tickets_date_format_from_strftime ("%e.%m.%Y");
  g_assert_cmpint (format.order, ==, TICKETS_DATE_ORDER_DMY);
  g_assert_cmpint (format.separator, ==, '.');
  format = tickets_date_format_from_strftime ("%D");
  g_assert_cmpint (format.order, ==, TICKETS_DATE_ORDER_MDY);
  format = tickets_date_format_from_strftime ("%F");
  g_assert_cmpint (format.order, ==, TICKETS_DATE_ORDER_YMD);
  g_assert_cmpint (format.separator, ==, '-');
  /* Nothing to go by: YYYY-MM-DD. */
  format = tickets_date_format_from_strftime ("%A");
  g_assert_cmpint (format.order, ==, TICKETS_DATE_ORDER_YMD);
  g_assert_cmpint (format.separator, ==, '-');
}

static void
test_hint (void)
{
  g_autofree char *dmy = tickets_date_dup_hint (tickets_date_format_from_strftime ("%d.%m.%Y"));
  g_autofree char *mdy = tickets_date_dup_hint (tickets_date_format_from_strftime ("%m/%d/%Y"));

  g_assert_cmpstr (dmy, ==, "DD.MM.YYYY");
  g_assert_cmpstr (mdy, ==, "MM/DD/YYYY");
  g_assert_cmpstr (tickets_date_get_hint_description (tickets_date_format_from_strftime ("%d.%m.%Y")), ==,
                   "Format: day, month, year");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "en", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/date-format/locales", test_locales);
  g_test_add_func ("/date-format/parse", test_parse);
  g_test_add_func ("/date-format/strftime-formats", test_strftime_formats);
  g_test_add_func ("/date-format/hint", test_hint);

  return g_test_run ();
}
