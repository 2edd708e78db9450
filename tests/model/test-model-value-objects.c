/* test-model-value-objects.c: seating, personalization form, consumer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-consumer.h"
#include "tickets-personalization-form.h"
#include "tickets-seating.h"

static TicketsI18nText *
new_text (const char *en)
{
  TicketsI18nText *text = tickets_i18n_text_new ();

  tickets_i18n_text_set (text, "en", en);
  tickets_i18n_text_set (text, "nl", "");

  return text;
}

static void
test_seating (void)
{
  g_autoptr(TicketsSeating) seating = tickets_seating_new ();
  g_autoptr(TicketsI18nText) venue = new_text ("Main hall");
  g_autoptr(TicketsI18nText) row_label = new_text ("Row");
  TicketsI18nText *text = NULL;
  g_autofree char *seat = NULL;

  /* Never NULL, even before the parser filled anything. */
  g_assert_cmpstr (tickets_seating_get_seat (seating), ==, "");
  g_assert_cmpstr (tickets_seating_get_row (seating), ==, "");
  g_assert_cmpstr (tickets_seating_get_section (seating), ==, "");
  g_assert_nonnull (tickets_seating_get_venue (seating));
  g_assert_true (tickets_i18n_text_is_empty (tickets_seating_get_venue (seating)));
  g_assert_true (tickets_i18n_text_is_empty (tickets_seating_get_seat_label (seating)));
  g_assert_true (tickets_i18n_text_is_empty (tickets_seating_get_row_label (seating)));
  g_assert_true (tickets_i18n_text_is_empty (tickets_seating_get_section_label (seating)));
  g_assert_true (tickets_seating_is_empty (seating));

  /* A venue alone does not place anyone. */
  tickets_seating_set_venue (seating, venue);
  g_assert_true (tickets_seating_get_venue (seating) == venue);
  g_assert_true (tickets_seating_is_empty (seating));

  tickets_seating_set_row (seating, "12");
  tickets_seating_set_row_label (seating, row_label);
  g_assert_false (tickets_seating_is_empty (seating));
  g_assert_cmpstr (tickets_seating_get_row (seating), ==, "12");
  tickets_seating_set_seat (seating, "7");
  tickets_seating_set_section (seating, "B");
  g_assert_cmpstr (tickets_seating_get_seat (seating), ==, "7");
  g_assert_cmpstr (tickets_seating_get_section (seating), ==, "B");

  g_object_get (seating, "seat", &seat, "row-label", &text, NULL);
  g_assert_cmpstr (seat, ==, "7");
  g_assert_true (text == row_label);
  g_clear_object (&text);

  tickets_seating_set_seat (seating, NULL);
  tickets_seating_set_row (seating, "");
  tickets_seating_set_section (seating, NULL);
  g_assert_cmpstr (tickets_seating_get_seat (seating), ==, "");
  g_assert_true (tickets_seating_is_empty (seating));

  g_assert_finalize_object (g_steal_pointer (&seating));
  g_assert_finalize_object (g_steal_pointer (&venue));
  g_assert_finalize_object (g_steal_pointer (&row_label));
}

static TicketsSeating *
new_seating (const char *seat,
             const char *venue_name)
{
  TicketsSeating *seating = tickets_seating_new ();
  g_autoptr(TicketsI18nText) venue = new_text (venue_name);

  tickets_seating_set_seat (seating, seat);
  tickets_seating_set_row (seating, "3");
  tickets_seating_set_venue (seating, venue);

  return seating;
}

