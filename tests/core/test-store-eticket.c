/* test-store-eticket.c: e-tickets through the store against the sandbox,
 * over HTTP on loopback: downloading with the order's token, the failures
 * a fan can act on, and saving the exact bytes owner-only
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include <glib/gstdio.h>

#include "tickets-error.h"

#include "store-test-utils.h"

static GBytes *
download_eticket (Fixture     *fixture,
                  const char  *uri,
                  TicketsAuth *auth,
                  GError     **error)
{
  tickets_store_download_eticket_async (fixture->store, uri, auth, NULL, on_done, fixture);
  return finish_call (fixture, (FinishFunc) tickets_store_download_eticket_finish, error);
}

static void
assert_pdf (GBytes *bytes)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  g_assert_cmpuint (size, >, 5);
  g_assert_cmpmem (data, 5, "%PDF-", 5);
}

/* Both the ticket's e-ticket and the order's e-tickets, with the token
 * that opened the order, as the sandbox received them. */
static void
test_eticket_download (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(TicketsAuth) auth = order_token ("none-order-token");
  g_autoptr(TicketsOrder) order = load_order (fixture, TICKETS_TEST_OR_NONE, auth, NULL);
  TicketsTicket *ticket = tickets_store_lookup_ticket (fixture->store, TICKETS_TEST_TK_NONE);
  const char *uris[2];

  g_assert_nonnull (order);
  g_assert_nonnull (ticket);
  uris[0] = tickets_ticket_get_eticket_uri (ticket);
  uris[1] = tickets_order_get_etickets_uri (order);

  for (guint i = 0; i < G_N_ELEMENTS (uris); i++)
    {
      g_autoptr(GUri) uri = NULL;
      g_autoptr(GBytes) pdf = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) received = NULL;

      g_assert_nonnull (uris[i]);
      uri = g_uri_parse (uris[i], G_URI_FLAGS_ENCODED, NULL);
      tickets_test_sandbox_record (fixture->sandbox);
      pdf = download_eticket (fixture, uris[i], auth, &error);
      g_assert_no_error (error);
      assert_pdf (pdf);

      received = tickets_test_sandbox_dup_received (fixture->sandbox, "GET", g_uri_get_path (uri));
      g_assert_cmpuint (received->len, ==, 1);
      g_assert_cmpstr (((TicketsSandboxReceived *) g_ptr_array_index (received, 0))->token_header, ==,
                       "Order-Token: none-order-token");
    }
}

/* Each failure says what happened in words a fan can act on. */
static void
test_eticket_download_errors (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(TicketsAuth) auth = order_token ("none-order-token");
  g_autoptr(TicketsAuth) other = order_token ("demo-order-token");
  g_autoptr(TicketsAuth) wrong = order_token ("no-such-token");
  g_autoptr(TicketsAuth) staff = boxoffice ();
  g_autoptr(TicketsOrder) order = load_order (fixture, TICKETS_TEST_OR_NONE, auth, NULL);
  const char *uri = tickets_ticket_get_eticket_uri (tickets_store_lookup_ticket (fixture->store, TICKETS_TEST_TK_NONE));
  g_autofree char *nowhere = tickets_test_sandbox_uri (fixture->sandbox, "/download/eticket/no-such-eticket");
  g_autofree char *not_pdf = tickets_test_uri (fixture->sandbox, "events", TICKETS_TEST_EV_OPEN);
  const char *refused = "The server did not let you download this e-ticket. Sign out and sign in again, then try once more.";

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GBytes) pdf = download_eticket (fixture, uri, wrong, &error);

    g_assert_null (pdf);
    g_assert_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_UNAUTHORIZED);
    g_assert_cmpstr (error->message, ==, refused);
  }
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GBytes) pdf = download_eticket (fixture, uri, other, &error);

    g_assert_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_FORBIDDEN);
    g_assert_cmpstr (error->message, ==, refused);
  }
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GBytes) pdf = download_eticket (fixture, nowhere, staff, &error);

    g_assert_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_NOT_FOUND);
    g_assert_cmpstr (error->message, ==, "The server has no e-ticket at this link. "
                                         "The ticket may have been re-issued: open the order again for its new e-ticket.");
  }
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GBytes) pdf = download_eticket (fixture, not_pdf, staff, &error);

    g_assert_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_INVALID_RESPONSE);
    g_assert_cmpstr (error->message, ==, "The server sent something other than a PDF.");
  }
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GBytes) pdf = NULL;

    /* A connection that keeps dropping: once the retries are spent, the
     * client's own message, which names the failure. */
    tickets_client_set_retry_policy (fixture->client, 2, 1);
    tickets_test_sandbox_fail_next (fixture->sandbox, 10, TICKETS_SANDBOX_FAULT_DROP, 0);
    pdf = download_eticket (fixture, uri, auth, &error);
    tickets_test_sandbox_fail_next (fixture->sandbox, 0, TICKETS_SANDBOX_FAULT_DROP, 0);
    g_assert_null (pdf);
    g_assert_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_NETWORK);
    g_assert_true (g_str_has_prefix (error->message, "The connection to the server failed"));
  }
}

