/* tickets-scan-input.c: what the counter's one field was given
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "tickets-scan-input.h"

#define MIN_CODE_LENGTH 5

gboolean
tickets_scan_input_is_code (const char *text)
{
  g_autofree char *code = NULL;
  gsize length = 0;

  if (text == NULL)
    return FALSE;

  code = g_strstrip (g_strdup (text));
  for (const char *p = code; *p != '\0'; p++, length++)
    if (!g_ascii_isalnum (*p))
      return FALSE;

  return length >= MIN_CODE_LENGTH;
}

/* The words of @text, split at any white space, none empty. */
static char **
split_words (const char *text)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) parts = g_regex_split_simple ("\\s+", text, 0, 0);

  for (guint i = 0; parts[i] != NULL; i++)
    if (*parts[i] != '\0')
      g_strv_builder_add (builder, parts[i]);

  return g_strv_builder_end (builder);
}

static guint
fetch_number (GMatchInfo *match,
              int         group)
{
  g_autofree char *digits = g_match_info_fetch (match, group);

  return (guint) strtoul (digits, NULL, 10);
}

/* DD-MM-YYYY, DD.MM.YYYY, DD/MM/YYYY or YYYY-MM-DD as the API writes dates,
 * NULL when @word is no such date or no day of the calendar. */
static char *
dup_date (const char *word)
{
  g_autoptr(GRegex) day_first = g_regex_new ("^([0-9]{1,2})([-./])([0-9]{1,2})\\2([0-9]{4})$", 0, 0, NULL);
  g_autoptr(GRegex) year_first = g_regex_new ("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})$", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  guint day;
  guint month;
  guint year;

  if (g_regex_match (day_first, word, 0, &match))
    {
      day = fetch_number (match, 1);
      month = fetch_number (match, 3);
      year = fetch_number (match, 4);
    }
  else
    {
      g_clear_pointer (&match, g_match_info_unref);
      if (!g_regex_match (year_first, word, 0, &match))
        return NULL;
      year = fetch_number (match, 1);
      month = fetch_number (match, 2);
      day = fetch_number (match, 3);
    }

  if (month < 1 || month > 12 || day < 1 || year < 1 || !g_date_valid_dmy (day, month, year))
    return NULL;

  return g_strdup_printf ("%04u-%02u-%02u", year, month, day);
}

static gboolean
has_letter (const char *word)
{
  for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isalpha (g_utf8_get_char (p)))
      return TRUE;

  return FALSE;
}

static gboolean
has_upper (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isupper (g_utf8_get_char (p)) || g_unichar_istitle (g_utf8_get_char (p)))
      return TRUE;

  return FALSE;
}

/* The API's name filters match the case as stored, and names are stored
 * capitalized: "jans" must find "Jansen". Someone who typed a capital
 * meant the case they typed ("deVries", "McDonald"). */
static char *
dup_name (const char *words,
          gboolean    capitalize)
{
  GString *name;
  gboolean word_start = TRUE;

  if (!capitalize)
    return g_strdup (words);

  name = g_string_new (NULL);
  for (const char *p = words; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (word_start && g_unichar_isalpha (c))
        {
          g_string_append_unichar (name, g_unichar_totitle (c));
          word_start = FALSE;
        }
      else
        {
          g_string_append_unichar (name, c);
          /* Each part of "jansen-de vries" is a name of its own. */
          word_start = g_unichar_isspace (c) || c == '-';
        }
    }

  return g_string_free (name, FALSE);
}

static GHashTable *
new_filters (const char *name,
             char       *value)
{
  GHashTable *filters = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  g_hash_table_insert (filters, g_strdup (name), value);

  return filters;
}

/**
 * tickets_scan_input_consumer_filters:
 * @text: what was typed
 *
 * Returns: (transfer full) (nullable): the filters, NULL for a text with
 *   nothing to search (empty, or no letters where a name is meant)
 */
GHashTable *
tickets_scan_input_consumer_filters (const char *text)
{
  g_auto(GStrv) words = NULL;
  g_autofree char *date = NULL;
  g_autofree char *rest = NULL;
  GHashTable *filters;
  gboolean capitalize;
  guint n_words;

  if (text == NULL)
    return NULL;

  words = split_words (text);
  n_words = g_strv_length (words);
  if (n_words == 0)
    return NULL;

  if (n_words == 1 && strchr (words[0], '@') != NULL)
    return new_filters ("email__startswith", g_strdup (words[0]));

  if (n_words == 1 && (date = dup_date (words[0])) != NULL)
    return new_filters ("date_of_birth", g_steal_pointer (&date));

  for (guint i = 0; i < n_words; i++)
    if (!has_letter (words[i]))
      return NULL;

  capitalize = !has_upper (text);

  if (n_words == 1)
    return new_filters ("last_name__startswith", dup_name (words[0], capitalize));

  filters = new_filters ("first_name__startswith", dup_name (words[0], capitalize));
  rest = g_strjoinv (" ", words + 1);
  g_hash_table_insert (filters, g_strdup ("last_name__startswith"), dup_name (rest, capitalize));

  return filters;
}

/**
 * tickets_scan_input_consumer_fallback:
 * @text: what was typed
 *
 * Returns: (transfer full) (nullable): first_name__startswith for one name
 *   word, NULL for anything else
 */
GHashTable *
tickets_scan_input_consumer_fallback (const char *text)
{
  g_autoptr(GHashTable) filters = tickets_scan_input_consumer_filters (text);
  const char *last_name;

  if (filters == NULL || g_hash_table_size (filters) != 1 ||
      (last_name = g_hash_table_lookup (filters, "last_name__startswith")) == NULL)
    return NULL;

  return new_filters ("first_name__startswith", g_strdup (last_name));
}

/* The double-fire filter */

struct _TicketsScanFilter
{
  char   *code;
  gint64  time;
};

TicketsScanFilter *
tickets_scan_filter_new (void)
{
  return g_new0 (TicketsScanFilter, 1);
}

void
tickets_scan_filter_free (TicketsScanFilter *self)
{
  if (self == NULL)
    return;

  g_free (self->code);
  g_free (self);
}

gboolean
tickets_scan_filter_repeat (TicketsScanFilter *self,
                            const char        *code,
                            gint64             now_usec)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (code != NULL, FALSE);

  /* The window runs from the scan that counted: a code held under the
   * scanner for long is read again every 2.5 s, not never. */
  if (g_strcmp0 (self->code, code) == 0 && now_usec >= self->time &&
      now_usec - self->time < TICKETS_SCAN_REPEAT_WINDOW_USEC)
    return TRUE;

  g_free (self->code);
  self->code = g_strdup (code);
  self->time = now_usec;

  return FALSE;
}

void
tickets_scan_filter_reset (TicketsScanFilter *self)
{
  g_return_if_fail (self != NULL);

  g_clear_pointer (&self->code, g_free);
  self->time = 0;
}