static void
test_seating_equal (void)
{
  g_autoptr(TicketsSeating) a = new_seating ("1", "Hall");
  g_autoptr(TicketsSeating) same = new_seating ("1", "Hall");
  g_autoptr(TicketsSeating) other_seat = new_seating ("2", "Hall");
  g_autoptr(TicketsSeating) other_venue = new_seating ("1", "Club");
  g_autoptr(TicketsSeating) empty = tickets_seating_new ();
  g_autoptr(TicketsSeating) empty_too = tickets_seating_new ();
  g_autoptr(TicketsSeating) labelled = new_seating ("1", "Hall");
  g_autoptr(TicketsI18nText) label = new_text ("Seat");

  tickets_seating_set_seat_label (labelled, label);

  g_assert_true (tickets_seating_equal (a, same));
  g_assert_false (tickets_seating_equal (a, other_seat));
  g_assert_false (tickets_seating_equal (a, other_venue));
  g_assert_false (tickets_seating_equal (a, labelled));
  g_assert_false (tickets_seating_equal (a, empty));
  g_assert_true (tickets_seating_equal (empty, empty_too));
  g_assert_true (tickets_seating_equal (NULL, NULL));
  g_assert_false (tickets_seating_equal (a, NULL));
  g_assert_false (tickets_seating_equal (NULL, a));

  g_assert_finalize_object (g_steal_pointer (&a));
  g_assert_finalize_object (g_steal_pointer (&same));
  g_assert_finalize_object (g_steal_pointer (&other_seat));
  g_assert_finalize_object (g_steal_pointer (&other_venue));
  g_assert_finalize_object (g_steal_pointer (&empty));
  g_assert_finalize_object (g_steal_pointer (&empty_too));
  g_assert_finalize_object (g_steal_pointer (&labelled));
  g_assert_finalize_object (g_steal_pointer (&label));
}

/* The form of the documentation's ticket example, in its order. */
static TicketsPersonalizationForm *
new_doc_form (void)
{
  TicketsPersonalizationForm *form = tickets_personalization_form_new ();

  tickets_personalization_form_add_field (form, "gender", TRUE, FALSE);
  tickets_personalization_form_add_field (form, "first_name", TRUE, FALSE);
  tickets_personalization_form_add_field (form, "last_name", TRUE, FALSE);
  tickets_personalization_form_add_field (form, "date_of_birth", FALSE, FALSE);
  tickets_personalization_form_add_field (form, "email", TRUE, TRUE);

  return form;
}

static void
test_form (void)
{
  g_autoptr(TicketsPersonalizationForm) form = new_doc_form ();
  guint n_fields = 0;

  g_assert_cmpuint (tickets_personalization_form_get_n_fields (form), ==, 5);
  g_object_get (form, "n-fields", &n_fields, NULL);
  g_assert_cmpuint (n_fields, ==, 5);
  g_assert_cmpstr (tickets_personalization_form_get_field_name (form, 0), ==, "gender");
  g_assert_cmpstr (tickets_personalization_form_get_field_name (form, 3), ==, "date_of_birth");
  g_assert_cmpstr (tickets_personalization_form_get_field_name (form, 4), ==, "email");

  g_assert_true (tickets_personalization_form_has_field (form, "email"));
  g_assert_false (tickets_personalization_form_has_field (form, "phone_number"));
  g_assert_true (tickets_personalization_form_is_required (form, "first_name"));
  g_assert_false (tickets_personalization_form_is_required (form, "date_of_birth"));
  g_assert_false (tickets_personalization_form_is_required (form, "phone_number"));
  g_assert_true (tickets_personalization_form_is_unique_per_product (form, "email"));
  g_assert_false (tickets_personalization_form_is_unique_per_product (form, "first_name"));
  g_assert_false (tickets_personalization_form_is_unique_per_product (form, "phone_number"));

  /* A field sent twice keeps its place and takes the last flags. */
  tickets_personalization_form_add_field (form, "first_name", FALSE, FALSE);
  g_assert_cmpuint (tickets_personalization_form_get_n_fields (form), ==, 5);
  g_assert_cmpstr (tickets_personalization_form_get_field_name (form, 1), ==, "first_name");
  g_assert_false (tickets_personalization_form_is_required (form, "first_name"));

  g_assert_finalize_object (g_steal_pointer (&form));
}

