/* tickets-parse-order.c: tickets and the orders that hold them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-hal.h"
#include "tickets-parse-private.h"

/* Tickets */

static const Field ticket_fields[] = {
  STRING ("code", tickets_ticket_set_code),
  STRING ("status", tickets_ticket_set_status),
  BOOLEAN ("is_scanned", tickets_ticket_set_is_scanned),
  BOOLEAN ("personalized", tickets_ticket_set_personalized),
  BOOLEAN ("needs_personalization", tickets_ticket_set_needs_personalization),
  BOOLEAN ("has_valid_subscription", tickets_ticket_set_has_valid_subscription),
  DATE_TIME ("personalization_start", tickets_ticket_set_personalization_start),
  DATE_TIME ("personalization_end", tickets_ticket_set_personalization_end),
  DATE_TIME ("fulfillment_starts_at", tickets_ticket_set_fulfillment_starts_at),
  DATE_TIME ("scannable_until", tickets_ticket_set_scannable_until),
  I18N ("subproduct", tickets_ticket_set_subproduct),
  AMOUNT ("price", tickets_ticket_set_price),
  AMOUNT ("service_fee_paid", tickets_ticket_set_service_fee_paid),
};

typedef struct
{
  const char *rel;
  StringSetter set;
} LinkField;

static const LinkField ticket_links[] = {
  { "shop:eticket", SETTER (StringSetter, tickets_ticket_set_eticket_uri) },
  { "shop:order", SETTER (StringSetter, tickets_ticket_set_order_uri) },
  { "shop:event", SETTER (StringSetter, tickets_ticket_set_event_uri) },
  { "shop:product", SETTER (StringSetter, tickets_ticket_set_product_uri) },
  { "shop:parent", SETTER (StringSetter, tickets_ticket_set_parent_uri) },
};

static gboolean
read_form (JsonObject                  *object,
           TicketsPersonalizationForm **out,
           GError                     **error)
{
  g_autoptr(TicketsPersonalizationForm) form = NULL;
  JsonObject *fields;
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  *out = NULL;
  if (!tickets_parse_read_object (json_object_get_member (object, "personalization_form"),
                                  "personalization_form", &fields, error))
    return FALSE;
  if (fields == NULL)
    return TRUE;

  form = tickets_personalization_form_new ();
  json_object_iter_init_ordered (&iter, fields);
  while (json_object_iter_next_ordered (&iter, &name, &node))
    {
      JsonObject *field;
      gboolean required = FALSE, unique = FALSE;
      JsonNode *member;

      if (!tickets_parse_read_object (node, name, &field, error))
        return FALSE;
      if (field == NULL)
        continue;
      if ((member = json_object_get_member (field, "required")) != NULL &&
          !tickets_parse_read_boolean (member, "required", &required, error))
        return FALSE;
      if ((member = json_object_get_member (field, "unique_per_product")) != NULL &&
          !tickets_parse_read_boolean (member, "unique_per_product", &unique, error))
        return FALSE;
      tickets_personalization_form_add_field (form, name, required, unique);
    }

  *out = g_steal_pointer (&form);
  return TRUE;
}

static const Field seating_fields[] = {
  STRING ("seat", tickets_seating_set_seat),
  STRING ("row", tickets_seating_set_row),
  STRING ("section", tickets_seating_set_section),
  I18N ("seat_label", tickets_seating_set_seat_label),
  I18N ("row_label", tickets_seating_set_row_label),
  I18N ("section_label", tickets_seating_set_section_label),
  I18N ("venue", tickets_seating_set_venue),
};

static gboolean
read_seating (JsonObject      *object,
              ParseContext    *context,
              TicketsSeating **out,
              GError         **error)
{
  g_autoptr(TicketsSeating) seating = NULL;
  JsonObject *member;

  *out = NULL;
  if (!tickets_parse_read_object (json_object_get_member (object, "seating"), "seating", &member, error))
    return FALSE;
  if (member == NULL)
    return TRUE;

  seating = tickets_seating_new ();
  if (!tickets_parse_read_fields (seating, member, seating_fields, G_N_ELEMENTS (seating_fields), context, error))
    return FALSE;

  *out = g_steal_pointer (&seating);
  return TRUE;
}

/* The documented representations carry no "opt_in": it is read where a
 * server adds one, and a shape this app does not understand is skipped
 * rather than refused, since the rest of the ticket is still good. */
