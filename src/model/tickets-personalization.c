/* tickets-personalization.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-model-private.h"
#include "tickets-resource-private.h"
#include "tickets-personalization.h"

struct _TicketsPersonalization
{
  TicketsResource parent_instance;

  TicketsConsumer *consumer;
  GDateTime       *created_at;
};

G_DEFINE_FINAL_TYPE (TicketsPersonalization, tickets_personalization, TICKETS_TYPE_RESOURCE)

enum {
  PROP_0,
  PROP_CONSUMER,
  PROP_CREATED_AT,
  PROP_TICKETS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tickets_personalization_finalize (GObject *object)
{
  TicketsPersonalization *self = TICKETS_PERSONALIZATION (object);

  g_clear_object (&self->consumer);
  g_clear_pointer (&self->created_at, g_date_time_unref);

  G_OBJECT_CLASS (tickets_personalization_parent_class)->finalize (object);
}

static void
tickets_personalization_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  TicketsPersonalization *self = TICKETS_PERSONALIZATION (object);

  switch (prop_id)
    {
    case PROP_CONSUMER:
      g_value_set_object (value, self->consumer);
      break;

    case PROP_CREATED_AT:
      g_value_set_boxed (value, self->created_at);
      break;

    case PROP_TICKETS:
      g_value_set_object (value, tickets_resource_get_ticket_list (TICKETS_RESOURCE (self)));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_personalization_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  TicketsPersonalization *self = TICKETS_PERSONALIZATION (object);

  switch (prop_id)
    {
    case PROP_CONSUMER:
      tickets_personalization_set_consumer (self, g_value_get_object (value));
      break;

    case PROP_CREATED_AT:
      tickets_personalization_set_created_at (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_personalization_class_init (TicketsPersonalizationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tickets_personalization_finalize;
  object_class->get_property = tickets_personalization_get_property;
  object_class->set_property = tickets_personalization_set_property;

  properties[PROP_CONSUMER] =
    g_param_spec_object ("consumer", NULL, NULL,
                         TICKETS_TYPE_CONSUMER,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /* Not in the documented API: the sandbox sends it, and a server that
   * does not leaves it NULL. */
  properties[PROP_CREATED_AT] =
    g_param_spec_boxed ("created-at", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_TICKETS] =
    g_param_spec_object ("tickets", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tickets_personalization_init (TicketsPersonalization *self)
{
  tickets_resource_init_ticket_list (TICKETS_RESOURCE (self), properties[PROP_TICKETS]);
}

TicketsPersonalization *
tickets_personalization_new (const char *uid)
{
  return g_object_new (TICKETS_TYPE_PERSONALIZATION, "uid", uid, NULL);
}

TicketsConsumer *
tickets_personalization_get_consumer (TicketsPersonalization *self)
{
  g_return_val_if_fail (TICKETS_IS_PERSONALIZATION (self), NULL);

  return self->consumer;
}

void
tickets_personalization_set_consumer (TicketsPersonalization *self,
                                      TicketsConsumer        *consumer)
{
  g_return_if_fail (TICKETS_IS_PERSONALIZATION (self));
  g_return_if_fail (consumer == NULL || TICKETS_IS_CONSUMER (consumer));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_CONSUMER]);

  if (tickets_set_value_object ((gpointer *) &self->consumer, consumer,
                                (TicketsEqualFunc) tickets_consumer_equal))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONSUMER]);
}

GDateTime *
tickets_personalization_get_created_at (TicketsPersonalization *self)
{
  g_return_val_if_fail (TICKETS_IS_PERSONALIZATION (self), NULL);

  return self->created_at;
}

void
tickets_personalization_set_created_at (TicketsPersonalization *self,
                                        GDateTime              *created_at)
{
  g_return_if_fail (TICKETS_IS_PERSONALIZATION (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_CREATED_AT]);

  if (tickets_set_date_time (&self->created_at, created_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED_AT]);
}

/**
 * tickets_personalization_get_tickets:
 *
 * Returns: (transfer none): a list of TicketsTicket; the same list for the
 *   personalization's whole life
 */
GListModel *
tickets_personalization_get_tickets (TicketsPersonalization *self)
{
  g_return_val_if_fail (TICKETS_IS_PERSONALIZATION (self), NULL);

  return tickets_resource_get_ticket_list (TICKETS_RESOURCE (self));
}

/**
 * tickets_personalization_set_tickets:
 * @tickets: (nullable) (element-type TicketsTicket): the tickets, in order
 *
 * Replaces the content of the list in one items-changed, and only when the
 * sequence of tickets differs, so that views keep their rows otherwise.
 */
void
tickets_personalization_set_tickets (TicketsPersonalization *self,
                                     GPtrArray              *tickets)
{
  g_return_if_fail (TICKETS_IS_PERSONALIZATION (self));

  tickets_resource_set_ticket_list (TICKETS_RESOURCE (self), tickets);
}
