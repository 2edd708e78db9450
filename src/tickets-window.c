/* tickets-window.c: the shell the views live in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tickets-accessible.h"
#include "tickets-batch-view.h"
#include "tickets-changes-button.h"
#include "tickets-connect-view.h"
#include "tickets-error-page.h"
#include "tickets-history-view.h"
#include "tickets-loading-page.h"
#include "tickets-my-tickets-view.h"
#include "tickets-naming-flow.h"
#include "tickets-opener.h"
#include "tickets-order-actions.h"
#include "tickets-order-view.h"
#include "tickets-page-title.h"
#include "tickets-personalization-form-view.h"
#include "tickets-request-view.h"
#include "tickets-sign-in-flow.h"
#include "tickets-staff-page.h"
#include "tickets-ticket-row.h"
#include "tickets-window-private.h"

struct _TicketsWindow
{
  AdwApplicationWindow            parent_instance;

  GSettings                      *settings;
  /* The server, the store, and the auth of what is open. */
  TicketsSession                 *session;

  /* Loads what the sign-in opened, an order or a friend's request, and
   * holds it; the page that shows it (home) is where Back leads. */
  TicketsOpener                  *opener;
  const char                     *home;
  /* The sign-in the welcome page may be waiting on, and what the keyring
   * keeps of it. */
  TicketsSignInFlow              *sign_in_flow;
  /* The title of the last toast given as text (it may quote a person, the
   * server or the keyring), as given to the toast (markup): for the tests. */
  char                           *last_text_toast;
  /* What can be done to the order on show: the "order" actions. */
  TicketsOrderActions            *actions;
  TicketsNamingFlow              *naming_flow;

  AdwToastOverlay                *toast_overlay;
  /* The overlay's children, to name each toast's close button. */
  GListModel                     *toast_children;
  AdwWindowTitle                 *window_title;
  GtkWidget                      *back_button;
  GtkWidget                      *etickets_button;
  GtkWidget                      *order_actions;
  TicketsChangesButton           *changes_button;
  GtkStack                       *stack;
  TicketsConnectView             *connect_view;
  TicketsMyTicketsView           *my_tickets_view;
  TicketsHistoryView             *history_view;
  TicketsStaffPage               *staff_page;
  TicketsErrorPage               *error_page;
  TicketsLoadingPage             *loading_page;
  TicketsOrderView               *order_view;
  TicketsRequestView             *request_view;
  TicketsPersonalizationFormView *form_view;
  TicketsBatchView               *batch_view;
};

G_DEFINE_FINAL_TYPE (TicketsWindow, tickets_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static TicketsStore *
get_store (TicketsWindow *self)
{
  return tickets_session_get_store (self->session);
}

/* The order the sign-in opened, if it opened one. */
static TicketsOrder *
get_order (TicketsWindow *self)
{
  return tickets_opener_get_order (self->opener);
}

/* Text from a person or a server, in a toast, whose title is markup: what
 * the sign-in flow, the order actions and the naming flow have to say. */
static void
add_text_toast (TicketsWindow *self,
                const char    *text)
{
  AdwToast *toast;

  g_free (self->last_text_toast);
  self->last_text_toast = g_markup_escape_text (text, -1);
  toast = adw_toast_new (self->last_text_toast);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
show_page (TicketsWindow *self,
           const char    *name)
{
  gboolean form = g_str_equal (name, "form") || g_str_equal (name, "batch");
  gboolean order = g_str_equal (name, "order");
  /* A page within a page: one of My tickets, or a personalization. */
  gboolean ticket_details = g_str_equal (name, "my-tickets") &&
                            tickets_my_tickets_view_get_showing_details (self->my_tickets_view);
  gboolean can_go_back = form || ticket_details || g_str_equal (name, "history");
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  gtk_stack_set_visible_child_name (self->stack, name);
  /* Pages build forms and rows as they go: name what they added. */
  tickets_accessible_tidy_names (gtk_stack_get_visible_child (self->stack));
  gtk_widget_set_visible (self->etickets_button, order);
  gtk_widget_set_visible (self->order_actions, order);
  gtk_widget_set_visible (self->back_button, can_go_back);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.back", can_go_back);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.sign-out", !g_str_equal (name, "welcome"));

  if (g_str_equal (name, "staff"))
    g_object_get (self->staff_page, "title", &title, "subtitle", &subtitle, NULL);
  else
    tickets_page_title_dup (name, self->home, get_order (self),
                            tickets_my_tickets_view_get_showing_details (self->my_tickets_view), &title, &subtitle);
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, subtitle);

  /* What the window list and window switchers show. */
  gtk_window_set_title (GTK_WINDOW (self), adw_window_title_get_title (self->window_title));
}

