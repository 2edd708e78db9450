/* tickets-batch-status.h: what the batch says of saving, in words and a progress bar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TICKETS_TYPE_BATCH_STATUS (tickets_batch_status_get_type ())

G_DECLARE_FINAL_TYPE (TicketsBatchStatus, tickets_batch_status, TICKETS, BATCH_STATUS, GtkBox)

/* Says nothing: hidden. */
void        tickets_batch_status_clear           (TicketsBatchStatus *self);
/* Some forms are not complete, so nothing was sent. */
void        tickets_batch_status_show_incomplete (TicketsBatchStatus *self,
                                                  guint               n_invalid);
/* "Saving 2 of 5…", with the bar at @n_done of @n_total. */
void        tickets_batch_status_show_saving     (TicketsBatchStatus *self,
                                                  guint               n_done,
                                                  guint               n_total);
/* The run is over: how many were saved, and an error if any failed. */
void        tickets_batch_status_show_finished   (TicketsBatchStatus *self,
                                                  guint               n_total,
                                                  guint               n_failed);
/* The person stopped the run after @n_saved of @n_total. */
void        tickets_batch_status_show_stopped    (TicketsBatchStatus *self,
                                                  guint               n_saved,
                                                  guint               n_total);

const char *tickets_batch_status_get_text        (TicketsBatchStatus *self);
double      tickets_batch_status_get_fraction    (TicketsBatchStatus *self);

G_END_DECLS
