/* tickets-amount.h: an exact decimal amount of money in one currency
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define TICKETS_TYPE_AMOUNT (tickets_amount_get_type ())

G_DECLARE_FINAL_TYPE (TicketsAmount, tickets_amount, TICKETS, AMOUNT, GObject)

/* A value object, immutable: @value 1030 with @decimals 2 is 10.30. */
TicketsAmount *tickets_amount_new           (const char     *currency,
                                             gint64          value,
                                             unsigned        decimals);
TicketsAmount *tickets_amount_new_parse     (const char     *currency,
                                             const char     *text,
                                             GError        **error);
const char    *tickets_amount_get_currency  (TicketsAmount  *self);
gint64         tickets_amount_get_value     (TicketsAmount  *self);
unsigned       tickets_amount_get_decimals  (TicketsAmount  *self);
char          *tickets_amount_to_string     (TicketsAmount  *self);
int            tickets_amount_compare       (TicketsAmount  *a,
                                             TicketsAmount  *b);
gboolean       tickets_amount_is_zero       (TicketsAmount  *self);
gboolean       tickets_amount_equal         (TicketsAmount  *a,
                                             TicketsAmount  *b);

G_END_DECLS
