/* tickets-store-submit.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "tickets-body.h"
#include "tickets-client.h"
#include "tickets-error.h"
#include "tickets-hal.h"
#include "tickets-json.h"
#include "tickets-parse.h"
#include "tickets-store-private.h"

/* Every change to server data goes through tickets_store_submit_async(): a
 * submission is just its kind, method, URI, body and auth, and what the
 * server answers is applied from those alone, so the durable outbox
 * (tickets-store-outbox.c) replays one without knowing who asked for it.
 * This file is what a submission is, how an answer is applied, and the
 * public calls that make them. */

TicketsSubmission *
tickets_submission_new (TicketsChangeKind  kind,
                        const char        *method,
                        char              *uri,
                        JsonNode          *body,
                        TicketsAuth       *auth)
{
  TicketsSubmission *submission = g_new0 (TicketsSubmission, 1);

  submission->kind = kind;
  submission->method = g_strdup (method);
  submission->uri = uri;
  submission->body = body;
  submission->auth = auth != NULL ? tickets_auth_ref (auth) : NULL;

  return submission;
}

void
tickets_submission_free (TicketsSubmission *submission)
{
  g_free (submission->method);
  g_free (submission->uri);
  g_clear_pointer (&submission->body, json_node_unref);
  g_clear_pointer (&submission->auth, tickets_auth_unref);
  g_free (submission);
}

static JsonObject *
body_object (TicketsSubmission *submission)
{
  return json_node_get_object (submission->body);
}

/* The uids of the tickets a submission's body names. */
static GPtrArray *
body_ticket_uids (JsonObject *object)
{
  GPtrArray *uids = g_ptr_array_new_with_free_func (g_free);
  JsonNode *node = json_object_get_member (object, "tickets");
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return uids;

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      char *uid = tickets_hal_uid_from_href (json_array_get_string_element (array, i));

      if (uid != NULL)
        g_ptr_array_add (uids, uid);
    }

  return uids;
}

/* What the server confirmed, applied to the tickets the store knows. */
static void
mark_personalized (TicketsStore    *self,
                   JsonObject      *object,
                   TicketsConsumer *consumer)
{
  g_autoptr(GPtrArray) uids = body_ticket_uids (object);

  for (guint i = 0; i < uids->len; i++)
    {
      TicketsTicket *ticket = g_hash_table_lookup (self->tickets, g_ptr_array_index (uids, i));

      if (ticket == NULL)
        continue;

      g_object_freeze_notify (G_OBJECT (ticket));
      tickets_ticket_set_consumer (ticket, consumer);
      tickets_ticket_set_personalized (ticket, TRUE);
      tickets_ticket_set_needs_personalization (ticket, FALSE);
      g_object_thaw_notify (G_OBJECT (ticket));
    }
}

static gpointer
apply_personalize (TicketsStore     *self,
                   TicketsSubmission *submission,
                   TicketsResponse  *response,
                   GError          **error)
{
  g_autoptr(TicketsPersonalization) fresh = NULL;
  g_autoptr(TicketsConsumer) consumer = NULL;
  GBytes *body = tickets_response_get_body (response);
  JsonObject *object = body_object (submission);
  TicketsConsent sent = TICKETS_CONSENT_NONE;
  gboolean sent_consent;

  /* The documented answer does not say what the holder agreed to: then it
   * is what was sent, now that the server has accepted it. Read back from
   * the body, it is exactly what left the app. */
  sent_consent = tickets_parse_consent_node (json_object_get_member (object, "opt_in"), &sent);

  /* Older servers answer 204 No Content: the request itself says what changed. */
  if (g_bytes_get_size (body) == 0)
    {
      g_autoptr(GPtrArray) uids = body_ticket_uids (object);

      consumer = tickets_parse_consumer_object (json_object_get_object_member (object, "consumer"), error);
      if (consumer == NULL)
        return NULL;
      mark_personalized (self, object, consumer);
      for (guint i = 0; sent_consent && i < uids->len; i++)
        {
          TicketsTicket *ticket = g_hash_table_lookup (self->tickets, g_ptr_array_index (uids, i));

          if (ticket != NULL)
            tickets_ticket_set_consent (ticket, sent);
        }
      return NULL;
    }

  if ((fresh = tickets_parse_personalization (body, error)) == NULL)
    return NULL;

  for (guint i = 0; sent_consent && i < g_list_model_get_n_items (tickets_personalization_get_tickets (fresh)); i++)
    {
      g_autoptr(TicketsTicket) ticket = g_list_model_get_item (tickets_personalization_get_tickets (fresh), i);

      if (!tickets_ticket_get_consent_known (ticket))
        tickets_ticket_set_consent (ticket, sent);
    }

  return g_object_ref (tickets_store_adopt_personalization (self, fresh));
}

