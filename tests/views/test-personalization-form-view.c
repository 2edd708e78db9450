/* test-personalization-form-view.c: the personalization form in a real
 * window: validation next to each field, the consumer it builds, the server's
 * refusals mapped onto fields, the state row, and the submit shortcut
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "tickets-application.h"
#include "tickets-countries.h"
#include "tickets-error.h"
#include "tickets-personalization-form-view.h"
#include "tickets-test-views.h"
#include "tickets-window-private.h"

typedef struct
{
  GtkWindow                      *window;
  TicketsPersonalizationFormView *view;
  TicketsTicket                  *ticket;
  guint                           submitted;
  guint                           cancelled;
} Fixture;

static TicketsTicket *
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

static void
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

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  tickets_test_destroy_window (fixture->window, fixture->view);
  g_assert_finalize_object (fixture->ticket);
}

static const char *
get_banner_text (GtkWidget *banner)
{
  return gtk_label_get_text (GTK_LABEL (gtk_widget_get_last_child (banner)));
}

static void
select_country (Fixture    *fixture,
                const char *code)
{
  g_autofree char *name = tickets_countries_dup_display_name (code);

  g_assert_nonnull (name);
  tickets_test_choose (fixture->view, "Country", name);
}

static void
fill_valid (Fixture *fixture)
{
  tickets_test_fill_form (fixture->view, "Anna", "de Vries", "1990-04-27", "anna@example.org");
  select_country (fixture, "NL");
}

/* The label of the item chosen in the combo row @name, NULL for none. */
static const char *
get_chosen (gpointer    view,
            const char *name)
{
  GtkStringObject *item = adw_combo_row_get_selected_item (ADW_COMBO_ROW (tickets_test_get_control (view, name)));

  return item != NULL ? gtk_string_object_get_string (item) : NULL;
}

static gboolean
is_focus_in (Fixture    *fixture,
             const char *name)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  GtkWidget *row = tickets_test_get_row (fixture->view, name);

  return focus != NULL && (focus == row || gtk_widget_is_ancestor (focus, row));
}

/* The widgets Tab (or Shift+Tab) visits, as GtkWindow moves the focus,
 * from the first field round the window until it is back there. */
static GPtrArray *
walk_focus (Fixture          *fixture,
            GtkDirectionType  direction)
{
  GPtrArray *stops = g_ptr_array_new ();
  GtkWidget *start;

  tickets_personalization_form_view_focus_first_field (fixture->view);
  start = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_nonnull (start);
  g_ptr_array_add (stops, start);
  for (guint i = 0; i < 100; i++)
    {
      GtkWidget *focus;

      if (!gtk_widget_child_focus (GTK_WIDGET (fixture->window), direction))
        gtk_widget_child_focus (GTK_WIDGET (fixture->window), direction);
      focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
      if (focus == start)
        return stops;
      g_assert_nonnull (focus);
      g_ptr_array_add (stops, focus);
    }

  g_assert_not_reached ();
}

static void
assert_same_stops (GPtrArray *expected,
                   GPtrArray *stops)
{
  for (guint i = 0; i < MAX (expected->len, stops->len); i++)
    g_test_message ("%u: %s / %s", i,
                    i < expected->len ? G_OBJECT_TYPE_NAME (g_ptr_array_index (expected, i)) : "-",
                    i < stops->len ? G_OBJECT_TYPE_NAME (g_ptr_array_index (stops, i)) : "-");
  g_assert_cmpuint (stops->len, ==, expected->len);
  for (guint i = 0; i < expected->len; i++)
    g_assert_true (g_ptr_array_index (stops, i) == g_ptr_array_index (expected, i));
}

/* How many of @stops lie in @widget, @widget included. */
static guint
count_stops_in (GPtrArray *stops,
                GtkWidget *widget)
{
  guint n = 0;

  for (guint i = 0; i < stops->len; i++)
    {
      GtkWidget *stop = g_ptr_array_index (stops, i);

      n += stop == widget || gtk_widget_is_ancestor (stop, widget);
    }

  return n;
}

/* The messages under the fields are rows of the same list: once they show,
 * Tab must still visit every field, in the same order, both ways. */
