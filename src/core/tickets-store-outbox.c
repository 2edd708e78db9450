/* tickets-store-outbox.c: every change on disk first, then sent exactly once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "tickets-auth.h"
#include "tickets-error.h"
#include "tickets-hal.h"
#include "tickets-store-private.h"

/* The sender. A submission becomes an outbox entry, synced to disk, before
 * anything leaves the app; then entries go out one at a time per identity,
 * oldest first, so changes to the same tickets arrive in the order they
 * were made. How a failure ends an attempt:
 *
 *  - the server refused it (a 4xx but 408 and 429): "refused", kept with
 *    the server's words until the user retries or discards it;
 *  - it surely never got there (connection refused, no such host, TLS, a
 *    503 or 429): "pending", sent again after a backoff with jitter, at
 *    once when the network comes back, and at the next start;
 *  - anything else (a drop or a timeout after sending, another 5xx, an
 *    unreadable 2xx): "unknown". The server may have applied it, and the
 *    API has no idempotency key, so the store reads the server's state back
 *    (tickets-store-reconcile.c) and sends again only what it proves was
 *    not applied.
 *
 * An entry found "sending" at start was cut off by a crash: unknown too.
 * Credentials are never written: an entry names its auth's identity, and
 * waits until an auth of that identity is known in this run. */

G_DEFINE_QUARK (tickets-store-error-quark, tickets_store_error)

#define DEFAULT_INITIAL_DELAY_MS 1000
#define DEFAULT_MAX_DELAY_MS     (60 * 1000)
/* Done entries are kept a day, for whoever looks at the file. */
#define KEEP_DONE_SECONDS        (24 * 60 * 60)

typedef struct
{
  TicketsOutboxEntry *entry;
  TicketsChange      *change;
  /* The caller's, until its first attempt ended. */
  GTask              *task;
  /* g_get_monotonic_time() before which it waits. */
  gint64              not_before;
} Job;

struct _TicketsStoreSender
{
  GHashTable      *auths;    /* identity → TicketsAuth, this run only */
  GListStore      *changes;  /* TicketsChange of the jobs */
  GPtrArray       *jobs;     /* Job, oldest first, none done */
  Job             *current;  /* the one on its way */
  guint            wake_id;
  guint            initial_ms;
  guint            max_ms;
  GNetworkMonitor *monitor;
  gulong           monitor_id;
};

static void kick (TicketsStore *self);

static void
job_free (Job *job)
{
  g_clear_pointer (&job->entry, tickets_outbox_entry_free);
  g_clear_object (&job->change);
  if (job->task != NULL)
    {
      g_task_return_new_error (job->task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "The store went away");
      g_clear_object (&job->task);
    }
  g_free (job);
}

static const char *
server_key (TicketsStore *self)
{
  return self->server_key != NULL ? self->server_key : self->base;
}

static void
on_network_changed (GNetworkMonitor *monitor,
                    gboolean         available,
                    TicketsStore    *self)
{
  if (!available)
    return;

  /* The network is back: whatever waited for it goes now. */
  for (guint i = 0; i < self->sender->jobs->len; i++)
    ((Job *) g_ptr_array_index (self->sender->jobs, i))->not_before = 0;
  kick (self);
}

void
tickets_store_sender_init (TicketsStore *self)
{
  struct _TicketsStoreSender *sender = g_new0 (struct _TicketsStoreSender, 1);
  g_autoptr(GError) error = NULL;

  sender->auths = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) tickets_auth_unref);
  sender->changes = g_list_store_new (TICKETS_TYPE_CHANGE);
  sender->jobs = g_ptr_array_new_with_free_func ((GDestroyNotify) job_free);
  sender->initial_ms = DEFAULT_INITIAL_DELAY_MS;
  sender->max_ms = DEFAULT_MAX_DELAY_MS;
  self->sender = sender;

  /* Until the session gives it a file, a store keeps its outbox in memory:
   * every submission takes the same path all the same. */
  self->outbox = tickets_outbox_open (":memory:", &error);
  if (self->outbox == NULL)
    g_critical ("No outbox in memory: %s", error->message);

  sender->monitor = g_object_ref (g_network_monitor_get_default ());
  sender->monitor_id = g_signal_connect (sender->monitor, "network-changed",
                                         G_CALLBACK (on_network_changed), self);
}

