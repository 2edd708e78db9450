/* tickets-sandbox-collection.c: the collection engine
 *
 * Filters (exact, __startswith, __gt, __gte, __lt, __lte) on the fields a
 * resource declares, and pages of PAGE_SIZE with their links.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tickets-sandbox-private.h"

#define PAGE_SIZE 20

/* Collections: filters and paging */


static JsonNode *
lookup_path (JsonObject *object,
             const char *path)
{
  g_auto(GStrv) parts = NULL;

  /* Most fields are top-level: no splitting for each of 100,000 items. */
  if (strchr (path, '.') == NULL)
    return object != NULL ? json_object_get_member (object, path) : NULL;

  parts = g_strsplit (path, ".", -1);

  for (guint i = 0; parts[i + 1] != NULL; i++)
    object = sandbox_get_object (object, parts[i]);

  return object != NULL ? json_object_get_member (object, parts[g_strv_length (parts) - 1]) : NULL;
}

static gboolean
is_date (const char *text)
{
  g_autoptr(GDateTime) parsed = NULL;
  g_autofree char *midnight = NULL;

  if (strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;

  midnight = g_strconcat (text, "T00:00:00Z", NULL);
  parsed = g_date_time_new_from_iso8601 (midnight, NULL);

  return parsed != NULL;
}

/* A filter value for a datetime field may be a date (midnight UTC) or a datetime. */
static GDateTime *
parse_filter_datetime (const char *text)
{
  if (is_date (text))
    {
      g_autofree char *midnight = g_strconcat (text, "T00:00:00Z", NULL);

      return g_date_time_new_from_iso8601 (midnight, NULL);
    }

  return g_date_time_new_from_iso8601 (text, NULL);
}

static int
compare_values (const FilterSpec *spec,
                const char       *value,
                const char       *wanted)
{
  if (spec->type == FIELD_DATETIME)
    {
      g_autoptr(GDateTime) a = parse_filter_datetime (value);
      g_autoptr(GDateTime) b = parse_filter_datetime (wanted);

      if (a == NULL || b == NULL)
        return a == NULL ? -1 : 1;
      return g_date_time_compare (a, b);
    }

  if (spec->type == FIELD_NUMBER)
    {
      gint64 a = g_ascii_strtoll (value, NULL, 10);
      gint64 b = g_ascii_strtoll (wanted, NULL, 10);

      return a < b ? -1 : a > b;
    }

  return strcmp (value, wanted);
}

/* One filter of a request, with what can be worked out once for all the
 * items it is matched against. */
typedef struct
{
  const FilterSpec *spec;
  const char       *op;
  const char       *wanted;
  char             *folded;        /* wanted, case-folded, for startswith */
  gsize             folded_length;
  gboolean          folded_ascii;  /* folded is all ASCII */
} Filter;

static gboolean
is_ascii_prefix (const char *text,
                 gsize       length)
{
  for (gsize i = 0; i < length; i++)
    if (text[i] == '\0' || (guchar) text[i] >= 0x80)
      return text[i] == '\0';

  return TRUE;
}

/* Case-insensitive prefix, as g_utf8_casefold() sees it. When the prefix
 * and the start of the value are plain ASCII, folding is lowercasing and
 * needs no copy: searching 100,000 consumers stays cheap. */
static gboolean
starts_with_folded (const char   *value,
                    const Filter *filter)
{
  g_autofree char *folded = NULL;

  if (filter->folded_ascii && is_ascii_prefix (value, filter->folded_length))
    return strlen (value) >= filter->folded_length &&
           g_ascii_strncasecmp (value, filter->folded, filter->folded_length) == 0;

  folded = g_utf8_casefold (value, -1);
  return g_str_has_prefix (folded, filter->folded);
}

static gboolean
string_matches (const Filter *filter,
                const char   *value)
{
  const FilterSpec *spec = filter->spec;
  const char *op = filter->op;
  const char *wanted = filter->wanted;

  if (g_str_equal (op, "startswith"))
    return starts_with_folded (value, filter);

  if (g_str_equal (op, ""))
    {
      if (spec->type == FIELD_STRING_CI)
        return g_ascii_strcasecmp (value, wanted) == 0;
      if (spec->type == FIELD_DATETIME)
        return compare_values (spec, value, wanted) == 0;
      return g_str_equal (value, wanted);
    }

  if (*value == '\0')
    return FALSE;
  if (g_str_equal (op, "gt"))
    return compare_values (spec, value, wanted) > 0;
  if (g_str_equal (op, "gte"))
    return compare_values (spec, value, wanted) >= 0;
  if (g_str_equal (op, "lt"))
    return compare_values (spec, value, wanted) < 0;
  if (g_str_equal (op, "lte"))
    return compare_values (spec, value, wanted) <= 0;

  return FALSE;
}

static gboolean
item_matches (JsonObject   *item,
              const Filter *filter)
{
  const FilterSpec *spec = filter->spec;
  JsonNode *node = lookup_path (item, spec->path);
  g_autofree char *number = NULL;
  const char *value = "";

  if (spec->type == FIELD_I18N)
    {
      JsonObject *text = node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      JsonObjectIter iter;
      const char *language;
      JsonNode *translation;

      if (text == NULL)
        return FALSE;

      json_object_iter_init (&iter, text);
      while (json_object_iter_next (&iter, &language, &translation))
        if (JSON_NODE_HOLDS_VALUE (translation) &&
            json_node_get_value_type (translation) == G_TYPE_STRING &&
            *json_node_get_string (translation) != '\0' &&
            string_matches (filter, json_node_get_string (translation)))
          return TRUE;

      return FALSE;
    }

  if (node != NULL && JSON_NODE_HOLDS_VALUE (node))
    {
      if (json_node_get_value_type (node) == G_TYPE_STRING)
        value = json_node_get_string (node);
      else if (json_node_get_value_type (node) == G_TYPE_INT64)
        value = number = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
    }

  return string_matches (filter, value);
}

static gboolean
valid_filter_value (const FilterSpec *spec,
                    const char       *value)
{
  switch (spec->type)
    {
    case FIELD_DATE:
      return is_date (value);
    case FIELD_DATETIME:
      {
        g_autoptr(GDateTime) parsed = parse_filter_datetime (value);

        return parsed != NULL;
      }
    case FIELD_NUMBER:
      {
        guint64 number;

        return g_ascii_string_to_unsigned (value, 10, 0, G_MAXINT, &number, NULL);
      }
    case FIELD_STRING:
    case FIELD_STRING_CI:
    case FIELD_I18N:
    default:
      return TRUE;
    }
}

/* What a collection's string fields look like case-folded, kept until the
 * collection changes, so that a __startswith over 100,000 consumers reads
 * one short string per item instead of walking each item's JSON. */
typedef struct
{
  guint64       generation;
  GPtrArray    *items;   /* the collection's objects, in its order */
  GHashTable   *folded;  /* FilterSpec path -> GPtrArray of folded strings, as items */
  GStringChunk *chunk;
} SearchCache;

static const char *
fold_member (SearchCache *cache,
             JsonObject  *item,
             const char  *path)
{
  JsonNode *node = lookup_path (item, path);
  g_autofree char *text = NULL;

  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    text = g_utf8_casefold (json_node_get_string (node), -1);

  return g_string_chunk_insert_const (cache->chunk, text != NULL ? text : "");
}

static void
search_cache_free (gpointer data)
{
  SearchCache *cache = data;

  g_ptr_array_unref (cache->items);
  g_hash_table_unref (cache->folded);
  g_string_chunk_free (cache->chunk);
  g_free (cache);
}

static SearchCache *
get_search_cache (SandboxData *data,
                  SandboxKind  kind)
{
  SearchCache *cache = sandbox_data_get_cache (data, kind);
  guint64 generation = sandbox_data_get_generation (data, kind);
  JsonArray *array;

  array = sandbox_data_list (data, kind);

  /* Items are only ever added at the end: the cache follows them. */
  if (cache != NULL && cache->generation == generation)
    {
      GHashTableIter iter;
      const char *path;
      GPtrArray *folded;
      guint known = cache->items->len;

      for (guint i = known; i < json_array_get_length (array); i++)
        g_ptr_array_add (cache->items, json_array_get_object_element (array, i));

      g_hash_table_iter_init (&iter, cache->folded);
      while (g_hash_table_iter_next (&iter, (gpointer *) &path, (gpointer *) &folded))
        for (guint i = known; i < cache->items->len; i++)
          g_ptr_array_add (folded, (gpointer) fold_member (cache, g_ptr_array_index (cache->items, i), path));

      return cache;
    }

  cache = g_new0 (SearchCache, 1);
  cache->generation = generation;
  cache->items = g_ptr_array_sized_new (json_array_get_length (array));
  for (guint i = 0; i < json_array_get_length (array); i++)
    g_ptr_array_add (cache->items, json_array_get_object_element (array, i));
  cache->folded = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
  cache->chunk = g_string_chunk_new (64 * 1024);
  sandbox_data_set_cache (data, kind, cache, search_cache_free);

  return cache;
}

static const char * const *
get_folded (SearchCache *cache,
            const char  *path)
{
  GPtrArray *folded = g_hash_table_lookup (cache->folded, path);

  if (folded == NULL)
    {
      folded = g_ptr_array_sized_new (cache->items->len);
      for (guint i = 0; i < cache->items->len; i++)
        g_ptr_array_add (folded, (gpointer) fold_member (cache, g_ptr_array_index (cache->items, i), path));
      g_hash_table_insert (cache->folded, (gpointer) path, folded);
    }

  return (const char * const *) folded->pdata;
}

/* Folds the fields a prefix may be asked of now rather than at the first
 * search, for a sandbox that was just given many items. */
void
sandbox_warm_search (TicketsSandbox   *self,
                     SandboxKind       kind,
                     const FilterSpec *specs)
{
  SearchCache *cache = get_search_cache (self->data, kind);

  for (guint i = 0; specs[i].name != NULL; i++)
    if ((specs[i].ops & OP_STARTSWITH) != 0 && specs[i].type != FIELD_I18N)
      get_folded (cache, specs[i].path);
}

/* Filters items (all of @kind, as sandbox_all_items() gave them) in place;
 * FALSE (with the response sent) on a bad query. */
gboolean
sandbox_filter_items (Request          *req,
                      SandboxKind       kind,
                      GPtrArray        *items,
                      const FilterSpec *specs)
{
  g_autoptr(GArray) filters = NULL;
  SearchCache *cache;
  gboolean whole;
  GHashTableIter iter;
  const char *name;
  const char *value;

  if (req->query == NULL)
    return TRUE;

  /* Every parameter is checked before any filtering. */
  filters = g_array_new (FALSE, TRUE, sizeof (Filter));
  g_hash_table_iter_init (&iter, req->query);
  while (g_hash_table_iter_next (&iter, (gpointer *) &name, (gpointer *) &value))
    {
      g_autofree char *field = NULL;
      const char *separator = strstr (name, "__");
      const char *op = separator != NULL ? separator + 2 : "";
      const FilterSpec *spec = NULL;
      FilterOps needed;
      Filter filter = { NULL, op, value, NULL, 0, FALSE };

      if (g_str_equal (name, "page"))
        continue;

      field = separator != NULL ? g_strndup (name, separator - name) : g_strdup (name);
      for (guint i = 0; specs[i].name != NULL; i++)
        if (g_str_equal (specs[i].name, field))
          spec = &specs[i];

      if (g_str_equal (op, ""))
        needed = OP_EXACT;
      else if (g_str_equal (op, "startswith"))
        needed = OP_STARTSWITH;
      else if (g_str_equal (op, "gt") || g_str_equal (op, "gte") || g_str_equal (op, "lt") || g_str_equal (op, "lte"))
        needed = OP_RANGE;
      else
        needed = 0;

      if (spec == NULL || (spec->ops & needed) == 0)
        {
          sandbox_respond_error (req, SOUP_STATUS_BAD_REQUEST, "BAD_REQUEST", NULL,
                                 "“%s” is not a query parameter this collection accepts.", name);
          return FALSE;
        }

      if (!valid_filter_value (spec, value))
        {
          sandbox_respond_error (req, SOUP_STATUS_BAD_REQUEST, "BAD_REQUEST", NULL,
                                 "“%s” is not a valid value for “%s”.", value, name);
          return FALSE;
        }

      filter.spec = spec;
      if (needed == OP_STARTSWITH)
        {
          filter.folded = g_utf8_casefold (value, -1);
          filter.folded_length = strlen (filter.folded);
          filter.folded_ascii = is_ascii_prefix (filter.folded, filter.folded_length);
        }

      /* A prefix goes first: it can use the cache, and it leaves the
       * other filters few items to look at. */
      if (needed == OP_STARTSWITH)
        g_array_prepend_val (filters, filter);
      else
        g_array_append_val (filters, filter);
    }

  cache = get_search_cache (req->self->data, kind);
  whole = items->len == cache->items->len;

  for (guint f = 0; f < filters->len; f++)
    {
      Filter *filter = &g_array_index (filters, Filter, f);
      guint kept = 0;

      if (whole && filter->folded != NULL && filter->spec->type != FIELD_I18N)
        {
          const char * const *folded = get_folded (cache, filter->spec->path);

          for (guint i = 0; i < items->len; i++)
            if (strncmp (folded[i], filter->folded, filter->folded_length) == 0)
              items->pdata[kept++] = items->pdata[i];
        }
      else
        {
          /* In place and in order, in one pass: removing one by one would
           * move the rest each time. */
          for (guint i = 0; i < items->len; i++)
            if (item_matches (g_ptr_array_index (items, i), filter))
              items->pdata[kept++] = items->pdata[i];
        }
      g_ptr_array_set_size (items, kept);
      whole = FALSE;
    }

  for (guint f = 0; f < filters->len; f++)
    g_free (g_array_index (filters, Filter, f).folded);

  return TRUE;
}

/* The request's own query with page=N in place of any page parameter. */
static char *
page_href (Request    *req,
           const char *path,
           guint       page)
{
  GUri *uri = soup_server_message_get_uri (req->msg);
  const char *query = g_uri_get_query (uri);
  g_auto(GStrv) parts = query != NULL ? g_strsplit (query, "&", -1) : g_new0 (char *, 1);
  g_autoptr(GString) href = g_string_new (req->repr.base);
  gboolean first = TRUE;

  g_string_append (href, path);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (*parts[i] == '\0' || g_str_has_prefix (parts[i], "page=") || g_str_equal (parts[i], "page"))
        continue;
      g_string_append_c (href, first ? '?' : '&');
      g_string_append (href, parts[i]);
      first = FALSE;
    }

  if (page > 1)
    g_string_append_printf (href, "%cpage=%u", first ? '?' : '&', page);

  return g_string_free (g_steal_pointer (&href), FALSE);
}

