/* tickets-date-format.c: dates of birth typed in the locale's order, sent
 * as YYYY-MM-DD; times on the desktop's 12- or 24-hour clock
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tickets-consumer.h"
#include "tickets-date-format.h"

static const TicketsDateFormat iso_format = { TICKETS_DATE_ORDER_YMD, '-' };

/**
 * tickets_date_format_from_strftime:
 * @d_fmt: a date format whose day, month and year come as %d or %e, %m,
 *   and %y or %Y
 *
 * Returns: their order and the character between them; YYYY-MM-DD when
 *   @d_fmt names no such three
 */
TicketsDateFormat
tickets_date_format_from_strftime (const char *d_fmt)
{
  TicketsDateFormat format = iso_format;
  const char *day = NULL, *month = NULL, *year = NULL;

  g_return_val_if_fail (d_fmt != NULL, iso_format);

  for (const char *p = d_fmt; p[0] != '\0'; p++)
    {
      if (p[0] != '%' || p[1] == '\0')
        continue;
      p++;
      if (*p == 'd' || *p == 'e')
        day = p;
      else if (*p == 'm')
        month = p;
      else if (*p == 'y' || *p == 'Y')
        year = p;
      else if (*p == 'F' || *p == 'D')
        /* %F is YYYY-MM-DD; %D is MM/DD/YY. */
        return *p == 'F' ? iso_format : (TicketsDateFormat) { TICKETS_DATE_ORDER_MDY, '/' };
    }

  if (day == NULL || month == NULL || year == NULL)
    return iso_format;

  if (year < month && month < day)
    format.order = TICKETS_DATE_ORDER_YMD;
  else if (day < month && month < year)
    format.order = TICKETS_DATE_ORDER_DMY;
  else if (month < day && day < year)
    format.order = TICKETS_DATE_ORDER_MDY;
  else
    return iso_format;

  /* The character after the first part's conversion. */
  {
    const char *first = MIN (day, MIN (month, year));

    format.separator = first[1] != '\0' && first[1] != '%' ? first[1] : '-';
  }

  return format;
}

TicketsDateFormat
tickets_date_format_for_locale (void)
{
  const char *locale = setlocale (LC_TIME, NULL);

  /* The C locale's MM/DD/YY is nobody's way of writing a date of birth. */
  if (locale == NULL || g_str_equal (locale, "C") || g_str_equal (locale, "POSIX") ||
      g_str_has_prefix (locale, "C."))
    return iso_format;

  return tickets_date_format_from_strftime (nl_langinfo (D_FMT));
}

char *
tickets_date_format_iso (TicketsDateFormat  format,
                         const char        *iso)
{
  g_autofree char *parsed = NULL;
  unsigned year, month, day;

  g_return_val_if_fail (iso != NULL, NULL);

  if ((parsed = tickets_date_parse (iso_format, iso)) == NULL)
    return NULL;
  if (sscanf (parsed, "%4u-%2u-%2u", &year, &month, &day) != 3)
    return NULL;

  switch (format.order)
    {
    case TICKETS_DATE_ORDER_DMY:
      return g_strdup_printf ("%02u%c%02u%c%04u", day, format.separator, month, format.separator, year);
    case TICKETS_DATE_ORDER_MDY:
      return g_strdup_printf ("%02u%c%02u%c%04u", month, format.separator, day, format.separator, year);
    case TICKETS_DATE_ORDER_YMD:
    default:
      return g_strdup_printf ("%04u%c%02u%c%02u", year, format.separator, month, format.separator, day);
    }
}

/* Three runs of digits, split by one of "-./ " each; the year has four. */
static gboolean
split_parts (const char *text,
             unsigned    parts[3],
             guint       lengths[3])
{
  const char *p = text;

  for (guint i = 0; i < 3; i++)
    {
      const char *start = p;

      while (g_ascii_isdigit (*p))
        p++;
      lengths[i] = p - start;
      if (lengths[i] == 0 || lengths[i] > 4)
        return FALSE;
      parts[i] = strtoul (start, NULL, 10);
      if (i < 2)
        {
          if (strchr ("-./ ", *p) == NULL || *p == '\0')
            return FALSE;
          p++;
        }
    }

  return *p == '\0';
}

