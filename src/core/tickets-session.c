/* tickets-session.c
 *
 * After gnome-calendar's GcalContext and gnome-text-editor's EditorSession:
 * the application makes one, windows receive it as a construct property, and
 * views get the store and the auth from it. It holds the server choice (and
 * the demo server, which runs in this process), the store on it, who is
 * signed in and with which auth, and the keyring that remembers them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tickets-auth.h"
#include "tickets-cache.h"
#include "tickets-client.h"
#include "tickets-connection-keyring.h"
#include "tickets-error.h"
#include "tickets-session.h"
#include "tickets-store-private.h"
#include "sandbox/tickets-sandbox.h"

struct _TicketsSession
{
  GObject            parent_instance;

  GSettings         *settings;

  TicketsSandbox    *sandbox;
  TicketsServerKind  server_kind;
  /* The store's server, NULL when none could be used. */
  char              *server;
  TicketsStore      *store;

  TicketsAuth       *auth;
  /* The sign-in whose first load is under way, and the one the server
   * accepted. */
  TicketsConnection *signing_in;
  TicketsConnection *connection;

  /* Saves still under way, and the forgets (GTask) that wait for them. */
  guint              n_saving;
  GPtrArray         *waiting_forgets;

  /* What outlives a run (with settings only: the app's session): the
   * outbox file and the caches' folder. The identity signed out last, whose
   * cache a "Sign Out and Forget" deletes. */
  TicketsOutbox     *outbox;
  char              *cache_dir;
  char              *signed_out_identity;
};

G_DEFINE_FINAL_TYPE (TicketsSession, tickets_session, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SETTINGS,
  PROP_STORE,
  PROP_AUTH,
  PROP_CONNECTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

TicketsSession *
tickets_session_new (void)
{
  return g_object_new (TICKETS_TYPE_SESSION, NULL);
}

TicketsSession *
tickets_session_new_with_settings (GSettings *settings)
{
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  return g_object_new (TICKETS_TYPE_SESSION, "settings", settings, NULL);
}

/* The production server by its own name, whichever way its address is written. */
static TicketsServerKind
classify_server (const char *server)
{
  size_t length = strlen (TICKETS_PAYLOGIC_SERVER);

  if (g_ascii_strncasecmp (server, TICKETS_PAYLOGIC_SERVER, length) == 0 &&
      (server[length] == '\0' || g_str_equal (server + length, "/")))
    return TICKETS_SERVER_PAYLOGIC;

  return TICKETS_SERVER_CUSTOM;
}

/* The demo server's address changes from run to run: its outbox entries
 * go by this name instead. */
static const char *
server_key (TicketsSession *self)
{
  return self->server_kind == TICKETS_SERVER_DEMO ? "demo" : self->server;
}

static void
set_store_storage (TicketsSession *self)
{
  if (self->store != NULL && self->outbox != NULL)
    tickets_store_set_storage (self->store, server_key (self), self->cache_dir, self->outbox);
}

/* The app's session keeps its outbox and caches on disk; a session without
 * settings (tests) keeps them in memory, as a store does by itself. */
static void
open_storage (TicketsSession *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettingsSchema) schema = NULL;

  self->outbox = tickets_outbox_open (NULL, &error);
  if (self->outbox == NULL)
    {
      g_warning ("Changes are kept in memory only: %s", error->message);
      return;
    }
  self->cache_dir = tickets_cache_dup_default_dir ();

  /* Box-office data is not kept longer than the counter wants. */
  g_object_get (self->settings, "settings-schema", &schema, NULL);
  if (schema != NULL && g_settings_schema_has_key (schema, "staff-cache-days"))
    tickets_cache_prune_staff (self->cache_dir, g_settings_get_uint (self->settings, "staff-cache-days"));
}

/**
 * tickets_session_check_server:
 * @server: a server's address, as the user typed it
 * @kind: (out) (optional): which kind of server it is
 * @error: why it cannot be used
 *
 * The client decides what it can use; this says it in the user's words.
 *
 * Returns: whether the address can be used
 */
