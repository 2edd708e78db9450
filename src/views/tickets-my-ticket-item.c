/* tickets-my-ticket-item.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tickets-accessible.h"
#include "tickets-format.h"
#include "tickets-my-ticket-item.h"
#include "tickets-ticket-row.h"
#include "tickets-ticket-row-private.h"

/* One ticket of My tickets' list: its event when the one above has another,
 * the ticket row, and its e-ticket or why there is none. */

struct _TicketsMyTicketItem
{
  GtkWidget             parent_instance;

  GtkListItem          *list_item;
  /* The view's, shared: uid → why its full ticket did not load. */
  GHashTable           *failures;
  TicketsTicket        *ticket;
  gboolean              shows_event;
  /* The last of its event's tickets: its card's bottom rounds. */
  gboolean              ends_group;

  GtkWidget            *event_box;
  GtkLabel             *event_title_label;
  GtkLabel             *event_date_label;
  GtkWidget            *card;
  GtkWidget            *row;
  GtkLabel             *eticket_label;
  GtkWidget            *eticket_button;
};

G_DEFINE_FINAL_TYPE (TicketsMyTicketItem, tickets_my_ticket_item, GTK_TYPE_WIDGET)

enum {
  OPEN_ETICKET,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/**
 * tickets_my_ticket_explain_missing_eticket:
 * @ticket: a #TicketsTicket without an e-ticket
 * @failures: (nullable): uid → why a ticket's full details did not load
 *
 * Says why @ticket has no e-ticket, for its item and its details alike.
 *
 * Returns: (transfer full): the reason
 */
char *
tickets_my_ticket_explain_missing_eticket (TicketsTicket *ticket,
                                           GHashTable    *failures)
{
  GDateTime *fulfillment = tickets_ticket_get_fulfillment_starts_at (ticket);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  if (!tickets_resource_is_present (TICKETS_RESOURCE (ticket), "code"))
    {
      const char *failure = failures != NULL
        ? g_hash_table_lookup (failures, tickets_resource_get_uid (TICKETS_RESOURCE (ticket)))
        : NULL;

      if (failure != NULL)
        /* Translators: %s says why the ticket's details could not be loaded. */
        return g_strdup_printf (_("Cannot check for an e-ticket: %s"), failure);

      return g_strdup (_("Checking for an e-ticket…"));
    }

  if (g_strcmp0 (tickets_ticket_get_status (ticket), "valid") != 0)
    return g_strdup (_("No e-ticket: this ticket is no longer valid."));

  if (tickets_ticket_get_needs_personalization (ticket))
    return g_strdup (_("No e-ticket yet: it comes once the ticket has a holder’s name."));

  if (fulfillment != NULL && g_date_time_compare (fulfillment, now) > 0)
    {
      g_autofree char *when = tickets_format_date_time (fulfillment);

      /* Translators: %s is a date and time. */
      return g_strdup_printf (_("No e-ticket yet: the organizer sends e-tickets from %s."), when);
    }

  return g_strdup (_("No e-ticket yet: the organizer has not made one available for this ticket."));
}

static void
set_style (GtkWidget  *widget,
           const char *style,
           gboolean    on)
{
  if (on)
    gtk_widget_add_css_class (widget, style);
  else
    gtk_widget_remove_css_class (widget, style);
}

/* The list row is what a screen reader lands on and reads first: the
 * ticket as its row reads it, and the event it is for. */
static void
name_list_row (TicketsMyTicketItem *self,
               const char          *event_title)
{
  TicketsTicketRow *row = TICKETS_TICKET_ROW (self->row);
  GtkWidget *list_row = gtk_widget_get_parent (GTK_WIDGET (self));
  g_autofree char *name = NULL;

  if (list_row == NULL)
    return;

  if (self->ticket == NULL)
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (list_row), GTK_ACCESSIBLE_PROPERTY_LABEL);
      return;
    }

  /* Translators: how a screen reader reads one of My tickets: %1$s the event, %2$s the ticket's
   * kind, %3$s its status, %4$s its holder, as in "Summer Sounds Festival: Weekend ticket, Valid,
   * Personalized: Tom Jansen". */
  name = g_strdup_printf (_("%1$s: %2$s, %3$s, %4$s"), event_title,
                          tickets_ticket_row_get_title_text (row),
                          tickets_ticket_row_get_status_text (row),
                          tickets_ticket_row_get_personalization_text (row));
  gtk_accessible_update_property (GTK_ACCESSIBLE (list_row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

void
tickets_my_ticket_item_update (TicketsMyTicketItem *self)
{
  TicketsEvent *event = self->ticket != NULL ? tickets_ticket_get_event (self->ticket) : NULL;
  const char *uri = self->ticket != NULL ? tickets_ticket_get_eticket_uri (self->ticket) : NULL;
  const char *title = event != NULL ? tickets_best_text (tickets_event_get_title (event)) : NULL;
  gboolean has_eticket = uri != NULL && uri[0] != '\0';
  g_autofree char *date = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *button_name = NULL;

  if (title == NULL)
    title = _("Event");

  gtk_widget_set_visible (self->event_box, self->shows_event);
  if (self->shows_event)
    {
      date = event != NULL ? tickets_format_date_time (tickets_event_get_event_start (event)) : NULL;
      tickets_show_label (self->event_title_label, title);
      tickets_show_label (self->event_date_label, date);
    }

  /* Each event's tickets make one boxed list. */
  set_style (self->card, "tickets-card-first", self->shows_event);
  set_style (self->card, "tickets-card-last", self->ends_group);

  name_list_row (self, title);

  if (self->ticket == NULL)
    return;

  if (!has_eticket)
    reason = tickets_my_ticket_explain_missing_eticket (self->ticket, self->failures);
  tickets_show_label (self->eticket_label, reason);
  gtk_widget_set_visible (self->eticket_button, has_eticket);

  /* Several buttons on screen read the same: name the ticket each opens. */
  if (has_eticket)
    {
      const char *code = tickets_ticket_get_code (self->ticket);

      if (code != NULL && code[0] != '\0')
        /* Translators: %s is a ticket's barcode. */
        button_name = g_strdup_printf (_("Open the e-ticket of ticket %s"), code);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->eticket_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      button_name != NULL ? button_name : _("Open E-Ticket"),
                                      -1);
    }
}

static void
on_item_ticket_notify (TicketsMyTicketItem *self)
{
  tickets_my_ticket_item_update (self);
}

void
tickets_my_ticket_item_set_ticket (TicketsMyTicketItem *self,
                                   TicketsTicket       *ticket,
                                   gboolean             shows_event,
                                   gboolean             ends_group)
{
  if (self->ticket != NULL)
    g_signal_handlers_disconnect_by_func (self->ticket, on_item_ticket_notify, self);
  g_set_object (&self->ticket, ticket);
  self->shows_event = shows_event;
  self->ends_group = ends_group;

  /* The row first, so that it has followed a change before the item
   * reads its texts for the list row's name. */
  tickets_ticket_row_set_ticket (TICKETS_TICKET_ROW (self->row), ticket);
  if (ticket != NULL)
    g_signal_connect_object (ticket, "notify", G_CALLBACK (on_item_ticket_notify), self, G_CONNECT_SWAPPED);

  tickets_my_ticket_item_update (self);
}

static void
on_eticket_button_clicked (TicketsMyTicketItem *self)
{
  const char *uri = self->ticket != NULL ? tickets_ticket_get_eticket_uri (self->ticket) : NULL;

  if (uri != NULL && uri[0] != '\0')
    g_signal_emit (self, signals[OPEN_ETICKET], 0, uri);
}

static void
tickets_my_ticket_item_dispose (GObject *object)
{
  TicketsMyTicketItem *self = TICKETS_MY_TICKET_ITEM (object);
  GtkWidget *child;

  tickets_my_ticket_item_set_ticket (self, NULL, FALSE, FALSE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (tickets_my_ticket_item_parent_class)->dispose (object);
}

static void
tickets_my_ticket_item_finalize (GObject *object)
{
  TicketsMyTicketItem *self = TICKETS_MY_TICKET_ITEM (object);

  g_clear_pointer (&self->failures, g_hash_table_unref);

  G_OBJECT_CLASS (tickets_my_ticket_item_parent_class)->finalize (object);
}

static void
tickets_my_ticket_item_class_init (TicketsMyTicketItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tickets_my_ticket_item_dispose;
  object_class->finalize = tickets_my_ticket_item_finalize;

  signals[OPEN_ETICKET] =
    g_signal_new ("open-eticket",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  /* A group, not a generic widget that GTK would name by its type. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static GtkWidget *
new_wrapping_label (const char *style)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (style != NULL)
    gtk_widget_add_css_class (label, style);

  return label;
}

static void
tickets_my_ticket_item_init (TicketsMyTicketItem *self)
{
  GtkWidget *eticket_box;

  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);

  self->event_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  gtk_widget_set_margin_top (self->event_box, 18);
  gtk_widget_set_margin_bottom (self->event_box, 12);
  self->event_title_label = GTK_LABEL (new_wrapping_label ("title-4"));
  self->event_date_label = GTK_LABEL (new_wrapping_label ("dim-label"));
  gtk_box_append (GTK_BOX (self->event_box), GTK_WIDGET (self->event_title_label));
  gtk_box_append (GTK_BOX (self->event_box), GTK_WIDGET (self->event_date_label));
  gtk_widget_set_parent (self->event_box, GTK_WIDGET (self));

  /* The card: the ticket and its e-ticket. */
  self->card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_add_css_class (self->card, "tickets-card");
  gtk_widget_set_parent (self->card, GTK_WIDGET (self));

  self->row = tickets_ticket_row_new (NULL);
  gtk_box_append (GTK_BOX (self->card), self->row);

  eticket_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_margin_start (eticket_box, 12);
  gtk_widget_set_margin_end (eticket_box, 12);
  gtk_widget_set_margin_bottom (eticket_box, 12);
  self->eticket_label = GTK_LABEL (new_wrapping_label ("dim-label"));
  gtk_widget_set_hexpand (GTK_WIDGET (self->eticket_label), TRUE);
  gtk_box_append (GTK_BOX (eticket_box), GTK_WIDGET (self->eticket_label));
  self->eticket_button = gtk_button_new_with_label (_("Open E-Ticket"));
  /* GTK 4.8 would read its label after the name given below: one name. */
  tickets_accessible_tidy_names (self->eticket_button);
  gtk_widget_set_tooltip_text (self->eticket_button, _("Download the e-ticket to show at the entrance"));
  gtk_widget_set_visible (self->eticket_button, FALSE);
  g_signal_connect_swapped (self->eticket_button, "clicked", G_CALLBACK (on_eticket_button_clicked), self);
  gtk_box_append (GTK_BOX (eticket_box), self->eticket_button);
  gtk_box_append (GTK_BOX (self->card), eticket_box);
}

/**
 * tickets_my_ticket_item_new:
 * @list_item: the list item that holds it
 * @failures: the view's uid → why a ticket's full details did not load
 *
 * Returns: (transfer floating): a new item, bound to no ticket yet
 */
GtkWidget *
tickets_my_ticket_item_new (GtkListItem *list_item,
                            GHashTable  *failures)
{
  TicketsMyTicketItem *self = g_object_new (TICKETS_TYPE_MY_TICKET_ITEM, NULL);

  self->list_item = list_item;
  self->failures = g_hash_table_ref (failures);

  return GTK_WIDGET (self);
}

GtkListItem *
tickets_my_ticket_item_get_list_item (GtkWidget *item)
{
  return TICKETS_MY_TICKET_ITEM (item)->list_item;
}

TicketsTicket *
tickets_my_ticket_item_get_ticket (GtkWidget *item)
{
  return TICKETS_MY_TICKET_ITEM (item)->ticket;
}

GtkWidget *
tickets_my_ticket_item_get_row (GtkWidget *item)
{
  return TICKETS_MY_TICKET_ITEM (item)->row;
}

const char *
tickets_my_ticket_item_get_event_title (GtkWidget *item)
{
  TicketsMyTicketItem *self = TICKETS_MY_TICKET_ITEM (item);

  return self->shows_event ? gtk_label_get_label (self->event_title_label) : NULL;
}

const char *
tickets_my_ticket_item_get_event_date (GtkWidget *item)
{
  TicketsMyTicketItem *self = TICKETS_MY_TICKET_ITEM (item);

  return self->shows_event ? gtk_label_get_label (self->event_date_label) : NULL;
}

const char *
tickets_my_ticket_item_get_eticket_text (GtkWidget *item)
{
  TicketsMyTicketItem *self = TICKETS_MY_TICKET_ITEM (item);

  return gtk_widget_get_visible (GTK_WIDGET (self->eticket_label)) ? gtk_label_get_label (self->eticket_label) : NULL;
}

GtkButton *
tickets_my_ticket_item_get_eticket_button (GtkWidget *item)
{
  return GTK_BUTTON (TICKETS_MY_TICKET_ITEM (item)->eticket_button);
}
