/* tickets-sandbox.c: the server
 *
 * Responses, routing to the handler of each resource, latency, recording of
 * what arrived; the public API of TicketsSandbox. Faults injected on purpose
 * are in tickets-sandbox-faults.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <string.h>
#include <libsoup/soup.h>

#include "tickets-sandbox-private.h"
#include "tickets-sandbox-resources.h"

G_DEFINE_FINAL_TYPE (TicketsSandbox, tickets_sandbox, G_TYPE_OBJECT)

/* Responses */

void
sandbox_respond_json (Request    *req,
                      guint       status,
                      JsonObject *object)
{
  g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), object);
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  gsize length;
  char *text;

  json_generator_set_root (generator, node);
  text = json_generator_to_data (generator, &length);

  soup_server_message_set_status (req->msg, status, NULL);
  soup_server_message_set_response (req->msg, "application/hal+json", SOUP_MEMORY_TAKE, text, length);
  json_object_unref (object);
}

void
sandbox_respond_error (Request    *req,
                       guint       status,
                       const char *type,
                       JsonObject *details,
                       const char *format,
                       ...)
{
  g_autofree char *message = NULL;
  JsonNode *details_node = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  /* details is given to us; json_node_init_object() takes its own reference. */
  if (details != NULL)
    {
      details_node = json_node_init_object (json_node_alloc (), details);
      json_object_unref (details);
    }

  if (status == SOUP_STATUS_UNAUTHORIZED)
    soup_message_headers_replace (soup_server_message_get_response_headers (req->msg),
                                  "WWW-Authenticate", "Basic realm=\"Shopping API\"");

  sandbox_respond_json (req, status, sandbox_repr_error (type, message, req->help, details_node));
}

static void
respond_unauthorized (Request *req)
{
  if (req->auth.kind == AUTH_INVALID)
    sandbox_respond_error (req, SOUP_STATUS_UNAUTHORIZED, "UNAUTHORIZED", NULL,
                           "The credentials or token you sent are not valid.");
  else
    sandbox_respond_error (req, SOUP_STATUS_UNAUTHORIZED, "UNAUTHORIZED", NULL,
                           "This resource needs authentication.");
}

static void
respond_forbidden (Request    *req,
                   const char *what)
{
  sandbox_respond_error (req, SOUP_STATUS_FORBIDDEN, "FORBIDDEN", NULL,
                         "You do not have permission to %s.", what);
}

/* The documented order: bad credentials first, then access. */
gboolean
sandbox_require (Request    *req,
                 gboolean    allowed,
                 const char *what)
{
  if (req->auth.kind == AUTH_NONE || req->auth.kind == AUTH_INVALID)
    {
      respond_unauthorized (req);
      return FALSE;
    }

  if (!allowed)
    {
      respond_forbidden (req, what);
      return FALSE;
    }

  return TRUE;
}

void
sandbox_respond_not_found (Request    *req,
                           const char *what)
{
  sandbox_respond_error (req, SOUP_STATUS_NOT_FOUND, "NOT_FOUND", NULL, "%s was not found.", what);
}

/* Request helpers */

