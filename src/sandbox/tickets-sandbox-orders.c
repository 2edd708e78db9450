/* tickets-sandbox-orders.c: handlers of orders and their re-issue
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-sandbox-private.h"
#include "tickets-ticket.h"

gboolean
sandbox_ticket_in_order (Request    *req,
                         JsonObject *ticket,
                         gpointer    order)
{
  return g_str_equal (sandbox_get_string (ticket, "order"), sandbox_get_string (order, "uid"));
}

static JsonObject *
copy_amount (JsonObject *object,
             const char *member)
{
  JsonObject *amount = sandbox_get_object (object, member);
  JsonObject *copy = json_object_new ();

  json_object_set_string_member (copy, "amount", sandbox_get_string (amount, "amount"));
  json_object_set_string_member (copy, "currency", sandbox_get_string (amount, "currency"));

  return copy;
}

static void
handle_reissue (Request *req)
{
  g_autoptr(JsonObject) body = NULL;
  g_autoptr(JsonObject) details = json_object_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) tickets = NULL;
  g_autoptr(GHashTable) new_uids = NULL;
  g_autoptr(JsonObject) consumer = NULL;
  JsonObject *order;
  g_autofree char *order_uid = NULL;
  g_autofree char *token = NULL;
  g_autofree char *reference = NULL;
  JsonObject *old_order = NULL;
  JsonObject *input;
  JsonNode *tickets_node;

  if (!sandbox_require (req, sandbox_may (&req->auth, TICKETS_STAFF_ACTION_REISSUE), "re-issue tickets"))
    return;
  if ((body = sandbox_parse_body (req)) == NULL)
    return;

  if (json_object_has_member (body, "products") && json_object_has_member (body, "tickets"))
    {
      sandbox_respond_error (req, SOUP_STATUS_BAD_REQUEST, "BAD_REQUEST", NULL, "“products” and “tickets” cannot be combined.");
      return;
    }
  if (!json_object_has_member (body, "tickets"))
    {
      sandbox_respond_error (req, SOUP_STATUS_BAD_REQUEST, "BAD_REQUEST", NULL,
                             "The sandbox does not sell products: POST “tickets” and a “consumer” to re-issue tickets.");
      return;
    }

  tickets_node = json_object_get_member (body, "tickets");
  if (JSON_NODE_HOLDS_ARRAY (tickets_node) && json_array_get_length (json_node_get_array (tickets_node)) > 0)
    {
      JsonNode *first = json_array_get_element (json_node_get_array (tickets_node), 0);
      const char *uid = JSON_NODE_HOLDS_VALUE (first) && json_node_get_value_type (first) == G_TYPE_STRING ?
                        sandbox_uid_from_uri (&req->repr, "tickets", json_node_get_string (first)) : NULL;
      JsonObject *ticket = sandbox_data_lookup (req->self->data, SANDBOX_TICKETS, uid);

      old_order = sandbox_data_lookup (req->self->data, SANDBOX_ORDERS, sandbox_get_string (ticket, "order"));
    }

  /* Re-issue is not bound to the personalization period, only to valid
   * tickets of one order, so the checks are done here rather than in
   * sandbox_resolve_tickets(). */
  tickets = g_ptr_array_new ();
  if (!JSON_NODE_HOLDS_ARRAY (tickets_node) || json_array_get_length (json_node_get_array (tickets_node)) == 0)
    {
      sandbox_respond_error (req, SOUP_STATUS_BAD_REQUEST, "BAD_REQUEST", NULL,
                             "“tickets” must be a non-empty list of ticket references.");
      return;
    }
  for (guint i = 0; i < json_array_get_length (json_node_get_array (tickets_node)); i++)
    {
      JsonNode *element = json_array_get_element (json_node_get_array (tickets_node), i);
      const char *reference_text = JSON_NODE_HOLDS_VALUE (element) && json_node_get_value_type (element) == G_TYPE_STRING ?
                                   json_node_get_string (element) : "?";
      JsonObject *ticket = sandbox_data_lookup (req->self->data, SANDBOX_TICKETS,
                                                sandbox_uid_from_uri (&req->repr, "tickets", reference_text));

      if (ticket == NULL)
        {
          sandbox_respond_error (req, SOUP_STATUS_BAD_REQUEST, "TICKET_NOT_AVAILABLE", NULL,
                                 "The ticket “%s” was not found.", reference_text);
          return;
        }
      if (!sandbox_ticket_in_order (req, ticket, old_order))
        {
          sandbox_respond_error (req, SOUP_STATUS_BAD_REQUEST, "TICKET_ERROR", NULL,
                                 "All tickets must come from one order; “%s” does not.", reference_text);
          return;
        }
      if (!g_hash_table_add (seen, ticket))
        {
          sandbox_respond_error (req, SOUP_STATUS_BAD_REQUEST, "TICKET_ERROR", NULL,
                                 "The ticket “%s” is given more than once.", reference_text);
          return;
        }
      if (!g_str_equal (sandbox_get_string (ticket, "status"), "valid"))
        {
          sandbox_respond_error (req, SOUP_STATUS_BAD_REQUEST, "TICKET_ERROR", NULL,
                                 "The ticket “%s” is not valid and cannot be re-issued.", reference_text);
          return;
        }
      g_ptr_array_add (tickets, ticket);
    }

  input = sandbox_get_object (body, "consumer");
  if (input == NULL)
    {
      sandbox_respond_error (req, SOUP_STATUS_BAD_REQUEST, "INSUFFICIENT_CONSUMER_INFORMATION", NULL,
                             "A “consumer” object is needed to re-issue tickets.");
      return;
    }
  sandbox_validate_consumer (input, NULL, details);
  if (sandbox_respond_if_invalid (req, details))
    return;

  consumer = sandbox_new_consumer_revision (req->self, input, NULL);
  sandbox_data_add (req->self->data, SANDBOX_CONSUMERS, consumer);

  order_uid = sandbox_data_new_uid (req->self->data);
  token = sandbox_data_new_uid (req->self->data);
  reference = g_strdup_printf ("RE-%04u", json_array_get_length (sandbox_data_list (req->self->data, SANDBOX_ORDERS)) + 1);
  order = sandbox_data_add_order (req->self->data, order_uid, reference, token, sandbox_get_string (consumer, "uid"),
                                  copy_amount (old_order, "product_total"), copy_amount (old_order, "service_costs"),
                                  copy_amount (old_order, "grand_total"));

  /* New uids first, so that a combo ticket re-issued with its parent
   * points at the parent's new ticket. */
  new_uids = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  for (guint i = 0; i < tickets->len; i++)
    g_hash_table_insert (new_uids, (gpointer) sandbox_get_string (g_ptr_array_index (tickets, i), "uid"),
                         sandbox_data_new_uid (req->self->data));

  for (guint i = 0; i < tickets->len; i++)
    {
      JsonObject *old = g_ptr_array_index (tickets, i);
      g_autoptr(JsonObject) ticket = json_object_new ();
      const char *uid = g_hash_table_lookup (new_uids, sandbox_get_string (old, "uid"));
      const char *parent = g_hash_table_lookup (new_uids, sandbox_get_string (old, "parent"));
      g_autofree char *code = sandbox_data_new_code (req->self->data);
      JsonObjectIter iter;
      const char *name;
      JsonNode *value;

      /* json_node_copy() of an object node shares the object: copy member
       * by member, or the new ticket would be the old one renamed. */
      json_object_iter_init (&iter, old);
      while (json_object_iter_next (&iter, &name, &value))
        json_object_set_member (ticket, name, json_node_copy (value));

      json_object_set_string_member (ticket, "uid", uid);
      json_object_set_string_member (ticket, "code", code);
      json_object_set_string_member (ticket, "order", order_uid);
      json_object_set_boolean_member (ticket, "is_scanned", FALSE);
      json_object_set_string_member (ticket, "consumer", sandbox_get_string (consumer, "uid"));
      if (parent != NULL)
        json_object_set_string_member (ticket, "parent", parent);
      else
        json_object_set_null_member (ticket, "parent");
      /* The old e-ticket dies with the old barcode. */
      if (*sandbox_get_string (old, "eticket") != '\0')
        {
          g_autofree char *eticket = sandbox_data_new_uid (req->self->data);

          json_object_set_string_member (ticket, "eticket", eticket);
        }
      sandbox_data_add (req->self->data, SANDBOX_TICKETS, ticket);
      /* The API says only that the old tickets "become invalid", not with
       * which status. The sandbox's assumption is "reissued": not "valid",
       * so every client refuses it, and it says why, so a counter can show
       * "re-issued" rather than a bare "invalid". The old code still finds
       * the old ticket (GET /tickets?code&event), with that status. */
      json_object_set_string_member (old, "status", TICKETS_TICKET_STATUS_REISSUED);
    }

  /* The new tickets do not say which ones they replace: the log in the
   * state file ("reissues") does, for whoever counts re-issues. */
  {
    g_autoptr(JsonObject) entry = json_object_new ();
    g_autofree char *created = sandbox_now_string ();
    JsonArray *old_uids = json_array_new ();
    JsonArray *new_ticket_uids = json_array_new ();

    for (guint i = 0; i < tickets->len; i++)
      {
        const char *old_uid = sandbox_get_string (g_ptr_array_index (tickets, i), "uid");

        json_array_add_string_element (old_uids, old_uid);
        json_array_add_string_element (new_ticket_uids, g_hash_table_lookup (new_uids, old_uid));
      }
    json_object_set_string_member (entry, "order", order_uid);
    json_object_set_string_member (entry, "old_order", sandbox_get_string (old_order, "uid"));
    json_object_set_array_member (entry, "tickets", old_uids);
    json_object_set_array_member (entry, "new_tickets", new_ticket_uids);
    json_object_set_string_member (entry, "created_at", created);
    sandbox_data_log (req->self->data, "reissues", entry);
  }

  sandbox_save_state (req->self);
  soup_message_headers_replace (soup_server_message_get_response_headers (req->msg),
                                "X-Sandbox-Order-Token", token);
  sandbox_respond_json (req, SOUP_STATUS_CREATED, sandbox_repr_order (&req->repr, order));
}

void
sandbox_handle_orders (Request    *req,
                       const char *uid)
{
  JsonObject *order;

  if (uid == NULL)
    {
      handle_reissue (req);
      return;
    }

  if (!sandbox_require (req, TRUE, "read this order"))
    return;

  order = sandbox_data_lookup (req->self->data, SANDBOX_ORDERS, uid);
  if (order == NULL)
    {
      sandbox_respond_not_found (req, "The order");
      return;
    }

  if (!sandbox_require (req, sandbox_can_read_order (&req->auth, order), "read this order"))
    return;

  sandbox_respond_json (req, SOUP_STATUS_OK, sandbox_repr_order (&req->repr, order));
}
