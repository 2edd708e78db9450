/* tickets-product.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-model-private.h"
#include "tickets-product.h"

struct _TicketsProduct
{
  TicketsResource parent_instance;

  char            *reference;
  TicketsI18nText *name;
  TicketsI18nText *subtitle;
  TicketsI18nText *additional_information;
  TicketsAmount   *price;
  char            *event_uri;
  TicketsEvent    *event;
  int              availability;
  int              total_availability;
  int              min_per_order;
  int              max_per_order;
  GDateTime       *sale_start;
  GDateTime       *sale_end;
  gboolean         requires_membership;
};

G_DEFINE_FINAL_TYPE (TicketsProduct, tickets_product, TICKETS_TYPE_RESOURCE)

enum {
  PROP_0,
  PROP_REFERENCE,
  PROP_NAME,
  PROP_SUBTITLE,
  PROP_ADDITIONAL_INFORMATION,
  PROP_PRICE,
  PROP_EVENT_URI,
  PROP_EVENT,
  PROP_AVAILABILITY,
  PROP_TOTAL_AVAILABILITY,
  PROP_MIN_PER_ORDER,
  PROP_MAX_PER_ORDER,
  PROP_SALE_START,
  PROP_SALE_END,
  PROP_REQUIRES_MEMBERSHIP,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tickets_product_finalize (GObject *object)
{
  TicketsProduct *self = TICKETS_PRODUCT (object);

  g_free (self->reference);
  g_clear_object (&self->name);
  g_clear_object (&self->subtitle);
  g_clear_object (&self->additional_information);
  g_clear_object (&self->price);
  g_free (self->event_uri);
  g_clear_object (&self->event);
  g_clear_pointer (&self->sale_start, g_date_time_unref);
  g_clear_pointer (&self->sale_end, g_date_time_unref);

  G_OBJECT_CLASS (tickets_product_parent_class)->finalize (object);
}

static void
tickets_product_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  TicketsProduct *self = TICKETS_PRODUCT (object);

  switch (prop_id)
    {
    case PROP_REFERENCE:
      g_value_set_string (value, self->reference);
      break;

    case PROP_NAME:
      g_value_set_object (value, self->name);
      break;

    case PROP_SUBTITLE:
      g_value_set_object (value, self->subtitle);
      break;

    case PROP_ADDITIONAL_INFORMATION:
      g_value_set_object (value, self->additional_information);
      break;

    case PROP_PRICE:
      g_value_set_object (value, self->price);
      break;

    case PROP_EVENT_URI:
      g_value_set_string (value, self->event_uri);
      break;

    case PROP_EVENT:
      g_value_set_object (value, self->event);
      break;

    case PROP_AVAILABILITY:
      g_value_set_int (value, self->availability);
      break;

    case PROP_TOTAL_AVAILABILITY:
      g_value_set_int (value, self->total_availability);
      break;

    case PROP_MIN_PER_ORDER:
      g_value_set_int (value, self->min_per_order);
      break;

    case PROP_MAX_PER_ORDER:
      g_value_set_int (value, self->max_per_order);
      break;

    case PROP_SALE_START:
      g_value_set_boxed (value, self->sale_start);
      break;

    case PROP_SALE_END:
      g_value_set_boxed (value, self->sale_end);
      break;

    case PROP_REQUIRES_MEMBERSHIP:
      g_value_set_boolean (value, self->requires_membership);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_product_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  TicketsProduct *self = TICKETS_PRODUCT (object);

  switch (prop_id)
    {
    case PROP_REFERENCE:
      tickets_product_set_reference (self, g_value_get_string (value));
      break;

    case PROP_NAME:
      tickets_product_set_name (self, g_value_get_object (value));
      break;

    case PROP_SUBTITLE:
      tickets_product_set_subtitle (self, g_value_get_object (value));
      break;

    case PROP_ADDITIONAL_INFORMATION:
      tickets_product_set_additional_information (self, g_value_get_object (value));
      break;

    case PROP_PRICE:
      tickets_product_set_price (self, g_value_get_object (value));
      break;

    case PROP_EVENT_URI:
      tickets_product_set_event_uri (self, g_value_get_string (value));
      break;

    case PROP_EVENT:
      tickets_product_set_event (self, g_value_get_object (value));
      break;

    case PROP_AVAILABILITY:
      tickets_product_set_availability (self, g_value_get_int (value));
      break;

    case PROP_TOTAL_AVAILABILITY:
      tickets_product_set_total_availability (self, g_value_get_int (value));
      break;

    case PROP_MIN_PER_ORDER:
      tickets_product_set_min_per_order (self, g_value_get_int (value));
      break;

    case PROP_MAX_PER_ORDER:
      tickets_product_set_max_per_order (self, g_value_get_int (value));
      break;

    case PROP_SALE_START:
      tickets_product_set_sale_start (self, g_value_get_boxed (value));
      break;

    case PROP_SALE_END:
      tickets_product_set_sale_end (self, g_value_get_boxed (value));
      break;

    case PROP_REQUIRES_MEMBERSHIP:
      tickets_product_set_requires_membership (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_product_class_init (TicketsProductClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tickets_product_finalize;
  object_class->get_property = tickets_product_get_property;
  object_class->set_property = tickets_product_set_property;

  properties[PROP_REFERENCE] =
    g_param_spec_string ("reference", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_NAME] =
    g_param_spec_object ("name", NULL, NULL,
                         TICKETS_TYPE_I18N_TEXT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_SUBTITLE] =
    g_param_spec_object ("subtitle", NULL, NULL,
                         TICKETS_TYPE_I18N_TEXT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_ADDITIONAL_INFORMATION] =
    g_param_spec_object ("additional-information", NULL, NULL,
                         TICKETS_TYPE_I18N_TEXT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_PRICE] =
    g_param_spec_object ("price", NULL, NULL,
                         TICKETS_TYPE_AMOUNT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_EVENT_URI] =
    g_param_spec_string ("event-uri", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_EVENT] =
    g_param_spec_object ("event", NULL, NULL,
                         TICKETS_TYPE_EVENT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_AVAILABILITY] =
    g_param_spec_int ("availability", NULL, NULL,
                      -1, G_MAXINT, -1,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_TOTAL_AVAILABILITY] =
    g_param_spec_int ("total-availability", NULL, NULL,
                      -1, G_MAXINT, -1,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_MIN_PER_ORDER] =
    g_param_spec_int ("min-per-order", NULL, NULL,
                      -1, G_MAXINT, -1,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_MAX_PER_ORDER] =
    g_param_spec_int ("max-per-order", NULL, NULL,
                      -1, G_MAXINT, -1,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_SALE_START] =
    g_param_spec_boxed ("sale-start", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_SALE_END] =
    g_param_spec_boxed ("sale-end", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_REQUIRES_MEMBERSHIP] =
    g_param_spec_boolean ("requires-membership", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tickets_product_init (TicketsProduct *self)
{
  self->availability = -1;
  self->total_availability = -1;
  self->min_per_order = -1;
  self->max_per_order = -1;
}

TicketsProduct *
tickets_product_new (const char *uid)
{
  return g_object_new (TICKETS_TYPE_PRODUCT, "uid", uid, NULL);
}

const char *
tickets_product_get_reference (TicketsProduct *self)
{
  g_return_val_if_fail (TICKETS_IS_PRODUCT (self), NULL);

  return self->reference;
}

void
tickets_product_set_reference (TicketsProduct *self,
                               const char     *reference)
{
  g_return_if_fail (TICKETS_IS_PRODUCT (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_REFERENCE]);

  if (tickets_set_str (&self->reference, reference))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFERENCE]);
}

TicketsI18nText *
tickets_product_get_name (TicketsProduct *self)
{
  g_return_val_if_fail (TICKETS_IS_PRODUCT (self), NULL);

  return self->name;
}

void
tickets_product_set_name (TicketsProduct  *self,
                          TicketsI18nText *name)
{
  g_return_if_fail (TICKETS_IS_PRODUCT (self));
  g_return_if_fail (name == NULL || TICKETS_IS_I18N_TEXT (name));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_NAME]);

  if (tickets_set_value_object ((gpointer *) &self->name, name,
                                (TicketsEqualFunc) tickets_i18n_text_equal))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

TicketsI18nText *
tickets_product_get_subtitle (TicketsProduct *self)
{
  g_return_val_if_fail (TICKETS_IS_PRODUCT (self), NULL);

  return self->subtitle;
}

void
tickets_product_set_subtitle (TicketsProduct  *self,
                              TicketsI18nText *subtitle)
{
  g_return_if_fail (TICKETS_IS_PRODUCT (self));
  g_return_if_fail (subtitle == NULL || TICKETS_IS_I18N_TEXT (subtitle));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_SUBTITLE]);

  if (tickets_set_value_object ((gpointer *) &self->subtitle, subtitle,
                                (TicketsEqualFunc) tickets_i18n_text_equal))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUBTITLE]);
}

TicketsI18nText *
tickets_product_get_additional_information (TicketsProduct *self)
{
  g_return_val_if_fail (TICKETS_IS_PRODUCT (self), NULL);

  return self->additional_information;
}

void
tickets_product_set_additional_information (TicketsProduct  *self,
                                            TicketsI18nText *additional_information)
{
  g_return_if_fail (TICKETS_IS_PRODUCT (self));
  g_return_if_fail (additional_information == NULL || TICKETS_IS_I18N_TEXT (additional_information));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_ADDITIONAL_INFORMATION]);

  if (tickets_set_value_object ((gpointer *) &self->additional_information, additional_information,
                                (TicketsEqualFunc) tickets_i18n_text_equal))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADDITIONAL_INFORMATION]);
}

TicketsAmount *
tickets_product_get_price (TicketsProduct *self)
{
  g_return_val_if_fail (TICKETS_IS_PRODUCT (self), NULL);

  return self->price;
}

void
tickets_product_set_price (TicketsProduct *self,
                           TicketsAmount  *price)
{
  g_return_if_fail (TICKETS_IS_PRODUCT (self));
  g_return_if_fail (price == NULL || TICKETS_IS_AMOUNT (price));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_PRICE]);

  if (tickets_set_value_object ((gpointer *) &self->price, price,
                                (TicketsEqualFunc) tickets_amount_equal))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRICE]);
}

const char *
tickets_product_get_event_uri (TicketsProduct *self)
{
  g_return_val_if_fail (TICKETS_IS_PRODUCT (self), NULL);

  return self->event_uri;
}

void
tickets_product_set_event_uri (TicketsProduct *self,
                               const char     *event_uri)
{
  g_return_if_fail (TICKETS_IS_PRODUCT (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_EVENT_URI]);

  if (tickets_set_str (&self->event_uri, event_uri))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVENT_URI]);
}

TicketsEvent *
tickets_product_get_event (TicketsProduct *self)
{
  g_return_val_if_fail (TICKETS_IS_PRODUCT (self), NULL);

  return self->event;
}

void
tickets_product_set_event (TicketsProduct *self,
                           TicketsEvent   *event)
{
  g_return_if_fail (TICKETS_IS_PRODUCT (self));
  g_return_if_fail (event == NULL || TICKETS_IS_EVENT (event));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_EVENT]);

  if (g_set_object (&self->event, event))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVENT]);
}

int
tickets_product_get_availability (TicketsProduct *self)
{
  g_return_val_if_fail (TICKETS_IS_PRODUCT (self), -1);

  return self->availability;
}

void
tickets_product_set_availability (TicketsProduct *self,
                                  int             availability)
{
  g_return_if_fail (TICKETS_IS_PRODUCT (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_AVAILABILITY]);

  if (self->availability == availability)
    return;

  self->availability = availability;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AVAILABILITY]);
}

int
tickets_product_get_total_availability (TicketsProduct *self)
{
  g_return_val_if_fail (TICKETS_IS_PRODUCT (self), -1);

  return self->total_availability;
}

void
tickets_product_set_total_availability (TicketsProduct *self,
                                        int             total_availability)
{
  g_return_if_fail (TICKETS_IS_PRODUCT (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_TOTAL_AVAILABILITY]);

  if (self->total_availability == total_availability)
    return;

  self->total_availability = total_availability;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOTAL_AVAILABILITY]);
}

int
tickets_product_get_min_per_order (TicketsProduct *self)
{
  g_return_val_if_fail (TICKETS_IS_PRODUCT (self), -1);

  return self->min_per_order;
}

void
tickets_product_set_min_per_order (TicketsProduct *self,
                                   int             min_per_order)
{
  g_return_if_fail (TICKETS_IS_PRODUCT (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_MIN_PER_ORDER]);

  if (self->min_per_order == min_per_order)
    return;

  self->min_per_order = min_per_order;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MIN_PER_ORDER]);
}

int
tickets_product_get_max_per_order (TicketsProduct *self)
{
  g_return_val_if_fail (TICKETS_IS_PRODUCT (self), -1);

  return self->max_per_order;
}

void
tickets_product_set_max_per_order (TicketsProduct *self,
                                   int             max_per_order)
{
  g_return_if_fail (TICKETS_IS_PRODUCT (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_MAX_PER_ORDER]);

  if (self->max_per_order == max_per_order)
    return;

  self->max_per_order = max_per_order;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_PER_ORDER]);
}

GDateTime *
tickets_product_get_sale_start (TicketsProduct *self)
{
  g_return_val_if_fail (TICKETS_IS_PRODUCT (self), NULL);

  return self->sale_start;
}

void
tickets_product_set_sale_start (TicketsProduct *self,
                                GDateTime      *sale_start)
{
  g_return_if_fail (TICKETS_IS_PRODUCT (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_SALE_START]);

  if (tickets_set_date_time (&self->sale_start, sale_start))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SALE_START]);
}

GDateTime *
tickets_product_get_sale_end (TicketsProduct *self)
{
  g_return_val_if_fail (TICKETS_IS_PRODUCT (self), NULL);

  return self->sale_end;
}

void
tickets_product_set_sale_end (TicketsProduct *self,
                              GDateTime      *sale_end)
{
  g_return_if_fail (TICKETS_IS_PRODUCT (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_SALE_END]);

  if (tickets_set_date_time (&self->sale_end, sale_end))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SALE_END]);
}

gboolean
tickets_product_get_requires_membership (TicketsProduct *self)
{
  g_return_val_if_fail (TICKETS_IS_PRODUCT (self), FALSE);

  return self->requires_membership;
}

void
tickets_product_set_requires_membership (TicketsProduct *self,
                                         gboolean        requires_membership)
{
  g_return_if_fail (TICKETS_IS_PRODUCT (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_REQUIRES_MEMBERSHIP]);

  requires_membership = !!requires_membership;
  if (self->requires_membership == requires_membership)
    return;

  self->requires_membership = requires_membership;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REQUIRES_MEMBERSHIP]);
}
