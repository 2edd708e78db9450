/* tickets-client.h: one SoupSession speaking to one Shopping API server
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>
#include <libsoup/soup.h>

#include "tickets-auth.h"

G_BEGIN_DECLS

#define TICKETS_TYPE_RESPONSE  (tickets_response_get_type ())
#define TICKETS_TYPE_CLIENT    (tickets_client_get_type ())

/* A successful (2xx) answer; immutable. */
typedef struct _TicketsResponse TicketsResponse;

GType               tickets_response_get_type       (void) G_GNUC_CONST;
TicketsResponse    *tickets_response_ref            (TicketsResponse     *self);
void                tickets_response_unref          (TicketsResponse     *self);
guint               tickets_response_get_status     (TicketsResponse     *self);
/* Never NULL; empty when there was no body. */
GBytes             *tickets_response_get_body       (TicketsResponse     *self);
SoupMessageHeaders *tickets_response_get_headers    (TicketsResponse     *self);
const char         *tickets_response_get_header     (TicketsResponse     *self,
                                                     const char          *name);
/* The Location header resolved against the URI that answered; NULL when there is none. */
const char         *tickets_response_get_location   (TicketsResponse     *self);
/* The URI that answered, after any redirects. */
const char         *tickets_response_get_uri        (TicketsResponse     *self);

G_DECLARE_FINAL_TYPE (TicketsClient, tickets_client, TICKETS, CLIENT, GObject)

/* Fails with TICKETS_API_ERROR_INVALID_URI, or TICKETS_API_ERROR_INSECURE
 * for http:// to anything but this computer. */
TicketsClient      *tickets_client_new              (const char          *base_uri,
                                                     GError             **error);
const char         *tickets_client_get_base_uri     (TicketsClient       *self);
const char         *tickets_client_get_user_agent   (TicketsClient       *self);
/* NULL restores the default. */
void                tickets_client_set_user_agent   (TicketsClient       *self,
                                                     const char          *user_agent);
guint               tickets_client_get_timeout      (TicketsClient       *self);
/* In seconds; 0 waits forever. */
void                tickets_client_set_timeout      (TicketsClient       *self,
                                                     guint                timeout);
/* Requests that are safe to repeat (GET, HEAD) are sent again after a
 * transient failure (tickets_api_error_is_transient()): up to max_attempts
 * in all, the first retry after about initial_delay_ms, each next one after
 * about twice as long, or after what the server's Retry-After asks (when it
 * asks for longer than a minute, the request fails instead). Any other
 * request is sent exactly once. The default: 4 attempts, 500 ms. */
void                tickets_client_set_retry_policy (TicketsClient       *self,
                                                     guint                max_attempts,
                                                     guint                initial_delay_ms);
guint               tickets_client_get_max_attempts (TicketsClient       *self);
/* Whether a request is being retried after a transient failure now. */
gboolean            tickets_client_get_reconnecting (TicketsClient       *self);
TicketsAuth        *tickets_client_get_auth         (TicketsClient       *self);
/* NULL means none. */
void                tickets_client_set_auth         (TicketsClient       *self,
                                                     TicketsAuth         *auth);

/* uri is absolute or relative to base-uri. auth NULL means the client's;
 * it is only ever sent to the origin of base-uri. body NULL sends none.
 * A non-2xx answer fails with the TICKETS_API_ERROR it stands for. */
void                tickets_client_send_async       (TicketsClient       *self,
                                                     const char          *method,
                                                     const char          *uri,
                                                     TicketsAuth         *auth,
                                                     JsonNode            *body,
                                                     GCancellable        *cancellable,
                                                     GAsyncReadyCallback  callback,
                                                     gpointer             user_data);
TicketsResponse    *tickets_client_send_finish      (TicketsClient       *self,
                                                     GAsyncResult        *result,
                                                     GError             **error);

/* GET uri and return its body, which is not empty and not a web page
 * (else TICKETS_API_ERROR_INVALID_RESPONSE); parsing it is the caller's. */
void                tickets_client_get_json_async   (TicketsClient       *self,
                                                     const char          *uri,
                                                     TicketsAuth         *auth,
                                                     GCancellable        *cancellable,
                                                     GAsyncReadyCallback  callback,
                                                     gpointer             user_data);
GBytes             *tickets_client_get_json_finish  (TicketsClient       *self,
                                                     GAsyncResult        *result,
                                                     GError             **error);

/* GET uri as a PDF (such as an e-ticket), with the auth the API gets
 * where uri is on the API's origin; fails with INVALID_RESPONSE when the
 * answer is not a PDF. */
void                tickets_client_get_pdf_async    (TicketsClient       *self,
                                                     const char          *uri,
                                                     TicketsAuth         *auth,
                                                     GCancellable        *cancellable,
                                                     GAsyncReadyCallback  callback,
                                                     gpointer             user_data);
GBytes             *tickets_client_get_pdf_finish   (TicketsClient       *self,
                                                     GAsyncResult        *result,
                                                     GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TicketsResponse, tickets_response_unref)

G_END_DECLS
