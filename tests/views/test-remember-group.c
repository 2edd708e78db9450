/* test-remember-group.c: "Remember me on this computer", and the warning
 * it shows when no keyring runs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tickets-remember-group.h"
#include "tickets-test-views.h"

typedef struct
{
  guint remembers;
  guint keyrings;
} Counts;

static gboolean
is_switch (GtkWidget     *widget,
           gconstpointer  data)
{
  return GTK_IS_SWITCH (widget);
}

/* The warning shows only while remembering is asked for and cannot be
 * done; each property says when it really changed. */
static void
test_keyring (void)
{
  TicketsRememberGroup *group = g_object_ref_sink (g_object_new (TICKETS_TYPE_REMEMBER_GROUP, NULL));
  GtkWindow *window = tickets_test_window_new (GTK_WIDGET (group), 600, -1);
  Counts counts = { 0, 0 };
  GtkWidget *toggle;

  tickets_test_count_signal (group, "notify::remember", &counts.remembers);
  tickets_test_count_signal (group, "notify::keyring-available", &counts.keyrings);

  g_assert_true (tickets_remember_group_get_remember (group));
  g_assert_true (tickets_remember_group_get_keyring_available (group));
  g_assert_null (tickets_remember_group_get_keyring_message (group));

  tickets_remember_group_set_keyring_available (group, FALSE);
  g_assert_cmpuint (counts.keyrings, ==, 1);
  g_assert_nonnull (strstr (tickets_remember_group_get_keyring_message (group), "No keyring"));
  tickets_remember_group_set_keyring_available (group, FALSE);
  g_assert_cmpuint (counts.keyrings, ==, 1);

  /* The user turns it off with the switch: nothing to warn about. */
  toggle = tickets_test_find_widget (group, is_switch, NULL);
  g_assert_nonnull (toggle);
  gtk_switch_set_active (GTK_SWITCH (toggle), FALSE);
  g_assert_false (tickets_remember_group_get_remember (group));
  g_assert_cmpuint (counts.remembers, ==, 1);
  g_assert_null (tickets_remember_group_get_keyring_message (group));

  tickets_remember_group_set_remember (group, TRUE);
  g_assert_cmpuint (counts.remembers, ==, 2);
  g_assert_nonnull (tickets_remember_group_get_keyring_message (group));
  tickets_remember_group_set_keyring_available (group, TRUE);
  g_assert_cmpuint (counts.keyrings, ==, 2);
  g_assert_null (tickets_remember_group_get_keyring_message (group));

  tickets_test_destroy_window (window, group);
}

int
main (int   argc,
      char *argv[])
{
  if (!tickets_test_views_init (&argc, &argv))
    return g_test_run ();

  g_test_add_func ("/remember-group/keyring", test_keyring);

  return g_test_run ();
}