static void
test_focus_order (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) forward = walk_focus (fixture, GTK_DIR_TAB_FORWARD);
  g_autoptr(GPtrArray) backward = walk_focus (fixture, GTK_DIR_TAB_BACKWARD);
  g_autoptr(GPtrArray) forward_after = NULL;
  g_autoptr(GPtrArray) backward_after = NULL;
  const char *fields[] = { "First name", "Last name", "Date of birth", "Gender", "Email", "Phone number", "Country" };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    g_assert_cmpuint (count_stops_in (forward, tickets_test_get_row (fixture->view, fields[i])), >=, 1);
  g_assert_cmpuint (backward->len, ==, forward->len);

  g_assert_false (tickets_personalization_form_view_validate (fixture->view));
  g_assert_nonnull (tickets_test_get_message (fixture->view, "Date of birth"));
  g_assert_nonnull (tickets_test_get_message (fixture->view, "Gender"));

  forward_after = walk_focus (fixture, GTK_DIR_TAB_FORWARD);
  backward_after = walk_focus (fixture, GTK_DIR_TAB_BACKWARD);
  assert_same_stops (forward, forward_after);
  assert_same_stops (backward, backward_after);

  /* Up from Gender goes past the date's message to the date, as the
   * arrows went before the messages showed. */
  gtk_widget_grab_focus (tickets_test_get_control (fixture->view, "Gender"));
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (fixture->window), GTK_DIR_UP));
  g_assert_true (is_focus_in (fixture, "Date of birth"));
}

/* Each check-box row is one Tab stop, the check that a screen reader reads
 * with its state; a click anywhere on the row still ticks it. */
static void
test_check_rows (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GPtrArray) stops = walk_focus (fixture, GTK_DIR_TAB_FORWARD);
  const char *names[] = { "Newsletter", "Offers from partners" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GtkWidget *check = tickets_test_get_control (fixture->view, names[i]);
      GtkWidget *row = gtk_widget_get_ancestor (check, GTK_TYPE_LIST_BOX_ROW);

      g_assert_true (GTK_IS_CHECK_BUTTON (check));
      g_assert_cmpuint (count_stops_in (stops, row), ==, 1);
      g_assert_cmpuint (count_stops_in (stops, check), ==, 1);

      g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
      g_signal_emit_by_name (row, "activate");
      g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
      g_signal_emit_by_name (row, "activate");
      g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
    }
}

/* An image that a screen reader would read as "GtkImage": neither named
 * nor hidden. */
static gboolean
is_unnamed_image (GtkWidget     *widget,
                  gconstpointer  data)
{
  g_autofree char *not_hidden = NULL;

  /* The open list's items come and go as it scrolls: GTK reads their
   * selection, not their check mark. */
  if (!GTK_IS_IMAGE (widget) || gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget)) != GTK_ACCESSIBLE_ROLE_IMG ||
      gtk_widget_get_ancestor (widget, GTK_TYPE_POPOVER) != NULL)
    return FALSE;
  /* NULL when the image is hidden. */
  not_hidden = gtk_test_accessible_check_state (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE);

  return not_hidden != NULL && !gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL);
}

static void
test_accessible_names (Fixture       *fixture,
                       gconstpointer  data)
{
  const char *fields[] = { "First name", "Last name", "Date of birth", "Gender", "Email", "Phone number", "Country" };

  /* The rows' own pencils and arrows are decoration, not "GtkImage". */
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      GtkWidget *image = tickets_test_find_widget (tickets_test_get_row (fixture->view, fields[i]), is_unnamed_image, NULL);

      if (image != NULL)
        g_test_message ("%s: %s", fields[i], gtk_image_get_icon_name (GTK_IMAGE (image)));
      g_assert_null (image);
    }

  const char *names[] = { "First name", "Last name", "Date of birth", "Gender", "Email",
                          "Phone number", "Country", "Choose the date of birth",
                          "Newsletter", "Offers from partners" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_assert_nonnull (tickets_test_find_control (fixture->view, names[i]));

  /* Not listed by the form, so not shown. */
  g_assert_null (tickets_test_find_control (fixture->view, "Address"));
  g_assert_null (tickets_test_find_control (fixture->view, "City"));

  gtk_test_accessible_assert_property (tickets_test_get_control (fixture->view, "First name"), GTK_ACCESSIBLE_PROPERTY_REQUIRED, TRUE);
  gtk_test_accessible_assert_property (tickets_test_get_control (fixture->view, "First name"), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "Required");
  gtk_test_accessible_assert_property (tickets_test_get_control (fixture->view, "Phone number"), GTK_ACCESSIBLE_PROPERTY_REQUIRED, FALSE);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (tickets_test_get_row (fixture->view, "First name"))), ==, "First name *");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (tickets_test_get_row (fixture->view, "Phone number"))), ==, "Phone number");
}

