/* tickets-my-tickets-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tickets-error.h"
#include "tickets-format.h"
#include "tickets-accessible.h"
#include "tickets-my-tickets-view.h"
#include "tickets-my-tickets-view-private.h"
#include "tickets-ticket-list.h"
#include "tickets-ticket-row.h"

/* The list of a fan's tickets gives each ticket in short: no barcode, no
 * holder, no e-ticket link. The view loads each ticket in full once a row
 * shows it, and the store updates the same ticket object in place. */

struct _TicketsMyTicketsView
{
  AdwBin             parent_instance;

  TicketsStore      *store;
  TicketsAuth       *auth;
  TicketsPagedList  *tickets;
  GCancellable      *cancellable;
  /* uid → NULL while its full ticket loads or once it has, or the message of
   * the failure: each ticket is asked for once per list load. */
  GHashTable        *requested;
  /* The items the factory made, unowned: the ones to tell of a failure. */
  GPtrArray         *items;
  guint              load_more_source;

  GtkStack          *stack;
  AdwStatusPage     *error_page;
  GtkScrolledWindow *scrolled_window;
  GtkListView       *list_view;
  GtkWidget         *more_clamp;
  GtkSpinner        *more_spinner;
  GtkLabel          *more_label;
  GtkWidget         *more_retry_button;
};

G_DEFINE_FINAL_TYPE (TicketsMyTicketsView, tickets_my_tickets_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_TICKETS,
  N_PROPS
};

enum {
  OPEN_ETICKET,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* One ticket of the list: its event when the one above has another, the
 * ticket row, and its e-ticket or why there is none. */

#define TICKETS_TYPE_MY_TICKET_ITEM (tickets_my_ticket_item_get_type ())

G_DECLARE_FINAL_TYPE (TicketsMyTicketItem, tickets_my_ticket_item, TICKETS, MY_TICKET_ITEM, GtkWidget)

struct _TicketsMyTicketItem
{
  GtkWidget             parent_instance;

  TicketsMyTicketsView *view;
  TicketsTicket        *ticket;
  gboolean              shows_event;

