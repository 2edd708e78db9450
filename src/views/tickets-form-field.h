/* tickets-form-field.h: one field of the personalization form
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tickets-consumer.h"

G_BEGIN_DECLS

#define TICKETS_TYPE_FORM_FIELD (tickets_form_field_get_type ())

G_DECLARE_FINAL_TYPE (TicketsFormField, tickets_form_field, TICKETS, FORM_FIELD, GObject)

TicketsFormField *tickets_form_field_new                (const char          *name,
                                                         gboolean             required,
                                                         gboolean             unique);

/* The translated title of an API field this app knows, else NULL. */
const char       *tickets_form_field_lookup_title       (const char          *name);

const char       *tickets_form_field_get_name           (TicketsFormField    *self);
/* The row that holds the control, and the row of its message below it:
 * the form adds both to its group. */
GtkWidget        *tickets_form_field_get_row            (TicketsFormField    *self);
GtkWidget        *tickets_form_field_get_message_row    (TicketsFormField    *self);
/* The ISO 3166-1 code a country field has chosen, else NULL. */
const char       *tickets_form_field_get_country        (TicketsFormField    *self);

gboolean          tickets_form_field_get_checked        (TicketsFormField    *self);
void              tickets_form_field_set_checked        (TicketsFormField    *self,
                                                         gboolean             checked);
void              tickets_form_field_set_server_message (TicketsFormField    *self,
                                                         const char          *message);

/* What is wrong with the value by this app's rules, NULL if nothing; a
 * state is checked against @country. */
char             *tickets_form_field_dup_problem        (TicketsFormField    *self,
                                                         const char          *country);
/* Shows the problem, the server's message or a warning about a taken
 * address below the field, and tells assistive technologies. */
void              tickets_form_field_update_message     (TicketsFormField    *self,
                                                         const char          *country,
                                                         const char * const  *taken_emails);

void              tickets_form_field_fill               (TicketsFormField    *self,
                                                         TicketsConsumer     *consumer,
                                                         gboolean             keep_unknown_gender);
/* Sets the consumer's value of this field, when it is shown. */
void              tickets_form_field_collect            (TicketsFormField    *self,
                                                         TicketsConsumer     *consumer,
                                                         const char          *country);

G_END_DECLS
