/* test-consent.c: what a ticket holder agreed to, from the boxes to the wire
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The real application and window over a sandbox of each test's own, which
 * records what arrives. Each of the four combinations of the two boxes goes
 * through each way of naming a ticket (one form, several at once, a
 * friend's request), and the POST /personalization the sandbox received
 * must carry exactly what was ticked. Consent is personal: every new form
 * starts unticked, Copy From never ticks anything, and a named ticket says
 * what was agreed to, or that it is not known.
 */

#include "config.h"

#include <string.h>

#include "tickets-application.h"
#include "tickets-batch-view-private.h"
#include "tickets-test-views.h"
#include "tickets-window-private.h"

/* One application for the program (it is exported on the session bus
 * once); each test points it at a fresh sandbox, so tickets named by one
 * test are unnamed again for the next. */
static TicketsApplication *app;
static GSettings *settings;

typedef struct
{
  TicketsTestSandbox *sandbox;
  TicketsWindow      *window;
} Fixture;

typedef struct
{
  const char     *name;
  TicketsConsent  consent;
} Combination;

static const Combination combinations[] = {
  { "none", TICKETS_CONSENT_NONE },
  { "newsletter", TICKETS_CONSENT_NEWSLETTER },
  { "partners", TICKETS_CONSENT_PARTNERS },
  { "both", TICKETS_CONSENT_NEWSLETTER | TICKETS_CONSENT_PARTNERS },
};

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->sandbox = tickets_test_sandbox_start ();
  tickets_session_connect (tickets_application_get_session (app), TICKETS_SERVER_CUSTOM,
                           tickets_test_sandbox_get_base (fixture->sandbox), &error);
  g_assert_no_error (error);
  tickets_test_sandbox_record (fixture->sandbox);

  fixture->window = tickets_test_app_window_new (app, settings);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  tickets_test_close_window (fixture->window);
  tickets_test_sandbox_stop (fixture->sandbox);
}

static TicketsStore *
get_store (void)
{
  return tickets_session_get_store (tickets_application_get_session (app));
}

/* Someone with every field any of the fixture's forms asks for. */
static TicketsConsumer *
new_holder (const char *first_name,
            const char *email)
{
  TicketsConsumer *consumer = tickets_test_new_consumer (first_name, "Visser", "1991-06-15", email);

  tickets_consumer_set_phone_number (consumer, "+31 6 12345678");
  tickets_consumer_set_address (consumer, "Keizersgracht 1");
  tickets_consumer_set_postal_code (consumer, "1015 CJ");
  tickets_consumer_set_city (consumer, "Amsterdam");

  return consumer;
}

static void
fill_holder (TicketsPersonalizationFormView *form,
             const char                     *first_name,
             const char                     *email)
{
  g_autoptr(TicketsConsumer) holder = new_holder (first_name, email);

  tickets_personalization_form_view_fill_from_consumer (form, holder);
}

static GtkCheckButton *
get_box (TicketsPersonalizationFormView *form,
         const char                     *name)
{
  return GTK_CHECK_BUTTON (tickets_test_get_control (form, name));
}

/* Ticks the boxes as a person would, by their names. */
static void
tick (TicketsPersonalizationFormView *form,
      TicketsConsent                  consent)
{
  gtk_check_button_set_active (get_box (form, "Newsletter"), (consent & TICKETS_CONSENT_NEWSLETTER) != 0);
  gtk_check_button_set_active (get_box (form, "Offers from partners"), (consent & TICKETS_CONSENT_PARTNERS) != 0);
}

/* Both boxes unticked, as the form shows them and as it would send them. */
static void
assert_unticked (TicketsPersonalizationFormView *form)
{
  g_assert_false (gtk_check_button_get_active (get_box (form, "Newsletter")));
  g_assert_false (gtk_check_button_get_active (get_box (form, "Offers from partners")));
  g_assert_cmpint (tickets_personalization_form_view_get_consent (form), ==, TICKETS_CONSENT_NONE);
}

