/* tickets-model-private.h: helpers shared by the model objects
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "tickets-i18n-text.h"

G_BEGIN_DECLS

typedef gboolean (*TicketsEqualFunc) (gpointer a,
                                      gpointer b);

/* Each stores @value in *@ptr and returns TRUE only when the value really
 * changed, so that setters notify only then. */
gboolean         tickets_set_str           (char                **ptr,
                                            const char           *value);
gboolean         tickets_set_strv          (char               ***ptr,
                                            const char * const   *value);
gboolean         tickets_set_date_time     (GDateTime           **ptr,
                                            GDateTime            *value);
gboolean         tickets_set_value_object  (gpointer             *ptr,
                                            gpointer              value,
                                            TicketsEqualFunc      equal);

/* Clears the mark tickets_resource_mark_present() set: the property is
 * again one nobody said anything about. The caller resets the value and
 * notifies. */
void             tickets_resource_mark_absent (gpointer           resource,
                                               GParamSpec        *pspec);

/* Interned; the nine languages the API uses never reach the intern table. */
const char      *tickets_intern_language   (const char           *lang);

/* One shared, empty text, for value objects whose texts are never NULL. */
TicketsI18nText *tickets_i18n_text_get_empty (void);

/* Microseconds since the epoch, for cheap comparisons with g_get_real_time(). */
static inline gint64
tickets_date_time_to_usec (GDateTime *dt)
{
  return g_date_time_to_unix (dt) * G_USEC_PER_SEC + g_date_time_get_microsecond (dt);
}

G_END_DECLS
