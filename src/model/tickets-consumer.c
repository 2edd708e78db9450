/* tickets-consumer.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tickets-consumer.h"
#include "tickets-countries.h"
#include "tickets-model-private.h"

G_DEFINE_ENUM_TYPE (TicketsGender, tickets_gender,
                    G_DEFINE_ENUM_VALUE (TICKETS_GENDER_UNKNOWN, "unknown"),
                    G_DEFINE_ENUM_VALUE (TICKETS_GENDER_MALE, "male"),
                    G_DEFINE_ENUM_VALUE (TICKETS_GENDER_FEMALE, "female"),
                    G_DEFINE_ENUM_VALUE (TICKETS_GENDER_OTHER, "other"))

gboolean
tickets_gender_is_known (gint64 value)
{
  return value == TICKETS_GENDER_UNKNOWN || value == TICKETS_GENDER_MALE ||
         value == TICKETS_GENDER_FEMALE || value == TICKETS_GENDER_OTHER;
}

gboolean
tickets_email_is_plausible (const char *text)
{
  const char *at;
  const char *dot;

  if (text == NULL || (at = strchr (text, '@')) == NULL || at == text || strchr (at + 1, '@') != NULL ||
      strpbrk (text, ",;<>") != NULL)
    return FALSE;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  dot = strrchr (at + 1, '.');

  return dot != NULL && dot > at + 1 && dot[1] != '\0' && at[1] != '.';
}

/* Reads exactly "YYYY-MM-DD", digits only: the API's way, which is also
 * how the form hands over today. */
static gboolean
parse_iso_date (const char *text,
                guint      *year,
                guint      *month,
                guint      *day)
{
  static const char shape[] = "dddd-dd-dd";

  if (text == NULL || strlen (text) != strlen (shape))
    return FALSE;
  for (gsize i = 0; shape[i] != '\0'; i++)
    if (shape[i] == 'd' ? !g_ascii_isdigit (text[i]) : text[i] != shape[i])
      return FALSE;

  *year = g_ascii_digit_value (text[0]) * 1000 + g_ascii_digit_value (text[1]) * 100 +
          g_ascii_digit_value (text[2]) * 10 + g_ascii_digit_value (text[3]);
  *month = g_ascii_digit_value (text[5]) * 10 + g_ascii_digit_value (text[6]);
  *day = g_ascii_digit_value (text[8]) * 10 + g_ascii_digit_value (text[9]);

  return TRUE;
}

/**
 * tickets_date_of_birth_check:
 * @year: the year, as typed
 * @month: the month, 1 to 12 if it is one
 * @day: the day of the month
 * @today: today's date as YYYY-MM-DD
 *
 * The one rule for a date of birth, asked by the form and the sandbox.
 * The calendar comes first: "30 February 1850" is a day that does not
 * exist before it is a day too early.
 *
 * Returns: %TICKETS_BIRTH_DATE_OK, or what is wrong
 */
TicketsBirthDateProblem
tickets_date_of_birth_check (guint       year,
                             guint       month,
                             guint       day,
                             const char *today)
{
  guint today_year, today_month, today_day;

  g_return_val_if_fail (today != NULL, TICKETS_BIRTH_DATE_MALFORMED);

  if (!g_date_valid_month (month))
    return TICKETS_BIRTH_DATE_NO_SUCH_MONTH;
  /* GLib's calendar has no year 0; it is too early all the same. */
  if (!g_date_valid_year (year))
    return year == 0 ? TICKETS_BIRTH_DATE_TOO_EARLY : TICKETS_BIRTH_DATE_IN_FUTURE;
  if (!g_date_valid_dmy (day, month, year))
    return TICKETS_BIRTH_DATE_NO_SUCH_DAY;

  if (!parse_iso_date (today, &today_year, &today_month, &today_day))
    g_return_val_if_reached (TICKETS_BIRTH_DATE_MALFORMED);
  /* YYYYMMDD as a number orders like the days. */
  if (year * 10000 + month * 100 + day > today_year * 10000 + today_month * 100 + today_day)
    return TICKETS_BIRTH_DATE_IN_FUTURE;
  if (year < TICKETS_BIRTH_YEAR_MIN)
    return TICKETS_BIRTH_DATE_TOO_EARLY;

  return TICKETS_BIRTH_DATE_OK;
}

TicketsBirthDateProblem
tickets_date_of_birth_check_iso (const char *date,
                                 const char *today)
{
  guint year, month, day;

  if (!parse_iso_date (date, &year, &month, &day))
    return TICKETS_BIRTH_DATE_MALFORMED;

  return tickets_date_of_birth_check (year, month, day, today);
}

