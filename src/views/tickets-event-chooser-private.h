/* tickets-event-chooser-private.h: what the widget tests read off the event chooser
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tickets-event-chooser.h"

G_BEGIN_DECLS

/* "loading", "list", "empty" or "error". */
const char  *tickets_event_chooser_get_state          (TicketsEventChooser *self);
GtkListBox  *tickets_event_chooser_get_list_box       (TicketsEventChooser *self);
GtkEditable *tickets_event_chooser_get_search_entry   (TicketsEventChooser *self);
GtkSwitch   *tickets_event_chooser_get_upcoming_switch (TicketsEventChooser *self);
GtkButton   *tickets_event_chooser_get_open_button    (TicketsEventChooser *self);
/* The title of the empty or error state. */
const char  *tickets_event_chooser_get_status_title   (TicketsEventChooser *self);
/* Whether a search waits for its 200 ms pause. */
gboolean     tickets_event_chooser_get_search_pending (TicketsEventChooser *self);

G_END_DECLS
