/* tickets-response-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tickets-client.h"

G_BEGIN_DECLS

/* msg has answered with a 2xx from uri (after any redirects), and body is all it sent. */
TicketsResponse *tickets_response_new (SoupMessage *msg,
                                       GUri        *uri,
                                       GBytes      *body);

G_END_DECLS
