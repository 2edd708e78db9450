/* tickets-store.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "tickets-cache.h"
#include "tickets-change.h"
#include "tickets-consumer.h"
#include "tickets-outbox.h"
#include "tickets-event.h"
#include "tickets-order.h"
#include "tickets-paged-list.h"
#include "tickets-personalization.h"
#include "tickets-personalization-request.h"
#include "tickets-product.h"
#include "tickets-ticket.h"

G_BEGIN_DECLS

/* Views include this header but neither libsoup nor the auth header: name
 * the client and the auth only. A view gets an auth from the session. */
typedef struct _TicketsClient TicketsClient;
typedef struct _TicketsAuth TicketsAuth;

#define TICKETS_TYPE_STORE (tickets_store_get_type ())

/* How a submission that did not go through ends, besides the server's own
 * errors (TICKETS_API_ERROR). */
#define TICKETS_STORE_ERROR (tickets_store_error_quark ())
typedef enum
{
  /* Not sent yet: the server could not be reached. The change is in the
   * outbox and is sent when it can be; "change-sent" says when. */
  TICKETS_STORE_ERROR_QUEUED,
  /* Forgetting a sign-in whose changes are not all sent. */
  TICKETS_STORE_ERROR_UNSENT,
} TicketsStoreError;

GQuark tickets_store_error_quark (void);

G_DECLARE_FINAL_TYPE (TicketsStore, tickets_store, TICKETS, STORE, GObject)

TicketsStore                  *tickets_store_new                                  (TicketsClient        *client);
TicketsClient                 *tickets_store_get_client                           (TicketsStore         *self);
gboolean                       tickets_store_get_loading                          (TicketsStore         *self);
const GError                  *tickets_store_get_error                            (TicketsStore         *self);
/* Whether a load is being tried again after a passing failure. */
gboolean                       tickets_store_get_reconnecting                     (TicketsStore         *self);

TicketsOrder                  *tickets_store_lookup_order                         (TicketsStore         *self,
                                                                                   const char           *uid);
TicketsTicket                 *tickets_store_lookup_ticket                        (TicketsStore         *self,
                                                                                   const char           *uid);
TicketsEvent                  *tickets_store_lookup_event                         (TicketsStore         *self,
                                                                                   const char           *uid);
TicketsProduct                *tickets_store_lookup_product                       (TicketsStore         *self,
                                                                                   const char           *uid);
TicketsPersonalizationRequest *tickets_store_lookup_personalization_request       (TicketsStore         *self,
                                                                                   const char           *uid);

/* Loads. Each takes a uid or an absolute URI, and an auth (NULL: the client's). */
void                           tickets_store_load_order_async                     (TicketsStore         *self,
                                                                                   const char           *order,
                                                                                   TicketsAuth          *auth,
                                                                                   GCancellable         *cancellable,
                                                                                   GAsyncReadyCallback   callback,
                                                                                   gpointer              user_data);
TicketsOrder                  *tickets_store_load_order_finish                    (TicketsStore         *self,
                                                                                   GAsyncResult         *result,
                                                                                   GError              **error);
void                           tickets_store_load_ticket_async                    (TicketsStore         *self,
                                                                                   const char           *ticket,
                                                                                   TicketsAuth          *auth,
                                                                                   GCancellable         *cancellable,
                                                                                   GAsyncReadyCallback   callback,
                                                                                   gpointer              user_data);
TicketsTicket                 *tickets_store_load_ticket_finish                   (TicketsStore         *self,
                                                                                   GAsyncResult         *result,
                                                                                   GError              **error);
void                           tickets_store_find_ticket_async                    (TicketsStore         *self,
                                                                                   const char           *code,
                                                                                   const char           *event,
                                                                                   TicketsAuth          *auth,
                                                                                   GCancellable         *cancellable,
                                                                                   GAsyncReadyCallback   callback,
                                                                                   gpointer              user_data);
TicketsTicket                 *tickets_store_find_ticket_finish                   (TicketsStore         *self,
                                                                                   GAsyncResult         *result,
                                                                                   GError              **error);
/* Whether the server accepts @auth (staff credentials): GET /events. */
void                           tickets_store_check_sign_in_async                  (TicketsStore         *self,
                                                                                   TicketsAuth          *auth,
                                                                                   GCancellable         *cancellable,
                                                                                   GAsyncReadyCallback   callback,
                                                                                   gpointer              user_data);