gboolean
tickets_session_check_server (const char         *server,
                              TicketsServerKind  *kind,
                              GError            **error)
{
  g_autoptr(TicketsClient) client = NULL;
  g_autoptr(GError) client_error = NULL;

  g_return_val_if_fail (server != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  client = tickets_client_new (server, &client_error);
  if (client != NULL)
    {
      if (kind != NULL)
        *kind = classify_server (server);
      return TRUE;
    }

  if (g_error_matches (client_error, TICKETS_API_ERROR, TICKETS_API_ERROR_INSECURE))
    g_set_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_INSECURE,
                 _("“%s” is not a secure address: it must start with https://"), server);
  else
    g_set_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_INVALID_URI,
                 _("“%s” is not a server address. Use a URL such as https://shopping-api.paylogic.com"),
                 server);
  return FALSE;
}

/* Started on first use and kept until the session ends: going back to the
 * demo finds it as it was left. */
static gboolean
start_demo_server (TicketsSession  *self,
                   GError         **error)
{
  g_autoptr(TicketsSandbox) sandbox = NULL;
  g_autoptr(GBytes) fixture = tickets_sandbox_get_default_fixture ();

  sandbox = tickets_sandbox_new (fixture, error);
  if (sandbox == NULL)
    return FALSE;

  if (!tickets_sandbox_listen (sandbox, NULL, 0, error))
    return FALSE;

  self->sandbox = g_steal_pointer (&sandbox);

  return TRUE;
}

/**
 * tickets_session_connect:
 * @self: a #TicketsSession
 * @kind: the server to use
 * @custom_server: (nullable): its address, for %TICKETS_SERVER_CUSTOM only
 * @error: TICKETS_API_ERROR_INVALID_URI or TICKETS_API_ERROR_INSECURE for
 *   an unusable address, or why the demo server could not start
 *
 * Makes the store one for that server, starting the demo server when it is
 * the one chosen. The same server keeps its store and all it holds; another
 * gets a new store, and "store" notifies.
 *
 * Returns: whether the server can be used
 */
gboolean
tickets_session_connect (TicketsSession     *self,
                         TicketsServerKind   kind,
                         const char         *custom_server,
                         GError            **error)
{
  g_autoptr(TicketsClient) client = NULL;
  const char *server = NULL;

  g_return_val_if_fail (TICKETS_IS_SESSION (self), FALSE);
  g_return_val_if_fail (kind != TICKETS_SERVER_CUSTOM || custom_server != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  switch (kind)
    {
    case TICKETS_SERVER_DEMO:
      if (self->sandbox != NULL || start_demo_server (self, error))
        server = tickets_sandbox_get_base_uri (self->sandbox);
      break;
    case TICKETS_SERVER_PAYLOGIC:
      server = TICKETS_PAYLOGIC_SERVER;
      break;
    case TICKETS_SERVER_CUSTOM:
      server = custom_server;
      break;
    default:
      g_return_val_if_reached (FALSE);
    }

  if (server != NULL && self->store != NULL && self->server_kind == kind && g_strcmp0 (self->server, server) == 0)
    return TRUE;

  if (server != NULL)
    client = tickets_client_new (server, error);
  if (client == NULL)
    {
      /* Not fatal: the window says that this server cannot be used. */
      if (self->store == NULL)
        self->server_kind = kind;
      return FALSE;
    }

  self->server_kind = kind;
  g_free (self->server);
  self->server = g_strdup (server);
  g_clear_object (&self->store);
  self->store = tickets_store_new (client);
  set_store_storage (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);

  return TRUE;
}

TicketsServerKind
tickets_session_get_server_kind (TicketsSession *self)
{
  g_return_val_if_fail (TICKETS_IS_SESSION (self), TICKETS_SERVER_PAYLOGIC);

  return self->server_kind;
}

/**
 * tickets_session_get_server:
 * @self: a #TicketsSession
 *
 * Returns: (nullable): the base URI of the store's server, %NULL when the
 *   chosen server is not usable
 */
const char *
tickets_session_get_server (TicketsSession *self)
{
  g_return_val_if_fail (TICKETS_IS_SESSION (self), NULL);

  return self->server;
}

gboolean
tickets_session_get_demo (TicketsSession *self)
{
  g_return_val_if_fail (TICKETS_IS_SESSION (self), FALSE);

  return self->server_kind == TICKETS_SERVER_DEMO;
}

void
tickets_session_shutdown (TicketsSession *self)
{
  g_return_if_fail (TICKETS_IS_SESSION (self));

  if (self->sandbox != NULL)
    tickets_sandbox_disconnect (self->sandbox);
}

/**
 * tickets_session_get_store:
 * @self: a #TicketsSession
 *
 * Returns: (transfer none) (nullable): the one store of the session
 */
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

/**
 * tickets_session_get_auth:
 * @self: a #TicketsSession
 *
 * Returns: (transfer none) (nullable): the auth of what is open now
 */
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
  /* What an earlier run left in the outbox for this sign-in goes now. */
  if (self->store != NULL && auth != NULL)
    tickets_store_add_auth (self->store, auth);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTH]);
}

