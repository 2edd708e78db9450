/* tickets-event-header.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tickets-date-format.h"
#include "tickets-event-header.h"
#include "tickets-format.h"

struct _TicketsEventHeader
{
  GtkBox      parent_instance;

  GListModel *tickets;
  /* The events shown, in the order of their first ticket: the list model
   * only says when tickets come and go, not when an event changes. */
  GPtrArray  *events;
};

G_DEFINE_FINAL_TYPE (TicketsEventHeader, tickets_event_header, GTK_TYPE_BOX)

static char *
format_event_dates (TicketsEvent *event)
{
  GDateTime *start = tickets_event_get_event_start (event);
  GDateTime *end = tickets_event_get_event_end (event);
  g_autoptr(GDateTime) local_start = NULL;
  g_autoptr(GDateTime) local_end = NULL;
  g_autofree char *from = NULL;
  g_autofree char *until = NULL;

  if (start == NULL)
    return NULL;

  from = tickets_format_date_time (start);
  if (end == NULL)
    return g_steal_pointer (&from);

  local_start = g_date_time_to_local (start);
  local_end = g_date_time_to_local (end);
  if (g_date_time_get_year (local_start) == g_date_time_get_year (local_end)
      && g_date_time_get_day_of_year (local_start) == g_date_time_get_day_of_year (local_end))
    /* Translators: when an event that starts and ends the same day ends, as in "23:00". */
    until = tickets_date_time_format_local (local_end, _("%H:%M"), tickets_clock_format_get_default ());
  else
    until = tickets_format_date_time (end);

  /* Translators: an event's start and end, as in "Saturday 4 July 2026, 14:00 – 23:00". */
  return g_strdup_printf (_("%1$s – %2$s"), from, until);
}

static char *
format_venue (TicketsEvent *event)
{
  const char *name = tickets_event_get_location_name (event);
  const char *city = tickets_event_get_location_city (event);
  gboolean has_name = name != NULL && name[0] != '\0';
  gboolean has_city = city != NULL && city[0] != '\0';

  if (has_name && has_city)
    /* Translators: where an event is, %1$s the venue, %2$s the city, as in "Ahoy, Rotterdam". */
    return g_strdup_printf (_("%1$s, %2$s"), name, city);
  if (has_name)
    return g_strdup (name);
  if (has_city)
    return g_strdup (city);

  return NULL;
}

static GtkWidget *
create_event_box (TicketsEvent *event)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *labels[3] = { gtk_label_new (NULL), gtk_label_new (NULL), gtk_label_new (NULL) };
  g_autofree char *dates = format_event_dates (event);
  g_autofree char *venue = format_venue (event);
  const char *title = tickets_best_text (tickets_event_get_title (event));

  gtk_widget_add_css_class (labels[0], "title-4");
  gtk_widget_add_css_class (labels[2], "dim-label");
  for (gsize i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      gtk_label_set_xalign (GTK_LABEL (labels[i]), 0);
      gtk_label_set_wrap (GTK_LABEL (labels[i]), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (labels[i]), PANGO_WRAP_WORD_CHAR);
      gtk_box_append (GTK_BOX (box), labels[i]);
    }

  tickets_show_label (GTK_LABEL (labels[0]), title != NULL ? title : _("Event"));
  tickets_show_label (GTK_LABEL (labels[1]), dates);
  tickets_show_label (GTK_LABEL (labels[2]), venue);

  return box;
}

static void
on_changed (TicketsEventHeader *self)
{
  tickets_event_header_update (self);
}

static void
unwatch_events (TicketsEventHeader *self)
{
  for (guint i = 0; i < self->events->len; i++)
    g_signal_handlers_disconnect_by_func (self->events->pdata[i], on_changed, self);
  g_ptr_array_set_size (self->events, 0);
}

/**
 * tickets_event_header_update:
 * @self: a #TicketsEventHeader
 *
 * Shows the events of the tickets as they are now, each once.
 */
void
tickets_event_header_update (TicketsEventHeader *self)
{
  GtkWidget *child;
  guint n_items;

  g_return_if_fail (TICKETS_IS_EVENT_HEADER (self));

  n_items = self->tickets != NULL ? g_list_model_get_n_items (self->tickets) : 0;

  unwatch_events (self);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_box_remove (GTK_BOX (self), child);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(TicketsTicket) ticket = g_list_model_get_item (self->tickets, i);
      TicketsEvent *event = tickets_ticket_get_event (ticket);

      if (event == NULL || g_ptr_array_find (self->events, event, NULL))
        continue;

      g_ptr_array_add (self->events, g_object_ref (event));
      g_signal_connect_object (event, "notify", G_CALLBACK (on_changed), self, G_CONNECT_SWAPPED);
      gtk_box_append (GTK_BOX (self), create_event_box (event));
    }

  gtk_widget_set_visible (GTK_WIDGET (self), self->events->len > 0);
}

/**
 * tickets_event_header_set_tickets:
 * @self: a #TicketsEventHeader
 * @tickets: (nullable): a list of #TicketsTicket
 *
 * Shows the events of @tickets, and follows the list from then on.
 */
void
tickets_event_header_set_tickets (TicketsEventHeader *self,
                                  GListModel         *tickets)
{
  g_return_if_fail (TICKETS_IS_EVENT_HEADER (self));
  g_return_if_fail (tickets == NULL || G_IS_LIST_MODEL (tickets));

  if (self->tickets == tickets)
    return;

  if (self->tickets != NULL)
    g_signal_handlers_disconnect_by_func (self->tickets, on_changed, self);
  g_set_object (&self->tickets, tickets);
  if (tickets != NULL)
    g_signal_connect_object (tickets, "items-changed", G_CALLBACK (on_changed), self, G_CONNECT_SWAPPED);

  tickets_event_header_update (self);
}

GtkWidget *
tickets_event_header_new (void)
{
  return g_object_new (TICKETS_TYPE_EVENT_HEADER, NULL);
}

static void
tickets_event_header_dispose (GObject *object)
{
  TicketsEventHeader *self = TICKETS_EVENT_HEADER (object);

  unwatch_events (self);
  if (self->tickets != NULL)
    g_signal_handlers_disconnect_by_func (self->tickets, on_changed, self);
  g_clear_object (&self->tickets);

  G_OBJECT_CLASS (tickets_event_header_parent_class)->dispose (object);
}

static void
tickets_event_header_finalize (GObject *object)
{
  TicketsEventHeader *self = TICKETS_EVENT_HEADER (object);

  g_ptr_array_unref (self->events);

  G_OBJECT_CLASS (tickets_event_header_parent_class)->finalize (object);
}

static void
tickets_event_header_class_init (TicketsEventHeaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tickets_event_header_dispose;
  object_class->finalize = tickets_event_header_finalize;
}

static void
tickets_event_header_init (TicketsEventHeader *self)
{
  self->events = g_ptr_array_new_with_free_func (g_object_unref);

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 12);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}
