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

/* Pages through a collection by its next links; returns every item, after
 * checking item_count and that no item comes twice. */
static GPtrArray *
collect_pages (const char *first)
{
  GPtrArray *items = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *uri = g_strdup (first);
  gint64 item_count = -1;

  while (uri != NULL)
    {
      g_autoptr(JsonNode) body = NULL;
      JsonObject *page;
      JsonArray *list;
      const char *next;

      g_assert_cmpuint (get (uri, TICKETS_TEST_AUTH_SALES, &body), ==, 200);
      page = json_node_get_object (body);
      if (item_count < 0)
        item_count = json_object_get_int_member (page, "item_count");
      g_assert_cmpint (json_object_get_int_member (page, "item_count"), ==, item_count);
      list = tickets_test_embedded_list (page, "shop:consumer");
      g_assert_cmpuint (json_array_get_length (list), <=, 20);
      for (guint i = 0; i < json_array_get_length (list); i++)
        {
          JsonNode *item = json_array_get_element (list, i);

          g_assert_true (g_hash_table_add (seen, g_strdup (json_object_get_string_member (json_node_get_object (item), "uid"))));
          g_ptr_array_add (items, json_node_ref (item));
        }

      next = tickets_test_link_href (page, "next");
      if (next != NULL)
        g_assert_cmpuint (json_array_get_length (list), ==, 20);
      g_free (uri);
      uri = g_strdup (next);
    }

  g_assert_cmpint (items->len, ==, item_count);
  return items;
}

static const char *
member (JsonNode   *item,
        const char *name)
{
  return json_object_get_string_member (json_node_get_object (item), name);
}

static gboolean
folded_prefix (const char *text,
               const char *prefix)
{
  g_autofree char *a = g_utf8_casefold (text, -1);
  g_autofree char *b = g_utf8_casefold (prefix, -1);

  return g_str_has_prefix (a, b);
}

/* --consumers 100000: searching by the first letters of a name stays one
 * page at a time, through next links, over all of them. */
static void
test_consumers_at_scale (void)
{
  const char *args[] = { "--consumers", "100000", NULL };
  Running *running = run_sandbox (args);
  g_autofree char *all = g_strdup_printf ("%s/consumers", running->base);
  g_autofree char *nowak = g_strdup_printf ("%s/consumers?last_name__startswith=now", running->base);
  g_autofree char *anna = g_strdup_printf ("%s/consumers?first_name__startswith=%%D0%%B0%%D0%%BD%%D0%%BD", running->base);
  g_autofree char *dutch = g_strdup_printf ("%s/consumers?last_name__startswith=Jan&country=NL", running->base);
  g_autofree char *last = g_strdup_printf ("%s/consumers?page=5014", running->base);
  g_autoptr(JsonNode) body = NULL;
  g_autoptr(GPtrArray) found = NULL;

  /* The fixture's 262, then the 100,000. */
  g_assert_cmpuint (get (all, TICKETS_TEST_AUTH_SALES, &body), ==, 200);
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (body), "item_count"), ==, 262 + 100000);
  g_assert_cmpstr (tickets_test_link_href (json_node_get_object (body), "last"), ==, last);
  g_clear_pointer (&body, json_node_unref);
  g_assert_cmpuint (get (last, TICKETS_TEST_AUTH_SALES, &body), ==, 200);
  g_assert_cmpuint (json_array_get_length (tickets_test_embedded_list (json_node_get_object (body), "shop:consumer")), ==, 2);

  found = collect_pages (nowak);
  g_assert_cmpuint (found->len, >, 200);
  for (guint i = 0; i < found->len; i++)
    g_assert_true (folded_prefix (member (g_ptr_array_index (found, i), "last_name"), "now"));
  g_clear_pointer (&found, g_ptr_array_unref);

  /* In any script, without regard to case. */
  found = collect_pages (anna);
  g_assert_cmpuint (found->len, >, 100);
  for (guint i = 0; i < found->len; i++)
    g_assert_true (folded_prefix (member (g_ptr_array_index (found, i), "first_name"), "Анн"));
  g_clear_pointer (&found, g_ptr_array_unref);

  /* A prefix and an exact filter together. */
  found = collect_pages (dutch);
  g_assert_cmpuint (found->len, >, 100);
  for (guint i = 0; i < found->len; i++)
    {
      g_assert_true (folded_prefix (member (g_ptr_array_index (found, i), "last_name"), "jan"));
      g_assert_cmpstr (member (g_ptr_array_index (found, i), "country"), ==, "NL");
    }

  stop_sandbox (running);
}

/* The same N gives the same people. */
static void
test_consumers_repeatable (void)
{
  const char *args[] = { "--consumers", "40", NULL };
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GPtrArray) second = NULL;

  for (guint run = 0; run < 2; run++)
    {
      Running *running = run_sandbox (args);
      g_autofree char *uri = g_strdup_printf ("%s/consumers?reference__startswith=G", running->base);
      g_autofree char *generated = g_strdup_printf ("%s/consumers?page=14", running->base);
      g_autoptr(JsonNode) body = NULL;
      GPtrArray *items;

      /* reference takes no prefix: the generated ones are the last 40. */
      g_assert_cmpuint (get (uri, TICKETS_TEST_AUTH_SALES, NULL), ==, 400);
      g_assert_cmpuint (get (generated, TICKETS_TEST_AUTH_SALES, &body), ==, 200);
      items = g_ptr_array_new_with_free_func (g_free);
      for (guint i = 0; i < json_array_get_length (tickets_test_embedded_list (json_node_get_object (body), "shop:consumer")); i++)
        {
          JsonObject *consumer = json_array_get_object_element (tickets_test_embedded_list (json_node_get_object (body),
                                                                                           "shop:consumer"), i);

          g_ptr_array_add (items, g_strdup_printf ("%s %s %s %s %s", json_object_get_string_member (consumer, "reference"),
                                                   json_object_get_string_member (consumer, "first_name"),
                                                   json_object_get_string_member (consumer, "last_name"),
                                                   json_object_get_string_member (consumer, "email"),
                                                   json_object_get_string_member (consumer, "date_of_birth")));
        }
      if (run == 0)
        first = items;
      else
        second = items;
      stop_sandbox (running);
    }

  /* Page 14 of 302: the fixture's last 2, then 18 generated. */
  g_assert_cmpuint (first->len, ==, 20);
  g_assert_cmpuint (second->len, ==, first->len);
  for (guint i = 0; i < first->len; i++)
    g_assert_cmpstr (g_ptr_array_index (first, i), ==, g_ptr_array_index (second, i));
  g_assert_true (g_str_has_prefix (g_ptr_array_index (first, 19), "G0000018 "));
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
  g_test_add_func ("/sandbox/binary/consumers-at-scale", test_consumers_at_scale);
  g_test_add_func ("/sandbox/binary/consumers-repeatable", test_consumers_repeatable);

  return g_test_run ();
}