TicketsDateParseResult
tickets_date_parse_parts (TicketsDateFormat  format,
                          const char        *text,
                          unsigned          *year,
                          unsigned          *month,
                          unsigned          *day)
{
  g_autofree char *stripped = NULL;
  unsigned parts[3];
  guint lengths[3];

  g_return_val_if_fail (text != NULL, TICKETS_DATE_MALFORMED);

  stripped = g_strstrip (g_strdup (text));
  if (!split_parts (stripped, parts, lengths))
    return TICKETS_DATE_MALFORMED;

  /* A four-digit first part is a year, whatever the locale. */
  if (lengths[0] == 4 && lengths[1] <= 2 && lengths[2] <= 2)
    {
      *year = parts[0];
      *month = parts[1];
      *day = parts[2];
    }
  else if (lengths[2] == 4 && lengths[0] <= 2 && lengths[1] <= 2 && format.order != TICKETS_DATE_ORDER_YMD)
    {
      *year = parts[2];
      *day = format.order == TICKETS_DATE_ORDER_DMY ? parts[0] : parts[1];
      *month = format.order == TICKETS_DATE_ORDER_DMY ? parts[1] : parts[0];
    }
  else
    return TICKETS_DATE_MALFORMED;

  /* Year 0 is no year either; the caller's range check says more. */
  if (!g_date_valid_year (*year))
    return TICKETS_DATE_MALFORMED;
  if (!g_date_valid_month (*month))
    return TICKETS_DATE_NO_SUCH_MONTH;
  if (!g_date_valid_dmy (*day, *month, *year))
    return TICKETS_DATE_NO_SUCH_DAY;

  return TICKETS_DATE_PARSED;
}

char *
tickets_date_parse (TicketsDateFormat  format,
                    const char        *text)
{
  unsigned year, month, day;

  g_return_val_if_fail (text != NULL, NULL);

  if (tickets_date_parse_parts (format, text, &year, &month, &day) != TICKETS_DATE_PARSED)
    return NULL;

  return g_strdup_printf ("%04u-%02u-%02u", year, month, day);
}

/**
 * tickets_date_dup_birth_problem:
 * @format: the order dates are typed in
 * @text: a date of birth as typed, not empty
 * @today: today's date as YYYY-MM-DD
 *
 * A date that is well typed but not in the calendar is told apart from one
 * typed the wrong way: "Enter the date as DD-MM-YYYY" would send the person
 * looking for a mistake they did not make.
 *
 * Returns: (nullable): what is wrong, NULL when @text is a possible date of
 *   birth
 */
char *
tickets_date_dup_birth_problem (TicketsDateFormat  format,
                                const char        *text,
                                const char        *today)
{
  unsigned year = 0, month = 0, day = 0;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (today != NULL, NULL);

  /* Only the shape of the text is the form's to judge; which dates of
   * birth are possible is the model's rule, the sandbox's too. */
  if (tickets_date_parse_parts (format, text, &year, &month, &day) == TICKETS_DATE_MALFORMED)
    {
      g_autofree char *hint = tickets_date_dup_hint (format);
      g_autofree char *example = tickets_date_format_iso (format, "1990-04-27");

      /* Translators: %1$s is how to type a date, as in "DD-MM-YYYY", %2$s an example, "27-04-1990". */
      return g_strdup_printf (_("Enter the date as %1$s, for example %2$s."), hint, example);
    }

  switch (tickets_date_of_birth_check (year, month, day, today))
    {
    case TICKETS_BIRTH_DATE_NO_SUCH_MONTH:
      /* Translators: %u is the month typed, as in "There is no month 13." */
      return g_strdup_printf (_("There is no month %u. Check the day and the month."), month);

    case TICKETS_BIRTH_DATE_NO_SUCH_DAY:
      {
        g_autoptr(GDateTime) first = g_date_time_new_utc (year, month, 1, 0, 0, 0);
        g_autofree char *month_name = first != NULL ? g_date_time_format (first, "%OB %Y") : NULL;
        guint8 n_days = g_date_get_days_in_month (month, year);

        if (month_name == NULL)
          return g_strdup_printf (_("There is no month %u. Check the day and the month."), month);

        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             /* Translators: %1$s is a month and its year, as in "February 1990", %2$u how many days it has. */
                                             "That day does not exist: %1$s has %2$u day.",
                                             "That day does not exist: %1$s has %2$u days.",
                                             n_days),
                                month_name, (unsigned) n_days);
      }

    case TICKETS_BIRTH_DATE_IN_FUTURE:
      return g_strdup (_("The date of birth cannot be in the future."));

    case TICKETS_BIRTH_DATE_TOO_EARLY:
      return g_strdup (_("The date of birth cannot be before 1900."));

    case TICKETS_BIRTH_DATE_MALFORMED:
      /* today is no YYYY-MM-DD: the caller's mistake, already warned of. */
    case TICKETS_BIRTH_DATE_OK:
    default:
      break;
    }

  return NULL;
}

