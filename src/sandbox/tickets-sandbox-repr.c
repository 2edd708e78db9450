/* tickets-sandbox-repr.c
 *
 * Every field the documentation shows is present: "" for an unknown string,
 * null for an unknown object or number, every language of a translated text.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tickets-sandbox-repr.h"

static const char *languages[] = { "en", "nl", "de", "fr", "es", "pt", "tr", "pl", "ru" };

char *
sandbox_uri (const SandboxRepr *repr,
             const char        *collection,
             const char        *uid)
{
  if (uid == NULL)
    return g_strdup_printf ("%s/%s", repr->base, collection);

  return g_strdup_printf ("%s/%s/%s", repr->base, collection, uid);
}

/* References in request bodies are absolute URIs of this server; a bare uid
 * is taken too, as the real server's URL router would not see the host. */
const char *
sandbox_uid_from_uri (const SandboxRepr *repr,
                      const char        *collection,
                      const char        *uri)
{
  g_autofree char *prefix = NULL;
  const char *rest = uri;
  const char *slash;

  if (uri == NULL)
    return NULL;

  if (strstr (uri, "://") != NULL)
    {
      g_autoptr(GUri) parsed = g_uri_parse (uri, G_URI_FLAGS_NONE, NULL);

      if (parsed == NULL)
        return NULL;
      rest = strstr (uri, g_uri_get_path (parsed));
      if (rest == NULL)
        return NULL;
    }

  while (*rest == '/')
    rest++;

  prefix = g_strconcat (collection, "/", NULL);
  if (g_str_has_prefix (rest, prefix))
    rest += strlen (prefix);
  else if (strchr (rest, '/') != NULL)
    return NULL;

  slash = strchr (rest, '/');
  if (slash != NULL && slash[1] != '\0')
    return NULL;

  return *rest != '\0' ? rest : NULL;
}

void
sandbox_set_link (JsonObject *links,
                  const char *rel,
                  const char *href)
{
  JsonObject *link = json_object_new ();

  json_object_set_string_member (link, "href", href);
  json_object_set_object_member (links, rel, link);
}

/* A link to a page for people rather than to a resource. */
static void
set_html_link (JsonObject *links,
               const char *rel,
               const char *href)
{
  JsonObject *link = json_object_new ();

  json_object_set_string_member (link, "href", href);
  json_object_set_string_member (link, "type", "text/html");
  json_object_set_object_member (links, rel, link);
}

static void
set_doc_link (JsonObject *links,
              const char *rel,
              const char *page)
{
  g_autofree char *href = g_strconcat (SANDBOX_DOCS, page, ".html", NULL);

  set_html_link (links, rel, href);
}

void
sandbox_set_templated_link (JsonObject *links,
                            const char *rel,
                            const char *href)
{
  JsonObject *link = json_object_new ();

  json_object_set_string_member (link, "href", href);
  json_object_set_boolean_member (link, "templated", TRUE);
  json_object_set_object_member (links, rel, link);
}

static JsonArray *
new_curies (void)
{
  JsonArray *curies = json_array_new ();
  JsonObject *shop = json_object_new ();

  json_object_set_string_member (shop, "name", "shop");
  json_object_set_string_member (shop, "href", SANDBOX_DOCS "{rel}.html");
  json_object_set_boolean_member (shop, "templated", TRUE);
  json_object_set_string_member (shop, "type", "text/html");
  json_array_add_object_element (curies, shop);

  return curies;
}

JsonObject *
sandbox_new_links (const char *self_href,
                   const char *profile)
{
  JsonObject *links = json_object_new ();

  sandbox_set_link (links, "self", self_href);
  if (profile != NULL)
    set_doc_link (links, "profile", profile);
  json_object_set_array_member (links, "curies", new_curies ());

  return links;
}

static JsonNode *
copy_member (JsonObject *object,
             const char *member)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  return node != NULL ? json_node_copy (node) : json_node_new (JSON_NODE_NULL);
}

/* A string field: "" when unknown. */
static void
set_string (JsonObject *out,
            JsonObject *in,
            const char *member)
{
  json_object_set_string_member (out, member, sandbox_get_string (in, member));
}

