/* tickets-client.c: one SoupSession, and each request through it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A request is sent here, its redirects followed (each target checked by
 * tickets-uri.c), and sent again after a transient failure when
 * tickets-retry.c says so. The answer's kind (tickets-client-get.c), its
 * deprecation warnings (tickets-deprecation.c) and TicketsResponse
 * (tickets-response.c) live beside it.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "tickets-auth-private.h"
#include "tickets-client-private.h"
#include "tickets-deprecation-private.h"
#include "tickets-error.h"
#include "tickets-response-private.h"
#include "tickets-retry-private.h"
#include "tickets-uri-private.h"

#define DEFAULT_USER_AGENT "Tickets/" PACKAGE_VERSION
#define DEFAULT_TIMEOUT    30
#define MAX_REDIRECTS      10
#define DEFAULT_ACCEPT     "application/hal+json, application/json"

struct _TicketsClient
{
  GObject      parent_instance;

  char        *base_uri;
  GUri        *base;
  SoupSession *session;
  TicketsAuth *auth;
  GHashTable  *deprecations;  /* the warnings logged already */

  guint        max_attempts;
  guint        retry_delay_ms;
  guint        n_retrying;    /* requests between a transient failure and their end */
};

static void tickets_client_initable_iface_init (GInitableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TicketsClient, tickets_client, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_INITABLE, tickets_client_initable_iface_init))

enum {
  PROP_0,
  PROP_BASE_URI,
  PROP_USER_AGENT,
  PROP_TIMEOUT,
  PROP_AUTH,
  PROP_RECONNECTING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  RETRYING,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  GUri        *uri;
  char        *method;
  TicketsAuth *auth;
  GBytes      *body;
  SoupMessage *msg;
  guint        n_redirects;
  const char  *accept;
  guint        attempt;        /* 1 for the first */
  gboolean     retrying;       /* counted in the client's n_retrying */
  GSource     *retry_source;   /* the pause before the next attempt */
  GSource     *cancel_source;  /* ends that pause when cancelled */
} Request;

static void
clear_source (GSource **source)
{
  if (*source == NULL)
    return;

  g_source_destroy (*source);
  g_clear_pointer (source, g_source_unref);
}

static void
request_free (Request *request)
{
  clear_source (&request->retry_source);
  clear_source (&request->cancel_source);
  g_clear_pointer (&request->uri, g_uri_unref);
  g_free (request->method);
  g_clear_pointer (&request->auth, tickets_auth_unref);
  g_clear_pointer (&request->body, g_bytes_unref);
  g_clear_object (&request->msg);
  g_free (request);
}

/* The next URI when the answer is a redirect, else NULL (and maybe an error). */
static GUri *
get_redirect_target (Request  *request,
                     GError  **error)
{
  guint status = soup_message_get_status (request->msg);
  const char *location = soup_message_headers_get_one (soup_message_get_response_headers (request->msg), "Location");
  GUri *target;

  if (status != SOUP_STATUS_MOVED_PERMANENTLY && status != SOUP_STATUS_FOUND && status != SOUP_STATUS_SEE_OTHER &&
      status != SOUP_STATUS_TEMPORARY_REDIRECT && status != SOUP_STATUS_PERMANENT_REDIRECT)
    return NULL;
  if (location == NULL)
    return NULL;

  if (++request->n_redirects > MAX_REDIRECTS)
    {
      g_set_error_literal (error, TICKETS_API_ERROR, TICKETS_API_ERROR_HTTP_ERROR,
                           _("The server redirected the request too many times."));
      return NULL;
    }

  target = tickets_uri_parse (request->uri, location, error);
  if (target == NULL)
    return NULL;

  /* As browsers do: a 303, and a 301 or 302 after a POST, become a GET. */
  if ((status == SOUP_STATUS_SEE_OTHER && !g_str_equal (request->method, SOUP_METHOD_HEAD)) ||
      ((status == SOUP_STATUS_MOVED_PERMANENTLY || status == SOUP_STATUS_FOUND) &&
       g_str_equal (request->method, SOUP_METHOD_POST)))
    {
      g_free (request->method);
      request->method = g_strdup (SOUP_METHOD_GET);
      g_clear_pointer (&request->body, g_bytes_unref);
    }

  return target;
}

static void send_request (GTask *task);

/* The request no longer waits on a retry, whatever its outcome. */
static void
request_done (TicketsClient *self,
              Request       *request)
{
  if (!request->retrying)
    return;

  request->retrying = FALSE;
  if (--self->n_retrying == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECONNECTING]);
}

static gboolean
on_retry_due (gpointer user_data)
{
  GTask *task = user_data;
  Request *request = g_task_get_task_data (task);

  clear_source (&request->cancel_source);
  /* The source itself goes when this returns. */
  g_clear_pointer (&request->retry_source, g_source_unref);
  send_request (g_object_ref (task));

  return G_SOURCE_REMOVE;
}

