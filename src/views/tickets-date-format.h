/* tickets-date-format.h: dates of birth typed in the locale's order, sent
 * as YYYY-MM-DD; times on the desktop's 12- or 24-hour clock
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  TICKETS_DATE_ORDER_YMD,
  TICKETS_DATE_ORDER_DMY,
  TICKETS_DATE_ORDER_MDY,
} TicketsDateOrder;

typedef struct
{
  TicketsDateOrder order;
  char             separator;
} TicketsDateFormat;

/* From a strftime date format such as nl_langinfo (D_FMT)'s "%d-%m-%y". */
TicketsDateFormat tickets_date_format_from_strftime (const char        *d_fmt);
/* The format of the LC_TIME locale; YYYY-MM-DD under C and POSIX. */
TicketsDateFormat tickets_date_format_for_locale    (void);

/* "08-03-1994" for "1994-03-08" in nl; NULL when iso is no valid date. */
char             *tickets_date_format_iso           (TicketsDateFormat  format,
                                                     const char        *iso);
/* The YYYY-MM-DD of a date typed in the format's order (with any of
 * "-./ " between its parts, and a four-digit year) or as YYYY-MM-DD; NULL
 * when it is neither, or no valid date. */
char             *tickets_date_parse                (TicketsDateFormat  format,
                                                     const char        *text);
typedef enum
{
  TICKETS_DATE_PARSED,
  /* Not a date in the format's order, nor YYYY-MM-DD. */
  TICKETS_DATE_MALFORMED,
  /* Well typed, but no month the calendar has ("1990-13-01"). */
  TICKETS_DATE_NO_SUCH_MONTH,
  /* Well typed, but no day the month has ("1990-02-30"). */
  TICKETS_DATE_NO_SUCH_DAY,
} TicketsDateParseResult;

/* tickets_date_parse(), telling why a text is no date. The day, month and
 * year are set, as typed, unless the text is malformed. */
TicketsDateParseResult tickets_date_parse_parts (TicketsDateFormat  format,
                                                 const char        *text,
                                                 unsigned          *year,
                                                 unsigned          *month,
                                                 unsigned          *day);
/* What is wrong with a date of birth typed in the format's order, in the
 * user's language, today being @today (YYYY-MM-DD); NULL if nothing. */
char             *tickets_date_dup_birth_problem    (TicketsDateFormat  format,
                                                     const char        *text,
                                                     const char        *today);

/* What to type, in the user's language: "DD-MM-YYYY", "TT.MM.JJJJ". */
char             *tickets_date_dup_hint             (TicketsDateFormat  format);
/* The same for a screen reader: "Format: day, month, year". */
const char       *tickets_date_get_hint_description (TicketsDateFormat  format);

typedef enum
{
  TICKETS_CLOCK_FORMAT_24H,
  TICKETS_CLOCK_FORMAT_12H,
} TicketsClockFormat;

/* The desktop's choice (org.gnome.desktop.interface clock-format), read
 * once; the 24-hour clock where the desktop has no such setting. */
TicketsClockFormat tickets_clock_format_get_default (void);

/* @date_time in local time, formatted by @format, a g_date_time_format()
 * format (translated) that writes the time as "%H:%M"; on the 12-hour
 * clock that time reads "2:00 PM". */
char             *tickets_date_time_format_local    (GDateTime          *date_time,
                                                     const char         *format,
                                                     TicketsClockFormat  clock);

G_END_DECLS
