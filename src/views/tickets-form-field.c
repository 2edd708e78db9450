/* tickets-form-field.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A field is the row a person fills in, the message row below it, and what
 * the app knows of the API field it stands for: its words, its kind of
 * control and its rules. The form lays fields out and ties them together
 * (the country decides whether the state shows).
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tickets-accessible.h"
#include "tickets-choice-row.h"
#include "tickets-consumer-fields.h"
#include "tickets-copy-sources.h"
#include "tickets-date-format.h"
#include "tickets-date-row.h"
#include "tickets-field-message-row.h"
#include "tickets-form-field.h"

struct _TicketsFormField
{
  GObject          parent_instance;

  /* NULL for a field the form has no words for */
  const TicketsConsumerField *spec;
  char            *name;
  char            *title;
  gboolean         required;
  gboolean         unique;
  GtkWidget       *row;
  GtkWidget       *control;     /* what takes focus and carries the accessible name */
  GtkWidget       *message_row;
  GtkWidget       *message_label;
  /* Once a field has been checked (validate(), or left with something in it)
   * its problems show as the person types, so they see them go away. */
  gboolean         checked;
  char            *server_message;
};

G_DEFINE_FINAL_TYPE (TicketsFormField, tickets_form_field, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_REQUIRED,
  PROP_UNIQUE,
  PROP_CHECKED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The consumer field the form shows for @name, or NULL: one it has no
 * words for reads as plain text and is never sent. */
static const TicketsConsumerField *
find_spec (const char *name)
{
  const TicketsConsumerField *spec = tickets_consumer_field_lookup (name);

  return spec != NULL && tickets_consumer_field_is_shown (spec) ? spec : NULL;
}

static TicketsConsumerFieldType
field_kind (TicketsFormField *field)
{
  return field->spec != NULL ? field->spec->type : TICKETS_CONSUMER_FIELD_TEXT;
}

static gboolean
field_is_entry (TicketsFormField *field)
{
  TicketsConsumerFieldType kind = field_kind (field);

  return kind != TICKETS_CONSUMER_FIELD_GENDER && kind != TICKETS_CONSUMER_FIELD_COUNTRY;
}

static char *
dup_field_text (TicketsFormField *field)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (field->control))));
}

/* The state as the API wants it: "US-CA"; people may type just "CA". */
static char *
normalize_state (const char *text,
                 const char *country)
{
  g_autofree char *upper = g_ascii_strup (text, -1);

  if (country != NULL && upper[0] != '\0' && strchr (upper, '-') == NULL)
    return g_strdup_printf ("%s-%s", country, upper);

  return g_steal_pointer (&upper);
}

static gboolean
is_state_code (const char *code,
               const char *country)
{
  gsize len = strlen (code);

  if (len < 4 || len > 6 || code[2] != '-')
    return FALSE;
  if (country != NULL && strncmp (code, country, 2) != 0)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (i != 2 && !g_ascii_isalnum (code[i]))
      return FALSE;

  return TRUE;
}

/* What is wrong with the field's value by this app's rules, NULL if nothing. */
static char *
check_field (TicketsFormField *field,
             const char       *country)
{
  g_autofree char *text = NULL;
  TicketsConsumerFieldType kind = field_kind (field);

  if (!gtk_widget_get_visible (field->row))
    return NULL;

  if (kind == TICKETS_CONSUMER_FIELD_GENDER)
    {
      if (field->required && adw_combo_row_get_selected (ADW_COMBO_ROW (field->control)) == GTK_INVALID_LIST_POSITION)
        return g_strdup (_(field->spec->missing));
      return NULL;
    }

  if (kind == TICKETS_CONSUMER_FIELD_COUNTRY)
    {
      if (field->required && tickets_form_field_get_country (field) == NULL)
        return g_strdup (_(field->spec->missing));
      return NULL;
    }

  text = dup_field_text (field);
  if (text[0] == '\0')
    {
      if (!field->required)
        return NULL;
      if (field->spec != NULL)
        return g_strdup (_(field->spec->missing));
      return g_strdup (_("This field is required."));
    }

  switch (kind)
    {
    case TICKETS_CONSUMER_FIELD_EMAIL:
      if (tickets_consumer_field_check (field->spec, text, NULL) != TICKETS_CONSUMER_PROBLEM_NONE)
        return g_strdup (_("Enter an email address such as anna@example.org."));
      break;

    case TICKETS_CONSUMER_FIELD_DATE:
      {
        g_autoptr(GDateTime) now = g_date_time_new_now_local ();
        g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

        return tickets_date_dup_birth_problem (tickets_date_format_for_locale (), text, today);
      }

    case TICKETS_CONSUMER_FIELD_PHONE:
      if (tickets_consumer_field_check (field->spec, text, NULL) != TICKETS_CONSUMER_PROBLEM_NONE)
        return g_strdup (_("Enter a phone number such as +31 20 123 4567."));
      break;

    case TICKETS_CONSUMER_FIELD_STATE:
      {
        g_autofree char *code = normalize_state (text, country);

        if (!is_state_code (code, country))
          /* Translators: %s is an ISO 3166-2 code such as US-CA. */
          return g_strdup_printf (_("Enter the state as a code such as %s."),
                                  g_strcmp0 (country, "BR") == 0 ? "BR-SP" : "US-CA");
      }
      break;

    case TICKETS_CONSUMER_FIELD_TEXT:
    case TICKETS_CONSUMER_FIELD_LANGUAGE:
    case TICKETS_CONSUMER_FIELD_NAME:
    case TICKETS_CONSUMER_FIELD_GENDER:
    case TICKETS_CONSUMER_FIELD_COUNTRY:
    default:
      break;
    }

  return NULL;
}

