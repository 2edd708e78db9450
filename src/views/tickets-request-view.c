/* tickets-request-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tickets-event-header.h"
#include "tickets-format.h"
#include "tickets-offline-line.h"
#include "tickets-request-view.h"
#include "tickets-request-view-private.h"
#include "tickets-ticket-list.h"

/* The friend's side of a personalization request. It looks and behaves like
 * the order view, but shows only what the request hands out: its tickets,
 * never the rest of the order. */

struct _TicketsRequestView
{
  AdwBin                         parent_instance;

  TicketsPersonalizationRequest *request;
  GListModel                    *tickets;
  /* Tickets whose notify the header follows: the list model only says when
   * tickets come and go, not when one of them changes. */
  GPtrArray                     *watched_tickets;

  GtkStack                      *stack;
  GtkLabel                      *title_label;
  GtkLabel                      *email_label;
  GtkLabel                      *asked_label;
  TicketsEventHeader            *event_header;
  GtkWidget                     *products_box;
  GtkLabel                      *untold_label;
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

static GParamSpec *properties[N_PROPS];

/* What the header shows of each ticket. */
static const char * const watched_signals[] = { "notify::personalization-state", "notify::event",
                                                "notify::product", NULL };

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

  tickets_show_label (self->title_label,
                      self->request == NULL ? NULL :
                      done ? _("All names were given") : _("You were asked to name these tickets"));

  if (done || n_items == 0)
    text = NULL;
  else if (needing > 0)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         /* Translators: %1$u tickets of the request's %2$u can and must still be given a holder's name. */
                                         "%1$u ticket of %2$u still needs a name",
                                         "%1$u tickets of %2$u still need a name",
                                         needing),
                            needing, n_items);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u ticket", "%u tickets", n_items), n_items);

  tickets_show_label (self->summary_label, text);
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

  tickets_show_label (self->email_label, text);
}

/* When the friend was asked; the request says no more of who asked. */
static void
update_asked (TicketsRequestView *self)
{
  GDateTime *created_at = self->request != NULL ? tickets_personalization_request_get_created_at (self->request) : NULL;
  g_autofree char *when = NULL;
  g_autofree char *text = NULL;

  if (created_at != NULL)
    {
      when = tickets_format_date_time (created_at);
      /* Translators: %s is the date and time a friend was asked to name tickets. */
      text = g_strdup_printf (_("Asked on %s"), when);
    }

  tickets_show_label (self->asked_label, text);
}

static char *
describe_product (TicketsProduct *product,
                  guint           n_tickets)
{
  const char *name = tickets_best_text (tickets_product_get_name (product));
  const char *subtitle = tickets_best_text (tickets_product_get_subtitle (product));
  const char *information = tickets_best_text (tickets_product_get_additional_information (product));
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) parts = NULL;
  g_autofree char *details = NULL;
  g_autofree char *counted = NULL;

  if (subtitle != NULL && subtitle[0] != '\0')
    g_strv_builder_add (builder, subtitle);
  if (information != NULL && information[0] != '\0')
    g_strv_builder_add (builder, information);
  parts = g_strv_builder_end (builder);
  /* The rows already give each ticket's product name: only what they
   * leave out is worth a line. */
  if (parts[0] == NULL)
    return NULL;

  details = g_strjoinv (" · ", parts);
  if (name == NULL)
    name = _("Ticket");
  if (n_tickets > 1)
    /* Translators: a number of tickets of one product, as in "2 × Weekend ticket". */
    counted = g_strdup_printf (_("%1$u × %2$s"), n_tickets, name);

  /* Translators: a product of a request and what the server says of it, as in
   * "Weekend ticket: Friday to Sunday · Camping not included." */
  return g_strdup_printf (_("%1$s: %2$s"), counted != NULL ? counted : name, details);
}

/* The request's products, each once, in the order of their first ticket;
 * and whether any ticket's event is known. Text from the server: labels
 * take it as text, never markup. */