/* The "opt_in" of a body the sandbox received: exactly the two members,
 * each saying what was ticked. */
static void
assert_body_consent (JsonNode       *body,
                     TicketsConsent  consent)
{
  const char * const members[] = { "opt_in", "opt_in_2", NULL };
  JsonObject *opt_in = json_object_get_object_member (json_node_get_object (body), "opt_in");

  g_assert_nonnull (opt_in);
  tickets_test_assert_members (opt_in, members);
  g_assert_cmpint (json_object_get_boolean_member (opt_in, "opt_in"), ==, (consent & TICKETS_CONSENT_NEWSLETTER) != 0);
  g_assert_cmpint (json_object_get_boolean_member (opt_in, "opt_in_2"), ==, (consent & TICKETS_CONSENT_PARTNERS) != 0);
}

/* Whether the body names exactly the tickets @uids (NULL-terminated). */
static gboolean
body_names_tickets (JsonNode           *body,
                    const char * const *uids)
{
  JsonArray *tickets = json_object_get_array_member (json_node_get_object (body), "tickets");
  guint n = g_strv_length ((char **) uids);

  if (tickets == NULL || json_array_get_length (tickets) != n)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; !found && j < json_array_get_length (tickets); j++)
        found = g_str_has_suffix (json_array_get_string_element (tickets, j), uids[i]);
      if (!found)
        return FALSE;
    }

  return TRUE;
}

/* The one POST /personalization that named exactly @uids. */
static JsonNode *
find_body (GPtrArray          *bodies,
           const char * const *uids)
{
  JsonNode *body = NULL;

  for (guint i = 0; i < bodies->len; i++)
    if (body_names_tickets (bodies->pdata[i], uids))
      {
        g_assert_null (body);
        body = bodies->pdata[i];
      }
  g_assert_nonnull (body);

  return body;
}

static GPtrArray *
received (Fixture *fixture)
{
  return tickets_test_sandbox_received (fixture->sandbox, "POST", "/personalization");
}

static void
open_order (Fixture *fixture)
{
  g_autoptr(TicketsAuth) auth = tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, "demo-order-token");

  tickets_window_open_order (fixture->window, TICKETS_TEST_OR_DEMO, auth);
  tickets_test_wait_for_page (fixture->window, "order");
}

static void
open_request (Fixture *fixture)
{
  g_autoptr(TicketsAuth) auth = tickets_auth_new_token (TICKETS_AUTH_PERSONALIZATION_REQUEST_TOKEN, "demo-request-token");

  tickets_window_open_request (fixture->window, TICKETS_TEST_RQ_PENDING, auth);
  tickets_test_wait_for_page (fixture->window, "request");
}

/* Activates the ticket on @page's view as a click on its row does, and
 * returns the form the window then shows. */
static TicketsPersonalizationFormView *
open_ticket (Fixture    *fixture,
             const char *uid)
{
  TicketsTicket *ticket = tickets_store_lookup_ticket (get_store (), uid);
  gpointer view;

  g_assert_nonnull (ticket);
  if (g_strcmp0 (tickets_window_get_page_name (fixture->window), "request") == 0)
    view = tickets_window_get_request_view (fixture->window);
  else
    view = tickets_window_get_order_view (fixture->window);
  g_signal_emit_by_name (view, "ticket-activated", ticket);
  g_assert_cmpstr (tickets_window_get_page_name (fixture->window), ==, "form");

  return tickets_window_get_form_view (fixture->window);
}

/* Saves the form on show and waits until the window is back on @page,
 * which it is only once the server has accepted it. */
static void
save (Fixture    *fixture,
      const char *page)
{
  TicketsPersonalizationFormView *form = tickets_window_get_form_view (fixture->window);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (form), "form.submit", NULL));
  tickets_test_wait_for_page (fixture->window, page);
}

