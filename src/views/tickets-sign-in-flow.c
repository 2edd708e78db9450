/* tickets-sign-in-flow.c
 *
 * Signing in from the welcome: the server chosen with the sign-in becomes
 * the session's, the session takes the sign-in's auth, and only once the
 * server accepted it (what it opened has loaded) is it the session's
 * sign-in and, when asked, remembered. A refused password or token is
 * never saved.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-sign-in-flow.h"

struct _TicketsSignInFlow
{
  GObject            parent_instance;

  TicketsSession    *session;
  /* The sign-in the welcome waits on: a refusal goes back there, next to
   * the field it concerns. */
  TicketsConnection *pending;
  /* What to do with it once the server accepted it; see begin(). */
  int                remember;
};

G_DEFINE_FINAL_TYPE (TicketsSignInFlow, tickets_sign_in_flow, G_TYPE_OBJECT)

enum {
  KEYRING_UNAVAILABLE,
  REMEMBER_FAILED,
  FORGOTTEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

gboolean
tickets_sign_in_flow_begin (TicketsSignInFlow  *self,
                            TicketsConnection  *connection,
                            int                 remember,
                            GError            **error)
{
  g_return_val_if_fail (TICKETS_IS_SIGN_IN_FLOW (self), FALSE);
  g_return_val_if_fail (TICKETS_IS_CONNECTION (connection), FALSE);

  if (!tickets_session_connect (self->session,
                                tickets_connection_get_server_kind (connection),
                                tickets_connection_get_server (connection), error))
    return FALSE;

  g_set_object (&self->pending, connection);
  self->remember = remember;

  return TRUE;
}

void
tickets_sign_in_flow_wait (TicketsSignInFlow *self,
                           TicketsConnection *connection)
{
  g_return_if_fail (TICKETS_IS_SIGN_IN_FLOW (self));
  g_return_if_fail (TICKETS_IS_CONNECTION (connection));

  g_set_object (&self->pending, connection);
  self->remember = -1;
}

TicketsConnection *
tickets_sign_in_flow_get_pending (TicketsSignInFlow *self)
{
  g_return_val_if_fail (TICKETS_IS_SIGN_IN_FLOW (self), NULL);

  return self->pending;
}

void
tickets_sign_in_flow_start (TicketsSignInFlow *self,
                            TicketsConnection *connection)
{
  g_return_if_fail (TICKETS_IS_SIGN_IN_FLOW (self));

  tickets_session_begin_sign_in (self->session, connection);
}

static void
on_forgotten_quietly (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  tickets_session_forget_finish (TICKETS_SESSION (source), result, NULL);
}

static void
on_saved (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(TicketsSignInFlow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (tickets_session_remember_finish (TICKETS_SESSION (source), result, &error))
    return;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED))
    g_signal_emit (self, signals[KEYRING_UNAVAILABLE], 0);
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_signal_emit (self, signals[REMEMBER_FAILED], 0, error);
}

gboolean
tickets_sign_in_flow_confirm (TicketsSignInFlow *self)
{
  g_return_val_if_fail (TICKETS_IS_SIGN_IN_FLOW (self), FALSE);

  tickets_session_confirm_sign_in (self->session);
  if (self->pending == NULL)
    return FALSE;

  g_clear_object (&self->pending);
  if (self->remember == TRUE)
    tickets_session_remember_async (self->session, NULL, on_saved, g_object_ref (self));
  else if (self->remember == FALSE)
    tickets_session_forget_async (self->session, NULL, on_forgotten_quietly, NULL);

  return TRUE;
}

gboolean
tickets_sign_in_flow_drop (TicketsSignInFlow *self)
{
  g_return_val_if_fail (TICKETS_IS_SIGN_IN_FLOW (self), FALSE);

  if (self->pending == NULL)
    return FALSE;

  g_clear_object (&self->pending);

  return TRUE;
}

static void
on_forgotten (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(TicketsSignInFlow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (tickets_session_forget_finish (TICKETS_SESSION (source), result, &error) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED))
    g_clear_error (&error);
  g_signal_emit (self, signals[FORGOTTEN], 0, error);
}

void
tickets_sign_in_flow_forget (TicketsSignInFlow *self)
{
  g_return_if_fail (TICKETS_IS_SIGN_IN_FLOW (self));

  g_clear_object (&self->pending);
  /* A sign-in still being saved is forgotten once it is saved. */
  tickets_session_forget_async (self->session, NULL, on_forgotten, g_object_ref (self));
}

TicketsSignInFlow *
tickets_sign_in_flow_new (TicketsSession *session)
{
  TicketsSignInFlow *self;

  g_return_val_if_fail (TICKETS_IS_SESSION (session), NULL);

  self = g_object_new (TICKETS_TYPE_SIGN_IN_FLOW, NULL);
  self->session = g_object_ref (session);

  return self;
}

static void
tickets_sign_in_flow_finalize (GObject *object)
{
  TicketsSignInFlow *self = TICKETS_SIGN_IN_FLOW (object);

  g_clear_object (&self->pending);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (tickets_sign_in_flow_parent_class)->finalize (object);
}

static void
tickets_sign_in_flow_class_init (TicketsSignInFlowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tickets_sign_in_flow_finalize;

  signals[KEYRING_UNAVAILABLE] =
    g_signal_new ("keyring-unavailable", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
  signals[REMEMBER_FAILED] =
    g_signal_new ("remember-failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_ERROR);
  signals[FORGOTTEN] =
    g_signal_new ("forgotten", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
tickets_sign_in_flow_init (TicketsSignInFlow *self)
{
}
