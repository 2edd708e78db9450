/* tickets-ticket-printer.c
 *
 * The confirmation the box office prints for a ticket: what the ticket is
 * for and whose it is, and its code as a QR code that the door's scanners
 * read, with the code as text under it for a person to type. A second
 * printout of a code says REPRINT across its top, so that two papers for
 * one ticket are told apart. Every text from the server or a person is
 * laid out as plain text (pango_layout_set_text), never as markup.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "tickets-barcode.h"
#include "tickets-counter-actions.h"
#include "tickets-format.h"
#include "tickets-ticket-printer.h"

/* Sizes in points (GTK_UNIT_POINTS). */
#define LABEL_WIDTH     110.0
#define COLUMN_GAP      10.0
#define BARCODE_SIZE    200.0

#define TICKETS_TYPE_PRINTOUT (tickets_printout_get_type ())

G_DECLARE_FINAL_TYPE (TicketsPrintout, tickets_printout, TICKETS, PRINTOUT, GtkPrintOperation)

/* The operation itself holds what it prints, so that nothing outlives it
 * and nothing hangs off it as object data. */
struct _TicketsPrintout
{
  GtkPrintOperation  parent_instance;

  TicketsTicket     *ticket;
  char              *order_reference;
  gboolean           reprint;
  GDateTime         *printed;
  /* NULL when the code cannot be encoded; barcode_error says why. */
  TicketsBarcode    *barcode;
  GError            *barcode_error;
};

G_DEFINE_FINAL_TYPE (TicketsPrintout, tickets_printout, GTK_TYPE_PRINT_OPERATION)

static void
tickets_printout_finalize (GObject *object)
{
  TicketsPrintout *self = TICKETS_PRINTOUT (object);

  g_clear_object (&self->ticket);
  g_free (self->order_reference);
  g_clear_pointer (&self->printed, g_date_time_unref);
  g_clear_object (&self->barcode);
  g_clear_error (&self->barcode_error);

  G_OBJECT_CLASS (tickets_printout_parent_class)->finalize (object);
}

static void
tickets_printout_begin_print (GtkPrintOperation *operation,
                              GtkPrintContext   *context)
{
  /* One page per ticket. */
  gtk_print_operation_set_n_pages (operation, 1);
}

/* Lays @text out as plain text at (@x, @y), @width wide, wrapping; returns
 * the height it took. */
static double
show_text (GtkPrintContext *context,
           cairo_t         *cr,
           double           x,
           double           y,
           double           width,
           const char      *text,
           const char      *font,
           PangoAlignment   alignment)
{
  g_autoptr(PangoLayout) layout = gtk_print_context_create_pango_layout (context);
  g_autoptr(PangoFontDescription) description = pango_font_description_from_string (font);
  int height;

  pango_layout_set_font_description (layout, description);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, alignment);
  pango_layout_set_text (layout, text, -1);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  pango_layout_get_size (layout, NULL, &height);

  return (double) height / PANGO_SCALE;
}

/* A label and its value side by side; nothing for an empty value. */
static double
show_field (GtkPrintContext *context,
            cairo_t         *cr,
            double           y,
            double           width,
            const char      *label,
            const char      *value)
{
  double label_height;
  double value_height;

  if (value == NULL || value[0] == '\0')
    return y;

  cairo_set_source_rgb (cr, 0.3, 0.3, 0.3);
  label_height = show_text (context, cr, 0, y + 3, LABEL_WIDTH, label, "Sans 10", PANGO_ALIGN_LEFT);
  cairo_set_source_rgb (cr, 0, 0, 0);
  value_height = show_text (context, cr, LABEL_WIDTH + COLUMN_GAP, y,
                            width - LABEL_WIDTH - COLUMN_GAP, value, "Sans 14", PANGO_ALIGN_LEFT);

  return y + MAX (label_height + 3, value_height) + 6;
}

/* A black band across the page, white capitals in it: seen at a glance,
 * and still there on a black-and-white copy. */
static double
show_reprint (GtkPrintContext *context,
              cairo_t         *cr,
              double           width)
{
  double height;

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, 48);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  /* Translators: across the top of a ticket's confirmation printed for the
   * second time or later; it should stand out, capitals where the language has them. */
  height = show_text (context, cr, 0, 6, width, _("REPRINT"), "Sans Bold 26", PANGO_ALIGN_CENTER);
  cairo_restore (cr);

  return MAX (height + 12, 48) + 14;
}