static gboolean
on_retry_cancelled (GCancellable *cancellable,
                    gpointer      user_data)
{
  GTask *task = user_data;
  Request *request = g_task_get_task_data (task);

  g_clear_pointer (&request->cancel_source, g_source_unref);
  clear_source (&request->retry_source);
  request_done (g_task_get_source_object (task), request);
  g_task_return_error_if_cancelled (task);

  return G_SOURCE_REMOVE;
}

/* Sends the request again after a pause when that is safe and may help;
 * FALSE when error is the answer. */
static gboolean
schedule_retry (GTask        *task,
                const GError *error)
{
  TicketsClient *self = g_task_get_source_object (task);
  Request *request = g_task_get_task_data (task);
  GCancellable *cancellable = g_task_get_cancellable (task);
  guint64 delay;

  if (g_cancellable_is_cancelled (cancellable) ||
      !tickets_retry_get_delay (request->method, request->attempt, self->max_attempts, self->retry_delay_ms, error,
                                request->msg, &delay))
    return FALSE;

  request->attempt++;
  if (!request->retrying)
    {
      request->retrying = TRUE;
      if (self->n_retrying++ == 0)
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECONNECTING]);
    }

  /* The path only: queries may hold personal data. */
  g_debug ("Attempt %u of %u of %s %s in %" G_GUINT64_FORMAT " ms: %s", request->attempt, self->max_attempts,
           request->method, g_uri_get_path (request->uri), delay, error->message);
  g_signal_emit (self, signals[RETRYING], 0, error, request->attempt, (guint) delay);

  request->retry_source = g_timeout_source_new ((guint) delay);
  g_source_set_callback (request->retry_source, on_retry_due, g_object_ref (task), g_object_unref);
  g_source_attach (request->retry_source, g_task_get_context (task));
  if (cancellable != NULL)
    {
      request->cancel_source = g_cancellable_source_new (cancellable);
      g_source_set_callback (request->cancel_source, G_SOURCE_FUNC (on_retry_cancelled), g_object_ref (task),
                             g_object_unref);
      g_source_attach (request->cancel_source, g_task_get_context (task));
    }

  return TRUE;
}

static void
send_and_read_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  TicketsClient *self = g_task_get_source_object (task);
  Request *request = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) failure = NULL;
  g_autoptr(GBytes) body = NULL;
  SoupMessageHeaders *headers;
  GUri *target;
  guint status;

  body = soup_session_send_and_read_finish (SOUP_SESSION (source), result, &error);
  if (body == NULL)
    {
      GTlsCertificateFlags certificate_errors = soup_message_get_tls_peer_certificate_errors (request->msg);

      if (g_error_matches (error, G_TLS_ERROR, G_TLS_ERROR_BAD_CERTIFICATE) && certificate_errors != 0)
        failure = tickets_api_error_from_certificate (certificate_errors, request->uri);
      else
        failure = tickets_api_error_from_transport (error, request->uri);
    }
  else
    {
      target = get_redirect_target (request, &error);
      if (error != NULL)
        failure = g_steal_pointer (&error);
      else if (target != NULL)
        {
          g_debug ("Redirected to %s", g_uri_get_path (target));
          g_uri_unref (request->uri);
          request->uri = target;
          send_request (g_steal_pointer (&task));
          return;
        }
    }

  if (failure == NULL)
    {
      status = soup_message_get_status (request->msg);
      headers = soup_message_get_response_headers (request->msg);
      if (!SOUP_STATUS_IS_SUCCESSFUL (status))
        failure = tickets_api_error_from_response (status, soup_message_headers_get_content_type (headers, NULL), body);
    }

  if (failure != NULL)
    {
      if (schedule_retry (task, failure))
        return;

      request_done (self, request);
      g_task_return_error (task, g_steal_pointer (&failure));
      return;
    }

  request_done (self, request);
  tickets_deprecation_log (self->deprecations, request->uri, headers, body);
  g_task_return_pointer (task, tickets_response_new (request->msg, request->uri, body),
                         (GDestroyNotify) tickets_response_unref);
}

