/* test-model-consumer-fields.c: the one table of the consumer's fields
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-consumer-fields.h"

/* The consumer's fields as the docs list them (paylogic-consumers.txt and
 * the API notes), cognito_user coming from the personalization docs. */
static const char * const documented[] = {
  "uid", "first_name", "last_name", "date_of_birth", "email", "gender", "phone_number", "address",
  "postal_code", "city", "country", "state", "language", "company_name", "vat_number",
  "external_reference", "realm", "cognito_user",
};

/* What the personalization form shows, with the words it shows. */
static const struct
{
  const char *key;
  const char *label;
} shown[] = {
  { "first_name", "First name" },
  { "last_name", "Last name" },
  { "date_of_birth", "Date of birth" },
  { "gender", "Gender" },
  { "email", "Email" },
  { "phone_number", "Phone number" },
  { "address", "Address" },
  { "postal_code", "Postal code" },
  { "city", "City" },
  { "country", "Country" },
  { "state", "State" },
  { "company_name", "Company" },
  { "vat_number", "VAT number" },
  { "language", "Language" },
  { "external_reference", "Reference" },
};

static void
test_every_field_once (void)
{
  g_autoptr(GHashTable) keys = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_fields;
  const TicketsConsumerField *fields = tickets_consumer_fields (&n_fields);

  g_assert_nonnull (fields);
  g_assert_cmpuint (n_fields, ==, G_N_ELEMENTS (documented));

  for (guint i = 0; i < n_fields; i++)
    {
      g_test_message ("%s", fields[i].key);
      g_assert_true (g_hash_table_add (keys, (gpointer) fields[i].key));
      g_assert_true (g_hash_table_add (names, (gpointer) fields[i].name));
    }

  for (gsize i = 0; i < G_N_ELEMENTS (documented); i++)
    {
      const TicketsConsumerField *field = tickets_consumer_field_lookup (documented[i]);

      g_test_message ("%s", documented[i]);
      g_assert_nonnull (field);
      g_assert_cmpstr (field->key, ==, documented[i]);
      g_assert_true (g_hash_table_contains (keys, documented[i]));
    }

  g_assert_null (tickets_consumer_field_lookup ("shoe_size"));
  g_assert_null (tickets_consumer_field_lookup ("First name"));
  /* uid first: the body names the stored consumer before its details. */
  g_assert_cmpstr (fields[0].key, ==, "uid");
  g_assert_cmpint (fields[0].type, ==, TICKETS_CONSUMER_FIELD_UID);
}

/* Each row's name is the consumer's property, and its accessors are the
 * property's. */
static void
test_names_are_properties (void)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (TICKETS_TYPE_CONSUMER);
  guint n_fields;
  const TicketsConsumerField *fields = tickets_consumer_fields (&n_fields);

  for (guint i = 0; i < n_fields; i++)
    {
      const TicketsConsumerField *field = &fields[i];
      g_autoptr(TicketsConsumer) consumer = tickets_consumer_new ();
      g_autofree char *read = NULL;
      const char *value;

      g_test_message ("%s", field->key);
      g_assert_nonnull (g_object_class_find_property (G_OBJECT_CLASS (klass), field->name));

      if (field->type == TICKETS_CONSUMER_FIELD_GENDER)
        {
          g_assert_null (field->get);
          g_assert_null (field->set);
          continue;
        }

      g_assert_nonnull (field->get);
      g_assert_nonnull (field->set);
      /* A country is kept as its code, so give it one. */
      value = field->type == TICKETS_CONSUMER_FIELD_COUNTRY ? "NL" : field->key;
      field->set (consumer, value);
      g_assert_cmpstr (field->get (consumer), ==, value);
      g_object_get (consumer, field->name, &read, NULL);
      g_assert_cmpstr (read, ==, value);
    }
}

