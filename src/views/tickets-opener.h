/* tickets-opener.h: loading what a sign-in opens, and telling how it went
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "tickets-order.h"
#include "tickets-paged-list.h"
#include "tickets-personalization-request.h"
#include "tickets-session.h"

G_BEGIN_DECLS

#define TICKETS_TYPE_OPENER (tickets_opener_get_type ())

G_DECLARE_FINAL_TYPE (TicketsOpener, tickets_opener, TICKETS, OPENER, GObject)

/* It loads through the session's store with the session's auth, read at
 * each load, and keeps what it opened; the window shows it.
 *
 * Signals:
 *   "loading" (const char *title): a load started; @title says what is
 *   being opened, in the user's words. Not for the box office's check,
 *   which the welcome shows as busy.
 *   "order-loaded" (TicketsOrder *order): the order came (again, on
 *   reload: the same object when the store already held it).
 *   "requests-loaded" (): which friends were asked for the order's tickets
 *   is known, after "order-loaded".
 *   "order-updated" (): the order on show gained or lost its e-tickets link.
 *   "order-forgotten" (): tickets_opener_forget() let the order go; there
 *   is none any more.
 *   "request-loaded" (TicketsPersonalizationRequest *request)
 *   "staff-checked" (): the server accepted the staff member's sign-in.
 *   "my-tickets-loaded" (): the first page of the fan's tickets came.
 *   "reconnecting" (): the session's store started or stopped trying a
 *   dropped connection again; see tickets_opener_get_reconnecting().
 *   "failed" (const char *title, GError *error): what could not be opened,
 *   in the user's words, and why. Never for a cancelled load.
 *
 * Nothing is emitted for a load cancelled by tickets_opener_cancel(),
 * another load, or the opener's end.
 *
 * When GNetworkMonitor says the network is back after a load failed for a
 * passing reason (tickets_api_error_is_transient()), it loads again. */
TicketsOpener                 *tickets_opener_new           (TicketsSession *session);

/* @order, @request: a uid or URI, opened with the session's auth. */
void                           tickets_opener_open_order    (TicketsOpener  *self,
                                                             const char     *order);
void                           tickets_opener_open_request  (TicketsOpener  *self,
                                                             const char     *request);
/* Whether the session's auth is a staff member's the server accepts. */
void                           tickets_opener_check_staff   (TicketsOpener  *self);
/* Waits for the first page of @tickets, which its view is loading: an
 * error with nothing loaded fails, anything else is "my-tickets-loaded". */
void                           tickets_opener_open_my_tickets (TicketsOpener    *self,
                                                               TicketsPagedList *tickets);
/* Loads the order or the request again (Try Again); FALSE when neither is
 * open. */
gboolean                       tickets_opener_reload        (TicketsOpener  *self);
/* Fetches a fresh copy of the order on show, which the store merges in
 * place: no signal but "order-updated". */
void                           tickets_opener_refresh_order (TicketsOpener  *self);
/* After names were given to the order's tickets: once none needs one, a
 * fresh copy of the order (refresh_order), which carries the e-tickets
 * link. Nothing without an order. */
void                           tickets_opener_names_given   (TicketsOpener  *self);
/* What the opener does when GNetworkMonitor says the network came or went:
 * a load that failed for a passing reason loads again once it is back. */
void                           tickets_opener_network_changed (TicketsOpener *self,
                                                               gboolean       available);
/* Stops the loads on their way; what is open stays. */
void                           tickets_opener_cancel        (TicketsOpener  *self);
/* What was open goes, and the drafts typed for its tickets and how its
 * last load failed with it. */
void                           tickets_opener_forget        (TicketsOpener  *self);

TicketsOrder                  *tickets_opener_get_order     (TicketsOpener  *self);
const char                    *tickets_opener_get_order_uri (TicketsOpener  *self);
TicketsPersonalizationRequest *tickets_opener_get_request   (TicketsOpener  *self);
/* Cancelled with the loads: for what is done on behalf of what is open. */
GCancellable                  *tickets_opener_get_cancellable (TicketsOpener *self);
/* How the last load failed, until the next one starts. */
const GError                  *tickets_opener_get_error     (TicketsOpener  *self);
/* Whether the session's store is trying a dropped connection again. */
gboolean                       tickets_opener_get_reconnecting (TicketsOpener *self);

G_END_DECLS