void
tickets_session_begin_sign_in (TicketsSession    *self,
                               TicketsConnection *connection)
{
  g_autoptr(TicketsAuth) auth = NULL;

  g_return_if_fail (TICKETS_IS_SESSION (self));
  g_return_if_fail (TICKETS_IS_CONNECTION (connection));

  g_set_object (&self->signing_in, connection);
  auth = tickets_connection_dup_auth (connection);
  tickets_session_set_auth (self, auth);
}

/* Nothing says "signed in" before the server confirmed it. */
void
tickets_session_confirm_sign_in (TicketsSession *self)
{
  g_autoptr(TicketsConnection) connection = NULL;

  g_return_if_fail (TICKETS_IS_SESSION (self));

  if (self->signing_in == NULL)
    return;

  connection = g_steal_pointer (&self->signing_in);
  if (g_set_object (&self->connection, connection))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONNECTION]);
}

void
tickets_session_sign_out (TicketsSession *self)
{
  g_return_if_fail (TICKETS_IS_SESSION (self));

  g_clear_object (&self->signing_in);
  if (self->connection != NULL)
    {
      g_clear_object (&self->connection);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONNECTION]);
    }
  if (self->auth != NULL)
    {
      g_free (self->signed_out_identity);
      self->signed_out_identity = tickets_auth_dup_identity (self->auth);
    }
  tickets_session_set_auth (self, NULL);
}

/**
 * tickets_session_get_connection:
 * @self: a #TicketsSession
 *
 * Returns: (transfer none) (nullable): the sign-in the server accepted
 */
TicketsConnection *
tickets_session_get_connection (TicketsSession *self)
{
  g_return_val_if_fail (TICKETS_IS_SESSION (self), NULL);

  return self->connection;
}

/**
 * tickets_session_dup_demo_sign_in:
 * @self: a #TicketsSession
 *
 * Returns: (transfer full): the demo order with its token, on the demo server
 */
TicketsConnection *
tickets_session_dup_demo_sign_in (TicketsSession *self)
{
  g_return_val_if_fail (TICKETS_IS_SESSION (self), NULL);

  return tickets_connection_new (TICKETS_SERVER_DEMO, NULL, TICKETS_SIGN_IN_ORDER,
                                 TICKETS_SANDBOX_DEMO_ORDER, NULL, TICKETS_SANDBOX_DEMO_ORDER_TOKEN);
}

void
tickets_session_get_demo_staff (TicketsSession  *self,
                                const char     **user,
                                const char     **password)
{
  g_return_if_fail (TICKETS_IS_SESSION (self));

  if (user != NULL)
    *user = TICKETS_SANDBOX_DEMO_STAFF_USER;
  if (password != NULL)
    *password = TICKETS_SANDBOX_DEMO_STAFF_PASSWORD;
}

static char *
forgotten_identity (TicketsSession *self)
{
  if (self->auth != NULL)
    return tickets_auth_dup_identity (self->auth);
  return g_strdup (self->signed_out_identity);
}

static guint
count_unsent (TicketsSession *self,
              const char     *identity)
{
  TicketsOutbox *outbox = self->store != NULL ? tickets_store_get_outbox (self->store) : NULL;

  if (outbox == NULL)
    return 0;
  return tickets_outbox_count_unsent (outbox, server_key (self), identity);
}

