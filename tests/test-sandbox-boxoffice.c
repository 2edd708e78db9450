/* test-sandbox-boxoffice.c: what a box-office counter meets in the sandbox
 *
 * The fixture's barcodes, one per verdict (TICKETS_SANDBOX_CODE_*), found
 * by GET /tickets?code&event; a re-issue and what its old barcode answers
 * afterwards; and which roles may search tickets and consumers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tickets-test-sandbox.h"

static TicketsTestSandbox *sandbox;

/* GET /tickets?code&event as @auth; the one ticket found, NULL on 404.
 * *response keeps it alive. */
static JsonObject *
find_ticket (TicketsTestSandbox   *which,
             const char           *code,
             const char           *event_uid,
             const char           *auth,
             TicketsTestResponse **response)
{
  g_autofree char *event = tickets_test_uri (which, "events", event_uid);
  g_autofree char *escaped = g_uri_escape_string (event, NULL, FALSE);
  g_autofree char *path = g_strdup_printf ("/tickets?code=%s&event=%s", code, escaped);
  JsonArray *list;

  *response = tickets_test_request (which, "GET", path, auth, NULL);
  if ((*response)->status == 404)
    {
      tickets_test_assert_error (*response, 404, "NOT_FOUND");
      return NULL;
    }

  g_assert_cmpuint ((*response)->status, ==, 200);
  list = tickets_test_embedded_list (tickets_test_response_object (*response), "shop:ticket");
  g_assert_cmpuint (json_array_get_length (list), ==, 1);

  return json_array_get_object_element (list, 0);
}

static const char *
holder_name (JsonObject *ticket)
{
  JsonNode *consumer = json_object_get_member (ticket, "consumer");

  if (JSON_NODE_HOLDS_NULL (consumer))
    return NULL;

  return json_object_get_string_member (json_node_get_object (consumer), "last_name");
}

