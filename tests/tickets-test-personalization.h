/* tickets-test-personalization.h: what the tests of POST and GET
 * /personalization share (test-sandbox-personalization*.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tickets-test-sandbox.h"

G_BEGIN_DECLS

/* The body of "the order way", as in the documentation's example. */
char *order_body                   (TicketsTestSandbox  *sb,
                                    const char          *order,
                                    const char * const  *tickets,
                                    const char          *consumer);
/* The body of "the request way". */
char *request_body                 (TicketsTestSandbox  *sb,
                                    const char          *request,
                                    const char * const  *tickets,
                                    const char          *consumer);
/* What the DEMO tickets' form asks: name, date of birth, gender, email. */
char *demo_consumer                (const char          *email);
/* The FULL order's form adds the address and the phone number (state: NULL for none). */
char *full_consumer                (const char          *first_name,
                                    const char          *email,
                                    const char          *country,
                                    const char          *state);
/* The consumer shown is exactly the one sent (as JSON text). */
void  assert_consumer_is           (JsonObject          *shown,
                                    const char          *sent_text);
/* A 400 INSUFFICIENT_CONSUMER_INFORMATION whose details name exactly the
 * NULL-terminated fields, each with at least one message. */
void  assert_details               (TicketsTestResponse *response,
                                    const char * const  *fields);
/* A 201 for ticket_uid of the DEMO order, with consumer as sent. */
void  assert_personalization_body  (TicketsTestSandbox  *sb,
                                    TicketsTestResponse *response,
                                    const char          *ticket_uid,
                                    const char          *consumer);

G_END_DECLS
