/* tickets-sandbox.h: a local server implementing the Paylogic Shopping Service API
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define TICKETS_TYPE_SANDBOX (tickets_sandbox_get_type ())

/* The default fixture's demo order, which a new user opens first. */
#define TICKETS_SANDBOX_DEMO_ORDER       "1a701ca300944a0da88212b5c18e74d2"
#define TICKETS_SANDBOX_DEMO_ORDER_TOKEN "demo-order-token"

G_DECLARE_FINAL_TYPE (TicketsSandbox, tickets_sandbox, TICKETS, SANDBOX, GObject)

/* One request as it arrived, kept while recording (for tests). */
typedef struct
{
  char   *method;
  char   *path;
  char   *query;          /* NULL without one */
  char   *authorization;  /* the Authorization header, NULL without one */
  char   *token_header;   /* "Order-Token: …", "Cognito-Token: …" or
                           "Personalization-Request-Token: …", NULL without one */
  GBytes *body;
} TicketsSandboxReceived;

/* How tickets_sandbox_fail_next() fails a request. */
typedef enum
{
  TICKETS_SANDBOX_FAULT_DROP,         /* the connection closes without an answer */
  TICKETS_SANDBOX_FAULT_SERVER_ERROR, /* 500 INTERNAL_SERVER_ERROR */
  TICKETS_SANDBOX_FAULT_UNAVAILABLE,  /* 503 SERVICE_UNAVAILABLE, with Retry-After when asked */
} TicketsSandboxFault;

/* The built-in fixture, from GResource. */
GBytes         *tickets_sandbox_get_default_fixture (void);

TicketsSandbox *tickets_sandbox_new            (GBytes        *fixture,
                                                GError       **error);
gboolean        tickets_sandbox_set_state_file (TicketsSandbox *self,
                                                const char     *path,
                                                GError        **error);
void            tickets_sandbox_set_latency    (TicketsSandbox *self,
                                                guint           latency_ms);
void            tickets_sandbox_set_fail_rate  (TicketsSandbox *self,
                                                double          fail_rate);
void            tickets_sandbox_set_seed       (TicketsSandbox *self,
                                                guint32         seed);
void            tickets_sandbox_fail_next      (TicketsSandbox     *self,
                                                guint               n_requests,
                                                TicketsSandboxFault fault,
                                                guint               retry_after);
gboolean        tickets_sandbox_add_big_order  (TicketsSandbox *self,
                                                guint           n_tickets,
                                                GError        **error);
gboolean        tickets_sandbox_listen         (TicketsSandbox *self,
                                                const char     *address,
                                                guint           port,
                                                GError        **error);
const char     *tickets_sandbox_get_base_uri   (TicketsSandbox *self);
void            tickets_sandbox_disconnect     (TicketsSandbox *self);

void            tickets_sandbox_set_recording  (TicketsSandbox *self,
                                                gboolean        recording);
GPtrArray      *tickets_sandbox_dup_received   (TicketsSandbox *self,
                                                const char     *method,
                                                const char     *path);

G_END_DECLS
