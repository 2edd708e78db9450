/* test-doc-order.c: the app, opened from the command line on an order made
 * of nothing but the documentation's own examples
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The documentation has no complete order, so the server here serves one
 * assembled from its example objects, each as the documentation prints it:
 * the order's links (the overview), the ticket (GET /tickets/{uid}), the
 * personalized ticket (GET /personalization/{uid}) and the event and products
 * embedded beside the Cognito user's tickets. The app is started as a user
 * would, `tickets --server URL --order URI --order-token TOKEN`, and the
 * window must show every holder, event and product name the examples hold.
 */

#include "config.h"

#include <locale.h>

#include <adwaita.h>
#include <libsoup/soup.h>

#include "tickets-application.h"
#include "tickets-json.h"
#include "tickets-window-private.h"

#define ORDER_UID   "87a2195h3gd162fb35c5a3dbd7bapo1l"
#define ORDER_TOKEN "doc-order-token"

static JsonNode *
load_example (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;
  JsonNode *node;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  node = tickets_json_parse (bytes, &error);
  g_assert_no_error (error);

  return node;
}

static JsonArray *
get_embedded (JsonNode   *document,
              const char *rel)
{
  JsonObject *embedded = json_object_get_object_member (json_node_get_object (document), "_embedded");

  return json_object_get_array_member (embedded, rel);
}

static void
append_copies (JsonArray *to,
               JsonArray *from)
{
  for (guint i = 0; i < json_array_get_length (from); i++)
    json_array_add_element (to, json_node_copy (json_array_get_element (from, i)));
}

static char *
build_order (void)
{
  g_autoptr(JsonNode) links = load_example ("doc-order-links.json");
  g_autoptr(JsonNode) ticket = load_example ("doc-ticket.json");
  g_autoptr(JsonNode) personalization = load_example ("doc-personalization.json");
  g_autoptr(JsonNode) cognito = load_example ("doc-tickets-cognito.json");
  g_autoptr(JsonNode) root = json_node_new (JSON_NODE_OBJECT);
  JsonObject *order = json_object_new ();
  JsonObject *embedded = json_object_new ();
  JsonArray *tickets = json_array_new ();
  JsonArray *products = json_array_new ();
  JsonArray *events = json_array_new ();

  json_object_set_member (order, "_links",
                          json_node_copy (json_object_get_member (json_node_get_object (links), "_links")));
  json_object_set_string_member (order, "uid", ORDER_UID);

  json_array_add_element (tickets, json_node_copy (ticket));
  append_copies (tickets, get_embedded (personalization, "shop:ticket"));
  append_copies (products, get_embedded (personalization, "shop:product"));
  append_copies (products, get_embedded (cognito, "shop:product"));
  append_copies (events, get_embedded (cognito, "shop:event"));

  json_object_set_array_member (embedded, "shop:ticket", tickets);
  json_object_set_array_member (embedded, "shop:product", products);
  json_object_set_array_member (embedded, "shop:event", events);
  json_object_set_object_member (order, "_embedded", embedded);
  json_node_take_object (root, order);

  return json_to_string (root, FALSE);
}

typedef struct
{
  char     *order_json;
  guint     n_requests;
  gboolean  token_seen;
} Server;

static void
on_request (SoupServer        *soup_server,
            SoupServerMessage *msg,
            const char        *path,
            GHashTable        *query,
            gpointer           user_data)
{
  Server *server = user_data;
  SoupMessageHeaders *headers = soup_server_message_get_request_headers (msg);

  server->n_requests++;
  if (g_strcmp0 (soup_message_headers_get_one (headers, "Order-Token"), ORDER_TOKEN) == 0)
    server->token_seen = TRUE;

  if (!g_str_equal (path, "/orders/" ORDER_UID))
    {
      soup_server_message_set_status (msg, SOUP_STATUS_NOT_FOUND, NULL);
      return;
    }

  soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response (msg, "application/hal+json", SOUP_MEMORY_COPY,
                                    server->order_json, strlen (server->order_json));
}

/* Every text the window shows: labels, and what rows tell a screen reader. */
static void
collect_texts (GtkWidget *widget,
               GString   *texts)
{
  if (!gtk_widget_get_mapped (widget))
    return;

  if (GTK_IS_LABEL (widget))
    g_string_append_printf (texts, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  else if (ADW_IS_WINDOW_TITLE (widget))
    g_string_append_printf (texts, "%s\n%s\n", adw_window_title_get_title (ADW_WINDOW_TITLE (widget)),
                            adw_window_title_get_subtitle (ADW_WINDOW_TITLE (widget)));

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_texts (child, texts);
}

typedef struct
{
  GApplication *app;
  GString      *texts;
  guint         n_frames;
  gint64        deadline;
} Watch;

static gboolean
watch_window (gpointer user_data)
{
  Watch *watch = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (watch->app));

  g_assert_cmpint (g_get_monotonic_time (), <, watch->deadline);
  if (window == NULL || g_strcmp0 (tickets_window_get_page_name (TICKETS_WINDOW (window)), "order") != 0)
    return G_SOURCE_CONTINUE;

  /* A few frames for the list to draw its rows. */
  if (watch->n_frames++ < 10)
    return G_SOURCE_CONTINUE;

  collect_texts (GTK_WIDGET (window), watch->texts);
  g_application_quit (watch->app);

  return G_SOURCE_REMOVE;
}

static void
assert_shown (const char *texts,
              const char *text)
{
  if (strstr (texts, text) == NULL)
    g_error ("“%s” is not shown; the window shows:\n%s", text, texts);
}

static void
test_doc_order (void)
{
  g_autoptr(SoupServer) soup_server = soup_server_new (NULL, NULL);
  g_autoptr(TicketsApplication) app = tickets_application_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) texts = g_string_new (NULL);
  g_autofree char *base = NULL;
  g_autofree char *order = NULL;
  Server server = { 0 };
  Watch watch = { 0 };
  GSList *uris;
  int status;

  server.order_json = build_order ();
  soup_server_add_handler (soup_server, NULL, on_request, &server, NULL);
  soup_server_listen_local (soup_server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);
  uris = soup_server_get_uris (soup_server);
  base = g_uri_to_string_partial (uris->data, G_URI_HIDE_PASSWORD);
  if (g_str_has_suffix (base, "/"))
    base[strlen (base) - 1] = '\0';
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
  order = g_strconcat (base, "/orders/", ORDER_UID, NULL);

  {
    const char *argv[] = { "tickets", "--server", base, "--order", order, "--order-token", ORDER_TOKEN, NULL };

    g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
    watch.app = G_APPLICATION (app);
    watch.texts = texts;
    watch.deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
    g_timeout_add (20, watch_window, &watch);
    status = g_application_run (G_APPLICATION (app), G_N_ELEMENTS (argv) - 1, (char **) argv);
  }

  g_assert_cmpint (status, ==, 0);
  g_assert_true (server.token_seen);
  g_assert_cmpuint (server.n_requests, >=, 1);

  /* The holders: the ticket's and the personalization's. */
  assert_shown (texts->str, "Blaise Test");
  assert_shown (texts->str, "Larry");
  /* The event beside the tickets, in the UI's language (English here). */
  assert_shown (texts->str, "Seventies LIVE");
  assert_shown (texts->str, "Paradiso - Kleine zaal");
  /* Each ticket's product, as named where it is embedded. */
  assert_shown (texts->str, "Membership");
  /* The examples' order has no reference: nothing says "(null)". */
  g_assert_null (strstr (texts->str, "(null)"));

  g_free (server.order_json);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "en", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/doc-order/every-name", test_doc_order);

  return g_test_run ();
}