/* Back to what the sign-in opened, the focus on its tickets. */
static void
show_home (TicketsWindow *self)
{
  show_page (self, self->home);
  if (g_str_equal (self->home, "order"))
    tickets_order_view_focus_tickets (self->order_view);
  else if (g_str_equal (self->home, "request"))
    tickets_request_view_focus_tickets (self->request_view);
  else if (g_str_equal (self->home, "my-tickets"))
    tickets_my_tickets_view_focus_tickets (self->my_tickets_view);
}

static void
show_loading (TicketsWindow *self,
              const char    *title)
{
  tickets_loading_page_set_title (self->loading_page, title);
  tickets_loading_page_set_reconnecting (self->loading_page, tickets_opener_get_reconnecting (self->opener));
  show_page (self, "loading");
}

static void
on_opener_reconnecting (TicketsWindow *self)
{
  if (g_strcmp0 (tickets_window_get_page_name (self), "loading") == 0)
    tickets_loading_page_set_reconnecting (self->loading_page, tickets_opener_get_reconnecting (self->opener));
}

static void
show_error (TicketsWindow *self,
            const char    *title,
            const GError  *error)
{
  /* Signing in from the welcome: the answer goes next to what was typed. */
  if (tickets_sign_in_flow_refuse (self->sign_in_flow, error))
    {
      /* Nothing opened: nothing to load again when the network is back. */
      tickets_opener_forget (self->opener);
      self->home = "welcome";
      show_page (self, "welcome");
      return;
    }

  tickets_error_page_show_error (self->error_page, title, error,
                                 g_network_monitor_get_network_available (g_network_monitor_get_default ()));
  show_page (self, "error");
}

/* The focus started on a ticket that turns out to wait for a friend:
 * it moves on to one the person can name, unless they moved it. */
static void
on_opener_requests_loaded (TicketsWindow *self)
{
  GtkWidget *focus;

  if (gtk_widget_in_destruction (GTK_WIDGET (self)))
    return;

  focus = gtk_window_get_focus (GTK_WINDOW (self));
  if (g_str_equal (gtk_stack_get_visible_child_name (self->stack), "order") &&
      TICKETS_IS_TICKET_ROW (focus) &&
      tickets_ticket_get_pending_request_uri (tickets_ticket_row_get_ticket (TICKETS_TICKET_ROW (focus))) != NULL)
    tickets_order_view_focus_tickets (self->order_view);
}

static void
on_opener_order_loaded (TicketsWindow *self,
                        TicketsOrder  *order)
{
  g_object_set (self->order_view, "order", order, NULL);
  tickets_sign_in_flow_confirm (self->sign_in_flow);

  /* The button that asked is gone: keyboard users land on the tickets. */
  show_home (self);
}

/* Whatever was open goes, with its sign-in and auth: a new sign-in starts clean. */
static void
forget_opened (TicketsWindow *self)
{
  tickets_opener_forget (self->opener);
  tickets_naming_flow_forget (self->naming_flow);
  tickets_session_sign_out (self->session);
  self->home = "welcome";
}

/* With the session's auth. */
static void
open_order (TicketsWindow *self,
            const char    *order)
{
  self->home = "order";
  tickets_opener_open_order (self->opener, order);
}

/**
 * tickets_window_open_order:
 * @self: a #TicketsWindow
 * @order: the order's uid or URI
 * @auth: how to prove the right to it, usually its order token
 *
 * Shows the order, loading it first.
 */
