/* tickets-order-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tickets-event-header.h"
#include "tickets-format.h"
#include "tickets-order-view.h"
#include "tickets-order-view-private.h"
#include "tickets-ticket-list.h"
#include "tickets-ticket-row.h"

struct _TicketsOrderView
{
  AdwBin              parent_instance;

  TicketsOrder       *order;
  GListModel         *tickets;
  /* Tickets whose notify the header follows: the list model only says when
   * tickets come and go, not when one of them changes. */
  GPtrArray          *watched_tickets;
  /* Tickets change in batches (a store merge, naming many at once): the
   * header is recounted once afterwards, not once per ticket over the whole
   * order. */
  guint               header_idle_id;
  gboolean            events_stale;
  gboolean            summary_stale;

  GtkStack           *stack;
  GtkLabel           *reference_label;
  GtkLabel           *status_label;
  TicketsEventHeader *event_header;
  GtkLabel           *summary_label;
  GtkWidget          *etickets_label;
  GtkListView        *list_view;
  AdwStatusPage      *empty_page;
};

G_DEFINE_FINAL_TYPE (TicketsOrderView, tickets_order_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_ORDER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* What the header shows of each ticket. */
static const char * const watched_signals[] = { "notify::personalization-state", "notify::event", NULL };

static const char * const badge_styles[] = { "success", "error", "dim-label" };

static void
update_summary (TicketsOrderView *self)
{
  g_autofree char *text = NULL;
  guint n_items = self->tickets != NULL ? g_list_model_get_n_items (self->tickets) : 0;
  guint needing;
  guint personalized = 0;

  if (self->order == NULL || n_items == 0)
    {
      tickets_show_label (self->summary_label, NULL);
      gtk_widget_set_visible (self->etickets_label, FALSE);
      return;
    }

  needing = tickets_order_count_needing_personalization (self->order, NULL);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(TicketsTicket) ticket = g_list_model_get_item (self->tickets, i);

      if (tickets_ticket_get_personalization_state (ticket, NULL) == TICKETS_PERSONALIZATION_STATE_PERSONALIZED)
        personalized++;
    }

  if (needing > 0)
    /* Translators: %1$u tickets of the order's %2$u can and must still be given a holder's name. */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%1$u ticket of %2$u still needs a name",
                                         "%1$u tickets of %2$u still need a name",
                                         needing),
                            needing, n_items);
  else if (personalized > 0)
    text = g_strdup (_("Every ticket that needs a name has one"));
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u ticket", "%u tickets", n_items), n_items);

  tickets_show_label (self->summary_label, text);
  /* Why the e-tickets button does nothing yet, said where it is read. */
  gtk_widget_set_visible (self->etickets_label,
                          needing > 0 && tickets_order_get_etickets_uri (self->order) == NULL);
}

static gboolean
refresh_header_cb (gpointer user_data)
{
  TicketsOrderView *self = user_data;

  self->header_idle_id = 0;
  if (self->events_stale)
    tickets_event_header_update (self->event_header);
  if (self->summary_stale)
    update_summary (self);
  self->events_stale = FALSE;
  self->summary_stale = FALSE;

  return G_SOURCE_REMOVE;
}

static void
on_ticket_notify (TicketsOrderView *self,
                  GParamSpec       *pspec)
{
  if (g_strcmp0 (pspec->name, "event") == 0)
    self->events_stale = TRUE;
  else
    self->summary_stale = TRUE;

  /* Before the next frame is drawn. */
  if (self->header_idle_id == 0)
    self->header_idle_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, refresh_header_cb, self, NULL);
}

static void
update_page (TicketsOrderView *self)
{
  guint n_items = self->tickets != NULL ? g_list_model_get_n_items (self->tickets) : 0;

  if (self->order == NULL)
    {
      adw_status_page_set_title (self->empty_page, _("No Order"));
      adw_status_page_set_description (self->empty_page, _("Open an order to see its tickets"));
    }
  else
    {
      adw_status_page_set_title (self->empty_page, _("No Tickets"));
      adw_status_page_set_description (self->empty_page, _("This order holds no tickets"));
    }

  gtk_stack_set_visible_child_name (self->stack, n_items > 0 ? "tickets" : "empty");
}

