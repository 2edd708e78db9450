/* tickets-uri.c: which web addresses the client may reach, and where credentials may go
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tickets-error.h"
#include "tickets-uri-private.h"

static gboolean
is_loopback (const char *host)
{
  g_autoptr(GInetAddress) address = NULL;

  if (g_ascii_strcasecmp (host, "localhost") == 0)
    return TRUE;

  address = g_inet_address_new_from_string (host);

  return address != NULL && g_inet_address_get_is_loopback (address);
}

/* GUri lets through what no resolver would find, such as spaces. */
static gboolean
is_host_name (const char *host)
{
  if (g_hostname_is_ip_address (host))
    return TRUE;

  for (const char *p = host; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '-' && *p != '.' && *p != '_' && (guchar) *p < 0x80)
      return FALSE;

  return TRUE;
}

/* Links come from the server, so each URI is checked, not only the base. */
GUri *
tickets_uri_parse (GUri        *base,
                   const char  *text,
                   GError     **error)
{
  g_autoptr(GUri) uri = g_uri_parse_relative (base, text, SOUP_HTTP_URI_FLAGS, NULL);
  const char *scheme = uri != NULL ? g_uri_get_scheme (uri) : NULL;
  const char *host = uri != NULL ? g_uri_get_host (uri) : NULL;

  if (uri == NULL || host == NULL || *host == '\0' || !is_host_name (host) ||
      (g_strcmp0 (scheme, "https") != 0 && g_strcmp0 (scheme, "http") != 0))
    {
      g_set_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_INVALID_URI,
                   /* Translators: %s is what was given as a web address. */
                   _("“%s” is not a valid web address."), text);
      return NULL;
    }

  if (g_str_equal (scheme, "http") && !is_loopback (host))
    {
      g_set_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_INSECURE,
                   /* Translators: %s is a host name such as shopping-api.paylogic.com. */
                   _("The server “%s” would be reached without encryption (http instead of https). "
                     "Only a server on this computer may be used this way."), host);
      return NULL;
    }

  return g_steal_pointer (&uri);
}

static int
get_port (GUri *uri)
{
  if (g_uri_get_port (uri) != -1)
    return g_uri_get_port (uri);

  return g_str_equal (g_uri_get_scheme (uri), "https") ? 443 : 80;
}

gboolean
tickets_uri_is_same_origin (GUri *a,
                            GUri *b)
{
  return g_str_equal (g_uri_get_scheme (a), g_uri_get_scheme (b)) &&
         g_ascii_strcasecmp (g_uri_get_host (a), g_uri_get_host (b)) == 0 &&
         get_port (a) == get_port (b);
}
