/* tickets-connection-keyring.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <libsecret/secret.h>

#include "tickets-connection-keyring.h"
#include "tickets-connection-private.h"

/* A Secret Service that never answers (a keyring waiting on a prompt no
 * one can see) must not keep the user from signing in. */
#define KEYRING_TIMEOUT_SECONDS 5

/* What the Secret Service's attribute "server" holds for the demo: its
 * address changes with every start, its fixture does not. */
#define DEMO_SERVER_ATTRIBUTE "demo"

static const SecretSchema *
get_secret_schema (void)
{
  static const SecretSchema schema = {
    "org.example.Tickets.Secret", SECRET_SCHEMA_NONE,
    {
      { "server", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "kind", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "resource", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "user", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { NULL, 0 },
    },
  };

  return &schema;
}

const SecretSchema *
tickets_connection_get_secret_schema (void)
{
  return get_secret_schema ();
}

/* Talking to the Secret Service: its calls all share a deadline and the
 * caller's cancellable. */

typedef struct
{
  TicketsConnection *connection;
  GHashTable        *attributes;
  GCancellable      *caller_cancellable;
  gulong             caller_cancelled_id;
  GCancellable      *cancellable;
  GSource           *timeout;
  gboolean           timed_out;
  SecretService     *service;
} KeyringCall;

static void
keyring_call_free (KeyringCall *call)
{
  if (call->caller_cancellable != NULL)
    g_cancellable_disconnect (call->caller_cancellable, call->caller_cancelled_id);
  g_clear_object (&call->caller_cancellable);
  if (call->timeout != NULL)
    {
      g_source_destroy (call->timeout);
      g_source_unref (call->timeout);
    }
  g_clear_object (&call->cancellable);
  g_clear_object (&call->connection);
  g_clear_pointer (&call->attributes, g_hash_table_unref);
  g_clear_object (&call->service);
  g_free (call);
}

static void
on_caller_cancelled (GCancellable *caller_cancellable,
                     GCancellable *cancellable)
{
  g_cancellable_cancel (cancellable);
}

static gboolean
on_keyring_timeout (gpointer user_data)
{
  KeyringCall *call = user_data;

  call->timed_out = TRUE;
  g_cancellable_cancel (call->cancellable);

  return G_SOURCE_REMOVE;
}

static GTask *
keyring_task_new (gpointer             source_object,
                  GCancellable        *cancellable,
                  GAsyncReadyCallback  callback,
                  gpointer             user_data,
                  gpointer             source_tag)
{
  GTask *task = g_task_new (source_object, cancellable, callback, user_data);
  KeyringCall *call = g_new0 (KeyringCall, 1);

  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, call, (GDestroyNotify) keyring_call_free);

  call->cancellable = g_cancellable_new ();
  if (cancellable != NULL)
    {
      call->caller_cancellable = g_object_ref (cancellable);
      call->caller_cancelled_id = g_cancellable_connect (cancellable, G_CALLBACK (on_caller_cancelled),
                                                         call->cancellable, NULL);
    }

  call->timeout = g_timeout_source_new_seconds (KEYRING_TIMEOUT_SECONDS);
  g_source_set_callback (call->timeout, on_keyring_timeout, call, NULL);
  g_source_set_static_name (call->timeout, "[tickets] keyring timeout");
  g_source_attach (call->timeout, g_task_get_context (task));

  return task;
}

/* Every way of finding no keyring to talk to reads the same to the user:
 * the secret stays in memory for this session. */
static void
return_keyring_error (GTask  *task,
                      GError *error)
{
  KeyringCall *call = g_task_get_task_data (task);

  if (call->timed_out)
    {
      g_error_free (error);
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                               _("The keyring did not answer."));
    }
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_task_return_error (task, error);
    }
  else if (error->domain == G_DBUS_ERROR || call->service == NULL)
    {
      g_error_free (error);
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                               _("No keyring is running."));
    }
  else
    {
      g_task_return_error (task, error);
    }
}

typedef void (*KeyringStep) (GTask *task);

static void
on_service_got (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  KeyringCall *call = g_task_get_task_data (task);
  KeyringStep next = g_object_get_data (G_OBJECT (task), "tickets-keyring-step");
  GError *error = NULL;

  call->service = secret_service_get_finish (result, &error);
  if (call->service == NULL)
    {
      return_keyring_error (task, error);
      return;
    }

  next (task);
}

