/* test-date-format.c: dates of birth in each locale's order, sent as
 * YYYY-MM-DD; times on the 12- and the 24-hour clock
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

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

/* A well-typed date the calendar lacks is told apart from a mistyped one,
 * in each order dates are typed in. */
static void
test_birth_problem (void)
{
  TicketsDateFormat ymd = tickets_date_format_from_strftime ("%Y-%m-%d");
  TicketsDateFormat dmy = tickets_date_format_from_strftime ("%d.%m.%Y");
  TicketsDateFormat mdy = tickets_date_format_from_strftime ("%m/%d/%Y");
  const char *today = "2026-12-07";
  const struct { TicketsDateFormat format; const char *text; const char *problem; } cases[] = {
    { ymd, "1990-02-30", "That day does not exist: February 1990 has 28 days." },
    { dmy, "30.02.1990", "That day does not exist: February 1990 has 28 days." },
    { mdy, "02/30/1990", "That day does not exist: February 1990 has 28 days." },
    { dmy, "29.02.1900", "That day does not exist: February 1900 has 28 days." },
    { dmy, "29.02.2000", NULL },
    { mdy, "04/31/1990", "That day does not exist: April 1990 has 30 days." },
    { dmy, "00.04.1990", "That day does not exist: April 1990 has 30 days." },
    { ymd, "1990-13-01", "There is no month 13. Check the day and the month." },
    { dmy, "27.13.1990", "There is no month 13. Check the day and the month." },
    { mdy, "27/04/1990", "There is no month 27. Check the day and the month." },
    { dmy, "1990-02-30", "That day does not exist: February 1990 has 28 days." },
    { ymd, "27.04.1990", "Enter the date as YYYY-MM-DD, for example 1990-04-27." },
    { dmy, "27.04.90", "Enter the date as DD.MM.YYYY, for example 27.04.1990." },
    { mdy, "April 27", "Enter the date as MM/DD/YYYY, for example 04/27/1990." },
    { ymd, "0000-01-01", "Enter the date as YYYY-MM-DD, for example 1990-04-27." },
    { ymd, "2026-12-08", "The date of birth cannot be in the future." },
    { dmy, "01.01.2027", "The date of birth cannot be in the future." },
    { ymd, "2026-12-07", NULL },
    { ymd, "1899-12-31", "The date of birth cannot be before 1900." },
    { ymd, "1900-01-01", NULL },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *problem = tickets_date_dup_birth_problem (cases[i].format, cases[i].text, today);

      g_test_message ("%s", cases[i].text);
      g_assert_cmpstr (problem, ==, cases[i].problem);
    }
}

/* In every language's own date order, 30 February is a day that does not
 * exist, not a date typed the wrong way. */