/**
 * tickets_gender_is_accepted:
 * @value: a gender as the API sends it
 * @required: whether the ticket's form requires the gender
 *
 * The API documents 0 as "unknown": it does not answer the question, so a
 * form that requires the gender takes only male, female or other. The
 * client and the sandbox both ask this, so that the form never offers what
 * the server refuses.
 */
gboolean
tickets_gender_is_accepted (gint64   value,
                            gboolean required)
{
  if (!tickets_gender_is_known (value))
    return FALSE;

  return !required || value != TICKETS_GENDER_UNKNOWN;
}

/* The string fields, in the order of their properties: one array keeps the
 * accessors, the property code and equal() short, and an absent field (most
 * of them, on a ticket holder) is a NULL pointer that reads as "". */
typedef enum
{
  FIELD_UID,
  FIELD_FIRST_NAME,
  FIELD_LAST_NAME,
  FIELD_DATE_OF_BIRTH,
  FIELD_EMAIL,
  FIELD_PHONE_NUMBER,
  FIELD_ADDRESS,
  FIELD_POSTAL_CODE,
  FIELD_CITY,
  FIELD_COUNTRY,
  FIELD_STATE,
  FIELD_LANGUAGE,
  FIELD_COMPANY_NAME,
  FIELD_VAT_NUMBER,
  FIELD_EXTERNAL_REFERENCE,
  FIELD_REALM,
  FIELD_COGNITO_USER,
  N_FIELDS
} Field;

struct _TicketsConsumer
{
  GObject        parent_instance;

  char          *fields[N_FIELDS];
  TicketsGender  gender;
};

G_DEFINE_FINAL_TYPE (TicketsConsumer, tickets_consumer, G_TYPE_OBJECT)

/* The string properties come first, so that prop_id - 1 is their Field. */
enum {
  PROP_0,
  PROP_UID,
  PROP_FIRST_NAME,
  PROP_LAST_NAME,
  PROP_DATE_OF_BIRTH,
  PROP_EMAIL,
  PROP_PHONE_NUMBER,
  PROP_ADDRESS,
  PROP_POSTAL_CODE,
  PROP_CITY,
  PROP_COUNTRY,
  PROP_STATE,
  PROP_LANGUAGE,
  PROP_COMPANY_NAME,
  PROP_VAT_NUMBER,
  PROP_EXTERNAL_REFERENCE,
  PROP_REALM,
  PROP_COGNITO_USER,
  PROP_GENDER,
  PROP_FULL_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tickets_consumer_finalize (GObject *object)
{
  TicketsConsumer *self = TICKETS_CONSUMER (object);

  for (guint i = 0; i < N_FIELDS; i++)
    g_free (self->fields[i]);

  G_OBJECT_CLASS (tickets_consumer_parent_class)->finalize (object);
}

static void
tickets_consumer_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  TicketsConsumer *self = TICKETS_CONSUMER (object);

