/* test-connection.c: remembering a sign-in, with and without a keyring
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs on a private session bus (GTestDBus) that starts no service by
 * itself, in a temporary home. Each test decides what answers as the Secret
 * Service: a real gnome-keyring-daemon with an unlocked keyring, nothing at
 * all, or a service that never answers. GSettings uses the memory backend
 * (tests/meson.build).
 */

#include "config.h"

#include <string.h>

#include <gio/gio.h>
#include <libsecret/secret.h>

#include "tickets-auth-private.h"
#include "tickets-connection-keyring.h"
#include "tickets-error.h"
#include "tickets-test-keyring.h"
#include "tickets-test-sandbox.h"

#define SECRETS_NAME "org.freedesktop.secrets"
#define SECRETS_PATH "/org/freedesktop/secrets"
#define SECRETS_INTERFACE "org.freedesktop.Secret.Service"
#define ORDER_URI "https://shopping-api.paylogic.com/orders/1a701ca300944a0da88212b5c18e74d2"
#define REQUEST_URI "https://tickets.example.org/personalization-requests/cbc0fde8aa804984b559feab6d8fc683"

static char *home;

static gboolean
save (TicketsConnection  *connection,
      GSettings          *settings,
      GError            **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  tickets_connection_save_async (connection, settings, NULL, tickets_test_on_done, &result);

  return tickets_connection_save_finish (connection, tickets_test_keyring_wait_result (&result), error);
}

static TicketsConnection *
restore (GSettings  *settings,
         GError    **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  tickets_connection_restore_async (settings, NULL, tickets_test_on_done, &result);

  return tickets_connection_restore_finish (tickets_test_keyring_wait_result (&result), error);
}

static gboolean
forget (GSettings  *settings,
        GError    **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  tickets_connection_forget_async (settings, NULL, tickets_test_on_done, &result);

  return tickets_connection_forget_finish (tickets_test_keyring_wait_result (&result), error);
}

static char **
list_keys (GSettings *settings)
{
  g_autoptr(GSettingsSchema) settings_schema = NULL;

  g_object_get (settings, "settings-schema", &settings_schema, NULL);

  return g_settings_schema_list_keys (settings_schema);
}

/* The application's settings, every key at its default. */
static GSettings *
new_settings (void)
{
  GSettings *settings = g_settings_new (APP_ID);
  g_auto(GStrv) keys = list_keys (settings);

  for (guint i = 0; keys[i] != NULL; i++)
    g_settings_reset (settings, keys[i]);

  return settings;
}

static void
assert_secret_not_in_settings (GSettings  *settings,
                               const char *secret)
{
  g_auto(GStrv) keys = list_keys (settings);

  g_assert_cmpuint (g_strv_length (keys), >, 5);
  for (guint i = 0; keys[i] != NULL; i++)
    {
      g_autoptr(GVariant) value = g_settings_get_value (settings, keys[i]);
      g_autofree char *text = g_variant_print (value, FALSE);

      if (strstr (text, secret) != NULL)
        g_error ("The settings key “%s” holds the secret", keys[i]);
    }
}

static gboolean
contains (const char *contents,
          size_t      length,
          const char *secret)
{
  size_t secret_length = strlen (secret);

  for (size_t i = 0; i + secret_length <= length; i++)
    if (memcmp (contents + i, secret, secret_length) == 0)
      return TRUE;

  return FALSE;
}

/* Nothing in the temporary home (the keyring's files included: they are
 * encrypted) holds the secret in the clear. */
static void
assert_secret_not_in_files (const char *directory,
                            const char *secret)
{
  g_autoptr(GDir) dir = g_dir_open (directory, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (directory, name, NULL);
      g_autofree char *contents = NULL;
      size_t length;

      if (g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        continue;
      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        assert_secret_not_in_files (path, secret);
      else if (g_file_test (path, G_FILE_TEST_IS_REGULAR) &&
               g_file_get_contents (path, &contents, &length, NULL) &&
               contains (contents, length, secret))
        g_error ("The file %s holds the secret", path);
    }
}

static void
assert_settings_forgotten (GSettings *settings)
{
  const char *keys[] = { "server-kind", "custom-server", "sign-in-kind", "sign-in-uri", "staff-user" };
  g_autofree char *sign_in_kind = g_settings_get_string (settings, "sign-in-kind");

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_autoptr(GVariant) user_value = g_settings_get_user_value (settings, keys[i]);

      g_assert_null (user_value);
    }
  g_assert_cmpstr (sign_in_kind, ==, "none");
}

