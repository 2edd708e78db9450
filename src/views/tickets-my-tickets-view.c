/* tickets-my-tickets-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tickets-error.h"
#include "tickets-format.h"
#include "tickets-offline-line.h"
#include "tickets-my-ticket-details.h"
#include "tickets-my-ticket-item.h"
#include "tickets-my-tickets-view.h"
#include "tickets-my-tickets-view-private.h"
#include "tickets-ticket-list.h"

/* The list of a fan's tickets gives each ticket in short: no barcode, no
 * holder, no e-ticket link. The view loads each ticket in full once a row
 * shows it, and the store updates the same ticket object in place. */

struct _TicketsMyTicketsView
{
  AdwBin             parent_instance;

  /* Its store and auth, read at each load, load each ticket in full. */
  TicketsSession    *session;
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

  /* The first row takes the focus once it is made. */
  gboolean            focus_first;
  /* Shows a ticket while its details are on show; none while the list is. */
  TicketsMyTicketDetails *details;
};

G_DEFINE_FINAL_TYPE (TicketsMyTicketsView, tickets_my_tickets_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_TICKETS,
  PROP_SHOWING_DETAILS,
  N_PROPS
};

enum {
  OPEN_ETICKET,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The view */

/* The ticket whose details show, NULL while the list shows. */
static TicketsTicket *
get_shown (TicketsMyTicketsView *self)
{
  return self->details != NULL ? tickets_my_ticket_details_get_ticket (self->details) : NULL;
}

static void
refresh_items_of (TicketsMyTicketsView *self,
                  const char           *uid)
{
  for (guint i = 0; i < self->items->len; i++)
    {
      TicketsMyTicketItem *item = g_ptr_array_index (self->items, i);
      TicketsTicket *ticket = tickets_my_ticket_item_get_ticket (GTK_WIDGET (item));

      if (ticket != NULL && g_strcmp0 (tickets_resource_get_uid (TICKETS_RESOURCE (ticket)), uid) == 0)
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

  if (self->session == NULL || tickets_session_get_store (self->session) == NULL
      || tickets_resource_is_present (TICKETS_RESOURCE (ticket), "code")
      || g_hash_table_contains (self->requested, uid))
    return;

  g_hash_table_insert (self->requested, g_strdup (uid), NULL);
  load = g_new0 (TicketLoad, 1);
  load->self = self;
  load->uid = g_strdup (uid);
  tickets_store_load_ticket_async (tickets_session_get_store (self->session), uid, tickets_session_get_auth (self->session),
                                   self->cancellable, on_ticket_loaded, load);
}

static void
restart_details (TicketsMyTicketsView *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  g_hash_table_remove_all (self->requested);
}

/* The description is markup; the message is the server's text. */
static char *
describe_error (const GError *error)
{
  g_autofree char *message = tickets_format_error_markup (error);

  if (g_error_matches (error, TICKETS_API_ERROR, TICKETS_API_ERROR_UNAUTHORIZED))
    /* Translators: %s is the server's message, such as "The credentials or token you sent are not valid." */
    return g_strdup_printf (_("%s Sign in again to see your tickets."), message);

  return g_steal_pointer (&message);
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

  /* The list going on loading leaves the details shown alone. */
  if (get_shown (self) != NULL)
    page = "details";

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



/* An item's button and the details' button open an e-ticket alike. */
static void
on_open_eticket (TicketsMyTicketsView *self,
                 const char           *uri)
{
  g_signal_emit (self, signals[OPEN_ETICKET], 0, uri);
}

static void
on_factory_setup (TicketsMyTicketsView *self,
                  GtkListItem          *list_item)
{
  GtkWidget *item = tickets_my_ticket_item_new (list_item, self->requested);

  g_signal_connect_object (item, "open-eticket", G_CALLBACK (on_open_eticket), self, G_CONNECT_SWAPPED);
  g_ptr_array_add (self->items, item);
  gtk_list_item_set_child (list_item, item);
}

static gboolean
same_event_at (TicketsMyTicketsView *self,
               TicketsTicket        *ticket,
               guint                 position)
{
  g_autoptr(TicketsTicket) other = NULL;

  if (self->tickets == NULL || position >= g_list_model_get_n_items (G_LIST_MODEL (self->tickets)))
    return FALSE;

  other = g_list_model_get_item (G_LIST_MODEL (self->tickets), position);

  return tickets_ticket_get_event (other) == tickets_ticket_get_event (ticket);
}

/* The list comes grouped by event as the server orders it; a page that
 * starts with the previous page's event goes on under its title, in the
 * same card. */
static void
bind_item (TicketsMyTicketsView *self,
           TicketsMyTicketItem  *item)
{
  GtkListItem *list_item = tickets_my_ticket_item_get_list_item (GTK_WIDGET (item));
  TicketsTicket *ticket = gtk_list_item_get_item (list_item);
  guint position = gtk_list_item_get_position (list_item);

  if (ticket == NULL)
    return;

  tickets_my_ticket_item_set_ticket (item, ticket,
                                     position == 0 || !same_event_at (self, ticket, position - 1),
                                     !same_event_at (self, ticket, position + 1));
}

static void
on_factory_bind (TicketsMyTicketsView *self,
                 GtkListItem          *list_item)
{
  TicketsMyTicketItem *item = TICKETS_MY_TICKET_ITEM (gtk_list_item_get_child (list_item));

  bind_item (self, item);
  request_details (self, gtk_list_item_get_item (list_item));

  if (self->focus_first && gtk_list_item_get_position (list_item) == 0)
    {
      self->focus_first = FALSE;
      gtk_widget_grab_focus (tickets_my_ticket_item_get_row (GTK_WIDGET (item)));
    }
}

static void
on_factory_unbind (TicketsMyTicketsView *self,
                   GtkListItem          *list_item)
{
  tickets_my_ticket_item_set_ticket (TICKETS_MY_TICKET_ITEM (gtk_list_item_get_child (list_item)),
                                     NULL, FALSE, FALSE);
}

/* A new page can go on with the last event: the item that ended its card
 * no longer does. Items keep their binding as the list grows. */
static void
rebind_items (TicketsMyTicketsView *self)
{
  for (guint i = 0; i < self->items->len; i++)
    {
      TicketsMyTicketItem *item = g_ptr_array_index (self->items, i);

      if (tickets_my_ticket_item_get_ticket (GTK_WIDGET (item)) != NULL)
        bind_item (self, item);
    }
}

static void
on_factory_teardown (TicketsMyTicketsView *self,
                     GtkListItem          *list_item)
{
  g_ptr_array_remove_fast (self->items, gtk_list_item_get_child (list_item));
}

static void
on_tickets_items_changed (TicketsMyTicketsView *self)
{
  rebind_items (self);
  on_tickets_changed (self);
}

static void
release_tickets (TicketsMyTicketsView *self)
{
  if (self->tickets != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->tickets, on_tickets_changed, self);
      g_signal_handlers_disconnect_by_func (self->tickets, on_tickets_items_changed, self);
    }
  g_clear_object (&self->tickets);
  g_clear_object (&self->session);
  g_clear_handle_id (&self->load_more_source, g_source_remove);
}

static void
set_shown (TicketsMyTicketsView *self,
           TicketsTicket        *ticket)
{
  gboolean was_showing = get_shown (self) != NULL;

  tickets_my_ticket_details_set_ticket (self->details, ticket);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "my-tickets.back", ticket != NULL);
  update_page (self);

  if (was_showing != (ticket != NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOWING_DETAILS]);
}

/**
 * tickets_my_tickets_view_show_details:
 * @self: a #TicketsMyTicketsView
 * @ticket: one of the view's tickets
 *
 * Shows the ticket's event, what it is, its holder and its e-ticket, the
 * keyboard focus on them.
 */
void
tickets_my_tickets_view_show_details (TicketsMyTicketsView *self,
                                      TicketsTicket        *ticket)
{
  g_return_if_fail (TICKETS_IS_MY_TICKETS_VIEW (self));
  g_return_if_fail (TICKETS_IS_TICKET (ticket));

  set_shown (self, ticket);
  request_details (self, ticket);
  /* The row that had the focus is gone: keyboard users land on the
   * details, and the header bar's Back (or Escape) leads back. */
  gtk_widget_grab_focus (GTK_WIDGET (self->details));
}

/**
 * tickets_my_tickets_view_focus_tickets:
 * @self: a #TicketsMyTicketsView
 *
 * Moves the keyboard focus to the first ticket, so that Enter opens it;
 * once the list has made its row, if it has not yet.
 */
void
tickets_my_tickets_view_focus_tickets (TicketsMyTicketsView *self)
{
  g_return_if_fail (TICKETS_IS_MY_TICKETS_VIEW (self));

  for (guint i = 0; i < self->items->len; i++)
    {
      TicketsMyTicketItem *item = g_ptr_array_index (self->items, i);

      if (tickets_my_ticket_item_get_ticket (GTK_WIDGET (item)) != NULL
          && gtk_list_item_get_position (tickets_my_ticket_item_get_list_item (GTK_WIDGET (item))) == 0)
        {
          gtk_widget_grab_focus (tickets_my_ticket_item_get_row (GTK_WIDGET (item)));
          return;
        }
    }

  self->focus_first = TRUE;
}

/**
 * tickets_my_tickets_view_show_list:
 * @self: a #TicketsMyTicketsView
 *
 * Goes back from a ticket's details to the list, onto its row.
 */
void
tickets_my_tickets_view_show_list (TicketsMyTicketsView *self)
{
  g_autoptr(TicketsTicket) ticket = NULL;

  g_return_if_fail (TICKETS_IS_MY_TICKETS_VIEW (self));

  if (get_shown (self) == NULL)
    return;

  ticket = g_object_ref (get_shown (self));
  set_shown (self, NULL);

  for (guint i = 0; i < self->items->len; i++)
    {
      TicketsMyTicketItem *item = g_ptr_array_index (self->items, i);

      if (tickets_my_ticket_item_get_ticket (GTK_WIDGET (item)) == ticket)
        {
          gtk_widget_grab_focus (tickets_my_ticket_item_get_row (GTK_WIDGET (item)));
          return;
        }
    }
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

gboolean
tickets_my_tickets_view_get_showing_details (TicketsMyTicketsView *self)
{
  g_return_val_if_fail (TICKETS_IS_MY_TICKETS_VIEW (self), FALSE);

  return get_shown (self) != NULL;
}

/* A click or Enter on a row. */
static void
on_list_view_activate (TicketsMyTicketsView *self,
                       guint                 position)
{
  g_autoptr(TicketsTicket) ticket = NULL;

  if (self->tickets != NULL)
    ticket = g_list_model_get_item (G_LIST_MODEL (self->tickets), position);
  if (ticket != NULL)
    tickets_my_tickets_view_show_details (self, ticket);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  tickets_my_tickets_view_show_list (TICKETS_MY_TICKETS_VIEW (widget));
}

/**
 * tickets_my_tickets_view_set_tickets:
 * @self: a #TicketsMyTicketsView
 * @session: (nullable): the session whose store loads each ticket in full,
 *   with its auth (none: the client's)
 * @tickets: (nullable): a list of #TicketsTicket
 *
 * Shows @tickets, asking for its first page if nobody has yet.
 */
void
tickets_my_tickets_view_set_tickets (TicketsMyTicketsView *self,
                                     TicketsSession       *session,
                                     TicketsPagedList     *tickets)
{
  g_return_if_fail (TICKETS_IS_MY_TICKETS_VIEW (self));
  g_return_if_fail (session == NULL || TICKETS_IS_SESSION (session));
  g_return_if_fail (tickets == NULL || TICKETS_IS_PAGED_LIST (tickets));

  if (self->tickets == tickets && self->session == session)
    return;

  set_shown (self, NULL);
  release_tickets (self);
  restart_details (self);

  self->session = session != NULL ? g_object_ref (session) : NULL;
  if (tickets != NULL)
    {
      self->tickets = g_object_ref (tickets);
      g_signal_connect_object (tickets, "items-changed", G_CALLBACK (on_tickets_items_changed), self, G_CONNECT_SWAPPED);
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
 * @session: a #TicketsSession with a store, whose auth is the Cognito-Token
 *   auth of the signed-in fan
 *
 * Lists the tickets personalized for the fan, page by page as the user
 * scrolls.
 */
void
tickets_my_tickets_view_load (TicketsMyTicketsView *self,
                              TicketsSession       *session)
{
  g_autoptr(TicketsPagedList) tickets = NULL;

  g_return_if_fail (TICKETS_IS_MY_TICKETS_VIEW (self));
  g_return_if_fail (TICKETS_IS_SESSION (session));
  g_return_if_fail (TICKETS_IS_STORE (tickets_session_get_store (session)));
  g_return_if_fail (tickets_session_get_auth (session) != NULL);

  tickets = tickets_store_list_my_tickets (tickets_session_get_store (session), tickets_session_get_auth (session));
  tickets_my_tickets_view_set_tickets (self, session, tickets);
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

TicketsMyTicketDetails *
tickets_my_tickets_view_get_details (TicketsMyTicketsView *self)
{
  return self->details;
}

GPtrArray *
tickets_my_tickets_view_dup_items (TicketsMyTicketsView *self)
{
  GPtrArray *items = g_ptr_array_new ();

  for (guint i = 0; i < self->items->len; i++)
    {
      TicketsMyTicketItem *item = g_ptr_array_index (self->items, i);

      if (tickets_my_ticket_item_get_ticket (GTK_WIDGET (item)) != NULL && gtk_widget_get_mapped (GTK_WIDGET (item)))
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

    case PROP_SHOWING_DETAILS:
      g_value_set_boolean (value, get_shown (self) != NULL);
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

  properties[PROP_SHOWING_DETAILS] =
    g_param_spec_boolean ("showing-details", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  tickets_ticket_list_install_signal (widget_class);

  signals[OPEN_ETICKET] =
    g_signal_new ("open-eticket",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  g_type_ensure (TICKETS_TYPE_MY_TICKET_DETAILS);
  g_type_ensure (TICKETS_TYPE_OFFLINE_LINE);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Tickets/views/tickets-my-tickets-view.ui");
  gtk_widget_class_bind_template_child (widget_class, TicketsMyTicketsView, error_page);
  gtk_widget_class_bind_template_child (widget_class, TicketsMyTicketsView, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, TicketsMyTicketsView, list_view);
  gtk_widget_class_bind_template_child (widget_class, TicketsMyTicketsView, more_clamp);
  gtk_widget_class_bind_template_child (widget_class, TicketsMyTicketsView, more_spinner);
  gtk_widget_class_bind_template_child (widget_class, TicketsMyTicketsView, more_label);
  gtk_widget_class_bind_template_child (widget_class, TicketsMyTicketsView, more_retry_button);
  gtk_widget_class_bind_template_child (widget_class, TicketsMyTicketsView, details);
  gtk_widget_class_bind_template_callback (widget_class, on_open_eticket);

  gtk_widget_class_install_action (widget_class, "my-tickets.reload", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "my-tickets.load-more", NULL, load_more_action);
  gtk_widget_class_install_action (widget_class, "my-tickets.back", NULL, back_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "my-tickets.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "my-tickets.back", NULL);
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
  g_signal_connect_object (self->list_view, "activate", G_CALLBACK (on_list_view_activate), self, G_CONNECT_SWAPPED);
  tickets_my_ticket_details_set_failures (self->details, self->requested);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "my-tickets.back", FALSE);

  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (self->scrolled_window), "changed",
                           G_CALLBACK (on_adjustment_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (self->scrolled_window), "value-changed",
                           G_CALLBACK (on_adjustment_changed), self, G_CONNECT_SWAPPED);

  update_page (self);
}