/* (a) One ticket, named in the window's form. */
static void
test_single (Fixture       *fixture,
             gconstpointer  data)
{
  const Combination *combination = data;
  const char * const uids[] = { TICKETS_TEST_TK_DEMO_1, NULL };
  TicketsPersonalizationFormView *form;
  g_autoptr(GPtrArray) bodies = NULL;

  open_order (fixture);
  form = open_ticket (fixture, TICKETS_TEST_TK_DEMO_1);
  assert_unticked (form);
  fill_holder (form, "Sanne", "sanne.visser@example.org");
  tick (form, combination->consent);
  save (fixture, "order");

  bodies = received (fixture);
  g_assert_cmpuint (bodies->len, ==, 1);
  g_assert_true (body_names_tickets (bodies->pdata[0], uids));
  assert_body_consent (bodies->pdata[0], combination->consent);
}

/* The names of the picks of the demo order's unnamed tickets. */
#define PICK_DEMO_2      "Weekend ticket, 2216132656086"
#define PICK_DEMO_SEATED "Grandstand seat, 9413046851726 · Section Grandstand North · Row F · Seat 12"

/* The batch page of the window, moved on to the forms of the unnamed
 * tickets but the one picked as @left_out. */
static TicketsBatchView *
start_batch (Fixture    *fixture,
             const char *left_out)
{
  TicketsBatchView *view = tickets_window_get_batch_view (fixture->window);
  GtkWidget *check;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "order.name-several", NULL));
  g_assert_cmpstr (tickets_window_get_page_name (fixture->window), ==, "batch");
  check = tickets_test_find_named (view, GTK_TYPE_CHECK_BUTTON, left_out);
  g_assert_nonnull (check);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), FALSE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "batch.continue", NULL));

  return view;
}

static TicketsPersonalizationFormView *
get_batch_form (TicketsBatchView *view,
                const char       *uid)
{
  TicketsPersonalizationFormView *form = tickets_batch_view_get_form (view, tickets_store_lookup_ticket (get_store (), uid));

  g_assert_nonnull (form);

  return form;
}

static void
save_batch (Fixture          *fixture,
            TicketsBatchView *view)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "batch.save-all", NULL));
  tickets_test_wait_for_page (fixture->window, "order");
}

/* (b) Several tickets at once: two people, each form ticked the same way,
 * two requests each carrying it. */
static void
test_batch (Fixture       *fixture,
            gconstpointer  data)
{
  const Combination *combination = data;
  const char * const first[] = { TICKETS_TEST_TK_DEMO_1, NULL };
  const char * const second[] = { TICKETS_TEST_TK_DEMO_2, NULL };
  TicketsPersonalizationFormView *form_1;
  TicketsPersonalizationFormView *form_2;
  g_autoptr(GPtrArray) bodies = NULL;
  TicketsBatchView *view;

  open_order (fixture);
  view = start_batch (fixture, PICK_DEMO_SEATED);
  form_1 = get_batch_form (view, TICKETS_TEST_TK_DEMO_1);
  form_2 = get_batch_form (view, TICKETS_TEST_TK_DEMO_2);
  assert_unticked (form_1);
  assert_unticked (form_2);
  fill_holder (form_1, "Sanne", "sanne.visser@example.org");
  fill_holder (form_2, "Joris", "joris.visser@example.org");
  tick (form_1, combination->consent);
  tick (form_2, combination->consent);
  save_batch (fixture, view);

  bodies = received (fixture);
  g_assert_cmpuint (bodies->len, ==, 2);
  assert_body_consent (find_body (bodies, first), combination->consent);
  assert_body_consent (find_body (bodies, second), combination->consent);
}

/* Sanne on two forms of one batch, the demo order's first ticket ticked
 * @consent_1 and its seated one @consent_2, saved; the bodies sent. */
