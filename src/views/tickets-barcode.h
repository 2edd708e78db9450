/* tickets-barcode.h: a ticket's code as a QR code, on paper and on screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TICKETS_BARCODE_ERROR (tickets_barcode_error_quark ())
GQuark tickets_barcode_error_quark (void);

typedef enum
{
  TICKETS_BARCODE_ERROR_EMPTY,    /* no code to encode */
  TICKETS_BARCODE_ERROR_TOO_LONG, /* more than the largest QR code holds */
} TicketsBarcodeError;

/* Modules of white around the symbol, as the QR standard asks: scanners
 * find the code by it. */
#define TICKETS_BARCODE_QUIET_ZONE 4

#define TICKETS_TYPE_BARCODE (tickets_barcode_get_type ())

G_DECLARE_FINAL_TYPE (TicketsBarcode, tickets_barcode, TICKETS, BARCODE, GObject)

/* @code encoded at error correction level M. */
TicketsBarcode *tickets_barcode_new          (const char      *code,
                                              GError         **error);
const char     *tickets_barcode_get_code     (TicketsBarcode  *self);
/* Modules across (and down), the quiet zone included. */
int             tickets_barcode_get_n_modules (TicketsBarcode *self);
/* Whether module (@x, @y) is dark; the quiet zone counts, and is light. */
gboolean        tickets_barcode_is_dark      (TicketsBarcode  *self,
                                              int              x,
                                              int              y);

/* Draws the code with its quiet zone, white behind it, into the square at
 * (@x, @y) of @size user units. On a raster surface without rotation the
 * modules are whole device pixels, unsmoothed, centred in the square. */
void            tickets_barcode_draw         (TicketsBarcode  *self,
                                              cairo_t         *cr,
                                              double           x,
                                              double           y,
                                              double           size);
/* The code as a texture of @size × @size pixels (whole pixels per module
 * where @size allows), for a GtkPicture or GtkImage. (transfer full) */
GdkPaintable   *tickets_barcode_dup_paintable (TicketsBarcode *self,
                                               int             size);

G_END_DECLS
