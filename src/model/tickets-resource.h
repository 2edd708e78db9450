/* tickets-resource.h: base class of the objects the server identifies by uid
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define TICKETS_TYPE_RESOURCE (tickets_resource_get_type ())

G_DECLARE_DERIVABLE_TYPE (TicketsResource, tickets_resource, TICKETS, RESOURCE, GObject)

struct _TicketsResourceClass
{
  GObjectClass parent_class;

  /* Copies into @self what @source has present. The default copies every
   * present, writable property and, when @source carried one, the ticket
   * list (see tickets_resource_get_ticket_list()); chain up, then copy any
   * other state. */
  void (*merge) (TicketsResource *self,
                 TicketsResource *source);
};

const char *tickets_resource_get_uid      (TicketsResource *self);
const char *tickets_resource_get_href     (TicketsResource *self);
void        tickets_resource_set_href     (TicketsResource *self,
                                           const char      *href);
void        tickets_resource_mark_present (TicketsResource *self,
                                           GParamSpec      *pspec);
gboolean    tickets_resource_is_present   (TicketsResource *self,
                                           const char      *property_name);
void        tickets_resource_merge        (TicketsResource *self,
                                           TicketsResource *source);
/* "cached-at": when the cache's copy it shows was fetched (unix seconds),
 * 0 when it is the server's answer. A merge copies it. */
gint64      tickets_resource_get_cached_at (TicketsResource *self);
void        tickets_resource_set_cached_at (TicketsResource *self,
                                            gint64           cached_at);

/* The tickets an order, a personalization or a personalization request
 * holds, in the server's order; NULL for a resource that holds none. A
 * merge makes the list the fresh one's, keeping the object already listed
 * for a uid (merged from the fresh one), and changes it only when the
 * sequence of tickets changed. */
GListModel *tickets_resource_get_ticket_list (TicketsResource *self);
void        tickets_resource_set_ticket_list (TicketsResource *self,
                                              GPtrArray       *tickets);

/* What a person may give for a resource of @collection (such as "orders" or
 * "personalization-requests"): its full link (http or https), its path
 * ("/orders/<uid>", after any prefix, query and fragment aside) or its bare
 * uid, white space around it ignored. Returns the full link as given, else
 * the uid; NULL when @text is none of these, or names another collection. */
char       *tickets_resource_parse_reference (const char *collection,
                                              const char *text);

G_END_DECLS
