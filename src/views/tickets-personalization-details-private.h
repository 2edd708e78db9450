/* tickets-personalization-details-private.h: what the widget tests read off the details
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tickets-personalization-details.h"

G_BEGIN_DECLS

const char *tickets_personalization_details_get_name_text    (TicketsPersonalizationDetails *self);
/* NULL when the personalization has no date. */
const char *tickets_personalization_details_get_when_text    (TicketsPersonalizationDetails *self);
/* The rows shown, each an AdwActionRow: one per holder detail that is set, one per ticket. */
GPtrArray  *tickets_personalization_details_get_holder_rows  (TicketsPersonalizationDetails *self);
GPtrArray  *tickets_personalization_details_get_ticket_rows  (TicketsPersonalizationDetails *self);

G_END_DECLS