static void
test_required_fields (Fixture       *fixture,
                      gconstpointer  data)
{
  g_assert_null (tickets_test_get_message (fixture->view, "First name"));

  g_assert_false (tickets_personalization_form_view_validate (fixture->view));

  g_assert_cmpstr (tickets_test_get_message (fixture->view, "First name"), ==, "Enter the first name.");
  g_assert_cmpstr (tickets_test_get_message (fixture->view, "Last name"), ==, "Enter the last name.");
  g_assert_cmpstr (tickets_test_get_message (fixture->view, "Date of birth"), ==, "Enter the date of birth.");
  g_assert_cmpstr (tickets_test_get_message (fixture->view, "Gender"), ==, "Choose a gender.");
  g_assert_cmpstr (tickets_test_get_message (fixture->view, "Email"), ==, "Enter an email address.");
  g_assert_null (tickets_test_get_message (fixture->view, "Phone number"));
  g_assert_null (tickets_test_get_message (fixture->view, "Country"));

  g_assert_true (gtk_widget_has_css_class (tickets_test_get_row (fixture->view, "First name"), "error"));
  g_assert_false (gtk_widget_has_css_class (tickets_test_get_row (fixture->view, "Phone number"), "error"));
  gtk_test_accessible_assert_property (tickets_test_get_control (fixture->view, "Email"), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "Enter an email address.");
  gtk_test_accessible_assert_state (tickets_test_get_control (fixture->view, "Email"), GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE);
  g_assert_true (is_focus_in (fixture, "First name"));

  /* Fixing a field takes its message away as the person types. */
  tickets_test_set_text (fixture->view, "First name", "Anna");
  g_assert_null (tickets_test_get_message (fixture->view, "First name"));
  g_assert_false (gtk_widget_has_css_class (tickets_test_get_row (fixture->view, "First name"), "error"));
  g_assert_false (tickets_personalization_form_view_validate (fixture->view));
  g_assert_true (is_focus_in (fixture, "Last name"));
}

static void
test_malformed_values (Fixture       *fixture,
                       gconstpointer  data)
{
  const struct {
    const char *field;
    const char *text;
    const char *message;
  } cases[] = {
    { "Email", "anna@", "Enter an email address such as anna@example.org." },
    { "Email", "anna example.org", "Enter an email address such as anna@example.org." },
    { "Email", "anna@@example.org", "Enter an email address such as anna@example.org." },
    { "Email", "anna@example", "Enter an email address such as anna@example.org." },
    { "Date of birth", "1990-02-30", "That day does not exist: February 1990 has 28 days." },
    { "Date of birth", "27.04.1990", "Enter the date as YYYY-MM-DD, for example 1990-04-27." },
    { "Date of birth", "2999-01-01", "The date of birth cannot be in the future." },
    { "Date of birth", "1850-06-01", "The date of birth cannot be before 1900." },
    { "Phone number", "call me", "Enter a phone number such as +31 20 123 4567." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      fill_valid (fixture);
      g_assert_true (tickets_personalization_form_view_validate (fixture->view));

      tickets_test_set_text (fixture->view, cases[i].field, cases[i].text);
      g_assert_false (tickets_personalization_form_view_validate (fixture->view));
      g_assert_cmpstr (tickets_test_get_message (fixture->view, cases[i].field), ==, cases[i].message);
      g_assert_true (is_focus_in (fixture, cases[i].field));
    }
}

static void
test_build_consumer (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(TicketsConsumer) consumer = NULL;

  fill_valid (fixture);
  tickets_test_set_text (fixture->view, "Phone number", "+31 20 123 4567");
  g_assert_true (tickets_personalization_form_view_validate (fixture->view));
  g_assert_null (tickets_test_get_message (fixture->view, "Email"));

  consumer = tickets_personalization_form_view_build_consumer (fixture->view);
  g_assert_cmpstr (tickets_consumer_get_first_name (consumer), ==, "Anna");
  g_assert_cmpstr (tickets_consumer_get_last_name (consumer), ==, "de Vries");
  g_assert_cmpstr (tickets_consumer_get_date_of_birth (consumer), ==, "1990-04-27");
  g_assert_cmpint (tickets_consumer_get_gender (consumer), ==, 2);
  g_assert_cmpstr (tickets_consumer_get_email (consumer), ==, "anna@example.org");
  g_assert_cmpstr (tickets_consumer_get_phone_number (consumer), ==, "+31 20 123 4567");
  g_assert_cmpstr (tickets_consumer_get_country (consumer), ==, "NL");
  g_assert_cmpstr (tickets_consumer_get_state (consumer), ==, "");
  g_assert_cmpstr (tickets_consumer_get_address (consumer), ==, "");
  /* No language field: the holder gets the UI's language (English here). */
  g_assert_cmpstr (tickets_consumer_get_language (consumer), ==, "en");

  /* Each box is its own flag. */
  g_assert_cmpint (tickets_personalization_form_view_get_consent (fixture->view), ==, TICKETS_CONSENT_NONE);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (tickets_test_get_control (fixture->view, "Newsletter")), TRUE);
  g_assert_cmpint (tickets_personalization_form_view_get_consent (fixture->view), ==, TICKETS_CONSENT_NEWSLETTER);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (tickets_test_get_control (fixture->view, "Offers from partners")), TRUE);
  g_assert_cmpint (tickets_personalization_form_view_get_consent (fixture->view), ==, TICKETS_CONSENT_ALL);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (tickets_test_get_control (fixture->view, "Newsletter")), FALSE);
  g_assert_cmpint (tickets_personalization_form_view_get_consent (fixture->view), ==, TICKETS_CONSENT_PARTNERS);
}