  GtkWidget            *event_box;
  GtkLabel             *event_title_label;
  GtkLabel             *event_date_label;
  GtkWidget            *row;
  GtkLabel             *eticket_label;
  GtkWidget            *eticket_button;
};

G_DEFINE_FINAL_TYPE (TicketsMyTicketItem, tickets_my_ticket_item, GTK_TYPE_WIDGET)

static char *
explain_missing_eticket (TicketsMyTicketItem *self)
{
  TicketsTicket *ticket = self->ticket;
  GDateTime *fulfillment = tickets_ticket_get_fulfillment_starts_at (ticket);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  if (!tickets_resource_is_present (TICKETS_RESOURCE (ticket), "code"))
    {
      const char *failure = g_hash_table_lookup (self->view->requested,
                                                 tickets_resource_get_uid (TICKETS_RESOURCE (ticket)));

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
tickets_my_ticket_item_update (TicketsMyTicketItem *self)
{
  TicketsEvent *event = self->ticket != NULL ? tickets_ticket_get_event (self->ticket) : NULL;
  const char *uri = self->ticket != NULL ? tickets_ticket_get_eticket_uri (self->ticket) : NULL;
  gboolean has_eticket = uri != NULL && uri[0] != '\0';
  g_autofree char *date = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *button_name = NULL;

  gtk_widget_set_visible (self->event_box, self->shows_event);
  if (self->shows_event)
    {
      const char *title = event != NULL ? tickets_best_text (tickets_event_get_title (event)) : NULL;

      date = event != NULL ? tickets_format_date_time (tickets_event_get_event_start (event)) : NULL;
      tickets_show_label (self->event_title_label, title != NULL ? title : _("Event"));
      tickets_show_label (self->event_date_label, date);
    }

  if (self->ticket == NULL)
    return;

  if (!has_eticket)
    reason = explain_missing_eticket (self);
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

static void
tickets_my_ticket_item_set_ticket (TicketsMyTicketItem *self,
                                   TicketsTicket       *ticket,
                                   gboolean             shows_event)
{
  if (self->ticket != NULL)
    g_signal_handlers_disconnect_by_func (self->ticket, on_item_ticket_notify, self);
  g_set_object (&self->ticket, ticket);
  self->shows_event = shows_event;
  if (ticket != NULL)
    g_signal_connect_object (ticket, "notify", G_CALLBACK (on_item_ticket_notify), self, G_CONNECT_SWAPPED);

  tickets_ticket_row_set_ticket (TICKETS_TICKET_ROW (self->row), ticket);
  tickets_my_ticket_item_update (self);
}

static void
on_eticket_button_clicked (TicketsMyTicketItem *self)
{
  const char *uri = self->ticket != NULL ? tickets_ticket_get_eticket_uri (self->ticket) : NULL;

  if (uri != NULL && uri[0] != '\0')
    g_signal_emit (self->view, signals[OPEN_ETICKET], 0, uri);
}

static void
tickets_my_ticket_item_dispose (GObject *object)
{
  TicketsMyTicketItem *self = TICKETS_MY_TICKET_ITEM (object);
  GtkWidget *child;

  tickets_my_ticket_item_set_ticket (self, NULL, FALSE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (tickets_my_ticket_item_parent_class)->dispose (object);
}

static void
tickets_my_ticket_item_class_init (TicketsMyTicketItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tickets_my_ticket_item_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
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
  gtk_widget_set_margin_start (self->event_box, 12);
  gtk_widget_set_margin_end (self->event_box, 12);
  self->event_title_label = GTK_LABEL (new_wrapping_label ("title-4"));
  self->event_date_label = GTK_LABEL (new_wrapping_label ("dim-label"));
  gtk_box_append (GTK_BOX (self->event_box), GTK_WIDGET (self->event_title_label));
  gtk_box_append (GTK_BOX (self->event_box), GTK_WIDGET (self->event_date_label));
  gtk_widget_set_parent (self->event_box, GTK_WIDGET (self));

  self->row = tickets_ticket_row_new (NULL);
  gtk_widget_set_parent (self->row, GTK_WIDGET (self));

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
  gtk_widget_set_parent (eticket_box, GTK_WIDGET (self));
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

/* The view */

static void
refresh_items_of (TicketsMyTicketsView *self,
                  const char           *uid)
{
  for (guint i = 0; i < self->items->len; i++)
    {
      TicketsMyTicketItem *item = g_ptr_array_index (self->items, i);

      if (item->ticket != NULL && g_strcmp0 (tickets_resource_get_uid (TICKETS_RESOURCE (item->ticket)), uid) == 0)
        tickets_my_ticket_item_update (item);
    }
}

typedef struct
{
  TicketsMyTicketsView *self;
  char                 *uid;
} TicketLoad;

static void
on_ticket_loaded (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  TicketLoad *load = user_data;
  g_autoptr(TicketsTicket) ticket = NULL;
  g_autoptr(GError) error = NULL;

  ticket = tickets_store_load_ticket_finish (TICKETS_STORE (source), result, &error);

  /* Cancelled: the view is gone or loads another list, and load->self with it. */
  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) && error != NULL)
    {
      g_hash_table_replace (load->self->requested, g_strdup (load->uid), g_strdup (error->message));
      refresh_items_of (load->self, load->uid);
    }

  g_free (load->uid);
  g_free (load);
}

/* The store merges the full ticket into the one the list holds, and the
 * rows showing it follow its notify. */
static void
request_details (TicketsMyTicketsView *self,
                 TicketsTicket        *ticket)
{
  const char *uid = tickets_resource_get_uid (TICKETS_RESOURCE (ticket));
  TicketLoad *load;

  if (self->store == NULL || tickets_resource_is_present (TICKETS_RESOURCE (ticket), "code")
      || g_hash_table_contains (self->requested, uid))
    return;

  g_hash_table_insert (self->requested, g_strdup (uid), NULL);
  load = g_new0 (TicketLoad, 1);
  load->self = self;
  load->uid = g_strdup (uid);
  tickets_store_load_ticket_async (self->store, uid, self->auth, self->cancellable, on_ticket_loaded, load);
}

static void
restart_details (TicketsMyTicketsView *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  g_hash_table_remove_all (self->requested);
}

static char *
describe_error (const GError *error)
{
  if (g_error_matches (error, TICKETS_API_ERROR, TICKETS_API_ERROR_UNAUTHORIZED))
    /* Translators: %s is the server's message, such as "The credentials or token you sent are not valid." */
    return g_strdup_printf (_("%s Sign in again to see your tickets."), error->message);

  return g_strdup (error->message);
}

static void
update_page (TicketsMyTicketsView *self)
{
  guint n_items = self->tickets != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->tickets)) : 0;
  const GError *error = self->tickets != NULL ? tickets_paged_list_get_error (self->tickets) : NULL;
  gboolean loading = self->tickets != NULL && tickets_paged_list_get_loading (self->tickets);
  const char *page;

  if (n_items > 0)
    page = "tickets";
  else if (error != NULL && !loading)
    page = "error";
  else if (loading || self->tickets == NULL || tickets_paged_list_get_has_more (self->tickets))
    page = "loading";
  else
    page = "empty";

  if (error != NULL)
    {
      g_autofree char *description = describe_error (error);

      adw_status_page_set_description (self->error_page, description);
      if (n_items > 0)
        tickets_show_label (self->more_label, description);
    }
  else if (loading)
    tickets_show_label (self->more_label, _("Loading more tickets…"));

  gtk_widget_set_visible (self->more_clamp, n_items > 0 && (loading || error != NULL));
  gtk_widget_set_visible (GTK_WIDGET (self->more_spinner), loading);
  gtk_spinner_set_spinning (self->more_spinner, loading);
  gtk_widget_set_visible (self->more_retry_button, error != NULL && !loading);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "my-tickets.reload", self->tickets != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "my-tickets.load-more",
                                 self->tickets != NULL && tickets_paged_list_get_has_more (self->tickets));

  gtk_stack_set_visible_child_name (self->stack, page);
}

static gboolean
load_more_if_near_end (gpointer user_data)
{
  TicketsMyTicketsView *self = user_data;
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scrolled_window);
  double page_size = gtk_adjustment_get_page_size (adjustment);
  double left = gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_value (adjustment) - page_size;

