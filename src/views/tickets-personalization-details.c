/* tickets-personalization-details.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "tickets-date-format.h"
#include "tickets-format.h"
#include "tickets-personalization-details.h"
#include "tickets-personalization-details-private.h"
#include "tickets-ticket-list.h"

struct _TicketsPersonalizationDetails
{
  AdwBin                  parent_instance;

  TicketsPersonalization *personalization;
  GListModel             *tickets;
  /* The tickets whose notify the rows follow: the list only says when
   * tickets come and go, not when one gets its barcode or product. */
  GPtrArray              *watched_tickets;
  GPtrArray              *holder_rows;
  GPtrArray              *ticket_rows;

  GtkLabel               *name_label;
  GtkLabel               *when_label;
  AdwPreferencesGroup    *holder_group;
  AdwPreferencesGroup    *tickets_group;
};

G_DEFINE_FINAL_TYPE (TicketsPersonalizationDetails, tickets_personalization_details, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_PERSONALIZATION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
is_set (const char *value)
{
  return value != NULL && value[0] != '\0';
}

/**
 * tickets_personalization_details_format_holder:
 *
 * Returns: (transfer full): the holder's full name, or a stand-in
 */
char *
tickets_personalization_details_format_holder (TicketsPersonalization *personalization)
{
  TicketsConsumer *consumer = tickets_personalization_get_consumer (personalization);
  g_autofree char *name = consumer != NULL ? tickets_consumer_dup_full_name (consumer) : NULL;

  if (is_set (name))
    return g_steal_pointer (&name);

  return g_strdup (_("Holder without a name"));
}

/**
 * tickets_personalization_details_format_when:
 *
 * Returns: (transfer full) (nullable): when the personalization was made, in local time
 */
char *
tickets_personalization_details_format_when (TicketsPersonalization *personalization)
{
  GDateTime *created_at = tickets_personalization_get_created_at (personalization);

  if (created_at == NULL)
    return NULL;

  /* Translators: when names were given, as in "4 July 2026, 14:00", see the g_date_time_format() documentation. */
  return tickets_date_time_format_local (created_at, _("%-d %B %Y, %H:%M"), tickets_clock_format_get_default ());
}

static char *
format_ticket_title (TicketsTicket *ticket)
{
  TicketsProduct *product = tickets_ticket_get_product (ticket);
  const char *name = product != NULL ? tickets_best_text (tickets_product_get_name (product)) : NULL;
  const char *subproduct = tickets_best_text (tickets_ticket_get_subproduct (ticket));

  if (name == NULL)
    name = _("Ticket");
  if (subproduct != NULL)
    /* Translators: a ticket's product and its entrance, as in "Weekend Ticket, Entrance B". */
    return g_strdup_printf (_("%1$s, %2$s"), name, subproduct);

  return g_strdup (name);
}

/**
 * tickets_personalization_details_format_tickets:
 *
 * Returns: (transfer full): each ticket's product and barcode, a line each
 */
char *
tickets_personalization_details_format_tickets (TicketsPersonalization *personalization)
{
  GListModel *tickets = tickets_personalization_get_tickets (personalization);
  guint n_items = g_list_model_get_n_items (tickets);
  GString *lines = g_string_new (NULL);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(TicketsTicket) ticket = g_list_model_get_item (tickets, i);
      g_autofree char *title = format_ticket_title (ticket);
      const char *code = tickets_ticket_get_code (ticket);

      if (lines->len > 0)
        g_string_append_c (lines, '\n');
      if (is_set (code))
        /* Translators: a ticket's product and barcode, as in "Weekend Ticket · 8663092874786". */
        g_string_append_printf (lines, _("%1$s · %2$s"), title, code);
      else
        g_string_append (lines, title);
    }

  return g_string_free (lines, FALSE);
}

