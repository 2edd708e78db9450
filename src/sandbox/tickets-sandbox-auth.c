/* tickets-sandbox-auth.c: authentication, roles and who may read what
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tickets-sandbox-private.h"

/* The roles table is the model's (tickets-roles.c), so that what the
 * sandbox refuses and what the app says a role lacks cannot drift apart.
 * Only Basic credentials carry a role. */
gboolean
sandbox_role_has (const Auth    *auth,
                  TicketsAccess  access)
{
  return auth->kind == AUTH_BASIC && tickets_role_has (auth->role, access);
}

gboolean
sandbox_may (const Auth         *auth,
             TicketsStaffAction  action)
{
  return sandbox_role_has (auth, tickets_staff_action_get_access (action));
}

/* Authentication */

Auth
sandbox_authenticate (TicketsSandbox    *self,
                      SoupServerMessage *msg)
{
  SoupMessageHeaders *headers = soup_server_message_get_request_headers (msg);
  const char *authorization = soup_message_headers_get_one (headers, "Authorization");
  const char *token;
  Auth auth = { AUTH_NONE, NULL, NULL };

  if (authorization != NULL)
    {
      auth.kind = AUTH_INVALID;

      if (g_ascii_strncasecmp (authorization, "Basic ", 6) == 0)
        {
          gsize length = 0;
          g_autofree guchar *decoded = g_base64_decode (authorization + 6, &length);
          g_autofree char *credentials = g_strndup ((const char *) decoded, length);
          char *colon = strchr (credentials, ':');
          JsonObject *account;

          if (colon == NULL)
            return auth;
          *colon = '\0';
          account = sandbox_data_lookup (self->data, SANDBOX_ACCOUNTS, credentials);
          if (account != NULL && g_str_equal (sandbox_get_string (account, "password"), colon + 1))
            {
              auth.kind = AUTH_BASIC;
              auth.subject = account;
              auth.role = sandbox_get_string (account, "role");
            }
        }
      else if (g_ascii_strncasecmp (authorization, "Bearer ", 7) == 0)
        {
          auth.subject = sandbox_data_find_by_token (self->data, SANDBOX_BEARER_TOKENS, authorization + 7);
          if (auth.subject != NULL)
            auth.kind = AUTH_BEARER;
        }

      return auth;
    }

  if ((token = soup_message_headers_get_one (headers, "Order-Token")) != NULL)
    {
      auth.subject = sandbox_data_find_by_token (self->data, SANDBOX_ORDERS, token);
      auth.kind = auth.subject != NULL ? AUTH_ORDER : AUTH_INVALID;
    }
  else if ((token = soup_message_headers_get_one (headers, "Cognito-Token")) != NULL)
    {
      auth.subject = sandbox_data_find_by_token (self->data, SANDBOX_COGNITO_USERS, token);
      auth.kind = auth.subject != NULL ? AUTH_COGNITO : AUTH_INVALID;
    }
  else if ((token = soup_message_headers_get_one (headers, "Personalization-Request-Token")) != NULL)
    {
      auth.subject = sandbox_data_find_by_token (self->data, SANDBOX_REQUESTS, token);
      auth.kind = auth.subject != NULL ? AUTH_REQUEST : AUTH_INVALID;
    }

  return auth;
}

gboolean
sandbox_can_read_order (const Auth *auth,
                        JsonObject *order)
{
  switch (auth->kind)
    {
    case AUTH_BASIC:
      return sandbox_role_has (auth, TICKETS_ACCESS_ORDER);
    case AUTH_ORDER:
      return auth->subject == order;
    case AUTH_COGNITO:
      return g_str_equal (sandbox_get_string (order, "cognito_user"), sandbox_get_string (auth->subject, "uid"));
    case AUTH_NONE:
    case AUTH_INVALID:
    case AUTH_BEARER:
    case AUTH_REQUEST:
    default:
      return FALSE;
    }
}

gboolean
sandbox_array_has_string (JsonArray  *array,
                          const char *value)
{
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    if (g_strcmp0 (json_array_get_string_element (array, i), value) == 0)
      return TRUE;

  return FALSE;
}

gboolean
sandbox_is_holder (Request    *req,
                   JsonObject *ticket)
{
  JsonObject *consumer = sandbox_data_lookup (req->self->data, SANDBOX_CONSUMERS,
                                              sandbox_get_string (ticket, "consumer"));

  return req->auth.kind == AUTH_COGNITO && consumer != NULL &&
         g_str_equal (sandbox_get_string (consumer, "cognito_user"), sandbox_get_string (req->auth.subject, "uid"));
}

gboolean
sandbox_can_read_ticket (Request    *req,
                         JsonObject *ticket)
{
  JsonObject *order = sandbox_data_lookup (req->self->data, SANDBOX_ORDERS, sandbox_get_string (ticket, "order"));

  if (req->auth.kind == AUTH_REQUEST)
    return sandbox_array_has_string (sandbox_get_array (req->auth.subject, "tickets"), sandbox_get_string (ticket, "uid"));

  return sandbox_can_read_order (&req->auth, order) || sandbox_is_holder (req, ticket);
}
