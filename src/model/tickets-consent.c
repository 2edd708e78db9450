/* tickets-consent.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-consent.h"

G_DEFINE_FLAGS_TYPE (TicketsConsent, tickets_consent,
                     G_DEFINE_ENUM_VALUE (TICKETS_CONSENT_NONE, "none"),
                     G_DEFINE_ENUM_VALUE (TICKETS_CONSENT_NEWSLETTER, "newsletter"),
                     G_DEFINE_ENUM_VALUE (TICKETS_CONSENT_PARTNERS, "partners"))
