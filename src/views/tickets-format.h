/* tickets-format.h: the models' values in words, the same in every view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "tickets-ticket.h"

G_BEGIN_DECLS

/* The text in the user's language, NULL when there is none or it is empty. */
const char *tickets_best_text      (TicketsI18nText *text);

/* "Section B · Row 12 · Seat 7", each part named as the venue names it. */
char       *tickets_format_seating (TicketsSeating  *seating);

G_END_DECLS
