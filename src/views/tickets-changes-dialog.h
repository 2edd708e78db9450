/* tickets-changes-dialog.h: the changes the outbox holds, with their state,
 * Retry and Discard
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tickets-store.h"

G_BEGIN_DECLS

#define TICKETS_TYPE_CHANGES_DIALOG (tickets_changes_dialog_get_type ())

G_DECLARE_FINAL_TYPE (TicketsChangesDialog, tickets_changes_dialog, TICKETS, CHANGES_DIALOG, AdwWindow)

/* @changes: the TicketsChange list shown, tickets_store_get_changes() of
 * @store (tests give their own); Retry and Discard call @store. */
TicketsChangesDialog *tickets_changes_dialog_new         (TicketsStore         *store,
                                                          GListModel           *changes);
/* The list of rows, one TicketsChangeRow each: for the tests. */
GtkListBox           *tickets_changes_dialog_get_list    (TicketsChangesDialog *self);

G_END_DECLS
