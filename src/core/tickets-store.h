/* tickets-store.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "tickets-consumer.h"
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