/* A warning does not stop the form: the server has the last word on it. */
static char *
check_field_warning (TicketsFormField   *field,
                     const char * const *taken_emails)
{
  g_autofree char *text = NULL;

  if (field_kind (field) != TICKETS_CONSUMER_FIELD_EMAIL || !field->unique || taken_emails == NULL)
    return NULL;

  text = dup_field_text (field);
  if (tickets_copy_sources_emails_contain (taken_emails, text))
    return g_strdup (_("Another ticket of this order already uses this address, and each ticket of this product needs its own."));

  return NULL;
}

void
tickets_form_field_update_message (TicketsFormField   *field,
                                   const char         *country,
                                   const char * const *taken_emails)
{
  g_autofree char *message = NULL;
  gboolean warning = FALSE;

  g_return_if_fail (TICKETS_IS_FORM_FIELD (field));

  if (field->checked)
    message = check_field (field, country);
  if (message == NULL && field->server_message != NULL)
    message = g_strdup (field->server_message);
  if (message == NULL)
    {
      message = check_field_warning (field, taken_emails);
      warning = message != NULL;
    }

  gtk_label_set_text (GTK_LABEL (field->message_label), message != NULL ? message : "");
  gtk_widget_set_visible (field->message_row, message != NULL && gtk_widget_get_visible (field->row));

  if (message != NULL && !warning)
    {
      gtk_widget_add_css_class (field->row, "error");
      gtk_widget_add_css_class (field->message_label, "error");
    }
  else
    {
      gtk_widget_remove_css_class (field->row, "error");
      gtk_widget_remove_css_class (field->message_label, "error");
    }
  if (warning)
    gtk_widget_add_css_class (field->message_label, "warning");
  else
    gtk_widget_remove_css_class (field->message_label, "warning");

  gtk_accessible_update_state (GTK_ACCESSIBLE (field->control),
                               GTK_ACCESSIBLE_STATE_INVALID,
                               message != NULL && !warning ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
  if (message != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (field->control),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message,
                                    -1);
  else if (field->required)
    gtk_accessible_update_property (GTK_ACCESSIBLE (field->control),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _("Required"),
                                    -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (field->control),
                                   GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

/* The person changed what the server refused: its message no longer applies. */
static void
emit_changed (TicketsFormField *field)
{
  g_clear_pointer (&field->server_message, g_free);
  g_signal_emit (field, signals[CHANGED], 0);
}

static void
on_entry_changed (GtkEditable      *editable,
                  TicketsFormField *field)
{
  emit_changed (field);
}

static void
on_selected_changed (GObject          *object,
                     GParamSpec       *pspec,
                     TicketsFormField *field)
{
  emit_changed (field);
}

/* A day picked in the calendar is an answer given: check it at once. */
static void
on_date_chosen (TicketsFormField *field)
{
  tickets_form_field_set_checked (field, TRUE);
  emit_changed (field);
}

static void
on_control_leave (GtkEventControllerFocus *controller,
                  TicketsFormField        *field)
{
  g_autofree char *text = NULL;

  if (!field_is_entry (field) || field->checked)
    return;

  /* Empty fields are not nagged about until the person tries to save. */
  text = dup_field_text (field);
  if (text[0] == '\0')
    return;
  tickets_form_field_set_checked (field, TRUE);
  emit_changed (field);
}

/* A field the app has no words for: "shoe_size" reads as "Shoe size". */
static char *
dup_title_for_name (const char *name)
{
  g_autoptr(GString) title = g_string_new (name);

  g_strdelimit (title->str, "_", ' ');
  if (title->len > 0)
    title->str[0] = g_ascii_toupper (title->str[0]);

  return g_string_free (g_steal_pointer (&title), FALSE);
}

static void
tickets_form_field_constructed (GObject *object)
{
  TicketsFormField *field = TICKETS_FORM_FIELD (object);
  GtkEventController *focus;
  const char *title;
  g_autofree char *row_title = NULL;

  G_OBJECT_CLASS (tickets_form_field_parent_class)->constructed (object);

  field->spec = find_spec (field->name);
  /* The docs require the state wherever they ask for it at all. */
  field->required = field->required || (field->spec != NULL && field->spec->type == TICKETS_CONSUMER_FIELD_STATE);
  if (field->spec != NULL)
    field->title = g_strdup (_(field->spec->label));
  else
    field->title = dup_title_for_name (field->name);
  title = field->title;
  /* Translators: the title of a form field that must be filled in. */
  row_title = field->required ? g_strdup_printf (_("%s *"), title) : g_strdup (title);

  switch (field_kind (field))
    {
    case TICKETS_CONSUMER_FIELD_GENDER:
      field->row = field->control = tickets_choice_row_new_gender (field->required);
      g_signal_connect_object (field->control, "notify::selected", G_CALLBACK (on_selected_changed), field, 0);
      break;

    case TICKETS_CONSUMER_FIELD_COUNTRY:
      field->row = field->control = tickets_choice_row_new_country ();
      g_signal_connect_object (field->control, "notify::selected", G_CALLBACK (on_selected_changed), field, 0);
      break;

    case TICKETS_CONSUMER_FIELD_TEXT:
    case TICKETS_CONSUMER_FIELD_LANGUAGE:
    case TICKETS_CONSUMER_FIELD_NAME:
    case TICKETS_CONSUMER_FIELD_EMAIL:
    case TICKETS_CONSUMER_FIELD_PHONE:
    case TICKETS_CONSUMER_FIELD_DATE:
    case TICKETS_CONSUMER_FIELD_STATE:
    default:
      field->row = field->control = field_kind (field) == TICKETS_CONSUMER_FIELD_DATE ? tickets_date_row_new () : adw_entry_row_new ();
      g_signal_connect_object (field->control, "changed", G_CALLBACK (on_entry_changed), field, 0);
      switch (field_kind (field))
        {
        case TICKETS_CONSUMER_FIELD_NAME:
          adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (field->row), GTK_INPUT_PURPOSE_NAME);
          break;
        case TICKETS_CONSUMER_FIELD_EMAIL:
          adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (field->row), GTK_INPUT_PURPOSE_EMAIL);
          break;
        case TICKETS_CONSUMER_FIELD_PHONE:
          adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (field->row), GTK_INPUT_PURPOSE_PHONE);
          break;
        case TICKETS_CONSUMER_FIELD_DATE:
          g_signal_connect_object (field->control, "day-chosen", G_CALLBACK (on_date_chosen), field, G_CONNECT_SWAPPED);
          break;
        case TICKETS_CONSUMER_FIELD_STATE:
          adw_entry_row_set_input_hints (ADW_ENTRY_ROW (field->row), GTK_INPUT_HINT_UPPERCASE_CHARS);
          break;
        case TICKETS_CONSUMER_FIELD_TEXT:
        case TICKETS_CONSUMER_FIELD_LANGUAGE:
        case TICKETS_CONSUMER_FIELD_GENDER:
        case TICKETS_CONSUMER_FIELD_COUNTRY:
        default:
          break;
        }
      break;
    }

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (field->row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (field->row), row_title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (field->control),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_REQUIRED, field->required,
                                  -1);
  /* The open list of a picker is read with the field's name, not as a
   * GtkListView. */
  if (TICKETS_IS_CHOICE_ROW (field->control))
    tickets_choice_row_set_list_label (TICKETS_CHOICE_ROW (field->control), title);
  tickets_accessible_name_row_parts (field->row);
  /* Screen readers land on the text inside an entry row: name it too. */
  if (field_is_entry (field))
    gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_editable_get_delegate (GTK_EDITABLE (field->control))),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                    GTK_ACCESSIBLE_PROPERTY_REQUIRED, field->required,
                                    -1);

  focus = gtk_event_controller_focus_new ();
  g_signal_connect_object (focus, "leave", G_CALLBACK (on_control_leave), field, 0);
  gtk_widget_add_controller (field->row, focus);

  g_object_ref_sink (field->row);

  field->message_row = g_object_ref_sink (tickets_field_message_row_new (title));
  field->message_label = GTK_WIDGET (tickets_field_message_row_get_label (TICKETS_FIELD_MESSAGE_ROW (field->message_row)));

  if (field_kind (field) == TICKETS_CONSUMER_FIELD_STATE)
    gtk_widget_set_visible (field->row, FALSE);
}


