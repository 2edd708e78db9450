/* tickets-store-reconcile.c: did the server apply it? Read it back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tickets-auth.h"
#include "tickets-error.h"
#include "tickets-hal.h"
#include "tickets-parse.h"
#include "tickets-store-private.h"

/* After a drop, a timeout or a 5xx, a change may or may not have been
 * applied, and the Paylogic API has no idempotency key. So the store reads
 * back what the change would have changed, with the change's own auth,
 * and decides:
 *
 *  - a personalization: the tickets' holder is the one sent;
 *  - consumer revisions: a consumer with the entry's external_reference
 *    ("<entry id>.0") exists; a known consumer put on tickets (their uid
 *    alone, which carries no reference): the tickets' holder has their
 *    details;
 *  - a re-issue: the old tickets are no longer valid;
 *  - a request to a friend: a ticket links to a request to that address
 *    that it did not link to when the change was made (the entry's
 *    "before"), and it is not withdrawn;
 *  - withdrawing a request: the request is withdrawn.
 *
 * Everything read is merged into the store, so rows update as it goes. Any
 * read that fails leaves the change unknown: the caller asks again later. */

typedef struct
{
  TicketsSubmission *submission;  /* (not owned: the caller's) */
  char              *entry_id;
  GStrv              before;      /* request URIs known before, or NULL */
  char              *email;       /* the friend's address, or NULL */
  char              *referred;    /* a known consumer's uid put on tickets, or NULL */
  JsonNode          *referred_as; /* what the server says of them, once read */
  GPtrArray         *uris;        /* still to read */
  guint              next;
  gboolean           all_match;   /* personalization: so far every holder matches */
  gboolean           any_match;   /* the others: something proves it applied */
} Reconcile;

static void
reconcile_free (Reconcile *state)
{
  g_free (state->entry_id);
  g_strfreev (state->before);
  g_free (state->email);
  g_free (state->referred);
  g_clear_pointer (&state->referred_as, json_node_unref);
  g_clear_pointer (&state->uris, g_ptr_array_unref);
  g_free (state);
}

static JsonObject *
body_object (TicketsSubmission *submission)
{
  if (submission->body == NULL || !JSON_NODE_HOLDS_OBJECT (submission->body))
    return NULL;
  return json_node_get_object (submission->body);
}

/* The ticket URIs of the body, as sent. */
static void
add_body_ticket_uris (GPtrArray  *uris,
                      JsonObject *object)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, "tickets") : NULL;
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return;

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      const char *uri = json_array_get_string_element (array, i);

      if (uri != NULL)
        g_ptr_array_add (uris, g_strdup (uri));
    }
}

static gboolean
same_text (const char *sent,
           const char *stored,
           gboolean    ignore_case)
{
  /* A field the server does not show is no evidence either way. */
  if (sent == NULL || *sent == '\0' || stored == NULL)
    return TRUE;

  return ignore_case ? g_ascii_strcasecmp (sent, stored) == 0 : g_str_equal (sent, stored);
}

/* Whether the ticket's holder is the one the body named. */
static gboolean
holder_matches (TicketsTicket *ticket,
                JsonObject    *sent)
{
  TicketsConsumer *holder = tickets_ticket_get_consumer (ticket);

  if (holder == NULL || sent == NULL)
    return FALSE;

  return same_text (json_object_get_string_member_with_default (sent, "first_name", NULL),
                    tickets_consumer_get_first_name (holder), FALSE) &&
         same_text (json_object_get_string_member_with_default (sent, "last_name", NULL),
                    tickets_consumer_get_last_name (holder), FALSE) &&
         same_text (json_object_get_string_member_with_default (sent, "email", NULL),
                    tickets_consumer_get_email (holder), TRUE) &&
         tickets_consumer_get_last_name (holder) != NULL;
}

static void read_next (GTask *task);

