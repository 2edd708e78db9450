/* tickets-order-actions.c
 *
 * The actions on the order on show: its e-tickets and each ticket's,
 * asking friends and withdrawing or renewing what they were asked, naming
 * several tickets and the history of names given. They enable themselves
 * from the order the opener holds; what only the window can do (pages,
 * toasts) they ask for by signals.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tickets-ask-friend-dialog.h"
#include "tickets-eticket-saver.h"
#include "tickets-friend-requests.h"
#include "tickets-order-actions.h"

struct _TicketsOrderActions
{
  GSimpleActionGroup   parent_instance;

  TicketsSession      *session;
  /* What is open, and the cancellable of what is done on its behalf. */
  TicketsOpener       *opener;
  /* For dialogs; weak, the window holds the actions. */
  GtkWindow           *parent;
  TicketsEticketSaver *eticket_saver;

  /* The order whose tickets are watched, and those tickets: naming one
   * changes what can still be named and asked for. */
  TicketsOrder        *order;
  GListModel          *tickets;
  GPtrArray           *watched;
  const char          *etickets_tooltip;
};

G_DEFINE_FINAL_TYPE (TicketsOrderActions, tickets_order_actions, G_TYPE_SIMPLE_ACTION_GROUP)

enum {
  PROP_0,
  PROP_ETICKETS_TOOLTIP,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  TOAST,
  SHOW_HISTORY,
  NAME_SEVERAL,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The order the sign-in opened, if it opened one. */
static TicketsOrder *
get_order (TicketsOrderActions *self)
{
  return tickets_opener_get_order (self->opener);
}

static void
set_enabled (TicketsOrderActions *self,
             const char          *name,
             gboolean             enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

/* Naming several at once makes sense from two tickets that can take a name. */
static gboolean
can_name_several (TicketsOrderActions *self)
{
  GListModel *tickets;
  guint n = 0;

  if (get_order (self) == NULL)
    return FALSE;

  tickets = tickets_order_get_tickets (get_order (self));
  for (guint i = 0; i < g_list_model_get_n_items (tickets) && n < 2; i++)
    {
      g_autoptr(TicketsTicket) ticket = g_list_model_get_item (tickets, i);

      if (tickets_ticket_can_personalize (ticket, NULL))
        n++;
    }

  return n >= 2;
}

/* Paylogic hands out the e-tickets once every ticket that needs a name has
 * one: until then the button says why it does nothing. */
static void
update_etickets (TicketsOrderActions *self)
{
  gboolean available = get_order (self) != NULL && tickets_order_get_etickets_uri (get_order (self)) != NULL;
  const char *tooltip;

  /* A friend can only be asked for tickets that still need a name. */
  set_enabled (self, "ask-friend",
               get_order (self) != NULL && tickets_order_count_needing_personalization (get_order (self), NULL) > 0);

  set_enabled (self, "open-etickets", available);
  set_enabled (self, "copy-etickets-link", available);
  set_enabled (self, "name-several", can_name_several (self));
  tooltip = available ? _("Download E-tickets")
                      : _("E-tickets become available once every ticket that needs a name has one.");
  if (g_strcmp0 (tooltip, self->etickets_tooltip) != 0)
    {
      self->etickets_tooltip = tooltip;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ETICKETS_TOOLTIP]);
    }
}

static void
unwatch_tickets (TicketsOrderActions *self)
{
  for (guint i = 0; self->watched != NULL && i < self->watched->len; i++)
    g_signal_handlers_disconnect_by_func (g_ptr_array_index (self->watched, i), update_etickets, self);
  g_clear_pointer (&self->watched, g_ptr_array_unref);
}

/* Each ticket of the order, as the list stands now. */
static void
watch_tickets (TicketsOrderActions *self)
{
  unwatch_tickets (self);
  if (self->tickets == NULL)
    return;

  self->watched = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (self->tickets); i++)
    {
      TicketsTicket *ticket = g_list_model_get_item (self->tickets, i);

      g_signal_connect_object (ticket, "notify", G_CALLBACK (update_etickets), self, G_CONNECT_SWAPPED);
      g_ptr_array_add (self->watched, ticket);
    }
}

static void
on_tickets_changed (TicketsOrderActions *self)
{
  watch_tickets (self);
  update_etickets (self);
}

