/* tickets-test-sandbox.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>

#include <string.h>

#include "tickets-test-sandbox.h"

const char * const tickets_test_languages[] = { "en", "nl", "de", "fr", "es", "pt", "tr", "pl", "ru", NULL };

struct _TicketsTestSandbox
{
  GThread        *thread;
  GMainContext   *context;
  GMainLoop      *loop;
  TicketsSandbox *sandbox;
  SoupSession    *session;
  char           *base;

  GBytes         *fixture;
  char           *state_file;
  guint           big_order;
  guint           latency_ms;
  double          fail_rate;
  guint32         seed;

  GMutex          mutex;
  GCond           cond;
  gboolean        ready;
};

static gpointer
serve (gpointer data)
{
  TicketsTestSandbox *self = data;
  g_autoptr(GError) error = NULL;

  g_main_context_push_thread_default (self->context);

  self->sandbox = tickets_sandbox_new (self->fixture, &error);
  g_assert_no_error (error);
  if (self->state_file != NULL)
    {
      tickets_sandbox_set_state_file (self->sandbox, self->state_file, &error);
      g_assert_no_error (error);
    }
  if (self->big_order > 0)
    {
      tickets_sandbox_add_big_order (self->sandbox, self->big_order, &error);
      g_assert_no_error (error);
    }
  tickets_sandbox_set_latency (self->sandbox, self->latency_ms);
  tickets_sandbox_set_fail_rate (self->sandbox, self->fail_rate);
  tickets_sandbox_set_seed (self->sandbox, self->seed);
  tickets_sandbox_listen (self->sandbox, NULL, 0, &error);
  g_assert_no_error (error);

  g_mutex_lock (&self->mutex);
  self->base = g_strdup (tickets_sandbox_get_base_uri (self->sandbox));
  self->ready = TRUE;
  g_cond_signal (&self->cond);
  g_mutex_unlock (&self->mutex);

  g_main_loop_run (self->loop);

  tickets_sandbox_disconnect (self->sandbox);
  g_clear_object (&self->sandbox);
  g_main_context_pop_thread_default (self->context);

  return NULL;
}

static TicketsTestSandbox *
start (TicketsTestSandbox *self)
{
  self->context = g_main_context_new ();
  self->loop = g_main_loop_new (self->context, FALSE);
  g_mutex_init (&self->mutex);
  g_cond_init (&self->cond);

  self->thread = g_thread_new ("sandbox", serve, self);

  g_mutex_lock (&self->mutex);
  while (!self->ready)
    g_cond_wait (&self->cond, &self->mutex);
  g_mutex_unlock (&self->mutex);

  self->session = soup_session_new_with_options ("timeout", 30, NULL);

  return self;
}

TicketsTestSandbox *
tickets_test_sandbox_start_full (GBytes     *fixture,
                                 const char *state_file,
                                 guint       big_order)
{
  TicketsTestSandbox *self = g_new0 (TicketsTestSandbox, 1);

  self->fixture = fixture != NULL ? g_bytes_ref (fixture) : NULL;
  self->state_file = g_strdup (state_file);
  self->big_order = big_order;

  return start (self);
}

TicketsTestSandbox *
tickets_test_sandbox_start_faulty (guint   latency_ms,
                                   double  fail_rate,
                                   guint32 seed)
{
  TicketsTestSandbox *self = g_new0 (TicketsTestSandbox, 1);

  self->latency_ms = latency_ms;
  self->fail_rate = fail_rate;
  self->seed = seed;

  return start (self);
}

TicketsTestSandbox *
tickets_test_sandbox_start (void)
{
  return tickets_test_sandbox_start_full (NULL, NULL, 0);
}

static gboolean
quit_cb (gpointer data)
{
  g_main_loop_quit (data);
  return G_SOURCE_REMOVE;
}

void
tickets_test_sandbox_stop (TicketsTestSandbox *self)
{
  GSource *source = g_idle_source_new ();

  g_clear_object (&self->session);

  g_source_set_callback (source, quit_cb, self->loop, NULL);
  g_source_attach (source, self->context);
  g_source_unref (source);
  g_thread_join (self->thread);

  g_main_loop_unref (self->loop);
  g_main_context_unref (self->context);
  g_mutex_clear (&self->mutex);
  g_cond_clear (&self->cond);
  g_clear_pointer (&self->fixture, g_bytes_unref);
  g_free (self->state_file);
  g_free (self->base);
  g_free (self);
}

typedef struct
{
  TicketsTestSandbox  *self;
  void               (*func) (TicketsSandbox *sandbox, gpointer data);
  gpointer             data;
  gboolean             done;
} Call;

static gboolean
call_cb (gpointer data)
{
  Call *call = data;

  call->func (call->self->sandbox, call->data);
  g_mutex_lock (&call->self->mutex);
  call->done = TRUE;
  g_cond_broadcast (&call->self->cond);
  g_mutex_unlock (&call->self->mutex);

  return G_SOURCE_REMOVE;
}

void
tickets_test_sandbox_call (TicketsTestSandbox  *self,
                           void               (*func) (TicketsSandbox *sandbox,
                                                       gpointer        data),
                           gpointer             data)
{
  Call call = { self, func, data, FALSE };

  /* All the sandbox does happens in its thread's context. */
  g_main_context_invoke (self->context, call_cb, &call);
  g_mutex_lock (&self->mutex);
  while (!call.done)
    g_cond_wait (&self->cond, &self->mutex);
  g_mutex_unlock (&self->mutex);
}

