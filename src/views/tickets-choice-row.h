/* tickets-choice-row.h: a combo row that chooses as the person types
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tickets-consumer.h"

G_BEGIN_DECLS

#define TICKETS_TYPE_CHOICE_ROW (tickets_choice_row_get_type ())

G_DECLARE_FINAL_TYPE (TicketsChoiceRow, tickets_choice_row, TICKETS, CHOICE_ROW, AdwComboRow)

/* Every country iso-codes knows, by its name in the user's language. */
GtkWidget  *tickets_choice_row_new_country   (void);
/* The genders a field offers: a required one has no Unknown. */
GtkWidget  *tickets_choice_row_new_gender    (gboolean          required);

void        tickets_choice_row_set_list_label (TicketsChoiceRow *self,
                                               const char       *label);

/* The ISO 3166-1 code chosen, NULL when none is. */
const char *tickets_choice_row_get_country   (TicketsChoiceRow *self);
/* Chooses @code; an unknown or empty code leaves the choice as it is. */
void        tickets_choice_row_set_country   (TicketsChoiceRow *self,
                                              const char       *code);
/* FALSE when no gender is chosen. */
gboolean    tickets_choice_row_get_gender    (TicketsChoiceRow *self,
                                              TicketsGender    *gender);
/* A gender the row does not offer leaves the choice as it is. */
void        tickets_choice_row_set_gender    (TicketsChoiceRow *self,
                                              TicketsGender     gender);

G_END_DECLS
