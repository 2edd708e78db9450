/* tickets-shift-log-view.h: the counter's lookups, newest first, beside the card
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tickets-shift-log.h"

G_BEGIN_DECLS

#define TICKETS_TYPE_SHIFT_LOG_VIEW (tickets_shift_log_view_get_type ())

G_DECLARE_FINAL_TYPE (TicketsShiftLogView, tickets_shift_log_view, TICKETS, SHIFT_LOG_VIEW, AdwBin)

/* Its Clear button activates counter.clear-log. */
GtkWidget       *tickets_shift_log_view_new     (void);
void             tickets_shift_log_view_set_log (TicketsShiftLogView *self,
                                                 TicketsShiftLog     *log);
TicketsShiftLog *tickets_shift_log_view_get_log (TicketsShiftLogView *self);
/* Asks whether to empty the log, over @parent, and empties it on "clear";
 * returns the question (transfer none), whose "response" comes after. */
GtkWidget       *tickets_shift_log_view_ask_clear (TicketsShiftLogView *self,
                                                   GtkWindow           *parent);

G_END_DECLS
