/* tickets-language.h: the nine languages the API documents, and which one
 * the UI speaks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct
{
  const char *code;        /* the API's language code: "en", "nl", … */
  const char *native_name; /* the language's name in itself: "Nederlands" */
  const char *locale;      /* its usual locale: "nl_NL.UTF-8" */
} TicketsLanguage;

/* en, nl, de, fr, es, pt, tr, pl, ru, in that order. */
const TicketsLanguage *tickets_language_get_all   (guint      *n_languages);
const TicketsLanguage *tickets_language_lookup    (const char *code);

/* The API language code of the language the UI speaks now: the first of
 * g_get_language_names() that is one of the nine, else "en". */
const char            *tickets_language_get_ui    (void);

/* Call first thing in main(), before anything is translated. Applies the
 * "language" GSettings key ("" follows the system), makes LANGUAGE work
 * when the locale is C (gettext ignores it there) by switching to that
 * language's locale, and binds the text domain (to TICKETS_LOCALEDIR when
 * set, for running from the build tree). */
void                   tickets_language_init      (void);

G_END_DECLS
