/* tickets-format.h: the models' values in words, the same in every view,
 * and the labels that show them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tickets-ticket.h"

G_BEGIN_DECLS

/* The text in the user's language, NULL when there is none or it is empty. */
const char *tickets_best_text        (TicketsI18nText *text);

/* "Saturday 4 July 2026, 14:00" in local time, on the desktop's clock;
 * NULL for NULL. */
char       *tickets_format_date_time (GDateTime       *date_time);

/* In the order the UI's language writes prices ("€89.50", "89,50 €"), with
 * the locale's separators and the currency's decimals, and with the
 * currency's symbol where it has a known one, else its code ("CHF 89.50"). */
char       *tickets_format_amount    (TicketsAmount   *amount);

/* "Section B · Row 12 · Seat 7", each part named as the venue names it. */
char       *tickets_format_seating   (TicketsSeating  *seating);

/* A consumer's gender in words ("Female"), NULL when it is not known. */
const char *tickets_format_gender    (TicketsGender    gender);

/* A country's name in the user's language, else its ISO 3166-1 code as
 * given; NULL for NULL or "". */
char       *tickets_format_country   (const char      *alpha2);

/* A failed load's message (the server's or the system's text) for an
 * AdwStatusPage's description, which is markup: escaped. */
char       *tickets_format_error_markup (const GError *error);

/* A row of a list of details: @title, and @value below it, both plain text
 * (names and addresses are never markup); a screen reader reads
 * "Title: value". */
GtkWidget  *tickets_detail_row_new    (const char          *title,
                                       const char          *value);
/* Takes @rows, the rows added to @group, out of it, and empties @rows. */
void        tickets_detail_rows_clear (AdwPreferencesGroup *group,
                                       GPtrArray           *rows);

/* Shows @text in @label, and the label only while there is text. */
void        tickets_show_label       (GtkLabel        *label,
                                      const char      *text);

G_END_DECLS
