/* tickets-ticket-summary.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tickets-event-header.h"
#include "tickets-format.h"
#include "tickets-ticket-summary.h"

struct _TicketsTicketSummary
{
  GtkBox              parent_instance;

  TicketsEventHeader *event_header;
  GtkLabel           *product_label;
  GtkLabel           *subproduct_label;
  GtkLabel           *seating_label;
  GtkLabel           *code_label;

  TicketsTicket      *ticket;
  GListStore         *ticket_list;  /* the ticket alone, for the event header */
};

G_DEFINE_FINAL_TYPE (TicketsTicketSummary, tickets_ticket_summary, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_TICKET,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The ticket's product, subproduct, seat and barcode, the way its row in
 * the order says them, so that the person knows whose name goes where. */
static void
update_labels (TicketsTicketSummary *self)
{
  TicketsProduct *product = self->ticket != NULL ? tickets_ticket_get_product (self->ticket) : NULL;
  TicketsSeating *seating = self->ticket != NULL ? tickets_ticket_get_seating (self->ticket) : NULL;
  const char *code = self->ticket != NULL ? tickets_ticket_get_code (self->ticket) : NULL;
  const char *name = product != NULL ? tickets_best_text (tickets_product_get_name (product)) : NULL;
  g_autofree char *seat = NULL;
  g_autofree char *barcode = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self), self->ticket != NULL);
  if (self->ticket == NULL)
    return;

  if (seating != NULL && !tickets_seating_is_empty (seating))
    seat = tickets_format_seating (seating);
  if (code != NULL && code[0] != '\0')
    /* Translators: a ticket's barcode, as in "Barcode 8663092874786". */
    barcode = g_strdup_printf (_("Barcode %s"), code);

  tickets_show_label (self->product_label, name != NULL ? name : _("Ticket"));
  tickets_show_label (self->subproduct_label, tickets_best_text (tickets_ticket_get_subproduct (self->ticket)));
  tickets_show_label (self->seating_label, seat);
  tickets_show_label (self->code_label, barcode);
  tickets_event_header_update (self->event_header);
}

static void
tickets_ticket_summary_dispose (GObject *object)
{
  TicketsTicketSummary *self = TICKETS_TICKET_SUMMARY (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), TICKETS_TYPE_TICKET_SUMMARY);
  g_clear_object (&self->ticket);
  g_clear_object (&self->ticket_list);

  G_OBJECT_CLASS (tickets_ticket_summary_parent_class)->dispose (object);
}

static void
tickets_ticket_summary_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  TicketsTicketSummary *self = TICKETS_TICKET_SUMMARY (object);

  switch (prop_id)
    {
    case PROP_TICKET:
      g_value_set_object (value, self->ticket);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_ticket_summary_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  TicketsTicketSummary *self = TICKETS_TICKET_SUMMARY (object);

  switch (prop_id)
    {
    case PROP_TICKET:
      tickets_ticket_summary_set_ticket (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_ticket_summary_class_init (TicketsTicketSummaryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tickets_ticket_summary_dispose;
  object_class->get_property = tickets_ticket_summary_get_property;
  object_class->set_property = tickets_ticket_summary_set_property;

  properties[PROP_TICKET] =
    g_param_spec_object ("ticket", NULL, NULL,
                         TICKETS_TYPE_TICKET,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (TICKETS_TYPE_EVENT_HEADER);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Tickets/views/tickets-ticket-summary.ui");
  gtk_widget_class_bind_template_child (widget_class, TicketsTicketSummary, event_header);
  gtk_widget_class_bind_template_child (widget_class, TicketsTicketSummary, product_label);
  gtk_widget_class_bind_template_child (widget_class, TicketsTicketSummary, subproduct_label);
  gtk_widget_class_bind_template_child (widget_class, TicketsTicketSummary, seating_label);
  gtk_widget_class_bind_template_child (widget_class, TicketsTicketSummary, code_label);
  /* The role is fixed at construction: a template cannot set it. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
tickets_ticket_summary_init (TicketsTicketSummary *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->ticket_list = g_list_store_new (TICKETS_TYPE_TICKET);
  tickets_event_header_set_tickets (self->event_header, G_LIST_MODEL (self->ticket_list));
}

/**
 * tickets_ticket_summary_get_ticket:
 *
 * Returns: (transfer none) (nullable): the ticket summed up
 */
TicketsTicket *
tickets_ticket_summary_get_ticket (TicketsTicketSummary *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET_SUMMARY (self), NULL);

  return self->ticket;
}

void
tickets_ticket_summary_set_ticket (TicketsTicketSummary *self,
                                   TicketsTicket        *ticket)
{
  g_return_if_fail (TICKETS_IS_TICKET_SUMMARY (self));
  g_return_if_fail (ticket == NULL || TICKETS_IS_TICKET (ticket));

  if (self->ticket == ticket)
    return;

  if (self->ticket != NULL)
    g_signal_handlers_disconnect_by_func (self->ticket, update_labels, self);
  g_set_object (&self->ticket, ticket);
  g_list_store_remove_all (self->ticket_list);
  if (ticket != NULL)
    {
      g_list_store_append (self->ticket_list, ticket);
      g_signal_connect_object (ticket, "notify", G_CALLBACK (update_labels), self, G_CONNECT_SWAPPED);
    }
  update_labels (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TICKET]);
}
