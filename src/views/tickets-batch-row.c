/* tickets-batch-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tickets-batch-row.h"
#include "tickets-format.h"

struct _TicketsBatchRow
{
  GtkListBoxRow         parent_instance;

  GtkLabel             *title_label;
  GtkLabel             *details_label;
  GtkLabel             *status_label;
  GtkWidget            *status_icon;
  GtkWidget            *status_spinner;

  TicketsTicket        *ticket;
};

G_DEFINE_FINAL_TYPE (TicketsBatchRow, tickets_batch_row, GTK_TYPE_LIST_BOX_ROW)

/**
 * tickets_batch_dup_ticket_details:
 *
 * Returns: (transfer full): the barcode, and the seat when there is one, as
 *   the ticket rows say it
 */
char *
tickets_batch_dup_ticket_details (TicketsTicket *ticket)
{
  const char *code = tickets_ticket_get_code (ticket);
  TicketsSeating *seating = tickets_ticket_get_seating (ticket);
  g_autofree char *seat = NULL;

  if (code == NULL)
    code = "";
  if (seating == NULL || tickets_seating_is_empty (seating))
    return g_strdup (code);
  seat = tickets_format_seating (seating);

  /* Translators: a ticket's barcode and its seat, as in "8663092874786 · Row F · Seat 12". */
  return g_strdup_printf (C_("ticket details", "%1$s · %2$s"), code, seat);
}

char *
tickets_batch_dup_ticket_title (TicketsTicket *ticket)
{
  TicketsProduct *product = tickets_ticket_get_product (ticket);
  const char *name = product != NULL ? tickets_best_text (tickets_product_get_name (product)) : NULL;

  return g_strdup (name != NULL ? name : _("Ticket"));
}

static const char *
describe_state (TicketsBatchRowState state)
{
  switch (state)
    {
    case TICKETS_BATCH_ROW_INVALID:
      return _("Check the marked fields");
    case TICKETS_BATCH_ROW_QUEUED:
      return _("Waiting to be saved");
    case TICKETS_BATCH_ROW_SAVING:
      return _("Saving…");
    case TICKETS_BATCH_ROW_SAVED:
      return _("Saved");
    case TICKETS_BATCH_ROW_FAILED:
      return _("Not saved");
    case TICKETS_BATCH_ROW_EDITING:
    default:
      return NULL;
    }
}

void
tickets_batch_row_set_state (TicketsBatchRow      *self,
                             TicketsBatchRowState  state)
{
  const char *status = describe_state (state);
  const char *icon = NULL;
  g_autofree char *name = NULL;

  g_return_if_fail (TICKETS_IS_BATCH_ROW (self));

  gtk_widget_remove_css_class (self->status_icon, "error");
  gtk_widget_remove_css_class (self->status_icon, "success");
  if (state == TICKETS_BATCH_ROW_INVALID || state == TICKETS_BATCH_ROW_FAILED)
    {
      icon = "dialog-warning-symbolic";
      gtk_widget_add_css_class (self->status_icon, "error");
    }
  else if (state == TICKETS_BATCH_ROW_SAVED)
    {
      icon = "emblem-ok-symbolic";
      gtk_widget_add_css_class (self->status_icon, "success");
    }
  gtk_image_set_from_icon_name (GTK_IMAGE (self->status_icon), icon);
  gtk_widget_set_visible (self->status_icon, icon != NULL);
  gtk_widget_set_visible (self->status_spinner, state == TICKETS_BATCH_ROW_SAVING);
  gtk_spinner_set_spinning (GTK_SPINNER (self->status_spinner), state == TICKETS_BATCH_ROW_SAVING);

  gtk_label_set_text (self->status_label, status != NULL ? status : "");
  gtk_widget_set_visible (GTK_WIDGET (self->status_label), status != NULL);

  if (status != NULL)
    /* Translators: how a screen reader reads a ticket in the list of forms:
     * the product, the barcode (and seat), and how saving it went. */
    name = g_strdup_printf (_("%1$s, %2$s: %3$s"),
                            gtk_label_get_text (self->title_label), gtk_label_get_text (self->details_label), status);
  else
    /* Translators: a ticket, read by a screen reader: the product, then the barcode (and seat). */
    name = g_strdup_printf (_("%1$s, %2$s"), gtk_label_get_text (self->title_label), gtk_label_get_text (self->details_label));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
}

static void
tickets_batch_row_dispose (GObject *object)
{
  TicketsBatchRow *self = TICKETS_BATCH_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), TICKETS_TYPE_BATCH_ROW);
  g_clear_object (&self->ticket);

  G_OBJECT_CLASS (tickets_batch_row_parent_class)->dispose (object);
}

static void
tickets_batch_row_class_init (TicketsBatchRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tickets_batch_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Tickets/views/tickets-batch-row.ui");
  gtk_widget_class_bind_template_child (widget_class, TicketsBatchRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, TicketsBatchRow, details_label);
  gtk_widget_class_bind_template_child (widget_class, TicketsBatchRow, status_label);
  gtk_widget_class_bind_template_child (widget_class, TicketsBatchRow, status_icon);
  gtk_widget_class_bind_template_child (widget_class, TicketsBatchRow, status_spinner);
}

static void
tickets_batch_row_init (TicketsBatchRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
tickets_batch_row_new (TicketsTicket *ticket)
{
  TicketsBatchRow *self;
  g_autofree char *title = NULL;
  g_autofree char *details = NULL;

  g_return_val_if_fail (TICKETS_IS_TICKET (ticket), NULL);

  self = g_object_new (TICKETS_TYPE_BATCH_ROW, NULL);
  self->ticket = g_object_ref (ticket);
  title = tickets_batch_dup_ticket_title (ticket);
  details = tickets_batch_dup_ticket_details (ticket);
  gtk_label_set_text (self->title_label, title);
  gtk_label_set_text (self->details_label, details);
  tickets_batch_row_set_state (self, TICKETS_BATCH_ROW_EDITING);

  return GTK_WIDGET (self);
}

TicketsTicket *
tickets_batch_row_get_ticket (TicketsBatchRow *self)
{
  g_return_val_if_fail (TICKETS_IS_BATCH_ROW (self), NULL);

  return self->ticket;
}

const char *
tickets_batch_row_get_title (TicketsBatchRow *self)
{
  g_return_val_if_fail (TICKETS_IS_BATCH_ROW (self), NULL);

  return gtk_label_get_text (self->title_label);
}

const char *
tickets_batch_row_get_details (TicketsBatchRow *self)
{
  g_return_val_if_fail (TICKETS_IS_BATCH_ROW (self), NULL);

  return gtk_label_get_text (self->details_label);
}

const char *
tickets_batch_row_get_status (TicketsBatchRow *self)
{
  g_return_val_if_fail (TICKETS_IS_BATCH_ROW (self), NULL);

  return gtk_label_get_text (self->status_label);
}
