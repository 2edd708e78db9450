/* tickets-store.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "tickets-client.h"
#include "tickets-error.h"
#include "tickets-hal.h"
#include "tickets-store-private.h"

/* The store is the identity map between the server and the views: one
 * object per uid, whichever way it was loaded (through its order, its code,
 * its uid, a user's list or a personalization). Fresh objects from the
 * parsers are merged into the known ones, so a view bound to a ticket sees
 * each real change once, as a property notification.
 *
 * The loads are in tickets-store-load.c, the submissions in
 * tickets-store-submit.c. */

G_DEFINE_FINAL_TYPE (TicketsStore, tickets_store, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CLIENT,
  PROP_LOADING,
  PROP_ERROR,
  PROP_RECONNECTING,
  PROP_N_UNSENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHANGE_SENT,
  CHANGE_REFUSED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GHashTable *
new_identity_map (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
}

static void
tickets_store_finalize (GObject *object)
{
  TicketsStore *self = (TicketsStore *)object;

  g_clear_object (&self->client);
  g_clear_pointer (&self->base, g_free);
  g_clear_pointer (&self->orders, g_hash_table_unref);
  g_clear_pointer (&self->personalizations, g_hash_table_unref);
  g_clear_pointer (&self->requests, g_hash_table_unref);
  g_clear_pointer (&self->tickets, g_hash_table_unref);
  g_clear_pointer (&self->products, g_hash_table_unref);
  g_clear_pointer (&self->events, g_hash_table_unref);
  g_clear_error (&self->error);
  tickets_store_sender_finalize (self);
  tickets_store_caches_finalize (self);

  G_OBJECT_CLASS (tickets_store_parent_class)->finalize (object);
}

static void
tickets_store_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  TicketsStore *self = TICKETS_STORE (object);

  switch (prop_id)
    {
    case PROP_CLIENT:
      g_value_set_object (value, self->client);
      break;

    case PROP_LOADING:
      g_value_set_boolean (value, tickets_store_get_loading (self));
      break;

    case PROP_ERROR:
      g_value_set_boxed (value, self->error);
      break;

    case PROP_N_UNSENT:
      g_value_set_uint (value, tickets_store_get_n_unsent (self));
      break;

    case PROP_RECONNECTING:
      g_value_set_boolean (value, tickets_store_get_reconnecting (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
on_client_reconnecting (TicketsStore *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECONNECTING]);
}

static void
tickets_store_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  TicketsStore *self = TICKETS_STORE (object);

  switch (prop_id)
    {
    case PROP_CLIENT:
      {
        const char *base;

        self->client = g_value_dup_object (value);
        base = tickets_client_get_base_uri (self->client);
        self->base = g_str_has_suffix (base, "/") ? g_strdup (base) : g_strconcat (base, "/", NULL);
        g_signal_connect_object (self->client, "notify::reconnecting", G_CALLBACK (on_client_reconnecting),
                                 self, G_CONNECT_SWAPPED);
      }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_store_class_init (TicketsStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tickets_store_finalize;
  object_class->get_property = tickets_store_get_property;
  object_class->set_property = tickets_store_set_property;

  properties[PROP_CLIENT] =
    g_param_spec_object ("client", NULL, NULL, TICKETS_TYPE_CLIENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* Whether any load or submission is on its way. */
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /* How the last load or submission failed; cleared by the next success. */
  properties[PROP_ERROR] =
    g_param_spec_boxed ("error", NULL, NULL, G_TYPE_ERROR,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /* Whether a load failed for a passing reason (a dropped connection, a
   * busy server) and is being tried again; the client does the retrying. */
  properties[PROP_RECONNECTING] =
    g_param_spec_boolean ("reconnecting", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /* Changes in the outbox not sent yet, or refused and not discarded. */
  properties[PROP_N_UNSENT] =
    g_param_spec_uint ("n-unsent", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TicketsStore::change-sent:
   * @change: the change the server has just confirmed
   *
   * A change from the outbox went through (also one sent again, or decided
   * after an unclear failure, or left by an earlier run): for a toast.
   */
  signals[CHANGE_SENT] =
    g_signal_new ("change-sent", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, TICKETS_TYPE_CHANGE);

  /**
   * TicketsStore::change-refused:
   * @change: the change the server refused; it stays in the list, with the
   *   server's message, until discarded
   */
  signals[CHANGE_REFUSED] =
    g_signal_new ("change-refused", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, TICKETS_TYPE_CHANGE);
}

static void
tickets_store_init (TicketsStore *self)
{
  self->orders = new_identity_map ();
  self->tickets = new_identity_map ();
  self->events = new_identity_map ();
  self->products = new_identity_map ();
  self->personalizations = new_identity_map ();
  self->requests = new_identity_map ();
  tickets_store_sender_init (self);
}

TicketsStore *
tickets_store_new (TicketsClient *client)
{
  g_return_val_if_fail (TICKETS_IS_CLIENT (client), NULL);

  return g_object_new (TICKETS_TYPE_STORE, "client", client, NULL);
}

TicketsClient *
tickets_store_get_client (TicketsStore *self)
{
  g_return_val_if_fail (TICKETS_IS_STORE (self), NULL);

  return self->client;
}

gboolean
tickets_store_get_loading (TicketsStore *self)
{
  g_return_val_if_fail (TICKETS_IS_STORE (self), FALSE);

  return self->n_pending > 0;
}

const GError *
tickets_store_get_error (TicketsStore *self)
{
  g_return_val_if_fail (TICKETS_IS_STORE (self), NULL);

  return self->error;
}

gboolean
tickets_store_get_reconnecting (TicketsStore *self)
{
  g_return_val_if_fail (TICKETS_IS_STORE (self), FALSE);

  return tickets_client_get_reconnecting (self->client);
}

void
tickets_store_operation_begin (TicketsStore *self)
{
  if (self->n_pending++ == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

void
tickets_store_operation_end (TicketsStore *self,
                             const GError *error)
{
  g_assert (self->n_pending > 0);

  /* A cancelled call was abandoned by its view, not failed by the server. */
  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) &&
      (error != NULL || self->error != NULL))
    {
      g_clear_error (&self->error);
      self->error = error != NULL ? g_error_copy (error) : NULL;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR]);
    }

  if (--self->n_pending == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

/* Identity map */

gpointer
tickets_store_lookup_by_href (GHashTable *map,
                              const char *href)
{
  g_autofree char *uid = NULL;

  if (href == NULL || (uid = tickets_hal_uid_from_href (href)) == NULL)
    return NULL;

  return g_hash_table_lookup (map, uid);
}

/* The tickets @fresh carries (an order's, a personalization's, a
 * request's) become the store's before @fresh is merged: the same ticket
 * is one object whichever resource holds it. The merge then keeps the
 * list by the base resource's rule. */
static void
adopt_ticket_list (TicketsStore    *self,
                   TicketsResource *fresh)
{
  GListModel *tickets = tickets_resource_get_ticket_list (fresh);
  g_autoptr(GPtrArray) known = NULL;
  guint n;

  if (tickets == NULL || !tickets_resource_is_present (fresh, "tickets"))
    return;

  n = g_list_model_get_n_items (tickets);
  known = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TicketsTicket) ticket = g_list_model_get_item (tickets, i);

      g_ptr_array_add (known, g_object_ref (tickets_store_adopt_ticket (self, ticket)));
    }

  tickets_resource_set_ticket_list (fresh, known);
}

/* Returns the known object for @fresh's uid, updated from it, or @fresh
 * itself when it is the first of its uid. (transfer none) */
static gpointer
adopt_resource (TicketsStore    *self,
                GHashTable      *map,
                TicketsResource *fresh)
{
  TicketsResource *known;

  adopt_ticket_list (self, fresh);

  known = g_hash_table_lookup (map, tickets_resource_get_uid (fresh));
  if (known == NULL)
    {
      g_hash_table_insert (map, (gpointer) tickets_resource_get_uid (fresh), g_object_ref (fresh));
      return fresh;
    }

  if (known != fresh)
    tickets_resource_merge (known, fresh);

  return known;
}

static TicketsEvent *
adopt_event (TicketsStore *self,
             TicketsEvent *fresh)
{
  return adopt_resource (self, self->events, TICKETS_RESOURCE (fresh));
}

static TicketsProduct *
adopt_product (TicketsStore   *self,
               TicketsProduct *fresh)
{
  TicketsEvent *event = tickets_product_get_event (fresh);

  if (event != NULL)
    tickets_product_set_event (fresh, adopt_event (self, event));
  else if ((event = tickets_store_lookup_by_href (self->events, tickets_product_get_event_uri (fresh))) != NULL)
    tickets_product_set_event (fresh, event);

  return adopt_resource (self, self->products, TICKETS_RESOURCE (fresh));
}

/* A ticket waits for a friend while one of the requests it links to is
 * pending: the newest such request the store knows, confirmed by the
 * server (a load, or the answer to asking). */
static void
relink_pending_request (TicketsStore  *self,
                        TicketsTicket *ticket)
{
  const char * const *uris = tickets_ticket_get_personalization_request_uris (ticket);
  TicketsPersonalizationRequest *newest = NULL;

  for (gsize i = 0; uris != NULL && uris[i] != NULL; i++)
    {
      TicketsPersonalizationRequest *request = tickets_store_lookup_by_href (self->requests, uris[i]);
      GDateTime *created_at;

      if (request == NULL || g_strcmp0 (tickets_personalization_request_get_state (request), "pending") != 0)
        continue;
      created_at = tickets_personalization_request_get_created_at (request);
      if (newest == NULL ||
          (created_at != NULL && tickets_personalization_request_get_created_at (newest) != NULL &&
           g_date_time_compare (created_at, tickets_personalization_request_get_created_at (newest)) >= 0))
        newest = request;
    }

  if (newest != NULL)
    tickets_ticket_set_pending_request (ticket, tickets_resource_get_href (TICKETS_RESOURCE (newest)),
                                        tickets_personalization_request_get_email (newest),
                                        tickets_personalization_request_get_created_at (newest));
  else
    tickets_ticket_set_pending_request (ticket, NULL, NULL, NULL);
}

/* The tickets @request names, as the store knows them, and those that
 * waited on it: a request withdrawn by its URI alone names none. */
void
tickets_store_relink_request_tickets (TicketsStore                  *self,
                                      TicketsPersonalizationRequest *request)
{
  const char * const *uris = tickets_personalization_request_get_ticket_uris (request);
  const char *uid = tickets_resource_get_uid (TICKETS_RESOURCE (request));
  GHashTableIter iter;
  gpointer ticket;

  for (gsize i = 0; uris != NULL && uris[i] != NULL; i++)
    {
      if ((ticket = tickets_store_lookup_by_href (self->tickets, uris[i])) != NULL)
        relink_pending_request (self, ticket);
    }

  g_hash_table_iter_init (&iter, self->tickets);
  while (g_hash_table_iter_next (&iter, NULL, &ticket))
    {
      const char *pending = tickets_ticket_get_pending_request_uri (ticket);
      g_autofree char *pending_uid = pending != NULL ? tickets_hal_uid_from_href (pending) : NULL;

      if (g_strcmp0 (pending_uid, uid) == 0)
        relink_pending_request (self, ticket);
    }
}

TicketsTicket *
tickets_store_adopt_ticket (TicketsStore  *self,
                            TicketsTicket *fresh)
{
  TicketsTicket *known;

  TicketsEvent *event = tickets_ticket_get_event (fresh);
  TicketsProduct *product = tickets_ticket_get_product (fresh);

  /* A short representation names its event and product only by link: tie
   * it to them when they are known. */
  if (event != NULL)
    tickets_ticket_set_event (fresh, adopt_event (self, event));
  else if ((event = tickets_store_lookup_by_href (self->events, tickets_ticket_get_event_uri (fresh))) != NULL)
    tickets_ticket_set_event (fresh, event);

  if (product != NULL)
    tickets_ticket_set_product (fresh, adopt_product (self, product));
  else if ((product = tickets_store_lookup_by_href (self->products, tickets_ticket_get_product_uri (fresh))) != NULL)
    tickets_ticket_set_product (fresh, product);

  known = adopt_resource (self, self->tickets, TICKETS_RESOURCE (fresh));
  relink_pending_request (self, known);
  tickets_store_sender_mark_ticket (self, known);

  return known;
}

TicketsOrder *
tickets_store_adopt_order (TicketsStore *self,
                           TicketsOrder *fresh)
{
  return adopt_resource (self, self->orders, TICKETS_RESOURCE (fresh));
}

TicketsPersonalization *
tickets_store_adopt_personalization (TicketsStore           *self,
                                     TicketsPersonalization *fresh)
{
  return adopt_resource (self, self->personalizations, TICKETS_RESOURCE (fresh));
}

TicketsPersonalizationRequest *
tickets_store_adopt_request (TicketsStore                  *self,
                             TicketsPersonalizationRequest *fresh)
{
  TicketsPersonalizationRequest *known;

  known = adopt_resource (self, self->requests, TICKETS_RESOURCE (fresh));
  tickets_store_relink_request_tickets (self, known);

  return known;
}

gpointer
tickets_store_adopt_ticket_for_list (GObject  *owner,
                                     gpointer  item)
{
  return tickets_store_adopt_ticket (TICKETS_STORE (owner), item);
}

gpointer
tickets_store_adopt_event_for_list (GObject  *owner,
                                    gpointer  item)
{
  return adopt_event (TICKETS_STORE (owner), item);
}

#define DEFINE_LOOKUP(name, Type, map)                                  \
Type *                                                                  \
tickets_store_lookup_##name (TicketsStore *self,                        \
                             const char   *uid)                         \
{                                                                       \
  g_return_val_if_fail (TICKETS_IS_STORE (self), NULL);                 \
  g_return_val_if_fail (uid != NULL, NULL);                             \
                                                                        \
  return g_hash_table_lookup (self->map, uid);                          \
}

DEFINE_LOOKUP (order, TicketsOrder, orders)
DEFINE_LOOKUP (ticket, TicketsTicket, tickets)
DEFINE_LOOKUP (event, TicketsEvent, events)
DEFINE_LOOKUP (product, TicketsProduct, products)
DEFINE_LOOKUP (personalization_request, TicketsPersonalizationRequest, requests)

/* URIs: the docs' paths under the base URI, or an absolute link as given.
 * A path or uid becomes the path under the base URI. */

char *
tickets_store_resource_uri (TicketsStore *self,
                            const char   *collection,
                            const char   *uid_or_uri)
{
  g_autofree char *reference = tickets_resource_parse_reference (collection, uid_or_uri);
  g_autofree char *escaped = NULL;

  if (reference == NULL)
    reference = g_strdup (uid_or_uri);
  if (strstr (reference, "://") != NULL)
    return g_steal_pointer (&reference);

  escaped = g_uri_escape_string (reference, NULL, FALSE);
  return g_strconcat (self->base, collection, "/", escaped, NULL);
}

char *
tickets_store_query_uri (TicketsStore *self,
                         const char   *template,
                         GHashTable   *variables)
{
  g_autofree char *expanded = tickets_hal_expand_template (template, variables);

  return g_strconcat (self->base, expanded, NULL);
}

/* For the sender (tickets-store-outbox.c). */
void
tickets_store_emit_change (TicketsStore  *self,
                           TicketsChange *change,
                           gboolean       sent)
{
  g_signal_emit (self, signals[sent ? CHANGE_SENT : CHANGE_REFUSED], 0, change);
}

void
tickets_store_notify_n_unsent (TicketsStore *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_UNSENT]);
}
