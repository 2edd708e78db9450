/* tickets-friend-requests.c
 *
 * Asking a friend: they get an email and fill in their own details. A
 * request that replaces others (Ask Again, or tickets already asked for)
 * is sent first, and the old ones are withdrawn once the server has taken
 * it: a failure then never leaves the tickets with no request at all, and
 * the friend's old link stops working rather than two staying alive.
 *
 * Nothing here is a widget: the dialog and the ticket rows' buttons start
 * the requests, and whoever shows toasts listens to "message".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "tickets-friend-requests.h"

struct _TicketsFriendRequests
{
  GObject         parent_instance;

  /* Store and auth are read from it at each request, as the sign-in is now. */
  TicketsSession *session;
  TicketsOrder   *order;
  GCancellable   *cancellable;
};

G_DEFINE_FINAL_TYPE (TicketsFriendRequests, tickets_friend_requests, G_TYPE_OBJECT)

enum {
  MESSAGE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
uid_of_href (const char *href)
{
  const char *slash = strrchr (href, '/');

  return slash != NULL ? slash + 1 : href;
}

static void
tell (TicketsFriendRequests *self,
      const char            *message)
{
  g_signal_emit (self, signals[MESSAGE], 0, message);
}

typedef struct
{
  char     *email;
  guint     n_tickets;
  GStrv     replaced;
  /* Nobody was handed the error: "message" tells it. */
  gboolean  tell_failure;
} Ask;

static void
ask_free (Ask *ask)
{
  g_free (ask->email);
  g_strfreev (ask->replaced);
  g_free (ask);
}

typedef struct
{
  TicketsFriendRequests *self;
  char                  *email;
  /* Withdrawn because a new request replaced it: the new one's message
   * said enough, unless this fails. */
  gboolean               replaced;
} Withdraw;

static void
withdraw_free (Withdraw *withdraw)
{
  g_object_unref (withdraw->self);
  g_free (withdraw->email);
  g_free (withdraw);
}

static void
on_request_withdrawn (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  Withdraw *withdraw = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  /* Said only now that the server answered; the row follows the store. */
  if (tickets_store_cancel_personalization_request_finish (TICKETS_STORE (source), result, &error))
    {
      if (!withdraw->replaced)
        /* Translators: %s is the friend's email address. */
        message = g_strdup_printf (_("The request to %s was withdrawn"), withdraw->email);
    }
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      if (withdraw->replaced)
        /* Translators: %1$s is the friend's email address, %2$s why the old request stays. */
        message = g_strdup_printf (_("The earlier request to %1$s could not be withdrawn: %2$s"),
                                   withdraw->email, error->message);
      else
        message = g_strdup (error->message);
    }

  if (message != NULL)
    tell (withdraw->self, message);
  withdraw_free (withdraw);
}

static void
withdraw_request (TicketsFriendRequests *self,
                  const char            *request_uri,
                  gboolean               replaced)
{
  TicketsPersonalizationRequest *request;
  Withdraw *withdraw;

  request = tickets_store_lookup_personalization_request (tickets_session_get_store (self->session),
                                                          uid_of_href (request_uri));
  withdraw = g_new0 (Withdraw, 1);
  withdraw->self = g_object_ref (self);
  withdraw->email = g_strdup (request != NULL ? tickets_personalization_request_get_email (request) : "");
  withdraw->replaced = replaced;
  tickets_store_cancel_personalization_request_async (tickets_session_get_store (self->session), request_uri,
                                                      tickets_session_get_auth (self->session), self->cancellable,
                                                      on_request_withdrawn, withdraw);
}

static void
on_friend_asked (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  TicketsFriendRequests *self = g_task_get_source_object (task);
  Ask *ask = g_task_get_task_data (task);
  g_autoptr(TicketsPersonalizationRequest) request = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  request = tickets_store_create_personalization_request_finish (TICKETS_STORE (source), result, &error);
  /* Kept in the outbox and sent when it can be: asked, as far as the
   * person is concerned; the toast says it is not sent yet, and another
   * says when it went through. The requests it replaces stay until then. */
  if (g_error_matches (error, TICKETS_STORE_ERROR, TICKETS_STORE_ERROR_QUEUED))
    {
      tell (self, error->message);
      g_task_return_boolean (task, TRUE);
      return;
    }
  if (request == NULL)
    {
      if (ask->tell_failure && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        tell (self, error->message);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%s was asked to name %u ticket",
                                          "%s was asked to name %u tickets",
                                          ask->n_tickets),
                             ask->email, ask->n_tickets);
  for (gsize i = 0; ask->replaced != NULL && ask->replaced[i] != NULL; i++)
    withdraw_request (self, ask->replaced[i], TRUE);
  tell (self, message);
  g_task_return_boolean (task, TRUE);
}

