/* tickets-batch-view-private.h: what the widget tests read off the batch view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tickets-batch-view.h"
#include "tickets-personalization-form-view.h"

G_BEGIN_DECLS

/* The ticket's form, NULL until the ticket has been picked once. */
TicketsPersonalizationFormView *tickets_batch_view_get_form           (TicketsBatchView *self,
                                                                       TicketsTicket    *ticket);
/* The form on show in the second step, NULL in the first. */
TicketsPersonalizationFormView *tickets_batch_view_get_visible_form   (TicketsBatchView *self);
/* What the line above the progress bar says. */
const char                     *tickets_batch_view_get_status_text    (TicketsBatchView *self);
double                          tickets_batch_view_get_progress       (TicketsBatchView *self);
/* What the ticket's entry in the list of forms says of it: "Saved", … */
const char                     *tickets_batch_view_get_ticket_status  (TicketsBatchView *self,
                                                                       TicketsTicket    *ticket);

G_END_DECLS
