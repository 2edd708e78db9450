/* tickets-staff-page-private.h: what the widget tests read off the box office's page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tickets-counter.h"
#include "tickets-event-chooser.h"
#include "tickets-staff-page.h"

G_BEGIN_DECLS

/* "chooser" or "counter". */
const char          *tickets_staff_page_get_showing (TicketsStaffPage *self);
TicketsEventChooser *tickets_staff_page_get_chooser (TicketsStaffPage *self);
/* The sign-in's counter, NULL before the counter first opened. */
TicketsCounter      *tickets_staff_page_get_counter (TicketsStaffPage *self);
/* The events still to come, listed once the counter opened. */
TicketsPagedList    *tickets_staff_page_get_upcoming (TicketsStaffPage *self);

G_END_DECLS
