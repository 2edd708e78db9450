/* tickets-eticket-saver.h: an e-ticket from its link to a file the person
 * chose, and opened
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "tickets-session.h"

G_BEGIN_DECLS

#define TICKETS_TYPE_ETICKET_SAVER (tickets_eticket_saver_get_type ())

G_DECLARE_FINAL_TYPE (TicketsEticketSaver, tickets_eticket_saver, TICKETS, ETICKET_SAVER, GObject)

/* Signals:
 *   "toast" (const char *text): something to tell the person in passing
 *   (saved, link copied), as text, never markup.
 *
 * Problems are dialogs over @parent, each with a way on. A new sign-in (the
 * session's auth changing) or the parent's destruction cancels downloads. */
TicketsEticketSaver *tickets_eticket_saver_new       (TicketsSession      *session,
                                                      GtkWindow           *parent);
/* Downloads @uri with the session's auth, asks where to save it (offering
 * @file_name in the Downloads folder), saves it there owner-only, and
 * opens it. */
void                 tickets_eticket_saver_save      (TicketsEticketSaver *self,
                                                      const char          *uri,
                                                      const char          *file_name);
/* Puts @uri on the parent's clipboard. */
void                 tickets_eticket_saver_copy_link (TicketsEticketSaver *self,
                                                      const char          *uri);

G_END_DECLS
