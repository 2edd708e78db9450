/* tickets-resource-private.h: what TicketsResource offers its subclasses
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tickets-resource.h"

G_BEGIN_DECLS

/* For a subclass that holds a list of tickets (an order, a personalization,
 * a personalization request), from its instance init: the base class then
 * keeps the list and merges it, by one rule for all of them (see
 * tickets_resource_get_ticket_list()). @pspec is the subclass' read-only
 * "tickets" property; its presence says a representation carried the list. */
void tickets_resource_init_ticket_list (TicketsResource *self,
                                        GParamSpec      *pspec);

G_END_DECLS
