/* tickets-response.c: a successful answer, as the client hands it over
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-response-private.h"

struct _TicketsResponse
{
  gatomicrefcount     ref_count;
  guint               status;
  GBytes             *body;
  SoupMessageHeaders *headers;
  char               *uri;
  char               *location;
};

G_DEFINE_BOXED_TYPE (TicketsResponse, tickets_response, tickets_response_ref, tickets_response_unref)

TicketsResponse *
tickets_response_new (SoupMessage *msg,
                      GUri        *uri,
                      GBytes      *body)
{
  TicketsResponse *self = g_new0 (TicketsResponse, 1);
  const char *location;

  g_atomic_ref_count_init (&self->ref_count);
  self->status = soup_message_get_status (msg);
  self->body = g_bytes_ref (body);
  self->headers = soup_message_headers_ref (soup_message_get_response_headers (msg));
  self->uri = g_uri_to_string_partial (uri, G_URI_HIDE_USERINFO);

  location = soup_message_headers_get_one (self->headers, "Location");
  if (location != NULL)
    self->location = g_uri_resolve_relative (self->uri, location, G_URI_FLAGS_ENCODED, NULL);

  return self;
}

TicketsResponse *
tickets_response_ref (TicketsResponse *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);

  return self;
}

void
tickets_response_unref (TicketsResponse *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_bytes_unref (self->body);
  soup_message_headers_unref (self->headers);
  g_free (self->uri);
  g_free (self->location);
  g_free (self);
}

guint
tickets_response_get_status (TicketsResponse *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->status;
}

GBytes *
tickets_response_get_body (TicketsResponse *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->body;
}

SoupMessageHeaders *
tickets_response_get_headers (TicketsResponse *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->headers;
}

const char *
tickets_response_get_header (TicketsResponse *self,
                             const char      *name)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  return soup_message_headers_get_one (self->headers, name);
}

const char *
tickets_response_get_location (TicketsResponse *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->location;
}

const char *
tickets_response_get_uri (TicketsResponse *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->uri;
}
