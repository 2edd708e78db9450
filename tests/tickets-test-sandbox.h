/* tickets-test-sandbox.h: the sandbox on a free loopback port, for tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libsoup/soup.h>
#include <json-glib/json-glib.h>

#include "sandbox/tickets-sandbox.h"

G_BEGIN_DECLS

typedef struct _TicketsTestSandbox TicketsTestSandbox;

typedef struct
{
  guint               status;
  SoupMessageHeaders *headers;
  GBytes             *raw;
  JsonNode           *body;    /* NULL when the body is not JSON */
} TicketsTestResponse;

/* The server runs in a thread of its own, so tests can use blocking calls. */
TicketsTestSandbox  *tickets_test_sandbox_start     (void);
TicketsTestSandbox  *tickets_test_sandbox_start_full (GBytes      *fixture,
                                                      const char  *state_file,
                                                      guint        big_order);
/* Every answer delayed by latency_ms; a share fail_rate of requests fails
 * (a 500 or a dropped connection), repeatably for a given seed. */
TicketsTestSandbox  *tickets_test_sandbox_start_faulty (guint       latency_ms,
                                                        double      fail_rate,
                                                        guint32     seed);
void                 tickets_test_sandbox_stop      (TicketsTestSandbox *sandbox);
const char          *tickets_test_sandbox_get_base  (TicketsTestSandbox *sandbox);
/* "http://127.0.0.1:PORT" + path, or path itself when it is absolute. */
char                *tickets_test_sandbox_uri       (TicketsTestSandbox *sandbox,
                                                     const char         *path);

/* auth: NULL, "basic:USER:PASSWORD", "bearer:TOKEN", "order:TOKEN",
 * "cognito:TOKEN", "request:TOKEN", or "raw:Header-Name:value". */
TicketsTestResponse *tickets_test_request           (TicketsTestSandbox *sandbox,
                                                     const char         *method,
                                                     const char         *path,
                                                     const char         *auth,
                                                     const char         *body);
void                 tickets_test_response_free     (TicketsTestResponse *response);

JsonObject          *tickets_test_response_object   (TicketsTestResponse *response);
/* Asserts the documented error body: logref, message, type, _links.help, details. */
void                 tickets_test_assert_error      (TicketsTestResponse *response,
                                                     guint                status,
                                                     const char          *type);
/* Asserts _links.self, _links.profile (when profile != NULL) and the shop curie. */
void                 tickets_test_assert_hal        (JsonObject          *object,
                                                     const char          *profile);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TicketsTestResponse, tickets_test_response_free)

G_END_DECLS
