/* tickets-sandbox-data.c
 *
 * The state is kept as the fixture's own JSON tree, indexed by uid, so that
 * persisting it (--state) is a plain serialization of the same document.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tickets-sandbox-data.h"

static const char *kind_names[SANDBOX_N_KINDS] = {
  [SANDBOX_ACCOUNTS] = "accounts",
  [SANDBOX_BEARER_TOKENS] = "bearer_tokens",
  [SANDBOX_COGNITO_USERS] = "cognito_users",
  [SANDBOX_EVENTS] = "events",
  [SANDBOX_PRODUCTS] = "products",
  [SANDBOX_CONSUMERS] = "consumers",
  [SANDBOX_ORDERS] = "orders",
  [SANDBOX_TICKETS] = "tickets",
  [SANDBOX_PERSONALIZATIONS] = "personalizations",
  [SANDBOX_REQUESTS] = "personalization_requests",
};

/* The member each kind is looked up by. */
static const char *kind_keys[SANDBOX_N_KINDS] = {
  [SANDBOX_ACCOUNTS] = "username",
  [SANDBOX_BEARER_TOKENS] = "token",
  [SANDBOX_COGNITO_USERS] = "uid",
  [SANDBOX_EVENTS] = "uid",
  [SANDBOX_PRODUCTS] = "uid",
  [SANDBOX_CONSUMERS] = "uid",
  [SANDBOX_ORDERS] = "uid",
  [SANDBOX_TICKETS] = "uid",
  [SANDBOX_PERSONALIZATIONS] = "uid",
  [SANDBOX_REQUESTS] = "uid",
};

struct _SandboxData
{
  JsonNode   *root;
  GHashTable *index[SANDBOX_N_KINDS];
  GHashTable *tokens[SANDBOX_N_KINDS];
  GHashTable *ticket_codes;
  GRand      *rand;
  /* Bumped by every change of a kind in place (not by adding to it), for
   * the caches kept over it. */
  guint64         generation[SANDBOX_N_KINDS];
  gpointer        cache[SANDBOX_N_KINDS];
  GDestroyNotify  cache_free[SANDBOX_N_KINDS];
};

const char *
sandbox_get_string (JsonObject *object,
                    const char *member)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return "";

  return json_node_get_string (node);
}

JsonObject *
sandbox_get_object (JsonObject *object,
                    const char *member)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

JsonArray *
sandbox_get_array (JsonObject *object,
                   const char *member)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

gboolean
sandbox_get_boolean (JsonObject *object,
                     const char *member)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
         json_node_get_value_type (node) == G_TYPE_BOOLEAN && json_node_get_boolean (node);
}

GDateTime *
sandbox_parse_datetime (const char *text)
{
  if (text == NULL || *text == '\0')
    return NULL;

  return g_date_time_new_from_iso8601 (text, NULL);
}

/* "now", "now-10d", "now+2d12h": fixture times relative to when the sandbox
 * starts, so that an open personalization period stays open. */
static char *
resolve_relative_time (const char *text,
                       GDateTime  *now)
{
  g_autoptr(GDateTime) when = NULL;
  const char *p;

  if (!g_str_has_prefix (text, "now"))
    return NULL;

  when = g_date_time_ref (now);
  p = text + 3;

  while (*p != '\0')
    {
      int sign;
      gint64 amount = 0;
      GTimeSpan unit;
      GDateTime *next;

      while (*p == '+' || *p == '-')
        {
          sign = *p == '-' ? -1 : 1;
          p++;
          if (!g_ascii_isdigit (*p))
            return NULL;

          do
            {
              amount = 0;
              while (g_ascii_isdigit (*p))
                amount = amount * 10 + (*p++ - '0');

              switch (*p++)
                {
                case 'd': unit = G_TIME_SPAN_DAY; break;
                case 'h': unit = G_TIME_SPAN_HOUR; break;
                case 'm': unit = G_TIME_SPAN_MINUTE; break;
                default: return NULL;
                }

              next = g_date_time_add (when, sign * amount * unit);
              g_date_time_unref (when);
              when = next;
            }
          while (g_ascii_isdigit (*p));
        }

      if (*p != '\0' && *p != '+' && *p != '-')
        return NULL;
    }

  return g_date_time_format (when, "%Y-%m-%dT%H:%M:%SZ");
}