JsonObject *
sandbox_parse_body (Request *req)
{
  g_autoptr(GBytes) body = soup_message_body_flatten (soup_server_message_get_request_body (req->msg));
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  gsize size;
  const char *text = g_bytes_get_data (body, &size);

  if (size == 0)
    {
      sandbox_respond_error (req, SOUP_STATUS_BAD_REQUEST, "BAD_REQUEST", NULL, "The request has no body; a JSON object was expected.");
      return NULL;
    }

  if (!json_parser_load_from_data (parser, text, size, &error))
    {
      sandbox_respond_error (req, SOUP_STATUS_BAD_REQUEST, "BAD_REQUEST", NULL, "The request body is not valid JSON: %s", error->message);
      return NULL;
    }

  if (!JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      sandbox_respond_error (req, SOUP_STATUS_BAD_REQUEST, "BAD_REQUEST", NULL, "The request body must be a JSON object.");
      return NULL;
    }

  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

char *
sandbox_now_string (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

void
sandbox_save_state (TicketsSandbox *self)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  if (self->state_file == NULL)
    return;

  bytes = sandbox_data_serialize (self->data);
  /* The state holds personal data: only its owner may read it. Written to
   * a temporary file, synced and renamed over the old one, before the
   * answer leaves: a change the client may have seen confirmed survives a
   * SIGKILL of the sandbox right after. */
  if (!g_file_set_contents_full (self->state_file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE, 0600, &error))
    g_warning ("Could not save the sandbox state: %s", error->message);
}

/* The API root; every other resource has a file of its own. */

static void
handle_root (Request *req)
{
  if (!sandbox_require (req, TRUE, "read the root"))
    return;

  sandbox_respond_json (req, SOUP_STATUS_OK, sandbox_repr_root (&req->repr));
}

/* Routing */

typedef void (*ResourceHandler) (Request *req, const char *uid);

typedef struct
{
  const char      *name;
  const char      *help;
  const char      *collection_methods;
  const char      *item_methods;
  ResourceHandler  handler;
} Resource;

static const Resource resources[] = {
  { "events", "events", "OPTIONS, GET", "OPTIONS, GET", sandbox_handle_events },
  { "products", "products", "OPTIONS, GET", "OPTIONS, GET", sandbox_handle_products },
  { "orders", "orders", "OPTIONS, POST", "OPTIONS, GET", sandbox_handle_orders },
  { "tickets", "tickets", "OPTIONS, GET", "OPTIONS, GET", sandbox_handle_tickets },
  { "personalization", "personalization", "OPTIONS, GET, POST", "OPTIONS, GET", sandbox_handle_personalization },
  { "personalization-requests", "personalization-requests", "OPTIONS, POST", "OPTIONS, GET, DELETE", sandbox_handle_requests },
  { "consumers", "consumers", "OPTIONS, GET, POST", "OPTIONS, GET", sandbox_handle_consumers },
};

static gboolean
method_allowed (const char *allow,
                const char *method)
{
  g_auto(GStrv) methods = g_strsplit (allow, ", ", -1);

  return g_strv_contains ((const char * const *) methods, method);
}

static void
respond_options (Request    *req,
                 const char *allow)
{
  SoupMessageHeaders *headers = soup_server_message_get_response_headers (req->msg);
  g_autofree char *link = g_strdup_printf ("<" SANDBOX_DOCS "%s.html>; type=text/html; rel=help", req->help);

  soup_message_headers_replace (headers, "Allow", allow);
  soup_message_headers_replace (headers, "Link", link);
  soup_server_message_set_status (req->msg, SOUP_STATUS_OK, NULL);
}

static void
dispatch (Request *req)
{
  const Resource *resource = NULL;
  const char *allow;
  const char *uid;

  if (req->n_segments == 0)
    {
      req->help = "root";
      if (g_str_equal (req->method, "OPTIONS"))
        respond_options (req, "OPTIONS, GET");
      else if (g_str_equal (req->method, "GET"))
        handle_root (req);
      else
        {
          soup_message_headers_replace (soup_server_message_get_response_headers (req->msg), "Allow", "OPTIONS, GET");
          sandbox_respond_error (req, SOUP_STATUS_METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED", NULL,
                                 "%s is not allowed here.", req->method);
        }
      return;
    }

  if (req->n_segments == 3 && g_str_equal (req->segments[0], "download") &&
      (g_str_equal (req->segments[1], "eticket") || g_str_equal (req->segments[1], "etickets")) &&
      g_str_equal (req->method, "GET"))
    {
      req->help = "etickets";
      sandbox_handle_download (req, req->segments[1], req->segments[2]);
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (resources); i++)
    if (g_str_equal (resources[i].name, req->segments[0]))
      resource = &resources[i];

  if (resource == NULL || req->n_segments > 2)
    {
      req->help = "index";
      sandbox_respond_not_found (req, "This resource");
      return;
    }

  req->help = resource->help;
  uid = req->n_segments == 2 ? req->segments[1] : NULL;
  allow = uid != NULL ? resource->item_methods : resource->collection_methods;

  if (g_str_equal (req->method, "OPTIONS"))
    {
      respond_options (req, allow);
      return;
    }

  if (!method_allowed (allow, req->method))
    {
      soup_message_headers_replace (soup_server_message_get_response_headers (req->msg), "Allow", allow);
      sandbox_respond_error (req, SOUP_STATUS_METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED", NULL,
                             "%s is not allowed here; this resource allows %s.", req->method, allow);
      return;
    }

  resource->handler (req, uid);
}

static TicketsSandboxReceived *
received_copy (const TicketsSandboxReceived *received)
{
  TicketsSandboxReceived *copy = g_new0 (TicketsSandboxReceived, 1);

  copy->method = g_strdup (received->method);
  copy->path = g_strdup (received->path);
  copy->query = g_strdup (received->query);
  copy->authorization = g_strdup (received->authorization);
  copy->token_header = g_strdup (received->token_header);
  copy->body = received->body != NULL ? g_bytes_ref (received->body) : NULL;

  return copy;
}

static void
received_free (TicketsSandboxReceived *received)
{
  g_free (received->method);
  g_free (received->path);
  g_free (received->query);
  g_free (received->authorization);
  g_free (received->token_header);
  g_clear_pointer (&received->body, g_bytes_unref);
  g_free (received);
}

static void
record (TicketsSandbox    *self,
        SoupServerMessage *msg)
{
  static const char * const token_headers[] = {
    "Order-Token", "Cognito-Token", "Personalization-Request-Token",
  };
  TicketsSandboxReceived *received;
  SoupMessageBody *body;
  GUri *uri = soup_server_message_get_uri (msg);

  g_mutex_lock (&self->received_lock);
  if (self->received != NULL)
    {
      received = g_new0 (TicketsSandboxReceived, 1);
      received->method = g_strdup (soup_server_message_get_method (msg));
      received->path = g_strdup (g_uri_get_path (uri));
      received->query = g_strdup (g_uri_get_query (uri));
      received->authorization = g_strdup (soup_message_headers_get_one (soup_server_message_get_request_headers (msg),
                                                                        "Authorization"));
      for (guint i = 0; i < G_N_ELEMENTS (token_headers) && received->token_header == NULL; i++)
        {
          const char *value = soup_message_headers_get_one (soup_server_message_get_request_headers (msg),
                                                            token_headers[i]);

          if (value != NULL)
            received->token_header = g_strdup_printf ("%s: %s", token_headers[i], value);
        }
      body = soup_server_message_get_request_body (msg);
      received->body = soup_message_body_flatten (body);
      g_ptr_array_add (self->received, received);
    }
  g_mutex_unlock (&self->received_lock);
}

void
sandbox_process (TicketsSandbox    *self,
                 SoupServerMessage *msg,
                 GHashTable        *query)
{
  GUri *uri = soup_server_message_get_uri (msg);
  g_auto(GStrv) parts = g_strsplit (g_uri_get_path (uri), "/", -1);
  g_autoptr(GPtrArray) segments = g_ptr_array_new_with_free_func (g_free);
  Request req = { 0 };

  for (guint i = 0; parts[i] != NULL; i++)
    if (*parts[i] != '\0')
      g_ptr_array_add (segments, g_uri_unescape_string (parts[i], NULL));
  g_ptr_array_add (segments, NULL);

  req.self = self;
  req.msg = msg;
  req.method = soup_server_message_get_method (msg);
  req.segments = (char **) segments->pdata;
  req.n_segments = segments->len - 1;
  req.query = query;
  req.auth = sandbox_authenticate (self, msg);
  req.repr.data = self->data;
  req.repr.base = self->base_uri;
  req.repr.show_availability = sandbox_role_has (&req.auth, TICKETS_ACCESS_AVAILABILITY);
  req.help = "index";

  /* Paths and methods only: queries and bodies may carry personal data. */
  g_debug ("%s %s", req.method, g_uri_get_path (uri));

  dispatch (&req);
}

typedef struct
{
  TicketsSandbox    *self;
  SoupServerMessage *msg;
  GHashTable        *query;
} Delayed;

static gboolean
delayed_cb (gpointer user_data)
{
  Delayed *delayed = user_data;

  soup_server_message_unpause (delayed->msg);
  sandbox_serve (delayed->self, delayed->msg, delayed->query);

  g_clear_pointer (&delayed->query, g_hash_table_unref);
  g_object_unref (delayed->msg);
  g_object_unref (delayed->self);
  g_free (delayed);

  return G_SOURCE_REMOVE;
}

static GHashTable *
copy_query (GHashTable *query)
{
  GHashTable *copy = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GHashTableIter iter;
  gpointer key, value;

  if (query == NULL)
    return copy;

  g_hash_table_iter_init (&iter, query);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (copy, g_strdup (key), g_strdup (value));

  return copy;
}

static void
server_callback (SoupServer        *server,
                 SoupServerMessage *msg,
                 const char        *path,
                 GHashTable        *query,
                 gpointer           user_data)
{
  TicketsSandbox *self = user_data;
  g_autoptr(GHashTable) own_query = copy_query (query);

  /* On arrival, so that requests that are then failed on purpose count too. */
  record (self, msg);

  if (self->latency_ms > 0)
    {
      Delayed *delayed = g_new0 (Delayed, 1);
      GSource *source = g_timeout_source_new (self->latency_ms);

      delayed->self = g_object_ref (self);
      delayed->msg = g_object_ref (msg);
      delayed->query = g_steal_pointer (&own_query);
      soup_server_message_pause (msg);
      /* In the server's own context, which is not the global default one
       * when the sandbox runs in a thread (as in the tests). */
      g_source_set_callback (source, delayed_cb, delayed, NULL);
      g_source_attach (source, g_main_context_get_thread_default ());
      g_source_unref (source);
      return;
    }

  sandbox_serve (self, msg, own_query);
}

/* Public API */

GBytes *
tickets_sandbox_get_default_fixture (void)
{
  /* Looked up in the resource itself: in a static library nothing else
   * would pull in the object file that registers it. */
  return g_resource_lookup_data (tickets_sandbox_get_resource (), "/org/example/Tickets/sandbox/fixture.json",
                                 G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
}

TicketsSandbox *
tickets_sandbox_new (GBytes  *fixture,
                     GError **error)
{
  g_autoptr(GBytes) builtin = NULL;
  TicketsSandbox *self;
  SandboxData *data;

  if (fixture == NULL)
    fixture = builtin = tickets_sandbox_get_default_fixture ();

  data = sandbox_data_new (fixture, error);
  if (data == NULL)
    return NULL;

  self = g_object_new (TICKETS_TYPE_SANDBOX, NULL);
  self->data = data;

  return self;
}

gboolean
tickets_sandbox_set_state_file (TicketsSandbox  *self,
                                const char      *path,
                                GError         **error)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length;

  g_return_val_if_fail (TICKETS_IS_SANDBOX (self), FALSE);

  g_free (self->state_file);
  self->state_file = g_strdup (path);

  if (g_file_get_contents (path, &contents, &length, &local_error))
    {
      g_autoptr(GBytes) bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
      SandboxData *data = sandbox_data_new (bytes, error);

      if (data == NULL)
        return FALSE;
      sandbox_data_free (self->data);
      self->data = data;
      if (self->seeded)
        sandbox_data_set_seed (self->data, self->seed);
      return TRUE;
    }

  if (!g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  sandbox_save_state (self);
  return TRUE;
}

void
tickets_sandbox_set_latency (TicketsSandbox *self,
                             guint           latency_ms)
{
  g_return_if_fail (TICKETS_IS_SANDBOX (self));

  self->latency_ms = latency_ms;
}

void
tickets_sandbox_set_fail_rate (TicketsSandbox *self,
                               double          fail_rate)
{
  g_return_if_fail (TICKETS_IS_SANDBOX (self));

  self->fail_rate = CLAMP (fail_rate, 0.0, 1.0);
}

void
tickets_sandbox_set_seed (TicketsSandbox *self,
                          guint32         seed)
{
  g_return_if_fail (TICKETS_IS_SANDBOX (self));

  g_rand_set_seed (self->rand, seed);
  sandbox_data_set_seed (self->data, seed);
  /* For data loaded from a state file later. */
  self->seed = seed;
  self->seeded = TRUE;
}

/**
 * tickets_sandbox_fail_next:
 * @n_requests: how many of the next requests fail
 * @fault: how they fail
 * @retry_after: for %TICKETS_SANDBOX_FAULT_UNAVAILABLE, the Retry-After in
 *   seconds (0: none)
 *
 * Fails exactly the next @n_requests requests, before any fail rate, so
 * that tests of retries know which attempts fail.
 */
void
tickets_sandbox_fail_next (TicketsSandbox      *self,
                           guint                n_requests,
                           TicketsSandboxFault  fault,
                           guint                retry_after)
{
  g_return_if_fail (TICKETS_IS_SANDBOX (self));

  self->n_fail_next = n_requests;
  self->fail_next_fault = fault;
  self->fail_next_retry_after = retry_after;
}

gboolean
tickets_sandbox_add_big_order (TicketsSandbox  *self,
                               guint            n_tickets,
                               GError         **error)
{
  g_return_val_if_fail (TICKETS_IS_SANDBOX (self), FALSE);

  if (n_tickets == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, "A big order needs at least one ticket");
      return FALSE;
    }

  if (sandbox_data_lookup (self->data, SANDBOX_ORDERS, "b1600000000000000000000000000000") != NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_EXISTS, "The big order exists already");
      return FALSE;
    }

  sandbox_data_add_big_order (self->data, n_tickets);
  sandbox_save_state (self);
  return TRUE;
}