/* Finds the Secret Service, then takes the next step. */
static void
keyring_call_start (GTask       *task,
                    KeyringStep  next)
{
  KeyringCall *call = g_task_get_task_data (task);

  g_object_set_data (G_OBJECT (task), "tickets-keyring-step", next);
  secret_service_get (SECRET_SERVICE_NONE, call->cancellable, on_service_got, g_object_ref (task));
}

static const char *
get_server_attribute (TicketsServerKind  server_kind,
                      const char        *server)
{
  switch (server_kind)
    {
    case TICKETS_SERVER_DEMO:
      return DEMO_SERVER_ATTRIBUTE;
    case TICKETS_SERVER_PAYLOGIC:
      return TICKETS_PAYLOGIC_SERVER;
    case TICKETS_SERVER_CUSTOM:
      return server;
    default:
      g_return_val_if_reached (NULL);
    }
}

static const char *
get_enum_nick (GType type,
               int   value)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (type);
  GEnumValue *enum_value = g_enum_get_value (enum_class, value);

  g_return_val_if_fail (enum_value != NULL, NULL);

  /* Nicks are static strings that live as long as the type. */
  return enum_value->value_nick;
}

static GHashTable *
build_attributes (TicketsServerKind  server_kind,
                  const char        *server,
                  TicketsSignInKind  sign_in_kind,
                  const char        *resource,
                  const char        *user)
{
  GHashTable *attributes = g_hash_table_new (g_str_hash, g_str_equal);

  g_hash_table_insert (attributes, "server", (char *) get_server_attribute (server_kind, server));
  g_hash_table_insert (attributes, "kind", (char *) get_enum_nick (TICKETS_TYPE_SIGN_IN_KIND, sign_in_kind));
  if (resource != NULL)
    g_hash_table_insert (attributes, "resource", (char *) resource);
  if (user != NULL)
    g_hash_table_insert (attributes, "user", (char *) user);

  return attributes;
}

/* What Seahorse and other keyring managers list. */
static char *
build_label (TicketsConnection *self)
{
  TicketsServerKind server_kind = tickets_connection_get_server_kind (self);
  g_autofree char *where = NULL;

  if (server_kind == TICKETS_SERVER_DEMO)
    {
      where = g_strdup (_("Demo server"));
    }
  else
    {
      const char *server = get_server_attribute (server_kind, tickets_connection_get_server (self));
      g_autoptr(GUri) uri = g_uri_parse (server, G_URI_FLAGS_NONE, NULL);

      where = g_strdup (uri != NULL && g_uri_get_host (uri) != NULL ? g_uri_get_host (uri) : server);
    }

  switch (tickets_connection_get_sign_in_kind (self))
    {
    case TICKETS_SIGN_IN_ORDER:
      /* Translators: how the keyring lists an order token; %s is a server
       * such as shopping-api.paylogic.com, or “Demo server”. */
      return g_strdup_printf (_("Tickets order token — %s"), where);
    case TICKETS_SIGN_IN_COGNITO:
      /* Translators: how the keyring lists a sign-in token; %s is a server
       * such as shopping-api.paylogic.com, or “Demo server”. */
      return g_strdup_printf (_("Tickets Cognito token — %s"), where);
    case TICKETS_SIGN_IN_REQUEST:
      /* Translators: how the keyring lists the token of a friend's request
       * to fill in a ticket; %s is a server such as shopping-api.paylogic.com,
       * or “Demo server”. */
      return g_strdup_printf (_("Tickets personalization request token — %s"), where);
    case TICKETS_SIGN_IN_STAFF:
      /* Translators: how the keyring lists a box-office password; the first
       * %s is a user name, the second a server such as
       * shopping-api.paylogic.com, or “Demo server”. */
      return g_strdup_printf (_("Tickets password of %s — %s"), tickets_connection_get_user (self), where);
    default:
      g_return_val_if_reached (NULL);
    }
}

/* The settings keys of the remembered connection; forgetting resets them. */
static const char * const remembered_keys[] = {
  "server-kind",
  "custom-server",
  "sign-in-kind",
  "sign-in-uri",
  "staff-user",
};

static void
save_settings (TicketsConnection *self,
               GSettings         *settings)
{
  const char *server = tickets_connection_get_server (self);
  const char *resource = tickets_connection_get_resource (self);
  const char *user = tickets_connection_get_user (self);

  g_settings_set_string (settings, "server-kind",
                         get_enum_nick (TICKETS_TYPE_SERVER_KIND, tickets_connection_get_server_kind (self)));
  g_settings_set_string (settings, "custom-server", server != NULL ? server : "");
  g_settings_set_string (settings, "sign-in-uri", resource != NULL ? resource : "");
  g_settings_set_string (settings, "staff-user", user != NULL ? user : "");
  /* Last: restoring starts from it. */
  g_settings_set_string (settings, "sign-in-kind",
                         get_enum_nick (TICKETS_TYPE_SIGN_IN_KIND, tickets_connection_get_sign_in_kind (self)));
}

