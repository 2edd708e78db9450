/* test-event-header.c: the events of a list of tickets, each once, with
 * its title, dates and venue; a header that follows the list, the events,
 * and the tickets it is told have moved
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-event-header.h"
#include "tickets-test-views.h"

static TicketsEvent *
new_event (const char *uid,
           const char *title,
           GDateTime  *start,
           GDateTime  *end,
           const char *venue,
           const char *city)
{
  TicketsEvent *event = tickets_event_new (uid);

  if (title != NULL)
    {
      g_autoptr(TicketsI18nText) text = tickets_i18n_text_new ();

      tickets_i18n_text_set (text, "en", title);
      tickets_event_set_title (event, text);
    }
  tickets_event_set_event_start (event, start);
  tickets_event_set_event_end (event, end);
  tickets_event_set_location_name (event, venue);
  tickets_event_set_location_city (event, city);

  return event;
}

static void
append_ticket (GListStore   *tickets,
               const char   *uid,
               TicketsEvent *event)
{
  g_autoptr(TicketsTicket) ticket = tickets_ticket_new (uid);

  tickets_ticket_set_event (ticket, event);
  g_list_store_append (tickets, ticket);
}

/* What the header shows: a line an event, its visible labels joined by " | ". */
static char *
dup_shown (GtkWidget *header)
{
  g_autoptr(GString) shown = g_string_new (NULL);

  if (!gtk_widget_get_visible (header))
    return g_strdup ("(hidden)");

  for (GtkWidget *event = gtk_widget_get_first_child (header);
       event != NULL;
       event = gtk_widget_get_next_sibling (event))
    {
      gboolean first = TRUE;

      for (GtkWidget *label = gtk_widget_get_first_child (event);
           label != NULL;
           label = gtk_widget_get_next_sibling (label))
        {
          if (!gtk_widget_get_visible (label))
            continue;
          g_string_append_printf (shown, "%s%s", first ? "" : " | ", gtk_label_get_label (GTK_LABEL (label)));
          first = FALSE;
        }
      g_string_append_c (shown, '\n');
    }

  return g_string_free (g_steal_pointer (&shown), FALSE);
}

static void
assert_shown (GtkWidget  *header,
              const char *expected)
{
  g_autofree char *shown = dup_shown (header);

  g_assert_cmpstr (shown, ==, expected);
}

static void
test_events (void)
{
  g_autoptr(GDateTime) start = g_date_time_new_local (2026, 7, 4, 14, 0, 0);
  g_autoptr(GDateTime) same_day = g_date_time_new_local (2026, 7, 4, 23, 0, 0);
  g_autoptr(GDateTime) next_day = g_date_time_new_local (2026, 7, 5, 2, 30, 0);
  TicketsEvent *festival = new_event ("festival", "Summer Sounds", start, same_day, "Ahoy", "Rotterdam");
  TicketsEvent *night = new_event ("night", NULL, start, next_day, NULL, "Utrecht");
  TicketsEvent *talk = new_event ("talk", "Talk", NULL, NULL, "Paradiso", NULL);
  GListStore *tickets = g_list_store_new (TICKETS_TYPE_TICKET);
  GtkWidget *header = g_object_ref_sink (tickets_event_header_new ());

  assert_shown (header, "(hidden)");

  append_ticket (tickets, "one", festival);
  append_ticket (tickets, "two", night);
  append_ticket (tickets, "three", festival);
  append_ticket (tickets, "four", NULL);
  append_ticket (tickets, "five", talk);
  tickets_event_header_set_tickets (TICKETS_EVENT_HEADER (header), G_LIST_MODEL (tickets));

  /* Each event once, in the order of its first ticket; an event without a
   * title is still an event; a ticket without one adds nothing. */
  assert_shown (header,
                "Summer Sounds | Saturday 4 July 2026, 14:00 – 23:00 | Ahoy, Rotterdam\n"
                "Event | Saturday 4 July 2026, 14:00 – Sunday 5 July 2026, 02:30 | Utrecht\n"
                "Talk | Paradiso\n");

  tickets_event_header_set_tickets (TICKETS_EVENT_HEADER (header), NULL);
  assert_shown (header, "(hidden)");

  g_assert_finalize_object (header);
  g_assert_finalize_object (tickets);
  g_assert_finalize_object (festival);
  g_assert_finalize_object (night);
  g_assert_finalize_object (talk);
}

static void
test_follows (void)
{
  g_autoptr(GDateTime) start = g_date_time_new_local (2026, 12, 15, 20, 0, 0);
  g_autoptr(TicketsI18nText) title = tickets_i18n_text_new ();
  TicketsEvent *concert = new_event ("concert", "Concert", start, NULL, "TivoliVredenburg", "Utrecht");
  TicketsEvent *encore = new_event ("encore", "Encore", NULL, NULL, NULL, NULL);
  GListStore *tickets = g_list_store_new (TICKETS_TYPE_TICKET);
  GtkWidget *header = g_object_ref_sink (tickets_event_header_new ());
  g_autoptr(TicketsTicket) first = NULL;

  append_ticket (tickets, "one", concert);
  tickets_event_header_set_tickets (TICKETS_EVENT_HEADER (header), G_LIST_MODEL (tickets));
  assert_shown (header, "Concert | Tuesday 15 December 2026, 20:00 | TivoliVredenburg, Utrecht\n");

  /* An event that changes. */
  tickets_i18n_text_set (title, "en", "Christmas Concert");
  tickets_event_set_title (concert, title);
  assert_shown (header, "Christmas Concert | Tuesday 15 December 2026, 20:00 | TivoliVredenburg, Utrecht\n");

  /* Tickets that come and go. */
  append_ticket (tickets, "two", encore);
  assert_shown (header,
                "Christmas Concert | Tuesday 15 December 2026, 20:00 | TivoliVredenburg, Utrecht\n"
                "Encore\n");

  /* A ticket that moves to another event: the list does not say so. */
  first = g_list_model_get_item (G_LIST_MODEL (tickets), 0);
  tickets_ticket_set_event (first, encore);
  tickets_event_header_update (TICKETS_EVENT_HEADER (header));
  assert_shown (header, "Encore\n");

  /* The event it left is no longer followed. */
  tickets_event_set_location_city (concert, "Amsterdam");
  assert_shown (header, "Encore\n");

  g_list_store_remove_all (tickets);
  assert_shown (header, "(hidden)");

  g_clear_object (&first);
  g_assert_finalize_object (header);
  g_assert_finalize_object (tickets);
  g_assert_finalize_object (concert);
  g_assert_finalize_object (encore);
}

int
main (int   argc,
      char *argv[])
{
  if (!tickets_test_views_init (&argc, &argv))
    return g_test_run ();

  g_test_add_func ("/event-header/events", test_events);
  g_test_add_func ("/event-header/follows", test_follows);

  return g_test_run ();
}