/* The opener loaded an order, the one on show changed, or it was forgotten. */
static void
follow_order (TicketsOrderActions *self)
{
  TicketsOrder *order = get_order (self);

  if (order != self->order)
    {
      if (self->tickets != NULL)
        g_signal_handlers_disconnect_by_func (self->tickets, on_tickets_changed, self);
      g_clear_object (&self->tickets);
      g_set_object (&self->order, order);
      if (order != NULL)
        {
          self->tickets = g_object_ref (tickets_order_get_tickets (order));
          g_signal_connect_object (self->tickets, "items-changed", G_CALLBACK (on_tickets_changed), self,
                                   G_CONNECT_SWAPPED);
        }
      watch_tickets (self);
    }

  update_etickets (self);
}

static void
on_eticket_toast (TicketsOrderActions *self,
                  const char          *text)
{
  g_signal_emit (self, signals[TOAST], 0, text);
}

/**
 * tickets_order_actions_open_eticket:
 * @self: a #TicketsOrderActions
 * @uri: a ticket's own e-ticket, a download link from the server
 *
 * Saves it, asking where.
 */
void
tickets_order_actions_open_eticket (TicketsOrderActions *self,
                                    const char          *uri)
{
  g_return_if_fail (TICKETS_IS_ORDER_ACTIONS (self));

  tickets_eticket_saver_save (self->eticket_saver, uri, "e-ticket.pdf");
}

/* A row's own e-ticket, a download link from the server. */
static void
open_eticket (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  tickets_order_actions_open_eticket (user_data, g_variant_get_string (parameter, NULL));
}

static void
open_etickets (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  TicketsOrderActions *self = user_data;
  const char *reference = tickets_order_get_reference (get_order (self));
  g_autofree char *file_name = NULL;

  if (reference != NULL && *reference != '\0')
    file_name = g_strdelimit (g_strdup_printf ("e-tickets-%s.pdf", reference), "/\\", '-');
  else
    file_name = g_strdup ("e-tickets.pdf");

  tickets_eticket_saver_save (self->eticket_saver, tickets_order_get_etickets_uri (get_order (self)), file_name);
}

static void
copy_eticket_link (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  TicketsOrderActions *self = user_data;

  tickets_eticket_saver_copy_link (self->eticket_saver, g_variant_get_string (parameter, NULL));
}

static void
copy_etickets_link (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  TicketsOrderActions *self = user_data;

  tickets_eticket_saver_copy_link (self->eticket_saver, tickets_order_get_etickets_uri (get_order (self)));
}

static void
on_friend_message (TicketsFriendRequests *requests,
                   const char            *message,
                   TicketsOrderActions   *self)
{
  g_signal_emit (self, signals[TOAST], 0, message);
}

/* Friends asked for the order on show; what comes of it is told in toasts. */
static TicketsFriendRequests *
new_friend_requests (TicketsOrderActions *self)
{
  TicketsFriendRequests *requests;

  requests = tickets_friend_requests_new (self->session, get_order (self),
                                          tickets_opener_get_cancellable (self->opener));
  g_signal_connect_object (requests, "message", G_CALLBACK (on_friend_message), self, 0);

  return requests;
}

void
tickets_order_actions_ask_friend (TicketsOrderActions *self,
                                  const char          *email,
                                  const char * const  *tickets)
{
  g_autoptr(TicketsFriendRequests) requests = NULL;

  g_return_if_fail (TICKETS_IS_ORDER_ACTIONS (self));
  g_return_if_fail (get_order (self) != NULL);

  requests = new_friend_requests (self);
  tickets_friend_requests_ask (requests, email, tickets, NULL);
}

/* A row's Withdraw: the request's URI is the parameter. */
static void
withdraw_request (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  g_autoptr(TicketsFriendRequests) requests = new_friend_requests (user_data);

  tickets_friend_requests_withdraw (requests, g_variant_get_string (parameter, NULL));
}

/* A row's Ask Again: the request's URI is the parameter. */
static void
ask_again (GSimpleAction *action,
           GVariant      *parameter,
           gpointer       user_data)
{
  g_autoptr(TicketsFriendRequests) requests = new_friend_requests (user_data);

  tickets_friend_requests_ask_again (requests, g_variant_get_string (parameter, NULL));
}

