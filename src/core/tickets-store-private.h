/* tickets-store-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

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
  /* The outbox and what sends it (tickets-store-outbox.c). */
  TicketsOutbox *outbox;
  struct _TicketsStoreSender *sender;
};

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
