/* tickets-server-group.h: the welcome's choice of server, and a custom server's address
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tickets-connection.h"

G_BEGIN_DECLS

#define TICKETS_TYPE_SERVER_GROUP (tickets_server_group_get_type ())

G_DECLARE_FINAL_TYPE (TicketsServerGroup, tickets_server_group, TICKETS, SERVER_GROUP, AdwPreferencesGroup)

/* Signals:
 *   "address-activated" (TicketsServerGroup *group): Enter was pressed in
 *   the custom server's address, and it is a whole address: the user goes
 *   on to the next field.
 *
 * Properties: "server-kind" (read-only, a TicketsServerKind), "complete"
 * (read-only: the demo or Paylogic, or a custom server with a usable
 * address). */

TicketsServerKind  tickets_server_group_get_server_kind  (TicketsServerGroup *self);
/* custom_server is only used for, and shown with, TICKETS_SERVER_CUSTOM;
 * NULL keeps what was typed. */
void               tickets_server_group_set_server       (TicketsServerGroup *self,
                                                          TicketsServerKind   server_kind,
                                                          const char         *custom_server);
/* Where the demo server listens; NULL while it does not run. */
void               tickets_server_group_set_demo_address (TicketsServerGroup *self,
                                                          const char         *address);
gboolean           tickets_server_group_get_complete     (TicketsServerGroup *self);
/* The custom server's address as typed, without the white space around it. */
char              *tickets_server_group_dup_address      (TicketsServerGroup *self);

/* Shows under the server's choice why it could not be reached, focusing a
 * custom server's address, and returns TRUE; FALSE when @error is not about
 * the server. NULL clears. */
gboolean           tickets_server_group_show_error       (TicketsServerGroup *self,
                                                          const GError       *error);

GtkWidget         *tickets_server_group_get_address_row  (TicketsServerGroup *self);
/* The message shown under the address, NULL when none is. */
const char        *tickets_server_group_get_message      (TicketsServerGroup *self);

G_END_DECLS
