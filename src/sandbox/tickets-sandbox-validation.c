/* tickets-sandbox-validation.c: what a consumer and a body's tickets must be
 *
 * Shared by personalization, consumers and re-issue. The rules themselves
 * (email, date of birth, gender) are the model's, so that the server and
 * the app's form agree.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-consumer-fields.h"
#include "tickets-countries.h"
#include "tickets-sandbox-private.h"

/* details maps each field to what is wrong with it, as the API reports it. */
void
sandbox_add_detail (JsonObject *details,
                    const char *field,
                    const char *message)
{
  JsonArray *messages = sandbox_get_array (details, field);

  if (messages == NULL)
    {
      messages = json_array_new ();
      json_object_set_array_member (details, field, messages);
    }
  json_array_add_string_element (messages, message);
}

/* The fields a client sends as strings: the uid names a stored consumer and
 * the server sets the realm. */
static gboolean
is_client_text (const TicketsConsumerField *field)
{
  return field->type != TICKETS_CONSUMER_FIELD_UID && field->type != TICKETS_CONSUMER_FIELD_GENDER &&
         (field->flags & TICKETS_CONSUMER_FIELD_READ_ONLY) == 0;
}

static gboolean
parse_gender (JsonNode *node,
              gint64   *gender)
{
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;

  if (json_node_get_value_type (node) == G_TYPE_INT64)
    *gender = json_node_get_int (node);
  else if (json_node_get_value_type (node) == G_TYPE_STRING)
    {
      guint64 value;

      if (!g_ascii_string_to_unsigned (json_node_get_string (node), 10, 0, 9, &value, NULL))
        return FALSE;
      *gender = value;
    }
  else
    return FALSE;

  return tickets_gender_is_known (*gender);
}