static gpointer
apply_post_consumers (TicketsStore     *self,
                      TicketsSubmission *submission,
                      TicketsResponse  *response,
                      GError          **error)
{
  g_autoptr(TicketsParsedPage) page = NULL;
  JsonArray *posted = json_object_get_array_member (body_object (submission), "consumers");

  if ((page = tickets_parse_consumer_page (tickets_response_get_body (response), error)) == NULL)
    return NULL;

  /* The answer lists the stored revisions in the order they were posted. */
  for (guint i = 0; i < page->items->len && i < json_array_get_length (posted); i++)
    {
      JsonObject *revision = json_array_get_object_element (posted, i);

      if (revision != NULL)
        mark_personalized (self, revision, g_ptr_array_index (page->items, i));
    }

  return g_ptr_array_ref (page->items);
}

static gpointer
apply_create_request (TicketsStore     *self,
                      TicketsSubmission *submission,
                      TicketsResponse  *response,
                      GError          **error)
{
  g_autoptr(TicketsPersonalizationRequest) fresh = NULL;
  g_autoptr(GPtrArray) uids = NULL;
  TicketsPersonalizationRequest *request;
  const char *token;
  const char *href;

  fresh = tickets_parse_personalization_request (tickets_response_get_body (response), error);
  if (fresh == NULL)
    return NULL;

  /* The real service emails the token to the friend; the sandbox also
   * hands it back, so the demo can play the friend. */
  if ((token = tickets_response_get_header (response, "X-Sandbox-Personalization-Request-Token")) != NULL)
    tickets_personalization_request_set_token (fresh, token);

  request = tickets_store_adopt_request (self, fresh);
  href = tickets_resource_get_href (TICKETS_RESOURCE (request));

  uids = body_ticket_uids (body_object (submission));
  for (guint i = 0; href != NULL && i < uids->len; i++)
    {
      TicketsTicket *ticket = g_hash_table_lookup (self->tickets, g_ptr_array_index (uids, i));
      g_autoptr(GStrvBuilder) builder = NULL;
      g_auto(GStrv) uris = NULL;
      const char * const *known;

      if (ticket == NULL)
        continue;

      known = tickets_ticket_get_personalization_request_uris (ticket);
      if (known != NULL && g_strv_contains (known, href))
        continue;

      builder = g_strv_builder_new ();
      if (known != NULL)
        g_strv_builder_addv (builder, (const char **) known);
      g_strv_builder_add (builder, href);
      uris = g_strv_builder_end (builder);
      tickets_ticket_set_personalization_request_uris (ticket, (const char * const *) uris);
    }
  tickets_store_relink_request_tickets (self, request);

  return g_object_ref (request);
}

static gpointer
apply_cancel_request (TicketsStore     *self,
                      TicketsSubmission *submission,
                      TicketsResponse  *response,
                      GError          **error)
{
  GBytes *body = tickets_response_get_body (response);
  TicketsPersonalizationRequest *request;

  if (g_bytes_get_size (body) > 0)
    {
      g_autoptr(TicketsPersonalizationRequest) fresh = tickets_parse_personalization_request (body, error);

      if (fresh == NULL)
        return NULL;
      return g_object_ref (tickets_store_adopt_request (self, fresh));
    }

  request = tickets_store_lookup_by_href (self->requests, submission->uri);
  if (request == NULL)
    {
      g_autofree char *uid = tickets_hal_uid_from_href (submission->uri);
      g_autoptr(TicketsPersonalizationRequest) fresh = tickets_personalization_request_new (uid);

      request = tickets_store_adopt_request (self, fresh);
    }

  tickets_personalization_request_set_state (request, "cancelled");
  tickets_store_relink_request_tickets (self, request);
  return g_object_ref (request);
}