char *
sandbox_self_href (Request *req)
{
  GUri *uri = soup_server_message_get_uri (req->msg);
  const char *query = g_uri_get_query (uri);

  return g_strdup_printf ("%s%s%s%s", req->repr.base, g_uri_get_path (uri),
                          query != NULL ? "?" : "", query != NULL ? query : "");
}

void
sandbox_respond_page (Request            *req,
                      const char         *path,
                      const char         *profile,
                      const char         *rel,
                      const char         *search,
                      GPtrArray          *items,
                      JsonObject *      (*build) (const SandboxRepr *, JsonObject *))
{
  const char *page_text = req->query != NULL ? g_hash_table_lookup (req->query, "page") : NULL;
  guint64 page = 1;
  guint last = MAX (1, (items->len + PAGE_SIZE - 1) / PAGE_SIZE);
  g_autofree char *self = sandbox_self_href (req);
  g_autofree char *first_href = NULL;
  g_autofree char *last_href = NULL;
  JsonObject *object;
  JsonObject *links;
  JsonObject *embedded;
  JsonArray *list;

  if (page_text != NULL && !g_ascii_string_to_unsigned (page_text, 10, 1, G_MAXUINT, &page, NULL))
    {
      sandbox_respond_error (req, SOUP_STATUS_BAD_REQUEST, "BAD_REQUEST", NULL,
                             "“%s” is not a page number; pages start at 1.", page_text);
      return;
    }

  if (page > last)
    {
      sandbox_respond_error (req, SOUP_STATUS_NOT_FOUND, "NOT_FOUND", NULL,
                             "Page %" G_GUINT64_FORMAT " does not exist; the last page is %u.", page, last);
      return;
    }

  object = json_object_new ();
  links = sandbox_new_links (self, profile);
  if (search != NULL)
    {
      g_autofree char *search_href = g_strconcat (req->repr.base, search, NULL);

      sandbox_set_templated_link (links, "search", search_href);
    }

  first_href = page_href (req, path, 1);
  last_href = page_href (req, path, last);
  sandbox_set_link (links, "first", first_href);
  if (page > 1)
    {
      g_autofree char *prev = page_href (req, path, page - 1);

      sandbox_set_link (links, "prev", prev);
    }
  if (page < last)
    {
      g_autofree char *next = page_href (req, path, page + 1);

      sandbox_set_link (links, "next", next);
    }
  sandbox_set_link (links, "last", last_href);
  json_object_set_object_member (object, "_links", links);
  json_object_set_int_member (object, "item_count", items->len);

  list = json_array_new ();
  for (guint i = (page - 1) * PAGE_SIZE; i < MIN (items->len, page * PAGE_SIZE); i++)
    json_array_add_object_element (list, build (&req->repr, g_ptr_array_index (items, i)));

  embedded = json_object_new ();
  json_object_set_array_member (embedded, rel, list);
  json_object_set_object_member (object, "_embedded", embedded);

  sandbox_respond_json (req, SOUP_STATUS_OK, object);
}

GPtrArray *
sandbox_all_items (TicketsSandbox *self,
                   SandboxKind     kind)
{
  SearchCache *cache = get_search_cache (self->data, kind);

  return g_ptr_array_copy (cache->items, NULL, NULL);
}
