/* test-sandbox-events.c: GET /events and /events/{uid}
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tickets-test-sandbox.h"

#define EV_BERLIN "073f9c08fb9b096f7443364706f659f4"
#define EV_LISBON "0751e41d027e93b4ab747970b324281d"
#define EV_ISTANBUL "512171021154b5ddd3c247a214304903"
#define EV_KRAKOW "58004ead611b3eb79fcf8ee9421a3f23"
#define EV_TODAY TICKETS_SANDBOX_EVENT_TODAY
#define EV_LATE TICKETS_SANDBOX_EVENT_TODAY_LATE

static TicketsTestSandbox *sandbox;

/* Helpers */

static GDateTime *
assert_datetime (JsonObject *object,
                 const char *member)
{
  const char *text = json_object_get_string_member (object, member);
  GDateTime *parsed;

  g_assert_nonnull (text);
  g_assert_true (g_str_has_suffix (text, "Z"));
  g_assert_cmpuint (strlen (text), ==, strlen ("2024-01-01T00:00:00Z"));
  parsed = g_date_time_new_from_iso8601 (text, NULL);
  g_assert_nonnull (parsed);

  return parsed;
}

/* Days from now, as a date or a datetime for a query. */
static char *
date_in (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, days);

  return g_date_time_format (then, "%Y-%m-%d");
}

static char *
datetime_in (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, days);

  return g_date_time_format (then, "%Y-%m-%dT%H:%M:%SZ");
}

/* GET path, expect 200 and exactly these events (any order), on one page. */
static void
assert_events (const char         *path,
               const char * const *expected)
{
  g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "GET", path, TICKETS_TEST_AUTH_BOXOFFICE, NULL);
  guint n = g_strv_length ((char **) expected);
  JsonObject *object;
  JsonArray *list;
  g_autofree char *self = tickets_test_sandbox_uri (sandbox, path);

  g_test_message ("GET %s", path);
  g_assert_cmpuint (response->status, ==, 200);
  object = tickets_test_response_object (response);
  tickets_test_assert_hal (object, "events");
  g_assert_cmpint (json_object_get_int_member (object, "item_count"), ==, n);
  g_assert_cmpstr (tickets_test_link_href (object, "self"), ==, self);
  list = tickets_test_embedded_list (object, "shop:event");
  g_assert_cmpuint (json_array_get_length (list), ==, n);
  for (guint i = 0; i < n; i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; j < json_array_get_length (list); j++)
        found = found || g_str_equal (json_object_get_string_member (json_array_get_object_element (list, j), "uid"),
                                      expected[i]);
      if (!found)
        g_error ("event %s is missing from %s", expected[i], path);
    }
}

/* The collection */

static void
test_events_list (void)
{
  g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "GET", "/events", TICKETS_TEST_AUTH_BOXOFFICE, NULL);
  g_autofree char *self = tickets_test_sandbox_uri (sandbox, "/events");
  g_autofree char *search = tickets_test_sandbox_uri (sandbox, "/events{?merchant_name,title,subtitle,sale_start,sale_end,event_start,event_end,"
                                                               "location_name,location_postal_code,location_city,location_country,genre,artist}");
  JsonObject *object;
  JsonObject *links;
  JsonArray *list;
  static const char *members[] = { "_links", "_embedded", "item_count", NULL };
  static const char *all[] = {
    TICKETS_TEST_EV_OPEN, TICKETS_TEST_EV_FUTURE, TICKETS_TEST_EV_CLOSED, TICKETS_TEST_EV_NONE, EV_BERLIN, EV_LISBON, EV_ISTANBUL, EV_KRAKOW,
    EV_TODAY, EV_LATE, NULL
  };

  g_assert_cmpuint (response->status, ==, 200);
  g_assert_cmpstr (soup_message_headers_get_content_type (response->headers, NULL), ==, "application/hal+json");
  object = tickets_test_response_object (response);
  tickets_test_assert_members (object, members);
  tickets_test_assert_hal (object, "events");
  g_assert_cmpint (json_object_get_int_member (object, "item_count"), ==, 10);

  links = tickets_test_get_links (object);
  g_assert_cmpstr (tickets_test_link_href (object, "self"), ==, self);
  g_assert_cmpstr (tickets_test_link_href (object, "first"), ==, self);
  g_assert_cmpstr (tickets_test_link_href (object, "last"), ==, self);
  g_assert_false (json_object_has_member (links, "prev"));
  g_assert_false (json_object_has_member (links, "next"));
  g_assert_cmpstr (tickets_test_link_href (object, "search"), ==, search);
  g_assert_true (json_object_get_boolean_member (json_object_get_object_member (links, "search"), "templated"));

  list = tickets_test_embedded_list (object, "shop:event");
  g_assert_cmpuint (json_array_get_length (list), ==, 10);
  assert_events ("/events", all);

  /* Each embedded event is the full event, as GET /events/{uid} shows it. */
  for (guint i = 0; i < json_array_get_length (list); i++)
    {
      JsonNode *embedded = json_array_get_element (list, i);
      const char *href = tickets_test_link_href (json_node_get_object (embedded), "self");
      g_autoptr(TicketsTestResponse) one = tickets_test_request (sandbox, "GET", href, TICKETS_TEST_AUTH_BOXOFFICE, NULL);

      g_assert_cmpuint (one->status, ==, 200);
      g_assert_true (json_node_equal (embedded, one->body));
    }
}

