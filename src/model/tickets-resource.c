/* tickets-resource.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tickets-model-private.h"
#include "tickets-resource-private.h"
#include "tickets-ticket.h"

/* Presence: a short representation (the Cognito "my tickets" list) carries a
 * subset of the fields, and merging it into a full ticket must not wipe what
 * it lacks. Every setter marks its property; merge copies only marked ones.
 * The marks are bits indexed by param_id: one mask for this class' own
 * properties and one for the (final) subclass'. */
#define MAX_SUBCLASS_PROPS 64

typedef struct
{
  char    *uid;
  char    *href;
  guint32  own_present;
  guint64  subclass_present;
  /* When the cache's copy was fetched, 0 for the server's own answer. */
  gint64   cached_at;

  /* Only for the subclasses that hold tickets, else NULL. */
  GListStore *tickets;
  GParamSpec *tickets_pspec;
} TicketsResourcePrivate;

G_DEFINE_TYPE_WITH_PRIVATE (TicketsResource, tickets_resource, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_UID,
  PROP_HREF,
  PROP_CACHED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A subclass' own pspecs by param_id, built once per type: listing a class'
 * properties walks every pspec of the process. */
typedef struct
{
  guint       n_pspecs;
  GParamSpec *pspecs[MAX_SUBCLASS_PROPS];
} PropertyTable;

G_LOCK_DEFINE_STATIC (property_tables);

static const PropertyTable *
get_property_table (GType type)
{
  static GQuark quark;
  PropertyTable *table;

  if (G_UNLIKELY (quark == 0))
    quark = g_quark_from_static_string ("tickets-resource-property-table");

  G_LOCK (property_tables);
  table = g_type_get_qdata (type, quark);
  if (table == NULL)
    {
      GObjectClass *klass = g_type_class_peek (type);
      g_autofree GParamSpec **pspecs = NULL;
      guint n_pspecs;

      table = g_new0 (PropertyTable, 1);
      pspecs = g_object_class_list_properties (klass, &n_pspecs);
      for (guint i = 0; i < n_pspecs; i++)
        {
          if (pspecs[i]->owner_type != type || pspecs[i]->param_id >= MAX_SUBCLASS_PROPS)
            continue;
          table->pspecs[pspecs[i]->param_id] = pspecs[i];
          table->n_pspecs = MAX (table->n_pspecs, pspecs[i]->param_id + 1);
        }
      g_type_set_qdata (type, quark, table);
    }
  G_UNLOCK (property_tables);

  return table;
}

/* What g_object_get_property() and g_object_set_property() do once they have
 * found the pspec; merge already has it, and skips the name lookups. */
static void
copy_property (GObject    *dest,
               GObject    *source,
               GParamSpec *pspec)
{
  GObjectClass *owner_class = g_type_class_peek (pspec->owner_type);
  GValue value = G_VALUE_INIT;

  if ((pspec->flags & G_PARAM_WRITABLE) == 0 || (pspec->flags & G_PARAM_CONSTRUCT_ONLY) != 0)
    return;

  g_value_init (&value, pspec->value_type);
  owner_class->get_property (source, pspec->param_id, &value, pspec);
  owner_class->set_property (dest, pspec->param_id, &value, pspec);
  g_value_unset (&value);
}

/* Replaces the items of @store with @items (NULL: none) in one splice, only
 * when the sequence of pointers differs. */
static void
list_store_replace (GListStore *store,
                    GPtrArray  *items)
{
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (store));
  guint n_new = items != NULL ? items->len : 0;

  if (n_old == n_new)
    {
      guint i;

      for (i = 0; i < n_old; i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (store), i);

          if (item != g_ptr_array_index (items, i))
            break;
        }

      if (i == n_old)
        return;
    }

  g_list_store_splice (store, 0, n_old, n_new > 0 ? items->pdata : NULL, n_new);
}

static GPtrArray *
list_model_dup_items (GListModel *model)
{
  guint n_items = g_list_model_get_n_items (model);
  GPtrArray *items = g_ptr_array_new_full (n_items, g_object_unref);

  for (guint i = 0; i < n_items; i++)
    g_ptr_array_add (items, g_list_model_get_item (model, i));

  return items;
}