static char *
dup_venue (TicketsTicket *ticket)
{
  TicketsEvent *event = tickets_ticket_get_event (ticket);
  TicketsSeating *seating = tickets_ticket_get_seating (ticket);
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  const char *venue = seating != NULL ? tickets_best_text (tickets_seating_get_venue (seating)) : NULL;
  const char *name = event != NULL ? tickets_event_get_location_name (event) : NULL;
  const char *city = event != NULL ? tickets_event_get_location_city (event) : NULL;

  if (venue != NULL)
    g_ptr_array_add (parts, (gpointer) venue);
  if (name != NULL && name[0] != '\0' && g_strcmp0 (name, venue) != 0)
    g_ptr_array_add (parts, (gpointer) name);
  if (city != NULL && city[0] != '\0')
    g_ptr_array_add (parts, (gpointer) city);
  if (parts->len == 0)
    return NULL;
  g_ptr_array_add (parts, NULL);

  /* Translators: what separates the parts of a venue, as in "Main Stage, Ahoy, Rotterdam". */
  return g_strjoinv (C_("venue", ", "), (char **) parts->pdata);
}

static char *
dup_product (TicketsTicket *ticket)
{
  TicketsProduct *product = tickets_ticket_get_product (ticket);
  const char *name = product != NULL ? tickets_best_text (tickets_product_get_name (product)) : NULL;
  const char *subproduct = tickets_best_text (tickets_ticket_get_subproduct (ticket));

  if (name != NULL && subproduct != NULL)
    /* Translators: a ticket's product and its subproduct (entrance), as in "Weekend Pass · Entrance A". */
    return g_strdup_printf (C_("product", "%1$s · %2$s"), name, subproduct);

  return g_strdup (name != NULL ? name : subproduct);
}

static void
tickets_printout_draw_page (GtkPrintOperation *operation,
                            GtkPrintContext   *context,
                            int                page_nr)
{
  TicketsPrintout *self = TICKETS_PRINTOUT (operation);
  TicketsTicket *ticket = self->ticket;
  TicketsEvent *event = tickets_ticket_get_event (ticket);
  TicketsConsumer *consumer = tickets_ticket_get_consumer (ticket);
  TicketsSeating *seating = tickets_ticket_get_seating (ticket);
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width = gtk_print_context_get_width (context);
  const char *title = event != NULL ? tickets_best_text (tickets_event_get_title (event)) : NULL;
  const char *subtitle = event != NULL ? tickets_best_text (tickets_event_get_subtitle (event)) : NULL;
  g_autofree char *when = event != NULL ? tickets_format_date_time (tickets_event_get_event_start (event)) : NULL;
  g_autofree char *venue = dup_venue (ticket);
  g_autofree char *holder = consumer != NULL ? tickets_consumer_dup_full_name (consumer) : NULL;
  g_autofree char *product = dup_product (ticket);
  g_autofree char *seat = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *printed_at = tickets_format_date_time (self->printed != NULL ? self->printed : now);
  g_autofree char *printed = NULL;
  double y = 0;
  double size;

  if (seating != NULL && !tickets_seating_is_empty (seating))
    seat = tickets_format_seating (seating);
  if (holder != NULL && g_strstrip (holder)[0] == '\0')
    g_clear_pointer (&holder, g_free);

  cairo_set_source_rgb (cr, 0, 0, 0);
  if (self->reprint)
    y += show_reprint (context, cr, width);

  /* Translators: the heading of a ticket's confirmation whose event has no title. */
  y += show_text (context, cr, 0, y, width, title != NULL ? title : _("Ticket"), "Sans Bold 22", PANGO_ALIGN_LEFT) + 4;
  if (subtitle != NULL)
    y += show_text (context, cr, 0, y, width, subtitle, "Sans 13", PANGO_ALIGN_LEFT) + 2;
  if (when != NULL)
    y += show_text (context, cr, 0, y, width, when, "Sans 13", PANGO_ALIGN_LEFT) + 2;
  if (venue != NULL)
    y += show_text (context, cr, 0, y, width, venue, "Sans 13", PANGO_ALIGN_LEFT) + 2;

  y += 10;
  cairo_set_line_width (cr, 1);
  cairo_move_to (cr, 0, y);
  cairo_line_to (cr, width, y);
  cairo_stroke (cr);
  y += 12;

  /* Translators: on a printed confirmation, the label of the ticket holder's name. */
  y = show_field (context, cr, y, width, C_("printout", "Holder"),
                  holder != NULL ? holder : _("No name given yet"));
  /* Translators: on a printed confirmation, the label of the product bought. */
  y = show_field (context, cr, y, width, C_("printout", "Product"), product);
  /* Translators: on a printed confirmation, the label of the seat ("Section B · Row 12 · Seat 7"). */
  y = show_field (context, cr, y, width, C_("printout", "Seat"), seat);
  /* Translators: on a printed confirmation, the label of the order's reference. */
  y = show_field (context, cr, y, width, C_("printout", "Order"), self->order_reference);

  y += 18;
  size = MIN (BARCODE_SIZE, width);
  if (self->barcode != NULL)
    {
      tickets_barcode_draw (self->barcode, cr, (width - size) / 2, y, size);
      y += size + 4;
    }
  cairo_set_source_rgb (cr, 0, 0, 0);
  y += show_text (context, cr, 0, y, width, tickets_ticket_get_code (ticket), "Monospace Bold 16",
                  PANGO_ALIGN_CENTER) + 24;

  /* Translators: at the foot of a confirmation; %s is a date and time, as in "Saturday 4 July 2026, 14:00". */
  printed = g_strdup_printf (_("Printed %s at the box office"), printed_at);
  cairo_set_source_rgb (cr, 0.3, 0.3, 0.3);
  show_text (context, cr, 0, y, width, printed, "Sans 10", PANGO_ALIGN_CENTER);
}