static void
on_tickets_items_changed (TicketsOrderView *self)
{
  tickets_ticket_list_watch (self->watched_tickets, self->tickets, watched_signals,
                             G_CALLBACK (on_ticket_notify), self);
  update_summary (self);
  update_page (self);
}

static void
update_header (TicketsOrderView *self)
{
  const char *reference = self->order != NULL ? tickets_order_get_reference (self->order) : NULL;
  const char *status = self->order != NULL ? tickets_order_get_status (self->order) : NULL;
  g_autofree char *title = NULL;
  const char *status_text = NULL;
  const char *style = "dim-label";

  if (reference != NULL && reference[0] != '\0')
    /* Translators: the title of an order, %s its reference. */
    title = g_strdup_printf (_("Order %s"), reference);
  tickets_show_label (self->reference_label, title != NULL ? title : self->order != NULL ? _("Order") : NULL);

  if (g_strcmp0 (status, "paid") == 0)
    {
      status_text = C_("order status", "Paid");
      style = "success";
    }
  else if (g_strcmp0 (status, "cancelled") == 0)
    {
      status_text = C_("order status", "Cancelled");
      style = "error";
    }
  else if (g_strcmp0 (status, "pending") == 0)
    status_text = C_("order status", "Pending");
  else
    status_text = status;

  for (gsize i = 0; i < G_N_ELEMENTS (badge_styles); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), badge_styles[i]);
  gtk_widget_add_css_class (GTK_WIDGET (self->status_label), style);
  tickets_show_label (self->status_label, status_text);
}

static void
on_order_notify (TicketsOrderView *self)
{
  update_header (self);
  update_summary (self);
}

static void
release_order (TicketsOrderView *self)
{
  g_clear_handle_id (&self->header_idle_id, g_source_remove);
  self->events_stale = FALSE;
  self->summary_stale = FALSE;
  tickets_ticket_list_unwatch (self->watched_tickets, G_CALLBACK (on_ticket_notify), self);
  tickets_event_header_set_tickets (self->event_header, NULL);
  if (self->tickets != NULL)
    g_signal_handlers_disconnect_by_func (self->tickets, on_tickets_items_changed, self);
  if (self->order != NULL)
    g_signal_handlers_disconnect_by_func (self->order, on_order_notify, self);
  g_clear_object (&self->tickets);
  g_clear_object (&self->order);
}

TicketsOrder *
tickets_order_view_get_order (TicketsOrderView *self)
{
  g_return_val_if_fail (TICKETS_IS_ORDER_VIEW (self), NULL);

  return self->order;
}

void
tickets_order_view_set_order (TicketsOrderView *self,
                              TicketsOrder     *order)
{
  g_return_if_fail (TICKETS_IS_ORDER_VIEW (self));
  g_return_if_fail (order == NULL || TICKETS_IS_ORDER (order));

  if (self->order == order)
    return;

  release_order (self);

  if (order != NULL)
    {
      self->order = g_object_ref (order);
      self->tickets = g_object_ref (tickets_order_get_tickets (order));
      g_signal_connect_object (order, "notify", G_CALLBACK (on_order_notify), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->tickets, "items-changed", G_CALLBACK (on_tickets_items_changed), self, G_CONNECT_SWAPPED);
      /* The order names no events of its own: they are its tickets'. */
      tickets_event_header_set_tickets (self->event_header, self->tickets);
    }

  tickets_ticket_list_set_tickets (self->list_view, self->tickets);

  update_header (self);
  on_tickets_items_changed (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORDER]);
}

GtkWidget *
tickets_order_view_new (TicketsOrder *order)
{
  g_return_val_if_fail (order == NULL || TICKETS_IS_ORDER (order), NULL);

  return g_object_new (TICKETS_TYPE_ORDER_VIEW, "order", order, NULL);
}

