/* test-sandbox-state.c: the tickets-sandbox program's faults and state file,
 * as a soak harness uses them: started, killed with SIGKILL, started again
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
run_sandbox (const char * const *extra,
             GSubprocessFlags    flags)
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

  running->process = g_subprocess_newv ((const char * const *) argv->pdata, G_SUBPROCESS_FLAGS_STDOUT_PIPE | flags, &error);
  g_assert_no_error (error);

  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (running->process));
  running->base = g_data_input_stream_read_line_utf8 (out, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (running->base);

  return running;
}

static void
running_free (Running *running)
{
  g_object_unref (running->process);
  g_free (running->base);
  g_free (running);
}

/* As a crash would: no chance to write anything more. */
static void
kill_sandbox (Running *running)
{
  g_autoptr(GError) error = NULL;

  g_subprocess_send_signal (running->process, SIGKILL);
  g_subprocess_wait (running->process, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_signaled (running->process));
  running_free (running);
}

/* SIGTERM; returns what it wrote on stderr when that was piped. */
static char *
stop_sandbox (Running *running)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  GInputStream *stderr_pipe = g_subprocess_get_stderr_pipe (running->process);

  g_subprocess_send_signal (running->process, SIGTERM);
  g_subprocess_wait (running->process, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (running->process));
  g_assert_cmpint (g_subprocess_get_exit_status (running->process), ==, 0);

  if (stderr_pipe != NULL)
    {
      g_autoptr(GOutputStream) buffer = g_memory_output_stream_new_resizable ();
      const char nul = '\0';

      g_output_stream_splice (buffer, stderr_pipe, G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE, NULL, &error);
      g_assert_no_error (error);
      g_output_stream_write_all (buffer, &nul, 1, NULL, NULL, &error);
      g_assert_no_error (error);
      g_output_stream_close (buffer, NULL, NULL);
      err = g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (buffer));
    }

  running_free (running);
  return g_steal_pointer (&err);
}

/* One request; the status, or 0 when no answer came. */
static guint
ask (Running     *running,
      const char  *method,
      const char  *path,
      const char  *auth,
      const char  *body,
      JsonNode   **answer)
{
  g_autoptr(SoupSession) session = soup_session_new_with_options ("timeout", 10, NULL);
  g_autofree char *uri = g_strconcat (running->base, path, NULL);
  g_autoptr(SoupMessage) msg = soup_message_new (method, uri);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  tickets_test_set_auth (msg, auth);
  if (body != NULL)
    {
      g_autoptr(GBytes) request = g_bytes_new (body, strlen (body));

      soup_message_set_request_body_from_bytes (msg, "application/json", request);
    }

  bytes = soup_session_send_and_read (session, msg, NULL, &error);
  if (bytes == NULL)
    {
      g_test_message ("no answer: %s", error->message);
      return 0;
    }

  if (answer != NULL)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();

      json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
      g_assert_no_error (error);
      *answer = json_node_ref (json_parser_get_root (parser));
    }

  return soup_message_get_status (msg);
}

static char *
personalization_body (Running    *running,
                      const char *ticket,
                      const char *email)
{
  return g_strdup_printf ("{\"order\": \"%s/orders/" TICKETS_TEST_OR_DEMO "\", \"tickets\": [\"%s/tickets/%s\"], "
                          "\"consumer\": {\"gender\": 1, \"first_name\": \"John\", \"last_name\": \"Doe\", "
                          "\"date_of_birth\": \"1970-01-01\", \"email\": \"%s\"}, "
                          "\"opt_in\": {\"opt_in\": false, \"opt_in_2\": false}}",
                          running->base, running->base, ticket, email);
}

static gboolean
is_personalized (Running    *running,
                 const char *ticket)
{
  g_autofree char *path = g_strdup_printf ("/tickets/%s", ticket);
  g_autoptr(JsonNode) answer = NULL;

  g_assert_cmpuint (ask (running, "GET", path, TICKETS_TEST_AUTH_BOXOFFICE, NULL, &answer), ==, 200);

  return json_object_get_boolean_member (json_node_get_object (answer), "personalized");
}

