/* tickets-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tickets-connection.h"
#include "tickets-store.h"

G_BEGIN_DECLS

#define TICKETS_TYPE_APPLICATION (tickets_application_get_type ())

G_DECLARE_FINAL_TYPE (TicketsApplication, tickets_application, TICKETS, APPLICATION, AdwApplication)

TicketsApplication *tickets_application_new             (void);
const char         *tickets_application_get_server      (TicketsApplication  *self);
TicketsServerKind   tickets_application_get_server_kind (TicketsApplication  *self);
gboolean            tickets_application_get_demo        (TicketsApplication  *self);
TicketsStore       *tickets_application_get_store       (TicketsApplication  *self);
gboolean            tickets_application_connect         (TicketsApplication  *self,
                                                         TicketsServerKind    server_kind,
                                                         const char          *custom_server,
                                                         GError             **error);

G_END_DECLS