gboolean
tickets_parse_consent_node (JsonNode       *node,
                            TicketsConsent *consent)
{
  static const struct
  {
    const char     *member;
    TicketsConsent  flag;
  } members[] = {
    { "opt_in", TICKETS_CONSENT_NEWSLETTER },
    { "opt_in_2", TICKETS_CONSENT_PARTNERS },
  };
  TicketsConsent found = TICKETS_CONSENT_NONE;
  gboolean said = FALSE;
  JsonObject *object;

  g_return_val_if_fail (consent != NULL, FALSE);

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return FALSE;

  object = json_node_get_object (node);
  for (gsize i = 0; i < G_N_ELEMENTS (members); i++)
    {
      JsonNode *value = json_object_get_member (object, members[i].member);

      if (value == NULL || JSON_NODE_HOLDS_NULL (value))
        continue;
      if (!JSON_NODE_HOLDS_VALUE (value) || json_node_get_value_type (value) != G_TYPE_BOOLEAN)
        return FALSE;
      said = TRUE;
      if (json_node_get_boolean (value))
        found |= members[i].flag;
    }

  if (said)
    *consent = found;

  return said;
}

void
tickets_parse_read_consent (JsonObject    *object,
                            TicketsTicket *ticket)
{
  TicketsConsent consent;

  if (tickets_parse_consent_node (json_object_get_member (object, "opt_in"), &consent))
    tickets_ticket_set_consent (ticket, consent);
}

static TicketsTicket *
parse_ticket_object (JsonObject    *object,
                     ParseContext  *context,
                     GError       **error)
{
  g_autoptr(TicketsTicket) ticket = NULL;
  g_autoptr(TicketsConsumer) consumer = NULL;
  g_autofree char *uid = NULL;
  TicketsEvent *event;
  TicketsProduct *product;
  JsonObject *links;
  JsonNode *requests;

  if ((uid = tickets_parse_dup_uid (object, error)) == NULL)
    return NULL;

  ticket = tickets_ticket_new (uid);
  tickets_parse_set_self (ticket, object);
  if (!tickets_parse_read_fields (ticket, object, ticket_fields, G_N_ELEMENTS (ticket_fields), context, error))
    return NULL;

  if (!tickets_parse_read_object (json_object_get_member (object, "_links"), "_links", &links, error))
    return NULL;
  for (gsize i = 0; links != NULL && i < G_N_ELEMENTS (ticket_links); i++)
    {
      JsonNode *link = json_object_get_member (links, ticket_links[i].rel);

      if (link != NULL)
        ticket_links[i].set (ticket, tickets_hal_link_get_href (link));
    }

  if (links != NULL && (requests = json_object_get_member (links, "shop:personalization_request")) != NULL)
    {
      g_auto(GStrv) uris = tickets_hal_link_dup_hrefs (requests);

      tickets_ticket_set_personalization_request_uris (ticket, (const char * const *) uris);
    }

  tickets_parse_read_consent (object, ticket);

  if (json_object_has_member (object, "personalization_form"))
    {
      g_autoptr(TicketsPersonalizationForm) form = NULL;

      if (!read_form (object, &form, error))
        return NULL;
      tickets_ticket_set_personalization_form (ticket, form);
    }

  if (json_object_has_member (object, "seating"))
    {
      g_autoptr(TicketsSeating) seating = NULL;

      if (!read_seating (object, context, &seating, error))
        return NULL;
      tickets_ticket_set_seating (ticket, seating);
    }

  if (json_object_has_member (object, "consumer"))
    {
      if (!tickets_parse_read_consumer (object, "consumer", &consumer, error))
        return NULL;
      tickets_ticket_set_consumer (ticket, consumer);

      /* The single-ticket example has a holder but no “personalized”. */
      if (!json_object_has_member (object, "personalized"))
        {
          g_autofree char *name = consumer != NULL ? tickets_consumer_dup_full_name (consumer) : NULL;

          tickets_ticket_set_personalized (ticket, name != NULL && *name != '\0');
        }
    }

  /* A single ticket embeds its product, as an object or a list. */
  if (context != NULL && !tickets_parse_collect_embedded (object, "shop:product", (gpointer) tickets_parse_product_object,
                                                          context, context->products, error))
    return NULL;

  if (context != NULL)
    {
      if ((product = tickets_parse_lookup_linked (context, context->products, tickets_ticket_get_product_uri (ticket))) != NULL)
        tickets_ticket_set_product (ticket, product);
      if ((event = tickets_parse_lookup_linked (context, context->events, tickets_ticket_get_event_uri (ticket))) != NULL)
        tickets_ticket_set_event (ticket, event);
    }

  return g_steal_pointer (&ticket);
}

/* Every ticket embedded under @object as shop:ticket, with the events and
 * products embedded beside them tied in. */
GPtrArray *
tickets_parse_embedded_tickets (JsonObject    *object,
                                ParseContext  *context,
                                GError       **error)
{
  g_autoptr(GPtrArray) tickets = NULL;
  guint n;

  if (!tickets_parse_context_collect (context, object, error))
    return NULL;
  tickets_parse_context_link_products (context);

  n = tickets_hal_get_n_embedded (object, "shop:ticket");
  tickets = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    {
      JsonObject *item = tickets_hal_get_embedded (object, "shop:ticket", i);
      TicketsTicket *ticket;

      if (item == NULL)
        {
          tickets_parse_fail_type (error, "shop:ticket");
          return NULL;
        }
      if ((ticket = parse_ticket_object (item, context, error)) == NULL)
        return NULL;
      g_ptr_array_add (tickets, ticket);
    }

  return g_steal_pointer (&tickets);
}