gboolean
tickets_sandbox_add_consumers (TicketsSandbox  *self,
                               guint            n,
                               GError         **error)
{
  g_return_val_if_fail (TICKETS_IS_SANDBOX (self), FALSE);

  if (n == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, "Adding consumers needs at least one");
      return FALSE;
    }

  sandbox_data_add_consumers (self->data, n);
  sandbox_save_state (self);
  sandbox_consumers_warm_search (self);
  return TRUE;
}

gboolean
tickets_sandbox_listen (TicketsSandbox  *self,
                        const char      *address,
                        guint            port,
                        GError         **error)
{
  g_autoptr(GInetAddress) inet = NULL;
  g_autoptr(GSocketAddress) socket_address = NULL;
  GSList *uris;
  GUri *uri;

  g_return_val_if_fail (TICKETS_IS_SANDBOX (self), FALSE);
  g_return_val_if_fail (self->server == NULL, FALSE);

  inet = g_inet_address_new_from_string (address != NULL ? address : "127.0.0.1");
  if (inet == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, "“%s” is not an IP address", address);
      return FALSE;
    }

  self->server = soup_server_new ("server-header", "tickets-sandbox ", NULL);
  soup_server_add_handler (self->server, NULL, server_callback, self, NULL);

  socket_address = g_inet_socket_address_new (inet, port);
  if (!soup_server_listen (self->server, socket_address, 0, error))
    {
      g_clear_object (&self->server);
      return FALSE;
    }

  uris = soup_server_get_uris (self->server);
  uri = uris->data;
  g_free (self->base_uri);
  if (g_inet_address_get_family (inet) == G_SOCKET_FAMILY_IPV6)
    self->base_uri = g_strdup_printf ("http://[%s]:%d", g_uri_get_host (uri), g_uri_get_port (uri));
  else
    self->base_uri = g_strdup_printf ("http://%s:%d", g_uri_get_host (uri), g_uri_get_port (uri));
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);

  return TRUE;
}

