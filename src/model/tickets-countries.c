/* tickets-countries.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <libintl.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "tickets-countries.h"

/* ISO_CODES_JSON_DIR comes from iso-codes' pkg-config file (meson.build). */
#define ISO_3166_1_FILE ISO_CODES_JSON_DIR "/iso_3166-1.json"
#define ISO_3166_1_DOMAIN "iso_3166-1"

/* Loaded once and kept for the life of the process: the strings returned are
 * static from the caller's point of view. */
typedef struct
{
  /* Case-folded alpha-2, alpha-3 and English names → alpha-2 code. */
  GHashTable *codes;
  /* Alpha-2 code → English name. */
  GHashTable *names;
} CountryTable;

static char *
fold (const char *text)
{
  return g_utf8_casefold (text, -1);
}

static void
add_key (CountryTable *table,
         const char   *key,
         const char   *alpha2)
{
  if (key != NULL && key[0] != '\0')
    g_hash_table_insert (table->codes, fold (key), (gpointer) alpha2);
}

static void
load_table (CountryTable *table)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) error = NULL;
  JsonNode *root;
  JsonArray *countries;

  if (!json_parser_load_from_mapped_file (parser, ISO_3166_1_FILE, &error))
    {
      g_debug ("No country table: %s", error->message);
      return;
    }

  root = json_parser_get_root (parser);
  if (!JSON_NODE_HOLDS_OBJECT (root)
      || !json_object_has_member (json_node_get_object (root), "3166-1")
      || !JSON_NODE_HOLDS_ARRAY (json_object_get_member (json_node_get_object (root), "3166-1")))
    {
      g_debug ("No country table: unexpected contents in %s", ISO_3166_1_FILE);
      return;
    }

  countries = json_object_get_array_member (json_node_get_object (root), "3166-1");
  for (guint i = 0; i < json_array_get_length (countries); i++)
    {
      JsonNode *node = json_array_get_element (countries, i);
      JsonObject *country;
      const char *alpha2;
      const char *name;
      char *code;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      country = json_node_get_object (node);
      alpha2 = json_object_get_string_member_with_default (country, "alpha_2", NULL);
      name = json_object_get_string_member_with_default (country, "name", NULL);
      if (alpha2 == NULL || strlen (alpha2) != 2 || name == NULL)
        continue;

      code = g_ascii_strup (alpha2, -1);
      g_hash_table_insert (table->names, code, g_strdup (name));
      add_key (table, code, code);
      add_key (table, json_object_get_string_member_with_default (country, "alpha_3", NULL), code);
      add_key (table, name, code);
      add_key (table, json_object_get_string_member_with_default (country, "official_name", NULL), code);
      add_key (table, json_object_get_string_member_with_default (country, "common_name", NULL), code);
    }

  /* Not ISO, but the API documentation's own example uses it. */
  if (g_hash_table_contains (table->names, "GB"))
    add_key (table, "UK", g_hash_table_lookup (table->codes, "gb"));
}

static CountryTable *
get_table (void)
{
  static CountryTable *table;

  if (g_once_init_enter (&table))
    {
      CountryTable *new_table = g_new0 (CountryTable, 1);

      new_table->codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      new_table->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      load_table (new_table);
      bind_textdomain_codeset (ISO_3166_1_DOMAIN, "UTF-8");

      g_once_init_leave (&table, new_table);
    }

  return table;
}

/**
 * tickets_countries_lookup_code:
 * @code_or_name: an alpha-2 or alpha-3 code in any case, or an English name
 *
 * Returns: (nullable): the alpha-2 code, NULL if no country matches
 */
const char *
tickets_countries_lookup_code (const char *code_or_name)
{
  CountryTable *table = get_table ();
  char short_key[4];
  g_autofree char *key = NULL;
  gsize len;

  g_return_val_if_fail (code_or_name != NULL, NULL);

  /* Codes are what servers send: fold them without allocating. */
  len = strlen (code_or_name);
  if (len <= 3)
    {
      for (gsize i = 0; i <= len; i++)
        short_key[i] = g_ascii_tolower (code_or_name[i]);
      return g_hash_table_lookup (table->codes, short_key);
    }

  key = fold (code_or_name);

  return g_hash_table_lookup (table->codes, key);
}

/**
 * tickets_countries_get_name:
 *
 * Returns: (nullable): the English name of the country with the alpha-2 code
 *   @alpha2, NULL if unknown
 */
const char *
tickets_countries_get_name (const char *alpha2)
{
  CountryTable *table = get_table ();
  char key[3];

  g_return_val_if_fail (alpha2 != NULL, NULL);

  if (strlen (alpha2) != 2)
    return NULL;

  key[0] = g_ascii_toupper (alpha2[0]);
  key[1] = g_ascii_toupper (alpha2[1]);
  key[2] = '\0';

  return g_hash_table_lookup (table->names, key);
}

/**
 * tickets_countries_dup_display_name:
 *
 * Returns: (transfer full) (nullable): the country's name in the user's
 *   language, NULL if unknown
 */
char *
tickets_countries_dup_display_name (const char *alpha2)
{
  const char *name;

  g_return_val_if_fail (alpha2 != NULL, NULL);

  name = tickets_countries_get_name (alpha2);
  if (name == NULL)
    return NULL;

  return g_strdup (dgettext (ISO_3166_1_DOMAIN, name));
}

/**
 * tickets_countries_dup_codes:
 *
 * Returns: (transfer full): every alpha-2 code of the table, sorted
 */
char **
tickets_countries_dup_codes (void)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GList) codes = g_list_sort (g_hash_table_get_keys (get_table ()->names), (GCompareFunc) strcmp);

  for (const GList *l = codes; l != NULL; l = l->next)
    g_strv_builder_add (builder, l->data);

  return g_strv_builder_end (builder);
}

gboolean
tickets_country_needs_state (const char *alpha2)
{
  return g_strcmp0 (alpha2, "US") == 0 || g_strcmp0 (alpha2, "BR") == 0;
}
