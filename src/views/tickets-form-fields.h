/* tickets-form-fields.h: a form's fields together
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tickets-form-field.h"

G_BEGIN_DECLS

/* What the fans' form and the staff's correction both do with their
 * fields: a GPtrArray of TicketsFormField, in the form's order. */

/* The field of that API name without prefix, else NULL. */
TicketsFormField *tickets_form_fields_find              (GPtrArray           *fields,
                                                         const char          *name);
/* The field an API error names, maybe with a prefix ("consumers.0.email"),
 * when it is shown; else NULL. */
TicketsFormField *tickets_form_fields_find_for_api_name (GPtrArray           *fields,
                                                         const char          *api_name);
/* What the "country" field has chosen, else NULL. */
const char       *tickets_form_fields_get_country       (GPtrArray           *fields);
/* Shows the "state" field only for a chosen country that has states
 * (tickets_country_needs_state()); TRUE when that changed its row. */
gboolean          tickets_form_fields_update_state_row  (GPtrArray           *fields);
/* tickets_form_field_update_message() of each field, with the country chosen. */
void              tickets_form_fields_update_messages   (GPtrArray           *fields,
                                                         const char * const  *taken_emails);
/* Marks every field checked and shows its message: the first field with a
 * problem, NULL when there is none. */
TicketsFormField *tickets_form_fields_check             (GPtrArray           *fields,
                                                         const char * const  *taken_emails);

/* Shows each field message of @error (a TICKETS_API_ERROR; any other has
 * none) below the field it names, after clearing the server's earlier
 * ones. A message whose field is not shown goes to @unplaced (may be NULL)
 * with the API's name of the field, its messages a line each. Returns the
 * first field given a message, NULL when none was. */
typedef void (*TicketsFormFieldsUnplaced) (const char *name,
                                           const char *text,
                                           gpointer    user_data);
TicketsFormField *tickets_form_fields_show_server_messages (GPtrArray                 *fields,
                                                            const GError              *error,
                                                            TicketsFormFieldsUnplaced  unplaced,
                                                            gpointer                   user_data);

G_END_DECLS