static void
send_request (GTask *task)
{
  TicketsClient *self = g_task_get_source_object (task);
  Request *request = g_task_get_task_data (task);
  SoupMessageHeaders *headers;
  const char *auth_header;

  g_clear_object (&request->msg);
  request->msg = soup_message_new_from_uri (request->method, request->uri);
  /* Redirects are followed here, so that each target is checked and
   * credentials never follow one to another origin. */
  soup_message_add_flags (request->msg, SOUP_MESSAGE_NO_REDIRECT);

  headers = soup_message_get_request_headers (request->msg);
  soup_message_headers_replace (headers, "Accept", request->accept);
  if (tickets_uri_is_same_origin (request->uri, self->base) &&
      (auth_header = tickets_auth_get_header_name (request->auth)) != NULL)
    soup_message_headers_replace (headers, auth_header, tickets_auth_get_header_value (request->auth));
  if (request->body != NULL)
    soup_message_set_request_body_from_bytes (request->msg, "application/json", request->body);

  soup_session_send_and_read_async (self->session, request->msg, G_PRIORITY_DEFAULT,
                                    g_task_get_cancellable (task), send_and_read_cb, task);
}

void
tickets_client_start_request (TicketsClient       *self,
                              const char          *method,
                              const char          *uri,
                              TicketsAuth         *auth,
                              JsonNode            *body,
                              const char          *accept,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  Request *request;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, tickets_client_send_async);

  request = g_new0 (Request, 1);
  request->accept = accept;
  request->attempt = 1;
  g_task_set_task_data (task, request, (GDestroyNotify) request_free);

  request->uri = tickets_uri_parse (self->base, uri, &error);
  if (request->uri == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  request->method = g_strdup (method);
  request->auth = tickets_auth_ref (auth != NULL ? auth : self->auth);
  if (body != NULL)
    {
      char *text = json_to_string (body, FALSE);

      request->body = g_bytes_new_take (text, strlen (text));
    }

  send_request (g_steal_pointer (&task));
}

void
tickets_client_send_async (TicketsClient       *self,
                           const char          *method,
                           const char          *uri,
                           TicketsAuth         *auth,
                           JsonNode            *body,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_return_if_fail (TICKETS_IS_CLIENT (self));
  g_return_if_fail (self->base != NULL);
  g_return_if_fail (method != NULL);
  g_return_if_fail (uri != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  tickets_client_start_request (self, method, uri, auth, body, DEFAULT_ACCEPT, cancellable, callback, user_data);
}

TicketsResponse *
tickets_client_send_finish (TicketsClient  *self,
                            GAsyncResult   *result,
                            GError        **error)
{
  g_return_val_if_fail (TICKETS_IS_CLIENT (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tickets_client_send_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static gboolean
tickets_client_initable_init (GInitable     *initable,
                              GCancellable  *cancellable,
                              GError       **error)
{
  TicketsClient *self = TICKETS_CLIENT (initable);

  if (self->base != NULL)
    return TRUE;

  self->base = tickets_uri_parse (NULL, self->base_uri != NULL ? self->base_uri : "", error);

  return self->base != NULL;
}

static void
tickets_client_initable_iface_init (GInitableIface *iface)
{
  iface->init = tickets_client_initable_init;
}

TicketsClient *
tickets_client_new (const char  *base_uri,
                    GError     **error)
{
  g_return_val_if_fail (base_uri != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return g_initable_new (TICKETS_TYPE_CLIENT, NULL, error, "base-uri", base_uri, NULL);
}

const char *
tickets_client_get_base_uri (TicketsClient *self)
{
  g_return_val_if_fail (TICKETS_IS_CLIENT (self), NULL);

  return self->base_uri;
}

GUri *
tickets_client_get_base (TicketsClient *self)
{
  g_return_val_if_fail (TICKETS_IS_CLIENT (self), NULL);

  return self->base;
}

const char *
tickets_client_get_user_agent (TicketsClient *self)
{
  g_return_val_if_fail (TICKETS_IS_CLIENT (self), NULL);

  return soup_session_get_user_agent (self->session);
}

void
tickets_client_set_user_agent (TicketsClient *self,
                               const char    *user_agent)
{
  g_return_if_fail (TICKETS_IS_CLIENT (self));

  if (user_agent == NULL)
    user_agent = DEFAULT_USER_AGENT;

  if (g_strcmp0 (user_agent, soup_session_get_user_agent (self->session)) == 0)
    return;

  soup_session_set_user_agent (self->session, user_agent);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_USER_AGENT]);
}

guint
tickets_client_get_timeout (TicketsClient *self)
{
  g_return_val_if_fail (TICKETS_IS_CLIENT (self), 0);

  return soup_session_get_timeout (self->session);
}

void
tickets_client_set_timeout (TicketsClient *self,
                            guint          timeout)
{
  g_return_if_fail (TICKETS_IS_CLIENT (self));

  if (timeout == soup_session_get_timeout (self->session))
    return;

  soup_session_set_timeout (self->session, timeout);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMEOUT]);
}

void
tickets_client_set_retry_policy (TicketsClient *self,
                                 guint          max_attempts,
                                 guint          initial_delay_ms)
{
  g_return_if_fail (TICKETS_IS_CLIENT (self));
  g_return_if_fail (max_attempts >= 1);

  self->max_attempts = max_attempts;
  self->retry_delay_ms = initial_delay_ms;
}

guint
tickets_client_get_max_attempts (TicketsClient *self)
{
  g_return_val_if_fail (TICKETS_IS_CLIENT (self), 0);

  return self->max_attempts;
}

gboolean
tickets_client_get_reconnecting (TicketsClient *self)
{
  g_return_val_if_fail (TICKETS_IS_CLIENT (self), FALSE);

  return self->n_retrying > 0;
}

TicketsAuth *
tickets_client_get_auth (TicketsClient *self)
{
  g_return_val_if_fail (TICKETS_IS_CLIENT (self), NULL);

  return self->auth;
}

void
tickets_client_set_auth (TicketsClient *self,
                         TicketsAuth   *auth)
{
  g_autoptr(TicketsAuth) none = NULL;

  g_return_if_fail (TICKETS_IS_CLIENT (self));

  if (auth == NULL)
    {
      if (tickets_auth_get_mode (self->auth) == TICKETS_AUTH_NONE)
        return;
      auth = none = tickets_auth_new_none ();
    }

  if (auth == self->auth)
    return;

  tickets_auth_unref (self->auth);
  self->auth = tickets_auth_ref (auth);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTH]);
}

