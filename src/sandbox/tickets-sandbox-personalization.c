/* tickets-sandbox-personalization.c: personalizing tickets
 *
 * The personalization handler (name the holders of tickets, read what was
 * named) and the handler of personalization requests, which ask someone
 * else to name the holders.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-consumer.h"
#include "tickets-sandbox-private.h"

static gboolean
ticket_in_request (Request    *req,
                   JsonObject *ticket,
                   gpointer    request)
{
  return sandbox_array_has_string (sandbox_get_array (request, "tickets"), sandbox_get_string (ticket, "uid"));
}

static void
complete_request_if_done (TicketsSandbox *self,
                          JsonObject     *request)
{
  JsonArray *tickets = sandbox_get_array (request, "tickets");

  for (guint i = 0; tickets != NULL && i < json_array_get_length (tickets); i++)
    if (!sandbox_ticket_is_personalized (sandbox_data_lookup (self->data, SANDBOX_TICKETS,
                                                              json_array_get_string_element (tickets, i))))
      return;

  json_object_set_string_member (request, "state", "completed");
}

static gboolean
validate_opt_in (Request    *req,
                 JsonObject *body)
{
  JsonNode *node = json_object_get_member (body, "opt_in");
  JsonObjectIter iter;
  const char *name;
  JsonNode *value;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;

  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      gboolean valid = TRUE;

      json_object_iter_init (&iter, json_node_get_object (node));
      while (json_object_iter_next (&iter, &name, &value))
        valid = valid && JSON_NODE_HOLDS_VALUE (value) && json_node_get_value_type (value) == G_TYPE_BOOLEAN;
      if (valid)
        return TRUE;
    }

  sandbox_respond_error (req, SOUP_STATUS_BAD_REQUEST, "BAD_REQUEST", NULL,
                         "“opt_in” must be an object of booleans, such as {\"opt_in\": false, \"opt_in_2\": false}.");
  return FALSE;
}

static void
handle_personalize (Request *req)
{
  g_autoptr(JsonObject) body = NULL;
  g_autoptr(JsonObject) details = json_object_new ();
  g_autoptr(JsonObject) form = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) tickets = NULL;
  g_autoptr(JsonObject) consumer = NULL;
  g_autoptr(JsonObject) personalization = NULL;
  g_autofree char *uid = NULL;
  g_autofree char *created = sandbox_now_string ();
  JsonObject *order = NULL;
  JsonObject *request = NULL;
  JsonObject *input;
  JsonArray *ticket_uids;
  const char *reference;

  if (!sandbox_require (req, req->auth.kind == AUTH_ORDER || req->auth.kind == AUTH_COGNITO || req->auth.kind == AUTH_REQUEST,
                        "personalize tickets; use an Order, Cognito or Personalization-Request token"))
    return;
  if ((body = sandbox_parse_body (req)) == NULL)
    return;

  if (json_object_has_member (body, "order") == json_object_has_member (body, "personalization_request"))
    {
      sandbox_respond_error (req, SOUP_STATUS_BAD_REQUEST, "BAD_REQUEST", NULL,
                             "Give either “order” or “personalization_request”, not both and not neither.");
      return;
    }

  if (json_object_has_member (body, "order"))
    {
      reference = sandbox_get_string (body, "order");
      order = sandbox_data_lookup (req->self->data, SANDBOX_ORDERS, sandbox_uid_from_uri (&req->repr, "orders", reference));
      if (order == NULL)
        {
          sandbox_respond_not_found (req, "The order");
          return;
        }
      if (!sandbox_require (req, req->auth.kind != AUTH_REQUEST && sandbox_can_read_order (&req->auth, order),
                            "personalize the tickets of this order"))
        return;
    }
  else
    {
      reference = sandbox_get_string (body, "personalization_request");
      request = sandbox_data_lookup (req->self->data, SANDBOX_REQUESTS,
                                     sandbox_uid_from_uri (&req->repr, "personalization-requests", reference));
      if (request == NULL)
        {
          sandbox_respond_not_found (req, "The personalization request");
          return;
        }
      if (!sandbox_require (req, req->auth.kind == AUTH_REQUEST && req->auth.subject == request,
                            "personalize the tickets of this personalization request"))
        return;
      if (!g_str_equal (sandbox_get_string (request, "state"), "pending"))
        {
          sandbox_respond_error (req, SOUP_STATUS_FORBIDDEN, "FORBIDDEN", NULL,
                                 "This personalization request is %s and can no longer be used.",
                                 sandbox_get_string (request, "state"));
          return;
        }
      order = sandbox_data_lookup (req->self->data, SANDBOX_ORDERS, sandbox_get_string (request, "order"));
    }

  tickets = sandbox_resolve_tickets (req, json_object_get_member (body, "tickets"),
                                     request != NULL ? ticket_in_request : sandbox_ticket_in_order,
                                     request != NULL ? (gpointer) request : (gpointer) order, seen);
  if (tickets == NULL)
    return;

  if (!validate_opt_in (req, body))
    return;

  input = sandbox_get_object (body, "consumer");
  if (input == NULL)
    {
      sandbox_respond_error (req, SOUP_STATUS_BAD_REQUEST, "INSUFFICIENT_CONSUMER_INFORMATION", NULL,
                             "A “consumer” object is needed to personalize tickets.");
      return;
    }

  form = sandbox_merged_form (tickets);
  sandbox_validate_consumer (input, form, details);
  sandbox_check_unique_email (req, tickets, input, seen, details);
  if (sandbox_respond_if_invalid (req, details))
    return;

  consumer = sandbox_new_consumer_revision (req->self, input, NULL);
  sandbox_data_add (req->self->data, SANDBOX_CONSUMERS, consumer);

  uid = sandbox_data_new_uid (req->self->data);
  personalization = json_object_new ();
  ticket_uids = json_array_new ();
  for (guint i = 0; i < tickets->len; i++)
    {
      JsonObject *ticket = g_ptr_array_index (tickets, i);

      json_object_set_string_member (ticket, "consumer", sandbox_get_string (consumer, "uid"));
      json_array_add_string_element (ticket_uids, sandbox_get_string (ticket, "uid"));
    }
  json_object_set_string_member (personalization, "uid", uid);
  json_object_set_string_member (personalization, "created_at", created);
  json_object_set_string_member (personalization, "order", sandbox_get_string (order, "uid"));
  json_object_set_array_member (personalization, "tickets", ticket_uids);
  json_object_set_string_member (personalization, "consumer", sandbox_get_string (consumer, "uid"));
  if (request != NULL)
    json_object_set_string_member (personalization, "personalization_request", sandbox_get_string (request, "uid"));
  else
    json_object_set_null_member (personalization, "personalization_request");
  sandbox_data_add (req->self->data, SANDBOX_PERSONALIZATIONS, personalization);

  if (request != NULL)
    complete_request_if_done (req->self, request);

  sandbox_save_state (req->self);

  {
    g_autofree char *location = sandbox_uri (&req->repr, "personalization", uid);

    soup_message_headers_replace (soup_server_message_get_response_headers (req->msg), "Location", location);
  }
  sandbox_respond_json (req, SOUP_STATUS_CREATED, sandbox_repr_personalization (&req->repr, personalization));
}

static gboolean
can_read_personalizations (Request    *req,
                           JsonObject *order)
{
  return (req->auth.kind == AUTH_ORDER || req->auth.kind == AUTH_COGNITO) && sandbox_can_read_order (&req->auth, order);
}

void
sandbox_handle_personalization (Request    *req,
                                const char *uid)
{
  JsonObject *order;
  const char *order_ref;
  g_autofree char *self = NULL;
  JsonArray *all;
  JsonArray *list;
  JsonObject *object;
  JsonObject *embedded;

  if (g_str_equal (req->method, "POST"))
    {
      handle_personalize (req);
      return;
    }

  if (!sandbox_require (req, req->auth.kind == AUTH_ORDER || req->auth.kind == AUTH_COGNITO,
                        "read personalizations; use an Order or Cognito token"))
    return;

  if (uid != NULL)
    {
      JsonObject *personalization = sandbox_data_lookup (req->self->data, SANDBOX_PERSONALIZATIONS, uid);

      if (personalization == NULL)
        {
          sandbox_respond_not_found (req, "The personalization");
          return;
        }
      order = sandbox_data_lookup (req->self->data, SANDBOX_ORDERS, sandbox_get_string (personalization, "order"));
      if (sandbox_require (req, can_read_personalizations (req, order), "read this personalization"))
        sandbox_respond_json (req, SOUP_STATUS_OK, sandbox_repr_personalization (&req->repr, personalization));
      return;
    }

  order_ref = req->query != NULL ? g_hash_table_lookup (req->query, "order") : NULL;
  if (order_ref == NULL || (req->query != NULL && g_hash_table_size (req->query) != 1))
    {
      sandbox_respond_error (req, SOUP_STATUS_BAD_REQUEST, "BAD_REQUEST", NULL,
                             "List personalizations with exactly one query parameter: ?order=<order URI>.");
      return;
    }

  order = sandbox_data_lookup (req->self->data, SANDBOX_ORDERS, sandbox_uid_from_uri (&req->repr, "orders", order_ref));
  if (order == NULL)
    {
      sandbox_respond_not_found (req, "The order");
      return;
    }
  if (!sandbox_require (req, can_read_personalizations (req, order), "read the personalizations of this order"))
    return;

  all = sandbox_data_list (req->self->data, SANDBOX_PERSONALIZATIONS);
  list = json_array_new ();
  for (guint i = 0; i < json_array_get_length (all); i++)
    {
      JsonObject *personalization = json_array_get_object_element (all, i);

      if (g_str_equal (sandbox_get_string (personalization, "order"), sandbox_get_string (order, "uid")))
        json_array_add_object_element (list, sandbox_repr_personalization (&req->repr, personalization));
    }

  self = sandbox_uri (&req->repr, "personalization", NULL);
  object = json_object_new ();
  json_object_set_object_member (object, "_links", sandbox_new_links (self, NULL));
  embedded = json_object_new ();
  json_object_set_array_member (embedded, "shop:personalization", list);
  json_object_set_object_member (object, "_embedded", embedded);
  sandbox_respond_json (req, SOUP_STATUS_OK, object);
}

static void
handle_create_request (Request *req)
{
  g_autoptr(JsonObject) body = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) tickets = NULL;
  g_autoptr(JsonObject) request = NULL;
  g_autofree char *uid = NULL;
  g_autofree char *token = NULL;
  g_autofree char *created = sandbox_now_string ();
  JsonObject *order;
  JsonArray *ticket_uids;
  const char *email;

  if (!sandbox_require (req, req->auth.kind == AUTH_ORDER || req->auth.kind == AUTH_COGNITO,
                        "ask for personalization; use an Order or Cognito token"))
    return;
  if ((body = sandbox_parse_body (req)) == NULL)
    return;

  order = sandbox_data_lookup (req->self->data, SANDBOX_ORDERS,
                               sandbox_uid_from_uri (&req->repr, "orders", sandbox_get_string (body, "order")));
  if (order == NULL)
    {
      sandbox_respond_error (req, SOUP_STATUS_BAD_REQUEST, "BAD_REQUEST", NULL, "“order” must reference an existing order.");
      return;
    }
  if (!sandbox_require (req, sandbox_can_read_order (&req->auth, order), "ask for the personalization of this order's tickets"))
    return;

  email = sandbox_get_string (body, "email");
  if (!tickets_email_is_plausible (email))
    {
      g_autoptr(JsonObject) details = json_object_new ();

      sandbox_add_detail (details, "email", "Enter a valid email address.");
      sandbox_respond_error (req, SOUP_STATUS_BAD_REQUEST, "BAD_REQUEST", g_steal_pointer (&details),
                             "A personalization request needs the email address of the person who will fill it in.");
      return;
    }

  tickets = sandbox_resolve_tickets (req, json_object_get_member (body, "tickets"), sandbox_ticket_in_order, order, seen);
  if (tickets == NULL)
    return;

  for (guint i = 0; i < tickets->len; i++)
    if (sandbox_ticket_is_personalized (g_ptr_array_index (tickets, i)))
      {
        sandbox_respond_error (req, SOUP_STATUS_BAD_REQUEST, "TICKET_ERROR", NULL,
                               "The ticket “%s” is already personalized.",
                               sandbox_get_string (g_ptr_array_index (tickets, i), "uid"));
        return;
      }

  uid = sandbox_data_new_uid (req->self->data);
  token = sandbox_data_new_uid (req->self->data);
  request = json_object_new ();
  ticket_uids = json_array_new ();
  for (guint i = 0; i < tickets->len; i++)
    json_array_add_string_element (ticket_uids, sandbox_get_string (g_ptr_array_index (tickets, i), "uid"));
  json_object_set_string_member (request, "uid", uid);
  json_object_set_string_member (request, "token", token);
  json_object_set_string_member (request, "email", email);
  json_object_set_string_member (request, "state", "pending");
  json_object_set_string_member (request, "created_at", created);
  json_object_set_string_member (request, "order", sandbox_get_string (order, "uid"));
  json_object_set_array_member (request, "tickets", ticket_uids);
  sandbox_data_add (req->self->data, SANDBOX_REQUESTS, request);
  sandbox_save_state (req->self);

  /* The real service emails the token to the friend; the sandbox hands it
   * back so that the demo and the tests can play the friend. */
  soup_message_headers_replace (soup_server_message_get_response_headers (req->msg),
                                "X-Sandbox-Personalization-Request-Token", token);
  sandbox_respond_json (req, SOUP_STATUS_CREATED, sandbox_repr_request (&req->repr, request));
}

