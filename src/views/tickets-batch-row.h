/* tickets-batch-row.h: a ticket in the batch's list of forms, and how saving it went
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "tickets-ticket.h"

G_BEGIN_DECLS

/* Where a picked ticket stands in the batch. */
typedef enum
{
  TICKETS_BATCH_ROW_EDITING,
  /* Its form is not complete: nothing is sent. */
  TICKETS_BATCH_ROW_INVALID,
  TICKETS_BATCH_ROW_QUEUED,
  TICKETS_BATCH_ROW_SAVING,
  TICKETS_BATCH_ROW_SAVED,
  /* The server refused it. */
  TICKETS_BATCH_ROW_FAILED,
} TicketsBatchRowState;

/* How the batch names a ticket: its product ("Ticket" when unknown), and
 * its barcode with the seat when there is one, as the ticket rows say it. */
char       *tickets_batch_dup_ticket_title   (TicketsTicket        *ticket);
char       *tickets_batch_dup_ticket_details (TicketsTicket        *ticket);

#define TICKETS_TYPE_BATCH_ROW (tickets_batch_row_get_type ())

G_DECLARE_FINAL_TYPE (TicketsBatchRow, tickets_batch_row, TICKETS, BATCH_ROW, GtkListBoxRow)

GtkWidget  *tickets_batch_row_new            (TicketsTicket        *ticket);
TicketsTicket *tickets_batch_row_get_ticket  (TicketsBatchRow      *self);
/* The ticket as the batch names it, from tickets_batch_dup_ticket_title()
 * and _details(). */
const char *tickets_batch_row_get_title      (TicketsBatchRow      *self);
const char *tickets_batch_row_get_details    (TicketsBatchRow      *self);
/* The icon, spinner and words of @state; a screen reader hears the ticket
 * and the words as the row's name. */
void        tickets_batch_row_set_state      (TicketsBatchRow      *self,
                                              TicketsBatchRowState  state);
/* What the row says of its ticket: "Saved", …; "" while editing. */
const char *tickets_batch_row_get_status     (TicketsBatchRow      *self);

G_END_DECLS