static void
resolve_times (JsonNode  *node,
               GDateTime *now)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObjectIter iter;
      const char *name;
      JsonNode *member;

      json_object_iter_init (&iter, json_node_get_object (node));
      while (json_object_iter_next (&iter, &name, &member))
        resolve_times (member, now);
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        resolve_times (json_array_get_element (array, i), now);
    }
  else if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      g_autofree char *resolved = resolve_relative_time (json_node_get_string (node), now);

      if (resolved != NULL)
        json_node_set_string (node, resolved);
    }
}

static void
index_object (SandboxData *data,
              SandboxKind  kind,
              JsonObject  *object)
{
  const char *key = sandbox_get_string (object, kind_keys[kind]);
  const char *token = sandbox_get_string (object, "token");

  g_hash_table_replace (data->index[kind], (char *) key, object);
  if (*token != '\0')
    g_hash_table_replace (data->tokens[kind], (char *) token, object);
  if (kind == SANDBOX_TICKETS)
    g_hash_table_replace (data->ticket_codes, (char *) sandbox_get_string (object, "code"), object);
}

static gboolean
check_reference (SandboxData  *data,
                 JsonObject   *object,
                 const char   *member,
                 SandboxKind   kind,
                 GError      **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;

  if (sandbox_data_lookup (data, kind, sandbox_get_string (object, member)) != NULL)
    return TRUE;

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
               "Fixture: %s “%s” refers to an unknown %s “%s”",
               member, sandbox_get_string (object, "uid"), kind_names[kind],
               sandbox_get_string (object, member));
  return FALSE;
}

static gboolean
check_references (SandboxData  *data,
                  GError      **error)
{
  JsonArray *array;

  array = sandbox_data_list (data, SANDBOX_PRODUCTS);
  for (guint i = 0; i < json_array_get_length (array); i++)
    if (!check_reference (data, json_array_get_object_element (array, i), "event", SANDBOX_EVENTS, error))
      return FALSE;

  array = sandbox_data_list (data, SANDBOX_ORDERS);
  for (guint i = 0; i < json_array_get_length (array); i++)
    if (!check_reference (data, json_array_get_object_element (array, i), "consumer", SANDBOX_CONSUMERS, error))
      return FALSE;

  array = sandbox_data_list (data, SANDBOX_TICKETS);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *ticket = json_array_get_object_element (array, i);

      if (!check_reference (data, ticket, "order", SANDBOX_ORDERS, error) ||
          !check_reference (data, ticket, "product", SANDBOX_PRODUCTS, error) ||
          !check_reference (data, ticket, "event", SANDBOX_EVENTS, error) ||
          !check_reference (data, ticket, "consumer", SANDBOX_CONSUMERS, error) ||
          !check_reference (data, ticket, "parent", SANDBOX_TICKETS, error))
        return FALSE;
    }

  return TRUE;
}

