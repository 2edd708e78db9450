/* test-ticket-printer.c: a ticket's printed confirmation, read back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Tickets of the demo order, loaded from the sandbox, exported to PDF the
 * way printing draws them (GTK_PRINT_OPERATION_ACTION_EXPORT). The text is
 * read back with pdftotext (poppler-utils), and the page is rendered at
 * 200 dpi with pdftoppm and its barcode decoded with zbarimg (zbar-tools),
 * as a door scanner would: the decoded text must be the ticket's code.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>

#include "tickets-auth.h"
#include "tickets-barcode.h"
#include "tickets-counter-actions.h"
#include "tickets-format.h"
#include "tickets-test-views.h"
#include "tickets-ticket-printer.h"

static TicketsTestSandbox *sandbox;

typedef struct
{
  TicketsClient *client;
  TicketsStore  *store;
  TicketsOrder  *order;
  char          *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(TicketsAuth) auth = tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, "demo-order-token");
  g_autoptr(GError) error = NULL;

  tickets_test_open_store (sandbox, &fixture->client, &fixture->store);
  fixture->order = tickets_test_load_order (fixture->store, TICKETS_TEST_OR_DEMO, auth);
  fixture->dir = g_dir_make_tmp ("tickets-printer-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
  g_clear_object (&fixture->order);
  /* The test sandbox lives on: only the store and the client go. */
  g_assert_finalize_object (fixture->store);
  g_assert_finalize_object (fixture->client);
}

/* FALSE, the test skipped, when @program is not installed. */
static gboolean
have_program (const char *program,
              const char *package)
{
  g_autofree char *path = g_find_program_in_path (program);

  if (path != NULL)
    return TRUE;

  g_test_skip_printf ("%s is not installed (Debian package %s; build-aux/install-deps.sh --tests)",
                      program, package);
  return FALSE;
}

static gboolean
have_tools (void)
{
  return have_program ("pdftotext", "poppler-utils")
         && have_program ("pdfinfo", "poppler-utils")
         && have_program ("pdftoppm", "poppler-utils")
         && have_program ("zbarimg", "zbar-tools");
}

/* What @argv wrote on its standard output; it must succeed. */
static char *
run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("%s failed: %s\n%s", argv[0], error->message, err);

  return g_steal_pointer (&out);
}

/* The PDF's text, as pdftotext reads it. */
static char *
pdf_text (const char *pdf)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL };

  return run (argv);
}

/* The barcodes zbarimg finds on the page rendered at 200 dpi, one a line. */
static char *
pdf_barcodes (Fixture    *fixture,
              const char *pdf)
{
  g_autofree char *root = g_build_filename (fixture->dir, "page", NULL);
  g_autofree char *png = g_strconcat (root, ".png", NULL);
  const char *render[] = { "pdftoppm", "-r", "200", "-png", "-singlefile", pdf, root, NULL };
  const char *decode[] = { "zbarimg", "--raw", "-q", png, NULL };
  g_autofree char *rendered = run (render);

  return g_strchomp (run (decode));
}

/* The page count pdfinfo reads. */
static int
count_pages (const char *pdf)
{
  const char *argv[] = { "pdfinfo", pdf, NULL };
  g_autofree char *info = run (argv);
  const char *pages = strstr (info, "\nPages:");

  g_assert_nonnull (pages);

  return atoi (pages + strlen ("\nPages:"));
}

static TicketsTicket *
get_ticket (Fixture    *fixture,
            const char *uid)
{
  TicketsTicket *ticket = tickets_store_lookup_ticket (fixture->store, uid);

  g_assert_nonnull (ticket);
  g_assert_nonnull (tickets_ticket_get_event (ticket));
  g_assert_nonnull (tickets_ticket_get_product (ticket));

  return ticket;
}