static void
tickets_printout_class_init (TicketsPrintoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->finalize = tickets_printout_finalize;
  operation_class->begin_print = tickets_printout_begin_print;
  operation_class->draw_page = tickets_printout_draw_page;
}

static void
tickets_printout_init (TicketsPrintout *self)
{
}

/* An order's uid from its link ("…/orders/<uid>"): what staff can look
 * the order up by when its reference is not at hand. */
static char *
dup_last_segment (const char *uri)
{
  g_autofree char *path = g_strndup (uri, strcspn (uri, "?#"));
  char *slash;

  while ((slash = strrchr (path, '/')) != NULL && slash[1] == '\0')
    *slash = '\0';
  slash = strrchr (path, '/');

  return g_strdup (slash != NULL ? slash + 1 : path);
}

GtkPrintOperation *
tickets_ticket_printer_new_operation (TicketsTicket *ticket,
                                      TicketsOrder  *order,
                                      gboolean       reprint,
                                      GDateTime     *printed)
{
  TicketsPrintout *self;
  const char *order_uri;
  const char *reference = NULL;
  g_autofree char *job_name = NULL;

  g_return_val_if_fail (TICKETS_IS_TICKET (ticket), NULL);
  g_return_val_if_fail (order == NULL || TICKETS_IS_ORDER (order), NULL);

  self = g_object_new (TICKETS_TYPE_PRINTOUT, NULL);
  self->ticket = g_object_ref (ticket);
  self->reprint = reprint;
  self->printed = printed != NULL ? g_date_time_ref (printed) : NULL;
  self->barcode = tickets_barcode_new (tickets_ticket_get_code (ticket), &self->barcode_error);

  if (order != NULL)
    reference = tickets_order_get_reference (order);
  if (reference != NULL && reference[0] != '\0')
    self->order_reference = g_strdup (reference);
  else if ((order_uri = tickets_ticket_get_order_uri (ticket)) != NULL)
    self->order_reference = dup_last_segment (order_uri);

  gtk_print_operation_set_unit (GTK_PRINT_OPERATION (self), GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (GTK_PRINT_OPERATION (self), TRUE);
  /* The code, no name: the job list of a shared printer is public. */
  /* Translators: the name of a print job; %s is the ticket's code. */
  job_name = g_strdup_printf (_("Ticket %s"), tickets_ticket_get_code (ticket));
  gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self), job_name);

  return GTK_PRINT_OPERATION (self);
}

/* Why @operation cannot print: its code makes no barcode. */
static gboolean
check_printable (GtkPrintOperation  *operation,
                 GError            **error)
{
  TicketsPrintout *self = TICKETS_PRINTOUT (operation);

  if (self->barcode_error == NULL)
    return TRUE;

  g_propagate_error (error, g_error_copy (self->barcode_error));
  return FALSE;
}

gboolean
tickets_ticket_printer_export (GtkPrintOperation  *operation,
                               const char         *path,
                               GError            **error)
{
  GtkPrintOperationResult result;

  g_return_val_if_fail (TICKETS_IS_PRINTOUT (operation), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_printable (operation, error))
    return FALSE;

  gtk_print_operation_set_export_filename (operation, path);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, error);

  return result == GTK_PRINT_OPERATION_RESULT_APPLY;
}

gboolean
tickets_ticket_printer_export_pdf (TicketsTicket  *ticket,
                                  gboolean        reprint,
                                  const char     *path,
                                  GError        **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;

  g_return_val_if_fail (TICKETS_IS_TICKET (ticket), FALSE);

  operation = tickets_ticket_printer_new_operation (ticket, NULL, reprint, NULL);

  return tickets_ticket_printer_export (operation, path, error);
}

