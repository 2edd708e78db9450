/* tickets-sandbox-consumers.c: the consumers handler
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-sandbox-private.h"

static JsonObject *
consumer_with_links (const SandboxRepr *repr,
                     JsonObject        *consumer)
{
  return sandbox_repr_consumer (repr, consumer, TRUE);
}

static const FilterSpec consumer_filters[] = {
  { "email", "email", FIELD_STRING_CI, OP_EXACT | OP_STARTSWITH },
  { "first_name", "first_name", FIELD_STRING, OP_EXACT | OP_STARTSWITH },
  { "last_name", "last_name", FIELD_STRING, OP_EXACT | OP_STARTSWITH },
  { "date_of_birth", "date_of_birth", FIELD_DATE, OP_EXACT | OP_RANGE },
  { "gender", "gender", FIELD_NUMBER, OP_EXACT },
  { "postal_code", "postal_code", FIELD_STRING, OP_EXACT },
  { "city", "city", FIELD_STRING, OP_EXACT | OP_STARTSWITH },
  { "country", "country", FIELD_STRING, OP_EXACT },
  { "state", "state", FIELD_STRING, OP_EXACT },
  { "reference", "reference", FIELD_STRING, OP_EXACT },
  { "external_reference", "external_reference", FIELD_STRING, OP_EXACT },
  { NULL }
};

typedef struct
{
  JsonObject *input;
  JsonObject *existing;
  GPtrArray  *tickets;
} ConsumerPost;

static void
consumer_post_clear (gpointer data)
{
  ConsumerPost *post = data;

  g_clear_pointer (&post->tickets, g_ptr_array_unref);
}

static gboolean
is_reference_only (JsonObject *input)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *value;

  json_object_iter_init (&iter, input);
  while (json_object_iter_next (&iter, &name, &value))
    if (!g_str_equal (name, "uid") && !g_str_equal (name, "tickets"))
      return FALSE;

  return TRUE;
}

/* A revision overwrites its consumer in place: the log in the state file
 * ("consumer_revisions") is what shows that one was applied twice. */
static void
log_revision (Request    *req,
              JsonObject *consumer,
              GPtrArray  *tickets)
{
  g_autoptr(JsonObject) entry = json_object_new ();
  g_autofree char *created = sandbox_now_string ();
  JsonArray *ticket_uids = json_array_new ();
  JsonNode *external_reference = json_object_get_member (consumer, "external_reference");

  for (guint i = 0; tickets != NULL && i < tickets->len; i++)
    json_array_add_string_element (ticket_uids, sandbox_get_string (g_ptr_array_index (tickets, i), "uid"));
  json_object_set_string_member (entry, "consumer", sandbox_get_string (consumer, "uid"));
  json_object_set_member (entry, "external_reference",
                          external_reference != NULL ? json_node_copy (external_reference) : json_node_new (JSON_NODE_NULL));
  json_object_set_array_member (entry, "tickets", ticket_uids);
  json_object_set_string_member (entry, "created_at", created);
  sandbox_data_log (req->self->data, "consumer_revisions", entry);
}