static void
test_labels (void)
{
  guint n_fields;
  const TicketsConsumerField *fields = tickets_consumer_fields (&n_fields);
  guint n_shown = 0;

  for (gsize i = 0; i < G_N_ELEMENTS (shown); i++)
    {
      const TicketsConsumerField *field = tickets_consumer_field_lookup (shown[i].key);

      g_test_message ("%s", shown[i].key);
      g_assert_nonnull (field);
      g_assert_true (tickets_consumer_field_is_shown (field));
      g_assert_cmpstr (field->label, ==, shown[i].label);
      g_assert_nonnull (field->missing);
      g_assert_cmpstr (field->missing, !=, "");
    }

  for (guint i = 0; i < n_fields; i++)
    if (tickets_consumer_field_is_shown (&fields[i]))
      n_shown++;
    else
      g_assert_null (fields[i].missing);
  g_assert_cmpuint (n_shown, ==, G_N_ELEMENTS (shown));

  /* Never shown: the server's own and the sign-in's. */
  g_assert_false (tickets_consumer_field_is_shown (tickets_consumer_field_lookup ("uid")));
  g_assert_false (tickets_consumer_field_is_shown (tickets_consumer_field_lookup ("realm")));
  g_assert_false (tickets_consumer_field_is_shown (tickets_consumer_field_lookup ("cognito_user")));
}

static void
test_flags (void)
{
  guint n_fields;
  const TicketsConsumerField *fields = tickets_consumer_fields (&n_fields);

  for (guint i = 0; i < n_fields; i++)
    {
      gboolean read_only = g_str_equal (fields[i].key, "realm");
      gboolean nullable = g_str_equal (fields[i].key, "language") ||
                          g_str_equal (fields[i].key, "external_reference") ||
                          g_str_equal (fields[i].key, "cognito_user");

      g_test_message ("%s", fields[i].key);
      g_assert_cmpint ((fields[i].flags & TICKETS_CONSUMER_FIELD_READ_ONLY) != 0, ==, read_only);
      g_assert_cmpint ((fields[i].flags & TICKETS_CONSUMER_FIELD_NULLABLE) != 0, ==, nullable);
    }
}

static TicketsConsumerProblem
check (const char *key,
       const char *value)
{
  return tickets_consumer_field_check (tickets_consumer_field_lookup (key), value, "2024-06-15");
}

static void
test_validate_email (void)
{
  static const char * const good[] = { "anna@example.org", "a.b+c@mail.example.co.uk", "ANNA@EXAMPLE.ORG" };
  static const char * const bad[] = {
    "a@b.", "a@b", "@example.org", "anna@@example.org", "an@na@example.org", "anna example@example.org",
    "anna@.example", "anna@example.org,", "anna;bob@example.org", "<anna@example.org>", "anna",
  };

  g_assert_nonnull (tickets_consumer_field_lookup ("email")->validate);
  for (gsize i = 0; i < G_N_ELEMENTS (good); i++)
    g_assert_cmpint (check ("email", good[i]), ==, TICKETS_CONSUMER_PROBLEM_NONE);
  for (gsize i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_test_message ("%s", bad[i]);
      g_assert_cmpint (check ("email", bad[i]), ==, TICKETS_CONSUMER_PROBLEM_INVALID);
    }
}

static void
test_validate_date_of_birth (void)
{
  static const struct
  {
    const char             *date;
    TicketsConsumerProblem  problem;
  } cases[] = {
    { "1990-01-01", TICKETS_CONSUMER_PROBLEM_NONE },
    { "2000-02-29", TICKETS_CONSUMER_PROBLEM_NONE },
    { "1900-01-01", TICKETS_CONSUMER_PROBLEM_NONE },
    { "2024-06-15", TICKETS_CONSUMER_PROBLEM_NONE },
    { "2024-06-16", TICKETS_CONSUMER_PROBLEM_IN_FUTURE },
    { "3000-01-01", TICKETS_CONSUMER_PROBLEM_IN_FUTURE },
    { "1899-12-31", TICKETS_CONSUMER_PROBLEM_TOO_EARLY },
    { "1099-01-01", TICKETS_CONSUMER_PROBLEM_TOO_EARLY },
    { "1990-02-30", TICKETS_CONSUMER_PROBLEM_INVALID },
    { "1990-13-01", TICKETS_CONSUMER_PROBLEM_INVALID },
    { "1990-00-10", TICKETS_CONSUMER_PROBLEM_INVALID },
    { "1990-1-1", TICKETS_CONSUMER_PROBLEM_INVALID },
    { "01-01-1990", TICKETS_CONSUMER_PROBLEM_INVALID },
    { "yesterday", TICKETS_CONSUMER_PROBLEM_INVALID },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s", cases[i].date);
      g_assert_cmpint (check ("date_of_birth", cases[i].date), ==, cases[i].problem);
    }
}

