/* tickets-batch-forms.h: the batch's second step, the picked tickets listed beside the form on show
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tickets-batch-row.h"
#include "tickets-personalization-form-view.h"

G_BEGIN_DECLS

#define TICKETS_TYPE_BATCH_FORMS (tickets_batch_forms_get_type ())

G_DECLARE_FINAL_TYPE (TicketsBatchForms, tickets_batch_forms, TICKETS, BATCH_FORMS, AdwBin)

/* Signals:
 *   "selected" (TicketsBatchForms *forms, TicketsBatchRow *row): another
 *   ticket was chosen; its form is shown right after.
 * Its buttons use "batch.show-list", "batch.previous" and "batch.next". */

/* Lists @row, and shows @form when it is chosen. The forms stay their
 * owners': remove_all() only takes them out. */
void tickets_batch_forms_append     (TicketsBatchForms              *self,
                                     TicketsBatchRow                *row,
                                     TicketsPersonalizationFormView *form);
void tickets_batch_forms_remove_all (TicketsBatchForms              *self);
/* Chooses @row and shows its form, in place of the list when narrow. */
void tickets_batch_forms_show       (TicketsBatchForms              *self,
                                     TicketsBatchRow                *row);
/* The list, in place of the form when narrow, with the focus on the row
 * of the form that was on show. */
void tickets_batch_forms_show_list  (TicketsBatchForms              *self);

G_END_DECLS
