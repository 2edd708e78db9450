/* tickets-personalization-form.h: the consumer fields a ticket asks for
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define TICKETS_TYPE_PERSONALIZATION_FORM (tickets_personalization_form_get_type ())

G_DECLARE_FINAL_TYPE (TicketsPersonalizationForm, tickets_personalization_form,
                      TICKETS, PERSONALIZATION_FORM, GObject)

/* A value object: built with _new and _add_field in the order the server sent
 * the fields, then never modified once it has been handed to anyone else. */
TicketsPersonalizationForm *tickets_personalization_form_new                    (void);
void                        tickets_personalization_form_add_field              (TicketsPersonalizationForm *self,
                                                                                 const char                 *name,
                                                                                 gboolean                    required,
                                                                                 gboolean                    unique_per_product);
unsigned                    tickets_personalization_form_get_n_fields           (TicketsPersonalizationForm *self);
const char                 *tickets_personalization_form_get_field_name         (TicketsPersonalizationForm *self,
                                                                                 unsigned                    i);
gboolean                    tickets_personalization_form_has_field              (TicketsPersonalizationForm *self,
                                                                                 const char                 *name);
gboolean                    tickets_personalization_form_is_required            (TicketsPersonalizationForm *self,
                                                                                 const char                 *name);
gboolean                    tickets_personalization_form_is_unique_per_product  (TicketsPersonalizationForm *self,
                                                                                 const char                 *name);
gboolean                    tickets_personalization_form_equal                  (TicketsPersonalizationForm *a,
                                                                                 TicketsPersonalizationForm *b);

G_END_DECLS