static void
set_fail_rate (TicketsSandbox *sandbox,
               gpointer        data)
{
  tickets_sandbox_set_fail_rate (sandbox, *(double *) data);
}

void
tickets_test_sandbox_set_fail_rate (TicketsTestSandbox *self,
                                    double              fail_rate)
{
  tickets_test_sandbox_call (self, set_fail_rate, &fail_rate);
}

typedef struct
{
  guint                n_requests;
  TicketsSandboxFault  fault;
  guint                retry_after;
} FailNext;

static void
fail_next (TicketsSandbox *sandbox,
           gpointer        data)
{
  FailNext *fail = data;

  tickets_sandbox_fail_next (sandbox, fail->n_requests, fail->fault, fail->retry_after);
}

void
tickets_test_sandbox_fail_next (TicketsTestSandbox  *self,
                                guint                n_requests,
                                TicketsSandboxFault  fault,
                                guint                retry_after)
{
  FailNext fail = { n_requests, fault, retry_after };

  tickets_test_sandbox_call (self, fail_next, &fail);
}

GPtrArray *
tickets_test_sandbox_dup_received (TicketsTestSandbox *self,
                                   const char         *method,
                                   const char         *path)
{
  return tickets_sandbox_dup_received (self->sandbox, method, path);
}

guint
tickets_test_sandbox_count (TicketsTestSandbox *self,
                            const char         *method,
                            const char         *path)
{
  g_autoptr(GPtrArray) received = tickets_sandbox_dup_received (self->sandbox, method, path);

  return received->len;
}

void
tickets_test_sandbox_record (TicketsTestSandbox *self)
{
  tickets_sandbox_set_recording (self->sandbox, TRUE);
}

GPtrArray *
tickets_test_sandbox_received (TicketsTestSandbox *self,
                               const char         *method,
                               const char         *path)
{
  g_autoptr(GPtrArray) received = tickets_sandbox_dup_received (self->sandbox, method, path);
  GPtrArray *bodies = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);

  for (guint i = 0; i < received->len; i++)
    {
      TicketsSandboxReceived *one = g_ptr_array_index (received, i);
      g_autoptr(GError) error = NULL;
      gsize size;
      const char *data = g_bytes_get_data (one->body, &size);
      g_autofree char *text = g_strndup (data, size);
      JsonNode *node = json_from_string (text, &error);

      g_assert_no_error (error);
      g_assert_nonnull (node);
      g_ptr_array_add (bodies, node);
    }

  return bodies;
}

const char *
tickets_test_sandbox_get_base (TicketsTestSandbox *self)
{
  return self->base;
}

char *
tickets_test_sandbox_uri (TicketsTestSandbox *self,
                          const char         *path)
{
  /* Not just any "://": a query may hold a URI (?event=http://…). */
  if (g_uri_peek_scheme (path) != NULL)
    return g_strdup (path);

  return g_strconcat (self->base, path, NULL);
}

char *
tickets_test_uri (TicketsTestSandbox *self,
                  const char         *collection,
                  const char         *uid)
{
  return g_strdup_printf ("%s/%s/%s", self->base, collection, uid);
}

char *
tickets_test_ticket_list (TicketsTestSandbox *self,
                          const char * const *uids)
{
  g_autoptr(GString) list = g_string_new ("[");

  for (guint i = 0; uids[i] != NULL; i++)
    {
      g_autofree char *href = strstr (uids[i], "://") != NULL ? g_strdup (uids[i]) : tickets_test_uri (self, "tickets", uids[i]);

      g_string_append_printf (list, "%s\"%s\"", i > 0 ? ", " : "", href);
    }
  g_string_append_c (list, ']');

  return g_string_free (g_steal_pointer (&list), FALSE);
}