  self->load_more_source = 0;

  /* After a failure the user retries with the button: scrolling must not
   * hammer a server that just refused. Ask while a screenful is left, so
   * that the next page is there before the end. */
  if (self->tickets != NULL && tickets_paged_list_get_error (self->tickets) == NULL
      && page_size > 0 && left < page_size)
    tickets_paged_list_load_more (self->tickets);

  return G_SOURCE_REMOVE;
}

/* The adjustment changes while the list is laid out: look once it is done. */
static void
on_adjustment_changed (TicketsMyTicketsView *self)
{
  if (self->load_more_source == 0 && self->tickets != NULL && tickets_paged_list_get_has_more (self->tickets))
    self->load_more_source = g_idle_add (load_more_if_near_end, self);
}

static void
on_tickets_changed (TicketsMyTicketsView *self)
{
  update_page (self);
  on_adjustment_changed (self);
}

static void
on_factory_setup (TicketsMyTicketsView *self,
                  GtkListItem          *list_item)
{
  TicketsMyTicketItem *item = g_object_new (TICKETS_TYPE_MY_TICKET_ITEM, NULL);

  item->view = self;
  g_ptr_array_add (self->items, item);
  gtk_list_item_set_child (list_item, GTK_WIDGET (item));
}

static void
on_factory_bind (TicketsMyTicketsView *self,
                 GtkListItem          *list_item)
{
  TicketsTicket *ticket = gtk_list_item_get_item (list_item);
  guint position = gtk_list_item_get_position (list_item);
  gboolean shows_event = TRUE;

  /* The list comes grouped by event as the server orders it; a page that
   * starts with the previous page's event goes on under its title. */
  if (position > 0)
    {
      g_autoptr(TicketsTicket) above = g_list_model_get_item (G_LIST_MODEL (self->tickets), position - 1);

      shows_event = above == NULL || tickets_ticket_get_event (above) != tickets_ticket_get_event (ticket);
    }

  tickets_my_ticket_item_set_ticket (TICKETS_MY_TICKET_ITEM (gtk_list_item_get_child (list_item)),
                                     ticket, shows_event);
  request_details (self, ticket);
}

static void
on_factory_unbind (TicketsMyTicketsView *self,
                   GtkListItem          *list_item)
{
  tickets_my_ticket_item_set_ticket (TICKETS_MY_TICKET_ITEM (gtk_list_item_get_child (list_item)), NULL, FALSE);
}

static void
on_factory_teardown (TicketsMyTicketsView *self,
                     GtkListItem          *list_item)
{
  g_ptr_array_remove_fast (self->items, gtk_list_item_get_child (list_item));
}

