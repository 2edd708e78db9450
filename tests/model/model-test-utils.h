/* model-test-utils.h: signal counters for the model tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

/* Counts "notify" emissions per property name. */
typedef struct
{
  GHashTable *counts;
  guint       total;
  gulong      handler_id;
  GObject    *object;
} NotifyLog;

static void
notify_log_on_notify (GObject    *object,
                      GParamSpec *pspec,
                      NotifyLog  *log)
{
  guint count = GPOINTER_TO_UINT (g_hash_table_lookup (log->counts, pspec->name));

  g_hash_table_insert (log->counts, (gpointer) pspec->name, GUINT_TO_POINTER (count + 1));
  log->total++;
}

static inline void
notify_log_init (NotifyLog *log,
                 gpointer   object)
{
  log->counts = g_hash_table_new (g_str_hash, g_str_equal);
  log->total = 0;
  log->object = object;
  log->handler_id = g_signal_connect (object, "notify", G_CALLBACK (notify_log_on_notify), log);
}

static inline guint
notify_log_count (NotifyLog  *log,
                  const char *name)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (log->counts, name));
}

static inline void
notify_log_reset (NotifyLog *log)
{
  g_hash_table_remove_all (log->counts);
  log->total = 0;
}

static inline void
notify_log_clear (NotifyLog *log)
{
  g_signal_handler_disconnect (log->object, log->handler_id);
  g_hash_table_unref (log->counts);
}

static inline GDateTime *
utc (int year,
     int month,
     int day,
     int hour,
     int minute,
     double seconds)
{
  return g_date_time_new_utc (year, month, day, hour, minute, seconds);
}
