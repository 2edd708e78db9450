/* tickets-test-views.h: what the widget tests share: their start, a store
 * over the sandbox, a window to show a view in, waiting on the main loop,
 * and finding rows and controls the way a screen reader does
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tickets-application.h"
#include "tickets-client.h"
#include "tickets-store.h"
#include "tickets-test-sandbox.h"
#include "tickets-ticket-row.h"
#include "tickets-window.h"

G_BEGIN_DECLS

/* In main(), before adding tests: the C locale in English, g_test_init(),
 * GTK, libadwaita, and the app's resources (the templates live there).
 * FALSE when there is no display: main() then returns g_test_run (), which
 * reports the program as skipped. Tests that type into fields call
 * tickets_test_allow_focus_out_warning() before this. */
gboolean          tickets_test_views_init        (int                 *argc,
                                                  char              ***argv);

/* An application on @sandbox's address, registered (and so exported on the
 * session bus: one per program); @settings is the GSettings it uses. */
TicketsApplication *tickets_test_app_new        (TicketsTestSandbox  *sandbox,
                                                  GSettings          **settings);
/* Starts *@sandbox and an application on it (tickets_test_app_new()), runs
 * the tests added, then drops the application and its settings and stops
 * the sandbox; returns what g_test_run() does. */
int               tickets_test_run_with_app      (TicketsTestSandbox **sandbox,
                                                  TicketsApplication **app,
                                                  GSettings          **settings);
/* A new window of @app, presented and mapped. */
TicketsWindow    *tickets_test_app_window_new    (TicketsApplication  *app,
                                                  GSettings           *settings);
/* Destroys @window (a GtkWindow) and runs what that left pending on the
 * main loop, so that the next test starts clean. */
void              tickets_test_close_window      (gpointer             window);
/* The first shown toplevel of @type (GTK_TYPE_WINDOW: any) that is
 * transient for @parent (NULL: whatever it is transient for); NULL when
 * none is shown. */
GtkWindow        *tickets_test_find_dialog       (gpointer             parent,
                                                  GType                type);
/* tickets_test_find_dialog(), running the main loop until there is one;
 * fails after 10 s. */
GtkWindow        *tickets_test_wait_for_dialog   (gpointer             parent,
                                                  GType                type);
/* Runs the main loop until @window shows @page; fails after 10 s. */
void              tickets_test_wait_for_page     (TicketsWindow       *window,
                                                  const char          *page);

/* A client on @sandbox's address, and a store on that client. */
void              tickets_test_open_store        (TicketsTestSandbox  *sandbox,
                                                  TicketsClient      **client,
                                                  TicketsStore       **store);
/* Drops @store and @client, asserting that nothing else holds them, and
 * stops @sandbox. */
void              tickets_test_close_store       (TicketsTestSandbox  *sandbox,
                                                  TicketsClient       *client,
                                                  TicketsStore        *store);

/* A session on @store, remembering nothing, whose auth is @auth (NULL: the
 * client's): what views take. The caller finalizes it before
 * tickets_test_close_store(). */
TicketsSession   *tickets_test_session_new       (TicketsStore        *store,
                                                  TicketsAuth         *auth);

/* Loads the order @uid into @store, asserting that it loads. */
TicketsOrder     *tickets_test_load_order        (TicketsStore        *store,
                                                  const char          *uid,
                                                  TicketsAuth         *auth);

/* Spins the default main context for @ms milliseconds, whatever comes. */
void              tickets_test_run_for           (guint                ms);
/* A few frames' worth of the main loop (100 ms), so that layout and
 * drawing run. */
void              tickets_test_run_frames        (void);

/* A window of @width × @height (-1: unset) showing @child, presented and
 * mapped. The test keeps its own reference to @child, so that it can
 * assert that destroying the window finalizes it. */
GtkWindow        *tickets_test_window_new        (GtkWidget           *child,
                                                  int                  width,
                                                  int                  height);
/* Presents @window and spins the main loop until it is mapped. */
void              tickets_test_present           (GtkWindow           *window);
/* Destroys @window and asserts that @view, the test's reference to its
 * child, was the last one. */