static void
assert_setting (GSettings  *settings,
                const char *key,
                const char *expected)
{
  g_autofree char *value = g_settings_get_string (settings, key);

  g_assert_cmpstr (value, ==, expected);
}

static char *
dup_header_value (TicketsConnection *connection)
{
  g_autoptr(TicketsAuth) auth = tickets_connection_dup_auth (connection);

  g_assert_nonnull (auth);

  return g_strdup (tickets_auth_get_header_value (auth));
}

static SecretService *
get_service (void)
{
  g_autoptr(GError) error = NULL;
  SecretService *service = secret_service_get_sync (SECRET_SERVICE_NONE, NULL, &error);

  g_assert_no_error (error);

  return service;
}

/* Every item of the application's schema, secrets loaded. */
static GList *
search_items (void)
{
  g_autoptr(SecretService) service = get_service ();
  g_autoptr(GHashTable) attributes = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  GList *items;

  items = secret_service_search_sync (service, tickets_connection_get_secret_schema (), attributes,
                                      SECRET_SEARCH_ALL | SECRET_SEARCH_UNLOCK | SECRET_SEARCH_LOAD_SECRETS,
                                      NULL, &error);
  g_assert_no_error (error);

  return items;
}

/* A Secret Service that takes every call and answers none: its objects live
 * in a main context that only runs once it is stopped, to let go of the
 * calls it holds. */

typedef struct
{
  GMainContext    *context;
  GDBusConnection *connection;
  guint            registration;
} SilentService;

#define SILENT_ERROR "org.example.Tickets.Test.Stopped"

static const char silent_service_xml[] =
  "<node>"
  "  <interface name='" SECRETS_INTERFACE "'>"
  "    <method name='OpenSession'>"
  "      <arg type='s' direction='in'/><arg type='v' direction='in'/>"
  "      <arg type='v' direction='out'/><arg type='o' direction='out'/>"
  "    </method>"
  "    <method name='SearchItems'>"
  "      <arg type='a{ss}' direction='in'/>"
  "      <arg type='ao' direction='out'/><arg type='ao' direction='out'/>"
  "    </method>"
  "    <method name='ReadAlias'>"
  "      <arg type='s' direction='in'/><arg type='o' direction='out'/>"
  "    </method>"
  "    <property name='Collections' type='ao' access='read'/>"
  "  </interface>"
  "</node>";

static void
silent_method_call (GDBusConnection       *connection,
                    const char            *sender,
                    const char            *object_path,
                    const char            *interface_name,
                    const char            *method_name,
                    GVariant              *parameters,
                    GDBusMethodInvocation *invocation,
                    gpointer               user_data)
{
  g_dbus_method_invocation_return_dbus_error (invocation, SILENT_ERROR, "Stopped");
}

static GVariant *
silent_get_property (GDBusConnection  *connection,
                     const char       *sender,
                     const char       *object_path,
                     const char       *interface_name,
                     const char       *property_name,
                     GError          **error,
                     gpointer          user_data)
{
  g_set_error_literal (error, G_DBUS_ERROR, G_DBUS_ERROR_FAILED, "Stopped");
  return NULL;
}

static const GDBusInterfaceVTable silent_vtable = { silent_method_call, silent_get_property, NULL, { 0 } };