static void
test_codes (void)
{
  static const struct {
    const char *code;
    const char *event;
    const char *status;
    gboolean    scanned;
    gboolean    needs_name;
    const char *holder;  /* last name, NULL for none */
    const char *product;
  } cases[] = {
    { TICKETS_SANDBOX_CODE_VALID, TICKETS_SANDBOX_EVENT_TODAY, "valid", FALSE, FALSE, "de Vries", "Concert ticket" },
    { TICKETS_SANDBOX_CODE_SCANNED, TICKETS_SANDBOX_EVENT_TODAY, "valid", TRUE, FALSE, "Volkov", "Concert ticket" },
    { TICKETS_SANDBOX_CODE_REISSUED, TICKETS_SANDBOX_EVENT_TODAY, "reissued", FALSE, FALSE, "Becker", "Concert ticket" },
    { TICKETS_SANDBOX_CODE_CANCELLED, TICKETS_SANDBOX_EVENT_TODAY, "cancelled", FALSE, FALSE, "Silva", "Concert ticket" },
    { TICKETS_SANDBOX_CODE_VOIDED, TICKETS_SANDBOX_EVENT_TODAY, "voided", FALSE, FALSE, "Fernández", "Concert ticket" },
    { TICKETS_SANDBOX_CODE_EXPIRED, TICKETS_SANDBOX_EVENT_TODAY, "valid", FALSE, FALSE, "Kaya", "Concert ticket" },
    { TICKETS_SANDBOX_CODE_SUBSCRIPTION, TICKETS_SANDBOX_EVENT_TODAY, "valid", FALSE, FALSE, "Yılmaz", "Friends of the Harbour ticket" },
    { TICKETS_SANDBOX_CODE_NEEDS_NAME, TICKETS_SANDBOX_EVENT_TODAY, "valid", FALSE, TRUE, NULL, "Concert ticket" },
    { TICKETS_SANDBOX_CODE_UNNAMED_2, TICKETS_SANDBOX_EVENT_TODAY, "valid", FALSE, TRUE, NULL, "Concert ticket" },
    { TICKETS_SANDBOX_CODE_UNNAMED_3, TICKETS_SANDBOX_EVENT_TODAY, "valid", FALSE, TRUE, NULL, "Concert ticket" },
    { TICKETS_SANDBOX_CODE_REISSUE_DEMO, TICKETS_SANDBOX_EVENT_TODAY, "valid", FALSE, FALSE, "Nowak", "Concert ticket" },
    { TICKETS_SANDBOX_CODE_REISSUE_DEMO_2, TICKETS_SANDBOX_EVENT_TODAY, "valid", FALSE, FALSE, "Laurent", "Concert ticket" },
    { TICKETS_SANDBOX_CODE_REISSUE_DEMO_3, TICKETS_SANDBOX_EVENT_TODAY, "valid", FALSE, FALSE, "Clarke", "Concert ticket" },
    { TICKETS_SANDBOX_CODE_LATE_SHOW, TICKETS_SANDBOX_EVENT_TODAY_LATE, "valid", FALSE, FALSE, "Jansen", "Late show ticket" },
    { TICKETS_SANDBOX_CODE_OTHER_EVENT, TICKETS_TEST_EV_OPEN, "valid", FALSE, FALSE, "Jansen", "Weekend ticket" },
  };
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(TicketsTestResponse) response = NULL;
      g_autoptr(TicketsTestResponse) elsewhere = NULL;
      g_autofree char *event = tickets_test_uri (sandbox, "events", cases[i].event);
      g_autoptr(GDateTime) until = NULL;
      JsonObject *ticket;
      JsonObject *product;
      const char *other_event = g_str_equal (cases[i].event, TICKETS_SANDBOX_EVENT_TODAY) ?
                                TICKETS_SANDBOX_EVENT_TODAY_LATE : TICKETS_SANDBOX_EVENT_TODAY;

      g_test_message ("code %s", cases[i].code);
      ticket = find_ticket (sandbox, cases[i].code, cases[i].event, TICKETS_TEST_AUTH_BOXOFFICE, &response);
      g_assert_nonnull (ticket);
      g_assert_cmpstr (json_object_get_string_member (ticket, "code"), ==, cases[i].code);
      g_assert_cmpstr (tickets_test_link_href (ticket, "shop:event"), ==, event);
      g_assert_cmpstr (json_object_get_string_member (ticket, "status"), ==, cases[i].status);
      g_assert_cmpint (json_object_get_boolean_member (ticket, "is_scanned"), ==, cases[i].scanned);
      g_assert_cmpint (json_object_get_boolean_member (ticket, "needs_personalization"), ==, cases[i].needs_name);
      g_assert_cmpstr (holder_name (ticket), ==, cases[i].holder);
      product = json_object_get_object_member (json_object_get_object_member (ticket, "_embedded"), "shop:product");
      g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (product, "name"), "en"), ==,
                       cases[i].product);

      /* scannable_until is past for the expired ticket only. */
      until = g_date_time_new_from_iso8601 (json_object_get_string_member (ticket, "scannable_until"), NULL);
      g_assert_nonnull (until);
      if (g_str_equal (cases[i].code, TICKETS_SANDBOX_CODE_EXPIRED))
        g_assert_cmpint (g_date_time_compare (until, now), <, 0);
      else
        g_assert_cmpint (g_date_time_compare (until, now), >, 0);

      /* The membership product, and a subscription that is not active. */
      g_assert_cmpint (json_object_get_boolean_member (product, "requires_membership"), ==,
                       g_str_equal (cases[i].code, TICKETS_SANDBOX_CODE_SUBSCRIPTION));
      g_assert_false (json_object_get_boolean_member (ticket, "has_valid_subscription"));

      /* A barcode is found for its own event only. */
      g_assert_null (find_ticket (sandbox, cases[i].code, other_event, TICKETS_TEST_AUTH_BOXOFFICE, &elsewhere));
    }
}

