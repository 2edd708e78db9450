/* tickets-error-page.h: the page that says why what a sign-in opens could not be opened
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define TICKETS_TYPE_ERROR_PAGE (tickets_error_page_get_type ())

G_DECLARE_FINAL_TYPE (TicketsErrorPage, tickets_error_page, TICKETS, ERROR_PAGE, AdwBin)

/* Try Again activates win.reload. */

/* @title: what could not be opened, in the user's words. @error's message
 * is shown as text; when the error is one that passes (the client already
 * tried again) and @network_available is FALSE, the page adds that the
 * network coming back loads it again. */
void tickets_error_page_show_error (TicketsErrorPage *self,
                                    const char       *title,
                                    const GError     *error,
                                    gboolean          network_available);

G_END_DECLS
