/* tickets-parse-event.c: events and products, alone or embedded
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-countries.h"
#include "tickets-hal.h"
#include "tickets-parse-private.h"

static gboolean
read_coordinate (JsonObject *object,
                 const char *field,
                 gboolean   *present,
                 double     *out,
                 GError    **error)
{
  JsonNode *node = json_object_get_member (object, field);

  *present = FALSE;
  *out = 0.0;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!holds_type (node, G_TYPE_DOUBLE) && !holds_type (node, G_TYPE_INT64))
    return tickets_parse_fail_type (error, field);

  *present = TRUE;
  *out = json_node_get_double (node);
  return TRUE;
}

/* Events */

static const Field event_fields[] = {
  STRING ("reference", tickets_event_set_reference),
  STRING ("merchant_name", tickets_event_set_merchant_name),
  I18N ("title", tickets_event_set_title),
  I18N ("subtitle", tickets_event_set_subtitle),
  DATE_TIME ("sale_start", tickets_event_set_sale_start),
  DATE_TIME ("sale_end", tickets_event_set_sale_end),
  DATE_TIME ("event_start", tickets_event_set_event_start),
  DATE_TIME ("event_end", tickets_event_set_event_end),
  DATE_TIME ("personalization_start", tickets_event_set_personalization_start),
  DATE_TIME ("personalization_end", tickets_event_set_personalization_end),
  DATE_TIME ("fulfillment_starts_at", tickets_event_set_fulfillment_starts_at),
  INT ("min_quantity_per_order", tickets_event_set_min_quantity_per_order),
};

static const Field location_fields[] = {
  STRING ("name", tickets_event_set_location_name),
  STRING ("postal_code", tickets_event_set_location_postal_code),
  STRING ("city", tickets_event_set_location_city),
};

TicketsEvent *
tickets_parse_event_object (JsonObject    *object,
                            ParseContext  *context,
                            GError       **error)
{
  g_autoptr(TicketsEvent) event = NULL;
  g_autofree char *uid = NULL;
  JsonObject *location;

  if ((uid = tickets_parse_dup_uid (object, error)) == NULL)
    return NULL;

  event = tickets_event_new (uid);
  tickets_parse_set_self (event, object);
  if (!tickets_parse_read_fields (event, object, event_fields, G_N_ELEMENTS (event_fields), context, error))
    return NULL;

  if (!tickets_parse_read_object (json_object_get_member (object, "location"), "location", &location, error))
    return NULL;
  if (location != NULL)
    {
      JsonNode *node;
      gboolean has_latitude = FALSE, has_longitude = FALSE;
      double latitude = 0.0, longitude = 0.0;

      if (!tickets_parse_read_fields (event, location, location_fields, G_N_ELEMENTS (location_fields), NULL, error))
        return NULL;

      if ((node = json_object_get_member (location, "country")) != NULL)
        {
          const char *country;
          const char *code;

          if (!tickets_parse_read_string (node, "country", &country, error))
            return NULL;
          code = tickets_countries_lookup_code (country);
          tickets_event_set_location_country (event, code != NULL ? code : country);
        }

      if (!read_coordinate (location, "latitude", &has_latitude, &latitude, error) ||
          !read_coordinate (location, "longitude", &has_longitude, &longitude, error))
        return NULL;
      tickets_event_set_has_coordinates (event, has_latitude && has_longitude);
      tickets_event_set_latitude (event, latitude);
      tickets_event_set_longitude (event, longitude);
    }

  return g_steal_pointer (&event);
}

/* Products */

static const Field product_fields[] = {
  STRING ("reference", tickets_product_set_reference),
  I18N ("name", tickets_product_set_name),
  I18N ("subtitle", tickets_product_set_subtitle),
  I18N ("additional_information", tickets_product_set_additional_information),
  AMOUNT ("price", tickets_product_set_price),
  INT ("availability", tickets_product_set_availability),
  INT ("total_availability", tickets_product_set_total_availability),
  INT ("min_per_order", tickets_product_set_min_per_order),
  INT ("max_per_order", tickets_product_set_max_per_order),
  DATE_TIME ("sale_start", tickets_product_set_sale_start),
  DATE_TIME ("sale_end", tickets_product_set_sale_end),
  BOOLEAN ("requires_membership", tickets_product_set_requires_membership),
};

TicketsProduct *
tickets_parse_product_object (JsonObject    *object,
                              ParseContext  *context,
                              GError       **error)
{
  g_autoptr(TicketsProduct) product = NULL;
  g_autofree char *uid = NULL;
  const char *event_uri;

  if ((uid = tickets_parse_dup_uid (object, error)) == NULL)
    return NULL;

  product = tickets_product_new (uid);
  tickets_parse_set_self (product, object);
  if (!tickets_parse_read_fields (product, object, product_fields, G_N_ELEMENTS (product_fields), context, error))
    return NULL;
  if ((event_uri = tickets_hal_get_href (object, "shop:event")) != NULL)
    tickets_product_set_event_uri (product, event_uri);

  return g_steal_pointer (&product);
}

static TicketsEvent *
parse_event_resource (JsonObject  *object,
                      GError     **error)
{
  return tickets_parse_event_object (object, NULL, error);
}

static TicketsProduct *
parse_product_resource (JsonObject  *object,
                        GError     **error)
{
  return tickets_parse_product_object (object, NULL, error);
}

TicketsEvent *
tickets_parse_event (GBytes  *bytes,
                     GError **error)
{
  return tickets_parse_one (bytes, (ParseObjectFunc) parse_event_resource, error);
}

TicketsParsedPage *
tickets_parse_event_page (GBytes  *bytes,
                          GError **error)
{
  return tickets_parse_page (bytes, "shop:event", (ParseObjectFunc) parse_event_resource, error);
}

TicketsProduct *
tickets_parse_product (GBytes  *bytes,
                       GError **error)
{
  return tickets_parse_one (bytes, (ParseObjectFunc) parse_product_resource, error);
}

