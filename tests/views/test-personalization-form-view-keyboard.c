/* test-personalization-form-view-keyboard.c: the personalization form by
 * keyboard and screen reader: the Tab stops, the names read, the pickers
 * typed on, and the focus back in place after a failed save, in a real
 * window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-countries.h"
#include "tickets-test-form-view.h"
#include "tickets-window-private.h"

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

/* The whole way, in the window, with real keys: over a sandbox that drops
 * the connection the change is kept and sent by itself; a refused field
 * takes the focus. */
static void
test_failure_in_window (void)
{
  TicketsTestSandbox *sandbox = tickets_test_sandbox_start ();
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(TicketsApplication) app = tickets_test_app_new (sandbox, &settings);
  g_autoptr(TicketsAuth) auth = tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, "demo-order-token");
  TicketsWindow *window = tickets_window_new (GTK_APPLICATION (app), tickets_application_get_session (app), settings);
  TicketsStore *store = tickets_session_get_store (tickets_application_get_session (app));
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

  /* The connection drops: the change is kept in the outbox, the form
   * closes, and the outbox sends it by itself once it has read the ticket
   * back and found it not applied. */
  gtk_widget_grab_focus (tickets_test_get_control (form, "Last name"));
  tickets_test_sandbox_fail_next (sandbox, 1, TICKETS_SANDBOX_FAULT_DROP, 0);
  if (!tickets_test_press_keys (GTK_WINDOW (window), "ctrl+Return"))
    g_test_skip ("no X display or no xdotool to press Ctrl+Enter");
  else
    {
      gint64 deadline = tickets_test_deadline (10);

      tickets_test_wait_for_page (window, "order");
      while (tickets_store_get_n_unsent (store) > 0)
        tickets_test_iterate (deadline);
      g_assert_true (tickets_ticket_get_personalized (ticket));
      n_posts = 2;
      g_assert_cmpuint (tickets_test_sandbox_count (sandbox, "POST", "/personalization"), ==, n_posts);

      /* Anna's address is taken: the server refuses the email field. */
      ticket = tickets_store_lookup_ticket (store, TICKETS_TEST_TK_DEMO_2);
      g_signal_emit_by_name (tickets_window_get_order_view (window), "ticket-activated", ticket);
      tickets_test_wait_for_page (window, "form");
      tickets_test_fill_form (form, "Joost", "Bakker", "1994-03-08", "anna.devries@example.org");
      gtk_widget_grab_focus (tickets_test_get_control (form, "First name"));
      g_assert_true (tickets_test_press_keys (GTK_WINDOW (window), "ctrl+Return"));
      wait_saved_or_failed (sandbox, form, n_posts + 1);
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
  g_test_add_func ("/personalization-form-view/failure-in-window", test_failure_in_window);

#undef ADD

  return g_test_run ();
}
