/* tickets-staff-page.h: what staff who signed in to the box office see for now
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define TICKETS_TYPE_STAFF_PAGE (tickets_staff_page_get_type ())

G_DECLARE_FINAL_TYPE (TicketsStaffPage, tickets_staff_page, TICKETS, STAFF_PAGE, AdwBin)

/* The box office comes in a later version: the page says so, and offers
 * Sign Out and Forget (win.sign-out). */

/* Who signed in: the staff member's user name. */
void tickets_staff_page_set_user (TicketsStaffPage *self,
                                  const char       *user);

G_END_DECLS
