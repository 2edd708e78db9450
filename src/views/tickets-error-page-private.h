/* tickets-error-page-private.h: what the widget tests read off the error page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tickets-error-page.h"

G_BEGIN_DECLS

const char *tickets_error_page_get_title       (TicketsErrorPage *self);
/* Markup. */
const char *tickets_error_page_get_description (TicketsErrorPage *self);

G_END_DECLS
