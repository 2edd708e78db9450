/* tickets-consent-group.h: what a ticket's holder agreed to, and the boxes to agree again
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tickets-ticket.h"

G_BEGIN_DECLS

#define TICKETS_TYPE_CONSENT_GROUP (tickets_consent_group_get_type ())

G_DECLARE_FINAL_TYPE (TicketsConsentGroup, tickets_consent_group, TICKETS, CONSENT_GROUP, AdwPreferencesGroup)

TicketsTicket  *tickets_consent_group_get_ticket   (TicketsConsentGroup *self);
/* Another ticket starts with no box ticked. */
void            tickets_consent_group_set_ticket   (TicketsConsentGroup *self,
                                                    TicketsTicket       *ticket);
gboolean        tickets_consent_group_get_editable (TicketsConsentGroup *self);
void            tickets_consent_group_set_editable (TicketsConsentGroup *self,
                                                    gboolean             editable);
/* While busy, the ticket's new consent is the save going through. */
gboolean        tickets_consent_group_get_busy     (TicketsConsentGroup *self);
void            tickets_consent_group_set_busy     (TicketsConsentGroup *self,
                                                    gboolean             busy);
/* What the boxes say now, each box its own flag. */
TicketsConsent  tickets_consent_group_get_consent  (TicketsConsentGroup *self);

G_END_DECLS