/* Orders */

static const Field order_fields[] = {
  STRING ("reference", tickets_order_set_reference),
  STRING ("external_reference", tickets_order_set_external_reference),
  STRING ("status", tickets_order_set_status),
  DATE_TIME ("created_date", tickets_order_set_created_date),
  AMOUNT ("product_total", tickets_order_set_product_total),
  AMOUNT ("service_costs", tickets_order_set_service_costs),
  AMOUNT ("grand_total", tickets_order_set_grand_total),
};

static TicketsOrder *
parse_order_object (JsonObject    *object,
                    GError       **error)
{
  g_auto(ParseContext) context = { 0 };
  g_autoptr(TicketsOrder) order = NULL;
  g_autoptr(GPtrArray) tickets = NULL;
  g_autofree char *uid = NULL;
  JsonObject *payment_method;
  const char *etickets;

  if ((uid = tickets_parse_dup_uid (object, error)) == NULL)
    return NULL;

  order = tickets_order_new (uid);
  tickets_parse_set_self (order, object);
  if (!tickets_parse_read_fields (order, object, order_fields, G_N_ELEMENTS (order_fields), NULL, error))
    return NULL;

  if (json_object_has_member (object, "consumer"))
    {
      g_autoptr(TicketsConsumer) consumer = NULL;

      if (!tickets_parse_read_consumer (object, "consumer", &consumer, error))
        return NULL;
      tickets_order_set_consumer (order, consumer);
    }

  /* An empty object when there is none, by the docs. */
  if (!tickets_parse_read_object (json_object_get_member (object, "payment_method"), "payment_method", &payment_method, error))
    return NULL;
  if (payment_method != NULL && json_object_has_member (payment_method, "name"))
    {
      g_autoptr(TicketsI18nText) name = NULL;

      if (!tickets_parse_read_i18n (json_object_get_member (payment_method, "name"), "payment_method", NULL, &name, error))
        return NULL;
      tickets_order_set_payment_method_name (order, name);
    }

  if ((etickets = tickets_hal_get_href (object, "shop:etickets")) != NULL)
    tickets_order_set_etickets_uri (order, etickets);

  if (tickets_hal_get_n_embedded (object, "shop:ticket") > 0 ||
      json_object_has_member (object, "_embedded"))
    {
      tickets_parse_context_init (&context);
      if ((tickets = tickets_parse_embedded_tickets (object, &context, error)) == NULL)
        return NULL;
      tickets_order_set_tickets (order, tickets);
    }

  return g_steal_pointer (&order);
}

/**
 * tickets_parse_order:
 * @bytes: the body of GET /orders/{uid} (or of a re-issue)
 * @error: return location for a #TICKETS_API_ERROR
 *
 * Returns: (transfer full): the order, its tickets, and their events and products
 */
TicketsOrder *
tickets_parse_order (GBytes  *bytes,
                     GError **error)
{
  return tickets_parse_one (bytes, (ParseObjectFunc) parse_order_object, error);
}

static TicketsTicket *
parse_ticket_resource (JsonObject  *object,
                       GError     **error)
{
  g_auto(ParseContext) context = { 0 };
  TicketsTicket *ticket;

  tickets_parse_context_init (&context);
  ticket = parse_ticket_object (object, &context, error);
  if (ticket != NULL)
    tickets_parse_context_link_products (&context);

  return ticket;
}

/**
 * tickets_parse_ticket:
 * @bytes: the body of GET /tickets/{uid}
 * @error: return location for a #TICKETS_API_ERROR
 *
 * Returns: (transfer full): the ticket, with its embedded product
 */
TicketsTicket *
tickets_parse_ticket (GBytes  *bytes,
                      GError **error)
{
  return tickets_parse_one (bytes, (ParseObjectFunc) parse_ticket_resource, error);
}

/**
 * tickets_parse_ticket_page:
 * @bytes: a tickets collection: a search by code, or a Cognito user's tickets
 * @error: return location for a #TICKETS_API_ERROR
 *
 * Returns: (transfer full): the tickets, tied to the events and products embedded beside them
 */
TicketsParsedPage *
tickets_parse_ticket_page (GBytes  *bytes,
                           GError **error)
{
  g_auto(ParseContext) context = { 0 };
  g_auto(Document) document = { 0 };
  GPtrArray *tickets;
  JsonObject *object;

  if ((object = tickets_parse_document_load (&document, bytes, error)) == NULL)
    return NULL;

  tickets_parse_context_init (&context);
  if ((tickets = tickets_parse_embedded_tickets (object, &context, error)) == NULL)
    return NULL;

  return tickets_parsed_page_new (object, tickets, error);
}

