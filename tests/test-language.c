/* test-language.c: which language and locale tickets_language_init() sets up
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each case runs in a subprocess of its own: the locale, LANGUAGE and
 * gettext's bindings are set once per process, as main() sets them.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "tickets-language.h"

/* The environment of a session, before tickets_language_init(). */
static void
set_environment (const char *language,
                 const char *lc_all,
                 const char *lang)
{
  const char * const variables[] = { "LC_MESSAGES", "LC_TIME", "LC_MONETARY", "LC_NUMERIC", "LC_COLLATE", "LC_CTYPE" };

  for (gsize i = 0; i < G_N_ELEMENTS (variables); i++)
    g_unsetenv (variables[i]);
  if (language != NULL)
    g_setenv ("LANGUAGE", language, TRUE);
  else
    g_unsetenv ("LANGUAGE");
  if (lc_all != NULL)
    g_setenv ("LC_ALL", lc_all, TRUE);
  else
    g_unsetenv ("LC_ALL");
  if (lang != NULL)
    g_setenv ("LANG", lang, TRUE);
  else
    g_unsetenv ("LANG");
}

static void
run_subprocess (void)
{
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

static void
test_languages (void)
{
  const char * const codes[] = { "en", "nl", "de", "fr", "es", "pt", "tr", "pl", "ru" };
  const TicketsLanguage *all;
  guint n_languages;

  all = tickets_language_get_all (&n_languages);
  g_assert_cmpuint (n_languages, ==, G_N_ELEMENTS (codes));
  for (guint i = 0; i < n_languages; i++)
    {
      g_assert_cmpstr (all[i].code, ==, codes[i]);
      g_assert_true (tickets_language_lookup (codes[i]) == &all[i]);
      g_assert_true (g_utf8_validate (all[i].native_name, -1, NULL));
      g_assert_true (g_str_has_prefix (all[i].locale, codes[i]));
      /* locales-all, as build-aux/install-deps.sh --tests installs it. */
      g_assert_nonnull (setlocale (LC_ALL, all[i].locale));
    }
  g_assert_cmpstr (tickets_language_lookup ("nl")->native_name, ==, "Nederlands");
  g_assert_null (tickets_language_lookup ("xx"));
  g_assert_null (tickets_language_lookup (""));
}

/* LANGUAGE=nl under the C locale, as `LANGUAGE=nl tickets --demo` in a
 * session without a locale: Dutch, with a Dutch locale. */
static void
test_c_locale (void)
{
  if (g_test_subprocess ())
    {
      set_environment ("nl", "C", NULL);
      tickets_language_init ();

      g_assert_cmpstr (setlocale (LC_MESSAGES, NULL), ==, "nl_NL.UTF-8");
      g_assert_cmpstr (setlocale (LC_MONETARY, NULL), ==, "nl_NL.UTF-8");
      g_assert_cmpstr (tickets_language_get_ui (), ==, "nl");
      g_assert_cmpstr (_("Welcome to Tickets"), ==, "Welkom bij Tickets");
      return;
    }
  run_subprocess ();
}

/* The first of LANGUAGE's list that is one of the nine; a regional
 * variant is its language. */
static void
test_language_list (void)
{
  if (g_test_subprocess ())
    {
      set_environment ("fy:pt_BR:de", NULL, NULL);
      tickets_language_init ();

      g_assert_cmpstr (setlocale (LC_MESSAGES, NULL), ==, "pt_PT.UTF-8");
      g_assert_cmpstr (tickets_language_get_ui (), ==, "pt");
      g_assert_cmpstr (_("Welcome to Tickets"), ==, "Bem-vindo ao Bilhetes");
      return;
    }
  run_subprocess ();
}

/* The "language" key wins over the session's LANGUAGE. */
static void
test_setting (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(GSettings) settings = g_settings_new (APP_ID);

      g_settings_set_string (settings, "language", "de");
      set_environment ("fr", "C", NULL);
      tickets_language_init ();

      g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, "de");
      g_assert_cmpstr (setlocale (LC_MESSAGES, NULL), ==, "de_DE.UTF-8");
      g_assert_cmpstr (tickets_language_get_ui (), ==, "de");
      g_assert_cmpstr (_("Welcome to Tickets"), ==, "Willkommen bei Tickets");
      return;
    }
  run_subprocess ();
}

/* A value that is none of the nine is not a language to switch to. */
static void
test_unknown_setting (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(GSettings) settings = g_settings_new (APP_ID);

      g_settings_set_string (settings, "language", "xx");
      set_environment ("es", "C", NULL);
      tickets_language_init ();

      g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, "es");
      g_assert_cmpstr (tickets_language_get_ui (), ==, "es");
      return;
    }
  run_subprocess ();
}

/* An English UI in a German session: messages in English, prices with
 * the session's decimal comma, but month names in English, or a date
 * would read "Saturday 4 Juli". */
static void
test_time_follows_ui (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(GDateTime) date = g_date_time_new_utc (2026, 7, 4, 12, 0, 0);
      g_autofree char *text = NULL;

      set_environment ("en", NULL, "de_DE.UTF-8");
      tickets_language_init ();

      g_assert_cmpstr (setlocale (LC_MESSAGES, NULL), ==, "de_DE.UTF-8");
      g_assert_cmpstr (setlocale (LC_MONETARY, NULL), ==, "de_DE.UTF-8");
      g_assert_cmpstr (setlocale (LC_TIME, NULL), ==, "en_GB.UTF-8");
      g_assert_cmpstr (tickets_language_get_ui (), ==, "en");
      g_assert_cmpstr (_("Welcome to Tickets"), ==, "Welcome to Tickets");
      text = g_date_time_format (date, "%B");
      g_assert_cmpstr (text, ==, "July");
      return;
    }
  run_subprocess ();
}

/* Nothing asked for: the session's locale stays as it is. */
static void
test_session_locale (void)
{
  if (g_test_subprocess ())
    {
      set_environment (NULL, NULL, "ru_RU.UTF-8");
      tickets_language_init ();

      g_assert_cmpstr (setlocale (LC_ALL, NULL), ==, "ru_RU.UTF-8");
      g_assert_cmpstr (tickets_language_get_ui (), ==, "ru");
      g_assert_cmpstr (_("Welcome to Tickets"), ==, "Добро пожаловать в «Билеты»");
      return;
    }
  run_subprocess ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/language/languages", test_languages);
  g_test_add_func ("/language/c-locale", test_c_locale);
  g_test_add_func ("/language/language-list", test_language_list);
  g_test_add_func ("/language/setting", test_setting);
  g_test_add_func ("/language/unknown-setting", test_unknown_setting);
  g_test_add_func ("/language/time-follows-ui", test_time_follows_ui);
  g_test_add_func ("/language/session-locale", test_session_locale);

  return g_test_run ();
}
