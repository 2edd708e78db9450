/* tickets-opener.c
 *
 * What a sign-in or a link opens: an order, a friend's request, or the box
 * office's check of a staff sign-in. The opener loads it through the
 * session's store, with the session's auth, keeps it and says by signals
 * how it went; which page shows it is the window's business.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tickets-error.h"
#include "tickets-opener.h"

struct _TicketsOpener
{
  GObject                        parent_instance;

  /* Store and auth are read from it at each load, never kept apart. */
  TicketsSession                *session;
  /* Restarted by each load: a new one, or Cancel, silences the last. */
  GCancellable                  *cancellable;

  /* What is open: its URI (what Try Again loads) and, once loaded, itself. */
  char                          *order_uri;
  char                          *request_uri;
  TicketsOrder                  *order;
  TicketsPersonalizationRequest *request;
  /* How the last load failed: tried again when the network is back. */
  GError                        *error;
  /* The fan's tickets, while their first page is on its way. */
  TicketsPagedList              *my_tickets;
  /* The session makes a new store when the server changes. */
  TicketsStore                  *watched_store;
};

G_DEFINE_FINAL_TYPE (TicketsOpener, tickets_opener, G_TYPE_OBJECT)

enum {
  LOADING,
  ORDER_LOADED,
  REQUESTS_LOADED,
  ORDER_UPDATED,
  ORDER_FORGOTTEN,
  REQUEST_LOADED,
  STAFF_CHECKED,
  MY_TICKETS_LOADED,
  RECONNECTING,
  FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void on_my_tickets_loading (TicketsOpener *self);

static void
stop_watching_my_tickets (TicketsOpener *self)
{
  if (self->my_tickets != NULL)
    g_signal_handlers_disconnect_by_func (self->my_tickets, on_my_tickets_loading, self);
  g_clear_object (&self->my_tickets);
}

static void
restart_cancellable (TicketsOpener *self)
{
  stop_watching_my_tickets (self);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
}

static void
start_loading (TicketsOpener *self,
               const char    *title)
{
  restart_cancellable (self);
  g_clear_error (&self->error);
  if (title != NULL)
    g_signal_emit (self, signals[LOADING], 0, title);
}

/* The client already tried again: what is left is Try Again, and the
 * network coming back. */
static void
fail (TicketsOpener *self,
      const char    *title,
      const GError  *error)
{
  g_clear_error (&self->error);
  self->error = g_error_copy (error);
  g_signal_emit (self, signals[FAILED], 0, title, self->error);
}

static void
on_etickets_uri (TicketsOpener *self)
{
  g_signal_emit (self, signals[ORDER_UPDATED], 0);
}

static void load_requests (TicketsOpener *self,
                           TicketsOrder  *order);

/* The cache's copy of a big order holds its first tickets only, and no
 * request could be read while the server was away: once the server's
 * answer is in, the friends asked are looked up for all of them. */
static void
on_order_cached_at (TicketsOpener *self,
                    GParamSpec    *pspec,
                    TicketsOrder  *order)
{
  if (tickets_resource_get_cached_at (TICKETS_RESOURCE (order)) == 0)
    load_requests (self, order);
}

static void
set_order (TicketsOpener *self,
           TicketsOrder  *order)
{
  if (self->order == order)
    return;

  if (self->order != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->order, on_etickets_uri, self);
      g_signal_handlers_disconnect_by_func (self->order, on_order_cached_at, self);
    }
  g_set_object (&self->order, order);
  if (order != NULL)
    {
      g_signal_connect_object (order, "notify::etickets-uri", G_CALLBACK (on_etickets_uri), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (order, "notify::cached-at", G_CALLBACK (on_order_cached_at), self, G_CONNECT_SWAPPED);
    }
}

/* A request that cannot be read leaves its tickets saying "Needs a name",
 * which is still true: nothing more to tell. */
static void
on_requests_loaded (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(TicketsOpener) self = user_data;

  if (tickets_store_load_requests_finish (TICKETS_STORE (source), result, NULL))
    g_signal_emit (self, signals[REQUESTS_LOADED], 0);
}

static void
on_order_loaded (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(TicketsOpener) self = user_data;
  g_autoptr(TicketsOrder) order = NULL;
  g_autoptr(GError) error = NULL;

  order = tickets_store_load_order_finish (TICKETS_STORE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (order == NULL)
    {
      fail (self, _("The Order Could Not Be Opened"), error);
      return;
    }

  set_order (self, order);
  g_signal_emit (self, signals[ORDER_LOADED], 0, order);
  load_requests (self, order);
}

/* Which friends were asked and when: the rows say so once known. */
static void
load_requests (TicketsOpener *self,
               TicketsOrder  *order)
{
  tickets_store_load_requests_async (tickets_session_get_store (self->session), tickets_order_get_tickets (order),
                                     tickets_session_get_auth (self->session), self->cancellable,
                                     on_requests_loaded, g_object_ref (self));
}

static void
load_order (TicketsOpener *self)
{
  start_loading (self, _("Opening the Order…"));
  tickets_store_load_order_async (tickets_session_get_store (self->session), self->order_uri,
                                  tickets_session_get_auth (self->session), self->cancellable,
                                  on_order_loaded, g_object_ref (self));
}

void
tickets_opener_open_order (TicketsOpener *self,
                           const char    *order)
{
  g_return_if_fail (TICKETS_IS_OPENER (self));
  g_return_if_fail (order != NULL);

  g_free (self->order_uri);
  self->order_uri = g_strdup (order);
  load_order (self);
}

static void
on_request_loaded (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(TicketsOpener) self = user_data;
  g_autoptr(TicketsPersonalizationRequest) request = NULL;
  g_autoptr(GError) error = NULL;

  request = tickets_store_load_personalization_request_finish (TICKETS_STORE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (request == NULL)
    {
      fail (self, _("The Request Could Not Be Opened"), error);
      return;
    }

  g_set_object (&self->request, request);
  g_signal_emit (self, signals[REQUEST_LOADED], 0, request);
}

static void
load_request (TicketsOpener *self)
{
  start_loading (self, _("Opening the Request…"));
  tickets_store_load_personalization_request_async (tickets_session_get_store (self->session), self->request_uri,
                                                    tickets_session_get_auth (self->session), self->cancellable,
                                                    on_request_loaded, g_object_ref (self));
}

void
tickets_opener_open_request (TicketsOpener *self,
                             const char    *request)
{
  g_return_if_fail (TICKETS_IS_OPENER (self));
  g_return_if_fail (request != NULL);

  g_free (self->request_uri);
  self->request_uri = g_strdup (request);
  load_request (self);
}

static void
on_staff_checked (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(TicketsOpener) self = user_data;
  g_autoptr(GError) error = NULL;

  if (tickets_store_check_sign_in_finish (TICKETS_STORE (source), result, &error))
    g_signal_emit (self, signals[STAFF_CHECKED], 0);
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    fail (self, _("The Box Office Could Not Be Opened"), error);
}

/* The welcome shows the check as its own busy state: no "loading". */
void
tickets_opener_check_staff (TicketsOpener *self)
{
  g_return_if_fail (TICKETS_IS_OPENER (self));

  start_loading (self, NULL);
  tickets_store_check_sign_in_async (tickets_session_get_store (self->session),
                                     tickets_session_get_auth (self->session), self->cancellable,
                                     on_staff_checked, g_object_ref (self));
}

/* My tickets load a page at a time in their own view; the opener only
 * learns whether the first page came. */
static void
on_my_tickets_loading (TicketsOpener *self)
{
  g_autoptr(TicketsPagedList) tickets = NULL;
  const GError *error;

  if (tickets_paged_list_get_loading (self->my_tickets))
    return;

  tickets = g_object_ref (self->my_tickets);
  stop_watching_my_tickets (self);
  error = tickets_paged_list_get_error (tickets);
  if (error != NULL && g_list_model_get_n_items (G_LIST_MODEL (tickets)) == 0)
    fail (self, _("Your Tickets Could Not Be Loaded"), error);
  else
    g_signal_emit (self, signals[MY_TICKETS_LOADED], 0);
}

void
tickets_opener_open_my_tickets (TicketsOpener    *self,
                                TicketsPagedList *tickets)
{
  g_return_if_fail (TICKETS_IS_OPENER (self));
  g_return_if_fail (TICKETS_IS_PAGED_LIST (tickets));

  start_loading (self, _("Opening Your Tickets…"));
  self->my_tickets = g_object_ref (tickets);
  g_signal_connect_object (tickets, "notify::loading", G_CALLBACK (on_my_tickets_loading), self, G_CONNECT_SWAPPED);
  on_my_tickets_loading (self);
}

gboolean
tickets_opener_reload (TicketsOpener *self)
{
  g_return_val_if_fail (TICKETS_IS_OPENER (self), FALSE);

  if (self->order_uri != NULL)
    load_order (self);
  else if (self->request_uri != NULL)
    load_request (self);
  else
    return FALSE;

  return TRUE;
}

/* A failure that passes with the network (the page with Try Again on
 * show) loads again once it is back; a refusal would only be refused
 * again. */
void
tickets_opener_network_changed (TicketsOpener *self,
                                gboolean       available)
{
  g_return_if_fail (TICKETS_IS_OPENER (self));

  if (available && tickets_api_error_is_transient (self->error))
    {
      g_debug ("The network is back: loading again");
      tickets_opener_reload (self);
    }
}

static void
on_network_changed (GNetworkMonitor *monitor,
                    gboolean         available,
                    TicketsOpener   *self)
{
  tickets_opener_network_changed (self, available);
}

/* The store updated the order in place; the view follows by itself. */
static void
on_order_refreshed (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(TicketsOpener) self = user_data;
  g_autoptr(TicketsOrder) order = NULL;

  order = tickets_store_load_order_finish (TICKETS_STORE (source), result, NULL);
}

void
tickets_opener_refresh_order (TicketsOpener *self)
{
  g_return_if_fail (TICKETS_IS_OPENER (self));
  g_return_if_fail (self->order_uri != NULL);

  tickets_store_load_order_async (tickets_session_get_store (self->session), self->order_uri,
                                  tickets_session_get_auth (self->session), self->cancellable,
                                  on_order_refreshed, g_object_ref (self));
}

/* The last name given makes the order carry its e-tickets link, which only
 * a fresh copy of the order has. */
void
tickets_opener_names_given (TicketsOpener *self)
{
  g_return_if_fail (TICKETS_IS_OPENER (self));

  if (self->order == NULL)
    return;

  if (tickets_order_count_needing_personalization (self->order, NULL) == 0 &&
      tickets_order_get_etickets_uri (self->order) == NULL)
    tickets_opener_refresh_order (self);
}

void
tickets_opener_cancel (TicketsOpener *self)
{
  g_return_if_fail (TICKETS_IS_OPENER (self));

  restart_cancellable (self);
}

void
tickets_opener_forget (TicketsOpener *self)
{
  GListModel *tickets = NULL;
  gboolean had_order;

  g_return_if_fail (TICKETS_IS_OPENER (self));

  /* Drafts hold what a person typed about someone: they go with the
   * sign-in, not to whoever signs in next. */
  if (self->order != NULL)
    tickets = tickets_order_get_tickets (self->order);
  else if (self->request != NULL)
    tickets = tickets_personalization_request_get_tickets (self->request);
  for (guint i = 0; tickets != NULL && i < g_list_model_get_n_items (tickets); i++)
    {
      g_autoptr(TicketsTicket) ticket = g_list_model_get_item (tickets, i);

      tickets_ticket_set_draft (ticket, NULL);
    }

  stop_watching_my_tickets (self);
  had_order = self->order != NULL;
  set_order (self, NULL);
  g_clear_object (&self->request);
  g_clear_pointer (&self->order_uri, g_free);
  g_clear_pointer (&self->request_uri, g_free);
  /* Nothing is left to load again when the network is back. */
  g_clear_error (&self->error);
  if (had_order)
    g_signal_emit (self, signals[ORDER_FORGOTTEN], 0);
}

TicketsOrder *
tickets_opener_get_order (TicketsOpener *self)
{
  g_return_val_if_fail (TICKETS_IS_OPENER (self), NULL);

  return self->order;
}

const char *
tickets_opener_get_order_uri (TicketsOpener *self)
{
  g_return_val_if_fail (TICKETS_IS_OPENER (self), NULL);

  return self->order_uri;
}

TicketsPersonalizationRequest *
tickets_opener_get_request (TicketsOpener *self)
{
  g_return_val_if_fail (TICKETS_IS_OPENER (self), NULL);

  return self->request;
}

GCancellable *
tickets_opener_get_cancellable (TicketsOpener *self)
{
  g_return_val_if_fail (TICKETS_IS_OPENER (self), NULL);

  return self->cancellable;
}

const GError *
tickets_opener_get_error (TicketsOpener *self)
{
  g_return_val_if_fail (TICKETS_IS_OPENER (self), NULL);

  return self->error;
}

gboolean
tickets_opener_get_reconnecting (TicketsOpener *self)
{
  g_return_val_if_fail (TICKETS_IS_OPENER (self), FALSE);

  return self->watched_store != NULL && tickets_store_get_reconnecting (self->watched_store);
}

static void
on_store_reconnecting (TicketsOpener *self)
{
  g_signal_emit (self, signals[RECONNECTING], 0);
}

static void
watch_store (TicketsOpener *self)
{
  TicketsStore *store = tickets_session_get_store (self->session);

  if (store == self->watched_store)
    return;

  if (self->watched_store != NULL)
    g_signal_handlers_disconnect_by_func (self->watched_store, on_store_reconnecting, self);
  g_set_object (&self->watched_store, store);
  if (store != NULL)
    g_signal_connect_object (store, "notify::reconnecting", G_CALLBACK (on_store_reconnecting), self,
                             G_CONNECT_SWAPPED);
}

TicketsOpener *
tickets_opener_new (TicketsSession *session)
{
  TicketsOpener *self;

  g_return_val_if_fail (TICKETS_IS_SESSION (session), NULL);

  self = g_object_new (TICKETS_TYPE_OPENER, NULL);
  self->session = g_object_ref (session);
  watch_store (self);
  g_signal_connect_object (session, "notify::store", G_CALLBACK (watch_store), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (g_network_monitor_get_default (), "network-changed", G_CALLBACK (on_network_changed),
                           self, 0);

  return self;
}

static void
tickets_opener_dispose (GObject *object)
{
  TicketsOpener *self = TICKETS_OPENER (object);

  g_cancellable_cancel (self->cancellable);
  stop_watching_my_tickets (self);
  set_order (self, NULL);
  if (self->watched_store != NULL)
    g_signal_handlers_disconnect_by_func (self->watched_store, on_store_reconnecting, self);
  g_clear_object (&self->watched_store);

  G_OBJECT_CLASS (tickets_opener_parent_class)->dispose (object);
}

static void
tickets_opener_finalize (GObject *object)
{
  TicketsOpener *self = TICKETS_OPENER (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->request);
  g_clear_pointer (&self->order_uri, g_free);
  g_clear_pointer (&self->request_uri, g_free);
  g_clear_error (&self->error);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (tickets_opener_parent_class)->finalize (object);
}

static void
tickets_opener_class_init (TicketsOpenerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tickets_opener_dispose;
  object_class->finalize = tickets_opener_finalize;

  signals[LOADING] =
    g_signal_new ("loading", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[ORDER_LOADED] =
    g_signal_new ("order-loaded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, TICKETS_TYPE_ORDER);
  signals[REQUESTS_LOADED] =
    g_signal_new ("requests-loaded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
  signals[ORDER_UPDATED] =
    g_signal_new ("order-updated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
  signals[ORDER_FORGOTTEN] =
    g_signal_new ("order-forgotten", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
  signals[REQUEST_LOADED] =
    g_signal_new ("request-loaded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, TICKETS_TYPE_PERSONALIZATION_REQUEST);
  signals[STAFF_CHECKED] =
    g_signal_new ("staff-checked", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
  signals[MY_TICKETS_LOADED] =
    g_signal_new ("my-tickets-loaded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
  signals[RECONNECTING] =
    g_signal_new ("reconnecting", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
  signals[FAILED] =
    g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_ERROR);
}

static void
tickets_opener_init (TicketsOpener *self)
{
  self->cancellable = g_cancellable_new ();
}