static void
test_events_paging (void)
{
  static const char *bad_pages[] = { "0", "x", "-1", "1.5", "" };

  {
    g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "GET", "/events?page=1", TICKETS_TEST_AUTH_BOXOFFICE, NULL);
    g_autofree char *self = tickets_test_sandbox_uri (sandbox, "/events?page=1");
    g_autofree char *first = tickets_test_sandbox_uri (sandbox, "/events");
    JsonObject *object;

    g_assert_cmpuint (response->status, ==, 200);
    object = tickets_test_response_object (response);
    g_assert_cmpint (json_object_get_int_member (object, "item_count"), ==, 10);
    g_assert_cmpuint (json_array_get_length (tickets_test_embedded_list (object, "shop:event")), ==, 10);
    /* self is the URL as requested, query included. */
    g_assert_cmpstr (tickets_test_link_href (object, "self"), ==, self);
    g_assert_cmpstr (tickets_test_link_href (object, "first"), ==, first);
    g_assert_cmpstr (tickets_test_link_href (object, "last"), ==, first);
    g_assert_null (tickets_test_link_href (object, "next"));
    g_assert_null (tickets_test_link_href (object, "prev"));
  }

  {
    g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "GET", "/events?page=2", TICKETS_TEST_AUTH_BOXOFFICE, NULL);

    tickets_test_assert_error (response, 404, "NOT_FOUND");
  }

  for (guint i = 0; i < G_N_ELEMENTS (bad_pages); i++)
    {
      g_autofree char *path = g_strconcat ("/events?page=", bad_pages[i], NULL);
      g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "GET", path, TICKETS_TEST_AUTH_BOXOFFICE, NULL);

      g_test_message ("GET %s", path);
      tickets_test_assert_error (response, 400, "BAD_REQUEST");
    }

  /* Paging links keep the filters. */
  {
    g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "GET", "/events?location_country=NL&page=1",
                                                                   TICKETS_TEST_AUTH_BOXOFFICE, NULL);
    g_autofree char *first = tickets_test_sandbox_uri (sandbox, "/events?location_country=NL");
    JsonObject *object;

    g_assert_cmpuint (response->status, ==, 200);
    object = tickets_test_response_object (response);
    g_assert_cmpint (json_object_get_int_member (object, "item_count"), ==, 6);
    g_assert_cmpstr (tickets_test_link_href (object, "first"), ==, first);
    g_assert_cmpstr (tickets_test_link_href (object, "last"), ==, first);
  }

  /* No match is an empty first page, not an error. */
  {
    g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "GET", "/events?location_city=Paris",
                                                                   TICKETS_TEST_AUTH_BOXOFFICE, NULL);
    JsonObject *object;

    g_assert_cmpuint (response->status, ==, 200);
    object = tickets_test_response_object (response);
    g_assert_cmpint (json_object_get_int_member (object, "item_count"), ==, 0);
    g_assert_cmpuint (json_array_get_length (tickets_test_embedded_list (object, "shop:event")), ==, 0);
  }
}