void
tickets_window_open_order (TicketsWindow *self,
                           const char    *order,
                           TicketsAuth   *auth)
{
  g_return_if_fail (TICKETS_IS_WINDOW (self));
  g_return_if_fail (order != NULL);
  g_return_if_fail (auth != NULL);

  if (get_store (self) == NULL)
    return;

  forget_opened (self);
  tickets_session_set_auth (self->session, auth);
  open_order (self, order);
}

static void
on_opener_request_loaded (TicketsWindow                 *self,
                          TicketsPersonalizationRequest *request)
{
  tickets_request_view_set_request (self->request_view, request);
  tickets_sign_in_flow_confirm (self->sign_in_flow);
  show_home (self);
}

/* With the session's auth. */
static void
open_request (TicketsWindow *self,
              const char    *request)
{
  self->home = "request";
  tickets_opener_open_request (self->opener, request);
}

/**
 * tickets_window_open_request:
 * @self: a #TicketsWindow
 * @request: the personalization request's uid or URI, from the friend's email
 * @auth: its personalization-request token
 *
 * Shows a friend the tickets they were asked to name, loading them first.
 */
void
tickets_window_open_request (TicketsWindow *self,
                             const char    *request,
                             TicketsAuth   *auth)
{
  g_return_if_fail (TICKETS_IS_WINDOW (self));
  g_return_if_fail (request != NULL);
  g_return_if_fail (auth != NULL);

  if (get_store (self) == NULL)
    return;

  forget_opened (self);
  tickets_session_set_auth (self->session, auth);
  open_request (self, request);
}

/* The first page of My tickets came, or the sign-in waited on nothing. */
static void
on_opener_my_tickets_loaded (TicketsWindow *self)
{
  tickets_sign_in_flow_confirm (self->sign_in_flow);
  show_home (self);
}

/* With the session's auth, a Cognito token. */
static void
open_my_tickets (TicketsWindow *self)
{
  TicketsPagedList *tickets;

  self->home = "my-tickets";
  tickets_my_tickets_view_load (self->my_tickets_view, self->session);

  tickets = tickets_my_tickets_view_get_tickets (self->my_tickets_view);
  /* Whether the first page comes finishes or refuses the sign-in. */
  if (tickets_sign_in_flow_get_pending (self->sign_in_flow) != NULL && tickets_paged_list_get_loading (tickets))
    tickets_opener_open_my_tickets (self->opener, tickets);
  else
    on_opener_my_tickets_loaded (self);
}

static void
on_opener_staff_checked (TicketsWindow *self)
{
  TicketsConnection *connection = tickets_sign_in_flow_get_pending (self->sign_in_flow);

  if (connection == NULL)
    return;

  self->home = "staff";
  tickets_staff_page_open (self->staff_page, self->session, self->settings, tickets_connection_get_user (connection));
  tickets_sign_in_flow_confirm (self->sign_in_flow);
  show_home (self);
}

static void
on_staff_page_title (TicketsWindow *self)
{
  if (g_strcmp0 (tickets_window_get_page_name (self), "staff") == 0)
    show_page (self, "staff");
}

static void
open_box_office (TicketsWindow     *self,
                 TicketsConnection *connection)
{
  /* Checked on the welcome: a refusal (the password changed since) goes next to the password. */
  if (tickets_sign_in_flow_get_pending (self->sign_in_flow) == NULL)
    {
      tickets_connect_view_fill (self->connect_view, connection);
      tickets_sign_in_flow_wait (self->sign_in_flow, connection);
      show_page (self, "welcome");
    }

  tickets_opener_check_staff (self->opener);
}

/**
 * tickets_window_sign_in:
 * @self: a #TicketsWindow
 * @connection: how the user signs in; the application already uses its server
 *
 * Opens what the sign-in gives access to: an order, a friend's request, the
 * signed-in fan's tickets, or the box office.
 */
