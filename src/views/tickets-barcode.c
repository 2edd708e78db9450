/* tickets-barcode.c
 *
 * A ticket's code as a QR code (libqrencode), at level M: a fold or a
 * smudge on a printout still scans. Drawn as one filled path of whole
 * module runs, so that no seam between two modules shows, and on screen
 * snapped to device pixels without smoothing, so that no module is grey.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <qrencode.h>
#include <string.h>

#include "tickets-barcode.h"

struct _TicketsBarcode
{
  GObject  parent_instance;

  char    *code;
  /* The symbol's modules, without the quiet zone: width × width. */
  int      width;
  guint8  *dark;
};

G_DEFINE_FINAL_TYPE (TicketsBarcode, tickets_barcode, G_TYPE_OBJECT)

G_DEFINE_QUARK (tickets-barcode-error-quark, tickets_barcode_error)

static void
tickets_barcode_finalize (GObject *object)
{
  TicketsBarcode *self = TICKETS_BARCODE (object);

  g_free (self->code);
  g_free (self->dark);

  G_OBJECT_CLASS (tickets_barcode_parent_class)->finalize (object);
}

static void
tickets_barcode_class_init (TicketsBarcodeClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tickets_barcode_finalize;
}

static void
tickets_barcode_init (TicketsBarcode *self)
{
}

TicketsBarcode *
tickets_barcode_new (const char  *code,
                     GError     **error)
{
  g_autoptr(TicketsBarcode) self = NULL;
  QRcode *qr;
  int n;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (code == NULL || code[0] == '\0')
    {
      g_set_error_literal (error, TICKETS_BARCODE_ERROR, TICKETS_BARCODE_ERROR_EMPTY,
                           _("There is no code to encode"));
      return NULL;
    }

  /* Case-sensitive, with the shortest modes for each run (numeric,
   * alphanumeric, else 8-bit bytes): a ticket's digits make a small code. */
  qr = QRcode_encodeString (code, 0, QR_ECLEVEL_M, QR_MODE_8, 1);
  if (qr == NULL)
    {
      int saved = errno;

      g_set_error (error, TICKETS_BARCODE_ERROR, TICKETS_BARCODE_ERROR_TOO_LONG,
                   /* Translators: %zu is the code's length in bytes, %s why the encoder refused it. */
                   _("The code is too long for a QR code (%zu bytes): %s"),
                   strlen (code), g_strerror (saved));
      return NULL;
    }

  self = g_object_new (TICKETS_TYPE_BARCODE, NULL);
  self->code = g_strdup (code);
  self->width = qr->width;
  n = qr->width * qr->width;
  self->dark = g_new (guint8, n);
  for (int i = 0; i < n; i++)
    self->dark[i] = qr->data[i] & 1;
  QRcode_free (qr);

  return g_steal_pointer (&self);
}

const char *
tickets_barcode_get_code (TicketsBarcode *self)
{
  g_return_val_if_fail (TICKETS_IS_BARCODE (self), NULL);

  return self->code;
}

int
tickets_barcode_get_n_modules (TicketsBarcode *self)
{
  g_return_val_if_fail (TICKETS_IS_BARCODE (self), 0);

  return self->width + 2 * TICKETS_BARCODE_QUIET_ZONE;
}

gboolean
tickets_barcode_is_dark (TicketsBarcode *self,
                         int             x,
                         int             y)
{
  g_return_val_if_fail (TICKETS_IS_BARCODE (self), FALSE);

  x -= TICKETS_BARCODE_QUIET_ZONE;
  y -= TICKETS_BARCODE_QUIET_ZONE;
  if (x < 0 || y < 0 || x >= self->width || y >= self->width)
    return FALSE;

  return self->dark[y * self->width + x];
}

/* The dark modules as one path, a rectangle per run of a row, from the
 * symbol's top left corner at (@left, @top) (past the quiet zone). */
static void
append_modules (TicketsBarcode *self,
                cairo_t        *cr,
                double          left,
                double          top,
                double          module)
{
  for (int y = 0; y < self->width; y++)
    {
      const guint8 *row = self->dark + y * self->width;
      int x = 0;

      while (x < self->width)
        {
          int start;

          if (!row[x])
            {
              x++;
              continue;
            }
          start = x;
          while (x < self->width && row[x])
            x++;
          cairo_rectangle (cr, left + start * module, top + y * module,
                           (x - start) * module, module);
        }
    }
}

