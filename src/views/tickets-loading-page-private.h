/* tickets-loading-page-private.h: what the widget tests read off the loading page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tickets-loading-page.h"

G_BEGIN_DECLS

/* The title as shown: what is being opened, or that it is reconnecting. */
const char *tickets_loading_page_get_title       (TicketsLoadingPage *self);
const char *tickets_loading_page_get_description (TicketsLoadingPage *self);

G_END_DECLS
