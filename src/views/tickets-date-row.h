/* tickets-date-row.h: an entry row for a date, typed the locale's way or picked
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define TICKETS_TYPE_DATE_ROW (tickets_date_row_get_type ())

G_DECLARE_FINAL_TYPE (TicketsDateRow, tickets_date_row, TICKETS, DATE_ROW, AdwEntryRow)

GtkWidget *tickets_date_row_new      (void);

/* The date typed, as YYYY-MM-DD; NULL while the text is no date. */
char      *tickets_date_row_dup_date (TicketsDateRow *self);
/* Shows a YYYY-MM-DD date the locale's way; anything else as it is. */
void       tickets_date_row_set_date (TicketsDateRow *self,
                                      const char     *date);

G_END_DECLS
