/* tickets-roles.h: the API's roles and what each may reach
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The resources of the overview's "Roles and Permissions" table. Reading
 * orders covers what hangs off them: tickets by barcode and consumers. */
typedef enum
{
  TICKETS_ACCESS_EVENT        = 1 << 0,
  TICKETS_ACCESS_BILL         = 1 << 1,
  TICKETS_ACCESS_CREATE_ORDER = 1 << 2,
  TICKETS_ACCESS_ORDER        = 1 << 3,
  TICKETS_ACCESS_AVAILABILITY = 1 << 4,
} TicketsAccess;

/* What a box-office action needs, once, for the server (the sandbox) and
 * for the sentence the app shows when a role lacks it. */
typedef enum
{
  TICKETS_STAFF_ACTION_FIND_TICKETS,    /* GET /tickets?event&code */
  TICKETS_STAFF_ACTION_FIND_CONSUMERS,  /* GET /consumers */
  TICKETS_STAFF_ACTION_EDIT_CONSUMERS,  /* POST /consumers with tickets */
  TICKETS_STAFF_ACTION_REISSUE,         /* POST /orders with tickets */
  TICKETS_STAFF_ACTION_LAST
} TicketsStaffAction;

/* Whether @role (its name as the API gives it: "default", "spa-sales",
 * "sales", "merchant") reaches all of @access. Unknown roles reach nothing. */
gboolean             tickets_role_has                (const char        *role,
                                                      TicketsAccess      access);
TicketsAccess        tickets_staff_action_get_access (TicketsStaffAction action);
/* The names of the roles that may do @action, in the table's order, such as
 * { "sales", "merchant" }. (transfer container): free the array only. */
const char         **tickets_staff_action_dup_roles  (TicketsStaffAction action);

G_END_DECLS