static void
handle_post_consumers (Request *req)
{
  g_autoptr(JsonObject) body = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) posts = g_array_new (FALSE, TRUE, sizeof (ConsumerPost));
  g_autofree char *self = sandbox_uri (&req->repr, "consumers", NULL);
  JsonObject *bearer_consumer = NULL;
  JsonArray *consumers;
  JsonArray *list;
  JsonObject *object;
  JsonObject *embedded;

  g_array_set_clear_func (posts, consumer_post_clear);

  if (req->auth.kind == AUTH_BEARER)
    bearer_consumer = sandbox_data_lookup (req->self->data, SANDBOX_CONSUMERS,
                                           sandbox_get_string (req->auth.subject, "consumer"));
  if (!sandbox_require (req, sandbox_may (&req->auth, TICKETS_STAFF_ACTION_EDIT_CONSUMERS) || bearer_consumer != NULL, "create consumer revisions"))
    return;
  if ((body = sandbox_parse_body (req)) == NULL)
    return;

  consumers = sandbox_get_array (body, "consumers");
  if (consumers == NULL || json_array_get_length (consumers) == 0)
    {
      sandbox_respond_error (req, SOUP_STATUS_BAD_REQUEST, "BAD_REQUEST", NULL, "“consumers” must be a non-empty list.");
      return;
    }
  if (bearer_consumer != NULL && json_array_get_length (consumers) != 1)
    {
      sandbox_respond_error (req, SOUP_STATUS_BAD_REQUEST, "BAD_REQUEST", NULL,
                             "With a bearer token, only one consumer may be posted.");
      return;
    }

  /* Everything is checked before anything changes: a call is all or nothing. */
  for (guint i = 0; i < json_array_get_length (consumers); i++)
    {
      JsonNode *element = json_array_get_element (consumers, i);
      ConsumerPost post = { NULL, NULL, NULL };
      g_autoptr(JsonObject) details = json_object_new ();
      g_autoptr(JsonObject) form = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        {
          sandbox_respond_error (req, SOUP_STATUS_BAD_REQUEST, "BAD_REQUEST", NULL, "Consumer %u is not an object.", i + 1);
          return;
        }
      post.input = json_node_get_object (element);

      if (bearer_consumer != NULL)
        post.existing = bearer_consumer;
      else if (json_object_has_member (post.input, "uid"))
        {
          post.existing = sandbox_data_lookup (req->self->data, SANDBOX_CONSUMERS,
                                               sandbox_uid_from_uri (&req->repr, "consumers",
                                                                     sandbox_get_string (post.input, "uid")));
          if (post.existing == NULL)
            {
              sandbox_respond_error (req, SOUP_STATUS_BAD_REQUEST, "INSUFFICIENT_CONSUMER_INFORMATION", NULL,
                                     "Consumer %u refers to a consumer that was not found.", i + 1);
              return;
            }
        }

      if (json_object_has_member (post.input, "tickets"))
        {
          post.tickets = sandbox_resolve_tickets (req, json_object_get_member (post.input, "tickets"), NULL, NULL, seen);
          if (post.tickets == NULL)
            return;
        }

      if (!is_reference_only (post.input) || post.existing == NULL)
        {
          form = post.tickets != NULL ? sandbox_merged_form (post.tickets) : NULL;
          sandbox_validate_consumer (post.input, form, details);
          if (post.tickets != NULL)
            sandbox_check_unique_email (req, post.tickets, post.input, seen, details);
          if (sandbox_respond_if_invalid (req, details))
            {
              consumer_post_clear (&post);
              return;
            }
        }

      g_array_append_val (posts, post);
    }

  list = json_array_new ();
  for (guint i = 0; i < posts->len; i++)
    {
      ConsumerPost *post = &g_array_index (posts, ConsumerPost, i);
      JsonObject *consumer = post->existing;

      if (!is_reference_only (post->input) || consumer == NULL)
        {
          g_autoptr(JsonObject) revision = sandbox_new_consumer_revision (req->self, post->input,
                                                                         consumer != NULL ? sandbox_get_string (consumer, "uid") : NULL);

          if (consumer != NULL)
            {
              /* A revision replaces what is known of an existing consumer. */
              JsonObjectIter iter;
              const char *name;
              JsonNode *value;

              json_object_set_string_member (revision, "reference", sandbox_get_string (consumer, "reference"));
              json_object_iter_init (&iter, revision);
              while (json_object_iter_next (&iter, &name, &value))
                json_object_set_member (consumer, name, json_node_copy (value));
              sandbox_data_changed (req->self->data, SANDBOX_CONSUMERS);
            }
          else
            {
              sandbox_data_add (req->self->data, SANDBOX_CONSUMERS, revision);
              consumer = revision;
            }
        }

      for (guint j = 0; post->tickets != NULL && j < post->tickets->len; j++)
        json_object_set_string_member (g_ptr_array_index (post->tickets, j), "consumer",
                                       sandbox_get_string (consumer, "uid"));

      if (!is_reference_only (post->input) || post->existing == NULL)
        log_revision (req, consumer, post->tickets);

      json_array_add_object_element (list, sandbox_repr_consumer (&req->repr, consumer, TRUE));
    }

  sandbox_save_state (req->self);
  object = json_object_new ();
  json_object_set_object_member (object, "_links", sandbox_new_links (self, "consumers"));
  embedded = json_object_new ();
  json_object_set_array_member (embedded, "shop:consumer", list);
  json_object_set_object_member (object, "_embedded", embedded);
  sandbox_respond_json (req, SOUP_STATUS_CREATED, object);
}

void
sandbox_handle_consumers (Request    *req,
                          const char *uid)
{
  g_autoptr(GPtrArray) items = NULL;

  if (uid == NULL && g_str_equal (req->method, "POST"))
    {
      handle_post_consumers (req);
      return;
    }

  if (!sandbox_require (req, sandbox_may (&req->auth, TICKETS_STAFF_ACTION_FIND_CONSUMERS), "read consumers"))
    return;

  if (uid != NULL)
    {
      JsonObject *consumer = sandbox_data_lookup (req->self->data, SANDBOX_CONSUMERS, uid);

      if (consumer == NULL)
        sandbox_respond_not_found (req, "The consumer");
      else
        sandbox_respond_json (req, SOUP_STATUS_OK, sandbox_repr_consumer (&req->repr, consumer, TRUE));
      return;
    }

  items = sandbox_all_items (req->self, SANDBOX_CONSUMERS);
  if (sandbox_filter_items (req, SANDBOX_CONSUMERS, items, consumer_filters))
    sandbox_respond_page (req, "/consumers", "consumers", "shop:consumer",
                          "/consumers{?email,first_name,last_name,date_of_birth,gender,postal_code,city,country,state,reference,external_reference}",
                          items, consumer_with_links);
}

void
sandbox_consumers_warm_search (TicketsSandbox *self)
{
  sandbox_warm_search (self, SANDBOX_CONSUMERS, consumer_filters);
}