static void
test_form_equal (void)
{
  g_autoptr(TicketsPersonalizationForm) a = new_doc_form ();
  g_autoptr(TicketsPersonalizationForm) same = new_doc_form ();
  g_autoptr(TicketsPersonalizationForm) other_flag = new_doc_form ();
  g_autoptr(TicketsPersonalizationForm) more = new_doc_form ();
  g_autoptr(TicketsPersonalizationForm) reordered = tickets_personalization_form_new ();
  g_autoptr(TicketsPersonalizationForm) empty = tickets_personalization_form_new ();

  tickets_personalization_form_add_field (other_flag, "email", TRUE, FALSE);
  tickets_personalization_form_add_field (more, "phone_number", FALSE, FALSE);
  tickets_personalization_form_add_field (reordered, "first_name", TRUE, FALSE);
  tickets_personalization_form_add_field (reordered, "gender", TRUE, FALSE);
  tickets_personalization_form_add_field (reordered, "last_name", TRUE, FALSE);
  tickets_personalization_form_add_field (reordered, "date_of_birth", FALSE, FALSE);
  tickets_personalization_form_add_field (reordered, "email", TRUE, TRUE);

  g_assert_true (tickets_personalization_form_equal (a, same));
  g_assert_false (tickets_personalization_form_equal (a, other_flag));
  g_assert_false (tickets_personalization_form_equal (a, more));
  g_assert_false (tickets_personalization_form_equal (more, a));
  g_assert_false (tickets_personalization_form_equal (a, reordered));
  g_assert_false (tickets_personalization_form_equal (a, empty));
  g_assert_true (tickets_personalization_form_equal (NULL, NULL));
  g_assert_false (tickets_personalization_form_equal (NULL, empty));

  g_assert_finalize_object (g_steal_pointer (&a));
  g_assert_finalize_object (g_steal_pointer (&same));
  g_assert_finalize_object (g_steal_pointer (&other_flag));
  g_assert_finalize_object (g_steal_pointer (&more));
  g_assert_finalize_object (g_steal_pointer (&reordered));
  g_assert_finalize_object (g_steal_pointer (&empty));
}

typedef struct
{
  const char *property;
  const char *(*get) (TicketsConsumer *self);
  void        (*set) (TicketsConsumer *self,
                      const char      *value);
} ConsumerString;

static const ConsumerString consumer_strings[] = {
  { "first-name", tickets_consumer_get_first_name, tickets_consumer_set_first_name },
  { "last-name", tickets_consumer_get_last_name, tickets_consumer_set_last_name },
  { "date-of-birth", tickets_consumer_get_date_of_birth, tickets_consumer_set_date_of_birth },
  { "email", tickets_consumer_get_email, tickets_consumer_set_email },
  { "phone-number", tickets_consumer_get_phone_number, tickets_consumer_set_phone_number },
  { "address", tickets_consumer_get_address, tickets_consumer_set_address },
  { "postal-code", tickets_consumer_get_postal_code, tickets_consumer_set_postal_code },
  { "city", tickets_consumer_get_city, tickets_consumer_set_city },
  { "state", tickets_consumer_get_state, tickets_consumer_set_state },
  { "language", tickets_consumer_get_language, tickets_consumer_set_language },
  { "company-name", tickets_consumer_get_company_name, tickets_consumer_set_company_name },
  { "vat-number", tickets_consumer_get_vat_number, tickets_consumer_set_vat_number },
  { "external-reference", tickets_consumer_get_external_reference, tickets_consumer_set_external_reference },
  { "realm", tickets_consumer_get_realm, tickets_consumer_set_realm },
  { "cognito-user", tickets_consumer_get_cognito_user, tickets_consumer_set_cognito_user },
};

static void
test_consumer_strings (void)
{
  g_autoptr(TicketsConsumer) consumer = tickets_consumer_new ();

  g_assert_null (tickets_consumer_get_uid (consumer));
  tickets_consumer_set_uid (consumer, "c1");
  g_assert_cmpstr (tickets_consumer_get_uid (consumer), ==, "c1");

  for (guint i = 0; i < G_N_ELEMENTS (consumer_strings); i++)
    {
      const ConsumerString *field = &consumer_strings[i];
      g_autofree char *empty = NULL;
      g_autofree char *value = NULL;
      g_autofree char *expected = g_strdup_printf ("value of %s", field->property);

      /* Absent and null both read as "". */
      g_assert_cmpstr (field->get (consumer), ==, "");
      g_object_get (consumer, field->property, &empty, NULL);
      g_assert_cmpstr (empty, ==, "");

      field->set (consumer, expected);
      g_assert_cmpstr (field->get (consumer), ==, expected);
      g_object_get (consumer, field->property, &value, NULL);
      g_assert_cmpstr (value, ==, expected);

      /* No other field moved. */
      for (guint j = 0; j < G_N_ELEMENTS (consumer_strings); j++)
        if (j > i)
          g_assert_cmpstr (consumer_strings[j].get (consumer), ==, "");

      field->set (consumer, NULL);
      g_assert_cmpstr (field->get (consumer), ==, "");
      field->set (consumer, expected);
    }

  g_assert_finalize_object (g_steal_pointer (&consumer));
}

