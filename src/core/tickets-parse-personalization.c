/* tickets-parse-personalization.c: consumers, personalizations and personalization requests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-consumer-fields.h"
#include "tickets-hal.h"
#include "tickets-parse-private.h"

/* Consumers */

/**
 * tickets_parse_consumer_object:
 * @object: a consumer object as found in tickets, orders and personalizations
 * @error: return location for an error
 *
 * Returns: (transfer full): the consumer
 */
TicketsConsumer *
tickets_parse_consumer_object (JsonObject  *object,
                               GError     **error)
{
  g_autoptr(TicketsConsumer) consumer = tickets_consumer_new ();
  const TicketsConsumerField *fields;
  guint n_fields;

  fields = tickets_consumer_fields (&n_fields);
  for (guint i = 0; i < n_fields; i++)
    {
      const TicketsConsumerField *field = &fields[i];
      JsonNode *node = json_object_get_member (object, field->key);

      if (node == NULL)
        continue;

      if (field->type == TICKETS_CONSUMER_FIELD_GENDER)
        {
          gint64 gender;

          if (!tickets_parse_read_int (node, field->key, TICKETS_GENDER_UNKNOWN, &gender, error))
            return NULL;
          if (gender != TICKETS_GENDER_MALE && gender != TICKETS_GENDER_FEMALE && gender != TICKETS_GENDER_OTHER)
            gender = TICKETS_GENDER_UNKNOWN;
          tickets_consumer_set_gender (consumer, (TicketsGender) gender);
        }
      else
        {
          const char *value;

          /* A country may come as a name, as in the docs' examples: the
           * consumer keeps the code it names. */
          if (!tickets_parse_read_string (node, field->key, &value, error))
            return NULL;
          field->set (consumer, value);
        }
    }

  return g_steal_pointer (&consumer);
}

gboolean
tickets_parse_read_consumer (JsonObject       *object,
                             const char       *field,
                             TicketsConsumer **out,
                             GError          **error)
{
  JsonObject *member;

  *out = NULL;
  if (!tickets_parse_read_object (json_object_get_member (object, field), field, &member, error))
    return FALSE;
  if (member == NULL)
    return TRUE;

  *out = tickets_parse_consumer_object (member, error);
  return *out != NULL;
}

/* Personalizations */

static const Field personalization_fields[] = {
  DATE_TIME ("created_at", tickets_personalization_set_created_at),
};

static TicketsPersonalization *
parse_personalization_object (JsonObject  *object,
                              GError     **error)
{
  g_auto(ParseContext) context = { 0 };
  g_autoptr(TicketsPersonalization) personalization = NULL;
  g_autoptr(TicketsConsumer) consumer = NULL;
  g_autoptr(GPtrArray) tickets = NULL;
  g_autofree char *uid = NULL;

  if ((uid = tickets_parse_dup_uid (object, error)) == NULL)
    return NULL;

  personalization = tickets_personalization_new (uid);
  tickets_parse_set_self (personalization, object);
  if (!tickets_parse_read_fields (personalization, object, personalization_fields, G_N_ELEMENTS (personalization_fields), NULL, error))
    return NULL;

  if (json_object_has_member (object, "consumer"))
    {
      if (!tickets_parse_read_consumer (object, "consumer", &consumer, error))
        return NULL;
      tickets_personalization_set_consumer (personalization, consumer);
    }

  /* As for an order: an answer without _embedded says nothing of the
   * tickets, and a merge keeps the list already known. */
  if (json_object_has_member (object, "_embedded"))
    {
      tickets_parse_context_init (&context);
      if ((tickets = tickets_parse_embedded_tickets (object, &context, error)) == NULL)
        return NULL;
      /* What was agreed to with this holder holds for each of the tickets,
       * unless a ticket says otherwise itself. */
      for (guint i = 0; i < tickets->len; i++)
        if (!tickets_ticket_get_consent_known (g_ptr_array_index (tickets, i)))
          tickets_parse_read_consent (object, g_ptr_array_index (tickets, i));
      tickets_personalization_set_tickets (personalization, tickets);
    }

  return g_steal_pointer (&personalization);
}

