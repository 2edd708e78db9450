/* tickets-request-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tickets-request-view.h"
#include "tickets-request-view-private.h"
#include "tickets-ticket-row.h"

/* The friend's side of a personalization request. It looks and behaves like
 * the order view, but shows only what the request hands out: its tickets,
 * never the rest of the order. */

struct _TicketsRequestView
{
  AdwBin                         parent_instance;

  TicketsPersonalizationRequest *request;
  GListModel                    *tickets;
  /* Tickets and events whose notify the header follows: the list model only
   * says when tickets come and go, not when one of them changes. */
  GPtrArray                     *watched_tickets;
  GPtrArray                     *watched_events;

  GtkStack                      *stack;
  GtkLabel                      *title_label;
  GtkLabel                      *email_label;
  GtkBox                        *events_box;
  GtkLabel                      *summary_label;
  GtkWidget                     *done_box;
  GtkLabel                      *done_label;
  GtkListView                   *list_view;
  AdwStatusPage                 *empty_page;
};

G_DEFINE_FINAL_TYPE (TicketsRequestView, tickets_request_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_REQUEST,
  N_PROPS
};

enum {
  TICKET_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const char *
best_text (TicketsI18nText *text)
{
  const char *best = text != NULL ? tickets_i18n_text_get_best (text) : NULL;

  return best != NULL && best[0] != '\0' ? best : NULL;
}

static void
set_label (GtkLabel   *label,
           const char *text)
{
  gtk_label_set_label (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && text[0] != '\0');
}

static char *
format_event_dates (GDateTime *start,
                    GDateTime *end)
{
  g_autoptr(GDateTime) local_start = NULL;
  g_autoptr(GDateTime) local_end = NULL;
  g_autofree char *from = NULL;
  g_autofree char *until = NULL;

  if (start == NULL)
    return NULL;

  local_start = g_date_time_to_local (start);
  /* Translators: when an event starts, as in "Saturday 4 July 2026, 14:00", see the g_date_time_format() documentation. */
  from = g_date_time_format (local_start, _("%A %-d %B %Y, %H:%M"));
  if (end == NULL)
    return g_steal_pointer (&from);

  local_end = g_date_time_to_local (end);
  if (g_date_time_get_year (local_start) == g_date_time_get_year (local_end)
      && g_date_time_get_day_of_year (local_start) == g_date_time_get_day_of_year (local_end))
    /* Translators: when an event that starts and ends the same day ends, as in "23:00". */
    until = g_date_time_format (local_end, _("%H:%M"));
  else
    until = g_date_time_format (local_end, _("%A %-d %B %Y, %H:%M"));

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
create_event_header (TicketsEvent *event)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *labels[3] = { gtk_label_new (NULL), gtk_label_new (NULL), gtk_label_new (NULL) };
  g_autofree char *dates = format_event_dates (tickets_event_get_event_start (event),
                                               tickets_event_get_event_end (event));
  g_autofree char *venue = format_venue (event);
  const char *title = best_text (tickets_event_get_title (event));

  gtk_widget_add_css_class (labels[0], "title-4");
  gtk_widget_add_css_class (labels[2], "dim-label");
  for (gsize i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      gtk_label_set_xalign (GTK_LABEL (labels[i]), 0);
      gtk_label_set_wrap (GTK_LABEL (labels[i]), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (labels[i]), PANGO_WRAP_WORD_CHAR);
      gtk_box_append (GTK_BOX (box), labels[i]);
    }

  set_label (GTK_LABEL (labels[0]), title != NULL ? title : _("Event"));
  set_label (GTK_LABEL (labels[1]), dates);
  set_label (GTK_LABEL (labels[2]), venue);

  return box;
}

static void update_events (TicketsRequestView *self);

static void
on_event_notify (TicketsRequestView *self)
{
  update_events (self);
}

static void
unwatch_events (TicketsRequestView *self)
{
  for (guint i = 0; i < self->watched_events->len; i++)
    g_signal_handlers_disconnect_by_func (self->watched_events->pdata[i], on_event_notify, self);
  g_ptr_array_set_size (self->watched_events, 0);
}

/* A request token may not read events: only those the store knows from
 * elsewhere (the buyer's own order, say) are shown, once each. */
static void
update_events (TicketsRequestView *self)
{
  GtkWidget *child;
  guint n_items = self->tickets != NULL ? g_list_model_get_n_items (self->tickets) : 0;

  unwatch_events (self);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->events_box))) != NULL)
    gtk_box_remove (self->events_box, child);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(TicketsTicket) ticket = g_list_model_get_item (self->tickets, i);
      TicketsEvent *event = tickets_ticket_get_event (ticket);

      if (event == NULL || g_ptr_array_find (self->watched_events, event, NULL))
        continue;

      g_ptr_array_add (self->watched_events, g_object_ref (event));
      g_signal_connect_object (event, "notify", G_CALLBACK (on_event_notify), self, G_CONNECT_SWAPPED);
      gtk_box_append (self->events_box, create_event_header (event));
    }

  gtk_widget_set_visible (GTK_WIDGET (self->events_box), self->watched_events->len > 0);
}

