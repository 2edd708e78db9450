/* tickets-shift-log.h: this counter's lookups, kept across restarts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "tickets-verdict.h"

G_BEGIN_DECLS

/* One lookup. It holds no personal data: the time, the code, the verdict
 * and the event, never a name or an email. */
#define TICKETS_TYPE_SHIFT_ENTRY (tickets_shift_entry_get_type ())

G_DECLARE_FINAL_TYPE (TicketsShiftEntry, tickets_shift_entry, TICKETS, SHIFT_ENTRY, GObject)

GDateTime          *tickets_shift_entry_get_time  (TicketsShiftEntry *self);
const char         *tickets_shift_entry_get_code  (TicketsShiftEntry *self);
TicketsVerdictKind  tickets_shift_entry_get_kind  (TicketsShiftEntry *self);
/* The event's uid, NULL for NOT_FOUND. */
const char         *tickets_shift_entry_get_event (TicketsShiftEntry *self);

/* A GListModel of TicketsShiftEntry, newest first, backed by SQLite. */
#define TICKETS_TYPE_SHIFT_LOG (tickets_shift_log_get_type ())

G_DECLARE_FINAL_TYPE (TicketsShiftLog, tickets_shift_log, TICKETS, SHIFT_LOG, GObject)

/* The file for this server and staff member: one per identity, in
 * $XDG_DATA_HOME/tickets/ (0700), named by a hash of both. */
char               *tickets_shift_log_dup_path_for (const char   *server,
                                                    const char   *user);
/* Opens or creates @path (0600; its folder 0700). NULL: in memory only. */
TicketsShiftLog    *tickets_shift_log_new          (const char   *path,
                                                    GError      **error);
/* Adds a lookup at @time, first in the list. */
void                tickets_shift_log_add          (TicketsShiftLog   *self,
                                                    GDateTime         *time,
                                                    const char        *code,
                                                    TicketsVerdictKind kind,
                                                    const char        *event);
/* The latest earlier lookup of @code, NULL without one. */
TicketsShiftEntry  *tickets_shift_log_find         (TicketsShiftLog   *self,
                                                    const char        *code);
void                tickets_shift_log_clear        (TicketsShiftLog   *self);

/* Printing: how many times a confirmation of @code was printed, so that
 * the next one is marked as a reprint. */
guint               tickets_shift_log_get_prints   (TicketsShiftLog   *self,
                                                    const char        *code);
void                tickets_shift_log_add_print    (TicketsShiftLog   *self,
                                                    const char        *code);

G_END_DECLS
