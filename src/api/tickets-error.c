/* tickets-error.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <libsoup/soup.h>

#include "tickets-error.h"

typedef struct
{
  char       *type;
  char       *message;
  char       *logref;
  guint       status;
  GHashTable *details;  /* field → GStrv; NULL when the server sent none */
} TicketsApiErrorPrivate;

static void
tickets_api_error_private_init (TicketsApiErrorPrivate *priv)
{
}

static void
tickets_api_error_private_copy (const TicketsApiErrorPrivate *src,
                                TicketsApiErrorPrivate       *dest)
{
  dest->type = g_strdup (src->type);
  dest->message = g_strdup (src->message);
  dest->logref = g_strdup (src->logref);
  dest->status = src->status;

  if (src->details != NULL)
    {
      GHashTableIter iter;
      gpointer field, messages;

      dest->details = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_strfreev);
      g_hash_table_iter_init (&iter, src->details);
      while (g_hash_table_iter_next (&iter, &field, &messages))
        g_hash_table_insert (dest->details, g_strdup (field), g_strdupv (messages));
    }
}

static void
tickets_api_error_private_clear (TicketsApiErrorPrivate *priv)
{
  g_clear_pointer (&priv->type, g_free);
  g_clear_pointer (&priv->message, g_free);
  g_clear_pointer (&priv->logref, g_free);
  g_clear_pointer (&priv->details, g_hash_table_unref);
}

G_DEFINE_EXTENDED_ERROR (TicketsApiError, tickets_api_error)

/* The error types the documentation names, and the sandbox's own for 401 and 405. */
static const struct
{
  const char      *type;
  TicketsApiError  code;
} documented_types[] = {
  { "UNAUTHORIZED", TICKETS_API_ERROR_UNAUTHORIZED },
  { "FORBIDDEN", TICKETS_API_ERROR_FORBIDDEN },
  { "NOT_FOUND", TICKETS_API_ERROR_NOT_FOUND },
  { "METHOD_NOT_ALLOWED", TICKETS_API_ERROR_METHOD_NOT_ALLOWED },
  { "BAD_REQUEST", TICKETS_API_ERROR_BAD_REQUEST },
  { "TICKET_ERROR", TICKETS_API_ERROR_TICKET_ERROR },
  { "INSUFFICIENT_CONSUMER_INFORMATION", TICKETS_API_ERROR_INSUFFICIENT_CONSUMER_INFORMATION },
  { "TICKET_NOT_AVAILABLE", TICKETS_API_ERROR_TICKET_NOT_AVAILABLE },
  { "CONFLICT", TICKETS_API_ERROR_CONFLICT },
};

static TicketsApiErrorPrivate *
lookup_private (const GError *error)
{
  if (error == NULL || error->domain != TICKETS_API_ERROR)
    return NULL;

  return tickets_api_error_get_private (error);
}

static TicketsApiError
code_for_status (guint status)
{
  switch (status)
    {
    case SOUP_STATUS_BAD_REQUEST:
      return TICKETS_API_ERROR_BAD_REQUEST;
    case SOUP_STATUS_UNAUTHORIZED:
      return TICKETS_API_ERROR_UNAUTHORIZED;
    case SOUP_STATUS_FORBIDDEN:
      return TICKETS_API_ERROR_FORBIDDEN;
    case SOUP_STATUS_NOT_FOUND:
      return TICKETS_API_ERROR_NOT_FOUND;
    case SOUP_STATUS_METHOD_NOT_ALLOWED:
      return TICKETS_API_ERROR_METHOD_NOT_ALLOWED;
    case SOUP_STATUS_CONFLICT:
      return TICKETS_API_ERROR_CONFLICT;
    default:
      return status >= 500 && status <= 599 ? TICKETS_API_ERROR_SERVER_ERROR : TICKETS_API_ERROR_HTTP_ERROR;
    }
}