static char *
format_date_of_birth (const char *date)
{
  g_autoptr(GDateTime) date_time = NULL;
  int year, month, day;

  if (sscanf (date, "%4d-%2d-%2d", &year, &month, &day) != 3
      || (date_time = g_date_time_new_local (year, month, day, 0, 0, 0)) == NULL)
    return g_strdup (date);

  /* Translators: a date of birth, as in "4 May 1990", see the g_date_time_format() documentation. */
  return g_date_time_format (date_time, _("%-d %B %Y"));
}

static void
add_row (TicketsPersonalizationDetails *self,
         AdwPreferencesGroup           *group,
         GPtrArray                     *rows,
         const char                    *title,
         const char                    *value)
{
  GtkWidget *row;

  if (!is_set (value))
    return;

  row = tickets_detail_row_new (title, value);
  adw_preferences_group_add (group, row);
  g_ptr_array_add (rows, row);
}

static void
update_holder (TicketsPersonalizationDetails *self)
{
  TicketsConsumer *consumer = self->personalization != NULL ? tickets_personalization_get_consumer (self->personalization) : NULL;
  g_autofree char *name = NULL;
  g_autofree char *when = NULL;
  g_autofree char *birth = NULL;
  g_autofree char *country = NULL;

  tickets_detail_rows_clear (self->holder_group, self->holder_rows);

  if (self->personalization == NULL)
    {
      /* Hidden, not empty: GTK would read an empty label by its type. */
      tickets_show_label (self->name_label, NULL);
      gtk_widget_set_visible (GTK_WIDGET (self->when_label), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->holder_group), FALSE);
      return;
    }

  name = tickets_personalization_details_format_holder (self->personalization);
  tickets_show_label (self->name_label, name);

  when = tickets_personalization_details_format_when (self->personalization);
  if (when != NULL)
    {
      /* Translators: %s is when the names were given, as in "4 July 2026, 14:00". */
      g_autofree char *text = g_strdup_printf (_("Named on %s"), when);

      gtk_label_set_label (self->when_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->when_label), when != NULL);

  if (consumer != NULL)
    {
      if (is_set (tickets_consumer_get_date_of_birth (consumer)))
        birth = format_date_of_birth (tickets_consumer_get_date_of_birth (consumer));
      country = tickets_format_country (tickets_consumer_get_country (consumer));

      add_row (self, self->holder_group, self->holder_rows, _("First name"), tickets_consumer_get_first_name (consumer));
      add_row (self, self->holder_group, self->holder_rows, _("Last name"), tickets_consumer_get_last_name (consumer));
      add_row (self, self->holder_group, self->holder_rows, _("Date of birth"), birth);
      add_row (self, self->holder_group, self->holder_rows, _("Gender"), tickets_format_gender (tickets_consumer_get_gender (consumer)));
      add_row (self, self->holder_group, self->holder_rows, _("Email"), tickets_consumer_get_email (consumer));
      add_row (self, self->holder_group, self->holder_rows, _("Phone number"), tickets_consumer_get_phone_number (consumer));
      add_row (self, self->holder_group, self->holder_rows, _("Company"), tickets_consumer_get_company_name (consumer));
      add_row (self, self->holder_group, self->holder_rows, _("VAT number"), tickets_consumer_get_vat_number (consumer));
      add_row (self, self->holder_group, self->holder_rows, _("Address"), tickets_consumer_get_address (consumer));
      add_row (self, self->holder_group, self->holder_rows, _("Postal code"), tickets_consumer_get_postal_code (consumer));
      add_row (self, self->holder_group, self->holder_rows, _("City"), tickets_consumer_get_city (consumer));
      add_row (self, self->holder_group, self->holder_rows, _("State or province"), tickets_consumer_get_state (consumer));
      add_row (self, self->holder_group, self->holder_rows, _("Country"), country);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->holder_group), self->holder_rows->len > 0);
}

