/* tickets-consumer-detail.h: a consumer's details at the counter, and
 * their correction
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tickets-consumer.h"
#include "tickets-session.h"

G_BEGIN_DECLS

#define TICKETS_TYPE_CONSUMER_DETAIL (tickets_consumer_detail_get_type ())

G_DECLARE_FINAL_TYPE (TicketsConsumerDetail, tickets_consumer_detail, TICKETS, CONSUMER_DETAIL, AdwWindow)

/* A modal window over @parent with @consumer's details, and the tickets
 * known to be theirs (@tickets: TicketsTicket, NULL or empty: none known).
 * Corrections are posted as one revision bound to those tickets, with
 * @session's store and auth; the window shows what the server stored once
 * it has accepted them. The focus goes back to @parent's focus widget
 * when it closes. tickets_counter_show_consumer() opens one. */
GtkWidget *tickets_consumer_detail_new (GtkWindow       *parent,
                                        TicketsSession  *session,
                                        TicketsConsumer *consumer,
                                        GPtrArray       *tickets);

G_END_DECLS
