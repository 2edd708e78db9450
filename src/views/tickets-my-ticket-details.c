/* tickets-my-ticket-details.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tickets-event-header.h"
#include "tickets-format.h"
#include "tickets-my-ticket-details-private.h"
#include "tickets-my-ticket-item.h"

/* The list of a fan's tickets gives each ticket in short, and the full
 * ticket comes later into the same object: the details follow the
 * ticket's notify, from "Loading" to the holder's name. */
struct _TicketsMyTicketDetails
{
  AdwBin              parent_instance;

  TicketsTicket      *ticket;
  /* The event header takes a list: it holds the one ticket shown. */
  GListStore         *ticket_list;
  GHashTable         *failures;

  TicketsEventHeader *event_header;
  GtkWidget          *details_box;
  AdwActionRow       *product_row;
  AdwActionRow       *subproduct_row;
  AdwActionRow       *seat_row;
  AdwActionRow       *code_row;
  AdwActionRow       *status_row;
  AdwActionRow       *holder_row;
  AdwActionRow       *email_row;
  GtkLabel           *eticket_label;
  GtkWidget          *eticket_button;
};

G_DEFINE_FINAL_TYPE (TicketsMyTicketDetails, tickets_my_ticket_details, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_TICKET,
  N_PROPS
};

enum {
  OPEN_ETICKET,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
show_row (AdwActionRow *row,
          const char   *value)
{
  gboolean shown = value != NULL && value[0] != '\0';

  /* Text from the server, never markup. */
  adw_action_row_set_subtitle (row, shown ? value : "");
  gtk_widget_set_visible (GTK_WIDGET (row), shown);
}

static const char *
describe_status (TicketsTicket *ticket)
{
  if (g_strcmp0 (tickets_ticket_get_status (ticket), "valid") != 0)
    return C_("ticket status", "Invalid");
  if (tickets_ticket_get_is_scanned (ticket))
    return C_("ticket status", "Scanned");

  return C_("ticket status", "Valid");
}

static void
update_details (TicketsMyTicketDetails *self)
{
  TicketsTicket *ticket = self->ticket;
  TicketsProduct *product;
  TicketsSeating *seating;
  TicketsConsumer *holder;
  const char *uri;
  gboolean loaded;
  g_autofree char *seat = NULL;
  g_autofree char *name = NULL;
  g_autofree char *reason = NULL;

  if (ticket == NULL)
    return;

  product = tickets_ticket_get_product (ticket);
  seating = tickets_ticket_get_seating (ticket);
  holder = tickets_ticket_get_consumer (ticket);
  uri = tickets_ticket_get_eticket_uri (ticket);
  loaded = tickets_resource_is_present (TICKETS_RESOURCE (ticket), "code");

  show_row (self->product_row, product != NULL ? tickets_best_text (tickets_product_get_name (product)) : NULL);
  show_row (self->subproduct_row, tickets_best_text (tickets_ticket_get_subproduct (ticket)));
  if (seating != NULL && !tickets_seating_is_empty (seating))
    seat = tickets_format_seating (seating);
  show_row (self->seat_row, seat);
  show_row (self->code_row, tickets_ticket_get_code (ticket));
  show_row (self->status_row, describe_status (ticket));

  /* The list leaves the holder out: the full ticket brings them. */
  if (holder != NULL)
    name = tickets_consumer_dup_full_name (holder);
  if (name == NULL || name[0] == '\0')
    {
      g_free (name);
      name = g_strdup (loaded ? _("No name given yet") : _("Loading"));
    }
  show_row (self->holder_row, name);
  show_row (self->email_row, holder != NULL ? tickets_consumer_get_email (holder) : NULL);

  if (uri == NULL || uri[0] == '\0')
    reason = tickets_my_ticket_explain_missing_eticket (ticket, self->failures);
  tickets_show_label (self->eticket_label, reason);
  gtk_widget_set_visible (self->eticket_button, reason == NULL);
}

static void
on_ticket_notify (TicketsMyTicketDetails *self)
{
  update_details (self);
}

static void
on_eticket_clicked (TicketsMyTicketDetails *self)
{
  const char *uri = self->ticket != NULL ? tickets_ticket_get_eticket_uri (self->ticket) : NULL;

  if (uri != NULL && uri[0] != '\0')
    g_signal_emit (self, signals[OPEN_ETICKET], 0, uri);
}

static gboolean
tickets_my_ticket_details_grab_focus (GtkWidget *widget)
{
  TicketsMyTicketDetails *self = TICKETS_MY_TICKET_DETAILS (widget);

  return gtk_widget_child_focus (self->details_box, GTK_DIR_TAB_FORWARD);
}

static void
tickets_my_ticket_details_dispose (GObject *object)
{
  TicketsMyTicketDetails *self = TICKETS_MY_TICKET_DETAILS (object);

  if (self->ticket != NULL)
    g_signal_handlers_disconnect_by_func (self->ticket, on_ticket_notify, self);
  g_clear_object (&self->ticket);
  g_clear_object (&self->ticket_list);
  g_clear_pointer (&self->failures, g_hash_table_unref);

  gtk_widget_dispose_template (GTK_WIDGET (object), TICKETS_TYPE_MY_TICKET_DETAILS);

  G_OBJECT_CLASS (tickets_my_ticket_details_parent_class)->dispose (object);
}

static void
tickets_my_ticket_details_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  TicketsMyTicketDetails *self = TICKETS_MY_TICKET_DETAILS (object);

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
tickets_my_ticket_details_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  TicketsMyTicketDetails *self = TICKETS_MY_TICKET_DETAILS (object);