static void
tickets_client_finalize (GObject *object)
{
  TicketsClient *self = TICKETS_CLIENT (object);

  g_clear_pointer (&self->base_uri, g_free);
  g_clear_pointer (&self->base, g_uri_unref);
  g_clear_object (&self->session);
  g_clear_pointer (&self->auth, tickets_auth_unref);
  g_clear_pointer (&self->deprecations, g_hash_table_unref);

  G_OBJECT_CLASS (tickets_client_parent_class)->finalize (object);
}

static void
tickets_client_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  TicketsClient *self = TICKETS_CLIENT (object);

  switch (prop_id)
    {
    case PROP_BASE_URI:
      g_value_set_string (value, self->base_uri);
      break;
    case PROP_USER_AGENT:
      g_value_set_string (value, tickets_client_get_user_agent (self));
      break;
    case PROP_TIMEOUT:
      g_value_set_uint (value, tickets_client_get_timeout (self));
      break;
    case PROP_AUTH:
      g_value_set_boxed (value, self->auth);
      break;
    case PROP_RECONNECTING:
      g_value_set_boolean (value, tickets_client_get_reconnecting (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_client_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  TicketsClient *self = TICKETS_CLIENT (object);

  switch (prop_id)
    {
    case PROP_BASE_URI:
      self->base_uri = g_value_dup_string (value);
      break;
    case PROP_USER_AGENT:
      tickets_client_set_user_agent (self, g_value_get_string (value));
      break;
    case PROP_TIMEOUT:
      tickets_client_set_timeout (self, g_value_get_uint (value));
      break;
    case PROP_AUTH:
      tickets_client_set_auth (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_client_class_init (TicketsClientClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tickets_client_finalize;
  object_class->get_property = tickets_client_get_property;
  object_class->set_property = tickets_client_set_property;

  properties[PROP_BASE_URI] =
    g_param_spec_string ("base-uri", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_USER_AGENT] =
    g_param_spec_string ("user-agent", NULL, NULL,
                         DEFAULT_USER_AGENT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_TIMEOUT] =
    g_param_spec_uint ("timeout", NULL, NULL,
                       0, G_MAXUINT, DEFAULT_TIMEOUT,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_AUTH] =
    g_param_spec_boxed ("auth", NULL, NULL,
                        TICKETS_TYPE_AUTH,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /* Whether a request is being retried after a transient failure. */
  properties[PROP_RECONNECTING] =
    g_param_spec_boolean ("reconnecting", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TicketsClient::retrying:
   * @error: how the last attempt failed
   * @attempt: the attempt about to be made, 2 for the first retry
   * @delay_ms: how long the client waits before it
   */
  signals[RETRYING] =
    g_signal_new ("retrying",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, G_TYPE_ERROR, G_TYPE_UINT, G_TYPE_UINT);
}

static void
tickets_client_init (TicketsClient *self)
{
  self->session = soup_session_new_with_options ("user-agent", DEFAULT_USER_AGENT,
                                                 "timeout", DEFAULT_TIMEOUT,
                                                 NULL);
  /* Credentials go only where send_request() puts them: no answer to a
   * server's challenge, no user name taken from a URI. */
  soup_session_remove_feature_by_type (self->session, SOUP_TYPE_AUTH_MANAGER);
  self->auth = tickets_auth_new_none ();
  self->deprecations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->max_attempts = TICKETS_RETRY_DEFAULT_MAX_ATTEMPTS;
  self->retry_delay_ms = TICKETS_RETRY_DEFAULT_DELAY_MS;
}
