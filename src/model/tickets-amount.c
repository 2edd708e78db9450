/* tickets-amount.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-amount.h"

/* Money is never a double: the value is an integer count of 10^-decimals. */
#define MAX_DECIMALS 18

struct _TicketsAmount
{
  GObject     parent_instance;

  const char *currency;
  gint64      value;
  unsigned    decimals;
};

G_DEFINE_FINAL_TYPE (TicketsAmount, tickets_amount, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CURRENCY,
  PROP_VALUE,
  PROP_DECIMALS,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const gint64 powers_of_ten[MAX_DECIMALS + 1] = {
  G_GINT64_CONSTANT (1),
  G_GINT64_CONSTANT (10),
  G_GINT64_CONSTANT (100),
  G_GINT64_CONSTANT (1000),
  G_GINT64_CONSTANT (10000),
  G_GINT64_CONSTANT (100000),
  G_GINT64_CONSTANT (1000000),
  G_GINT64_CONSTANT (10000000),
  G_GINT64_CONSTANT (100000000),
  G_GINT64_CONSTANT (1000000000),
  G_GINT64_CONSTANT (10000000000),
  G_GINT64_CONSTANT (100000000000),
  G_GINT64_CONSTANT (1000000000000),
  G_GINT64_CONSTANT (10000000000000),
  G_GINT64_CONSTANT (100000000000000),
  G_GINT64_CONSTANT (1000000000000000),
  G_GINT64_CONSTANT (10000000000000000),
  G_GINT64_CONSTANT (100000000000000000),
  G_GINT64_CONSTANT (1000000000000000000),
};

static void
tickets_amount_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  TicketsAmount *self = TICKETS_AMOUNT (object);

  switch (prop_id)
    {
    case PROP_CURRENCY:
      g_value_set_string (value, tickets_amount_get_currency (self));
      break;

    case PROP_VALUE:
      g_value_set_int64 (value, self->value);
      break;

    case PROP_DECIMALS:
      g_value_set_uint (value, self->decimals);
      break;

    case PROP_TEXT:
      g_value_take_string (value, tickets_amount_to_string (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_amount_class_init (TicketsAmountClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = tickets_amount_get_property;

  properties[PROP_CURRENCY] =
    g_param_spec_string ("currency", NULL, NULL,
                         "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_VALUE] =
    g_param_spec_int64 ("value", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_DECIMALS] =
    g_param_spec_uint ("decimals", NULL, NULL,
                       0, MAX_DECIMALS, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         "0.00",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tickets_amount_init (TicketsAmount *self)
{
}

/**
 * tickets_amount_new:
 * @currency: (nullable): ISO 4217 code
 * @value: the amount in units of 10^-@decimals
 * @decimals: at most 18
 */
TicketsAmount *
tickets_amount_new (const char *currency,
                    gint64      value,
                    unsigned    decimals)
{
  TicketsAmount *self;

  g_return_val_if_fail (decimals <= MAX_DECIMALS, NULL);

  self = g_object_new (TICKETS_TYPE_AMOUNT, NULL);
  /* A handful of currencies, each in countless amounts. */
  self->currency = currency != NULL ? g_intern_string (currency) : NULL;
  self->value = value;
  self->decimals = decimals;

  return self;
}

/**
 * tickets_amount_new_parse:
 * @text: a decimal number: an optional "-", digits, and optionally "." and
 *   more digits ("10.30", "-2", "0.450")
 *
 * Returns: (transfer full) (nullable): the amount, or NULL with
 *   %G_IO_ERROR_INVALID_DATA
 */
TicketsAmount *
tickets_amount_new_parse (const char  *currency,
                          const char  *text,
                          GError     **error)
{
  const char *p = text;
  gboolean negative = FALSE;
  guint64 magnitude = 0;
  unsigned decimals = 0;
  unsigned n_digits = 0;
  gboolean in_fraction = FALSE;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (*p == '-')
    {
      negative = TRUE;
      p++;
    }

  for (; *p != '\0'; p++)
    {
      if (*p == '.' && !in_fraction && n_digits > 0)
        {
          in_fraction = TRUE;
          continue;
        }
      if (!g_ascii_isdigit (*p))
        goto invalid;

      /* The largest magnitude is |G_MININT64|, for a negative amount. */
      if (magnitude > (G_MAXUINT64 - 9) / 10)
        goto invalid;
      magnitude = magnitude * 10 + (guint64) (*p - '0');
      if (magnitude > (guint64) G_MAXINT64 + (negative ? 1 : 0))
        goto invalid;

      n_digits++;
      if (in_fraction && ++decimals > MAX_DECIMALS)
        goto invalid;
    }

  if (n_digits == 0 || (in_fraction && decimals == 0))
    goto invalid;

  return tickets_amount_new (currency,
                             negative ? (gint64) (0 - magnitude) : (gint64) magnitude,
                             decimals);

invalid:
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
               "“%s” is not an amount", text);
  return NULL;
}

/**
 * tickets_amount_get_currency:
 *
 * Returns: the ISO 4217 code, "" if none
 */
const char *
tickets_amount_get_currency (TicketsAmount *self)
{
  g_return_val_if_fail (TICKETS_IS_AMOUNT (self), NULL);

  return self->currency != NULL ? self->currency : "";
}

gint64
tickets_amount_get_value (TicketsAmount *self)
{
  g_return_val_if_fail (TICKETS_IS_AMOUNT (self), 0);

  return self->value;
}

unsigned
tickets_amount_get_decimals (TicketsAmount *self)
{
  g_return_val_if_fail (TICKETS_IS_AMOUNT (self), 0);

  return self->decimals;
}

/**
 * tickets_amount_to_string:
 *
 * Returns: (transfer full): the value with at least two decimals and no
 *   currency: "10.30", "0.450", "-2.00"
 */
char *
tickets_amount_to_string (TicketsAmount *self)
{
  guint64 magnitude;
  guint64 scale;
  unsigned decimals;
  GString *string;

  g_return_val_if_fail (TICKETS_IS_AMOUNT (self), NULL);

  /* Through guint64 so that G_MININT64 has a magnitude too. */
  magnitude = self->value < 0 ? 0 - (guint64) self->value : (guint64) self->value;
  decimals = MAX (self->decimals, 2);
  scale = (guint64) powers_of_ten[self->decimals];

  string = g_string_new (self->value < 0 ? "-" : NULL);
  g_string_append_printf (string, "%" G_GUINT64_FORMAT ".", magnitude / scale);
  if (self->decimals > 0)
    g_string_append_printf (string, "%0*" G_GUINT64_FORMAT,
                            (int) self->decimals, magnitude % scale);
  for (unsigned i = self->decimals; i < decimals; i++)
    g_string_append_c (string, '0');

  return g_string_free (string, FALSE);
}

/**
 * tickets_amount_compare:
 *
 * Compares the numbers: 10.3 and 10.30 are the same. Both amounts must be in
 * the same currency.
 *
 * Returns: negative, 0 or positive as @a is less, equal or more than @b
 */
int
tickets_amount_compare (TicketsAmount *a,
                        TicketsAmount *b)
{
  gint64 whole_a, whole_b, fraction_a, fraction_b;
  unsigned decimals;

  g_return_val_if_fail (TICKETS_IS_AMOUNT (a), 0);
  g_return_val_if_fail (TICKETS_IS_AMOUNT (b), 0);
  g_return_val_if_fail (a->currency == b->currency, 0);

  /* Scaling a whole value to the other's decimals could overflow; the whole
   * parts decide first, and fractions scale safely below 10^18. */
  whole_a = a->value / powers_of_ten[a->decimals];
  whole_b = b->value / powers_of_ten[b->decimals];
  if (whole_a != whole_b)
    return whole_a < whole_b ? -1 : 1;

  decimals = MAX (a->decimals, b->decimals);
  fraction_a = (a->value % powers_of_ten[a->decimals]) * powers_of_ten[decimals - a->decimals];
  fraction_b = (b->value % powers_of_ten[b->decimals]) * powers_of_ten[decimals - b->decimals];
  if (fraction_a != fraction_b)
    return fraction_a < fraction_b ? -1 : 1;

  return 0;
}

gboolean
tickets_amount_is_zero (TicketsAmount *self)
{
  g_return_val_if_fail (TICKETS_IS_AMOUNT (self), FALSE);

  return self->value == 0;
}

/* The same currency and the same written value: 10.3 and 10.30 differ, as
 * their text does. */
gboolean
tickets_amount_equal (TicketsAmount *a,
                      TicketsAmount *b)
{
  if (a == b)
    return TRUE;
  if (a == NULL || b == NULL)
    return FALSE;

  g_return_val_if_fail (TICKETS_IS_AMOUNT (a), FALSE);
  g_return_val_if_fail (TICKETS_IS_AMOUNT (b), FALSE);

  return a->currency == b->currency && a->value == b->value && a->decimals == b->decimals;
}
