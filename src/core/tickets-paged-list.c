/* tickets-paged-list.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tickets-error.h"
#include "tickets-paged-list-private.h"

/* A collection the server hands out page by page, as a GListModel that only
 * holds the pages asked for so far. Views bind to "loading", "error" and
 * "has-more", and call load_more() when the user scrolls to the end. */

struct _TicketsPagedList
{
  GObject               parent_instance;

  TicketsClient        *client;
  TicketsAuth          *auth;
  char                 *first_uri;
  char                 *next_uri;
  GType                 item_type;
  TicketsPageParseFunc  parse;
  TicketsAdoptFunc      adopt;
  GWeakRef              owner;
  /* where pages are kept (tickets_paged_list_set_cache()), or NULL */
  TicketsCache         *cache;
  char                 *cache_base;

  GPtrArray            *items;
  gint64                item_count;
  GError               *error;
  GCancellable         *cancellable;
  guint                 generation;
  gboolean              replacing;
};

enum {
  PROP_0,
  PROP_ITEM_TYPE,
  PROP_N_ITEMS,
  PROP_LOADING,
  PROP_ERROR,
  PROP_ITEM_COUNT,
  PROP_HAS_MORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
tickets_paged_list_get_item_type (GListModel *model)
{
  return TICKETS_PAGED_LIST (model)->item_type;
}

static guint
tickets_paged_list_get_n_items (GListModel *model)
{
  return TICKETS_PAGED_LIST (model)->items->len;
}

static gpointer
tickets_paged_list_get_item (GListModel *model,
                             guint       position)
{
  TicketsPagedList *self = TICKETS_PAGED_LIST (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = tickets_paged_list_get_item_type;
  iface->get_n_items = tickets_paged_list_get_n_items;
  iface->get_item = tickets_paged_list_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (TicketsPagedList, tickets_paged_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static void
tickets_paged_list_dispose (GObject *object)
{
  TicketsPagedList *self = (TicketsPagedList *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (tickets_paged_list_parent_class)->dispose (object);
}

static void
tickets_paged_list_finalize (GObject *object)
{
  TicketsPagedList *self = (TicketsPagedList *)object;

  g_clear_object (&self->client);
  g_clear_pointer (&self->auth, tickets_auth_unref);
  g_clear_pointer (&self->first_uri, g_free);
  g_clear_pointer (&self->next_uri, g_free);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_error (&self->error);
  g_weak_ref_clear (&self->owner);
  g_clear_object (&self->cache);
  g_clear_pointer (&self->cache_base, g_free);

  G_OBJECT_CLASS (tickets_paged_list_parent_class)->finalize (object);
}

static void
tickets_paged_list_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  TicketsPagedList *self = TICKETS_PAGED_LIST (object);

  switch (prop_id)
    {
    case PROP_ITEM_TYPE:
      g_value_set_gtype (value, self->item_type);
      break;

    case PROP_N_ITEMS:
      g_value_set_uint (value, self->items->len);
      break;

    case PROP_LOADING:
      g_value_set_boolean (value, tickets_paged_list_get_loading (self));
      break;

    case PROP_ERROR:
      g_value_set_boxed (value, self->error);
      break;

    case PROP_ITEM_COUNT:
      g_value_set_int64 (value, self->item_count);
      break;

    case PROP_HAS_MORE:
      g_value_set_boolean (value, tickets_paged_list_get_has_more (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_paged_list_class_init (TicketsPagedListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tickets_paged_list_dispose;
  object_class->finalize = tickets_paged_list_finalize;
  object_class->get_property = tickets_paged_list_get_property;

  properties[PROP_ITEM_TYPE] =
    g_param_spec_gtype ("item-type", NULL, NULL, G_TYPE_OBJECT,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /* The failure of the last page asked for; cleared when a page arrives. */
  properties[PROP_ERROR] =
    g_param_spec_boxed ("error", NULL, NULL, G_TYPE_ERROR,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /* How many the server has in all, -1 until the first page says. */
  properties[PROP_ITEM_COUNT] =
    g_param_spec_int64 ("item-count", NULL, NULL, -1, G_MAXINT64, -1,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_HAS_MORE] =
    g_param_spec_boolean ("has-more", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tickets_paged_list_init (TicketsPagedList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->item_count = -1;
  g_weak_ref_init (&self->owner, NULL);
}

TicketsPagedList *
tickets_paged_list_new (TicketsClient        *client,
                        const char           *first_uri,
                        TicketsAuth          *auth,
                        GType                 item_type,
                        TicketsPageParseFunc  parse,
                        TicketsAdoptFunc      adopt,
                        GObject              *owner)
{
  TicketsPagedList *self;

  g_return_val_if_fail (TICKETS_IS_CLIENT (client), NULL);
  g_return_val_if_fail (first_uri != NULL, NULL);
  g_return_val_if_fail (parse != NULL, NULL);

  self = g_object_new (TICKETS_TYPE_PAGED_LIST, NULL);
  self->client = g_object_ref (client);
  self->first_uri = g_strdup (first_uri);
  self->next_uri = g_strdup (first_uri);
  self->auth = auth != NULL ? tickets_auth_ref (auth) : NULL;
  self->item_type = item_type;
  self->parse = parse;
  self->adopt = adopt;
  g_weak_ref_set (&self->owner, owner);

  return self;
}

gboolean
tickets_paged_list_get_loading (TicketsPagedList *self)
{
  g_return_val_if_fail (TICKETS_IS_PAGED_LIST (self), FALSE);

  return self->cancellable != NULL;
}

const GError *
tickets_paged_list_get_error (TicketsPagedList *self)
{
  g_return_val_if_fail (TICKETS_IS_PAGED_LIST (self), NULL);

  return self->error;
}

gint64
tickets_paged_list_get_item_count (TicketsPagedList *self)
{
  g_return_val_if_fail (TICKETS_IS_PAGED_LIST (self), -1);

  return self->item_count;
}

gboolean
tickets_paged_list_get_has_more (TicketsPagedList *self)
{
  g_return_val_if_fail (TICKETS_IS_PAGED_LIST (self), FALSE);

  return self->next_uri != NULL;
}

static void
set_error (TicketsPagedList *self,
           const GError     *error)
{
  if (self->error == NULL && error == NULL)
    return;

  g_clear_error (&self->error);
  self->error = error != NULL ? g_error_copy (error) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR]);
}

static void
finish_loading (TicketsPagedList *self)
{
  g_clear_object (&self->cancellable);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

typedef struct
{
  TicketsPagedList *self;
  guint             generation;
  char             *uri;
} PageRequest;

static char *page_key (TicketsPagedList *self,
                       const char       *uri);

/* The page to show: the server's answer, or, when it cannot answer now,
 * the copy kept of that page (its items then say when it was fetched). */
static GBytes *
page_to_show (TicketsPagedList  *self,
              const char        *uri,
              GBytes            *bytes,
              const GError      *error,
              gint64            *fetched)
{
  g_autofree char *key = NULL;

  *fetched = 0;
  if (bytes != NULL)
    return g_bytes_ref (bytes);

  if (self->cache != NULL &&
      (tickets_api_error_is_unreachable (error) || tickets_api_error_is_transient (error)))
    {
      key = page_key (self, uri);
      return tickets_cache_get (self->cache, key, fetched);
    }

  return NULL;
}

static void
on_page_loaded (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  PageRequest *request = user_data;
  g_autoptr(TicketsPagedList) self = request->self;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(TicketsParsedPage) page = NULL;
  g_autoptr(GObject) owner = NULL;
  g_autoptr(GError) error = NULL;
  gboolean had_more;
  guint removed = 0;
  guint position;
  guint generation = request->generation;
  g_autofree char *uri = request->uri;
  g_autoptr(GBytes) kept = NULL;
  gint64 fetched = 0;

  g_free (request);

  bytes = tickets_client_get_json_finish (TICKETS_CLIENT (source), result, &error);

  /* A reload started since: this page belongs to the old one. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || generation != self->generation)
    return;

  g_object_freeze_notify (G_OBJECT (self));

  kept = page_to_show (self, uri, bytes, error, &fetched);
  if (kept != NULL)
    {
      g_autoptr(GError) kept_error = NULL;

      page = self->parse (kept, bytes != NULL ? &error : &kept_error);
      if (page != NULL && bytes == NULL)
        g_clear_error (&error);
    }

  if (page != NULL && bytes != NULL && self->cache != NULL)
    {
      g_autoptr(GError) put_error = NULL;
      g_autofree char *key = page_key (self, uri);

      if (!tickets_cache_put (self->cache, key, bytes, 0, &put_error))
        g_warning ("Not kept in the cache: %s", put_error->message);
    }

  if (page == NULL)
    {
      set_error (self, error);
      finish_loading (self);
      g_object_thaw_notify (G_OBJECT (self));
      return;
    }

  owner = g_weak_ref_get (&self->owner);
  if (self->replacing)
    {
      removed = self->items->len;
      g_ptr_array_set_size (self->items, 0);
      self->replacing = FALSE;
    }
  position = self->items->len;
  for (guint i = 0; i < page->items->len; i++)
    {
      gpointer item = g_ptr_array_index (page->items, i);

      if (fetched != 0 && TICKETS_IS_RESOURCE (item))
        tickets_resource_set_cached_at (item, fetched);
      if (self->adopt != NULL && owner != NULL)
        item = self->adopt (owner, item);
      g_ptr_array_add (self->items, g_object_ref (item));
    }

  had_more = self->next_uri != NULL;
  g_clear_pointer (&self->next_uri, g_free);
  self->next_uri = g_steal_pointer (&page->next_href);
  if (had_more != (self->next_uri != NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_MORE]);

  if (self->item_count != page->item_count)
    {
      self->item_count = page->item_count;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM_COUNT]);
    }

  set_error (self, NULL);
  finish_loading (self);

  if (removed > 0 || page->items->len > 0)
    {
      g_list_model_items_changed (G_LIST_MODEL (self), position, removed, page->items->len);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
    }

  g_object_thaw_notify (G_OBJECT (self));
}

void
tickets_paged_list_set_cache (TicketsPagedList *self,
                              TicketsCache     *cache,
                              const char       *base)
{
  g_return_if_fail (TICKETS_IS_PAGED_LIST (self));

  g_set_object (&self->cache, cache);
  g_free (self->cache_base);
  self->cache_base = g_strdup (base);
}

/* A page's URI in the cache: after the server's base, as the store's. */
static char *
page_key (TicketsPagedList *self,
          const char       *uri)
{
  if (self->cache_base != NULL && g_str_has_prefix (uri, self->cache_base))
    return g_strdup (uri + strlen (self->cache_base));

  return g_strdup (uri);
}

/**
 * tickets_paged_list_load_more:
 * @self: a #TicketsPagedList
 *
 * Asks for the next page, unless one is on its way or there is none. A
 * failure shows in #TicketsPagedList:error; calling again retries it.
 */
void
tickets_paged_list_load_more (TicketsPagedList *self)
{
  PageRequest *request;

  g_return_if_fail (TICKETS_IS_PAGED_LIST (self));

  if (self->cancellable != NULL || self->next_uri == NULL)
    return;

  self->cancellable = g_cancellable_new ();
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);

  request = g_new0 (PageRequest, 1);
  request->self = g_object_ref (self);
  request->generation = self->generation;
  request->uri = g_strdup (self->next_uri);
  tickets_client_get_json_async (self->client, self->next_uri, self->auth,
                                 self->cancellable, on_page_loaded, request);
}

/**
 * tickets_paged_list_reload:
 * @self: a #TicketsPagedList
 *
 * Starts again from the first page. The items already shown stay until it
 * arrives, so a view does not flash empty.
 */
void
tickets_paged_list_reload (TicketsPagedList *self)
{
  g_return_if_fail (TICKETS_IS_PAGED_LIST (self));

  self->generation++;
  if (self->cancellable != NULL)
    {
      g_cancellable_cancel (self->cancellable);
      g_clear_object (&self->cancellable);
    }

  self->replacing = TRUE;
  g_free (self->next_uri);
  self->next_uri = g_strdup (self->first_uri);
  tickets_paged_list_load_more (self);
}