void
tickets_window_sign_in (TicketsWindow     *self,
                        TicketsConnection *connection)
{
  g_return_if_fail (TICKETS_IS_WINDOW (self));
  g_return_if_fail (TICKETS_IS_CONNECTION (connection));

  if (get_store (self) == NULL)
    return;

  forget_opened (self);
  /* Signed in once what it opens has loaded, so the server accepted it:
   * only then is it remembered (tickets_sign_in_flow_confirm()). */
  tickets_sign_in_flow_start (self->sign_in_flow, connection);
  switch (tickets_connection_get_sign_in_kind (connection))
    {
    case TICKETS_SIGN_IN_ORDER:
      open_order (self, tickets_connection_get_resource (connection));
      break;
    case TICKETS_SIGN_IN_REQUEST:
      open_request (self, tickets_connection_get_resource (connection));
      break;
    case TICKETS_SIGN_IN_COGNITO:
      open_my_tickets (self);
      break;
    case TICKETS_SIGN_IN_STAFF:
      open_box_office (self, connection);
      break;
    default:
      g_assert_not_reached ();
    }
}

gboolean
tickets_window_get_etickets_available (TicketsWindow *self)
{
  g_return_val_if_fail (TICKETS_IS_WINDOW (self), FALSE);

  return get_order (self) != NULL && tickets_order_get_etickets_uri (get_order (self)) != NULL;
}

const char *
tickets_window_get_page_name (TicketsWindow *self)
{
  g_return_val_if_fail (TICKETS_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

TicketsOrderView *
tickets_window_get_order_view (TicketsWindow *self)
{
  g_return_val_if_fail (TICKETS_IS_WINDOW (self), NULL);

  return self->order_view;
}

TicketsPersonalizationFormView *
tickets_window_get_form_view (TicketsWindow *self)
{
  g_return_val_if_fail (TICKETS_IS_WINDOW (self), NULL);

  return self->form_view;
}

TicketsRequestView *
tickets_window_get_request_view (TicketsWindow *self)
{
  g_return_val_if_fail (TICKETS_IS_WINDOW (self), NULL);

  return self->request_view;
}

TicketsBatchView *
tickets_window_get_batch_view (TicketsWindow *self)
{
  g_return_val_if_fail (TICKETS_IS_WINDOW (self), NULL);

  return self->batch_view;
}

TicketsOrder *
tickets_window_get_order_view_order (TicketsWindow *self)
{
  g_return_val_if_fail (TICKETS_IS_WINDOW (self), NULL);

  return get_order (self);
}

TicketsConnectView *
tickets_window_get_connect_view (TicketsWindow *self)
{
  g_return_val_if_fail (TICKETS_IS_WINDOW (self), NULL);

  return self->connect_view;
}

TicketsMyTicketsView *
tickets_window_get_my_tickets_view (TicketsWindow *self)
{
  g_return_val_if_fail (TICKETS_IS_WINDOW (self), NULL);

  return self->my_tickets_view;
}

/* Signing in from the welcome: the flow decides, the window opens. */

static void
on_keyring_unavailable (TicketsWindow *self)
{
  tickets_connect_view_set_keyring_available (self->connect_view, FALSE);
}

static void
on_connect_sign_in (TicketsWindow     *self,
                    TicketsConnection *connection)
{
  tickets_sign_in_flow_sign_in (self->sign_in_flow, connection, tickets_connect_view_get_remember (self->connect_view));
}

static void
on_connect_open_demo_order (TicketsWindow *self)
{
  tickets_sign_in_flow_open_demo_order (self->sign_in_flow);
}

/* "Sign Out and Forget": what was open goes, and so does what was saved. */
static void
sign_out (GtkWidget  *widget,
          const char *action_name,
          GVariant   *parameter)
{
  TicketsWindow *self = TICKETS_WINDOW (widget);

  if (tickets_changes_button_ask_sign_out (self->changes_button))
    return;
  tickets_opener_cancel (self->opener);
  forget_opened (self);
  g_object_set (self->order_view, "order", NULL, NULL);
  tickets_request_view_set_request (self->request_view, NULL);
  /* Forgetting leaves no password or token on screen either. */
  tickets_connect_view_clear_secrets (self->connect_view);
  show_page (self, "welcome");
  tickets_sign_in_flow_forget (self->sign_in_flow);
}

static void
show_history (TicketsWindow *self)
{
  tickets_history_view_load (self->history_view, self->session, tickets_opener_get_order_uri (self->opener));
  show_page (self, "history");
}

/* One of My tickets opened or closed: the header bar follows. */
static void
on_my_tickets_details_changed (TicketsWindow *self)
{
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "my-tickets") == 0)
    show_page (self, "my-tickets");
}

