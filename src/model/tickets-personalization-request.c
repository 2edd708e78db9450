/* tickets-personalization-request.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tickets-model-private.h"
#include "tickets-resource-private.h"
#include "tickets-personalization-request.h"

struct _TicketsPersonalizationRequest
{
  TicketsResource parent_instance;

  char      *email;
  char      *state;
  GDateTime *created_at;
  char     **ticket_uris;
  char     **product_uris;
  char      *order_uri;
  char      *token;
};

G_DEFINE_FINAL_TYPE (TicketsPersonalizationRequest, tickets_personalization_request, TICKETS_TYPE_RESOURCE)

enum {
  PROP_0,
  PROP_EMAIL,
  PROP_STATE,
  PROP_CREATED_AT,
  PROP_TICKET_URIS,
  PROP_PRODUCT_URIS,
  PROP_ORDER_URI,
  PROP_TOKEN,
  PROP_TICKETS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The token lets anyone personalize the request's tickets: it does not
 * linger in freed memory. */
static void
clear_secret (char **secret)
{
  if (*secret != NULL)
    memset (*secret, 0, strlen (*secret));
  g_clear_pointer (secret, g_free);
}

static void
tickets_personalization_request_finalize (GObject *object)
{
  TicketsPersonalizationRequest *self = TICKETS_PERSONALIZATION_REQUEST (object);

  g_free (self->email);
  g_free (self->state);
  g_clear_pointer (&self->created_at, g_date_time_unref);
  g_strfreev (self->ticket_uris);
  g_strfreev (self->product_uris);
  g_free (self->order_uri);
  clear_secret (&self->token);

  G_OBJECT_CLASS (tickets_personalization_request_parent_class)->finalize (object);
}

static void
tickets_personalization_request_get_property (GObject    *object,
                                             guint       prop_id,
                                             GValue     *value,
                                             GParamSpec *pspec)
{
  TicketsPersonalizationRequest *self = TICKETS_PERSONALIZATION_REQUEST (object);

  switch (prop_id)
    {
    case PROP_EMAIL:
      g_value_set_string (value, self->email);
      break;

    case PROP_STATE:
      g_value_set_string (value, self->state);
      break;

    case PROP_CREATED_AT:
      g_value_set_boxed (value, self->created_at);
      break;

    case PROP_TICKET_URIS:
      g_value_set_boxed (value, self->ticket_uris);
      break;

    case PROP_PRODUCT_URIS:
      g_value_set_boxed (value, self->product_uris);
      break;

    case PROP_ORDER_URI:
      g_value_set_string (value, self->order_uri);
      break;

    case PROP_TOKEN:
      g_value_set_string (value, self->token);
      break;

    case PROP_TICKETS:
      g_value_set_object (value, tickets_resource_get_ticket_list (TICKETS_RESOURCE (self)));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_personalization_request_set_property (GObject      *object,
                                             guint         prop_id,
                                             const GValue *value,
                                             GParamSpec   *pspec)
{
  TicketsPersonalizationRequest *self = TICKETS_PERSONALIZATION_REQUEST (object);

  switch (prop_id)
    {
    case PROP_EMAIL:
      tickets_personalization_request_set_email (self, g_value_get_string (value));
      break;

    case PROP_STATE:
      tickets_personalization_request_set_state (self, g_value_get_string (value));
      break;

    case PROP_CREATED_AT:
      tickets_personalization_request_set_created_at (self, g_value_get_boxed (value));
      break;

    case PROP_TICKET_URIS:
      tickets_personalization_request_set_ticket_uris (self, g_value_get_boxed (value));
      break;

    case PROP_PRODUCT_URIS:
      tickets_personalization_request_set_product_uris (self, g_value_get_boxed (value));
      break;

    case PROP_ORDER_URI:
      tickets_personalization_request_set_order_uri (self, g_value_get_string (value));
      break;

    case PROP_TOKEN:
      tickets_personalization_request_set_token (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_personalization_request_class_init (TicketsPersonalizationRequestClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tickets_personalization_request_finalize;
  object_class->get_property = tickets_personalization_request_get_property;
  object_class->set_property = tickets_personalization_request_set_property;

  properties[PROP_EMAIL] =
    g_param_spec_string ("email", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_STATE] =
    g_param_spec_string ("state", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_CREATED_AT] =
    g_param_spec_boxed ("created-at", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_TICKET_URIS] =
    g_param_spec_boxed ("ticket-uris", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_PRODUCT_URIS] =
    g_param_spec_boxed ("product-uris", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_ORDER_URI] =
    g_param_spec_string ("order-uri", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_TOKEN] =
    g_param_spec_string ("token", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_TICKETS] =
    g_param_spec_object ("tickets", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tickets_personalization_request_init (TicketsPersonalizationRequest *self)
{
  tickets_resource_init_ticket_list (TICKETS_RESOURCE (self), properties[PROP_TICKETS]);
}

TicketsPersonalizationRequest *
tickets_personalization_request_new (const char *uid)
{
  return g_object_new (TICKETS_TYPE_PERSONALIZATION_REQUEST, "uid", uid, NULL);
}

const char *
tickets_personalization_request_get_email (TicketsPersonalizationRequest *self)
{
  g_return_val_if_fail (TICKETS_IS_PERSONALIZATION_REQUEST (self), NULL);

  return self->email;
}

void
tickets_personalization_request_set_email (TicketsPersonalizationRequest *self,
                                           const char                    *email)
{
  g_return_if_fail (TICKETS_IS_PERSONALIZATION_REQUEST (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_EMAIL]);

  if (tickets_set_str (&self->email, email))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMAIL]);
}

const char *
tickets_personalization_request_get_state (TicketsPersonalizationRequest *self)
{
  g_return_val_if_fail (TICKETS_IS_PERSONALIZATION_REQUEST (self), NULL);

  return self->state;
}

void
tickets_personalization_request_set_state (TicketsPersonalizationRequest *self,
                                           const char                    *state)
{
  g_return_if_fail (TICKETS_IS_PERSONALIZATION_REQUEST (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_STATE]);

  if (tickets_set_str (&self->state, state))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

GDateTime *
tickets_personalization_request_get_created_at (TicketsPersonalizationRequest *self)
{
  g_return_val_if_fail (TICKETS_IS_PERSONALIZATION_REQUEST (self), NULL);

  return self->created_at;
}

void
tickets_personalization_request_set_created_at (TicketsPersonalizationRequest *self,
                                                GDateTime                     *created_at)
{
  g_return_if_fail (TICKETS_IS_PERSONALIZATION_REQUEST (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_CREATED_AT]);

  if (tickets_set_date_time (&self->created_at, created_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED_AT]);
}

const char * const *
tickets_personalization_request_get_ticket_uris (TicketsPersonalizationRequest *self)
{
  g_return_val_if_fail (TICKETS_IS_PERSONALIZATION_REQUEST (self), NULL);

  return (const char * const *) self->ticket_uris;
}

void
tickets_personalization_request_set_ticket_uris (TicketsPersonalizationRequest *self,
                                                 const char * const            *ticket_uris)
{
  g_return_if_fail (TICKETS_IS_PERSONALIZATION_REQUEST (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_TICKET_URIS]);

  if (tickets_set_strv (&self->ticket_uris, ticket_uris))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TICKET_URIS]);
}

const char * const *
tickets_personalization_request_get_product_uris (TicketsPersonalizationRequest *self)
{
  g_return_val_if_fail (TICKETS_IS_PERSONALIZATION_REQUEST (self), NULL);

  return (const char * const *) self->product_uris;
}

void
tickets_personalization_request_set_product_uris (TicketsPersonalizationRequest *self,
                                                  const char * const            *product_uris)
{
  g_return_if_fail (TICKETS_IS_PERSONALIZATION_REQUEST (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_PRODUCT_URIS]);

  if (tickets_set_strv (&self->product_uris, product_uris))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRODUCT_URIS]);
}

const char *
tickets_personalization_request_get_order_uri (TicketsPersonalizationRequest *self)
{
  g_return_val_if_fail (TICKETS_IS_PERSONALIZATION_REQUEST (self), NULL);

  return self->order_uri;
}

void
tickets_personalization_request_set_order_uri (TicketsPersonalizationRequest *self,
                                               const char                    *order_uri)
{
  g_return_if_fail (TICKETS_IS_PERSONALIZATION_REQUEST (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_ORDER_URI]);

  if (tickets_set_str (&self->order_uri, order_uri))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORDER_URI]);
}