static GPtrArray *
save_same_person (Fixture        *fixture,
                  TicketsConsent  consent_1,
                  TicketsConsent  consent_2)
{
  TicketsPersonalizationFormView *form_1;
  TicketsPersonalizationFormView *form_2;
  TicketsBatchView *view;

  /* Tickets of two products: one address may hold both. */
  open_order (fixture);
  view = start_batch (fixture, PICK_DEMO_2);
  form_1 = get_batch_form (view, TICKETS_TEST_TK_DEMO_1);
  form_2 = get_batch_form (view, TICKETS_TEST_TK_DEMO_SEATED);
  fill_holder (form_1, "Sanne", "sanne.visser@example.org");
  fill_holder (form_2, "Sanne", "sanne.visser@example.org");
  tick (form_1, consent_1);
  tick (form_2, consent_2);
  save_batch (fixture, view);

  return received (fixture);
}

/* The same person on two forms, ticking differently: two requests, each
 * with its own form's consent, never one request with one of them. */
static void
test_batch_same_person_apart (Fixture       *fixture,
                              gconstpointer  data)
{
  const char * const first[] = { TICKETS_TEST_TK_DEMO_1, NULL };
  const char * const second[] = { TICKETS_TEST_TK_DEMO_SEATED, NULL };
  g_autoptr(GPtrArray) bodies = NULL;

  bodies = save_same_person (fixture, TICKETS_CONSENT_NEWSLETTER, TICKETS_CONSENT_PARTNERS);
  g_assert_cmpuint (bodies->len, ==, 2);
  assert_body_consent (find_body (bodies, first), TICKETS_CONSENT_NEWSLETTER);
  assert_body_consent (find_body (bodies, second), TICKETS_CONSENT_PARTNERS);
}

/* The same person ticking the same way still goes in one request. */
static void
test_batch_same_person_together (Fixture       *fixture,
                                 gconstpointer  data)
{
  const char * const both[] = { TICKETS_TEST_TK_DEMO_1, TICKETS_TEST_TK_DEMO_SEATED, NULL };
  g_autoptr(GPtrArray) bodies = NULL;

  bodies = save_same_person (fixture, TICKETS_CONSENT_PARTNERS, TICKETS_CONSENT_PARTNERS);
  g_assert_cmpuint (bodies->len, ==, 1);
  g_assert_true (body_names_tickets (bodies->pdata[0], both));
  assert_body_consent (bodies->pdata[0], TICKETS_CONSENT_PARTNERS);
}

/* (c) A friend names a ticket of a request sent to them. */
static void
test_request (Fixture       *fixture,
              gconstpointer  data)
{
  const Combination *combination = data;
  const char * const uids[] = { TICKETS_TEST_TK_FULL_REQUEST_1, NULL };
  TicketsPersonalizationFormView *form;
  g_autoptr(GPtrArray) bodies = NULL;
  JsonObject *body;

  open_request (fixture);
  form = open_ticket (fixture, TICKETS_TEST_TK_FULL_REQUEST_1);
  assert_unticked (form);
  fill_holder (form, "Femke", "femke.visser@example.org");
  tick (form, combination->consent);
  save (fixture, "request");

  bodies = received (fixture);
  g_assert_cmpuint (bodies->len, ==, 1);
  body = json_node_get_object (bodies->pdata[0]);
  g_assert_true (json_object_has_member (body, "personalization_request"));
  g_assert_true (body_names_tickets (bodies->pdata[0], uids));
  assert_body_consent (bodies->pdata[0], combination->consent);
}

/* On the demo order, names its first ticket after Sanne in the window's
 * form, @consent ticked, and saves. */
static void
name_first_ticket (Fixture        *fixture,
                   TicketsConsent  consent)
{
  TicketsPersonalizationFormView *form;

  open_order (fixture);
  form = open_ticket (fixture, TICKETS_TEST_TK_DEMO_1);
  fill_holder (form, "Sanne", "sanne.visser@example.org");
  tick (form, consent);
  save (fixture, "order");
}

