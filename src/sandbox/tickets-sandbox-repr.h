/* tickets-sandbox-repr.h: HAL representations, field for field as documented
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tickets-sandbox-data.h"

G_BEGIN_DECLS

#define SANDBOX_DOCS "https://shopping-api-docs.paylogic.com/documentation/"

typedef struct
{
  SandboxData *data;
  const char  *base;               /* "http://127.0.0.1:1234", no trailing slash */
  gboolean     show_availability;  /* the merchant role sees product availability */
} SandboxRepr;

char       *sandbox_uri                 (const SandboxRepr *repr,
                                         const char        *collection,
                                         const char        *uid);
const char *sandbox_uid_from_uri        (const SandboxRepr *repr,
                                         const char        *collection,
                                         const char        *uri);
JsonObject *sandbox_new_links           (const char        *self_href,
                                         const char        *profile);
void        sandbox_set_link            (JsonObject        *links,
                                         const char        *rel,
                                         const char        *href);
void        sandbox_set_templated_link  (JsonObject        *links,
                                         const char        *rel,
                                         const char        *href);

gboolean    sandbox_ticket_is_personalized        (JsonObject *ticket);
gboolean    sandbox_ticket_needs_personalization  (const SandboxRepr *repr,
                                                   JsonObject        *ticket);

JsonObject *sandbox_repr_root           (const SandboxRepr *repr);
JsonObject *sandbox_repr_event          (const SandboxRepr *repr,
                                         JsonObject        *event);
JsonObject *sandbox_repr_product        (const SandboxRepr *repr,
                                         JsonObject        *product);
JsonObject *sandbox_repr_consumer       (const SandboxRepr *repr,
                                         JsonObject        *consumer,
                                         gboolean           with_links);
JsonObject *sandbox_repr_ticket         (const SandboxRepr *repr,
                                         JsonObject        *ticket,
                                         gboolean           embed_product);
JsonObject *sandbox_repr_ticket_short   (const SandboxRepr *repr,
                                         JsonObject        *ticket);
JsonObject *sandbox_repr_order          (const SandboxRepr *repr,
                                         JsonObject        *order);
JsonObject *sandbox_repr_personalization (const SandboxRepr *repr,
                                          JsonObject        *personalization);
JsonObject *sandbox_repr_request        (const SandboxRepr *repr,
                                         JsonObject        *request);
JsonObject *sandbox_repr_error          (const char        *type,
                                         const char        *message,
                                         const char        *help,
                                         JsonNode          *details);

GPtrArray  *sandbox_order_tickets       (const SandboxRepr *repr,
                                         JsonObject        *order);

G_END_DECLS