int
tickets_test_run_with_sandbox (TicketsTestSandbox **sandbox)
{
  int result;

  *sandbox = tickets_test_sandbox_start ();
  result = g_test_run ();
  g_clear_pointer (sandbox, tickets_test_sandbox_stop);

  return result;
}

void
tickets_test_set_auth (SoupMessage *msg,
                       const char  *auth)
{
  SoupMessageHeaders *headers = soup_message_get_request_headers (msg);
  g_auto(GStrv) parts = NULL;

  if (auth == NULL)
    return;

  parts = g_strsplit (auth, ":", 3);
  g_assert_nonnull (parts[1]);

  if (g_str_equal (parts[0], "basic"))
    {
      g_autofree char *pair = g_strdup_printf ("%s:%s", parts[1], parts[2] != NULL ? parts[2] : "");
      g_autofree char *encoded = g_base64_encode ((const guchar *) pair, strlen (pair));
      g_autofree char *value = g_strconcat ("Basic ", encoded, NULL);

      soup_message_headers_replace (headers, "Authorization", value);
    }
  else if (g_str_equal (parts[0], "bearer"))
    {
      g_autofree char *value = g_strconcat ("Bearer ", parts[1], NULL);

      soup_message_headers_replace (headers, "Authorization", value);
    }
  else if (g_str_equal (parts[0], "order"))
    soup_message_headers_replace (headers, "Order-Token", parts[1]);
  else if (g_str_equal (parts[0], "cognito"))
    soup_message_headers_replace (headers, "Cognito-Token", parts[1]);
  else if (g_str_equal (parts[0], "request"))
    soup_message_headers_replace (headers, "Personalization-Request-Token", parts[1]);
  else if (g_str_equal (parts[0], "raw"))
    soup_message_headers_replace (headers, parts[1], parts[2] != NULL ? parts[2] : "");
  else
    g_error ("Unknown auth mode in “%s”", auth);
}

TicketsTestResponse *
tickets_test_request_full (TicketsTestSandbox  *self,
                           SoupSession         *session,
                           const char          *method,
                           const char          *path,
                           const char          *auth,
                           const char          *body,
                           GError             **error)
{
  g_autofree char *uri = tickets_test_sandbox_uri (self, path);
  g_autoptr(SoupMessage) msg = soup_message_new (method, uri);
  g_autoptr(JsonParser) parser = json_parser_new ();
  TicketsTestResponse *response;
  GBytes *raw;
  gsize size;
  const char *text;

  g_assert_nonnull (msg);
  tickets_test_set_auth (msg, auth);

  if (body != NULL)
    {
      g_autoptr(GBytes) bytes = g_bytes_new (body, strlen (body));

      soup_message_set_request_body_from_bytes (msg, "application/json", bytes);
    }

  raw = soup_session_send_and_read (session != NULL ? session : self->session, msg, NULL, error);
  if (raw == NULL)
    return NULL;

  response = g_new0 (TicketsTestResponse, 1);
  response->raw = raw;
  response->status = soup_message_get_status (msg);
  response->headers = soup_message_headers_ref (soup_message_get_response_headers (msg));

  text = g_bytes_get_data (response->raw, &size);
  if (size > 0 && json_parser_load_from_data (parser, text, size, NULL))
    response->body = json_node_ref (json_parser_get_root (parser));

  return response;
}

TicketsTestResponse *
tickets_test_request (TicketsTestSandbox *self,
                      const char         *method,
                      const char         *path,
                      const char         *auth,
                      const char         *body)
{
  g_autoptr(GError) error = NULL;
  TicketsTestResponse *response = tickets_test_request_full (self, NULL, method, path, auth, body, &error);

  g_assert_no_error (error);
  g_assert_nonnull (response);

  return response;
}

TicketsTestResponse *
tickets_test_get (TicketsTestSandbox *self,
                  const char         *collection,
                  const char         *uid,
                  const char         *auth)
{
  g_autofree char *path = g_strconcat ("/", collection, "/", uid, NULL);

  return tickets_test_request (self, "GET", path, auth, NULL);
}