void              tickets_test_destroy_window    (GtkWindow           *window,
                                                  gpointer             view);

/* The ticket rows under @root that are mapped and bound to a ticket: those
 * a list view shows now. */
GPtrArray        *tickets_test_list_rows         (gpointer             root);
/* The row under @root bound to @ticket, NULL when none is shown. */
TicketsTicketRow *tickets_test_find_row          (gpointer             root,
                                                  TicketsTicket       *ticket);
/* Spins the main loop until @root shows @n_rows rows (rows are created and
 * bound as a list is laid out), failing after 10 s; then a few frames. */
void              tickets_test_wait_rows         (gpointer             root,
                                                  guint                n_rows);
/* The ticket of @tickets whose uid is @uid, NULL when there is none. */
TicketsTicket    *tickets_test_find_ticket       (GListModel          *tickets,
                                                  const char          *uid);
/* Activates item @position of @list_view as Enter or a click does, and
 * returns the ticket that @view's "ticket-activated" carried, NULL when it
 * was not emitted. */
TicketsTicket    *tickets_test_activate_ticket   (gpointer             view,
                                                  gpointer             list_view,
                                                  guint                position);

typedef gboolean (*TicketsTestMatch) (GtkWidget     *widget,
                                      gconstpointer  data);
/* The first widget under @root, @root included and depth first, for which
 * @match holds; NULL when there is none. */
GtkWidget        *tickets_test_find_widget       (gpointer             root,
                                                  TicketsTestMatch     match,
                                                  gconstpointer        data);

/* The first widget of @type under @root, @root included, whose accessible
 * name is @name, the way a screen reader finds it; NULL when there is none.
 * Labels are named by their own text: they are not controls. */
GtkWidget        *tickets_test_find_named        (gpointer             root,
                                                  GType                type,
                                                  const char          *name);
/* tickets_test_find_named() for a control of any type. */
GtkWidget        *tickets_test_find_control      (gpointer             root,
                                                  const char          *name);
/* The control named @name under @root, failing the test when there is none. */
GtkWidget        *tickets_test_get_control       (gpointer             root,
                                                  const char          *name);
/* The first label under @root, @root included, whose text is @text; NULL
 * when there is none. */
GtkWidget        *tickets_test_find_label        (gpointer             root,
                                                  const char          *text);

/* Whether @menu, or a section of it at any depth, has an item for @action
 * ("order.ask-friend"). */
gboolean          tickets_test_menu_has_action   (GMenuModel          *menu,
                                                  const char          *action);

/* Real key presses, as xdotool names them ("ctrl+Next"), through the X
 * server to @window, which gets the keyboard first (Xvfb has no window
 * manager to give it). FALSE, and nothing pressed, without an X display or
 * xdotool: the caller skips the test. */
gboolean          tickets_test_press_keys        (GtkWindow           *window,
                                                  const char          *keys);

/* A personalization form's fields, by their accessible names. */

/* The list row of the field @name (the control itself when it is a row). */
GtkWidget        *tickets_test_get_row           (gpointer             form,
                                                  const char          *name);
/* The label of the message row right under the field's row. */
GtkLabel         *tickets_test_get_message_label (gpointer             form,
                                                  const char          *name);
/* The message shown under the field, NULL when none is. */
const char       *tickets_test_get_message       (gpointer             form,
                                                  const char          *name);
void              tickets_test_set_text          (gpointer             form,
                                                  const char          *name,
                                                  const char          *text);
const char       *tickets_test_get_text          (gpointer             form,
                                                  const char          *name);
/* Picks the item labelled @label in the combo row of the field @name;
 * fails the test when it offers none. */
void              tickets_test_choose            (gpointer             form,
                                                  const char          *name,
                                                  const char          *label);
/* Types the names, the date of birth and the email, and picks Female. */
void              tickets_test_fill_form         (gpointer             form,
                                                  const char          *first_name,
                                                  const char          *last_name,
                                                  const char          *date_of_birth,
                                                  const char          *email);
/* Every mapped control a person can reach under @widget has an accessible
 * name (a label, or a widget labelling it); fails naming the type. */
void              tickets_test_assert_controls_named (GtkWidget       *widget);

G_END_DECLS
