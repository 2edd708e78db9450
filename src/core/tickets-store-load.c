/* tickets-store-load.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "tickets-client.h"
#include "tickets-error.h"
#include "tickets-json.h"
#include "tickets-paged-list-private.h"
#include "tickets-parse.h"
#include "tickets-store-load-private.h"

/* Loads: each GET merges what the server answers into the store's identity
 * map, so every load of a uid gives the same object. Paged lists and the
 * e-tickets are loads too. */

/* The loaders of one resource by its uid or URI are all alike:
 * tickets_store_load_NAME_async() asks for COLLECTION/uid (or the URI as
 * given), parses the answer with PARSE and merges it into the store with
 * ADOPT; tickets_store_load_NAME_finish() returns (transfer full) the
 * store's object, the same one for every load of its uid. */
#define DEFINE_LOAD(name, Type, collection, map, parse_func, adopt_func, split)  \
static const TicketsLoad name##_load = {                                         \
  .parse = (TicketsLoadParseFunc) parse_func,                                    \
  .adopt = (TicketsLoadAdoptFunc) adopt_func,                                    \
  .caching = TICKETS_LOAD_CACHED_RESOURCE,                                       \
  .map_offset = G_STRUCT_OFFSET (TicketsStore, map),                             \
  .head = split,                                                                 \
};                                                                               \
                                                                                 \
void                                                                             \
tickets_store_load_##name##_async (TicketsStore        *self,                   \
                                   const char          *uid_or_uri,             \
                                   TicketsAuth         *auth,                   \
                                   GCancellable        *cancellable,            \
                                   GAsyncReadyCallback  callback,               \
                                   gpointer             user_data)              \
{                                                                                \
  g_return_if_fail (TICKETS_IS_STORE (self));                                    \
  g_return_if_fail (uid_or_uri != NULL);                                         \
                                                                                 \
  tickets_store_load_async (self,                                                \
                            tickets_store_resource_uri (self, collection, uid_or_uri), \
                            auth, &name##_load, tickets_store_load_##name##_async, \
                            cancellable, callback, user_data);                   \
}                                                                                \
                                                                                 \
Type *                                                                           \
tickets_store_load_##name##_finish (TicketsStore  *self,                         \
                                    GAsyncResult  *result,                       \
                                    GError       **error)                        \
{                                                                                \
  return tickets_store_task_finish (self, result,                                \
                                    tickets_store_load_##name##_async, error);   \
}

/* An order with all its tickets, their events and products. Auth: an
 * Order-Token, Cognito-Token or Basic auth; NULL for the client's. */
DEFINE_LOAD (order, TicketsOrder, "orders", orders, tickets_parse_order, tickets_store_adopt_order, TRUE)

/* A ticket. Auth: Basic or Cognito-Token auth; NULL for the client's. */
DEFINE_LOAD (ticket, TicketsTicket, "tickets", tickets, tickets_parse_ticket, tickets_store_adopt_ticket, FALSE)

/* A search by code answers a list that, “for historic reasons”, holds the
 * one ticket found; an empty list means there is none. */
static TicketsTicket *
parse_found_ticket (GBytes  *bytes,
                    GError **error)
{
  g_autoptr(TicketsParsedPage) page = tickets_parse_ticket_page (bytes, error);

  if (page == NULL)
    return NULL;

  if (page->items->len == 0)
    {
      g_set_error_literal (error, TICKETS_API_ERROR, TICKETS_API_ERROR_NOT_FOUND,
                           _("No ticket with this barcode exists for this event."));
      return NULL;
    }

  return g_object_ref (g_ptr_array_index (page->items, 0));
}

/* Never cached: the box office's scan must never show an old verdict. */
static const TicketsLoad found_ticket_load = {
  .parse = (TicketsLoadParseFunc) parse_found_ticket,
  .adopt = (TicketsLoadAdoptFunc) tickets_store_adopt_ticket,
  .caching = TICKETS_LOAD_UNCACHED,
};

/**
 * tickets_store_find_ticket_async:
 * @self: a #TicketsStore
 * @code: the barcode printed on the ticket
 * @event: the event's uid or URI
 * @auth: (nullable): Basic auth; NULL for the client's
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the ticket is found, or not
 * @user_data: data for @callback
 *
 * Finds a ticket by its barcode, as box-office staff do at the counter.
 * When there is none, fails with %TICKETS_API_ERROR_NOT_FOUND.
 */
void
tickets_store_find_ticket_async (TicketsStore        *self,
                                 const char          *code,
                                 const char          *event,
                                 TicketsAuth         *auth,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GHashTable) variables = NULL;
  g_autofree char *event_uri = NULL;

  g_return_if_fail (TICKETS_IS_STORE (self));
  g_return_if_fail (code != NULL);
  g_return_if_fail (event != NULL);

  event_uri = tickets_store_resource_uri (self, "events", event);
  variables = g_hash_table_new (g_str_hash, g_str_equal);
  g_hash_table_insert (variables, (gpointer) "code", (gpointer) code);
  g_hash_table_insert (variables, (gpointer) "event", event_uri);

  tickets_store_load_async (self, tickets_store_query_uri (self, "tickets{?code,event}", variables), auth, &found_ticket_load,
              tickets_store_find_ticket_async, cancellable, callback, user_data);
}