const char *
tickets_window_get_last_text_toast (TicketsWindow *self)
{
  return self->last_text_toast;
}

/**
 * tickets_window_ask_friend:
 * @self: a #TicketsWindow
 * @email: the friend's email address
 * @tickets: uids of tickets of the order on show
 *
 * Sends a personalization request; a toast says how it went.
 */
void
tickets_window_ask_friend (TicketsWindow      *self,
                           const char         *email,
                           const char * const *tickets)
{
  g_return_if_fail (TICKETS_IS_WINDOW (self));

  tickets_order_actions_ask_friend (self->actions, email, tickets);
}

static void
reload (GtkWidget  *widget,
        const char *action_name,
        GVariant   *parameter)
{
  tickets_opener_reload (TICKETS_WINDOW (widget)->opener);
}

/**
 * tickets_window_network_changed:
 * @available: whether GNetworkMonitor says the network is there
 *
 * As if the network came or went: the opener, which listens to the
 * monitor, loads again what a passing failure left on the error page.
 */
void
tickets_window_network_changed (TicketsWindow *self,
                                gboolean       available)
{
  g_return_if_fail (TICKETS_IS_WINDOW (self));

  tickets_opener_network_changed (self->opener, available);
}

/* Cancel on the loading page: stop trying, and go back to choosing what
 * to open; the welcome still holds what was typed. */
static void
cancel_loading (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  TicketsWindow *self = TICKETS_WINDOW (widget);

  tickets_opener_cancel (self->opener);
  tickets_sign_in_flow_drop (self->sign_in_flow);
  forget_opened (self);
  show_page (self, "welcome");
}

static void
go_back (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  TicketsWindow *self = TICKETS_WINDOW (widget);

  if (g_str_equal (gtk_stack_get_visible_child_name (self->stack), "history") &&
      tickets_history_view_get_showing_details (self->history_view))
    tickets_history_view_show_list (self->history_view);
  else if (g_str_equal (gtk_stack_get_visible_child_name (self->stack), "my-tickets") &&
           tickets_my_tickets_view_get_showing_details (self->my_tickets_view))
    tickets_my_tickets_view_show_list (self->my_tickets_view);
  else
    {
      if (g_str_equal (gtk_stack_get_visible_child_name (self->stack), "form"))
        tickets_naming_flow_keep_draft (self->naming_flow);
      show_home (self);
    }
}

/* The naming flow sets the form up; the window shows it. */
static void
on_ticket_activated (TicketsWindow *self,
                     TicketsTicket *ticket)
{
  TicketsPersonalizationRequest *request = tickets_opener_get_request (self->opener);
  TicketsResource *home = request != NULL ? TICKETS_RESOURCE (request) : TICKETS_RESOURCE (get_order (self));

  tickets_naming_flow_open (self->naming_flow, ticket, home);
  show_page (self, "form");
  tickets_personalization_form_view_focus_first_field (self->form_view);
}

/* Saved or discarded: back to where the form was opened from, unless the
 * person already went elsewhere. */
static void
on_naming_close_form (TicketsWindow *self)
{
  if (g_str_equal (gtk_stack_get_visible_child_name (self->stack), "form"))
    show_home (self);
}

static void
name_several (TicketsWindow *self)
{
  tickets_batch_view_start (self->batch_view, self->session, get_order (self));
  show_page (self, "batch");
}

/* The naming flow tells how many were named. */
static void
on_batch_done (TicketsWindow *self)
{
  show_home (self);
  tickets_opener_names_given (self->opener);
}

static void
on_batch_cancel (TicketsWindow *self)
{
  show_home (self);
}

TicketsWindow *
tickets_window_new (GtkApplication *application,
                    TicketsSession *session,
                    GSettings      *settings)
{
  return g_object_new (TICKETS_TYPE_WINDOW,
                       "application", application,
                       "session", session,
                       "settings", settings,
                       NULL);
}

