/* tickets-ticket-local.c: what only this app knows of a ticket: a friend's
 * pending request, the holder's draft and its saving
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-model-private.h"
#include "tickets-ticket-private.h"

G_DEFINE_ENUM_TYPE (TicketsSaveState, tickets_save_state,
                    G_DEFINE_ENUM_VALUE (TICKETS_SAVE_STATE_NONE, "none"),
                    G_DEFINE_ENUM_VALUE (TICKETS_SAVE_STATE_SAVING, "saving"),
                    G_DEFINE_ENUM_VALUE (TICKETS_SAVE_STATE_FAILED, "failed"),
                    G_DEFINE_ENUM_VALUE (TICKETS_SAVE_STATE_QUEUED, "queued"))

const char *
tickets_ticket_get_pending_request_uri (TicketsTicket *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET (self), NULL);

  return self->pending_request_uri;
}

const char *
tickets_ticket_get_pending_request_email (TicketsTicket *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET (self), NULL);

  return self->pending_request_email;
}

GDateTime *
tickets_ticket_get_pending_request_created_at (TicketsTicket *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET (self), NULL);

  return self->pending_request_created_at;
}

void
tickets_ticket_set_pending_request (TicketsTicket *self,
                                    const char    *uri,
                                    const char    *email,
                                    GDateTime     *created_at)
{
  g_return_if_fail (TICKETS_IS_TICKET (self));

  /* A row reads the three together: it hears of them once. */
  g_object_freeze_notify (G_OBJECT (self));
  if (tickets_set_str (&self->pending_request_uri, uri))
    g_object_notify_by_pspec (G_OBJECT (self), tickets_ticket_properties[PROP_PENDING_REQUEST_URI]);
  if (tickets_set_str (&self->pending_request_email, uri != NULL ? email : NULL))
    g_object_notify_by_pspec (G_OBJECT (self), tickets_ticket_properties[PROP_PENDING_REQUEST_EMAIL]);
  if (uri == NULL)
    created_at = NULL;
  if (!(created_at == NULL && self->pending_request_created_at == NULL) &&
      (created_at == NULL || self->pending_request_created_at == NULL ||
       !g_date_time_equal (created_at, self->pending_request_created_at)))
    {
      g_clear_pointer (&self->pending_request_created_at, g_date_time_unref);
      if (created_at != NULL)
        self->pending_request_created_at = g_date_time_ref (created_at);
      g_object_notify_by_pspec (G_OBJECT (self), tickets_ticket_properties[PROP_PENDING_REQUEST_CREATED_AT]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

TicketsConsumer *
tickets_ticket_get_draft (TicketsTicket *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET (self), NULL);

  return self->draft;
}

void
tickets_ticket_set_draft (TicketsTicket   *self,
                          TicketsConsumer *draft)
{
  g_return_if_fail (TICKETS_IS_TICKET (self));
  g_return_if_fail (draft == NULL || TICKETS_IS_CONSUMER (draft));

  if (g_set_object (&self->draft, draft))
    g_object_notify_by_pspec (G_OBJECT (self), tickets_ticket_properties[PROP_DRAFT]);
}

TicketsSaveState
tickets_ticket_get_save_state (TicketsTicket *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET (self), TICKETS_SAVE_STATE_NONE);

  return self->save_state;
}

const GError *
tickets_ticket_get_save_error (TicketsTicket *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET (self), NULL);

  return self->save_error;
}

void
tickets_ticket_set_save_state (TicketsTicket    *self,
                               TicketsSaveState  state,
                               const GError     *error)
{
  g_return_if_fail (TICKETS_IS_TICKET (self));
  g_return_if_fail ((state == TICKETS_SAVE_STATE_FAILED) == (error != NULL));

  g_object_freeze_notify (G_OBJECT (self));
  if (self->save_error != NULL || error != NULL)
    {
      g_clear_error (&self->save_error);
      self->save_error = error != NULL ? g_error_copy (error) : NULL;
      g_object_notify_by_pspec (G_OBJECT (self), tickets_ticket_properties[PROP_SAVE_ERROR]);
    }
  if (self->save_state != state)
    {
      self->save_state = state;
      g_object_notify_by_pspec (G_OBJECT (self), tickets_ticket_properties[PROP_SAVE_STATE]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}
