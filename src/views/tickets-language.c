/* tickets-language.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <gtk/gtk.h>
#include <locale.h>
#include <string.h>

#include "tickets-language.h"

/* English in the British way the source strings write dates ("4 July
 * 2026"); Portuguese as Portugal, where the euro is the currency. */
static const TicketsLanguage languages[] = {
  { "en", "English", "en_GB.UTF-8" },
  { "nl", "Nederlands", "nl_NL.UTF-8" },
  { "de", "Deutsch", "de_DE.UTF-8" },
  { "fr", "Français", "fr_FR.UTF-8" },
  { "es", "Español", "es_ES.UTF-8" },
  { "pt", "Português", "pt_PT.UTF-8" },
  { "tr", "Türkçe", "tr_TR.UTF-8" },
  { "pl", "Polski", "pl_PL.UTF-8" },
  { "ru", "Русский", "ru_RU.UTF-8" },
};

const TicketsLanguage *
tickets_language_get_all (guint *n_languages)
{
  if (n_languages != NULL)
    *n_languages = G_N_ELEMENTS (languages);

  return languages;
}

/**
 * tickets_language_lookup:
 * @code: an API language code such as "nl"
 *
 * Returns: (nullable): the language, NULL when it is none of the nine
 */
const TicketsLanguage *
tickets_language_lookup (const char *code)
{
  g_return_val_if_fail (code != NULL, NULL);

  for (gsize i = 0; i < G_N_ELEMENTS (languages); i++)
    if (strcmp (languages[i].code, code) == 0)
      return &languages[i];

  return NULL;
}

const char *
tickets_language_get_ui (void)
{
  const char * const *names = g_get_language_names ();

  /* The list holds each name's bare language too ("pt_BR" gives "pt"). */
  for (guint i = 0; names[i] != NULL; i++)
    {
      const TicketsLanguage *language = tickets_language_lookup (names[i]);

      if (language != NULL)
        return language->code;
    }

  return "en";
}

/* The "language" key, NULL when it is empty or the schema is not installed
 * (an uninstalled build run without GSETTINGS_SCHEMA_DIR must still start). */
static char *
dup_language_setting (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *code = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, "language"))
    return NULL;

  settings = g_settings_new_full (schema, NULL, NULL);
  code = g_settings_get_string (settings, "language");

  return code[0] != '\0' ? g_steal_pointer (&code) : NULL;
}

/* The language part of a locale name ("nl" of "nl_NL.UTF-8"); NULL for C
 * and POSIX, which choose no language. */
static char *
dup_locale_language (const char *locale)
{
  if (locale == NULL
      || strcmp (locale, "C") == 0
      || g_str_has_prefix (locale, "C.")
      || strcmp (locale, "POSIX") == 0)
    return NULL;

  return g_strndup (locale, strcspn (locale, "_.@"));
}

/* The first of the nine that LANGUAGE names, NULL when it names none. */
static const TicketsLanguage *
find_environment_language (void)
{
  const char *variable = g_getenv ("LANGUAGE");
  g_auto(GStrv) names = NULL;

  if (variable == NULL)
    return NULL;

  names = g_strsplit (variable, ":", -1);
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *code = dup_locale_language (names[i]);
      const TicketsLanguage *language = code != NULL ? tickets_language_lookup (code) : NULL;

      if (language != NULL)
        return language;
    }

  return NULL;
}

static void
set_locale (void)
{
  const TicketsLanguage *language = find_environment_language ();
  g_autofree char *messages_language = NULL;
  g_autofree char *time_language = NULL;
  const char *ui;

  if (setlocale (LC_ALL, "") == NULL)
    g_debug ("The locale of the environment is not installed: using C");

  /* gettext ignores LANGUAGE under the C locale, and the C locale has no
   * decimal comma and no month names but English ones: the language asked
   * for brings its own locale. */
  messages_language = dup_locale_language (setlocale (LC_MESSAGES, NULL));
  if (messages_language == NULL && language != NULL)
    {
      if (setlocale (LC_ALL, language->locale) == NULL
          && setlocale (LC_ALL, "C.UTF-8") == NULL)
        g_debug ("Neither %s nor C.UTF-8 is installed", language->locale);
    }

  /* The translated date formats put the locale's month and day names into
   * sentences of the UI's language: "samedi 4 July" is neither. */
  ui = tickets_language_get_ui ();
  time_language = dup_locale_language (setlocale (LC_TIME, NULL));
  if (g_strcmp0 (time_language != NULL ? time_language : "en", ui) != 0)
    setlocale (LC_TIME, tickets_language_lookup (ui)->locale);
}

void
tickets_language_init (void)
{
  g_autofree char *setting = dup_language_setting ();
  const char *localedir = g_getenv ("TICKETS_LOCALEDIR");

  if (setting != NULL && tickets_language_lookup (setting) != NULL)
    g_setenv ("LANGUAGE", setting, TRUE);

  set_locale ();
  /* gtk_init() would set the locale of the environment again. */
  gtk_disable_setlocale ();

  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL && localedir[0] != '\0' ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}