static void
test_taken_email (Fixture       *fixture,
                  gconstpointer  data)
{
  const char *taken[] = { "bob@example.org", "ANNA@example.org", NULL };

  fill_valid (fixture);
  g_assert_null (tickets_test_get_message (fixture->view, "Email"));

  tickets_personalization_form_view_set_taken_emails (fixture->view, taken);
  g_assert_cmpstr (tickets_test_get_message (fixture->view, "Email"), ==,
                   "Another ticket of this order already uses this address, and each ticket of this product needs its own.");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (tickets_test_get_message_label (fixture->view, "Email")), "warning"));
  /* A warning: the server has the last word. */
  g_assert_true (tickets_personalization_form_view_validate (fixture->view));

  tickets_test_set_text (fixture->view, "Email", "anna@example.com");
  g_assert_null (tickets_test_get_message (fixture->view, "Email"));
}

static GError *
create_error (const char *body)
{
  g_autoptr(GBytes) bytes = g_bytes_new (body, strlen (body));

  return tickets_api_error_from_response (400, "application/json", bytes);
}

static void
test_server_error (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) field_error = create_error ("{\"logref\":\"x\",\"message\":\"Invalid data\",\"type\":\"BAD_REQUEST\","
                                                "\"details\":{\"email\":[\"This address is already used for this product.\"]}}");
  g_autoptr(GError) closed = create_error ("{\"logref\":\"y\",\"message\":\"The personalization period has closed.\","
                                           "\"type\":\"TICKET_ERROR\",\"details\":null}");
  g_autoptr(GError) other_field = create_error ("{\"logref\":\"z\",\"message\":\"Invalid data\",\"type\":\"BAD_REQUEST\","
                                                "\"details\":{\"city\":[\"Unknown city.\"]}}");
  GtkWidget *banner;

  g_assert_true (g_error_matches (field_error, TICKETS_API_ERROR, TICKETS_API_ERROR_BAD_REQUEST));

  fill_valid (fixture);
  tickets_test_set_text (fixture->view, "Phone number", "+31 6 1234 5678");
  banner = tickets_test_find_control (fixture->view, "Error");
  g_assert_nonnull (banner);
  g_assert_false (gtk_widget_is_visible (banner));

  tickets_personalization_form_view_show_error (fixture->view, field_error);
  g_assert_cmpstr (tickets_test_get_message (fixture->view, "Email"), ==, "This address is already used for this product.");
  g_assert_true (gtk_widget_has_css_class (tickets_test_get_row (fixture->view, "Email"), "error"));
  g_assert_null (tickets_test_get_message (fixture->view, "First name"));
  g_assert_true (is_focus_in (fixture, "Email"));
  g_assert_true (gtk_widget_is_visible (banner));

  /* Everything typed is still there. */
  g_assert_cmpstr (tickets_test_get_text (fixture->view, "First name"), ==, "Anna");
  g_assert_cmpstr (tickets_test_get_text (fixture->view, "Last name"), ==, "de Vries");
  g_assert_cmpstr (tickets_test_get_text (fixture->view, "Date of birth"), ==, "1990-04-27");
  g_assert_cmpstr (tickets_test_get_text (fixture->view, "Email"), ==, "anna@example.org");
  g_assert_cmpstr (tickets_test_get_text (fixture->view, "Phone number"), ==, "+31 6 1234 5678");
  g_assert_cmpstr (get_chosen (fixture->view, "Gender"), ==, "Female");
  {
    g_autoptr(TicketsConsumer) consumer = tickets_personalization_form_view_build_consumer (fixture->view);

    g_assert_cmpstr (tickets_consumer_get_country (consumer), ==, "NL");
  }

  /* Changing the address takes the server's message about it away. */
  tickets_test_set_text (fixture->view, "Email", "anna@example.com");
  g_assert_null (tickets_test_get_message (fixture->view, "Email"));

  /* No field in particular: the server's message at the top. */
  tickets_personalization_form_view_show_error (fixture->view, closed);
  g_assert_true (gtk_widget_is_visible (banner));
  g_assert_cmpstr (get_banner_text (banner), ==,
                   "The personalization period has closed.");
  g_assert_null (tickets_test_get_message (fixture->view, "Email"));
  g_assert_cmpstr (tickets_test_get_text (fixture->view, "Email"), ==, "anna@example.com");

  /* A field the form does not show: named at the top. */
  tickets_personalization_form_view_show_error (fixture->view, other_field);
  g_assert_cmpstr (get_banner_text (banner), ==, "City: Unknown city.");

  tickets_personalization_form_view_show_error (fixture->view, NULL);
  g_assert_false (gtk_widget_is_visible (banner));
}

/* Runs the main loop until the form has been submitted @n times; fails
 * after 10 s. */
static void
wait_submitted (Fixture *fixture,
                guint    n)
{
  gint64 deadline = tickets_test_deadline (10);

  while (fixture->submitted < n)
    tickets_test_iterate (deadline);
}