static char *
export (Fixture       *fixture,
        TicketsTicket *ticket,
        TicketsOrder  *order,
        gboolean       reprint)
{
  g_autoptr(GtkPrintOperation) operation = tickets_ticket_printer_new_operation (ticket, order, reprint, NULL);
  g_autoptr(GError) error = NULL;
  char *pdf = g_build_filename (fixture->dir, "confirmation.pdf", NULL);

  g_assert_true (tickets_ticket_printer_export (operation, pdf, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (count_pages (pdf), ==, 1);

  return pdf;
}

static void
assert_has (const char *text,
            const char *part)
{
  if (strstr (text, part) == NULL)
    g_error ("“%s” is not in the printout:\n%s", part, text);
}

/* Anna's ticket: everything the brief lists is on the page, and the
 * barcode scans as the ticket's code. */
static void
test_confirmation (Fixture       *fixture,
                   gconstpointer  data)
{
  TicketsTicket *ticket;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *codes = NULL;
  g_autofree char *holder = NULL;
  g_autofree char *when = NULL;

  if (!have_tools ())
    return;

  ticket = get_ticket (fixture, TICKETS_TEST_TK_DEMO_ANNA);
  holder = tickets_consumer_dup_full_name (tickets_ticket_get_consumer (ticket));
  when = tickets_format_date_time (tickets_event_get_event_start (tickets_ticket_get_event (ticket)));
  pdf = export (fixture, ticket, fixture->order, FALSE);
  text = pdf_text (pdf);

  assert_has (text, tickets_best_text (tickets_event_get_title (tickets_ticket_get_event (ticket))));
  assert_has (text, when);
  assert_has (text, holder);
  assert_has (text, tickets_best_text (tickets_product_get_name (tickets_ticket_get_product (ticket))));
  assert_has (text, "Entrance A");
  assert_has (text, "DEMO-0001");
  assert_has (text, "7746094553253");
  assert_has (text, "at the box office");
  g_assert_null (strstr (text, "REPRINT"));

  codes = pdf_barcodes (fixture, pdf);
  g_assert_cmpstr (codes, ==, "7746094553253");
}

/* A reprint says so, and still scans; without the order at hand, the
 * order's uid stands for its reference. */
static void
test_reprint (Fixture       *fixture,
              gconstpointer  data)
{
  TicketsTicket *ticket;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *codes = NULL;
  g_autoptr(GError) error = NULL;

  if (!have_tools ())
    return;

  ticket = get_ticket (fixture, TICKETS_TEST_TK_DEMO_SEATED);
  pdf = g_build_filename (fixture->dir, "reprint.pdf", NULL);
  g_assert_true (tickets_ticket_printer_export_pdf (ticket, TRUE, pdf, &error));
  g_assert_no_error (error);
  text = pdf_text (pdf);

  assert_has (text, "REPRINT");
  assert_has (text, "9413046851726");
  assert_has (text, TICKETS_TEST_OR_DEMO);
  /* The seat, each part named as the venue names it. */
  assert_has (text, "Section Grandstand North");
  assert_has (text, "Row F");
  assert_has (text, "Seat 12");
  /* No name yet: the page says so rather than leaving a blank. */
  assert_has (text, "No name given yet");

  codes = pdf_barcodes (fixture, pdf);
  g_assert_cmpstr (codes, ==, "9413046851726");
}

/* A holder's name is text, never markup: printed as typed. */
static void
test_name_literal (Fixture       *fixture,
                   gconstpointer  data)
{
  TicketsTicket *ticket;
  g_autoptr(TicketsConsumer) consumer = tickets_consumer_new ();
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;

  if (!have_program ("pdftotext", "poppler-utils") || !have_program ("pdfinfo", "poppler-utils"))
    return;

  ticket = get_ticket (fixture, TICKETS_TEST_TK_DEMO_1);
  tickets_consumer_set_first_name (consumer, "Tom & Jerry");
  tickets_consumer_set_last_name (consumer, "<b>");
  tickets_ticket_set_consumer (ticket, consumer);
  pdf = export (fixture, ticket, NULL, FALSE);
  text = pdf_text (pdf);

  assert_has (text, "Tom & Jerry <b>");
}

/* A code no QR code holds: the export says why, and writes nothing. */
static void
test_too_long (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(TicketsTicket) ticket = tickets_ticket_new ("too-long");
  g_autofree char *code = g_strnfill (8000, 'x');
  g_autofree char *pdf = g_build_filename (fixture->dir, "too-long.pdf", NULL);
  g_autoptr(GError) error = NULL;

  tickets_ticket_set_code (ticket, code);
  g_assert_false (tickets_ticket_printer_export_pdf (ticket, FALSE, pdf, &error));
  g_assert_error (error, TICKETS_BARCODE_ERROR, TICKETS_BARCODE_ERROR_TOO_LONG);
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
}

/* Runs the main loop until @done holds, for at most 10 s. */
static void
wait_until (gboolean (*done) (gpointer data),
            gpointer   data,
            const char *what)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!done (data))
    {
      if (g_get_monotonic_time () > end)
        g_error ("Waited 10 s for %s", what);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

/* GtkPrintUnixDialog's, by property: its header is outside GTK's own. */
static gboolean
has_printer (gpointer dialog)
{
  g_autoptr(GObject) printer = NULL;

  g_object_get (dialog, "selected-printer", &printer, NULL);

  return printer != NULL;
}

/* The print job writes the file after "done", in the background: done
 * once it has its end-of-file mark. */
static gboolean
is_written (gpointer path)
{
  g_autofree char *contents = NULL;
  gsize length;

  return g_file_get_contents (path, &contents, &length, NULL)
         && length > 6 && g_strstr_len (contents + length - 7, 7, "%%EOF") != NULL;
}

typedef struct
{
  TicketsShiftLog *shift_log;
  const char      *code;
  guint            prints;
} PrintCount;

static gboolean
has_prints (gpointer data)
{
  PrintCount *count = data;

  return tickets_shift_log_get_prints (count->shift_log, count->code) == count->prints;
}

/* tickets_counter_print()'s dialog, answered with @response; then, for
 * OK, the file printed to. */
static void
print_from_dialog (GtkWindow      *parent,
                   TicketsCounter *counter,
                   TicketsTicket  *ticket,
                   int             response)
{
  GtkWindow *dialog;

  tickets_counter_print (parent, counter, ticket);
  dialog = tickets_test_wait_for_dialog (parent, GTK_TYPE_DIALOG);
  g_assert_cmpstr (G_OBJECT_TYPE_NAME (dialog), ==, "GtkPrintUnixDialog");
  g_assert_true (gtk_window_get_modal (dialog));
  /* The printer the settings name, once the file backend has listed it. */
  wait_until (has_printer, dialog, "the printer");
  gtk_dialog_response (GTK_DIALOG (dialog), response);
}

/* From the counter: the dialog prints to the printer chosen (here, a
 * file); the shift log counts it, so that the second one says REPRINT;
 * a cancelled dialog counts nothing. */
static void
test_counter_print (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TicketsSession) session = NULL;
  g_autoptr(TicketsShiftLog) shift_log = NULL;
  g_autoptr(TicketsCounter) counter = NULL;
  g_autoptr(GtkPrintSettings) settings = gtk_print_settings_new ();
  g_autofree char *pdf = g_build_filename (fixture->dir, "printed.pdf", NULL);
  g_autofree char *uri = g_filename_to_uri (pdf, NULL, NULL);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  GtkWidget *field = gtk_entry_new ();
  GtkWindow *parent;
  TicketsTicket *ticket;
  PrintCount count;

  if (!have_tools ())
    return;

  session = tickets_test_session_new (fixture->store, NULL);
  shift_log = tickets_shift_log_new (NULL, &error);
  g_assert_no_error (error);
  counter = tickets_counter_new (session, shift_log);
  ticket = get_ticket (fixture, TICKETS_TEST_TK_DEMO_ANNA);
  count = (PrintCount) { shift_log, tickets_ticket_get_code (ticket), 1 };

  gtk_print_settings_set_printer (settings, "Print to File");
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_URI, uri);
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_FILE_FORMAT, "pdf");
  tickets_ticket_printer_set_print_settings (settings);
  parent = tickets_test_window_new (field, 400, 300);
  gtk_widget_grab_focus (field);
  g_assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (parent), field));

  print_from_dialog (parent, counter, ticket, GTK_RESPONSE_OK);
  wait_until (has_prints, &count, "the first print");
  wait_until (is_written, pdf, "the printed file");
  first = pdf_text (pdf);
  assert_has (first, "7746094553253");
  assert_has (first, "DEMO-0001");
  g_assert_null (strstr (first, "REPRINT"));
  g_unlink (pdf);

  count.prints = 2;
  print_from_dialog (parent, counter, ticket, GTK_RESPONSE_OK);
  wait_until (has_prints, &count, "the reprint");
  wait_until (is_written, pdf, "the reprinted file");
  second = pdf_text (pdf);
  assert_has (second, "REPRINT");
  assert_has (second, "7746094553253");
  g_unlink (pdf);

  print_from_dialog (parent, counter, ticket, GTK_RESPONSE_CANCEL);
  tickets_test_run_for (300);
  g_assert_cmpuint (tickets_shift_log_get_prints (shift_log, count.code), ==, 2);
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  g_assert_null (tickets_test_find_dialog (parent, GTK_TYPE_DIALOG));
  /* The scan field has the focus again (its text, inside the entry). */
  g_assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (parent), field));

  tickets_ticket_printer_set_print_settings (NULL);
  tickets_test_close_window (parent);
}