/* Saving: one sign-in is remembered at a time, so the secrets of earlier
 * ones go before the new one is stored. */

static void
on_secret_stored (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  KeyringCall *call = g_task_get_task_data (task);
  GError *error = NULL;

  if (!secret_service_store_finish (SECRET_SERVICE (source), result, &error))
    {
      return_keyring_error (task, error);
      return;
    }

  tickets_connection_set_remembered (call->connection, TRUE);
  g_task_return_boolean (task, TRUE);
}

static void
on_old_secrets_cleared (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  KeyringCall *call = g_task_get_task_data (task);
  TicketsConnection *self = call->connection;
  g_autoptr(SecretValue) value = NULL;
  g_autofree char *label = NULL;
  GError *error = NULL;

  /* FALSE without an error: there was nothing to clear. */
  if (!secret_service_clear_finish (SECRET_SERVICE (source), result, &error) && error != NULL)
    {
      return_keyring_error (task, error);
      return;
    }

  label = build_label (self);
  value = secret_value_new (tickets_connection_get_secret (self), -1, "text/plain");
  call->attributes = build_attributes (tickets_connection_get_server_kind (self),
                                       tickets_connection_get_server (self),
                                       tickets_connection_get_sign_in_kind (self),
                                       tickets_connection_get_resource (self),
                                       tickets_connection_get_user (self));
  secret_service_store (call->service, get_secret_schema (), call->attributes,
                        SECRET_COLLECTION_DEFAULT, label, value,
                        call->cancellable, on_secret_stored, g_object_ref (task));
}

static void
clear_old_secrets (GTask *task)
{
  KeyringCall *call = g_task_get_task_data (task);
  g_autoptr(GHashTable) all = g_hash_table_new (g_str_hash, g_str_equal);

  secret_service_clear (call->service, get_secret_schema (), all,
                        call->cancellable, on_old_secrets_cleared, g_object_ref (task));
}

void
tickets_connection_save_async (TicketsConnection   *self,
                               GSettings           *settings,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  KeyringCall *call;

  g_return_if_fail (TICKETS_IS_CONNECTION (self));
  g_return_if_fail (G_IS_SETTINGS (settings));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = keyring_task_new (self, cancellable, callback, user_data, tickets_connection_save_async);
  call = g_task_get_task_data (task);
  call->connection = g_object_ref (self);

  save_settings (self, settings);
  keyring_call_start (task, clear_old_secrets);
}

