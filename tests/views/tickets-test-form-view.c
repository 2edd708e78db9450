/* tickets-test-form-view.c: what the tests of the personalization form
 * share: a form on a ticket in a window of its own, and filling and
 * reading its fields
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-countries.h"
#include "tickets-error.h"
#include "tickets-test-form-view.h"

static void
on_submit (TicketsPersonalizationFormView *view,
           Fixture                        *fixture)
{
  fixture->submitted++;
}

static void
on_cancel (TicketsPersonalizationFormView *view,
           Fixture                        *fixture)
{
  fixture->cancelled++;
}

TicketsTicket *
create_ticket (void)
{
  TicketsTicket *ticket = tickets_ticket_new ("ticket-1");
  g_autoptr(TicketsPersonalizationForm) form = tickets_personalization_form_new ();

  tickets_personalization_form_add_field (form, "first_name", TRUE, FALSE);
  tickets_personalization_form_add_field (form, "last_name", TRUE, FALSE);
  tickets_personalization_form_add_field (form, "date_of_birth", TRUE, FALSE);
  tickets_personalization_form_add_field (form, "gender", TRUE, FALSE);
  tickets_personalization_form_add_field (form, "email", TRUE, TRUE);
  tickets_personalization_form_add_field (form, "phone_number", FALSE, FALSE);
  tickets_personalization_form_add_field (form, "country", FALSE, FALSE);
  tickets_personalization_form_add_field (form, "state", FALSE, FALSE);
  tickets_ticket_set_personalization_form (ticket, form);

  return ticket;
}

void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->ticket = create_ticket ();
  fixture->view = g_object_ref_sink (TICKETS_PERSONALIZATION_FORM_VIEW (tickets_personalization_form_view_new ()));
  tickets_personalization_form_view_set_ticket (fixture->view, fixture->ticket);
  g_signal_connect (fixture->view, "submit", G_CALLBACK (on_submit), fixture);
  g_signal_connect (fixture->view, "cancel", G_CALLBACK (on_cancel), fixture);
  fixture->window = tickets_test_window_new (GTK_WIDGET (fixture->view), 480, 800);
}

void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  tickets_test_destroy_window (fixture->window, fixture->view);
  g_assert_finalize_object (fixture->ticket);
}

void
select_country (Fixture    *fixture,
                const char *code)
{
  g_autofree char *name = tickets_countries_dup_display_name (code);

  g_assert_nonnull (name);
  tickets_test_choose (fixture->view, "Country", name);
}

void
fill_valid (Fixture *fixture)
{
  tickets_test_fill_form (fixture->view, "Anna", "de Vries", "1990-04-27", "anna@example.org");
  select_country (fixture, "NL");
}

/* The label of the item chosen in the combo row @name, NULL for none. */
const char *
get_chosen (gpointer    view,
            const char *name)
{
  GtkStringObject *item = adw_combo_row_get_selected_item (ADW_COMBO_ROW (tickets_test_get_control (view, name)));

  return item != NULL ? gtk_string_object_get_string (item) : NULL;
}

gboolean
is_focus_in (Fixture    *fixture,
             const char *name)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  GtkWidget *row = tickets_test_get_row (fixture->view, name);

  return focus != NULL && (focus == row || gtk_widget_is_ancestor (focus, row));
}

GError *
create_error (const char *body)
{
  g_autoptr(GBytes) bytes = g_bytes_new (body, strlen (body));

  return tickets_api_error_from_response (400, "application/json", bytes);
}
