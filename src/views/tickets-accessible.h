/* tickets-accessible.h: names a screen reader can read, despite GTK 4.8
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void tickets_accessible_tidy_names     (GtkWidget *root);
/* Names the unnamed parts of a libadwaita row (entry, combo): a button by
 * its tooltip, a decorative image hidden from screen readers. */
void tickets_accessible_name_row_parts (GtkWidget *row);
/* Names the close button of each toast @overlay shows, from now on: keep
 * the returned list of its children for as long as the overlay, and drop
 * it in the overlay's owner's dispose. */
GListModel *tickets_accessible_watch_toasts (GtkWidget *overlay);

/* Moves the focus back to *@widget, a weak pointer (g_set_weak_pointer())
 * to where it was before a dialog opened, and clears it; nothing when that
 * widget is gone. */
void tickets_accessible_return_focus (GtkWidget **widget);

G_END_DECLS