const char *
tickets_personalization_request_get_token (TicketsPersonalizationRequest *self)
{
  g_return_val_if_fail (TICKETS_IS_PERSONALIZATION_REQUEST (self), NULL);

  return self->token;
}

void
tickets_personalization_request_set_token (TicketsPersonalizationRequest *self,
                                           const char                    *token)
{
  g_return_if_fail (TICKETS_IS_PERSONALIZATION_REQUEST (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_TOKEN]);

  if (g_strcmp0 (self->token, token) == 0)
    return;

  clear_secret (&self->token);
  self->token = g_strdup (token);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOKEN]);
}

/**
 * tickets_personalization_request_get_tickets:
 *
 * Returns: (transfer none): a list of TicketsTicket, empty until the request
 *   is loaded with its tickets; the same list for the request's whole life
 */
GListModel *
tickets_personalization_request_get_tickets (TicketsPersonalizationRequest *self)
{
  g_return_val_if_fail (TICKETS_IS_PERSONALIZATION_REQUEST (self), NULL);

  return tickets_resource_get_ticket_list (TICKETS_RESOURCE (self));
}

/**
 * tickets_personalization_request_set_tickets:
 * @tickets: (nullable) (element-type TicketsTicket): the tickets, in order
 *
 * Replaces the content of the list in one items-changed, and only when the
 * sequence of tickets differs, so that views keep their rows otherwise.
 */
void
tickets_personalization_request_set_tickets (TicketsPersonalizationRequest *self,
                                             GPtrArray                     *tickets)
{
  g_return_if_fail (TICKETS_IS_PERSONALIZATION_REQUEST (self));

  tickets_resource_set_ticket_list (TICKETS_RESOURCE (self), tickets);
}
