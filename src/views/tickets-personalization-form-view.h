/* tickets-personalization-form-view.h: the form that names a ticket's holder
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tickets-consumer.h"
#include "tickets-ticket.h"

G_BEGIN_DECLS

#define TICKETS_TYPE_PERSONALIZATION_FORM_VIEW (tickets_personalization_form_view_get_type ())

G_DECLARE_FINAL_TYPE (TicketsPersonalizationFormView, tickets_personalization_form_view, TICKETS, PERSONALIZATION_FORM_VIEW, AdwBin)

GtkWidget       *tickets_personalization_form_view_new               (void);

TicketsTicket   *tickets_personalization_form_view_get_ticket        (TicketsPersonalizationFormView *self);
void             tickets_personalization_form_view_set_ticket        (TicketsPersonalizationFormView *self,
                                                                      TicketsTicket                  *ticket);
gboolean         tickets_personalization_form_view_get_busy          (TicketsPersonalizationFormView *self);
void             tickets_personalization_form_view_set_busy          (TicketsPersonalizationFormView *self,
                                                                      gboolean                        busy);
gboolean         tickets_personalization_form_view_get_editable      (TicketsPersonalizationFormView *self);
void             tickets_personalization_form_view_set_editable      (TicketsPersonalizationFormView *self,
                                                                      gboolean                        editable);
/* Whether the form shows its own Save and Cancel buttons (default TRUE). */
gboolean         tickets_personalization_form_view_get_actions_visible (TicketsPersonalizationFormView *self);
void             tickets_personalization_form_view_set_actions_visible (TicketsPersonalizationFormView *self,
                                                                        gboolean                        visible);
/* Why the form cannot be edited, shown at its top while "editable" is FALSE. */
void             tickets_personalization_form_view_set_locked_reason (TicketsPersonalizationFormView *self,
                                                                      const char                     *reason);

/* The addresses the other tickets of the order (for the same product) already
 * use; an email field that must be unique per product warns about them. */
void             tickets_personalization_form_view_set_taken_emails  (TicketsPersonalizationFormView *self,
                                                                      const char * const             *emails);
/* What "Copy from" offers: the buyer and other tickets' holders (both nullable;
 * other_consumers holds TicketsConsumer). */
void             tickets_personalization_form_view_set_copy_sources  (TicketsPersonalizationFormView *self,
                                                                      TicketsConsumer                *buyer,
                                                                      GListModel                     *other_consumers);
/* Fills the fields the form shows with the consumer's non-empty values;
 * never the consent boxes, which only the holder's own tick fills. */
void             tickets_personalization_form_view_fill_from_consumer (TicketsPersonalizationFormView *self,
                                                                       TicketsConsumer                *consumer);

/* Checks every field, shows each problem next to its field, focuses the
 * first field with one (when the form is on screen). */
void             tickets_personalization_form_view_focus_first_field (TicketsPersonalizationFormView *self);
gboolean         tickets_personalization_form_view_validate          (TicketsPersonalizationFormView *self);
/* A new consumer holding the fields' values; call after validate() passed. */
TicketsConsumer *tickets_personalization_form_view_build_consumer    (TicketsPersonalizationFormView *self);
/* build_consumer() for a holder named at the counter: without a language
 * where the ticket's form does not ask for one. */
TicketsConsumer *tickets_personalization_form_view_build_counter_consumer (TicketsPersonalizationFormView *self);
/* Leaves the consent boxes out: staff post no opt-ins (POST /consumers
 * and POST /orders carry none); holders tick their own. */
void             tickets_personalization_form_view_hide_consent      (TicketsPersonalizationFormView *self);
/* What the boxes say now; a new ticket starts with none ticked. */
TicketsConsent   tickets_personalization_form_view_get_consent       (TicketsPersonalizationFormView *self);

/* Shows a refusal: each field's server message next to that field, the rest
 * at the top. Never changes what was typed. NULL clears the messages. */
void             tickets_personalization_form_view_show_error        (TicketsPersonalizationFormView *self,
                                                                      const GError                   *error);

G_END_DECLS