static SilentService *
start_silent_service (void)
{
  SilentService *service = g_new0 (SilentService, 1);
  g_autoptr(GDBusNodeInfo) node = g_dbus_node_info_new_for_xml (silent_service_xml, NULL);
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;
  guint32 result;

  g_assert_nonnull (node);
  service->context = g_main_context_new ();
  service->connection = g_dbus_connection_new_for_address_sync (tickets_test_private_bus_get_address (),
                                                                G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                                                                G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
                                                                NULL, NULL, &error);
  g_assert_no_error (error);

  g_main_context_push_thread_default (service->context);
  service->registration = g_dbus_connection_register_object (service->connection, SECRETS_PATH,
                                                             node->interfaces[0], &silent_vtable,
                                                             NULL, NULL, &error);
  g_main_context_pop_thread_default (service->context);
  g_assert_no_error (error);

  reply = g_dbus_connection_call_sync (service->connection, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "RequestName",
                                       g_variant_new ("(su)", SECRETS_NAME, 4 /* DO_NOT_QUEUE */),
                                       G_VARIANT_TYPE ("(u)"), G_DBUS_CALL_FLAGS_NONE, -1, NULL, &error);
  g_assert_no_error (error);
  g_variant_get (reply, "(u)", &result);
  g_assert_cmpuint (result, ==, 1 /* PRIMARY_OWNER */);

  return service;
}

static void
stop_silent_service (SilentService *service)
{
  g_autoptr(GError) error = NULL;

  g_dbus_connection_unregister_object (service->connection, service->registration);
  g_dbus_connection_close_sync (service->connection, NULL, &error);
  g_assert_no_error (error);
  g_object_unref (service->connection);
  while (g_main_context_iteration (service->context, FALSE))
    ;
  g_main_context_unref (service->context);
  g_free (service);

  secret_service_disconnect ();
}

/* What each way of signing in keeps, and how its requests prove it. */
static void
test_new (void)
{
  g_autoptr(TicketsConnection) order = NULL;
  g_autoptr(TicketsConnection) cognito = NULL;
  g_autoptr(TicketsConnection) request = NULL;
  g_autoptr(TicketsConnection) staff = NULL;
  g_autofree char *order_header = NULL;
  g_autofree char *cognito_header = NULL;
  g_autofree char *request_header = NULL;
  g_autofree char *staff_header = NULL;
  g_autoptr(TicketsAuth) auth = NULL;

  /* Pasted from an email, with white space around it. */
  order = tickets_connection_new (TICKETS_SERVER_DEMO, "https://ignored.example.org", TICKETS_SIGN_IN_ORDER,
                                  ORDER_URI, "ignored", " demo-order-token\n");
  g_assert_cmpint (tickets_connection_get_server_kind (order), ==, TICKETS_SERVER_DEMO);
  g_assert_null (tickets_connection_get_server (order));
  g_assert_cmpint (tickets_connection_get_sign_in_kind (order), ==, TICKETS_SIGN_IN_ORDER);
  g_assert_cmpstr (tickets_connection_get_resource (order), ==, ORDER_URI);
  g_assert_null (tickets_connection_get_user (order));
  g_assert_false (tickets_connection_get_remembered (order));
  auth = tickets_connection_dup_auth (order);
  g_assert_cmpint (tickets_auth_get_mode (auth), ==, TICKETS_AUTH_ORDER_TOKEN);
  order_header = dup_header_value (order);
  g_assert_cmpstr (order_header, ==, "demo-order-token");

  cognito = tickets_connection_new (TICKETS_SERVER_PAYLOGIC, NULL, TICKETS_SIGN_IN_COGNITO,
                                    ORDER_URI, NULL, "demo-cognito-token");
  g_assert_null (tickets_connection_get_resource (cognito));
  cognito_header = dup_header_value (cognito);
  g_assert_cmpstr (cognito_header, ==, "demo-cognito-token");
  g_clear_pointer (&auth, tickets_auth_unref);
  auth = tickets_connection_dup_auth (cognito);
  g_assert_cmpint (tickets_auth_get_mode (auth), ==, TICKETS_AUTH_COGNITO_TOKEN);

  request = tickets_connection_new (TICKETS_SERVER_CUSTOM, "https://tickets.example.org", TICKETS_SIGN_IN_REQUEST,
                                    REQUEST_URI, NULL, "demo-request-token");
  g_assert_cmpstr (tickets_connection_get_server (request), ==, "https://tickets.example.org");
  g_assert_cmpstr (tickets_connection_get_resource (request), ==, REQUEST_URI);
  request_header = dup_header_value (request);
  g_assert_cmpstr (request_header, ==, "demo-request-token");
  g_clear_pointer (&auth, tickets_auth_unref);
  auth = tickets_connection_dup_auth (request);
  g_assert_cmpint (tickets_auth_get_mode (auth), ==, TICKETS_AUTH_PERSONALIZATION_REQUEST_TOKEN);

  /* A password is taken as typed, spaces and all. */
  staff = tickets_connection_new (TICKETS_SERVER_DEMO, NULL, TICKETS_SIGN_IN_STAFF,
                                  NULL, "boxoffice", "boxoffice-demo ");
  g_assert_null (tickets_connection_get_resource (staff));
  g_assert_cmpstr (tickets_connection_get_user (staff), ==, "boxoffice");
  staff_header = dup_header_value (staff);
  g_assert_cmpstr (staff_header, ==, "Basic Ym94b2ZmaWNlOmJveG9mZmljZS1kZW1vIA==");
}