static JsonObject *
load_state (const char *path)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);

  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

/* How many personalizations of the state file name this ticket. */
static guint
count_personalizations (JsonObject *state,
                        const char *ticket)
{
  JsonArray *list = json_object_get_array_member (state, "personalizations");
  guint n = 0;

  for (guint i = 0; i < json_array_get_length (list); i++)
    {
      JsonArray *tickets = json_object_get_array_member (json_array_get_object_element (list, i), "tickets");

      for (guint j = 0; j < json_array_get_length (tickets); j++)
        n += g_str_equal (json_array_get_string_element (tickets, j), ticket);
    }

  return n;
}

static guint
count_revisions (JsonObject *state,
                 const char *external_reference)
{
  JsonArray *list = json_object_has_member (state, "consumer_revisions") ?
                    json_object_get_array_member (state, "consumer_revisions") : NULL;
  guint n = 0;

  for (guint i = 0; list != NULL && i < json_array_get_length (list); i++)
    {
      JsonNode *node = json_object_get_member (json_array_get_object_element (list, i), "external_reference");

      n += JSON_NODE_HOLDS_VALUE (node) && g_strcmp0 (json_node_get_string (node), external_reference) == 0;
    }

  return n;
}

/* Every change, answered or not, is in the state file before its answer
 * could leave: a SIGKILL right after loses none of them, and the sandbox
 * started again on the file serves them. */
static void
test_state_survives_kill (void)
{
  g_autofree char *dir = g_dir_make_tmp ("tickets-sandbox-XXXXXX", NULL);
  g_autofree char *state_path = g_build_filename (dir, "state.json", NULL);
  const char *faulty[] = { "--state", state_path, "--fail-rate", "1", "--fail-kinds", "after", "--seed", "4", NULL };
  const char *plain[] = { "--state", state_path, "--seed", "4", NULL };
  g_autoptr(JsonObject) state = NULL;
  Running *running;

  /* Plain first: answered, then killed. */
  running = run_sandbox (plain, G_SUBPROCESS_FLAGS_NONE);
  {
    g_autofree char *body = personalization_body (running, TICKETS_TEST_TK_DEMO_1, "one@example.org");

    g_assert_false (is_personalized (running, TICKETS_TEST_TK_DEMO_1));
    g_assert_cmpuint (ask (running, "POST", "/personalization", TICKETS_TEST_AUTH_ORDER_DEMO, body, NULL), ==, 201);
  }
  kill_sandbox (running);

  /* Every answer lost after the change: a personalization and a consumer
   * revision, then killed at once. */
  running = run_sandbox (faulty, G_SUBPROCESS_FLAGS_NONE);
  {
    g_autofree char *body = personalization_body (running, TICKETS_TEST_TK_DEMO_2, "two@example.org");
    static const char revision[] =
      "{\"consumers\": [{\"first_name\": \"Vera\", \"last_name\": \"Hendriks\", \"email\": \"vera@example.org\", "
      "\"external_reference\": \"outbox-7\"}]}";
    guint status;

    status = ask (running, "POST", "/personalization", TICKETS_TEST_AUTH_ORDER_DEMO, body, NULL);
    g_assert_true (status == 0 || status == 502);
    status = ask (running, "POST", "/consumers", TICKETS_TEST_AUTH_SALES, revision, NULL);
    g_assert_true (status == 0 || status == 502);
  }
  kill_sandbox (running);

  /* The file, as a harness reads it with the sandbox stopped. */
  state = load_state (state_path);
  g_assert_cmpuint (count_personalizations (state, TICKETS_TEST_TK_DEMO_1), ==, 1);
  g_assert_cmpuint (count_personalizations (state, TICKETS_TEST_TK_DEMO_2), ==, 1);
  g_assert_cmpuint (count_revisions (state, "outbox-7"), ==, 1);

  /* And the sandbox started again serves them. */
  running = run_sandbox (plain, G_SUBPROCESS_FLAGS_NONE);
  g_assert_true (is_personalized (running, TICKETS_TEST_TK_DEMO_1));
  g_assert_true (is_personalized (running, TICKETS_TEST_TK_DEMO_2));
  {
    g_autoptr(JsonNode) answer = NULL;
    JsonArray *found;

    g_assert_cmpuint (ask (running, "GET", "/consumers?external_reference=outbox-7", TICKETS_TEST_AUTH_SALES, NULL, &answer), ==, 200);
    found = tickets_test_embedded_list (json_node_get_object (answer), "shop:consumer");
    g_assert_cmpuint (json_array_get_length (found), ==, 1);
  }

  /* The same seed again draws uids taken already: a new change still gets
   * one of its own. */
  {
    g_autofree char *body = personalization_body (running, TICKETS_TEST_TK_DEMO_SEATED, "three@example.org");
    g_autoptr(JsonObject) after = NULL;
    g_autoptr(GHashTable) uids = g_hash_table_new (g_str_hash, g_str_equal);
    JsonArray *list;

    g_assert_cmpuint (ask (running, "POST", "/personalization", TICKETS_TEST_AUTH_ORDER_DEMO, body, NULL), ==, 201);
    g_free (stop_sandbox (running));

    after = load_state (state_path);
    list = json_object_get_array_member (after, "personalizations");
    for (guint i = 0; i < json_array_get_length (list); i++)
      g_assert_true (g_hash_table_add (uids, (char *) json_object_get_string_member (json_array_get_object_element (list, i), "uid")));
    list = json_object_get_array_member (after, "consumers");
    g_hash_table_remove_all (uids);
    for (guint i = 0; i < json_array_get_length (list); i++)
      g_assert_true (g_hash_table_add (uids, (char *) json_object_get_string_member (json_array_get_object_element (list, i), "uid")));
  }

  g_unlink (state_path);
  g_rmdir (dir);
}

