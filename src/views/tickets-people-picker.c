/* tickets-people-picker.c
 *
 * Picking someone found, as the counter's dialogs do: the counter's own
 * people search (one word no last name starts with falls back to first
 * names), its results as they page in, and the keyboard's way from the
 * field into the list.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-consumer-results.h"
#include "tickets-people-picker.h"
#include "tickets-people-search.h"

struct _TicketsPeoplePicker
{
  AdwBin                  parent_instance;

  /* Who the search field finds; NULL before a session is set. */
  TicketsPeopleSearch    *people;

  GtkSearchEntry         *search_entry;
  TicketsConsumerResults *results;
};

G_DEFINE_FINAL_TYPE (TicketsPeoplePicker, tickets_people_picker, ADW_TYPE_BIN)

enum {
  CONSUMER_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The found list follows the search: after one word found no last name,
 * the first names' list, and what it was searched with. */
static void
on_people_results (TicketsPeoplePicker *self)
{
  tickets_consumer_results_set_filters (self->results, tickets_people_search_get_filters (self->people));
  tickets_consumer_results_set_list (self->results, tickets_people_search_get_results (self->people));
}

/* The search entry already waits for a pause in the typing. */
static void
on_search_changed (TicketsPeoplePicker *self)
{
  if (self->people != NULL)
    tickets_people_search_run (self->people, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
on_search_activate (TicketsPeoplePicker *self)
{
  tickets_consumer_results_focus_first (self->results);
}

static gboolean
on_search_key (GtkEventControllerKey *controller,
               guint                  keyval,
               guint                  keycode,
               GdkModifierType        state,
               TicketsPeoplePicker   *self)
{
  if (keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down)
    return tickets_consumer_results_focus_first (self->results);

  return FALSE;
}

static void
on_consumer_activated (TicketsPeoplePicker *self,
                       TicketsConsumer     *consumer)
{
  g_signal_emit (self, signals[CONSUMER_ACTIVATED], 0, consumer);
}

static void
tickets_people_picker_dispose (GObject *object)
{
  TicketsPeoplePicker *self = TICKETS_PEOPLE_PICKER (object);

  g_clear_object (&self->people);

  gtk_widget_dispose_template (GTK_WIDGET (self), TICKETS_TYPE_PEOPLE_PICKER);

  G_OBJECT_CLASS (tickets_people_picker_parent_class)->dispose (object);
}

static void
tickets_people_picker_class_init (TicketsPeoplePickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tickets_people_picker_dispose;

  signals[CONSUMER_ACTIVATED] =
    g_signal_new ("consumer-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, TICKETS_TYPE_CONSUMER);

  g_type_ensure (TICKETS_TYPE_CONSUMER_RESULTS);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Tickets/views/tickets-people-picker.ui");
  gtk_widget_class_bind_template_child (widget_class, TicketsPeoplePicker, search_entry);
  gtk_widget_class_bind_template_child (widget_class, TicketsPeoplePicker, results);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_consumer_activated);
}

static void
tickets_people_picker_init (TicketsPeoplePicker *self)
{
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));

  keys = gtk_event_controller_key_new ();
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_search_key), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);
}

GtkWidget *
tickets_people_picker_new (void)
{
  return g_object_new (TICKETS_TYPE_PEOPLE_PICKER, NULL);
}

void
tickets_people_picker_set_session (TicketsPeoplePicker *self,
                                   TicketsSession      *session)
{
  g_return_if_fail (TICKETS_IS_PEOPLE_PICKER (self));
  g_return_if_fail (session == NULL || TICKETS_IS_SESSION (session));

  if (self->people != NULL)
    g_signal_handlers_disconnect_by_data (self->people, self);
  g_clear_object (&self->people);
  if (session == NULL)
    return;

  self->people = tickets_people_search_new (session);
  g_signal_connect_object (self->people, "notify::results", G_CALLBACK (on_people_results), self,
                           G_CONNECT_SWAPPED);
}

void
tickets_people_picker_focus_entry (TicketsPeoplePicker *self)
{
  g_return_if_fail (TICKETS_IS_PEOPLE_PICKER (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
tickets_people_picker_clear (TicketsPeoplePicker *self)
{
  g_return_if_fail (TICKETS_IS_PEOPLE_PICKER (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  if (self->people != NULL)
    tickets_people_search_clear (self->people);
}
