/* tickets-ticket-printer.h: a ticket's confirmation on paper, with its
 * barcode
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "tickets-order.h"
#include "tickets-ticket.h"

G_BEGIN_DECLS

/* A print operation of one page per ticket: the event, its date and
 * venue, the holder, product and subproduct, the seat, the order's
 * reference, the code as a QR code and as text, and when it was printed;
 * "REPRINT" across the top when @reprint. @order: the ticket's order for
 * its reference (NULL: the order's uid from the ticket's link). @printed:
 * the time printed (NULL: when the page is drawn). */
GtkPrintOperation *tickets_ticket_printer_new_operation (TicketsTicket      *ticket,
                                                         TicketsOrder       *order,
                                                         gboolean            reprint,
                                                         GDateTime          *printed);
/* Runs @operation with GTK_PRINT_OPERATION_ACTION_EXPORT into the PDF
 * file @path. */
gboolean           tickets_ticket_printer_export        (GtkPrintOperation  *operation,
                                                         const char         *path,
                                                         GError            **error);
/* The confirmation of @ticket as a PDF file at @path. */
gboolean           tickets_ticket_printer_export_pdf    (TicketsTicket      *ticket,
                                                         gboolean            reprint,
                                                         const char         *path,
                                                         GError            **error);

/* The printer and options the next print dialog starts with (NULL: the
 * system's default); after each print, those just used. */
void               tickets_ticket_printer_set_print_settings (GtkPrintSettings *settings);

G_END_DECLS