static void
tickets_window_constructed (GObject *object)
{
  TicketsWindow *self = TICKETS_WINDOW (object);

  G_OBJECT_CLASS (tickets_window_parent_class)->constructed (object);

  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);

  /* The welcome names the server the session uses, and the next one. */
  tickets_connect_view_follow_session (self->connect_view, self->session);

  self->sign_in_flow = tickets_sign_in_flow_new (self->session);
  g_object_bind_property (self->sign_in_flow, "busy", self->connect_view, "busy", G_BINDING_DEFAULT);
  g_signal_connect_object (self->sign_in_flow, "open", G_CALLBACK (tickets_window_sign_in), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sign_in_flow, "welcome-error", G_CALLBACK (tickets_connect_view_show_error),
                           self->connect_view, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sign_in_flow, "keyring-unavailable", G_CALLBACK (on_keyring_unavailable), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sign_in_flow, "toast", G_CALLBACK (add_text_toast), self, G_CONNECT_SWAPPED);
  tickets_changes_button_follow_session (self->changes_button, self->session, self->toast_overlay);
  g_signal_connect_object (self, "close-request", G_CALLBACK (tickets_changes_button_ask_before_closing),
                           self->changes_button, G_CONNECT_SWAPPED);
  self->opener = tickets_opener_new (self->session);
  /* Before the window follows the opener: a loaded order has its actions
   * enabled by the time its page shows. */
  self->actions = tickets_order_actions_new (self->session, self->opener, GTK_WINDOW (self));
  gtk_widget_insert_action_group (GTK_WIDGET (self), "order", G_ACTION_GROUP (self->actions));
  g_object_bind_property (self->actions, "etickets-tooltip", self->etickets_button, "tooltip-text",
                          G_BINDING_SYNC_CREATE);
  /* Toasts from the actions may quote a person, a file name or the server. */
  g_signal_connect_object (self->actions, "toast", G_CALLBACK (add_text_toast), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->actions, "show-history", G_CALLBACK (show_history), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->actions, "name-several", G_CALLBACK (name_several), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->my_tickets_view, "open-eticket", G_CALLBACK (tickets_order_actions_open_eticket),
                           self->actions, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->opener, "loading", G_CALLBACK (show_loading), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->opener, "failed", G_CALLBACK (show_error), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->opener, "order-loaded", G_CALLBACK (on_opener_order_loaded), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->opener, "requests-loaded", G_CALLBACK (on_opener_requests_loaded), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->opener, "request-loaded", G_CALLBACK (on_opener_request_loaded), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->opener, "my-tickets-loaded", G_CALLBACK (on_opener_my_tickets_loaded), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->opener, "reconnecting", G_CALLBACK (on_opener_reconnecting), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->opener, "staff-checked", G_CALLBACK (on_opener_staff_checked), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->staff_page, "notify::title", G_CALLBACK (on_staff_page_title), self, G_CONNECT_SWAPPED);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "box-office", tickets_staff_page_get_actions (self->staff_page));

  self->naming_flow = tickets_naming_flow_new (self->session, self->form_view, self->batch_view);
  g_signal_connect_object (self->naming_flow, "close-form", G_CALLBACK (on_naming_close_form), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->naming_flow, "toast", G_CALLBACK (add_text_toast), self, G_CONNECT_SWAPPED);
  /* The last name given brings the e-tickets link with a fresh order. */
  g_signal_connect_object (self->naming_flow, "personalized", G_CALLBACK (tickets_opener_names_given), self->opener,
                           G_CONNECT_SWAPPED);

  /* With --demo, the demo order is one Enter away, not the main menu. */
  if (tickets_session_get_demo (self->session))
    tickets_connect_view_focus_primary (self->connect_view);
}

static void
tickets_window_dispose (GObject *object)
{
  TicketsWindow *self = TICKETS_WINDOW (object);

  if (self->opener != NULL)
    g_cancellable_cancel (tickets_opener_get_cancellable (self->opener));
  g_clear_object (&self->opener);
  g_clear_object (&self->toast_children);
  g_clear_object (&self->actions);
  g_clear_object (&self->naming_flow);
  gtk_widget_dispose_template (GTK_WIDGET (object), TICKETS_TYPE_WINDOW);

  G_OBJECT_CLASS (tickets_window_parent_class)->dispose (object);
}