/* 45 events, 20 to a page: first/prev/next/last over three pages. */
static void
test_events_paging_many (void)
{
  g_autoptr(GBytes) builtin = tickets_sandbox_get_default_fixture ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GBytes) fixture = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  TicketsTestSandbox *many;
  JsonArray *events;
  char *text;
  gsize length;
  struct {
    const char *path;
    guint       count;
    const char *prev;
    const char *next;
  } pages[] = {
    { "/events", 20, NULL, "/events?page=2" },
    { "/events?page=2", 20, "/events", "/events?page=3" },
    { "/events?page=3", 5, "/events?page=2", NULL },
  };

  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, g_bytes_get_data (builtin, NULL), g_bytes_get_size (builtin), &error);
  g_assert_no_error (error);
  events = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "events");
  for (guint i = 0; i < 35; i++)
    {
      JsonObject *original = json_array_get_object_element (events, 3);
      JsonObject *copy = json_object_new ();
      g_autofree char *uid = g_strdup_printf ("e%031x", i);
      JsonObjectIter iter;
      const char *name;
      JsonNode *value;

      /* json_node_copy() would share the object: copy member by member. */
      json_object_iter_init (&iter, original);
      while (json_object_iter_next (&iter, &name, &value))
        json_object_set_member (copy, name, json_node_copy (value));
      json_object_set_string_member (copy, "uid", uid);
      json_array_add_object_element (events, copy);
    }

  json_generator_set_root (generator, json_parser_get_root (parser));
  text = json_generator_to_data (generator, &length);
  fixture = g_bytes_new_take (text, length);

  many = tickets_test_sandbox_start_full (fixture, NULL, 0);

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autoptr(TicketsTestResponse) response = tickets_test_request (many, "GET", pages[i].path, TICKETS_TEST_AUTH_BEARER, NULL);
      g_autofree char *first = tickets_test_sandbox_uri (many, "/events");
      g_autofree char *last = tickets_test_sandbox_uri (many, "/events?page=3");
      g_autofree char *prev = pages[i].prev != NULL ? tickets_test_sandbox_uri (many, pages[i].prev) : NULL;
      g_autofree char *next = pages[i].next != NULL ? tickets_test_sandbox_uri (many, pages[i].next) : NULL;
      JsonObject *object;
      JsonArray *list;

      g_test_message ("GET %s", pages[i].path);
      g_assert_cmpuint (response->status, ==, 200);
      object = tickets_test_response_object (response);
      g_assert_cmpint (json_object_get_int_member (object, "item_count"), ==, 45);
      g_assert_cmpstr (tickets_test_link_href (object, "first"), ==, first);
      g_assert_cmpstr (tickets_test_link_href (object, "last"), ==, last);
      g_assert_cmpstr (tickets_test_link_href (object, "prev"), ==, prev);
      g_assert_cmpstr (tickets_test_link_href (object, "next"), ==, next);

      list = tickets_test_embedded_list (object, "shop:event");
      g_assert_cmpuint (json_array_get_length (list), ==, pages[i].count);
      for (guint j = 0; j < json_array_get_length (list); j++)
        {
          const char *uid = json_object_get_string_member (json_array_get_object_element (list, j), "uid");

          /* No event shows up on two pages. */
          g_assert_true (g_hash_table_add (seen, g_strdup (uid)));
        }
    }
  g_assert_cmpuint (g_hash_table_size (seen), ==, 45);

  {
    g_autoptr(TicketsTestResponse) response = tickets_test_request (many, "GET", "/events?page=4", TICKETS_TEST_AUTH_BEARER, NULL);

    tickets_test_assert_error (response, 404, "NOT_FOUND");
  }

  tickets_test_sandbox_stop (many);
}

