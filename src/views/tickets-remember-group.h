/* tickets-remember-group.h: "Remember me on this computer", and what it cannot do without a keyring
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define TICKETS_TYPE_REMEMBER_GROUP (tickets_remember_group_get_type ())

G_DECLARE_FINAL_TYPE (TicketsRememberGroup, tickets_remember_group, TICKETS, REMEMBER_GROUP, AdwPreferencesGroup)

/* Properties: "remember" (on by default), "keyring-available" (TRUE by
 * default; FALSE says that a sign-in lasts this session only). */

gboolean    tickets_remember_group_get_remember           (TicketsRememberGroup *self);
void        tickets_remember_group_set_remember           (TicketsRememberGroup *self,
                                                           gboolean              remember);
gboolean    tickets_remember_group_get_keyring_available  (TicketsRememberGroup *self);
void        tickets_remember_group_set_keyring_available  (TicketsRememberGroup *self,
                                                           gboolean              available);
/* The warning under "Remember me", NULL while none is shown: it shows when
 * remembering is asked for and no keyring runs. */
const char *tickets_remember_group_get_keyring_message    (TicketsRememberGroup *self);

G_END_DECLS
