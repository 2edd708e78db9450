/* test-application.c: the command line of the tickets program
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "tickets-resource.h"

static const char *tickets_path;

static int
run (const char  *arg1,
     const char  *arg2,
     const char  *arg3,
     char       **out,
     char       **err)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                                                       G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;

  /* English output, whatever the machine's locale. */
  g_subprocess_launcher_setenv (launcher, "LANGUAGE", "en", TRUE);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  process = g_subprocess_launcher_spawn (launcher, &error, tickets_path, arg1, arg2, arg3, NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, out, err, &error);
  g_assert_no_error (error);

  return g_subprocess_get_exit_status (process);
}

/* The program with @args (NULL-terminated), @input on its standard input. */
static int
run_with_input (const char * const  *args,
                const char          *input,
                char               **out,
                char               **err)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE |
                                                                       G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                                                       G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;

  g_subprocess_launcher_setenv (launcher, "LANGUAGE", "en", TRUE);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  g_ptr_array_add (argv, (gpointer) tickets_path);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, input, NULL, out, err, &error);
  g_assert_no_error (error);

  return g_subprocess_get_exit_status (process);
}

static void
test_version (void)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run ("--version", NULL, NULL, &out, &err), ==, 0);
  g_assert_cmpstr (out, ==, "tickets " PACKAGE_VERSION "\n");
}

static void
test_help (void)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run ("--help", NULL, NULL, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "--demo"));
  g_assert_nonnull (strstr (out, "--server=URL"));
  g_assert_nonnull (strstr (out, "--version"));
  g_assert_nonnull (strstr (out, "--order=URI"));
  g_assert_nonnull (strstr (out, "--request=URI"));
  g_assert_nonnull (strstr (out, "--request-token=TOKEN"));
  g_assert_nonnull (strstr (out, "--cognito-token=TOKEN"));
}

/* Each way of signing in from the command line is whole, and one at a time. */
static void
test_bad_sign_in (void)
{
  struct
  {
    const char *args[3];
    const char *says;
  } cases[] = {
    { { "--order=" "https://shopping-api.paylogic.com/orders/1a701ca300944a0da88212b5c18e74d2", NULL },
      "--order and --order-token go together" },
    { { "--request-token=demo-request-token", NULL }, "--request and --request-token go together" },
    { { "--cognito-token=", NULL }, "--cognito-token is empty" },
    { { "--cognito-token=demo-cognito-token", "--order=1a701ca300944a0da88212b5c18e74d2",
        "--order-token=demo-order-token" }, "one way at a time" },
    { { "--demo", "--server=https://shopping-api.paylogic.com", NULL }, "cannot be used together" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;

      g_assert_cmpint (run (cases[i].args[0], cases[i].args[1], cases[i].args[2], &out, &err), ==, 1);
      g_assert_nonnull (strstr (err, cases[i].says));
    }
}

/* A link, a path or a bare id, for --order and --request alike: one parser. */
static void
test_parse_reference (void)
{
  static const struct
  {
    const char *collection;
    const char *text;
    const char *expected;
  } cases[] = {
    { "orders", "1a701ca300944a0da88212b5c18e74d2", "1a701ca300944a0da88212b5c18e74d2" },
    { "orders", " 1a701ca300944a0da88212b5c18e74d2\n", "1a701ca300944a0da88212b5c18e74d2" },
    { "orders", "/orders/1a701ca300944a0da88212b5c18e74d2", "1a701ca300944a0da88212b5c18e74d2" },
    { "orders", "orders/1a701ca300944a0da88212b5c18e74d2/", "1a701ca300944a0da88212b5c18e74d2" },
    { "orders", "/api/orders/1a701ca300944a0da88212b5c18e74d2?x=1#y", "1a701ca300944a0da88212b5c18e74d2" },
    { "orders", "https://shopping-api.paylogic.com/orders/1a701ca300944a0da88212b5c18e74d2",
      "https://shopping-api.paylogic.com/orders/1a701ca300944a0da88212b5c18e74d2" },
    { "personalization-requests", "/personalization-requests/cbc0fde8aa804984b559feab6d8fc683",
      "cbc0fde8aa804984b559feab6d8fc683" },
    { "personalization-requests", "http://127.0.0.1:8080/personalization-requests/cbc0fde8aa804984b559feab6d8fc683",
      "http://127.0.0.1:8080/personalization-requests/cbc0fde8aa804984b559feab6d8fc683" },
    /* Another collection, or nothing usable. */
    { "personalization-requests", "/orders/1a701ca300944a0da88212b5c18e74d2", NULL },
    { "orders", "https://shopping-api.paylogic.com/tickets/1a701ca300944a0da88212b5c18e74d2", NULL },
    { "orders", "ftp://example.org/orders/1a701ca300944a0da88212b5c18e74d2", NULL },
    { "orders", "/orders/", NULL },
    { "orders", "an id with spaces", NULL },
    { "orders", "  ", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *parsed = tickets_resource_parse_reference (cases[i].collection, cases[i].text);

      g_assert_cmpstr (parsed, ==, cases[i].expected);
    }
}

/* --request takes a path as well as an id, and refuses an order's path. */
static void
test_request_path (void)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run ("--request=/orders/1a701ca300944a0da88212b5c18e74d2", "--request-token=demo-request-token",
                        "--version", &out, &err), ==, 1);
  g_assert_nonnull (strstr (err, "--request takes"));

  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run ("--request=/personalization-requests/cbc0fde8aa804984b559feab6d8fc683",
                        "--request-token=demo-request-token", "--version", &out, &err), ==, 0);
  g_assert_cmpstr (out, ==, "tickets " PACKAGE_VERSION "\n");
}

