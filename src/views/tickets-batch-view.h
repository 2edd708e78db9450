/* tickets-batch-view.h: name several tickets of an order in one go
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tickets-session.h"

G_BEGIN_DECLS

#define TICKETS_TYPE_BATCH_VIEW (tickets_batch_view_get_type ())

G_DECLARE_FINAL_TYPE (TicketsBatchView, tickets_batch_view, TICKETS, BATCH_VIEW, AdwBin)

/* Signals:
 *   "done" (TicketsBatchView *view, guint n_saved): every picked ticket has
 *   been saved; n_saved counts them. The store has updated the tickets.
 *   "cancel" (TicketsBatchView *view): the person wants to leave without
 *   saving (more). Nothing typed is lost until the next start(). */
GtkWidget *tickets_batch_view_new   (void);
/* Starts over with the order's tickets as they are now: the first step picks
 * among those that can be personalized. Cancels what is being saved. */
void       tickets_batch_view_start (TicketsBatchView *self,
                                     TicketsSession   *session,
                                     TicketsOrder     *order);

G_END_DECLS