static char *
describe_code (TicketsApiError code,
               guint           status)
{
  switch (code)
    {
    case TICKETS_API_ERROR_UNAUTHORIZED:
      return g_strdup (_("The server did not accept the credentials or the token."));
    case TICKETS_API_ERROR_FORBIDDEN:
      return g_strdup (_("These credentials do not allow this."));
    case TICKETS_API_ERROR_NOT_FOUND:
      return g_strdup (_("The server does not know what was asked for. It may have been removed."));
    case TICKETS_API_ERROR_METHOD_NOT_ALLOWED:
      return g_strdup (_("The server does not allow this action here."));
    case TICKETS_API_ERROR_CONFLICT:
      return g_strdup (_("This was changed at the same time somewhere else. Reload it and try again."));
    case TICKETS_API_ERROR_SERVER_ERROR:
      /* Translators: %u is an HTTP status code such as 500. */
      return g_strdup_printf (_("The server had a problem (HTTP %u). Try again later."), status);
    case TICKETS_API_ERROR_BAD_REQUEST:
    case TICKETS_API_ERROR_TICKET_ERROR:
    case TICKETS_API_ERROR_INSUFFICIENT_CONSUMER_INFORMATION:
    case TICKETS_API_ERROR_TICKET_NOT_AVAILABLE:
      /* Translators: %u is an HTTP status code such as 400. */
      return g_strdup_printf (_("The server did not accept the request (HTTP %u)."), status);
    case TICKETS_API_ERROR_HTTP_ERROR:
    default:
      /* Translators: %u is an HTTP status code such as 418. */
      return g_strdup_printf (_("The server gave an unexpected answer (HTTP %u)."), status);
    }
}

static char *
describe_web_page (guint status)
{
  /* Translators: %u is an HTTP status code such as 502. */
  return g_strdup_printf (_("The server answered with a web page instead of data (HTTP %u). "
                            "It may be down for maintenance."), status);
}

static const char *
skip_space (const char *text,
            gsize      *length)
{
  while (*length > 0 && g_ascii_isspace (*text))
    {
      text++;
      (*length)--;
    }

  return text;
}

static gboolean
content_type_is (const char *content_type,
                 const char *mime_type)
{
  gsize length = strlen (mime_type);

  /* The parameters (; charset=…) do not matter here. */
  return content_type != NULL && g_ascii_strncasecmp (content_type, mime_type, length) == 0 &&
         (content_type[length] == '\0' || content_type[length] == ';' || g_ascii_isspace (content_type[length]));
}

/* Web pages come from proxies, captive portals and maintenance pages, which
 * do not always say what they send. */
static gboolean
looks_like_html (const char *content_type,
                 const char *text,
                 gsize       length)
{
  if (content_type_is (content_type, "text/html") || content_type_is (content_type, "application/xhtml+xml"))
    return TRUE;

  text = skip_space (text, &length);

  return length > 0 && text[0] == '<';
}

static const char *
node_get_string (JsonNode *node)
{
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

/* An empty string says no more than a missing one. */
static const char *
object_get_string (JsonObject *object,
                   const char *member)
{
  const char *value = node_get_string (json_object_get_member (object, member));

  return value != NULL && *value != '\0' ? value : NULL;
}

static void
add_messages (GHashTable *details,
              const char *field,
              JsonNode   *node)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const char *text;

  if ((text = node_get_string (node)) != NULL)
    g_strv_builder_add (builder, text);
  else if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        if ((text = node_get_string (json_array_get_element (array, i))) != NULL)
          g_strv_builder_add (builder, text);
    }
  else
    return;

  g_hash_table_replace (details, g_strdup (field), g_strv_builder_end (builder));
}

/* The sandbox sends {"field": ["message", …]}; a bare string or list of
 * strings is about no field in particular. */
static GHashTable *
parse_details (JsonNode *node)
{
  GHashTable *details = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_strfreev);

  if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      JsonObjectIter iter;
      const char *field;
      JsonNode *messages;

      json_object_iter_init (&iter, object);
      while (json_object_iter_next (&iter, &field, &messages))
        add_messages (details, field, messages);
    }
  else
    add_messages (details, "", node);

  return details;
}

static JsonNode *
parse_json (const char *text,
            gsize       length)
{
  g_autoptr(JsonParser) parser = json_parser_new ();

  if (length == 0 || !json_parser_load_from_data (parser, text, length, NULL))
    return NULL;

  return json_parser_steal_root (parser);
}

static GError *
new_error (TicketsApiError  code,
           const char      *message,
           guint            status)
{
  GError *error = g_error_new_literal (TICKETS_API_ERROR, code, message);

  tickets_api_error_get_private (error)->status = status;

  return error;
}

static GError *
new_invalid_response (guint       status,
                      const char *content_type,
                      const char *text,
                      gsize       length)
{
  g_autoptr(JsonNode) root = NULL;
  gsize rest = length;

  skip_space (text, &rest);
  if (rest == 0)
    return new_error (TICKETS_API_ERROR_INVALID_RESPONSE, _("The server sent an empty answer."), status);

  if (looks_like_html (content_type, text, length))
    {
      g_autofree char *message = describe_web_page (status);

      return new_error (TICKETS_API_ERROR_INVALID_RESPONSE, message, status);
    }

  root = parse_json (text, length);
  if (root == NULL)
    return new_error (TICKETS_API_ERROR_INVALID_RESPONSE, _("The server sent data that could not be read."), status);

  return new_error (TICKETS_API_ERROR_INVALID_RESPONSE, _("The server sent data of an unexpected shape."), status);
}