JsonObject *
tickets_test_get_ticket (TicketsTestSandbox   *self,
                         const char           *uid,
                         const char           *auth,
                         TicketsTestResponse **response)
{
  *response = tickets_test_get (self, "tickets", uid, auth);
  g_assert_cmpuint ((*response)->status, ==, 200);

  return tickets_test_response_object (*response);
}

void
tickets_test_assert_not_personalized (TicketsTestSandbox *self,
                                      const char         *uid)
{
  g_autoptr(TicketsTestResponse) response = NULL;
  JsonObject *ticket = tickets_test_get_ticket (self, uid, TICKETS_TEST_AUTH_BOXOFFICE, &response);

  g_assert_false (json_object_get_boolean_member (ticket, "personalized"));
  g_assert_true (json_object_get_null_member (ticket, "consumer"));
}

gint64
tickets_test_consumer_count (TicketsTestSandbox *self)
{
  g_autoptr(TicketsTestResponse) response = tickets_test_request (self, "GET", "/consumers", TICKETS_TEST_AUTH_SALES, NULL);

  g_assert_cmpuint (response->status, ==, 200);

  return json_object_get_int_member (tickets_test_response_object (response), "item_count");
}

void
tickets_test_response_free (TicketsTestResponse *response)
{
  g_clear_pointer (&response->headers, soup_message_headers_unref);
  g_clear_pointer (&response->raw, g_bytes_unref);
  g_clear_pointer (&response->body, json_node_unref);
  g_free (response);
}

JsonObject *
tickets_test_response_object (TicketsTestResponse *response)
{
  g_assert_nonnull (response->body);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (response->body));

  return json_node_get_object (response->body);
}

void
tickets_test_assert_error (TicketsTestResponse *response,
                           guint                status,
                           const char          *type)
{
  JsonObject *object;
  JsonObject *links;
  JsonObject *help;
  const char *logref;

  g_assert_cmpuint (response->status, ==, status);
  g_assert_cmpstr (soup_message_headers_get_content_type (response->headers, NULL), ==, "application/hal+json");
  object = tickets_test_response_object (response);

  g_assert_cmpstr (json_object_get_string_member (object, "type"), ==, type);
  g_assert_true (json_object_has_member (object, "message"));
  g_assert_cmpstr (json_object_get_string_member (object, "message"), !=, "");

  logref = json_object_get_string_member (object, "logref");
  g_assert_cmpuint (strlen (logref), ==, 32);

  links = json_object_get_object_member (object, "_links");
  help = json_object_get_object_member (links, "help");
  g_assert_true (g_str_has_prefix (json_object_get_string_member (help, "href"),
                                   "https://shopping-api-docs.paylogic.com/documentation/"));
  g_assert_cmpstr (json_object_get_string_member (help, "type"), ==, "text/html");

  g_assert_true (json_object_has_member (object, "details"));
}

void
tickets_test_assert_not_allowed (TicketsTestResponse *response,
                                 const char          *allow)
{
  tickets_test_assert_error (response, 405, "METHOD_NOT_ALLOWED");
  g_assert_cmpstr (soup_message_headers_get_one (response->headers, "Allow"), ==, allow);
}

void
tickets_test_assert_hal (JsonObject *object,
                         const char *profile)
{
  JsonObject *links = json_object_get_object_member (object, "_links");
  JsonArray *curies;
  JsonObject *shop;

  g_assert_nonnull (links);
  g_assert_true (json_object_has_member (json_object_get_object_member (links, "self"), "href"));

  if (profile != NULL)
    {
      g_autofree char *expected = g_strdup_printf ("https://shopping-api-docs.paylogic.com/documentation/%s.html", profile);

      g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (links, "profile"), "href"), ==, expected);
    }

  curies = json_object_get_array_member (links, "curies");
  g_assert_nonnull (curies);
  shop = json_array_get_object_element (curies, 0);
  g_assert_cmpstr (json_object_get_string_member (shop, "name"), ==, "shop");
  g_assert_cmpstr (json_object_get_string_member (shop, "href"), ==,
                   "https://shopping-api-docs.paylogic.com/documentation/{rel}.html");
  g_assert_true (json_object_get_boolean_member (shop, "templated"));
}

