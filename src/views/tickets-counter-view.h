/* tickets-counter-view.h: the box office's counter: one field, one verdict
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tickets-counter.h"

G_BEGIN_DECLS

#define TICKETS_TYPE_COUNTER_VIEW (tickets_counter_view_get_type ())

G_DECLARE_FINAL_TYPE (TicketsCounterView, tickets_counter_view, TICKETS, COUNTER_VIEW, AdwBin)

GtkWidget      *tickets_counter_view_new         (void);
TicketsCounter *tickets_counter_view_get_counter (TicketsCounterView *self);
void            tickets_counter_view_set_counter (TicketsCounterView *self,
                                                  TicketsCounter     *counter);
/* Puts the focus back in the scan field, as every action does when done. */
void            tickets_counter_view_focus_field (TicketsCounterView *self);

G_END_DECLS