static char *
format_ticket_subtitle (TicketsTicket *ticket)
{
  TicketsEvent *event = tickets_ticket_get_event (ticket);
  const char *code = tickets_ticket_get_code (ticket);
  const char *event_title = event != NULL ? tickets_best_text (tickets_event_get_title (event)) : NULL;
  g_autofree char *event_start = event != NULL ? tickets_format_date_time (tickets_event_get_event_start (event)) : NULL;
  GString *lines = g_string_new (NULL);

  if (is_set (code))
    /* Translators: %s is a ticket's barcode. */
    g_string_append_printf (lines, _("Barcode %s"), code);
  if (event_title != NULL)
    g_string_append_printf (lines, "%s%s", lines->len > 0 ? "\n" : "", event_title);
  if (event_start != NULL)
    g_string_append_printf (lines, "%s%s", lines->len > 0 ? "\n" : "", event_start);

  return g_string_free (lines, FALSE);
}

static void
update_tickets (TicketsPersonalizationDetails *self)
{
  guint n_items = self->tickets != NULL ? g_list_model_get_n_items (self->tickets) : 0;

  tickets_detail_rows_clear (self->tickets_group, self->ticket_rows);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(TicketsTicket) ticket = g_list_model_get_item (self->tickets, i);
      g_autofree char *title = format_ticket_title (ticket);
      g_autofree char *subtitle = format_ticket_subtitle (ticket);
      GtkWidget *row = tickets_detail_row_new (title, subtitle);

      adw_preferences_group_add (self->tickets_group, row);
      g_ptr_array_add (self->ticket_rows, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->tickets_group), n_items > 0);
}

static void
on_ticket_notify (TicketsPersonalizationDetails *self)
{
  update_tickets (self);
}

static void
on_tickets_items_changed (TicketsPersonalizationDetails *self)
{
  static const char * const watched_signals[] = { "notify", NULL };

  tickets_ticket_list_watch (self->watched_tickets, self->tickets, watched_signals,
                             G_CALLBACK (on_ticket_notify), self);
  update_tickets (self);
}

static void
on_personalization_notify (TicketsPersonalizationDetails *self)
{
  update_holder (self);
}

static void
release_personalization (TicketsPersonalizationDetails *self)
{
  tickets_ticket_list_unwatch (self->watched_tickets, G_CALLBACK (on_ticket_notify), self);
  if (self->tickets != NULL)
    g_signal_handlers_disconnect_by_func (self->tickets, on_tickets_items_changed, self);
  if (self->personalization != NULL)
    g_signal_handlers_disconnect_by_func (self->personalization, on_personalization_notify, self);
  g_clear_object (&self->tickets);
  g_clear_object (&self->personalization);
}

TicketsPersonalization *
tickets_personalization_details_get_personalization (TicketsPersonalizationDetails *self)
{
  g_return_val_if_fail (TICKETS_IS_PERSONALIZATION_DETAILS (self), NULL);

  return self->personalization;
}

void
tickets_personalization_details_set_personalization (TicketsPersonalizationDetails *self,
                                                     TicketsPersonalization        *personalization)
{
  g_return_if_fail (TICKETS_IS_PERSONALIZATION_DETAILS (self));
  g_return_if_fail (personalization == NULL || TICKETS_IS_PERSONALIZATION (personalization));

  if (self->personalization == personalization)
    return;

  release_personalization (self);

  if (personalization != NULL)
    {
      self->personalization = g_object_ref (personalization);
      self->tickets = g_object_ref (tickets_personalization_get_tickets (personalization));
      g_signal_connect_object (personalization, "notify::consumer", G_CALLBACK (on_personalization_notify),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (personalization, "notify::created-at", G_CALLBACK (on_personalization_notify),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->tickets, "items-changed", G_CALLBACK (on_tickets_items_changed),
                               self, G_CONNECT_SWAPPED);
    }

  update_holder (self);
  on_tickets_items_changed (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSONALIZATION]);
}

GtkWidget *
tickets_personalization_details_new (TicketsPersonalization *personalization)
{
  g_return_val_if_fail (personalization == NULL || TICKETS_IS_PERSONALIZATION (personalization), NULL);

  return g_object_new (TICKETS_TYPE_PERSONALIZATION_DETAILS, "personalization", personalization, NULL);
}