static void
test_consumer_gender (void)
{
  g_autoptr(TicketsConsumer) consumer = tickets_consumer_new ();
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (TICKETS_TYPE_GENDER);
  TicketsGender gender;

  g_assert_cmpint (tickets_consumer_get_gender (consumer), ==, TICKETS_GENDER_UNKNOWN);
  tickets_consumer_set_gender (consumer, TICKETS_GENDER_OTHER);
  g_object_get (consumer, "gender", &gender, NULL);
  g_assert_cmpint (gender, ==, TICKETS_GENDER_OTHER);

  /* The wire numbers. */
  g_assert_cmpint (TICKETS_GENDER_MALE, ==, 1);
  g_assert_cmpint (TICKETS_GENDER_FEMALE, ==, 2);
  g_assert_cmpint (TICKETS_GENDER_OTHER, ==, 9);
  g_assert_cmpstr (g_enum_get_value (enum_class, 9)->value_nick, ==, "other");
  g_assert_cmpstr (g_enum_get_value (enum_class, 0)->value_nick, ==, "unknown");
  g_assert_null (g_enum_get_value (enum_class, 3));

  /* An undocumented number reads as unknown, never as an invalid enum. */
  tickets_consumer_set_gender (consumer, (TicketsGender) 3);
  g_assert_cmpint (tickets_consumer_get_gender (consumer), ==, TICKETS_GENDER_UNKNOWN);

  g_assert_finalize_object (g_steal_pointer (&consumer));
}

/* What a gender field takes: 0 is "unknown" and answers nothing, so a
 * required field takes 1, 2 or 9; an optional one any known value. */
