/* tickets-parse.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "tickets-error.h"
#include "tickets-hal.h"
#include "tickets-json.h"
#include "tickets-parse-private.h"

/* Parsers are pure: bytes in, fresh objects out, nothing shared with the
 * store. The store merges the result into the objects views already hold.
 *
 * They read what the documentation's own examples send, which is looser than
 * the prose: amounts as strings or numbers, gender as 1 or "1", state as null
 * or "", countries as codes or names, an embedded resource as an object or a
 * list. A member that is absent or null leaves the default; a member of the
 * wrong type is an error, never a guess. */

gboolean
tickets_parse_fail_type (GError    **error,
                         const char *field)
{
  g_set_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_INVALID_RESPONSE,
               /* Translators: %s is the name of a field in the server's answer, such as “price” */
               _("The server sent unexpected data in the field “%s”."),
               field);
  return FALSE;
}

/* Each reader takes a member that is present (maybe null). */

gboolean
tickets_parse_read_string (JsonNode    *node,
                           const char  *field,
                           const char **out,
                           GError     **error)
{
  *out = "";
  if (JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!holds_type (node, G_TYPE_STRING))
    return tickets_parse_fail_type (error, field);

  *out = json_node_get_string (node);
  return TRUE;
}

gboolean
tickets_parse_read_boolean (JsonNode   *node,
                            const char *field,
                            gboolean   *out,
                            GError    **error)
{
  *out = FALSE;
  if (JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!holds_type (node, G_TYPE_BOOLEAN))
    return tickets_parse_fail_type (error, field);

  *out = json_node_get_boolean (node);
  return TRUE;
}

/* Integers arrive as numbers, and some (gender) as numeric strings. */
gboolean
tickets_parse_read_int (JsonNode   *node,
                        const char *field,
                        gint64      fallback,
                        gint64     *out,
                        GError    **error)
{
  *out = fallback;
  if (JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (holds_type (node, G_TYPE_INT64))
    {
      *out = json_node_get_int (node);
      return TRUE;
    }
  if (holds_type (node, G_TYPE_STRING))
    {
      const char *text = json_node_get_string (node);

      if (*text == '\0')
        return TRUE;
      if (g_ascii_string_to_signed (text, 10, G_MININT, G_MAXINT, out, NULL))
        return TRUE;
    }

  return tickets_parse_fail_type (error, field);
}

/* “YYYY-MM-DDThh:mm:ssZ”, and the “YYYY-MM-DD hh:mm:ssZ” the docs describe. */
static gboolean
read_date_time (JsonNode      *node,
                const char    *field,
                ParseContext  *context,
                GDateTime    **out,
                GError       **error)
{
  const char *text;
  char buffer[64];
  gsize length;

  *out = NULL;
  if (!tickets_parse_read_string (node, field, &text, error))
    return FALSE;
  if (*text == '\0')
    return TRUE;

  if (context != NULL && (*out = g_hash_table_lookup (context->dates, text)) != NULL)
    {
      g_date_time_ref (*out);
      return TRUE;
    }

  length = strlen (text);
  if (length > 10 && length < sizeof buffer && text[10] == ' ')
    {
      memcpy (buffer, text, length + 1);
      buffer[10] = 'T';
      text = buffer;
    }

  *out = g_date_time_new_from_iso8601 (text, NULL);
  if (*out == NULL)
    return tickets_parse_fail_type (error, field);

  if (context != NULL)
    g_hash_table_insert (context->dates, g_strdup (json_node_get_string (node)), g_date_time_ref (*out));

  return TRUE;
}

gboolean
tickets_parse_read_object (JsonNode    *node,
                           const char  *field,
                           JsonObject **out,
                           GError     **error)
{
  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return tickets_parse_fail_type (error, field);

  *out = json_node_get_object (node);
  return TRUE;
}

/* Texts built from the same members in the same order keep that order, so
 * member i is compared with language i first. */
static gboolean
i18n_matches (TicketsI18nText *text,
              JsonObject      *object)
{
  JsonObjectIter iter;
  const char *lang;
  JsonNode *value;
  guint i = 0;

  if (json_object_get_size (object) != tickets_i18n_text_get_n_languages (text))
    return FALSE;

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &lang, &value))
    {
      const char *known_lang;
      const char *known = tickets_i18n_text_get_nth (text, i++, &known_lang);

      if (strcmp (known_lang, lang) != 0)
        known = tickets_i18n_text_get (text, lang);
      if (!holds_type (value, G_TYPE_STRING) || g_strcmp0 (known, json_node_get_string (value)) != 0)
        return FALSE;
    }

  return TRUE;
}

