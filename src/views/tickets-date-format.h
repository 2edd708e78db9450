/* tickets-date-format.h: dates of birth typed in the locale's order, sent
 * as YYYY-MM-DD
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

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
/* What to type, in the user's language: "DD-MM-YYYY", "TT.MM.JJJJ". */
char             *tickets_date_dup_hint             (TicketsDateFormat  format);
/* The same for a screen reader: "Format: day, month, year". */
const char       *tickets_date_get_hint_description (TicketsDateFormat  format);

G_END_DECLS