static void
update_context (TicketsRequestView *self)
{
  g_autoptr(GPtrArray) products = g_ptr_array_new ();
  g_autoptr(GArray) counts = g_array_new (FALSE, TRUE, sizeof (guint));
  guint n_items = self->tickets != NULL ? g_list_model_get_n_items (self->tickets) : 0;
  gboolean event_known = FALSE;
  GtkWidget *child;

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(TicketsTicket) ticket = g_list_model_get_item (self->tickets, i);
      TicketsProduct *product = tickets_ticket_get_product (ticket);
      guint index;

      event_known |= tickets_ticket_get_event (ticket) != NULL;
      if (product == NULL)
        continue;
      if (g_ptr_array_find (products, product, &index))
        g_array_index (counts, guint, index)++;
      else
        {
          guint one = 1;

          g_ptr_array_add (products, product);
          g_array_append_val (counts, one);
        }
    }

  while ((child = gtk_widget_get_first_child (self->products_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->products_box), child);
  for (guint i = 0; i < products->len; i++)
    {
      g_autofree char *text = describe_product (products->pdata[i], g_array_index (counts, guint, i));
      GtkWidget *label;

      if (text == NULL)
        continue;

      label = gtk_label_new (text);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_box_append (GTK_BOX (self->products_box), label);
    }
  gtk_widget_set_visible (self->products_box, gtk_widget_get_first_child (self->products_box) != NULL);

  /* A request names the friend, the tickets and their products, and links
   * to the buyer's order, which its token cannot read: who asked is never
   * known, the event only when the store has it from elsewhere. */
  if (self->request == NULL)
    tickets_show_label (self->untold_label, NULL);
  else if (event_known)
    tickets_show_label (self->untold_label, _("The request does not say who asked you."));
  else
    tickets_show_label (self->untold_label,
                        _("The request does not say who asked you, nor which event the tickets are for."));
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
    {
      tickets_event_header_update (self->event_header);
      update_context (self);
    }
  else if (g_strcmp0 (pspec->name, "product") == 0)
    update_context (self);
  else
    update_summary (self);
}

static void
on_tickets_items_changed (TicketsRequestView *self)
{
  tickets_ticket_list_watch (self->watched_tickets, self->tickets, watched_signals,
                             G_CALLBACK (on_ticket_notify), self);
  update_context (self);
  update_summary (self);
  update_page (self);
}

static void
on_request_notify (TicketsRequestView *self)
{
  update_email (self);
  update_asked (self);
  update_summary (self);
  update_page (self);
}

static void
release_request (TicketsRequestView *self)
{
  tickets_ticket_list_unwatch (self->watched_tickets, G_CALLBACK (on_ticket_notify), self);
  tickets_event_header_set_tickets (self->event_header, NULL);
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
      g_signal_connect_object (request, "notify::created-at", G_CALLBACK (on_request_notify), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->tickets, "items-changed", G_CALLBACK (on_tickets_items_changed), self, G_CONNECT_SWAPPED);
      /* A request token may not read events: the header shows those the
       * store knows from elsewhere (the buyer's own order, say). */
      tickets_event_header_set_tickets (self->event_header, self->tickets);
    }

  tickets_ticket_list_set_tickets (self->list_view, self->tickets);

  update_email (self);
  update_asked (self);
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

  tickets_ticket_list_install_signal (widget_class);

  g_type_ensure (TICKETS_TYPE_EVENT_HEADER);
  g_type_ensure (TICKETS_TYPE_OFFLINE_LINE);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Tickets/views/tickets-request-view.ui");
  gtk_widget_class_bind_template_child (widget_class, TicketsRequestView, title_label);
  gtk_widget_class_bind_template_child (widget_class, TicketsRequestView, email_label);
  gtk_widget_class_bind_template_child (widget_class, TicketsRequestView, asked_label);
  gtk_widget_class_bind_template_child (widget_class, TicketsRequestView, event_header);
  gtk_widget_class_bind_template_child (widget_class, TicketsRequestView, products_box);
  gtk_widget_class_bind_template_child (widget_class, TicketsRequestView, untold_label);
  gtk_widget_class_bind_template_child (widget_class, TicketsRequestView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, TicketsRequestView, done_box);
  gtk_widget_class_bind_template_child (widget_class, TicketsRequestView, done_label);
  gtk_widget_class_bind_template_child (widget_class, TicketsRequestView, list_view);
  gtk_widget_class_bind_template_child (widget_class, TicketsRequestView, empty_page);
}

static void
tickets_request_view_init (TicketsRequestView *self)
{
  self->watched_tickets = g_ptr_array_new_with_free_func (g_object_unref);

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Not bound as a template child: gtk_widget_dispose_template() would
   * unparent it behind AdwBin's back. */
  self->stack = GTK_STACK (adw_bin_get_child (ADW_BIN (self)));

  tickets_ticket_list_set_up (self->list_view, NULL, GTK_WIDGET (self));

  /* Labels without text hide: GTK would read an empty one by its type. */
  update_email (self);
  update_asked (self);
  update_context (self);
  update_summary (self);
  update_page (self);
}
