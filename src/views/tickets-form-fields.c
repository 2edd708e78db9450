/* tickets-form-fields.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tickets-countries.h"
#include "tickets-error.h"
#include "tickets-form-fields.h"

TicketsFormField *
tickets_form_fields_find (GPtrArray  *fields,
                          const char *name)
{
  g_return_val_if_fail (fields != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  for (guint i = 0; i < fields->len; i++)
    {
      TicketsFormField *field = g_ptr_array_index (fields, i);

      if (g_str_equal (tickets_form_field_get_name (field), name))
        return field;
    }

  return NULL;
}

TicketsFormField *
tickets_form_fields_find_for_api_name (GPtrArray  *fields,
                                       const char *api_name)
{
  const char *dot;
  TicketsFormField *field;

  g_return_val_if_fail (api_name != NULL, NULL);

  dot = strrchr (api_name, '.');
  field = tickets_form_fields_find (fields, dot != NULL ? dot + 1 : api_name);
  /* A hidden field (a state where the country has none) cannot show it. */
  if (field == NULL || !gtk_widget_get_visible (tickets_form_field_get_row (field)))
    return NULL;

  return field;
}

const char *
tickets_form_fields_get_country (GPtrArray *fields)
{
  TicketsFormField *field = tickets_form_fields_find (fields, "country");

  return field != NULL ? tickets_form_field_get_country (field) : NULL;
}

gboolean
tickets_form_fields_update_state_row (GPtrArray *fields)
{
  TicketsFormField *field = tickets_form_fields_find (fields, "state");
  GtkWidget *row;
  gboolean visible;

  if (field == NULL)
    return FALSE;
  row = tickets_form_field_get_row (field);
  visible = tickets_country_needs_state (tickets_form_fields_get_country (fields));
  if (visible == gtk_widget_get_visible (row))
    return FALSE;
  gtk_widget_set_visible (row, visible);

  return TRUE;
}

void
tickets_form_fields_update_messages (GPtrArray          *fields,
                                     const char * const *taken_emails)
{
  const char *country = tickets_form_fields_get_country (fields);

  for (guint i = 0; i < fields->len; i++)
    tickets_form_field_update_message (g_ptr_array_index (fields, i), country, taken_emails);
}

TicketsFormField *
tickets_form_fields_check (GPtrArray          *fields,
                           const char * const *taken_emails)
{
  const char *country = tickets_form_fields_get_country (fields);
  TicketsFormField *first_bad = NULL;

  g_return_val_if_fail (fields != NULL, NULL);

  for (guint i = 0; i < fields->len; i++)
    {
      TicketsFormField *field = g_ptr_array_index (fields, i);
      g_autofree char *problem = tickets_form_field_dup_problem (field, country);

      tickets_form_field_set_checked (field, TRUE);
      tickets_form_field_update_message (field, country, taken_emails);
      if (problem != NULL && first_bad == NULL)
        first_bad = field;
    }

  return first_bad;
}

TicketsFormField *
tickets_form_fields_show_server_messages (GPtrArray                 *fields,
                                          const GError              *error,
                                          TicketsFormFieldsUnplaced  unplaced,
                                          gpointer                   user_data)
{
  g_auto(GStrv) names = NULL;
  TicketsFormField *first_field = NULL;

  g_return_val_if_fail (fields != NULL, NULL);

  for (guint i = 0; i < fields->len; i++)
    tickets_form_field_set_server_message (g_ptr_array_index (fields, i), NULL);

  if (error != NULL && error->domain == TICKETS_API_ERROR)
    names = tickets_api_error_dup_fields (error);

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      const char * const *messages = tickets_api_error_get_field_messages (error, names[i]);
      g_autofree char *text = NULL;
      TicketsFormField *field;

      if (messages == NULL || messages[0] == NULL)
        continue;
      text = g_strjoinv ("\n", (char **) messages);
      field = tickets_form_fields_find_for_api_name (fields, names[i]);
      if (field != NULL)
        {
          tickets_form_field_set_server_message (field, text);
          if (first_field == NULL)
            first_field = field;
        }
      else if (unplaced != NULL)
        unplaced (names[i], text, user_data);
    }

  return first_field;
}