void
tickets_test_assert_get_auth (TicketsTestSandbox *self,
                              const char         *path,
                              const char * const *accepted,
                              gsize               n_accepted,
                              const char * const *forbidden,
                              gsize               n_forbidden,
                              const char * const *unauthorized,
                              gsize               n_unauthorized)
{
  for (gsize i = 0; i < n_accepted; i++)
    {
      g_autoptr(TicketsTestResponse) response = tickets_test_request (self, "GET", path, accepted[i], NULL);

      g_test_message ("GET %s with %s", path, accepted[i]);
      g_assert_cmpuint (response->status, ==, 200);
      tickets_test_assert_hal (tickets_test_response_object (response), NULL);
    }

  for (gsize i = 0; i < n_forbidden; i++)
    {
      g_autoptr(TicketsTestResponse) response = tickets_test_request (self, "GET", path, forbidden[i], NULL);

      g_test_message ("GET %s with %s", path, forbidden[i]);
      tickets_test_assert_error (response, 403, "FORBIDDEN");
    }

  for (gsize i = 0; i < n_unauthorized; i++)
    {
      g_autoptr(TicketsTestResponse) response = tickets_test_request (self, "GET", path, unauthorized[i], NULL);

      g_test_message ("GET %s with %s", path, unauthorized[i] != NULL ? unauthorized[i] : "nothing");
      tickets_test_assert_error (response, 401, "UNAUTHORIZED");
      g_assert_nonnull (soup_message_headers_get_one (response->headers, "WWW-Authenticate"));
    }
}

JsonObject *
tickets_test_get_links (JsonObject *object)
{
  g_assert_true (json_object_has_member (object, "_links"));

  return json_object_get_object_member (object, "_links");
}

const char *
tickets_test_link_href (JsonObject *object,
                        const char *rel)
{
  JsonObject *links = tickets_test_get_links (object);

  if (!json_object_has_member (links, rel))
    return NULL;

  return json_object_get_string_member (json_object_get_object_member (links, rel), "href");
}

const char *
tickets_test_assert_link (JsonObject *object,
                          const char *rel)
{
  g_assert_true (json_object_has_member (tickets_test_get_links (object), rel));

  return tickets_test_link_href (object, rel);
}

JsonObject *
tickets_test_embedded (JsonObject *object)
{
  g_assert_true (json_object_has_member (object, "_embedded"));

  return json_object_get_object_member (object, "_embedded");
}

JsonArray *
tickets_test_embedded_list (JsonObject *object,
                            const char *rel)
{
  JsonObject *embedded = tickets_test_embedded (object);

  g_assert_nonnull (embedded);
  g_assert_true (json_object_has_member (embedded, rel));
  g_assert_true (JSON_NODE_HOLDS_ARRAY (json_object_get_member (embedded, rel)));

  return json_object_get_array_member (embedded, rel);
}

void
tickets_test_assert_members (JsonObject         *object,
                             const char * const *names)
{
  guint n = g_strv_length ((char **) names);
  g_autoptr(GList) members = json_object_get_members (object);

  for (guint i = 0; i < n; i++)
    {
      if (!json_object_has_member (object, names[i]))
        g_error ("member “%s” is missing", names[i]);
    }
  for (GList *l = members; l != NULL; l = l->next)
    {
      if (!g_strv_contains (names, l->data))
        g_error ("unexpected member “%s”", (const char *) l->data);
    }

  g_assert_cmpuint (json_object_get_size (object), ==, n);
}

JsonObject *
tickets_test_assert_i18n (JsonObject *object,
                          const char *member)
{
  JsonObject *text;

  g_assert_true (json_object_has_member (object, member));
  text = json_object_get_object_member (object, member);
  g_assert_nonnull (text);
  tickets_test_assert_members (text, tickets_test_languages);
  for (guint i = 0; tickets_test_languages[i] != NULL; i++)
    {
      JsonNode *node = json_object_get_member (text, tickets_test_languages[i]);

      g_assert_true (JSON_NODE_HOLDS_VALUE (node));
      g_assert_cmpint (json_node_get_value_type (node), ==, G_TYPE_STRING);
      g_assert_nonnull (json_node_get_string (node));
    }

  return text;
}

void
tickets_test_assert_null (JsonObject *object,
                          const char *member)
{
  g_assert_true (json_object_has_member (object, member));
  g_assert_true (JSON_NODE_HOLDS_NULL (json_object_get_member (object, member)));
}

void
tickets_test_on_done (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  GAsyncResult **kept = user_data;

  g_assert_null (*kept);
  *kept = g_object_ref (result);
}

GAsyncResult *
tickets_test_wait_result (GAsyncResult **result)
{
  while (*result == NULL)
    g_main_context_iteration (NULL, TRUE);

  return *result;
}

static void
count_emission (guint *count)
{
  (*count)++;
}

