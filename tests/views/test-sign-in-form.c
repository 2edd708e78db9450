/* test-sign-in-form.c: the welcome's ways of signing in, what each needs,
 * where Enter goes, and where a refusal is shown
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tickets-auth-private.h"
#include "tickets-error.h"
#include "tickets-sign-in-form.h"
#include "tickets-test-views.h"

typedef struct
{
  GtkWindow         *window;
  TicketsSignInForm *form;
  guint              completes;
  guint              kinds;
  guint              activations;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->form = g_object_ref_sink (g_object_new (TICKETS_TYPE_SIGN_IN_FORM, NULL));
  tickets_test_count_signal (fixture->form, "notify::complete", &fixture->completes);
  tickets_test_count_signal (fixture->form, "notify::sign-in-kind", &fixture->kinds);
  tickets_test_count_signal (fixture->form, "secret-activated", &fixture->activations);
  fixture->window = tickets_test_window_new (GTK_WIDGET (fixture->form), 600, -1);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  tickets_test_destroy_window (fixture->window, fixture->form);
}

static void
type (Fixture    *fixture,
      const char *field,
      const char *text)
{
  gtk_editable_set_text (tickets_sign_in_form_get_entry (fixture->form, field), text);
}

static const char *
typed (Fixture    *fixture,
       const char *field)
{
  return gtk_editable_get_text (tickets_sign_in_form_get_entry (fixture->form, field));
}

static void
press_enter (Fixture    *fixture,
             const char *field)
{
  g_signal_emit_by_name (tickets_sign_in_form_get_entry (fixture->form, field), "entry-activated");
}

static gboolean
has_focus (Fixture    *fixture,
           const char *field)
{
  GtkWidget *focus = gtk_window_get_focus (fixture->window);

  return focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (tickets_sign_in_form_get_entry (fixture->form, field)));
}

static gboolean
is_shown (Fixture    *fixture,
          const char *field)
{
  return gtk_widget_is_drawable (GTK_WIDGET (tickets_sign_in_form_get_entry (fixture->form, field)));
}

static char *
dup_header_value (TicketsConnection *connection)
{
  g_autoptr(TicketsAuth) auth = tickets_connection_dup_auth (connection);

  return g_strdup (tickets_auth_get_header_value (auth));
}

/* Each way shows its own fields, and is complete once they are usable;
 * what was typed for one way stays while another is chosen. */
static void
test_complete (Fixture       *fixture,
               gconstpointer  data)
{
  g_assert_cmpint (tickets_sign_in_form_get_sign_in_kind (fixture->form), ==, TICKETS_SIGN_IN_ORDER);
  g_assert_false (tickets_sign_in_form_get_complete (fixture->form));
  tickets_test_run_frames ();
  g_assert_true (is_shown (fixture, "order-link"));
  g_assert_false (is_shown (fixture, "cognito-token"));

  type (fixture, "order-link", "/orders/0123456789abcdef0123456789abcdef");
  type (fixture, "order-token", " \n");
  g_assert_false (tickets_sign_in_form_get_complete (fixture->form));
  type (fixture, "order-token", "an-order-token");
  g_assert_true (tickets_sign_in_form_get_complete (fixture->form));
  g_assert_cmpuint (fixture->completes, ==, 1);

  tickets_sign_in_form_set_sign_in_kind (fixture->form, TICKETS_SIGN_IN_COGNITO);
  g_assert_cmpuint (fixture->kinds, ==, 1);
  g_assert_false (tickets_sign_in_form_get_complete (fixture->form));
  g_assert_cmpuint (fixture->completes, ==, 2);
  tickets_test_run_frames ();
  g_assert_false (is_shown (fixture, "order-link"));
  g_assert_true (is_shown (fixture, "cognito-token"));
  type (fixture, "cognito-token", "a-cognito-token");
  g_assert_true (tickets_sign_in_form_get_complete (fixture->form));

  tickets_sign_in_form_set_sign_in_kind (fixture->form, TICKETS_SIGN_IN_STAFF);
  type (fixture, "staff-password", "a-password");
  type (fixture, "staff-user", "box:office");
  g_assert_false (tickets_sign_in_form_get_complete (fixture->form));
  g_assert_nonnull (strstr (tickets_sign_in_form_get_message (fixture->form, "staff-user"), "colon"));
  type (fixture, "staff-user", "boxoffice");
  g_assert_null (tickets_sign_in_form_get_message (fixture->form, "staff-user"));
  g_assert_true (tickets_sign_in_form_get_complete (fixture->form));

  tickets_sign_in_form_set_sign_in_kind (fixture->form, TICKETS_SIGN_IN_REQUEST);
  type (fixture, "request-token", "a-request-token");
  type (fixture, "request-link", "/orders/0123456789abcdef0123456789abcdef");
  g_assert_false (tickets_sign_in_form_get_complete (fixture->form));
  type (fixture, "request-link", "/personalization-requests/0123456789abcdef0123456789abcdef");
  g_assert_true (tickets_sign_in_form_get_complete (fixture->form));

  tickets_sign_in_form_set_sign_in_kind (fixture->form, TICKETS_SIGN_IN_ORDER);
  g_assert_cmpstr (typed (fixture, "order-token"), ==, "an-order-token");
  g_assert_true (tickets_sign_in_form_get_complete (fixture->form));
}

