/* tickets-sandbox-data.h: the sandbox's in-memory state, loaded from a fixture
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef enum {
  SANDBOX_ACCOUNTS,
  SANDBOX_BEARER_TOKENS,
  SANDBOX_COGNITO_USERS,
  SANDBOX_EVENTS,
  SANDBOX_PRODUCTS,
  SANDBOX_CONSUMERS,
  SANDBOX_ORDERS,
  SANDBOX_TICKETS,
  SANDBOX_PERSONALIZATIONS,
  SANDBOX_REQUESTS,
  SANDBOX_N_KINDS
} SandboxKind;

typedef struct _SandboxData SandboxData;

SandboxData *sandbox_data_new             (GBytes       *fixture,
                                           GError      **error);
void         sandbox_data_free            (SandboxData  *data);
GBytes      *sandbox_data_serialize       (SandboxData  *data);

JsonArray   *sandbox_data_list            (SandboxData  *data,
                                           SandboxKind   kind);
JsonObject  *sandbox_data_lookup          (SandboxData  *data,
                                           SandboxKind   kind,
                                           const char   *key);
void         sandbox_data_add             (SandboxData  *data,
                                           SandboxKind   kind,
                                           JsonObject   *object);
char        *sandbox_data_new_uid         (SandboxData  *data);
char        *sandbox_data_new_code        (SandboxData  *data);
void         sandbox_data_set_seed        (SandboxData  *data,
                                           guint32       seed);
void         sandbox_data_log             (SandboxData  *data,
                                           const char   *name,
                                           JsonObject   *entry);

/* A change of @kind in place (a member of one of its objects set) must be
 * told, for the caches kept over it; adding one is seen without. */
void         sandbox_data_changed         (SandboxData    *data,
                                           SandboxKind     kind);
guint64      sandbox_data_get_generation  (SandboxData    *data,
                                           SandboxKind     kind);
gpointer     sandbox_data_get_cache       (SandboxData    *data,
                                           SandboxKind     kind);
void         sandbox_data_set_cache       (SandboxData    *data,
                                           SandboxKind     kind,
                                           gpointer        cache,
                                           GDestroyNotify  cache_free);

JsonObject  *sandbox_data_find_ticket_by_code (SandboxData *data,
                                               const char  *code);
JsonObject  *sandbox_data_find_by_token   (SandboxData  *data,
                                           SandboxKind   kind,
                                           const char   *token);
JsonObject  *sandbox_data_add_order       (SandboxData  *data,
                                           const char   *uid,
                                           const char   *reference,
                                           const char   *token,
                                           const char   *consumer,
                                           JsonObject   *product_total,
                                           JsonObject   *service_costs,
                                           JsonObject   *grand_total);
void         sandbox_data_add_big_order   (SandboxData  *data,
                                           guint         n_tickets);
/* tickets-sandbox-people.c */
void         sandbox_data_add_consumers   (SandboxData  *data,
                                           guint         n);

/* Helpers over JsonObject that read missing or null members as empty. */
const char  *sandbox_get_string           (JsonObject   *object,
                                           const char   *member);
JsonObject  *sandbox_get_object           (JsonObject   *object,
                                           const char   *member);
JsonArray   *sandbox_get_array            (JsonObject   *object,
                                           const char   *member);
gboolean     sandbox_get_boolean          (JsonObject   *object,
                                           const char   *member);

GDateTime   *sandbox_parse_datetime       (const char   *text);

G_END_DECLS
