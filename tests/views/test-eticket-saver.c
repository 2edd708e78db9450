/* test-eticket-saver.c: an e-ticket from its link to a file, against the sandbox
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A TicketsEticketSaver over a session on the sandbox, with a plain window
 * as its parent: the download, the Save As dialog, the file, and what a
 * failure says. The desktop it runs on is a temporary one, whose only PDF
 * viewer copies what it is given, so that opening the e-ticket launches
 * nothing real and the test sees what was opened.
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "tickets-auth.h"
#include "tickets-eticket-saver.h"
#include "tickets-test-views.h"

static TicketsTestSandbox *sandbox;
/* The temporary desktop: XDG_DATA_HOME and XDG_CONFIG_HOME live in it. */
static char *desktop_dir;

typedef struct
{
  TicketsClient       *client;
  TicketsStore        *store;
  TicketsSession      *session;
  GtkWindow           *parent;
  TicketsEticketSaver *saver;
  GPtrArray           *toasts;
} Fixture;

static void
on_toast (TicketsEticketSaver *saver,
          const char          *text,
          Fixture             *fixture)
{
  g_ptr_array_add (fixture->toasts, g_strdup (text));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(TicketsAuth) auth = tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, "none-order-token");

  tickets_test_open_store (sandbox, &fixture->client, &fixture->store);
  fixture->session = tickets_session_new ();
  tickets_session_set_store (fixture->session, fixture->store);
  tickets_session_set_auth (fixture->session, auth);
  fixture->parent = tickets_test_window_new (gtk_label_new ("Order"), 400, 300);
  fixture->saver = tickets_eticket_saver_new (fixture->session, fixture->parent);
  fixture->toasts = g_ptr_array_new_with_free_func (g_free);
  g_signal_connect (fixture->saver, "toast", G_CALLBACK (on_toast), fixture);
}

static void
remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_dir (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->parent);
  tickets_test_run_frames ();
  g_assert_finalize_object (fixture->saver);
  g_assert_finalize_object (fixture->session);
  g_ptr_array_unref (fixture->toasts);
  /* The test sandbox lives on: only the store and the client go. */
  g_assert_finalize_object (fixture->store);
  g_assert_finalize_object (fixture->client);
}

/* The link to the NONE order's only e-ticket, as its order gives it. */
static const char *
get_eticket_uri (Fixture *fixture)
{
  g_autoptr(TicketsOrder) order = NULL;
  TicketsTicket *ticket;

  order = tickets_test_load_order (fixture->store, TICKETS_TEST_OR_NONE,
                                   tickets_session_get_auth (fixture->session));
  ticket = tickets_store_lookup_ticket (fixture->store, TICKETS_TEST_TK_NONE);
  g_assert_nonnull (ticket);
  g_assert_nonnull (tickets_ticket_get_eticket_uri (ticket));

  return tickets_ticket_get_eticket_uri (ticket);
}

/* Save As offers the file name in the Downloads folder, where the person
 * saves it (@file) or not (NULL: Cancel). */
static void
answer_save_as (Fixture *fixture,
                GFile   *file)
{
  GtkWindow *chooser = tickets_test_wait_for_dialog (fixture->parent, GTK_TYPE_FILE_CHOOSER_DIALOG);
  gint64 deadline = tickets_test_deadline (10);
  g_autoptr(GFile) offered = NULL;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  g_assert_cmpint (gtk_file_chooser_get_action (GTK_FILE_CHOOSER (chooser)), ==, GTK_FILE_CHOOSER_ACTION_SAVE);
  g_assert_true (gtk_window_get_modal (chooser));
  if (file == NULL)
    {
      gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
      return;
    }

  /* The folder loads in the background. */
  while ((offered = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) == NULL)
    tickets_test_iterate (deadline);
  g_assert_cmpstr (g_file_peek_path (offered), ==, g_file_peek_path (file));
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  G_GNUC_END_IGNORE_DEPRECATIONS
}

