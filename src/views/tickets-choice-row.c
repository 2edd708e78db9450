/* tickets-choice-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tickets-choice-row.h"
#include "tickets-countries.h"

typedef enum
{
  CHOICE_PLAIN,
  CHOICE_GENDER,
  CHOICE_COUNTRY,
} ChoiceKind;

struct _TicketsChoiceRow
{
  AdwComboRow         parent_instance;

  ChoiceKind          kind;
  gboolean            required;
  char               *list_label;
  /* What was typed to choose (see on_key_pressed()). */
  GString            *typed;
  guint32             typed_time;
};

G_DEFINE_FINAL_TYPE (TicketsChoiceRow, tickets_choice_row, ADW_TYPE_COMBO_ROW)

enum {
  PROP_0,
  PROP_LIST_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* In the order of the combo row; the numbers are the API's. A field shows
 * those tickets_gender_is_accepted() takes: a required one has no Unknown. */
static const struct
{
  TicketsGender  value;
  const char    *label;
} genders[] = {
  { TICKETS_GENDER_UNKNOWN, NC_("gender", "Unknown") },
  { TICKETS_GENDER_MALE, NC_("gender", "Male") },
  { TICKETS_GENDER_FEMALE, NC_("gender", "Female") },
  { TICKETS_GENDER_OTHER, NC_("gender", "Other") },
};

typedef struct
{
  char *code;
  char *name;
  char *sort_key;
} Country;

static int
compare_countries (gconstpointer a,
                   gconstpointer b)
{
  const Country *country_a = *(const Country * const *) a;
  const Country *country_b = *(const Country * const *) b;

  return strcmp (country_a->sort_key, country_b->sort_key);
}

/* Every country iso-codes knows, sorted by its name in the user's language. */
static GPtrArray *
get_countries (void)
{
  static GPtrArray *countries;

  if (g_once_init_enter (&countries))
    {
      GPtrArray *list = g_ptr_array_new ();
      g_auto(GStrv) codes = tickets_countries_dup_codes ();

      for (guint i = 0; codes[i] != NULL; i++)
        {
          Country *country = g_new0 (Country, 1);

          country->code = g_strdup (codes[i]);
          country->name = tickets_countries_dup_display_name (codes[i]);
          country->sort_key = g_utf8_collate_key (country->name, -1);
          g_ptr_array_add (list, country);
        }
      g_ptr_array_sort (list, compare_countries);

      g_once_init_leave (&countries, list);
    }

  return countries;
}

static guint
find_country (const char *code)
{
  GPtrArray *countries = get_countries ();

  if (code == NULL || code[0] == '\0')
    return GTK_INVALID_LIST_POSITION;
  for (guint i = 0; i < countries->len; i++)
    {
      const Country *country = g_ptr_array_index (countries, i);

      if (g_ascii_strcasecmp (country->code, code) == 0)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

/* The gender at @position of the field's list, FALSE past its end. */
static gboolean
get_offered_gender (gboolean       required,
                    guint          position,
                    TicketsGender *gender)
{
  for (guint i = 0; i < G_N_ELEMENTS (genders); i++)
    {
      if (!tickets_gender_is_accepted (genders[i].value, required))
        continue;
      if (position-- == 0)
        {
          *gender = genders[i].value;
          return TRUE;
        }
    }

  return FALSE;
}

static guint
find_offered_gender (gboolean      required,
                     TicketsGender gender)
{
  TicketsGender offered;

  for (guint i = 0; get_offered_gender (required, i, &offered); i++)
    if (offered == gender)
      return i;

  return GTK_INVALID_LIST_POSITION;
}

/* Lower case and without accents, so that "ca" finds "Côte d'Ivoire". */
static char *
fold_for_search (const char *text)
{
  g_autofree char *decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);
  g_autoptr(GString) bare = g_string_new (NULL);

  for (const char *p = decomposed; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_ismark (c))
        g_string_append_unichar (bare, c);
    }

  return g_utf8_casefold (bare->str, -1);
}

/* The first item whose name starts with @typed, else the first with a
 * word that does ("king" finds "United Kingdom"). */
static guint
find_typed_item (GListModel *model,
                 const char *typed)
{
  g_autofree char *folded = fold_for_search (typed);
  guint word_match = GTK_INVALID_LIST_POSITION;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);
      g_autofree char *name = fold_for_search (gtk_string_object_get_string (item));

