/* tickets-sign-in-flow-private.h: what the keyring answered, for the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tickets-sign-in-flow.h"

G_BEGIN_DECLS

/* How saving a confirmed sign-in went (@error NULL: saved): what the flow
 * says of it. The tests call them with errors no real keyring gives on demand. */
void tickets_sign_in_flow_report_saved     (TicketsSignInFlow *self,
                                            const GError      *error);
/* How forget() went (@error NULL: nothing saved is left). */
void tickets_sign_in_flow_report_forgotten (TicketsSignInFlow *self,
                                            const GError      *error);

G_END_DECLS
