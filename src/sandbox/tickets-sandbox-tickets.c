/* tickets-sandbox-tickets.c: the tickets handler
 *
 * One ticket, a Cognito user's own tickets and the search by barcode.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-sandbox-private.h"

static JsonObject *
full_ticket (const SandboxRepr *repr,
             JsonObject        *ticket)
{
  return sandbox_repr_ticket (repr, ticket, TRUE);
}

static JsonObject *
event_summary (const SandboxRepr *repr,
               JsonObject        *event)
{
  JsonObject *full = sandbox_repr_event (repr, event);
  JsonObject *object = json_object_new ();
  static const char *fields[] = { "uid", "title", "subtitle", "event_start", "event_end", "location" };
  g_autofree char *self = sandbox_uri (repr, "events", sandbox_get_string (event, "uid"));
  JsonObject *links = json_object_new ();

  sandbox_set_link (links, "self", self);
  json_object_set_object_member (object, "_links", links);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    json_object_set_member (object, fields[i], json_node_copy (json_object_get_member (full, fields[i])));
  json_object_unref (full);

  return object;
}

static JsonObject *
product_brief (const SandboxRepr *repr,
               JsonObject        *product)
{
  g_autofree char *self = sandbox_uri (repr, "products", sandbox_get_string (product, "uid"));
  JsonObject *full = sandbox_repr_product (repr, product);
  JsonObject *object = json_object_new ();
  JsonObject *links = json_object_new ();

  sandbox_set_link (links, "self", self);
  json_object_set_object_member (object, "_links", links);
  json_object_set_string_member (object, "uid", sandbox_get_string (product, "uid"));
  json_object_set_member (object, "name", json_node_copy (json_object_get_member (full, "name")));
  json_object_set_member (object, "subtitle", json_node_copy (json_object_get_member (full, "subtitle")));
  json_object_unref (full);

  return object;
}

static void
handle_my_tickets (Request *req)
{
  g_autoptr(GPtrArray) seen = g_ptr_array_new ();
  JsonArray *all = sandbox_data_list (req->self->data, SANDBOX_TICKETS);
  g_autofree char *self = sandbox_uri (&req->repr, "tickets", NULL);
  JsonObject *object;
  JsonObject *embedded = json_object_new ();
  JsonArray *tickets = json_array_new ();
  JsonArray *products = json_array_new ();
  JsonArray *events = json_array_new ();

  for (guint i = 0; i < json_array_get_length (all); i++)
    {
      JsonObject *ticket = json_array_get_object_element (all, i);
      JsonObject *product;
      JsonObject *event;
      JsonObject *order = sandbox_data_lookup (req->self->data, SANDBOX_ORDERS, sandbox_get_string (ticket, "order"));

      /* As documented, tickets of the user's own orders are not listed. */
      if (!sandbox_is_holder (req, ticket) || sandbox_can_read_order (&req->auth, order))
        continue;

      json_array_add_object_element (tickets, sandbox_repr_ticket_short (&req->repr, ticket));
      product = sandbox_data_lookup (req->self->data, SANDBOX_PRODUCTS, sandbox_get_string (ticket, "product"));
      event = sandbox_data_lookup (req->self->data, SANDBOX_EVENTS, sandbox_get_string (ticket, "event"));
      if (product != NULL && !g_ptr_array_find (seen, product, NULL))
        {
          g_ptr_array_add (seen, product);
          json_array_add_object_element (products, product_brief (&req->repr, product));
        }
      if (event != NULL && !g_ptr_array_find (seen, event, NULL))
        {
          g_ptr_array_add (seen, event);
          json_array_add_object_element (events, event_summary (&req->repr, event));
        }
    }

  object = json_object_new ();
  json_object_set_object_member (object, "_links", sandbox_new_links (self, "tickets"));
  json_object_set_array_member (embedded, "shop:ticket", tickets);
  json_object_set_array_member (embedded, "shop:product", products);
  json_object_set_array_member (embedded, "shop:event", events);
  json_object_set_object_member (object, "_embedded", embedded);
  sandbox_respond_json (req, SOUP_STATUS_OK, object);
}

static void
handle_ticket_search (Request *req)
{
  const char *code = g_hash_table_lookup (req->query, "code");
  const char *event = g_hash_table_lookup (req->query, "event");
  const char *event_uid = sandbox_uid_from_uri (&req->repr, "events", event);
  g_autofree char *self = sandbox_self_href (req);
  g_autofree char *search = g_strconcat (req->repr.base, "/tickets{?event,code}", NULL);
  JsonObject *ticket;
  JsonObject *object;
  JsonObject *links;
  JsonObject *embedded;
  JsonArray *list;
  GHashTableIter iter;
  const char *name;

  if (!sandbox_require (req, sandbox_may (&req->auth, TICKETS_STAFF_ACTION_FIND_TICKETS), "search tickets by barcode"))
    return;

  g_hash_table_iter_init (&iter, req->query);
  while (g_hash_table_iter_next (&iter, (gpointer *) &name, NULL))
    if (!g_str_equal (name, "code") && !g_str_equal (name, "event"))
      {
        sandbox_respond_error (req, SOUP_STATUS_BAD_REQUEST, "BAD_REQUEST", NULL,
                               "“%s” is not a query parameter of the ticket search; use code and event.", name);
        return;
      }

  if (code == NULL || *code == '\0' || event == NULL || *event == '\0')
    {
      sandbox_respond_error (req, SOUP_STATUS_BAD_REQUEST, "BAD_REQUEST", NULL,
                             "Searching tickets needs both “code” (the barcode) and “event” (the event's URI).");
      return;
    }

  ticket = sandbox_data_find_ticket_by_code (req->self->data, code);
  if (ticket == NULL || event_uid == NULL || !g_str_equal (sandbox_get_string (ticket, "event"), event_uid))
    {
      sandbox_respond_not_found (req, "No ticket with this barcode for this event");
      return;
    }

  object = json_object_new ();
  links = sandbox_new_links (self, "tickets");
  sandbox_set_templated_link (links, "search", search);
  json_object_set_object_member (object, "_links", links);
  /* For historic reasons, a list holding the one ticket. */
  list = json_array_new ();
  json_array_add_object_element (list, full_ticket (&req->repr, ticket));
  embedded = json_object_new ();
  json_object_set_array_member (embedded, "shop:ticket", list);
  json_object_set_object_member (object, "_embedded", embedded);
  sandbox_respond_json (req, SOUP_STATUS_OK, object);
}

void
sandbox_handle_tickets (Request    *req,
                        const char *uid)
{
  JsonObject *ticket;

  if (uid == NULL)
    {
      if (req->query != NULL && g_hash_table_size (req->query) > 0)
        handle_ticket_search (req);
      else if (sandbox_require (req, req->auth.kind == AUTH_COGNITO, "list personalized tickets; use a Cognito token"))
        handle_my_tickets (req);
      return;
    }

  if (!sandbox_require (req, TRUE, "read this ticket"))
    return;

  ticket = sandbox_data_lookup (req->self->data, SANDBOX_TICKETS, uid);
  if (ticket == NULL)
    {
      sandbox_respond_not_found (req, "The ticket");
      return;
    }

  if (!sandbox_require (req, sandbox_can_read_ticket (req, ticket), "read this ticket"))
    return;

  sandbox_respond_json (req, SOUP_STATUS_OK, full_ticket (&req->repr, ticket));
}