gboolean
tickets_parse_read_i18n (JsonNode          *node,
                         const char        *field,
                         ParseContext      *context,
                         TicketsI18nText  **out,
                         GError           **error)
{
  g_autoptr(TicketsI18nText) text = NULL;
  TicketsI18nText *known;
  JsonObject *object;
  JsonObjectIter iter;
  const char *lang;
  JsonNode *value;

  *out = NULL;
  if (!tickets_parse_read_object (node, field, &object, error))
    return FALSE;
  if (object == NULL)
    return TRUE;

  if (context != NULL && context->texts != NULL &&
      (known = g_hash_table_lookup (context->texts, field)) != NULL &&
      i18n_matches (known, object))
    {
      *out = g_object_ref (known);
      return TRUE;
    }

  /* Which language comes first does not matter, so the cheaper unordered walk. */
  text = tickets_i18n_text_new ();
  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &lang, &value))
    {
      const char *translation;

      if (!tickets_parse_read_string (value, field, &translation, error))
        return FALSE;
      tickets_i18n_text_set (text, lang, translation);
    }

  if (context != NULL && context->texts != NULL)
    g_hash_table_replace (context->texts, (gpointer) field, g_object_ref (text));

  *out = g_steal_pointer (&text);
  return TRUE;
}

/* The docs' prose says a number “always with a decimal part”; their examples
 * send strings. Both become an exact decimal. */
static gboolean
read_amount (JsonNode       *node,
             const char     *field,
             ParseContext   *context,
             TicketsAmount **out,
             GError        **error)
{
  JsonObject *object;
  JsonNode *amount;
  const char *currency = "";
  const char *text;
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char key[96];

  *out = NULL;
  if (!tickets_parse_read_object (node, field, &object, error))
    return FALSE;
  if (object == NULL)
    return TRUE;

  if (json_object_has_member (object, "currency") &&
      !tickets_parse_read_string (json_object_get_member (object, "currency"), field, &currency, error))
    return FALSE;

  amount = json_object_get_member (object, "amount");
  if (amount == NULL || JSON_NODE_HOLDS_NULL (amount))
    return TRUE;
  if (holds_type (amount, G_TYPE_STRING))
    text = json_node_get_string (amount);
  else if (holds_type (amount, G_TYPE_DOUBLE))
    /* 15 significant digits: what a double holds exactly, so 10.30 stays 10.3. */
    text = g_ascii_formatd (buffer, sizeof buffer, "%.15g", json_node_get_double (amount));
  else if (holds_type (amount, G_TYPE_INT64))
    text = (g_snprintf (buffer, sizeof buffer, "%" G_GINT64_FORMAT, json_node_get_int (amount)), buffer);
  else
    return tickets_parse_fail_type (error, field);

  if (context != NULL &&
      g_snprintf (key, sizeof key, "%s %s", currency, text) < (int) sizeof key &&
      (*out = g_hash_table_lookup (context->amounts, key)) != NULL)
    {
      g_object_ref (*out);
      return TRUE;
    }

  *out = tickets_amount_new_parse (currency, text, NULL);
  if (*out == NULL)
    return tickets_parse_fail_type (error, field);

  if (context != NULL && strlen (key) < sizeof key - 1)
    g_hash_table_insert (context->amounts, g_strdup (key), g_object_ref (*out));

  return TRUE;
}

gboolean
tickets_parse_read_fields (gpointer      target,
                           JsonObject   *object,
                           const Field  *fields,
                           gsize         n_fields,
                           ParseContext *context,
                           GError      **error)
{
  for (gsize i = 0; i < n_fields; i++)
    {
      const Field *field = &fields[i];
      JsonNode *node = json_object_get_member (object, field->name);

      if (node == NULL)
        continue;

      switch (field->type)
        {
        case FIELD_STRING:
          {
            const char *value;

            if (!tickets_parse_read_string (node, field->name, &value, error))
              return FALSE;
            SETTER (StringSetter, field->set) (target, value);
          }
          break;

        case FIELD_BOOLEAN:
          {
            gboolean value;

            if (!tickets_parse_read_boolean (node, field->name, &value, error))
              return FALSE;
            SETTER (BooleanSetter, field->set) (target, value);
          }
          break;

        case FIELD_INT:
          {
            gint64 value;

            if (!tickets_parse_read_int (node, field->name, -1, &value, error))
              return FALSE;
            SETTER (IntSetter, field->set) (target, (int) value);
          }
          break;

        case FIELD_DATE_TIME:
          {
            g_autoptr(GDateTime) value = NULL;

            if (!read_date_time (node, field->name, context, &value, error))
              return FALSE;
            SETTER (DateTimeSetter, field->set) (target, value);
          }
          break;

        case FIELD_I18N:
          {
            g_autoptr(TicketsI18nText) value = NULL;

            if (!tickets_parse_read_i18n (node, field->name, context, &value, error))
              return FALSE;
            SETTER (ObjectSetter, field->set) (target, value);
          }
          break;

        case FIELD_AMOUNT:
          {
            g_autoptr(TicketsAmount) value = NULL;

            if (!read_amount (node, field->name, context, &value, error))
              return FALSE;
            SETTER (ObjectSetter, field->set) (target, value);
          }
          break;

        default:
          g_assert_not_reached ();
        }
    }

  return TRUE;
}


