/* tickets-ticket-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-ticket-row.h"

struct _TicketsTicketRow
{
  AdwBin parent_instance;
};

G_DEFINE_FINAL_TYPE (TicketsTicketRow, tickets_ticket_row, ADW_TYPE_BIN)

static void
tickets_ticket_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), TICKETS_TYPE_TICKET_ROW);

  G_OBJECT_CLASS (tickets_ticket_row_parent_class)->dispose (object);
}

static void
tickets_ticket_row_class_init (TicketsTicketRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tickets_ticket_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Tickets/views/tickets-ticket-row.ui");
}

static void
tickets_ticket_row_init (TicketsTicketRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