static void
test_ticket_details (void)
{
  g_autoptr(TicketsTestResponse) response = NULL;
  g_autoptr(TicketsTestResponse) order = NULL;
  g_autoptr(TicketsTestResponse) event = NULL;
  JsonObject *ticket = find_ticket (sandbox, TICKETS_SANDBOX_CODE_VALID, TICKETS_SANDBOX_EVENT_TODAY,
                                    TICKETS_TEST_AUTH_BOXOFFICE, &response);
  JsonObject *seating = json_object_get_object_member (ticket, "seating");
  JsonObject *form = json_object_get_object_member (ticket, "personalization_form");
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  g_autoptr(GDateTime) personalization_end = NULL;
  JsonObject *object;

  /* The seat, the entrance, the price, the holder's first name. */
  g_assert_cmpstr (json_object_get_string_member (seating, "section"), ==, "Floor");
  g_assert_cmpstr (json_object_get_string_member (seating, "row"), ==, "C");
  g_assert_cmpstr (json_object_get_string_member (seating, "seat"), ==, "14");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (ticket, "subproduct"), "en"), ==,
                   "Entrance B");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (ticket, "price"), "amount"), ==, "39.50");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (ticket, "consumer"), "first_name"), ==,
                   "Sanne");
  g_assert_true (json_object_get_boolean_member (json_object_get_object_member (form, "first_name"), "required"));

  /* Its order, with a reference and a buyer. */
  order = tickets_test_request (sandbox, "GET", tickets_test_link_href (ticket, "shop:order"), TICKETS_TEST_AUTH_BOXOFFICE, NULL);
  g_assert_cmpuint (order->status, ==, 200);
  object = tickets_test_response_object (order);
  g_assert_cmpstr (json_object_get_string_member (object, "reference"), ==, "HL-0001");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (object, "consumer"), "last_name"), ==,
                   "de Vries");

  /* The event is on now, and names may still be given for a while. */
  event = tickets_test_request (sandbox, "GET", tickets_test_link_href (ticket, "shop:event"), TICKETS_TEST_AUTH_BOXOFFICE, NULL);
  g_assert_cmpuint (event->status, ==, 200);
  object = tickets_test_response_object (event);
  for (guint i = 0; tickets_test_languages[i] != NULL; i++)
    g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (object, "title"),
                                                    tickets_test_languages[i]), !=, "");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (object, "title"), "en"), ==,
                   "Harbour Lights Concert");
  start = g_date_time_new_from_iso8601 (json_object_get_string_member (object, "event_start"), NULL);
  end = g_date_time_new_from_iso8601 (json_object_get_string_member (object, "event_end"), NULL);
  personalization_end = g_date_time_new_from_iso8601 (json_object_get_string_member (object, "personalization_end"), NULL);
  g_assert_cmpint (g_date_time_compare (start, now), <, 0);
  g_assert_cmpint (g_date_time_compare (end, now), >, 0);
  g_assert_cmpint (g_date_time_compare (personalization_end, now), >, 0);
}

