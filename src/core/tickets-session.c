/* tickets-session.c
 *
 * After gnome-calendar's GcalContext and gnome-text-editor's EditorSession:
 * the application makes one, windows receive it as a construct property, and
 * views get the store and the auth from it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-auth.h"
#include "tickets-session.h"

struct _TicketsSession
{
  GObject       parent_instance;

  TicketsStore *store;
  TicketsAuth  *auth;
};

G_DEFINE_FINAL_TYPE (TicketsSession, tickets_session, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORE,
  PROP_AUTH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

TicketsSession *
tickets_session_new (void)
{
  return g_object_new (TICKETS_TYPE_SESSION, NULL);
}

TicketsStore *
tickets_session_get_store (TicketsSession *self)
{
  g_return_val_if_fail (TICKETS_IS_SESSION (self), NULL);

  return self->store;
}

void
tickets_session_set_store (TicketsSession *self,
                           TicketsStore   *store)
{
  g_return_if_fail (TICKETS_IS_SESSION (self));
  g_return_if_fail (store == NULL || TICKETS_IS_STORE (store));

  if (g_set_object (&self->store, store))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

TicketsAuth *
tickets_session_get_auth (TicketsSession *self)
{
  g_return_val_if_fail (TICKETS_IS_SESSION (self), NULL);

  return self->auth;
}

void
tickets_session_set_auth (TicketsSession *self,
                          TicketsAuth    *auth)
{
  g_return_if_fail (TICKETS_IS_SESSION (self));

  if (self->auth == auth)
    return;

  g_clear_pointer (&self->auth, tickets_auth_unref);
  self->auth = auth != NULL ? tickets_auth_ref (auth) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTH]);
}

static void
tickets_session_dispose (GObject *object)
{
  TicketsSession *self = TICKETS_SESSION (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->auth, tickets_auth_unref);

  G_OBJECT_CLASS (tickets_session_parent_class)->dispose (object);
}

static void
tickets_session_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TicketsSession *self = TICKETS_SESSION (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_AUTH:
      g_value_set_boxed (value, self->auth);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_session_class_init (TicketsSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tickets_session_dispose;
  object_class->get_property = tickets_session_get_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, TICKETS_TYPE_STORE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AUTH] =
    g_param_spec_boxed ("auth", NULL, NULL, TICKETS_TYPE_AUTH,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tickets_session_init (TicketsSession *self)
{
}