/* An object, number or datetime field: null when unknown. */
static void
set_nullable (JsonObject *out,
              JsonObject *in,
              const char *member)
{
  json_object_set_member (out, member, copy_member (in, member));
}

static void
set_i18n (JsonObject *out,
          JsonObject *in,
          const char *member)
{
  JsonObject *source = sandbox_get_object (in, member);
  JsonObject *text = json_object_new ();

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    json_object_set_string_member (text, languages[i], sandbox_get_string (source, languages[i]));

  json_object_set_object_member (out, member, text);
}

static void
set_amount (JsonObject *out,
            JsonObject *in,
            const char *member)
{
  JsonObject *source = sandbox_get_object (in, member);
  JsonObject *amount;

  if (source == NULL)
    {
      json_object_set_null_member (out, member);
      return;
    }

  amount = json_object_new ();
  json_object_set_member (amount, "amount", copy_member (source, "amount"));
  set_string (amount, source, "currency");
  json_object_set_object_member (out, member, amount);
}

JsonObject *
sandbox_repr_root (const SandboxRepr *repr)
{
  g_autofree char *self = g_strconcat (repr->base, "/", NULL);
  g_autofree char *bill = g_strconcat (repr->base, "/bill{?products,payment_method,shipping_method,country,external_purchase_amount}", NULL);
  g_autofree char *orders = sandbox_uri (repr, "orders", NULL);
  g_autofree char *approval = g_strconcat (repr->base, "/ticket-transfer-approvals/{uid}", NULL);
  g_autofree char *tickets = g_strconcat (repr->base, "/tickets{?event,code}", NULL);
  g_autofree char *events = g_strconcat (repr->base, "/events{?merchant_name,title,subtitle,sale_start,sale_end,event_start,event_end,location_name,location_postal_code,location_city,location_country,genre,artist}", NULL);
  g_autofree char *ticket = g_strconcat (repr->base, "/tickets/{uid}", NULL);
  g_autofree char *status = sandbox_uri (repr, "status", NULL);
  g_autofree char *consumers = sandbox_uri (repr, "consumers", NULL);
  g_autofree char *personalization = sandbox_uri (repr, "personalization", NULL);
  g_autofree char *requests = sandbox_uri (repr, "personalization-requests", NULL);
  g_autofree char *products = g_strconcat (repr->base, "/products{?event}", NULL);
  JsonObject *object = json_object_new ();
  JsonObject *links = sandbox_new_links (self, "root");

  set_html_link (links, "help", "https://shopping-api-docs.paylogic.com");
  sandbox_set_templated_link (links, "shop:bill", bill);
  sandbox_set_link (links, "shop:order", orders);
  sandbox_set_templated_link (links, "shop:ticket_transfer_approval", approval);
  sandbox_set_templated_link (links, "shop:tickets", tickets);
  sandbox_set_templated_link (links, "shop:event", events);
  sandbox_set_templated_link (links, "shop:ticket", ticket);
  sandbox_set_link (links, "shop:status", status);
  sandbox_set_link (links, "shop:consumers", consumers);
  sandbox_set_link (links, "shop:personalization", personalization);
  sandbox_set_link (links, "shop:personalization_requests", requests);
  sandbox_set_templated_link (links, "shop:products", products);
  json_object_set_object_member (object, "_links", links);

  return object;
}

static JsonObject *
repr_location (JsonObject *in)
{
  JsonObject *location = json_object_new ();

  set_string (location, in, "name");
  set_string (location, in, "postal_code");
  set_string (location, in, "city");
  set_string (location, in, "country");
  set_nullable (location, in, "latitude");
  set_nullable (location, in, "longitude");

  return location;
}