static gboolean
is_blank (const char *text)
{
  for (; *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;

  return TRUE;
}

/* What the server says of a value its field's rule refuses; NULL where it
 * takes what it is given. The phone number's rule is a typo check for the
 * form: the server takes any text, as the docs' server does. */
static const char *
invalid_message (const TicketsConsumerField *field)
{
  switch (field->type)
    {
    case TICKETS_CONSUMER_FIELD_EMAIL:
      return "Enter a valid email address.";
    case TICKETS_CONSUMER_FIELD_DATE:
      return "Enter a valid date in the format YYYY-MM-DD.";
    case TICKETS_CONSUMER_FIELD_COUNTRY:
      return "Use a two-letter ISO 3166-1 country code.";
    case TICKETS_CONSUMER_FIELD_LANGUAGE:
      return "Use a two-letter ISO 639-1 language code.";
    case TICKETS_CONSUMER_FIELD_UID:
    case TICKETS_CONSUMER_FIELD_TEXT:
    case TICKETS_CONSUMER_FIELD_NAME:
    case TICKETS_CONSUMER_FIELD_PHONE:
    case TICKETS_CONSUMER_FIELD_GENDER:
    case TICKETS_CONSUMER_FIELD_STATE:
    default:
      return NULL;
    }
}

static gboolean
form_requires (JsonObject *form,
               const char *field)
{
  return sandbox_get_boolean (sandbox_get_object (form, field), "required");
}

/* Adds what is wrong with the consumer to details. The form is the union of
 * the tickets' personalization forms; without one (re-issue), a name and an
 * email address are needed. */
void
sandbox_validate_consumer (JsonObject *consumer,
                           JsonObject *form,
                           JsonObject *details)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  const char *country;
  JsonNode *gender = json_object_get_member (consumer, "gender");
  gint64 gender_value;
  guint n_fields;
  const TicketsConsumerField *fields = tickets_consumer_fields (&n_fields);

  for (guint i = 0; i < n_fields; i++)
    {
      JsonNode *node = json_object_get_member (consumer, fields[i].key);

      if (is_client_text (&fields[i]) && node != NULL && !JSON_NODE_HOLDS_NULL (node) &&
          (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING))
        sandbox_add_detail (details, fields[i].key, "This field must be a string.");
    }

  if (form != NULL)
    {
      JsonObjectIter iter;
      const char *field;
      JsonNode *spec;

      json_object_iter_init (&iter, form);
      while (json_object_iter_next (&iter, &field, &spec))
        {
          JsonNode *node = json_object_get_member (consumer, field);
          gboolean missing = node == NULL || JSON_NODE_HOLDS_NULL (node) ||
                             (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING &&
                              is_blank (json_node_get_string (node)));

          /* state is only asked for where the docs need it: the USA and Brazil. */
          if (g_str_equal (field, "state"))
            continue;
          if (missing && form_requires (form, field))
            sandbox_add_detail (details, field, "This field is required.");
        }
    }
  else
    {
      static const char *needed[] = { "first_name", "last_name", "email" };

      for (guint i = 0; i < G_N_ELEMENTS (needed); i++)
        if (*sandbox_get_string (consumer, needed[i]) == '\0')
          sandbox_add_detail (details, needed[i], "This field is required.");
    }

  /* The fields' own rules are the model's, so that the server and the
   * app's form agree; the messages are the server's. */
  for (guint i = 0; i < n_fields; i++)
    {
      const char *value = sandbox_get_string (consumer, fields[i].key);
      const char *message = NULL;

      if (!is_client_text (&fields[i]) || *value == '\0')
        continue;

      switch (tickets_consumer_field_check (&fields[i], value, today))
        {
        case TICKETS_CONSUMER_PROBLEM_NONE:
          break;
        case TICKETS_CONSUMER_PROBLEM_IN_FUTURE:
          message = "The date of birth cannot be in the future.";
          break;
        case TICKETS_CONSUMER_PROBLEM_TOO_EARLY:
          message = "The date of birth cannot be before 1900.";
          break;
        case TICKETS_CONSUMER_PROBLEM_INVALID:
        default:
          message = invalid_message (&fields[i]);
          break;
        }
      if (message != NULL)
        sandbox_add_detail (details, fields[i].key, message);
    }

  if (gender != NULL && !JSON_NODE_HOLDS_NULL (gender) && !parse_gender (gender, &gender_value))
    sandbox_add_detail (details, "gender", "Gender must be 0 (unknown), 1 (male), 2 (female) or 9 (other).");
  else if (gender != NULL && !JSON_NODE_HOLDS_NULL (gender) && form != NULL && form_requires (form, "gender") &&
           !tickets_gender_is_accepted (gender_value, TRUE))
    /* 0 is "unknown": no answer to a question the form requires. */
    sandbox_add_detail (details, "gender", "This field is required.");

  country = sandbox_get_string (consumer, "country");
  if (tickets_country_needs_state (country) &&
      form != NULL && json_object_has_member (form, "state") &&
      *sandbox_get_string (consumer, "state") == '\0')
    sandbox_add_detail (details, "state", "A state is required for addresses in the USA and Brazil.");
}

JsonObject *
sandbox_new_consumer_revision (TicketsSandbox *self,
                               JsonObject     *input,
                               const char     *uid)
{
  JsonObject *consumer = json_object_new ();
  JsonNode *gender = json_object_get_member (input, "gender");
  gint64 gender_value = 0;
  guint n_fields;
  const TicketsConsumerField *fields = tickets_consumer_fields (&n_fields);
  g_autofree char *new_uid = uid == NULL ? sandbox_data_new_uid (self->data) : NULL;
  g_autofree char *reference = g_strdup_printf ("S%06u",
                                                json_array_get_length (sandbox_data_list (self->data, SANDBOX_CONSUMERS)) + 1);

  json_object_set_string_member (consumer, "uid", uid != NULL ? uid : new_uid);
  json_object_set_string_member (consumer, "reference", reference);
  for (guint i = 0; i < n_fields; i++)
    {
      const char *field = fields[i].key;
      const char *value = sandbox_get_string (input, field);

      if (!is_client_text (&fields[i]))
        continue;
      if (*value == '\0' && (fields[i].flags & TICKETS_CONSUMER_FIELD_NULLABLE) != 0)
        json_object_set_null_member (consumer, field);
      else
        json_object_set_string_member (consumer, field, value);
    }
  parse_gender (gender, &gender_value);
  json_object_set_int_member (consumer, "gender", gender_value);
  json_object_set_null_member (consumer, "realm");

  return consumer;
}