const char *
tickets_sandbox_get_base_uri (TicketsSandbox *self)
{
  g_return_val_if_fail (TICKETS_IS_SANDBOX (self), NULL);

  return self->base_uri;
}

void
tickets_sandbox_disconnect (TicketsSandbox *self)
{
  g_return_if_fail (TICKETS_IS_SANDBOX (self));

  if (self->server != NULL)
    soup_server_disconnect (self->server);
  g_clear_object (&self->server);
}

static void
tickets_sandbox_finalize (GObject *object)
{
  TicketsSandbox *self = TICKETS_SANDBOX (object);

  tickets_sandbox_disconnect (self);
  g_clear_pointer (&self->data, sandbox_data_free);
  g_clear_pointer (&self->base_uri, g_free);
  g_clear_pointer (&self->state_file, g_free);
  g_clear_pointer (&self->rand, g_rand_free);
  g_clear_pointer (&self->received, g_ptr_array_unref);
  g_mutex_clear (&self->received_lock);

  G_OBJECT_CLASS (tickets_sandbox_parent_class)->finalize (object);
}

static void
tickets_sandbox_class_init (TicketsSandboxClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tickets_sandbox_finalize;
}

static void
tickets_sandbox_init (TicketsSandbox *self)
{
  self->rand = g_rand_new ();
  self->fail_kinds = TICKETS_SANDBOX_FAIL_BEFORE;
  self->slow_ms = TICKETS_SANDBOX_DEFAULT_SLOW_MS;
  g_mutex_init (&self->received_lock);
}

