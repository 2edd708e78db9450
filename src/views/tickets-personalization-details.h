/* tickets-personalization-details.h: whose name a personalization put on which tickets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tickets-personalization.h"

G_BEGIN_DECLS

#define TICKETS_TYPE_PERSONALIZATION_DETAILS (tickets_personalization_details_get_type ())

G_DECLARE_FINAL_TYPE (TicketsPersonalizationDetails, tickets_personalization_details,
                      TICKETS, PERSONALIZATION_DETAILS, AdwBin)

GtkWidget              *tickets_personalization_details_new                 (TicketsPersonalization        *personalization);
TicketsPersonalization *tickets_personalization_details_get_personalization (TicketsPersonalizationDetails *self);
void                    tickets_personalization_details_set_personalization (TicketsPersonalizationDetails *self,
                                                                             TicketsPersonalization        *personalization);

/* "Jan Jansen", or a stand-in when the holder has no name. */
char                   *tickets_personalization_details_format_holder       (TicketsPersonalization        *personalization);
/* "4 July 2026, 14:00" in local time; NULL when the server gave no date. */
char                   *tickets_personalization_details_format_when         (TicketsPersonalization        *personalization);
/* "Weekend Ticket · 8663092874786", one line per ticket. */
char                   *tickets_personalization_details_format_tickets      (TicketsPersonalization        *personalization);

G_END_DECLS
