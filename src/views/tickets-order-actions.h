/* tickets-order-actions.h: what can be done to the order on show, as actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "tickets-opener.h"
#include "tickets-session.h"

G_BEGIN_DECLS

#define TICKETS_TYPE_ORDER_ACTIONS (tickets_order_actions_get_type ())

G_DECLARE_FINAL_TYPE (TicketsOrderActions, tickets_order_actions, TICKETS, ORDER_ACTIONS, GSimpleActionGroup)

/* An action group for the order @opener has on show, which a window inserts
 * as "order":
 *   "open-etickets", "copy-etickets-link": the order's e-tickets, enabled
 *   once the order carries their link;
 *   "open-eticket", "copy-eticket-link" (s: the link): one ticket's;
 *   "ask-friend": the Ask a Friend dialog over @parent, enabled while a
 *   ticket still needs a name;
 *   "withdraw-request", "ask-again" (s: the request's URI);
 *   "name-several": enabled from two tickets that can take a name;
 *   "show-history".
 * The enabled states follow the opener's order and its tickets, and go
 * off when it is forgotten.
 *
 * Signals:
 *   "toast" (const char *text): something to tell the person in passing,
 *   plain text that may quote a person or the server (never markup).
 *   "show-history" (), "name-several" (): pages the window shows.
 *
 * Property "etickets-tooltip" (string): what the e-tickets button says,
 * why it does nothing included. */
TicketsOrderActions *tickets_order_actions_new         (TicketsSession      *session,
                                                        TicketsOpener       *opener,
                                                        GtkWindow           *parent);
/* Saves the e-ticket at @uri, as "open-eticket" does. */
void                 tickets_order_actions_open_eticket (TicketsOrderActions *self,
                                                         const char          *uri);
/* Asks @email to name @tickets (uids of the order's tickets); a toast says
 * how it went, once the server answered. */
void                 tickets_order_actions_ask_friend  (TicketsOrderActions *self,
                                                        const char          *email,
                                                        const char * const  *tickets);
const char          *tickets_order_actions_get_etickets_tooltip (TicketsOrderActions *self);

G_END_DECLS