static void
test_gender_accepted (void)
{
  const struct {
    gint64   value;
    gboolean known;
    gboolean required;
    gboolean optional;
  } cases[] = {
    { 0, TRUE, FALSE, TRUE },
    { 1, TRUE, TRUE, TRUE },
    { 2, TRUE, TRUE, TRUE },
    { 9, TRUE, TRUE, TRUE },
    { 3, FALSE, FALSE, FALSE },
    { -1, FALSE, FALSE, FALSE },
    { G_GINT64_CONSTANT (4294967297), FALSE, FALSE, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_cmpint (tickets_gender_is_known (cases[i].value), ==, cases[i].known);
      g_assert_cmpint (tickets_gender_is_accepted (cases[i].value, TRUE), ==, cases[i].required);
      g_assert_cmpint (tickets_gender_is_accepted (cases[i].value, FALSE), ==, cases[i].optional);
    }
}

static void
test_consumer_full_name (void)
{
  g_autoptr(TicketsConsumer) consumer = tickets_consumer_new ();
  g_autofree char *none = tickets_consumer_dup_full_name (consumer);
  g_autofree char *first = NULL;
  g_autofree char *both = NULL;
  g_autofree char *last = NULL;
  g_autofree char *property = NULL;

  g_assert_cmpstr (none, ==, "");
  tickets_consumer_set_first_name (consumer, "Blaise");
  first = tickets_consumer_dup_full_name (consumer);
  g_assert_cmpstr (first, ==, "Blaise");
  tickets_consumer_set_last_name (consumer, "Test ");
  both = tickets_consumer_dup_full_name (consumer);
  g_assert_cmpstr (both, ==, "Blaise Test");
  g_object_get (consumer, "full-name", &property, NULL);
  g_assert_cmpstr (property, ==, "Blaise Test");
  tickets_consumer_set_first_name (consumer, NULL);
  last = tickets_consumer_dup_full_name (consumer);
  g_assert_cmpstr (last, ==, "Test");

  g_assert_finalize_object (g_steal_pointer (&consumer));
}

static TicketsConsumer *
new_doc_consumer (void)
{
  TicketsConsumer *consumer = tickets_consumer_new ();

  tickets_consumer_set_first_name (consumer, "Blaise");
  tickets_consumer_set_last_name (consumer, "Test");
  tickets_consumer_set_date_of_birth (consumer, "1970-01-01");
  tickets_consumer_set_email (consumer, "blaise@example.com");
  tickets_consumer_set_gender (consumer, TICKETS_GENDER_MALE);
  tickets_consumer_set_country (consumer, "NL");
  tickets_consumer_set_realm (consumer, NULL);

  return consumer;
}

static void
test_consumer_equal (void)
{
  g_autoptr(TicketsConsumer) a = new_doc_consumer ();
  g_autoptr(TicketsConsumer) same = new_doc_consumer ();
  g_autoptr(TicketsConsumer) empty_realm = new_doc_consumer ();
  g_autoptr(TicketsConsumer) other_gender = new_doc_consumer ();
  g_autoptr(TicketsConsumer) with_uid = new_doc_consumer ();
  g_autoptr(TicketsConsumer) lower_country = new_doc_consumer ();

  /* null and "" are the same absence. */
  tickets_consumer_set_realm (empty_realm, "");
  tickets_consumer_set_gender (other_gender, TICKETS_GENDER_FEMALE);
  tickets_consumer_set_uid (with_uid, "abc");
  tickets_consumer_set_country (lower_country, "nl");

  g_assert_true (tickets_consumer_equal (a, same));
  g_assert_true (tickets_consumer_equal (a, empty_realm));
  g_assert_true (tickets_consumer_equal (a, lower_country));
  g_assert_false (tickets_consumer_equal (a, other_gender));
  g_assert_false (tickets_consumer_equal (a, with_uid));
  /* The uid aside: what was sent, and the server's stored copy of it. */
  g_assert_true (tickets_consumer_equal_but_uid (a, with_uid));
  g_assert_true (tickets_consumer_equal_but_uid (with_uid, a));
  g_assert_false (tickets_consumer_equal_but_uid (a, other_gender));
  g_assert_false (tickets_consumer_equal_but_uid (a, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (consumer_strings); i++)
    {
      g_autoptr(TicketsConsumer) changed = new_doc_consumer ();

      consumer_strings[i].set (changed, "different");
      g_assert_false (tickets_consumer_equal (a, changed));
      g_assert_false (tickets_consumer_equal (changed, a));
      g_assert_finalize_object (g_steal_pointer (&changed));
    }

  g_assert_true (tickets_consumer_equal (NULL, NULL));
  g_assert_false (tickets_consumer_equal (a, NULL));

  g_assert_finalize_object (g_steal_pointer (&a));
  g_assert_finalize_object (g_steal_pointer (&same));
  g_assert_finalize_object (g_steal_pointer (&empty_realm));
  g_assert_finalize_object (g_steal_pointer (&other_gender));
  g_assert_finalize_object (g_steal_pointer (&with_uid));
  g_assert_finalize_object (g_steal_pointer (&lower_country));
}

/* One email rule for the form, the Ask a Friend dialog and the sandbox. */
static void
test_email_plausible (void)
{
  static const char * const good[] = {
    "friend@example.org", "femke.visser@mail.example.nl", "a+b@x.co", "jos\xc3\xa9@example.org",
  };
  static const char * const bad[] = {
    "", "friend", "@example.org", "friend@", "friend@example", "friend@.org", "friend@example.",
    "a@b@example.org", "friend @example.org", "friend@example.org\n", "a@example.org, b@example.org",
    "<friend@example.org>", "friend@example.org;",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (good); i++)
    g_assert_true (tickets_email_is_plausible (good[i]));
  for (gsize i = 0; i < G_N_ELEMENTS (bad); i++)
    g_assert_false (tickets_email_is_plausible (bad[i]));
  g_assert_false (tickets_email_is_plausible (NULL));
}

/* One date-of-birth rule for the form and the sandbox: the calendar first,
 * then not after today, then not before 1900. */
static void
test_date_of_birth_check (void)
{
  const char *today = "2026-12-07";
  const struct {
    guint year, month, day;
    TicketsBirthDateProblem problem;
  } cases[] = {
    { 1990, 4, 27, TICKETS_BIRTH_DATE_OK },
    { 2000, 2, 29, TICKETS_BIRTH_DATE_OK },
    { 2026, 12, 7, TICKETS_BIRTH_DATE_OK },
    { 1900, 1, 1, TICKETS_BIRTH_DATE_OK },
    { 1990, 13, 1, TICKETS_BIRTH_DATE_NO_SUCH_MONTH },
    { 1990, 0, 1, TICKETS_BIRTH_DATE_NO_SUCH_MONTH },
    { 1990, 2, 30, TICKETS_BIRTH_DATE_NO_SUCH_DAY },
    { 1900, 2, 29, TICKETS_BIRTH_DATE_NO_SUCH_DAY },
    { 1990, 4, 0, TICKETS_BIRTH_DATE_NO_SUCH_DAY },
    { 1850, 2, 30, TICKETS_BIRTH_DATE_NO_SUCH_DAY },
    { 2026, 12, 8, TICKETS_BIRTH_DATE_IN_FUTURE },
    { 2027, 1, 1, TICKETS_BIRTH_DATE_IN_FUTURE },
    { 2026, 12, 32, TICKETS_BIRTH_DATE_NO_SUCH_DAY },
    { 1899, 12, 31, TICKETS_BIRTH_DATE_TOO_EARLY },
    { 0, 1, 1, TICKETS_BIRTH_DATE_TOO_EARLY },
  };
  const struct {
    const char *date;
    TicketsBirthDateProblem problem;
  } iso[] = {
    { "1990-04-27", TICKETS_BIRTH_DATE_OK },
    { "1990-02-30", TICKETS_BIRTH_DATE_NO_SUCH_DAY },
    { "2026-12-08", TICKETS_BIRTH_DATE_IN_FUTURE },
    { "1899-12-31", TICKETS_BIRTH_DATE_TOO_EARLY },
    { "27-04-1990", TICKETS_BIRTH_DATE_MALFORMED },
    { "1990-4-27", TICKETS_BIRTH_DATE_MALFORMED },
    { "1990-04-27T00:00:00Z", TICKETS_BIRTH_DATE_MALFORMED },
    { "199O-04-27", TICKETS_BIRTH_DATE_MALFORMED },
    { "", TICKETS_BIRTH_DATE_MALFORMED },
    { NULL, TICKETS_BIRTH_DATE_MALFORMED },
  };

  g_assert_cmpint (TICKETS_BIRTH_YEAR_MIN, ==, 1900);
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%04u-%02u-%02u", cases[i].year, cases[i].month, cases[i].day);
      g_assert_cmpint (tickets_date_of_birth_check (cases[i].year, cases[i].month, cases[i].day, today), ==,
                       cases[i].problem);
    }
  for (gsize i = 0; i < G_N_ELEMENTS (iso); i++)
    {
      g_test_message ("%s", iso[i].date);
      g_assert_cmpint (tickets_date_of_birth_check_iso (iso[i].date, today), ==, iso[i].problem);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/seating/accessors", test_seating);
  g_test_add_func ("/model/seating/equal", test_seating_equal);
  g_test_add_func ("/model/personalization-form/fields", test_form);
  g_test_add_func ("/model/personalization-form/equal", test_form_equal);
  g_test_add_func ("/model/consumer/strings", test_consumer_strings);
  g_test_add_func ("/model/consumer/gender", test_consumer_gender);
  g_test_add_func ("/model/consumer/gender-accepted", test_gender_accepted);
  g_test_add_func ("/model/consumer/email-plausible", test_email_plausible);
  g_test_add_func ("/model/consumer/date-of-birth", test_date_of_birth_check);
  g_test_add_func ("/model/consumer/full-name", test_consumer_full_name);
  g_test_add_func ("/model/consumer/equal", test_consumer_equal);

  return g_test_run ();
}