static void
test_events_filters (void)
{
  g_autofree char *in_10 = date_in (10);
  g_autofree char *in_30 = date_in (30);
  g_autofree char *in_50 = date_in (50);
  g_autofree char *today = date_in (0);
  g_autofree char *at_100 = datetime_in (100);
  g_autofree char *gte_30 = g_strconcat ("/events?event_start__gte=", in_30, NULL);
  g_autofree char *lt_30 = g_strconcat ("/events?event_start__lt=", in_30, NULL);
  g_autofree char *range = g_strconcat ("/events?event_start__gte=", in_10, "&event_start__lt=", in_50, NULL);
  g_autofree char *gt_100 = g_strconcat ("/events?event_start__gt=", at_100, NULL);
  g_autofree char *sale_ended = g_strconcat ("/events?sale_end__lte=", today, NULL);
  g_autofree char *ends_later = g_strconcat ("/events?event_end__gt=", in_50, "&location_country=NL", NULL);
  g_autofree char *before_12 = date_in (-12);
  g_autofree char *sale_started = g_strconcat ("/events?sale_start__gte=", before_12, NULL);
  static const char *none[] = { NULL };

  /* A title matches in any language, exactly. */
  assert_events ("/events?title=Zomerklanken%20Festival", (const char *[]) { TICKETS_TEST_EV_OPEN, NULL });
  assert_events ("/events?title=Summer+Sounds+Festival", (const char *[]) { TICKETS_TEST_EV_OPEN, NULL });
  assert_events ("/events?title=%D0%A2%D1%80%D0%B0%D0%B2%D0%B8%D0%B0%D1%82%D0%B0", none);
  assert_events ("/events?title=Zomerklanken", none);
  assert_events ("/events?title__startswith=zomer", (const char *[]) { TICKETS_TEST_EV_OPEN, EV_KRAKOW, NULL });
  assert_events ("/events?title__startswith=JAZZ", (const char *[]) { TICKETS_TEST_EV_NONE, NULL });
  assert_events ("/events?title__startswith=%C4%B0stanbul", (const char *[]) { EV_ISTANBUL, NULL });
  assert_events ("/events?subtitle=La%20Traviata", (const char *[]) { EV_KRAKOW, NULL });
  assert_events ("/events?subtitle=%D0%A2%D1%80%D0%B0%D0%B2%D0%B8%D0%B0%D1%82%D0%B0", (const char *[]) { EV_KRAKOW, NULL });
  assert_events ("/events?subtitle__startswith=drie", (const char *[]) { TICKETS_TEST_EV_OPEN, NULL });
  assert_events ("/events?merchant_name=Paradiso%20Live", (const char *[]) { TICKETS_TEST_EV_FUTURE, NULL });
  assert_events ("/events?merchant_name__startswith=stichting", (const char *[]) { TICKETS_TEST_EV_CLOSED, NULL });

  /* Dates: midnight UTC of that day; datetimes as given. */
  assert_events (gte_30, (const char *[]) { TICKETS_TEST_EV_OPEN, TICKETS_TEST_EV_FUTURE, EV_LISBON, EV_ISTANBUL, NULL });
  assert_events (lt_30, (const char *[]) { TICKETS_TEST_EV_CLOSED, TICKETS_TEST_EV_NONE, EV_BERLIN, EV_KRAKOW, EV_TODAY, EV_LATE, NULL });
  assert_events (range, (const char *[]) { TICKETS_TEST_EV_NONE, TICKETS_TEST_EV_OPEN, NULL });
  assert_events (gt_100, (const char *[]) { EV_LISBON, NULL });
  assert_events (sale_ended, (const char *[]) { EV_BERLIN, NULL });
  assert_events (ends_later, (const char *[]) { TICKETS_TEST_EV_FUTURE, NULL });
  assert_events (sale_started, (const char *[]) { TICKETS_TEST_EV_FUTURE, EV_LISBON, NULL });

  /* Location */
  assert_events ("/events?location_city=Amsterdam", (const char *[]) { TICKETS_TEST_EV_OPEN, TICKETS_TEST_EV_FUTURE, NULL });
  assert_events ("/events?location_city__startswith=rot", (const char *[]) { TICKETS_TEST_EV_CLOSED, EV_TODAY, EV_LATE, NULL });
  assert_events ("/events?location_country=NL",
                 (const char *[]) { TICKETS_TEST_EV_OPEN, TICKETS_TEST_EV_FUTURE, TICKETS_TEST_EV_CLOSED, TICKETS_TEST_EV_NONE,
                                    EV_TODAY, EV_LATE, NULL });
  assert_events ("/events?location_country=PT", (const char *[]) { EV_LISBON, NULL });
  assert_events ("/events?location_name=Erasmusbrug", (const char *[]) { TICKETS_TEST_EV_CLOSED, NULL });
  assert_events ("/events?location_postal_code=1017%20DK", (const char *[]) { TICKETS_TEST_EV_FUTURE, NULL });

  /* Combined filters are ANDed. */
  assert_events ("/events?location_city=Amsterdam&title__startswith=seventies", (const char *[]) { TICKETS_TEST_EV_FUTURE, NULL });
  assert_events ("/events?location_city=Utrecht&location_country=DE", none);

  /* Documented, but no event in the fixture has a genre or an artist. */
  assert_events ("/events?genre=Jazz", none);
  assert_events ("/events?artist__startswith=a", none);
}