/* Whether @widget is a button for the action named @data. */
static gboolean
is_action_button (GtkWidget     *widget,
                  gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), data) == 0;
}

/* A save makes the form insensitive, which leaves nothing focused: after a
 * failure the focus goes back where it was, or to the first field the
 * server refused, so that typing and Ctrl+Enter work again. */
static void
test_focus_after_failure (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) dropped = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CONNECTION_CLOSED, "Connection terminated unexpectedly");
  g_autoptr(GError) server_error = create_error ("{\"logref\":\"x\",\"message\":\"Internal server error\","
                                                 "\"type\":\"INTERNAL_SERVER_ERROR\",\"details\":null}");
  g_autoptr(GError) field_error = create_error ("{\"logref\":\"x\",\"message\":\"Invalid data\",\"type\":\"BAD_REQUEST\","
                                                "\"details\":{\"email\":[\"This address is already used for this product.\"]}}");
  GError *failures[] = { dropped, server_error };
  GtkRoot *root = GTK_ROOT (fixture->window);
  GtkWidget *save;
  GtkWidget *cancel;

  fill_valid (fixture);

  /* Dropped, or a 500: back where the person was. */
  for (guint i = 0; i < G_N_ELEMENTS (failures); i++)
    {
      gtk_widget_grab_focus (tickets_test_get_control (fixture->view, "Last name"));
      tickets_personalization_form_view_set_busy (fixture->view, TRUE);
      g_assert_false (is_focus_in (fixture, "Last name"));
      tickets_personalization_form_view_set_busy (fixture->view, FALSE);
      tickets_personalization_form_view_show_error (fixture->view, failures[i]);
      g_assert_true (is_focus_in (fixture, "Last name"));
    }

  /* From the Save button too, which the busy form disables. */
  save = tickets_test_find_widget (fixture->view, is_action_button, "form.submit");
  g_assert_nonnull (save);
  gtk_widget_grab_focus (save);
  tickets_personalization_form_view_set_busy (fixture->view, TRUE);
  tickets_personalization_form_view_set_busy (fixture->view, FALSE);
  g_assert_true (gtk_root_get_focus (root) == save);

  /* A refused field takes the focus, whether the error comes before or
   * after the form is back. */
  gtk_widget_grab_focus (tickets_test_get_control (fixture->view, "Last name"));
  tickets_personalization_form_view_set_busy (fixture->view, TRUE);
  tickets_personalization_form_view_set_busy (fixture->view, FALSE);
  tickets_personalization_form_view_show_error (fixture->view, field_error);
  g_assert_true (is_focus_in (fixture, "Email"));

  gtk_widget_grab_focus (tickets_test_get_control (fixture->view, "Last name"));
  tickets_personalization_form_view_set_busy (fixture->view, TRUE);
  tickets_personalization_form_view_show_error (fixture->view, field_error);
  tickets_personalization_form_view_set_busy (fixture->view, FALSE);
  g_assert_true (is_focus_in (fixture, "Email"));

  /* Someone who moved on meanwhile (to Cancel, which a save leaves
   * sensitive) keeps their place. */
  cancel = tickets_test_find_widget (fixture->view, is_action_button, "form.cancel");
  gtk_widget_grab_focus (tickets_test_get_control (fixture->view, "Last name"));
  tickets_personalization_form_view_set_busy (fixture->view, TRUE);
  g_assert_true (gtk_widget_grab_focus (cancel));
  tickets_personalization_form_view_set_busy (fixture->view, FALSE);
  g_assert_true (gtk_root_get_focus (root) == cancel);

  /* And a real Ctrl+Enter saves again. */
  gtk_widget_grab_focus (tickets_test_get_control (fixture->view, "Last name"));
  tickets_personalization_form_view_set_busy (fixture->view, TRUE);
  tickets_personalization_form_view_set_busy (fixture->view, FALSE);
  tickets_personalization_form_view_show_error (fixture->view, dropped);
  if (!tickets_test_press_keys (fixture->window, "ctrl+Return"))
    {
      g_test_skip ("no X display or no xdotool to press Ctrl+Enter");
      return;
    }
  wait_submitted (fixture, 1);
  g_assert_cmpuint (fixture->submitted, ==, 1);
}

static gboolean
is_drop_down (GtkWidget     *widget,
              gconstpointer  data)
{
  return GTK_IS_DROP_DOWN (widget);
}

static gboolean
is_popover (GtkWidget     *widget,
            gconstpointer  data)
{
  return GTK_IS_POPOVER (widget);
}

static gboolean
is_toggle_button (GtkWidget     *widget,
                  gconstpointer  data)
{
  return GTK_IS_TOGGLE_BUTTON (widget);
}

/* Gender and Country are the same kind of picker, a combo row named as its
 * field (no inner button a screen reader would call "GtkToggleButton"),
 * and typing on either chooses at once. */
