/* tickets-copy-sources.h: the rest of an order as one ticket's form sees it:
 * the addresses taken on its product, and the people it can copy from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "tickets-consumer.h"
#include "tickets-ticket.h"

G_BEGIN_DECLS

/* Whether @a and @b are tickets of one product: their product links (the
 * ticket's own, else its product's) are equal, else they share the product
 * object. Never when either product is unknown. */
gboolean    tickets_copy_sources_same_product      (TicketsTicket      *a,
                                                    TicketsTicket      *b);
/* Whether two addresses are the same as the server compares them: white
 * space around them ignored, letters in any case. Blanks equal nothing. */
gboolean    tickets_copy_sources_same_email        (const char         *a,
                                                    const char         *b);
/* Whether @emails holds @email, compared as above. */
gboolean    tickets_copy_sources_emails_contain    (const char * const *emails,
                                                    const char         *email);

/* In both: @tickets (TicketsTicket) are the order's or the request's;
 * @typed (nullable) maps a TicketsTicket to the TicketsConsumer its form
 * holds while it is being named (NULL for none), which counts instead of
 * the ticket's holder. @ticket itself never counts. */

/* The addresses the other valid tickets of @ticket's product hold or are
 * being given, each once (the first spelling, trimmed), none blank. They
 * matter where the product's form says `unique_per_product`. */
GStrv       tickets_copy_sources_dup_taken_emails  (GListModel         *tickets,
                                                    TicketsTicket      *ticket,
                                                    GHashTable         *typed);
/* The people "Copy from" offers besides the buyer (TicketsConsumer): the
 * other tickets' holders, in the tickets' order, without blanks, without
 * @buyer (nullable) and each person once (equal but for the revision's
 * uid). */
GListModel *tickets_copy_sources_dup_holders       (GListModel         *tickets,
                                                    TicketsTicket      *ticket,
                                                    TicketsConsumer    *buyer,
                                                    GHashTable         *typed);

G_END_DECLS