static void
test_no_such_day_in_locales (void)
{
  g_autofree char *previous = g_strdup (setlocale (LC_TIME, NULL));

  for (gsize i = 0; i < G_N_ELEMENTS (locales); i++)
    {
      TicketsDateFormat format;
      g_autofree char *valid = NULL;
      g_autofree char *impossible = NULL;
      unsigned year, month, day;

      if (setlocale (LC_TIME, locales[i].locale) == NULL)
        {
          g_test_message ("%s is not installed", locales[i].locale);
          g_test_fail ();
          continue;
        }

      format = tickets_date_format_for_locale ();
      /* 1994-02-28 as the locale types it, then the 30th in its place. */
      valid = tickets_date_format_iso (format, "1994-02-28");
      impossible = g_strdup (valid);
      memcpy (strstr (impossible, "28"), "30", 2);

      g_test_message ("%s: %s", locales[i].locale, impossible);
      g_assert_cmpint (tickets_date_parse_parts (format, valid, &year, &month, &day), ==, TICKETS_DATE_PARSED);
      g_assert_cmpint (tickets_date_parse_parts (format, impossible, &year, &month, &day), ==, TICKETS_DATE_NO_SUCH_DAY);
      g_assert_cmpuint (year, ==, 1994);
      g_assert_cmpuint (month, ==, 2);
      g_assert_cmpuint (day, ==, 30);
      {
        g_autofree char *problem = tickets_date_dup_birth_problem (format, impossible, "2026-12-07");

        g_assert_true (g_str_has_prefix (problem, "That day does not exist: "));
      }
    }

  setlocale (LC_TIME, previous);
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

static void
test_clock_formats (void)
{
  g_autoptr(GDateTime) afternoon = g_date_time_new_local (2026, 7, 4, 14, 5, 0);
  g_autoptr(GDateTime) morning = g_date_time_new_local (2026, 7, 4, 9, 30, 0);
  g_autoptr(GDateTime) utc = g_date_time_to_utc (afternoon);
  struct {
    GDateTime          *when;
    const char         *format;
    TicketsClockFormat  clock;
    const char         *shown;
  } cases[] = {
    { afternoon, "%A %-d %B %Y, %H:%M", TICKETS_CLOCK_FORMAT_24H, "Saturday 4 July 2026, 14:05" },
    { afternoon, "%A %-d %B %Y, %H:%M", TICKETS_CLOCK_FORMAT_12H, "Saturday 4 July 2026, 2:05 PM" },
    { morning, "%-d %B %Y, %H:%M", TICKETS_CLOCK_FORMAT_24H, "4 July 2026, 09:30" },
    { morning, "%-d %B %Y, %H:%M", TICKETS_CLOCK_FORMAT_12H, "4 July 2026, 9:30 AM" },
    { afternoon, "%H:%M", TICKETS_CLOCK_FORMAT_24H, "14:05" },
    { afternoon, "%H:%M", TICKETS_CLOCK_FORMAT_12H, "2:05 PM" },
    /* A translation that puts words around the time (fr: "à %H:%M"). */
    { afternoon, "%-d %B %Y à %H:%M !", TICKETS_CLOCK_FORMAT_12H, "4 July 2026 à 2:05 PM !" },
    /* Another moment of the same instant: shown in local time. */
    { utc, "%H:%M", TICKETS_CLOCK_FORMAT_12H, "2:05 PM" },
    /* No time to put on a clock. */
    { afternoon, "%-d %B %Y", TICKETS_CLOCK_FORMAT_12H, "4 July 2026" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *shown = tickets_date_time_format_local (cases[i].when, cases[i].format, cases[i].clock);

      g_assert_cmpstr (shown, ==, cases[i].shown);
    }
}

/* In a language whose locale has no words for AM and PM, GLib gives its
 * own: the 12-hour clock never loses the half of the day. */
static void
test_clock_formats_in_locale (void)
{
  g_autofree char *previous = g_strdup (setlocale (LC_TIME, NULL));
  g_autoptr(GDateTime) afternoon = g_date_time_new_local (2026, 7, 4, 14, 5, 0);
  g_autofree char *twelve = NULL;
  g_autofree char *twenty_four = NULL;

  if (setlocale (LC_TIME, "nl_NL.UTF-8") == NULL)
    {
      g_test_skip ("nl_NL.UTF-8 is not installed");
      return;
    }

  twelve = tickets_date_time_format_local (afternoon, "%A %-d %B %Y, %H:%M", TICKETS_CLOCK_FORMAT_12H);
  twenty_four = tickets_date_time_format_local (afternoon, "%A %-d %B %Y, %H:%M", TICKETS_CLOCK_FORMAT_24H);
  setlocale (LC_TIME, previous);

  g_assert_true (g_str_has_prefix (twelve, "zaterdag 4 juli 2026, 2:05 "));
  g_assert_cmpuint (strlen (twelve), >, strlen ("zaterdag 4 juli 2026, 2:05 "));
  g_assert_cmpstr (twenty_four, ==, "zaterdag 4 juli 2026, 14:05");
}

/* The desktop's setting, read once: what it said at the first look holds. */
static void
test_clock_format_default (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, "org.gnome.desktop.interface", TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, "clock-format"))
    {
      /* Without GNOME's schema: the 24-hour clock, and no abort. */
      g_assert_cmpint (tickets_clock_format_get_default (), ==, TICKETS_CLOCK_FORMAT_24H);
      return;
    }

  /* GSETTINGS_BACKEND=memory (tests/meson.build): the user's own stays. */
  g_assert_cmpstr (g_getenv ("GSETTINGS_BACKEND"), ==, "memory");
  settings = g_settings_new_full (schema, NULL, NULL);
  g_settings_set_string (settings, "clock-format", "12h");
  g_assert_cmpint (tickets_clock_format_get_default (), ==, TICKETS_CLOCK_FORMAT_12H);
  g_settings_set_string (settings, "clock-format", "24h");
  g_assert_cmpint (tickets_clock_format_get_default (), ==, TICKETS_CLOCK_FORMAT_12H);
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
  g_test_add_func ("/date-format/birth-problem", test_birth_problem);
  g_test_add_func ("/date-format/no-such-day-in-locales", test_no_such_day_in_locales);
  g_test_add_func ("/date-format/strftime-formats", test_strftime_formats);
  g_test_add_func ("/date-format/hint", test_hint);
  g_test_add_func ("/date-format/clock-formats", test_clock_formats);
  g_test_add_func ("/date-format/clock-formats-in-locale", test_clock_formats_in_locale);
  g_test_add_func ("/date-format/clock-format-default", test_clock_format_default);

  return g_test_run ();
}
