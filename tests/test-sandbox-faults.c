/* test-sandbox-faults.c: injected latency, 500 answers and dropped connections
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tickets-test-sandbox.h"

#define OPEN_EVENT "5b3e9744999d4d0ca56b4c5ca1f4dc49"
#define BOXOFFICE  "basic:boxoffice:boxoffice-demo"

typedef enum {
  OUTCOME_OK,
  OUTCOME_SERVER_ERROR,
  OUTCOME_DROPPED,
} Outcome;

/* One request on a session of the test's own: unlike tickets_test_request,
 * a transport error is an outcome here, not a failure. */
static Outcome
send_request (TicketsTestSandbox   *sandbox,
              SoupSession          *session,
              const char           *path,
              TicketsTestResponse **response_out)
{
  g_autofree char *uri = tickets_test_sandbox_uri (sandbox, path);
  g_autoptr(SoupMessage) msg = soup_message_new ("GET", uri);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(TicketsTestResponse) response = NULL;
  g_autofree char *pair = g_strdup ("boxoffice:boxoffice-demo");
  g_autofree char *encoded = g_base64_encode ((const guchar *) pair, strlen (pair));
  g_autofree char *authorization = g_strconcat ("Basic ", encoded, NULL);
  GBytes *raw;
  const char *text;
  gsize size;

  soup_message_headers_replace (soup_message_get_request_headers (msg), "Authorization", authorization);

  raw = soup_session_send_and_read (session, msg, NULL, &error);
  if (raw == NULL)
    {
      g_test_message ("transport error: %s (%s %d)", error->message, g_quark_to_string (error->domain), error->code);
      g_assert_true (error->domain == G_IO_ERROR || error->domain == SOUP_SESSION_ERROR);
      return OUTCOME_DROPPED;
    }

  response = g_new0 (TicketsTestResponse, 1);
  response->raw = raw;
  response->status = soup_message_get_status (msg);
  response->headers = soup_message_headers_ref (soup_message_get_response_headers (msg));
  text = g_bytes_get_data (raw, &size);
  if (size > 0 && json_parser_load_from_data (parser, text, size, NULL))
    response->body = json_node_ref (json_parser_get_root (parser));

  if (response->status == 500)
    {
      tickets_test_assert_error (response, 500, "INTERNAL_SERVER_ERROR");
      if (response_out != NULL)
        *response_out = g_steal_pointer (&response);
      return OUTCOME_SERVER_ERROR;
    }

  if (response_out != NULL)
    *response_out = g_steal_pointer (&response);
  return OUTCOME_OK;
}

static void
assert_open_event (TicketsTestResponse *response)
{
  JsonObject *object;

  g_assert_cmpuint (response->status, ==, 200);
  object = tickets_test_response_object (response);
  g_assert_cmpstr (json_object_get_string_member (object, "uid"), ==, OPEN_EVENT);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (object, "title"), "en"), ==,
                   "Summer Sounds Festival");
}

static void
test_latency (void)
{
  TicketsTestSandbox *sandbox = tickets_test_sandbox_start_faulty (300, 0.0, 7);
  gint64 start = g_get_monotonic_time ();

  {
    g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "GET", "/events/" OPEN_EVENT, BOXOFFICE, NULL);

    assert_open_event (response);
    /* Only a lower bound: a loaded machine may take longer. */
    g_assert_cmpint (g_get_monotonic_time () - start, >=, 300 * G_TIME_SPAN_MILLISECOND);
  }

  {
    g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "POST", "/consumers", BOXOFFICE, "{");

    /* A delayed request is still checked as usual. */
    tickets_test_assert_error (response, 400, "BAD_REQUEST");
    g_assert_cmpint (g_get_monotonic_time () - start, >=, 600 * G_TIME_SPAN_MILLISECOND);
  }

  tickets_test_sandbox_stop (sandbox);
}

static void
test_fail_always (void)
{
  TicketsTestSandbox *sandbox = tickets_test_sandbox_start_faulty (0, 1.0, 42);
  g_autoptr(SoupSession) session = soup_session_new_with_options ("timeout", 30, NULL);
  guint counts[3] = { 0, 0, 0 };

  for (guint i = 0; i < 40; i++)
    counts[send_request (sandbox, session, "/events/" OPEN_EVENT, NULL)]++;

  g_test_message ("ok %u, 500 %u, dropped %u", counts[OUTCOME_OK], counts[OUTCOME_SERVER_ERROR], counts[OUTCOME_DROPPED]);
  g_assert_cmpuint (counts[OUTCOME_OK], ==, 0);
  g_assert_cmpuint (counts[OUTCOME_SERVER_ERROR], >, 0);
  g_assert_cmpuint (counts[OUTCOME_DROPPED], >, 0);
  g_assert_cmpuint (counts[OUTCOME_SERVER_ERROR] + counts[OUTCOME_DROPPED], ==, 40);

  tickets_test_sandbox_stop (sandbox);
}

