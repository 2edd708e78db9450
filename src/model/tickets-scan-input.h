/* tickets-scan-input.h: what the counter's one field was given
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The double-fire window: the same code again within it is ignored. */
#define TICKETS_SCAN_REPEAT_WINDOW_USEC (2500 * G_TIME_SPAN_MILLISECOND)

/* A barcode: digits and letters only, no spaces, at least 5 characters
 * (after trimming the white space around it). Anything else is a search. */
gboolean    tickets_scan_input_is_code         (const char *text);

/* The consumer search a text stands for, as the documented filters of
 * GET /consumers: "x@y" → email__startswith; a date (YYYY-MM-DD, or
 * DD-MM-YYYY / DD.MM.YYYY / DD/MM/YYYY) → date_of_birth; two or more words
 * → first_name__startswith (first word) and last_name__startswith (the
 * rest); one word → last_name__startswith. NULL for a text with nothing to
 * search. (transfer full) (element-type utf8 utf8) */
GHashTable *tickets_scan_input_consumer_filters (const char *text);
/* One word also names first names: the counter searches first names when
 * no last name starts with it. NULL when @text is not one word. */
GHashTable *tickets_scan_input_consumer_fallback (const char *text);

/* Scanners fire twice. Remembers the last code and when it came. */
typedef struct _TicketsScanFilter TicketsScanFilter;

TicketsScanFilter *tickets_scan_filter_new    (void);
void               tickets_scan_filter_free   (TicketsScanFilter *self);
/* TRUE when @code at @now_usec (monotonic) is a repeat of the last code
 * within TICKETS_SCAN_REPEAT_WINDOW_USEC, to be ignored; otherwise
 * remembers it and returns FALSE. */
gboolean           tickets_scan_filter_repeat (TicketsScanFilter *self,
                                               const char        *code,
                                               gint64             now_usec);
void               tickets_scan_filter_reset  (TicketsScanFilter *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TicketsScanFilter, tickets_scan_filter_free)

G_END_DECLS
