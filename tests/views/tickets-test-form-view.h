/* tickets-test-form-view.h: what the tests of the personalization form
 * share (test-personalization-form-view*.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tickets-personalization-form-view.h"
#include "tickets-test-views.h"

G_BEGIN_DECLS

typedef struct
{
  GtkWindow                      *window;
  TicketsPersonalizationFormView *view;
  TicketsTicket                  *ticket;
  guint                           submitted;
  guint                           cancelled;
} Fixture;

/* A ticket whose form asks the name, date of birth, gender and email
 * (required, unique per product), and the phone number, country and state. */
TicketsTicket *create_ticket     (void);
/* A form on create_ticket() in a window of its own, its submits and
 * cancels counted. */
void           fixture_set_up    (Fixture       *fixture,
                                  gconstpointer  data);
void           fixture_tear_down (Fixture       *fixture,
                                  gconstpointer  data);
/* Chooses the country of ISO 3166-1 @code by its name. */
void           select_country    (Fixture       *fixture,
                                  const char    *code);
/* Fills in every field the form requires, valid, and the Netherlands. */
void           fill_valid        (Fixture       *fixture);
/* The label of the item chosen in the combo row @name, NULL for none. */
const char    *get_chosen        (gpointer       view,
                                  const char    *name);
/* Whether the keyboard focus is in the row of the field @name. */
gboolean       is_focus_in       (Fixture       *fixture,
                                  const char    *name);
/* The error the client makes of a 400 with this JSON @body. */
GError        *create_error      (const char    *body);

G_END_DECLS
