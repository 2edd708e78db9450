/* tickets-json.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

JsonNode *tickets_json_parse   (GBytes   *bytes,
                                GError  **error);
void      tickets_json_release (JsonNode *root,
                                gsize     document_size);
void      tickets_json_wait_for_releases (void);

G_END_DECLS