SandboxData *
sandbox_data_new (GBytes  *fixture,
                  GError **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  SandboxData *data;
  JsonObject *root;
  gsize size;
  const char *text = g_bytes_get_data (fixture, &size);

  if (!json_parser_load_from_data (parser, text, size, error))
    return NULL;

  if (!JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           "Fixture: the document is not a JSON object");
      return NULL;
    }

  data = g_new0 (SandboxData, 1);
  data->root = json_parser_steal_root (parser);
  data->rand = g_rand_new ();
  data->ticket_codes = g_hash_table_new (g_str_hash, g_str_equal);
  resolve_times (data->root, now);

  root = json_node_get_object (data->root);
  for (guint kind = 0; kind < SANDBOX_N_KINDS; kind++)
    {
      JsonArray *array;

      data->index[kind] = g_hash_table_new (g_str_hash, g_str_equal);
      data->tokens[kind] = g_hash_table_new (g_str_hash, g_str_equal);

      if (!json_object_has_member (root, kind_names[kind]))
        json_object_set_array_member (root, kind_names[kind], json_array_new ());

      array = sandbox_get_array (root, kind_names[kind]);
      if (array == NULL)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       "Fixture: “%s” is not a list", kind_names[kind]);
          sandbox_data_free (data);
          return NULL;
        }

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);

          if (!JSON_NODE_HOLDS_OBJECT (element) ||
              *sandbox_get_string (json_node_get_object (element), kind_keys[kind]) == '\0')
            {
              g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           "Fixture: item %u of “%s” has no “%s”", i, kind_names[kind], kind_keys[kind]);
              sandbox_data_free (data);
              return NULL;
            }
          index_object (data, kind, json_node_get_object (element));
        }
    }

  if (!check_references (data, error))
    {
      sandbox_data_free (data);
      return NULL;
    }

  return data;
}

void
sandbox_data_free (SandboxData *data)
{
  if (data == NULL)
    return;

  for (guint kind = 0; kind < SANDBOX_N_KINDS; kind++)
    {
      g_clear_pointer (&data->index[kind], g_hash_table_unref);
      g_clear_pointer (&data->tokens[kind], g_hash_table_unref);
      if (data->cache[kind] != NULL)
        data->cache_free[kind] (data->cache[kind]);
    }
  g_clear_pointer (&data->ticket_codes, g_hash_table_unref);
  g_clear_pointer (&data->root, json_node_unref);
  g_clear_pointer (&data->rand, g_rand_free);
  g_free (data);
}

GBytes *
sandbox_data_serialize (SandboxData *data)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  gsize length;
  char *text;

  json_generator_set_root (generator, data->root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 1);
  text = json_generator_to_data (generator, &length);

  return g_bytes_new_take (text, length);
}

JsonArray *
sandbox_data_list (SandboxData *data,
                   SandboxKind  kind)
{
  return sandbox_get_array (json_node_get_object (data->root), kind_names[kind]);
}

JsonObject *
sandbox_data_lookup (SandboxData *data,
                     SandboxKind  kind,
                     const char  *key)
{
  if (key == NULL)
    return NULL;

  return g_hash_table_lookup (data->index[kind], key);
}

JsonObject *
sandbox_data_find_by_token (SandboxData *data,
                            SandboxKind  kind,
                            const char  *token)
{
  if (token == NULL || *token == '\0')
    return NULL;

  return g_hash_table_lookup (data->tokens[kind], token);
}

JsonObject *
sandbox_data_find_ticket_by_code (SandboxData *data,
                                  const char  *code)
{
  if (code == NULL)
    return NULL;

  return g_hash_table_lookup (data->ticket_codes, code);
}

void
sandbox_data_add (SandboxData *data,
                  SandboxKind  kind,
                  JsonObject  *object)
{
  json_array_add_object_element (sandbox_data_list (data, kind), json_object_ref (object));
  index_object (data, kind, object);
}

void
sandbox_data_changed (SandboxData *data,
                      SandboxKind  kind)
{
  data->generation[kind]++;
}

guint64
sandbox_data_get_generation (SandboxData *data,
                             SandboxKind  kind)
{
  return data->generation[kind];
}

gpointer
sandbox_data_get_cache (SandboxData *data,
                        SandboxKind  kind)
{
  return data->cache[kind];
}

/* Replaces the cache of @kind, freeing the one before. */
void
sandbox_data_set_cache (SandboxData    *data,
                        SandboxKind     kind,
                        gpointer        cache,
                        GDestroyNotify  cache_free)
{
  if (data->cache[kind] != NULL)
    data->cache_free[kind] (data->cache[kind]);
  data->cache[kind] = cache;
  data->cache_free[kind] = cache_free;
}

void
sandbox_data_set_seed (SandboxData *data,
                       guint32      seed)
{
  g_rand_set_seed (data->rand, seed);
}