/* What the forgotten identity's data left in the cache goes with it. */
static void
delete_cache (TicketsSession *self,
              const char     *identity)
{
  g_autoptr(GError) error = NULL;

  if (identity == NULL || self->cache_dir == NULL || self->server == NULL)
    return;

  if (self->store != NULL)
    tickets_store_close_cache (self->store, identity);
  if (!tickets_cache_delete (self->cache_dir, server_key (self), identity, &error))
    g_warning ("Could not delete a cache: %s", error->message);
}

static void
on_forgotten (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GPtrArray) tasks = user_data;
  g_autoptr(GError) error = NULL;
  gboolean forgotten;

  forgotten = tickets_connection_forget_finish (result, &error);
  for (guint i = 0; i < tasks->len; i++)
    {
      GTask *task = g_ptr_array_index (tasks, i);

      if (forgotten)
        {
          delete_cache (g_task_get_source_object (task), g_task_get_task_data (task));
          g_task_return_boolean (task, TRUE);
        }
      else
        g_task_return_error (task, g_error_copy (error));
    }
}

/* One clear for every forget that waited. */
static void
forget_waiting (TicketsSession *self)
{
  g_autoptr(GPtrArray) tasks = NULL;

  if (self->n_saving > 0 || self->waiting_forgets->len == 0)
    return;

  tasks = g_steal_pointer (&self->waiting_forgets);
  self->waiting_forgets = g_ptr_array_new_with_free_func (g_object_unref);
  tickets_connection_forget_async (self->settings, NULL, on_forgotten, g_steal_pointer (&tasks));
}