gboolean                       tickets_store_check_sign_in_finish                 (TicketsStore         *self,
                                                                                   GAsyncResult         *result,
                                                                                   GError              **error);
TicketsPagedList              *tickets_store_list_my_tickets                      (TicketsStore         *self,
                                                                                   TicketsAuth          *auth);
void                           tickets_store_load_personalizations_async          (TicketsStore         *self,
                                                                                   const char           *order,
                                                                                   TicketsAuth          *auth,
                                                                                   GCancellable         *cancellable,
                                                                                   GAsyncReadyCallback   callback,
                                                                                   gpointer              user_data);
GListModel                    *tickets_store_load_personalizations_finish         (TicketsStore         *self,
                                                                                   GAsyncResult         *result,
                                                                                   GError              **error);
void                           tickets_store_load_personalization_async           (TicketsStore         *self,
                                                                                   const char           *personalization,
                                                                                   TicketsAuth          *auth,
                                                                                   GCancellable         *cancellable,
                                                                                   GAsyncReadyCallback   callback,
                                                                                   gpointer              user_data);
TicketsPersonalization        *tickets_store_load_personalization_finish          (TicketsStore         *self,
                                                                                   GAsyncResult         *result,
                                                                                   GError              **error);
void                           tickets_store_load_personalization_request_async   (TicketsStore         *self,
                                                                                   const char           *request,
                                                                                   TicketsAuth          *auth,
                                                                                   GCancellable         *cancellable,
                                                                                   GAsyncReadyCallback   callback,
                                                                                   gpointer              user_data);
TicketsPersonalizationRequest *tickets_store_load_personalization_request_finish  (TicketsStore         *self,
                                                                                   GAsyncResult         *result,
                                                                                   GError              **error);
void                           tickets_store_load_requests_async                  (TicketsStore         *self,
                                                                                   GListModel           *tickets,
                                                                                   TicketsAuth          *auth,
                                                                                   GCancellable         *cancellable,
                                                                                   GAsyncReadyCallback   callback,
                                                                                   gpointer              user_data);
gboolean                       tickets_store_load_requests_finish                 (TicketsStore         *self,
                                                                                   GAsyncResult         *result,
                                                                                   GError              **error);
TicketsPagedList              *tickets_store_search_consumers                     (TicketsStore         *self,
                                                                                   GHashTable           *filters,
                                                                                   TicketsAuth          *auth);
/* GET /events with the documented filters: the box office's choice of
 * events. Date filters take tickets_store_format_filter_time(). */
TicketsPagedList              *tickets_store_list_events                          (TicketsStore         *self,
                                                                                   GHashTable           *filters,
                                                                                   TicketsAuth          *auth);
char                          *tickets_store_format_filter_time                   (GDateTime            *time);

/* Submissions: every change to server data goes through one path. */
void                           tickets_store_personalize_async                    (TicketsStore         *self,
                                                                                   const char           *order,
                                                                                   const char * const   *tickets,
                                                                                   TicketsConsumer      *consumer,
                                                                                   TicketsConsent        consent,
                                                                                   TicketsAuth          *auth,
                                                                                   GCancellable         *cancellable,
                                                                                   GAsyncReadyCallback   callback,
                                                                                   gpointer              user_data);
void                           tickets_store_personalize_by_request_async         (TicketsStore         *self,
                                                                                   const char           *request,
                                                                                   const char * const   *tickets,
                                                                                   TicketsConsumer      *consumer,
                                                                                   TicketsConsent        consent,
                                                                                   TicketsAuth          *auth,
                                                                                   GCancellable         *cancellable,
                                                                                   GAsyncReadyCallback   callback,
                                                                                   gpointer              user_data);
TicketsPersonalization        *tickets_store_personalize_finish                   (TicketsStore         *self,
                                                                                   GAsyncResult         *result,
                                                                                   GError              **error);
void                           tickets_store_post_consumers_async                 (TicketsStore         *self,
                                                                                   GPtrArray            *revisions,
                                                                                   TicketsAuth          *auth,
                                                                                   GCancellable         *cancellable,
                                                                                   GAsyncReadyCallback   callback,
                                                                                   gpointer              user_data);
GPtrArray                     *tickets_store_post_consumers_finish                (TicketsStore         *self,
                                                                                   GAsyncResult         *result,
                                                                                   GError              **error);
