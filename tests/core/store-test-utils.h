/* store-test-utils.h: what the store tests share: a store over a sandbox
 * of its own for each test, waiting for its calls, loading and naming
 * through it, and counting the notifications a change makes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tickets-client.h"
#include "tickets-store.h"
#include "tickets-test-sandbox.h"

G_BEGIN_DECLS

typedef struct
{
  TicketsTestSandbox *sandbox;
  TicketsClient      *client;
  TicketsStore       *store;
  GAsyncResult       *result;
} Fixture;

void fixture_set_up    (Fixture       *fixture,
                        gconstpointer  data);
void fixture_tear_down (Fixture       *fixture,
                        gconstpointer  data);

#define ADD_TEST(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

typedef gpointer (*FinishFunc) (TicketsStore  *store,
                                GAsyncResult  *result,
                                GError       **error);

/* The callback of every store call: keeps the result on the fixture. */
void          on_done     (GObject      *source,
                           GAsyncResult *result,
                           gpointer      user_data);
GAsyncResult *wait_result (Fixture      *fixture);
void          drop_result (Fixture      *fixture);
gpointer      finish_call (Fixture      *fixture,
                           FinishFunc    finish,
                           GError      **error);

TicketsAuth *order_token   (const char *token);
TicketsAuth *boxoffice     (void);
TicketsAuth *request_token (const char *token);

TicketsOrder                  *load_order   (Fixture     *fixture,
                                             const char  *uid,
                                             TicketsAuth *auth,
                                             GError     **error);
TicketsTicket                 *load_ticket  (Fixture     *fixture,
                                             const char  *uid,
                                             TicketsAuth *auth,
                                             GError     **error);
TicketsPersonalizationRequest *load_request (Fixture     *fixture,
                                             const char  *uid,
                                             TicketsAuth *auth,
                                             GError     **error);

TicketsConsumer        *new_holder  (const char      *first_name,
                                     const char      *email);
TicketsPersonalization *personalize (Fixture         *fixture,
                                     const char      *order,
                                     const char      *ticket,
                                     TicketsConsumer *consumer,
                                     TicketsAuth     *auth,
                                     GError         **error);

TicketsTicket *list_ticket    (GListModel                    *tickets,
                               const char                    *uid);
TicketsTicket *order_ticket   (TicketsOrder                  *order,
                               const char                    *uid);
TicketsTicket *request_ticket (TicketsPersonalizationRequest *request,
                               const char                    *uid);

/* A "notify" handler that counts each property's notifications in the
 * GHashTable given as its data. */
void  count_notify (GObject    *object,
                    GParamSpec *pspec,
                    gpointer    user_data);
guint count_of     (GHashTable *counts,
                    const char *name);
guint count_all    (GHashTable *counts);

G_END_DECLS