char *
tickets_date_dup_hint (TicketsDateFormat format)
{
  /* Translators: the day in a date's format, as in "DD-MM-YYYY"; letters your language uses for it. */
  const char *day = C_("date format", "DD");
  /* Translators: the month in a date's format, as in "DD-MM-YYYY". */
  const char *month = C_("date format", "MM");
  /* Translators: the year in a date's format, as in "DD-MM-YYYY". */
  const char *year = C_("date format", "YYYY");
  char s = format.separator;

  switch (format.order)
    {
    case TICKETS_DATE_ORDER_DMY:
      return g_strdup_printf ("%s%c%s%c%s", day, s, month, s, year);
    case TICKETS_DATE_ORDER_MDY:
      return g_strdup_printf ("%s%c%s%c%s", month, s, day, s, year);
    case TICKETS_DATE_ORDER_YMD:
    default:
      return g_strdup_printf ("%s%c%s%c%s", year, s, month, s, day);
    }
}

const char *
tickets_date_get_hint_description (TicketsDateFormat format)
{
  switch (format.order)
    {
    case TICKETS_DATE_ORDER_DMY:
      return _("Format: day, month, year");
    case TICKETS_DATE_ORDER_MDY:
      return _("Format: month, day, year");
    case TICKETS_DATE_ORDER_YMD:
    default:
      return _("Format: year, month, day");
    }
}

/* The one place that reads the desktop's clock. gnome-calendar follows the
 * same key. The schema comes with GNOME (gsettings-desktop-schemas); looked
 * up first, because GSettings aborts on a schema that is not installed,
 * and Tickets runs on other desktops and in bare test sessions too. */
static TicketsClockFormat
read_clock_format (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *value = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, "org.gnome.desktop.interface", TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, "clock-format"))
    return TICKETS_CLOCK_FORMAT_24H;

  settings = g_settings_new_full (schema, NULL, NULL);
  value = g_settings_get_string (settings, "clock-format");

  return g_strcmp0 (value, "12h") == 0 ? TICKETS_CLOCK_FORMAT_12H : TICKETS_CLOCK_FORMAT_24H;
}

TicketsClockFormat
tickets_clock_format_get_default (void)
{
  static gsize clock_format;

  /* Stored plus one, as g_once_init_enter() waits for a value not 0. */
  if (g_once_init_enter (&clock_format))
    g_once_init_leave (&clock_format, read_clock_format () + 1);

  return (TicketsClockFormat) (clock_format - 1);
}

/**
 * tickets_date_time_format_local:
 * @date_time: a moment
 * @format: a g_date_time_format() format, usually translated, whose time
 *   is "%H:%M"
 * @clock: the clock to write the time on
 *
 * The translations keep one format, with the 24-hour "%H:%M": on the
 * 12-hour clock the hour becomes "%-I" and "%p" follows the minutes, as
 * gnome-desktop's wall clock writes it. GLib names AM and PM itself where
 * the locale has no words for them. A format whose time is written some
 * other way stays on the 24-hour clock.
 *
 * Returns: (transfer full): @date_time in local time, formatted
 */
char *
tickets_date_time_format_local (GDateTime          *date_time,
                                const char         *format,
                                TicketsClockFormat  clock)
{
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *twelve = NULL;
  const char *hour;
  const char *minutes;

  g_return_val_if_fail (date_time != NULL, NULL);
  g_return_val_if_fail (format != NULL, NULL);

  local = g_date_time_to_local (date_time);
  hour = strstr (format, "%H");
  minutes = hour != NULL ? strstr (hour, "%M") : NULL;
  if (clock != TICKETS_CLOCK_FORMAT_12H || minutes == NULL)
    return g_date_time_format (local, format);

  twelve = g_strdup_printf ("%.*s%%-I%.*s%%M %%p%s",
                            (int) (hour - format), format,
                            (int) (minutes - (hour + 2)), hour + 2,
                            minutes + 2);

  return g_date_time_format (local, twelve);
}