JsonObject *
sandbox_repr_event (const SandboxRepr *repr,
                    JsonObject        *event)
{
  const char *uid = sandbox_get_string (event, "uid");
  g_autofree char *self = sandbox_uri (repr, "events", uid);
  g_autofree char *products = g_strdup_printf ("%s/products?event=%s", repr->base, self);
  g_autofree char *shop = g_strdup_printf ("%s/shop/%s", repr->base, uid);
  JsonObject *object = json_object_new ();
  JsonObject *links = sandbox_new_links (self, "event");

  sandbox_set_link (links, "shop:products", products);
  set_html_link (links, "shop:ticketshop", shop);
  json_object_set_object_member (object, "_links", links);

  set_string (object, event, "uid");
  set_string (object, event, "reference");
  set_string (object, event, "merchant_name");
  set_i18n (object, event, "title");
  set_i18n (object, event, "subtitle");
  set_nullable (object, event, "sale_start");
  set_nullable (object, event, "sale_end");
  set_nullable (object, event, "event_start");
  set_nullable (object, event, "event_end");
  set_nullable (object, event, "personalization_start");
  set_nullable (object, event, "personalization_end");
  set_nullable (object, event, "fulfillment_starts_at");
  json_object_set_object_member (object, "location", repr_location (sandbox_get_object (event, "location")));
  set_nullable (object, event, "min_quantity_per_order");

  return object;
}

JsonObject *
sandbox_repr_product (const SandboxRepr *repr,
                      JsonObject        *product)
{
  g_autofree char *self = sandbox_uri (repr, "products", sandbox_get_string (product, "uid"));
  g_autofree char *event = sandbox_uri (repr, "events", sandbox_get_string (product, "event"));
  JsonObject *object = json_object_new ();
  JsonObject *links = sandbox_new_links (self, "product");

  sandbox_set_link (links, "shop:event", event);
  json_object_set_object_member (object, "_links", links);

  set_string (object, product, "uid");
  set_string (object, product, "reference");
  set_i18n (object, product, "name");
  set_i18n (object, product, "subtitle");
  set_i18n (object, product, "additional_information");
  set_i18n (object, product, "sold_out_text");
  set_amount (object, product, "price");
  if (repr->show_availability)
    set_nullable (object, product, "availability");
  else
    json_object_set_null_member (object, "availability");
  set_nullable (object, product, "total_availability");
  set_nullable (object, product, "combo");
  set_nullable (object, product, "min_per_order");
  set_nullable (object, product, "max_per_order");
  set_nullable (object, product, "parents");
  set_nullable (object, product, "sale_start");
  set_nullable (object, product, "sale_end");
  json_object_set_boolean_member (object, "separately_saleable", sandbox_get_boolean (product, "separately_saleable"));
  json_object_set_member (object, "types", json_object_has_member (product, "types") ?
                                             copy_member (product, "types") :
                                             json_node_init_array (json_node_alloc (), json_array_new ()));
  set_nullable (object, product, "viewing_order");
  json_object_set_boolean_member (object, "requires_membership", sandbox_get_boolean (product, "requires_membership"));
  json_object_set_boolean_member (object, "provides_membership", sandbox_get_boolean (product, "provides_membership"));

  return object;
}

static const char *consumer_string_fields[] = {
  "first_name", "last_name", "date_of_birth", "email", "phone_number", "company_name",
  "vat_number", "address", "postal_code", "city", "country", "state",
};

JsonObject *
sandbox_repr_consumer (const SandboxRepr *repr,
                       JsonObject        *consumer,
                       gboolean           with_links)
{
  JsonObject *object = json_object_new ();
  JsonNode *gender;

  if (with_links)
    {
      g_autofree char *self = sandbox_uri (repr, "consumers", sandbox_get_string (consumer, "uid"));

      json_object_set_object_member (object, "_links", sandbox_new_links (self, "consumer"));
      set_string (object, consumer, "uid");
    }

  for (guint i = 0; i < G_N_ELEMENTS (consumer_string_fields); i++)
    set_string (object, consumer, consumer_string_fields[i]);

  gender = json_object_get_member (consumer, "gender");
  if (gender != NULL && JSON_NODE_HOLDS_VALUE (gender))
    json_object_set_member (object, "gender", json_node_copy (gender));
  else
    json_object_set_int_member (object, "gender", 0);

  set_nullable (object, consumer, "realm");
  set_nullable (object, consumer, "language");
  set_nullable (object, consumer, "external_reference");
  if (with_links)
    set_string (object, consumer, "reference");

  return object;
}

