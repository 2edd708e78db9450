/* tickets-client-private.h: the client's insides, for the rest of api/
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tickets-client.h"

G_BEGIN_DECLS

/* base-uri, checked; NULL until the client is initialized. */
GUri     *tickets_client_get_base      (TicketsClient       *self);
/* tickets_client_send_async() asking for accept; the caller has checked the
 * arguments. Finish it with tickets_client_send_finish(). */
void      tickets_client_start_request (TicketsClient       *self,
                                        const char          *method,
                                        const char          *uri,
                                        TicketsAuth         *auth,
                                        JsonNode            *body,
                                        const char          *accept,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data);

/* Whether a body is data that can be parsed as JSON, not empty and not a
 * web page (by its content type, NULL when none, or by its first character). */
gboolean  tickets_client_is_json_body  (const char          *content_type,
                                        GBytes              *body);
/* Whether a body starts as a PDF does. */
gboolean  tickets_client_is_pdf_body   (GBytes              *body);

G_END_DECLS