gboolean
tickets_connection_save_finish (TicketsConnection  *self,
                                GAsyncResult       *result,
                                GError            **error)
{
  g_return_val_if_fail (TICKETS_IS_CONNECTION (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tickets_connection_save_async, FALSE);

  /* Whatever went wrong, the secret now lives only in this object. */
  if (g_task_had_error (G_TASK (result)))
    tickets_connection_set_remembered (self, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Restoring */

static int
get_enum_setting (GSettings *settings,
                  const char *key,
                  GType       type)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (type);
  g_autofree char *nick = g_settings_get_string (settings, key);
  GEnumValue *value = g_enum_get_value_by_nick (enum_class, nick);

  return value != NULL ? value->value : -1;
}

static char *
dup_setting (GSettings  *settings,
             const char *key)
{
  char *value = g_settings_get_string (settings, key);

  if (*value != '\0')
    return value;

  g_free (value);
  return NULL;
}

typedef struct
{
  TicketsServerKind  server_kind;
  char              *server;
  TicketsSignInKind  sign_in_kind;
  char              *resource;
  char              *user;
} Remembered;

static void
remembered_free (Remembered *remembered)
{
  g_free (remembered->server);
  g_free (remembered->resource);
  g_free (remembered->user);
  g_free (remembered);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Remembered, remembered_free)

/* NULL when the settings hold no usable sign-in. */
static Remembered *
read_settings (GSettings *settings)
{
  g_autoptr(Remembered) remembered = g_new0 (Remembered, 1);
  int server_kind = get_enum_setting (settings, "server-kind", TICKETS_TYPE_SERVER_KIND);
  int sign_in_kind = get_enum_setting (settings, "sign-in-kind", TICKETS_TYPE_SIGN_IN_KIND);

  if (server_kind == -1 || sign_in_kind == -1)
    return NULL;

  remembered->server_kind = server_kind;
  remembered->sign_in_kind = sign_in_kind;
  if (server_kind == TICKETS_SERVER_CUSTOM)
    remembered->server = dup_setting (settings, "custom-server");
  if (sign_in_kind == TICKETS_SIGN_IN_ORDER || sign_in_kind == TICKETS_SIGN_IN_REQUEST)
    remembered->resource = dup_setting (settings, "sign-in-uri");
  if (sign_in_kind == TICKETS_SIGN_IN_STAFF)
    remembered->user = dup_setting (settings, "staff-user");

  if ((server_kind == TICKETS_SERVER_CUSTOM && remembered->server == NULL) ||
      !tickets_connection_has_required_parts (sign_in_kind, remembered->resource, remembered->user))
    return NULL;

  return g_steal_pointer (&remembered);
}

static void
on_secret_looked_up (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Remembered *remembered = g_object_get_data (G_OBJECT (task), "tickets-remembered");
  g_autolist(SecretItem) items = NULL;
  g_autoptr(SecretValue) value = NULL;
  TicketsConnection *connection;
  const char *secret;
  GError *error = NULL;

  items = secret_service_search_finish (SECRET_SERVICE (source), result, &error);
  if (error != NULL)
    {
      return_keyring_error (task, error);
      return;
    }
  if (items != NULL)
    value = secret_item_get_secret (items->data);

  /* A secret someone else changed into something unusable is as good as gone. */
  secret = value != NULL ? secret_value_get_text (value) : NULL;
  if (secret == NULL || !tickets_connection_check_secret (remembered->sign_in_kind, secret))
    {
      g_task_return_pointer (task, NULL, NULL);
      return;
    }

  connection = tickets_connection_new (remembered->server_kind, remembered->server, remembered->sign_in_kind,
                                       remembered->resource, remembered->user, secret);
  tickets_connection_set_remembered (connection, TRUE);
  g_task_return_pointer (task, connection, g_object_unref);
}

static void
look_up_secret (GTask *task)
{
  KeyringCall *call = g_task_get_task_data (task);
  Remembered *remembered = g_object_get_data (G_OBJECT (task), "tickets-remembered");

  call->attributes = build_attributes (remembered->server_kind, remembered->server, remembered->sign_in_kind,
                                       remembered->resource, remembered->user);
  /* Not secret_service_lookup(), which leaks a little with each call in
   * libsecret 0.20. */
  secret_service_search (call->service, get_secret_schema (), call->attributes,
                         SECRET_SEARCH_UNLOCK | SECRET_SEARCH_LOAD_SECRETS,
                         call->cancellable, on_secret_looked_up, g_object_ref (task));
}

void
tickets_connection_restore_async (GSettings           *settings,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Remembered *remembered;

  g_return_if_fail (G_IS_SETTINGS (settings));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = keyring_task_new (NULL, cancellable, callback, user_data, tickets_connection_restore_async);

  /* Nothing remembered: no need to wake a keyring. */
  remembered = read_settings (settings);
  if (remembered == NULL)
    {
      g_task_return_pointer (task, NULL, NULL);
      return;
    }

  g_object_set_data_full (G_OBJECT (task), "tickets-remembered", remembered, (GDestroyNotify) remembered_free);
  keyring_call_start (task, look_up_secret);
}

/**
 * tickets_connection_restore_finish:
 *
 * Returns: (transfer full) (nullable): the remembered connection
 */
TicketsConnection *
tickets_connection_restore_finish (GAsyncResult  *result,
                                   GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tickets_connection_restore_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Forgetting */

static void
on_secrets_cleared (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (!secret_service_clear_finish (SECRET_SERVICE (source), result, &error) && error != NULL)
    {
      return_keyring_error (task, error);
      return;
    }

  g_task_return_boolean (task, TRUE);
}

static void
clear_secrets (GTask *task)
{
  KeyringCall *call = g_task_get_task_data (task);

  call->attributes = g_hash_table_new (g_str_hash, g_str_equal);
  secret_service_clear (call->service, get_secret_schema (), call->attributes,
                        call->cancellable, on_secrets_cleared, g_object_ref (task));
}

void
tickets_connection_forget_async (GSettings           *settings,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_SETTINGS (settings));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = keyring_task_new (NULL, cancellable, callback, user_data, tickets_connection_forget_async);

  for (size_t i = 0; i < G_N_ELEMENTS (remembered_keys); i++)
    g_settings_reset (settings, remembered_keys[i]);

  keyring_call_start (task, clear_secrets);
}

gboolean
tickets_connection_forget_finish (GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tickets_connection_forget_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