/* Tickets named in a body: each must exist, belong to what the caller may
 * touch, appear once, be valid and be in an open personalization period. */
GPtrArray *
sandbox_resolve_tickets (Request       *req,
                         JsonNode      *node,
                         TicketAllowed  allowed,
                         gpointer       user_data,
                         GHashTable    *seen)
{
  g_autoptr(GPtrArray) tickets = g_ptr_array_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(JsonArray) list = NULL;

  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      list = json_array_new ();
      json_array_add_string_element (list, json_node_get_string (node));
    }
  else if (node != NULL && JSON_NODE_HOLDS_ARRAY (node) && json_array_get_length (json_node_get_array (node)) > 0)
    list = json_array_ref (json_node_get_array (node));
  else
    {
      sandbox_respond_error (req, SOUP_STATUS_BAD_REQUEST, "BAD_REQUEST", NULL,
                             "“tickets” must be a non-empty list of ticket references.");
      return NULL;
    }

  for (guint i = 0; i < json_array_get_length (list); i++)
    {
      JsonNode *element = json_array_get_element (list, i);
      const char *reference = JSON_NODE_HOLDS_VALUE (element) && json_node_get_value_type (element) == G_TYPE_STRING ?
                              json_node_get_string (element) : NULL;
      const char *uid = sandbox_uid_from_uri (&req->repr, "tickets", reference);
      JsonObject *ticket = sandbox_data_lookup (req->self->data, SANDBOX_TICKETS, uid);
      JsonObject *event;
      g_autoptr(GDateTime) start = NULL;
      g_autoptr(GDateTime) end = NULL;

      if (ticket == NULL || (allowed != NULL && !allowed (req, ticket, user_data)))
        {
          sandbox_respond_error (req, SOUP_STATUS_BAD_REQUEST, "TICKET_NOT_AVAILABLE", NULL,
                                 "The ticket “%s” is not available here.", reference != NULL ? reference : "?");
          return NULL;
        }

      if (g_hash_table_contains (seen, ticket))
        {
          sandbox_respond_error (req, SOUP_STATUS_BAD_REQUEST, "TICKET_ERROR", NULL,
                                 "The ticket “%s” is given more than once; tickets must be unique within a call.", reference);
          return NULL;
        }
      g_hash_table_add (seen, ticket);

      if (!g_str_equal (sandbox_get_string (ticket, "status"), "valid"))
        {
          sandbox_respond_error (req, SOUP_STATUS_BAD_REQUEST, "TICKET_ERROR", NULL,
                                 "The ticket “%s” is not valid.", reference);
          return NULL;
        }

      event = sandbox_data_lookup (req->self->data, SANDBOX_EVENTS, sandbox_get_string (ticket, "event"));
      start = sandbox_parse_datetime (sandbox_get_string (event, "personalization_start"));
      end = sandbox_parse_datetime (sandbox_get_string (event, "personalization_end"));
      if (start == NULL || end == NULL)
        {
          sandbox_respond_error (req, SOUP_STATUS_BAD_REQUEST, "TICKET_ERROR", NULL,
                                 "The event of ticket “%s” does not support personalization.", reference);
          return NULL;
        }

      if (g_date_time_compare (now, start) < 0)
        {
          g_autofree char *when = g_date_time_format (start, "%Y-%m-%dT%H:%M:%SZ");

          sandbox_respond_error (req, SOUP_STATUS_BAD_REQUEST, "TICKET_ERROR", NULL,
                                 "The personalization period of ticket “%s” has not started yet; it opens at %s.",
                                 reference, when);
          return NULL;
        }

      if (g_date_time_compare (now, end) > 0)
        {
          g_autofree char *when = g_date_time_format (end, "%Y-%m-%dT%H:%M:%SZ");

          sandbox_respond_error (req, SOUP_STATUS_BAD_REQUEST, "TICKET_ERROR", NULL,
                                 "The personalization period of ticket “%s” ended at %s.", reference, when);
          return NULL;
        }

      g_ptr_array_add (tickets, ticket);
    }

  return g_steal_pointer (&tickets);
}

