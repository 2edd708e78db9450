/* tickets-hal.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tickets-hal.h"

G_DEFINE_BOXED_TYPE (TicketsHalLink, tickets_hal_link, tickets_hal_link_copy, tickets_hal_link_free)

TicketsHalLink *
tickets_hal_link_copy (const TicketsHalLink *link)
{
  TicketsHalLink *copy;

  g_return_val_if_fail (link != NULL, NULL);

  copy = g_new0 (TicketsHalLink, 1);
  copy->href = g_strdup (link->href);
  copy->type = g_strdup (link->type);
  copy->name = g_strdup (link->name);
  copy->title = g_strdup (link->title);
  copy->templated = link->templated;

  return copy;
}

void
tickets_hal_link_free (TicketsHalLink *link)
{
  if (link == NULL)
    return;

  g_free (link->href);
  g_free (link->type);
  g_free (link->name);
  g_free (link->title);
  g_free (link);
}

static const char *
node_get_string (JsonNode *node)
{
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

static JsonObject *
node_get_object (JsonNode *node)
{
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;

  return json_node_get_object (node);
}

static JsonNode *
get_member (JsonObject *object,
            const char *member)
{
  if (object == NULL || member == NULL)
    return NULL;

  return json_object_get_member (object, member);
}

static const char *
get_string_member (JsonObject *object,
                   const char *member)
{
  return node_get_string (get_member (object, member));
}

static JsonNode *
get_link_node (JsonObject *resource,
               const char *rel)
{
  return get_member (node_get_object (get_member (resource, "_links")), rel);
}

/* A link object is one element; a list has its elements; anything else none. */
static guint
count_elements (JsonNode *node)
{
  if (node == NULL)
    return 0;
  if (JSON_NODE_HOLDS_OBJECT (node))
    return 1;
  if (JSON_NODE_HOLDS_ARRAY (node))
    return json_array_get_length (json_node_get_array (node));

  return 0;
}

static JsonObject *
get_element (JsonNode *node,
             guint     index)
{
  if (index >= count_elements (node))
    return NULL;
  if (JSON_NODE_HOLDS_OBJECT (node))
    return json_node_get_object (node);

  return node_get_object (json_array_get_element (json_node_get_array (node), index));
}

static gboolean
get_boolean_member (JsonObject *object,
                    const char *member)
{
  JsonNode *node = get_member (object, member);

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_BOOLEAN &&
         json_node_get_boolean (node);
}

GPtrArray *
tickets_hal_get_links (JsonObject *resource,
                       const char *rel)
{
  GPtrArray *links = g_ptr_array_new_with_free_func ((GDestroyNotify) tickets_hal_link_free);
  JsonNode *node = get_link_node (resource, rel);
  guint n = count_elements (node);

  for (guint i = 0; i < n; i++)
    {
      JsonObject *object = get_element (node, i);
      const char *href = get_string_member (object, "href");
      TicketsHalLink *link;

      if (href == NULL)
        continue;

      link = g_new0 (TicketsHalLink, 1);
      link->href = g_strdup (href);
      link->type = g_strdup (get_string_member (object, "type"));
      link->name = g_strdup (get_string_member (object, "name"));
      link->title = g_strdup (get_string_member (object, "title"));
      link->templated = get_boolean_member (object, "templated");
      g_ptr_array_add (links, link);
    }

  return links;
}

const char *
tickets_hal_get_href (JsonObject *resource,
                      const char *rel)
{
  return tickets_hal_link_get_href (get_link_node (resource, rel));
}

char **
tickets_hal_dup_hrefs (JsonObject *resource,
                       const char *rel)
{
  return tickets_hal_link_dup_hrefs (get_link_node (resource, rel));
}

/**
 * tickets_hal_link_get_href:
 * @link: (nullable): the value of one relation in `_links`: a link or a list of them
 *
 * For a caller that walks `_links` itself, which saves looking it up again
 * for each relation.
 *
 * Returns: (nullable): the first link's href, or %NULL
 */
const char *
tickets_hal_link_get_href (JsonNode *link)
{
  guint n = count_elements (link);

  for (guint i = 0; i < n; i++)
    {
      const char *href = get_string_member (get_element (link, i), "href");

      if (href != NULL)
        return href;
    }

  return NULL;
}

/**
 * tickets_hal_link_dup_hrefs:
 * @link: (nullable): the value of one relation in `_links`
 *
 * Returns: (transfer full): every href, maybe none
 */
char **
tickets_hal_link_dup_hrefs (JsonNode *link)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint n = count_elements (link);

  for (guint i = 0; i < n; i++)
    {
      const char *href = get_string_member (get_element (link, i), "href");

      if (href != NULL)
        g_strv_builder_add (builder, href);
    }

  return g_strv_builder_end (builder);
}

char *
tickets_hal_expand_curie (JsonObject *resource,
                          const char *rel)
{
  g_autofree char *prefix = NULL;
  JsonNode *curies;
  const char *colon;
  guint n;

  if (rel == NULL || (colon = strchr (rel, ':')) == NULL || colon == rel || colon[1] == '\0')
    return NULL;

  prefix = g_strndup (rel, colon - rel);
  curies = get_link_node (resource, "curies");
  n = count_elements (curies);

  for (guint i = 0; i < n; i++)
    {
      JsonObject *curie = get_element (curies, i);
      const char *href = get_string_member (curie, "href");
      g_autoptr(GHashTable) variables = NULL;

      if (href == NULL || g_strcmp0 (get_string_member (curie, "name"), prefix) != 0)
        continue;

      variables = g_hash_table_new (g_str_hash, g_str_equal);
      g_hash_table_insert (variables, (gpointer) "rel", (gpointer) (colon + 1));

      return tickets_hal_expand_template (href, variables);
    }

  return NULL;
}