const char *
tickets_personalization_details_get_name_text (TicketsPersonalizationDetails *self)
{
  return gtk_label_get_label (self->name_label);
}

const char *
tickets_personalization_details_get_when_text (TicketsPersonalizationDetails *self)
{
  return gtk_widget_get_visible (GTK_WIDGET (self->when_label)) ? gtk_label_get_label (self->when_label) : NULL;
}

GPtrArray *
tickets_personalization_details_get_holder_rows (TicketsPersonalizationDetails *self)
{
  return self->holder_rows;
}

GPtrArray *
tickets_personalization_details_get_ticket_rows (TicketsPersonalizationDetails *self)
{
  return self->ticket_rows;
}

static void
tickets_personalization_details_get_property (GObject    *object,
                                              guint       prop_id,
                                              GValue     *value,
                                              GParamSpec *pspec)
{
  TicketsPersonalizationDetails *self = TICKETS_PERSONALIZATION_DETAILS (object);

  switch (prop_id)
    {
    case PROP_PERSONALIZATION:
      g_value_set_object (value, self->personalization);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_personalization_details_set_property (GObject      *object,
                                              guint         prop_id,
                                              const GValue *value,
                                              GParamSpec   *pspec)
{
  TicketsPersonalizationDetails *self = TICKETS_PERSONALIZATION_DETAILS (object);

  switch (prop_id)
    {
    case PROP_PERSONALIZATION:
      tickets_personalization_details_set_personalization (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_personalization_details_dispose (GObject *object)
{
  TicketsPersonalizationDetails *self = TICKETS_PERSONALIZATION_DETAILS (object);

  release_personalization (self);
  /* The groups own the rows and go with the template. */
  g_ptr_array_set_size (self->holder_rows, 0);
  g_ptr_array_set_size (self->ticket_rows, 0);

  gtk_widget_dispose_template (GTK_WIDGET (object), TICKETS_TYPE_PERSONALIZATION_DETAILS);

  G_OBJECT_CLASS (tickets_personalization_details_parent_class)->dispose (object);
}

static void
tickets_personalization_details_finalize (GObject *object)
{
  TicketsPersonalizationDetails *self = TICKETS_PERSONALIZATION_DETAILS (object);

  g_ptr_array_unref (self->watched_tickets);
  g_ptr_array_unref (self->holder_rows);
  g_ptr_array_unref (self->ticket_rows);

  G_OBJECT_CLASS (tickets_personalization_details_parent_class)->finalize (object);
}

static void
tickets_personalization_details_class_init (TicketsPersonalizationDetailsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tickets_personalization_details_dispose;
  object_class->finalize = tickets_personalization_details_finalize;
  object_class->get_property = tickets_personalization_details_get_property;
  object_class->set_property = tickets_personalization_details_set_property;

  properties[PROP_PERSONALIZATION] =
    g_param_spec_object ("personalization", NULL, NULL,
                         TICKETS_TYPE_PERSONALIZATION,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Tickets/views/tickets-personalization-details.ui");
  gtk_widget_class_bind_template_child (widget_class, TicketsPersonalizationDetails, name_label);
  gtk_widget_class_bind_template_child (widget_class, TicketsPersonalizationDetails, when_label);
  gtk_widget_class_bind_template_child (widget_class, TicketsPersonalizationDetails, holder_group);
  gtk_widget_class_bind_template_child (widget_class, TicketsPersonalizationDetails, tickets_group);
}

static void
tickets_personalization_details_init (TicketsPersonalizationDetails *self)
{
  self->watched_tickets = g_ptr_array_new_with_free_func (g_object_unref);
  self->holder_rows = g_ptr_array_new ();
  self->ticket_rows = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_widget_set_visible (GTK_WIDGET (self->holder_group), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->tickets_group), FALSE);
}