static gboolean
is_state (TicketsRequestView *self,
          const char         *state)
{
  return self->request != NULL &&
         g_strcmp0 (tickets_personalization_request_get_state (self->request), state) == 0;
}

/* Done when the server says so, or as soon as the friend has named every
 * ticket: the request's state only changes on the next load. */
static void
update_summary (TicketsRequestView *self)
{
  g_autofree char *text = NULL;
  guint n_items = self->tickets != NULL ? g_list_model_get_n_items (self->tickets) : 0;
  guint needing = 0;
  guint personalized = 0;
  gboolean done;

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(TicketsTicket) ticket = g_list_model_get_item (self->tickets, i);

      switch (tickets_ticket_get_personalization_state (ticket, NULL))
        {
        case TICKETS_PERSONALIZATION_STATE_NEEDED:
          needing++;
          break;

        case TICKETS_PERSONALIZATION_STATE_PERSONALIZED:
          personalized++;
          break;

        case TICKETS_PERSONALIZATION_STATE_NOT_REQUIRED:
        case TICKETS_PERSONALIZATION_STATE_NOT_YET_OPEN:
        case TICKETS_PERSONALIZATION_STATE_CLOSED:
        case TICKETS_PERSONALIZATION_STATE_INVALID:
        default:
          break;
        }
    }

  done = is_state (self, "completed") || (n_items > 0 && personalized == n_items);

  set_label (self->title_label,
             self->request == NULL ? NULL :
             done ? _("All names were given") : _("You were asked to name these tickets"));

  if (done || n_items == 0)
    text = NULL;
  else if (needing > 0)
    /* Translators: %1$u tickets of the request's %2$u can and must still be given a holder's name. */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%1$u ticket of %2$u still needs a name",
                                         "%1$u tickets of %2$u still need a name",
                                         needing),
                            needing, n_items);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u ticket", "%u tickets", n_items), n_items);

  set_label (self->summary_label, text);
  gtk_widget_set_visible (self->done_box, done);
}

static void
update_email (TicketsRequestView *self)
{
  const char *email = self->request != NULL ? tickets_personalization_request_get_email (self->request) : NULL;
  g_autofree char *text = NULL;

  if (email != NULL && email[0] != '\0')
    /* Translators: %s is the email address a request to name tickets was sent to. */
    text = g_strdup_printf (_("Sent to %s"), email);

  set_label (self->email_label, text);
}

static void
update_page (TicketsRequestView *self)
{
  guint n_items = self->tickets != NULL ? g_list_model_get_n_items (self->tickets) : 0;
  const char *page = "tickets";

  if (self->request == NULL)
    {
      adw_status_page_set_title (self->empty_page, _("No Request"));
      adw_status_page_set_description (self->empty_page, _("Open a request to name tickets to see them"));
      page = "empty";
    }
  else if (is_state (self, "cancelled"))
    page = "cancelled";
  else if (n_items == 0)
    {
      adw_status_page_set_title (self->empty_page, _("No Tickets"));
      adw_status_page_set_description (self->empty_page, _("This request holds no tickets"));
      page = "empty";
    }

  gtk_stack_set_visible_child_name (self->stack, page);
}

static void
on_ticket_notify (TicketsRequestView *self,
                  GParamSpec         *pspec)
{
  if (g_strcmp0 (pspec->name, "event") == 0)
    update_events (self);
  else
    update_summary (self);
}

