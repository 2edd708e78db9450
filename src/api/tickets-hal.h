/* tickets-hal.h: HAL+JSON links, curies, URI templates and embedded resources
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Every function here accepts any JSON shape without complaint: what a
 * server sends is not a programming error. */

#define TICKETS_TYPE_HAL_LINK (tickets_hal_link_get_type ())

typedef struct
{
  char     *href;
  char     *type;
  char     *name;
  char     *title;
  gboolean  templated;
} TicketsHalLink;

GType           tickets_hal_link_get_type          (void) G_GNUC_CONST;
TicketsHalLink *tickets_hal_link_copy              (const TicketsHalLink *link);
void            tickets_hal_link_free              (TicketsHalLink       *link);

/* _links[rel], one link or a list of them (maybe empty): an array of
 * TicketsHalLink, never NULL. Links without an href are left out. */
GPtrArray      *tickets_hal_get_links              (JsonObject           *resource,
                                                    const char           *rel);
/* The first link's href, or NULL. */
const char     *tickets_hal_get_href               (JsonObject           *resource,
                                                    const char           *rel);
/* Every href of rel, in order; an empty array when there is none. */
char          **tickets_hal_dup_hrefs              (JsonObject           *resource,
                                                    const char           *rel);
const char     *tickets_hal_link_get_href          (JsonNode             *link);
char          **tickets_hal_link_dup_hrefs         (JsonNode             *link);
/* "shop:etickets" → the documentation URI from the resource's curies;
 * NULL when rel has no prefix or no curie of that name. */
char           *tickets_hal_expand_curie           (JsonObject           *resource,
                                                    const char           *rel);
/* "profile" and "help": that link's href; a curied rel: its expanded curie. */
char           *tickets_hal_get_documentation_uri  (JsonObject           *resource,
                                                    const char           *rel);
/* RFC 6570 simple {var} (and {+var}, {#var}), plus the form-style {?a,b}
 * and {&a} expressions; variables maps char * to char *. An undefined
 * variable expands to nothing. */
char           *tickets_hal_expand_template        (const char           *template_,
                                                    GHashTable           *variables);

typedef void  (*TicketsHalFunc)                    (JsonObject           *embedded,
                                                    guint                 index,
                                                    gpointer              user_data);

/* _embedded[rel]: an object is one element, a list n, absent or null 0. */
guint           tickets_hal_get_n_embedded         (JsonObject           *resource,
                                                    const char           *rel);
/* NULL when index is out of range or that element is not an object. */
JsonObject     *tickets_hal_get_embedded           (JsonObject           *resource,
                                                    const char           *rel,
                                                    guint                 index);
/* Calls func for each element that is an object, with its index. */
void            tickets_hal_foreach_embedded       (JsonObject           *resource,
                                                    const char           *rel,
                                                    TicketsHalFunc        func,
                                                    gpointer              user_data);

const char     *tickets_hal_get_next_href          (JsonObject           *resource);
/* The last non-empty path segment, unescaped, without query or fragment; NULL when there is none. */
char           *tickets_hal_uid_from_href          (const char           *href);
/* href resolved against base (nullable when href is absolute); NULL when either is not a URI. */
char           *tickets_hal_resolve                (const char           *base,
                                                    const char           *href);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TicketsHalLink, tickets_hal_link_free)

G_END_DECLS
