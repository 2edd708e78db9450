/* tickets-consumer-fields.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The one list of the consumer's fields. The parser reads them, the body
 * builder writes them, the form shows them and the sandbox checks them, all
 * from this table: a new field is a new row here.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tickets-consumer-fields.h"

static TicketsConsumerProblem
check_email (const char *value,
             const char *today)
{
  return tickets_email_is_plausible (value) ? TICKETS_CONSUMER_PROBLEM_NONE : TICKETS_CONSUMER_PROBLEM_INVALID;
}

/* The calendar's problems are all "no such date" to a field. */
static TicketsConsumerProblem
check_date_of_birth (const char *value,
                     const char *today)
{
  switch (tickets_date_of_birth_check_iso (value, today))
    {
    case TICKETS_BIRTH_DATE_OK:
      return TICKETS_CONSUMER_PROBLEM_NONE;
    case TICKETS_BIRTH_DATE_IN_FUTURE:
      return TICKETS_CONSUMER_PROBLEM_IN_FUTURE;
    case TICKETS_BIRTH_DATE_TOO_EARLY:
      return TICKETS_CONSUMER_PROBLEM_TOO_EARLY;
    case TICKETS_BIRTH_DATE_MALFORMED:
    case TICKETS_BIRTH_DATE_NO_SUCH_MONTH:
    case TICKETS_BIRTH_DATE_NO_SUCH_DAY:
    default:
      return TICKETS_CONSUMER_PROBLEM_INVALID;
    }
}

/* Digits with the usual separators, a "+" only in front, and enough digits
 * to reach anyone: catches a name typed in the wrong field, not more. */
static TicketsConsumerProblem
check_phone_number (const char *value,
                    const char *today)
{
  guint digits = 0;

  for (const char *p = value; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        digits++;
      else if (*p == '+' && p != value)
        return TICKETS_CONSUMER_PROBLEM_INVALID;
      else if (strchr ("+ -()/.", *p) == NULL)
        return TICKETS_CONSUMER_PROBLEM_INVALID;
    }

  return digits >= 5 ? TICKETS_CONSUMER_PROBLEM_NONE : TICKETS_CONSUMER_PROBLEM_INVALID;
}

/* Two capital letters, as the API writes an ISO 3166-1 code. */
static TicketsConsumerProblem
check_country_code (const char *value,
                    const char *today)
{
  if (strlen (value) != 2 || !g_ascii_isupper (value[0]) || !g_ascii_isupper (value[1]))
    return TICKETS_CONSUMER_PROBLEM_INVALID;

  return TICKETS_CONSUMER_PROBLEM_NONE;
}

/* Two characters, as an ISO 639-1 code has. */
static TicketsConsumerProblem
check_language_code (const char *value,
                     const char *today)
{
  return strlen (value) == 2 ? TICKETS_CONSUMER_PROBLEM_NONE : TICKETS_CONSUMER_PROBLEM_INVALID;
}

