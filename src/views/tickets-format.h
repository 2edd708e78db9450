/* tickets-format.h: the models' values in words, the same in every view,
 * and the labels that show them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

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

/* A failed load's message (the server's or the system's text) for an
 * AdwStatusPage's description, which is markup: escaped. */
char       *tickets_format_error_markup (const GError *error);

/* Shows @text in @label, and the label only while there is text. */
void        tickets_show_label       (GtkLabel        *label,
                                      const char      *text);

G_END_DECLS