static gboolean
uid_is_taken (SandboxData *data,
              const char  *uid)
{
  for (guint kind = 0; kind < SANDBOX_N_KINDS; kind++)
    if (g_hash_table_contains (data->index[kind], uid) || g_hash_table_contains (data->tokens[kind], uid))
      return TRUE;

  return FALSE;
}

/* Never one in use: a sandbox restarted on its state file with the same
 * --seed draws the same uids again. */
char *
sandbox_data_new_uid (SandboxData *data)
{
  for (;;)
    {
      g_autofree char *uid = g_strdup_printf ("%08x%08x%08x%08x",
                                              g_rand_int (data->rand), g_rand_int (data->rand),
                                              g_rand_int (data->rand), g_rand_int (data->rand));

      if (!uid_is_taken (data, uid))
        return g_steal_pointer (&uid);
    }
}

/* Appends @entry to the top-level list @name of the document (made when
 * missing), a record of changes that leave no trace of their own in the
 * resources (a revision overwrites its consumer), for whoever reads the
 * state file. The API never shows these lists. */
void
sandbox_data_log (SandboxData *data,
                  const char  *name,
                  JsonObject  *entry)
{
  JsonObject *root = json_node_get_object (data->root);

  if (sandbox_get_array (root, name) == NULL)
    json_object_set_array_member (root, name, json_array_new ());
  json_array_add_object_element (sandbox_get_array (root, name), json_object_ref (entry));
}

char *
sandbox_data_new_code (SandboxData *data)
{
  for (;;)
    {
      g_autofree char *code = g_strdup_printf ("%06u%07u",
                                               (guint) g_rand_int_range (data->rand, 100000, 999999),
                                               (guint) g_rand_int_range (data->rand, 0, 9999999));

      if (!g_hash_table_contains (data->ticket_codes, code))
        return g_steal_pointer (&code);
    }
}

static JsonObject *
new_i18n (const char *en)
{
  static const char *languages[] = { "en", "nl", "de", "fr", "es", "pt", "tr", "pl", "ru" };
  JsonObject *object = json_object_new ();

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    json_object_set_string_member (object, languages[i], i == 0 ? en : "");

  return object;
}

static JsonObject *
new_seating (void)
{
  JsonObject *seating = json_object_new ();

  json_object_set_string_member (seating, "seat", "");
  json_object_set_string_member (seating, "row", "");
  json_object_set_string_member (seating, "section", "");
  json_object_set_object_member (seating, "seat_label", new_i18n (""));
  json_object_set_object_member (seating, "row_label", new_i18n (""));
  json_object_set_object_member (seating, "section_label", new_i18n (""));
  json_object_set_object_member (seating, "venue", new_i18n (""));

  return seating;
}

static JsonObject *
new_form (void)
{
  static const char *fields[] = { "first_name", "last_name", "date_of_birth", "gender", "email" };
  JsonObject *form = json_object_new ();

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      JsonObject *field = json_object_new ();

      json_object_set_boolean_member (field, "required", TRUE);
      if (g_str_equal (fields[i], "email"))
        json_object_set_boolean_member (field, "unique_per_product", FALSE);
      json_object_set_object_member (form, fields[i], field);
    }

  return form;
}

static JsonObject *
new_amount (const char *amount)
{
  JsonObject *object = json_object_new ();

  json_object_set_string_member (object, "amount", amount);
  json_object_set_string_member (object, "currency", "EUR");

  return object;
}

/* A paid order created by the sandbox itself (re-issue, --big-order), with
 * every field an order of the fixture has. Takes the amounts. */