static void
test_reissue_old_code (void)
{
  TicketsTestSandbox *fresh = tickets_test_sandbox_start ();
  g_autoptr(TicketsTestResponse) before = NULL;
  g_autoptr(TicketsTestResponse) response = NULL;
  g_autoptr(TicketsTestResponse) after = NULL;
  g_autoptr(TicketsTestResponse) found_new = NULL;
  g_autoptr(TicketsTestResponse) untouched = NULL;
  g_autofree char *body = NULL;
  g_autofree char *old_code = NULL;
  g_autofree char *ticket_uri = NULL;
  const char *uids[2] = { NULL, NULL };
  JsonObject *ticket;
  JsonArray *tickets;
  const char *new_code;

  ticket = find_ticket (fresh, TICKETS_SANDBOX_CODE_REISSUE_DEMO, TICKETS_SANDBOX_EVENT_TODAY, TICKETS_TEST_AUTH_SALES, &before);
  g_assert_cmpstr (json_object_get_string_member (ticket, "status"), ==, "valid");
  uids[0] = json_object_get_string_member (ticket, "uid");
  ticket_uri = tickets_test_uri (fresh, "tickets", uids[0]);
  body = g_strdup_printf ("{\"tickets\": [\"%s\"], \"consumer\": {\"first_name\": \"Mila\", \"last_name\": \"Kovač\", "
                          "\"email\": \"mila.kovac@example.org\"}}", ticket_uri);

  response = tickets_test_request (fresh, "POST", "/orders", TICKETS_TEST_AUTH_BOXOFFICE, body);
  g_assert_cmpuint (response->status, ==, 201);
  tickets = tickets_test_embedded_list (tickets_test_response_object (response), "shop:ticket");
  g_assert_cmpuint (json_array_get_length (tickets), ==, 1);
  new_code = json_object_get_string_member (json_array_get_object_element (tickets, 0), "code");
  g_assert_cmpstr (new_code, !=, TICKETS_SANDBOX_CODE_REISSUE_DEMO);
  g_assert_cmpuint (strlen (new_code), ==, 13);

  /* The old barcode still finds the old ticket, which says why it is no
   * longer valid; the new barcode finds the new, valid one. */
  ticket = find_ticket (fresh, TICKETS_SANDBOX_CODE_REISSUE_DEMO, TICKETS_SANDBOX_EVENT_TODAY, TICKETS_TEST_AUTH_BOXOFFICE, &after);
  g_assert_nonnull (ticket);
  g_assert_cmpstr (json_object_get_string_member (ticket, "uid"), ==, uids[0]);
  g_assert_cmpstr (json_object_get_string_member (ticket, "status"), ==, "reissued");
  g_assert_false (json_object_get_boolean_member (ticket, "needs_personalization"));

  old_code = g_strdup (new_code);
  ticket = find_ticket (fresh, old_code, TICKETS_SANDBOX_EVENT_TODAY, TICKETS_TEST_AUTH_BOXOFFICE, &found_new);
  g_assert_nonnull (ticket);
  g_assert_cmpstr (json_object_get_string_member (ticket, "status"), ==, "valid");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (ticket, "consumer"), "last_name"), ==,
                   "Kovač");

  /* The order's other tickets keep their barcodes. */
  ticket = find_ticket (fresh, TICKETS_SANDBOX_CODE_REISSUE_DEMO_2, TICKETS_SANDBOX_EVENT_TODAY, TICKETS_TEST_AUTH_BOXOFFICE, &untouched);
  g_assert_cmpstr (json_object_get_string_member (ticket, "status"), ==, "valid");

  /* A re-issued ticket cannot be re-issued again. */
  {
    g_autoptr(TicketsTestResponse) again = tickets_test_request (fresh, "POST", "/orders", TICKETS_TEST_AUTH_BOXOFFICE, body);

    tickets_test_assert_error (again, 400, "TICKET_ERROR");
  }

  tickets_test_sandbox_stop (fresh);
}

static gint64
count_matches (TicketsTestSandbox *which,
               const char         *path)
{
  g_autoptr(TicketsTestResponse) response = tickets_test_request (which, "GET", path, TICKETS_TEST_AUTH_BOXOFFICE, NULL);

  g_assert_cmpuint (response->status, ==, 200);
  return json_object_get_int_member (tickets_test_response_object (response), "item_count");
}

/* A name search sees a consumer added or corrected since the last search
 * (the sandbox keeps folded names between searches). */
static void
test_search_follows_changes (void)
{
  TicketsTestSandbox *fresh = tickets_test_sandbox_start ();
  g_autoptr(TicketsTestResponse) added = NULL;
  g_autoptr(TicketsTestResponse) corrected = NULL;
  g_autofree char *john = tickets_test_uri (fresh, "consumers", TICKETS_TEST_CO_JOHN);
  g_autofree char *body = g_strdup_printf ("{\"consumers\": [{\"uid\": \"%s\", \"first_name\": \"John\", "
                                           "\"last_name\": \"Zwaan\", \"email\": \"john.zwaan@example.org\"}]}", john);

  g_assert_cmpint (count_matches (fresh, "/consumers?last_name__startswith=zw"), ==, 0);
  g_assert_cmpint (count_matches (fresh, "/consumers?last_name__startswith=smith"), >, 0);
  g_assert_cmpint (count_matches (fresh, "/consumers?first_name__startswith=MIL"), ==, 0);

  added = tickets_test_request (fresh, "POST", "/consumers", TICKETS_TEST_AUTH_BOXOFFICE,
                                "{\"consumers\": [{\"first_name\": \"Mila\", \"last_name\": \"Zwart\", "
                                "\"email\": \"mila.zwart@example.org\"}]}");
  g_assert_cmpuint (added->status, ==, 201);
  g_assert_cmpint (count_matches (fresh, "/consumers?last_name__startswith=zw"), ==, 1);
  g_assert_cmpint (count_matches (fresh, "/consumers?first_name__startswith=MIL"), ==, 1);

  corrected = tickets_test_request (fresh, "POST", "/consumers", TICKETS_TEST_AUTH_BOXOFFICE, body);
  g_assert_cmpuint (corrected->status, ==, 201);
  g_assert_cmpint (count_matches (fresh, "/consumers?last_name__startswith=zw"), ==, 2);
  g_assert_cmpint (count_matches (fresh, "/consumers?last_name__startswith=zwaan&first_name=John"), ==, 1);
  g_assert_cmpint (count_matches (fresh, "/consumers?email__startswith=john.smith.last"), ==, 0);

  tickets_test_sandbox_stop (fresh);
}