static void
test_check (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (tickets_connection_check_secret (TICKETS_SIGN_IN_ORDER, "demo-order-token\r\n"));
  g_assert_false (tickets_connection_check_secret (TICKETS_SIGN_IN_ORDER, " \n"));
  g_assert_false (tickets_connection_check_secret (TICKETS_SIGN_IN_COGNITO, "two\nlines"));
  g_assert_false (tickets_connection_check_secret (TICKETS_SIGN_IN_REQUEST, ""));
  g_assert_true (tickets_connection_check_secret (TICKETS_SIGN_IN_STAFF, " "));
  g_assert_false (tickets_connection_check_secret (TICKETS_SIGN_IN_STAFF, ""));

  g_assert_true (tickets_connection_check_server ("https://tickets.example.org", &error));
  g_assert_no_error (error);
  g_assert_true (tickets_connection_check_server ("http://127.0.0.1:8080", &error));
  g_assert_no_error (error);

  g_assert_false (tickets_connection_check_server ("http://tickets.example.org", &error));
  g_assert_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_INSECURE);
  g_clear_error (&error);
  g_assert_false (tickets_connection_check_server ("tickets example", &error));
  g_assert_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_INVALID_URI);
  g_clear_error (&error);

  /* The address goes to GSettings and the keyring's attributes, in the clear:
   * a password in it would too. */
  g_assert_false (tickets_connection_check_server ("https://staff:s3cret@tickets.example.org", &error));
  g_assert_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_INVALID_URI);
  g_assert_null (strstr (error->message, "s3cret"));
  g_clear_error (&error);
  g_assert_false (tickets_connection_check_server ("https://staff@tickets.example.org", &error));
  g_assert_error (error, TICKETS_API_ERROR, TICKETS_API_ERROR_INVALID_URI);
}

/* No Secret Service on the bus: saving says so, the secret stays in the
 * connection only, and nothing comes back next time. */
