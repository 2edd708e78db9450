/* tickets-roles.c: the overview's "Roles and Permissions" table, once
 *
 * The sandbox answers 403 by this table and the app names the roles that
 * may do what a 403 refused, so both read it from here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-roles.h"

static const struct {
  const char    *role;
  TicketsAccess  access;
} roles[] = {
  { "default", TICKETS_ACCESS_EVENT },
  { "spa-sales", TICKETS_ACCESS_EVENT | TICKETS_ACCESS_BILL | TICKETS_ACCESS_CREATE_ORDER },
  { "sales", TICKETS_ACCESS_EVENT | TICKETS_ACCESS_BILL | TICKETS_ACCESS_CREATE_ORDER | TICKETS_ACCESS_ORDER },
  { "merchant", TICKETS_ACCESS_EVENT | TICKETS_ACCESS_BILL | TICKETS_ACCESS_CREATE_ORDER | TICKETS_ACCESS_ORDER |
                TICKETS_ACCESS_AVAILABILITY },
};

/* Tickets by barcode and consumers hang off orders, so reading them needs
 * ORDER; a re-issue reads the old order and creates a new one. */
static const TicketsAccess staff_actions[TICKETS_STAFF_ACTION_LAST] = {
  [TICKETS_STAFF_ACTION_FIND_TICKETS] = TICKETS_ACCESS_ORDER,
  [TICKETS_STAFF_ACTION_FIND_CONSUMERS] = TICKETS_ACCESS_ORDER,
  [TICKETS_STAFF_ACTION_EDIT_CONSUMERS] = TICKETS_ACCESS_ORDER,
  [TICKETS_STAFF_ACTION_REISSUE] = TICKETS_ACCESS_ORDER | TICKETS_ACCESS_CREATE_ORDER,
};

gboolean
tickets_role_has (const char    *role,
                  TicketsAccess  access)
{
  if (role == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    if (g_str_equal (roles[i].role, role))
      return (roles[i].access & access) == access;

  return FALSE;
}

TicketsAccess
tickets_staff_action_get_access (TicketsStaffAction action)
{
  g_return_val_if_fail (action < TICKETS_STAFF_ACTION_LAST, 0);

  return staff_actions[action];
}

const char **
tickets_staff_action_dup_roles (TicketsStaffAction action)
{
  TicketsAccess access;
  GPtrArray *names;

  g_return_val_if_fail (action < TICKETS_STAFF_ACTION_LAST, NULL);

  access = staff_actions[action];
  names = g_ptr_array_new ();
  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    if ((roles[i].access & access) == access)
      g_ptr_array_add (names, (gpointer) roles[i].role);
  g_ptr_array_add (names, NULL);

  return (const char **) g_ptr_array_free (names, FALSE);
}