static void
test_pickers (Fixture       *fixture,
              gconstpointer  data)
{
  GtkWidget *gender = tickets_test_get_control (fixture->view, "Gender");
  GtkWidget *country = tickets_test_get_control (fixture->view, "Country");
  g_autofree char *netherlands = tickets_countries_dup_display_name ("NL");
  g_autofree char *germany = tickets_countries_dup_display_name ("DE");
  g_autofree char *ivory_coast = tickets_countries_dup_display_name ("CI");

  g_assert_true (ADW_IS_COMBO_ROW (gender));
  g_assert_true (G_OBJECT_TYPE (country) == G_OBJECT_TYPE (gender));
  g_assert_true (tickets_test_get_row (fixture->view, "Country") == country);
  g_assert_null (tickets_test_find_widget (fixture->view, is_drop_down, NULL));
  g_assert_null (tickets_test_find_widget (country, is_toggle_button, NULL));
  gtk_test_accessible_assert_property (country, GTK_ACCESSIBLE_PROPERTY_LABEL, "Country");
  /* Its open list too, not "GtkListView". */
  g_assert_nonnull (tickets_test_find_named (country, GTK_TYPE_LIST_VIEW, "Country"));
  g_assert_nonnull (tickets_test_find_named (gender, GTK_TYPE_LIST_VIEW, "Gender"));
  g_assert_null (get_chosen (fixture->view, "Country"));

  gtk_widget_grab_focus (country);
  if (!tickets_test_press_keys (fixture->window, "n e t h"))
    {
      g_test_skip ("no X display or no xdotool to type");
      return;
    }
  g_assert_cmpstr (get_chosen (fixture->view, "Country"), ==, netherlands);
  /* No name goes on with "g": a new search from it. */
  g_assert_true (tickets_test_press_keys (fixture->window, "g e r"));
  g_assert_cmpstr (get_chosen (fixture->view, "Country"), ==, germany);
  /* Without accents, in any case. */
  gtk_widget_grab_focus (gender);
  gtk_widget_grab_focus (country);
  g_assert_true (tickets_test_press_keys (fixture->window, "c o t e"));
  g_assert_cmpstr (get_chosen (fixture->view, "Country"), ==, ivory_coast);

  /* In the open list too, which has the keyboard to itself. */
  {
    g_autofree char *france = tickets_countries_dup_display_name ("FR");
    GtkWidget *popover = NULL;
    gint64 deadline = tickets_test_deadline (10);

    g_signal_emit_by_name (country, "activate");
    for (GtkWidget *w = gtk_widget_get_first_child (country); w != NULL && popover == NULL; )
      {
        popover = tickets_test_find_widget (w, is_popover, NULL);
        w = gtk_widget_get_next_sibling (w);
      }
    g_assert_nonnull (popover);
    while (!gtk_widget_get_mapped (popover))
      tickets_test_iterate (deadline);
    g_assert_true (tickets_test_press_keys (fixture->window, "f r a"));
    g_assert_cmpstr (get_chosen (fixture->view, "Country"), ==, france);
    gtk_popover_popdown (GTK_POPOVER (popover));
  }

  gtk_widget_grab_focus (gender);
  g_assert_true (tickets_test_press_keys (fixture->window, "o"));
  g_assert_cmpstr (get_chosen (fixture->view, "Gender"), ==, "Other");
  g_assert_true (tickets_test_press_keys (fixture->window, "f"));
  g_assert_cmpstr (get_chosen (fixture->view, "Gender"), ==, "Female");
}

static void
test_state_row (Fixture       *fixture,
                gconstpointer  data)
{
  const struct {
    const char *country;
    gboolean    shown;
  } cases[] = {
    { "NL", FALSE }, { "US", TRUE }, { "DE", FALSE }, { "BR", TRUE }, { "CA", FALSE },
  };
  GtkWidget *state_row = tickets_test_get_row (fixture->view, "State");

  g_assert_false (gtk_widget_is_visible (state_row));
  /* Not required by the form, but by the docs wherever it is asked for. */
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (state_row)), ==, "State *");
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      select_country (fixture, cases[i].country);
      g_assert_cmpint (gtk_widget_is_visible (state_row), ==, cases[i].shown);
    }

  fill_valid (fixture);
  select_country (fixture, "US");
  g_assert_false (tickets_personalization_form_view_validate (fixture->view));
  g_assert_cmpstr (tickets_test_get_message (fixture->view, "State"), ==, "Enter the state.");
  g_assert_true (is_focus_in (fixture, "State"));

  tickets_test_set_text (fixture->view, "State", "BR-SP");
  g_assert_cmpstr (tickets_test_get_message (fixture->view, "State"), ==, "Enter the state as a code such as US-CA.");

  tickets_test_set_text (fixture->view, "State", "ca");
  g_assert_true (tickets_personalization_form_view_validate (fixture->view));
  {
    g_autoptr(TicketsConsumer) consumer = tickets_personalization_form_view_build_consumer (fixture->view);

    g_assert_cmpstr (tickets_consumer_get_country (consumer), ==, "US");
    g_assert_cmpstr (tickets_consumer_get_state (consumer), ==, "US-CA");
  }

  /* Hidden again, the state is neither checked nor sent. */
  select_country (fixture, "NL");
  g_assert_null (tickets_test_get_message (fixture->view, "State"));
  g_assert_true (tickets_personalization_form_view_validate (fixture->view));
  {
    g_autoptr(TicketsConsumer) consumer = tickets_personalization_form_view_build_consumer (fixture->view);

    g_assert_cmpstr (tickets_consumer_get_state (consumer), ==, "");
  }
}