/* Enter in a link judges it and goes on to the token; Enter in the token
 * asks to sign in. */
static void
test_enter (Fixture       *fixture,
            gconstpointer  data)
{
  type (fixture, "order-link", "https://");
  g_assert_null (tickets_sign_in_form_get_message (fixture->form, "order-link"));
  press_enter (fixture, "order-link");
  g_assert_nonnull (strstr (tickets_sign_in_form_get_message (fixture->form, "order-link"), "/orders/"));
  g_assert_true (has_focus (fixture, "order-token"));
  g_assert_cmpuint (fixture->activations, ==, 0);

  /* Typing again takes the message away until the link is done again. */
  type (fixture, "order-link", "https://shopping-api.paylogic.com/orders/0123456789abcdef0123456789abcdef");
  g_assert_null (tickets_sign_in_form_get_message (fixture->form, "order-link"));

  press_enter (fixture, "order-token");
  g_assert_cmpuint (fixture->activations, ==, 1);

  /* A Cognito token is both the first field and the last. */
  tickets_sign_in_form_set_sign_in_kind (fixture->form, TICKETS_SIGN_IN_COGNITO);
  tickets_sign_in_form_focus_first (fixture->form);
  g_assert_true (has_focus (fixture, "cognito-token"));
  press_enter (fixture, "cognito-token");
  g_assert_cmpuint (fixture->activations, ==, 2);

  /* Typing starts at the first empty field. */
  tickets_sign_in_form_set_sign_in_kind (fixture->form, TICKETS_SIGN_IN_STAFF);
  tickets_sign_in_form_focus_first_empty (fixture->form);
  g_assert_true (has_focus (fixture, "staff-user"));
  type (fixture, "staff-user", "boxoffice");
  tickets_sign_in_form_focus_first_empty (fixture->form);
  g_assert_true (has_focus (fixture, "staff-password"));
}

/* A refusal goes next to what it is about, focused; the rest is not the
 * form's to show. */
static void
test_show_error (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) refused = g_error_new_literal (TICKETS_API_ERROR, TICKETS_API_ERROR_UNAUTHORIZED, "Not you.");
  g_autoptr(GError) not_found = g_error_new_literal (TICKETS_API_ERROR, TICKETS_API_ERROR_NOT_FOUND, "Nothing here.");
  g_autoptr(GError) other = g_error_new_literal (TICKETS_API_ERROR, TICKETS_API_ERROR_SERVER_ERROR, "Oops.");

  type (fixture, "order-link", "/orders/0123456789abcdef0123456789abcdef");
  type (fixture, "order-token", "not-the-token");

  g_assert_true (tickets_sign_in_form_show_error (fixture->form, refused));
  g_assert_nonnull (strstr (tickets_sign_in_form_get_message (fixture->form, "order-token"),
                            "did not accept this token"));
  g_assert_null (tickets_sign_in_form_get_message (fixture->form, "order-link"));
  g_assert_true (has_focus (fixture, "order-token"));

  g_assert_false (tickets_sign_in_form_show_error (fixture->form, NULL));
  g_assert_null (tickets_sign_in_form_get_message (fixture->form, "order-token"));

  g_assert_true (tickets_sign_in_form_show_error (fixture->form, not_found));
  g_assert_nonnull (strstr (tickets_sign_in_form_get_message (fixture->form, "order-link"), "nothing at this link"));
  g_assert_true (has_focus (fixture, "order-link"));
  /* Editing the link takes the server's word away. */
  type (fixture, "order-link", "/orders/fedcba9876543210fedcba9876543210");
  g_assert_null (tickets_sign_in_form_get_message (fixture->form, "order-link"));

  g_assert_false (tickets_sign_in_form_show_error (fixture->form, other));

  /* A Cognito token has no link to be wrong; a staff account's refusal
   * is about the user name and password. */
  tickets_sign_in_form_set_sign_in_kind (fixture->form, TICKETS_SIGN_IN_COGNITO);
  g_assert_false (tickets_sign_in_form_show_error (fixture->form, not_found));
  tickets_sign_in_form_set_sign_in_kind (fixture->form, TICKETS_SIGN_IN_STAFF);
  g_assert_true (tickets_sign_in_form_show_error (fixture->form, refused));
  g_assert_nonnull (strstr (tickets_sign_in_form_get_message (fixture->form, "staff-password"),
                            "user name and password"));

  /* Nothing typed was taken away. */
  g_assert_cmpstr (typed (fixture, "order-token"), ==, "not-the-token");
}

/* The connection has what was typed: links without the white space a paste
 * brings, as the store takes them, and secrets as typed. */
