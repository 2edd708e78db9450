/* parse-test-utils.h: what the parser tests share: the docs' payloads from
 * tests/data, and checks of the values the parsers make
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tickets-parse.h"

G_BEGIN_DECLS

static const char * const english[] = { "en", NULL };
static const char * const dutch[] = { "nl", NULL };

GBytes *load_data         (const char    *name);
GBytes *bytes_from_string (const char    *text);
void    assert_date_time  (GDateTime     *date_time,
                           const char    *expected);
void    assert_amount     (TicketsAmount *amount,
                           const char    *currency,
                           const char    *text);

G_END_DECLS
