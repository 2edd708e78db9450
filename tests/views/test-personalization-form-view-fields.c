/* test-personalization-form-view-fields.c: what the personalization form
 * shows and fills: the ticket it names, the date of birth in the locale's
 * order and from the calendar, the gender choices, copying a holder, and
 * the fields following the ticket's form
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "tickets-test-form-view.h"

static TicketsI18nText *
new_text (const char *english)
{
  TicketsI18nText *text = tickets_i18n_text_new ();

  tickets_i18n_text_set (text, "en", english);

  return text;
}

/* The form says which ticket it names: event, product, subproduct, seat
 * and barcode, shown as the server wrote them (never as markup). */
static void
test_ticket_header (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(TicketsProduct) product = tickets_product_new ("product-1");
  g_autoptr(TicketsEvent) event = tickets_event_new ("event-1");
  g_autoptr(TicketsSeating) seating = tickets_seating_new ();
  g_autoptr(TicketsI18nText) product_name = new_text ("Weekend <b>ticket</b> & more");
  g_autoptr(TicketsI18nText) subproduct = new_text ("Early bird <i>");
  g_autoptr(TicketsI18nText) title = new_text ("Rock & <Roll> Festival");
  g_autoptr(TicketsI18nText) other_name = new_text ("Grandstand seat");
  g_autoptr(TicketsProduct) other = tickets_product_new ("product-2");
  GtkWidget *label;

  /* Nothing known yet: no more than the word ticket. */
  g_assert_nonnull (tickets_test_find_label (fixture->view, "Ticket"));
  g_assert_null (tickets_test_find_label (fixture->view, "Barcode 8663092874786"));

  tickets_product_set_name (product, product_name);
  tickets_event_set_title (event, title);
  tickets_seating_set_section (seating, "North");
  tickets_seating_set_row (seating, "F");
  tickets_seating_set_seat (seating, "12");
  tickets_ticket_set_event (fixture->ticket, event);
  tickets_ticket_set_product (fixture->ticket, product);
  tickets_ticket_set_subproduct (fixture->ticket, subproduct);
  tickets_ticket_set_seating (fixture->ticket, seating);
  tickets_ticket_set_code (fixture->ticket, "8663092874786");

  label = tickets_test_find_label (fixture->view, "Weekend <b>ticket</b> & more");
  g_assert_nonnull (label);
  g_assert_false (gtk_label_get_use_markup (GTK_LABEL (label)));
  g_assert_true (gtk_widget_is_visible (label));
  g_assert_nonnull (tickets_test_find_label (fixture->view, "Early bird <i>"));
  g_assert_nonnull (tickets_test_find_label (fixture->view, "Section North · Row F · Seat 12"));
  g_assert_nonnull (tickets_test_find_label (fixture->view, "Barcode 8663092874786"));
  label = tickets_test_find_label (fixture->view, "Rock & <Roll> Festival");
  g_assert_nonnull (label);
  g_assert_false (gtk_label_get_use_markup (GTK_LABEL (label)));
  g_assert_true (gtk_widget_is_visible (label));

  /* It follows the ticket. */
  tickets_product_set_name (other, other_name);
  tickets_ticket_set_product (fixture->ticket, other);
  g_assert_nonnull (tickets_test_find_label (fixture->view, "Grandstand seat"));
  g_assert_null (tickets_test_find_label (fixture->view, "Weekend <b>ticket</b> & more"));
}

/* In a Dutch locale the date of birth is typed and shown day first, and
 * still sent as YYYY-MM-DD. */