void
tickets_parse_document_clear (Document *document)
{
  tickets_json_release (g_steal_pointer (&document->root), document->size);
}

JsonObject *
tickets_parse_document_load (Document  *document,
                             GBytes    *bytes,
                             GError   **error)
{
  document->size = bytes != NULL ? g_bytes_get_size (bytes) : 0;
  document->root = tickets_json_parse (bytes, error);
  if (document->root == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_OBJECT (document->root))
    {
      g_set_error_literal (error, TICKETS_API_ERROR, TICKETS_API_ERROR_INVALID_RESPONSE,
                           _("The server sent unexpected data: expected an object."));
      return NULL;
    }

  return json_node_get_object (document->root);
}

/* A resource's uid, or failing that the last segment of its self link (the
 * docs' personalization and embedded products carry only the link). */
char *
tickets_parse_dup_uid (JsonObject  *object,
                       GError     **error)
{
  JsonNode *node = json_object_get_member (object, "uid");
  const char *self;
  char *uid = NULL;

  if (node != NULL && !JSON_NODE_HOLDS_NULL (node))
    {
      if (!holds_type (node, G_TYPE_STRING))
        {
          tickets_parse_fail_type (error, "uid");
          return NULL;
        }
      if (*json_node_get_string (node) != '\0')
        return g_strdup (json_node_get_string (node));
    }

  self = tickets_hal_get_href (object, "self");
  if (self != NULL)
    uid = tickets_hal_uid_from_href (self);

  if (uid == NULL)
    g_set_error_literal (error, TICKETS_API_ERROR, TICKETS_API_ERROR_INVALID_RESPONSE,
                         _("The server sent an item without an identifier."));

  return uid;
}

void
tickets_parse_set_self (gpointer    resource,
                        JsonObject *object)
{
  const char *self = tickets_hal_get_href (object, "self");

  if (self != NULL)
    tickets_resource_set_href (TICKETS_RESOURCE (resource), self);
}

/* Embedded resources are an object or a list of them, by the docs. */
gboolean
tickets_parse_collect_embedded (JsonObject    *object,
                                const char    *rel,
                                gpointer     (*parse) (JsonObject *, ParseContext *, GError **),
                                ParseContext  *context,
                                GHashTable    *into,
                                GError       **error)
{
  guint n = tickets_hal_get_n_embedded (object, rel);

  for (guint i = 0; i < n; i++)
    {
      JsonObject *item = tickets_hal_get_embedded (object, rel, i);
      TicketsResource *resource;

      if (item == NULL)
        return tickets_parse_fail_type (error, rel);
      if ((resource = parse (item, context, error)) == NULL)
        return FALSE;
      g_hash_table_replace (into, (gpointer) tickets_resource_get_uid (resource), resource);
    }

  return TRUE;
}

gboolean
tickets_parse_context_collect (ParseContext  *context,
                               JsonObject    *object,
                               GError       **error)
{
  if (!tickets_parse_collect_embedded (object, "shop:event", (gpointer) tickets_parse_event_object, context, context->events, error) ||
      !tickets_parse_collect_embedded (object, "shop:product", (gpointer) tickets_parse_product_object, context, context->products, error))
    return FALSE;

  return TRUE;
}

void
tickets_parse_context_init (ParseContext *context)
{
  context->events = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  context->products = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  context->texts = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  context->linked = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  context->dates = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_date_time_unref);
  context->amounts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
}

void
tickets_parse_context_clear (ParseContext *context)
{
  g_clear_pointer (&context->events, g_hash_table_unref);
  g_clear_pointer (&context->products, g_hash_table_unref);
  g_clear_pointer (&context->texts, g_hash_table_unref);
  g_clear_pointer (&context->linked, g_hash_table_unref);
  g_clear_pointer (&context->dates, g_hash_table_unref);
  g_clear_pointer (&context->amounts, g_hash_table_unref);
}

/* By the uid in the link, or else by the resource's own self link: the
 * single-ticket example embeds a product whose uid differs from its link. */
static gpointer
lookup_by_href (GHashTable *table,
                const char *href)
{
  g_autofree char *uid = NULL;
  GHashTableIter iter;
  gpointer value;

  if (href == NULL || (uid = tickets_hal_uid_from_href (href)) == NULL)
    return NULL;

  if ((value = g_hash_table_lookup (table, uid)) != NULL)
    return value;

  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (g_strcmp0 (tickets_resource_get_href (value), href) == 0)
      return value;

  return NULL;
}