gboolean
sandbox_ticket_is_personalized (JsonObject *ticket)
{
  return *sandbox_get_string (ticket, "consumer") != '\0';
}

gboolean
sandbox_ticket_needs_personalization (const SandboxRepr *repr,
                                      JsonObject        *ticket)
{
  JsonObject *event = sandbox_data_lookup (repr->data, SANDBOX_EVENTS, sandbox_get_string (ticket, "event"));

  return *sandbox_get_string (event, "personalization_start") != '\0' &&
         g_str_equal (sandbox_get_string (ticket, "status"), "valid") &&
         !sandbox_ticket_is_personalized (ticket);
}

static JsonArray *
ticket_request_links (const SandboxRepr *repr,
                      JsonObject        *ticket)
{
  JsonArray *requests = sandbox_data_list (repr->data, SANDBOX_REQUESTS);
  const char *uid = sandbox_get_string (ticket, "uid");
  JsonArray *links = json_array_new ();

  for (guint i = 0; i < json_array_get_length (requests); i++)
    {
      JsonObject *request = json_array_get_object_element (requests, i);
      JsonArray *tickets = sandbox_get_array (request, "tickets");

      for (guint j = 0; tickets != NULL && j < json_array_get_length (tickets); j++)
        if (g_strcmp0 (json_array_get_string_element (tickets, j), uid) == 0)
          {
            g_autofree char *href = sandbox_uri (repr, "personalization-requests",
                                                 sandbox_get_string (request, "uid"));
            JsonObject *link = json_object_new ();

            json_object_set_string_member (link, "href", href);
            json_array_add_object_element (links, link);
          }
    }

  return links;
}

static JsonObject *
repr_seating (JsonObject *in)
{
  JsonObject *seating = json_object_new ();

  set_string (seating, in, "seat");
  set_i18n (seating, in, "seat_label");
  set_string (seating, in, "row");
  set_i18n (seating, in, "row_label");
  set_string (seating, in, "section");
  set_i18n (seating, in, "section_label");
  set_i18n (seating, in, "venue");

  return seating;
}

