/* tickets-loading-page.h: the page that waits for what a sign-in opens
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define TICKETS_TYPE_LOADING_PAGE (tickets_loading_page_get_type ())

G_DECLARE_FINAL_TYPE (TicketsLoadingPage, tickets_loading_page, TICKETS, LOADING_PAGE, AdwBin)

/* A spinner and Cancel, which activates win.cancel-loading. */

/* What is being opened, in the user's words: the title unless reconnecting. */
void tickets_loading_page_set_title        (TicketsLoadingPage *self,
                                            const char         *title);
/* While the client retries a dropped connection the page says so. */
void tickets_loading_page_set_reconnecting (TicketsLoadingPage *self,
                                            gboolean            reconnecting);

G_END_DECLS
