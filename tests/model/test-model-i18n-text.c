/* test-model-i18n-text.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "tickets-i18n-text.h"

/* A text as the API sends it: all its languages, most of them empty. */
static TicketsI18nText *
new_text (const char *first_lang,
          ...)
{
  TicketsI18nText *text = tickets_i18n_text_new ();
  va_list args;

  va_start (args, first_lang);
  for (const char *lang = first_lang; lang != NULL; lang = va_arg (args, const char *))
    tickets_i18n_text_set (text, lang, va_arg (args, const char *));
  va_end (args);

  return text;
}

static void
test_set_get (void)
{
  g_autoptr(TicketsI18nText) text = NULL;
  g_auto(GStrv) languages = NULL;

  text = new_text ("de", "", "en", "Product Name", "nl", "Productnaam", "ja", "製品", NULL);

  g_assert_cmpstr (tickets_i18n_text_get (text, "en"), ==, "Product Name");
  g_assert_cmpstr (tickets_i18n_text_get (text, "nl"), ==, "Productnaam");
  g_assert_cmpstr (tickets_i18n_text_get (text, "de"), ==, "");
  g_assert_cmpstr (tickets_i18n_text_get (text, "ja"), ==, "製品");
  g_assert_null (tickets_i18n_text_get (text, "fr"));
  g_assert_null (tickets_i18n_text_get (text, "EN"));

  languages = tickets_i18n_text_dup_languages (text);
  g_assert_cmpstrv (languages, ((const char * const[]) { "de", "en", "nl", "ja", NULL }));

  /* Setting a language again replaces its value and keeps its place. */
  tickets_i18n_text_set (text, "en", "Other");
  tickets_i18n_text_set (text, "nl", NULL);
  g_assert_cmpstr (tickets_i18n_text_get (text, "en"), ==, "Other");
  g_assert_cmpstr (tickets_i18n_text_get (text, "nl"), ==, "");
  g_clear_pointer (&languages, g_strfreev);
  languages = tickets_i18n_text_dup_languages (text);
  g_assert_cmpstrv (languages, ((const char * const[]) { "de", "en", "nl", "ja", NULL }));

  g_assert_finalize_object (g_steal_pointer (&text));
}

/* Values repeated across languages share memory; replacing or freeing any of
 * them must leave the others intact (valgrind checks the frees). */
static void
test_shared_values (void)
{
  g_autoptr(TicketsI18nText) text = NULL;

  text = new_text ("en", "Seventies LIVE", "nl", "Seventies LIVE", "de", "Seventies LIVE", NULL);

  tickets_i18n_text_set (text, "en", "Seventies");
  g_assert_cmpstr (tickets_i18n_text_get (text, "en"), ==, "Seventies");
  g_assert_cmpstr (tickets_i18n_text_get (text, "nl"), ==, "Seventies LIVE");
  tickets_i18n_text_set (text, "nl", "");
  g_assert_cmpstr (tickets_i18n_text_get (text, "de"), ==, "Seventies LIVE");
  tickets_i18n_text_set (text, "de", "Seventies");
  tickets_i18n_text_set (text, "fr", "Seventies LIVE");
  g_assert_cmpstr (tickets_i18n_text_get (text, "de"), ==, "Seventies");
  g_assert_cmpstr (tickets_i18n_text_get (text, "fr"), ==, "Seventies LIVE");

  for (int i = 0; i < 20; i++)
    {
      g_autofree char *lang = g_strdup_printf ("x%d", i);

      tickets_i18n_text_set (text, lang, i % 2 ? "odd" : "even");
    }
  g_assert_cmpstr (tickets_i18n_text_get (text, "x7"), ==, "odd");
  g_assert_cmpstr (tickets_i18n_text_get (text, "x8"), ==, "even");
  g_assert_cmpstr (tickets_i18n_text_get (text, "en"), ==, "Seventies");

  g_assert_finalize_object (g_steal_pointer (&text));
}

