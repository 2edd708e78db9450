/* tickets-consumer-fields.h: the consumer's fields, once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tickets-consumer.h"

G_BEGIN_DECLS

/* What kind of value a field holds: it decides the control the form shows
 * and how the parser and the body builder read and write it. */
typedef enum
{
  /* The uid: names a stored consumer, never shown. */
  TICKETS_CONSUMER_FIELD_UID,
  TICKETS_CONSUMER_FIELD_TEXT,
  TICKETS_CONSUMER_FIELD_NAME,
  TICKETS_CONSUMER_FIELD_EMAIL,
  TICKETS_CONSUMER_FIELD_PHONE,
  /* "YYYY-MM-DD" */
  TICKETS_CONSUMER_FIELD_DATE,
  /* A number, not a string: 0, 1, 2 or 9 (see TicketsGender). */
  TICKETS_CONSUMER_FIELD_GENDER,
  /* ISO 3166-1 alpha-2 */
  TICKETS_CONSUMER_FIELD_COUNTRY,
  /* ISO 3166-2, asked for addresses in the USA and Brazil */
  TICKETS_CONSUMER_FIELD_STATE,
  /* ISO 639-1 */
  TICKETS_CONSUMER_FIELD_LANGUAGE,
} TicketsConsumerFieldType;

typedef enum
{
  TICKETS_CONSUMER_FIELD_NONE = 0,
  /* The server sets it and a client never sends it (realm). */
  TICKETS_CONSUMER_FIELD_READ_ONLY = 1 << 0,
  /* The API writes null rather than "" when it has none. */
  TICKETS_CONSUMER_FIELD_NULLABLE = 1 << 1,
} TicketsConsumerFieldFlags;

/* What a validator finds wrong with a value. */
typedef enum
{
  TICKETS_CONSUMER_PROBLEM_NONE,
  /* Not a value the field takes. */
  TICKETS_CONSUMER_PROBLEM_INVALID,
  /* A date after today. */
  TICKETS_CONSUMER_PROBLEM_IN_FUTURE,
  /* A date before TICKETS_BIRTH_YEAR_MIN. */
  TICKETS_CONSUMER_PROBLEM_TOO_EARLY,
} TicketsConsumerProblem;

/* Checks @value, a field's value as the API writes it and never "", today
 * being @today (YYYY-MM-DD; only dates look at it). */
typedef TicketsConsumerProblem (*TicketsConsumerValidator) (const char *value,
                                                            const char *today);

typedef struct
{
  /* The TicketsConsumer property. */
  const char                *name;
  /* The member in the API's JSON, and the field's name in a ticket's
   * personalization form. */
  const char                *key;
  TicketsConsumerFieldType   type;
  TicketsConsumerFieldFlags  flags;
  /* N_() texts, translated where shown; NULL for a field the form never
   * shows (uid, realm, cognito_user). @missing is what the form asks for
   * when a required field is empty. */
  const char                *label;
  const char                *missing;
  /* The string accessors; NULL for the gender, a number. */
  const char              *(*get) (TicketsConsumer *consumer);
  void                     (*set) (TicketsConsumer *consumer,
                                   const char      *value);
  /* The field's own rule, NULL when any text will do. */
  TicketsConsumerValidator   validate;
} TicketsConsumerField;

/* Every field, in the order the body builder sends them (uid first). */
const TicketsConsumerField *tickets_consumer_fields              (guint                      *n_fields);
/* The field with the API name @key, else NULL. */
const TicketsConsumerField *tickets_consumer_field_lookup        (const char                 *key);
/* Whether the form shows the field: it has words for it. */
gboolean                    tickets_consumer_field_is_shown      (const TicketsConsumerField *field);
/* The field's validator on @value; NONE when it has no rule. */
TicketsConsumerProblem      tickets_consumer_field_check         (const TicketsConsumerField *field,
                                                                  const char                 *value,
                                                                  const char                 *today);

G_END_DECLS