      if (g_str_has_prefix (name, folded))
        return i;
      if (word_match == GTK_INVALID_LIST_POSITION && g_str_match_string (folded, name, FALSE))
        word_match = i;
    }

  return word_match;
}

/* The first widget of @type in @widget, @widget included, popovers too. */
static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Typing on a picker chooses at once, the same in both pickers and whether
 * their list is open or not (AdwComboRow has no search before libadwaita
 * 1.4): "neth" picks the Netherlands. A pause of a second starts afresh. */
static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                TicketsChoiceRow      *self)
{
  AdwComboRow *row = ADW_COMBO_ROW (self);
  guint32 time = gtk_event_controller_get_current_event_time (GTK_EVENT_CONTROLLER (controller));
  gunichar c = gdk_keyval_to_unicode (keyval);
  guint position;
  GtkWidget *popover;
  GtkWidget *list;

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK)) != 0 || c == 0 || !g_unichar_isprint (c))
    return FALSE;
  /* Space opens the list, unless it is part of a name being typed. */
  if (c == ' ' && self->typed->len == 0)
    return FALSE;

  if (time != 0 && time - self->typed_time > 1000)
    g_string_truncate (self->typed, 0);
  self->typed_time = time;
  g_string_append_unichar (self->typed, c);

  position = find_typed_item (adw_combo_row_get_model (row), self->typed->str);
  if (position == GTK_INVALID_LIST_POSITION && self->typed->len > 1)
    {
      /* No name goes on like that: a new search with this letter. */
      g_string_truncate (self->typed, 0);
      g_string_append_unichar (self->typed, c);
      position = find_typed_item (adw_combo_row_get_model (row), self->typed->str);
    }
  if (position == GTK_INVALID_LIST_POSITION)
    return TRUE;

  adw_combo_row_set_selected (row, position);

  /* In the open list, the focus follows to the item found. */
  popover = find_descendant (GTK_WIDGET (row), GTK_TYPE_POPOVER);
  list = popover != NULL && gtk_widget_get_visible (popover) ? find_descendant (popover, GTK_TYPE_LIST_VIEW) : NULL;
  if (list != NULL)
    gtk_widget_activate_action (list, "list.scroll-to-item", "u", position);

  return TRUE;
}

static void
on_focus_leave (TicketsChoiceRow *self)
{
  g_string_truncate (self->typed, 0);
}

static void
tickets_choice_row_finalize (GObject *object)
{
  TicketsChoiceRow *self = TICKETS_CHOICE_ROW (object);

  g_string_free (self->typed, TRUE);
  g_free (self->list_label);

  G_OBJECT_CLASS (tickets_choice_row_parent_class)->finalize (object);
}

