/* test-model-merge.c: merging a fresh representation into the canonical object
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-event.h"
#include "tickets-ticket.h"

#include "model-test-utils.h"

static TicketsConsumer *
new_consumer (const char *first_name)
{
  TicketsConsumer *consumer = tickets_consumer_new ();

  tickets_consumer_set_first_name (consumer, first_name);
  tickets_consumer_set_last_name (consumer, "Test");
  tickets_consumer_set_gender (consumer, TICKETS_GENDER_MALE);

  return consumer;
}

static TicketsI18nText *
new_text (const char *en)
{
  TicketsI18nText *text = tickets_i18n_text_new ();

  tickets_i18n_text_set (text, "en", en);
  tickets_i18n_text_set (text, "nl", "");

  return text;
}

/* What GET /tickets/{uid} gives: every field. */
static TicketsTicket *
new_full_ticket (TicketsEvent *event)
{
  TicketsTicket *ticket = tickets_ticket_new ("90842034646f49c99882eb99a13fa2e9");
  g_autoptr(TicketsConsumer) consumer = new_consumer ("Blaise");
  g_autoptr(TicketsI18nText) subproduct = new_text ("Entrance");
  g_autoptr(TicketsAmount) fee = tickets_amount_new ("EUR", 45, 2);
  g_autoptr(GDateTime) fulfillment = utc (2020, 11, 3, 8, 0, 0);
  g_autoptr(TicketsSeating) seating = tickets_seating_new ();

  tickets_resource_set_href (TICKETS_RESOURCE (ticket), "https://shop.example/tickets/9084");
  tickets_ticket_set_code (ticket, "8663092874786");
  tickets_ticket_set_status (ticket, "valid");
  tickets_ticket_set_is_scanned (ticket, FALSE);
  tickets_ticket_set_has_valid_subscription (ticket, FALSE);
  tickets_ticket_set_needs_personalization (ticket, TRUE);
  tickets_ticket_set_personalized (ticket, FALSE);
  tickets_ticket_set_personalization_start (ticket, NULL);
  tickets_ticket_set_personalization_end (ticket, NULL);
  tickets_ticket_set_consumer (ticket, consumer);
  tickets_ticket_set_subproduct (ticket, subproduct);
  tickets_ticket_set_service_fee_paid (ticket, fee);
  tickets_ticket_set_fulfillment_starts_at (ticket, fulfillment);
  tickets_ticket_set_seating (ticket, seating);
  tickets_ticket_set_event (ticket, event);
  tickets_ticket_set_event_uri (ticket, "https://shop.example/events/8e3d");
  tickets_ticket_set_eticket_uri (ticket, "https://download.example/eticket/rbF2");
  tickets_ticket_set_personalization_request_uris (ticket, (const char *[]) { NULL });

  return ticket;
}

/* The Cognito "my tickets" list: uid, links, status and subscription only. */
static TicketsTicket *
new_short_ticket (TicketsEvent *event,
                  const char   *status)
{
  TicketsTicket *ticket = tickets_ticket_new ("90842034646f49c99882eb99a13fa2e9");

  tickets_resource_set_href (TICKETS_RESOURCE (ticket), "https://shop.example/tickets/9084");
  tickets_ticket_set_status (ticket, status);
  tickets_ticket_set_has_valid_subscription (ticket, TRUE);
  tickets_ticket_set_event (ticket, event);
  tickets_ticket_set_event_uri (ticket, "https://shop.example/events/8e3d");

  return ticket;
}

