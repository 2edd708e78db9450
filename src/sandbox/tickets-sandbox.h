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

/* The default fixture's box-office account (role merchant), which the
 * welcome shows on the demo server. */
#define TICKETS_SANDBOX_DEMO_STAFF_USER     "boxoffice"
#define TICKETS_SANDBOX_DEMO_STAFF_PASSWORD "boxoffice-demo"

/* The box office's events, both today: "Harbour Lights Concert" (started
 * an hour ago, ends in four; names may be given for three more hours) and
 * "Harbour Lights Late Show" (in three hours until six). */
#define TICKETS_SANDBOX_EVENT_TODAY      "4a1b7c0e5d2f4e3a9b8c6d5e4f3a2b10"
#define TICKETS_SANDBOX_EVENT_TODAY_LATE "4a1b7c0e5d2f4e3a9b8c6d5e4f3a2b11"

/* Barcodes of the fixture, one per verdict at the concert's counter. All
 * but OTHER_EVENT and LATE_SHOW are tickets of TICKETS_SANDBOX_EVENT_TODAY. */
#define TICKETS_SANDBOX_CODE_VALID        "8714523690120" /* Sanne de Vries, Floor C 14, order HL-0001 */
#define TICKETS_SANDBOX_CODE_SCANNED      "8714523690137" /* is_scanned */
#define TICKETS_SANDBOX_CODE_REISSUED     "8714523690144" /* status "reissued" */
#define TICKETS_SANDBOX_CODE_CANCELLED    "8714523690151" /* status "cancelled", in the cancelled order HL-0003 */
#define TICKETS_SANDBOX_CODE_VOIDED       "8714523690168" /* status "voided" */
#define TICKETS_SANDBOX_CODE_EXPIRED      "8714523690175" /* scannable_until ten minutes ago */
#define TICKETS_SANDBOX_CODE_SUBSCRIPTION "8714523690182" /* requires_membership, has_valid_subscription false */
#define TICKETS_SANDBOX_CODE_NEEDS_NAME   "8714523690199" /* needs_personalization, no holder */
#define TICKETS_SANDBOX_CODE_UNNAMED_2    "8714523690205" /* no holder either, to name at the counter */
#define TICKETS_SANDBOX_CODE_UNNAMED_3    "8714523690212"
#define TICKETS_SANDBOX_CODE_OTHER_EVENT  "1139652529542" /* a valid, named Summer Sounds ticket */
#define TICKETS_SANDBOX_CODE_LATE_SHOW    "8714523690250" /* a valid ticket of the late show */
/* Three valid, named tickets of order HL-0005, to re-issue. */
#define TICKETS_SANDBOX_CODE_REISSUE_DEMO   "8714523690229"
#define TICKETS_SANDBOX_CODE_REISSUE_DEMO_2 "8714523690236"
#define TICKETS_SANDBOX_CODE_REISSUE_DEMO_3 "8714523690243"
#define TICKETS_SANDBOX_REISSUE_DEMO_ORDER  "4a1b7c0e5d2f4e3a9b8c6d5e4f3a2e05"

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
/* N made-up consumers (uids c0115…), the same ones for the same N and
 * fixture, for searching at scale. */
gboolean        tickets_sandbox_add_consumers  (TicketsSandbox *self,
                                                guint           n,
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