TicketsTicket *
tickets_store_find_ticket_finish (TicketsStore  *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  return tickets_store_task_finish (self, result, tickets_store_find_ticket_async, error);
}

static void
on_sign_in_checked (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GBytes) bytes = NULL;
  GError *error = NULL;

  bytes = tickets_client_get_json_finish (TICKETS_CLIENT (source), result, &error);
  tickets_store_operation_end (g_task_get_source_object (task), error);
  if (bytes == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * tickets_store_check_sign_in_async:
 * @self: a #TicketsStore
 * @auth: the credentials to check, such as a staff member's Basic auth
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the server has answered
 * @user_data: data for @callback
 *
 * Asks the server for its events with @auth: every staff role may read
 * them, so the answer says whether the server accepts @auth (else
 * TICKETS_API_ERROR_UNAUTHORIZED or FORBIDDEN), and whether it can be
 * reached at all, before anything says "signed in".
 */
void
tickets_store_check_sign_in_async (TicketsStore        *self,
                                   TicketsAuth         *auth,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *uri = NULL;

  g_return_if_fail (TICKETS_IS_STORE (self));
  g_return_if_fail (auth != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, tickets_store_check_sign_in_async);

  uri = g_strconcat (self->base, "events", NULL);
  tickets_store_operation_begin (self);
  tickets_client_get_json_async (self->client, uri, auth, cancellable, on_sign_in_checked, g_steal_pointer (&task));
}

gboolean
tickets_store_check_sign_in_finish (TicketsStore  *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  g_return_val_if_fail (TICKETS_IS_STORE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tickets_store_check_sign_in_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * tickets_store_list_my_tickets:
 * @self: a #TicketsStore
 * @auth: the Cognito-Token of the fan
 *
 * Lists the tickets personalized for a fan (not those of the orders they
 * bought). The first page starts loading at once.
 *
 * Returns: (transfer full): a list of #TicketsTicket, the store's objects
 */
TicketsPagedList *
tickets_store_list_my_tickets (TicketsStore *self,
                               TicketsAuth  *auth)
{
  g_autofree char *uri = NULL;
  TicketsPagedList *list;

  g_return_val_if_fail (TICKETS_IS_STORE (self), NULL);

  uri = g_strconcat (self->base, "tickets", NULL);
  list = tickets_paged_list_new (self->client, uri, auth, TICKETS_TYPE_TICKET,
                                 tickets_parse_ticket_page, tickets_store_adopt_ticket_for_list, G_OBJECT (self));
  tickets_paged_list_set_cache (list, tickets_store_get_cache (self, auth), self->base);
  tickets_paged_list_load_more (list);

  return list;
}

static GListStore *
parse_personalization_list (GBytes  *bytes,
                            GError **error)
{
  g_autoptr(TicketsParsedPage) page = tickets_parse_personalization_page (bytes, error);
  GListStore *list;

  if (page == NULL)
    return NULL;

  list = g_list_store_new (TICKETS_TYPE_PERSONALIZATION);
  g_list_store_splice (list, 0, 0, page->items->pdata, page->items->len);

  return list;
}

static GListStore *
adopt_personalization_list (TicketsStore *self,
                            GListModel   *fresh)
{
  guint n = g_list_model_get_n_items (fresh);
  GListStore *known = g_list_store_new (TICKETS_TYPE_PERSONALIZATION);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TicketsPersonalization) personalization = g_list_model_get_item (fresh, i);

      g_list_store_append (known, tickets_store_adopt_personalization (self, personalization));
    }

  return known;
}

static const TicketsLoad personalizations_load = {
  .parse = (TicketsLoadParseFunc) parse_personalization_list,
  .adopt = (TicketsLoadAdoptFunc) adopt_personalization_list,
  .adopt_returns_new = TRUE,
  .caching = TICKETS_LOAD_CACHED_LIST,
};

/**
 * tickets_store_load_personalizations_async:
 * @self: a #TicketsStore
 * @order: the order's uid or URI
 * @auth: (nullable): Order-Token or Cognito-Token auth; NULL for the client's
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the personalizations are loaded
 * @user_data: data for @callback
 *
 * Loads every personalization made for the tickets of an order.
 */
void
tickets_store_load_personalizations_async (TicketsStore        *self,
                                           const char          *order,
                                           TicketsAuth         *auth,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data)
{
  g_autoptr(GHashTable) variables = NULL;
  g_autofree char *order_uri = NULL;

  g_return_if_fail (TICKETS_IS_STORE (self));
  g_return_if_fail (order != NULL);

  order_uri = tickets_store_resource_uri (self, "orders", order);
  variables = g_hash_table_new (g_str_hash, g_str_equal);
  g_hash_table_insert (variables, (gpointer) "order", order_uri);

  tickets_store_load_async (self, tickets_store_query_uri (self, "personalization{?order}", variables), auth, &personalizations_load,
              tickets_store_load_personalizations_async, cancellable, callback, user_data);
}

/**
 * tickets_store_load_personalizations_finish:
 *
 * Returns: (transfer full): a list of #TicketsPersonalization
 */
GListModel *
tickets_store_load_personalizations_finish (TicketsStore  *self,
                                            GAsyncResult  *result,
                                            GError       **error)
{
  return tickets_store_task_finish (self, result, tickets_store_load_personalizations_async, error);
}

DEFINE_LOAD (personalization, TicketsPersonalization, "personalization", personalizations,
             tickets_parse_personalization, tickets_store_adopt_personalization, FALSE)

/* A personalization request with the tickets it asks to name and their
 * products; the tickets are the store's objects, so a later
 * personalization updates them in place. The API embeds no events and does
 * not let the request's token read them: a ticket's event is set only when
 * the store already knows it. Auth: the request's
 * Personalization-Request-Token auth, or the order's Order-Token or
 * Cognito-Token auth; NULL for the client's. */
DEFINE_LOAD (personalization_request, TicketsPersonalizationRequest, "personalization-requests", requests,
             tickets_parse_personalization_request, tickets_store_adopt_request, FALSE)

/* Loading the requests of a list of tickets: one GET each, done when the
 * last has answered. */
typedef struct
{
  guint   n_pending;
  GError *error;
} RequestsLoad;

static void
requests_load_free (RequestsLoad *load)
{
  g_clear_error (&load->error);
  g_free (load);
}

static void
on_request_of_tickets_loaded (GObject      *source,
                              GAsyncResult *result,
                              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  RequestsLoad *load = g_task_get_task_data (task);
  g_autoptr(TicketsPersonalizationRequest) request = NULL;
  g_autoptr(GError) error = NULL;

  request = tickets_store_load_personalization_request_finish (TICKETS_STORE (source), result, &error);
  if (request == NULL && load->error == NULL)
    load->error = g_steal_pointer (&error);

  if (--load->n_pending > 0)
    return;
  if (load->error != NULL)
    g_task_return_error (task, g_steal_pointer (&load->error));
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * tickets_store_load_requests_async:
 * @self: a #TicketsStore
 * @tickets: a list of #TicketsTicket the store holds
 * @auth: (nullable): the auth that opened them (an Order-Token); NULL for the client's
 * @cancellable: (nullable): a #GCancellable
 * @callback: called once every request has answered
 * @user_data: data for @callback
 *
 * Loads the personalization requests that tickets still needing a name
 * link to, unless the store knows them as done with: each ticket then
 * knows whether a friend was asked, whom and when
 * (tickets_ticket_get_pending_request_uri()).
 */
void
tickets_store_load_requests_async (TicketsStore        *self,
                                   GListModel          *tickets,
                                   TicketsAuth         *auth,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GHashTable) uris = g_hash_table_new (g_str_hash, g_str_equal);
  RequestsLoad *load;
  GHashTableIter iter;
  gpointer uri;

  g_return_if_fail (TICKETS_IS_STORE (self));
  g_return_if_fail (G_IS_LIST_MODEL (tickets));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, tickets_store_load_requests_async);
  load = g_new0 (RequestsLoad, 1);
  g_task_set_task_data (task, load, (GDestroyNotify) requests_load_free);

  for (guint i = 0; i < g_list_model_get_n_items (tickets); i++)
    {
      g_autoptr(TicketsTicket) ticket = g_list_model_get_item (tickets, i);
      const char * const *links = tickets_ticket_get_personalization_request_uris (ticket);

      if (tickets_ticket_get_personalization_state (ticket, NULL) != TICKETS_PERSONALIZATION_STATE_NEEDED)
        continue;
      for (gsize j = 0; links != NULL && links[j] != NULL; j++)
        {
          TicketsPersonalizationRequest *known = tickets_store_lookup_by_href (self->requests, links[j]);

          /* Completed and withdrawn requests stay so. */
          if (known == NULL || g_strcmp0 (tickets_personalization_request_get_state (known), "pending") == 0)
            g_hash_table_add (uris, (gpointer) links[j]);
        }
    }

  load->n_pending = g_hash_table_size (uris);
  if (load->n_pending == 0)
    {
      g_task_return_boolean (task, TRUE);
      return;
    }

  g_hash_table_iter_init (&iter, uris);
  while (g_hash_table_iter_next (&iter, &uri, NULL))
    tickets_store_load_personalization_request_async (self, uri, auth, cancellable,
                                                      on_request_of_tickets_loaded, g_object_ref (task));
}

