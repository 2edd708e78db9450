/* test-verdict.c: what a scanned ticket means at the door, and which
 * reason wins when several hold
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-verdict.h"

#include "model-test-utils.h"

#define EVENT_HERE  "5b3e9744999d4d0ca56b4c5ca1f4dc49"
#define EVENT_OTHER "8e3df2124072459994bd9423257cc5ce"

static const char * const here[] = { EVENT_HERE, NULL };

/* A valid ticket for EVENT_HERE that needs nothing: green. */
static TicketsTicket *
new_ticket (void)
{
  TicketsTicket *ticket = tickets_ticket_new ("t");

  tickets_ticket_set_code (ticket, "8663092874786");
  tickets_ticket_set_status (ticket, "valid");
  tickets_ticket_set_event_uri (ticket, "https://shopping-api.paylogic.com/events/" EVENT_HERE);

  return ticket;
}

static TicketsVerdictKind
classify_at (TicketsTicket *ticket,
             int            year)
{
  g_autoptr(GDateTime) now = utc (year, 6, 1, 20, 0, 0);

  return tickets_verdict_classify (ticket, here, now);
}

static TicketsVerdictKind
classify (TicketsTicket *ticket)
{
  return classify_at (ticket, 2030);
}

static void
test_valid (void)
{
  g_autoptr(TicketsTicket) ticket = new_ticket ();

  g_assert_cmpint (classify (ticket), ==, TICKETS_VERDICT_VALID);
  /* Any event, when the counter names none. */
  g_assert_cmpint (tickets_verdict_classify (ticket, NULL, NULL), ==, TICKETS_VERDICT_VALID);
  /* The status as the server spells it, in any case. */
  tickets_ticket_set_status (ticket, "Valid");
  g_assert_cmpint (classify (ticket), ==, TICKETS_VERDICT_VALID);
}

static void
test_other_event (void)
{
  g_autoptr(TicketsTicket) ticket = new_ticket ();
  g_autoptr(TicketsEvent) event = tickets_event_new (EVENT_OTHER);
  g_autoptr(GDateTime) now = utc (2030, 6, 1, 20, 0, 0);
  const char * const by_uri[] = { "https://shopping-api.paylogic.com/events/" EVENT_HERE "/", NULL };
  const char * const both[] = { EVENT_OTHER, EVENT_HERE, NULL };
  const char * const none[] = { NULL };

  /* The counter's events given as URIs, the ticket's as its link. */
  g_assert_cmpint (tickets_verdict_classify (ticket, by_uri, now), ==, TICKETS_VERDICT_VALID);

  tickets_ticket_set_event_uri (ticket, "https://shopping-api.paylogic.com/events/" EVENT_OTHER);
  g_assert_cmpint (classify (ticket), ==, TICKETS_VERDICT_OTHER_EVENT);
  g_assert_cmpint (tickets_verdict_classify (ticket, by_uri, now), ==, TICKETS_VERDICT_OTHER_EVENT);
  g_assert_cmpint (tickets_verdict_classify (ticket, both, now), ==, TICKETS_VERDICT_VALID);
  g_assert_cmpint (tickets_verdict_classify (ticket, none, now), ==, TICKETS_VERDICT_VALID);

  /* The event object, when there is one, is the ticket's event. */
  tickets_ticket_set_event_uri (ticket, NULL);
  tickets_ticket_set_event (ticket, event);
  g_assert_cmpint (classify (ticket), ==, TICKETS_VERDICT_OTHER_EVENT);

  /* A ticket that names no event is for none of them. */
  tickets_ticket_set_event (ticket, NULL);
  g_assert_cmpint (classify (ticket), ==, TICKETS_VERDICT_OTHER_EVENT);
}

static void
test_statuses (void)
{
  static const struct
  {
    const char         *status;
    TicketsVerdictKind  kind;
  } cases[] = {
    { "reissued", TICKETS_VERDICT_REISSUED },
    { "re-issued", TICKETS_VERDICT_REISSUED },
    { "transferred", TICKETS_VERDICT_REISSUED },
    { "cancelled", TICKETS_VERDICT_CANCELLED },
    { "canceled", TICKETS_VERDICT_CANCELLED },
    { "CANCELLED", TICKETS_VERDICT_CANCELLED },
    { "voided", TICKETS_VERDICT_VOIDED },
    { "blocked", TICKETS_VERDICT_VOIDED },
    { "", TICKETS_VERDICT_VOIDED },
    { NULL, TICKETS_VERDICT_VOIDED },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(TicketsTicket) ticket = new_ticket ();

      g_test_message ("%s", cases[i].status);
      tickets_ticket_set_status (ticket, cases[i].status);
      g_assert_cmpint (classify (ticket), ==, cases[i].kind);
    }
}

