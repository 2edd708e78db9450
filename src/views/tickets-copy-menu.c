/* tickets-copy-menu.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tickets-copy-menu.h"

static char *
dup_consumer_label (TicketsConsumer *consumer)
{
  g_autofree char *name = tickets_consumer_dup_full_name (consumer);

  if (name != NULL && name[0] != '\0')
    return g_steal_pointer (&name);
  if (tickets_consumer_get_email (consumer)[0] != '\0')
    return g_strdup (tickets_consumer_get_email (consumer));

  return g_strdup (_("Unnamed ticket holder"));
}

/**
 * tickets_copy_menu_new:
 * @buyer: (nullable): who bought the tickets
 * @other_consumers: (nullable): the holders of the order's other tickets
 *
 * Returns: (transfer full): the menu of "Copy from"
 */
GMenuModel *
tickets_copy_menu_new (TicketsConsumer *buyer,
                       GListModel      *other_consumers)
{
  g_autoptr(GMenu) menu = g_menu_new ();

  if (buyer != NULL)
    {
      g_autoptr(GMenu) section = g_menu_new ();
      g_autofree char *name = dup_consumer_label (buyer);
      /* Translators: %s is the name of the person who bought the tickets. */
      g_autofree char *label = g_strdup_printf (_("The Buyer (%s)"), name);

      g_menu_append (section, label, "form.copy-buyer");
      g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
    }

  if (other_consumers != NULL && g_list_model_get_n_items (other_consumers) > 0)
    {
      g_autoptr(GMenu) section = g_menu_new ();

      for (guint i = 0; i < g_list_model_get_n_items (other_consumers); i++)
        {
          g_autoptr(TicketsConsumer) consumer = g_list_model_get_item (other_consumers, i);
          g_autofree char *label = dup_consumer_label (consumer);
          g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

          g_menu_item_set_action_and_target_value (item, "form.copy-ticket", g_variant_new_uint32 (i));
          g_menu_append_item (section, item);
        }
      g_menu_append_section (menu, _("Other Tickets"), G_MENU_MODEL (section));
    }

  return G_MENU_MODEL (g_steal_pointer (&menu));
}