/* The printer and its options chosen last: the next confirmation goes to
 * the same printer without choosing it again. */
static GtkPrintSettings *last_settings;

void
tickets_ticket_printer_set_print_settings (GtkPrintSettings *settings)
{
  g_return_if_fail (settings == NULL || GTK_IS_PRINT_SETTINGS (settings));

  g_set_object (&last_settings, settings);
}

/* One tickets_counter_print() from its dialog to its result. */
typedef struct
{
  GtkWindow       *parent;  /* weak */
  TicketsShiftLog *shift_log;
  char            *code;
  gboolean         error_shown;
  /* Preview shows the pages in a viewer: no paper from the app. */
  gboolean         previewed;
} PrintJob;

static void
print_job_free (gpointer data,
                GClosure *closure)
{
  PrintJob *job = data;

  g_clear_weak_pointer (&job->parent);
  g_clear_object (&job->shift_log);
  g_free (job->code);
  g_free (job);
}

static void
show_print_error (PrintJob     *job,
                  const GError *error)
{
  GtkWidget *dialog;

  if (job->error_shown)
    return;
  job->error_shown = TRUE;

  dialog = adw_message_dialog_new (job->parent, _("Could Not Print"), NULL);
  /* The system's own words: plain text, never markup. */
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog),
                               error != NULL ? error->message : _("The printer gave no reason."));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
on_print_preview (GtkPrintOperation        *operation,
                  GtkPrintOperationPreview *preview,
                  GtkPrintContext          *context,
                  GtkWindow                *parent,
                  PrintJob                 *job)
{
  job->previewed = TRUE;

  /* GTK's own preview, in the desktop's viewer. */
  return FALSE;
}

static void
on_print_done (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               PrintJob                *job)
{
  g_autoptr(GError) error = NULL;

  switch (result)
    {
    case GTK_PRINT_OPERATION_RESULT_APPLY:
      /* Printed, or saved to a file from the dialog: the next one is a reprint. */
      if (job->shift_log != NULL && !job->previewed)
        tickets_shift_log_add_print (job->shift_log, job->code);
      tickets_ticket_printer_set_print_settings (gtk_print_operation_get_print_settings (operation));
      break;

    case GTK_PRINT_OPERATION_RESULT_ERROR:
      gtk_print_operation_get_error (operation, &error);
      show_print_error (job, error);
      break;

    case GTK_PRINT_OPERATION_RESULT_CANCEL:
    case GTK_PRINT_OPERATION_RESULT_IN_PROGRESS:
    default:
      break;
    }

  if (job->parent != NULL && !job->error_shown && gtk_window_get_focus (job->parent) != NULL)
    gtk_widget_grab_focus (gtk_window_get_focus (job->parent));
}

void
tickets_counter_print (GtkWindow      *parent,
                       TicketsCounter *counter,
                       TicketsTicket  *ticket)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  TicketsShiftLog *shift_log;
  TicketsStore *store;
  TicketsOrder *order = NULL;
  const char *code;
  const char *order_uri;
  PrintJob *job;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (TICKETS_IS_COUNTER (counter));
  g_return_if_fail (TICKETS_IS_TICKET (ticket));

  code = tickets_ticket_get_code (ticket);
  shift_log = tickets_counter_get_shift_log (counter);
  store = tickets_session_get_store (tickets_counter_get_session (counter));
  /* The order's reference when it is at hand; printing never waits for
   * the network, so that a confirmation prints offline too. */
  order_uri = tickets_ticket_get_order_uri (ticket);
  if (store != NULL && order_uri != NULL)
    {
      g_autofree char *uid = dup_last_segment (order_uri);

      order = tickets_store_lookup_order (store, uid);
    }

  operation = tickets_ticket_printer_new_operation (ticket, order,
                                                    shift_log != NULL && code != NULL
                                                    && tickets_shift_log_get_prints (shift_log, code) > 0,
                                                    NULL);
  job = g_new0 (PrintJob, 1);
  g_set_weak_pointer (&job->parent, parent);
  job->shift_log = shift_log != NULL ? g_object_ref (shift_log) : NULL;
  job->code = g_strdup (code);
  g_signal_connect (operation, "preview", G_CALLBACK (on_print_preview), job);
  g_signal_connect_data (operation, "done", G_CALLBACK (on_print_done), job, print_job_free, 0);

  if (!check_printable (operation, &error))
    {
      show_print_error (job, error);
      return;
    }

  if (last_settings != NULL)
    gtk_print_operation_set_print_settings (operation, last_settings);
  gtk_print_operation_set_allow_async (operation, TRUE);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent, &error)
      == GTK_PRINT_OPERATION_RESULT_ERROR)
    show_print_error (job, error);
}
