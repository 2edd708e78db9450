/* tickets-test-batch-view.h: what the tests of naming several tickets at
 * once share (test-batch-view*.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tickets-batch-view.h"
#include "tickets-test-views.h"

G_BEGIN_DECLS

/* The checks' names: the product, then the barcode (and the seat). */
#define NAME_DEMO_1      "Weekend ticket, 8663092874786"
#define NAME_DEMO_2      "Weekend ticket, 2216132656086"
#define NAME_DEMO_SEATED "Grandstand seat, 9413046851726 · Section Grandstand North · Row F · Seat 12"
#define NAME_DEMO_ANNA   "Weekend ticket, 7746094553253"

typedef struct
{
  TicketsTestSandbox *sandbox;
  TicketsClient      *client;
  TicketsStore       *store;
  TicketsAuth        *auth;
  TicketsSession     *session;
  TicketsOrder       *order;
  GtkWindow          *window;
  TicketsBatchView   *view;
  guint               n_done;
  guint               n_saved;
  guint               n_cancel;
  char               *stamp;    /* makes the emails of a run its own */
} Fixture;

/* Counts the view's "cancel" in fixture->n_cancel. */
void                            on_view_cancel        (TicketsBatchView *view,
                                                       Fixture          *fixture);
/* The view started on the demo order over a sandbox, 900 pixels wide. */
void                            fixture_set_up        (Fixture          *fixture,
                                                       gconstpointer     data);
/* The same, every answer taking a while: time to stop what is being saved. */
void                            fixture_set_up_slow   (Fixture          *fixture,
                                                       gconstpointer     data);
/* The same, 360 pixels wide. */
void                            fixture_set_up_narrow (Fixture          *fixture,
                                                       gconstpointer     data);
void                            fixture_tear_down     (Fixture          *fixture,
                                                       gconstpointer     data);
/* The check of a ticket in the first step. */
GtkCheckButton                 *get_check             (Fixture          *fixture,
                                                       const char       *name);
/* The row of a ticket in the second step's list of forms. */
GtkWidget                      *get_list_row          (Fixture          *fixture,
                                                       const char       *name);
/* Whether @widget is a button or check whose label (mnemonic included) is @label. */
gboolean                        has_button_label      (GtkWidget        *widget,
                                                       gconstpointer     label);
/* The button or check labelled @label in @root; fails the test when there is none. */
GtkWidget                      *get_button            (gpointer          root,
                                                       const char       *label);
/* The store's ticket @uid, asserting it is there. */
TicketsTicket                  *order_ticket          (Fixture          *fixture,
                                                       const char       *uid);
/* The form of the ticket @uid, asserting the view has one. */
TicketsPersonalizationFormView *get_form              (Fixture          *fixture,
                                                       const char       *uid);
/* who.STAMP@example.org: an address of this run alone. */
char                           *make_email            (Fixture          *fixture,
                                                       const char       *who);
/* Names, email and a date of birth, typed into @form. */
void                            fill_form             (TicketsPersonalizationFormView *form,
                                                       const char       *first_name,
                                                       const char       *last_name,
                                                       const char       *email);
void                            set_picked            (Fixture          *fixture,
                                                       const char       *name,
                                                       gboolean          picked);
gboolean                        is_picked             (Fixture          *fixture,
                                                       const char       *name);
/* Activates the view's action @action ("batch.continue"), asserting it is enabled. */
void                            activate              (Fixture          *fixture,
                                                       const char       *action);
/* Until the run of Save All has ended: the store has no request left. */
void                            wait_saved            (Fixture          *fixture);

G_END_DECLS