static void
test_presence (void)
{
  g_autoptr(TicketsTicket) ticket = tickets_ticket_new ("t");

  g_assert_true (tickets_resource_is_present (TICKETS_RESOURCE (ticket), "uid"));
  g_assert_false (tickets_resource_is_present (TICKETS_RESOURCE (ticket), "href"));
  g_assert_false (tickets_resource_is_present (TICKETS_RESOURCE (ticket), "code"));
  g_assert_false (tickets_resource_is_present (TICKETS_RESOURCE (ticket), "consumer"));

  /* null from the server is present too: it says "no consumer". */
  tickets_ticket_set_consumer (ticket, NULL);
  tickets_resource_set_href (TICKETS_RESOURCE (ticket), "https://shop.example/tickets/t");
  g_assert_true (tickets_resource_is_present (TICKETS_RESOURCE (ticket), "consumer"));
  g_assert_true (tickets_resource_is_present (TICKETS_RESOURCE (ticket), "href"));
  g_assert_false (tickets_resource_is_present (TICKETS_RESOURCE (ticket), "code"));
  /* Derived and unknown properties are never present. */
  g_assert_false (tickets_resource_is_present (TICKETS_RESOURCE (ticket), "personalization-state"));
  g_assert_false (tickets_resource_is_present (TICKETS_RESOURCE (ticket), "nonsense"));

  g_assert_finalize_object (g_steal_pointer (&ticket));
}

static void
test_short_into_full (void)
{
  g_autoptr(TicketsEvent) event = tickets_event_new ("8e3d");
  g_autoptr(TicketsTicket) full = new_full_ticket (event);
  g_autoptr(TicketsTicket) short_ticket = new_short_ticket (event, "invalid");
  TicketsConsumer *consumer = tickets_ticket_get_consumer (full);
  TicketsSeating *seating = tickets_ticket_get_seating (full);
  NotifyLog log;

  notify_log_init (&log, full);
  tickets_resource_merge (TICKETS_RESOURCE (full), TICKETS_RESOURCE (short_ticket));

  /* What the short form has changed, notified once each... */
  g_assert_cmpstr (tickets_ticket_get_status (full), ==, "invalid");
  g_assert_true (tickets_ticket_get_has_valid_subscription (full));
  g_assert_cmpuint (notify_log_count (&log, "status"), ==, 1);
  g_assert_cmpuint (notify_log_count (&log, "has-valid-subscription"), ==, 1);
  g_assert_cmpuint (notify_log_count (&log, "personalization-state"), ==, 1);
  g_assert_cmpuint (log.total, ==, 3);
  g_assert_cmpint (tickets_ticket_get_personalization_state (full, NULL), ==,
                   TICKETS_PERSONALIZATION_STATE_INVALID);

  /* ...and what it lacks is kept, the same objects. */
  g_assert_cmpstr (tickets_ticket_get_code (full), ==, "8663092874786");
  g_assert_true (tickets_ticket_get_consumer (full) == consumer);
  g_assert_true (tickets_ticket_get_seating (full) == seating);
  g_assert_true (tickets_ticket_get_needs_personalization (full));
  g_assert_cmpstr (tickets_ticket_get_eticket_uri (full), ==, "https://download.example/eticket/rbF2");
  g_assert_nonnull (tickets_ticket_get_subproduct (full));
  g_assert_nonnull (tickets_ticket_get_fulfillment_starts_at (full));
  g_assert_nonnull (tickets_ticket_get_personalization_request_uris (full));
  g_assert_true (tickets_ticket_get_event (full) == event);

  notify_log_clear (&log);
  g_assert_finalize_object (g_steal_pointer (&short_ticket));
  g_assert_finalize_object (g_steal_pointer (&full));
  g_assert_finalize_object (g_steal_pointer (&event));
}

/* Reloading the same data, in new objects, changes nothing anyone sees. */
static void
test_identical (void)
{
  g_autoptr(TicketsEvent) event = tickets_event_new ("8e3d");
  g_autoptr(TicketsTicket) canonical = new_full_ticket (event);
  g_autoptr(TicketsTicket) reloaded = new_full_ticket (event);
  TicketsConsumer *consumer = tickets_ticket_get_consumer (canonical);
  TicketsI18nText *subproduct = tickets_ticket_get_subproduct (canonical);
  TicketsAmount *fee = tickets_ticket_get_service_fee_paid (canonical);
  GDateTime *fulfillment = tickets_ticket_get_fulfillment_starts_at (canonical);
  NotifyLog log;

  g_assert_true (tickets_ticket_get_consumer (reloaded) != consumer);

  notify_log_init (&log, canonical);
  tickets_resource_merge (TICKETS_RESOURCE (canonical), TICKETS_RESOURCE (reloaded));
  g_assert_cmpuint (log.total, ==, 0);
  g_assert_true (tickets_ticket_get_consumer (canonical) == consumer);
  g_assert_true (tickets_ticket_get_subproduct (canonical) == subproduct);
  g_assert_true (tickets_ticket_get_service_fee_paid (canonical) == fee);
  g_assert_true (tickets_ticket_get_fulfillment_starts_at (canonical) == fulfillment);

  notify_log_clear (&log);
  g_assert_finalize_object (g_steal_pointer (&reloaded));
  g_assert_finalize_object (g_steal_pointer (&canonical));
  g_assert_finalize_object (g_steal_pointer (&event));
}

