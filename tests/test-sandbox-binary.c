/* test-sandbox-binary.c: the tickets-sandbox program as a user starts it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>

#include "tickets-test-sandbox.h"

static const char *sandbox_path;

typedef struct
{
  GSubprocess *process;
  char        *base;
} Running;

static Running *
run_sandbox (const char * const *extra)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GDataInputStream) out = NULL;
  Running *running = g_new0 (Running, 1);

  g_ptr_array_add (argv, (char *) sandbox_path);
  g_ptr_array_add (argv, "--port");
  g_ptr_array_add (argv, "0");
  for (guint i = 0; extra != NULL && extra[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) extra[i]);
  g_ptr_array_add (argv, NULL);

  running->process = g_subprocess_newv ((const char * const *) argv->pdata, G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error);
  g_assert_no_error (error);

  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (running->process));
  running->base = g_data_input_stream_read_line_utf8 (out, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (running->base);

  return running;
}

static void
stop_sandbox (Running *running)
{
  g_autoptr(GError) error = NULL;

  g_subprocess_send_signal (running->process, SIGTERM);
  g_subprocess_wait (running->process, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (running->process));
  g_assert_cmpint (g_subprocess_get_exit_status (running->process), ==, 0);
  g_object_unref (running->process);
  g_free (running->base);
  g_free (running);
}

/* GET uri, with auth as for tickets_test_request(). */
static guint
get (const char  *uri,
     const char  *auth,
     JsonNode   **body)
{
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autoptr(SoupMessage) msg = soup_message_new ("GET", uri);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();

  tickets_test_set_auth (msg, auth);
  bytes = soup_session_send_and_read (session, msg, NULL, &error);
  g_assert_no_error (error);

  if (body != NULL)
    {
      json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
      g_assert_no_error (error);
      *body = json_node_ref (json_parser_get_root (parser));
    }

  return soup_message_get_status (msg);
}

static void
test_prints_base_url (void)
{
  Running *running = run_sandbox (NULL);
  g_autoptr(GUri) uri = g_uri_parse (running->base, G_URI_FLAGS_NONE, NULL);

  g_assert_nonnull (uri);
  g_assert_cmpstr (g_uri_get_scheme (uri), ==, "http");
  g_assert_cmpstr (g_uri_get_host (uri), ==, "127.0.0.1");
  g_assert_cmpint (g_uri_get_port (uri), >, 0);

  stop_sandbox (running);
}

/* The Must-show: a barcode search with the demo staff credentials answers
 * HAL with the field set of the tickets documentation's example. */
static void
test_ticket_search_field_set (void)
{
  static const char *fields[] = {
    "_links", "uid", "seating", "has_valid_subscription", "is_scanned", "status", "needs_personalization",
    "personalization_start", "personalization_end", "personalization_form", "subproduct", "consumer",
    "service_fee_paid", "fulfillment_starts_at", "_embedded", "code", "price", "personalized",
  };
  static const char *seating_fields[] = { "seat", "row", "section", "seat_label", "row_label", "section_label", "venue" };
  Running *running = run_sandbox (NULL);
  g_autofree char *uri = g_strdup_printf ("%s/tickets?code=" TICKETS_TEST_CODE_DEMO_1 "&event=%s/events/" TICKETS_TEST_EV_OPEN,
                                          running->base, running->base);
  g_autoptr(JsonNode) body = NULL;
  JsonObject *ticket;
  JsonObject *links;

  g_assert_cmpuint (get (uri, TICKETS_TEST_AUTH_BOXOFFICE, &body), ==, 200);
  links = tickets_test_get_links (json_node_get_object (body));
  g_assert_true (json_object_has_member (links, "search"));
  tickets_test_assert_hal (json_node_get_object (body), "tickets");

  ticket = json_array_get_object_element (tickets_test_embedded_list (json_node_get_object (body), "shop:ticket"), 0);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_test_message ("field %s", fields[i]);
      g_assert_true (json_object_has_member (ticket, fields[i]));
    }
  for (guint i = 0; i < G_N_ELEMENTS (seating_fields); i++)
    g_assert_true (json_object_has_member (json_object_get_object_member (ticket, "seating"), seating_fields[i]));
  g_assert_cmpstr (json_object_get_string_member (ticket, "code"), ==, TICKETS_TEST_CODE_DEMO_1);
  g_assert_true (json_object_has_member (tickets_test_embedded (ticket), "shop:product"));

  links = tickets_test_get_links (ticket);
  g_assert_true (json_object_has_member (links, "shop:event"));
  g_assert_true (json_object_has_member (links, "shop:product"));
  g_assert_true (json_object_has_member (links, "shop:order"));
  g_assert_true (JSON_NODE_HOLDS_ARRAY (json_object_get_member (links, "shop:personalization_request")));

  stop_sandbox (running);
}

static void
test_big_order_and_state (void)
{
  g_autofree char *dir = g_dir_make_tmp ("tickets-sandbox-XXXXXX", NULL);
  g_autofree char *state = g_build_filename (dir, "state.json", NULL);
  const char *args[] = { "--big-order", "50", "--state", state, NULL };
  Running *running = run_sandbox (args);
  g_autofree char *uri = g_strdup_printf ("%s/orders/b1600000000000000000000000000000", running->base);
  g_autoptr(JsonNode) body = NULL;
  GStatBuf st;

  g_assert_cmpuint (get (uri, NULL, NULL), ==, 401);
  g_assert_cmpuint (get (uri, "order:big-order-token", &body), ==, 200);
  g_assert_cmpuint (json_array_get_length (tickets_test_embedded_list (json_node_get_object (body), "shop:ticket")), ==, 50);

  /* The state file holds personal data: only its owner reads it. */
  g_assert_cmpint (g_stat (state, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  stop_sandbox (running);
  g_unlink (state);
  g_rmdir (dir);
}

static void
test_bad_fixture (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("tickets-sandbox-XXXXXX", NULL);
  g_autofree char *fixture = g_build_filename (dir, "broken.json", NULL);
  g_autoptr(GSubprocess) process = NULL;
  g_autofree char *err = NULL;

  g_file_set_contents (fixture, "{\"events\": [{\"uid\": \"e1\"}], \"tickets\": [{\"uid\": \"t1\", \"event\": \"nope\"}]}", -1, &error);
  g_assert_no_error (error);

  process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDERR_PIPE | G_SUBPROCESS_FLAGS_STDOUT_SILENCE, &error,
                              sandbox_path, "--fixture", fixture, NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, NULL, &err, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 1);
  g_assert_nonnull (strstr (err, "nope"));

  g_unlink (fixture);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_assert_cmpint (argc, ==, 2);
  sandbox_path = argv[1];

  g_test_add_func ("/sandbox/binary/prints-base-url", test_prints_base_url);
  g_test_add_func ("/sandbox/binary/ticket-search-field-set", test_ticket_search_field_set);
  g_test_add_func ("/sandbox/binary/big-order-and-state", test_big_order_and_state);
  g_test_add_func ("/sandbox/binary/bad-fixture", test_bad_fixture);

  return g_test_run ();
}