void                           tickets_store_create_personalization_request_async (TicketsStore         *self,
                                                                                   const char           *order,
                                                                                   const char           *email,
                                                                                   const char * const   *tickets,
                                                                                   TicketsAuth          *auth,
                                                                                   GCancellable         *cancellable,
                                                                                   GAsyncReadyCallback   callback,
                                                                                   gpointer              user_data);
TicketsPersonalizationRequest *tickets_store_create_personalization_request_finish (TicketsStore        *self,
                                                                                   GAsyncResult         *result,
                                                                                   GError              **error);
void                           tickets_store_cancel_personalization_request_async (TicketsStore         *self,
                                                                                   const char           *request,
                                                                                   TicketsAuth          *auth,
                                                                                   GCancellable         *cancellable,
                                                                                   GAsyncReadyCallback   callback,
                                                                                   gpointer              user_data);
gboolean                       tickets_store_cancel_personalization_request_finish (TicketsStore        *self,
                                                                                   GAsyncResult         *result,
                                                                                   GError              **error);
void                           tickets_store_reissue_tickets_async                (TicketsStore         *self,
                                                                                   const char * const   *tickets,
                                                                                   TicketsConsumer      *consumer,
                                                                                   TicketsAuth          *auth,
                                                                                   GCancellable         *cancellable,
                                                                                   GAsyncReadyCallback   callback,
                                                                                   gpointer              user_data);
TicketsOrder                  *tickets_store_reissue_tickets_finish               (TicketsStore         *self,
                                                                                   GAsyncResult         *result,
                                                                                   GError              **error);

/* Offline: the cache and the outbox.
 *
 * set_storage() gives the store its server's key ("demo" for the demo
 * server, whose address changes from run to run, else the base URI), the
 * folder of its caches (NULL: none) and the outbox (NULL: one in memory,
 * which is what a store has until then). The session calls it when it
 * connects. Every submission is first written to the outbox, then sent;
 * entries left by an earlier run are sent once an auth of their identity
 * is known: add_auth() tells the store one (only in memory; loads and
 * submissions add theirs too). */
void                           tickets_store_set_storage                          (TicketsStore         *self,
                                                                                   const char           *server_key,
                                                                                   const char           *cache_dir,
                                                                                   TicketsOutbox        *outbox);
TicketsOutbox                 *tickets_store_get_outbox                           (TicketsStore         *self);
/* The cache of @auth's identity (NULL: the client's auth), NULL without a
 * cache folder. (transfer none) */
TicketsCache                  *tickets_store_get_cache                            (TicketsStore         *self,
                                                                                   TicketsAuth          *auth);
void                           tickets_store_add_auth                             (TicketsStore         *self,
                                                                                   TicketsAuth          *auth);
/* The outbox's changes of this server, oldest first (element-type
 * TicketsChange); done ones leave the list. */
GListModel                    *tickets_store_get_changes                          (TicketsStore         *self);
/* How many changes are not sent yet or were refused: "n-unsent". */
guint                          tickets_store_get_n_unsent                         (TicketsStore         *self);
/* Sends a pending, unknown or refused change now. */
void                           tickets_store_retry_change                         (TicketsStore         *self,
                                                                                   const char           *id);
/* Drops a change that is not on its way (not "sending"). */
gboolean                       tickets_store_discard_change                       (TicketsStore         *self,
                                                                                   const char           *id,
                                                                                   GError              **error);
/* Whether the identity of @auth has changes not sent yet. */
gboolean                       tickets_store_has_unsent                           (TicketsStore         *self,
                                                                                   TicketsAuth          *auth);

/* E-tickets: downloaded with the sign-in's auth, kept owner-only. */
void                           tickets_store_download_eticket_async               (TicketsStore         *self,
                                                                                   const char           *uri,
                                                                                   TicketsAuth          *auth,
                                                                                   GCancellable         *cancellable,
                                                                                   GAsyncReadyCallback   callback,
                                                                                   gpointer              user_data);
GBytes                        *tickets_store_download_eticket_finish              (TicketsStore         *self,
                                                                                   GAsyncResult         *result,
                                                                                   GError              **error);
void                           tickets_store_save_eticket_async                   (TicketsStore         *self,
                                                                                   GBytes               *pdf,
                                                                                   GFile                *file,
                                                                                   GCancellable         *cancellable,
                                                                                   GAsyncReadyCallback   callback,
                                                                                   gpointer              user_data);
gboolean                       tickets_store_save_eticket_finish                  (TicketsStore         *self,
                                                                                   GAsyncResult         *result,
                                                                                   GError              **error);

G_END_DECLS
