/* test-model-roles.c: the roles table and what the box office's actions need
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-roles.h"

static const char *role_names[] = { "default", "spa-sales", "sales", "merchant" };

static void
test_role_access (void)
{
  const TicketsAccess all = TICKETS_ACCESS_EVENT | TICKETS_ACCESS_BILL | TICKETS_ACCESS_CREATE_ORDER |
                            TICKETS_ACCESS_ORDER | TICKETS_ACCESS_AVAILABILITY;
  /* The overview's table, written out once more to check the code's. */
  const TicketsAccess expected[] = {
    TICKETS_ACCESS_EVENT,
    TICKETS_ACCESS_EVENT | TICKETS_ACCESS_BILL | TICKETS_ACCESS_CREATE_ORDER,
    TICKETS_ACCESS_EVENT | TICKETS_ACCESS_BILL | TICKETS_ACCESS_CREATE_ORDER | TICKETS_ACCESS_ORDER,
    all,
  };

  for (guint i = 0; i < G_N_ELEMENTS (role_names); i++)
    for (guint bit = 0; bit < 5; bit++)
      {
        TicketsAccess access = 1 << bit;

        g_assert_cmpint (tickets_role_has (role_names[i], access), ==, (expected[i] & access) != 0);
      }

  /* All of the access asked for, not any of it. */
  g_assert_true (tickets_role_has ("merchant", all));
  g_assert_false (tickets_role_has ("sales", all));
  g_assert_false (tickets_role_has ("spa-sales", TICKETS_ACCESS_ORDER | TICKETS_ACCESS_CREATE_ORDER));
  g_assert_true (tickets_role_has ("sales", TICKETS_ACCESS_ORDER | TICKETS_ACCESS_CREATE_ORDER));
}

static void
test_unknown_role (void)
{
  for (guint bit = 0; bit < 5; bit++)
    {
      g_assert_false (tickets_role_has ("admin", 1 << bit));
      g_assert_false (tickets_role_has ("", 1 << bit));
      g_assert_false (tickets_role_has ("Merchant", 1 << bit));
      g_assert_false (tickets_role_has (NULL, 1 << bit));
    }
}

static void
test_staff_actions (void)
{
  /* Which role may do which action: rows are role_names. */
  const gboolean may[G_N_ELEMENTS (role_names)][TICKETS_STAFF_ACTION_LAST] = {
    { FALSE, FALSE, FALSE, FALSE },
    { FALSE, FALSE, FALSE, FALSE },
    { TRUE, TRUE, TRUE, TRUE },
    { TRUE, TRUE, TRUE, TRUE },
  };

  g_assert_cmpint (tickets_staff_action_get_access (TICKETS_STAFF_ACTION_FIND_TICKETS), ==, TICKETS_ACCESS_ORDER);
  g_assert_cmpint (tickets_staff_action_get_access (TICKETS_STAFF_ACTION_FIND_CONSUMERS), ==, TICKETS_ACCESS_ORDER);
  g_assert_cmpint (tickets_staff_action_get_access (TICKETS_STAFF_ACTION_EDIT_CONSUMERS), ==, TICKETS_ACCESS_ORDER);
  g_assert_cmpint (tickets_staff_action_get_access (TICKETS_STAFF_ACTION_REISSUE), ==,
                   TICKETS_ACCESS_ORDER | TICKETS_ACCESS_CREATE_ORDER);

  for (guint i = 0; i < G_N_ELEMENTS (role_names); i++)
    for (guint action = 0; action < TICKETS_STAFF_ACTION_LAST; action++)
      g_assert_cmpint (tickets_role_has (role_names[i], tickets_staff_action_get_access (action)), ==, may[i][action]);
}

static void
test_dup_roles (void)
{
  for (guint action = 0; action < TICKETS_STAFF_ACTION_LAST; action++)
    {
      g_autofree const char **roles = tickets_staff_action_dup_roles (action);

      g_assert_nonnull (roles);
      g_assert_cmpuint (g_strv_length ((char **) roles), ==, 2);
      g_assert_cmpstr (roles[0], ==, "sales");
      g_assert_cmpstr (roles[1], ==, "merchant");
      g_assert_null (roles[2]);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/roles/access", test_role_access);
  g_test_add_func ("/roles/unknown", test_unknown_role);
  g_test_add_func ("/roles/staff-actions", test_staff_actions);
  g_test_add_func ("/roles/dup-roles", test_dup_roles);

  return g_test_run ();
}
