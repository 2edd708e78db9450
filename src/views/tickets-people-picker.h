/* tickets-people-picker.h: a search field and the people it finds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tickets-consumer.h"
#include "tickets-session.h"

G_BEGIN_DECLS

#define TICKETS_TYPE_PEOPLE_PICKER (tickets_people_picker_get_type ())

G_DECLARE_FINAL_TYPE (TicketsPeoplePicker, tickets_people_picker, TICKETS, PEOPLE_PICKER, AdwBin)

/* A search field ("Find a person") over a TicketsConsumerResults: what is
 * typed is searched with tickets_people_search_run() after a pause, Down or
 * Enter in the field moves to the first person found. Emits
 * "consumer-activated" (TicketsConsumer *) for the person chosen. */
GtkWidget *tickets_people_picker_new         (void);
/* Searches with @session's store and auth; nothing is searched before. */
void       tickets_people_picker_set_session (TicketsPeoplePicker *self,
                                              TicketsSession      *session);
void       tickets_people_picker_focus_entry (TicketsPeoplePicker *self);
/* An empty field, and no one found. */
void       tickets_people_picker_clear       (TicketsPeoplePicker *self);

G_END_DECLS
