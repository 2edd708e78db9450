/* tickets-sandbox-private.h: what the sandbox's files share
 *
 * The server (tickets-sandbox.c) routes each request to a handler of its
 * resource; the handlers share the request, its authentication, the
 * collection engine and consumer validation declared here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libsoup/soup.h>

#include "tickets-roles.h"
#include "tickets-sandbox.h"
#include "tickets-sandbox-data.h"
#include "tickets-sandbox-repr.h"

G_BEGIN_DECLS

struct _TicketsSandbox
{
  GObject      parent_instance;

  SandboxData *data;
  SoupServer  *server;
  char        *base_uri;
  char        *state_file;
  GRand       *rand;
  guint        latency_ms;
  double       fail_rate;
  TicketsSandboxFailKinds fail_kinds;
  guint        slow_ms;
  guint32      seed;
  gboolean     seeded;
  /* The next requests fail this way, whatever the fail rate (for tests). */
  guint                n_fail_next;
  TicketsSandboxFault  fail_next_fault;
  guint                fail_next_retry_after;

  /* What arrived, for tests that check what left the app. The server may run
   * in a thread of its own, hence the lock. */
  GMutex       received_lock;
  GPtrArray   *received;    /* of TicketsSandboxReceived, NULL unless recording */
};

typedef enum {
  AUTH_NONE,
  AUTH_INVALID,
  AUTH_BASIC,
  AUTH_BEARER,
  AUTH_ORDER,
  AUTH_COGNITO,
  AUTH_REQUEST,
} AuthKind;

typedef struct
{
  AuthKind    kind;
  const char *role;
  JsonObject *subject;  /* the account, token, order, Cognito user or request */
} Auth;

typedef struct
{
  TicketsSandbox    *self;
  SoupServerMessage *msg;
  const char        *method;
  char             **segments;
  guint              n_segments;
  GHashTable        *query;
  Auth               auth;
  SandboxRepr        repr;
  const char        *help;
} Request;

/* What a collection may be filtered on, and how. */
typedef enum {
  FIELD_STRING,
  FIELD_STRING_CI,
  FIELD_I18N,
  FIELD_DATE,
  FIELD_DATETIME,
  FIELD_NUMBER,
} FieldType;

typedef enum {
  OP_EXACT = 1 << 0,
  OP_STARTSWITH = 1 << 1,
  OP_RANGE = 1 << 2,
} FilterOps;

typedef struct
{
  const char *name;
  const char *path;
  FieldType   type;
  FilterOps   ops;
} FilterSpec;

/* Whether the caller may name this ticket in a request body. */
typedef gboolean (*TicketAllowed) (Request *req, JsonObject *ticket, gpointer user_data);

/* tickets-sandbox.c: responses and request helpers */
void        sandbox_respond_json      (Request    *req,
                                       guint       status,
                                       JsonObject *object);
void        sandbox_respond_error     (Request    *req,
                                       guint       status,
                                       const char *type,
                                       JsonObject *details,
                                       const char *format,
                                       ...) G_GNUC_PRINTF (5, 6);
gboolean    sandbox_require           (Request    *req,
                                       gboolean    allowed,
                                       const char *what);
void        sandbox_respond_not_found (Request    *req,
                                       const char *what);
JsonObject *sandbox_parse_body        (Request *req);
char       *sandbox_now_string        (void);
void        sandbox_save_state        (TicketsSandbox *self);
void        sandbox_process           (TicketsSandbox    *self,
                                       SoupServerMessage *msg,
                                       GHashTable        *query);

/* tickets-sandbox-faults.c: processes a request, or fails it on purpose */
void        sandbox_serve             (TicketsSandbox    *self,
                                       SoupServerMessage *msg,
                                       GHashTable        *query);

/* tickets-sandbox-auth.c: who is asking, and what they may read */
gboolean sandbox_role_has         (const Auth    *auth,
                                   TicketsAccess  access);
gboolean sandbox_may              (const Auth         *auth,
                                   TicketsStaffAction  action);
Auth     sandbox_authenticate     (TicketsSandbox    *self,
                                   SoupServerMessage *msg);
gboolean sandbox_can_read_order   (const Auth *auth,
                                   JsonObject *order);
gboolean sandbox_array_has_string (JsonArray  *array,
                                   const char *value);
gboolean sandbox_is_holder        (Request    *req,
                                   JsonObject *ticket);
gboolean sandbox_can_read_ticket  (Request    *req,
                                   JsonObject *ticket);

/* tickets-sandbox-collection.c: filters and paging */
gboolean   sandbox_filter_items (Request          *req,
                                 SandboxKind       kind,
                                 GPtrArray        *items,
                                 const FilterSpec *specs);
char      *sandbox_self_href    (Request *req);
void       sandbox_respond_page (Request            *req,
                                 const char         *path,
                                 const char         *profile,
                                 const char         *rel,
                                 const char         *search,
                                 GPtrArray          *items,
                                 JsonObject *      (*build) (const SandboxRepr *, JsonObject *));
GPtrArray *sandbox_all_items    (TicketsSandbox *self,
                                 SandboxKind     kind);
void       sandbox_warm_search  (TicketsSandbox   *self,
                                 SandboxKind       kind,
                                 const FilterSpec *specs);

/* tickets-sandbox-validation.c: consumers and the tickets a body names */
void        sandbox_add_detail            (JsonObject *details,
                                           const char *field,
                                           const char *message);
void        sandbox_validate_consumer     (JsonObject *consumer,
                                           JsonObject *form,
                                           JsonObject *details);
JsonObject *sandbox_new_consumer_revision (TicketsSandbox *self,
                                           JsonObject     *input,
                                           const char     *uid);
GPtrArray  *sandbox_resolve_tickets       (Request       *req,
                                           JsonNode      *node,
                                           TicketAllowed  allowed,
                                           gpointer       user_data,
                                           GHashTable    *seen);
JsonObject *sandbox_merged_form           (GPtrArray *tickets);
void        sandbox_check_unique_email    (Request    *req,
                                           GPtrArray  *tickets,
                                           JsonObject *consumer,
                                           GHashTable *seen,
                                           JsonObject *details);
gboolean    sandbox_respond_if_invalid    (Request    *req,
                                           JsonObject *details);

/* tickets-sandbox-catalog.c: events and products */
void sandbox_handle_events   (Request    *req,
                              const char *uid);
void sandbox_handle_products (Request    *req,
                              const char *uid);

/* tickets-sandbox-orders.c: orders and their re-issue */
gboolean sandbox_ticket_in_order (Request    *req,
                                  JsonObject *ticket,
                                  gpointer    order);
void     sandbox_handle_orders   (Request    *req,
                                  const char *uid);

/* tickets-sandbox-tickets.c: tickets */
void sandbox_handle_tickets (Request    *req,
                             const char *uid);

/* tickets-sandbox-personalization.c: personalization and its requests */
void sandbox_handle_personalization (Request    *req,
                                     const char *uid);
void sandbox_handle_requests        (Request    *req,
                                     const char *uid);

/* tickets-sandbox-consumers.c: consumers */
void sandbox_handle_consumers     (Request    *req,
                                   const char *uid);
void sandbox_consumers_warm_search (TicketsSandbox *self);

/* tickets-sandbox-downloads.c: e-ticket downloads */
void sandbox_handle_download (Request    *req,
                              const char *kind,
                              const char *token);

G_END_DECLS
