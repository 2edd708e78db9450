/* tickets-event.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-event.h"
#include "tickets-model-private.h"

struct _TicketsEvent
{
  TicketsResource parent_instance;

  char            *reference;
  char            *merchant_name;
  TicketsI18nText *title;
  TicketsI18nText *subtitle;
  GDateTime       *sale_start;
  GDateTime       *sale_end;
  GDateTime       *event_start;
  GDateTime       *event_end;
  GDateTime       *personalization_start;
  GDateTime       *personalization_end;
  GDateTime       *fulfillment_starts_at;
  char            *location_name;
  char            *location_postal_code;
  char            *location_city;
  char            *location_country;
  gboolean         has_coordinates;
  double           latitude;
  double           longitude;
  int              min_quantity_per_order;
};

G_DEFINE_FINAL_TYPE (TicketsEvent, tickets_event, TICKETS_TYPE_RESOURCE)

enum {
  PROP_0,
  PROP_REFERENCE,
  PROP_MERCHANT_NAME,
  PROP_TITLE,
  PROP_SUBTITLE,
  PROP_SALE_START,
  PROP_SALE_END,
  PROP_EVENT_START,
  PROP_EVENT_END,
  PROP_PERSONALIZATION_START,
  PROP_PERSONALIZATION_END,
  PROP_FULFILLMENT_STARTS_AT,
  PROP_LOCATION_NAME,
  PROP_LOCATION_POSTAL_CODE,
  PROP_LOCATION_CITY,
  PROP_LOCATION_COUNTRY,
  PROP_HAS_COORDINATES,
  PROP_LATITUDE,
  PROP_LONGITUDE,
  PROP_MIN_QUANTITY_PER_ORDER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tickets_event_finalize (GObject *object)
{
  TicketsEvent *self = TICKETS_EVENT (object);

  g_free (self->reference);
  g_free (self->merchant_name);
  g_clear_object (&self->title);
  g_clear_object (&self->subtitle);
  g_clear_pointer (&self->sale_start, g_date_time_unref);
  g_clear_pointer (&self->sale_end, g_date_time_unref);
  g_clear_pointer (&self->event_start, g_date_time_unref);
  g_clear_pointer (&self->event_end, g_date_time_unref);
  g_clear_pointer (&self->personalization_start, g_date_time_unref);
  g_clear_pointer (&self->personalization_end, g_date_time_unref);
  g_clear_pointer (&self->fulfillment_starts_at, g_date_time_unref);
  g_free (self->location_name);
  g_free (self->location_postal_code);
  g_free (self->location_city);
  g_free (self->location_country);

  G_OBJECT_CLASS (tickets_event_parent_class)->finalize (object);
}

static void
tickets_event_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  TicketsEvent *self = TICKETS_EVENT (object);

  switch (prop_id)
    {
    case PROP_REFERENCE:
      g_value_set_string (value, self->reference);
      break;

    case PROP_MERCHANT_NAME:
      g_value_set_string (value, self->merchant_name);
      break;

    case PROP_TITLE:
      g_value_set_object (value, self->title);
      break;

    case PROP_SUBTITLE:
      g_value_set_object (value, self->subtitle);
      break;

    case PROP_SALE_START:
      g_value_set_boxed (value, self->sale_start);
      break;

    case PROP_SALE_END:
      g_value_set_boxed (value, self->sale_end);
      break;

    case PROP_EVENT_START:
      g_value_set_boxed (value, self->event_start);
      break;

    case PROP_EVENT_END:
      g_value_set_boxed (value, self->event_end);
      break;

    case PROP_PERSONALIZATION_START:
      g_value_set_boxed (value, self->personalization_start);
      break;

    case PROP_PERSONALIZATION_END:
      g_value_set_boxed (value, self->personalization_end);
      break;

    case PROP_FULFILLMENT_STARTS_AT:
      g_value_set_boxed (value, self->fulfillment_starts_at);
      break;

    case PROP_LOCATION_NAME:
      g_value_set_string (value, self->location_name);
      break;

    case PROP_LOCATION_POSTAL_CODE:
      g_value_set_string (value, self->location_postal_code);
      break;

    case PROP_LOCATION_CITY:
      g_value_set_string (value, self->location_city);
      break;

    case PROP_LOCATION_COUNTRY:
      g_value_set_string (value, self->location_country);
      break;

    case PROP_HAS_COORDINATES:
      g_value_set_boolean (value, self->has_coordinates);
      break;

    case PROP_LATITUDE:
      g_value_set_double (value, self->latitude);
      break;

    case PROP_LONGITUDE:
      g_value_set_double (value, self->longitude);
      break;

    case PROP_MIN_QUANTITY_PER_ORDER:
      g_value_set_int (value, self->min_quantity_per_order);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_event_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  TicketsEvent *self = TICKETS_EVENT (object);

  switch (prop_id)
    {
    case PROP_REFERENCE:
      tickets_event_set_reference (self, g_value_get_string (value));
      break;

    case PROP_MERCHANT_NAME:
      tickets_event_set_merchant_name (self, g_value_get_string (value));
      break;

    case PROP_TITLE:
      tickets_event_set_title (self, g_value_get_object (value));
      break;

    case PROP_SUBTITLE:
      tickets_event_set_subtitle (self, g_value_get_object (value));
      break;

    case PROP_SALE_START:
      tickets_event_set_sale_start (self, g_value_get_boxed (value));
      break;

    case PROP_SALE_END:
      tickets_event_set_sale_end (self, g_value_get_boxed (value));
      break;

    case PROP_EVENT_START:
      tickets_event_set_event_start (self, g_value_get_boxed (value));
      break;

    case PROP_EVENT_END:
      tickets_event_set_event_end (self, g_value_get_boxed (value));
      break;

    case PROP_PERSONALIZATION_START:
      tickets_event_set_personalization_start (self, g_value_get_boxed (value));
      break;

    case PROP_PERSONALIZATION_END:
      tickets_event_set_personalization_end (self, g_value_get_boxed (value));
      break;

    case PROP_FULFILLMENT_STARTS_AT:
      tickets_event_set_fulfillment_starts_at (self, g_value_get_boxed (value));
      break;

    case PROP_LOCATION_NAME:
      tickets_event_set_location_name (self, g_value_get_string (value));
      break;

    case PROP_LOCATION_POSTAL_CODE:
      tickets_event_set_location_postal_code (self, g_value_get_string (value));
      break;

    case PROP_LOCATION_CITY:
      tickets_event_set_location_city (self, g_value_get_string (value));
      break;

    case PROP_LOCATION_COUNTRY:
      tickets_event_set_location_country (self, g_value_get_string (value));
      break;

    case PROP_HAS_COORDINATES:
      tickets_event_set_has_coordinates (self, g_value_get_boolean (value));
      break;

    case PROP_LATITUDE:
      tickets_event_set_latitude (self, g_value_get_double (value));
      break;

    case PROP_LONGITUDE:
      tickets_event_set_longitude (self, g_value_get_double (value));
      break;

    case PROP_MIN_QUANTITY_PER_ORDER:
      tickets_event_set_min_quantity_per_order (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_event_class_init (TicketsEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tickets_event_finalize;
  object_class->get_property = tickets_event_get_property;
  object_class->set_property = tickets_event_set_property;

  properties[PROP_REFERENCE] =
    g_param_spec_string ("reference", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_MERCHANT_NAME] =
    g_param_spec_string ("merchant-name", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_TITLE] =
    g_param_spec_object ("title", NULL, NULL,
                         TICKETS_TYPE_I18N_TEXT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_SUBTITLE] =
    g_param_spec_object ("subtitle", NULL, NULL,
                         TICKETS_TYPE_I18N_TEXT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_SALE_START] =
    g_param_spec_boxed ("sale-start", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_SALE_END] =
    g_param_spec_boxed ("sale-end", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_EVENT_START] =
    g_param_spec_boxed ("event-start", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_EVENT_END] =
    g_param_spec_boxed ("event-end", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_PERSONALIZATION_START] =
    g_param_spec_boxed ("personalization-start", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_PERSONALIZATION_END] =
    g_param_spec_boxed ("personalization-end", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_FULFILLMENT_STARTS_AT] =
    g_param_spec_boxed ("fulfillment-starts-at", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_LOCATION_NAME] =
    g_param_spec_string ("location-name", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_LOCATION_POSTAL_CODE] =
    g_param_spec_string ("location-postal-code", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_LOCATION_CITY] =
    g_param_spec_string ("location-city", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_LOCATION_COUNTRY] =
    g_param_spec_string ("location-country", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_HAS_COORDINATES] =
    g_param_spec_boolean ("has-coordinates", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_LATITUDE] =
    g_param_spec_double ("latitude", NULL, NULL,
                         -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_LONGITUDE] =
    g_param_spec_double ("longitude", NULL, NULL,
                         -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_MIN_QUANTITY_PER_ORDER] =
    g_param_spec_int ("min-quantity-per-order", NULL, NULL,
                      0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tickets_event_init (TicketsEvent *self)
{
}

TicketsEvent *
tickets_event_new (const char *uid)
{
  return g_object_new (TICKETS_TYPE_EVENT, "uid", uid, NULL);
}

const char *
tickets_event_get_reference (TicketsEvent *self)
{
  g_return_val_if_fail (TICKETS_IS_EVENT (self), NULL);

  return self->reference;
}

void
tickets_event_set_reference (TicketsEvent *self,
                             const char   *reference)
{
  g_return_if_fail (TICKETS_IS_EVENT (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_REFERENCE]);

  if (tickets_set_str (&self->reference, reference))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFERENCE]);
}

const char *
tickets_event_get_merchant_name (TicketsEvent *self)
{
  g_return_val_if_fail (TICKETS_IS_EVENT (self), NULL);

  return self->merchant_name;
}

void
tickets_event_set_merchant_name (TicketsEvent *self,
                                 const char   *merchant_name)
{
  g_return_if_fail (TICKETS_IS_EVENT (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_MERCHANT_NAME]);

  if (tickets_set_str (&self->merchant_name, merchant_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MERCHANT_NAME]);
}

TicketsI18nText *
tickets_event_get_title (TicketsEvent *self)
{
  g_return_val_if_fail (TICKETS_IS_EVENT (self), NULL);

  return self->title;
}

void
tickets_event_set_title (TicketsEvent    *self,
                         TicketsI18nText *title)
{
  g_return_if_fail (TICKETS_IS_EVENT (self));
  g_return_if_fail (title == NULL || TICKETS_IS_I18N_TEXT (title));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_TITLE]);

  if (tickets_set_value_object ((gpointer *) &self->title, title,
                                (TicketsEqualFunc) tickets_i18n_text_equal))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

TicketsI18nText *
tickets_event_get_subtitle (TicketsEvent *self)
{
  g_return_val_if_fail (TICKETS_IS_EVENT (self), NULL);

  return self->subtitle;
}

void
tickets_event_set_subtitle (TicketsEvent    *self,
                            TicketsI18nText *subtitle)
{
  g_return_if_fail (TICKETS_IS_EVENT (self));
  g_return_if_fail (subtitle == NULL || TICKETS_IS_I18N_TEXT (subtitle));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_SUBTITLE]);

  if (tickets_set_value_object ((gpointer *) &self->subtitle, subtitle,
                                (TicketsEqualFunc) tickets_i18n_text_equal))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUBTITLE]);
}

GDateTime *
tickets_event_get_sale_start (TicketsEvent *self)
{
  g_return_val_if_fail (TICKETS_IS_EVENT (self), NULL);

  return self->sale_start;
}

void
tickets_event_set_sale_start (TicketsEvent *self,
                              GDateTime    *sale_start)
{
  g_return_if_fail (TICKETS_IS_EVENT (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_SALE_START]);

  if (tickets_set_date_time (&self->sale_start, sale_start))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SALE_START]);
}

GDateTime *
tickets_event_get_sale_end (TicketsEvent *self)
{
  g_return_val_if_fail (TICKETS_IS_EVENT (self), NULL);

  return self->sale_end;
}

void
tickets_event_set_sale_end (TicketsEvent *self,
                            GDateTime    *sale_end)
{
  g_return_if_fail (TICKETS_IS_EVENT (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_SALE_END]);

  if (tickets_set_date_time (&self->sale_end, sale_end))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SALE_END]);
}

GDateTime *
tickets_event_get_event_start (TicketsEvent *self)
{
  g_return_val_if_fail (TICKETS_IS_EVENT (self), NULL);

  return self->event_start;
}

void
tickets_event_set_event_start (TicketsEvent *self,
                               GDateTime    *event_start)
{
  g_return_if_fail (TICKETS_IS_EVENT (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_EVENT_START]);

  if (tickets_set_date_time (&self->event_start, event_start))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVENT_START]);
}

GDateTime *
tickets_event_get_event_end (TicketsEvent *self)
{
  g_return_val_if_fail (TICKETS_IS_EVENT (self), NULL);

  return self->event_end;
}

void
tickets_event_set_event_end (TicketsEvent *self,
                             GDateTime    *event_end)
{
  g_return_if_fail (TICKETS_IS_EVENT (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_EVENT_END]);

  if (tickets_set_date_time (&self->event_end, event_end))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVENT_END]);
}

GDateTime *
tickets_event_get_personalization_start (TicketsEvent *self)
{
  g_return_val_if_fail (TICKETS_IS_EVENT (self), NULL);

  return self->personalization_start;
}

void
tickets_event_set_personalization_start (TicketsEvent *self,
                                         GDateTime    *personalization_start)
{
  g_return_if_fail (TICKETS_IS_EVENT (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_PERSONALIZATION_START]);

  if (tickets_set_date_time (&self->personalization_start, personalization_start))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSONALIZATION_START]);
}

GDateTime *
tickets_event_get_personalization_end (TicketsEvent *self)
{
  g_return_val_if_fail (TICKETS_IS_EVENT (self), NULL);

  return self->personalization_end;
}

void
tickets_event_set_personalization_end (TicketsEvent *self,
                                       GDateTime    *personalization_end)
{
  g_return_if_fail (TICKETS_IS_EVENT (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_PERSONALIZATION_END]);

  if (tickets_set_date_time (&self->personalization_end, personalization_end))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSONALIZATION_END]);
}

GDateTime *
tickets_event_get_fulfillment_starts_at (TicketsEvent *self)
{
  g_return_val_if_fail (TICKETS_IS_EVENT (self), NULL);

  return self->fulfillment_starts_at;
}

void
tickets_event_set_fulfillment_starts_at (TicketsEvent *self,
                                         GDateTime    *fulfillment_starts_at)
{
  g_return_if_fail (TICKETS_IS_EVENT (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_FULFILLMENT_STARTS_AT]);

  if (tickets_set_date_time (&self->fulfillment_starts_at, fulfillment_starts_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FULFILLMENT_STARTS_AT]);
}

const char *
tickets_event_get_location_name (TicketsEvent *self)
{
  g_return_val_if_fail (TICKETS_IS_EVENT (self), NULL);

  return self->location_name;
}

void
tickets_event_set_location_name (TicketsEvent *self,
                                 const char   *location_name)
{
  g_return_if_fail (TICKETS_IS_EVENT (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_LOCATION_NAME]);

  if (tickets_set_str (&self->location_name, location_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOCATION_NAME]);
}

const char *
tickets_event_get_location_postal_code (TicketsEvent *self)
{
  g_return_val_if_fail (TICKETS_IS_EVENT (self), NULL);

  return self->location_postal_code;
}

void
tickets_event_set_location_postal_code (TicketsEvent *self,
                                        const char   *location_postal_code)
{
  g_return_if_fail (TICKETS_IS_EVENT (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_LOCATION_POSTAL_CODE]);

  if (tickets_set_str (&self->location_postal_code, location_postal_code))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOCATION_POSTAL_CODE]);
}

const char *
tickets_event_get_location_city (TicketsEvent *self)
{
  g_return_val_if_fail (TICKETS_IS_EVENT (self), NULL);

  return self->location_city;
}

void
tickets_event_set_location_city (TicketsEvent *self,
                                 const char   *location_city)
{
  g_return_if_fail (TICKETS_IS_EVENT (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_LOCATION_CITY]);

  if (tickets_set_str (&self->location_city, location_city))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOCATION_CITY]);
}

const char *
tickets_event_get_location_country (TicketsEvent *self)
{
  g_return_val_if_fail (TICKETS_IS_EVENT (self), NULL);

  return self->location_country;
}

void
tickets_event_set_location_country (TicketsEvent *self,
                                    const char   *location_country)
{
  g_return_if_fail (TICKETS_IS_EVENT (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_LOCATION_COUNTRY]);

  if (tickets_set_str (&self->location_country, location_country))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOCATION_COUNTRY]);
}

gboolean
tickets_event_get_has_coordinates (TicketsEvent *self)
{
  g_return_val_if_fail (TICKETS_IS_EVENT (self), FALSE);

  return self->has_coordinates;
}

void
tickets_event_set_has_coordinates (TicketsEvent *self,
                                   gboolean      has_coordinates)
{
  g_return_if_fail (TICKETS_IS_EVENT (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_HAS_COORDINATES]);

  has_coordinates = !!has_coordinates;
  if (self->has_coordinates == has_coordinates)
    return;

  self->has_coordinates = has_coordinates;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_COORDINATES]);
}

double
tickets_event_get_latitude (TicketsEvent *self)
{
  g_return_val_if_fail (TICKETS_IS_EVENT (self), 0.0);

  return self->latitude;
}

void
tickets_event_set_latitude (TicketsEvent *self,
                            double        latitude)
{
  g_return_if_fail (TICKETS_IS_EVENT (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_LATITUDE]);

  if (self->latitude == latitude)
    return;

  self->latitude = latitude;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LATITUDE]);
}

double
tickets_event_get_longitude (TicketsEvent *self)
{
  g_return_val_if_fail (TICKETS_IS_EVENT (self), 0.0);

  return self->longitude;
}

void
tickets_event_set_longitude (TicketsEvent *self,
                             double        longitude)
{
  g_return_if_fail (TICKETS_IS_EVENT (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_LONGITUDE]);

  if (self->longitude == longitude)
    return;

  self->longitude = longitude;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LONGITUDE]);
}

int
tickets_event_get_min_quantity_per_order (TicketsEvent *self)
{
  g_return_val_if_fail (TICKETS_IS_EVENT (self), 0);

  return self->min_quantity_per_order;
}

void
tickets_event_set_min_quantity_per_order (TicketsEvent *self,
                                          int           min_quantity_per_order)
{
  g_return_if_fail (TICKETS_IS_EVENT (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), properties[PROP_MIN_QUANTITY_PER_ORDER]);

  if (self->min_quantity_per_order == min_quantity_per_order)
    return;

  self->min_quantity_per_order = min_quantity_per_order;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MIN_QUANTITY_PER_ORDER]);
}