char *
tickets_hal_get_documentation_uri (JsonObject *resource,
                                   const char *rel)
{
  if (g_strcmp0 (rel, "profile") == 0 || g_strcmp0 (rel, "help") == 0)
    return g_strdup (tickets_hal_get_href (resource, rel));

  return tickets_hal_expand_curie (resource, rel);
}

/* RFC 3986 reserved characters, which {+var} and {#var} keep as they are. */
#define RESERVED_CHARS ":/?#[]@!$&'()*+,;="

static void
append_encoded (GString    *uri,
                const char *value,
                gboolean    keep_reserved)
{
  g_autofree char *escaped = g_uri_escape_string (value, keep_reserved ? RESERVED_CHARS : NULL, FALSE);

  g_string_append (uri, escaped);
}

static void
expand_expression (GString    *uri,
                   const char *expression,
                   gsize       length,
                   GHashTable *variables)
{
  g_autofree char *list = NULL;
  g_auto(GStrv) names = NULL;
  gboolean form = FALSE;
  gboolean keep_reserved = FALSE;
  const char *first = "";
  const char *separator = ",";
  guint n_defined = 0;

  switch (length > 0 ? expression[0] : '\0')
    {
    case '?':
      form = TRUE;
      first = "?";
      separator = "&";
      break;
    case '&':
      form = TRUE;
      first = "&";
      separator = "&";
      break;
    case '+':
      keep_reserved = TRUE;
      break;
    case '#':
      keep_reserved = TRUE;
      first = "#";
      break;
    default:
      break;
    }
  if (form || keep_reserved)
    {
      expression++;
      length--;
    }

  list = g_strndup (expression, length);
  names = g_strsplit (list, ",", -1);

  for (guint i = 0; names[i] != NULL; i++)
    {
      char *name = g_strstrip (names[i]);
      const char *value;

      /* No prefixes or explosions in these templates: a modifier is dropped. */
      name[strcspn (name, ":*")] = '\0';
      value = variables != NULL ? g_hash_table_lookup (variables, name) : NULL;
      if (value == NULL)
        continue;

      g_string_append (uri, n_defined == 0 ? first : separator);
      if (form)
        {
          append_encoded (uri, name, FALSE);
          g_string_append_c (uri, '=');
        }
      append_encoded (uri, value, keep_reserved);
      n_defined++;
    }
}

char *
tickets_hal_expand_template (const char *template_,
                             GHashTable *variables)
{
  GString *uri;
  const char *p;

  g_return_val_if_fail (template_ != NULL, NULL);

  uri = g_string_sized_new (strlen (template_) + 32);
  p = template_;

  while (*p != '\0')
    {
      const char *open = strchr (p, '{');
      const char *close;

      if (open == NULL || (close = strchr (open, '}')) == NULL)
        {
          g_string_append (uri, p);
          break;
        }

      g_string_append_len (uri, p, open - p);
      expand_expression (uri, open + 1, close - open - 1, variables);
      p = close + 1;
    }

  return g_string_free (uri, FALSE);
}

guint
tickets_hal_get_n_embedded (JsonObject *resource,
                            const char *rel)
{
  return count_elements (get_member (node_get_object (get_member (resource, "_embedded")), rel));
}

JsonObject *
tickets_hal_get_embedded (JsonObject *resource,
                          const char *rel,
                          guint       index)
{
  return get_element (get_member (node_get_object (get_member (resource, "_embedded")), rel), index);
}

void
tickets_hal_foreach_embedded (JsonObject     *resource,
                              const char     *rel,
                              TicketsHalFunc  func,
                              gpointer        user_data)
{
  JsonNode *node = get_member (node_get_object (get_member (resource, "_embedded")), rel);
  guint n = count_elements (node);

  g_return_if_fail (func != NULL);

  for (guint i = 0; i < n; i++)
    {
      JsonObject *object = get_element (node, i);

      if (object != NULL)
        func (object, i, user_data);
    }
}

const char *
tickets_hal_get_next_href (JsonObject *resource)
{
  return tickets_hal_get_href (resource, "next");
}

char *
tickets_hal_uid_from_href (const char *href)
{
  g_autofree char *path = NULL;
  const char *end;
  const char *start;

  if (href == NULL)
    return NULL;

  if (g_uri_peek_scheme (href) != NULL)
    {
      if (!g_uri_split (href, G_URI_FLAGS_ENCODED, NULL, NULL, NULL, NULL, &path, NULL, NULL, NULL))
        return NULL;
    }
  else
    path = g_strndup (href, strcspn (href, "?#"));

  end = path + strlen (path);
  while (end > path && end[-1] == '/')
    end--;
  if (end == path)
    return NULL;

  start = end;
  while (start > path && start[-1] != '/')
    start--;

  return g_uri_unescape_segment (start, end, "/");
}

char *
tickets_hal_resolve (const char *base,
                     const char *href)
{
  if (href == NULL)
    return NULL;

  return g_uri_resolve_relative (base, href, G_URI_FLAGS_ENCODED, NULL);
}