/* The overview's roles: tickets by barcode, consumers and re-issue need
 * orders, which spa-sales and default do not reach. */
static void
test_roles (void)
{
  static const struct {
    const char *auth;
    gboolean    allowed;
  } roles[] = {
    { TICKETS_TEST_AUTH_DEFAULT, FALSE },
    { TICKETS_TEST_AUTH_SPA, FALSE },
    { TICKETS_TEST_AUTH_SALES, TRUE },
    { TICKETS_TEST_AUTH_BOXOFFICE, TRUE },
  };
  g_autofree char *event = tickets_test_uri (sandbox, "events", TICKETS_SANDBOX_EVENT_TODAY);
  g_autofree char *escaped = g_uri_escape_string (event, NULL, FALSE);
  g_autofree char *search = g_strdup_printf ("/tickets?code=%s&event=%s", TICKETS_SANDBOX_CODE_VALID, escaped);

  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    {
      g_autoptr(TicketsTestResponse) tickets = tickets_test_request (sandbox, "GET", search, roles[i].auth, NULL);
      g_autoptr(TicketsTestResponse) consumers = tickets_test_request (sandbox, "GET", "/consumers?last_name__startswith=de",
                                                                      roles[i].auth, NULL);
      /* Bodies that are wrong in a way checked only after the role: a
       * role that may gets a 400, one that may not a 403. */
      g_autoptr(TicketsTestResponse) post = tickets_test_request (sandbox, "POST", "/consumers", roles[i].auth,
                                                                 "{\"consumers\": []}");
      g_autoptr(TicketsTestResponse) reissue = tickets_test_request (sandbox, "POST", "/orders", roles[i].auth,
                                                                    "{\"tickets\": []}");
      g_autoptr(TicketsTestResponse) events = tickets_test_request (sandbox, "GET", "/events", roles[i].auth, NULL);

      g_test_message ("auth %s", roles[i].auth);
      g_assert_cmpuint (events->status, ==, 200);
      if (roles[i].allowed)
        {
          g_assert_cmpuint (tickets->status, ==, 200);
          g_assert_cmpuint (consumers->status, ==, 200);
          g_assert_cmpint (json_object_get_int_member (tickets_test_response_object (consumers), "item_count"), >, 0);
          tickets_test_assert_error (post, 400, "BAD_REQUEST");
          tickets_test_assert_error (reissue, 400, "BAD_REQUEST");
        }
      else
        {
          tickets_test_assert_error (tickets, 403, "FORBIDDEN");
          tickets_test_assert_error (consumers, 403, "FORBIDDEN");
          tickets_test_assert_error (post, 403, "FORBIDDEN");
          tickets_test_assert_error (reissue, 403, "FORBIDDEN");
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sandbox/boxoffice/codes", test_codes);
  g_test_add_func ("/sandbox/boxoffice/ticket-details", test_ticket_details);
  g_test_add_func ("/sandbox/boxoffice/reissue-old-code", test_reissue_old_code);
  g_test_add_func ("/sandbox/boxoffice/search-follows-changes", test_search_follows_changes);
  g_test_add_func ("/sandbox/boxoffice/roles", test_roles);

  return tickets_test_run_with_sandbox (&sandbox);
}