JsonObject *
sandbox_merged_form (GPtrArray *tickets)
{
  JsonObject *form = json_object_new ();

  for (guint i = 0; i < tickets->len; i++)
    {
      JsonObject *ticket_form = sandbox_get_object (g_ptr_array_index (tickets, i), "personalization_form");
      JsonObjectIter iter;
      const char *field;
      JsonNode *spec;

      if (ticket_form == NULL)
        continue;

      json_object_iter_init (&iter, ticket_form);
      while (json_object_iter_next (&iter, &field, &spec))
        {
          JsonObject *merged = sandbox_get_object (form, field);
          JsonObject *spec_object = JSON_NODE_HOLDS_OBJECT (spec) ? json_node_get_object (spec) : NULL;

          if (merged == NULL)
            {
              merged = json_object_new ();
              json_object_set_object_member (form, field, merged);
            }
          if (sandbox_get_boolean (spec_object, "required"))
            json_object_set_boolean_member (merged, "required", TRUE);
          if (sandbox_get_boolean (spec_object, "unique_per_product"))
            json_object_set_boolean_member (merged, "unique_per_product", TRUE);
        }
    }

  return form;
}

/* "email must be unique per product": no two holders of the product share one. */
void
sandbox_check_unique_email (Request    *req,
                            GPtrArray  *tickets,
                            JsonObject *consumer,
                            GHashTable *seen,
                            JsonObject *details)
{
  const char *email = sandbox_get_string (consumer, "email");
  JsonArray *all = sandbox_data_list (req->self->data, SANDBOX_TICKETS);
  g_autoptr(GHashTable) products = g_hash_table_new (g_str_hash, g_str_equal);

  if (*email == '\0')
    return;

  for (guint i = 0; i < tickets->len; i++)
    {
      JsonObject *ticket = g_ptr_array_index (tickets, i);
      JsonObject *form = sandbox_get_object (ticket, "personalization_form");
      const char *product = sandbox_get_string (ticket, "product");

      if (!sandbox_get_boolean (sandbox_get_object (form, "email"), "unique_per_product"))
        continue;

      if (!g_hash_table_add (products, (gpointer) product))
        {
          sandbox_add_detail (details, "email",
                              "This email address must be unique per product: each ticket needs a different address.");
          return;
        }

      for (guint j = 0; j < json_array_get_length (all); j++)
        {
          JsonObject *other = json_array_get_object_element (all, j);
          JsonObject *holder;

          if (g_hash_table_contains (seen, other) || !g_str_equal (sandbox_get_string (other, "product"), product) ||
              !g_str_equal (sandbox_get_string (other, "status"), "valid"))
            continue;

          holder = sandbox_data_lookup (req->self->data, SANDBOX_CONSUMERS, sandbox_get_string (other, "consumer"));
          if (holder != NULL && g_ascii_strcasecmp (sandbox_get_string (holder, "email"), email) == 0)
            {
              sandbox_add_detail (details, "email",
                                  "This email address must be unique per product: another ticket already uses it.");
              return;
            }
        }
    }
}

gboolean
sandbox_respond_if_invalid (Request    *req,
                            JsonObject *details)
{
  if (json_object_get_size (details) == 0)
    return FALSE;

  sandbox_respond_error (req, SOUP_STATUS_BAD_REQUEST, "INSUFFICIENT_CONSUMER_INFORMATION", json_object_ref (details),
                         "The consumer information is not valid: see details.");
  return TRUE;
}