static void
tickets_choice_row_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  TicketsChoiceRow *self = TICKETS_CHOICE_ROW (object);

  switch (prop_id)
    {
    case PROP_LIST_LABEL:
      g_value_set_string (value, self->list_label);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_choice_row_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  TicketsChoiceRow *self = TICKETS_CHOICE_ROW (object);

  switch (prop_id)
    {
    case PROP_LIST_LABEL:
      tickets_choice_row_set_list_label (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_choice_row_class_init (TicketsChoiceRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tickets_choice_row_finalize;
  object_class->get_property = tickets_choice_row_get_property;
  object_class->set_property = tickets_choice_row_set_property;

  /**
   * TicketsChoiceRow:list-label:
   *
   * What the open list is read as, rather than "GtkListView".
   */
  properties[PROP_LIST_LABEL] =
    g_param_spec_string ("list-label", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tickets_choice_row_init (TicketsChoiceRow *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();
  GtkWidget *popover;

  self->typed = g_string_new (NULL);

  adw_combo_row_set_expression (ADW_COMBO_ROW (self),
                                gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));

  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_focus_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);

  /* The open list is a surface of its own: its keys do not reach the row. */
  popover = find_descendant (GTK_WIDGET (self), GTK_TYPE_POPOVER);
  if (popover != NULL)
    {
      GtkEventController *list_keys = gtk_event_controller_key_new ();

      g_signal_connect_object (list_keys, "key-pressed", G_CALLBACK (on_key_pressed), self, 0);
      gtk_widget_add_controller (popover, list_keys);
    }
}

static GtkWidget *
choice_row_new (ChoiceKind  kind,
                gboolean    required,
                GListModel *model)
{
  TicketsChoiceRow *self = g_object_new (TICKETS_TYPE_CHOICE_ROW, NULL);

  self->kind = kind;
  self->required = required;
  adw_combo_row_set_model (ADW_COMBO_ROW (self), model);
  adw_combo_row_set_selected (ADW_COMBO_ROW (self), GTK_INVALID_LIST_POSITION);

  return GTK_WIDGET (self);
}

GtkWidget *
tickets_choice_row_new_country (void)
{
  GPtrArray *countries = get_countries ();
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  for (guint i = 0; i < countries->len; i++)
    gtk_string_list_append (names, ((Country *) g_ptr_array_index (countries, i))->name);

  return choice_row_new (CHOICE_COUNTRY, FALSE, G_LIST_MODEL (names));
}

GtkWidget *
tickets_choice_row_new_gender (gboolean required)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (genders); i++)
    if (tickets_gender_is_accepted (genders[i].value, required))
      gtk_string_list_append (labels, g_dpgettext2 (NULL, "gender", genders[i].label));

  return choice_row_new (CHOICE_GENDER, required, G_LIST_MODEL (labels));
}

void
tickets_choice_row_set_list_label (TicketsChoiceRow *self,
                                   const char       *label)
{
  GtkWidget *list;

  g_return_if_fail (TICKETS_IS_CHOICE_ROW (self));

  if (g_strcmp0 (self->list_label, label) == 0)
    return;
  g_free (self->list_label);
  self->list_label = g_strdup (label);

  list = find_descendant (GTK_WIDGET (self), GTK_TYPE_LIST_VIEW);
  if (list != NULL && label != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (list),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                    -1);
  else if (list != NULL)
    gtk_accessible_reset_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LIST_LABEL]);
}

const char *
tickets_choice_row_get_country (TicketsChoiceRow *self)
{
  guint selected;

  g_return_val_if_fail (TICKETS_IS_CHOICE_ROW (self), NULL);
  g_return_val_if_fail (self->kind == CHOICE_COUNTRY, NULL);

  selected = adw_combo_row_get_selected (ADW_COMBO_ROW (self));
  if (selected == GTK_INVALID_LIST_POSITION || selected >= get_countries ()->len)
    return NULL;

  return ((Country *) g_ptr_array_index (get_countries (), selected))->code;
}

void
tickets_choice_row_set_country (TicketsChoiceRow *self,
                                const char       *code)
{
  guint position;

  g_return_if_fail (TICKETS_IS_CHOICE_ROW (self));
  g_return_if_fail (self->kind == CHOICE_COUNTRY);

  position = find_country (code);
  if (position != GTK_INVALID_LIST_POSITION)
    adw_combo_row_set_selected (ADW_COMBO_ROW (self), position);
}

gboolean
tickets_choice_row_get_gender (TicketsChoiceRow *self,
                               TicketsGender    *gender)
{
  g_return_val_if_fail (TICKETS_IS_CHOICE_ROW (self), FALSE);
  g_return_val_if_fail (self->kind == CHOICE_GENDER, FALSE);

  return get_offered_gender (self->required, adw_combo_row_get_selected (ADW_COMBO_ROW (self)), gender);
}

void
tickets_choice_row_set_gender (TicketsChoiceRow *self,
                               TicketsGender     gender)
{
  guint position;

  g_return_if_fail (TICKETS_IS_CHOICE_ROW (self));
  g_return_if_fail (self->kind == CHOICE_GENDER);

  position = find_offered_gender (self->required, gender);
  if (position != GTK_INVALID_LIST_POSITION)
    adw_combo_row_set_selected (ADW_COMBO_ROW (self), position);
}