JsonObject *
sandbox_repr_ticket (const SandboxRepr *repr,
                     JsonObject        *ticket,
                     gboolean           embed_product)
{
  JsonObject *event = sandbox_data_lookup (repr->data, SANDBOX_EVENTS, sandbox_get_string (ticket, "event"));
  JsonObject *consumer = sandbox_data_lookup (repr->data, SANDBOX_CONSUMERS, sandbox_get_string (ticket, "consumer"));
  g_autofree char *self = sandbox_uri (repr, "tickets", sandbox_get_string (ticket, "uid"));
  g_autofree char *event_href = sandbox_uri (repr, "events", sandbox_get_string (ticket, "event"));
  g_autofree char *product_href = sandbox_uri (repr, "products", sandbox_get_string (ticket, "product"));
  g_autofree char *order_href = sandbox_uri (repr, "orders", sandbox_get_string (ticket, "order"));
  g_autofree char *approvals_href = sandbox_uri (repr, "ticket-transfer-approvals", NULL);
  gboolean needs_personalization = sandbox_ticket_needs_personalization (repr, ticket);
  JsonObject *object = json_object_new ();
  JsonObject *links = sandbox_new_links (self, "tickets");
  JsonObject *embedded;

  sandbox_set_link (links, "shop:event", event_href);
  if (*sandbox_get_string (ticket, "parent") != '\0')
    {
      g_autofree char *parent = sandbox_uri (repr, "tickets", sandbox_get_string (ticket, "parent"));

      sandbox_set_link (links, "shop:parent", parent);
    }
  sandbox_set_link (links, "shop:product", product_href);
  sandbox_set_link (links, "shop:order", order_href);
  /* The e-ticket is only handed out once the ticket carries a name. */
  if (*sandbox_get_string (ticket, "eticket") != '\0' && !needs_personalization &&
      g_str_equal (sandbox_get_string (ticket, "status"), "valid"))
    {
      g_autofree char *eticket = g_strdup_printf ("%s/download/eticket/%s", repr->base,
                                                  sandbox_get_string (ticket, "eticket"));

      sandbox_set_link (links, "shop:eticket", eticket);
    }
  json_object_set_array_member (links, "shop:personalization_request", ticket_request_links (repr, ticket));
  json_object_set_array_member (links, "shop:refund_requests", json_array_new ());
  sandbox_set_link (links, "shop:ticket_transfer_approvals", approvals_href);
  json_object_set_object_member (object, "_links", links);

  set_string (object, ticket, "uid");
  set_string (object, ticket, "code");
  set_string (object, ticket, "status");
  json_object_set_boolean_member (object, "is_scanned", sandbox_get_boolean (ticket, "is_scanned"));
  json_object_set_boolean_member (object, "personalized", sandbox_ticket_is_personalized (ticket));
  json_object_set_object_member (object, "seating", repr_seating (sandbox_get_object (ticket, "seating")));
  json_object_set_boolean_member (object, "has_valid_subscription",
                                  sandbox_get_boolean (ticket, "has_valid_subscription"));
  json_object_set_boolean_member (object, "needs_personalization", needs_personalization);
  set_nullable (object, event, "personalization_start");
  set_nullable (object, event, "personalization_end");
  set_nullable (object, ticket, "personalization_form");
  set_i18n (object, ticket, "subproduct");
  if (consumer != NULL)
    json_object_set_object_member (object, "consumer", sandbox_repr_consumer (repr, consumer, FALSE));
  else
    json_object_set_null_member (object, "consumer");
  set_amount (object, ticket, "price");
  set_amount (object, ticket, "service_fee_paid");
  set_nullable (object, ticket, "fulfillment_starts_at");
  set_nullable (object, ticket, "scannable_until");

  embedded = json_object_new ();
  if (embed_product)
    {
      JsonObject *product = sandbox_data_lookup (repr->data, SANDBOX_PRODUCTS,
                                                 sandbox_get_string (ticket, "product"));

      json_object_set_object_member (embedded, "shop:product", sandbox_repr_product (repr, product));
    }
  json_object_set_array_member (embedded, "shop:transfer_sale", json_array_new ());
  json_object_set_object_member (object, "_embedded", embedded);

  return object;
}

JsonObject *
sandbox_repr_ticket_short (const SandboxRepr *repr,
                           JsonObject        *ticket)
{
  g_autofree char *self = sandbox_uri (repr, "tickets", sandbox_get_string (ticket, "uid"));
  g_autofree char *event_href = sandbox_uri (repr, "events", sandbox_get_string (ticket, "event"));
  g_autofree char *product_href = sandbox_uri (repr, "products", sandbox_get_string (ticket, "product"));
  g_autofree char *order_href = sandbox_uri (repr, "orders", sandbox_get_string (ticket, "order"));
  JsonObject *object = json_object_new ();
  JsonObject *links = sandbox_new_links (self, "tickets");

  sandbox_set_link (links, "shop:event", event_href);
  sandbox_set_link (links, "shop:product", product_href);
  sandbox_set_link (links, "shop:order", order_href);
  json_object_set_object_member (object, "_links", links);
  set_string (object, ticket, "uid");
  set_string (object, ticket, "status");
  json_object_set_boolean_member (object, "has_valid_subscription",
                                  sandbox_get_boolean (ticket, "has_valid_subscription"));

  return object;
}

GPtrArray *
sandbox_order_tickets (const SandboxRepr *repr,
                       JsonObject        *order)
{
  JsonArray *tickets = sandbox_data_list (repr->data, SANDBOX_TICKETS);
  const char *uid = sandbox_get_string (order, "uid");
  GPtrArray *result = g_ptr_array_new ();

  for (guint i = 0; i < json_array_get_length (tickets); i++)
    {
      JsonObject *ticket = json_array_get_object_element (tickets, i);

      if (g_str_equal (sandbox_get_string (ticket, "order"), uid))
        g_ptr_array_add (result, ticket);
    }

  return result;
}

