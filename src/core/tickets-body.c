/* tickets-body.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-body.h"
#include "tickets-consumer-fields.h"

/* Request bodies, the mirror of tickets-parse.c: pure functions from model
 * objects to the JSON the docs show for each POST. */

TicketsConsumerRevision *
tickets_consumer_revision_new (TicketsConsumer    *consumer,
                               const char * const *ticket_uris)
{
  TicketsConsumerRevision *revision = g_new0 (TicketsConsumerRevision, 1);

  g_return_val_if_fail (TICKETS_IS_CONSUMER (consumer), NULL);

  revision->consumer = g_object_ref (consumer);
  revision->ticket_uris = g_strdupv ((char **) ticket_uris);

  return revision;
}

/* The API: a consumer posted with nothing but its uid refers to the stored
 * one. Its other details are left out on purpose, so that a person found
 * by a search is not overwritten with what this copy of them says. */
TicketsConsumerRevision *
tickets_consumer_revision_new_reference (TicketsConsumer    *consumer,
                                         const char * const *ticket_uris)
{
  g_autoptr(TicketsConsumer) reference = NULL;

  g_return_val_if_fail (TICKETS_IS_CONSUMER (consumer), NULL);
  g_return_val_if_fail (tickets_consumer_get_uid (consumer) != NULL && *tickets_consumer_get_uid (consumer) != '\0', NULL);

  reference = tickets_consumer_new ();
  tickets_consumer_set_uid (reference, tickets_consumer_get_uid (consumer));
  return tickets_consumer_revision_new (reference, ticket_uris);
}

void
tickets_consumer_revision_free (TicketsConsumerRevision *revision)
{
  if (revision == NULL)
    return;

  g_clear_object (&revision->consumer);
  g_strfreev (revision->ticket_uris);
  g_free (revision);
}

static void
add_uri_list (JsonBuilder        *builder,
              const char         *name,
              const char * const *uris)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (gsize i = 0; uris != NULL && uris[i] != NULL; i++)
    json_builder_add_string_value (builder, uris[i]);
  json_builder_end_array (builder);
}

/* Only what is known is sent: an empty field would overwrite what the
 * server has, and a consumer with nothing but a uid refers to an existing one. */
static void
add_consumer (JsonBuilder        *builder,
              TicketsConsumer    *consumer,
              const char * const *ticket_uris)
{
  const TicketsConsumerField *fields;
  guint n_fields;

  json_builder_begin_object (builder);

  if (ticket_uris != NULL)
    add_uri_list (builder, "tickets", ticket_uris);

  fields = tickets_consumer_fields (&n_fields);
  for (guint i = 0; i < n_fields; i++)
    {
      const TicketsConsumerField *field = &fields[i];
      const char *value;

      if ((field->flags & TICKETS_CONSUMER_FIELD_READ_ONLY) != 0)
        continue;

      /* The API's numbers for a gender; 0 says nothing. */
      if (field->type == TICKETS_CONSUMER_FIELD_GENDER)
        {
          if (tickets_consumer_get_gender (consumer) != TICKETS_GENDER_UNKNOWN)
            {
              json_builder_set_member_name (builder, field->key);
              json_builder_add_int_value (builder, tickets_consumer_get_gender (consumer));
            }
          continue;
        }

      value = field->get (consumer);
      if (value == NULL || *value == '\0')
        continue;
      json_builder_set_member_name (builder, field->key);
      json_builder_add_string_value (builder, value);
    }

  json_builder_end_object (builder);
}

JsonNode *
tickets_body_consumer (TicketsConsumer    *consumer,
                       const char * const *ticket_uris)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (TICKETS_IS_CONSUMER (consumer), NULL);

  add_consumer (builder, consumer, ticket_uris);
  return json_builder_get_root (builder);
}

/**
 * tickets_body_consumers:
 * @revisions: (element-type TicketsConsumerRevision): what to post
 *
 * Returns: (transfer full): the body of POST /consumers
 */
JsonNode *
tickets_body_consumers (GPtrArray *revisions)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (revisions != NULL, NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "consumers");
  json_builder_begin_array (builder);
  for (guint i = 0; i < revisions->len; i++)
    {
      TicketsConsumerRevision *revision = g_ptr_array_index (revisions, i);

      add_consumer (builder, revision->consumer, (const char * const *) revision->ticket_uris);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/**
 * tickets_body_personalization:
 * @order_uri: (nullable): the order, when personalizing with an order or Cognito token
 * @request_uri: (nullable): the request, when personalizing with its token
 * @ticket_uris: the tickets to personalize
 * @consumer: who will hold them
 * @consent: what the holder ticked: each flag is its own member of "opt_in"
 *
 * Exactly one of @order_uri and @request_uri is given.
 *
 * Returns: (transfer full): the body of POST /personalization
 */
JsonNode *
tickets_body_personalization (const char         *order_uri,
                              const char         *request_uri,
                              const char * const *ticket_uris,
                              TicketsConsumer    *consumer,
                              TicketsConsent      consent)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail ((order_uri == NULL) != (request_uri == NULL), NULL);
  g_return_val_if_fail (TICKETS_IS_CONSUMER (consumer), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, order_uri != NULL ? "order" : "personalization_request");
  json_builder_add_string_value (builder, order_uri != NULL ? order_uri : request_uri);
  add_uri_list (builder, "tickets", ticket_uris);
  json_builder_set_member_name (builder, "consumer");
  add_consumer (builder, consumer, NULL);
  json_builder_set_member_name (builder, "opt_in");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "opt_in");
  json_builder_add_boolean_value (builder, (consent & TICKETS_CONSENT_NEWSLETTER) != 0);
  json_builder_set_member_name (builder, "opt_in_2");
  json_builder_add_boolean_value (builder, (consent & TICKETS_CONSENT_PARTNERS) != 0);
  json_builder_end_object (builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

JsonNode *
tickets_body_personalization_request (const char         *order_uri,
                                      const char         *email,
                                      const char * const *ticket_uris)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (order_uri != NULL, NULL);
  g_return_val_if_fail (email != NULL, NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "email");
  json_builder_add_string_value (builder, email);
  json_builder_set_member_name (builder, "order");
  json_builder_add_string_value (builder, order_uri);
  add_uri_list (builder, "tickets", ticket_uris);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

JsonNode *
tickets_body_reissue (const char * const *ticket_uris,
                      TicketsConsumer    *consumer)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (TICKETS_IS_CONSUMER (consumer), NULL);

  json_builder_begin_object (builder);
  add_uri_list (builder, "tickets", ticket_uris);
  json_builder_set_member_name (builder, "consumer");
  add_consumer (builder, consumer, NULL);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}