static void
test_bad_server (void)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run ("--server", "not a url", NULL, &out, &err), ==, 1);
  g_assert_nonnull (strstr (err, "not a server address"));

  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run ("--server", "ftp://example.org", NULL, &out, &err), ==, 1);
  g_assert_nonnull (strstr (err, "https://"));

  /* Plain http would send credentials in the clear: loopback only. */
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run ("--server", "http://shopping-api.example.org", NULL, &out, &err), ==, 1);
  g_assert_nonnull (strstr (err, "not a secure address"));

  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run ("--server", "http://127.0.0.1:1/", "--version", &out, &err), ==, 0);
}

/* --staff-user takes its password from standard input only, and says
 * plainly what is missing or wrong. */
static void
test_staff_options (void)
{
  static const struct
  {
    const char *args[6];
    const char *input;
    const char *says;   /* NULL: accepted */
  } cases[] = {
    { { "--staff-user=boxoffice", "--version", NULL }, "boxoffice-demo\n", "needs --password-stdin" },
    { { "--password-stdin", "--version", NULL }, "boxoffice-demo\n", "needs --staff-user" },
    { { "--event=5b3e9744999d4d0ca56b4c5ca1f4dc49", "--version", NULL }, "", "sign in with --staff-user" },
    { { "--staff-user=box:office", "--password-stdin", "--version", NULL }, "x\n", "colon" },
    { { "--staff-user=", "--password-stdin", "--version", NULL }, "x\n", "cannot be empty" },
    { { "--staff-user=boxoffice", "--password-stdin", "--version", NULL }, "", "no password" },
    { { "--staff-user=boxoffice", "--password-stdin", "--version", NULL }, "\n", "password read from standard input is empty" },
    { { "--staff-user=boxoffice", "--password-stdin", "--order-token=demo-order-token",
        "--order=1a701ca300944a0da88212b5c18e74d2", "--version", NULL }, "x\n", "one way at a time" },
    /* Accepted: one line, its line break (and a CR before it) not part of it. */
    { { "--staff-user=boxoffice", "--password-stdin", "--version", NULL }, "boxoffice-demo\n", NULL },
    { { "--staff-user=boxoffice", "--password-stdin", "--version", NULL }, "boxoffice-demo", NULL },
    { { "--staff-user=boxoffice", "--password-stdin", "--version", NULL }, "pass word\r\nignored\n", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      int status = run_with_input (cases[i].args, cases[i].input, &out, &err);

      if (cases[i].says == NULL)
        {
          g_assert_cmpstr (err, ==, "");
          g_assert_cmpint (status, ==, 0);
          g_assert_cmpstr (out, ==, "tickets " PACKAGE_VERSION "\n");
        }
      else
        {
          g_assert_cmpint (status, ==, 1);
          if (strstr (err, cases[i].says) == NULL)
            g_error ("case %u: “%s” does not say “%s”", i, err, cases[i].says);
        }
    }
}

/* --event: a link to the chosen server's events or a bare id, repeatable. */
static void
test_event_option (void)
{
  static const struct
  {
    const char *args[7];
    const char *says;   /* NULL: accepted */
  } cases[] = {
    { { "--server=https://shopping-api.paylogic.com", "--event=https://shopping-api.paylogic.com/events/abc123",
        "--event=def456", NULL }, NULL },
    { { "--server=http://127.0.0.1:8080/api/", "--event=http://127.0.0.1:8080/api/events/abc123", NULL }, NULL },
    { { "--server=https://shopping-api.paylogic.com", "--event=https://shopping-api.example.org/events/abc123", NULL },
      "is not on the server in use" },
    { { "--server=http://127.0.0.1:8080/api", "--event=http://127.0.0.1:8080/events/abc123", NULL },
      "is not on the server in use" },
    { { "--demo", "--event=http://127.0.0.1:8080/events/abc123", NULL }, "give --event the event’s id" },
    { { "--demo", "--event=/orders/abc123", NULL }, "--event takes an event’s link" },
    { { "--demo", "--event=ftp://example.org/events/abc123", NULL }, "--event takes an event’s link" },
    { { "--demo", "--event=two words", NULL }, "--event takes an event’s link" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *args[10] = { "--staff-user=boxoffice", "--password-stdin" };
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      guint n = 2;
      int status;

      for (guint j = 0; cases[i].args[j] != NULL; j++)
        args[n++] = cases[i].args[j];
      args[n++] = "--version";
      args[n] = NULL;

      status = run_with_input (args, "boxoffice-demo\n", &out, &err);
      if (cases[i].says == NULL)
        {
          g_assert_cmpstr (err, ==, "");
          g_assert_cmpint (status, ==, 0);
        }
      else
        {
          g_assert_cmpint (status, ==, 1);
          if (strstr (err, cases[i].says) == NULL)
            g_error ("case %u: “%s” does not say “%s”", i, err, cases[i].says);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_assert_cmpint (argc, ==, 2);
  tickets_path = argv[1];

  g_test_add_func ("/application/version", test_version);
  g_test_add_func ("/application/help", test_help);
  g_test_add_func ("/application/bad-server", test_bad_server);
  g_test_add_func ("/application/bad-sign-in", test_bad_sign_in);
  g_test_add_func ("/application/parse-reference", test_parse_reference);
  g_test_add_func ("/application/request-path", test_request_path);
  g_test_add_func ("/application/staff-options", test_staff_options);
  g_test_add_func ("/application/event-option", test_event_option);

  return g_test_run ();
}
