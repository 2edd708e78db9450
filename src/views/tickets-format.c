/* tickets-format.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <limits.h>
#include <locale.h>
#include <string.h>

#include "tickets-countries.h"
#include "tickets-date-format.h"
#include "tickets-format.h"

const char *
tickets_best_text (TicketsI18nText *text)
{
  const char *best = text != NULL ? tickets_i18n_text_get_best (text) : NULL;

  return best != NULL && best[0] != '\0' ? best : NULL;
}

char *
tickets_format_date_time (GDateTime *date_time)
{
  if (date_time == NULL)
    return NULL;

  /* Translators: a date and time, as in "Saturday 4 July 2026, 14:00", see the g_date_time_format() documentation. */
  return tickets_date_time_format_local (date_time, _("%A %-d %B %Y, %H:%M"), tickets_clock_format_get_default ());
}

const char *
tickets_format_gender (TicketsGender gender)
{
  switch (gender)
    {
    case TICKETS_GENDER_MALE:
      return C_("gender", "Male");
    case TICKETS_GENDER_FEMALE:
      return C_("gender", "Female");
    case TICKETS_GENDER_OTHER:
      return C_("gender", "Other");
    case TICKETS_GENDER_UNKNOWN:
    default:
      return NULL;
    }
}

char *
tickets_format_country (const char *alpha2)
{
  char *name;

  if (alpha2 == NULL || alpha2[0] == '\0')
    return NULL;

  name = tickets_countries_dup_display_name (alpha2);

  return name != NULL ? name : g_strdup (alpha2);
}

static const char *
seating_label_or (TicketsI18nText *label,
                  const char      *fallback)
{
  const char *best = tickets_best_text (label);

  return best != NULL ? best : fallback;
}

char *
tickets_format_seating (TicketsSeating *seating)
{
  g_autoptr(GPtrArray) parts = NULL;
  const char *section;
  const char *row;
  const char *seat;

  g_return_val_if_fail (TICKETS_IS_SEATING (seating), NULL);

  parts = g_ptr_array_new_with_free_func (g_free);
  section = tickets_seating_get_section (seating);
  row = tickets_seating_get_row (seating);
  seat = tickets_seating_get_seat (seating);

  if (section[0] != '\0')
    /* Translators: one part of a seat's place, as in "Section B"; %1$s is the
     * name the venue gives the part ("Section", "Row", "Seat"), %2$s its value. */
    g_ptr_array_add (parts, g_strdup_printf (C_("seating", "%1$s %2$s"),
                                             seating_label_or (tickets_seating_get_section_label (seating), _("Section")),
                                             section));
  if (row[0] != '\0')
    g_ptr_array_add (parts, g_strdup_printf (C_("seating", "%1$s %2$s"),
                                             seating_label_or (tickets_seating_get_row_label (seating), _("Row")),
                                             row));
  if (seat[0] != '\0')
    g_ptr_array_add (parts, g_strdup_printf (C_("seating", "%1$s %2$s"),
                                             seating_label_or (tickets_seating_get_seat_label (seating), _("Seat")),
                                             seat));
  g_ptr_array_add (parts, NULL);

  /* Translators: what separates "Section B", "Row 12" and "Seat 7". */
  return g_strjoinv (C_("seating", " · "), (char **) parts->pdata);
}

/* GtkLabel drops its layout and queues a resize even for the text it
 * already shows, and rows update every label on each notify of their
 * ticket. */
void
tickets_show_label (GtkLabel   *label,
                    const char *text)
{
  g_return_if_fail (GTK_IS_LABEL (label));

  if (text == NULL)
    text = "";

  if (strcmp (gtk_label_get_label (label), text) != 0)
    gtk_label_set_label (label, text);
  gtk_widget_set_visible (GTK_WIDGET (label), text[0] != '\0');
}

/* The currencies events sell in most; any other is written with its ISO
 * code, but for the locale's own currency, which the locale names. */
static const struct
{
  const char *code;
  const char *symbol;   /* NULL: written with its code */
  unsigned    decimals;
} currencies[] = {
  { "EUR", "€", 2 },
  { "USD", "$", 2 },
  { "GBP", "£", 2 },
  { "JPY", "¥", 0 },
  { "CHF", NULL, 2 },
};

/* @digits with @separator between the groups that @grouping (as
 * localeconv() gives it: sizes from the right, the last one repeating,
 * CHAR_MAX ending the grouping) asks for. */