/* A re-issue lost after it was applied is in the log of re-issues. */
static void
test_state_reissue_log (void)
{
  g_autofree char *dir = g_dir_make_tmp ("tickets-sandbox-XXXXXX", NULL);
  g_autofree char *state_path = g_build_filename (dir, "state.json", NULL);
  const char *faulty[] = { "--state", state_path, "--fail-rate", "1", "--fail-kinds", "slow", "--slow-ms", "3000", NULL };
  g_autoptr(JsonObject) state = NULL;
  Running *running = run_sandbox (faulty, G_SUBPROCESS_FLAGS_NONE);
  g_autofree char *body = g_strdup_printf ("{\"tickets\": [\"%s/tickets/" TICKETS_TEST_TK_DEMO_1 "\"], \"consumer\": "
                                           "{\"first_name\": \"Jan\", \"last_name\": \"Smit\", \"email\": \"jan@example.org\"}}",
                                           running->base);
  g_autoptr(SoupSession) session = soup_session_new_with_options ("timeout", 1, NULL);
  g_autofree char *uri = g_strconcat (running->base, "/orders", NULL);
  g_autoptr(SoupMessage) msg = soup_message_new ("POST", uri);
  g_autoptr(GBytes) request = g_bytes_new (body, strlen (body));
  g_autoptr(GBytes) answer = NULL;
  g_autoptr(GError) error = NULL;
  JsonArray *reissues;
  JsonObject *entry;

  /* The client gives up after a second; the answer would come after three. */
  tickets_test_set_auth (msg, TICKETS_TEST_AUTH_BOXOFFICE);
  soup_message_set_request_body_from_bytes (msg, "application/json", request);
  answer = soup_session_send_and_read (session, msg, NULL, &error);
  g_assert_null (answer);
  g_assert_nonnull (error);
  kill_sandbox (running);

  state = load_state (state_path);
  reissues = json_object_get_array_member (state, "reissues");
  g_assert_cmpuint (json_array_get_length (reissues), ==, 1);
  entry = json_array_get_object_element (reissues, 0);
  g_assert_cmpstr (json_object_get_string_member (entry, "old_order"), ==, TICKETS_TEST_OR_DEMO);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (entry, "tickets")), ==, 1);
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (entry, "tickets"), 0), ==, TICKETS_TEST_TK_DEMO_1);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (entry, "new_tickets")), ==, 1);

  g_unlink (state_path);
  g_rmdir (dir);
}