static void
test_best_for (void)
{
  g_autoptr(TicketsI18nText) text = NULL;
  g_autoptr(TicketsI18nText) regional = NULL;
  g_autoptr(TicketsI18nText) no_english = NULL;
  g_autoptr(TicketsI18nText) foreign = NULL;
  g_autoptr(TicketsI18nText) empty = NULL;
  g_autoptr(TicketsI18nText) none = NULL;

  text = new_text ("en", "Membership", "nl", "Lidmaatschap", "pt", "Adesão", "de", "", NULL);

  g_assert_cmpstr (tickets_i18n_text_get_best_for (text, (const char *[]) { "nl", "en", NULL }), ==, "Lidmaatschap");
  g_assert_cmpstr (tickets_i18n_text_get_best_for (text, (const char *[]) { "en", "nl", NULL }), ==, "Membership");
  /* What g_get_language_names() gives for pt_BR.UTF-8. */
  g_assert_cmpstr (tickets_i18n_text_get_best_for (text, (const char *[]) { "pt_BR.UTF-8", "pt_BR", "pt.UTF-8", "pt", "C", NULL }), ==, "Adesão");
  /* A region alone still finds its language. */
  g_assert_cmpstr (tickets_i18n_text_get_best_for (text, (const char *[]) { "pt_BR", NULL }), ==, "Adesão");
  g_assert_cmpstr (tickets_i18n_text_get_best_for (text, (const char *[]) { "nl_BE@euro", NULL }), ==, "Lidmaatschap");
  /* Empty values do not count: German falls back to English. */
  g_assert_cmpstr (tickets_i18n_text_get_best_for (text, (const char *[]) { "de", NULL }), ==, "Membership");
  g_assert_cmpstr (tickets_i18n_text_get_best_for (text, (const char *[]) { "de", "nl", NULL }), ==, "Lidmaatschap");
  g_assert_cmpstr (tickets_i18n_text_get_best_for (text, (const char *[]) { "C", NULL }), ==, "Membership");
  g_assert_cmpstr (tickets_i18n_text_get_best_for (text, (const char *[]) { NULL }), ==, "Membership");
  g_assert_cmpstr (tickets_i18n_text_get_best_for (text, NULL), ==, "Membership");

  /* A regional text serves its language; an exact region is preferred. */
  regional = new_text ("en", "Color", "pt-BR", "Cor (BR)", "pt-PT", "Cor (PT)", NULL);
  g_assert_cmpstr (tickets_i18n_text_get_best_for (regional, (const char *[]) { "pt", NULL }), ==, "Cor (BR)");
  g_assert_cmpstr (tickets_i18n_text_get_best_for (regional, (const char *[]) { "pt_PT", "pt", NULL }), ==, "Cor (PT)");
  g_assert_cmpstr (tickets_i18n_text_get_best_for (regional, (const char *[]) { "fr", NULL }), ==, "Color");

  /* No English: the first of the API's languages in its order, not the
   * order the server sent them in. */
  no_english = new_text ("ru", "Билет", "en", "", "fr", "Billet", "nl", "", "es", "Entrada", NULL);
  g_assert_cmpstr (tickets_i18n_text_get_best_for (no_english, (const char *[]) { "it", NULL }), ==, "Billet");

  /* Only languages outside the nine: the first non-empty one. */
  foreign = new_text ("en", "", "ja", "", "it", "Biglietto", "sv", "Biljett", NULL);
  g_assert_cmpstr (tickets_i18n_text_get_best_for (foreign, (const char *[]) { "de", NULL }), ==, "Biglietto");
  g_assert_cmpstr (tickets_i18n_text_get_best_for (foreign, (const char *[]) { "sv_SE.UTF-8", NULL }), ==, "Biljett");

  empty = new_text ("en", "", "nl", "", NULL);
  g_assert_cmpstr (tickets_i18n_text_get_best_for (empty, (const char *[]) { "nl", NULL }), ==, "");
  g_assert_true (tickets_i18n_text_is_empty (empty));
  g_assert_false (tickets_i18n_text_is_empty (text));

  none = tickets_i18n_text_new ();
  g_assert_cmpstr (tickets_i18n_text_get_best_for (none, (const char *[]) { "en", NULL }), ==, "");
  g_assert_true (tickets_i18n_text_is_empty (none));

  g_assert_finalize_object (g_steal_pointer (&text));
  g_assert_finalize_object (g_steal_pointer (&regional));
  g_assert_finalize_object (g_steal_pointer (&no_english));
  g_assert_finalize_object (g_steal_pointer (&foreign));
  g_assert_finalize_object (g_steal_pointer (&empty));
  g_assert_finalize_object (g_steal_pointer (&none));
}

