/* tickets-json.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tickets-error.h"
#include "tickets-json.h"

/* The API documentation's own examples carry // comments and trailing commas,
 * which json-glib rightly refuses. Servers built from those examples may do the
 * same, so a document that fails to parse is cleaned of both (outside strings)
 * and tried once more. Well-formed documents never pay for this. */
static char *
dup_without_comments_and_trailing_commas (const char *data,
                                          gsize       length,
                                          gsize      *out_length)
{
  g_autofree char *out = g_malloc (length + 1);
  gsize n = 0;
  char quote = 0;

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (quote != 0)
        {
          out[n++] = c;
          if (c == '\\' && i + 1 < length)
            out[n++] = data[++i];
          else if (c == quote)
            quote = 0;
          continue;
        }

      if (c == '"' || c == '\'')
        {
          quote = c;
          out[n++] = c;
        }
      else if (c == '/' && i + 1 < length && data[i + 1] == '/')
        {
          while (i < length && data[i] != '\n')
            i++;
          if (i < length)
            out[n++] = '\n';
        }
      else if (c == '/' && i + 1 < length && data[i + 1] == '*')
        {
          const char *end = g_strstr_len (data + i + 2, length - i - 2, "*/");

          i = end != NULL ? (gsize) (end - data) + 1 : length;
          out[n++] = ' ';
        }
      else if (c == '}' || c == ']')
        {
          gsize j = n;

          while (j > 0 && g_ascii_isspace (out[j - 1]))
            j--;
          if (j > 0 && out[j - 1] == ',')
            out[j - 1] = ' ';
          out[n++] = c;
        }
      else
        {
          out[n++] = c;
        }
    }

  out[n] = '\0';
  *out_length = n;
  return g_steal_pointer (&out);
}

static gboolean
looks_like_html (const char *data,
                 gsize       length)
{
  while (length > 0 && g_ascii_isspace (*data))
    {
      data++;
      length--;
    }

  return length > 0 && *data == '<';
}

/**
 * tickets_json_parse:
 * @bytes: a JSON document as received from a server
 * @error: return location for a #TICKETS_API_ERROR_INVALID_RESPONSE error
 *
 * Parses @bytes into a tree. An empty body, an HTML page, a truncated or
 * malformed document each give an error with a message a user can read.
 *
 * Returns: (transfer full): the root node
 */
JsonNode *
tickets_json_parse (GBytes  *bytes,
                    GError **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) parse_error = NULL;
  const char *data;
  gsize length = 0;

  data = bytes != NULL ? g_bytes_get_data (bytes, &length) : NULL;

  if (data == NULL || length == 0)
    {
      g_set_error_literal (error, TICKETS_API_ERROR, TICKETS_API_ERROR_INVALID_RESPONSE,
                           _("The server sent an empty answer."));
      return NULL;
    }

  if (looks_like_html (data, length))
    {
      g_set_error_literal (error, TICKETS_API_ERROR, TICKETS_API_ERROR_INVALID_RESPONSE,
                           _("The server answered with a web page instead of data. It may be down for maintenance."));
      return NULL;
    }

  if (!json_parser_load_from_data (parser, data, length, &parse_error))
    {
      g_autofree char *cleaned = NULL;
      gsize cleaned_length = 0;

      cleaned = dup_without_comments_and_trailing_commas (data, length, &cleaned_length);
      g_clear_object (&parser);
      parser = json_parser_new ();

      if (!json_parser_load_from_data (parser, cleaned, cleaned_length, NULL))
        {
          g_set_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_INVALID_RESPONSE,
                       _("The server sent data that could not be read (%s)."),
                       parse_error->message);
          return NULL;
        }
    }

  if (json_parser_get_root (parser) == NULL)
    {
      g_set_error_literal (error, TICKETS_API_ERROR, TICKETS_API_ERROR_INVALID_RESPONSE,
                           _("The server sent an empty answer."));
      return NULL;
    }

  return json_parser_steal_root (parser);
}

/* Releasing json-glib's tree of a large document costs about two thirds of
 * parsing it. Nobody waits for that: the model is built by then. So large
 * trees are released by a thread of their own, and the model reaches the
 * window that much sooner; small ones are not worth the hop. */
#define RELEASE_IN_THREAD_FROM (256 * 1024)

static int n_releasing;

static void
release_in_thread (gpointer data,
                   gpointer user_data)
{
  json_node_unref (data);
  g_atomic_int_dec_and_test (&n_releasing);
}

static GThreadPool *
get_release_pool (void)
{
  static GThreadPool *pool;

  if (g_once_init_enter (&pool))
    g_once_init_leave (&pool, g_thread_pool_new (release_in_thread, NULL, 1, FALSE, NULL));

  return pool;
}

/**
 * tickets_json_release:
 * @root: (transfer full) (nullable): a tree from tickets_json_parse()
 * @document_size: the size of the document it was parsed from
 *
 * Drops @root, in another thread when it is large.
 */
void
tickets_json_release (JsonNode *root,
                      gsize     document_size)
{
  if (root == NULL)
    return;

  if (document_size < RELEASE_IN_THREAD_FROM)
    {
      json_node_unref (root);
      return;
    }

  g_atomic_int_inc (&n_releasing);
  if (!g_thread_pool_push (get_release_pool (), root, NULL))
    release_in_thread (root, NULL);
}

/**
 * tickets_json_wait_for_releases:
 *
 * Waits until every tree handed to tickets_json_release() is gone, so that
 * a measurement is not disturbed by the release of the one before.
 */
void
tickets_json_wait_for_releases (void)
{
  while (g_atomic_int_get (&n_releasing) > 0)
    g_usleep (1000);
}