static gpointer
apply_reissue (TicketsStore     *self,
               TicketsSubmission *submission,
               TicketsResponse  *response,
               GError          **error)
{
  g_autoptr(TicketsOrder) fresh = NULL;
  g_autoptr(GPtrArray) uids = NULL;

  if ((fresh = tickets_parse_order (tickets_response_get_body (response), error)) == NULL)
    return NULL;

  /* Re-issued tickets are replaced by new ones with new barcodes. */
  uids = body_ticket_uids (body_object (submission));
  for (guint i = 0; i < uids->len; i++)
    {
      TicketsTicket *ticket = g_hash_table_lookup (self->tickets, g_ptr_array_index (uids, i));

      if (ticket != NULL)
        tickets_ticket_set_status (ticket, TICKETS_TICKET_STATUS_REISSUED);
    }

  return g_object_ref (tickets_store_adopt_order (self, fresh));
}

typedef gpointer (*ApplyFunc) (TicketsStore       *self,
                               TicketsSubmission  *submission,
                               TicketsResponse    *response,
                               GError            **error);

static const struct
{
  ApplyFunc      apply;
  GDestroyNotify free_result;
} submission_kinds[] = {
  [TICKETS_CHANGE_PERSONALIZE] = { apply_personalize, g_object_unref },
  [TICKETS_CHANGE_POST_CONSUMERS] = { apply_post_consumers, (GDestroyNotify) g_ptr_array_unref },
  [TICKETS_CHANGE_CREATE_PERSONALIZATION_REQUEST] = { apply_create_request, g_object_unref },
  [TICKETS_CHANGE_CANCEL_PERSONALIZATION_REQUEST] = { apply_cancel_request, g_object_unref },
  [TICKETS_CHANGE_REISSUE] = { apply_reissue, g_object_unref },
};

gpointer
tickets_store_submission_apply (TicketsStore       *self,
                                TicketsSubmission  *submission,
                                TicketsResponse    *response,
                                GDestroyNotify     *free_result,
                                GError            **error)
{
  *free_result = submission_kinds[submission->kind].free_result;
  return submission_kinds[submission->kind].apply (self, submission, response, error);
}

/* The consumer objects of a body: the holder of a personalization or
 * re-issue, the revisions of a POST /consumers. */
static GPtrArray *
body_consumers (TicketsSubmission *submission)
{
  GPtrArray *consumers = g_ptr_array_new ();
  JsonObject *object;

  if (submission->body == NULL || !JSON_NODE_HOLDS_OBJECT (submission->body))
    return consumers;

  object = body_object (submission);
  if (submission->kind == TICKETS_CHANGE_POST_CONSUMERS)
    {
      JsonNode *node = json_object_get_member (object, "consumers");
      JsonArray *posted = node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;

      for (guint i = 0; posted != NULL && i < json_array_get_length (posted); i++)
        if (JSON_NODE_HOLDS_OBJECT (json_array_get_element (posted, i)))
          g_ptr_array_add (consumers, json_array_get_object_element (posted, i));
    }
  else if (json_object_has_member (object, "consumer") &&
           JSON_NODE_HOLDS_OBJECT (json_object_get_member (object, "consumer")))
    g_ptr_array_add (consumers, json_object_get_object_member (object, "consumer"));

  return consumers;
}

GPtrArray *
tickets_submission_dup_ticket_uids (TicketsSubmission *submission)
{
  GPtrArray *uids = g_ptr_array_new_with_free_func (g_free);

  if (submission->body == NULL || !JSON_NODE_HOLDS_OBJECT (submission->body))
    return uids;

  if (submission->kind == TICKETS_CHANGE_POST_CONSUMERS)
    {
      g_autoptr(GPtrArray) revisions = body_consumers (submission);

      for (guint i = 0; i < revisions->len; i++)
        g_ptr_array_extend_and_steal (uids, body_ticket_uids (g_ptr_array_index (revisions, i)));
    }
  else
    g_ptr_array_extend_and_steal (uids, body_ticket_uids (body_object (submission)));

  return uids;
}