/* Where pixels are the output, snapping means something; PDF, PostScript
 * and SVG keep exact sizes, which their printer or viewer then rasterizes. */
static gboolean
is_vector_surface (cairo_surface_t *surface)
{
  switch (cairo_surface_get_type (surface))
    {
    case CAIRO_SURFACE_TYPE_PDF:
    case CAIRO_SURFACE_TYPE_PS:
    case CAIRO_SURFACE_TYPE_SVG:
    case CAIRO_SURFACE_TYPE_SCRIPT:
      return TRUE;
    default:
      return FALSE;
    }
}

static void
fill_square (cairo_t *cr,
             double   x,
             double   y,
             double   size,
             double   gray)
{
  cairo_set_source_rgb (cr, gray, gray, gray);
  cairo_rectangle (cr, x, y, size, size);
  cairo_fill (cr);
}

/* floor() without libm, which nothing else here links. */
static double
floor_double (double value)
{
  double whole = (double) (gint64) value;

  return whole > value ? whole - 1 : whole;
}

/* Draws in device space with whole-pixel modules; FALSE when the matrix
 * rotates or a module would be under one pixel. */
static gboolean
draw_snapped (TicketsBarcode *self,
              cairo_t        *cr,
              double          x,
              double          y,
              double          size)
{
  cairo_matrix_t matrix;
  double x0 = x, y0 = y, x1 = x + size, y1 = y + size;
  double left, top, device_size, module, offset;
  int n = tickets_barcode_get_n_modules (self);

  cairo_get_matrix (cr, &matrix);
  if (matrix.xy != 0 || matrix.yx != 0)
    return FALSE;

  cairo_user_to_device (cr, &x0, &y0);
  cairo_user_to_device (cr, &x1, &y1);
  left = MIN (x0, x1);
  top = MIN (y0, y1);
  device_size = MIN (ABS (x1 - x0), ABS (y1 - y0));
  module = floor_double (device_size / n);
  if (module < 1)
    return FALSE;

  cairo_identity_matrix (cr);
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_NONE);
  fill_square (cr, left, top, device_size, 1);
  offset = (device_size - module * n) / 2;
  append_modules (self, cr,
                  floor_double (left + offset + 0.5) + TICKETS_BARCODE_QUIET_ZONE * module,
                  floor_double (top + offset + 0.5) + TICKETS_BARCODE_QUIET_ZONE * module,
                  module);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_fill (cr);

  return TRUE;
}

void
tickets_barcode_draw (TicketsBarcode *self,
                      cairo_t        *cr,
                      double          x,
                      double          y,
                      double          size)
{
  double module;

  g_return_if_fail (TICKETS_IS_BARCODE (self));
  g_return_if_fail (cr != NULL);

  cairo_save (cr);
  cairo_new_path (cr);
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_WINDING);

  if (is_vector_surface (cairo_get_target (cr)) || !draw_snapped (self, cr, x, y, size))
    {
      module = size / tickets_barcode_get_n_modules (self);
      fill_square (cr, x, y, size, 1);
      append_modules (self, cr,
                      x + TICKETS_BARCODE_QUIET_ZONE * module,
                      y + TICKETS_BARCODE_QUIET_ZONE * module,
                      module);
      cairo_set_source_rgb (cr, 0, 0, 0);
      cairo_fill (cr);
    }

  cairo_restore (cr);
}

GdkPaintable *
tickets_barcode_dup_paintable (TicketsBarcode *self,
                               int             size)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  g_autoptr(GBytes) bytes = NULL;
  GdkTexture *texture;

  g_return_val_if_fail (TICKETS_IS_BARCODE (self), NULL);
  g_return_val_if_fail (size > 0, NULL);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, size, size);
  cr = cairo_create (surface);
  tickets_barcode_draw (self, cr, 0, 0, size);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  /* Cairo's ARGB32 is GDK's default memory format, premultiplied BGRA in
   * native byte order. */
  bytes = g_bytes_new (cairo_image_surface_get_data (surface),
                       (gsize) cairo_image_surface_get_stride (surface) * size);
  texture = gdk_memory_texture_new (size, size, GDK_MEMORY_DEFAULT, bytes,
                                    cairo_image_surface_get_stride (surface));
  cairo_surface_destroy (surface);

  return GDK_PAINTABLE (texture);
}
