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

/* How tickets_sandbox_fail_next() fails a request. The first three strike
 * before anything is applied; the others let the request be processed
 * fully (the change committed, and written to the state file) and then
 * lose or delay its answer. */
typedef enum
{
  TICKETS_SANDBOX_FAULT_DROP,         /* the connection closes without an answer */
  TICKETS_SANDBOX_FAULT_SERVER_ERROR, /* 500 INTERNAL_SERVER_ERROR */
  TICKETS_SANDBOX_FAULT_UNAVAILABLE,  /* 503 SERVICE_UNAVAILABLE, with Retry-After when asked */
  TICKETS_SANDBOX_FAULT_AFTER_DROP,   /* applied, then the connection closes without an answer */
  TICKETS_SANDBOX_FAULT_BAD_GATEWAY,  /* applied, then 502 BAD_GATEWAY instead of the answer */
  TICKETS_SANDBOX_FAULT_SLOW,         /* applied, the answer held back for the slow time */
} TicketsSandboxFault;

/* Which faults a fail rate picks from (--fail-kinds), evenly. */
typedef enum
{
  TICKETS_SANDBOX_FAIL_BEFORE = 1 << 0, /* a 500 or a dropped connection, nothing applied */
  TICKETS_SANDBOX_FAIL_AFTER  = 1 << 1, /* applied, then a dropped connection or a 502 */
  TICKETS_SANDBOX_FAIL_SLOW   = 1 << 2, /* applied, the answer late by the slow time */
} TicketsSandboxFailKinds;

#define TICKETS_SANDBOX_FAIL_ALL (TICKETS_SANDBOX_FAIL_BEFORE | TICKETS_SANDBOX_FAIL_AFTER | TICKETS_SANDBOX_FAIL_SLOW)

/* Above the app's 30 seconds of silence before it gives up on an answer. */
#define TICKETS_SANDBOX_DEFAULT_SLOW_MS 35000

/* The built-in fixture, from GResource. */
GBytes         *tickets_sandbox_get_default_fixture (void);

TicketsSandbox *tickets_sandbox_new            (GBytes        *fixture,
                                                GError       **error);
/* The state file (--state) is the fixture's own JSON document with every
 * change applied, rewritten in full (temporary file, fsync, rename, mode
 * 0600) by each change before its answer leaves, faults after the change
 * included. Loading it replaces the fixture. One object with lists:
 *   "tickets": {uid, order, code, status ("valid", "reissued", …),
 *     consumer (a consumer uid or null), …};
 *   "consumers": {uid, reference, external_reference, first_name, …},
 *     as last revised;
 *   "personalizations": one per POST /personalization that was applied,
 *     {uid, order, tickets: [ticket uids], consumer, personalization_request,
 *     created_at};
 *   "personalization_requests": {uid, token, email, state ("pending",
 *     "completed", "cancelled"), order, tickets, created_at};
 *   "orders", and the fixture's "events", "products", "accounts", … as
 *     loaded;
 * and two logs the API never shows:
 *   "consumer_revisions": one per consumer created or revised by POST
 *     /consumers, {consumer, external_reference (or null), tickets: [ticket
 *     uids the revision named], created_at};
 *   "reissues": one per re-issue (POST /orders), {order (the new one),
 *     old_order, tickets: [old ticket uids], new_tickets: [their new uids,
 *     in the same order], created_at}.
 * A log is missing until its first entry. */
gboolean        tickets_sandbox_set_state_file (TicketsSandbox *self,
                                                const char     *path,
                                                GError        **error);
void            tickets_sandbox_set_latency    (TicketsSandbox *self,
                                                guint           latency_ms);
void            tickets_sandbox_set_fail_rate  (TicketsSandbox *self,
                                                double          fail_rate);
void            tickets_sandbox_set_seed       (TicketsSandbox *self,
                                                guint32         seed);
void            tickets_sandbox_set_fail_kinds (TicketsSandbox          *self,
                                                TicketsSandboxFailKinds  kinds);
void            tickets_sandbox_set_slow_ms    (TicketsSandbox *self,
                                                guint           slow_ms);
gboolean        tickets_sandbox_parse_fail_kinds (const char               *text,
                                                  TicketsSandboxFailKinds  *kinds,
                                                  GError                  **error);
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
