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

#include <glib/gi18n.h>

#include "tickets-sign-in-flow-private.h"

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
  PROP_0,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  KEYRING_UNAVAILABLE,
  TOAST,
  WELCOME_ERROR,
  OPEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The welcome is busy exactly while it waits on a sign-in. */
static void
set_pending (TicketsSignInFlow *self,
             TicketsConnection *connection)
{
  gboolean was_busy = self->pending != NULL;

  g_set_object (&self->pending, connection);
  if (was_busy != (connection != NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

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

  self->remember = remember;
  set_pending (self, connection);

  return TRUE;
}

void
tickets_sign_in_flow_sign_in (TicketsSignInFlow *self,
                              TicketsConnection *connection,
                              int                remember)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (TICKETS_IS_SIGN_IN_FLOW (self));
  g_return_if_fail (TICKETS_IS_CONNECTION (connection));

  if (!tickets_sign_in_flow_begin (self, connection, remember, &error))
    {
      g_signal_emit (self, signals[WELCOME_ERROR], 0, error);
      return;
    }

  g_signal_emit (self, signals[WELCOME_ERROR], 0, NULL);
  g_signal_emit (self, signals[OPEN], 0, connection);
}

/* The demo order's token is no secret: nothing goes to the keyring. */
void
tickets_sign_in_flow_open_demo_order (TicketsSignInFlow *self)
{
  g_autoptr(TicketsConnection) connection = NULL;

  g_return_if_fail (TICKETS_IS_SIGN_IN_FLOW (self));

  connection = tickets_session_dup_demo_sign_in (self->session);
  tickets_sign_in_flow_sign_in (self, connection, -1);
}

void
tickets_sign_in_flow_wait (TicketsSignInFlow *self,
                           TicketsConnection *connection)
{
  g_return_if_fail (TICKETS_IS_SIGN_IN_FLOW (self));
  g_return_if_fail (TICKETS_IS_CONNECTION (connection));

  self->remember = -1;
  set_pending (self, connection);
}

TicketsConnection *
tickets_sign_in_flow_get_pending (TicketsSignInFlow *self)
{
  g_return_val_if_fail (TICKETS_IS_SIGN_IN_FLOW (self), NULL);

  return self->pending;
}

gboolean
tickets_sign_in_flow_get_busy (TicketsSignInFlow *self)
{
  g_return_val_if_fail (TICKETS_IS_SIGN_IN_FLOW (self), FALSE);

  return self->pending != NULL;
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

void
tickets_sign_in_flow_report_saved (TicketsSignInFlow *self,
                                   const GError      *error)
{
  g_autofree char *message = NULL;

  g_return_if_fail (TICKETS_IS_SIGN_IN_FLOW (self));

  if (error == NULL || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED))
    {
      g_signal_emit (self, signals[KEYRING_UNAVAILABLE], 0);
      g_signal_emit (self, signals[TOAST], 0, _("No keyring is running: you will have to sign in again next time."));
      return;
    }

  message = g_strdup_printf (_("Your sign-in could not be remembered: %s"), error->message);
  g_signal_emit (self, signals[TOAST], 0, message);
}

static void
on_saved (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(TicketsSignInFlow) self = user_data;
  g_autoptr(GError) error = NULL;

  tickets_session_remember_finish (TICKETS_SESSION (source), result, &error);
  tickets_sign_in_flow_report_saved (self, error);
}

gboolean
tickets_sign_in_flow_confirm (TicketsSignInFlow *self)
{
  g_return_val_if_fail (TICKETS_IS_SIGN_IN_FLOW (self), FALSE);

  tickets_session_confirm_sign_in (self->session);
  if (self->pending == NULL)
    return FALSE;

  set_pending (self, NULL);
  g_signal_emit (self, signals[WELCOME_ERROR], 0, NULL);
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

  set_pending (self, NULL);

  return TRUE;
}

gboolean
tickets_sign_in_flow_refuse (TicketsSignInFlow *self,
                             const GError      *error)
{
  g_return_val_if_fail (TICKETS_IS_SIGN_IN_FLOW (self), FALSE);

  if (!tickets_sign_in_flow_drop (self))
    return FALSE;

  g_signal_emit (self, signals[WELCOME_ERROR], 0, error);

  return TRUE;
}

void
tickets_sign_in_flow_report_forgotten (TicketsSignInFlow *self,
                                       const GError      *error)
{
  g_autofree char *message = NULL;

  g_return_if_fail (TICKETS_IS_SIGN_IN_FLOW (self));

  /* No keyring holds nothing saved either. */
  if (error == NULL || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED))
    {
      g_signal_emit (self, signals[TOAST], 0, _("Signed out. Tickets no longer remembers your sign-in."));
      return;
    }

  message = g_strdup_printf (_("Signed out, but the saved sign-in could not be removed: %s"), error->message);
  g_signal_emit (self, signals[TOAST], 0, message);
}

static void
on_forgotten (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(TicketsSignInFlow) self = user_data;
  g_autoptr(GError) error = NULL;

  tickets_session_forget_finish (TICKETS_SESSION (source), result, &error);
  tickets_sign_in_flow_report_forgotten (self, error);
}

void
tickets_sign_in_flow_forget (TicketsSignInFlow *self)
{
  g_return_if_fail (TICKETS_IS_SIGN_IN_FLOW (self));

  set_pending (self, NULL);
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
tickets_sign_in_flow_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  TicketsSignInFlow *self = TICKETS_SIGN_IN_FLOW (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, tickets_sign_in_flow_get_busy (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_sign_in_flow_class_init (TicketsSignInFlowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tickets_sign_in_flow_finalize;
  object_class->get_property = tickets_sign_in_flow_get_property;

  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[KEYRING_UNAVAILABLE] =
    g_signal_new ("keyring-unavailable", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
  signals[TOAST] =
    g_signal_new ("toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[WELCOME_ERROR] =
    g_signal_new ("welcome-error", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_ERROR);
  signals[OPEN] =
    g_signal_new ("open", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, TICKETS_TYPE_CONNECTION);
}

static void
tickets_sign_in_flow_init (TicketsSignInFlow *self)
{
}