static void
test_events_bad_filters (void)
{
  static const char *bad[] = {
    "/events?nickname=x",
    "/events?title__contains=Jazz",
    "/events?title__gt=A",
    "/events?location_country__startswith=N",
    "/events?merchant_name__lte=Z",
    "/events?event_start__startswith=2024",
    "/events?event_start__gte=2024-13-45",
    "/events?event_start__gte=tomorrow",
    "/events?event_start=yesterday",
    "/events?sale_end__lt=2024-02-30",
    "/events?event_end__lte=",
    "/events?uid=" TICKETS_TEST_EV_OPEN,
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "GET", bad[i], TICKETS_TEST_AUTH_BOXOFFICE, NULL);

      g_test_message ("GET %s", bad[i]);
      tickets_test_assert_error (response, 400, "BAD_REQUEST");
    }
}

/* One event */

static void
test_events_one (void)
{
  g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "GET", "/events/" TICKETS_TEST_EV_OPEN, TICKETS_TEST_AUTH_BOXOFFICE, NULL);
  g_autofree char *self = tickets_test_uri (sandbox, "events", TICKETS_TEST_EV_OPEN);
  g_autofree char *products = g_strconcat (tickets_test_sandbox_get_base (sandbox), "/products?event=", self, NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) personalization_start = NULL;
  g_autoptr(GDateTime) personalization_end = NULL;
  g_autoptr(GDateTime) sale_start = NULL;
  g_autoptr(GDateTime) sale_end = NULL;
  g_autoptr(GDateTime) event_start = NULL;
  g_autoptr(GDateTime) event_end = NULL;
  JsonObject *object;
  JsonObject *links;
  JsonObject *title;
  JsonObject *subtitle;
  JsonObject *location;
  JsonObject *ticketshop;
  static const char *members[] = {
    "_links", "uid", "reference", "merchant_name", "title", "subtitle", "sale_start", "sale_end", "event_start",
    "event_end", "personalization_start", "personalization_end", "fulfillment_starts_at", "location",
    "min_quantity_per_order", NULL
  };
  static const char *location_members[] = { "name", "postal_code", "city", "country", "latitude", "longitude", NULL };

  g_assert_cmpuint (response->status, ==, 200);
  g_assert_cmpstr (soup_message_headers_get_content_type (response->headers, NULL), ==, "application/hal+json");
  object = tickets_test_response_object (response);
  tickets_test_assert_members (object, members);
  tickets_test_assert_hal (object, "event");

  links = tickets_test_get_links (object);
  g_assert_cmpstr (tickets_test_link_href (object, "self"), ==, self);
  g_assert_cmpstr (tickets_test_link_href (object, "shop:products"), ==, products);
  g_assert_true (json_object_has_member (links, "shop:ticketshop"));
  ticketshop = json_object_get_object_member (links, "shop:ticketshop");
  g_assert_cmpstr (json_object_get_string_member (ticketshop, "type"), ==, "text/html");
  g_assert_true (g_str_has_prefix (json_object_get_string_member (ticketshop, "href"), "http"));

  g_assert_cmpstr (json_object_get_string_member (object, "uid"), ==, TICKETS_TEST_EV_OPEN);
  g_assert_cmpstr (json_object_get_string_member (object, "reference"), ==, "36890");
  g_assert_cmpstr (json_object_get_string_member (object, "merchant_name"), ==, "Zomerklanken Events B.V.");

  title = tickets_test_assert_i18n (object, "title");
  g_assert_cmpstr (json_object_get_string_member (title, "en"), ==, "Summer Sounds Festival");
  g_assert_cmpstr (json_object_get_string_member (title, "nl"), ==, "Zomerklanken Festival");
  g_assert_cmpstr (json_object_get_string_member (title, "de"), ==, "Sommerklänge Festival");
  g_assert_cmpstr (json_object_get_string_member (title, "pl"), ==, "Festiwal Letnich Dźwięków");
  g_assert_cmpstr (json_object_get_string_member (title, "ru"), ==, "Фестиваль «Звуки лета»");
  /* A missing translation is "", never null or absent. */
  g_assert_cmpstr (json_object_get_string_member (title, "pt"), ==, "");
  subtitle = tickets_test_assert_i18n (object, "subtitle");
  g_assert_cmpstr (json_object_get_string_member (subtitle, "nl"), ==, "Drie dagen muziek aan het IJ");
  g_assert_cmpstr (json_object_get_string_member (subtitle, "es"), ==, "");
  g_assert_cmpstr (json_object_get_string_member (subtitle, "ru"), ==, "");

  sale_start = assert_datetime (object, "sale_start");
  sale_end = assert_datetime (object, "sale_end");
  event_start = assert_datetime (object, "event_start");
  event_end = assert_datetime (object, "event_end");
  personalization_start = assert_datetime (object, "personalization_start");
  personalization_end = assert_datetime (object, "personalization_end");
  g_assert_cmpint (g_date_time_compare (sale_start, now), <, 0);
  g_assert_cmpint (g_date_time_compare (sale_end, event_start), <, 0);
  g_assert_cmpint (g_date_time_compare (event_start, event_end), <, 0);
  /* Open for personalization: now-10d .. now+30d. */
  g_assert_cmpint (g_date_time_difference (now, personalization_start) / G_TIME_SPAN_DAY, ==, 10);
  g_assert_cmpint (g_date_time_difference (personalization_end, now) / G_TIME_SPAN_HOUR, >=, 30 * 24 - 1);
  g_assert_cmpint (g_date_time_difference (personalization_end, now) / G_TIME_SPAN_HOUR, <=, 30 * 24);
  tickets_test_assert_null (object, "fulfillment_starts_at");

  location = json_object_get_object_member (object, "location");
  tickets_test_assert_members (location, location_members);
  g_assert_cmpstr (json_object_get_string_member (location, "name"), ==, "NDSM-werf");
  g_assert_cmpstr (json_object_get_string_member (location, "postal_code"), ==, "1033 WB");
  g_assert_cmpstr (json_object_get_string_member (location, "city"), ==, "Amsterdam");
  g_assert_cmpstr (json_object_get_string_member (location, "country"), ==, "NL");
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (location, "latitude"), 52.4013, 1e-9);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (location, "longitude"), 4.8913, 1e-9);
  g_assert_cmpint (json_object_get_int_member (object, "min_quantity_per_order"), ==, 1);
}

