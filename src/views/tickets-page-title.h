/* tickets-page-title.h: what the header bar says over each page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "tickets-order.h"

G_BEGIN_DECLS

/* The header bar's title and subtitle (never NULL, "" for none) over the
 * window's page @page, when the sign-in opened @home ("order", "request",
 * "my-tickets", "staff" or "welcome"). @order is the order a sign-in opened,
 * if any: its reference names the order's page. @showing_details: whether
 * My tickets shows one ticket rather than the list. */
void tickets_page_title_dup (const char    *page,
                             const char    *home,
                             TicketsOrder  *order,
                             gboolean       showing_details,
                             char         **title,
                             char         **subtitle);

G_END_DECLS
