/* tickets-connection.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Where a connection is remembered between runs is
 * tickets-connection-keyring.c's business.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "tickets-auth-private.h"
#include "tickets-client.h"
#include "tickets-connection-private.h"
#include "tickets-error.h"

G_DEFINE_ENUM_TYPE (TicketsServerKind, tickets_server_kind,
                    G_DEFINE_ENUM_VALUE (TICKETS_SERVER_DEMO, "demo"),
                    G_DEFINE_ENUM_VALUE (TICKETS_SERVER_PAYLOGIC, "paylogic"),
                    G_DEFINE_ENUM_VALUE (TICKETS_SERVER_CUSTOM, "custom"))

G_DEFINE_ENUM_TYPE (TicketsSignInKind, tickets_sign_in_kind,
                    G_DEFINE_ENUM_VALUE (TICKETS_SIGN_IN_ORDER, "order"),
                    G_DEFINE_ENUM_VALUE (TICKETS_SIGN_IN_COGNITO, "cognito"),
                    G_DEFINE_ENUM_VALUE (TICKETS_SIGN_IN_REQUEST, "request"),
                    G_DEFINE_ENUM_VALUE (TICKETS_SIGN_IN_STAFF, "staff"))

struct _TicketsConnection
{
  GObject            parent_instance;

  TicketsServerKind  server_kind;
  char              *server;
  TicketsSignInKind  sign_in_kind;
  char              *resource;
  char              *user;
  char              *secret;
  gboolean           remembered;
};

G_DEFINE_FINAL_TYPE (TicketsConnection, tickets_connection, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SERVER_KIND,
  PROP_SERVER,
  PROP_SIGN_IN_KIND,
  PROP_RESOURCE,
  PROP_USER,
  PROP_REMEMBERED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
has_text (const char *text)
{
  return text != NULL && *text != '\0';
}

static void
tickets_connection_finalize (GObject *object)
{
  TicketsConnection *self = TICKETS_CONNECTION (object);

  g_free (self->server);
  g_free (self->resource);
  g_free (self->user);
  tickets_secret_free (self->secret);

  G_OBJECT_CLASS (tickets_connection_parent_class)->finalize (object);
}

static void
tickets_connection_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  TicketsConnection *self = TICKETS_CONNECTION (object);

  switch (prop_id)
    {
    case PROP_SERVER_KIND:
      g_value_set_enum (value, self->server_kind);
      break;
    case PROP_SERVER:
      g_value_set_string (value, self->server);
      break;
    case PROP_SIGN_IN_KIND:
      g_value_set_enum (value, self->sign_in_kind);
      break;
    case PROP_RESOURCE:
      g_value_set_string (value, self->resource);
      break;
    case PROP_USER:
      g_value_set_string (value, self->user);
      break;
    case PROP_REMEMBERED:
      g_value_set_boolean (value, self->remembered);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_connection_class_init (TicketsConnectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tickets_connection_finalize;
  object_class->get_property = tickets_connection_get_property;

  properties[PROP_SERVER_KIND] =
    g_param_spec_enum ("server-kind", NULL, NULL,
                       TICKETS_TYPE_SERVER_KIND, TICKETS_SERVER_PAYLOGIC,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SERVER] =
    g_param_spec_string ("server", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SIGN_IN_KIND] =
    g_param_spec_enum ("sign-in-kind", NULL, NULL,
                       TICKETS_TYPE_SIGN_IN_KIND, TICKETS_SIGN_IN_ORDER,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_RESOURCE] =
    g_param_spec_string ("resource", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_USER] =
    g_param_spec_string ("user", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_REMEMBERED] =
    g_param_spec_boolean ("remembered", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tickets_connection_init (TicketsConnection *self)
{
}

/* What the sign-in kind needs besides its secret. */
gboolean
tickets_connection_has_required_parts (TicketsSignInKind  sign_in_kind,
                                       const char        *resource,
                                       const char        *user)
{
  switch (sign_in_kind)
    {
    case TICKETS_SIGN_IN_ORDER:
    case TICKETS_SIGN_IN_REQUEST:
      return has_text (resource);
    case TICKETS_SIGN_IN_COGNITO:
      return TRUE;
    case TICKETS_SIGN_IN_STAFF:
      return has_text (user) && strchr (user, ':') == NULL;
    default:
      return FALSE;
    }
}

/**
 * tickets_connection_new:
 *
 * Returns: (transfer full): a connection that is not remembered yet
 */
TicketsConnection *
tickets_connection_new (TicketsServerKind  server_kind,
                        const char        *server,
                        TicketsSignInKind  sign_in_kind,
                        const char        *resource,
                        const char        *user,
                        const char        *secret)
{
  TicketsConnection *self;

  g_return_val_if_fail (server_kind != TICKETS_SERVER_CUSTOM || has_text (server), NULL);
  g_return_val_if_fail (tickets_connection_has_required_parts (sign_in_kind, resource, user), NULL);
  g_return_val_if_fail (secret != NULL && tickets_connection_check_secret (sign_in_kind, secret), NULL);

  self = g_object_new (TICKETS_TYPE_CONNECTION, NULL);
  self->server_kind = server_kind;
  self->server = server_kind == TICKETS_SERVER_CUSTOM ? g_strdup (server) : NULL;
  self->sign_in_kind = sign_in_kind;
  if (sign_in_kind == TICKETS_SIGN_IN_ORDER || sign_in_kind == TICKETS_SIGN_IN_REQUEST)
    self->resource = g_strdup (resource);
  if (sign_in_kind == TICKETS_SIGN_IN_STAFF)
    self->user = g_strdup (user);
  self->secret = sign_in_kind == TICKETS_SIGN_IN_STAFF ? g_strdup (secret) : tickets_secret_dup_stripped (secret);

  return self;
}