void
tickets_store_sender_finalize (TicketsStore *self)
{
  struct _TicketsStoreSender *sender = self->sender;

  if (sender == NULL)
    return;

  g_clear_signal_handler (&sender->monitor_id, sender->monitor);
  g_clear_object (&sender->monitor);
  g_clear_handle_id (&sender->wake_id, g_source_remove);
  g_clear_pointer (&sender->jobs, g_ptr_array_unref);
  g_clear_pointer (&sender->auths, g_hash_table_unref);
  g_clear_object (&sender->changes);
  g_clear_pointer (&self->sender, g_free);
  g_clear_object (&self->outbox);
  g_clear_pointer (&self->server_key, g_free);
}

void
tickets_store_set_outbox_backoff (TicketsStore *self,
                                  guint         initial_ms,
                                  guint         max_ms)
{
  g_return_if_fail (TICKETS_IS_STORE (self));

  self->sender->initial_ms = MAX (initial_ms, 1);
  self->sender->max_ms = MAX (max_ms, self->sender->initial_ms);
}

/* Durably; a failure to write is said once, without the entry's data. */
static void
save (TicketsStore       *self,
      TicketsOutboxEntry *entry)
{
  g_autoptr(GError) error = NULL;

  entry->updated = g_get_real_time () / G_USEC_PER_SEC;
  /* Discarded meanwhile: nothing left to write. */
  if (!tickets_outbox_update (self->outbox, entry, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    g_warning ("Could not write a change's state to the outbox: %s", error->message);
}

static Job *
find_job (TicketsStore *self,
          const char   *id,
          guint        *index)
{
  for (guint i = 0; i < self->sender->jobs->len; i++)
    {
      Job *job = g_ptr_array_index (self->sender->jobs, i);

      if (g_strcmp0 (job->entry->id, id) == 0)
        {
          if (index != NULL)
            *index = i;
          return job;
        }
    }

  return NULL;
}

static void
remove_job (TicketsStore *self,
            Job          *job)
{
  guint position;
  guint index;

  if (g_list_store_find (self->sender->changes, job->change, &position))
    g_list_store_remove (self->sender->changes, position);
  if (find_job (self, job->entry->id, &index) != NULL)
    g_ptr_array_remove_index (self->sender->jobs, index);
  tickets_store_notify_n_unsent (self);
}

static Job *
add_job (TicketsStore       *self,
         TicketsOutboxEntry *entry,
         GTask              *task)
{
  Job *job = g_new0 (Job, 1);

  job->entry = entry;
  job->change = tickets_change_new (entry);
  job->task = task;
  g_ptr_array_add (self->sender->jobs, job);
  g_list_store_append (self->sender->changes, job->change);
  tickets_store_notify_n_unsent (self);

  return job;
}

static TicketsSubmission *
job_submission (TicketsStore *self,
                Job          *job)
{
  return tickets_store_entry_dup_submission (self, job->entry,
                                             g_hash_table_lookup (self->sender->auths, job->entry->identity));
}

static void
backoff (TicketsStore *self,
         Job          *job)
{
  guint64 delay = (guint64) self->sender->initial_ms << MIN (job->entry->attempts > 0 ? job->entry->attempts - 1 : 0, 16);

  delay = MIN (delay, self->sender->max_ms);
  /* Jitter: many counters that lost the network together do not all come
   * back at the same moment. */
  delay = delay / 2 + (guint64) g_random_int_range (0, (gint32) MIN (delay, G_MAXINT32 - 1) + 1);
  job->not_before = g_get_monotonic_time () + (gint64) delay * 1000;
}

static void
done (TicketsStore      *self,
      Job               *job,
      TicketsSubmission *submission,
      gpointer           result,
      GDestroyNotify     free_result)
{
  g_autoptr(TicketsChange) change = g_object_ref (job->change);
  GTask *task = g_steal_pointer (&job->task);

  job->entry->state = TICKETS_OUTBOX_DONE;
  g_clear_pointer (&job->entry->last_error, g_free);
  save (self, job->entry);
  tickets_change_update (job->change, job->entry);
  tickets_store_submission_mark (self, submission, TICKETS_SAVE_STATE_NONE, NULL);
  remove_job (self, job);

  if (task != NULL)
    {
      if (result != NULL)
        g_task_return_pointer (task, result, free_result);
      else
        g_task_return_pointer (task, NULL, NULL);
      g_object_unref (task);
    }
  else
    {
      if (result != NULL && free_result != NULL)
        free_result (result);
      /* Nobody waits for it any more: the window's toast says it. */
      tickets_store_emit_change (self, change, TRUE);
    }
}

/* What was typed stays with the tickets that have no draft of their own. */
static void
keep_typed (TicketsStore *self,
            Job          *job)
{
  const char * const *uids = tickets_change_get_ticket_uids (job->change);

  if (tickets_change_get_consumer (job->change) == NULL)
    return;

  for (gsize i = 0; uids != NULL && uids[i] != NULL; i++)
    {
      TicketsTicket *ticket = g_hash_table_lookup (self->tickets, uids[i]);

      if (ticket != NULL && tickets_ticket_get_draft (ticket) == NULL)
        tickets_ticket_set_draft (ticket, tickets_change_get_consumer (job->change));
    }
}

static void
refused (TicketsStore      *self,
         Job               *job,
         TicketsSubmission *submission,
         GError            *error)
{
  GTask *task = g_steal_pointer (&job->task);

  job->entry->state = TICKETS_OUTBOX_REFUSED;
  g_free (job->entry->last_error);
  job->entry->last_error = g_strdup (error->message);
  save (self, job->entry);
  tickets_change_update (job->change, job->entry);
  tickets_store_submission_mark (self, submission, TICKETS_SAVE_STATE_FAILED, error);
  tickets_store_notify_n_unsent (self);

  if (task != NULL)
    {
      g_task_return_error (task, error);
      g_object_unref (task);
    }
  else
    {
      /* Nobody's form is open on it (it was queued, or left by an earlier
       * run): what was typed stays with the tickets, to reopen the form. */
      keep_typed (self, job);
      g_error_free (error);
      tickets_store_emit_change (self, job->change, FALSE);
    }
}

/* Not through yet, and not refused: it waits for its next turn. */
static void
postponed (TicketsStore       *self,
           Job                *job,
           TicketsSubmission  *submission,
           TicketsOutboxState  state,
           const GError       *error)
{
  job->entry->state = state;
  g_free (job->entry->last_error);
  job->entry->last_error = g_strdup (error->message);
  save (self, job->entry);
  tickets_change_update (job->change, job->entry);
  tickets_store_submission_mark (self, submission, TICKETS_SAVE_STATE_QUEUED, NULL);
  backoff (self, job);

  if (job->task != NULL)
    {
      GTask *task = g_steal_pointer (&job->task);

      if (state == TICKETS_OUTBOX_UNKNOWN)
        g_task_return_new_error (task, TICKETS_STORE_ERROR, TICKETS_STORE_ERROR_QUEUED,
                                 _("Not confirmed yet: the connection broke before the server answered. "
                                   "The change is kept on this computer; Tickets checks whether it arrived "
                                   "before sending it again."));
      else
        g_task_return_new_error (task, TICKETS_STORE_ERROR, TICKETS_STORE_ERROR_QUEUED,
                                 _("Not sent yet: the server can’t be reached. The change is kept on this "
                                   "computer and sent as soon as the server can be reached."));
      g_object_unref (task);
    }
}

/* Whether the request surely never reached a server that would apply it. */
static gboolean
surely_not_applied (const GError *error)
{
  guint status = tickets_api_error_get_status (error);

  return g_error_matches (error, TICKETS_API_ERROR, TICKETS_API_ERROR_CONNECTION_REFUSED) ||
         g_error_matches (error, TICKETS_API_ERROR, TICKETS_API_ERROR_HOST_NOT_FOUND) ||
         g_error_matches (error, TICKETS_API_ERROR, TICKETS_API_ERROR_TLS) ||
         status == 429 || status == 503;
}

/* A refusal that sending again would not change. */
static gboolean
is_refusal (const GError *error)
{
  guint status = tickets_api_error_get_status (error);

  return error->domain == TICKETS_API_ERROR && status >= 400 && status < 500 && status != 408 && status != 429;
}

static void
end_turn (TicketsStore *self)
{
  self->sender->current = NULL;
  /* Only the turn still holds the store: its owner let it go, and the
   * entries wait in the outbox for the next store of their server. */
  if (G_OBJECT (self)->ref_count > 1)
    kick (self);
}

typedef struct
{
  TicketsStore      *store;
  char              *id;
  TicketsSubmission *submission;
} Turn;

static void
turn_free (Turn *turn)
{
  g_object_unref (turn->store);
  g_free (turn->id);
  tickets_submission_free (turn->submission);
  g_free (turn);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Turn, turn_free)

static void
on_sent (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(Turn) turn = user_data;
  TicketsStore *self = turn->store;
  g_autoptr(TicketsResponse) response = NULL;
  g_autoptr(GError) error = NULL;
  GDestroyNotify free_result = NULL;
  gpointer applied = NULL;
  Job *job;

  response = tickets_client_send_finish (TICKETS_CLIENT (source), result, &error);
  tickets_store_operation_end (self, error);
  if (self->sender == NULL || (job = find_job (self, turn->id, NULL)) == NULL)
    return;

  if (response != NULL)
    applied = tickets_store_submission_apply (self, turn->submission, response, &free_result, &error);

  if (error == NULL)
    done (self, job, turn->submission, applied, free_result);
  else if (is_refusal (error))
    refused (self, job, turn->submission, g_steal_pointer (&error));
  else
    postponed (self, job, turn->submission,
               surely_not_applied (error) ? TICKETS_OUTBOX_PENDING : TICKETS_OUTBOX_UNKNOWN, error);

  end_turn (self);
}

static void
send_job (TicketsStore *self,
          Job          *job)
{
  Turn *turn = g_new0 (Turn, 1);

  turn->store = g_object_ref (self);
  turn->id = g_strdup (job->entry->id);
  turn->submission = job_submission (self, job);

  job->entry->state = TICKETS_OUTBOX_SENDING;
  job->entry->attempts++;
  save (self, job->entry);
  tickets_change_update (job->change, job->entry);
  tickets_store_submission_mark (self, turn->submission, TICKETS_SAVE_STATE_SAVING, NULL);

  /* Not the caller's cancellable: a request cut off halfway is exactly the
   * unclear case. A view that leaves stops waiting; the change goes on. */
  tickets_store_operation_begin (self);
  tickets_client_send_async (self->client, turn->submission->method, turn->submission->uri,
                             turn->submission->auth, turn->submission->body, NULL,
                             on_sent, turn);
}

static void
on_reconciled (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(Turn) turn = user_data;
  TicketsStore *self = turn->store;
  g_autoptr(GError) error = NULL;
  TicketsReconcileResult decided;
  Job *job;

  if (!tickets_store_reconcile_finish (self, result, &decided, &error))
    {
      if ((job = find_job (self, turn->id, NULL)) != NULL)
        {
          /* Still unclear: ask again later. */
          job->entry->attempts++;
          postponed (self, job, turn->submission, TICKETS_OUTBOX_UNKNOWN, error);
        }
      end_turn (self);
      return;
    }

  if ((job = find_job (self, turn->id, NULL)) == NULL)
    {
      end_turn (self);
      return;
    }

  if (decided == TICKETS_RECONCILE_APPLIED)
    done (self, job, turn->submission, NULL, NULL);
  else
    {
      /* Proven not applied: now, and only now, it is sent again. */
      job->entry->state = TICKETS_OUTBOX_PENDING;
      save (self, job->entry);
      tickets_change_update (job->change, job->entry);
      job->not_before = 0;
    }

  end_turn (self);
}

static void
reconcile_job (TicketsStore *self,
               Job          *job)
{
  Turn *turn = g_new0 (Turn, 1);

  turn->store = g_object_ref (self);
  turn->id = g_strdup (job->entry->id);
  turn->submission = job_submission (self, job);

  tickets_store_reconcile_async (self, turn->submission, job->entry, on_reconciled, turn);
}

static gboolean
on_wake (gpointer user_data)
{
  TicketsStore *self = user_data;

  self->sender->wake_id = 0;
  kick (self);

  return G_SOURCE_REMOVE;
}

/* The next entry whose turn it is: the oldest not refused of each identity
 * that has an auth in this run, once its backoff is over. */
static void
kick (TicketsStore *self)
{
  struct _TicketsStoreSender *sender = self->sender;
  g_autoptr(GHashTable) blocked = NULL;
  gint64 now = g_get_monotonic_time ();
  gint64 earliest = G_MAXINT64;

  if (sender == NULL || sender->current != NULL)
    return;

  g_clear_handle_id (&sender->wake_id, g_source_remove);
  blocked = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < sender->jobs->len; i++)
    {
      Job *job = g_ptr_array_index (sender->jobs, i);
      const char *identity = job->entry->identity;

      if (job->entry->state == TICKETS_OUTBOX_REFUSED ||
          g_hash_table_contains (blocked, identity) ||
          !g_hash_table_contains (sender->auths, identity))
        continue;

      /* Later entries of the same identity wait behind this one. */
      g_hash_table_add (blocked, (gpointer) identity);
      if (job->not_before > now)
        {
          earliest = MIN (earliest, job->not_before);
          continue;
        }

      sender->current = job;
      if (job->entry->state == TICKETS_OUTBOX_UNKNOWN || job->entry->state == TICKETS_OUTBOX_SENDING)
        reconcile_job (self, job);
      else
        send_job (self, job);
      return;
    }

  if (earliest != G_MAXINT64)
    sender->wake_id = g_timeout_add ((guint) MIN ((earliest - now) / 1000 + 1, G_MAXUINT), on_wake, self);
}

/* The same change, made again while the first is not through (Save
 * pressed twice, or after "Not confirmed yet"), is the first one. */
static Job *
find_same (TicketsStore *self,
           int           kind,
           const char   *identity,
           const char   *uri,
           const char   *plain_body)
{
  for (guint i = 0; i < self->sender->jobs->len; i++)
    {
      Job *job = g_ptr_array_index (self->sender->jobs, i);
      g_autofree char *theirs = NULL;

      if (job->entry->state == TICKETS_OUTBOX_REFUSED || job->entry->kind != kind ||
          g_strcmp0 (job->entry->identity, identity) != 0 || g_strcmp0 (job->entry->uri, uri) != 0)
        continue;

      theirs = tickets_store_entry_dup_plain_body (job->entry);
      if (g_strcmp0 (theirs, plain_body) == 0)
        return job;
    }

  return NULL;
}

/* A new change to tickets supersedes one of theirs the server refused. */
static void
drop_refused_of (TicketsStore       *self,
                 TicketsSubmission  *submission,
                 const char         *identity)
{
  g_autoptr(GPtrArray) uids = tickets_submission_dup_ticket_uids (submission);

  for (guint i = self->sender->jobs->len; i > 0; i--)
    {
      Job *job = g_ptr_array_index (self->sender->jobs, i - 1);
      const char * const *theirs = tickets_change_get_ticket_uids (job->change);
      gboolean shared = FALSE;

      if (job->entry->state != TICKETS_OUTBOX_REFUSED || job->entry->kind != (int) submission->kind ||
          g_strcmp0 (job->entry->identity, identity) != 0)
        continue;
      for (guint j = 0; j < uids->len && !shared; j++)
        shared = theirs != NULL && g_strv_contains (theirs, g_ptr_array_index (uids, j));
      if (shared && tickets_outbox_remove (self->outbox, job->entry->id, NULL))
        remove_job (self, job);
    }
}

void
tickets_store_sender_submit (TicketsStore      *self,
                             TicketsSubmission *submission,
                             GTask             *task)
{
  g_autoptr(TicketsSubmission) owned = submission;
  g_autoptr(TicketsOutboxEntry) entry = NULL;
  g_autoptr(GError) error = NULL;
  TicketsAuth *auth = submission->auth != NULL ? submission->auth : tickets_client_get_auth (self->client);
  g_autofree char *plain = NULL;
  Job *same;

  entry = tickets_store_entry_new (self, server_key (self), submission, auth);

  plain = submission->body != NULL ? json_to_string (submission->body, FALSE) : NULL;
  if ((same = find_same (self, entry->kind, entry->identity, entry->uri, plain)) != NULL)
    {
      /* Sending it again could apply it twice: the first one is tried now
       * instead. A personalization's caller waits for it (its answer says
       * all there is: the tickets' holder), unless someone still does;
       * the others hear that it waits. */
      if (same->task != NULL && g_task_return_error_if_cancelled (same->task))
        g_clear_object (&same->task);
      if (same->task == NULL && submission->kind == TICKETS_CHANGE_PERSONALIZE)
        same->task = task;
      else
        {
          g_task_return_new_error (task, TICKETS_STORE_ERROR, TICKETS_STORE_ERROR_QUEUED,
                                   _("This change is already kept on this computer, waiting to be sent. "
                                     "It is not sent twice."));
          g_object_unref (task);
        }
      same->not_before = 0;
      tickets_store_add_auth (self, auth);
      kick (self);
      return;
    }

  tickets_store_entry_seal (self, entry, submission);

  drop_refused_of (self, submission, entry->identity);

  /* On the disk before anything leaves the app. */
  if (!tickets_outbox_add (self->outbox, entry, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      g_object_unref (task);
      return;
    }

  tickets_store_submission_mark (self, submission, TICKETS_SAVE_STATE_SAVING, NULL);
  add_job (self, g_steal_pointer (&entry), task);
  tickets_store_add_auth (self, auth);
  kick (self);
}

/* Entries this store's server left in the outbox in an earlier run (or in
 * another store of this run), as jobs. */
static void
load_entries (TicketsStore *self)
{
  g_autoptr(GPtrArray) entries = NULL;

  entries = tickets_outbox_list (self->outbox, server_key (self));
  for (guint i = 0; i < entries->len; i++)
    {
      TicketsOutboxEntry *entry = g_ptr_array_index (entries, i);

      if (entry->state == TICKETS_OUTBOX_DONE || find_job (self, entry->id, NULL) != NULL)
        continue;
      /* Cut off while it was on its way: the server's state decides. */
      if (entry->state == TICKETS_OUTBOX_SENDING)
        {
          entry->state = TICKETS_OUTBOX_UNKNOWN;
          save (self, entry);
        }
      add_job (self, tickets_outbox_entry_copy (entry), NULL);
    }
}

void
tickets_store_set_storage (TicketsStore  *self,
                           const char    *server_key,
                           const char    *cache_dir,
                           TicketsOutbox *outbox)
{
  g_return_if_fail (TICKETS_IS_STORE (self));
  g_return_if_fail (outbox == NULL || TICKETS_IS_OUTBOX (outbox));

  g_free (self->server_key);
  self->server_key = g_strdup (server_key);
  tickets_store_set_cache_dir (self, cache_dir);

  if (outbox != NULL && outbox != self->outbox && self->sender->current == NULL)
    {
      g_set_object (&self->outbox, outbox);
      tickets_outbox_prune_done (outbox, g_get_real_time () / G_USEC_PER_SEC - KEEP_DONE_SECONDS, NULL);
    }

  load_entries (self);
  kick (self);
}

TicketsOutbox *
tickets_store_get_outbox (TicketsStore *self)
{
  g_return_val_if_fail (TICKETS_IS_STORE (self), NULL);

  return self->outbox;
}

void
tickets_store_add_auth (TicketsStore *self,
                        TicketsAuth  *auth)
{
  g_autofree char *identity = NULL;
  gboolean known;

  g_return_if_fail (TICKETS_IS_STORE (self));

  if (auth == NULL)
    return;

  identity = tickets_auth_dup_identity (auth);
  known = g_hash_table_contains (self->sender->auths, identity);
  g_hash_table_replace (self->sender->auths, g_steal_pointer (&identity), tickets_auth_ref (auth));
  /* What an earlier run left for this identity can go now. */
  if (!known)
    kick (self);
}

GListModel *
tickets_store_get_changes (TicketsStore *self)
{
  g_return_val_if_fail (TICKETS_IS_STORE (self), NULL);

  return G_LIST_MODEL (self->sender->changes);
}

guint
tickets_store_get_n_unsent (TicketsStore *self)
{
  g_return_val_if_fail (TICKETS_IS_STORE (self), 0);

  /* Done ones leave the list at once. */
  return self->sender->jobs->len;
}

void
tickets_store_retry_change (TicketsStore *self,
                            const char   *id)
{
  Job *job;

  g_return_if_fail (TICKETS_IS_STORE (self));
  g_return_if_fail (id != NULL);

  if ((job = find_job (self, id, NULL)) == NULL || job == self->sender->current)
    return;

  if (job->entry->state == TICKETS_OUTBOX_REFUSED)
    {
      job->entry->state = TICKETS_OUTBOX_PENDING;
      save (self, job->entry);
      tickets_change_update (job->change, job->entry);
    }
  job->not_before = 0;
  kick (self);
}

gboolean
tickets_store_discard_change (TicketsStore  *self,
                              const char    *id,
                              GError       **error)
{
  g_autoptr(TicketsSubmission) submission = NULL;
  Job *job;

  g_return_val_if_fail (TICKETS_IS_STORE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  if ((job = find_job (self, id, NULL)) == NULL)
    return TRUE;

  if (job == self->sender->current)
    {
      g_set_error_literal (error, TICKETS_STORE_ERROR, TICKETS_STORE_ERROR_UNSENT,
                           _("This change is on its way to the server: wait for its answer."));
      return FALSE;
    }

  if (!tickets_outbox_remove (self->outbox, id, error))
    return FALSE;

  submission = job_submission (self, job);
  tickets_store_submission_mark (self, submission, TICKETS_SAVE_STATE_NONE, NULL);
  remove_job (self, job);
  kick (self);

  return TRUE;
}

gboolean
tickets_store_has_unsent (TicketsStore *self,
                          TicketsAuth  *auth)
{
  g_autofree char *identity = NULL;

  g_return_val_if_fail (TICKETS_IS_STORE (self), FALSE);

  identity = auth != NULL ? tickets_auth_dup_identity (auth) : NULL;
  return tickets_outbox_count_unsent (self->outbox, server_key (self), identity) > 0;
}

void
tickets_store_sender_mark_ticket (TicketsStore  *self,
                                  TicketsTicket *ticket)
{
  const char *uid = tickets_resource_get_uid (TICKETS_RESOURCE (ticket));

  if (self->sender == NULL || tickets_ticket_get_save_state (ticket) == TICKETS_SAVE_STATE_SAVING)
    return;

  /* The newest change for this ticket says how its row stands. */
  for (guint i = self->sender->jobs->len; i > 0; i--)
    {
      Job *job = g_ptr_array_index (self->sender->jobs, i - 1);
      const char * const *uids = tickets_change_get_ticket_uids (job->change);

      if ((job->entry->kind != TICKETS_CHANGE_PERSONALIZE && job->entry->kind != TICKETS_CHANGE_POST_CONSUMERS) ||
          uids == NULL || !g_strv_contains (uids, uid))
        continue;

      if (job->entry->state == TICKETS_OUTBOX_REFUSED)
        {
          g_autoptr(GError) error = g_error_new_literal (TICKETS_API_ERROR, TICKETS_API_ERROR_BAD_REQUEST,
                                                         job->entry->last_error != NULL ? job->entry->last_error : "");

          tickets_ticket_set_save_state (ticket, TICKETS_SAVE_STATE_FAILED, error);
        }
      else
        tickets_ticket_set_save_state (ticket, TICKETS_SAVE_STATE_QUEUED, NULL);
      if (tickets_ticket_get_draft (ticket) == NULL && tickets_change_get_consumer (job->change) != NULL)
        tickets_ticket_set_draft (ticket, tickets_change_get_consumer (job->change));
      return;
    }
}
