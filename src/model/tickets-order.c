/* tickets-order.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-model-private.h"
#include "tickets-resource-private.h"
#include "tickets-order.h"

struct _TicketsOrder
{
  TicketsResource parent_instance;

  char            *reference;
  char            *external_reference;
  char            *status;
  GDateTime       *created_date;
  TicketsConsumer *consumer;
  TicketsI18nText *payment_method_name;
  TicketsAmount   *product_total;
  TicketsAmount   *service_costs;
  TicketsAmount   *grand_total;
  char            *etickets_uri;
};

G_DEFINE_FINAL_TYPE (TicketsOrder, tickets_order, TICKETS_TYPE_RESOURCE)

enum {
  PROP_0,
  PROP_REFERENCE,
  PROP_EXTERNAL_REFERENCE,
  PROP_STATUS,
  PROP_CREATED_DATE,
  PROP_CONSUMER,
  PROP_PAYMENT_METHOD_NAME,
  PROP_PRODUCT_TOTAL,
  PROP_SERVICE_COSTS,
  PROP_GRAND_TOTAL,
  PROP_ETICKETS_URI,
  PROP_TICKETS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tickets_order_finalize (GObject *object)
{
  TicketsOrder *self = TICKETS_ORDER (object);

  g_free (self->reference);
  g_free (self->external_reference);
  g_free (self->status);
  g_clear_pointer (&self->created_date, g_date_time_unref);
  g_clear_object (&self->consumer);
  g_clear_object (&self->payment_method_name);
  g_clear_object (&self->product_total);
  g_clear_object (&self->service_costs);
  g_clear_object (&self->grand_total);
  g_free (self->etickets_uri);

  G_OBJECT_CLASS (tickets_order_parent_class)->finalize (object);
}

static void
tickets_order_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  TicketsOrder *self = TICKETS_ORDER (object);

  switch (prop_id)
    {
    case PROP_REFERENCE:
      g_value_set_string (value, self->reference);
      break;

    case PROP_EXTERNAL_REFERENCE:
      g_value_set_string (value, self->external_reference);
      break;

    case PROP_STATUS:
      g_value_set_string (value, self->status);
      break;

    case PROP_CREATED_DATE:
      g_value_set_boxed (value, self->created_date);
      break;

    case PROP_CONSUMER:
      g_value_set_object (value, self->consumer);
      break;

    case PROP_PAYMENT_METHOD_NAME:
      g_value_set_object (value, self->payment_method_name);
      break;

    case PROP_PRODUCT_TOTAL:
      g_value_set_object (value, self->product_total);
      break;

    case PROP_SERVICE_COSTS:
      g_value_set_object (value, self->service_costs);
      break;

    case PROP_GRAND_TOTAL:
      g_value_set_object (value, self->grand_total);
      break;

    case PROP_ETICKETS_URI:
      g_value_set_string (value, self->etickets_uri);
      break;

    case PROP_TICKETS:
      g_value_set_object (value, tickets_resource_get_ticket_list (TICKETS_RESOURCE (self)));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_order_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  TicketsOrder *self = TICKETS_ORDER (object);

  switch (prop_id)
    {
    case PROP_REFERENCE:
      tickets_order_set_reference (self, g_value_get_string (value));
      break;

    case PROP_EXTERNAL_REFERENCE:
      tickets_order_set_external_reference (self, g_value_get_string (value));
      break;

    case PROP_STATUS:
      tickets_order_set_status (self, g_value_get_string (value));
      break;

    case PROP_CREATED_DATE:
      tickets_order_set_created_date (self, g_value_get_boxed (value));
      break;

    case PROP_CONSUMER:
      tickets_order_set_consumer (self, g_value_get_object (value));
      break;

    case PROP_PAYMENT_METHOD_NAME:
      tickets_order_set_payment_method_name (self, g_value_get_object (value));
      break;

    case PROP_PRODUCT_TOTAL:
      tickets_order_set_product_total (self, g_value_get_object (value));
      break;

    case PROP_SERVICE_COSTS:
      tickets_order_set_service_costs (self, g_value_get_object (value));
      break;

    case PROP_GRAND_TOTAL:
      tickets_order_set_grand_total (self, g_value_get_object (value));
      break;

    case PROP_ETICKETS_URI:
      tickets_order_set_etickets_uri (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_order_class_init (TicketsOrderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tickets_order_finalize;
  object_class->get_property = tickets_order_get_property;
  object_class->set_property = tickets_order_set_property;

  properties[PROP_REFERENCE] =
    g_param_spec_string ("reference", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_EXTERNAL_REFERENCE] =
    g_param_spec_string ("external-reference", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_STATUS] =
    g_param_spec_string ("status", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_CREATED_DATE] =
    g_param_spec_boxed ("created-date", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_CONSUMER] =
    g_param_spec_object ("consumer", NULL, NULL,
                         TICKETS_TYPE_CONSUMER,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_PAYMENT_METHOD_NAME] =
    g_param_spec_object ("payment-method-name", NULL, NULL,
                         TICKETS_TYPE_I18N_TEXT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_PRODUCT_TOTAL] =
    g_param_spec_object ("product-total", NULL, NULL,
                         TICKETS_TYPE_AMOUNT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_SERVICE_COSTS] =
    g_param_spec_object ("service-costs", NULL, NULL,
                         TICKETS_TYPE_AMOUNT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_GRAND_TOTAL] =
    g_param_spec_object ("grand-total", NULL, NULL,
                         TICKETS_TYPE_AMOUNT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_ETICKETS_URI] =
    g_param_spec_string ("etickets-uri", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_TICKETS] =
    g_param_spec_object ("tickets", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tickets_order_init (TicketsOrder *self)
{
  tickets_resource_init_ticket_list (TICKETS_RESOURCE (self), properties[PROP_TICKETS]);
}

TicketsOrder *
tickets_order_new (const char *uid)
{
  return g_object_new (TICKETS_TYPE_ORDER, "uid", uid, NULL);
}

const char *
tickets_order_get_reference (TicketsOrder *self)
{
  g_return_val_if_fail (TICKETS_IS_ORDER (self), NULL);

  return self->reference;
}

void
tickets_order_set_reference (TicketsOrder *self,
                             const char   *reference)
{
  g_return_if_fail (TICKETS_IS_ORDER (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_REFERENCE]);

  if (tickets_set_str (&self->reference, reference))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFERENCE]);
}

const char *
tickets_order_get_external_reference (TicketsOrder *self)
{
  g_return_val_if_fail (TICKETS_IS_ORDER (self), NULL);

  return self->external_reference;
}

void
tickets_order_set_external_reference (TicketsOrder *self,
                                      const char   *external_reference)
{
  g_return_if_fail (TICKETS_IS_ORDER (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_EXTERNAL_REFERENCE]);

  if (tickets_set_str (&self->external_reference, external_reference))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXTERNAL_REFERENCE]);
}

const char *
tickets_order_get_status (TicketsOrder *self)
{
  g_return_val_if_fail (TICKETS_IS_ORDER (self), NULL);

  return self->status;
}

void
tickets_order_set_status (TicketsOrder *self,
                          const char   *status)
{
  g_return_if_fail (TICKETS_IS_ORDER (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_STATUS]);

  if (tickets_set_str (&self->status, status))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

GDateTime *
tickets_order_get_created_date (TicketsOrder *self)
{
  g_return_val_if_fail (TICKETS_IS_ORDER (self), NULL);

  return self->created_date;
}

void
tickets_order_set_created_date (TicketsOrder *self,
                                GDateTime    *created_date)
{
  g_return_if_fail (TICKETS_IS_ORDER (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_CREATED_DATE]);

  if (tickets_set_date_time (&self->created_date, created_date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED_DATE]);
}

TicketsConsumer *
tickets_order_get_consumer (TicketsOrder *self)
{
  g_return_val_if_fail (TICKETS_IS_ORDER (self), NULL);

  return self->consumer;
}

void
tickets_order_set_consumer (TicketsOrder    *self,
                            TicketsConsumer *consumer)
{
  g_return_if_fail (TICKETS_IS_ORDER (self));
  g_return_if_fail (consumer == NULL || TICKETS_IS_CONSUMER (consumer));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_CONSUMER]);

  if (tickets_set_value_object ((gpointer *) &self->consumer, consumer,
                                (TicketsEqualFunc) tickets_consumer_equal))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONSUMER]);
}

TicketsI18nText *
tickets_order_get_payment_method_name (TicketsOrder *self)
{
  g_return_val_if_fail (TICKETS_IS_ORDER (self), NULL);

  return self->payment_method_name;
}

void
tickets_order_set_payment_method_name (TicketsOrder    *self,
                                       TicketsI18nText *payment_method_name)
{
  g_return_if_fail (TICKETS_IS_ORDER (self));
  g_return_if_fail (payment_method_name == NULL || TICKETS_IS_I18N_TEXT (payment_method_name));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_PAYMENT_METHOD_NAME]);

  if (tickets_set_value_object ((gpointer *) &self->payment_method_name, payment_method_name,
                                (TicketsEqualFunc) tickets_i18n_text_equal))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAYMENT_METHOD_NAME]);
}

TicketsAmount *
tickets_order_get_product_total (TicketsOrder *self)
{
  g_return_val_if_fail (TICKETS_IS_ORDER (self), NULL);

  return self->product_total;
}

void
tickets_order_set_product_total (TicketsOrder  *self,
                                 TicketsAmount *product_total)
{
  g_return_if_fail (TICKETS_IS_ORDER (self));
  g_return_if_fail (product_total == NULL || TICKETS_IS_AMOUNT (product_total));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_PRODUCT_TOTAL]);

  if (tickets_set_value_object ((gpointer *) &self->product_total, product_total,
                                (TicketsEqualFunc) tickets_amount_equal))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRODUCT_TOTAL]);
}

TicketsAmount *
tickets_order_get_service_costs (TicketsOrder *self)
{
  g_return_val_if_fail (TICKETS_IS_ORDER (self), NULL);

  return self->service_costs;
}

void
tickets_order_set_service_costs (TicketsOrder  *self,
                                 TicketsAmount *service_costs)
{
  g_return_if_fail (TICKETS_IS_ORDER (self));
  g_return_if_fail (service_costs == NULL || TICKETS_IS_AMOUNT (service_costs));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_SERVICE_COSTS]);

  if (tickets_set_value_object ((gpointer *) &self->service_costs, service_costs,
                                (TicketsEqualFunc) tickets_amount_equal))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SERVICE_COSTS]);
}

TicketsAmount *
tickets_order_get_grand_total (TicketsOrder *self)
{
  g_return_val_if_fail (TICKETS_IS_ORDER (self), NULL);

  return self->grand_total;
}

void
tickets_order_set_grand_total (TicketsOrder  *self,
                               TicketsAmount *grand_total)
{
  g_return_if_fail (TICKETS_IS_ORDER (self));
  g_return_if_fail (grand_total == NULL || TICKETS_IS_AMOUNT (grand_total));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_GRAND_TOTAL]);

  if (tickets_set_value_object ((gpointer *) &self->grand_total, grand_total,
                                (TicketsEqualFunc) tickets_amount_equal))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GRAND_TOTAL]);
}

const char *
tickets_order_get_etickets_uri (TicketsOrder *self)
{
  g_return_val_if_fail (TICKETS_IS_ORDER (self), NULL);

  return self->etickets_uri;
}

void
tickets_order_set_etickets_uri (TicketsOrder *self,
                                const char   *etickets_uri)
{
  g_return_if_fail (TICKETS_IS_ORDER (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_ETICKETS_URI]);

  if (tickets_set_str (&self->etickets_uri, etickets_uri))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ETICKETS_URI]);
}

/**
 * tickets_order_get_tickets:
 *
 * Returns: (transfer none): a list of TicketsTicket; the same list for the
 *   order's whole life
 */