static void
test_events_conventions (void)
{
  /* No personalization: both ends null. */
  {
    g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "GET", "/events/" TICKETS_TEST_EV_NONE, TICKETS_TEST_AUTH_DEFAULT, NULL);
    JsonObject *object;

    g_assert_cmpuint (response->status, ==, 200);
    object = tickets_test_response_object (response);
    g_assert_cmpstr (json_object_get_string_member (tickets_test_assert_i18n (object, "title"), "en"), ==, "Jazz at the Canal");
    tickets_test_assert_null (object, "personalization_start");
    tickets_test_assert_null (object, "personalization_end");
    tickets_test_assert_null (object, "fulfillment_starts_at");
    g_date_time_unref (assert_datetime (object, "event_start"));
  }

  /* Unknown coordinates are null; an empty translation is "". */
  {
    g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "GET", "/events/" TICKETS_TEST_EV_FUTURE,
                                                                    TICKETS_TEST_AUTH_BEARER, NULL);
    g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
    g_autoptr(GDateTime) start = NULL;
    JsonObject *object;
    JsonObject *location;

    g_assert_cmpuint (response->status, ==, 200);
    object = tickets_test_response_object (response);
    location = json_object_get_object_member (object, "location");
    tickets_test_assert_null (location, "latitude");
    tickets_test_assert_null (location, "longitude");
    g_assert_cmpstr (json_object_get_string_member (location, "postal_code"), ==, "1017 DK");
    g_assert_cmpstr (json_object_get_string_member (tickets_test_assert_i18n (object, "title"), "es"), ==, "");
    g_assert_cmpstr (json_object_get_string_member (tickets_test_assert_i18n (object, "title"), "ru"), ==, "Семидесятые LIVE");
    start = assert_datetime (object, "personalization_start");
    /* Not open yet. */
    g_assert_cmpint (g_date_time_compare (start, now), >, 0);
  }

  /* Delayed fulfillment: a datetime. Personalization has ended. */
  {
    g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "GET", "/events/" TICKETS_TEST_EV_CLOSED, TICKETS_TEST_AUTH_SPA, NULL);
    g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
    g_autoptr(GDateTime) fulfillment = NULL;
    g_autoptr(GDateTime) end = NULL;
    JsonObject *object;

    g_assert_cmpuint (response->status, ==, 200);
    object = tickets_test_response_object (response);
    fulfillment = assert_datetime (object, "fulfillment_starts_at");
    end = assert_datetime (object, "personalization_end");
    g_assert_cmpint (g_date_time_compare (end, now), <, 0);
    g_assert_cmpstr (json_object_get_string_member (object, "merchant_name"), ==, "Stichting Havenloop");
  }

  /* min_quantity_per_order as a number. */
  {
    g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "GET", "/events/" EV_ISTANBUL, TICKETS_TEST_AUTH_SALES, NULL);
    JsonObject *object;

    g_assert_cmpuint (response->status, ==, 200);
    object = tickets_test_response_object (response);
    g_assert_cmpint (json_object_get_int_member (object, "min_quantity_per_order"), ==, 2);
    g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (object, "location"), "city"), ==,
                     "İstanbul");
  }
}

