/* tickets-store-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "tickets-client.h"
#include "tickets-store.h"

G_BEGIN_DECLS

/* The store is one object written in three files: the object and its
 * identity map (tickets-store.c), the loads (tickets-store-load.c) and the
 * submissions (tickets-store-submit.c). These are what they share. */

struct _TicketsStore
{
  GObject        parent_instance;

  TicketsClient *client;
  char          *base;

  /* uid → object; the key is owned by the object */
  GHashTable    *orders;
  GHashTable    *tickets;
  GHashTable    *events;
  GHashTable    *products;
  GHashTable    *personalizations;
  GHashTable    *requests;

  guint          n_pending;
  GError        *error;

  /* Offline (tickets_store_set_storage()): the server's key, the folder of
   * the caches (NULL: none) and the caches opened, by identity. */
  char          *server_key;
  char          *cache_dir;
  GHashTable    *caches;
  /* The keys of the lists shown from the cache once already this run. */
  GHashTable    *cached_lists;
  /* The outbox and what sends it (tickets-store-outbox.c). */
  TicketsOutbox *outbox;
  struct _TicketsStoreSender *sender;
};

/* A submission is its kind, method, URI, body and auth: all a replay from
 * the outbox needs (tickets-store-submit.c). */
typedef struct
{
  TicketsChangeKind  kind;
  char              *method;
  char              *uri;
  JsonNode          *body;   /* NULL for none */
  TicketsAuth       *auth;   /* NULL: the client's */
} TicketsSubmission;

TicketsSubmission             *tickets_submission_new               (TicketsChangeKind              kind,
                                                                     const char                    *method,
                                                                     char                          *uri,
                                                                     JsonNode                      *body,
                                                                     TicketsAuth                   *auth);
void                           tickets_submission_free              (TicketsSubmission             *submission);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TicketsSubmission, tickets_submission_free)
/* The uids of the tickets it is about, in its body's order. */
GPtrArray                     *tickets_submission_dup_ticket_uids   (TicketsSubmission             *submission);
/* What the user typed, for the outbox: {"tickets", "consumer", "email"}. */
char                          *tickets_submission_dup_typed         (TicketsSubmission             *submission);
/* What the server's answer changes, applied to the store's objects; the
 * result for the caller, freed with *free_result. */
gpointer                       tickets_store_submission_apply       (TicketsStore                  *self,
                                                                     TicketsSubmission             *submission,
                                                                     TicketsResponse               *response,
                                                                     GDestroyNotify                *free_result,
                                                                     GError                       **error);
/* The rows of the tickets whose holders it saves: saving, queued, failed
 * (error) or none (done: their draft goes too). */
void                           tickets_store_submission_mark        (TicketsStore                  *self,
                                                                     TicketsSubmission             *submission,
                                                                     TicketsSaveState               state,
                                                                     const GError                  *error);

/* tickets-store-entry.c: a submission as an outbox entry (new(), then
 * seal() once it is known not to be a repeat: it adds the revisions'
 * external_reference and the requests known before, and the body), the
 * body as the user made it (for finding a repeat), and the submission
 * again, made against this store's base URI with @auth. */
TicketsOutboxEntry            *tickets_store_entry_new              (TicketsStore                  *self,
                                                                     const char                    *server_key,
                                                                     TicketsSubmission             *submission,
                                                                     TicketsAuth                   *auth);
void                           tickets_store_entry_seal             (TicketsStore                  *self,
                                                                     TicketsOutboxEntry            *entry,
                                                                     TicketsSubmission             *submission);
char                          *tickets_store_entry_dup_plain_body   (const TicketsOutboxEntry      *entry);
/* Whether a posted consumer only refers to a known one (its uid alone). */
gboolean                       tickets_store_entry_is_reference     (JsonObject                    *consumer);
TicketsSubmission             *tickets_store_entry_dup_submission   (TicketsStore                  *self,
                                                                     const TicketsOutboxEntry      *entry,
                                                                     TicketsAuth                   *auth);

/* tickets-store-outbox.c: writes @submission to the outbox, then sends it
 * in its turn; @task (the caller's) returns its result, its refusal, or
 * TICKETS_STORE_ERROR_QUEUED. Takes both. */
void                           tickets_store_sender_submit          (TicketsStore                  *self,
                                                                     TicketsSubmission             *submission,
                                                                     GTask                         *task);