#define ROW(name, key, type, flags, label, missing, accessor, validate) \
  { name, key, TICKETS_CONSUMER_FIELD_ ## type, flags, label, missing, \
    tickets_consumer_get_ ## accessor, tickets_consumer_set_ ## accessor, validate }

/* The order is the body's, and the sandbox reports problems in it. */
static const TicketsConsumerField fields[] = {
  ROW ("uid", "uid", UID, TICKETS_CONSUMER_FIELD_NONE, NULL, NULL, uid, NULL),
  ROW ("first-name", "first_name", NAME, TICKETS_CONSUMER_FIELD_NONE,
       N_("First name"), N_("Enter the first name."), first_name, NULL),
  ROW ("last-name", "last_name", NAME, TICKETS_CONSUMER_FIELD_NONE,
       N_("Last name"), N_("Enter the last name."), last_name, NULL),
  ROW ("date-of-birth", "date_of_birth", DATE, TICKETS_CONSUMER_FIELD_NONE,
       N_("Date of birth"), N_("Enter the date of birth."), date_of_birth, check_date_of_birth),
  ROW ("email", "email", EMAIL, TICKETS_CONSUMER_FIELD_NONE,
       N_("Email"), N_("Enter an email address."), email, check_email),
  ROW ("phone-number", "phone_number", PHONE, TICKETS_CONSUMER_FIELD_NONE,
       N_("Phone number"), N_("Enter a phone number."), phone_number, check_phone_number),
  ROW ("address", "address", TEXT, TICKETS_CONSUMER_FIELD_NONE,
       N_("Address"), N_("Enter the street and number."), address, NULL),
  ROW ("postal-code", "postal_code", TEXT, TICKETS_CONSUMER_FIELD_NONE,
       N_("Postal code"), N_("Enter the postal code."), postal_code, NULL),
  ROW ("city", "city", TEXT, TICKETS_CONSUMER_FIELD_NONE,
       N_("City"), N_("Enter the city."), city, NULL),
  ROW ("country", "country", COUNTRY, TICKETS_CONSUMER_FIELD_NONE,
       N_("Country"), N_("Choose a country."), country, check_country_code),
  ROW ("state", "state", STATE, TICKETS_CONSUMER_FIELD_NONE,
       N_("State"), N_("Enter the state."), state, NULL),
  ROW ("language", "language", LANGUAGE, TICKETS_CONSUMER_FIELD_NULLABLE,
       N_("Language"), N_("Enter the language."), language, check_language_code),
  ROW ("company-name", "company_name", TEXT, TICKETS_CONSUMER_FIELD_NONE,
       N_("Company"), N_("Enter the company name."), company_name, NULL),
  ROW ("vat-number", "vat_number", TEXT, TICKETS_CONSUMER_FIELD_NONE,
       N_("VAT number"), N_("Enter the VAT number."), vat_number, NULL),
  ROW ("external-reference", "external_reference", TEXT, TICKETS_CONSUMER_FIELD_NULLABLE,
       N_("Reference"), N_("Enter the reference."), external_reference, NULL),
  ROW ("realm", "realm", TEXT, TICKETS_CONSUMER_FIELD_READ_ONLY, NULL, NULL, realm, NULL),
  ROW ("cognito-user", "cognito_user", TEXT, TICKETS_CONSUMER_FIELD_NULLABLE, NULL, NULL, cognito_user, NULL),
  { "gender", "gender", TICKETS_CONSUMER_FIELD_GENDER, TICKETS_CONSUMER_FIELD_NONE,
    N_("Gender"), N_("Choose a gender."), NULL, NULL, NULL },
};

#undef ROW

/**
 * tickets_consumer_fields:
 * @n_fields: (out): return location for the number of fields
 *
 * Returns: (array length=n_fields) (transfer none): every consumer field
 */
const TicketsConsumerField *
tickets_consumer_fields (guint *n_fields)
{
  g_return_val_if_fail (n_fields != NULL, NULL);

  *n_fields = G_N_ELEMENTS (fields);
  return fields;
}

const TicketsConsumerField *
tickets_consumer_field_lookup (const char *key)
{
  g_return_val_if_fail (key != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (g_str_equal (fields[i].key, key))
      return &fields[i];

  return NULL;
}

gboolean
tickets_consumer_field_is_shown (const TicketsConsumerField *field)
{
  g_return_val_if_fail (field != NULL, FALSE);

  return field->label != NULL;
}

TicketsConsumerProblem
tickets_consumer_field_check (const TicketsConsumerField *field,
                              const char                 *value,
                              const char                 *today)
{
  g_return_val_if_fail (field != NULL, TICKETS_CONSUMER_PROBLEM_NONE);
  g_return_val_if_fail (value != NULL, TICKETS_CONSUMER_PROBLEM_NONE);

  if (field->validate == NULL)
    return TICKETS_CONSUMER_PROBLEM_NONE;

  return field->validate (value, today);
}
