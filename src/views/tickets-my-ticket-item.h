/* tickets-my-ticket-item.h: one ticket of My tickets' list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "tickets-ticket.h"

G_BEGIN_DECLS

#define TICKETS_TYPE_MY_TICKET_ITEM (tickets_my_ticket_item_get_type ())

G_DECLARE_FINAL_TYPE (TicketsMyTicketItem, tickets_my_ticket_item, TICKETS, MY_TICKET_ITEM, GtkWidget)

GtkWidget     *tickets_my_ticket_item_new               (GtkListItem          *list_item,
                                                         GHashTable           *failures);
GtkListItem   *tickets_my_ticket_item_get_list_item     (GtkWidget            *item);
void           tickets_my_ticket_item_set_ticket        (TicketsMyTicketItem  *self,
                                                         TicketsTicket        *ticket,
                                                         gboolean              shows_event,
                                                         gboolean              ends_group);
/* Reads the ticket and the failures again. */
void           tickets_my_ticket_item_update            (TicketsMyTicketItem  *self);

char          *tickets_my_ticket_explain_missing_eticket (TicketsTicket       *ticket,
                                                          GHashTable          *failures);

TicketsTicket *tickets_my_ticket_item_get_ticket        (GtkWidget            *item);
GtkWidget     *tickets_my_ticket_item_get_row           (GtkWidget            *item);
/* The event's title above the ticket, NULL when the ticket above has the same event. */
const char    *tickets_my_ticket_item_get_event_title   (GtkWidget            *item);
const char    *tickets_my_ticket_item_get_event_date    (GtkWidget            *item);
/* Why there is no e-ticket, NULL when the button to open it shows. */
const char    *tickets_my_ticket_item_get_eticket_text  (GtkWidget            *item);
GtkButton     *tickets_my_ticket_item_get_eticket_button (GtkWidget           *item);

G_END_DECLS
