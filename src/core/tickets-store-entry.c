/* tickets-store-entry.c: a submission as an outbox entry, and back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tickets-auth.h"
#include "tickets-store-private.h"

/* What the outbox keeps of a submission is all a later run needs to send
 * it and to decide, after a lost answer, whether the server applied it:
 * the request (its body with absolute links), what the user typed, and
 * for a request to a friend the requests its tickets linked to before. No
 * credentials: the entry names its auth's identity only. */

gboolean
tickets_store_entry_is_reference (JsonObject *consumer)
{
  JsonObjectIter iter;
  const char *name;

  json_object_iter_init (&iter, consumer);
  while (json_object_iter_next (&iter, &name, NULL))
    if (!g_str_equal (name, "uid") && !g_str_equal (name, "tickets"))
      return FALSE;

  return json_object_has_member (consumer, "uid");
}

TicketsOutboxEntry *
tickets_store_entry_new (TicketsStore      *self,
                         const char        *server_key,
                         TicketsSubmission *submission,
                         TicketsAuth       *auth)
{
  TicketsOutboxEntry *entry = tickets_outbox_entry_new ();

  entry->id = g_uuid_string_random ();
  entry->server = g_strdup (server_key);
  entry->base = g_strdup (self->base);
  entry->identity = tickets_auth_dup_identity (auth);
  entry->kind = submission->kind;
  entry->method = g_strdup (submission->method);
  entry->uri = g_strdup (submission->uri);
  entry->typed = tickets_submission_dup_typed (submission);
  entry->state = TICKETS_OUTBOX_PENDING;

  return entry;
}

/* The request URIs the store's tickets of @submission link to now. */
static char *
dup_known_requests (TicketsStore      *self,
                    TicketsSubmission *submission)
{
  g_autoptr(GPtrArray) uids = tickets_submission_dup_ticket_uids (submission);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_array (builder);
  for (guint i = 0; i < uids->len; i++)
    {
      TicketsTicket *ticket = g_hash_table_lookup (self->tickets, g_ptr_array_index (uids, i));
      const char * const *links = ticket != NULL ? tickets_ticket_get_personalization_request_uris (ticket) : NULL;

      for (gsize j = 0; links != NULL && links[j] != NULL; j++)
        json_builder_add_string_value (builder, links[j]);
    }
  json_builder_end_array (builder);

  root = json_builder_get_root (builder);
  return json_to_string (root, FALSE);
}

void
tickets_store_entry_seal (TicketsStore       *self,
                          TicketsOutboxEntry *entry,
                          TicketsSubmission  *submission)
{
  /* A revision carries its entry's id, for finding it after a lost
   * answer. Not a reference to a known consumer (its uid alone): any other
   * field would make it a new revision of them. */
  if (submission->kind == TICKETS_CHANGE_POST_CONSUMERS && submission->body != NULL)
    {
      JsonArray *posted = json_object_get_array_member (json_node_get_object (submission->body), "consumers");

      for (guint i = 0; posted != NULL && i < json_array_get_length (posted); i++)
        {
          JsonObject *revision = json_array_get_object_element (posted, i);
          g_autofree char *reference = NULL;

          if (revision == NULL || tickets_store_entry_is_reference (revision))
            continue;
          reference = g_strdup_printf ("%s.%u", entry->id, i);
          json_object_set_string_member (revision, "external_reference", reference);
        }
    }

  /* A request to a friend is found afterwards as one its tickets did not
   * link to before. */
  if (submission->kind == TICKETS_CHANGE_CREATE_PERSONALIZATION_REQUEST)
    entry->before = dup_known_requests (self, submission);

  if (submission->body != NULL)
    entry->body = json_to_string (submission->body, FALSE);
}

char *
tickets_store_entry_dup_plain_body (const TicketsOutboxEntry *entry)
{
  g_autoptr(JsonNode) node = NULL;
  JsonArray *posted;

  if (entry->body == NULL || entry->kind != TICKETS_CHANGE_POST_CONSUMERS)
    return g_strdup (entry->body);

  node = json_from_string (entry->body, NULL);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return g_strdup (entry->body);

  /* Without the external_reference the outbox put on each revision. */
  posted = json_object_get_array_member (json_node_get_object (node), "consumers");
  for (guint i = 0; posted != NULL && i < json_array_get_length (posted); i++)
    {
      JsonObject *revision = json_array_get_object_element (posted, i);

      if (revision != NULL)
        json_object_remove_member (revision, "external_reference");
    }

  return json_to_string (node, FALSE);
}

/* The demo server's port changes from run to run, and its links with it. */
static void
rebase_node (JsonNode   *node,
             const char *old_base,
             const char *new_base)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObjectIter iter;
      JsonNode *member;

      json_object_iter_init (&iter, json_node_get_object (node));
      while (json_object_iter_next (&iter, NULL, &member))
        rebase_node (member, old_base, new_base);
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        rebase_node (json_array_get_element (array, i), old_base, new_base);
    }
  else if (json_node_get_value_type (node) == G_TYPE_STRING &&
           g_str_has_prefix (json_node_get_string (node), old_base))
    {
      g_autofree char *rebased = g_strconcat (new_base, json_node_get_string (node) + strlen (old_base), NULL);

      json_node_set_string (node, rebased);
    }
}

TicketsSubmission *
tickets_store_entry_dup_submission (TicketsStore             *self,
                                    const TicketsOutboxEntry *entry,
                                    TicketsAuth              *auth)
{
  g_autoptr(JsonNode) body = NULL;
  g_autofree char *uri = g_strdup (entry->uri);

  if (entry->body != NULL)
    body = json_from_string (entry->body, NULL);

  /* Made against an earlier run's base URI: made against this one's. */
  if (entry->base != NULL && g_strcmp0 (entry->base, self->base) != 0)
    {
      if (body != NULL)
        rebase_node (body, entry->base, self->base);
      if (g_str_has_prefix (uri, entry->base))
        {
          g_autofree char *rebased = g_strconcat (self->base, uri + strlen (entry->base), NULL);

          g_free (uri);
          uri = g_steal_pointer (&rebased);
        }
    }

  return tickets_submission_new ((TicketsChangeKind) entry->kind, entry->method, g_steal_pointer (&uri),
                                 g_steal_pointer (&body), auth);
}
