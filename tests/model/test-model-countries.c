/* test-model-countries.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <locale.h>

#include "tickets-consumer.h"
#include "tickets-countries.h"

static void
test_lookup (void)
{
  g_assert_cmpstr (tickets_countries_lookup_code ("NL"), ==, "NL");
  g_assert_cmpstr (tickets_countries_lookup_code ("nl"), ==, "NL");
  g_assert_cmpstr (tickets_countries_lookup_code ("Nl"), ==, "NL");
  g_assert_cmpstr (tickets_countries_lookup_code ("NLD"), ==, "NL");
  g_assert_cmpstr (tickets_countries_lookup_code ("nld"), ==, "NL");
  g_assert_cmpstr (tickets_countries_lookup_code ("Netherlands"), ==, "NL");
  g_assert_cmpstr (tickets_countries_lookup_code ("NETHERLANDS"), ==, "NL");
  g_assert_cmpstr (tickets_countries_lookup_code ("Kingdom of the Netherlands"), ==, "NL");
  g_assert_cmpstr (tickets_countries_lookup_code ("UK"), ==, "GB");
  g_assert_cmpstr (tickets_countries_lookup_code ("uk"), ==, "GB");
  g_assert_cmpstr (tickets_countries_lookup_code ("GBR"), ==, "GB");
  g_assert_cmpstr (tickets_countries_lookup_code ("United Kingdom"), ==, "GB");
  g_assert_cmpstr (tickets_countries_lookup_code ("DE"), ==, "DE");
  g_assert_cmpstr (tickets_countries_lookup_code ("Germany"), ==, "DE");
  g_assert_cmpstr (tickets_countries_lookup_code ("USA"), ==, "US");
  /* Names with letters outside ASCII fold too. */
  g_assert_cmpstr (tickets_countries_lookup_code ("Åland Islands"), ==, "AX");
  g_assert_cmpstr (tickets_countries_lookup_code ("åland islands"), ==, "AX");
  /* A common name (Taiwan's ISO name is longer). */
  g_assert_cmpstr (tickets_countries_lookup_code ("Taiwan"), ==, "TW");

  g_assert_null (tickets_countries_lookup_code ("Atlantis"));
  g_assert_null (tickets_countries_lookup_code (""));
  g_assert_null (tickets_countries_lookup_code ("X"));
  g_assert_null (tickets_countries_lookup_code ("XX"));
  g_assert_null (tickets_countries_lookup_code ("XXX"));
  g_assert_null (tickets_countries_lookup_code ("N L"));

  /* The codes are static strings: the same pointer each time. */
  g_assert_true (tickets_countries_lookup_code ("nl") == tickets_countries_lookup_code ("NLD"));
}

static void
test_names (void)
{
  g_assert_cmpstr (tickets_countries_get_name ("NL"), ==, "Netherlands");
  g_assert_cmpstr (tickets_countries_get_name ("nl"), ==, "Netherlands");
  g_assert_cmpstr (tickets_countries_get_name ("GB"), ==, "United Kingdom");
  g_assert_null (tickets_countries_get_name ("UK"));
  g_assert_null (tickets_countries_get_name ("XX"));
  g_assert_null (tickets_countries_get_name ("NLD"));
  g_assert_null (tickets_countries_get_name (""));
}

static void
test_display_name (void)
{
  g_autofree char *english = NULL;
  g_autofree char *dutch = NULL;
  char *unknown;

  g_unsetenv ("LANGUAGE");
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  setlocale (LC_ALL, "");
  english = tickets_countries_dup_display_name ("DE");
  g_assert_cmpstr (english, ==, "Germany");

  unknown = tickets_countries_dup_display_name ("XX");
  g_assert_null (unknown);

  g_setenv ("LC_ALL", "nl_NL.UTF-8", TRUE);
  if (setlocale (LC_ALL, "") == NULL)
    {
      g_test_skip ("The nl_NL.UTF-8 locale is not installed");
      return;
    }

  dutch = tickets_countries_dup_display_name ("DE");
  if (g_strcmp0 (dutch, "Germany") == 0)
    {
      g_test_skip ("iso-codes has no Dutch translations here");
      return;
    }
  g_assert_cmpstr (dutch, ==, "Duitsland");

  setlocale (LC_ALL, "C");
}

static void
test_consumer_country (void)
{
  g_autoptr(TicketsConsumer) consumer = tickets_consumer_new ();

  g_assert_cmpstr (tickets_consumer_get_country (consumer), ==, "");
  tickets_consumer_set_country (consumer, "nl");
  g_assert_cmpstr (tickets_consumer_get_country (consumer), ==, "NL");
  tickets_consumer_set_country (consumer, "UK");
  g_assert_cmpstr (tickets_consumer_get_country (consumer), ==, "GB");
  tickets_consumer_set_country (consumer, "Germany");
  g_assert_cmpstr (tickets_consumer_get_country (consumer), ==, "DE");
  /* Unknown: kept as the server said it. */
  tickets_consumer_set_country (consumer, "Atlantis");
  g_assert_cmpstr (tickets_consumer_get_country (consumer), ==, "Atlantis");
  tickets_consumer_set_country (consumer, NULL);
  g_assert_cmpstr (tickets_consumer_get_country (consumer), ==, "");

  g_assert_finalize_object (g_steal_pointer (&consumer));
}

/* The table loads once, whichever thread asks first. */
static gpointer
lookup_in_thread (gpointer data)
{
  for (int i = 0; i < 1000; i++)
    g_assert_cmpstr (tickets_countries_lookup_code ("Belgium"), ==, "BE");

  return NULL;
}

static void
test_threads (void)
{
  GThread *threads[4];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("lookup", lookup_in_thread, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_thread_join (threads[i]);
}

/* The list a country picker shows: every code once, sorted, each with a name. */
static void
test_codes (void)
{
  g_auto(GStrv) codes = tickets_countries_dup_codes ();
  guint n = g_strv_length (codes);

  g_assert_cmpuint (n, >, 240);
  g_assert_true (g_strv_contains ((const char * const *) codes, "NL"));
  g_assert_true (g_strv_contains ((const char * const *) codes, "BR"));
  g_assert_false (g_strv_contains ((const char * const *) codes, "UK"));
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpuint (strlen (codes[i]), ==, 2);
      g_assert_nonnull (tickets_countries_get_name (codes[i]));
      if (i > 0)
        g_assert_cmpstr (codes[i - 1], <, codes[i]);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  /* Before any other test loads the table. */
  g_test_add_func ("/model/countries/threads", test_threads);
  g_test_add_func ("/model/countries/lookup", test_lookup);
  g_test_add_func ("/model/countries/names", test_names);
  g_test_add_func ("/model/countries/codes", test_codes);
  g_test_add_func ("/model/countries/display-name", test_display_name);
  g_test_add_func ("/model/countries/consumer-country", test_consumer_country);

  return g_test_run ();
}