/* get_best() follows the process' locale, as g_get_language_names() reads it. */
static void
test_best_locale (void)
{
  g_autoptr(TicketsI18nText) text = NULL;
  g_autofree char *best = NULL;

  text = new_text ("en", "Membership", "nl", "Lidmaatschap", "de", "Mitgliedschaft", "pt", "Adesão", NULL);

  g_setenv ("LANGUAGE", "de:nl", TRUE);
  g_assert_cmpstr (tickets_i18n_text_get_best (text), ==, "Mitgliedschaft");

  g_setenv ("LANGUAGE", "pt_BR", TRUE);
  g_assert_cmpstr (tickets_i18n_text_get_best (text), ==, "Adesão");

  g_unsetenv ("LANGUAGE");
  g_setenv ("LC_ALL", "nl_NL.UTF-8", TRUE);
  if (setlocale (LC_ALL, "") == NULL)
    g_test_message ("nl_NL.UTF-8 is not installed; LC_ALL is read all the same");
  g_assert_cmpstr (tickets_i18n_text_get_best (text), ==, "Lidmaatschap");

  g_object_get (text, "best", &best, NULL);
  g_assert_cmpstr (best, ==, "Lidmaatschap");

  g_setenv ("LC_ALL", "C", TRUE);
  setlocale (LC_ALL, "C");
  g_assert_cmpstr (tickets_i18n_text_get_best (text), ==, "Membership");

  g_assert_finalize_object (g_steal_pointer (&text));
}

static void
test_equal (void)
{
  g_autoptr(TicketsI18nText) a = new_text ("en", "Name", "nl", "Naam", "de", "", NULL);
  g_autoptr(TicketsI18nText) same = new_text ("en", "Name", "nl", "Naam", "de", "", NULL);
  g_autoptr(TicketsI18nText) reordered = new_text ("de", "", "nl", "Naam", "en", "Name", NULL);
  g_autoptr(TicketsI18nText) other_value = new_text ("en", "Name", "nl", "Naam!", "de", "", NULL);
  g_autoptr(TicketsI18nText) fewer = new_text ("en", "Name", "nl", "Naam", NULL);
  g_autoptr(TicketsI18nText) other_lang = new_text ("en", "Name", "nl", "Naam", "fr", "", NULL);

  g_assert_true (tickets_i18n_text_equal (a, a));
  g_assert_true (tickets_i18n_text_equal (a, same));
  g_assert_true (tickets_i18n_text_equal (same, a));
  g_assert_true (tickets_i18n_text_equal (a, reordered));
  g_assert_false (tickets_i18n_text_equal (a, other_value));
  g_assert_false (tickets_i18n_text_equal (a, fewer));
  g_assert_false (tickets_i18n_text_equal (fewer, a));
  g_assert_false (tickets_i18n_text_equal (a, other_lang));
  g_assert_true (tickets_i18n_text_equal (NULL, NULL));
  g_assert_false (tickets_i18n_text_equal (a, NULL));
  g_assert_false (tickets_i18n_text_equal (NULL, a));

  g_assert_finalize_object (g_steal_pointer (&a));
  g_assert_finalize_object (g_steal_pointer (&same));
  g_assert_finalize_object (g_steal_pointer (&reordered));
  g_assert_finalize_object (g_steal_pointer (&other_value));
  g_assert_finalize_object (g_steal_pointer (&fewer));
  g_assert_finalize_object (g_steal_pointer (&other_lang));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/i18n-text/set-get", test_set_get);
  g_test_add_func ("/model/i18n-text/shared-values", test_shared_values);
  g_test_add_func ("/model/i18n-text/best-for", test_best_for);
  g_test_add_func ("/model/i18n-text/best-locale", test_best_locale);
  g_test_add_func ("/model/i18n-text/equal", test_equal);

  return g_test_run ();
}
