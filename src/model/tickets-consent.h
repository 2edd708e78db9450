/* tickets-consent.h: what a ticket holder agreed to be sent
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* One flag per box the holder ticks. Consent is personal and must be given,
 * so it travels as one value from the form to the wire: two booleans side
 * by side were once swapped and duplicated. The API calls NEWSLETTER
 * "opt_in" and PARTNERS "opt_in_2" (api/tickets-body.c, api/tickets-parse.c). */
typedef enum /*< flags >*/
{
  TICKETS_CONSENT_NONE       = 0,
  TICKETS_CONSENT_NEWSLETTER = 1 << 0,
  TICKETS_CONSENT_PARTNERS   = 1 << 1,
} TicketsConsent;

#define TICKETS_CONSENT_ALL (TICKETS_CONSENT_NEWSLETTER | TICKETS_CONSENT_PARTNERS)

#define TICKETS_TYPE_CONSENT (tickets_consent_get_type ())
GType tickets_consent_get_type (void) G_GNUC_CONST;

G_END_DECLS