static JsonObject *
repr_method (JsonObject *in)
{
  JsonObject *method = json_object_new ();

  /* An order without a shipping method shows an empty object. */
  if (in == NULL || !json_object_has_member (in, "uid"))
    return method;

  set_string (method, in, "uid");
  set_i18n (method, in, "name");
  set_string (method, in, "image");
  set_amount (method, in, "costs");

  return method;
}

/* Each product's or event's short form once, in the order first seen. */
static void
add_unique (GPtrArray  *seen,
            JsonArray  *out,
            JsonObject *object,
            JsonObject *(*build) (const SandboxRepr *, JsonObject *),
            const SandboxRepr *repr)
{
  if (object == NULL || g_ptr_array_find (seen, object, NULL))
    return;

  g_ptr_array_add (seen, object);
  json_array_add_object_element (out, build (repr, object));
}

static JsonObject *
full_ticket_without_product (const SandboxRepr *repr,
                             JsonObject        *ticket)
{
  return sandbox_repr_ticket (repr, ticket, FALSE);
}

JsonObject *
sandbox_repr_order (const SandboxRepr *repr,
                    JsonObject        *order)
{
  const char *uid = sandbox_get_string (order, "uid");
  g_autofree char *self = sandbox_uri (repr, "orders", uid);
  g_autofree char *payment = g_strdup_printf ("%s/payments/%s", repr->base, uid);
  g_autofree char *cancellation = sandbox_uri (repr, "ordercancellation", NULL);
  g_autoptr(GPtrArray) tickets = sandbox_order_tickets (repr, order);
  g_autoptr(GPtrArray) seen = g_ptr_array_new ();
  g_autoptr(GHashTable) quantities = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) product_uids = g_ptr_array_new ();
  JsonObject *consumer = sandbox_data_lookup (repr->data, SANDBOX_CONSUMERS, sandbox_get_string (order, "consumer"));
  JsonObject *object = json_object_new ();
  JsonObject *links = sandbox_new_links (self, "order");
  JsonObject *embedded = json_object_new ();
  JsonArray *selection = json_array_new ();
  JsonArray *embedded_tickets = json_array_new ();
  JsonArray *events = json_array_new ();
  JsonArray *products = json_array_new ();
  gboolean all_named = TRUE;

  for (guint i = 0; i < tickets->len; i++)
    {
      JsonObject *ticket = g_ptr_array_index (tickets, i);
      const char *product = sandbox_get_string (ticket, "product");
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (quantities, product));

      if (count == 0)
        g_ptr_array_add (product_uids, (gpointer) product);
      g_hash_table_insert (quantities, (gpointer) product, GUINT_TO_POINTER (count + 1));
      all_named = all_named && !sandbox_ticket_needs_personalization (repr, ticket);

      json_array_add_object_element (embedded_tickets, full_ticket_without_product (repr, ticket));
      add_unique (seen, events, sandbox_data_lookup (repr->data, SANDBOX_EVENTS, sandbox_get_string (ticket, "event")),
                  sandbox_repr_event, repr);
      add_unique (seen, products, sandbox_data_lookup (repr->data, SANDBOX_PRODUCTS, product),
                  sandbox_repr_product, repr);
    }

  for (guint i = 0; i < product_uids->len; i++)
    {
      const char *product = g_ptr_array_index (product_uids, i);
      g_autofree char *href = sandbox_uri (repr, "products", product);
      JsonObject *item = json_object_new ();

      json_object_set_string_member (item, "product", href);
      json_object_set_int_member (item, "quantity", GPOINTER_TO_UINT (g_hash_table_lookup (quantities, product)));
      json_array_add_object_element (selection, item);
    }

  set_html_link (links, "payment", payment);
  /* Paylogic hands out the e-tickets once every ticket that needs a name has one. */
  if (all_named && g_str_equal (sandbox_get_string (order, "status"), "paid"))
    {
      g_autofree char *etickets = g_strdup_printf ("%s/download/etickets/%s", repr->base, uid);

      set_html_link (links, "shop:etickets", etickets);
    }
  set_html_link (links, "shop:ordercancellation", cancellation);
  json_object_set_object_member (object, "_links", links);

  set_string (object, order, "uid");
  set_string (object, order, "reference");
  set_string (object, order, "external_reference");
  set_string (object, order, "redirect_url");
  set_nullable (object, order, "created_date");
  set_string (object, order, "status");
  json_object_set_array_member (object, "product_selection", selection);
  if (consumer != NULL)
    json_object_set_object_member (object, "consumer", sandbox_repr_consumer (repr, consumer, FALSE));
  else
    json_object_set_null_member (object, "consumer");
  json_object_set_object_member (object, "payment_method", repr_method (sandbox_get_object (order, "payment_method")));
  json_object_set_object_member (object, "shipping_method", repr_method (sandbox_get_object (order, "shipping_method")));
  set_amount (object, order, "product_total");
  set_amount (object, order, "service_costs");
  set_amount (object, order, "grand_total");
  json_object_set_member (object, "external_purchases",
                          json_object_has_member (order, "external_purchases") ?
                          copy_member (order, "external_purchases") :
                          json_node_init_array (json_node_alloc (), json_array_new ()));

  json_object_set_array_member (embedded, "shop:ticket", embedded_tickets);
  json_object_set_array_member (embedded, "shop:event", events);
  json_object_set_array_member (embedded, "shop:product", products);
  json_object_set_object_member (object, "_embedded", embedded);

  return object;
}

