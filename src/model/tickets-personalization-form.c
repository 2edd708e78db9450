/* tickets-personalization-form.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tickets-personalization-form.h"

/* Field names are a handful of consumer field names: interned, not copied. */
typedef struct
{
  const char *name;
  gboolean    required;
  gboolean    unique_per_product;
} Field;

struct _TicketsPersonalizationForm
{
  GObject  parent_instance;

  Field   *fields;
  guint    n_fields;
  guint    n_allocated;
};

G_DEFINE_FINAL_TYPE (TicketsPersonalizationForm, tickets_personalization_form, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_N_FIELDS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tickets_personalization_form_finalize (GObject *object)
{
  TicketsPersonalizationForm *self = TICKETS_PERSONALIZATION_FORM (object);

  g_free (self->fields);

  G_OBJECT_CLASS (tickets_personalization_form_parent_class)->finalize (object);
}

static void
tickets_personalization_form_get_property (GObject    *object,
                                           guint       prop_id,
                                           GValue     *value,
                                           GParamSpec *pspec)
{
  TicketsPersonalizationForm *self = TICKETS_PERSONALIZATION_FORM (object);

  switch (prop_id)
    {
    case PROP_N_FIELDS:
      g_value_set_uint (value, self->n_fields);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_personalization_form_class_init (TicketsPersonalizationFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tickets_personalization_form_finalize;
  object_class->get_property = tickets_personalization_form_get_property;

  properties[PROP_N_FIELDS] =
    g_param_spec_uint ("n-fields", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tickets_personalization_form_init (TicketsPersonalizationForm *self)
{
}

TicketsPersonalizationForm *
tickets_personalization_form_new (void)
{
  return g_object_new (TICKETS_TYPE_PERSONALIZATION_FORM, NULL);
}

static Field *
find_field (TicketsPersonalizationForm *self,
            const char                 *name)
{
  for (guint i = 0; i < self->n_fields; i++)
    if (self->fields[i].name == name || strcmp (self->fields[i].name, name) == 0)
      return &self->fields[i];

  return NULL;
}

/**
 * tickets_personalization_form_add_field:
 *
 * A builder: call it only before the form is handed to anyone else. Adding a
 * field twice updates its flags and keeps its place.
 */
void
tickets_personalization_form_add_field (TicketsPersonalizationForm *self,
                                        const char                 *name,
                                        gboolean                    required,
                                        gboolean                    unique_per_product)
{
  Field *field;

  g_return_if_fail (TICKETS_IS_PERSONALIZATION_FORM (self));
  g_return_if_fail (name != NULL);

  field = find_field (self, name);
  if (field == NULL)
    {
      if (self->n_fields == self->n_allocated)
        {
          self->n_allocated = MAX (8, self->n_allocated * 2);
          self->fields = g_renew (Field, self->fields, self->n_allocated);
        }
      field = &self->fields[self->n_fields++];
      field->name = g_intern_string (name);
    }

  field->required = !!required;
  field->unique_per_product = !!unique_per_product;
}

unsigned
tickets_personalization_form_get_n_fields (TicketsPersonalizationForm *self)
{
  g_return_val_if_fail (TICKETS_IS_PERSONALIZATION_FORM (self), 0);

  return self->n_fields;
}

const char *
tickets_personalization_form_get_field_name (TicketsPersonalizationForm *self,
                                             unsigned                    i)
{
  g_return_val_if_fail (TICKETS_IS_PERSONALIZATION_FORM (self), NULL);
  g_return_val_if_fail (i < self->n_fields, NULL);

  return self->fields[i].name;
}

gboolean
tickets_personalization_form_has_field (TicketsPersonalizationForm *self,
                                        const char                 *name)
{
  g_return_val_if_fail (TICKETS_IS_PERSONALIZATION_FORM (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  return find_field (self, name) != NULL;
}

gboolean
tickets_personalization_form_is_required (TicketsPersonalizationForm *self,
                                          const char                 *name)
{
  Field *field;

  g_return_val_if_fail (TICKETS_IS_PERSONALIZATION_FORM (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  field = find_field (self, name);

  return field != NULL && field->required;
}

gboolean
tickets_personalization_form_is_unique_per_product (TicketsPersonalizationForm *self,
                                                    const char                 *name)
{
  Field *field;

  g_return_val_if_fail (TICKETS_IS_PERSONALIZATION_FORM (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  field = find_field (self, name);

  return field != NULL && field->unique_per_product;
}

/* The same fields with the same flags in the same order. */
gboolean
tickets_personalization_form_equal (TicketsPersonalizationForm *a,
                                    TicketsPersonalizationForm *b)
{
  if (a == b)
    return TRUE;
  if (a == NULL || b == NULL)
    return FALSE;

  g_return_val_if_fail (TICKETS_IS_PERSONALIZATION_FORM (a), FALSE);
  g_return_val_if_fail (TICKETS_IS_PERSONALIZATION_FORM (b), FALSE);

  if (a->n_fields != b->n_fields)
    return FALSE;

  for (guint i = 0; i < a->n_fields; i++)
    if (a->fields[i].name != b->fields[i].name
        || a->fields[i].required != b->fields[i].required
        || a->fields[i].unique_per_product != b->fields[i].unique_per_product)
      return FALSE;

  return TRUE;
}
