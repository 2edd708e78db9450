/* tickets-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tickets-session.h"

G_BEGIN_DECLS

#define TICKETS_TYPE_APPLICATION (tickets_application_get_type ())

G_DECLARE_FINAL_TYPE (TicketsApplication, tickets_application, TICKETS, APPLICATION, AdwApplication)

TicketsApplication *tickets_application_new         (void);
/* The session the windows share; NULL until the application has started up. */
TicketsSession     *tickets_application_get_session (TicketsApplication *self);

G_END_DECLS