gboolean
tickets_store_load_requests_finish (TicketsStore  *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  g_return_val_if_fail (TICKETS_IS_STORE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tickets_store_load_requests_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* @collection's URI with @filters as its query, sorted so that the same
 * search is the same URI. */
static char *
filtered_uri (TicketsStore *self,
              const char   *collection,
              GHashTable   *filters)
{
  g_autoptr(GList) names = NULL;
  GString *uri = g_string_new (self->base);
  char separator = '?';

  g_string_append (uri, collection);
  if (filters != NULL)
    names = g_list_sort (g_hash_table_get_keys (filters), (GCompareFunc) g_strcmp0);
  for (const GList *l = names; l != NULL; l = l->next)
    {
      g_string_append_c (uri, separator);
      g_string_append_uri_escaped (uri, l->data, NULL, FALSE);
      g_string_append_c (uri, '=');
      g_string_append_uri_escaped (uri, g_hash_table_lookup (filters, l->data), NULL, FALSE);
      separator = '&';
    }

  return g_string_free (uri, FALSE);
}

/**
 * tickets_store_search_consumers:
 * @self: a #TicketsStore
 * @filters: (element-type utf8 utf8): the documented query parameters
 *   (“last_name__startswith”, “email”, …) and their values
 * @auth: (nullable): Basic auth; NULL for the client's
 *
 * Searches consumers. Pages are loaded as the list is scrolled: call
 * tickets_paged_list_load_more() for the next one. The first starts at once.
 *
 * Returns: (transfer full): a list of #TicketsConsumer
 */
TicketsPagedList *
tickets_store_search_consumers (TicketsStore *self,
                                GHashTable   *filters,
                                TicketsAuth  *auth)
{
  g_autofree char *uri = NULL;
  TicketsPagedList *list;

  g_return_val_if_fail (TICKETS_IS_STORE (self), NULL);

  uri = filtered_uri (self, "consumers", filters);
  list = tickets_paged_list_new (self->client, uri, auth, TICKETS_TYPE_CONSUMER,
                                 tickets_parse_consumer_page, NULL, NULL);
  tickets_paged_list_load_more (list);

  return list;
}

/**
 * tickets_store_list_events:
 * @self: a #TicketsStore
 * @filters: (element-type utf8 utf8) (nullable): the documented query
 *   parameters (“event_start__lte”, “title__startswith”, …) and their values
 * @auth: (nullable): the staff member's Basic auth; NULL for the client's
 *
 * Lists events, as tickets_store_search_consumers() lists consumers: pages
 * load as asked, the first at once. The events are the store's: one
 * object per uid, whichever answer brought it.
 *
 * Returns: (transfer full): a list of #TicketsEvent
 */
TicketsPagedList *
tickets_store_list_events (TicketsStore *self,
                           GHashTable   *filters,
                           TicketsAuth  *auth)
{
  g_autofree char *uri = NULL;
  TicketsPagedList *list;

  g_return_val_if_fail (TICKETS_IS_STORE (self), NULL);

  uri = filtered_uri (self, "events", filters);
  list = tickets_paged_list_new (self->client, uri, auth, TICKETS_TYPE_EVENT,
                                 tickets_parse_event_page, tickets_store_adopt_event_for_list, G_OBJECT (self));
  tickets_paged_list_set_cache (list, tickets_store_get_cache (self, auth), self->base);
  tickets_paged_list_load_more (list);

  return list;
}

/**
 * tickets_store_format_filter_time:
 * @time: a moment
 *
 * Returns: (transfer full): @time as a date filter's value, in UTC
 */
char *
tickets_store_format_filter_time (GDateTime *time)
{
  g_autoptr(GDateTime) utc = NULL;

  g_return_val_if_fail (time != NULL, NULL);

  /* ISO 8601 with the T: the form every server's parser takes; the
   * docs' "YYYY-MM-DD hh:mm:ssZ" has a space that a query must escape. */
  utc = g_date_time_to_utc (time);
  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
}

/* E-tickets */

static void
on_eticket_downloaded (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  GBytes *pdf;

  pdf = tickets_client_get_pdf_finish (TICKETS_CLIENT (source), result, &error);
  if (pdf != NULL)
    {
      g_task_return_pointer (task, pdf, (GDestroyNotify) g_bytes_unref);
      return;
    }

  /* The server's own words about a refused API call say nothing of what a
   * fan can do about a refused e-ticket. */
  if (g_error_matches (error, TICKETS_API_ERROR, TICKETS_API_ERROR_UNAUTHORIZED) ||
      g_error_matches (error, TICKETS_API_ERROR, TICKETS_API_ERROR_FORBIDDEN))
    {
      g_free (error->message);
      error->message = g_strdup (_("The server did not let you download this e-ticket. "
                                   "Sign out and sign in again, then try once more."));
    }
  else if (g_error_matches (error, TICKETS_API_ERROR, TICKETS_API_ERROR_NOT_FOUND))
    {
      g_free (error->message);
      error->message = g_strdup (_("The server has no e-ticket at this link. "
                                   "The ticket may have been re-issued: open the order again for its new e-ticket."));
    }

  g_task_return_error (task, g_steal_pointer (&error));
}

/**
 * tickets_store_download_eticket_async:
 * @uri: a ticket's e-ticket link or an order's e-tickets link
 * @auth: (nullable): the auth that opened the ticket or order; NULL: the client's
 *
 * Downloads the PDF behind the link. The auth goes along as with every API
 * call, and so only to the API's own server. A refusal or a link that leads
 * nowhere fails with a message a fan can act on; an answer that is not a
 * PDF with %TICKETS_API_ERROR_INVALID_RESPONSE.
 */
void
tickets_store_download_eticket_async (TicketsStore        *self,
                                      const char          *uri,
                                      TicketsAuth         *auth,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (TICKETS_IS_STORE (self));
  g_return_if_fail (uri != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, tickets_store_download_eticket_async);
  tickets_client_get_pdf_async (self->client, uri, auth, cancellable, on_eticket_downloaded, task);
}

/**
 * tickets_store_download_eticket_finish:
 *
 * Returns: (transfer full): the PDF
 */
GBytes *
tickets_store_download_eticket_finish (TicketsStore  *self,
                                       GAsyncResult  *result,
                                       GError       **error)
{
  g_return_val_if_fail (TICKETS_IS_STORE (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tickets_store_download_eticket_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
on_eticket_saved (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (g_file_replace_contents_finish (G_FILE (source), result, NULL, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * tickets_store_save_eticket_async:
 * @pdf: what tickets_store_download_eticket_finish() returned
 * @file: where the person chose to keep it
 *
 * Writes @pdf to @file, replacing what was there, readable and writable by
 * its owner only: an e-ticket carries the holder's name and a barcode that
 * gets them in.
 */
void
tickets_store_save_eticket_async (TicketsStore        *self,
                                  GBytes              *pdf,
                                  GFile               *file,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (TICKETS_IS_STORE (self));
  g_return_if_fail (pdf != NULL);
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, tickets_store_save_eticket_async);
  g_file_replace_contents_bytes_async (file, pdf, NULL, FALSE,
                                       G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION,
                                       cancellable, on_eticket_saved, task);
}

gboolean
tickets_store_save_eticket_finish (TicketsStore  *self,
                                   GAsyncResult  *result,
                                   GError       **error)
{
  g_return_val_if_fail (TICKETS_IS_STORE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tickets_store_save_eticket_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
