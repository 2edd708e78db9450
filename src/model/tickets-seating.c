/* tickets-seating.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-model-private.h"
#include "tickets-seating.h"

/* Most tickets have no seat: unset strings stay NULL and unset texts share one
 * empty text, so such a seating costs little more than the object. */
struct _TicketsSeating
{
  GObject          parent_instance;

  char            *seat;
  char            *row;
  char            *section;
  TicketsI18nText *seat_label;
  TicketsI18nText *row_label;
  TicketsI18nText *section_label;
  TicketsI18nText *venue;
};

G_DEFINE_FINAL_TYPE (TicketsSeating, tickets_seating, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SEAT,
  PROP_ROW,
  PROP_SECTION,
  PROP_SEAT_LABEL,
  PROP_ROW_LABEL,
  PROP_SECTION_LABEL,
  PROP_VENUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tickets_seating_finalize (GObject *object)
{
  TicketsSeating *self = TICKETS_SEATING (object);

  g_free (self->seat);
  g_free (self->row);
  g_free (self->section);
  g_clear_object (&self->seat_label);
  g_clear_object (&self->row_label);
  g_clear_object (&self->section_label);
  g_clear_object (&self->venue);

  G_OBJECT_CLASS (tickets_seating_parent_class)->finalize (object);
}

static void
tickets_seating_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TicketsSeating *self = TICKETS_SEATING (object);

  switch (prop_id)
    {
    case PROP_SEAT:
      g_value_set_string (value, tickets_seating_get_seat (self));
      break;

    case PROP_ROW:
      g_value_set_string (value, tickets_seating_get_row (self));
      break;

    case PROP_SECTION:
      g_value_set_string (value, tickets_seating_get_section (self));
      break;

    case PROP_SEAT_LABEL:
      g_value_set_object (value, tickets_seating_get_seat_label (self));
      break;

    case PROP_ROW_LABEL:
      g_value_set_object (value, tickets_seating_get_row_label (self));
      break;

    case PROP_SECTION_LABEL:
      g_value_set_object (value, tickets_seating_get_section_label (self));
      break;

    case PROP_VENUE:
      g_value_set_object (value, tickets_seating_get_venue (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_seating_class_init (TicketsSeatingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tickets_seating_finalize;
  object_class->get_property = tickets_seating_get_property;

  properties[PROP_SEAT] =
    g_param_spec_string ("seat", NULL, NULL,
                         "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_ROW] =
    g_param_spec_string ("row", NULL, NULL,
                         "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_SECTION] =
    g_param_spec_string ("section", NULL, NULL,
                         "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_SEAT_LABEL] =
    g_param_spec_object ("seat-label", NULL, NULL,
                         TICKETS_TYPE_I18N_TEXT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_ROW_LABEL] =
    g_param_spec_object ("row-label", NULL, NULL,
                         TICKETS_TYPE_I18N_TEXT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_SECTION_LABEL] =
    g_param_spec_object ("section-label", NULL, NULL,
                         TICKETS_TYPE_I18N_TEXT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_VENUE] =
    g_param_spec_object ("venue", NULL, NULL,
                         TICKETS_TYPE_I18N_TEXT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tickets_seating_init (TicketsSeating *self)
{
}

TicketsSeating *
tickets_seating_new (void)
{
  return g_object_new (TICKETS_TYPE_SEATING, NULL);
}

static void
set_string (TicketsSeating  *self,
            char           **ptr,
            const char      *value)
{
  g_return_if_fail (TICKETS_IS_SEATING (self));

  tickets_set_str (ptr, value != NULL && value[0] != '\0' ? value : NULL);
}

static void
set_text (TicketsSeating   *self,
          TicketsI18nText **ptr,
          TicketsI18nText  *value)
{
  g_return_if_fail (TICKETS_IS_SEATING (self));
  g_return_if_fail (value == NULL || TICKETS_IS_I18N_TEXT (value));

  g_set_object (ptr, value);
}

static TicketsI18nText *
get_text (TicketsI18nText *text)
{
  return text != NULL ? text : tickets_i18n_text_get_empty ();
}

const char *
tickets_seating_get_seat (TicketsSeating *self)
{
  g_return_val_if_fail (TICKETS_IS_SEATING (self), "");

  return self->seat != NULL ? self->seat : "";
}

void
tickets_seating_set_seat (TicketsSeating *self,
                          const char     *seat)
{
  set_string (self, &self->seat, seat);
}

const char *
tickets_seating_get_row (TicketsSeating *self)
{
  g_return_val_if_fail (TICKETS_IS_SEATING (self), "");

  return self->row != NULL ? self->row : "";
}

void
tickets_seating_set_row (TicketsSeating *self,
                         const char     *row)
{
  set_string (self, &self->row, row);
}

const char *
tickets_seating_get_section (TicketsSeating *self)
{
  g_return_val_if_fail (TICKETS_IS_SEATING (self), "");

  return self->section != NULL ? self->section : "";
}

void
tickets_seating_set_section (TicketsSeating *self,
                             const char     *section)
{
  set_string (self, &self->section, section);
}

TicketsI18nText *
tickets_seating_get_seat_label (TicketsSeating *self)
{
  g_return_val_if_fail (TICKETS_IS_SEATING (self), NULL);

  return get_text (self->seat_label);
}

void
tickets_seating_set_seat_label (TicketsSeating  *self,
                                TicketsI18nText *seat_label)
{
  set_text (self, &self->seat_label, seat_label);
}

TicketsI18nText *
tickets_seating_get_row_label (TicketsSeating *self)
{
  g_return_val_if_fail (TICKETS_IS_SEATING (self), NULL);

  return get_text (self->row_label);
}

void
tickets_seating_set_row_label (TicketsSeating  *self,
                               TicketsI18nText *row_label)
{
  set_text (self, &self->row_label, row_label);
}

TicketsI18nText *
tickets_seating_get_section_label (TicketsSeating *self)
{
  g_return_val_if_fail (TICKETS_IS_SEATING (self), NULL);

  return get_text (self->section_label);
}

void
tickets_seating_set_section_label (TicketsSeating  *self,
                                   TicketsI18nText *section_label)
{
  set_text (self, &self->section_label, section_label);
}

TicketsI18nText *
tickets_seating_get_venue (TicketsSeating *self)
{
  g_return_val_if_fail (TICKETS_IS_SEATING (self), NULL);

  return get_text (self->venue);
}

void
tickets_seating_set_venue (TicketsSeating  *self,
                           TicketsI18nText *venue)
{
  set_text (self, &self->venue, venue);
}

/* No seat, row or section: general admission. */
gboolean
tickets_seating_is_empty (TicketsSeating *self)
{
  g_return_val_if_fail (TICKETS_IS_SEATING (self), TRUE);

  return self->seat == NULL && self->row == NULL && self->section == NULL;
}

gboolean
tickets_seating_equal (TicketsSeating *a,
                       TicketsSeating *b)
{
  if (a == b)
    return TRUE;
  if (a == NULL || b == NULL)
    return FALSE;

  g_return_val_if_fail (TICKETS_IS_SEATING (a), FALSE);
  g_return_val_if_fail (TICKETS_IS_SEATING (b), FALSE);

  return g_strcmp0 (a->seat, b->seat) == 0
         && g_strcmp0 (a->row, b->row) == 0
         && g_strcmp0 (a->section, b->section) == 0
         && tickets_i18n_text_equal (get_text (a->seat_label), get_text (b->seat_label))
         && tickets_i18n_text_equal (get_text (a->row_label), get_text (b->row_label))
         && tickets_i18n_text_equal (get_text (a->section_label), get_text (b->section_label))
         && tickets_i18n_text_equal (get_text (a->venue), get_text (b->venue));
}