char *
tickets_submission_dup_typed (TicketsSubmission *submission)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GPtrArray) uids = tickets_submission_dup_ticket_uids (submission);
  g_autoptr(GPtrArray) consumers = body_consumers (submission);
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "tickets");
  json_builder_begin_array (builder);
  for (guint i = 0; i < uids->len; i++)
    json_builder_add_string_value (builder, g_ptr_array_index (uids, i));
  json_builder_end_array (builder);
  if (consumers->len > 0)
    {
      json_builder_set_member_name (builder, "consumer");
      json_builder_add_value (builder, json_node_init_object (json_node_alloc (), g_ptr_array_index (consumers, 0)));
    }
  if (submission->body != NULL && JSON_NODE_HOLDS_OBJECT (submission->body) &&
      json_object_has_member (body_object (submission), "email"))
    {
      json_builder_set_member_name (builder, "email");
      json_builder_add_value (builder, json_node_copy (json_object_get_member (body_object (submission), "email")));
    }
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  return json_to_string (root, FALSE);
}

/* The tickets whose holders a submission saves: their rows say so while it
 * is on its way, queued, and after it failed. */
static GPtrArray *
dup_saved_tickets (TicketsStore      *self,
                   TicketsSubmission *submission)
{
  GPtrArray *tickets = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) uids = NULL;

  if (submission->kind != TICKETS_CHANGE_PERSONALIZE &&
      submission->kind != TICKETS_CHANGE_POST_CONSUMERS)
    return tickets;

  uids = tickets_submission_dup_ticket_uids (submission);
  for (guint i = 0; i < uids->len; i++)
    {
      TicketsTicket *ticket = g_hash_table_lookup (self->tickets, g_ptr_array_index (uids, i));

      if (ticket != NULL)
        g_ptr_array_add (tickets, g_object_ref (ticket));
    }

  return tickets;
}

void
tickets_store_submission_mark (TicketsStore      *self,
                               TicketsSubmission *submission,
                               TicketsSaveState   state,
                               const GError      *error)
{
  g_autoptr(GPtrArray) tickets = dup_saved_tickets (self, submission);

  for (guint i = 0; i < tickets->len; i++)
    {
      TicketsTicket *ticket = g_ptr_array_index (tickets, i);

      g_object_freeze_notify (G_OBJECT (ticket));
      tickets_ticket_set_save_state (ticket, state, error);
      /* What was typed is on the server now: no draft is left to keep. */
      if (state == TICKETS_SAVE_STATE_NONE)
        tickets_ticket_set_draft (ticket, NULL);
      g_object_thaw_notify (G_OBJECT (ticket));
    }
}

/* The one path every submission takes: into the outbox, then out. */
static void
tickets_store_submit_async (TicketsStore        *self,
                            TicketsSubmission   *submission,
                            gpointer             source_tag,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  GTask *task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, source_tag);
  tickets_store_sender_submit (self, submission, task);
}

static char **
dup_ticket_uris (TicketsStore       *self,
                 const char * const *tickets)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (gsize i = 0; tickets != NULL && tickets[i] != NULL; i++)
    {
      g_autofree char *uri = tickets_store_resource_uri (self, "tickets", tickets[i]);

      g_strv_builder_add (builder, uri);
    }

  return g_strv_builder_end (builder);
}

static void
personalize (TicketsStore        *self,
             const char          *order_uri,
             const char          *request_uri,
             const char * const  *tickets,
             TicketsConsumer     *consumer,
             TicketsConsent       consent,
             TicketsAuth         *auth,
             GCancellable        *cancellable,
             GAsyncReadyCallback  callback,
             gpointer             user_data)
{
  g_auto(GStrv) ticket_uris = dup_ticket_uris (self, tickets);
  JsonNode *body;

  body = tickets_body_personalization (order_uri, request_uri, (const char * const *) ticket_uris,
                                       consumer, consent);
  tickets_store_submit_async (self,
                              tickets_submission_new (TICKETS_CHANGE_PERSONALIZE, "POST",
                                              g_strconcat (self->base, "personalization", NULL),
                                              body, auth),
                              tickets_store_personalize_async, cancellable, callback, user_data);
}

/**
 * tickets_store_personalize_async:
 * @self: a #TicketsStore
 * @order: the order's uid or URI
 * @tickets: uids or URIs of tickets of that order
 * @consumer: who will hold them
 * @consent: what the holder ticked, each box its own flag
 * @auth: (nullable): Order-Token or Cognito-Token auth; NULL for the client's
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the server has answered
 * @user_data: data for @callback
 *
 * Puts a name on tickets, as the buyer of the order. The tickets the store
 * holds are updated from the server's answer, their consent too (see
 * tickets_ticket_get_consent()).
 */
