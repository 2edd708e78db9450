/* tickets-seating.h: where a ticket's seat is
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "tickets-i18n-text.h"

G_BEGIN_DECLS

#define TICKETS_TYPE_SEATING (tickets_seating_get_type ())

G_DECLARE_FINAL_TYPE (TicketsSeating, tickets_seating, TICKETS, SEATING, GObject)

/* A value object: built with _new and the setters, then never modified once
 * it has been handed to anyone else. Strings are never NULL ("" when unknown)
 * and the texts are never NULL (empty when unknown). */
TicketsSeating  *tickets_seating_new               (void);
const char      *tickets_seating_get_seat          (TicketsSeating  *self);
void             tickets_seating_set_seat          (TicketsSeating  *self,
                                                    const char      *seat);
const char      *tickets_seating_get_row           (TicketsSeating  *self);
void             tickets_seating_set_row           (TicketsSeating  *self,
                                                    const char      *row);
const char      *tickets_seating_get_section       (TicketsSeating  *self);
void             tickets_seating_set_section       (TicketsSeating  *self,
                                                    const char      *section);
TicketsI18nText *tickets_seating_get_seat_label    (TicketsSeating  *self);
void             tickets_seating_set_seat_label    (TicketsSeating  *self,
                                                    TicketsI18nText *seat_label);
TicketsI18nText *tickets_seating_get_row_label     (TicketsSeating  *self);
void             tickets_seating_set_row_label     (TicketsSeating  *self,
                                                    TicketsI18nText *row_label);
TicketsI18nText *tickets_seating_get_section_label (TicketsSeating  *self);
void             tickets_seating_set_section_label (TicketsSeating  *self,
                                                    TicketsI18nText *section_label);
TicketsI18nText *tickets_seating_get_venue         (TicketsSeating  *self);
void             tickets_seating_set_venue         (TicketsSeating  *self,
                                                    TicketsI18nText *venue);
gboolean         tickets_seating_is_empty          (TicketsSeating  *self);
gboolean         tickets_seating_equal             (TicketsSeating  *a,
                                                    TicketsSeating  *b);

G_END_DECLS
