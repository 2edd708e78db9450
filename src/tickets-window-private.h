/* tickets-window-private.h: what the window's tests look at
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tickets-order-view.h"
#include "tickets-personalization-form-view.h"
#include "tickets-window.h"

G_BEGIN_DECLS

const char                     *tickets_window_get_page_name (TicketsWindow *self);
gboolean                        tickets_window_get_etickets_available (TicketsWindow *self);
TicketsOrderView               *tickets_window_get_order_view (TicketsWindow *self);
TicketsPersonalizationFormView *tickets_window_get_form_view  (TicketsWindow *self);
GtkEditable                    *tickets_window_get_order_link_entry  (TicketsWindow *self);
GtkEditable                    *tickets_window_get_order_token_entry (TicketsWindow *self);

G_END_DECLS