/* From the counter, a code that makes no barcode: no print dialog, a
 * message saying why, and nothing counted. */
static void
test_counter_print_error (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TicketsSession) session = tickets_test_session_new (fixture->store, NULL);
  g_autoptr(TicketsShiftLog) shift_log = tickets_shift_log_new (NULL, &error);
  g_autoptr(TicketsCounter) counter = NULL;
  g_autoptr(TicketsTicket) ticket = tickets_ticket_new ("too-long");
  g_autofree char *code = g_strnfill (8000, '7');
  GtkWindow *parent = tickets_test_window_new (gtk_entry_new (), 400, 300);
  GtkWindow *dialog;

  g_assert_no_error (error);
  counter = tickets_counter_new (session, shift_log);
  tickets_ticket_set_code (ticket, code);

  tickets_counter_print (parent, counter, ticket);
  dialog = tickets_test_wait_for_dialog (parent, ADW_TYPE_MESSAGE_DIALOG);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, "Could Not Print");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "too long"));
  g_assert_false (adw_message_dialog_get_body_use_markup (ADW_MESSAGE_DIALOG (dialog)));
  g_assert_null (tickets_test_find_dialog (parent, GTK_TYPE_DIALOG));
  g_assert_cmpuint (tickets_shift_log_get_prints (shift_log, code), ==, 0);

  tickets_test_close_window (dialog);
  tickets_test_close_window (parent);
}

