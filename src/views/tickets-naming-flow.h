/* tickets-naming-flow.h: naming one ticket through the form, from opening
 * it to the server's answer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "tickets-batch-view.h"
#include "tickets-personalization-form-view.h"
#include "tickets-resource.h"
#include "tickets-session.h"

G_BEGIN_DECLS

#define TICKETS_TYPE_NAMING_FLOW (tickets_naming_flow_get_type ())

G_DECLARE_FINAL_TYPE (TicketsNamingFlow, tickets_naming_flow, TICKETS, NAMING_FLOW, GObject)

/* It answers the form's "submit" (save through the session's store, with
 * its auth) and "cancel" (discard, asking first when something was typed).
 *
 * Signals:
 *   "close-form" (): the form is done with, saved or discarded: the window
 *   leaves it for where it came from, if it still shows it.
 *   "personalized" (TicketsTicket *ticket): the server took a name.
 *   "toast" (const char *text): something to tell in passing, as text,
 *   never markup: a name taken, or how many tickets @batch_view (nullable)
 *   named once it is done.
 *
 * A new sign-in (the session's auth changing) or the form's destruction
 * cancels the saves on their way. */
TicketsNamingFlow *tickets_naming_flow_new        (TicketsSession                 *session,
                                                   TicketsPersonalizationFormView *form_view,
                                                   TicketsBatchView               *batch_view);
/* Sets the form up for @ticket: opened again, it keeps what was typed;
 * else it starts from the ticket, then its draft, and says why its last
 * save failed. @home is the order (whose buyer "Copy from" offers) or the
 * friend's request the ticket is named through; the addresses taken on the
 * ticket's product and the other holders "Copy from" offers come from its
 * tickets (tickets-copy-sources.h). The window then shows the form. */
void               tickets_naming_flow_open       (TicketsNamingFlow              *self,
                                                   TicketsTicket                  *ticket,
                                                   TicketsResource                *home);
/* Back from the form: what was typed stays as the ticket's draft. */
void               tickets_naming_flow_keep_draft (TicketsNamingFlow              *self);
/* What was open went with its sign-in: no ticket, and an empty form. */
void               tickets_naming_flow_forget     (TicketsNamingFlow              *self);

G_END_DECLS