/* Personalization requests */

static gboolean
read_uri_list (JsonObject  *object,
               const char  *field,
               GStrv       *out,
               GError     **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonNode *node = json_object_get_member (object, field);
  JsonArray *array;

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      *out = g_strv_builder_end (builder);
      return TRUE;
    }
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return tickets_parse_fail_type (error, field);

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (!holds_type (element, G_TYPE_STRING))
        return tickets_parse_fail_type (error, field);
      g_strv_builder_add (builder, json_node_get_string (element));
    }

  *out = g_strv_builder_end (builder);
  return TRUE;
}

static const Field request_fields[] = {
  STRING ("email", tickets_personalization_request_set_email),
  STRING ("state", tickets_personalization_request_set_state),
  DATE_TIME ("created_at", tickets_personalization_request_set_created_at),
};

static TicketsPersonalizationRequest *
parse_request_object (JsonObject  *object,
                      GError     **error)
{
  g_auto(ParseContext) context = { 0 };
  g_autoptr(TicketsPersonalizationRequest) request = NULL;
  g_autoptr(GPtrArray) tickets = NULL;
  g_autofree char *uid = NULL;
  const char *order;

  if ((uid = tickets_parse_dup_uid (object, error)) == NULL)
    return NULL;

  request = tickets_personalization_request_new (uid);
  tickets_parse_set_self (request, object);
  if (!tickets_parse_read_fields (request, object, request_fields, G_N_ELEMENTS (request_fields), NULL, error))
    return NULL;

  if (json_object_has_member (object, "tickets"))
    {
      g_auto(GStrv) uris = NULL;

      if (!read_uri_list (object, "tickets", &uris, error))
        return NULL;
      tickets_personalization_request_set_ticket_uris (request, (const char * const *) uris);
    }
  if (json_object_has_member (object, "products"))
    {
      g_auto(GStrv) uris = NULL;

      if (!read_uri_list (object, "products", &uris, error))
        return NULL;
      tickets_personalization_request_set_product_uris (request, (const char * const *) uris);
    }
  if ((order = tickets_hal_get_href (object, "shop:order")) != NULL)
    tickets_personalization_request_set_order_uri (request, order);

  /* The friend may read only the request: it embeds the tickets and their
   * products, which is all the friend gets to see of the order. */
  if (json_object_has_member (object, "_embedded"))
    {
      tickets_parse_context_init (&context);
      if ((tickets = tickets_parse_embedded_tickets (object, &context, error)) == NULL)
        return NULL;
      tickets_personalization_request_set_tickets (request, tickets);
    }

  return g_steal_pointer (&request);
}

TicketsPersonalization *
tickets_parse_personalization (GBytes  *bytes,
                               GError **error)
{
  return tickets_parse_one (bytes, (ParseObjectFunc) parse_personalization_object, error);
}

TicketsParsedPage *
tickets_parse_personalization_page (GBytes  *bytes,
                                    GError **error)
{
  return tickets_parse_page (bytes, "shop:personalization", (ParseObjectFunc) parse_personalization_object, error);
}

/**
 * tickets_parse_personalization_request:
 * @bytes: the body of GET /personalization-requests/{uid} (or of its POST)
 * @error: return location for a #TICKETS_API_ERROR
 *
 * Returns: (transfer full): the request, with the tickets it embeds tied to
 *   the products (and any events) embedded beside them
 */
TicketsPersonalizationRequest *
tickets_parse_personalization_request (GBytes  *bytes,
                                       GError **error)
{
  return tickets_parse_one (bytes, (ParseObjectFunc) parse_request_object, error);
}

TicketsParsedPage *
tickets_parse_consumer_page (GBytes  *bytes,
                             GError **error)
{
  return tickets_parse_page (bytes, "shop:consumer", (ParseObjectFunc) tickets_parse_consumer_object, error);
}