/* With latency too: a delayed request can fail in both ways as well. */
static void
test_fail_always_with_latency (void)
{
  TicketsTestSandbox *sandbox = tickets_test_sandbox_start_faulty (20, 1.0, 3);
  g_autoptr(SoupSession) session = soup_session_new_with_options ("timeout", 30, NULL);
  guint counts[3] = { 0, 0, 0 };

  for (guint i = 0; i < 40; i++)
    counts[send_request (sandbox, session, "/", NULL)]++;

  g_test_message ("ok %u, 500 %u, dropped %u", counts[OUTCOME_OK], counts[OUTCOME_SERVER_ERROR], counts[OUTCOME_DROPPED]);
  g_assert_cmpuint (counts[OUTCOME_OK], ==, 0);
  g_assert_cmpuint (counts[OUTCOME_SERVER_ERROR], >, 0);
  g_assert_cmpuint (counts[OUTCOME_DROPPED], >, 0);

  tickets_test_sandbox_stop (sandbox);
}

static void
test_fail_half (void)
{
  TicketsTestSandbox *sandbox = tickets_test_sandbox_start_faulty (0, 0.5, 1234);
  g_autoptr(SoupSession) session = soup_session_new_with_options ("timeout", 30, NULL);
  guint counts[3] = { 0, 0, 0 };
  gboolean failed = FALSE;
  gboolean ok_after_failure = FALSE;

  for (guint i = 0; i < 40; i++)
    {
      g_autoptr(TicketsTestResponse) response = NULL;
      Outcome outcome = send_request (sandbox, session, "/events/" OPEN_EVENT, &response);

      counts[outcome]++;
      if (outcome == OUTCOME_OK)
        {
          /* A request that is let through gets the normal answer. */
          assert_open_event (response);
          ok_after_failure = ok_after_failure || failed;
        }
      else
        failed = TRUE;
    }

  g_test_message ("ok %u, 500 %u, dropped %u", counts[OUTCOME_OK], counts[OUTCOME_SERVER_ERROR], counts[OUTCOME_DROPPED]);
  g_assert_cmpuint (counts[OUTCOME_OK], >, 0);
  g_assert_cmpuint (counts[OUTCOME_SERVER_ERROR] + counts[OUTCOME_DROPPED], >, 0);
  g_assert_cmpuint (counts[OUTCOME_OK] + counts[OUTCOME_SERVER_ERROR] + counts[OUTCOME_DROPPED], ==, 40);
  /* Far from all or nothing: 0.5 of 40 requests. */
  g_assert_cmpuint (counts[OUTCOME_OK], >=, 5);
  g_assert_cmpuint (counts[OUTCOME_OK], <=, 35);
  g_assert_true (ok_after_failure);

  tickets_test_sandbox_stop (sandbox);
}

/* The same seed fails the same requests in the same way. */
static void
test_seed_repeatable (void)
{
  Outcome first[30];

  for (guint run = 0; run < 2; run++)
    {
      TicketsTestSandbox *sandbox = tickets_test_sandbox_start_faulty (0, 0.5, 99);
      g_autoptr(SoupSession) session = soup_session_new_with_options ("timeout", 30, NULL);

      for (guint i = 0; i < G_N_ELEMENTS (first); i++)
        {
          Outcome outcome = send_request (sandbox, session, "/", NULL);

          if (run == 0)
            first[i] = outcome;
          else
            g_assert_cmpint (outcome, ==, first[i]);
        }

      tickets_test_sandbox_stop (sandbox);
    }
}

/* A sandbox of the test's own, so that the fail rate can change while it
 * runs: all it does happens in its thread's context. */
typedef struct
{
  GMainContext   *context;
  GMainLoop      *loop;
  TicketsSandbox *sandbox;
  GThread        *thread;
  char           *base;
  GMutex          mutex;
  GCond           cond;
  gboolean        ready;
} OwnSandbox;

static gpointer
own_serve (gpointer data)
{
  OwnSandbox *own = data;
  g_autoptr(GError) error = NULL;

  g_main_context_push_thread_default (own->context);
  own->sandbox = tickets_sandbox_new (NULL, &error);
  g_assert_no_error (error);
  tickets_sandbox_set_seed (own->sandbox, 5);
  tickets_sandbox_listen (own->sandbox, NULL, 0, &error);
  g_assert_no_error (error);

  g_mutex_lock (&own->mutex);
  own->base = g_strdup (tickets_sandbox_get_base_uri (own->sandbox));
  own->ready = TRUE;
  g_cond_signal (&own->cond);
  g_mutex_unlock (&own->mutex);

  g_main_loop_run (own->loop);

  tickets_sandbox_disconnect (own->sandbox);
  g_clear_object (&own->sandbox);
  g_main_context_pop_thread_default (own->context);

  return NULL;
}

typedef struct
{
  OwnSandbox *own;
  double      fail_rate;
  gboolean    done;
} SetFailRate;