/* The one rule for the tickets of an order, a personalization or a
 * personalization request, when @source carried them:
 *  - the list is the server's, in its order: a ticket it no longer lists
 *    leaves the list (the ticket itself lives on where else it is held);
 *  - a uid already in the list keeps its object, merged from the fresh one,
 *    so rows bound to it and what only this app knows of it (a draft, a
 *    save under way, a friend's pending request) stay. The store has
 *    usually put its own objects in @source already: then they are the
 *    same, and nothing needs merging;
 *  - the list emits items-changed once, and only when the sequence of
 *    objects changed. */
static void
merge_ticket_list (TicketsResource *self,
                   TicketsResource *source)
{
  TicketsResourcePrivate *priv = tickets_resource_get_instance_private (self);
  TicketsResourcePrivate *source_priv = tickets_resource_get_instance_private (source);
  GListModel *fresh = G_LIST_MODEL (source_priv->tickets);
  guint n_fresh = g_list_model_get_n_items (fresh);
  g_autoptr(GPtrArray) known = list_model_dup_items (G_LIST_MODEL (priv->tickets));
  g_autoptr(GPtrArray) merged = g_ptr_array_new_full (n_fresh, g_object_unref);
  g_autoptr(GHashTable) known_by_uid = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < known->len; i++)
    {
      TicketsResource *ticket = g_ptr_array_index (known, i);

      if (tickets_resource_get_uid (ticket) != NULL)
        g_hash_table_insert (known_by_uid, (gpointer) tickets_resource_get_uid (ticket), ticket);
    }

  for (guint i = 0; i < n_fresh; i++)
    {
      g_autoptr(TicketsResource) ticket = g_list_model_get_item (fresh, i);
      const char *uid = tickets_resource_get_uid (ticket);
      TicketsResource *kept = uid != NULL ? g_hash_table_lookup (known_by_uid, uid) : NULL;

      if (kept != NULL && kept != ticket)
        {
          tickets_resource_merge (kept, ticket);
          g_ptr_array_add (merged, g_object_ref (kept));
        }
      else
        g_ptr_array_add (merged, g_steal_pointer (&ticket));
    }

  tickets_resource_set_ticket_list (self, merged);
}

static void
tickets_resource_real_merge (TicketsResource *self,
                             TicketsResource *source)
{
  TicketsResourcePrivate *source_priv = tickets_resource_get_instance_private (source);
  const PropertyTable *table = get_property_table (G_OBJECT_TYPE (source));

  for (guint id = 1; id < N_PROPS; id++)
    if (source_priv->own_present & (1u << id))
      copy_property (G_OBJECT (self), G_OBJECT (source), properties[id]);

  for (guint id = 1; id < table->n_pspecs; id++)
    if ((source_priv->subclass_present & (G_GUINT64_CONSTANT (1) << id)) != 0
        && table->pspecs[id] != NULL)
      copy_property (G_OBJECT (self), G_OBJECT (source), table->pspecs[id]);

  /* A copy from the server makes the object current again. */
  tickets_resource_set_cached_at (self, source_priv->cached_at);

  if (source_priv->tickets != NULL &&
      (source_priv->subclass_present & (G_GUINT64_CONSTANT (1) << source_priv->tickets_pspec->param_id)) != 0)
    merge_ticket_list (self, source);
}

static void
tickets_resource_finalize (GObject *object)
{
  TicketsResource *self = TICKETS_RESOURCE (object);
  TicketsResourcePrivate *priv = tickets_resource_get_instance_private (self);

  g_free (priv->uid);
  g_free (priv->href);
  g_clear_object (&priv->tickets);

  G_OBJECT_CLASS (tickets_resource_parent_class)->finalize (object);
}