static void
test_changes (void)
{
  g_autoptr(TicketsEvent) event = tickets_event_new ("8e3d");
  g_autoptr(TicketsEvent) other_event = tickets_event_new ("8e3d");
  g_autoptr(TicketsTicket) canonical = new_full_ticket (event);
  g_autoptr(TicketsTicket) fresh = new_full_ticket (other_event);
  g_autoptr(TicketsConsumer) larry = new_consumer ("Larry");
  g_autoptr(GDateTime) start = utc (2000, 1, 1, 0, 0, 0);
  g_autoptr(GDateTime) end = utc (2001, 1, 1, 0, 0, 0);
  NotifyLog log;

  /* Personalized by Larry, and the window has closed since. */
  tickets_ticket_set_consumer (fresh, larry);
  tickets_ticket_set_personalized (fresh, TRUE);
  tickets_ticket_set_needs_personalization (fresh, FALSE);
  tickets_ticket_set_personalization_start (fresh, start);
  tickets_ticket_set_personalization_end (fresh, end);
  tickets_ticket_set_seating (fresh, NULL);

  notify_log_init (&log, canonical);
  tickets_resource_merge (TICKETS_RESOURCE (canonical), TICKETS_RESOURCE (fresh));

  g_assert_true (tickets_ticket_get_consumer (canonical) == larry);
  g_assert_null (tickets_ticket_get_seating (canonical));
  g_assert_true (tickets_ticket_get_event (canonical) == other_event);
  g_assert_true (g_date_time_equal (tickets_ticket_get_personalization_end (canonical), end));
  g_assert_cmpint (tickets_ticket_get_personalization_state (canonical, NULL), ==,
                   TICKETS_PERSONALIZATION_STATE_PERSONALIZED);

  g_assert_cmpuint (notify_log_count (&log, "consumer"), ==, 1);
  g_assert_cmpuint (notify_log_count (&log, "personalized"), ==, 1);
  g_assert_cmpuint (notify_log_count (&log, "needs-personalization"), ==, 1);
  g_assert_cmpuint (notify_log_count (&log, "personalization-start"), ==, 1);
  g_assert_cmpuint (notify_log_count (&log, "personalization-end"), ==, 1);
  g_assert_cmpuint (notify_log_count (&log, "seating"), ==, 1);
  g_assert_cmpuint (notify_log_count (&log, "event"), ==, 1);
  /* Five inputs moved; their state changed once, so one notification. */
  g_assert_cmpuint (notify_log_count (&log, "personalization-state"), ==, 1);
  g_assert_cmpuint (log.total, ==, 8);

  notify_log_clear (&log);
  g_assert_finalize_object (g_steal_pointer (&fresh));
  g_assert_finalize_object (g_steal_pointer (&canonical));
  g_assert_finalize_object (g_steal_pointer (&event));
  g_assert_finalize_object (g_steal_pointer (&other_event));
}

/* A merge marks what it copied as present in the target too, so the target
 * can in turn be merged elsewhere. */