static GBytes *
wait_for_contents (const char *path)
{
  gint64 deadline = tickets_test_deadline (10);
  char *contents = NULL;
  gsize length;

  /* The copy may be under way: wait until it has what the file has. */
  while (!g_file_get_contents (path, &contents, &length, NULL) || length == 0)
    {
      g_clear_pointer (&contents, g_free);
      tickets_test_iterate (deadline);
    }

  return g_bytes_new_take (contents, length);
}

/* Saved: the file holds exactly what the sandbox served, only its owner
 * can read it, the toast names it, and it is opened. */
static void
test_save (Fixture       *fixture,
           gconstpointer  data)
{
  const char *uri = get_eticket_uri (fixture);
  g_autofree char *path = g_build_filename (desktop_dir, "Downloads", "e-ticket.pdf", NULL);
  g_autofree char *opened_path = g_build_filename (desktop_dir, "opened.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) opened = NULL;
  g_autoptr(GError) error = NULL;
  TicketsTestResponse *served;
  gint64 deadline = tickets_test_deadline (10);

  g_unlink (opened_path);
  g_unlink (path);
  tickets_eticket_saver_save (fixture->saver, uri, "e-ticket.pdf");
  answer_save_as (fixture, file);
  while (fixture->toasts->len == 0)
    tickets_test_iterate (deadline);
  g_assert_cmpstr (g_ptr_array_index (fixture->toasts, 0), ==, "E-ticket saved as “e-ticket.pdf”");

  served = tickets_test_request (sandbox, "GET", uri, "order:none-order-token", NULL);
  g_assert_cmpuint (served->status, ==, 200);
  saved = wait_for_contents (path);
  g_assert_cmpuint (g_bytes_get_size (saved), >, 0);
  g_assert_true (g_bytes_equal (saved, served->raw));
  tickets_test_response_free (served);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_UNIX_MODE, G_FILE_QUERY_INFO_NONE, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_UNIX_MODE) & 0777, ==, 0600);

  /* The desktop's PDF viewer got the saved file. */
  opened = wait_for_contents (opened_path);
  g_assert_true (g_bytes_equal (opened, saved));
  g_assert_null (tickets_test_find_dialog (fixture->parent, ADW_TYPE_MESSAGE_DIALOG));
  g_unlink (path);
}

/* The server answers 500: a dialog says so, in plain text, over a window
 * that stays usable; Try Again downloads anew and goes on to Save As. */
static void
test_server_error (Fixture       *fixture,
                   gconstpointer  data)
{
  const char *uri = get_eticket_uri (fixture);
  const char *path = strstr (uri, "/download/");
  AdwMessageDialog *dialog;

  /* One attempt: the client would otherwise ride the 500 out by itself. */
  tickets_client_set_retry_policy (fixture->client, 1, 0);
  g_assert_nonnull (path);
  tickets_test_sandbox_record (sandbox);
  tickets_test_sandbox_fail_next (sandbox, 1, TICKETS_SANDBOX_FAULT_SERVER_ERROR, 0);
  tickets_eticket_saver_save (fixture->saver, uri, "e-ticket.pdf");

  dialog = ADW_MESSAGE_DIALOG (tickets_test_wait_for_dialog (fixture->parent, ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "The E-ticket Could Not Be Downloaded");
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), !=, "");
  g_assert_false (adw_message_dialog_get_body_use_markup (dialog));
  g_assert_false (adw_message_dialog_get_heading_use_markup (dialog));
  g_assert_true (adw_message_dialog_has_response (dialog, "copy"));
  g_assert_true (adw_message_dialog_has_response (dialog, "close"));
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "download");
  g_assert_cmpuint (tickets_test_sandbox_count (sandbox, "GET", path), ==, 1);
  g_assert_cmpuint (fixture->toasts->len, ==, 0);

  /* Nothing half done stays behind it. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fixture->parent)));
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (fixture->parent)));
  g_assert_null (tickets_test_find_dialog (fixture->parent, GTK_TYPE_FILE_CHOOSER_DIALOG));

  /* As its button does: the response, then the dialog goes. */
  adw_message_dialog_response (dialog, "download");
  gtk_window_destroy (GTK_WINDOW (dialog));
  answer_save_as (fixture, NULL);
  g_assert_cmpuint (tickets_test_sandbox_count (sandbox, "GET", path), ==, 2);
  tickets_test_run_frames ();
  g_assert_null (tickets_test_find_dialog (fixture->parent, ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpuint (fixture->toasts->len, ==, 0);
}

static void
on_text_read (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  char **text = user_data;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);
  if (*text == NULL)
    *text = g_strdup ("");
}