static void
unwatch_tickets (TicketsRequestView *self)
{
  for (guint i = 0; i < self->watched_tickets->len; i++)
    g_signal_handlers_disconnect_by_func (self->watched_tickets->pdata[i], on_ticket_notify, self);
  g_ptr_array_set_size (self->watched_tickets, 0);
}

static void
watch_tickets (TicketsRequestView *self)
{
  guint n_items = self->tickets != NULL ? g_list_model_get_n_items (self->tickets) : 0;

  unwatch_tickets (self);
  for (guint i = 0; i < n_items; i++)
    {
      TicketsTicket *ticket = g_list_model_get_item (self->tickets, i);

      g_signal_connect_object (ticket, "notify::personalization-state", G_CALLBACK (on_ticket_notify), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (ticket, "notify::event", G_CALLBACK (on_ticket_notify), self, G_CONNECT_SWAPPED);
      g_ptr_array_add (self->watched_tickets, ticket);
    }
}

static void
on_tickets_items_changed (TicketsRequestView *self)
{
  watch_tickets (self);
  update_events (self);
  update_summary (self);
  update_page (self);
}

static void
on_request_notify (TicketsRequestView *self)
{
  update_email (self);
  update_summary (self);
  update_page (self);
}

static void
on_list_view_activate (TicketsRequestView *self,
                       guint               position)
{
  g_autoptr(TicketsTicket) ticket = NULL;

  if (self->tickets == NULL)
    return;

  ticket = g_list_model_get_item (self->tickets, position);
  if (ticket != NULL)
    g_signal_emit (self, signals[TICKET_ACTIVATED], 0, ticket);
}

static void
on_factory_setup (GtkSignalListItemFactory *factory,
                  GtkListItem              *item)
{
  gtk_list_item_set_child (item, tickets_ticket_row_new (NULL));
}

static void
on_factory_bind (GtkSignalListItemFactory *factory,
                 GtkListItem              *item)
{
  tickets_ticket_row_set_ticket (TICKETS_TICKET_ROW (gtk_list_item_get_child (item)),
                                 gtk_list_item_get_item (item));
}

static void
on_factory_unbind (GtkSignalListItemFactory *factory,
                   GtkListItem              *item)
{
  tickets_ticket_row_set_ticket (TICKETS_TICKET_ROW (gtk_list_item_get_child (item)), NULL);
}

static void
release_request (TicketsRequestView *self)
{
  unwatch_tickets (self);
  unwatch_events (self);
  if (self->tickets != NULL)
    g_signal_handlers_disconnect_by_func (self->tickets, on_tickets_items_changed, self);
  if (self->request != NULL)
    g_signal_handlers_disconnect_by_func (self->request, on_request_notify, self);
  g_clear_object (&self->tickets);
  g_clear_object (&self->request);
}

TicketsPersonalizationRequest *
tickets_request_view_get_request (TicketsRequestView *self)
{
  g_return_val_if_fail (TICKETS_IS_REQUEST_VIEW (self), NULL);

  return self->request;
}

/**
 * tickets_request_view_set_request:
 * @self: a #TicketsRequestView
 * @request: (nullable): a request loaded through the store, with its tickets
 *
 * Shows the request's tickets; the view follows the request and its
 * tickets from then on.
 */
void
tickets_request_view_set_request (TicketsRequestView            *self,
                                  TicketsPersonalizationRequest *request)
{
  g_autoptr(GtkNoSelection) selection = NULL;

  g_return_if_fail (TICKETS_IS_REQUEST_VIEW (self));
  g_return_if_fail (request == NULL || TICKETS_IS_PERSONALIZATION_REQUEST (request));

  if (self->request == request)
    return;

  release_request (self);

  if (request != NULL)
    {
      self->request = g_object_ref (request);
      self->tickets = g_object_ref (tickets_personalization_request_get_tickets (request));
      g_signal_connect_object (request, "notify::email", G_CALLBACK (on_request_notify), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (request, "notify::state", G_CALLBACK (on_request_notify), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->tickets, "items-changed", G_CALLBACK (on_tickets_items_changed), self, G_CONNECT_SWAPPED);
      selection = gtk_no_selection_new (g_object_ref (self->tickets));
    }

  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));

  update_email (self);
  on_tickets_items_changed (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REQUEST]);
}

GtkWidget *
tickets_request_view_new (TicketsPersonalizationRequest *request)
{
  g_return_val_if_fail (request == NULL || TICKETS_IS_PERSONALIZATION_REQUEST (request), NULL);

  return g_object_new (TICKETS_TYPE_REQUEST_VIEW, "request", request, NULL);
}