gpointer
tickets_parse_lookup_linked (ParseContext *context,
                             GHashTable   *table,
                             const char   *href)
{
  gpointer resource;

  if (href == NULL)
    return NULL;

  if ((resource = g_hash_table_lookup (context->linked, href)) == NULL &&
      (resource = lookup_by_href (table, href)) != NULL)
    g_hash_table_insert (context->linked, g_strdup (href), resource);

  return resource;
}

/* Products point at their event by link; tie them to the embedded event. */
void
tickets_parse_context_link_products (ParseContext *context)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, context->products);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      TicketsProduct *product = value;
      TicketsEvent *event = lookup_by_href (context->events, tickets_product_get_event_uri (product));

      if (event != NULL)
        tickets_product_set_event (product, event);
    }
}

/* Public entry points */

void
tickets_parsed_page_free (TicketsParsedPage *page)
{
  if (page == NULL)
    return;

  g_clear_pointer (&page->items, g_ptr_array_unref);
  g_free (page->next_href);
  g_free (page);
}

TicketsParsedPage *
tickets_parsed_page_new (JsonObject  *object,
                         GPtrArray   *items,
                         GError     **error)
{
  g_autoptr(TicketsParsedPage) page = g_new0 (TicketsParsedPage, 1);
  JsonNode *count = json_object_get_member (object, "item_count");
  const char *next = tickets_hal_get_next_href (object);

  page->items = items;
  page->item_count = items->len;
  if (count != NULL && !tickets_parse_read_int (count, "item_count", items->len, &page->item_count, error))
    return NULL;
  page->next_href = g_strdup (next);

  return g_steal_pointer (&page);
}


gpointer
tickets_parse_one (GBytes          *bytes,
                   ParseObjectFunc  parse,
                   GError         **error)
{
  g_auto(Document) document = { 0 };
  JsonObject *object;

  if ((object = tickets_parse_document_load (&document, bytes, error)) == NULL)
    return NULL;

  return parse (object, error);
}

TicketsParsedPage *
tickets_parse_page (GBytes          *bytes,
                    const char      *rel,
                    ParseObjectFunc  parse,
                    GError         **error)
{
  g_auto(Document) document = { 0 };
  g_autoptr(GPtrArray) items = NULL;
  JsonObject *object;
  guint n;

  if ((object = tickets_parse_document_load (&document, bytes, error)) == NULL)
    return NULL;

  n = tickets_hal_get_n_embedded (object, rel);
  items = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    {
      JsonObject *item = tickets_hal_get_embedded (object, rel, i);
      gpointer parsed;

      if (item == NULL)
        {
          tickets_parse_fail_type (error, rel);
          return NULL;
        }
      if ((parsed = parse (item, error)) == NULL)
        return NULL;
      g_ptr_array_add (items, parsed);
    }

  return tickets_parsed_page_new (object, g_steal_pointer (&items), error);
}

/**
 * tickets_parse_amount_node:
 * @node: an amount object: `{"currency": "EUR", "amount": "10.30"}`, with
 *   the amount as a string or a number; or null
 * @error: return location for a #TICKETS_API_ERROR
 *
 * Returns: (transfer full) (nullable): the amount, %NULL for null (no error)
 */
TicketsAmount *
tickets_parse_amount_node (JsonNode  *node,
                           GError   **error)
{
  TicketsAmount *amount = NULL;

  g_return_val_if_fail (node != NULL, NULL);

  read_amount (node, "amount", NULL, &amount, error);
  return amount;
}

/**
 * tickets_parse_i18n_node:
 * @node: an internationalized value: an object of language code → text; or null
 * @error: return location for a #TICKETS_API_ERROR
 *
 * Returns: (transfer full) (nullable): the text, %NULL for null (no error)
 */
TicketsI18nText *
tickets_parse_i18n_node (JsonNode  *node,
                         GError   **error)
{
  TicketsI18nText *text = NULL;

  g_return_val_if_fail (node != NULL, NULL);

  tickets_parse_read_i18n (node, "text", NULL, &text, error);
  return text;
}

/**
 * tickets_parse_date_time_node:
 * @node: a date and time in UTC, “YYYY-MM-DDThh:mm:ssZ”; or null or ""
 * @error: return location for a #TICKETS_API_ERROR
 *
 * Returns: (transfer full) (nullable): the date and time, %NULL for none (no error)
 */
GDateTime *
tickets_parse_date_time_node (JsonNode  *node,
                              GError   **error)
{
  GDateTime *date_time = NULL;

  g_return_val_if_fail (node != NULL, NULL);

  read_date_time (node, "date", NULL, &date_time, error);
  return date_time;
}