static void
test_events_follow_products (void)
{
  g_autoptr(TicketsTestResponse) event = tickets_test_request (sandbox, "GET", "/events/" TICKETS_TEST_EV_OPEN, TICKETS_TEST_AUTH_SALES, NULL);
  g_autoptr(TicketsTestResponse) response = NULL;
  g_autofree char *event_href = tickets_test_uri (sandbox, "events", TICKETS_TEST_EV_OPEN);
  const char *href;
  JsonObject *object;
  JsonArray *list;
  static const char *expected[] = {
    TICKETS_TEST_PR_WEEKEND, TICKETS_TEST_PR_DAY, TICKETS_TEST_PR_GRANDSTAND,
  };

  g_assert_cmpuint (event->status, ==, 200);
  href = tickets_test_link_href (tickets_test_response_object (event), "shop:products");
  g_assert_nonnull (href);

  response = tickets_test_request (sandbox, "GET", href, TICKETS_TEST_AUTH_SALES, NULL);
  g_assert_cmpuint (response->status, ==, 200);
  object = tickets_test_response_object (response);
  tickets_test_assert_hal (object, "products");
  g_assert_cmpstr (tickets_test_link_href (object, "self"), ==, href);
  g_assert_cmpint (json_object_get_int_member (object, "item_count"), ==, 3);
  list = tickets_test_embedded_list (object, "shop:product");
  g_assert_cmpuint (json_array_get_length (list), ==, 3);
  for (guint i = 0; i < json_array_get_length (list); i++)
    {
      JsonObject *product = json_array_get_object_element (list, i);

      g_assert_cmpstr (tickets_test_link_href (product, "shop:event"), ==, event_href);
      g_assert_true (g_strv_contains (expected, json_object_get_string_member (product, "uid")));
    }
}

/* Authentication */

