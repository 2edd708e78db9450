/* tickets-outbox-private.h: what the tests ask of the outbox
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tickets-outbox.h"

G_BEGIN_DECLS

/* PRAGMA synchronous of the outbox's own connection (2: FULL), which no
 * other connection can see; -1 if it could not be read. */
int tickets_outbox_get_synchronous (TicketsOutbox *self);

G_END_DECLS