void
tickets_store_personalize_async (TicketsStore        *self,
                                 const char          *order,
                                 const char * const  *tickets,
                                 TicketsConsumer     *consumer,
                                 TicketsConsent       consent,
                                 TicketsAuth         *auth,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autofree char *order_uri = NULL;

  g_return_if_fail (TICKETS_IS_STORE (self));
  g_return_if_fail (order != NULL);
  g_return_if_fail (tickets != NULL);
  g_return_if_fail (TICKETS_IS_CONSUMER (consumer));

  order_uri = tickets_store_resource_uri (self, "orders", order);
  personalize (self, order_uri, NULL, tickets, consumer, consent, auth, cancellable, callback, user_data);
}

/**
 * tickets_store_personalize_by_request_async:
 * @self: a #TicketsStore
 * @request: the personalization request's uid or URI
 * @tickets: uids or URIs of tickets of that request
 * @consumer: who will hold them
 * @consent: what the holder ticked, each box its own flag
 * @auth: (nullable): the request's Personalization-Request-Token auth
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the server has answered
 * @user_data: data for @callback
 *
 * Puts a name on tickets, as the friend a personalization request was sent to.
 * Finish with tickets_store_personalize_finish().
 */
void
tickets_store_personalize_by_request_async (TicketsStore        *self,
                                            const char          *request,
                                            const char * const  *tickets,
                                            TicketsConsumer     *consumer,
                                            TicketsConsent       consent,
                                            TicketsAuth         *auth,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data)
{
  g_autofree char *request_uri = NULL;

  g_return_if_fail (TICKETS_IS_STORE (self));
  g_return_if_fail (request != NULL);
  g_return_if_fail (tickets != NULL);
  g_return_if_fail (TICKETS_IS_CONSUMER (consumer));

  request_uri = tickets_store_resource_uri (self, "personalization-requests", request);
  personalize (self, NULL, request_uri, tickets, consumer, consent, auth, cancellable, callback, user_data);
}

/**
 * tickets_store_personalize_finish:
 * @self: a #TicketsStore
 * @result: the result passed to the callback
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the personalization; %NULL without an
 *   error when the server confirmed without one (204 No Content)
 */
TicketsPersonalization *
tickets_store_personalize_finish (TicketsStore  *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  return tickets_store_task_finish (self, result, tickets_store_personalize_async, error);
}

/**
 * tickets_store_post_consumers_async:
 * @self: a #TicketsStore
 * @revisions: (element-type TicketsConsumerRevision): consumers, each with its tickets
 * @auth: (nullable): Basic auth; NULL for the client's
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the server has answered
 * @user_data: data for @callback
 *
 * Posts consumer revisions in one batch, as box-office staff do for the
 * customers in front of them.
 */
void
tickets_store_post_consumers_async (TicketsStore        *self,
                                    GPtrArray           *revisions,
                                    TicketsAuth         *auth,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_autoptr(GPtrArray) absolute = NULL;

  g_return_if_fail (TICKETS_IS_STORE (self));
  g_return_if_fail (revisions != NULL);

  absolute = g_ptr_array_new_with_free_func ((GDestroyNotify) tickets_consumer_revision_free);
  for (guint i = 0; i < revisions->len; i++)
    {
      TicketsConsumerRevision *revision = g_ptr_array_index (revisions, i);
      g_auto(GStrv) uris = dup_ticket_uris (self, (const char * const *) revision->ticket_uris);

      g_ptr_array_add (absolute, tickets_consumer_revision_new (revision->consumer,
                                                                revision->ticket_uris != NULL ? (const char * const *) uris : NULL));
    }

  tickets_store_submit_async (self,
                              tickets_submission_new (TICKETS_CHANGE_POST_CONSUMERS, "POST",
                                              g_strconcat (self->base, "consumers", NULL),
                                              tickets_body_consumers (absolute), auth),
                              tickets_store_post_consumers_async, cancellable, callback, user_data);
}

/**
 * tickets_store_post_consumers_finish:
 *
 * Returns: (transfer full) (element-type TicketsConsumer): the revisions as stored
 */
GPtrArray *
tickets_store_post_consumers_finish (TicketsStore  *self,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  return tickets_store_task_finish (self, result, tickets_store_post_consumers_async, error);
}

/**
 * tickets_store_create_personalization_request_async:
 * @self: a #TicketsStore
 * @order: the order's uid or URI
 * @email: the friend's email address
 * @tickets: uids or URIs of tickets of that order
 * @auth: (nullable): Order-Token or Cognito-Token auth; NULL for the client's
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the server has answered
 * @user_data: data for @callback
 *
 * Asks a friend by email to fill in their own details for some tickets.
 */