static void
ask_friend (TicketsFriendRequests *self,
            const char            *email,
            const char * const    *tickets,
            const char * const    *replaced,
            gboolean               tell_failure,
            GAsyncReadyCallback    callback,
            gpointer               user_data)
{
  g_autoptr(GTask) task = NULL;
  Ask *ask;

  task = g_task_new (self, self->cancellable, callback, user_data);
  g_task_set_source_tag (task, tickets_friend_requests_ask_async);
  ask = g_new0 (Ask, 1);
  ask->email = g_strdup (email);
  ask->n_tickets = g_strv_length ((char **) tickets);
  ask->replaced = g_strdupv ((char **) replaced);
  ask->tell_failure = tell_failure;
  g_task_set_task_data (task, ask, (GDestroyNotify) ask_free);
  tickets_store_create_personalization_request_async (tickets_session_get_store (self->session),
                                                      tickets_resource_get_uid (TICKETS_RESOURCE (self->order)),
                                                      email, tickets, tickets_session_get_auth (self->session),
                                                      self->cancellable, on_friend_asked, g_steal_pointer (&task));
}

void
tickets_friend_requests_ask_async (TicketsFriendRequests *self,
                                   const char            *email,
                                   const char * const    *tickets,
                                   const char * const    *replaced,
                                   GAsyncReadyCallback    callback,
                                   gpointer               user_data)
{
  g_return_if_fail (TICKETS_IS_FRIEND_REQUESTS (self));
  g_return_if_fail (self->order != NULL);
  g_return_if_fail (email != NULL);
  g_return_if_fail (tickets != NULL);

  ask_friend (self, email, tickets, replaced, FALSE, callback, user_data);
}

gboolean
tickets_friend_requests_ask_finish (TicketsFriendRequests  *self,
                                    GAsyncResult           *result,
                                    GError                **error)
{
  g_return_val_if_fail (TICKETS_IS_FRIEND_REQUESTS (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tickets_friend_requests_ask_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

void
tickets_friend_requests_ask (TicketsFriendRequests *self,
                             const char            *email,
                             const char * const    *tickets,
                             const char * const    *replaced)
{
  g_return_if_fail (TICKETS_IS_FRIEND_REQUESTS (self));
  g_return_if_fail (self->order != NULL);
  g_return_if_fail (email != NULL);
  g_return_if_fail (tickets != NULL);

  ask_friend (self, email, tickets, replaced, TRUE, NULL, NULL);
}

void
tickets_friend_requests_withdraw (TicketsFriendRequests *self,
                                  const char            *uri)
{
  g_return_if_fail (TICKETS_IS_FRIEND_REQUESTS (self));
  g_return_if_fail (uri != NULL);

  withdraw_request (self, uri, FALSE);
}

void
tickets_friend_requests_ask_again (TicketsFriendRequests *self,
                                   const char            *uri)
{
  const char *replaced[] = { uri, NULL };
  TicketsStore *store;
  TicketsPersonalizationRequest *request;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) tickets = NULL;
  const char * const *ticket_uris;

  g_return_if_fail (TICKETS_IS_FRIEND_REQUESTS (self));
  g_return_if_fail (uri != NULL);

  store = tickets_session_get_store (self->session);
  request = tickets_store_lookup_personalization_request (store, uid_of_href (uri));
  if (request == NULL || self->order == NULL)
    return;

  builder = g_strv_builder_new ();
  ticket_uris = tickets_personalization_request_get_ticket_uris (request);
  for (gsize i = 0; ticket_uris != NULL && ticket_uris[i] != NULL; i++)
    {
      TicketsTicket *ticket = tickets_store_lookup_ticket (store, uid_of_href (ticket_uris[i]));

      if (ticket != NULL &&
          tickets_ticket_get_personalization_state (ticket, NULL) == TICKETS_PERSONALIZATION_STATE_NEEDED)
        g_strv_builder_add (builder, tickets_resource_get_uid (TICKETS_RESOURCE (ticket)));
    }
  tickets = g_strv_builder_end (builder);
  if (tickets[0] == NULL)
    return;

  ask_friend (self, tickets_personalization_request_get_email (request),
              (const char * const *) tickets, replaced, TRUE, NULL, NULL);
}

TicketsOrder *
tickets_friend_requests_get_order (TicketsFriendRequests *self)
{
  g_return_val_if_fail (TICKETS_IS_FRIEND_REQUESTS (self), NULL);

  return self->order;
}

TicketsFriendRequests *
tickets_friend_requests_new (TicketsSession *session,
                             TicketsOrder   *order,
                             GCancellable   *cancellable)
{
  TicketsFriendRequests *self;

  g_return_val_if_fail (TICKETS_IS_SESSION (session), NULL);
  g_return_val_if_fail (order == NULL || TICKETS_IS_ORDER (order), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);

  self = g_object_new (TICKETS_TYPE_FRIEND_REQUESTS, NULL);
  self->session = g_object_ref (session);
  self->order = order != NULL ? g_object_ref (order) : NULL;
  self->cancellable = cancellable != NULL ? g_object_ref (cancellable) : NULL;

  return self;
}

static void
tickets_friend_requests_finalize (GObject *object)
{
  TicketsFriendRequests *self = TICKETS_FRIEND_REQUESTS (object);

  g_clear_object (&self->session);
  g_clear_object (&self->order);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (tickets_friend_requests_parent_class)->finalize (object);
}

static void
tickets_friend_requests_class_init (TicketsFriendRequestsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tickets_friend_requests_finalize;

  signals[MESSAGE] = g_signal_new ("message",
                                   G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
tickets_friend_requests_init (TicketsFriendRequests *self)
{
}
