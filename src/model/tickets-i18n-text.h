/* tickets-i18n-text.h: an internationalized text, one value per language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define TICKETS_TYPE_I18N_TEXT (tickets_i18n_text_get_type ())

G_DECLARE_FINAL_TYPE (TicketsI18nText, tickets_i18n_text, TICKETS, I18N_TEXT, GObject)

/* A value object: built with _new and _set, then never modified once it has
 * been handed to anyone else. Compare with tickets_i18n_text_equal(). */
TicketsI18nText  *tickets_i18n_text_new             (void);
void              tickets_i18n_text_set             (TicketsI18nText    *self,
                                                     const char         *lang,
                                                     const char         *value);
const char       *tickets_i18n_text_get             (TicketsI18nText    *self,
                                                     const char         *lang);
const char       *tickets_i18n_text_get_best        (TicketsI18nText    *self);
const char       *tickets_i18n_text_get_best_for    (TicketsI18nText    *self,
                                                     const char * const *languages);
gboolean          tickets_i18n_text_is_empty        (TicketsI18nText    *self);
guint             tickets_i18n_text_get_n_languages (TicketsI18nText    *self);
const char       *tickets_i18n_text_get_nth         (TicketsI18nText    *self,
                                                     guint               index,
                                                     const char        **lang);
char            **tickets_i18n_text_dup_languages   (TicketsI18nText    *self);
gboolean          tickets_i18n_text_equal           (TicketsI18nText    *a,
                                                     TicketsI18nText    *b);

G_END_DECLS