static void
test_date_in_locale_order (void)
{
  g_autoptr(TicketsTicket) ticket = create_ticket ();
  g_autoptr(TicketsConsumer) holder = tickets_consumer_new ();
  g_autoptr(TicketsConsumer) consumer = NULL;
  g_autofree char *previous = g_strdup (setlocale (LC_TIME, NULL));
  TicketsPersonalizationFormView *view;
  GtkWindow *window;

  if (setlocale (LC_TIME, "nl_NL.UTF-8") == NULL)
    {
      g_test_skip ("the nl_NL.UTF-8 locale is not installed");
      return;
    }

  view = g_object_ref_sink (TICKETS_PERSONALIZATION_FORM_VIEW (tickets_personalization_form_view_new ()));
  tickets_personalization_form_view_set_ticket (view, ticket);
  window = tickets_test_window_new (GTK_WIDGET (view), 480, 800);

  /* The hint follows the locale's order and separator. */
  g_assert_nonnull (tickets_test_find_label (view, "DD-MM-YYYY"));

  tickets_consumer_set_date_of_birth (holder, "1994-03-08");
  tickets_personalization_form_view_fill_from_consumer (view, holder);
  g_assert_cmpstr (tickets_test_get_text (view, "Date of birth"), ==, "08-03-1994");

  tickets_test_fill_form (view, "Anna", "de Vries", "27-4-1990", "anna@example.org");
  g_assert_true (tickets_personalization_form_view_validate (view));
  consumer = tickets_personalization_form_view_build_consumer (view);
  g_assert_cmpstr (tickets_consumer_get_date_of_birth (consumer), ==, "1990-04-27");

  /* Month first is no date here: 04-27 has no month 27. */
  tickets_test_set_text (view, "Date of birth", "04-27-1990");
  g_assert_false (tickets_personalization_form_view_validate (view));
  g_assert_cmpstr (tickets_test_get_message (view, "Date of birth"), ==,
                   "There is no month 27. Check the day and the month.");
  /* A day the month lacks, typed in the locale's order. */
  tickets_test_set_text (view, "Date of birth", "30-02-1990");
  g_assert_false (tickets_personalization_form_view_validate (view));
  /* The month's name comes from LC_TIME, here Dutch. */
  g_assert_true (g_str_has_prefix (tickets_test_get_message (view, "Date of birth"), "That day does not exist: "));
  tickets_test_set_text (view, "Date of birth", "27-04-90");
  g_assert_false (tickets_personalization_form_view_validate (view));
  g_assert_cmpstr (tickets_test_get_message (view, "Date of birth"), ==,
                   "Enter the date as DD-MM-YYYY, for example 27-04-1990.");

  tickets_test_destroy_window (window, view);
  setlocale (LC_TIME, previous);
}

static void
test_calendar (Fixture       *fixture,
               gconstpointer  data)
{
  GtkWidget *button = tickets_test_get_control (fixture->view, "Choose the date of birth");
  GtkCalendar *calendar = GTK_CALENDAR (tickets_test_get_control (fixture->view, "Calendar"));
  GtkWidget *hint = tickets_test_find_label (fixture->view, "YYYY-MM-DD");
  g_autoptr(GDateTime) other_month = g_date_time_new_local (1990, 5, 3, 0, 0, 0);
  g_autoptr(GDateTime) day = g_date_time_new_local (1990, 5, 12, 0, 0, 0);
  g_autoptr(GDateTime) shown = NULL;

  g_assert_nonnull (hint);
  g_assert_true (gtk_widget_is_visible (hint));
  tickets_test_set_text (fixture->view, "Date of birth", "1990-04-27");
  g_assert_false (gtk_widget_is_visible (hint));

  /* It opens on the date typed. */
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  shown = gtk_calendar_get_date (calendar);
  g_assert_cmpint (g_date_time_get_year (shown), ==, 1990);
  g_assert_cmpint (g_date_time_get_month (shown), ==, 4);
  g_assert_cmpint (g_date_time_get_day_of_month (shown), ==, 27);

  /* Browsing to another month is not an answer; a day picked in it is. */
  gtk_calendar_select_day (calendar, other_month);
  g_assert_cmpstr (tickets_test_get_text (fixture->view, "Date of birth"), ==, "1990-04-27");
  gtk_calendar_select_day (calendar, day);
  g_assert_cmpstr (tickets_test_get_text (fixture->view, "Date of birth"), ==, "1990-05-12");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)))));
}