static void
test_presence_travels (void)
{
  g_autoptr(TicketsEvent) target = tickets_event_new ("e");
  g_autoptr(TicketsEvent) source = tickets_event_new ("e");
  g_autoptr(TicketsI18nText) title = new_text ("Seventies LIVE");

  tickets_event_set_title (source, title);
  tickets_event_set_location_city (source, "Amsterdam");
  tickets_event_set_latitude (source, 52.36);
  tickets_event_set_has_coordinates (source, TRUE);
  g_assert_false (tickets_resource_is_present (TICKETS_RESOURCE (target), "title"));

  tickets_resource_merge (TICKETS_RESOURCE (target), TICKETS_RESOURCE (source));
  g_assert_true (tickets_resource_is_present (TICKETS_RESOURCE (target), "title"));
  g_assert_true (tickets_resource_is_present (TICKETS_RESOURCE (target), "location-city"));
  g_assert_true (tickets_resource_is_present (TICKETS_RESOURCE (target), "latitude"));
  g_assert_false (tickets_resource_is_present (TICKETS_RESOURCE (target), "longitude"));
  g_assert_false (tickets_resource_is_present (TICKETS_RESOURCE (target), "href"));
  g_assert_true (tickets_event_get_title (target) == title);
  g_assert_cmpfloat (tickets_event_get_latitude (target), ==, 52.36);
  g_assert_true (tickets_event_get_has_coordinates (target));
  g_assert_cmpstr (tickets_resource_get_uid (TICKETS_RESOURCE (target)), ==, "e");

  g_assert_finalize_object (g_steal_pointer (&target));
  g_assert_finalize_object (g_steal_pointer (&source));
  g_assert_finalize_object (g_steal_pointer (&title));
}

/* The consent a ticket records is its holder's. A fresh copy that names
 * someone else and says nothing of consent makes it unknown; the same
 * holder (also once the server gave what the app sent a uid), an opt_in of
 * its own, or a copy without a consumer keep what is known. */
static void
test_consent_follows_holder (void)
{
  g_autoptr(TicketsEvent) event = tickets_event_new ("e");
  g_autoptr(TicketsTicket) ticket = new_full_ticket (event);
  g_autoptr(TicketsConsumer) sent = new_consumer ("Blaise");
  g_autoptr(TicketsConsumer) stored = new_consumer ("Blaise");
  g_autoptr(TicketsConsumer) stored_again = new_consumer ("Blaise");
  g_autoptr(TicketsConsumer) larry = new_consumer ("Larry");
  NotifyLog log;

  tickets_consumer_set_uid (stored, "c1");
  tickets_consumer_set_uid (stored_again, "c1");
  tickets_ticket_set_consumer (ticket, sent);
  tickets_ticket_set_consent (ticket, TICKETS_CONSENT_NEWSLETTER);
  notify_log_init (&log, ticket);

  /* The same holder, as the server stored what was sent: kept. */
  {
    g_autoptr(TicketsTicket) fresh = new_full_ticket (event);

    tickets_ticket_set_consumer (fresh, stored);
    tickets_resource_merge (TICKETS_RESOURCE (ticket), TICKETS_RESOURCE (fresh));
    g_assert_true (tickets_ticket_get_consent_known (ticket));
    g_assert_cmpint (tickets_ticket_get_consent (ticket), ==, TICKETS_CONSENT_NEWSLETTER);
    g_assert_cmpuint (notify_log_count (&log, "consent"), ==, 0);
  }

  /* The same holder again, an equal copy: kept. */
  {
    g_autoptr(TicketsTicket) fresh = new_full_ticket (event);

    tickets_ticket_set_consumer (fresh, stored_again);
    tickets_resource_merge (TICKETS_RESOURCE (ticket), TICKETS_RESOURCE (fresh));
    g_assert_true (tickets_ticket_get_consent_known (ticket));
    g_assert_cmpint (tickets_ticket_get_consent (ticket), ==, TICKETS_CONSENT_NEWSLETTER);
  }

  /* A copy that says nothing of the holder: kept. */
  {
    g_autoptr(TicketsTicket) fresh = new_short_ticket (event, "valid");

    tickets_resource_merge (TICKETS_RESOURCE (ticket), TICKETS_RESOURCE (fresh));
    g_assert_true (tickets_ticket_get_consent_known (ticket));
    g_assert_cmpint (tickets_ticket_get_consent (ticket), ==, TICKETS_CONSENT_NEWSLETTER);
    g_assert_cmpuint (notify_log_count (&log, "consent"), ==, 0);
  }

  /* Someone else, and no opt_in: unknown, and said. */
  {
    g_autoptr(TicketsTicket) fresh = new_full_ticket (event);

    tickets_ticket_set_consumer (fresh, larry);
    tickets_resource_merge (TICKETS_RESOURCE (ticket), TICKETS_RESOURCE (fresh));
    g_assert_true (tickets_ticket_get_consumer (ticket) == larry);
    g_assert_false (tickets_ticket_get_consent_known (ticket));
    g_assert_false (tickets_resource_is_present (TICKETS_RESOURCE (ticket), "consent"));
    g_assert_cmpint (tickets_ticket_get_consent (ticket), ==, TICKETS_CONSENT_NONE);
    g_assert_cmpuint (notify_log_count (&log, "consent"), ==, 1);
  }

  /* Someone else with an opt_in of their own: the server's word. */
  tickets_ticket_set_consumer (ticket, stored);
  tickets_ticket_set_consent (ticket, TICKETS_CONSENT_NEWSLETTER);
  {
    g_autoptr(TicketsTicket) fresh = new_full_ticket (event);

    tickets_ticket_set_consumer (fresh, larry);
    tickets_ticket_set_consent (fresh, TICKETS_CONSENT_PARTNERS);
    tickets_resource_merge (TICKETS_RESOURCE (ticket), TICKETS_RESOURCE (fresh));
    g_assert_true (tickets_ticket_get_consent_known (ticket));
    g_assert_cmpint (tickets_ticket_get_consent (ticket), ==, TICKETS_CONSENT_PARTNERS);
  }

  /* The name taken off the ticket (consumer null): nobody's consent. */
  {
    g_autoptr(TicketsTicket) fresh = new_full_ticket (event);

    tickets_ticket_set_consumer (fresh, NULL);
    tickets_resource_merge (TICKETS_RESOURCE (ticket), TICKETS_RESOURCE (fresh));
    g_assert_false (tickets_ticket_get_consent_known (ticket));
  }

  /* A stored holder is not the same as another uid with the same details:
   * a new revision may be another person's copy of them. */
  tickets_ticket_set_consumer (ticket, stored);
  tickets_ticket_set_consent (ticket, TICKETS_CONSENT_ALL);
  {
    g_autoptr(TicketsTicket) fresh = new_full_ticket (event);
    g_autoptr(TicketsConsumer) revision = new_consumer ("Blaise");

    tickets_consumer_set_uid (revision, "c2");
    tickets_ticket_set_consumer (fresh, revision);
    tickets_resource_merge (TICKETS_RESOURCE (ticket), TICKETS_RESOURCE (fresh));
    g_assert_false (tickets_ticket_get_consent_known (ticket));
  }

  notify_log_clear (&log);
  g_assert_finalize_object (g_steal_pointer (&ticket));
}