static void
tickets_window_finalize (GObject *object)
{
  TicketsWindow *self = TICKETS_WINDOW (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->sign_in_flow);
  g_clear_pointer (&self->last_text_toast, g_free);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (tickets_window_parent_class)->finalize (object);
}

static void
tickets_window_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  TicketsWindow *self = TICKETS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_window_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  TicketsWindow *self = TICKETS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_window_class_init (TicketsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = tickets_window_constructed;
  object_class->dispose = tickets_window_dispose;
  object_class->finalize = tickets_window_finalize;
  object_class->set_property = tickets_window_set_property;
  object_class->get_property = tickets_window_get_property;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  /* What the window talks to, and as whom; the application's windows share it. */
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         TICKETS_TYPE_SESSION,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (TICKETS_TYPE_ORDER_VIEW);
  g_type_ensure (TICKETS_TYPE_PERSONALIZATION_FORM_VIEW);
  g_type_ensure (TICKETS_TYPE_REQUEST_VIEW);
  g_type_ensure (TICKETS_TYPE_BATCH_VIEW);
  g_type_ensure (TICKETS_TYPE_CONNECT_VIEW);
  g_type_ensure (TICKETS_TYPE_MY_TICKETS_VIEW);
  g_type_ensure (TICKETS_TYPE_HISTORY_VIEW);
  g_type_ensure (TICKETS_TYPE_LOADING_PAGE);
  g_type_ensure (TICKETS_TYPE_ERROR_PAGE);
  g_type_ensure (TICKETS_TYPE_STAFF_PAGE);
  g_type_ensure (TICKETS_TYPE_CHANGES_BUTTON);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Tickets/tickets-window.ui");
  gtk_widget_class_bind_template_child (widget_class, TicketsWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, TicketsWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, TicketsWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, TicketsWindow, etickets_button);
  gtk_widget_class_bind_template_child (widget_class, TicketsWindow, changes_button);
  gtk_widget_class_bind_template_child (widget_class, TicketsWindow, order_actions);
  gtk_widget_class_bind_template_child (widget_class, TicketsWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, TicketsWindow, connect_view);
  gtk_widget_class_bind_template_child (widget_class, TicketsWindow, my_tickets_view);
  gtk_widget_class_bind_template_child (widget_class, TicketsWindow, history_view);
  gtk_widget_class_bind_template_child (widget_class, TicketsWindow, staff_page);
  gtk_widget_class_bind_template_child (widget_class, TicketsWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, TicketsWindow, order_view);
  gtk_widget_class_bind_template_child (widget_class, TicketsWindow, form_view);
  gtk_widget_class_bind_template_child (widget_class, TicketsWindow, request_view);
  gtk_widget_class_bind_template_child (widget_class, TicketsWindow, batch_view);
  gtk_widget_class_bind_template_callback (widget_class, on_batch_done);
  gtk_widget_class_bind_template_callback (widget_class, on_batch_cancel);
  gtk_widget_class_bind_template_child (widget_class, TicketsWindow, loading_page);
  gtk_widget_class_bind_template_callback (widget_class, on_ticket_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_connect_sign_in);
  gtk_widget_class_bind_template_callback (widget_class, on_connect_open_demo_order);
  gtk_widget_class_bind_template_callback (widget_class, on_my_tickets_details_changed);

  gtk_widget_class_install_action (widget_class, "win.sign-out", NULL, sign_out);
  gtk_widget_class_install_action (widget_class, "win.reload", NULL, reload);
  gtk_widget_class_install_action (widget_class, "win.cancel-loading", NULL, cancel_loading);
  gtk_widget_class_install_action (widget_class, "win.back", NULL, go_back);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.back", NULL);
  /* Back as in GNOME's other apps: in a form, Escape cancels (asking
   * first), and this leaves what was typed as a draft. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.back", NULL);
}

static void
tickets_window_init (TicketsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  tickets_accessible_tidy_names (GTK_WIDGET (self));
  self->toast_children = tickets_accessible_watch_toasts (GTK_WIDGET (self->toast_overlay));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.back", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.sign-out", FALSE);
}
