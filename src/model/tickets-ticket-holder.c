/* tickets-ticket-holder.c: who holds a ticket: the person named on it, the
 * form the server wants them named with, and what they agreed to; a new
 * holder's consent is not the previous one's
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-model-private.h"
#include "tickets-ticket-private.h"

/* Whether @fresh names the holder @known named. The server gives what this
 * app sent (and answered with no body) a uid: that is no other person. */
static gboolean
same_holder (TicketsConsumer *known,
             TicketsConsumer *fresh)
{
  if (tickets_consumer_equal (known, fresh))
    return TRUE;
  if (known == NULL || fresh == NULL || tickets_consumer_get_uid (known) != NULL)
    return FALSE;

  return tickets_consumer_equal_but_uid (known, fresh);
}

/* The consent recorded for a ticket is its holder's: what the server said
 * in an opt_in, or what this app sent with that holder's details. When a
 * fresh copy names someone else (personalized again by a friend, on
 * another device) and says nothing of consent, the old answer belongs to
 * the previous holder: the new one's is not known. */
void
tickets_ticket_merge_holder (TicketsTicket   *self,
                             TicketsTicket   *fresh,
                             TicketsConsumer *previous)
{
  if (tickets_resource_is_present (TICKETS_RESOURCE (fresh), "consumer") &&
      !tickets_resource_is_present (TICKETS_RESOURCE (fresh), "consent") &&
      tickets_ticket_get_consent_known (self) &&
      !same_holder (previous, fresh->consumer))
    {
      tickets_resource_mark_absent (self, tickets_ticket_properties[PROP_CONSENT]);
      self->consent = TICKETS_CONSENT_NONE;
      g_object_notify_by_pspec (G_OBJECT (self), tickets_ticket_properties[PROP_CONSENT]);
    }
}

TicketsPersonalizationForm *
tickets_ticket_get_personalization_form (TicketsTicket *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET (self), NULL);

  return self->personalization_form;
}

void
tickets_ticket_set_personalization_form (TicketsTicket              *self,
                                         TicketsPersonalizationForm *personalization_form)
{
  g_return_if_fail (TICKETS_IS_TICKET (self));
  g_return_if_fail (personalization_form == NULL || TICKETS_IS_PERSONALIZATION_FORM (personalization_form));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), tickets_ticket_properties[PROP_PERSONALIZATION_FORM]);

  if (tickets_set_value_object ((gpointer *) &self->personalization_form, personalization_form,
                                (TicketsEqualFunc) tickets_personalization_form_equal))
    g_object_notify_by_pspec (G_OBJECT (self), tickets_ticket_properties[PROP_PERSONALIZATION_FORM]);
}

TicketsConsumer *
tickets_ticket_get_consumer (TicketsTicket *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET (self), NULL);

  return self->consumer;
}

void
tickets_ticket_set_consumer (TicketsTicket   *self,
                             TicketsConsumer *consumer)
{
  g_return_if_fail (TICKETS_IS_TICKET (self));
  g_return_if_fail (consumer == NULL || TICKETS_IS_CONSUMER (consumer));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), tickets_ticket_properties[PROP_CONSUMER]);

  if (tickets_set_value_object ((gpointer *) &self->consumer, consumer,
                                (TicketsEqualFunc) tickets_consumer_equal))
    g_object_notify_by_pspec (G_OBJECT (self), tickets_ticket_properties[PROP_CONSUMER]);
}

TicketsConsent
tickets_ticket_get_consent (TicketsTicket *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET (self), TICKETS_CONSENT_NONE);

  return self->consent;
}

/**
 * tickets_ticket_set_consent:
 * @consent: what the holder agreed to
 *
 * Also makes the consent known: a ticket the server said nothing about
 * reads as unknown, never as "agreed to nothing".
 */
void
tickets_ticket_set_consent (TicketsTicket  *self,
                            TicketsConsent  consent)
{
  gboolean was_known;

  g_return_if_fail (TICKETS_IS_TICKET (self));

  consent &= TICKETS_CONSENT_ALL;
  was_known = tickets_ticket_get_consent_known (self);
  tickets_resource_mark_present (TICKETS_RESOURCE (self), tickets_ticket_properties[PROP_CONSENT]);
  if (was_known && self->consent == consent)
    return;

  self->consent = consent;
  g_object_notify_by_pspec (G_OBJECT (self), tickets_ticket_properties[PROP_CONSENT]);
}

gboolean
tickets_ticket_get_consent_known (TicketsTicket *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET (self), FALSE);

  return tickets_resource_is_present (TICKETS_RESOURCE (self), "consent");
}
