/* tickets-counter-actions.h: what staff do for the customer at the desk
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tickets-consumer.h"
#include "tickets-counter.h"
#include "tickets-ticket.h"

G_BEGIN_DECLS

/* Each opens a modal window over @parent and returns at once; when it
 * closes, the focus goes back to @parent's focus widget (the scan field).
 * Nothing is reported done before the server confirmed it. */

/* Names @ticket: the fans' form, or a consumer found by search (posted by
 * its uid alone). @consumer: a consumer picked already (NULL: none). */
void tickets_counter_personalize      (GtkWindow       *parent,
                                       TicketsCounter  *counter,
                                       TicketsTicket   *ticket,
                                       TicketsConsumer *consumer);
/* Re-issues tickets of @ticket's order to a new customer, after a
 * confirmation that the old barcodes stop working; shows the new order and
 * its barcodes. */
void tickets_counter_reissue          (GtkWindow       *parent,
                                       TicketsCounter  *counter,
                                       TicketsTicket   *ticket);
/* Prints a confirmation of @ticket with its barcode, with a preview; a
 * second print of the same code is marked as a reprint. */
void tickets_counter_print            (GtkWindow       *parent,
                                       TicketsCounter  *counter,
                                       TicketsTicket   *ticket);
/* The consumer's details, with a way to correct them (a new revision
 * bound to tickets). */
void tickets_counter_show_consumer    (GtkWindow       *parent,
                                       TicketsCounter  *counter,
                                       TicketsConsumer *consumer);

G_END_DECLS