/* The view's own shortcut for @accelerator, activated as GTK would. */
static void
activate_shortcut (Fixture    *fixture,
                   const char *accelerator,
                   const char *action_name)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (fixture->view));
  g_autoptr(GtkShortcutTrigger) wanted = gtk_shortcut_trigger_parse_string (accelerator);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted) &&
              GTK_IS_NAMED_ACTION (action) &&
              g_str_equal (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)), action_name))
            {
              g_assert_true (gtk_shortcut_action_activate (action, 0, GTK_WIDGET (fixture->view), NULL));
              return;
            }
        }
    }

  g_assert_not_reached ();
}

static void
test_submit (Fixture       *fixture,
             gconstpointer  data)
{
  activate_shortcut (fixture, "<Control>Return", "form.submit");
  g_assert_cmpuint (fixture->submitted, ==, 0);
  g_assert_cmpstr (tickets_test_get_message (fixture->view, "First name"), ==, "Enter the first name.");

  fill_valid (fixture);
  activate_shortcut (fixture, "<Control>Return", "form.submit");
  g_assert_cmpuint (fixture->submitted, ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "form.submit", NULL));
  g_assert_cmpuint (fixture->submitted, ==, 2);

  tickets_test_set_text (fixture->view, "Email", "anna@");
  activate_shortcut (fixture, "<Control>KP_Enter", "form.submit");
  g_assert_cmpuint (fixture->submitted, ==, 2);
  tickets_test_set_text (fixture->view, "Email", "anna@example.org");

  /* While a submission runs, or while the window is closed, nothing is sent. */
  tickets_personalization_form_view_set_busy (fixture->view, TRUE);
  g_assert_true (gtk_widget_is_visible (tickets_test_find_control (fixture->view, "Saving")));
  g_assert_false (gtk_widget_is_sensitive (tickets_test_get_control (fixture->view, "First name")));
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "form.submit", NULL);
  g_assert_cmpuint (fixture->submitted, ==, 2);
  tickets_personalization_form_view_set_busy (fixture->view, FALSE);
  g_assert_true (gtk_widget_is_sensitive (tickets_test_get_control (fixture->view, "First name")));

  tickets_personalization_form_view_set_locked_reason (fixture->view, "The personalization window closed on 1 May.");
  tickets_personalization_form_view_set_editable (fixture->view, FALSE);
  g_assert_false (gtk_widget_is_sensitive (tickets_test_get_control (fixture->view, "First name")));
  g_assert_true (gtk_widget_is_visible (tickets_test_find_label (fixture->view, "The personalization window closed on 1 May.")));
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "form.submit", NULL);
  g_assert_cmpuint (fixture->submitted, ==, 2);
  tickets_personalization_form_view_set_editable (fixture->view, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "form.submit", NULL);
  g_assert_cmpuint (fixture->submitted, ==, 3);

  activate_shortcut (fixture, "Escape", "form.cancel");
  g_assert_cmpuint (fixture->cancelled, ==, 1);
  g_assert_cmpuint (fixture->submitted, ==, 3);
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

/* Runs the main loop until @n POSTs to /personalization have arrived and
 * the form is no longer saving; fails after 10 s. */
static void
wait_saved_or_failed (TicketsTestSandbox             *sandbox,
                      TicketsPersonalizationFormView *form,
                      guint                           n)
{
  gint64 deadline = tickets_test_deadline (10);

  do
    tickets_test_iterate (deadline);
  while (tickets_test_sandbox_count (sandbox, "POST", "/personalization") < n ||
         tickets_personalization_form_view_get_busy (form));
}

/* The whole way, in the window over a sandbox that drops the connection
 * or answers 500: the form is back with the focus where it was, and a real
 * Ctrl+Enter saves again; a refused field takes the focus. */