static void
test_expired (void)
{
  g_autoptr(TicketsTicket) ticket = new_ticket ();
  g_autoptr(GDateTime) until = utc (2030, 6, 1, 23, 0, 0);
  g_autoptr(GDateTime) before = g_date_time_add (until, -1);
  g_autoptr(GDateTime) after = g_date_time_add (until, 1);

  tickets_ticket_set_scannable_until (ticket, until);
  g_assert_cmpint (tickets_verdict_classify (ticket, here, before), ==, TICKETS_VERDICT_VALID);
  g_assert_cmpint (tickets_verdict_classify (ticket, here, until), ==, TICKETS_VERDICT_VALID);
  g_assert_cmpint (tickets_verdict_classify (ticket, here, after), ==, TICKETS_VERDICT_EXPIRED);
}

static void
test_subscription (void)
{
  g_autoptr(TicketsTicket) ticket = new_ticket ();
  g_autoptr(TicketsProduct) product = tickets_product_new ("p");

  /* Without a product, or one that needs no membership, nothing to check. */
  g_assert_cmpint (classify (ticket), ==, TICKETS_VERDICT_VALID);
  tickets_ticket_set_product (ticket, product);
  g_assert_cmpint (classify (ticket), ==, TICKETS_VERDICT_VALID);

  tickets_product_set_requires_membership (product, TRUE);
  g_assert_cmpint (classify (ticket), ==, TICKETS_VERDICT_SUBSCRIPTION_INACTIVE);
  tickets_ticket_set_has_valid_subscription (ticket, TRUE);
  g_assert_cmpint (classify (ticket), ==, TICKETS_VERDICT_VALID);
}

static void
test_scanned_and_name (void)
{
  g_autoptr(TicketsTicket) ticket = new_ticket ();

  tickets_ticket_set_is_scanned (ticket, TRUE);
  g_assert_cmpint (classify (ticket), ==, TICKETS_VERDICT_ALREADY_SCANNED);

  tickets_ticket_set_is_scanned (ticket, FALSE);
  tickets_ticket_set_needs_personalization (ticket, TRUE);
  g_assert_cmpint (classify (ticket), ==, TICKETS_VERDICT_NEEDS_NAME);
  tickets_ticket_set_personalized (ticket, TRUE);
  g_assert_cmpint (classify (ticket), ==, TICKETS_VERDICT_VALID);
}

/* Every reason at once, then each taken away in turn: the next one in the
 * enum's order shows. */
static void
test_precedence (void)
{
  g_autoptr(TicketsTicket) ticket = new_ticket ();
  g_autoptr(TicketsProduct) product = tickets_product_new ("p");
  g_autoptr(GDateTime) until = utc (2020, 1, 1, 0, 0, 0);

  tickets_ticket_set_event_uri (ticket, EVENT_OTHER);
  tickets_ticket_set_status (ticket, "reissued");
  tickets_ticket_set_scannable_until (ticket, until);
  tickets_product_set_requires_membership (product, TRUE);
  tickets_ticket_set_product (ticket, product);
  tickets_ticket_set_is_scanned (ticket, TRUE);
  tickets_ticket_set_needs_personalization (ticket, TRUE);

  g_assert_cmpint (classify (ticket), ==, TICKETS_VERDICT_OTHER_EVENT);
  tickets_ticket_set_event_uri (ticket, EVENT_HERE);
  g_assert_cmpint (classify (ticket), ==, TICKETS_VERDICT_REISSUED);
  tickets_ticket_set_status (ticket, "cancelled");
  g_assert_cmpint (classify (ticket), ==, TICKETS_VERDICT_CANCELLED);
  tickets_ticket_set_status (ticket, "voided");
  g_assert_cmpint (classify (ticket), ==, TICKETS_VERDICT_VOIDED);
  tickets_ticket_set_status (ticket, "valid");
  g_assert_cmpint (classify (ticket), ==, TICKETS_VERDICT_EXPIRED);
  g_assert_cmpint (classify_at (ticket, 2019), ==, TICKETS_VERDICT_SUBSCRIPTION_INACTIVE);
  tickets_ticket_set_has_valid_subscription (ticket, TRUE);
  g_assert_cmpint (classify_at (ticket, 2019), ==, TICKETS_VERDICT_ALREADY_SCANNED);
  tickets_ticket_set_is_scanned (ticket, FALSE);
  g_assert_cmpint (classify_at (ticket, 2019), ==, TICKETS_VERDICT_NEEDS_NAME);
  tickets_ticket_set_needs_personalization (ticket, FALSE);
  g_assert_cmpint (classify_at (ticket, 2019), ==, TICKETS_VERDICT_VALID);
}