static void
ask_friend (GSimpleAction *action,
            GVariant      *parameter,
            gpointer       user_data)
{
  TicketsOrderActions *self = user_data;
  g_autoptr(TicketsFriendRequests) requests = new_friend_requests (self);

  gtk_window_present (GTK_WINDOW (tickets_ask_friend_dialog_new (self->parent, requests)));
}

static void
name_several (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  g_signal_emit (user_data, signals[NAME_SEVERAL], 0);
}

static void
show_history (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  g_signal_emit (user_data, signals[SHOW_HISTORY], 0);
}

static const GActionEntry entries[] = {
  { "open-etickets", open_etickets },
  { "copy-etickets-link", copy_etickets_link },
  { "open-eticket", open_eticket, "s" },
  { "copy-eticket-link", copy_eticket_link, "s" },
  { "ask-friend", ask_friend },
  { "withdraw-request", withdraw_request, "s" },
  { "ask-again", ask_again, "s" },
  { "name-several", name_several },
  { "show-history", show_history },
};

TicketsOrderActions *
tickets_order_actions_new (TicketsSession *session,
                           TicketsOpener  *opener,
                           GtkWindow      *parent)
{
  TicketsOrderActions *self;

  g_return_val_if_fail (TICKETS_IS_SESSION (session), NULL);
  g_return_val_if_fail (TICKETS_IS_OPENER (opener), NULL);
  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);

  self = g_object_new (TICKETS_TYPE_ORDER_ACTIONS, NULL);
  self->session = g_object_ref (session);
  self->opener = g_object_ref (opener);
  g_set_weak_pointer (&self->parent, parent);

  self->eticket_saver = tickets_eticket_saver_new (session, parent);
  g_signal_connect_object (self->eticket_saver, "toast", G_CALLBACK (on_eticket_toast), self, G_CONNECT_SWAPPED);

  g_signal_connect_object (opener, "order-loaded", G_CALLBACK (follow_order), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (opener, "order-updated", G_CALLBACK (follow_order), self, G_CONNECT_SWAPPED);
  /* Signed out: nothing of the last order stays enabled in the main menu. */
  g_signal_connect_object (opener, "order-forgotten", G_CALLBACK (follow_order), self, G_CONNECT_SWAPPED);
  follow_order (self);

  return self;
}

const char *
tickets_order_actions_get_etickets_tooltip (TicketsOrderActions *self)
{
  g_return_val_if_fail (TICKETS_IS_ORDER_ACTIONS (self), NULL);

  return self->etickets_tooltip;
}

static void
tickets_order_actions_dispose (GObject *object)
{
  TicketsOrderActions *self = TICKETS_ORDER_ACTIONS (object);

  unwatch_tickets (self);
  if (self->tickets != NULL)
    g_signal_handlers_disconnect_by_func (self->tickets, on_tickets_changed, self);
  g_clear_object (&self->tickets);
  g_clear_object (&self->order);
  if (self->opener != NULL)
    g_signal_handlers_disconnect_by_func (self->opener, follow_order, self);
  g_clear_object (&self->opener);
  g_clear_object (&self->eticket_saver);
  g_clear_weak_pointer (&self->parent);

  G_OBJECT_CLASS (tickets_order_actions_parent_class)->dispose (object);
}

static void
tickets_order_actions_finalize (GObject *object)
{
  TicketsOrderActions *self = TICKETS_ORDER_ACTIONS (object);

  g_clear_object (&self->session);

  G_OBJECT_CLASS (tickets_order_actions_parent_class)->finalize (object);
}

static void
tickets_order_actions_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  TicketsOrderActions *self = TICKETS_ORDER_ACTIONS (object);

  switch (prop_id)
    {
    case PROP_ETICKETS_TOOLTIP:
      g_value_set_string (value, self->etickets_tooltip);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_order_actions_class_init (TicketsOrderActionsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tickets_order_actions_dispose;
  object_class->finalize = tickets_order_actions_finalize;
  object_class->get_property = tickets_order_actions_get_property;

  properties[PROP_ETICKETS_TOOLTIP] =
    g_param_spec_string ("etickets-tooltip", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[TOAST] =
    g_signal_new ("toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[SHOW_HISTORY] =
    g_signal_new ("show-history", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
  signals[NAME_SEVERAL] =
    g_signal_new ("name-several", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
tickets_order_actions_init (TicketsOrderActions *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), entries, G_N_ELEMENTS (entries), self);
}
