/* tickets-deprecation.c: the deprecation warnings a server's answer carries
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The API promises to warn before it drops something; the warnings go to
 * the log, once each per client, where a developer will look for them.
 */

#include "config.h"

#include <string.h>

#include "tickets-deprecation-private.h"

static void
add_warning (GPtrArray  *warnings,
             const char *text)
{
  if (text == NULL || *text == '\0')
    return;

  g_ptr_array_add (warnings, g_strdup (text));
}

/* RFC 7234: warn-code SP warn-agent SP "warn-text" [SP "warn-date"], separated by commas. */
static void
add_warning_header (GPtrArray  *warnings,
                    const char *value)
{
  const char *p = value;

  while (*p != '\0')
    {
      g_autoptr(GString) text = g_string_new (NULL);
      const char *start;

      while (*p == ' ' || *p == '\t' || *p == ',')
        p++;
      if (*p == '\0')
        break;

      start = p;
      while (g_ascii_isdigit (*p))
        p++;
      if (p > start && *p == ' ')
        {
          while (*p == ' ')
            p++;
          while (*p != '\0' && *p != ' ')
            p++;
          while (*p == ' ')
            p++;
        }
      if (p == start || *p != '"')
        {
          /* Not the RFC's shape: the whole value is the message. */
          add_warning (warnings, start);
          return;
        }

      for (p++; *p != '\0' && *p != '"'; p++)
        {
          if (*p == '\\' && p[1] != '\0')
            p++;
          g_string_append_c (text, *p);
        }
      if (*p == '"')
        p++;
      add_warning (warnings, text->str);

      while (*p == ' ')
        p++;
      if (*p == '"')
        {
          const char *end = strchr (p + 1, '"');

          p = end != NULL ? end + 1 : p + strlen (p);
        }
    }
}

static void
add_json_warning (GPtrArray  *warnings,
                  const char *field,
                  JsonNode   *node)
{
  g_autofree char *json = NULL;
  g_autofree char *text = NULL;
  const char *value;

  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    value = json_node_get_string (node);
  else if (JSON_NODE_HOLDS_NULL (node))
    return;
  else
    value = json = json_to_string (node, FALSE);

  if (field != NULL)
    value = text = g_strdup_printf ("%s: %s", field, value);

  add_warning (warnings, value);
}

/* Each string is a warning; so is each element of a list, and each member of
 * an object (a field and the warning about it). Anything else is shown as JSON. */
static void
add_json_warnings (GPtrArray *warnings,
                   JsonNode  *node)
{
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        add_json_warning (warnings, NULL, json_array_get_element (array, i));
    }
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObjectIter iter;
      const char *member;
      JsonNode *value;

      json_object_iter_init (&iter, json_node_get_object (node));
      while (json_object_iter_next (&iter, &member, &value))
        add_json_warning (warnings, member, value);
    }
  else
    add_json_warning (warnings, NULL, node);
}

/* The documentation promises a deprecation warning without showing its
 * form, so every form in use is looked for. */
GPtrArray *
tickets_deprecation_collect (SoupMessageHeaders *headers,
                             GBytes             *body)
{
  static const char * const members[] = {
    "deprecation", "deprecations", "deprecation_warning", "deprecation_warnings",
  };
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(JsonParser) parser = NULL;
  const char *warning;
  const char *deprecation;
  const char *text;
  JsonNode *root;
  gsize length;

  if ((deprecation = soup_message_headers_get_one (headers, "Deprecation")) != NULL)
    {
      g_autofree char *message = g_strdup_printf ("Deprecation: %s", deprecation);

      add_warning (warnings, message);
    }

  if ((warning = soup_message_headers_get_list (headers, "Warning")) != NULL)
    add_warning_header (warnings, warning);

  /* A cheap look first: answers can be large, and parsing is the caller's. */
  text = g_bytes_get_data (body, &length);
  if (text == NULL || g_strstr_len (text, length, "\"deprecation") == NULL)
    return g_steal_pointer (&warnings);

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, text, length, NULL))
    return g_steal_pointer (&warnings);

  root = json_parser_get_root (parser);
  if (!JSON_NODE_HOLDS_OBJECT (root))
    return g_steal_pointer (&warnings);

  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    {
      JsonNode *node = json_object_get_member (json_node_get_object (root), members[i]);

      if (node != NULL)
        add_json_warnings (warnings, node);
    }

  return g_steal_pointer (&warnings);
}

void
tickets_deprecation_log (GHashTable         *logged,
                         GUri               *uri,
                         SoupMessageHeaders *headers,
                         GBytes             *body)
{
  g_autoptr(GPtrArray) warnings = tickets_deprecation_collect (headers, body);

  for (guint i = 0; i < warnings->len; i++)
    {
      const char *text = g_ptr_array_index (warnings, i);

      if (!g_hash_table_add (logged, g_strdup (text)))
        continue;

      /* The path only: queries may hold personal data. */
      g_message ("Deprecation warning from the server at %s: %s", g_uri_get_path (uri), text);
    }
}