static void
test_tones (void)
{
  GEnumClass *kinds = g_type_class_ref (TICKETS_TYPE_VERDICT_KIND);

  g_assert_cmpint (tickets_verdict_kind_get_tone (TICKETS_VERDICT_VALID), ==, TICKETS_VERDICT_TONE_GOOD);
  g_assert_cmpint (tickets_verdict_kind_get_tone (TICKETS_VERDICT_ALREADY_SCANNED), ==, TICKETS_VERDICT_TONE_WARNING);
  g_assert_cmpint (tickets_verdict_kind_get_tone (TICKETS_VERDICT_NEEDS_NAME), ==, TICKETS_VERDICT_TONE_ATTENTION);

  /* Every other kind keeps the person out. */
  for (guint i = 0; i < kinds->n_values; i++)
    {
      TicketsVerdictKind kind = kinds->values[i].value;

      if (kind == TICKETS_VERDICT_VALID || kind == TICKETS_VERDICT_ALREADY_SCANNED ||
          kind == TICKETS_VERDICT_NEEDS_NAME)
        continue;
      g_test_message ("%s", kinds->values[i].value_nick);
      g_assert_cmpint (tickets_verdict_kind_get_tone (kind), ==, TICKETS_VERDICT_TONE_BAD);
    }
  g_assert_cmpuint (kinds->n_values, ==, TICKETS_VERDICT_VALID + 1);

  g_type_class_unref (kinds);
}

static void
test_object (void)
{
  g_autoptr(TicketsTicket) ticket = new_ticket ();
  g_autoptr(GDateTime) time = utc (2030, 6, 1, 20, 0, 0);
  g_autoptr(TicketsVerdict) verdict = NULL;
  g_autoptr(TicketsVerdict) missing = NULL;
  g_autoptr(GDateTime) read_time = NULL;
  g_autoptr(TicketsTicket) read_ticket = NULL;
  g_autofree char *read_code = NULL;
  g_autofree char *event = NULL;
  TicketsVerdictKind kind;
  TicketsVerdictTone tone;

  verdict = tickets_verdict_new (TICKETS_VERDICT_ALREADY_SCANNED, "8663092874786", ticket, time);
  g_assert_cmpint (tickets_verdict_get_kind (verdict), ==, TICKETS_VERDICT_ALREADY_SCANNED);
  g_assert_cmpint (tickets_verdict_get_tone (verdict), ==, TICKETS_VERDICT_TONE_WARNING);
  g_assert_cmpstr (tickets_verdict_get_code (verdict), ==, "8663092874786");
  g_assert_true (tickets_verdict_get_ticket (verdict) == ticket);
  g_assert_true (g_date_time_equal (tickets_verdict_get_time (verdict), time));
  g_assert_cmpstr ((event = tickets_verdict_dup_event_uid (verdict)), ==, EVENT_HERE);

  g_object_get (verdict,
                "kind", &kind,
                "tone", &tone,
                "code", &read_code,
                "ticket", &read_ticket,
                "time", &read_time,
                NULL);
  g_assert_cmpint (kind, ==, TICKETS_VERDICT_ALREADY_SCANNED);
  g_assert_cmpint (tone, ==, TICKETS_VERDICT_TONE_WARNING);
  g_assert_cmpstr (read_code, ==, "8663092874786");
  g_assert_true (read_ticket == ticket);
  g_assert_true (g_date_time_equal (read_time, time));

  /* Not found: no ticket, no event, and the time of now. */
  missing = tickets_verdict_new (TICKETS_VERDICT_NOT_FOUND, "12345", NULL, NULL);
  g_assert_null (tickets_verdict_get_ticket (missing));
  g_assert_null (tickets_verdict_dup_event_uid (missing));
  g_assert_nonnull (tickets_verdict_get_time (missing));
  g_assert_cmpint (tickets_verdict_get_tone (missing), ==, TICKETS_VERDICT_TONE_BAD);

  g_assert_finalize_object (g_steal_pointer (&verdict));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/verdict/valid", test_valid);
  g_test_add_func ("/verdict/other-event", test_other_event);
  g_test_add_func ("/verdict/statuses", test_statuses);
  g_test_add_func ("/verdict/expired", test_expired);
  g_test_add_func ("/verdict/subscription", test_subscription);
  g_test_add_func ("/verdict/scanned-and-name", test_scanned_and_name);
  g_test_add_func ("/verdict/precedence", test_precedence);
  g_test_add_func ("/verdict/tones", test_tones);
  g_test_add_func ("/verdict/object", test_object);

  return g_test_run ();
}
