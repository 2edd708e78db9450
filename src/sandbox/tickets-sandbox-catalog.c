/* tickets-sandbox-catalog.c: handlers of events and their products
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-sandbox-private.h"

static const FilterSpec event_filters[] = {
  { "merchant_name", "merchant_name", FIELD_STRING, OP_EXACT | OP_STARTSWITH },
  { "title", "title", FIELD_I18N, OP_EXACT | OP_STARTSWITH },
  { "subtitle", "subtitle", FIELD_I18N, OP_EXACT | OP_STARTSWITH },
  { "sale_start", "sale_start", FIELD_DATETIME, OP_EXACT | OP_RANGE },
  { "sale_end", "sale_end", FIELD_DATETIME, OP_EXACT | OP_RANGE },
  { "event_start", "event_start", FIELD_DATETIME, OP_EXACT | OP_RANGE },
  { "event_end", "event_end", FIELD_DATETIME, OP_EXACT | OP_RANGE },
  { "location_name", "location.name", FIELD_STRING, OP_EXACT | OP_STARTSWITH },
  { "location_postal_code", "location.postal_code", FIELD_STRING, OP_EXACT | OP_STARTSWITH },
  { "location_city", "location.city", FIELD_STRING, OP_EXACT | OP_STARTSWITH },
  { "location_country", "location.country", FIELD_STRING, OP_EXACT },
  { "genre", "genre", FIELD_STRING, OP_EXACT | OP_STARTSWITH },
  { "artist", "artist", FIELD_STRING, OP_EXACT | OP_STARTSWITH },
  { NULL }
};

static const FilterSpec product_filters[] = {
  { "event", "event", FIELD_STRING, OP_EXACT },
  { NULL }
};

static gboolean
can_read_catalog (Request *req)
{
  return sandbox_role_has (&req->auth, TICKETS_ACCESS_EVENT) || req->auth.kind == AUTH_BEARER;
}

void
sandbox_handle_events (Request    *req,
                       const char *uid)
{
  g_autoptr(GPtrArray) items = NULL;

  if (!sandbox_require (req, can_read_catalog (req), "read events"))
    return;

  if (uid != NULL)
    {
      JsonObject *event = sandbox_data_lookup (req->self->data, SANDBOX_EVENTS, uid);

      if (event == NULL)
        sandbox_respond_not_found (req, "The event");
      else
        sandbox_respond_json (req, SOUP_STATUS_OK, sandbox_repr_event (&req->repr, event));
      return;
    }

  items = sandbox_all_items (req->self, SANDBOX_EVENTS);
  if (sandbox_filter_items (req, SANDBOX_EVENTS, items, event_filters))
    sandbox_respond_page (req, "/events", "events", "shop:event",
                          "/events{?merchant_name,title,subtitle,sale_start,sale_end,event_start,event_end,location_name,location_postal_code,location_city,location_country,genre,artist}",
                          items, sandbox_repr_event);
}

void
sandbox_handle_products (Request    *req,
                         const char *uid)
{
  g_autoptr(GPtrArray) items = NULL;
  const char *event = req->query != NULL ? g_hash_table_lookup (req->query, "event") : NULL;

  if (!sandbox_require (req, can_read_catalog (req), "read products"))
    return;

  if (uid != NULL)
    {
      JsonObject *product = sandbox_data_lookup (req->self->data, SANDBOX_PRODUCTS, uid);

      if (product == NULL)
        sandbox_respond_not_found (req, "The product");
      else
        sandbox_respond_json (req, SOUP_STATUS_OK, sandbox_repr_product (&req->repr, product));
      return;
    }

  /* ?event= takes the event's URI, as the event's shop:products link gives it. */
  if (event != NULL)
    {
      const char *event_uid = sandbox_uid_from_uri (&req->repr, "events", event);

      /* A bare uid is taken too, but it must name an event. */
      if (event_uid == NULL || sandbox_data_lookup (req->self->data, SANDBOX_EVENTS, event_uid) == NULL)
        {
          sandbox_respond_error (req, SOUP_STATUS_BAD_REQUEST, "BAD_REQUEST", NULL, "“%s” is not an event reference.", event);
          return;
        }
      g_hash_table_replace (req->query, g_strdup ("event"), g_strdup (event_uid));
    }

  items = sandbox_all_items (req->self, SANDBOX_PRODUCTS);
  if (sandbox_filter_items (req, SANDBOX_PRODUCTS, items, product_filters))
    sandbox_respond_page (req, "/products", "products", "shop:product", "/products{?event}", items, sandbox_repr_product);
}