static void
test_events_auth (void)
{
  static const char *accepted[] = {
    TICKETS_TEST_AUTH_DEFAULT, TICKETS_TEST_AUTH_SPA, TICKETS_TEST_AUTH_SALES, TICKETS_TEST_AUTH_BOXOFFICE,
    TICKETS_TEST_AUTH_BEARER,
  };
  static const char *forbidden[] = {
    TICKETS_TEST_AUTH_ORDER_DEMO, TICKETS_TEST_AUTH_ORDER_FULL, TICKETS_TEST_AUTH_COGNITO, TICKETS_TEST_AUTH_REQUEST,
    TICKETS_TEST_AUTH_REQUEST_COMPLETED,
  };
  static const char *unauthorized[] = {
    NULL, "basic:boxoffice:wrong", "basic:sales:boxoffice-demo", "basic:nobody:x", "bearer:wrong",
    "order:wrong", "cognito:wrong", "request:wrong",
  };
  static const char *paths[] = { "/events", "/events/" TICKETS_TEST_EV_OPEN, "/events?location_country=NL" };

  for (guint p = 0; p < G_N_ELEMENTS (paths); p++)
    tickets_test_assert_get_auth (sandbox, paths[p], accepted, G_N_ELEMENTS (accepted), forbidden, G_N_ELEMENTS (forbidden),
                                  unauthorized, G_N_ELEMENTS (unauthorized));
}

static void
test_events_not_found (void)
{
  {
    g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "GET", "/events/ffffffffffffffffffffffffffffffff",
                                                                    TICKETS_TEST_AUTH_BOXOFFICE, NULL);

    tickets_test_assert_error (response, 404, "NOT_FOUND");
  }

  /* A product's uid is not an event's. */
  {
    g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "GET", "/events/" TICKETS_TEST_PR_WEEKEND,
                                                                   TICKETS_TEST_AUTH_BEARER, NULL);

    tickets_test_assert_error (response, 404, "NOT_FOUND");
  }

  /* Credentials are checked before the uid. */
  {
    g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "GET", "/events/ffffffffffffffffffffffffffffffff", NULL, NULL);

    tickets_test_assert_error (response, 401, "UNAUTHORIZED");
  }
  {
    g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "GET", "/events/ffffffffffffffffffffffffffffffff",
                                                                   TICKETS_TEST_AUTH_ORDER_DEMO, NULL);

    tickets_test_assert_error (response, 403, "FORBIDDEN");
  }

  {
    g_autoptr(TicketsTestResponse) response = tickets_test_request (sandbox, "GET", "/events/" TICKETS_TEST_EV_OPEN "/products",
                                                                    TICKETS_TEST_AUTH_BOXOFFICE, NULL);

    tickets_test_assert_error (response, 404, "NOT_FOUND");
  }
}

static void
test_events_methods (void)
{
  static const char *methods[] = { "POST", "PUT", "DELETE", "PATCH" };

  for (guint i = 0; i < G_N_ELEMENTS (methods); i++)
    {
      g_autoptr(TicketsTestResponse) collection = tickets_test_request (sandbox, methods[i], "/events", TICKETS_TEST_AUTH_BOXOFFICE, "{}");
      g_autoptr(TicketsTestResponse) item = tickets_test_request (sandbox, methods[i], "/events/" TICKETS_TEST_EV_OPEN,
                                                                  TICKETS_TEST_AUTH_BOXOFFICE, "{}");

      g_test_message ("%s /events", methods[i]);
      tickets_test_assert_not_allowed (collection, "OPTIONS, GET");
      tickets_test_assert_not_allowed (item, "OPTIONS, GET");
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sandbox/events/list", test_events_list);
  g_test_add_func ("/sandbox/events/paging", test_events_paging);
  g_test_add_func ("/sandbox/events/paging-many", test_events_paging_many);
  g_test_add_func ("/sandbox/events/filters", test_events_filters);
  g_test_add_func ("/sandbox/events/bad-filters", test_events_bad_filters);
  g_test_add_func ("/sandbox/events/one", test_events_one);
  g_test_add_func ("/sandbox/events/conventions", test_events_conventions);
  g_test_add_func ("/sandbox/events/follow-products", test_events_follow_products);
  g_test_add_func ("/sandbox/events/auth", test_events_auth);
  g_test_add_func ("/sandbox/events/not-found", test_events_not_found);
  g_test_add_func ("/sandbox/events/methods", test_events_methods);

  return tickets_test_run_with_sandbox (&sandbox);
}
