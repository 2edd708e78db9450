/* tickets-batch-run.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "tickets-consent.h"
#include "tickets-consumer.h"
#include "tickets-store.h"
#include "tickets-ticket.h"

G_BEGIN_DECLS

/* Where a ticket of the run stands. */
typedef enum
{
  TICKETS_BATCH_RUN_PENDING,  /* not sent: just added, or the run stopped before it */
  TICKETS_BATCH_RUN_QUEUED,
  TICKETS_BATCH_RUN_SAVING,
  TICKETS_BATCH_RUN_SAVED,
  TICKETS_BATCH_RUN_FAILED,
} TicketsBatchRunState;

#define TICKETS_TYPE_BATCH_RUN (tickets_batch_run_get_type ())

G_DECLARE_FINAL_TYPE (TicketsBatchRun, tickets_batch_run, TICKETS, BATCH_RUN, GObject)

TicketsBatchRun      *tickets_batch_run_new             (TicketsStore    *store,
                                                         const char      *order_uid,
                                                         TicketsAuth     *auth);
void                  tickets_batch_run_set_holder      (TicketsBatchRun *self,
                                                         TicketsTicket   *ticket,
                                                         TicketsConsumer *consumer,
                                                         TicketsConsent   consent);
void                  tickets_batch_run_forget_unsaved  (TicketsBatchRun *self);
void                  tickets_batch_run_start           (TicketsBatchRun *self);
void                  tickets_batch_run_stop            (TicketsBatchRun *self);
TicketsBatchRunState  tickets_batch_run_get_state       (TicketsBatchRun *self,
                                                         TicketsTicket   *ticket);
const GError         *tickets_batch_run_get_error       (TicketsBatchRun *self,
                                                         TicketsTicket   *ticket);
guint                 tickets_batch_run_get_n_total     (TicketsBatchRun *self);
guint                 tickets_batch_run_get_n_done      (TicketsBatchRun *self);
guint                 tickets_batch_run_get_n_failed    (TicketsBatchRun *self);
gboolean              tickets_batch_run_get_running     (TicketsBatchRun *self);

G_END_DECLS