static void
on_read (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  TicketsStore *self = g_task_get_source_object (task);
  Reconcile *state = g_task_get_task_data (task);
  TicketsSubmission *submission = state->submission;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  bytes = tickets_client_get_json_finish (TICKETS_CLIENT (source), result, &error);
  if (bytes == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  switch (submission->kind)
    {
    case TICKETS_CHANGE_PERSONALIZE:
    case TICKETS_CHANGE_REISSUE:
      {
        g_autoptr(TicketsTicket) fresh = tickets_parse_ticket (bytes, &error);
        TicketsTicket *ticket;

        if (fresh == NULL)
          break;
        ticket = tickets_store_adopt_ticket (self, fresh);
        if (submission->kind == TICKETS_CHANGE_PERSONALIZE)
          state->all_match &= holder_matches (ticket, json_object_get_object_member (body_object (submission), "consumer"));
        else
          state->any_match |= g_strcmp0 (tickets_ticket_get_status (ticket), "valid") != 0;
      }
      break;

    case TICKETS_CHANGE_POST_CONSUMERS:
      if (state->referred != NULL && state->referred_as == NULL)
        {
          /* First the consumer referred to: a ticket shows its holder's
           * details, not their uid. */
          state->referred_as = json_from_string (g_bytes_get_data (bytes, NULL), &error);
          if (state->referred_as != NULL && !JSON_NODE_HOLDS_OBJECT (state->referred_as))
            g_set_error_literal (&error, TICKETS_API_ERROR, TICKETS_API_ERROR_INVALID_RESPONSE, "Not a consumer");
        }
      else if (state->referred != NULL)
        {
          g_autoptr(TicketsTicket) fresh = tickets_parse_ticket (bytes, &error);

          if (fresh == NULL)
            break;
          state->any_match = holder_matches (tickets_store_adopt_ticket (self, fresh),
                                             json_node_get_object (state->referred_as));
        }
      else
        {
          g_autoptr(TicketsParsedPage) page = tickets_parse_consumer_page (bytes, &error);

          if (page != NULL)
            state->any_match = page->items->len > 0;
        }
      break;

    case TICKETS_CHANGE_CREATE_PERSONALIZATION_REQUEST:
      {
        const char *read = g_ptr_array_index (state->uris, state->next - 1);

        if (strstr (read, "/personalization-requests/") != NULL)
          {
            g_autoptr(TicketsPersonalizationRequest) fresh = tickets_parse_personalization_request (bytes, &error);
            TicketsPersonalizationRequest *request;

            if (fresh == NULL)
              break;
            request = tickets_store_adopt_request (self, fresh);
            state->any_match |= g_strcmp0 (tickets_personalization_request_get_state (request), "cancelled") != 0 &&
                                same_text (state->email, tickets_personalization_request_get_email (request), TRUE);
          }
        else
          {
            g_autoptr(TicketsTicket) fresh = tickets_parse_ticket (bytes, &error);
            const char * const *links;

            if (fresh == NULL)
              break;
            links = tickets_ticket_get_personalization_request_uris (tickets_store_adopt_ticket (self, fresh));
            /* Each request it links to now and did not then is read next. */
            for (gsize i = 0; links != NULL && links[i] != NULL; i++)
              if ((state->before == NULL || !g_strv_contains ((const char * const *) state->before, links[i])) &&
                  !g_ptr_array_find_with_equal_func (state->uris, links[i], g_str_equal, NULL))
                g_ptr_array_add (state->uris, g_strdup (links[i]));
          }
      }
      break;

    case TICKETS_CHANGE_CANCEL_PERSONALIZATION_REQUEST:
      {
        g_autoptr(TicketsPersonalizationRequest) fresh = tickets_parse_personalization_request (bytes, &error);

        if (fresh != NULL)
          state->any_match = g_strcmp0 (tickets_personalization_request_get_state (
                                          tickets_store_adopt_request (self, fresh)), "cancelled") == 0;
      }
      break;

    default:
      g_assert_not_reached ();
    }

  if (error != NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  read_next (g_steal_pointer (&task));
}

static void
read_next (GTask *task)
{
  TicketsStore *self = g_task_get_source_object (task);
  Reconcile *state = g_task_get_task_data (task);
  TicketsReconcileResult *decided;

  if (state->next < state->uris->len &&
      !(state->submission->kind == TICKETS_CHANGE_PERSONALIZE && !state->all_match) &&
      !(state->submission->kind != TICKETS_CHANGE_PERSONALIZE && state->any_match))
    {
      const char *uri = g_ptr_array_index (state->uris, state->next++);

      tickets_client_get_json_async (self->client, uri, state->submission->auth, NULL, on_read, task);
      return;
    }

  decided = g_new (TicketsReconcileResult, 1);
  if (state->submission->kind == TICKETS_CHANGE_PERSONALIZE)
    *decided = state->all_match && state->uris->len > 0 ? TICKETS_RECONCILE_APPLIED : TICKETS_RECONCILE_NOT_APPLIED;
  else
    *decided = state->any_match ? TICKETS_RECONCILE_APPLIED : TICKETS_RECONCILE_NOT_APPLIED;
  g_task_return_pointer (task, decided, g_free);
  g_object_unref (task);
}

void
tickets_store_reconcile_async (TicketsStore             *self,
                               TicketsSubmission        *submission,
                               const TicketsOutboxEntry *entry,
                               GAsyncReadyCallback       callback,
                               gpointer                  user_data)
{
  GTask *task = g_task_new (self, NULL, callback, user_data);
  Reconcile *state = g_new0 (Reconcile, 1);
  JsonObject *object = body_object (submission);

  g_task_set_source_tag (task, tickets_store_reconcile_async);
  state->submission = submission;
  state->entry_id = g_strdup (entry->id);
  state->uris = g_ptr_array_new_with_free_func (g_free);
  state->all_match = TRUE;
  g_task_set_task_data (task, state, (GDestroyNotify) reconcile_free);

  switch (submission->kind)
    {
    case TICKETS_CHANGE_PERSONALIZE:
    case TICKETS_CHANGE_REISSUE:
      add_body_ticket_uris (state->uris, object);
      break;

    case TICKETS_CHANGE_POST_CONSUMERS:
      {
        JsonNode *node = object != NULL ? json_object_get_member (object, "consumers") : NULL;
        JsonArray *posted = node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
        JsonObject *first = posted != NULL && json_array_get_length (posted) > 0 ?
                            json_array_get_object_element (posted, 0) : NULL;

        if (first != NULL && json_object_has_member (first, "external_reference"))
          {
            g_autofree char *escaped = g_uri_escape_string (json_object_get_string_member (first, "external_reference"),
                                                            NULL, FALSE);

            g_ptr_array_add (state->uris, g_strconcat (self->base, "consumers?external_reference=", escaped, NULL));
          }
        else if (first != NULL)
          {
            /* Known consumers put on tickets: the tickets say whose they are. */
            state->referred = g_strdup (json_object_get_string_member_with_default (first, "uid", NULL));
            if (state->referred != NULL)
              {
                g_autofree char *escaped = g_uri_escape_string (state->referred, NULL, FALSE);

                g_ptr_array_add (state->uris, g_strconcat (self->base, "consumers/", escaped, NULL));
                add_body_ticket_uris (state->uris, first);
              }
          }
      }
      break;

    case TICKETS_CHANGE_CREATE_PERSONALIZATION_REQUEST:
      add_body_ticket_uris (state->uris, object);
      if (object != NULL)
        state->email = g_strdup (json_object_get_string_member_with_default (object, "email", NULL));
      if (entry->before != NULL)
        {
          g_autoptr(JsonNode) before = json_from_string (entry->before, NULL);

          if (before != NULL && JSON_NODE_HOLDS_ARRAY (before))
            {
              g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
              JsonArray *array = json_node_get_array (before);

              for (guint i = 0; i < json_array_get_length (array); i++)
                if (json_array_get_string_element (array, i) != NULL)
                  g_strv_builder_add (builder, json_array_get_string_element (array, i));
              state->before = g_strv_builder_end (builder);
            }
        }
      break;

    case TICKETS_CHANGE_CANCEL_PERSONALIZATION_REQUEST:
      g_ptr_array_add (state->uris, g_strdup (submission->uri));
      break;

    default:
      g_assert_not_reached ();
    }

  read_next (task);
}

gboolean
tickets_store_reconcile_finish (TicketsStore            *self,
                                GAsyncResult            *result,
                                TicketsReconcileResult  *decided,
                                GError                 **error)
{
  g_autofree TicketsReconcileResult *value = NULL;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  value = g_task_propagate_pointer (G_TASK (result), error);
  if (value == NULL)
    return FALSE;

  *decided = *value;
  return TRUE;
}