/* On screen: whole pixels, black or white only, the quiet zone white and
 * the finder pattern's corner black. */
static void
test_paintable (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TicketsBarcode) barcode = tickets_barcode_new ("7746094553253", &error);
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autofree guchar *pixels = NULL;
  int n, module, offset;

  g_assert_no_error (error);
  n = tickets_barcode_get_n_modules (barcode);
  g_assert_cmpint (n, ==, 21 + 2 * TICKETS_BARCODE_QUIET_ZONE);
  g_assert_false (tickets_barcode_is_dark (barcode, 0, 0));
  g_assert_true (tickets_barcode_is_dark (barcode, TICKETS_BARCODE_QUIET_ZONE, TICKETS_BARCODE_QUIET_ZONE));

  paintable = tickets_barcode_dup_paintable (barcode, 200);
  g_assert_true (GDK_IS_TEXTURE (paintable));
  g_assert_cmpint (gdk_texture_get_width (GDK_TEXTURE (paintable)), ==, 200);
  g_assert_cmpint (gdk_texture_get_height (GDK_TEXTURE (paintable)), ==, 200);

  pixels = g_malloc (200 * 200 * 4);
  gdk_texture_download (GDK_TEXTURE (paintable), pixels, 200 * 4);
  for (int i = 0; i < 200 * 200 * 4; i++)
    g_assert_true (pixels[i] == 0x00 || pixels[i] == 0xff);

  module = 200 / n;
  offset = (200 - module * n) / 2;
  for (int y = 0; y < n; y++)
    for (int x = 0; x < n; x++)
      {
        /* The middle of each module. */
        const guchar *pixel = pixels + ((offset + y * module + module / 2) * 200
                                        + offset + x * module + module / 2) * 4;

        g_assert_cmpint (pixel[0] == 0, ==, tickets_barcode_is_dark (barcode, x, y));
      }
}

static void
test_empty (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_null (tickets_barcode_new ("", &error));
  g_assert_error (error, TICKETS_BARCODE_ERROR, TICKETS_BARCODE_ERROR_EMPTY);
}

int
main (int   argc,
      char *argv[])
{
  if (!tickets_test_views_init (&argc, &argv))
    return g_test_run ();

#define ADD(path, func) \
  g_test_add ("/ticket-printer/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("confirmation", test_confirmation);
  ADD ("reprint", test_reprint);
  ADD ("name-literal", test_name_literal);
  ADD ("too-long", test_too_long);
  ADD ("counter-print", test_counter_print);
  ADD ("counter-print-error", test_counter_print_error);
  g_test_add_func ("/barcode/paintable", test_paintable);
  g_test_add_func ("/barcode/empty", test_empty);

  return tickets_test_run_with_sandbox (&sandbox);
}
