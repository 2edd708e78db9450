/* tickets-staff-page.h: the box office: choosing the events, then the counter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tickets-session.h"

G_BEGIN_DECLS

#define TICKETS_TYPE_STAFF_PAGE (tickets_staff_page_get_type ())

G_DECLARE_FINAL_TYPE (TicketsStaffPage, tickets_staff_page, TICKETS, STAFF_PAGE, AdwBin)

/* The page offers its "box-office" actions for the window to insert:
 * change-events (Ctrl+E), for the menu, and set-events (as), which calls
 * set_events(): tickets_staff_page_get_actions().
 *
 * Properties:
 *   "title", "subtitle" (utf8): what the header bar says over the page:
 *   the events the counter admits to, once chosen. */

/* The server accepted @user's sign-in (the session's auth): the events
 * are listed to choose from, or the counter opens for those of
 * set_events(). @settings: where the choice is remembered. */
void          tickets_staff_page_open         (TicketsStaffPage   *self,
                                               TicketsSession     *session,
                                               GSettings          *settings,
                                               const char         *user);
/* Signed out: the counter and the choice go. */
void          tickets_staff_page_close        (TicketsStaffPage   *self);
/* The events (links or uids) the next open() opens the counter for,
 * without choosing; NULL: the staff member chooses. */
void          tickets_staff_page_set_events   (TicketsStaffPage   *self,
                                               const char * const *events);
GActionGroup *tickets_staff_page_get_actions  (TicketsStaffPage   *self);
const char   *tickets_staff_page_get_title    (TicketsStaffPage   *self);
const char   *tickets_staff_page_get_subtitle (TicketsStaffPage   *self);

G_END_DECLS
