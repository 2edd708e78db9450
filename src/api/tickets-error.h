/* tickets-error.h: the TICKETS_API_ERROR domain
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define TICKETS_API_ERROR (tickets_api_error_quark ())

/* Cancellation is not among these: it stays G_IO_ERROR_CANCELLED. */
typedef enum
{
  TICKETS_API_ERROR_UNAUTHORIZED,
  TICKETS_API_ERROR_FORBIDDEN,
  TICKETS_API_ERROR_NOT_FOUND,
  TICKETS_API_ERROR_METHOD_NOT_ALLOWED,
  TICKETS_API_ERROR_BAD_REQUEST,
  TICKETS_API_ERROR_TICKET_ERROR,
  TICKETS_API_ERROR_INSUFFICIENT_CONSUMER_INFORMATION,
  TICKETS_API_ERROR_TICKET_NOT_AVAILABLE,
  TICKETS_API_ERROR_CONFLICT,
  TICKETS_API_ERROR_SERVER_ERROR,
  TICKETS_API_ERROR_HTTP_ERROR,
  TICKETS_API_ERROR_INVALID_RESPONSE,
  TICKETS_API_ERROR_TIMEOUT,
  TICKETS_API_ERROR_CONNECTION_REFUSED,
  TICKETS_API_ERROR_HOST_NOT_FOUND,
  TICKETS_API_ERROR_NETWORK,
  TICKETS_API_ERROR_TLS,
  TICKETS_API_ERROR_INSECURE,
  TICKETS_API_ERROR_INVALID_URI,
} TicketsApiError;

GQuark              tickets_api_error_quark              (void);

/* The error for an HTTP answer: for a non-2xx status the documented error
 * body (type, message, logref, details) when there is one, else the status;
 * for a 2xx status, INVALID_RESPONSE describing why the body is unusable. */
GError             *tickets_api_error_from_response      (guint                 status,
                                                          const char           *content_type,
                                                          GBytes               *body);
/* The error for a failure of libsoup or GIO on the way to uri (nullable). */
GError             *tickets_api_error_from_transport     (const GError         *soup_or_gio_error,
                                                          GUri                 *uri);
/* TICKETS_API_ERROR_TLS naming why the certificate of uri (nullable) was refused. */
GError             *tickets_api_error_from_certificate   (GTlsCertificateFlags  errors,
                                                          GUri                 *uri);

/* Whether the same request may well succeed if sent again a little later: a
 * connection refused, dropped or timed out, or a 500, 502, 503 or 504. Never
 * a 4xx: the request itself, or its credentials, would have to change. */
gboolean            tickets_api_error_is_transient       (const GError         *error);
/* Whether the server could not be reached at all: no network, no such host,
 * a connection refused or timed out. No answer came, so nothing was checked. */
gboolean            tickets_api_error_is_unreachable     (const GError         *error);

/* All of these are NULL-safe and return NULL (or 0) for errors of other domains. */
const char         *tickets_api_error_get_error_type     (const GError         *error);
const char         *tickets_api_error_get_server_message (const GError         *error);
const char         *tickets_api_error_get_logref         (const GError         *error);
guint               tickets_api_error_get_status         (const GError         *error);
/* The messages the server gave for field; "" is the field of messages about no field in particular. */
const char * const *tickets_api_error_get_field_messages (const GError         *error,
                                                          const char           *field);
/* The fields with messages, sorted (empty when there are none). */
char              **tickets_api_error_dup_fields         (const GError         *error);

G_END_DECLS