/**
 * tickets_request_view_focus_tickets:
 * @self: a #TicketsRequestView
 *
 * Moves the keyboard focus to the list of tickets, on its first row.
 */
void
tickets_request_view_focus_tickets (TicketsRequestView *self)
{
  g_return_if_fail (TICKETS_IS_REQUEST_VIEW (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

GtkListView *
tickets_request_view_get_list_view (TicketsRequestView *self)
{
  return self->list_view;
}

const char *
tickets_request_view_get_title_text (TicketsRequestView *self)
{
  return gtk_label_get_label (self->title_label);
}

const char *
tickets_request_view_get_summary_text (TicketsRequestView *self)
{
  return gtk_label_get_label (self->summary_label);
}

const char *
tickets_request_view_get_done_text (TicketsRequestView *self)
{
  return gtk_widget_get_visible (self->done_box) ? gtk_label_get_label (self->done_label) : NULL;
}

const char *
tickets_request_view_get_page_name (TicketsRequestView *self)
{
  return gtk_stack_get_visible_child_name (self->stack);
}

static void
tickets_request_view_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  TicketsRequestView *self = TICKETS_REQUEST_VIEW (object);

  switch (prop_id)
    {
    case PROP_REQUEST:
      g_value_set_object (value, self->request);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_request_view_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  TicketsRequestView *self = TICKETS_REQUEST_VIEW (object);

  switch (prop_id)
    {
    case PROP_REQUEST:
      tickets_request_view_set_request (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_request_view_dispose (GObject *object)
{
  TicketsRequestView *self = TICKETS_REQUEST_VIEW (object);

  release_request (self);

  gtk_widget_dispose_template (GTK_WIDGET (object), TICKETS_TYPE_REQUEST_VIEW);

  G_OBJECT_CLASS (tickets_request_view_parent_class)->dispose (object);
}

static void
tickets_request_view_finalize (GObject *object)
{
  TicketsRequestView *self = TICKETS_REQUEST_VIEW (object);

  g_ptr_array_unref (self->watched_tickets);
  g_ptr_array_unref (self->watched_events);

  G_OBJECT_CLASS (tickets_request_view_parent_class)->finalize (object);
}

static void
tickets_request_view_class_init (TicketsRequestViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tickets_request_view_dispose;
  object_class->finalize = tickets_request_view_finalize;
  object_class->get_property = tickets_request_view_get_property;
  object_class->set_property = tickets_request_view_set_property;

  properties[PROP_REQUEST] =
    g_param_spec_object ("request", NULL, NULL,
                         TICKETS_TYPE_PERSONALIZATION_REQUEST,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[TICKET_ACTIVATED] =
    g_signal_new ("ticket-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, TICKETS_TYPE_TICKET);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Tickets/views/tickets-request-view.ui");
  gtk_widget_class_bind_template_child (widget_class, TicketsRequestView, title_label);
  gtk_widget_class_bind_template_child (widget_class, TicketsRequestView, email_label);
  gtk_widget_class_bind_template_child (widget_class, TicketsRequestView, events_box);
  gtk_widget_class_bind_template_child (widget_class, TicketsRequestView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, TicketsRequestView, done_box);
  gtk_widget_class_bind_template_child (widget_class, TicketsRequestView, done_label);
  gtk_widget_class_bind_template_child (widget_class, TicketsRequestView, list_view);
  gtk_widget_class_bind_template_child (widget_class, TicketsRequestView, empty_page);
  gtk_widget_class_bind_template_callback (widget_class, on_list_view_activate);
}

static void
tickets_request_view_init (TicketsRequestView *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  self->watched_tickets = g_ptr_array_new_with_free_func (g_object_unref);
  self->watched_events = g_ptr_array_new_with_free_func (g_object_unref);

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Not bound as a template child: gtk_widget_dispose_template() would
   * unparent it behind AdwBin's back. */
  self->stack = GTK_STACK (adw_bin_get_child (ADW_BIN (self)));

  g_signal_connect (factory, "setup", G_CALLBACK (on_factory_setup), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_factory_bind), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_factory_unbind), NULL);
  gtk_list_view_set_factory (self->list_view, factory);

  update_summary (self);
  update_page (self);
}
