/* tickets-sandbox-faults.c: faults injected on purpose
 *
 * A fault strikes before a request is processed (nothing applied: a 500, a
 * 503 or a dropped connection), or after it was processed in full, its
 * change committed and written to the state file (the answer lost: a
 * dropped connection or a 502; or held back beyond the client's patience).
 * The second kind is the one a client cannot tell from the first, and the
 * reason the app's outbox reads the server's state back before it sends a
 * change again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tickets-sandbox-private.h"

static const struct
{
  const char              *name;
  TicketsSandboxFailKinds  kind;
} kind_names[] = {
  { "before", TICKETS_SANDBOX_FAIL_BEFORE },
  { "after", TICKETS_SANDBOX_FAIL_AFTER },
  { "slow", TICKETS_SANDBOX_FAIL_SLOW },
};

/**
 * tickets_sandbox_parse_fail_kinds:
 * @text: a comma-separated list of "before", "after" and "slow"
 * @kinds: (out): the kinds named
 *
 * Returns: whether @text names at least one kind, and only known ones.
 */
gboolean
tickets_sandbox_parse_fail_kinds (const char               *text,
                                  TicketsSandboxFailKinds  *kinds,
                                  GError                  **error)
{
  g_auto(GStrv) parts = NULL;
  TicketsSandboxFailKinds found = 0;

  g_return_val_if_fail (text != NULL, FALSE);

  parts = g_strsplit (text, ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *part = g_strstrip (parts[i]);
      gboolean known = FALSE;

      for (guint k = 0; k < G_N_ELEMENTS (kind_names); k++)
        if (g_str_equal (part, kind_names[k].name))
          {
            found |= kind_names[k].kind;
            known = TRUE;
          }

      if (!known)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                       "Unknown fault kind “%s”: --fail-kinds takes a comma list of before, after and slow", part);
          return FALSE;
        }
    }

  if (found == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           "--fail-kinds needs at least one of before, after and slow");
      return FALSE;
    }

  *kinds = found;
  return TRUE;
}

static gboolean
fault_is_before (TicketsSandboxFault fault)
{
  return fault == TICKETS_SANDBOX_FAULT_DROP || fault == TICKETS_SANDBOX_FAULT_SERVER_ERROR ||
         fault == TICKETS_SANDBOX_FAULT_UNAVAILABLE;
}

static const char *
fault_kind_name (TicketsSandboxFault fault)
{
  if (fault_is_before (fault))
    return "before";
  if (fault == TICKETS_SANDBOX_FAULT_SLOW)
    return "slow";
  return "after";
}

/* One line per fault, for a harness to count: the method and the path only.
 * Queries and bodies may carry personal data, and a download's path ends in
 * a secret of its own. */
static void
log_fault (SoupServerMessage   *msg,
           TicketsSandboxFault  fault)
{
  const char *path = g_uri_get_path (soup_server_message_get_uri (msg));
  g_autofree char *shown = NULL;

  if (g_str_has_prefix (path, "/download/"))
    {
      const char *last = strrchr (path, '/');

      shown = g_strdup_printf ("%.*s/…", (int) (last - path), path);
    }

  g_printerr ("sandbox fault: %s %s %s\n", fault_kind_name (fault), soup_server_message_get_method (msg),
              shown != NULL ? shown : path);
}

/* Whether this request fails, and how: the next ones asked for by a test
 * first, then the fail rate, over the kinds allowed, evenly. Every draw
 * comes from the seeded GRand, so a seed repeats a run. */
static gboolean
pick_fault (TicketsSandbox      *self,
            TicketsSandboxFault *fault,
            guint               *retry_after)
{
  TicketsSandboxFailKinds kinds[G_N_ELEMENTS (kind_names)] = { 0 };
  guint n_kinds = 0;
  TicketsSandboxFailKinds kind;

  *retry_after = 0;
  if (self->n_fail_next > 0)
    {
      self->n_fail_next--;
      *fault = self->fail_next_fault;
      *retry_after = self->fail_next_retry_after;
      return TRUE;
    }

  if (self->fail_rate <= 0 || g_rand_double (self->rand) >= self->fail_rate)
    return FALSE;

  for (guint k = 0; k < G_N_ELEMENTS (kind_names); k++)
    if ((self->fail_kinds & kind_names[k].kind) != 0)
      kinds[n_kinds++] = kind_names[k].kind;

  /* One kind draws nothing more, so that "before" alone fails the same
   * requests in the same ways as before there were kinds. With "before"
   * and kinds that apply the change, half the faults are each: what a
   * client must tell apart is applied or not; the applied half is then
   * shared evenly between "after" and "slow". */
  if (n_kinds == 1)
    kind = kinds[0];
  else if (kinds[0] == TICKETS_SANDBOX_FAIL_BEFORE && g_rand_boolean (self->rand))
    kind = TICKETS_SANDBOX_FAIL_BEFORE;
  else if (kinds[0] == TICKETS_SANDBOX_FAIL_BEFORE)
    kind = kinds[g_rand_int_range (self->rand, 1, n_kinds)];
  else
    kind = kinds[g_rand_int_range (self->rand, 0, n_kinds)];
  switch (kind)
    {
    case TICKETS_SANDBOX_FAIL_BEFORE:
      *fault = g_rand_boolean (self->rand) ? TICKETS_SANDBOX_FAULT_DROP : TICKETS_SANDBOX_FAULT_SERVER_ERROR;
      break;
    case TICKETS_SANDBOX_FAIL_AFTER:
      *fault = g_rand_boolean (self->rand) ? TICKETS_SANDBOX_FAULT_AFTER_DROP : TICKETS_SANDBOX_FAULT_BAD_GATEWAY;
      break;
    case TICKETS_SANDBOX_FAIL_SLOW:
    default:
      *fault = TICKETS_SANDBOX_FAULT_SLOW;
      break;
    }

  return TRUE;
}

