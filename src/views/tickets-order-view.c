/* tickets-order-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-order-view.h"

struct _TicketsOrderView
{
  AdwBin parent_instance;
};

G_DEFINE_FINAL_TYPE (TicketsOrderView, tickets_order_view, ADW_TYPE_BIN)

static void
tickets_order_view_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), TICKETS_TYPE_ORDER_VIEW);

  G_OBJECT_CLASS (tickets_order_view_parent_class)->dispose (object);
}

static void
tickets_order_view_class_init (TicketsOrderViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tickets_order_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Tickets/views/tickets-order-view.ui");
}

static void
tickets_order_view_init (TicketsOrderView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