TicketsServerKind
tickets_connection_get_server_kind (TicketsConnection *self)
{
  g_return_val_if_fail (TICKETS_IS_CONNECTION (self), TICKETS_SERVER_PAYLOGIC);

  return self->server_kind;
}

const char *
tickets_connection_get_server (TicketsConnection *self)
{
  g_return_val_if_fail (TICKETS_IS_CONNECTION (self), NULL);

  return self->server;
}

TicketsSignInKind
tickets_connection_get_sign_in_kind (TicketsConnection *self)
{
  g_return_val_if_fail (TICKETS_IS_CONNECTION (self), TICKETS_SIGN_IN_ORDER);

  return self->sign_in_kind;
}

const char *
tickets_connection_get_resource (TicketsConnection *self)
{
  g_return_val_if_fail (TICKETS_IS_CONNECTION (self), NULL);

  return self->resource;
}

const char *
tickets_connection_get_user (TicketsConnection *self)
{
  g_return_val_if_fail (TICKETS_IS_CONNECTION (self), NULL);

  return self->user;
}

const char *
tickets_connection_get_secret (TicketsConnection *self)
{
  g_return_val_if_fail (TICKETS_IS_CONNECTION (self), NULL);

  return self->secret;
}

/* Tokens are pasted from emails: white space around them is no part of
 * them, a line break inside is no token at all. */
static gboolean
is_usable_token (const char *token)
{
  const char *start = token;
  const char *end = token + strlen (token);

  while (g_ascii_isspace (*start))
    start++;
  while (end > start && g_ascii_isspace (end[-1]))
    end--;

  if (start == end)
    return FALSE;

  for (const char *p = start; p < end; p++)
    if (*p == '\r' || *p == '\n')
      return FALSE;

  return TRUE;
}

gboolean
tickets_connection_check_secret (TicketsSignInKind  sign_in_kind,
                                 const char        *secret)
{
  g_return_val_if_fail (secret != NULL, FALSE);

  if (sign_in_kind == TICKETS_SIGN_IN_STAFF)
    return *secret != '\0';

  return is_usable_token (secret);
}

/**
 * tickets_connection_dup_auth:
 *
 * Returns: (transfer full): how requests prove this sign-in
 */
TicketsAuth *
tickets_connection_dup_auth (TicketsConnection *self)
{
  TicketsAuthMode mode;

  g_return_val_if_fail (TICKETS_IS_CONNECTION (self), NULL);

  switch (self->sign_in_kind)
    {
    case TICKETS_SIGN_IN_STAFF:
      return tickets_auth_new_basic (self->user, self->secret);
    case TICKETS_SIGN_IN_ORDER:
      mode = TICKETS_AUTH_ORDER_TOKEN;
      break;
    case TICKETS_SIGN_IN_COGNITO:
      mode = TICKETS_AUTH_COGNITO_TOKEN;
      break;
    case TICKETS_SIGN_IN_REQUEST:
      mode = TICKETS_AUTH_PERSONALIZATION_REQUEST_TOKEN;
      break;
    default:
      g_return_val_if_reached (NULL);
    }

  return tickets_auth_new_token (mode, self->secret);
}

gboolean
tickets_connection_get_remembered (TicketsConnection *self)
{
  g_return_val_if_fail (TICKETS_IS_CONNECTION (self), FALSE);

  return self->remembered;
}

void
tickets_connection_set_remembered (TicketsConnection *self,
                                   gboolean           remembered)
{
  g_return_if_fail (TICKETS_IS_CONNECTION (self));

  if (self->remembered == remembered)
    return;

  self->remembered = remembered;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REMEMBERED]);
}

/**
 * tickets_connection_check_server:
 * @server: what the user typed as a custom server's address
 *
 * Fails with TICKETS_API_ERROR_INVALID_URI, or TICKETS_API_ERROR_INSECURE
 * for plain http to anything but this computer: the same rule the client
 * applies, in the client's words. An address with a user name or password
 * in it fails with TICKETS_API_ERROR_INVALID_URI too: it is saved.
 */
gboolean
tickets_connection_check_server (const char  *server,
                                 GError     **error)
{
  g_autoptr(TicketsClient) client = NULL;
  g_autoptr(GUri) uri = NULL;

  g_return_val_if_fail (server != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  client = tickets_client_new (server, error);
  if (client == NULL)
    return FALSE;

  /* The address is remembered in GSettings and in the keyring's attributes,
   * neither of which protects a password. */
  uri = g_uri_parse (server, G_URI_FLAGS_NONE, NULL);
  if (uri != NULL && g_uri_get_userinfo (uri) != NULL)
    {
      g_set_error_literal (error, TICKETS_API_ERROR, TICKETS_API_ERROR_INVALID_URI,
                           _("A server address cannot hold a user name or password: "
                             "Tickets would store them unprotected."));
      return FALSE;
    }

  return TRUE;
}