GError *
tickets_api_error_from_response (guint       status,
                                 const char *content_type,
                                 GBytes     *body)
{
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *description = NULL;
  TicketsApiErrorPrivate *priv;
  TicketsApiError code;
  JsonObject *object = NULL;
  const char *type = NULL;
  const char *message = NULL;
  const char *text = "";
  gsize length = 0;
  GError *error;

  if (body != NULL)
    text = g_bytes_get_data (body, &length);
  if (text == NULL)
    text = "";

  if (SOUP_STATUS_IS_SUCCESSFUL (status))
    return new_invalid_response (status, content_type, text, length);

  if (!looks_like_html (content_type, text, length))
    root = parse_json (text, length);
  if (root != NULL && JSON_NODE_HOLDS_OBJECT (root))
    {
      object = json_node_get_object (root);
      type = object_get_string (object, "type");
      message = object_get_string (object, "message");
    }

  code = code_for_status (status);
  for (guint i = 0; type != NULL && i < G_N_ELEMENTS (documented_types); i++)
    if (g_str_equal (type, documented_types[i].type))
      code = documented_types[i].code;

  if (message != NULL)
    error = new_error (code, message, status);
  else if (looks_like_html (content_type, text, length))
    {
      description = describe_web_page (status);
      error = new_error (code, description, status);
    }
  else
    {
      description = describe_code (code, status);
      error = new_error (code, description, status);
    }

  priv = tickets_api_error_get_private (error);
  if (object != NULL)
    {
      priv->type = g_strdup (type);
      priv->message = g_strdup (message);
      priv->logref = g_strdup (object_get_string (object, "logref"));
      priv->details = parse_details (json_object_get_member (object, "details"));
    }

  return error;
}

static const char *
uri_get_host (GUri *uri)
{
  return uri != NULL && g_uri_get_host (uri) != NULL ? g_uri_get_host (uri) : "";
}

GError *
tickets_api_error_from_transport (const GError *error,
                                  GUri         *uri)
{
  g_autofree char *message = NULL;
  const char *host = uri_get_host (uri);

  g_return_val_if_fail (error != NULL, NULL);

  if (error->domain == TICKETS_API_ERROR || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return g_error_copy (error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
    return new_error (TICKETS_API_ERROR_TIMEOUT, _("The server did not answer in time."), 0);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CONNECTION_REFUSED))
    return new_error (TICKETS_API_ERROR_CONNECTION_REFUSED,
                      _("Could not connect to the server: the connection was refused."), 0);

  if (g_error_matches (error, G_RESOLVER_ERROR, G_RESOLVER_ERROR_NOT_FOUND))
    {
      /* Translators: %s is a host name such as shopping-api.paylogic.com. */
      message = g_strdup_printf (_("Could not find the server “%s”. Check the address and your network connection."),
                                 host);
      return new_error (TICKETS_API_ERROR_HOST_NOT_FOUND, message, 0);
    }

  if (error->domain == G_RESOLVER_ERROR)
    {
      /* Translators: %s is a host name such as shopping-api.paylogic.com. */
      message = g_strdup_printf (_("Could not look up the server “%s”. Check your network connection."), host);
      return new_error (TICKETS_API_ERROR_NETWORK, message, 0);
    }

  if (error->domain == G_TLS_ERROR)
    {
      /* Translators: %s says what went wrong, in words from the system. */
      message = g_strdup_printf (_("A secure connection to the server could not be made (%s)."), error->message);
      return new_error (TICKETS_API_ERROR_TLS, message, 0);
    }

  if (g_error_matches (error, SOUP_SESSION_ERROR, SOUP_SESSION_ERROR_PARSING) ||
      g_error_matches (error, SOUP_SESSION_ERROR, SOUP_SESSION_ERROR_ENCODING))
    return new_error (TICKETS_API_ERROR_INVALID_RESPONSE, _("The server sent an answer that could not be read."), 0);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NETWORK_UNREACHABLE) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_HOST_UNREACHABLE))
    return new_error (TICKETS_API_ERROR_NETWORK, _("The server cannot be reached. Check your network connection."), 0);

  /* Translators: %s says what went wrong, in words from the system. */
  message = g_strdup_printf (_("The connection to the server failed (%s)."), error->message);
  return new_error (TICKETS_API_ERROR_NETWORK, message, 0);
}