/* Each fault is one line on stderr, with the method and path only. */
static void
test_fault_lines (void)
{
  const char *args[] = { "--fail-rate", "1", "--fail-kinds", "before,after", "--seed", "9", NULL };
  Running *running = run_sandbox (args, G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autofree char *err = NULL;
  g_auto(GStrv) lines = NULL;
  guint n_lines = 0;

  for (guint i = 0; i < 6; i++)
    ask (running, "GET", "/events/" TICKETS_TEST_EV_OPEN "?secret=jan%40example.org", TICKETS_TEST_AUTH_BOXOFFICE, NULL, NULL);
  ask (running, "POST", "/consumers", TICKETS_TEST_AUTH_SALES, "{\"consumers\": [{\"email\": \"jan@example.org\"}]}", NULL);

  err = stop_sandbox (running);
  g_test_message ("%s", err);
  g_assert_null (strstr (err, "secret"));
  g_assert_null (strstr (err, "jan"));

  lines = g_strsplit (err, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (!g_str_has_prefix (lines[i], "sandbox fault: "))
        continue;
      n_lines++;
      g_assert_true (g_str_equal (lines[i], "sandbox fault: before GET /events/" TICKETS_TEST_EV_OPEN) ||
                     g_str_equal (lines[i], "sandbox fault: after GET /events/" TICKETS_TEST_EV_OPEN) ||
                     g_str_equal (lines[i], "sandbox fault: before POST /consumers") ||
                     g_str_equal (lines[i], "sandbox fault: after POST /consumers"));
    }
  g_assert_cmpuint (n_lines, ==, 7);
  g_assert_nonnull (strstr (err, "sandbox fault: before "));
  g_assert_nonnull (strstr (err, "sandbox fault: after "));
}

/* Without a fail rate, no fault and no line. */
static void
test_no_fault_no_line (void)
{
  const char *args[] = { "--fail-kinds", "slow", NULL };
  Running *running = run_sandbox (args, G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autofree char *err = NULL;

  g_assert_cmpuint (ask (running, "GET", "/", TICKETS_TEST_AUTH_BOXOFFICE, NULL, NULL), ==, 200);
  err = stop_sandbox (running);
  g_assert_null (strstr (err, "sandbox fault"));
}

static void
assert_refused (const char * const *args,
                const char         *message)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_ptr_array_add (argv, (char *) sandbox_path);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_newv ((const char * const *) argv->pdata,
                               G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &out, &err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 2);
  /* Refused before it serves: no base URL. */
  g_assert_cmpstr (out, ==, "");
  g_test_message ("%s", err);
  g_assert_nonnull (strstr (err, message));
}

static void
test_bad_fail_kinds (void)
{
  const char *sideways[] = { "--fail-rate", "0.3", "--fail-kinds", "before,sideways", NULL };
  const char *empty[] = { "--fail-kinds", "", NULL };
  const char *slow[] = { "--slow-ms", "-1", NULL };

  assert_refused (sideways, "“sideways”");
  assert_refused (sideways, "before, after and slow");
  assert_refused (empty, "--fail-kinds");
  assert_refused (slow, "--slow-ms");
}

/* The help names the new options. */
static void
test_help (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error, sandbox_path, "--help", NULL);
  g_autofree char *out = NULL;

  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &out, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (out, "--fail-kinds=LIST"));
  g_assert_nonnull (strstr (out, "--slow-ms=MS"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_assert_cmpint (argc, ==, 2);
  sandbox_path = argv[1];

  g_test_add_func ("/sandbox/state/survives-kill", test_state_survives_kill);
  g_test_add_func ("/sandbox/state/reissue-log", test_state_reissue_log);
  g_test_add_func ("/sandbox/state/fault-lines", test_fault_lines);
  g_test_add_func ("/sandbox/state/no-fault-no-line", test_no_fault_no_line);
  g_test_add_func ("/sandbox/state/bad-fail-kinds", test_bad_fail_kinds);
  g_test_add_func ("/sandbox/state/help", test_help);

  return g_test_run ();
}