  switch (prop_id)
    {
    case PROP_TICKET:
      tickets_my_ticket_details_set_ticket (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_my_ticket_details_class_init (TicketsMyTicketDetailsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tickets_my_ticket_details_dispose;
  object_class->get_property = tickets_my_ticket_details_get_property;
  object_class->set_property = tickets_my_ticket_details_set_property;
  widget_class->grab_focus = tickets_my_ticket_details_grab_focus;

  properties[PROP_TICKET] =
    g_param_spec_object ("ticket", NULL, NULL,
                         TICKETS_TYPE_TICKET,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[OPEN_ETICKET] =
    g_signal_new ("open-eticket",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  g_type_ensure (TICKETS_TYPE_EVENT_HEADER);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Tickets/views/tickets-my-ticket-details.ui");
  gtk_widget_class_bind_template_child (widget_class, TicketsMyTicketDetails, event_header);
  gtk_widget_class_bind_template_child (widget_class, TicketsMyTicketDetails, details_box);
  gtk_widget_class_bind_template_child (widget_class, TicketsMyTicketDetails, product_row);
  gtk_widget_class_bind_template_child (widget_class, TicketsMyTicketDetails, subproduct_row);
  gtk_widget_class_bind_template_child (widget_class, TicketsMyTicketDetails, seat_row);
  gtk_widget_class_bind_template_child (widget_class, TicketsMyTicketDetails, code_row);
  gtk_widget_class_bind_template_child (widget_class, TicketsMyTicketDetails, status_row);
  gtk_widget_class_bind_template_child (widget_class, TicketsMyTicketDetails, holder_row);
  gtk_widget_class_bind_template_child (widget_class, TicketsMyTicketDetails, email_row);
  gtk_widget_class_bind_template_child (widget_class, TicketsMyTicketDetails, eticket_label);
  gtk_widget_class_bind_template_child (widget_class, TicketsMyTicketDetails, eticket_button);
  gtk_widget_class_bind_template_callback (widget_class, on_eticket_clicked);
}

static void
tickets_my_ticket_details_init (TicketsMyTicketDetails *self)
{
  self->ticket_list = g_list_store_new (TICKETS_TYPE_TICKET);

  gtk_widget_init_template (GTK_WIDGET (self));

  tickets_event_header_set_tickets (self->event_header, G_LIST_MODEL (self->ticket_list));
}

GtkWidget *
tickets_my_ticket_details_new (void)
{
  return g_object_new (TICKETS_TYPE_MY_TICKET_DETAILS, NULL);
}

TicketsTicket *
tickets_my_ticket_details_get_ticket (TicketsMyTicketDetails *self)
{
  g_return_val_if_fail (TICKETS_IS_MY_TICKET_DETAILS (self), NULL);

  return self->ticket;
}

void
tickets_my_ticket_details_set_ticket (TicketsMyTicketDetails *self,
                                      TicketsTicket          *ticket)
{
  g_return_if_fail (TICKETS_IS_MY_TICKET_DETAILS (self));
  g_return_if_fail (ticket == NULL || TICKETS_IS_TICKET (ticket));

  if (self->ticket == ticket)
    return;

  if (self->ticket != NULL)
    g_signal_handlers_disconnect_by_func (self->ticket, on_ticket_notify, self);
  g_set_object (&self->ticket, ticket);
  if (ticket != NULL)
    {
      g_signal_connect_object (ticket, "notify", G_CALLBACK (on_ticket_notify), self, G_CONNECT_SWAPPED);
      g_list_store_splice (self->ticket_list, 0, g_list_model_get_n_items (G_LIST_MODEL (self->ticket_list)),
                           (gpointer *) &ticket, 1);
    }
  else
    g_list_store_remove_all (self->ticket_list);

  update_details (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TICKET]);
}

void
tickets_my_ticket_details_set_failures (TicketsMyTicketDetails *self,
                                        GHashTable             *failures)
{
  g_return_if_fail (TICKETS_IS_MY_TICKET_DETAILS (self));

  if (failures != NULL)
    g_hash_table_ref (failures);
  g_clear_pointer (&self->failures, g_hash_table_unref);
  self->failures = failures;
  update_details (self);
}

const char *
tickets_my_ticket_details_get_text (TicketsMyTicketDetails *self,
                                    const char             *field)
{
  const struct { const char *field; AdwActionRow *row; } rows[] = {
    { "product", self->product_row },
    { "subproduct", self->subproduct_row },
    { "seat", self->seat_row },
    { "code", self->code_row },
    { "status", self->status_row },
    { "holder", self->holder_row },
    { "email", self->email_row },
  };

  g_return_val_if_fail (TICKETS_IS_MY_TICKET_DETAILS (self), NULL);

  for (gsize i = 0; i < G_N_ELEMENTS (rows); i++)
    if (g_str_equal (rows[i].field, field))
      return gtk_widget_get_visible (GTK_WIDGET (rows[i].row)) ? adw_action_row_get_subtitle (rows[i].row) : NULL;

  g_return_val_if_reached (NULL);
}

const char *
tickets_my_ticket_details_get_eticket_text (TicketsMyTicketDetails *self)
{
  g_return_val_if_fail (TICKETS_IS_MY_TICKET_DETAILS (self), NULL);

  return gtk_widget_get_visible (GTK_WIDGET (self->eticket_label))
         ? gtk_label_get_label (self->eticket_label) : NULL;
}

GtkButton *
tickets_my_ticket_details_get_eticket_button (TicketsMyTicketDetails *self)
{
  g_return_val_if_fail (TICKETS_IS_MY_TICKET_DETAILS (self), NULL);

  return GTK_BUTTON (self->eticket_button);
}