static void
test_copy_link (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *copied = NULL;
  gint64 deadline = tickets_test_deadline (10);

  tickets_eticket_saver_copy_link (fixture->saver, "http://127.0.0.1:1/download/eticket/abc");
  g_assert_cmpuint (fixture->toasts->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (fixture->toasts, 0), ==, "Link copied");

  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (fixture->parent)), NULL, on_text_read, &copied);
  while (copied == NULL)
    tickets_test_iterate (deadline);
  g_assert_cmpstr (copied, ==, "http://127.0.0.1:1/download/eticket/abc");
}

/* A desktop of the test's own: a Downloads folder, and a PDF viewer that
 * copies the file it opens to opened.pdf. */
static void
make_desktop (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_home = NULL;
  g_autofree char *config_home = NULL;
  g_autofree char *applications = NULL;
  g_autofree char *viewer = NULL;
  g_autofree char *viewer_path = NULL;
  g_autofree char *mimeapps_path = NULL;
  g_autofree char *opened_path = NULL;
  g_autofree char *downloads = NULL;
  g_autofree char *user_dirs = NULL;
  g_autofree char *user_dirs_path = NULL;

  desktop_dir = g_dir_make_tmp ("tickets-desktop-XXXXXX", &error);
  g_assert_no_error (error);
  data_home = g_build_filename (desktop_dir, "data", NULL);
  config_home = g_build_filename (desktop_dir, "config", NULL);
  applications = g_build_filename (data_home, "applications", NULL);
  g_assert_cmpint (g_mkdir_with_parents (applications, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (config_home, 0700), ==, 0);
  downloads = g_build_filename (desktop_dir, "Downloads", NULL);
  g_assert_cmpint (g_mkdir_with_parents (downloads, 0700), ==, 0);
  user_dirs = g_strdup_printf ("XDG_DOWNLOAD_DIR=\"%s\"\n", downloads);
  user_dirs_path = g_build_filename (config_home, "user-dirs.dirs", NULL);
  g_file_set_contents (user_dirs_path, user_dirs, -1, &error);
  g_assert_no_error (error);

  opened_path = g_build_filename (desktop_dir, "opened.pdf", NULL);
  viewer = g_strdup_printf ("[Desktop Entry]\nType=Application\nName=Test Viewer\nNoDisplay=true\n"
                            "MimeType=application/pdf;\nExec=cp %%f %s\n", opened_path);
  viewer_path = g_build_filename (applications, "tickets-test-viewer.desktop", NULL);
  g_file_set_contents (viewer_path, viewer, -1, &error);
  g_assert_no_error (error);
  mimeapps_path = g_build_filename (config_home, "mimeapps.list", NULL);
  g_file_set_contents (mimeapps_path, "[Default Applications]\napplication/pdf=tickets-test-viewer.desktop\n", -1,
                       &error);
  g_assert_no_error (error);

  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_setenv ("XDG_CONFIG_HOME", config_home, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* Before GTK or GIO read any of it. */
  make_desktop ();
  if (!tickets_test_views_init (&argc, &argv))
    return g_test_run ();

#define ADD(path, func) \
  g_test_add ("/eticket-saver/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("save", test_save);
  ADD ("server-error", test_server_error);
  ADD ("copy-link", test_copy_link);

  status = tickets_test_run_with_sandbox (&sandbox);
  remove_dir (desktop_dir);
  g_free (desktop_dir);

  return status;
}
