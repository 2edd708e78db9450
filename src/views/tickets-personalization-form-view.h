/* tickets-personalization-form-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define TICKETS_TYPE_PERSONALIZATION_FORM_VIEW (tickets_personalization_form_view_get_type ())

G_DECLARE_FINAL_TYPE (TicketsPersonalizationFormView, tickets_personalization_form_view, TICKETS, PERSONALIZATION_FORM_VIEW, AdwBin)

G_END_DECLS
