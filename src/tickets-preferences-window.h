/* tickets-preferences-window.h: the language Tickets speaks, and a restart
 * to speak it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define TICKETS_TYPE_PREFERENCES_WINDOW (tickets_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (TicketsPreferencesWindow, tickets_preferences_window, TICKETS, PREFERENCES_WINDOW, AdwPreferencesWindow)

/* Shows and writes @settings' "language" key. */
TicketsPreferencesWindow *tickets_preferences_window_new          (GSettings                *settings);
GSettings                *tickets_preferences_window_get_settings (TicketsPreferencesWindow *self);

G_END_DECLS
