/* test-personalization-form-view.c: the personalization form in a real
 * window: validation next to each field, the consumer it builds, the server's
 * refusals mapped onto fields, the state row, and the submit shortcut
 * (by keyboard and screen reader: test-personalization-form-view-keyboard.c;
 * what the fields show and fill: test-personalization-form-view-fields.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-error.h"
#include "tickets-test-form-view.h"

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

static const char *
get_banner_text (GtkWidget *banner)
{
  return gtk_label_get_text (GTK_LABEL (gtk_widget_get_last_child (banner)));
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

int
main (int   argc,
      char *argv[])
{
  tickets_test_allow_focus_out_warning ();
  if (!tickets_test_views_init (&argc, &argv))
    return g_test_run ();

#define ADD(path, func) \
  g_test_add ("/personalization-form-view/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("required-fields", test_required_fields);
  ADD ("malformed-values", test_malformed_values);
  ADD ("build-consumer", test_build_consumer);
  ADD ("taken-email", test_taken_email);
  ADD ("server-error", test_server_error);
  ADD ("state-row", test_state_row);
  ADD ("submit", test_submit);

#undef ADD

  return g_test_run ();
}
