/* tickets-verdict-sound.h: each verdict heard, unless the preference mutes it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "tickets-verdict.h"

G_BEGIN_DECLS

typedef struct _TicketsVerdictSound TicketsVerdictSound;

TicketsVerdictSound *tickets_verdict_sound_new  (void);
/* Stops what is still playing. */
void                 tickets_verdict_sound_free (TicketsVerdictSound *self);
/* Plays the freedesktop theme's event sound of @tone
 * (tickets_verdict_card_sound_for_tone()) with @description, unless the
 * "counter-sounds" key is off. Returns the event id asked for, NULL when
 * muted or when there is no sound to be had; a sound that fails to play is
 * not reported: the verdict is on the screen all the same. */
const char          *tickets_verdict_sound_play (TicketsVerdictSound *self,
                                                 TicketsVerdictTone   tone,
                                                 const char          *description);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TicketsVerdictSound, tickets_verdict_sound_free)

G_END_DECLS
