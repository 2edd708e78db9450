/* tickets-consumer.h: the person a ticket or an order belongs to
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The numbers are the ones the API sends. */
typedef enum
{
  TICKETS_GENDER_UNKNOWN = 0,
  TICKETS_GENDER_MALE = 1,
  TICKETS_GENDER_FEMALE = 2,
  TICKETS_GENDER_OTHER = 9,
} TicketsGender;

#define TICKETS_TYPE_GENDER (tickets_gender_get_type ())
GType tickets_gender_get_type (void) G_GNUC_CONST;

/* Whether @value is one of the API's genders: 0, 1, 2 or 9. */
gboolean tickets_gender_is_known    (gint64   value);
/* Whether @value answers a gender field: a required one needs an answer,
 * and 0 (unknown) is none, so it takes only 1, 2 or 9. The form offers
 * exactly these values and the sandbox refuses any other. */
gboolean tickets_gender_is_accepted (gint64   value,
                                     gboolean required);

/* Whether @text could be an email address: one "@" with something before
 * it, a domain with a dot inside it after, and no spaces or list
 * separators. Simple on purpose: the server has the last word; this
 * catches typos. The form, the Ask a Friend dialog and the sandbox all
 * ask it. */
gboolean tickets_email_is_plausible (const char *text);

/* The earliest year a date of birth may have: nobody alive was born
 * before, so an earlier one is a typo ("1099" for "1999"). */
#define TICKETS_BIRTH_YEAR_MIN 1900

typedef enum
{
  TICKETS_BIRTH_DATE_OK,
  /* Not written as YYYY-MM-DD (only from the _iso check). */
  TICKETS_BIRTH_DATE_MALFORMED,
  /* No month the calendar has ("1990-13-01"). */
  TICKETS_BIRTH_DATE_NO_SUCH_MONTH,
  /* No day the month has ("1990-02-30"). */
  TICKETS_BIRTH_DATE_NO_SUCH_DAY,
  /* After today. */
  TICKETS_BIRTH_DATE_IN_FUTURE,
  /* Before TICKETS_BIRTH_YEAR_MIN. */
  TICKETS_BIRTH_DATE_TOO_EARLY,
} TicketsBirthDateProblem;

/* What is wrong with a date of birth, today being @today (YYYY-MM-DD): a
 * day the calendar has, not in the future, not before 1900. The form maps
 * the answer to its messages and the sandbox to the server's, so that the
 * form never sends a date the sandbox refuses. */
TicketsBirthDateProblem tickets_date_of_birth_check     (guint       year,
                                                         guint       month,
                                                         guint       day,
                                                         const char *today);
/* The same for a date as the API writes it, "YYYY-MM-DD". */
TicketsBirthDateProblem tickets_date_of_birth_check_iso (const char *date,
                                                         const char *today);

#define TICKETS_TYPE_CONSUMER (tickets_consumer_get_type ())

G_DECLARE_FINAL_TYPE (TicketsConsumer, tickets_consumer, TICKETS, CONSUMER, GObject)

/* A value object: built with _new and the setters, then never modified once
 * it has been handed to anyone else. Compare with tickets_consumer_equal().
 * Every string but the uid is never NULL: "" when absent or null. */
TicketsConsumer *tickets_consumer_new                    (void);

const char      *tickets_consumer_get_uid                (TicketsConsumer *self);
void             tickets_consumer_set_uid                (TicketsConsumer *self,
                                                          const char      *uid);
const char      *tickets_consumer_get_first_name         (TicketsConsumer *self);
void             tickets_consumer_set_first_name         (TicketsConsumer *self,
                                                          const char      *first_name);
const char      *tickets_consumer_get_last_name          (TicketsConsumer *self);
void             tickets_consumer_set_last_name          (TicketsConsumer *self,
                                                          const char      *last_name);
/* "YYYY-MM-DD", "" if unknown. */
const char      *tickets_consumer_get_date_of_birth      (TicketsConsumer *self);
void             tickets_consumer_set_date_of_birth      (TicketsConsumer *self,
                                                          const char      *date_of_birth);
const char      *tickets_consumer_get_email              (TicketsConsumer *self);
void             tickets_consumer_set_email              (TicketsConsumer *self,
                                                          const char      *email);
TicketsGender    tickets_consumer_get_gender             (TicketsConsumer *self);
void             tickets_consumer_set_gender             (TicketsConsumer *self,
                                                          TicketsGender    gender);
const char      *tickets_consumer_get_phone_number       (TicketsConsumer *self);
void             tickets_consumer_set_phone_number       (TicketsConsumer *self,
                                                          const char      *phone_number);
const char      *tickets_consumer_get_address            (TicketsConsumer *self);
void             tickets_consumer_set_address            (TicketsConsumer *self,
                                                          const char      *address);
const char      *tickets_consumer_get_postal_code        (TicketsConsumer *self);
void             tickets_consumer_set_postal_code        (TicketsConsumer *self,
                                                          const char      *postal_code);
const char      *tickets_consumer_get_city               (TicketsConsumer *self);
void             tickets_consumer_set_city               (TicketsConsumer *self,
                                                          const char      *city);
/* The ISO 3166-1 alpha-2 code when the value names a known country (a code
 * in any case, an alpha-3 code or an English name), else the value as is. */
const char      *tickets_consumer_get_country            (TicketsConsumer *self);
void             tickets_consumer_set_country            (TicketsConsumer *self,
                                                          const char      *country);
const char      *tickets_consumer_get_state              (TicketsConsumer *self);
void             tickets_consumer_set_state              (TicketsConsumer *self,
                                                          const char      *state);
const char      *tickets_consumer_get_language           (TicketsConsumer *self);
void             tickets_consumer_set_language           (TicketsConsumer *self,
                                                          const char      *language);
const char      *tickets_consumer_get_company_name       (TicketsConsumer *self);
void             tickets_consumer_set_company_name       (TicketsConsumer *self,
                                                          const char      *company_name);
const char      *tickets_consumer_get_vat_number         (TicketsConsumer *self);
void             tickets_consumer_set_vat_number         (TicketsConsumer *self,
                                                          const char      *vat_number);
const char      *tickets_consumer_get_external_reference (TicketsConsumer *self);
void             tickets_consumer_set_external_reference (TicketsConsumer *self,
                                                          const char      *external_reference);
const char      *tickets_consumer_get_realm              (TicketsConsumer *self);
void             tickets_consumer_set_realm              (TicketsConsumer *self,
                                                          const char      *realm);
const char      *tickets_consumer_get_cognito_user       (TicketsConsumer *self);
void             tickets_consumer_set_cognito_user       (TicketsConsumer *self,
                                                          const char      *cognito_user);

char            *tickets_consumer_dup_full_name          (TicketsConsumer *self);
gboolean         tickets_consumer_equal                  (TicketsConsumer *a,
                                                          TicketsConsumer *b);
/* tickets_consumer_equal(), the uid aside: the same details, whether or
 * not the server has named them yet. */
gboolean         tickets_consumer_equal_but_uid          (TicketsConsumer *a,
                                                          TicketsConsumer *b);

G_END_DECLS