void
tickets_test_count_signal (gpointer    instance,
                           const char *detailed_signal,
                           guint      *count)
{
  g_signal_connect_swapped (instance, detailed_signal, G_CALLBACK (count_emission), count);
}

gint64
tickets_test_deadline (guint seconds)
{
  return g_get_monotonic_time () + seconds * G_USEC_PER_SEC;
}

static gboolean
on_wake_up (gpointer user_data)
{
  return G_SOURCE_CONTINUE;
}

void
tickets_test_iterate (gint64 deadline)
{
  guint wake_up;

  g_assert_cmpint (g_get_monotonic_time (), <, deadline);
  /* What is awaited may be no event of the main loop's own (a widget's
   * state, a thread's answer): look again at least this often. */
  wake_up = g_timeout_add (20, on_wake_up, NULL);
  g_main_context_iteration (NULL, TRUE);
  g_source_remove (wake_up);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

double
tickets_test_median (double *values,
                     guint   n)
{
  g_assert (n > 0);

  qsort (values, n, sizeof *values, compare_doubles);
  return values[n / 2];
}

/* The domain and the message of a structured log entry, NULL where it has none. */
static void
read_log_fields (const GLogField  *fields,
                 gsize             n_fields,
                 const char      **domain,
                 const char      **message)
{
  *domain = NULL;
  *message = NULL;
  for (gsize i = 0; i < n_fields; i++)
    {
      if (g_str_equal (fields[i].key, "GLIB_DOMAIN"))
        *domain = fields[i].value;
      else if (g_str_equal (fields[i].key, "MESSAGE"))
        *message = fields[i].value;
    }
}

static GLogWriterOutput
write_log (GLogLevelFlags   log_level,
           const GLogField *fields,
           gsize            n_fields,
           gpointer         user_data)
{
  const char *domain;
  const char *message;

  read_log_fields (fields, n_fields, &domain, &message);
  if (g_strcmp0 (domain, "Gtk") == 0 && message != NULL &&
      strstr (message, "did not receive a focus-out event") != NULL)
    return G_LOG_WRITER_HANDLED;

  return g_log_writer_default (log_level, fields, n_fields, user_data);
}

static gboolean
on_fatal_log (const char     *log_domain,
              GLogLevelFlags  log_level,
              const char     *message,
              gpointer        user_data)
{
  return !(g_strcmp0 (log_domain, "Gtk") == 0 &&
           strstr (message, "did not receive a focus-out event") != NULL);
}

void
tickets_test_allow_focus_out_warning (void)
{
  /* GTK logs through the structured writer, which decides what is fatal;
   * g_log() callers go through the test's fatal handler. */
  g_log_set_writer_func (write_log, NULL, NULL);
  g_test_log_set_fatal_handler (on_fatal_log, NULL);
}

static char *captured_domain;
static GPtrArray *captured;

static GLogWriterOutput
write_captured_log (GLogLevelFlags   log_level,
                    const GLogField *fields,
                    gsize            n_fields,
                    gpointer         user_data)
{
  const char *domain;
  const char *message;

  read_log_fields (fields, n_fields, &domain, &message);
  if (g_strcmp0 (domain, captured_domain) == 0 && (log_level & G_LOG_LEVEL_MASK) == G_LOG_LEVEL_MESSAGE)
    {
      g_ptr_array_add (captured, g_strdup (message));
      return G_LOG_WRITER_HANDLED;
    }

  if (g_log_writer_default_would_drop (log_level, domain))
    return G_LOG_WRITER_HANDLED;

  return g_log_writer_default (log_level, fields, n_fields, user_data);
}

GPtrArray *
tickets_test_capture_messages (const char *domain)
{
  g_assert_null (captured);

  captured_domain = g_strdup (domain);
  captured = g_ptr_array_new_with_free_func (g_free);
  g_log_set_writer_func (write_captured_log, NULL, NULL);

  return captured;
}

TicketsConsumer *
tickets_test_new_consumer (const char *first_name,
                           const char *last_name,
                           const char *date_of_birth,
                           const char *email)
{
  TicketsConsumer *consumer = tickets_consumer_new ();

  tickets_consumer_set_first_name (consumer, first_name);
  tickets_consumer_set_last_name (consumer, last_name);
  tickets_consumer_set_date_of_birth (consumer, date_of_birth);
  tickets_consumer_set_email (consumer, email);
  tickets_consumer_set_gender (consumer, TICKETS_GENDER_FEMALE);
  tickets_consumer_set_country (consumer, "NL");

  return consumer;
}