static void
test_self_and_wrong_type (void)
{
  g_autoptr(TicketsEvent) event = tickets_event_new ("e");
  g_autoptr(TicketsTicket) ticket = tickets_ticket_new ("e");
  NotifyLog log;

  tickets_event_set_reference (event, "1669");
  notify_log_init (&log, event);

  tickets_resource_merge (TICKETS_RESOURCE (event), TICKETS_RESOURCE (event));
  g_assert_cmpuint (log.total, ==, 0);

  g_test_expect_message ("Tickets-Model", G_LOG_LEVEL_CRITICAL, "*G_OBJECT_TYPE (self) == G_OBJECT_TYPE (source)*");
  tickets_resource_merge (TICKETS_RESOURCE (event), TICKETS_RESOURCE (ticket));
  g_test_assert_expected_messages ();
  g_assert_cmpuint (log.total, ==, 0);

  notify_log_clear (&log);
  g_assert_finalize_object (g_steal_pointer (&event));
  g_assert_finalize_object (g_steal_pointer (&ticket));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/merge/presence", test_presence);
  g_test_add_func ("/model/merge/short-into-full", test_short_into_full);
  g_test_add_func ("/model/merge/identical", test_identical);
  g_test_add_func ("/model/merge/changes", test_changes);
  g_test_add_func ("/model/merge/presence-travels", test_presence_travels);
  g_test_add_func ("/model/merge/self-and-wrong-type", test_self_and_wrong_type);
  g_test_add_func ("/model/merge/consent-follows-holder", test_consent_follows_holder);

  return g_test_run ();
}
