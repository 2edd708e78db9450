/* tickets-i18n-text.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tickets-i18n-text.h"
#include "tickets-model-private.h"

/* About five of these per ticket, and an order may hold ten thousand tickets,
 * so an entry is two pointers: the language is interned, and a value is either
 * the shared empty string (most of them: the API sends every language) or a
 * copy that entries with the same text share. */
typedef struct
{
  const char *lang;
  char       *value;
} Entry;

struct _TicketsI18nText
{
  GObject  parent_instance;

  Entry   *entries;
  guint    n_entries;
  guint    n_allocated;
};

G_DEFINE_FINAL_TYPE (TicketsI18nText, tickets_i18n_text, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_BEST,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char empty_value[] = "";

/* The languages of the API, in the order used when the wanted ones are missing. */
static const char * const known_languages[] = { "en", "nl", "de", "fr", "es", "pt", "tr", "pl", "ru" };

const char *
tickets_intern_language (const char *lang)
{
  if (lang[0] != '\0' && lang[1] != '\0' && lang[2] == '\0')
    {
      for (guint i = 0; i < G_N_ELEMENTS (known_languages); i++)
        if (known_languages[i][0] == lang[0] && known_languages[i][1] == lang[1])
          return known_languages[i];
    }

  return g_intern_string (lang);
}

static gboolean
value_is_shared (TicketsI18nText *self,
                 guint            index)
{
  for (guint i = 0; i < self->n_entries; i++)
    if (i != index && self->entries[i].value == self->entries[index].value)
      return TRUE;

  return FALSE;
}

static void
tickets_i18n_text_finalize (GObject *object)
{
  TicketsI18nText *self = TICKETS_I18N_TEXT (object);

  /* A shared value is freed with the last entry that holds it. */
  for (guint i = 0; i < self->n_entries; i++)
    {
      char *value = self->entries[i].value;
      gboolean later = FALSE;

      if (value == empty_value)
        continue;
      for (guint j = i + 1; j < self->n_entries && !later; j++)
        later = self->entries[j].value == value;
      if (!later)
        g_free (value);
    }
  g_free (self->entries);

  G_OBJECT_CLASS (tickets_i18n_text_parent_class)->finalize (object);
}

static void
tickets_i18n_text_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  TicketsI18nText *self = TICKETS_I18N_TEXT (object);

  switch (prop_id)
    {
    case PROP_BEST:
      g_value_set_string (value, tickets_i18n_text_get_best (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_i18n_text_class_init (TicketsI18nTextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tickets_i18n_text_finalize;
  object_class->get_property = tickets_i18n_text_get_property;

  properties[PROP_BEST] =
    g_param_spec_string ("best", NULL, NULL,
                         "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tickets_i18n_text_init (TicketsI18nText *self)
{
}

TicketsI18nText *
tickets_i18n_text_new (void)
{
  return g_object_new (TICKETS_TYPE_I18N_TEXT, NULL);
}

TicketsI18nText *
tickets_i18n_text_get_empty (void)
{
  static TicketsI18nText *empty;

  if (g_once_init_enter (&empty))
    g_once_init_leave (&empty, tickets_i18n_text_new ());

  return empty;
}

static Entry *
find_entry (TicketsI18nText *self,
            const char      *lang)
{
  for (guint i = 0; i < self->n_entries; i++)
    if (self->entries[i].lang == lang || strcmp (self->entries[i].lang, lang) == 0)
      return &self->entries[i];

  return NULL;
}

/* Every entry's language is interned: a pointer says it all. */
static Entry *
find_interned_entry (TicketsI18nText *self,
                     const char      *interned_lang)
{
  for (guint i = 0; i < self->n_entries; i++)
    if (self->entries[i].lang == interned_lang)
      return &self->entries[i];

  return NULL;
}

static char *
dup_or_share_value (TicketsI18nText *self,
                    const char      *value)
{
  if (value == NULL || value[0] == '\0')
    return empty_value;

  for (guint i = 0; i < self->n_entries; i++)
    if (strcmp (self->entries[i].value, value) == 0)
      return self->entries[i].value;

  return g_strdup (value);
}

/**
 * tickets_i18n_text_set:
 * @lang: any language code the server sent
 * @value: (nullable): NULL is the same as ""
 *
 * A builder: call it only before the text is handed to anyone else.
 */
void
tickets_i18n_text_set (TicketsI18nText *self,
                       const char      *lang,
                       const char      *value)
{
  const char *interned_lang;
  Entry *entry;
  char *new_value;

  g_return_if_fail (TICKETS_IS_I18N_TEXT (self));
  g_return_if_fail (lang != NULL);
  g_return_if_fail (self != tickets_i18n_text_get_empty ());

  interned_lang = tickets_intern_language (lang);
  new_value = dup_or_share_value (self, value);
  entry = find_interned_entry (self, interned_lang);

  if (entry != NULL)
    {
      if (entry->value != empty_value && entry->value != new_value
          && !value_is_shared (self, entry - self->entries))
        g_free (entry->value);
      entry->value = new_value;
      return;
    }

  if (self->n_entries == self->n_allocated)
    {
      self->n_allocated = MAX (8, self->n_allocated * 2);
      self->entries = g_renew (Entry, self->entries, self->n_allocated);
    }

  entry = &self->entries[self->n_entries++];
  entry->lang = interned_lang;
  entry->value = new_value;
}

/**
 * tickets_i18n_text_get:
 *
 * Returns: (nullable): the value for exactly @lang, NULL if the server sent none
 */
const char *
tickets_i18n_text_get (TicketsI18nText *self,
                       const char      *lang)
{
  Entry *entry;

  g_return_val_if_fail (TICKETS_IS_I18N_TEXT (self), NULL);
  g_return_val_if_fail (lang != NULL, NULL);

  entry = find_entry (self, lang);

  return entry != NULL ? entry->value : NULL;
}

/**
 * tickets_i18n_text_get_n_languages:
 * @self: a #TicketsI18nText
 *
 * Returns: how many languages the text holds, empty ones included
 */
guint
tickets_i18n_text_get_n_languages (TicketsI18nText *self)
{
  g_return_val_if_fail (TICKETS_IS_I18N_TEXT (self), 0);

  return self->n_entries;
}

/**
 * tickets_i18n_text_get_nth:
 * @self: a #TicketsI18nText
 * @index: which language, below tickets_i18n_text_get_n_languages()
 * @lang: (out) (optional): its code
 *
 * The languages keep the order they were set in.
 *
 * Returns: the text in that language
 */
const char *
tickets_i18n_text_get_nth (TicketsI18nText  *self,
                           guint             index,
                           const char      **lang)
{
  g_return_val_if_fail (TICKETS_IS_I18N_TEXT (self), NULL);
  g_return_val_if_fail (index < self->n_entries, NULL);

  if (lang != NULL)
    *lang = self->entries[index].lang;

  return self->entries[index].value;
}

static gboolean
lang_char_equal (char a,
                 char b)
{
  if (a == '-')
    a = '_';
  if (b == '-')
    b = '_';

  return g_ascii_tolower (a) == g_ascii_tolower (b);
}

/* Compares the first @len characters of @wanted with all of @lang, case
 * insensitively and with "-" and "_" alike: "pt_BR" matches "pt-br". */
static gboolean
lang_equal_n (const char *lang,
              const char *wanted,
              gsize       len)
{
  gsize i;

  for (i = 0; i < len; i++)
    if (lang[i] == '\0' || !lang_char_equal (lang[i], wanted[i]))
      return FALSE;

  return lang[i] == '\0';
}

static gsize
base_length (const char *lang)
{
  return strcspn (lang, "_-.@");
}

static const char *
find_nonempty_value (TicketsI18nText *self,
                     const char      *wanted)
{
  gsize len = strcspn (wanted, ".@");
  gsize base_len = base_length (wanted);

  if (len == 0)
    return NULL;

  for (guint i = 0; i < self->n_entries; i++)
    if (self->entries[i].value[0] != '\0' && lang_equal_n (self->entries[i].lang, wanted, len))
      return self->entries[i].value;

  if (base_len == len)
    return NULL;

  for (guint i = 0; i < self->n_entries; i++)
    if (self->entries[i].value[0] != '\0' && lang_equal_n (self->entries[i].lang, wanted, base_len))
      return self->entries[i].value;

  return NULL;
}

/* A regional text ("pt-BR") still serves someone who asked for "pt". */
static const char *
find_nonempty_regional_value (TicketsI18nText *self,
                              const char      *wanted)
{
  gsize base_len = base_length (wanted);

  if (base_len == 0)
    return NULL;

  for (guint i = 0; i < self->n_entries; i++)
    {
      const char *lang = self->entries[i].lang;

      if (self->entries[i].value[0] != '\0'
          && base_length (lang) == base_len
          && g_ascii_strncasecmp (lang, wanted, base_len) == 0)
        return self->entries[i].value;
    }

  return NULL;
}

/**
 * tickets_i18n_text_get_best_for:
 * @languages: (nullable): wanted languages, most wanted first, as
 *   g_get_language_names() gives them
 *
 * Returns: the first non-empty value among @languages (a regional one such as
 *   "pt_BR" also accepts "pt"), else English, else the first non-empty value
 *   among the API's languages, else any non-empty value, else "". Never NULL.
 */
const char *
tickets_i18n_text_get_best_for (TicketsI18nText    *self,
                                const char * const *languages)
{
  const char *value;

  g_return_val_if_fail (TICKETS_IS_I18N_TEXT (self), "");

  for (guint i = 0; languages != NULL && languages[i] != NULL; i++)
    {
      if (strcmp (languages[i], "C") == 0 || strcmp (languages[i], "POSIX") == 0)
        continue;

      value = find_nonempty_value (self, languages[i]);
      if (value == NULL)
        value = find_nonempty_regional_value (self, languages[i]);
      if (value != NULL)
        return value;
    }

  for (guint i = 0; i < G_N_ELEMENTS (known_languages); i++)
    {
      Entry *entry = find_interned_entry (self, known_languages[i]);

      if (entry != NULL && entry->value[0] != '\0')
        return entry->value;
    }

  for (guint i = 0; i < self->n_entries; i++)
    if (self->entries[i].value[0] != '\0')
      return self->entries[i].value;

  return "";
}

const char *
tickets_i18n_text_get_best (TicketsI18nText *self)
{
  g_return_val_if_fail (TICKETS_IS_I18N_TEXT (self), "");

  return tickets_i18n_text_get_best_for (self, g_get_language_names ());
}

gboolean
tickets_i18n_text_is_empty (TicketsI18nText *self)
{
  g_return_val_if_fail (TICKETS_IS_I18N_TEXT (self), TRUE);

  for (guint i = 0; i < self->n_entries; i++)
    if (self->entries[i].value[0] != '\0')
      return FALSE;

  return TRUE;
}

/**
 * tickets_i18n_text_dup_languages:
 *
 * Returns: (transfer full): every language the server sent, empty or not, in
 *   the order it sent them
 */
char **
tickets_i18n_text_dup_languages (TicketsI18nText *self)
{
  char **languages;

  g_return_val_if_fail (TICKETS_IS_I18N_TEXT (self), NULL);

  languages = g_new (char *, self->n_entries + 1);
  for (guint i = 0; i < self->n_entries; i++)
    languages[i] = g_strdup (self->entries[i].lang);
  languages[self->n_entries] = NULL;

  return languages;
}

/* The same languages with the same values, in any order. */
gboolean
tickets_i18n_text_equal (TicketsI18nText *a,
                         TicketsI18nText *b)
{
  if (a == b)
    return TRUE;
  if (a == NULL || b == NULL)
    return FALSE;

  g_return_val_if_fail (TICKETS_IS_I18N_TEXT (a), FALSE);
  g_return_val_if_fail (TICKETS_IS_I18N_TEXT (b), FALSE);

  if (a->n_entries != b->n_entries)
    return FALSE;

  for (guint i = 0; i < a->n_entries; i++)
    {
      const Entry *entry_a = &a->entries[i];
      const Entry *entry_b;

      /* The server sends languages in a stable order: try the same slot first. */
      if (a->entries[i].lang == b->entries[i].lang)
        entry_b = &b->entries[i];
      else
        entry_b = find_interned_entry (b, entry_a->lang);

      if (entry_b == NULL || strcmp (entry_a->value, entry_b->value) != 0)
        return FALSE;
    }

  return TRUE;
}