static JsonObject *
product_summary (const SandboxRepr *repr,
                 JsonObject        *product)
{
  g_autofree char *self = sandbox_uri (repr, "products", sandbox_get_string (product, "uid"));
  JsonObject *object = json_object_new ();
  JsonObject *links = json_object_new ();
  JsonObject *analytics = json_object_new ();

  sandbox_set_link (links, "self", self);
  json_object_set_object_member (object, "_links", links);
  set_i18n (object, product, "name");
  set_amount (object, product, "price");
  json_object_set_member (analytics, "reference", copy_member (product, "reference"));
  json_object_set_object_member (object, "analytics_data", analytics);

  return object;
}

JsonObject *
sandbox_repr_personalization (const SandboxRepr *repr,
                              JsonObject        *personalization)
{
  g_autofree char *self = sandbox_uri (repr, "personalization", sandbox_get_string (personalization, "uid"));
  JsonObject *consumer = sandbox_data_lookup (repr->data, SANDBOX_CONSUMERS,
                                              sandbox_get_string (personalization, "consumer"));
  JsonArray *uids = sandbox_get_array (personalization, "tickets");
  g_autoptr(GPtrArray) seen = g_ptr_array_new ();
  JsonObject *object = json_object_new ();
  JsonObject *links = sandbox_new_links (self, NULL);
  JsonObject *embedded = json_object_new ();
  JsonArray *tickets = json_array_new ();
  JsonArray *products = json_array_new ();

  if (*sandbox_get_string (personalization, "order") != '\0')
    {
      g_autofree char *order = sandbox_uri (repr, "orders", sandbox_get_string (personalization, "order"));

      sandbox_set_link (links, "shop:order", order);
    }
  json_object_set_object_member (object, "_links", links);

  for (guint i = 0; uids != NULL && i < json_array_get_length (uids); i++)
    {
      JsonObject *ticket = sandbox_data_lookup (repr->data, SANDBOX_TICKETS,
                                                json_array_get_string_element (uids, i));

      if (ticket == NULL)
        continue;
      json_array_add_object_element (tickets, sandbox_repr_ticket (repr, ticket, FALSE));
      add_unique (seen, products,
                  sandbox_data_lookup (repr->data, SANDBOX_PRODUCTS, sandbox_get_string (ticket, "product")),
                  product_summary, repr);
    }

  json_object_set_array_member (embedded, "shop:ticket", tickets);
  json_object_set_array_member (embedded, "shop:product", products);
  json_object_set_object_member (object, "_embedded", embedded);

  set_string (object, personalization, "uid");
  set_nullable (object, personalization, "created_at");
  if (consumer != NULL)
    json_object_set_object_member (object, "consumer", sandbox_repr_consumer (repr, consumer, FALSE));
  else
    json_object_set_null_member (object, "consumer");

  return object;
}

