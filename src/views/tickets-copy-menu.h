/* tickets-copy-menu.h: what "Copy from" offers to fill a form with
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "tickets-consumer.h"

G_BEGIN_DECLS

/* The buyer, then the other tickets' holders (TicketsConsumer). Its items
 * activate "form.copy-buyer" and "form.copy-ticket" with the holder's
 * position, which the form installs. */
GMenuModel *tickets_copy_menu_new (TicketsConsumer *buyer,
                                   GListModel      *other_consumers);

G_END_DECLS
