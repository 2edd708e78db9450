/* client-test-utils.h: what the TicketsClient tests share: sending and
 * waiting for the answer, clients of the sandbox, and a small server of the
 * tests' own that gives the odd answers (web pages, empty bodies,
 * redirects, pauses) and records what reaches it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tickets-client.h"
#include "tickets-error.h"
#include "tickets-test-sandbox.h"

G_BEGIN_DECLS

/* Sending and waiting */

TicketsResponse *client_test_send_full (TicketsClient  *client,
                                        const char     *method,
                                        const char     *uri,
                                        TicketsAuth    *auth,
                                        JsonNode       *body,
                                        GCancellable   *cancellable,
                                        GError        **error);
TicketsResponse *client_test_send      (TicketsClient  *client,
                                        const char     *method,
                                        const char     *uri,
                                        GError        **error);
GBytes          *client_test_get_json  (TicketsClient  *client,
                                        const char     *uri,
                                        TicketsAuth    *auth,
                                        GError        **error);
GBytes          *client_test_get_pdf   (TicketsClient  *client,
                                        const char     *uri,
                                        TicketsAuth    *auth,
                                        GError        **error);

/* Clients of the sandbox */

TicketsAuth   *client_test_auth_from_notation (const char         *notation);
TicketsClient *client_test_new_sandbox_client (TicketsTestSandbox *sandbox,
                                               const char         *auth);

/* A server of the tests' own */

typedef struct
{
  SoupServer         *server;
  char               *base;
  char               *elsewhere;       /* where /redirect-elsewhere sends requests */
  guint               n_requests;
  char               *method;          /* of the last request */
  char               *path;
  SoupMessageHeaders *headers;
  GBytes             *body;
  GPtrArray          *paused;
} TestServer;

TestServer *test_server_new    (GTlsCertificate *certificate);
void        test_server_free   (TestServer      *self);
char       *test_server_uri    (TestServer      *self,
                                const char      *path);
const char *test_server_header (TestServer      *self,
                                const char      *name);

/* The client's base, and another origin on the same host. */
typedef struct
{
  TestServer    *origin;
  TestServer    *other;
  TicketsClient *client;
} Fixture;

void fixture_set_up    (Fixture       *fixture,
                        gconstpointer  data);
void fixture_tear_down (Fixture       *fixture,
                        gconstpointer  data);

/* A test of the client against the servers of the fixture. */
#define ADD_TEST(path, func) \
  g_test_add ("/api/client/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

G_END_DECLS