static void
release_tickets (TicketsMyTicketsView *self)
{
  if (self->tickets != NULL)
    g_signal_handlers_disconnect_by_func (self->tickets, on_tickets_changed, self);
  g_clear_object (&self->tickets);
  g_clear_object (&self->store);
  g_clear_pointer (&self->auth, tickets_auth_unref);
  g_clear_handle_id (&self->load_more_source, g_source_remove);
}

/**
 * tickets_my_tickets_view_set_tickets:
 * @self: a #TicketsMyTicketsView
 * @store: (nullable): the store that loads each ticket in full
 * @tickets: (nullable): a list of #TicketsTicket
 * @auth: (nullable): the auth for those loads; NULL for the client's
 *
 * Shows @tickets, asking for its first page if nobody has yet.
 */
void
tickets_my_tickets_view_set_tickets (TicketsMyTicketsView *self,
                                     TicketsStore         *store,
                                     TicketsPagedList     *tickets,
                                     TicketsAuth          *auth)
{
  g_return_if_fail (TICKETS_IS_MY_TICKETS_VIEW (self));
  g_return_if_fail (store == NULL || TICKETS_IS_STORE (store));
  g_return_if_fail (tickets == NULL || TICKETS_IS_PAGED_LIST (tickets));

  if (self->tickets == tickets && self->store == store)
    return;

  release_tickets (self);
  restart_details (self);

  self->store = store != NULL ? g_object_ref (store) : NULL;
  self->auth = auth != NULL ? tickets_auth_ref (auth) : NULL;
  if (tickets != NULL)
    {
      self->tickets = g_object_ref (tickets);
      g_signal_connect_object (tickets, "items-changed", G_CALLBACK (on_tickets_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (tickets, "notify::loading", G_CALLBACK (on_tickets_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (tickets, "notify::error", G_CALLBACK (on_tickets_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (tickets, "notify::has-more", G_CALLBACK (on_tickets_changed), self, G_CONNECT_SWAPPED);
      if (g_list_model_get_n_items (G_LIST_MODEL (tickets)) == 0 && tickets_paged_list_get_error (tickets) == NULL)
        tickets_paged_list_load_more (tickets);
    }

  tickets_ticket_list_set_tickets (self->list_view, G_LIST_MODEL (self->tickets));
  update_page (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TICKETS]);
}

/**
 * tickets_my_tickets_view_load:
 * @self: a #TicketsMyTicketsView
 * @store: a #TicketsStore
 * @auth: the Cognito-Token auth of the signed-in fan
 *
 * Lists the tickets personalized for the fan, page by page as the user
 * scrolls.
 */
void
tickets_my_tickets_view_load (TicketsMyTicketsView *self,
                              TicketsStore         *store,
                              TicketsAuth          *auth)
{
  g_autoptr(TicketsPagedList) tickets = NULL;

  g_return_if_fail (TICKETS_IS_MY_TICKETS_VIEW (self));
  g_return_if_fail (TICKETS_IS_STORE (store));
  g_return_if_fail (auth != NULL);

  tickets = tickets_store_list_my_tickets (store, auth);
  tickets_my_tickets_view_set_tickets (self, store, tickets, auth);
}

GtkWidget *
tickets_my_tickets_view_new (void)
{
  return g_object_new (TICKETS_TYPE_MY_TICKETS_VIEW, NULL);
}

TicketsPagedList *
tickets_my_tickets_view_get_tickets (TicketsMyTicketsView *self)
{
  g_return_val_if_fail (TICKETS_IS_MY_TICKETS_VIEW (self), NULL);

  return self->tickets;
}

/**
 * tickets_my_tickets_view_reload:
 * @self: a #TicketsMyTicketsView
 *
 * Starts again from the first page, and loads each ticket in full again.
 * The tickets shown stay until the first page arrives.
 */
void
tickets_my_tickets_view_reload (TicketsMyTicketsView *self)
{
  g_return_if_fail (TICKETS_IS_MY_TICKETS_VIEW (self));

  if (self->tickets == NULL)
    return;

  restart_details (self);
  tickets_paged_list_reload (self->tickets);
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  tickets_my_tickets_view_reload (TICKETS_MY_TICKETS_VIEW (widget));
}

static void
load_more_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  TicketsMyTicketsView *self = TICKETS_MY_TICKETS_VIEW (widget);

  if (self->tickets != NULL)
    tickets_paged_list_load_more (self->tickets);
}

const char *
tickets_my_tickets_view_get_page_name (TicketsMyTicketsView *self)
{
  return gtk_stack_get_visible_child_name (self->stack);
}

const char *
tickets_my_tickets_view_get_error_text (TicketsMyTicketsView *self)
{
  return adw_status_page_get_description (self->error_page);
}

GtkListView *
tickets_my_tickets_view_get_list_view (TicketsMyTicketsView *self)
{
  return self->list_view;
}

GtkScrolledWindow *
tickets_my_tickets_view_get_scrolled_window (TicketsMyTicketsView *self)
{
  return self->scrolled_window;
}

GPtrArray *
tickets_my_tickets_view_dup_items (TicketsMyTicketsView *self)
{
  GPtrArray *items = g_ptr_array_new ();

  for (guint i = 0; i < self->items->len; i++)
    {
      TicketsMyTicketItem *item = g_ptr_array_index (self->items, i);

      if (item->ticket != NULL && gtk_widget_get_mapped (GTK_WIDGET (item)))
        g_ptr_array_add (items, item);
    }

  return items;
}

static void
tickets_my_tickets_view_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  TicketsMyTicketsView *self = TICKETS_MY_TICKETS_VIEW (object);

  switch (prop_id)
    {
    case PROP_TICKETS:
      g_value_set_object (value, self->tickets);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_my_tickets_view_dispose (GObject *object)
{
  TicketsMyTicketsView *self = TICKETS_MY_TICKETS_VIEW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  release_tickets (self);

  gtk_widget_dispose_template (GTK_WIDGET (object), TICKETS_TYPE_MY_TICKETS_VIEW);

  G_OBJECT_CLASS (tickets_my_tickets_view_parent_class)->dispose (object);
}

static void
tickets_my_tickets_view_finalize (GObject *object)
{
  TicketsMyTicketsView *self = TICKETS_MY_TICKETS_VIEW (object);

  g_hash_table_unref (self->requested);
  g_ptr_array_unref (self->items);

  G_OBJECT_CLASS (tickets_my_tickets_view_parent_class)->finalize (object);
}

static void
tickets_my_tickets_view_class_init (TicketsMyTicketsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tickets_my_tickets_view_dispose;
  object_class->finalize = tickets_my_tickets_view_finalize;
  object_class->get_property = tickets_my_tickets_view_get_property;

  properties[PROP_TICKETS] =
    g_param_spec_object ("tickets", NULL, NULL,
                         TICKETS_TYPE_PAGED_LIST,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  tickets_ticket_list_install_signal (widget_class);

  signals[OPEN_ETICKET] =
    g_signal_new ("open-eticket",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Tickets/views/tickets-my-tickets-view.ui");
  gtk_widget_class_bind_template_child (widget_class, TicketsMyTicketsView, error_page);
  gtk_widget_class_bind_template_child (widget_class, TicketsMyTicketsView, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, TicketsMyTicketsView, list_view);
  gtk_widget_class_bind_template_child (widget_class, TicketsMyTicketsView, more_clamp);
  gtk_widget_class_bind_template_child (widget_class, TicketsMyTicketsView, more_spinner);
  gtk_widget_class_bind_template_child (widget_class, TicketsMyTicketsView, more_label);
  gtk_widget_class_bind_template_child (widget_class, TicketsMyTicketsView, more_retry_button);

  gtk_widget_class_install_action (widget_class, "my-tickets.reload", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "my-tickets.load-more", NULL, load_more_action);
}

static void
tickets_my_tickets_view_init (TicketsMyTicketsView *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  self->requested = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->items = g_ptr_array_new ();
  self->cancellable = g_cancellable_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Not bound as a template child: gtk_widget_dispose_template() would
   * unparent it behind AdwBin's back. */
  self->stack = GTK_STACK (adw_bin_get_child (ADW_BIN (self)));

  g_signal_connect_object (factory, "setup", G_CALLBACK (on_factory_setup), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (factory, "bind", G_CALLBACK (on_factory_bind), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (on_factory_unbind), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (factory, "teardown", G_CALLBACK (on_factory_teardown), self, G_CONNECT_SWAPPED);
  tickets_ticket_list_set_up (self->list_view, factory, GTK_WIDGET (self));

  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (self->scrolled_window), "changed",
                           G_CALLBACK (on_adjustment_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (self->scrolled_window), "value-changed",
                           G_CALLBACK (on_adjustment_changed), self, G_CONNECT_SWAPPED);

  update_page (self);
}