static void
tickets_resource_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  TicketsResource *self = TICKETS_RESOURCE (object);
  TicketsResourcePrivate *priv = tickets_resource_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_UID:
      g_value_set_string (value, priv->uid);
      break;

    case PROP_HREF:
      g_value_set_string (value, priv->href);
      break;

    case PROP_CACHED_AT:
      g_value_set_int64 (value, priv->cached_at);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_resource_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  TicketsResource *self = TICKETS_RESOURCE (object);
  TicketsResourcePrivate *priv = tickets_resource_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_UID:
      priv->uid = g_value_dup_string (value);
      if (priv->uid != NULL)
        tickets_resource_mark_present (self, pspec);
      break;

    case PROP_HREF:
      tickets_resource_set_href (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_resource_class_init (TicketsResourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tickets_resource_finalize;
  object_class->get_property = tickets_resource_get_property;
  object_class->set_property = tickets_resource_set_property;

  klass->merge = tickets_resource_real_merge;

  properties[PROP_UID] =
    g_param_spec_string ("uid", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_HREF] =
    g_param_spec_string ("href", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /* Not the server's: never marked present, and merge copies it always
   * (see real_merge). Set with tickets_resource_set_cached_at(). */
  properties[PROP_CACHED_AT] =
    g_param_spec_int64 ("cached-at", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tickets_resource_init (TicketsResource *self)
{
}

const char *
tickets_resource_get_uid (TicketsResource *self)
{
  TicketsResourcePrivate *priv = tickets_resource_get_instance_private (self);

  g_return_val_if_fail (TICKETS_IS_RESOURCE (self), NULL);

  return priv->uid;
}

const char *
tickets_resource_get_href (TicketsResource *self)
{
  TicketsResourcePrivate *priv = tickets_resource_get_instance_private (self);

  g_return_val_if_fail (TICKETS_IS_RESOURCE (self), NULL);

  return priv->href;
}

void
tickets_resource_set_href (TicketsResource *self,
                           const char      *href)
{
  TicketsResourcePrivate *priv = tickets_resource_get_instance_private (self);

  g_return_if_fail (TICKETS_IS_RESOURCE (self));

  tickets_resource_mark_present (self, properties[PROP_HREF]);
  if (tickets_set_str (&priv->href, href))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HREF]);
}

void
tickets_resource_mark_present (TicketsResource *self,
                               GParamSpec      *pspec)
{
  TicketsResourcePrivate *priv = tickets_resource_get_instance_private (self);

  g_return_if_fail (TICKETS_IS_RESOURCE (self));
  g_return_if_fail (pspec != NULL);

  if (pspec->owner_type == TICKETS_TYPE_RESOURCE)
    priv->own_present |= 1u << pspec->param_id;
  else
    {
      g_return_if_fail (pspec->param_id < MAX_SUBCLASS_PROPS);
      g_return_if_fail (pspec->owner_type == G_OBJECT_TYPE (self));
      priv->subclass_present |= G_GUINT64_CONSTANT (1) << pspec->param_id;
    }
}

void
tickets_resource_mark_absent (gpointer    resource,
                              GParamSpec *pspec)
{
  TicketsResource *self = resource;
  TicketsResourcePrivate *priv;

  g_return_if_fail (TICKETS_IS_RESOURCE (self));
  g_return_if_fail (pspec != NULL);

  priv = tickets_resource_get_instance_private (self);
  if (pspec->owner_type == TICKETS_TYPE_RESOURCE)
    priv->own_present &= ~(1u << pspec->param_id);
  else
    {
      g_return_if_fail (pspec->param_id < MAX_SUBCLASS_PROPS);
      g_return_if_fail (pspec->owner_type == G_OBJECT_TYPE (self));
      priv->subclass_present &= ~(G_GUINT64_CONSTANT (1) << pspec->param_id);
    }
}

gboolean
tickets_resource_is_present (TicketsResource *self,
                             const char      *property_name)
{
  TicketsResourcePrivate *priv = tickets_resource_get_instance_private (self);
  GParamSpec *pspec;

  g_return_val_if_fail (TICKETS_IS_RESOURCE (self), FALSE);
  g_return_val_if_fail (property_name != NULL, FALSE);

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (self), property_name);
  if (pspec == NULL)
    return FALSE;

  if (pspec->owner_type == TICKETS_TYPE_RESOURCE)
    return (priv->own_present & (1u << pspec->param_id)) != 0;
  if (pspec->owner_type != G_OBJECT_TYPE (self) || pspec->param_id >= MAX_SUBCLASS_PROPS)
    return FALSE;

  return (priv->subclass_present & (G_GUINT64_CONSTANT (1) << pspec->param_id)) != 0;
}

void
tickets_resource_merge (TicketsResource *self,
                        TicketsResource *source)
{
  g_return_if_fail (TICKETS_IS_RESOURCE (self));
  g_return_if_fail (TICKETS_IS_RESOURCE (source));
  g_return_if_fail (G_OBJECT_TYPE (self) == G_OBJECT_TYPE (source));

  if (self == source)
    return;

  /* Properties that change together reach handlers once, and consistent. */
  g_object_freeze_notify (G_OBJECT (self));
  TICKETS_RESOURCE_GET_CLASS (self)->merge (self, source);
  g_object_thaw_notify (G_OBJECT (self));
}

gboolean
tickets_set_str (char       **ptr,
                 const char  *value)
{
  if (g_strcmp0 (*ptr, value) == 0)
    return FALSE;

  g_free (*ptr);
  *ptr = g_strdup (value);

  return TRUE;
}

gboolean
tickets_set_strv (char               ***ptr,
                  const char * const   *value)
{
  if (*ptr == (char **) value)
    return FALSE;
  if (*ptr != NULL && value != NULL && g_strv_equal ((const char * const *) *ptr, value))
    return FALSE;

  g_strfreev (*ptr);
  *ptr = g_strdupv ((char **) value);

  return TRUE;
}

gboolean
tickets_set_date_time (GDateTime **ptr,
                       GDateTime  *value)
{
  if (*ptr == value)
    return FALSE;
  if (*ptr != NULL && value != NULL && g_date_time_equal (*ptr, value))
    return FALSE;

  g_clear_pointer (ptr, g_date_time_unref);
  if (value != NULL)
    *ptr = g_date_time_ref (value);

  return TRUE;
}

gboolean
tickets_set_value_object (gpointer         *ptr,
                          gpointer          value,
                          TicketsEqualFunc  equal)
{
  /* The old object stays when equal: nobody holding it sees a change. */
  if (equal (*ptr, value))
    return FALSE;

  g_set_object ((GObject **) ptr, value);

  return TRUE;
}

void
tickets_resource_init_ticket_list (TicketsResource *self,
                                   GParamSpec      *pspec)
{
  TicketsResourcePrivate *priv = tickets_resource_get_instance_private (self);

  g_return_if_fail (TICKETS_IS_RESOURCE (self));
  g_return_if_fail (priv->tickets == NULL);
  g_return_if_fail (pspec != NULL && pspec->owner_type == G_OBJECT_TYPE (self));
  g_return_if_fail (pspec->param_id < MAX_SUBCLASS_PROPS);

  priv->tickets = g_list_store_new (TICKETS_TYPE_TICKET);
  priv->tickets_pspec = pspec;
}

/**
 * tickets_resource_get_ticket_list:
 *
 * Returns: (transfer none) (nullable): a list of TicketsTicket, the same
 *   list for the resource's whole life; NULL for a kind of resource that
 *   holds no tickets
 */
GListModel *
tickets_resource_get_ticket_list (TicketsResource *self)
{
  TicketsResourcePrivate *priv = tickets_resource_get_instance_private (self);

  g_return_val_if_fail (TICKETS_IS_RESOURCE (self), NULL);

  return (GListModel *) priv->tickets;
}

/**
 * tickets_resource_set_ticket_list:
 * @tickets: (nullable) (element-type TicketsTicket): the tickets, in order
 *
 * Makes the list exactly @tickets, these objects: a parser or the store
 * filling a fresh representation. Replaces the content in one
 * items-changed, and only when the sequence of tickets differs, so that
 * views keep their rows otherwise. A merge goes by uid instead (see
 * tickets_resource_merge()).
 */
void
tickets_resource_set_ticket_list (TicketsResource *self,
                                  GPtrArray       *tickets)
{
  TicketsResourcePrivate *priv = tickets_resource_get_instance_private (self);

  g_return_if_fail (TICKETS_IS_RESOURCE (self));
  g_return_if_fail (priv->tickets != NULL);

  tickets_resource_mark_present (self, priv->tickets_pspec);
  list_store_replace (priv->tickets, tickets);
}

/* The uid at the end of @path ("…/<collection>/<uid>", trailing slashes
 * aside), NULL when the segment before it is not @collection. */
static char *
uid_from_path (const char *collection,
               const char *path,
               const char *path_end)
{
  const char *uid_end = path_end;
  const char *uid_start;
  const char *collection_start;

  while (uid_end > path && uid_end[-1] == '/')
    uid_end--;
  uid_start = uid_end;
  while (uid_start > path && uid_start[-1] != '/')
    uid_start--;
  if (uid_start == uid_end || uid_start == path)
    return NULL;

  collection_start = uid_start - 1;
  while (collection_start > path && collection_start[-1] != '/')
    collection_start--;
  if ((size_t) (uid_start - 1 - collection_start) != strlen (collection) ||
      strncmp (collection_start, collection, strlen (collection)) != 0)
    return NULL;

  return g_uri_unescape_segment (uid_start, uid_end, "/");
}

static gboolean
is_uid (const char *text)
{
  if (*text == '\0')
    return FALSE;

  for (const char *c = text; *c != '\0'; c++)
    if (g_ascii_isspace (*c) || strchr ("/?#%", *c) != NULL)
      return FALSE;

  return TRUE;
}

char *
tickets_resource_parse_reference (const char *collection,
                                  const char *text)
{
  g_autofree char *stripped = NULL;
  g_autofree char *uid = NULL;

  g_return_val_if_fail (collection != NULL && *collection != '\0', NULL);

  if (text == NULL)
    return NULL;

  stripped = g_strstrip (g_strdup (text));

  if (g_uri_peek_scheme (stripped) != NULL)
    {
      g_autoptr(GUri) uri = g_uri_parse (stripped, G_URI_FLAGS_ENCODED, NULL);
      const char *scheme = uri != NULL ? g_uri_get_scheme (uri) : NULL;
      const char *path;

      if (uri == NULL || g_uri_get_host (uri) == NULL ||
          (g_strcmp0 (scheme, "https") != 0 && g_strcmp0 (scheme, "http") != 0))
        return NULL;

      path = g_uri_get_path (uri);
      uid = uid_from_path (collection, path, path + strlen (path));

      return uid != NULL && is_uid (uid) ? g_steal_pointer (&stripped) : NULL;
    }

  if (strchr (stripped, '/') != NULL)
    uid = uid_from_path (collection, stripped, stripped + strcspn (stripped, "?#"));
  else
    uid = g_strdup (stripped);

  return uid != NULL && is_uid (uid) ? g_steal_pointer (&uid) : NULL;
}

/**
 * tickets_resource_get_cached_at:
 *
 * Returns: when the copy this object shows was fetched (unix seconds), if
 *   it came from the cache because the server could not be asked; 0 once
 *   the server's own answer was merged in.
 */
gint64
tickets_resource_get_cached_at (TicketsResource *self)
{
  TicketsResourcePrivate *priv;

  g_return_val_if_fail (TICKETS_IS_RESOURCE (self), 0);

  priv = tickets_resource_get_instance_private (self);
  return priv->cached_at;
}

void
tickets_resource_set_cached_at (TicketsResource *self,
                                gint64           cached_at)
{
  TicketsResourcePrivate *priv;

  g_return_if_fail (TICKETS_IS_RESOURCE (self));

  priv = tickets_resource_get_instance_private (self);
  if (priv->cached_at == cached_at)
    return;

  priv->cached_at = cached_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CACHED_AT]);
}