static void
on_saved (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  TicketsSession *self = g_task_get_source_object (task);
  GError *error = NULL;

  if (tickets_connection_save_finish (TICKETS_CONNECTION (source), result, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);

  self->n_saving--;
  forget_waiting (self);
}

void
tickets_session_remember_async (TicketsSession      *self,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (TICKETS_IS_SESSION (self));
  g_return_if_fail (G_IS_SETTINGS (self->settings));
  g_return_if_fail (self->connection != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, tickets_session_remember_async);

  self->n_saving++;
  tickets_connection_save_async (self->connection, self->settings, cancellable, on_saved, g_steal_pointer (&task));
}

gboolean
tickets_session_remember_finish (TicketsSession  *self,
                                 GAsyncResult    *result,
                                 GError         **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tickets_session_remember_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

void
tickets_session_forget_async (TicketsSession      *self,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autofree char *identity = NULL;
  GTask *task;

  g_return_if_fail (TICKETS_IS_SESSION (self));
  g_return_if_fail (G_IS_SETTINGS (self->settings));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, tickets_session_forget_async);

  /* Its unsent changes need its sign-in to be sent: forgetting waits for
   * them, or for the user to discard them. */
  identity = forgotten_identity (self);
  if (identity != NULL && count_unsent (self, identity) > 0)
    {
      g_task_return_new_error (task, TICKETS_STORE_ERROR, TICKETS_STORE_ERROR_UNSENT,
                               _("Some of your changes are not sent yet. They are kept, and so is your sign-in, "
                                 "until they are sent or you discard them."));
      g_object_unref (task);
      return;
    }

  g_task_set_task_data (task, g_steal_pointer (&identity), g_free);
  g_ptr_array_add (self->waiting_forgets, task);
  forget_waiting (self);
}

gboolean
tickets_session_forget_finish (TicketsSession  *self,
                               GAsyncResult    *result,
                               GError         **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tickets_session_forget_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* The remembered sign-in is only for the server it was made on. */
static gboolean
is_for_current_server (TicketsSession    *self,
                       TicketsConnection *connection)
{
  return self->store != NULL &&
         tickets_connection_get_server_kind (connection) == self->server_kind &&
         (self->server_kind != TICKETS_SERVER_CUSTOM ||
          g_strcmp0 (tickets_connection_get_server (connection), self->server) == 0);
}

static void
on_restored (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  TicketsSession *self = g_task_get_source_object (task);
  g_autoptr(TicketsConnection) connection = NULL;
  GError *error = NULL;

  connection = tickets_connection_restore_finish (result, &error);
  if (error != NULL)
    g_task_return_error (task, error);
  else if (connection != NULL && is_for_current_server (self, connection))
    g_task_return_pointer (task, g_steal_pointer (&connection), g_object_unref);
  else
    g_task_return_pointer (task, NULL, NULL);
}

void
tickets_session_restore_async (TicketsSession      *self,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (TICKETS_IS_SESSION (self));
  g_return_if_fail (G_IS_SETTINGS (self->settings));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, tickets_session_restore_async);
  tickets_connection_restore_async (self->settings, cancellable, on_restored, g_steal_pointer (&task));
}

/**
 * tickets_session_restore_finish:
 * @self: a #TicketsSession
 * @result: the result given to the callback
 * @error: as tickets_connection_restore_finish()
 *
 * Returns: (transfer full) (nullable): the remembered sign-in on the
 *   session's server
 */
TicketsConnection *
tickets_session_restore_finish (TicketsSession  *self,
                                GAsyncResult    *result,
                                GError         **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tickets_session_restore_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
tickets_session_dispose (GObject *object)
{
  TicketsSession *self = TICKETS_SESSION (object);

  g_clear_object (&self->store);
  g_clear_object (&self->sandbox);
  g_clear_pointer (&self->auth, tickets_auth_unref);
  g_clear_object (&self->signing_in);
  g_clear_object (&self->connection);

  G_OBJECT_CLASS (tickets_session_parent_class)->dispose (object);
}

static void
tickets_session_finalize (GObject *object)
{
  TicketsSession *self = TICKETS_SESSION (object);

  g_clear_object (&self->settings);
  g_clear_pointer (&self->server, g_free);
  g_clear_pointer (&self->waiting_forgets, g_ptr_array_unref);
  g_clear_object (&self->outbox);
  g_clear_pointer (&self->cache_dir, g_free);
  g_clear_pointer (&self->signed_out_identity, g_free);

  G_OBJECT_CLASS (tickets_session_parent_class)->finalize (object);
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
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_AUTH:
      g_value_set_boxed (value, self->auth);
      break;
    case PROP_CONNECTION:
      g_value_set_object (value, self->connection);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_session_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  TicketsSession *self = TICKETS_SESSION (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      if (self->settings != NULL)
        open_storage (self);
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
  object_class->finalize = tickets_session_finalize;
  object_class->get_property = tickets_session_get_property;
  object_class->set_property = tickets_session_set_property;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, TICKETS_TYPE_STORE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AUTH] =
    g_param_spec_boxed ("auth", NULL, NULL, TICKETS_TYPE_AUTH,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CONNECTION] =
    g_param_spec_object ("connection", NULL, NULL, TICKETS_TYPE_CONNECTION,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tickets_session_init (TicketsSession *self)
{
  self->server_kind = TICKETS_SERVER_PAYLOGIC;
  self->waiting_forgets = g_ptr_array_new_with_free_func (g_object_unref);
}

guint
tickets_session_get_n_unsent (TicketsSession *self)
{
  g_autofree char *identity = NULL;

  g_return_val_if_fail (TICKETS_IS_SESSION (self), 0);

  identity = forgotten_identity (self);
  return identity != NULL ? count_unsent (self, identity) : 0;
}

void
tickets_session_discard_unsent (TicketsSession *self)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autofree char *identity = NULL;

  g_return_if_fail (TICKETS_IS_SESSION (self));

  identity = forgotten_identity (self);
  if (identity == NULL || self->store == NULL)
    return;

  entries = tickets_outbox_list (tickets_store_get_outbox (self->store), server_key (self));
  for (guint i = 0; i < entries->len; i++)
    {
      TicketsOutboxEntry *entry = g_ptr_array_index (entries, i);

      if (g_strcmp0 (entry->identity, identity) == 0 && entry->state != TICKETS_OUTBOX_DONE)
        tickets_store_discard_change (self->store, entry->id, NULL);
    }
}