static void
test_failure_in_window (void)
{
  TicketsTestSandbox *sandbox = tickets_test_sandbox_start ();
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(TicketsApplication) app = tickets_test_app_new (sandbox, &settings);
  g_autoptr(TicketsAuth) auth = tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, "demo-order-token");
  TicketsWindow *window = tickets_window_new (GTK_APPLICATION (app), tickets_application_get_session (app), settings);
  TicketsStore *store = tickets_session_get_store (tickets_application_get_session (app));
  const TicketsSandboxFault faults[] = { TICKETS_SANDBOX_FAULT_DROP, TICKETS_SANDBOX_FAULT_SERVER_ERROR };
  TicketsPersonalizationFormView *form = tickets_window_get_form_view (window);
  TicketsTicket *ticket;
  GtkWidget *focus;
  guint n_posts = 0;

  tickets_test_sandbox_record (sandbox);
  tickets_test_present (GTK_WINDOW (window));
  tickets_window_open_order (window, TICKETS_TEST_OR_DEMO, auth);
  tickets_test_wait_for_page (window, "order");
  ticket = tickets_store_lookup_ticket (store, TICKETS_TEST_TK_DEMO_1);
  g_signal_emit_by_name (tickets_window_get_order_view (window), "ticket-activated", ticket);
  tickets_test_wait_for_page (window, "form");
  tickets_test_fill_form (form, "Sanne", "Bakker", "1994-03-08", "sanne.bakker@example.org");

  for (guint i = 0; i < G_N_ELEMENTS (faults); i++)
    {
      gtk_widget_grab_focus (tickets_test_get_control (form, "Last name"));
      tickets_test_sandbox_fail_next (sandbox, 1, faults[i], 0);
      if (!tickets_test_press_keys (GTK_WINDOW (window), "ctrl+Return"))
        {
          g_test_skip ("no X display or no xdotool to press Ctrl+Enter");
          break;
        }
      wait_saved_or_failed (sandbox, form, ++n_posts);
      g_assert_cmpstr (tickets_window_get_page_name (window), ==, "form");
      g_assert_false (tickets_ticket_get_personalized (ticket));
      focus = gtk_root_get_focus (GTK_ROOT (window));
      g_assert_nonnull (focus);
      g_assert_true (gtk_widget_is_ancestor (focus, tickets_test_get_row (form, "Last name")));
    }

  if (!g_test_failed () && n_posts == G_N_ELEMENTS (faults))
    {
      g_assert_true (tickets_test_press_keys (GTK_WINDOW (window), "ctrl+Return"));
      tickets_test_wait_for_page (window, "order");
      g_assert_true (tickets_ticket_get_personalized (ticket));

      /* Anna's address is taken: the server refuses the email field. */
      ticket = tickets_store_lookup_ticket (store, TICKETS_TEST_TK_DEMO_2);
      g_signal_emit_by_name (tickets_window_get_order_view (window), "ticket-activated", ticket);
      tickets_test_wait_for_page (window, "form");
      tickets_test_fill_form (form, "Joost", "Bakker", "1994-03-08", "anna.devries@example.org");
      gtk_widget_grab_focus (tickets_test_get_control (form, "First name"));
      g_assert_true (tickets_test_press_keys (GTK_WINDOW (window), "ctrl+Return"));
      wait_saved_or_failed (sandbox, form, n_posts + 2);
      g_assert_cmpstr (tickets_window_get_page_name (window), ==, "form");
      g_assert_nonnull (tickets_test_get_message (form, "Email"));
      focus = gtk_root_get_focus (GTK_ROOT (window));
      g_assert_nonnull (focus);
      g_assert_true (gtk_widget_is_ancestor (focus, tickets_test_get_row (form, "Email")));
    }

  tickets_test_close_window (window);
  g_clear_object (&app);
  tickets_test_sandbox_stop (sandbox);
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

int
main (int   argc,
      char *argv[])
{
  tickets_test_allow_focus_out_warning ();
  if (!tickets_test_views_init (&argc, &argv))
    return g_test_run ();

#define ADD(path, func) \
  g_test_add ("/personalization-form-view/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("accessible-names", test_accessible_names);
  ADD ("focus-order", test_focus_order);
  ADD ("check-rows", test_check_rows);
  ADD ("focus-after-failure", test_focus_after_failure);
  ADD ("pickers", test_pickers);
  ADD ("ticket-header", test_ticket_header);
  g_test_add_func ("/personalization-form-view/date-in-locale-order", test_date_in_locale_order);
  ADD ("required-fields", test_required_fields);
  ADD ("malformed-values", test_malformed_values);
  ADD ("build-consumer", test_build_consumer);
  ADD ("taken-email", test_taken_email);
  ADD ("server-error", test_server_error);
  ADD ("state-row", test_state_row);
  ADD ("submit", test_submit);
  ADD ("copy-from", test_copy_from);
  ADD ("calendar", test_calendar);
  ADD ("form-changes", test_form_changes);
  g_test_add_func ("/personalization-form-view/default-form", test_default_form);
  g_test_add_func ("/personalization-form-view/gender-choices", test_gender_choices);
  g_test_add_func ("/personalization-form-view/failure-in-window", test_failure_in_window);

#undef ADD

  return g_test_run ();
}