static char *
group_digits (const char *digits,
              const char *separator,
              const char *grouping)
{
  g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func (g_free);
  gsize end = strlen (digits);

  while (separator[0] != '\0' && grouping[0] > 0 && grouping[0] != CHAR_MAX
         && (gsize) grouping[0] < end)
    {
      g_ptr_array_insert (groups, 0, g_strndup (digits + end - grouping[0], grouping[0]));
      end -= grouping[0];
      if (grouping[1] != '\0')
        grouping++;
    }
  g_ptr_array_insert (groups, 0, g_strndup (digits, end));
  g_ptr_array_add (groups, NULL);

  return g_strjoinv (separator, (char **) groups->pdata);
}

char *
tickets_format_amount (TicketsAmount *amount)
{
  const struct lconv *conventions = localeconv ();
  g_autofree char *exact = NULL;
  g_autofree char *whole = NULL;
  g_autofree char *number = NULL;
  g_autofree char *text = NULL;
  const char *currency;
  const char *symbol = NULL;
  const char *decimal_point;
  const char *digits;
  char *point;
  unsigned decimals = 2;
  gsize n_fraction;

  g_return_val_if_fail (TICKETS_IS_AMOUNT (amount), NULL);

  currency = tickets_amount_get_currency (amount);
  for (gsize i = 0; i < G_N_ELEMENTS (currencies); i++)
    if (g_strcmp0 (currency, currencies[i].code) == 0)
      {
        symbol = currencies[i].symbol;
        decimals = currencies[i].decimals;
      }
  /* int_curr_symbol is the code and a separator: "PLN ". */
  if (strlen (currency) == 3 && strncmp (conventions->int_curr_symbol, currency, 3) == 0
      && conventions->currency_symbol[0] != '\0')
    {
      symbol = conventions->currency_symbol;
      if (conventions->frac_digits != CHAR_MAX)
        decimals = conventions->frac_digits;
    }

  /* Exact, with a dot and at least two decimals: the currency's decimals
   * are shown, and all of the amount's when those beyond are not zeros
   * (money is never rounded). */
  exact = tickets_amount_to_string (amount);
  digits = exact[0] == '-' ? exact + 1 : exact;
  point = strchr (digits, '.');
  whole = g_strndup (digits, point - digits);
  n_fraction = strlen (point + 1);
  if (n_fraction > decimals && strspn (point + 1 + decimals, "0") == n_fraction - decimals)
    n_fraction = decimals;

  /* The monetary conventions first; the C locale has none. */
  decimal_point = conventions->mon_decimal_point;
  if (decimal_point[0] == '\0')
    decimal_point = conventions->decimal_point;
  if (decimal_point[0] == '\0')
    decimal_point = ".";
  number = group_digits (whole, conventions->mon_thousands_sep, conventions->mon_grouping);
  if (n_fraction > 0)
    {
      g_autofree char *grouped = g_steal_pointer (&number);

      number = g_strdup_printf ("%s%s%.*s", grouped, decimal_point, (int) n_fraction, point + 1);
    }

  if (symbol != NULL)
    /* Translators: a price; %1$s is the currency symbol, %2$s the number, as in "€89.50". Reorder as your language writes it, e.g. "%2$s %1$s". */
    text = g_strdup_printf (C_("amount with symbol", "%1$s%2$s"), symbol, number);
  else
    /* Translators: a price; %1$s is the ISO currency code, %2$s the number, as in "EUR 89.50". */
    text = g_strdup_printf (C_("amount with code", "%1$s %2$s"), currency, number);

  /* A minus before the symbol too: "-€2.50", "-2,50 €". */
  return exact[0] == '-' ? g_strconcat ("-", text, NULL) : g_steal_pointer (&text);
}

char *
tickets_format_error_markup (const GError *error)
{
  g_return_val_if_fail (error != NULL, NULL);

  return g_markup_escape_text (error->message, -1);
}

GtkWidget *
tickets_detail_row_new (const char *title,
                        const char *value)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *accessible = NULL;

  /* Names and addresses are text as typed, never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), value);

  /* Translators: how a screen reader reads a detail, as in "Email: jan@example.org". */
  accessible = g_strdup_printf (_("%1$s: %2$s"), title, value);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);

  return row;
}

void
tickets_detail_rows_clear (AdwPreferencesGroup *group,
                           GPtrArray           *rows)
{
  g_return_if_fail (ADW_IS_PREFERENCES_GROUP (group));
  g_return_if_fail (rows != NULL);

  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (group, g_ptr_array_index (rows, i));
  g_ptr_array_set_size (rows, 0);
}