static void
test_no_keyring (void)
{
  g_autoptr(GSettings) settings = new_settings ();
  g_autoptr(TicketsConnection) connection = NULL;
  g_autoptr(TicketsConnection) restored = NULL;
  g_autofree char *header = NULL;
  g_autoptr(GError) error = NULL;
  guint notified = 0;

  tickets_test_keyring_down ();
  g_assert_false (tickets_test_bus_has_owner (SECRETS_NAME));

  connection = tickets_connection_new (TICKETS_SERVER_CUSTOM, "https://tickets.example.org", TICKETS_SIGN_IN_ORDER,
                                       ORDER_URI, NULL, "no-keyring-order-token");
  tickets_test_count_signal (connection, "notify::remembered", &notified);
  g_assert_false (save (connection, settings, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
  g_clear_error (&error);
  g_assert_false (tickets_connection_get_remembered (connection));
  g_assert_cmpuint (notified, ==, 0);

  /* The choice is remembered, its secret nowhere but in memory. */
  assert_setting (settings, "server-kind", "custom");
  assert_setting (settings, "custom-server", "https://tickets.example.org");
  assert_setting (settings, "sign-in-kind", "order");
  assert_setting (settings, "sign-in-uri", ORDER_URI);
  assert_secret_not_in_settings (settings, "no-keyring-order-token");
  assert_secret_not_in_files (home, "no-keyring-order-token");
  header = dup_header_value (connection);
  g_assert_cmpstr (header, ==, "no-keyring-order-token");

  restored = restore (settings, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
  g_assert_null (restored);
  g_clear_error (&error);

  g_assert_false (forget (settings, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
  g_clear_error (&error);
  assert_settings_forgotten (settings);

  /* Nothing remembered: no keyring is asked, and no error. */
  restored = restore (settings, &error);
  g_assert_no_error (error);
  g_assert_null (restored);
}

/* A Secret Service that never answers costs the user a few seconds, not
 * the sign-in. */
static void
test_silent_keyring (void)
{
  g_autoptr(GSettings) settings = new_settings ();
  g_autoptr(TicketsConnection) connection = NULL;
  g_autoptr(GError) error = NULL;
  SilentService *service;

  tickets_test_keyring_down ();
  service = start_silent_service ();

  connection = tickets_connection_new (TICKETS_SERVER_PAYLOGIC, NULL, TICKETS_SIGN_IN_COGNITO,
                                       NULL, NULL, "silent-cognito-token");
  g_assert_false (save (connection, settings, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
  g_assert_false (tickets_connection_get_remembered (connection));
  assert_setting (settings, "sign-in-kind", "cognito");
  assert_secret_not_in_settings (settings, "silent-cognito-token");

  stop_silent_service (service);
}

typedef struct
{
  TicketsServerKind  server_kind;
  const char        *server;
  TicketsSignInKind  sign_in_kind;
  const char        *resource;
  const char        *user;
  const char        *secret;
  const char        *server_attribute;
  const char        *kind_attribute;
} Saved;

static const Saved saved[] = {
  { TICKETS_SERVER_DEMO, NULL, TICKETS_SIGN_IN_ORDER, ORDER_URI, NULL, "round-trip-order-token",
    "demo", "order" },
  { TICKETS_SERVER_PAYLOGIC, NULL, TICKETS_SIGN_IN_COGNITO, NULL, NULL, "round-trip-cognito-token",
    TICKETS_PAYLOGIC_SERVER, "cognito" },
  { TICKETS_SERVER_CUSTOM, "https://tickets.example.org", TICKETS_SIGN_IN_REQUEST, REQUEST_URI, NULL,
    "round-trip-request-token", "https://tickets.example.org", "request" },
  { TICKETS_SERVER_CUSTOM, "http://127.0.0.1:8080", TICKETS_SIGN_IN_STAFF, NULL, "boxoffice",
    "round-trip password", "http://127.0.0.1:8080", "staff" },
};

/* The one item the keyring holds for Tickets is the one just saved, in the
 * default collection. */
static void
assert_keyring_holds (const Saved *expected)
{
  g_autolist(SecretItem) items = search_items ();
  g_autofree char *collection = tickets_test_keyring_dup_default_collection ();
  g_autoptr(GHashTable) attributes = NULL;
  g_autoptr(SecretValue) value = NULL;
  g_autofree char *label = NULL;
  SecretItem *item;

  g_assert_cmpuint (g_list_length (items), ==, 1);
  item = items->data;

  g_assert_true (g_str_has_prefix (g_dbus_proxy_get_object_path (G_DBUS_PROXY (item)), collection));
  label = secret_item_get_label (item);
  g_assert_true (g_str_has_prefix (label, "Tickets"));
  attributes = secret_item_get_attributes (item);
  g_assert_cmpstr (g_hash_table_lookup (attributes, "server"), ==, expected->server_attribute);
  g_assert_cmpstr (g_hash_table_lookup (attributes, "kind"), ==, expected->kind_attribute);
  g_assert_cmpstr (g_hash_table_lookup (attributes, "resource"), ==, expected->resource);
  g_assert_cmpstr (g_hash_table_lookup (attributes, "user"), ==, expected->user);
  value = secret_item_get_secret (item);
  g_assert_nonnull (value);
  g_assert_cmpstr (secret_value_get_text (value), ==, expected->secret);
}

/* Saved, restored and forgotten against gnome-keyring: each way of signing
 * in on each kind of server, each save taking the place of the one before. */
static void
test_keyring_round_trip (void)
{
  g_autoptr(GSettings) settings = new_settings ();
  g_autoptr(TicketsConnection) restored = NULL;
  g_autolist(SecretItem) items = NULL;
  g_autoptr(GError) error = NULL;

  if (!tickets_test_keyring_up ())
    return;

  for (guint i = 0; i < G_N_ELEMENTS (saved); i++)
    {
      const Saved *expected = &saved[i];
      g_autoptr(TicketsConnection) connection = NULL;
      g_autoptr(TicketsConnection) back = NULL;
      g_autofree char *header = NULL;
      g_autofree char *back_header = NULL;
      guint notified = 0;

      g_test_message ("saving the sign-in of kind %s", expected->kind_attribute);
      connection = tickets_connection_new (expected->server_kind, expected->server, expected->sign_in_kind,
                                           expected->resource, expected->user, expected->secret);
      tickets_test_count_signal (connection, "notify::remembered", &notified);
      g_assert_true (save (connection, settings, &error));
      g_assert_no_error (error);
      g_assert_true (tickets_connection_get_remembered (connection));
      g_assert_cmpuint (notified, ==, 1);

      assert_secret_not_in_settings (settings, expected->secret);
      assert_keyring_holds (expected);

      back = restore (settings, &error);
      g_assert_no_error (error);
      g_assert_nonnull (back);
      g_assert_true (tickets_connection_get_remembered (back));
      g_assert_cmpint (tickets_connection_get_server_kind (back), ==, expected->server_kind);
      g_assert_cmpstr (tickets_connection_get_server (back), ==, expected->server);
      g_assert_cmpint (tickets_connection_get_sign_in_kind (back), ==, expected->sign_in_kind);
      g_assert_cmpstr (tickets_connection_get_resource (back), ==, expected->resource);
      g_assert_cmpstr (tickets_connection_get_user (back), ==, expected->user);
      header = dup_header_value (connection);
      back_header = dup_header_value (back);
      g_assert_cmpstr (back_header, ==, header);
    }

  assert_secret_not_in_files (home, "round-trip-order-token");

  g_assert_true (forget (settings, &error));
  g_assert_no_error (error);
  assert_settings_forgotten (settings);
  items = search_items ();
  g_assert_null (items);

  restored = restore (settings, &error);
  g_assert_no_error (error);
  g_assert_null (restored);
}

/* Someone deleted the secret in Seahorse: nothing to restore, no error. */
static void
test_keyring_secret_gone (void)
{
  g_autoptr(GSettings) settings = new_settings ();
  g_autoptr(TicketsConnection) connection = NULL;
  g_autoptr(TicketsConnection) restored = NULL;
  g_autoptr(SecretService) service = NULL;
  g_autoptr(GHashTable) attributes = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  if (!tickets_test_keyring_up ())
    return;

  connection = tickets_connection_new (TICKETS_SERVER_DEMO, NULL, TICKETS_SIGN_IN_STAFF,
                                       NULL, "boxoffice", "boxoffice-demo");
  g_assert_true (save (connection, settings, &error));
  g_assert_no_error (error);

  /* Asynchronously: libsecret's blocking calls leak in a main context of their own. */
  service = get_service ();
  attributes = g_hash_table_new (g_str_hash, g_str_equal);
  g_hash_table_insert (attributes, "user", "boxoffice");
  secret_service_clear (service, tickets_connection_get_secret_schema (), attributes, NULL, tickets_test_on_done, &result);
  g_assert_true (secret_service_clear_finish (service, tickets_test_keyring_wait_result (&result), &error));
  g_assert_no_error (error);
  g_assert_null (search_items ());

  restored = restore (settings, &error);
  g_assert_no_error (error);
  g_assert_null (restored);
  assert_setting (settings, "staff-user", "boxoffice");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  home = tickets_test_private_home ("connection");

  g_test_init (&argc, &argv, NULL);

  /* In this order: the tests without a keyring stop it, but need not. */
  g_test_add_func ("/connection/new", test_new);
  g_test_add_func ("/connection/check", test_check);
  g_test_add_func ("/connection/no-keyring", test_no_keyring);
  g_test_add_func ("/connection/silent-keyring", test_silent_keyring);
  g_test_add_func ("/connection/keyring-round-trip", test_keyring_round_trip);
  g_test_add_func ("/connection/keyring-secret-gone", test_keyring_secret_gone);

  status = tickets_test_run_on_private_bus ();

  tickets_test_remove_tree (home);
  g_free (home);

  return status;
}
