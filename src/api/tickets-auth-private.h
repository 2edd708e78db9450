/* tickets-auth-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tickets-auth.h"

G_BEGIN_DECLS

const char *tickets_auth_get_header_value (TicketsAuth *self);

G_END_DECLS