static gboolean
save_eticket (Fixture  *fixture,
              GBytes   *pdf,
              GFile    *file,
              GError  **error)
{
  gboolean saved;

  tickets_store_save_eticket_async (fixture->store, pdf, file, NULL, on_done, fixture);
  saved = tickets_store_save_eticket_finish (fixture->store, wait_result (fixture), error);
  drop_result (fixture);

  return saved;
}

static void
assert_saved (GFile  *file,
              GBytes *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) contents = g_file_load_bytes (file, NULL, NULL, &error);
  g_autoptr(GFileInfo) info = NULL;

  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (contents, expected));
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_UNIX_MODE, G_FILE_QUERY_INFO_NONE, NULL, &error);
  g_assert_no_error (error);
  /* It names the holder: for the owner's eyes only. */
  g_assert_cmpuint (g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_UNIX_MODE) & 0777, ==, 0600);
}

/* The exact bytes, new or replacing a file, owner-only; without a dialog. */
static void
test_eticket_save (Fixture       *fixture,
                   gconstpointer  data)
{
  static const char pdf_data[] = "%PDF-1.4\n\0\x01\xff binary \r\n%%EOF\n";
  g_autoptr(GBytes) pdf = g_bytes_new_static (pdf_data, sizeof pdf_data - 1);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("tickets-eticket-XXXXXX", &error);
  g_autofree char *existing_path = NULL;
  g_autoptr(GFile) new_file = NULL;
  g_autoptr(GFile) existing = NULL;
  g_autoptr(GFile) nowhere = NULL;

  g_assert_no_error (error);
  new_file = g_file_new_build_filename (dir, "e-ticket.pdf", NULL);
  g_assert_true (save_eticket (fixture, pdf, new_file, &error));
  g_assert_no_error (error);
  assert_saved (new_file, pdf);

  /* A file that was there, longer and readable by all, is replaced whole. */
  existing_path = g_build_filename (dir, "old.pdf", NULL);
  g_file_set_contents_full (existing_path, "an older and much longer file than the e-ticket, to be replaced", -1,
                            G_FILE_SET_CONTENTS_NONE, 0644, &error);
  g_assert_no_error (error);
  existing = g_file_new_for_path (existing_path);
  g_assert_true (save_eticket (fixture, pdf, existing, &error));
  g_assert_no_error (error);
  assert_saved (existing, pdf);

  /* A folder that is not there: an error, not a crash or a silent nothing. */
  nowhere = g_file_new_build_filename (dir, "no-such-folder", "e-ticket.pdf", NULL);
  g_assert_false (save_eticket (fixture, pdf, nowhere, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);

  g_file_delete (new_file, NULL, NULL);
  g_file_delete (existing, NULL, NULL);
  g_remove (dir);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  ADD_TEST ("/store/eticket/download", test_eticket_download);
  ADD_TEST ("/store/eticket/download-errors", test_eticket_download_errors);
  ADD_TEST ("/store/eticket/save", test_eticket_save);

  return g_test_run ();
}