static void
test_copy_from (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(TicketsConsumer) buyer = tickets_consumer_new ();
  g_autoptr(TicketsConsumer) friend = tickets_consumer_new ();
  g_autoptr(GListStore) others = g_list_store_new (TICKETS_TYPE_CONSUMER);
  GtkWidget *copy_button = tickets_test_find_control (fixture->view, "Copy from");

  g_assert_nonnull (copy_button);
  g_assert_false (gtk_widget_is_visible (copy_button));

  tickets_consumer_set_first_name (buyer, "Bert");
  tickets_consumer_set_last_name (buyer, "Buyer");
  tickets_consumer_set_email (buyer, "bert@example.org");
  tickets_consumer_set_first_name (friend, "Fiona");
  tickets_consumer_set_last_name (friend, "Friend");
  tickets_consumer_set_gender (friend, TICKETS_GENDER_OTHER);
  tickets_consumer_set_country (friend, "BR");
  tickets_consumer_set_state (friend, "BR-SP");
  g_list_store_append (others, friend);

  tickets_test_set_text (fixture->view, "Date of birth", "1980-01-01");
  tickets_personalization_form_view_set_copy_sources (fixture->view, buyer, G_LIST_MODEL (others));
  g_assert_true (gtk_widget_is_visible (copy_button));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "form.copy-buyer", NULL));
  g_assert_cmpstr (tickets_test_get_text (fixture->view, "First name"), ==, "Bert");
  g_assert_cmpstr (tickets_test_get_text (fixture->view, "Email"), ==, "bert@example.org");
  /* The buyer has no date of birth: the one typed stays. */
  g_assert_cmpstr (tickets_test_get_text (fixture->view, "Date of birth"), ==, "1980-01-01");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "form.copy-ticket", "u", 0));
  g_assert_cmpstr (tickets_test_get_text (fixture->view, "First name"), ==, "Fiona");
  g_assert_cmpstr (tickets_test_get_text (fixture->view, "Last name"), ==, "Friend");
  g_assert_cmpstr (get_chosen (fixture->view, "Gender"), ==, "Other");
  g_assert_true (gtk_widget_is_visible (tickets_test_get_row (fixture->view, "State")));
  g_assert_cmpstr (tickets_test_get_text (fixture->view, "State"), ==, "BR-SP");
}

static void
test_form_changes (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(TicketsPersonalizationForm) form = tickets_personalization_form_new ();

  tickets_test_set_text (fixture->view, "First name", "Anna");
  tickets_test_set_text (fixture->view, "Email", "anna@example.org");
  g_assert_null (tickets_test_find_control (fixture->view, "City"));

  /* The ticket is refreshed in place with another form. */
  tickets_personalization_form_add_field (form, "email", TRUE, FALSE);
  tickets_personalization_form_add_field (form, "first_name", TRUE, FALSE);
  tickets_personalization_form_add_field (form, "city", FALSE, FALSE);
  tickets_personalization_form_add_field (form, "shoe_size", TRUE, FALSE);
  tickets_ticket_set_personalization_form (fixture->ticket, form);

  g_assert_cmpstr (tickets_test_get_text (fixture->view, "First name"), ==, "Anna");
  g_assert_cmpstr (tickets_test_get_text (fixture->view, "Email"), ==, "anna@example.org");
  g_assert_nonnull (tickets_test_find_control (fixture->view, "City"));
  g_assert_null (tickets_test_find_control (fixture->view, "Last name"));
  g_assert_null (tickets_test_find_control (fixture->view, "Gender"));
  /* In the form's order: email first. */
  g_assert_true (gtk_widget_get_prev_sibling (tickets_test_get_row (fixture->view, "Email")) == NULL);

  /* A field the app does not know is a plain text field, still required. */
  g_assert_false (tickets_personalization_form_view_validate (fixture->view));
  g_assert_cmpstr (tickets_test_get_message (fixture->view, "Shoe size"), ==, "This field is required.");
  g_assert_true (is_focus_in (fixture, "Shoe size"));
  tickets_test_set_text (fixture->view, "Shoe size", "42");
  g_assert_true (tickets_personalization_form_view_validate (fixture->view));
}