void
sandbox_handle_requests (Request    *req,
                         const char *uid)
{
  JsonObject *request;
  JsonObject *order;
  gboolean allowed;

  if (uid == NULL)
    {
      handle_create_request (req);
      return;
    }

  if (!sandbox_require (req, TRUE, "read this personalization request"))
    return;

  request = sandbox_data_lookup (req->self->data, SANDBOX_REQUESTS, uid);
  if (request == NULL)
    {
      sandbox_respond_not_found (req, "The personalization request");
      return;
    }

  order = sandbox_data_lookup (req->self->data, SANDBOX_ORDERS, sandbox_get_string (request, "order"));
  allowed = (req->auth.kind == AUTH_REQUEST && req->auth.subject == request) ||
            ((req->auth.kind == AUTH_ORDER || req->auth.kind == AUTH_COGNITO) && sandbox_can_read_order (&req->auth, order));
  if (!sandbox_require (req, allowed, "use this personalization request"))
    return;

  if (g_str_equal (req->method, "DELETE"))
    {
      if (!g_str_equal (sandbox_get_string (request, "state"), "pending"))
        {
          sandbox_respond_error (req, SOUP_STATUS_BAD_REQUEST, "BAD_REQUEST", NULL,
                                 "Only a pending request can be cancelled; this one is %s.",
                                 sandbox_get_string (request, "state"));
          return;
        }
      json_object_set_string_member (request, "state", "cancelled");
      sandbox_save_state (req->self);
      soup_server_message_set_status (req->msg, SOUP_STATUS_NO_CONTENT, NULL);
      return;
    }

  sandbox_respond_json (req, SOUP_STATUS_OK, sandbox_repr_request (&req->repr, request));
}
