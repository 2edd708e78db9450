/* tickets-ticket-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define TICKETS_TYPE_TICKET_ROW (tickets_ticket_row_get_type ())

G_DECLARE_FINAL_TYPE (TicketsTicketRow, tickets_ticket_row, TICKETS, TICKET_ROW, AdwBin)

G_END_DECLS