static void
test_default_form (void)
{
  g_autoptr(TicketsTicket) ticket = tickets_ticket_new ("no-form");
  g_autoptr(TicketsConsumer) holder = tickets_consumer_new ();
  TicketsPersonalizationFormView *view = g_object_ref_sink (TICKETS_PERSONALIZATION_FORM_VIEW (tickets_personalization_form_view_new ()));
  GtkWindow *window;
  GtkWidget *first_name;

  tickets_consumer_set_first_name (holder, "Hanna");
  tickets_ticket_set_consumer (ticket, holder);
  tickets_personalization_form_view_set_ticket (view, ticket);
  window = tickets_test_window_new (GTK_WIDGET (view), -1, -1);

  first_name = tickets_test_find_control (view, "First name");
  g_assert_nonnull (first_name);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (first_name)), ==, "Hanna");
  g_assert_nonnull (tickets_test_find_control (view, "Last name"));
  g_assert_nonnull (tickets_test_find_control (view, "Email"));
  g_assert_null (tickets_test_find_control (view, "Gender"));
  g_assert_null (tickets_test_find_control (view, "Date of birth"));
  g_assert_false (tickets_personalization_form_view_validate (view));

  tickets_test_destroy_window (window, view);
}

/* The gender a form with @required gender sends for each choice it offers:
 * exactly the values the rule accepts, each once. */
static void
assert_gender_choices (gboolean            required,
                       const char * const *labels)
{
  g_autoptr(TicketsTicket) ticket = tickets_ticket_new ("gender");
  g_autoptr(TicketsPersonalizationForm) form = tickets_personalization_form_new ();
  TicketsPersonalizationFormView *view = g_object_ref_sink (TICKETS_PERSONALIZATION_FORM_VIEW (tickets_personalization_form_view_new ()));
  const TicketsGender all[] = { TICKETS_GENDER_UNKNOWN, TICKETS_GENDER_MALE, TICKETS_GENDER_FEMALE, TICKETS_GENDER_OTHER };
  g_autoptr(GArray) sent = g_array_new (FALSE, FALSE, sizeof (TicketsGender));
  GtkWindow *window;
  AdwComboRow *row;
  GListModel *model;
  guint n_accepted = 0;

  tickets_personalization_form_add_field (form, "gender", required, FALSE);
  tickets_ticket_set_personalization_form (ticket, form);
  tickets_personalization_form_view_set_ticket (view, ticket);
  window = tickets_test_window_new (GTK_WIDGET (view), -1, -1);
  row = ADW_COMBO_ROW (tickets_test_get_control (view, "Gender"));
  model = adw_combo_row_get_model (row);

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, g_strv_length ((char **) labels));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);
      g_autoptr(TicketsConsumer) consumer = NULL;
      TicketsGender gender;

      g_assert_cmpstr (gtk_string_object_get_string (item), ==, labels[i]);
      adw_combo_row_set_selected (row, i);
      g_assert_true (tickets_personalization_form_view_validate (view));
      consumer = tickets_personalization_form_view_build_consumer (view);
      gender = tickets_consumer_get_gender (consumer);
      g_assert_true (tickets_gender_is_accepted (gender, required));
      for (guint j = 0; j < sent->len; j++)
        g_assert_cmpint (g_array_index (sent, TicketsGender, j), !=, gender);
      g_array_append_val (sent, gender);
    }
  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    n_accepted += tickets_gender_is_accepted (all[i], required);
  g_assert_cmpuint (sent->len, ==, n_accepted);

  tickets_test_destroy_window (window, view);
}

/* Unknown answers nothing: a required gender does not offer it, so the
 * server never refuses a choice the form offered. */
static void
test_gender_choices (void)
{
  const char *required[] = { "Male", "Female", "Other", NULL };
  const char *optional[] = { "Unknown", "Male", "Female", "Other", NULL };

  assert_gender_choices (TRUE, required);
  assert_gender_choices (FALSE, optional);
}

int
main (int   argc,
      char *argv[])
{
  tickets_test_allow_focus_out_warning ();
  if (!tickets_test_views_init (&argc, &argv))
    return g_test_run ();

#define ADD(path, func) \
  g_test_add ("/personalization-form-view/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("ticket-header", test_ticket_header);
  g_test_add_func ("/personalization-form-view/date-in-locale-order", test_date_in_locale_order);
  ADD ("copy-from", test_copy_from);
  ADD ("calendar", test_calendar);
  ADD ("form-changes", test_form_changes);
  g_test_add_func ("/personalization-form-view/default-form", test_default_form);
  g_test_add_func ("/personalization-form-view/gender-choices", test_gender_choices);

#undef ADD

  return g_test_run ();
}