JsonObject *
sandbox_data_add_order (SandboxData *data,
                        const char  *uid,
                        const char  *reference,
                        const char  *token,
                        const char  *consumer,
                        JsonObject  *product_total,
                        JsonObject  *service_costs,
                        JsonObject  *grand_total)
{
  g_autoptr(JsonObject) order = json_object_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *created = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");

  json_object_set_string_member (order, "uid", uid);
  json_object_set_string_member (order, "reference", reference);
  json_object_set_string_member (order, "external_reference", "");
  json_object_set_string_member (order, "redirect_url", "");
  json_object_set_string_member (order, "created_date", created);
  json_object_set_string_member (order, "status", "paid");
  json_object_set_string_member (order, "token", token);
  json_object_set_null_member (order, "cognito_user");
  json_object_set_string_member (order, "consumer", consumer);
  json_object_set_object_member (order, "payment_method", json_object_new ());
  json_object_set_object_member (order, "shipping_method", json_object_new ());
  json_object_set_object_member (order, "product_total", product_total);
  json_object_set_object_member (order, "service_costs", service_costs);
  json_object_set_object_member (order, "grand_total", grand_total);
  json_object_set_array_member (order, "external_purchases", json_array_new ());
  sandbox_data_add (data, SANDBOX_ORDERS, order);

  return order;
}

/* An order with n tickets for the first event that takes personalization,
 * for benchmarks: uid b16000…, token "big-order-token". */
void
sandbox_data_add_big_order (SandboxData *data,
                            guint        n_tickets)
{
  static const char *order_uid = "b1600000000000000000000000000000";
  g_autofree char *reference = g_strdup_printf ("BIG-%u", n_tickets);
  g_autofree char *total = NULL;
  JsonArray *products = sandbox_data_list (data, SANDBOX_PRODUCTS);
  JsonObject *product = NULL;
  JsonObject *event = NULL;
  const char *price;
  JsonArray *consumers = sandbox_data_list (data, SANDBOX_CONSUMERS);

  for (guint i = 0; i < json_array_get_length (products) && event == NULL; i++)
    {
      JsonObject *candidate = json_array_get_object_element (products, i);
      JsonObject *candidate_event = sandbox_data_lookup (data, SANDBOX_EVENTS,
                                                         sandbox_get_string (candidate, "event"));

      if (*sandbox_get_string (candidate_event, "personalization_start") != '\0')
        {
          product = candidate;
          event = candidate_event;
        }
    }

  g_return_if_fail (product != NULL && json_array_get_length (consumers) > 0);
  price = sandbox_get_string (sandbox_get_object (product, "price"), "amount");
  total = g_strdup_printf ("%.2f", g_ascii_strtod (price, NULL) * n_tickets);

  sandbox_data_add_order (data, order_uid, reference, "big-order-token",
                          sandbox_get_string (json_array_get_object_element (consumers, 0), "uid"),
                          new_amount (total), new_amount ("0.00"), new_amount (total));

  for (guint i = 0; i < n_tickets; i++)
    {
      g_autoptr(JsonObject) ticket = json_object_new ();
      g_autofree char *uid = g_strdup_printf ("b16%029x", i + 1);
      g_autofree char *code = g_strdup_printf ("9%012u", i + 1);

      json_object_set_string_member (ticket, "uid", uid);
      json_object_set_string_member (ticket, "order", order_uid);
      json_object_set_string_member (ticket, "product", sandbox_get_string (product, "uid"));
      json_object_set_string_member (ticket, "event", sandbox_get_string (event, "uid"));
      json_object_set_string_member (ticket, "code", code);
      json_object_set_string_member (ticket, "status", "valid");
      json_object_set_boolean_member (ticket, "is_scanned", FALSE);
      json_object_set_boolean_member (ticket, "has_valid_subscription", FALSE);
      json_object_set_object_member (ticket, "seating", new_seating ());
      json_object_set_object_member (ticket, "subproduct", new_i18n (""));
      json_object_set_object_member (ticket, "price", new_amount (price));
      json_object_set_object_member (ticket, "service_fee_paid", new_amount ("0.00"));
      json_object_set_object_member (ticket, "personalization_form", new_form ());
      json_object_set_null_member (ticket, "consumer");
      json_object_set_null_member (ticket, "parent");
      json_object_set_null_member (ticket, "eticket");
      json_object_set_string_member (ticket, "scannable_until", sandbox_get_string (event, "event_end"));
      json_object_set_null_member (ticket, "fulfillment_starts_at");
      sandbox_data_add (data, SANDBOX_TICKETS, ticket);
    }
}