static gboolean
set_fail_rate_cb (gpointer data)
{
  SetFailRate *set = data;

  tickets_sandbox_set_fail_rate (set->own->sandbox, set->fail_rate);
  g_mutex_lock (&set->own->mutex);
  set->done = TRUE;
  g_cond_broadcast (&set->own->cond);
  g_mutex_unlock (&set->own->mutex);

  return G_SOURCE_REMOVE;
}

static void
own_set_fail_rate (OwnSandbox *own,
                   double      fail_rate)
{
  SetFailRate set = { own, fail_rate, FALSE };

  g_main_context_invoke (own->context, set_fail_rate_cb, &set);
  g_mutex_lock (&own->mutex);
  while (!set.done)
    g_cond_wait (&own->cond, &own->mutex);
  g_mutex_unlock (&own->mutex);
}

static gboolean
quit_cb (gpointer data)
{
  g_main_loop_quit (data);
  return G_SOURCE_REMOVE;
}

static Outcome
own_get (OwnSandbox  *own,
         SoupSession *session,
         JsonNode   **body)
{
  g_autofree char *uri = g_strconcat (own->base, "/events/" OPEN_EVENT, NULL);
  g_autoptr(SoupMessage) msg = soup_message_new ("GET", uri);
  g_autoptr(GBytes) raw = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();

  soup_message_headers_replace (soup_message_get_request_headers (msg), "Authorization",
                                "Basic Ym94b2ZmaWNlOmJveG9mZmljZS1kZW1v");  /* boxoffice:boxoffice-demo */
  raw = soup_session_send_and_read (session, msg, NULL, &error);
  if (raw == NULL)
    {
      g_assert_true (error->domain == G_IO_ERROR || error->domain == SOUP_SESSION_ERROR);
      return OUTCOME_DROPPED;
    }
  if (soup_message_get_status (msg) == 500)
    return OUTCOME_SERVER_ERROR;

  g_assert_cmpuint (soup_message_get_status (msg), ==, 200);
  g_assert_true (json_parser_load_from_data (parser, g_bytes_get_data (raw, NULL), g_bytes_get_size (raw), NULL));
  *body = json_node_ref (json_parser_get_root (parser));
  return OUTCOME_OK;
}

static void
test_recovers_after_drop (void)
{
  OwnSandbox own = { 0 };
  g_autoptr(SoupSession) session = soup_session_new_with_options ("timeout", 30, NULL);
  g_autoptr(JsonNode) body = NULL;
  GSource *source;
  guint dropped = 0;

  own.context = g_main_context_new ();
  own.loop = g_main_loop_new (own.context, FALSE);
  g_mutex_init (&own.mutex);
  g_cond_init (&own.cond);
  own.thread = g_thread_new ("own-sandbox", own_serve, &own);
  g_mutex_lock (&own.mutex);
  while (!own.ready)
    g_cond_wait (&own.cond, &own.mutex);
  g_mutex_unlock (&own.mutex);

  /* A normal answer first, so that the session keeps a connection. */
  g_assert_cmpint (own_get (&own, session, &body), ==, OUTCOME_OK);
  g_clear_pointer (&body, json_node_unref);

  /* Fail everything until a connection is dropped... */
  own_set_fail_rate (&own, 1.0);
  for (guint i = 0; i < 40 && dropped == 0; i++)
    if (own_get (&own, session, &body) == OUTCOME_DROPPED)
      dropped++;
  g_assert_cmpuint (dropped, ==, 1);

  /* ...then the very next request, on the same session, works. */
  own_set_fail_rate (&own, 0.0);
  g_assert_cmpint (own_get (&own, session, &body), ==, OUTCOME_OK);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (body), "uid"), ==, OPEN_EVENT);
  g_clear_pointer (&body, json_node_unref);

  /* And so do the ones after it. */
  for (guint i = 0; i < 5; i++)
    {
      g_assert_cmpint (own_get (&own, session, &body), ==, OUTCOME_OK);
      g_clear_pointer (&body, json_node_unref);
    }

  source = g_idle_source_new ();
  g_source_set_callback (source, quit_cb, own.loop, NULL);
  g_source_attach (source, own.context);
  g_source_unref (source);
  g_thread_join (own.thread);
  g_main_loop_unref (own.loop);
  g_main_context_unref (own.context);
  g_mutex_clear (&own.mutex);
  g_cond_clear (&own.cond);
  g_free (own.base);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sandbox/faults/latency", test_latency);
  g_test_add_func ("/sandbox/faults/fail-always", test_fail_always);
  g_test_add_func ("/sandbox/faults/fail-always-with-latency", test_fail_always_with_latency);
  g_test_add_func ("/sandbox/faults/fail-half", test_fail_half);
  g_test_add_func ("/sandbox/faults/seed-repeatable", test_seed_repeatable);
  g_test_add_func ("/sandbox/faults/recovers-after-drop", test_recovers_after_drop);

  return g_test_run ();
}
