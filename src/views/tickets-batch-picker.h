/* tickets-batch-picker.h: the batch's first step, which tickets to name
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tickets-ticket.h"

G_BEGIN_DECLS

#define TICKETS_TYPE_BATCH_PICKER (tickets_batch_picker_get_type ())

G_DECLARE_FINAL_TYPE (TicketsBatchPicker, tickets_batch_picker, TICKETS, BATCH_PICKER, GtkBox)

/* A check per ticket, Select All, and the buttons that leave ("batch.cancel")
 * or go on ("batch.continue", which the view enables while "n-picked" is not
 * 0). Nobody's ticket starts picked but the ones still needing a name. */
void     tickets_batch_picker_add          (TicketsBatchPicker *self,
                                            TicketsTicket      *ticket);
void     tickets_batch_picker_remove_all   (TicketsBatchPicker *self);
guint    tickets_batch_picker_get_n_picked (TicketsBatchPicker *self);
gboolean tickets_batch_picker_is_picked    (TicketsBatchPicker *self,
                                            TicketsTicket      *ticket);
/* A ticket that cannot be picked (one already saved) keeps its check as is. */
void     tickets_batch_picker_set_pickable (TicketsBatchPicker *self,
                                            TicketsTicket      *ticket,
                                            gboolean            pickable);
void     tickets_batch_picker_focus_first  (TicketsBatchPicker *self);

G_END_DECLS