void
tickets_store_create_personalization_request_async (TicketsStore        *self,
                                                    const char          *order,
                                                    const char          *email,
                                                    const char * const  *tickets,
                                                    TicketsAuth         *auth,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data)
{
  g_autofree char *order_uri = NULL;
  g_auto(GStrv) ticket_uris = NULL;

  g_return_if_fail (TICKETS_IS_STORE (self));
  g_return_if_fail (order != NULL);
  g_return_if_fail (email != NULL);
  g_return_if_fail (tickets != NULL);

  order_uri = tickets_store_resource_uri (self, "orders", order);
  ticket_uris = dup_ticket_uris (self, tickets);
  tickets_store_submit_async (self,
                              tickets_submission_new (TICKETS_CHANGE_CREATE_PERSONALIZATION_REQUEST, "POST",
                                              g_strconcat (self->base, "personalization-requests", NULL),
                                              tickets_body_personalization_request (order_uri, email,
                                                                                    (const char * const *) ticket_uris),
                                              auth),
                              tickets_store_create_personalization_request_async,
                              cancellable, callback, user_data);
}

/**
 * tickets_store_create_personalization_request_finish:
 *
 * Returns: (transfer full): the request
 */
TicketsPersonalizationRequest *
tickets_store_create_personalization_request_finish (TicketsStore  *self,
                                                     GAsyncResult  *result,
                                                     GError       **error)
{
  return tickets_store_task_finish (self, result, tickets_store_create_personalization_request_async, error);
}

void
tickets_store_cancel_personalization_request_async (TicketsStore        *self,
                                                    const char          *request,
                                                    TicketsAuth         *auth,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data)
{
  g_return_if_fail (TICKETS_IS_STORE (self));
  g_return_if_fail (request != NULL);

  tickets_store_submit_async (self,
                              tickets_submission_new (TICKETS_CHANGE_CANCEL_PERSONALIZATION_REQUEST, "DELETE",
                                              tickets_store_resource_uri (self, "personalization-requests", request),
                                              NULL, auth),
                              tickets_store_cancel_personalization_request_async,
                              cancellable, callback, user_data);
}

gboolean
tickets_store_cancel_personalization_request_finish (TicketsStore  *self,
                                                     GAsyncResult  *result,
                                                     GError       **error)
{
  g_autoptr(TicketsPersonalizationRequest) request = NULL;

  request = tickets_store_task_finish (self, result, tickets_store_cancel_personalization_request_async, error);
  return request != NULL;
}

/**
 * tickets_store_reissue_tickets_async:
 * @self: a #TicketsStore
 * @tickets: uids or URIs of tickets, all of one order
 * @consumer: the new owner
 * @auth: (nullable): Basic auth with the sales or merchant role; NULL for the client's
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the server has answered
 * @user_data: data for @callback
 *
 * Re-issues tickets to a new owner in a new order. The old tickets become
 * invalid; the new ones have new barcodes.
 */
void
tickets_store_reissue_tickets_async (TicketsStore        *self,
                                     const char * const  *tickets,
                                     TicketsConsumer     *consumer,
                                     TicketsAuth         *auth,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  g_auto(GStrv) ticket_uris = NULL;

  g_return_if_fail (TICKETS_IS_STORE (self));
  g_return_if_fail (tickets != NULL);
  g_return_if_fail (TICKETS_IS_CONSUMER (consumer));

  ticket_uris = dup_ticket_uris (self, tickets);
  tickets_store_submit_async (self,
                              tickets_submission_new (TICKETS_CHANGE_REISSUE, "POST",
                                              g_strconcat (self->base, "orders", NULL),
                                              tickets_body_reissue ((const char * const *) ticket_uris, consumer),
                                              auth),
                              tickets_store_reissue_tickets_async, cancellable, callback, user_data);
}

/**
 * tickets_store_reissue_tickets_finish:
 *
 * Returns: (transfer full): the new order
 */
TicketsOrder *
tickets_store_reissue_tickets_finish (TicketsStore  *self,
                                      GAsyncResult  *result,
                                      GError       **error)
{
  return tickets_store_task_finish (self, result, tickets_store_reissue_tickets_async, error);
}
