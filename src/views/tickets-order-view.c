/* tickets-order-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tickets-event-header.h"
#include "tickets-format.h"
#include "tickets-offline-line.h"
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
  /* The row to focus once the list has built it, and frames left to wait. */
  guint               focus_tick_id;
  TicketsTicket      *focus_ticket;
  guint               focus_frames_left;
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
static const char * const watched_signals[] = {
  "notify::personalization-state", "notify::pending-request-uri", "notify::event", NULL
};

static const char * const badge_styles[] = { "success", "error", "dim-label" };

/* One sentence per kind of ticket the order holds, from the model's one
 * counting rule, so that no combination of open, closed and not yet open
 * periods reads as done while a ticket lacks a name. */
static char *
dup_summary_text (const TicketsNamingCount *count)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);

  if (count->n_needed > 0)
    {
      g_ptr_array_add (lines, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            /* Translators: %1$u tickets of the order's %2$u can and must still be given a holder's name. */
                                                            "%1$u ticket of %2$u still needs a name",
                                                            "%1$u tickets of %2$u still need a name",
                                                            count->n_needed),
                                               count->n_needed, count->n_tickets));
      if (count->n_waiting > 0)
        g_ptr_array_add (lines, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                              /* Translators: of the tickets that still need a name, %u wait for a friend who was asked by email. */
                                                              "%u of them is waiting for a friend",
                                                              "%u of them are waiting for a friend",
                                                              count->n_waiting),
                                                 count->n_waiting));
    }
  else if (count->n_not_yet_open == 0 && count->n_closed == 0 && count->n_personalized > 0)
    g_ptr_array_add (lines, g_strdup (_("Every ticket that needs a name has one")));
  else if (count->n_personalized > 0)
    g_ptr_array_add (lines, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          /* Translators: %1$u tickets of the order's %2$u have a holder's name. */
                                                          "%1$u ticket of %2$u has a name",
                                                          "%1$u tickets of %2$u have a name",
                                                          count->n_personalized),
                                             count->n_personalized, count->n_tickets));
  else if (count->n_not_yet_open == 0 && count->n_closed == 0)
    g_ptr_array_add (lines, g_strdup (_("No ticket in this order needs a name")));

  if (count->n_not_yet_open > 0)
    g_ptr_array_add (lines, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "%u ticket will need a name once personalization opens",
                                                          "%u tickets will need a name once personalization opens",
                                                          count->n_not_yet_open),
                                             count->n_not_yet_open));
  if (count->n_closed > 0)
    g_ptr_array_add (lines, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "%u ticket got no name before personalization closed",
                                                          "%u tickets got no name before personalization closed",
                                                          count->n_closed),
                                             count->n_closed));

  g_ptr_array_add (lines, NULL);
  return g_strjoinv ("\n", (char **) lines->pdata);
}

static void
update_summary (TicketsOrderView *self)
{
  g_autofree char *text = NULL;
  TicketsNamingCount count;

  if (self->order == NULL || self->tickets == NULL || g_list_model_get_n_items (self->tickets) == 0)
    {
      tickets_show_label (self->summary_label, NULL);
      gtk_widget_set_visible (self->etickets_label, FALSE);
      return;
    }

  tickets_naming_count_tickets (&count, self->tickets, NULL);
  text = dup_summary_text (&count);
  tickets_show_label (self->summary_label, text);
  /* Why the e-tickets button does nothing yet, said where it is read. */
  gtk_widget_set_visible (self->etickets_label,
                          count.n_needed > 0 && tickets_order_get_etickets_uri (self->order) == NULL);
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

static void stop_focusing (TicketsOrderView *self);

static void
release_order (TicketsOrderView *self)
{
  stop_focusing (self);
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

static void
stop_focusing (TicketsOrderView *self)
{
  if (self->focus_tick_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->list_view), self->focus_tick_id);
  self->focus_tick_id = 0;
  g_clear_object (&self->focus_ticket);
}

static GtkWidget *
find_row (TicketsOrderView *self,
          TicketsTicket    *ticket)
{
  for (GtkWidget *item = gtk_widget_get_first_child (GTK_WIDGET (self->list_view));
       item != NULL;
       item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *row = gtk_widget_get_first_child (item);

      if (TICKETS_IS_TICKET_ROW (row) && tickets_ticket_row_get_ticket (TICKETS_TICKET_ROW (row)) == ticket &&
          gtk_widget_get_mapped (row))
        return row;
    }

  return NULL;
}

/* Rows exist once the list has been laid out, and only near what it shows:
 * the list scrolls to the ticket and the row is looked for frame by frame. */
static gboolean
focus_row_tick_cb (GtkWidget     *widget,
                   GdkFrameClock *clock,
                   gpointer       user_data)
{
  TicketsOrderView *self = user_data;
  GtkWidget *row = find_row (self, self->focus_ticket);

  if (row != NULL || self->focus_frames_left-- == 0)
    {
      /* The list then knows its focused item: Enter opens it, Down goes on. */
      if (row == NULL || !gtk_widget_grab_focus (row))
        gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
      self->focus_tick_id = 0;
      g_clear_object (&self->focus_ticket);
      return G_SOURCE_REMOVE;
    }

  return G_SOURCE_CONTINUE;
}

/* Where a keyboard user starts: the first ticket they can name, one not
 * left to a friend before one that is; else the first ticket. */
static guint
find_start_position (TicketsOrderView *self)
{
  guint n_items = g_list_model_get_n_items (self->tickets);
  guint waiting = G_MAXUINT;

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(TicketsTicket) ticket = g_list_model_get_item (self->tickets, i);

      if (tickets_ticket_get_personalization_state (ticket, NULL) != TICKETS_PERSONALIZATION_STATE_NEEDED)
        continue;
      if (tickets_ticket_get_pending_request_uri (ticket) == NULL)
        return i;
      if (waiting == G_MAXUINT)
        waiting = i;
    }

  return waiting != G_MAXUINT ? waiting : 0;
}

/**
 * tickets_order_view_focus_tickets:
 * @self: a #TicketsOrderView
 *
 * Moves the keyboard focus to the row of the first ticket that needs a
 * name (the first row when none does), so that Enter opens it.
 */
void
tickets_order_view_focus_tickets (TicketsOrderView *self)
{
  guint position;

  g_return_if_fail (TICKETS_IS_ORDER_VIEW (self));

  stop_focusing (self);
  if (self->tickets == NULL || g_list_model_get_n_items (self->tickets) == 0)
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
      return;
    }

  position = find_start_position (self);
  self->focus_ticket = g_list_model_get_item (self->tickets, position);
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
  /* A few frames: the list lays out and binds its rows on the next one. */
  self->focus_frames_left = 10;
  if (!focus_row_tick_cb (GTK_WIDGET (self->list_view), NULL, self))
    return;
  self->focus_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self->list_view), focus_row_tick_cb, self, NULL);
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

gboolean
tickets_order_view_get_focusing (TicketsOrderView *self)
{
  return self->focus_tick_id != 0;
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
  g_type_ensure (TICKETS_TYPE_OFFLINE_LINE);
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
  g_autoptr(GtkListItemFactory) factory = NULL;

  self->watched_tickets = g_ptr_array_new_with_free_func (g_object_unref);

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Not bound as a template child: gtk_widget_dispose_template() would
   * unparent it behind AdwBin's back. */
  self->stack = GTK_STACK (adw_bin_get_child (ADW_BIN (self)));

  factory = tickets_ticket_list_new_factory (TRUE);
  tickets_ticket_list_set_up (self->list_view, factory, GTK_WIDGET (self));

  update_header (self);
  update_page (self);
}