static void
tickets_form_field_dispose (GObject *object)
{
  TicketsFormField *field = TICKETS_FORM_FIELD (object);

  g_clear_object (&field->row);
  field->control = NULL;
  g_clear_object (&field->message_row);
  field->message_label = NULL;

  G_OBJECT_CLASS (tickets_form_field_parent_class)->dispose (object);
}

static void
tickets_form_field_finalize (GObject *object)
{
  TicketsFormField *field = TICKETS_FORM_FIELD (object);

  g_free (field->name);
  g_free (field->title);
  g_free (field->server_message);

  G_OBJECT_CLASS (tickets_form_field_parent_class)->finalize (object);
}

static void
tickets_form_field_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  TicketsFormField *self = TICKETS_FORM_FIELD (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_REQUIRED:
      g_value_set_boolean (value, self->required);
      break;
    case PROP_UNIQUE:
      g_value_set_boolean (value, self->unique);
      break;
    case PROP_CHECKED:
      g_value_set_boolean (value, self->checked);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_form_field_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  TicketsFormField *self = TICKETS_FORM_FIELD (object);

  switch (prop_id)
    {
    case PROP_NAME:
      self->name = g_value_dup_string (value);
      break;
    case PROP_REQUIRED:
      self->required = g_value_get_boolean (value);
      break;
    case PROP_UNIQUE:
      self->unique = g_value_get_boolean (value);
      break;
    case PROP_CHECKED:
      tickets_form_field_set_checked (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_form_field_class_init (TicketsFormFieldClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = tickets_form_field_constructed;
  object_class->dispose = tickets_form_field_dispose;
  object_class->finalize = tickets_form_field_finalize;
  object_class->get_property = tickets_form_field_get_property;
  object_class->set_property = tickets_form_field_set_property;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* A state is required whatever the form says (see constructed()). */
  properties[PROP_REQUIRED] =
    g_param_spec_boolean ("required", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* Whether each ticket of the product needs its own value (emails). */
  properties[PROP_UNIQUE] =
    g_param_spec_boolean ("unique", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHECKED] =
    g_param_spec_boolean ("checked", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TicketsFormField::changed:
   *
   * The person changed the value, or checked it by leaving the field or
   * picking a day: its message wants updating.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
tickets_form_field_init (TicketsFormField *self)
{
}

TicketsFormField *
tickets_form_field_new (const char *name,
                        gboolean    required,
                        gboolean    unique)
{
  g_return_val_if_fail (name != NULL, NULL);

  return g_object_new (TICKETS_TYPE_FORM_FIELD,
                       "name", name,
                       "required", required,
                       "unique", unique,
                       NULL);
}

const char *
tickets_form_field_lookup_title (const char *name)
{
  const TicketsConsumerField *spec = find_spec (name);

  return spec != NULL ? _(spec->label) : NULL;
}

const char *
tickets_form_field_get_name (TicketsFormField *self)
{
  g_return_val_if_fail (TICKETS_IS_FORM_FIELD (self), NULL);

  return self->name;
}

/**
 * tickets_form_field_get_row:
 *
 * Returns: (transfer none): the row with the control, which takes the focus
 */
GtkWidget *
tickets_form_field_get_row (TicketsFormField *self)
{
  g_return_val_if_fail (TICKETS_IS_FORM_FIELD (self), NULL);

  return self->row;
}

/**
 * tickets_form_field_get_message_row:
 *
 * Returns: (transfer none): the row that shows the field's message
 */
GtkWidget *
tickets_form_field_get_message_row (TicketsFormField *self)
{
  g_return_val_if_fail (TICKETS_IS_FORM_FIELD (self), NULL);

  return self->message_row;
}

const char *
tickets_form_field_get_country (TicketsFormField *self)
{
  g_return_val_if_fail (TICKETS_IS_FORM_FIELD (self), NULL);

  if (field_kind (self) != TICKETS_CONSUMER_FIELD_COUNTRY)
    return NULL;

  return tickets_choice_row_get_country (TICKETS_CHOICE_ROW (self->control));
}

gboolean
tickets_form_field_get_checked (TicketsFormField *self)
{
  g_return_val_if_fail (TICKETS_IS_FORM_FIELD (self), FALSE);

  return self->checked;
}

void
tickets_form_field_set_checked (TicketsFormField *self,
                                gboolean          checked)
{
  g_return_if_fail (TICKETS_IS_FORM_FIELD (self));

  checked = !!checked;
  if (self->checked == checked)
    return;
  self->checked = checked;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHECKED]);
}

void
tickets_form_field_set_server_message (TicketsFormField *self,
                                       const char       *message)
{
  g_return_if_fail (TICKETS_IS_FORM_FIELD (self));

  g_free (self->server_message);
  self->server_message = g_strdup (message);
}

/**
 * tickets_form_field_dup_problem:
 *
 * Returns: (transfer full) (nullable): what is wrong with the value
 */
char *
tickets_form_field_dup_problem (TicketsFormField *self,
                                const char       *country)
{
  g_return_val_if_fail (TICKETS_IS_FORM_FIELD (self), NULL);

  return check_field (self, country);
}

void
tickets_form_field_fill (TicketsFormField *field,
                         TicketsConsumer  *consumer,
                         gboolean          keep_unknown_gender)
{
  const char *value;

  g_return_if_fail (TICKETS_IS_FORM_FIELD (field));
  g_return_if_fail (TICKETS_IS_CONSUMER (consumer));

  if (field->spec == NULL)
    return;

  if (field_kind (field) == TICKETS_CONSUMER_FIELD_GENDER)
    {
      TicketsGender gender = tickets_consumer_get_gender (consumer);

      if (gender == TICKETS_GENDER_UNKNOWN && !keep_unknown_gender)
        return;
      tickets_choice_row_set_gender (TICKETS_CHOICE_ROW (field->control), gender);
      return;
    }

  value = field->spec->get (consumer);
  if (value == NULL || value[0] == '\0')
    return;

  if (field_kind (field) == TICKETS_CONSUMER_FIELD_COUNTRY)
    {
      tickets_choice_row_set_country (TICKETS_CHOICE_ROW (field->control), value);
      return;
    }

  if (field_kind (field) == TICKETS_CONSUMER_FIELD_DATE)
    {
      tickets_date_row_set_date (TICKETS_DATE_ROW (field->control), value);
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (field->control), value);
}

void
tickets_form_field_collect (TicketsFormField *field,
                            TicketsConsumer  *consumer,
                            const char       *country)
{
  g_autofree char *text = NULL;

  g_return_if_fail (TICKETS_IS_FORM_FIELD (field));
  g_return_if_fail (TICKETS_IS_CONSUMER (consumer));

  if (field->spec == NULL || !gtk_widget_get_visible (field->row))
    return;

  switch (field_kind (field))
    {
    case TICKETS_CONSUMER_FIELD_GENDER:
      {
        TicketsGender gender;

        if (tickets_choice_row_get_gender (TICKETS_CHOICE_ROW (field->control), &gender))
          tickets_consumer_set_gender (consumer, gender);
      }
      break;

    case TICKETS_CONSUMER_FIELD_COUNTRY:
      if (country != NULL)
        tickets_consumer_set_country (consumer, country);
      break;

    case TICKETS_CONSUMER_FIELD_STATE:
      text = dup_field_text (field);
      if (text[0] != '\0')
        {
          g_autofree char *code = normalize_state (text, country);

          tickets_consumer_set_state (consumer, code);
        }
      break;

    case TICKETS_CONSUMER_FIELD_DATE:
      {
        g_autofree char *iso = NULL;

        /* Sent as YYYY-MM-DD; kept as typed while it is no date yet. */
        text = dup_field_text (field);
        iso = tickets_date_row_dup_date (TICKETS_DATE_ROW (field->control));
        field->spec->set (consumer, iso != NULL ? iso : text);
      }
      break;

    case TICKETS_CONSUMER_FIELD_TEXT:
    case TICKETS_CONSUMER_FIELD_LANGUAGE:
    case TICKETS_CONSUMER_FIELD_NAME:
    case TICKETS_CONSUMER_FIELD_EMAIL:
    case TICKETS_CONSUMER_FIELD_PHONE:
    default:
      text = dup_field_text (field);
      field->spec->set (consumer, text);
      break;
    }
}
