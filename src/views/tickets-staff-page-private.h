/* tickets-staff-page-private.h: what the widget tests read off the box office's page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tickets-staff-page.h"

G_BEGIN_DECLS

const char *tickets_staff_page_get_description (TicketsStaffPage *self);

G_END_DECLS
