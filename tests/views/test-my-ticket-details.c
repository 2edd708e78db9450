/* test-my-ticket-details.c: one ticket of My tickets in full, following
 * the ticket from the list's short form to its full details
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tickets-my-ticket-details-private.h"
#include "tickets-parse.h"
#include "tickets-test-views.h"

#define UID "0123456789abcdef0123456789abcdef"
#define ETICKET "https://shopping-api.paylogic.com/download/eticket/a-token"

/* The list's short form of a ticket: no code, no holder, no e-ticket. */
static const char listed[] =
  "{ \"_links\": { \"self\": { \"href\": \"https://shopping-api.paylogic.com/tickets/" UID "\" } },"
  "  \"uid\": \"" UID "\", \"status\": \"valid\", \"is_scanned\": false }";

/* The same ticket in full, scanned at the gate. */
static const char full[] =
  "{ \"_links\": { \"self\": { \"href\": \"https://shopping-api.paylogic.com/tickets/" UID "\" },"
  "                \"shop:eticket\": { \"href\": \"" ETICKET "\" } },"
  "  \"uid\": \"" UID "\", \"status\": \"valid\", \"is_scanned\": true, \"code\": \"4006381333931\","
  "  \"consumer\": { \"first_name\": \"Ada\", \"last_name\": \"Lovelace\", \"email\": \"ada@example.org\" } }";

static TicketsTicket *
parse (const char *json)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, strlen (json));
  g_autoptr(GError) error = NULL;
  TicketsTicket *ticket = tickets_parse_ticket (bytes, &error);

  g_assert_no_error (error);

  return ticket;
}

static void
on_open_eticket (TicketsMyTicketDetails *details,
                 const char             *uri,
                 GPtrArray              *opened)
{
  g_ptr_array_add (opened, g_strdup (uri));
}

/* Until the full ticket comes the details say so, and the e-ticket waits
 * for it or says why it cannot come; then they show what it brings. */
static void
test_follows (void)
{
  TicketsMyTicketDetails *details = g_object_ref_sink (TICKETS_MY_TICKET_DETAILS (tickets_my_ticket_details_new ()));
  GtkWindow *window = tickets_test_window_new (GTK_WIDGET (details), 600, 800);
  g_autoptr(GHashTable) failures = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GPtrArray) opened = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(TicketsTicket) ticket = parse (listed);
  g_autoptr(TicketsTicket) loaded = parse (full);

  g_signal_connect (details, "open-eticket", G_CALLBACK (on_open_eticket), opened);
  tickets_my_ticket_details_set_failures (details, failures);
  tickets_my_ticket_details_set_ticket (details, ticket);
  g_assert_true (tickets_my_ticket_details_get_ticket (details) == ticket);

  g_assert_cmpstr (tickets_my_ticket_details_get_text (details, "status"), ==, "Valid");
  g_assert_cmpstr (tickets_my_ticket_details_get_text (details, "holder"), ==, "Loading");
  g_assert_null (tickets_my_ticket_details_get_text (details, "code"));
  g_assert_null (tickets_my_ticket_details_get_text (details, "email"));
  g_assert_cmpstr (tickets_my_ticket_details_get_eticket_text (details), ==, "Checking for an e-ticket…");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (tickets_my_ticket_details_get_eticket_button (details))));

  /* The list's failure to load it is said once the ticket changes. */
  g_hash_table_insert (failures, g_strdup (UID), g_strdup ("The server had a problem."));
  tickets_my_ticket_details_set_failures (details, failures);
  g_assert_cmpstr (tickets_my_ticket_details_get_eticket_text (details), ==,
                   "Cannot check for an e-ticket: The server had a problem.");
  g_hash_table_remove_all (failures);

  /* The store merges the full ticket into the one shown. */
  tickets_resource_merge (TICKETS_RESOURCE (ticket), TICKETS_RESOURCE (loaded));
  g_assert_cmpstr (tickets_my_ticket_details_get_text (details, "status"), ==, "Scanned");
  g_assert_cmpstr (tickets_my_ticket_details_get_text (details, "code"), ==, "4006381333931");
  g_assert_cmpstr (tickets_my_ticket_details_get_text (details, "holder"), ==, "Ada Lovelace");
  g_assert_cmpstr (tickets_my_ticket_details_get_text (details, "email"), ==, "ada@example.org");
  g_assert_null (tickets_my_ticket_details_get_eticket_text (details));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (tickets_my_ticket_details_get_eticket_button (details))));

  g_signal_emit_by_name (tickets_my_ticket_details_get_eticket_button (details), "clicked");
  g_assert_cmpuint (opened->len, ==, 1);
  g_assert_cmpstr (opened->pdata[0], ==, ETICKET);

  /* The keyboard lands inside the details. */
  tickets_test_run_frames ();
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (details)));
  g_assert_nonnull (gtk_window_get_focus (window));
  g_assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (window), GTK_WIDGET (details)));

  /* No ticket: the details let go of the last one. */
  tickets_my_ticket_details_set_ticket (details, NULL);
  g_assert_null (tickets_my_ticket_details_get_ticket (details));
  g_object_notify (G_OBJECT (ticket), "status");

  tickets_test_destroy_window (window, details);
}

int
main (int   argc,
      char *argv[])
{
  if (!tickets_test_views_init (&argc, &argv))
    return g_test_run ();

  g_test_add_func ("/my-ticket-details/follows", test_follows);

  return g_test_run ();
}
