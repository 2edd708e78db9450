/* tickets-format.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tickets-date-format.h"
#include "tickets-format.h"

const char *
tickets_best_text (TicketsI18nText *text)
{
  const char *best = text != NULL ? tickets_i18n_text_get_best (text) : NULL;

  return best != NULL && best[0] != '\0' ? best : NULL;
}

char *
tickets_format_date_time (GDateTime *date_time)
{
  if (date_time == NULL)
    return NULL;

  /* Translators: a date and time, as in "Saturday 4 July 2026, 14:00", see the g_date_time_format() documentation. */
  return tickets_date_time_format_local (date_time, _("%A %-d %B %Y, %H:%M"), tickets_clock_format_get_default ());
}

static const char *
seating_label_or (TicketsI18nText *label,
                  const char      *fallback)
{
  const char *best = tickets_best_text (label);

  return best != NULL ? best : fallback;
}

char *
tickets_format_seating (TicketsSeating *seating)
{
  g_autoptr(GPtrArray) parts = NULL;
  const char *section;
  const char *row;
  const char *seat;

  g_return_val_if_fail (TICKETS_IS_SEATING (seating), NULL);

  parts = g_ptr_array_new_with_free_func (g_free);
  section = tickets_seating_get_section (seating);
  row = tickets_seating_get_row (seating);
  seat = tickets_seating_get_seat (seating);

  /* Translators: one part of a seat's place, as in "Section B"; %1$s is the
   * name the venue gives the part ("Section", "Row", "Seat"), %2$s its value. */
  if (section[0] != '\0')
    g_ptr_array_add (parts, g_strdup_printf (C_("seating", "%1$s %2$s"),
                                             seating_label_or (tickets_seating_get_section_label (seating), _("Section")),
                                             section));
  if (row[0] != '\0')
    g_ptr_array_add (parts, g_strdup_printf (C_("seating", "%1$s %2$s"),
                                             seating_label_or (tickets_seating_get_row_label (seating), _("Row")),
                                             row));
  if (seat[0] != '\0')
    g_ptr_array_add (parts, g_strdup_printf (C_("seating", "%1$s %2$s"),
                                             seating_label_or (tickets_seating_get_seat_label (seating), _("Seat")),
                                             seat));
  g_ptr_array_add (parts, NULL);

  /* Translators: what separates "Section B", "Row 12" and "Seat 7". */
  return g_strjoinv (C_("seating", " · "), (char **) parts->pdata);
}

/* GtkLabel drops its layout and queues a resize even for the text it
 * already shows, and rows update every label on each notify of their
 * ticket. */
void
tickets_show_label (GtkLabel   *label,
                    const char *text)
{
  g_return_if_fail (GTK_IS_LABEL (label));

  if (text == NULL)
    text = "";

  if (strcmp (gtk_label_get_label (label), text) != 0)
    gtk_label_set_label (label, text);
  gtk_widget_set_visible (GTK_WIDGET (label), text[0] != '\0');
}
