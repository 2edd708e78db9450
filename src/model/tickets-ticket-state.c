/* tickets-ticket-state.c: a ticket's status and personalization window, the
 * state derived from them, and the naming count over a list of tickets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tickets-model-private.h"
#include "tickets-ticket-private.h"

G_DEFINE_ENUM_TYPE (TicketsPersonalizationState, tickets_personalization_state,
                    G_DEFINE_ENUM_VALUE (TICKETS_PERSONALIZATION_STATE_NOT_REQUIRED, "not-required"),
                    G_DEFINE_ENUM_VALUE (TICKETS_PERSONALIZATION_STATE_NEEDED, "needed"),
                    G_DEFINE_ENUM_VALUE (TICKETS_PERSONALIZATION_STATE_PERSONALIZED, "personalized"),
                    G_DEFINE_ENUM_VALUE (TICKETS_PERSONALIZATION_STATE_NOT_YET_OPEN, "not-yet-open"),
                    G_DEFINE_ENUM_VALUE (TICKETS_PERSONALIZATION_STATE_CLOSED, "closed"),
                    G_DEFINE_ENUM_VALUE (TICKETS_PERSONALIZATION_STATE_INVALID, "invalid"))

static TicketsPersonalizationState
compute_personalization_state (TicketsTicket *self,
                               gint64         now)
{
  if (g_strcmp0 (self->status, "valid") != 0)
    return TICKETS_PERSONALIZATION_STATE_INVALID;
  if (self->personalized)
    return TICKETS_PERSONALIZATION_STATE_PERSONALIZED;
  if (!self->needs_personalization)
    return TICKETS_PERSONALIZATION_STATE_NOT_REQUIRED;
  if (self->personalization_start != NULL
      && now < tickets_date_time_to_usec (self->personalization_start))
    return TICKETS_PERSONALIZATION_STATE_NOT_YET_OPEN;
  if (self->personalization_end != NULL
      && now > tickets_date_time_to_usec (self->personalization_end))
    return TICKETS_PERSONALIZATION_STATE_CLOSED;

  return TICKETS_PERSONALIZATION_STATE_NEEDED;
}

/* "personalization-state" is derived, not stored: the setters of its inputs
 * compare it before and after, at one instant so that the clock moving in
 * between cannot look like a change. */
typedef struct
{
  gint64                      now;
  TicketsPersonalizationState old_state;
} StateChange;

static void
begin_state_change (TicketsTicket *self,
                    StateChange   *change)
{
  change->now = g_get_real_time ();
  change->old_state = compute_personalization_state (self, change->now);
}

static void
end_state_change (TicketsTicket *self,
                  StateChange   *change)
{
  if (compute_personalization_state (self, change->now) != change->old_state)
    g_object_notify_by_pspec (G_OBJECT (self), tickets_ticket_properties[PROP_PERSONALIZATION_STATE]);
}

const char *
tickets_ticket_get_status (TicketsTicket *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET (self), NULL);

  return self->status;
}

void
tickets_ticket_set_status (TicketsTicket *self,
                           const char    *status)
{
  StateChange change;

  g_return_if_fail (TICKETS_IS_TICKET (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), tickets_ticket_properties[PROP_STATUS]);

  begin_state_change (self, &change);
  if (tickets_set_str (&self->status, status))
    {
      g_object_notify_by_pspec (G_OBJECT (self), tickets_ticket_properties[PROP_STATUS]);
      end_state_change (self, &change);
    }
}

gboolean
tickets_ticket_get_is_scanned (TicketsTicket *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET (self), FALSE);

  return self->is_scanned;
}

void
tickets_ticket_set_is_scanned (TicketsTicket *self,
                               gboolean       is_scanned)
{
  g_return_if_fail (TICKETS_IS_TICKET (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), tickets_ticket_properties[PROP_IS_SCANNED]);

  is_scanned = !!is_scanned;
  if (self->is_scanned == is_scanned)
    return;

  self->is_scanned = is_scanned;
  g_object_notify_by_pspec (G_OBJECT (self), tickets_ticket_properties[PROP_IS_SCANNED]);
}

gboolean
tickets_ticket_get_personalized (TicketsTicket *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET (self), FALSE);

  return self->personalized;
}

void
tickets_ticket_set_personalized (TicketsTicket *self,
                                 gboolean       personalized)
{
  StateChange change;

  g_return_if_fail (TICKETS_IS_TICKET (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), tickets_ticket_properties[PROP_PERSONALIZED]);

  personalized = !!personalized;
  if (self->personalized == personalized)
    return;

  begin_state_change (self, &change);
  self->personalized = personalized;
  g_object_notify_by_pspec (G_OBJECT (self), tickets_ticket_properties[PROP_PERSONALIZED]);
  end_state_change (self, &change);
}

gboolean
tickets_ticket_get_needs_personalization (TicketsTicket *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET (self), FALSE);

  return self->needs_personalization;
}