static void
test_connection (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(TicketsConnection) order = NULL;
  g_autoptr(TicketsConnection) staff = NULL;
  g_autofree char *order_header = NULL;
  g_autofree char *staff_header = NULL;

  type (fixture, "order-link", " https://tickets.example.org/api/orders/0123456789abcdef0123456789abcdef\n");
  type (fixture, "order-token", "an-order-token\n");
  order = tickets_sign_in_form_new_connection (fixture->form, TICKETS_SERVER_CUSTOM, "https://tickets.example.org/api");
  g_assert_cmpint (tickets_connection_get_server_kind (order), ==, TICKETS_SERVER_CUSTOM);
  g_assert_cmpstr (tickets_connection_get_server (order), ==, "https://tickets.example.org/api");
  g_assert_cmpint (tickets_connection_get_sign_in_kind (order), ==, TICKETS_SIGN_IN_ORDER);
  g_assert_cmpstr (tickets_connection_get_resource (order), ==,
                   "https://tickets.example.org/api/orders/0123456789abcdef0123456789abcdef");
  order_header = dup_header_value (order);
  g_assert_cmpstr (order_header, ==, "an-order-token");

  tickets_sign_in_form_set_sign_in_kind (fixture->form, TICKETS_SIGN_IN_STAFF);
  type (fixture, "staff-user", " boxoffice ");
  type (fixture, "staff-password", " boxoffice-demo");
  staff = tickets_sign_in_form_new_connection (fixture->form, TICKETS_SERVER_PAYLOGIC, NULL);
  g_assert_cmpstr (tickets_connection_get_user (staff), ==, "boxoffice");
  g_assert_null (tickets_connection_get_resource (staff));
  staff_header = dup_header_value (staff);
  /* base64 ("boxoffice: boxoffice-demo") */
  g_assert_cmpstr (staff_header, ==, "Basic Ym94b2ZmaWNlOiBib3hvZmZpY2UtZGVtbw==");
}

/* A remembered sign-in comes back but for its secret, which can be
 * cleared from every way at once. */
static void
test_fill (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(TicketsConnection) connection = NULL;

  type (fixture, "order-token", "an-order-token");
  type (fixture, "cognito-token", "a-cognito-token");
  connection = tickets_connection_new (TICKETS_SERVER_DEMO, NULL, TICKETS_SIGN_IN_REQUEST,
                                       "0123456789abcdef0123456789abcdef", NULL, "a-request-token");
  tickets_sign_in_form_fill (fixture->form, connection);
  g_assert_cmpint (tickets_sign_in_form_get_sign_in_kind (fixture->form), ==, TICKETS_SIGN_IN_REQUEST);
  g_assert_cmpstr (typed (fixture, "request-link"), ==, "0123456789abcdef0123456789abcdef");
  g_assert_cmpstr (typed (fixture, "request-token"), ==, "");
  g_assert_false (tickets_sign_in_form_get_complete (fixture->form));

  type (fixture, "request-token", "a-request-token");
  g_assert_true (tickets_sign_in_form_get_complete (fixture->form));
  tickets_sign_in_form_clear_secrets (fixture->form);
  g_assert_cmpstr (typed (fixture, "request-token"), ==, "");
  g_assert_cmpstr (typed (fixture, "order-token"), ==, "");
  g_assert_cmpstr (typed (fixture, "cognito-token"), ==, "");
  g_assert_cmpstr (typed (fixture, "request-link"), ==, "0123456789abcdef0123456789abcdef");
  g_assert_false (tickets_sign_in_form_get_complete (fixture->form));
}

static void
collect_descriptions (GtkWidget *widget,
                      GString   *text)
{
  /* The description is set as markup; libadwaita 1.2 gives back the text
   * its label shows, which is what the user reads. */
  if (ADW_IS_PREFERENCES_GROUP (widget) && adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (widget)))
    g_string_append_printf (text, "%s\n", adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (widget)));

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_descriptions (child, text);
}

/* On the demo server the staff fields say which account to use, shown as
 * typed (the description is markup, the account is not); elsewhere they
 * don't. */
static void
test_demo_staff (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GString) shown = g_string_new (NULL);

  tickets_sign_in_form_set_demo_staff (fixture->form, "box<b>office", "pass&word");
  collect_descriptions (GTK_WIDGET (fixture->form), shown);
  g_assert_nonnull (strstr (shown->str, "“box<b>office” with the password “pass&word”"));

  g_string_truncate (shown, 0);
  tickets_sign_in_form_set_demo_staff (fixture->form, NULL, NULL);
  collect_descriptions (GTK_WIDGET (fixture->form), shown);
  g_assert_null (strstr (shown->str, "box<b>office"));
  g_assert_nonnull (strstr (shown->str, "The box-office account of the ticket shop."));
}

int
main (int   argc,
      char *argv[])
{
  tickets_test_allow_focus_out_warning ();
  if (!tickets_test_views_init (&argc, &argv))
    return g_test_run ();

#define ADD(path, func) \
  g_test_add ("/sign-in-form/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("complete", test_complete);
  ADD ("enter", test_enter);
  ADD ("show-error", test_show_error);
  ADD ("connection", test_connection);
  ADD ("fill", test_fill);
  ADD ("demo-staff", test_demo_staff);

  return g_test_run ();
}
