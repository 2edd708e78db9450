/* tickets-countries.h: ISO 3166-1 country codes and names, from iso-codes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *tickets_countries_lookup_code      (const char *code_or_name);
const char *tickets_countries_get_name         (const char *alpha2);
char       *tickets_countries_dup_display_name (const char *alpha2);
char      **tickets_countries_dup_codes        (void);
/* Whether an address in @alpha2 needs a state (ISO 3166-2): the API asks
 * for one in the USA and Brazil only. */
gboolean    tickets_country_needs_state        (const char *alpha2);

G_END_DECLS