GListModel *
tickets_order_get_tickets (TicketsOrder *self)
{
  g_return_val_if_fail (TICKETS_IS_ORDER (self), NULL);

  return tickets_resource_get_ticket_list (TICKETS_RESOURCE (self));
}

/**
 * tickets_order_set_tickets:
 * @tickets: (nullable) (element-type TicketsTicket): the tickets, in order
 *
 * Replaces the content of the list in one items-changed, and only when the
 * sequence of tickets differs, so that views keep their rows otherwise.
 */
void
tickets_order_set_tickets (TicketsOrder *self,
                           GPtrArray    *tickets)
{
  g_return_if_fail (TICKETS_IS_ORDER (self));

  tickets_resource_set_ticket_list (TICKETS_RESOURCE (self), tickets);
}

/**
 * tickets_order_count_needing_personalization:
 * @now: (nullable): the time to judge the personalization windows at, NULL for now
 *
 * Returns: how many tickets can and must be personalized at @now
 */
guint
tickets_order_count_needing_personalization (TicketsOrder *self,
                                             GDateTime    *now)
{
  g_autoptr(GDateTime) current = NULL;
  GListModel *tickets;
  guint n_items;
  guint count = 0;

  g_return_val_if_fail (TICKETS_IS_ORDER (self), 0);

  if (now == NULL)
    now = current = g_date_time_new_now_utc ();

  tickets = tickets_order_get_tickets (self);
  n_items = g_list_model_get_n_items (tickets);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(TicketsTicket) ticket = g_list_model_get_item (tickets, i);

      if (tickets_ticket_get_personalization_state (ticket, now) == TICKETS_PERSONALIZATION_STATE_NEEDED)
        count++;
    }

  return count;
}