/* A ticket the store adopted: its row says what the outbox holds for it. */
void                           tickets_store_sender_mark_ticket     (TicketsStore                  *self,
                                                                     TicketsTicket                 *ticket);
/* For tests and the soak driver: the outbox's retry delays. */
void                           tickets_store_set_outbox_backoff     (TicketsStore                  *self,
                                                                     guint                          initial_ms,
                                                                     guint                          max_ms);

/* tickets-store-reconcile.c: after an unclear failure, whether the server
 * applied @submission, read back with its auth: the tickets' holders, the
 * revision's external_reference, the old tickets' status, the request's
 * state. What was read is merged into the store. */
typedef enum
{
  TICKETS_RECONCILE_APPLIED,
  TICKETS_RECONCILE_NOT_APPLIED,
} TicketsReconcileResult;

void                           tickets_store_reconcile_async        (TicketsStore                  *self,
                                                                     TicketsSubmission             *submission,
                                                                     const TicketsOutboxEntry      *entry,
                                                                     GAsyncReadyCallback            callback,
                                                                     gpointer                       user_data);
gboolean                       tickets_store_reconcile_finish       (TicketsStore                  *self,
                                                                     GAsyncResult                  *result,
                                                                     TicketsReconcileResult        *decided,
                                                                     GError                       **error);

/* tickets-store.c: the signals and "n-unsent", for the sender. */
void                           tickets_store_emit_change            (TicketsStore                  *self,
                                                                     TicketsChange                 *change,
                                                                     gboolean                       sent);
void                           tickets_store_notify_n_unsent        (TicketsStore                  *self);

/* tickets-store-outbox.c: the sender's life with the store's. */
void                           tickets_store_sender_init            (TicketsStore                  *self);
void                           tickets_store_sender_finalize        (TicketsStore                  *self);

/* tickets-store-cache.c: what a GET answered, kept for @auth's identity
 * (from any thread), and the caches' end with the store's. */
void                           tickets_store_cache_put              (TicketsStore                  *self,
                                                                     TicketsAuth                   *auth,
                                                                     const char                    *uri,
                                                                     GBytes                        *json);
void                           tickets_store_caches_finalize        (TicketsStore                  *self);
/* Under the caches' lock: the loads' parse threads read them. */
void                           tickets_store_close_cache            (TicketsStore                  *self,
                                                                     const char                    *identity);
void                           tickets_store_set_cache_dir          (TicketsStore                  *self,
                                                                     const char                    *cache_dir);

/* Every call to the server is counted, for :loading and :error. */
void                           tickets_store_operation_begin        (TicketsStore                  *self);
void                           tickets_store_operation_end          (TicketsStore                  *self,
                                                                     const GError                  *error);

/* The identity map: each returns (transfer none) the store's object. */
gpointer                       tickets_store_lookup_by_href         (GHashTable                    *map,
                                                                     const char                    *href);
TicketsTicket                 *tickets_store_adopt_ticket           (TicketsStore                  *self,
                                                                     TicketsTicket                 *fresh);
gpointer                       tickets_store_adopt_ticket_for_list  (GObject                       *owner,
                                                                     gpointer                       item);
gpointer                       tickets_store_adopt_event_for_list   (GObject                       *owner,
                                                                     gpointer                       item);
TicketsOrder                  *tickets_store_adopt_order            (TicketsStore                  *self,
                                                                     TicketsOrder                  *fresh);
TicketsPersonalization        *tickets_store_adopt_personalization  (TicketsStore                  *self,
                                                                     TicketsPersonalization        *fresh);
TicketsPersonalizationRequest *tickets_store_adopt_request          (TicketsStore                  *self,
                                                                     TicketsPersonalizationRequest *fresh);
void                           tickets_store_relink_request_tickets (TicketsStore                  *self,
                                                                     TicketsPersonalizationRequest *request);

/* URIs under the server's base URI. (transfer full) */
char                          *tickets_store_resource_uri           (TicketsStore                  *self,
                                                                     const char                    *collection,
                                                                     const char                    *uid_or_uri);
char                          *tickets_store_query_uri              (TicketsStore                  *self,
                                                                     const char                    *template,
                                                                     GHashTable                    *variables);

/* Finishes a task of the store's started by @source_tag. */
gpointer                       tickets_store_task_finish            (TicketsStore                  *self,
                                                                     GAsyncResult                  *result,
                                                                     gpointer                       source_tag,
                                                                     GError                       **error);

G_END_DECLS
