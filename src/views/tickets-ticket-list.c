/* tickets-ticket-list.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-ticket-list.h"
#include "tickets-ticket-row.h"

void
tickets_ticket_list_install_signal (GtkWidgetClass *view_class)
{
  g_return_if_fail (GTK_IS_WIDGET_CLASS (view_class));

  g_signal_new ("ticket-activated",
                G_TYPE_FROM_CLASS (view_class),
                G_SIGNAL_RUN_LAST,
                0, NULL, NULL, NULL,
                G_TYPE_NONE, 1, TICKETS_TYPE_TICKET);
}

static void
on_list_view_activate (GtkListView *list_view,
                       guint        position,
                       GtkWidget   *view)
{
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (list_view));
  g_autoptr(TicketsTicket) ticket = model != NULL ? g_list_model_get_item (model, position) : NULL;

  if (ticket != NULL)
    g_signal_emit_by_name (view, "ticket-activated", ticket);
}

static void
on_factory_setup (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  shows_requests)
{
  GtkWidget *row = tickets_ticket_row_new (NULL);

  tickets_ticket_row_set_shows_requests (TICKETS_TICKET_ROW (row), GPOINTER_TO_INT (shows_requests));
  gtk_list_item_set_child (item, row);
}

static void
on_factory_bind (GtkSignalListItemFactory *factory,
                 GtkListItem              *item)
{
  tickets_ticket_row_set_ticket (TICKETS_TICKET_ROW (gtk_list_item_get_child (item)),
                                 gtk_list_item_get_item (item));
}

static void
on_factory_unbind (GtkSignalListItemFactory *factory,
                   GtkListItem              *item)
{
  tickets_ticket_row_set_ticket (TICKETS_TICKET_ROW (gtk_list_item_get_child (item)), NULL);
}

GtkListItemFactory *
tickets_ticket_list_new_factory (gboolean shows_requests)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (on_factory_setup), GINT_TO_POINTER (!!shows_requests));
  g_signal_connect (factory, "bind", G_CALLBACK (on_factory_bind), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_factory_unbind), NULL);

  return factory;
}

void
tickets_ticket_list_set_up (GtkListView        *list_view,
                            GtkListItemFactory *factory,
                            GtkWidget          *view)
{
  g_autoptr(GtkListItemFactory) row_factory = NULL;

  g_return_if_fail (GTK_IS_LIST_VIEW (list_view));
  g_return_if_fail (factory == NULL || GTK_IS_LIST_ITEM_FACTORY (factory));
  g_return_if_fail (GTK_IS_WIDGET (view));
  g_return_if_fail (g_signal_lookup ("ticket-activated", G_OBJECT_TYPE (view)) != 0);

  if (factory == NULL)
    factory = row_factory = tickets_ticket_list_new_factory (FALSE);

  gtk_list_view_set_factory (list_view, factory);
  g_signal_connect_object (list_view, "activate", G_CALLBACK (on_list_view_activate), view, 0);
}

void
tickets_ticket_list_set_tickets (GtkListView *list_view,
                                 GListModel  *tickets)
{
  g_autoptr(GtkNoSelection) selection = NULL;

  g_return_if_fail (GTK_IS_LIST_VIEW (list_view));
  g_return_if_fail (tickets == NULL || G_IS_LIST_MODEL (tickets));

  if (tickets != NULL)
    selection = gtk_no_selection_new (g_object_ref (tickets));

  gtk_list_view_set_model (list_view, GTK_SELECTION_MODEL (selection));
}

void
tickets_ticket_list_watch (GPtrArray          *watched,
                           GListModel         *tickets,
                           const char * const *signals,
                           GCallback           callback,
                           gpointer            view)
{
  guint n_items;

  g_return_if_fail (watched != NULL);
  g_return_if_fail (tickets == NULL || G_IS_LIST_MODEL (tickets));
  g_return_if_fail (signals != NULL);
  g_return_if_fail (callback != NULL);

  tickets_ticket_list_unwatch (watched, callback, view);

  n_items = tickets != NULL ? g_list_model_get_n_items (tickets) : 0;
  for (guint i = 0; i < n_items; i++)
    {
      TicketsTicket *ticket = g_list_model_get_item (tickets, i);

      for (gsize j = 0; signals[j] != NULL; j++)
        g_signal_connect_object (ticket, signals[j], callback, view, G_CONNECT_SWAPPED);
      g_ptr_array_add (watched, ticket);
    }
}

void
tickets_ticket_list_unwatch (GPtrArray *watched,
                             GCallback  callback,
                             gpointer   view)
{
  g_return_if_fail (watched != NULL);

  for (guint i = 0; i < watched->len; i++)
    g_signal_handlers_disconnect_by_func (watched->pdata[i], callback, view);
  g_ptr_array_set_size (watched, 0);
}