static void
test_validate_phone_number (void)
{
  static const char * const good[] = { "+31 20 123 4567", "020-1234567", "(020) 123 45 67", "12345", "+1 801 555-0131" };
  static const char * const bad[] = { "1234", "31+20 1234567", "Anna", "020 123 4567 ext", "+", "++31 20 123 4567" };

  for (gsize i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_test_message ("%s", good[i]);
      g_assert_cmpint (check ("phone_number", good[i]), ==, TICKETS_CONSUMER_PROBLEM_NONE);
    }
  for (gsize i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_test_message ("%s", bad[i]);
      g_assert_cmpint (check ("phone_number", bad[i]), ==, TICKETS_CONSUMER_PROBLEM_INVALID);
    }
}

static void
test_validate_codes (void)
{
  g_assert_cmpint (check ("country", "NL"), ==, TICKETS_CONSUMER_PROBLEM_NONE);
  g_assert_cmpint (check ("country", "US"), ==, TICKETS_CONSUMER_PROBLEM_NONE);
  g_assert_cmpint (check ("country", "nl"), ==, TICKETS_CONSUMER_PROBLEM_INVALID);
  g_assert_cmpint (check ("country", "NLD"), ==, TICKETS_CONSUMER_PROBLEM_INVALID);
  g_assert_cmpint (check ("country", "N"), ==, TICKETS_CONSUMER_PROBLEM_INVALID);
  g_assert_cmpint (check ("country", "Netherlands"), ==, TICKETS_CONSUMER_PROBLEM_INVALID);

  g_assert_cmpint (check ("language", "nl"), ==, TICKETS_CONSUMER_PROBLEM_NONE);
  g_assert_cmpint (check ("language", "n"), ==, TICKETS_CONSUMER_PROBLEM_INVALID);
  g_assert_cmpint (check ("language", "nld"), ==, TICKETS_CONSUMER_PROBLEM_INVALID);
  g_assert_cmpint (check ("language", "Dutch"), ==, TICKETS_CONSUMER_PROBLEM_INVALID);
}

/* The gender is a number: its rule is the model's, asked by type. */
static void
test_validate_gender (void)
{
  const TicketsConsumerField *gender = tickets_consumer_field_lookup ("gender");

  g_assert_cmpint (gender->type, ==, TICKETS_CONSUMER_FIELD_GENDER);
  g_assert_null (gender->validate);

  g_assert_true (tickets_gender_is_accepted (TICKETS_GENDER_MALE, TRUE));
  g_assert_true (tickets_gender_is_accepted (TICKETS_GENDER_FEMALE, TRUE));
  g_assert_true (tickets_gender_is_accepted (TICKETS_GENDER_OTHER, TRUE));
  g_assert_false (tickets_gender_is_accepted (TICKETS_GENDER_UNKNOWN, TRUE));
  g_assert_true (tickets_gender_is_accepted (TICKETS_GENDER_UNKNOWN, FALSE));
  g_assert_false (tickets_gender_is_accepted (3, FALSE));
  g_assert_false (tickets_gender_is_accepted (-1, FALSE));
}

/* A field without a rule takes any text. */
static void
test_validate_free_text (void)
{
  static const char * const keys[] = {
    "uid", "first_name", "last_name", "address", "postal_code", "city", "state", "company_name",
    "vat_number", "external_reference", "realm", "cognito_user",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_test_message ("%s", keys[i]);
      g_assert_null (tickets_consumer_field_lookup (keys[i])->validate);
      g_assert_cmpint (check (keys[i], "anything at all, 1234 @ ;"), ==, TICKETS_CONSUMER_PROBLEM_NONE);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/consumer-fields/every-field-once", test_every_field_once);
  g_test_add_func ("/model/consumer-fields/names-are-properties", test_names_are_properties);
  g_test_add_func ("/model/consumer-fields/labels", test_labels);
  g_test_add_func ("/model/consumer-fields/flags", test_flags);
  g_test_add_func ("/model/consumer-fields/validate/email", test_validate_email);
  g_test_add_func ("/model/consumer-fields/validate/date-of-birth", test_validate_date_of_birth);
  g_test_add_func ("/model/consumer-fields/validate/phone-number", test_validate_phone_number);
  g_test_add_func ("/model/consumer-fields/validate/codes", test_validate_codes);
  g_test_add_func ("/model/consumer-fields/validate/gender", test_validate_gender);
  g_test_add_func ("/model/consumer-fields/validate/free-text", test_validate_free_text);

  return g_test_run ();
}
