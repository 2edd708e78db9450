/* tickets-date-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The row only glues the entry and the calendar to the locale's date
 * format; what a date may be is tickets-date-format's to say.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tickets-date-format.h"
#include "tickets-date-row.h"

struct _TicketsDateRow
{
  AdwEntryRow  parent_instance;

  GtkWidget   *format_hint;
  GtkWidget   *calendar;
  /* The year * 12 + month the calendar shows (see on_calendar_day_selected()). */
  int          shown_month;
  char        *date;
};

G_DEFINE_FINAL_TYPE (TicketsDateRow, tickets_date_row, ADW_TYPE_ENTRY_ROW)

enum {
  PROP_0,
  PROP_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  DAY_CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
dup_text (TicketsDateRow *self)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self))));
}

static void
on_changed (TicketsDateRow *self)
{
  g_autofree char *text = dup_text (self);
  g_autofree char *date = tickets_date_parse (tickets_date_format_for_locale (), text);

  gtk_widget_set_visible (self->format_hint, gtk_editable_get_text (GTK_EDITABLE (self))[0] == '\0');

  if (g_strcmp0 (date, self->date) == 0)
    return;
  g_free (self->date);
  self->date = g_steal_pointer (&date);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

static void
on_popover_show (TicketsDateRow *self)
{
  g_autoptr(GDateTime) date = NULL;
  GDate parsed;

  g_date_clear (&parsed, 1);
  if (self->date != NULL)
    g_date_set_parse (&parsed, self->date);
  if (g_date_valid (&parsed))
    date = g_date_time_new_local (g_date_get_year (&parsed), g_date_get_month (&parsed),
                                  g_date_get_day (&parsed), 0, 0, 0);
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      /* Most ticket holders are adults: start a generation back. */
      date = g_date_time_add_years (now, -30);
    }

  self->shown_month = g_date_time_get_year (date) * 12 + g_date_time_get_month (date);
  g_signal_handlers_block_matched (self->calendar, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  gtk_calendar_select_day (GTK_CALENDAR (self->calendar), date);
  g_signal_handlers_unblock_matched (self->calendar, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
}

/* Browsing to another month selects a day in it too: only a day picked in
 * the month on show is taken as the answer. */
static void
on_calendar_day_selected (GtkCalendar    *calendar,
                          TicketsDateRow *self)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (calendar);
  int month = g_date_time_get_year (date) * 12 + g_date_time_get_month (date);
  g_autofree char *iso = NULL;

  if (self->shown_month != month)
    {
      self->shown_month = month;
      return;
    }

  iso = g_date_time_format (date, "%Y-%m-%d");
  tickets_date_row_set_date (self, iso);
  g_signal_emit (self, signals[DAY_CHOSEN], 0);
  gtk_popover_popdown (GTK_POPOVER (gtk_widget_get_ancestor (GTK_WIDGET (calendar), GTK_TYPE_POPOVER)));
}

static void
tickets_date_row_finalize (GObject *object)
{
  TicketsDateRow *self = TICKETS_DATE_ROW (object);

  g_free (self->date);

  G_OBJECT_CLASS (tickets_date_row_parent_class)->finalize (object);
}

static void
tickets_date_row_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  TicketsDateRow *self = TICKETS_DATE_ROW (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_date_row_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  TicketsDateRow *self = TICKETS_DATE_ROW (object);

  switch (prop_id)
    {
    case PROP_DATE:
      tickets_date_row_set_date (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_date_row_class_init (TicketsDateRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tickets_date_row_finalize;
  object_class->get_property = tickets_date_row_get_property;
  object_class->set_property = tickets_date_row_set_property;

  /**
   * TicketsDateRow:date:
   *
   * The date typed as YYYY-MM-DD, NULL while the text is no date.
   */
  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TicketsDateRow::day-chosen:
   *
   * A day was picked in the calendar, rather than typed.
   */
  signals[DAY_CHOSEN] =
    g_signal_new ("day-chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
tickets_date_row_init (TicketsDateRow *self)
{
  TicketsDateFormat date_format = tickets_date_format_for_locale ();
  g_autofree char *hint = tickets_date_dup_hint (date_format);
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();

  self->format_hint = gtk_label_new (hint);
  gtk_widget_add_css_class (self->format_hint, "dim-label");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->format_hint),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tickets_date_get_hint_description (date_format),
                                  -1);

  self->calendar = gtk_calendar_new ();
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->calendar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Calendar"),
                                  -1);
  g_signal_connect_swapped (popover, "show", G_CALLBACK (on_popover_show), self);
  g_signal_connect (self->calendar, "day-selected", G_CALLBACK (on_calendar_day_selected), self);
  gtk_popover_set_child (GTK_POPOVER (popover), self->calendar);

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "x-office-calendar-symbolic");
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Choose a date"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Choose the date of birth"),
                                  -1);

  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self), self->format_hint);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self), button);

  g_signal_connect (self, "changed", G_CALLBACK (on_changed), NULL);
}

GtkWidget *
tickets_date_row_new (void)
{
  return g_object_new (TICKETS_TYPE_DATE_ROW, NULL);
}

/**
 * tickets_date_row_dup_date:
 *
 * Returns: (transfer full) (nullable): the date typed, as YYYY-MM-DD
 */
char *
tickets_date_row_dup_date (TicketsDateRow *self)
{
  g_return_val_if_fail (TICKETS_IS_DATE_ROW (self), NULL);

  return g_strdup (self->date);
}

void
tickets_date_row_set_date (TicketsDateRow *self,
                           const char     *date)
{
  g_autofree char *shown = NULL;

  g_return_if_fail (TICKETS_IS_DATE_ROW (self));

  if (date != NULL)
    shown = tickets_date_format_iso (tickets_date_format_for_locale (), date);
  /* The text's "changed" updates the date and notifies. */
  gtk_editable_set_text (GTK_EDITABLE (self), shown != NULL ? shown : date != NULL ? date : "");
}