void
tickets_ticket_set_needs_personalization (TicketsTicket *self,
                                          gboolean       needs_personalization)
{
  StateChange change;

  g_return_if_fail (TICKETS_IS_TICKET (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), tickets_ticket_properties[PROP_NEEDS_PERSONALIZATION]);

  needs_personalization = !!needs_personalization;
  if (self->needs_personalization == needs_personalization)
    return;

  begin_state_change (self, &change);
  self->needs_personalization = needs_personalization;
  g_object_notify_by_pspec (G_OBJECT (self), tickets_ticket_properties[PROP_NEEDS_PERSONALIZATION]);
  end_state_change (self, &change);
}

GDateTime *
tickets_ticket_get_personalization_start (TicketsTicket *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET (self), NULL);

  return self->personalization_start;
}

void
tickets_ticket_set_personalization_start (TicketsTicket *self,
                                          GDateTime     *personalization_start)
{
  StateChange change;

  g_return_if_fail (TICKETS_IS_TICKET (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), tickets_ticket_properties[PROP_PERSONALIZATION_START]);

  begin_state_change (self, &change);
  if (tickets_set_date_time (&self->personalization_start, personalization_start))
    {
      g_object_notify_by_pspec (G_OBJECT (self), tickets_ticket_properties[PROP_PERSONALIZATION_START]);
      end_state_change (self, &change);
    }
}

GDateTime *
tickets_ticket_get_personalization_end (TicketsTicket *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET (self), NULL);

  return self->personalization_end;
}

void
tickets_ticket_set_personalization_end (TicketsTicket *self,
                                        GDateTime     *personalization_end)
{
  StateChange change;

  g_return_if_fail (TICKETS_IS_TICKET (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), tickets_ticket_properties[PROP_PERSONALIZATION_END]);

  begin_state_change (self, &change);
  if (tickets_set_date_time (&self->personalization_end, personalization_end))
    {
      g_object_notify_by_pspec (G_OBJECT (self), tickets_ticket_properties[PROP_PERSONALIZATION_END]);
      end_state_change (self, &change);
    }
}

static gint64
get_now_usec (GDateTime *now)
{
  return now != NULL ? tickets_date_time_to_usec (now) : g_get_real_time ();
}

/**
 * tickets_ticket_get_personalization_state:
 * @now: (nullable): the time to judge the personalization window at, NULL for now
 *
 * The window includes its start and its end.
 */
TicketsPersonalizationState
tickets_ticket_get_personalization_state (TicketsTicket *self,
                                          GDateTime     *now)
{
  g_return_val_if_fail (TICKETS_IS_TICKET (self), TICKETS_PERSONALIZATION_STATE_INVALID);

  return compute_personalization_state (self, get_now_usec (now));
}

/**
 * tickets_ticket_can_personalize:
 * @now: (nullable): the time to judge the personalization window at, NULL for now
 *
 * Returns: whether the ticket is valid and @now lies in its personalization
 *   window (an unknown bound does not close it)
 */
gboolean
tickets_ticket_can_personalize (TicketsTicket *self,
                                GDateTime     *now)
{
  gint64 now_usec;

  g_return_val_if_fail (TICKETS_IS_TICKET (self), FALSE);

  if (g_strcmp0 (self->status, "valid") != 0)
    return FALSE;

  now_usec = get_now_usec (now);
  if (self->personalization_start != NULL
      && now_usec < tickets_date_time_to_usec (self->personalization_start))
    return FALSE;
  if (self->personalization_end != NULL
      && now_usec > tickets_date_time_to_usec (self->personalization_end))
    return FALSE;

  return TRUE;
}

/**
 * tickets_naming_count_tickets:
 * @count: (out caller-allocates): where to count
 * @tickets: a list of #TicketsTicket
 * @now: (nullable): the time to judge the personalization windows at, NULL for now
 *
 * Counts each ticket once, by its personalization state; a ticket that
 * still needs a name and has a friend's request pending counts as needed
 * and as waiting.
 */
void
tickets_naming_count_tickets (TicketsNamingCount *count,
                              GListModel         *tickets,
                              GDateTime          *now)
{
  gint64 now_usec = get_now_usec (now);
  guint n_items;

  g_return_if_fail (count != NULL);
  g_return_if_fail (tickets == NULL || G_IS_LIST_MODEL (tickets));

  memset (count, 0, sizeof *count);
  n_items = tickets != NULL ? g_list_model_get_n_items (tickets) : 0;
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(TicketsTicket) ticket = g_list_model_get_item (tickets, i);

      count->n_tickets++;
      switch (compute_personalization_state (ticket, now_usec))
        {
        case TICKETS_PERSONALIZATION_STATE_PERSONALIZED:
          count->n_personalized++;
          break;

        case TICKETS_PERSONALIZATION_STATE_NEEDED:
          count->n_needed++;
          if (ticket->pending_request_uri != NULL)
            count->n_waiting++;
          break;

        case TICKETS_PERSONALIZATION_STATE_NOT_YET_OPEN:
          count->n_not_yet_open++;
          break;

        case TICKETS_PERSONALIZATION_STATE_CLOSED:
          count->n_closed++;
          break;

        case TICKETS_PERSONALIZATION_STATE_NOT_REQUIRED:
          count->n_not_required++;
          break;

        case TICKETS_PERSONALIZATION_STATE_INVALID:
        default:
          count->n_invalid++;
          break;
        }
    }
}