/* Newsletter ticked and saved for one ticket: the next unnamed ticket's
 * form opens with nothing ticked, and sends nothing of it. */
static void
test_next_form_unticked (Fixture       *fixture,
                         gconstpointer  data)
{
  const char * const second[] = { TICKETS_TEST_TK_DEMO_2, NULL };
  TicketsPersonalizationFormView *form;
  g_autoptr(GPtrArray) bodies = NULL;

  name_first_ticket (fixture, TICKETS_CONSENT_NEWSLETTER);

  form = open_ticket (fixture, TICKETS_TEST_TK_DEMO_2);
  assert_unticked (form);
  fill_holder (form, "Joris", "joris.visser@example.org");
  save (fixture, "order");

  bodies = received (fixture);
  g_assert_cmpuint (bodies->len, ==, 2);
  assert_body_consent (find_body (bodies, second), TICKETS_CONSENT_NONE);
}

/* The same in a friend's request: the second ticket starts unticked. */
static void
test_request_next_form_unticked (Fixture       *fixture,
                                 gconstpointer  data)
{
  TicketsPersonalizationFormView *form;

  open_request (fixture);
  form = open_ticket (fixture, TICKETS_TEST_TK_FULL_REQUEST_1);
  fill_holder (form, "Femke", "femke.visser@example.org");
  tick (form, TICKETS_CONSENT_NEWSLETTER | TICKETS_CONSENT_PARTNERS);
  save (fixture, "request");

  form = open_ticket (fixture, TICKETS_TEST_TK_FULL_REQUEST_2);
  assert_unticked (form);
}

/* Copy From fills in a person's details, never what someone agreed to:
 * not the buyer's, and not that of another ticket's holder who ticked both. */
static void
test_copy_from (Fixture       *fixture,
                gconstpointer  data)
{
  TicketsPersonalizationFormView *form;
  gboolean copied_sanne = FALSE;

  name_first_ticket (fixture, TICKETS_CONSENT_NEWSLETTER | TICKETS_CONSENT_PARTNERS);

  form = open_ticket (fixture, TICKETS_TEST_TK_DEMO_2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (form), "form.copy-buyer", NULL));
  assert_unticked (form);
  /* The other tickets' holders: Anna, and Sanne who ticked both. */
  for (guint32 i = 0; i < 2; i++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (form), "form.copy-ticket", "u", i));
      assert_unticked (form);
      copied_sanne = copied_sanne || g_strcmp0 (tickets_test_get_text (form, "First name"), "Sanne") == 0;
    }
  g_assert_true (copied_sanne);
}

/* Several at once, after a ticket was saved with both boxes ticked: every
 * form of the batch opens unticked. */
static void
test_batch_forms_unticked (Fixture       *fixture,
                           gconstpointer  data)
{
  TicketsBatchView *view;

  name_first_ticket (fixture, TICKETS_CONSENT_NEWSLETTER | TICKETS_CONSENT_PARTNERS);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "order.name-several", NULL));
  view = tickets_window_get_batch_view (fixture->window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "batch.continue", NULL));
  assert_unticked (get_batch_form (view, TICKETS_TEST_TK_DEMO_2));
  assert_unticked (get_batch_form (view, TICKETS_TEST_TK_DEMO_SEATED));
}

/* A named ticket says what its holder agreed to where that is known (here:
 * what this app sent and the server accepted), and plainly that it is not
 * known where the server does not say; its boxes stay for a new choice. */