static void
drop_connection (SoupServerMessage *msg)
{
  g_autoptr(GIOStream) stream = soup_server_message_steal_connection (msg);

  g_io_stream_close (stream, NULL, NULL);
}

static void
fail_before (SoupServerMessage   *msg,
             TicketsSandboxFault  fault,
             guint                retry_after)
{
  Request req = { .msg = msg, .help = "index" };

  switch (fault)
    {
    case TICKETS_SANDBOX_FAULT_DROP:
      drop_connection (msg);
      break;
    case TICKETS_SANDBOX_FAULT_SERVER_ERROR:
      sandbox_respond_error (&req, SOUP_STATUS_INTERNAL_SERVER_ERROR, "INTERNAL_SERVER_ERROR", NULL,
                             "The sandbox failed this request on purpose.");
      break;
    case TICKETS_SANDBOX_FAULT_UNAVAILABLE:
      if (retry_after > 0)
        {
          g_autofree char *seconds = g_strdup_printf ("%u", retry_after);

          soup_message_headers_replace (soup_server_message_get_response_headers (msg), "Retry-After", seconds);
        }
      sandbox_respond_error (&req, SOUP_STATUS_SERVICE_UNAVAILABLE, "SERVICE_UNAVAILABLE", NULL,
                             "The sandbox is unavailable on purpose.");
      break;
    default:
      g_assert_not_reached ();
    }
}

typedef struct
{
  SoupServerMessage *msg;
  gulong             disconnected_id;
  gboolean           disconnected;
} Held;

static void
held_disconnected_cb (SoupServerMessage *msg,
                      gpointer           user_data)
{
  Held *held = user_data;

  held->disconnected = TRUE;
}

static gboolean
release_cb (gpointer user_data)
{
  Held *held = user_data;

  /* A client that gave up has no connection left to answer on. */
  if (!held->disconnected)
    soup_server_message_unpause (held->msg);

  return G_SOURCE_REMOVE;
}

static void
held_free (gpointer data)
{
  Held *held = data;

  g_signal_handler_disconnect (held->msg, held->disconnected_id);
  g_object_unref (held->msg);
  g_free (held);
}

/* The answer is ready (the change committed); it leaves after slow_ms. */
static void
hold_answer (TicketsSandbox    *self,
             SoupServerMessage *msg)
{
  Held *held = g_new0 (Held, 1);
  GSource *source = g_timeout_source_new (self->slow_ms);

  held->msg = g_object_ref (msg);
  held->disconnected_id = g_signal_connect (msg, "disconnected", G_CALLBACK (held_disconnected_cb), held);
  soup_server_message_pause (msg);
  /* In the server's own context, as for the latency. */
  g_source_set_callback (source, release_cb, held, held_free);
  g_source_attach (source, g_main_context_get_thread_default ());
  g_source_unref (source);
}

static void
fail_after (TicketsSandbox      *self,
            SoupServerMessage   *msg,
            TicketsSandboxFault  fault)
{
  Request req = { .msg = msg, .help = "index" };

  switch (fault)
    {
    case TICKETS_SANDBOX_FAULT_AFTER_DROP:
      drop_connection (msg);
      break;
    case TICKETS_SANDBOX_FAULT_BAD_GATEWAY:
      /* As a proxy that lost the answer would say: nothing of it is left,
       * not even its Location or token headers. */
      soup_message_headers_clear (soup_server_message_get_response_headers (msg));
      /* Setting a response appends to the body there is. */
      soup_message_body_truncate (soup_server_message_get_response_body (msg));
      sandbox_respond_error (&req, SOUP_STATUS_BAD_GATEWAY, "BAD_GATEWAY", NULL,
                             "The sandbox lost this answer on purpose, after applying the request.");
      break;
    case TICKETS_SANDBOX_FAULT_SLOW:
      hold_answer (self, msg);
      break;
    default:
      g_assert_not_reached ();
    }
}

/* Processes one request, unless a fault says otherwise. */
void
sandbox_serve (TicketsSandbox    *self,
               SoupServerMessage *msg,
               GHashTable        *query)
{
  TicketsSandboxFault fault;
  guint retry_after;

  if (!pick_fault (self, &fault, &retry_after))
    {
      sandbox_process (self, msg, query);
      return;
    }

  log_fault (msg, fault);
  if (fault_is_before (fault))
    {
      fail_before (msg, fault, retry_after);
      return;
    }

  /* The handler commits the change and writes the state file before it
   * returns; only then is the answer lost or held back. */
  sandbox_process (self, msg, query);
  fail_after (self, msg, fault);
}

void
tickets_sandbox_set_fail_kinds (TicketsSandbox          *self,
                                TicketsSandboxFailKinds  kinds)
{
  g_return_if_fail (TICKETS_IS_SANDBOX (self));
  g_return_if_fail (kinds != 0 && (kinds & ~TICKETS_SANDBOX_FAIL_ALL) == 0);

  self->fail_kinds = kinds;
}

void
tickets_sandbox_set_slow_ms (TicketsSandbox *self,
                             guint           slow_ms)
{
  g_return_if_fail (TICKETS_IS_SANDBOX (self));

  self->slow_ms = slow_ms;
}