/**
 * tickets_order_view_focus_tickets:
 * @self: a #TicketsOrderView
 *
 * Moves the keyboard focus to the list of tickets, on its first row.
 */
void
tickets_order_view_focus_tickets (TicketsOrderView *self)
{
  g_return_if_fail (TICKETS_IS_ORDER_VIEW (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

GtkListView *
tickets_order_view_get_list_view (TicketsOrderView *self)
{
  return self->list_view;
}

gboolean
tickets_order_view_get_etickets_note_visible (TicketsOrderView *self)
{
  return gtk_widget_get_visible (self->etickets_label);
}

const char *
tickets_order_view_get_summary_text (TicketsOrderView *self)
{
  return gtk_label_get_label (self->summary_label);
}

const char *
tickets_order_view_get_page_name (TicketsOrderView *self)
{
  return gtk_stack_get_visible_child_name (self->stack);
}

static void
tickets_order_view_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  TicketsOrderView *self = TICKETS_ORDER_VIEW (object);

  switch (prop_id)
    {
    case PROP_ORDER:
      g_value_set_object (value, self->order);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_order_view_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  TicketsOrderView *self = TICKETS_ORDER_VIEW (object);

  switch (prop_id)
    {
    case PROP_ORDER:
      tickets_order_view_set_order (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_order_view_dispose (GObject *object)
{
  TicketsOrderView *self = TICKETS_ORDER_VIEW (object);

  release_order (self);

  gtk_widget_dispose_template (GTK_WIDGET (object), TICKETS_TYPE_ORDER_VIEW);

  G_OBJECT_CLASS (tickets_order_view_parent_class)->dispose (object);
}

static void
tickets_order_view_finalize (GObject *object)
{
  TicketsOrderView *self = TICKETS_ORDER_VIEW (object);

  g_ptr_array_unref (self->watched_tickets);

  G_OBJECT_CLASS (tickets_order_view_parent_class)->finalize (object);
}

static void
tickets_order_view_class_init (TicketsOrderViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tickets_order_view_dispose;
  object_class->finalize = tickets_order_view_finalize;
  object_class->get_property = tickets_order_view_get_property;
  object_class->set_property = tickets_order_view_set_property;

  properties[PROP_ORDER] =
    g_param_spec_object ("order", NULL, NULL,
                         TICKETS_TYPE_ORDER,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  tickets_ticket_list_install_signal (widget_class);

  g_type_ensure (TICKETS_TYPE_EVENT_HEADER);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Tickets/views/tickets-order-view.ui");
  gtk_widget_class_bind_template_child (widget_class, TicketsOrderView, reference_label);
  gtk_widget_class_bind_template_child (widget_class, TicketsOrderView, status_label);
  gtk_widget_class_bind_template_child (widget_class, TicketsOrderView, event_header);
  gtk_widget_class_bind_template_child (widget_class, TicketsOrderView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, TicketsOrderView, etickets_label);
  gtk_widget_class_bind_template_child (widget_class, TicketsOrderView, list_view);
  gtk_widget_class_bind_template_child (widget_class, TicketsOrderView, empty_page);

  /* The row's class installs the badge style that the order's status uses
   * too, and the header is drawn before any row may exist. */
  g_type_class_unref (g_type_class_ref (TICKETS_TYPE_TICKET_ROW));
}

static void
tickets_order_view_init (TicketsOrderView *self)
{
  self->watched_tickets = g_ptr_array_new_with_free_func (g_object_unref);

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Not bound as a template child: gtk_widget_dispose_template() would
   * unparent it behind AdwBin's back. */
  self->stack = GTK_STACK (adw_bin_get_child (ADW_BIN (self)));

  tickets_ticket_list_set_up (self->list_view, NULL, GTK_WIDGET (self));

  update_header (self);
  update_page (self);
}