JsonObject *
sandbox_repr_request (const SandboxRepr *repr,
                      JsonObject        *request)
{
  g_autofree char *self = sandbox_uri (repr, "personalization-requests", sandbox_get_string (request, "uid"));
  g_autofree char *order = sandbox_uri (repr, "orders", sandbox_get_string (request, "order"));
  JsonArray *uids = sandbox_get_array (request, "tickets");
  g_autoptr(GPtrArray) seen = g_ptr_array_new ();
  JsonObject *object = json_object_new ();
  JsonObject *links = sandbox_new_links (self, "personalization-requests");
  JsonObject *embedded = json_object_new ();
  JsonArray *ticket_links = json_array_new ();
  JsonArray *ticket_refs = json_array_new ();
  JsonArray *product_refs = json_array_new ();
  JsonArray *tickets = json_array_new ();
  JsonArray *products = json_array_new ();

  for (guint i = 0; uids != NULL && i < json_array_get_length (uids); i++)
    {
      JsonObject *ticket = sandbox_data_lookup (repr->data, SANDBOX_TICKETS,
                                                json_array_get_string_element (uids, i));
      JsonObject *product;
      g_autofree char *href = NULL;
      JsonObject *link;

      if (ticket == NULL)
        continue;

      href = sandbox_uri (repr, "tickets", sandbox_get_string (ticket, "uid"));
      link = json_object_new ();
      json_object_set_string_member (link, "href", href);
      json_array_add_object_element (ticket_links, link);
      json_array_add_string_element (ticket_refs, href);
      json_array_add_object_element (tickets, sandbox_repr_ticket (repr, ticket, FALSE));

      product = sandbox_data_lookup (repr->data, SANDBOX_PRODUCTS, sandbox_get_string (ticket, "product"));
      if (product != NULL && !g_ptr_array_find (seen, product, NULL))
        {
          g_autofree char *product_href = sandbox_uri (repr, "products", sandbox_get_string (product, "uid"));

          json_array_add_string_element (product_refs, product_href);
          add_unique (seen, products, product, sandbox_repr_product, repr);
        }
    }

  sandbox_set_link (links, "shop:order", order);
  json_object_set_array_member (links, "shop:ticket", ticket_links);
  json_object_set_object_member (object, "_links", links);

  set_string (object, request, "uid");
  set_string (object, request, "email");
  set_string (object, request, "state");
  set_nullable (object, request, "created_at");
  json_object_set_array_member (object, "tickets", ticket_refs);
  json_object_set_array_member (object, "products", product_refs);

  json_object_set_array_member (embedded, "shop:ticket", tickets);
  json_object_set_array_member (embedded, "shop:product", products);
  json_object_set_object_member (object, "_embedded", embedded);

  return object;
}

JsonObject *
sandbox_repr_error (const char *type,
                    const char *message,
                    const char *help,
                    JsonNode   *details)
{
  g_autofree char *logref = g_uuid_string_random ();
  g_autofree char *help_href = g_strconcat (SANDBOX_DOCS, help, ".html", NULL);
  JsonObject *object = json_object_new ();
  JsonObject *links = json_object_new ();
  char *dash;

  /* A logref is a UID: 32 hex digits, like every uid of the API. */
  while ((dash = strchr (logref, '-')) != NULL)
    memmove (dash, dash + 1, strlen (dash));

  json_object_set_string_member (object, "logref", logref);
  json_object_set_string_member (object, "message", message);
  json_object_set_string_member (object, "type", type);
  set_html_link (links, "help", help_href);
  json_object_set_object_member (object, "_links", links);
  json_object_set_member (object, "details", details != NULL ? details : json_node_new (JSON_NODE_NULL));

  return object;
}