  switch (prop_id)
    {
    case PROP_UID:
      g_value_set_string (value, self->fields[FIELD_UID]);
      break;

    case PROP_FIRST_NAME ... PROP_COGNITO_USER:
      g_value_set_string (value, self->fields[prop_id - 1] != NULL ? self->fields[prop_id - 1] : "");
      break;

    case PROP_GENDER:
      g_value_set_enum (value, self->gender);
      break;

    case PROP_FULL_NAME:
      g_value_take_string (value, tickets_consumer_dup_full_name (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_consumer_class_init (TicketsConsumerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tickets_consumer_finalize;
  object_class->get_property = tickets_consumer_get_property;

  properties[PROP_UID] =
    g_param_spec_string ("uid", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_FIRST_NAME] =
    g_param_spec_string ("first-name", NULL, NULL,
                         "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_LAST_NAME] =
    g_param_spec_string ("last-name", NULL, NULL,
                         "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_DATE_OF_BIRTH] =
    g_param_spec_string ("date-of-birth", NULL, NULL,
                         "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_EMAIL] =
    g_param_spec_string ("email", NULL, NULL,
                         "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_PHONE_NUMBER] =
    g_param_spec_string ("phone-number", NULL, NULL,
                         "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_ADDRESS] =
    g_param_spec_string ("address", NULL, NULL,
                         "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_POSTAL_CODE] =
    g_param_spec_string ("postal-code", NULL, NULL,
                         "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_CITY] =
    g_param_spec_string ("city", NULL, NULL,
                         "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_COUNTRY] =
    g_param_spec_string ("country", NULL, NULL,
                         "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_STATE] =
    g_param_spec_string ("state", NULL, NULL,
                         "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL,
                         "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_COMPANY_NAME] =
    g_param_spec_string ("company-name", NULL, NULL,
                         "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_VAT_NUMBER] =
    g_param_spec_string ("vat-number", NULL, NULL,
                         "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_EXTERNAL_REFERENCE] =
    g_param_spec_string ("external-reference", NULL, NULL,
                         "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_REALM] =
    g_param_spec_string ("realm", NULL, NULL,
                         "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_COGNITO_USER] =
    g_param_spec_string ("cognito-user", NULL, NULL,
                         "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_GENDER] =
    g_param_spec_enum ("gender", NULL, NULL,
                       TICKETS_TYPE_GENDER, TICKETS_GENDER_UNKNOWN,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_FULL_NAME] =
    g_param_spec_string ("full-name", NULL, NULL,
                         "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tickets_consumer_init (TicketsConsumer *self)
{
}

TicketsConsumer *
tickets_consumer_new (void)
{
  return g_object_new (TICKETS_TYPE_CONSUMER, NULL);
}

static const char *
get_field (TicketsConsumer *self,
           Field            field)
{
  g_return_val_if_fail (TICKETS_IS_CONSUMER (self), "");

  return self->fields[field] != NULL ? self->fields[field] : "";
}

/* A builder, like every setter here: the consumer is a value object. */
static void
set_field (TicketsConsumer *self,
           Field            field,
           const char      *value)
{
  g_return_if_fail (TICKETS_IS_CONSUMER (self));

  tickets_set_str (&self->fields[field], value != NULL && value[0] != '\0' ? value : NULL);
}

/**
 * tickets_consumer_get_uid:
 *
 * Returns: (nullable): the uid, NULL for a consumer the server has not stored
 */
const char *
tickets_consumer_get_uid (TicketsConsumer *self)
{
  g_return_val_if_fail (TICKETS_IS_CONSUMER (self), NULL);

  return self->fields[FIELD_UID];
}

void
tickets_consumer_set_uid (TicketsConsumer *self,
                          const char      *uid)
{
  set_field (self, FIELD_UID, uid);
}

const char *
tickets_consumer_get_first_name (TicketsConsumer *self)
{
  return get_field (self, FIELD_FIRST_NAME);
}

void
tickets_consumer_set_first_name (TicketsConsumer *self,
                                 const char      *first_name)
{
  set_field (self, FIELD_FIRST_NAME, first_name);
}

const char *
tickets_consumer_get_last_name (TicketsConsumer *self)
{
  return get_field (self, FIELD_LAST_NAME);
}

void
tickets_consumer_set_last_name (TicketsConsumer *self,
                                const char      *last_name)
{
  set_field (self, FIELD_LAST_NAME, last_name);
}

const char *
tickets_consumer_get_date_of_birth (TicketsConsumer *self)
{
  return get_field (self, FIELD_DATE_OF_BIRTH);
}

void
tickets_consumer_set_date_of_birth (TicketsConsumer *self,
                                    const char      *date_of_birth)
{
  set_field (self, FIELD_DATE_OF_BIRTH, date_of_birth);
}

const char *
tickets_consumer_get_email (TicketsConsumer *self)
{
  return get_field (self, FIELD_EMAIL);
}

void
tickets_consumer_set_email (TicketsConsumer *self,
                            const char      *email)
{
  set_field (self, FIELD_EMAIL, email);
}

TicketsGender
tickets_consumer_get_gender (TicketsConsumer *self)
{
  g_return_val_if_fail (TICKETS_IS_CONSUMER (self), TICKETS_GENDER_UNKNOWN);

  return self->gender;
}

void
tickets_consumer_set_gender (TicketsConsumer *self,
                             TicketsGender    gender)
{
  g_return_if_fail (TICKETS_IS_CONSUMER (self));

  /* A number the API does not document says nothing we could show. */
  self->gender = tickets_gender_is_known (gender) ? gender : TICKETS_GENDER_UNKNOWN;
}

const char *
tickets_consumer_get_phone_number (TicketsConsumer *self)
{
  return get_field (self, FIELD_PHONE_NUMBER);
}

void
tickets_consumer_set_phone_number (TicketsConsumer *self,
                                   const char      *phone_number)
{
  set_field (self, FIELD_PHONE_NUMBER, phone_number);
}

const char *
tickets_consumer_get_address (TicketsConsumer *self)
{
  return get_field (self, FIELD_ADDRESS);
}

void
tickets_consumer_set_address (TicketsConsumer *self,
                              const char      *address)
{
  set_field (self, FIELD_ADDRESS, address);
}

const char *
tickets_consumer_get_postal_code (TicketsConsumer *self)
{
  return get_field (self, FIELD_POSTAL_CODE);
}

void
tickets_consumer_set_postal_code (TicketsConsumer *self,
                                  const char      *postal_code)
{
  set_field (self, FIELD_POSTAL_CODE, postal_code);
}

const char *
tickets_consumer_get_city (TicketsConsumer *self)
{
  return get_field (self, FIELD_CITY);
}

void
tickets_consumer_set_city (TicketsConsumer *self,
                           const char      *city)
{
  set_field (self, FIELD_CITY, city);
}

const char *
tickets_consumer_get_country (TicketsConsumer *self)
{
  return get_field (self, FIELD_COUNTRY);
}

void
tickets_consumer_set_country (TicketsConsumer *self,
                              const char      *country)
{
  const char *code = NULL;

  /* The docs themselves write "UK" for GB. */
  if (country != NULL && country[0] != '\0')
    code = tickets_countries_lookup_code (country);

  set_field (self, FIELD_COUNTRY, code != NULL ? code : country);
}

const char *
tickets_consumer_get_state (TicketsConsumer *self)
{
  return get_field (self, FIELD_STATE);
}

void
tickets_consumer_set_state (TicketsConsumer *self,
                            const char      *state)
{
  set_field (self, FIELD_STATE, state);
}

const char *
tickets_consumer_get_language (TicketsConsumer *self)
{
  return get_field (self, FIELD_LANGUAGE);
}

void
tickets_consumer_set_language (TicketsConsumer *self,
                               const char      *language)
{
  set_field (self, FIELD_LANGUAGE, language);
}

const char *
tickets_consumer_get_company_name (TicketsConsumer *self)
{
  return get_field (self, FIELD_COMPANY_NAME);
}

void
tickets_consumer_set_company_name (TicketsConsumer *self,
                                   const char      *company_name)
{
  set_field (self, FIELD_COMPANY_NAME, company_name);
}

const char *
tickets_consumer_get_vat_number (TicketsConsumer *self)
{
  return get_field (self, FIELD_VAT_NUMBER);
}

void
tickets_consumer_set_vat_number (TicketsConsumer *self,
                                 const char      *vat_number)
{
  set_field (self, FIELD_VAT_NUMBER, vat_number);
}

const char *
tickets_consumer_get_external_reference (TicketsConsumer *self)
{
  return get_field (self, FIELD_EXTERNAL_REFERENCE);
}

void
tickets_consumer_set_external_reference (TicketsConsumer *self,
                                         const char      *external_reference)
{
  set_field (self, FIELD_EXTERNAL_REFERENCE, external_reference);
}

const char *
tickets_consumer_get_realm (TicketsConsumer *self)
{
  return get_field (self, FIELD_REALM);
}

void
tickets_consumer_set_realm (TicketsConsumer *self,
                            const char      *realm)
{
  set_field (self, FIELD_REALM, realm);
}

const char *
tickets_consumer_get_cognito_user (TicketsConsumer *self)
{
  return get_field (self, FIELD_COGNITO_USER);
}

void
tickets_consumer_set_cognito_user (TicketsConsumer *self,
                                   const char      *cognito_user)
{
  set_field (self, FIELD_COGNITO_USER, cognito_user);
}

/**
 * tickets_consumer_dup_full_name:
 *
 * Returns: (transfer full): "First Last", "" when neither is known
 */
char *
tickets_consumer_dup_full_name (TicketsConsumer *self)
{
  g_return_val_if_fail (TICKETS_IS_CONSUMER (self), NULL);

  return g_strstrip (g_strjoin (" ", get_field (self, FIELD_FIRST_NAME),
                                get_field (self, FIELD_LAST_NAME), NULL));
}

static gboolean
consumer_equal_from (TicketsConsumer *a,
                     TicketsConsumer *b,
                     guint            first_field)
{
  if (a == b)
    return TRUE;
  if (a == NULL || b == NULL)
    return FALSE;

  g_return_val_if_fail (TICKETS_IS_CONSUMER (a), FALSE);
  g_return_val_if_fail (TICKETS_IS_CONSUMER (b), FALSE);

  if (a->gender != b->gender)
    return FALSE;

  for (guint i = first_field; i < N_FIELDS; i++)
    if (g_strcmp0 (a->fields[i], b->fields[i]) != 0)
      return FALSE;

  return TRUE;
}

gboolean
tickets_consumer_equal (TicketsConsumer *a,
                        TicketsConsumer *b)
{
  return consumer_equal_from (a, b, 0);
}

gboolean
tickets_consumer_equal_but_uid (TicketsConsumer *a,
                                TicketsConsumer *b)
{
  G_STATIC_ASSERT (FIELD_UID == 0);

  return consumer_equal_from (a, b, FIELD_UID + 1);
}