static void
test_named_ticket_says (Fixture       *fixture,
                        gconstpointer  data)
{
  TicketsPersonalizationFormView *form;

  open_order (fixture);
  form = open_ticket (fixture, TICKETS_TEST_TK_DEMO_ANNA);
  g_assert_nonnull (tickets_test_find_label (form, "Not known what the holder agreed to: the server does not say. "
                                                   "Saving again sends only what is ticked below."));
  assert_unticked (form);

  form = open_ticket (fixture, TICKETS_TEST_TK_DEMO_1);
  g_assert_null (tickets_test_find_label (form, "Not known what the holder agreed to: the server does not say. "
                                                "Saving again sends only what is ticked below."));
  fill_holder (form, "Sanne", "sanne.visser@example.org");
  tick (form, TICKETS_CONSENT_NEWSLETTER);
  save (fixture, "order");

  /* Straight back to it: what was ticked is on record, the boxes are clear. */
  form = open_ticket (fixture, TICKETS_TEST_TK_DEMO_1);
  g_assert_nonnull (tickets_test_find_label (form, "The holder agreed to the newsletter, not to offers from partners. "
                                                   "Saving again sends only what is ticked below."));
  assert_unticked (form);

  /* And with another ticket in between, the form built anew says the same. */
  open_ticket (fixture, TICKETS_TEST_TK_DEMO_2);
  form = open_ticket (fixture, TICKETS_TEST_TK_DEMO_1);
  g_assert_nonnull (tickets_test_find_label (form, "The holder agreed to the newsletter, not to offers from partners. "
                                                   "Saving again sends only what is ticked below."));
  assert_unticked (form);
}

/* A named ticket that can no longer be changed: only the words, no boxes
 * that could be read as "agreed to nothing". */
static void
test_locked_named_ticket_says (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(TicketsAuth) auth = tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, "closed-order-token");
  TicketsPersonalizationFormView *form;

  tickets_window_open_order (fixture->window, TICKETS_TEST_OR_CLOSED, auth);
  tickets_test_wait_for_page (fixture->window, "order");
  form = open_ticket (fixture, TICKETS_TEST_TK_CLOSED_PERSONALIZED);
  g_assert_false (tickets_personalization_form_view_get_editable (form));
  g_assert_nonnull (tickets_test_find_label (form, "Not known what the holder agreed to: the server does not say."));
  g_assert_false (gtk_widget_is_visible (GTK_WIDGET (get_box (form, "Newsletter"))));
  g_assert_false (gtk_widget_is_visible (GTK_WIDGET (get_box (form, "Offers from partners"))));
}

int
main (int   argc,
      char *argv[])
{
  TicketsTestSandbox *first;

  tickets_test_allow_focus_out_warning ();
  if (!tickets_test_views_init (&argc, &argv))
    return g_test_run ();

  for (gsize i = 0; i < G_N_ELEMENTS (combinations); i++)
    {
      g_autofree char *single = g_strdup_printf ("/consent/wire/single/%s", combinations[i].name);
      g_autofree char *batch = g_strdup_printf ("/consent/wire/batch/%s", combinations[i].name);
      g_autofree char *request = g_strdup_printf ("/consent/wire/request/%s", combinations[i].name);

      g_test_add (single, Fixture, &combinations[i], fixture_set_up, test_single, fixture_tear_down);
      g_test_add (batch, Fixture, &combinations[i], fixture_set_up, test_batch, fixture_tear_down);
      g_test_add (request, Fixture, &combinations[i], fixture_set_up, test_request, fixture_tear_down);
    }

#define ADD(path, func) \
  g_test_add ("/consent/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("wire/batch/same-person-apart", test_batch_same_person_apart);
  ADD ("wire/batch/same-person-together", test_batch_same_person_together);
  ADD ("next-form-unticked", test_next_form_unticked);
  ADD ("request-next-form-unticked", test_request_next_form_unticked);
  ADD ("copy-from", test_copy_from);
  ADD ("batch-forms-unticked", test_batch_forms_unticked);
  ADD ("named-ticket-says", test_named_ticket_says);
  ADD ("locked-named-ticket-says", test_locked_named_ticket_says);

#undef ADD

  /* The application needs a server to start on; each test brings its own. */
  return tickets_test_run_with_app (&first, &app, &settings);
}