/**
 * tickets_sandbox_set_recording:
 * @recording: whether to keep every request that arrives
 *
 * Tests turn this on to read what the app really sent. Off (the default)
 * nothing is kept: requests carry personal data. Turning it on or off
 * forgets what was kept.
 */
void
tickets_sandbox_set_recording (TicketsSandbox *self,
                               gboolean        recording)
{
  g_return_if_fail (TICKETS_IS_SANDBOX (self));

  g_mutex_lock (&self->received_lock);
  g_clear_pointer (&self->received, g_ptr_array_unref);
  if (recording)
    self->received = g_ptr_array_new_with_free_func ((GDestroyNotify) received_free);
  g_mutex_unlock (&self->received_lock);
}

/**
 * tickets_sandbox_dup_received:
 * @method: (nullable): only requests with this method
 * @path: (nullable): only requests to this path
 *
 * Returns: (transfer full) (element-type TicketsSandboxReceived): copies of
 *   the requests that arrived since recording was turned on, oldest first.
 *   Copies, because the server's thread goes on recording and a reset of the
 *   recording frees the originals.
 */
GPtrArray *
tickets_sandbox_dup_received (TicketsSandbox *self,
                              const char     *method,
                              const char     *path)
{
  GPtrArray *matching = g_ptr_array_new_with_free_func ((GDestroyNotify) received_free);

  g_return_val_if_fail (TICKETS_IS_SANDBOX (self), matching);

  g_mutex_lock (&self->received_lock);
  for (guint i = 0; self->received != NULL && i < self->received->len; i++)
    {
      TicketsSandboxReceived *received = g_ptr_array_index (self->received, i);

      if ((method == NULL || g_strcmp0 (received->method, method) == 0)
          && (path == NULL || g_strcmp0 (received->path, path) == 0))
        g_ptr_array_add (matching, received_copy (received));
    }
  g_mutex_unlock (&self->received_lock);

  return matching;
}