gboolean
tickets_api_error_is_unreachable (const GError *error)
{
  return g_error_matches (error, TICKETS_API_ERROR, TICKETS_API_ERROR_TIMEOUT) ||
         g_error_matches (error, TICKETS_API_ERROR, TICKETS_API_ERROR_CONNECTION_REFUSED) ||
         g_error_matches (error, TICKETS_API_ERROR, TICKETS_API_ERROR_HOST_NOT_FOUND) ||
         g_error_matches (error, TICKETS_API_ERROR, TICKETS_API_ERROR_NETWORK);
}

gboolean
tickets_api_error_is_transient (const GError *error)
{
  guint status;

  if (error == NULL || error->domain != TICKETS_API_ERROR)
    return FALSE;

  switch (error->code)
    {
    case TICKETS_API_ERROR_TIMEOUT:
    case TICKETS_API_ERROR_CONNECTION_REFUSED:
    case TICKETS_API_ERROR_NETWORK:
      return TRUE;
    case TICKETS_API_ERROR_SERVER_ERROR:
      /* A 500 too: servers (the sandbox's injected faults among them) answer
       * it for passing trouble, and a request that is safe to repeat loses
       * only a few seconds when the fault is a lasting one. */
      status = tickets_api_error_get_status (error);
      return status == SOUP_STATUS_INTERNAL_SERVER_ERROR || status == SOUP_STATUS_BAD_GATEWAY ||
             status == SOUP_STATUS_SERVICE_UNAVAILABLE || status == SOUP_STATUS_GATEWAY_TIMEOUT;
    default:
      return FALSE;
    }
}

GError *
tickets_api_error_from_certificate (GTlsCertificateFlags  errors,
                                    GUri                 *uri)
{
  static const struct
  {
    GTlsCertificateFlags  flag;
    const char           *reason;
  } reasons[] = {
    { G_TLS_CERTIFICATE_UNKNOWN_CA, N_("issued by an unknown authority") },
    { G_TLS_CERTIFICATE_BAD_IDENTITY, N_("issued for another server") },
    { G_TLS_CERTIFICATE_NOT_ACTIVATED, N_("not valid yet") },
    { G_TLS_CERTIFICATE_EXPIRED, N_("expired") },
    { G_TLS_CERTIFICATE_REVOKED, N_("revoked") },
    { G_TLS_CERTIFICATE_INSECURE, N_("using an insecure algorithm") },
  };
  g_autoptr(GString) why = g_string_new (NULL);
  g_autofree char *message = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (reasons); i++)
    {
      if ((errors & reasons[i].flag) == 0)
        continue;
      if (why->len > 0)
        g_string_append (why, ", ");
      g_string_append (why, _(reasons[i].reason));
    }
  if (why->len == 0)
    g_string_append (why, _("it could not be checked"));

  /* Translators: %s lists what is wrong with the certificate, such as “expired”. */
  message = g_strdup_printf (_("The server's security certificate is not trusted (%s). The connection was not made."),
                             why->str);

  return new_error (TICKETS_API_ERROR_TLS, message, 0);
}

const char *
tickets_api_error_get_error_type (const GError *error)
{
  TicketsApiErrorPrivate *priv = lookup_private (error);

  return priv != NULL ? priv->type : NULL;
}

const char *
tickets_api_error_get_server_message (const GError *error)
{
  TicketsApiErrorPrivate *priv = lookup_private (error);

  return priv != NULL ? priv->message : NULL;
}

const char *
tickets_api_error_get_logref (const GError *error)
{
  TicketsApiErrorPrivate *priv = lookup_private (error);

  return priv != NULL ? priv->logref : NULL;
}

guint
tickets_api_error_get_status (const GError *error)
{
  TicketsApiErrorPrivate *priv = lookup_private (error);

  return priv != NULL ? priv->status : 0;
}

const char * const *
tickets_api_error_get_field_messages (const GError *error,
                                      const char   *field)
{
  TicketsApiErrorPrivate *priv = lookup_private (error);

  if (priv == NULL || priv->details == NULL || field == NULL)
    return NULL;

  return g_hash_table_lookup (priv->details, field);
}

static int
compare_strings (const void *a,
                 const void *b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

char **
tickets_api_error_dup_fields (const GError *error)
{
  TicketsApiErrorPrivate *priv = lookup_private (error);
  g_autofree const char **fields = NULL;
  char **copy;
  guint n = 0;

  if (priv == NULL)
    return NULL;

  if (priv->details == NULL)
    return g_new0 (char *, 1);

  fields = (const char **) g_hash_table_get_keys_as_array (priv->details, &n);
  qsort (fields, n, sizeof (char *), compare_strings);
  copy = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    copy[i] = g_strdup (fields[i]);

  return copy;
}
