/* soak-driver.c: 200 changes through the real store and outbox, for soak.py
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Makes the soak test's 200 intended changes to the sandbox's big order
 * (--big-order 200) through TicketsStore and an outbox file, as the app
 * would: personalizations with the order's token, consumer revisions and
 * re-issues as box-office staff, each intent on a ticket of its own, so that
 * the harness can count from the sandbox's state file what was applied how
 * often. Intent i is kind i % 3 on ticket b16… i + 1, for email
 * soak-<i>@example.com; --list prints them for the harness.
 *
 * The harness kills this program at any moment and starts it again. So it
 * keeps nothing of its own: at start it reads the outbox, and an intent is
 * made only when no entry of the outbox names its ticket. A kill before an
 * intent's entry was written loses nothing (it is made in the next run), a
 * kill after it duplicates nothing (the store resumes the entry once it
 * knows its auth). It makes a few at a time, the next one when fewer than
 * --window are unsent, so that kills land between them too, and exits 0
 * once all 200 are in the outbox and none is unsent; 3 when some ended
 * refused, 4 at --deadline. Its last lines list every entry not done.
 */

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "tickets-auth.h"
#include "tickets-body.h"
#include "tickets-client.h"
#include "tickets-store-private.h"

#define N_INTENTS       200
#define BIG_ORDER       "b1600000000000000000000000000000"
#define BIG_ORDER_TOKEN "big-order-token"
#define STAFF_USER      "boxoffice"
#define STAFF_PASSWORD  "boxoffice-demo"

typedef enum
{
  INTENT_PERSONALIZE,
  INTENT_REVISION,
  INTENT_REISSUE,
  N_INTENT_KINDS,
} IntentKind;

static const char * const kind_names[] = { "personalize", "revision", "reissue" };

typedef struct
{
  TicketsClient *client;
  TicketsStore  *store;
  TicketsOutbox *outbox;
  TicketsAuth   *order_auth;
  TicketsAuth   *staff_auth;
  GMainLoop     *loop;
  gboolean       in_outbox[N_INTENTS];
  guint          next;
  guint          window;
  guint          last_settled;
  int            status;
} Driver;

static char *
intent_ticket (guint i)
{
  return g_strdup_printf ("b16%029x", i + 1);
}

static char *
intent_email (guint i)
{
  return g_strdup_printf ("soak-%03u@example.com", i);
}

/* The intent a ticket uid or URI stands for, or -1. */
static int
intent_of_ticket (const char *reference)
{
  const char *slash = strrchr (reference, '/');
  const char *uid = slash != NULL ? slash + 1 : reference;
  guint64 n;

  if (strlen (uid) != 32 || !g_str_has_prefix (uid, "b16") ||
      !g_ascii_string_to_unsigned (uid + 3, 16, 1, N_INTENTS, &n, NULL))
    return -1;

  return (int) n - 1;
}

static void
print_intents (void)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;

  json_builder_begin_array (builder);
  for (guint i = 0; i < N_INTENTS; i++)
    {
      g_autofree char *ticket = intent_ticket (i);
      g_autofree char *email = intent_email (i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "kind");
      json_builder_add_string_value (builder, kind_names[i % N_INTENT_KINDS]);
      json_builder_set_member_name (builder, "ticket");
      json_builder_add_string_value (builder, ticket);
      json_builder_set_member_name (builder, "email");
      json_builder_add_string_value (builder, email);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  root = json_builder_get_root (builder);
  text = json_to_string (root, TRUE);
  g_print ("%s\n", text);
}

/* Every ticket reference under a "tickets" member, at any depth. */
static void
collect_tickets (JsonNode   *node,
                 GPtrArray  *found)
{
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        collect_tickets (json_array_get_element (array, i), found);
    }
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObjectIter iter;
      const char *name;
      JsonNode *value;

      json_object_iter_init (&iter, json_node_get_object (node));
      while (json_object_iter_next (&iter, &name, &value))
        {
          if (g_str_equal (name, "tickets") && JSON_NODE_HOLDS_ARRAY (value))
            {
              JsonArray *array = json_node_get_array (value);

              for (guint i = 0; i < json_array_get_length (array); i++)
                {
                  JsonNode *element = json_array_get_element (array, i);

                  if (JSON_NODE_HOLDS_VALUE (element) && json_node_get_value_type (element) == G_TYPE_STRING)
                    g_ptr_array_add (found, (gpointer) json_node_get_string (element));
                }
            }
          else
            collect_tickets (value, found);
        }
    }
}

/* The intents an outbox entry carries (by the tickets in its body). */
static GArray *
entry_intents (const TicketsOutboxEntry *entry)
{
  GArray *intents = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  if (entry->body == NULL || !json_parser_load_from_data (parser, entry->body, -1, NULL))
    return intents;

  collect_tickets (json_parser_get_root (parser), found);
  for (guint i = 0; i < found->len; i++)
    {
      int intent = intent_of_ticket (g_ptr_array_index (found, i));

      if (intent >= 0)
        g_array_append_val (intents, intent);
    }

  return intents;
}

static char *
describe_entry (const TicketsOutboxEntry *entry)
{
  g_autoptr(GArray) intents = entry_intents (entry);
  g_autoptr(GString) text = g_string_new (NULL);

  g_string_append_printf (text, "entry %s state %s kind %d attempts %u intents",
                          entry->id, tickets_outbox_state_to_string (entry->state), entry->kind, entry->attempts);
  for (guint i = 0; i < intents->len; i++)
    g_string_append_printf (text, " %d", g_array_index (intents, int, i));
  /* last_error is the user's words about the server, never consumer data. */
  g_string_append_printf (text, " error: %s", entry->last_error != NULL ? entry->last_error : "none");

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static TicketsConsumer *
new_holder (guint i)
{
  TicketsConsumer *consumer = tickets_consumer_new ();
  g_autofree char *email = intent_email (i);

  tickets_consumer_set_first_name (consumer, "Soak");
  tickets_consumer_set_last_name (consumer, kind_names[i % N_INTENT_KINDS]);
  tickets_consumer_set_email (consumer, email);
  tickets_consumer_set_gender (consumer, TICKETS_GENDER_OTHER);
  tickets_consumer_set_date_of_birth (consumer, "1990-05-04");

  return consumer;
}

typedef struct
{
  Driver *driver;
  guint   intent;
} Call;

static void top_up (Driver *driver);

static void
on_answered (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autofree Call *call = user_data;
  g_autoptr(GError) error = NULL;
  gpointer answer;

  switch (call->intent % N_INTENT_KINDS)
    {
    case INTENT_PERSONALIZE:
      answer = tickets_store_personalize_finish (TICKETS_STORE (source), result, &error);
      g_clear_object (&answer);
      break;
    case INTENT_REVISION:
      answer = tickets_store_post_consumers_finish (TICKETS_STORE (source), result, &error);
      g_clear_pointer (&answer, g_ptr_array_unref);
      break;
    default:
      answer = tickets_store_reissue_tickets_finish (TICKETS_STORE (source), result, &error);
      g_clear_object (&answer);
      break;
    }

  if (error == NULL)
    g_print ("answer %u done\n", call->intent);
  else if (g_error_matches (error, TICKETS_STORE_ERROR, TICKETS_STORE_ERROR_QUEUED))
    g_print ("answer %u queued\n", call->intent);
  else
    g_print ("answer %u failed: %s\n", call->intent, error->message);

  top_up (call->driver);
}

static void
submit (Driver *driver,
        guint   i)
{
  g_autofree char *ticket = intent_ticket (i);
  g_autoptr(TicketsConsumer) holder = new_holder (i);
  const char * const tickets[] = { ticket, NULL };
  Call *call = g_new0 (Call, 1);

  call->driver = driver;
  call->intent = i;
  /* Decided: a kill from here until the entry is written loses it, and the
   * next run, not finding it in the outbox, makes it again. */
  g_print ("submit %u %s\n", i, kind_names[i % N_INTENT_KINDS]);
  fflush (stdout);

  switch (i % N_INTENT_KINDS)
    {
    case INTENT_PERSONALIZE:
      tickets_store_personalize_async (driver->store, BIG_ORDER, tickets, holder, TICKETS_CONSENT_NONE,
                                       driver->order_auth, NULL, on_answered, call);
      break;
    case INTENT_REVISION:
      {
        g_autoptr(GPtrArray) revisions = g_ptr_array_new_with_free_func ((GDestroyNotify) tickets_consumer_revision_free);

        g_ptr_array_add (revisions, tickets_consumer_revision_new (holder, tickets));
        tickets_store_post_consumers_async (driver->store, revisions, driver->staff_auth, NULL, on_answered, call);
      }
      break;
    default:
      tickets_store_reissue_tickets_async (driver->store, tickets, holder, driver->staff_auth,
                                           NULL, on_answered, call);
      break;
    }
}

static guint
count_unsent (Driver *driver)
{
  GListModel *changes = tickets_store_get_changes (driver->store);
  guint unsent = 0;

  for (guint i = 0; i < g_list_model_get_n_items (changes); i++)
    {
      g_autoptr(TicketsChange) change = g_list_model_get_item (changes, i);

      if (tickets_change_get_unsent (change))
        unsent++;
    }

  return unsent;
}

static guint
count_in_outbox (Driver *driver)
{
  guint n = 0;

  for (guint i = 0; i < N_INTENTS; i++)
    n += driver->in_outbox[i] ? 1 : 0;

  return n;
}

/* What the outbox holds at the end: the states, and each entry not done. */
static int
report (Driver *driver)
{
  g_autoptr(GPtrArray) entries = tickets_outbox_list (driver->outbox, NULL);
  guint counts[TICKETS_OUTBOX_UNKNOWN + 1] = { 0 };
  guint carried[N_INTENTS] = { 0 };
  gboolean twice = FALSE;

  for (guint i = 0; i < entries->len; i++)
    {
      TicketsOutboxEntry *entry = g_ptr_array_index (entries, i);
      g_autoptr(GArray) intents = entry_intents (entry);

      counts[entry->state]++;
      for (guint j = 0; j < intents->len; j++)
        twice |= ++carried[g_array_index (intents, int, j)] > 1;
      if (entry->state != TICKETS_OUTBOX_DONE)
        {
          g_autofree char *text = describe_entry (entry);

          g_print ("%s\n", text);
        }
    }

  g_print ("outbox: %u entries, %u done, %u refused, %u pending, %u sending, %u unknown\n",
           entries->len, counts[TICKETS_OUTBOX_DONE], counts[TICKETS_OUTBOX_REFUSED],
           counts[TICKETS_OUTBOX_PENDING], counts[TICKETS_OUTBOX_SENDING], counts[TICKETS_OUTBOX_UNKNOWN]);
  if (twice)
    g_print ("an intent is in more than one entry\n");

  return counts[TICKETS_OUTBOX_REFUSED] > 0 || twice ? 3 : 0;
}

static void
top_up (Driver *driver)
{
  guint unsent = count_unsent (driver);
  guint settled;

  while (driver->next < N_INTENTS && unsent < driver->window)
    {
      if (!driver->in_outbox[driver->next])
        {
          submit (driver, driver->next);
          driver->in_outbox[driver->next] = TRUE;
          unsent = count_unsent (driver);
        }
      driver->next++;
    }

  settled = count_in_outbox (driver) - MIN (unsent, count_in_outbox (driver));
  if (settled != driver->last_settled)
    {
      driver->last_settled = settled;
      g_print ("progress %u\n", settled);
      fflush (stdout);
    }

  if (driver->next == N_INTENTS && unsent == 0 && g_main_loop_is_running (driver->loop))
    {
      driver->status = report (driver);
      g_main_loop_quit (driver->loop);
    }
}

static void
on_change (TicketsStore  *store,
           TicketsChange *change,
           Driver        *driver)
{
  if (tickets_change_get_state (change) == TICKETS_OUTBOX_REFUSED)
    g_print ("refused %s: %s\n", tickets_change_get_id (change),
             tickets_change_get_last_error (change) != NULL ? tickets_change_get_last_error (change) : "");
  top_up (driver);
}

/* Each change's states as it goes, for lining up with the sandbox's faults. */
static void
on_change_state (TicketsChange *change,
                 GParamSpec    *pspec,
                 Driver        *driver)
{
  const char * const *uids = tickets_change_get_ticket_uids (change);
  g_autoptr(GString) text = g_string_new ("state");

  for (gsize i = 0; uids != NULL && uids[i] != NULL; i++)
    g_string_append_printf (text, " %d", intent_of_ticket (uids[i]));
  g_print ("%s %s attempts %u\n", text->str, tickets_outbox_state_to_string (tickets_change_get_state (change)),
           tickets_change_get_attempts (change));
  fflush (stdout);
}

static void
on_changes_changed (GListModel *changes,
                    guint       position,
                    guint       removed,
                    guint       added,
                    Driver     *driver)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(TicketsChange) change = g_list_model_get_item (changes, i);

      g_signal_connect (change, "notify::state", G_CALLBACK (on_change_state), driver);
    }
}

static gboolean
on_tick (gpointer user_data)
{
  top_up (user_data);
  return G_SOURCE_CONTINUE;
}

static gboolean
on_deadline (gpointer user_data)
{
  Driver *driver = user_data;

  g_print ("deadline: %u of %u in the outbox, %u unsent\n", count_in_outbox (driver), N_INTENTS,
           count_unsent (driver));
  report (driver);
  driver->status = 4;
  g_main_loop_quit (driver->loop);
  return G_SOURCE_REMOVE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autofree char *base = NULL;
  g_autofree char *outbox_path = NULL;
  gboolean list = FALSE;
  gboolean dump = FALSE;
  gboolean forget = FALSE;
  int window = 6;
  int timeout = 1;
  int initial_ms = 50;
  int max_ms = 400;
  int deadline = 150;
  Driver driver = { 0 };
  guint resumed = 0;
  const GOptionEntry options[] = {
    { "base", 0, 0, G_OPTION_ARG_STRING, &base, "The sandbox's base URL", "URL" },
    { "outbox", 0, 0, G_OPTION_ARG_FILENAME, &outbox_path, "The outbox file, kept across runs", "FILE" },
    { "window", 0, 0, G_OPTION_ARG_INT, &window, "Make the next intent while fewer are unsent (6)", "N" },
    { "timeout", 0, 0, G_OPTION_ARG_INT, &timeout, "The client's timeout (1)", "SECONDS" },
    { "backoff", 0, 0, G_OPTION_ARG_INT, &initial_ms, "The outbox's first retry delay (50)", "MS" },
    { "max-backoff", 0, 0, G_OPTION_ARG_INT, &max_ms, "The outbox's longest retry delay (400)", "MS" },
    { "deadline", 0, 0, G_OPTION_ARG_INT, &deadline, "Give up after this long, exit 4 (150)", "SECONDS" },
    { "list", 0, 0, G_OPTION_ARG_NONE, &list, "Print the intents as JSON and exit", NULL },
    { "dump", 0, 0, G_OPTION_ARG_NONE, &dump, "Print every entry of --outbox and exit", NULL },
    { "forget", 0, 0, G_OPTION_ARG_NONE, &forget,
      "Make every intent again, whatever the outbox holds: a harness must then see duplicates", NULL },
    { NULL }
  };

  context = g_option_context_new ("— the soak test's changes");
  g_option_context_add_main_entries (context, options, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  if (list)
    {
      print_intents ();
      return 0;
    }
  if (dump && outbox_path != NULL)
    {
      driver.outbox = tickets_outbox_open (outbox_path, &error);
      if (driver.outbox == NULL)
        {
          g_printerr ("%s\n", error->message);
          return 2;
        }
      entries = tickets_outbox_list (driver.outbox, NULL);
      for (guint i = 0; i < entries->len; i++)
        {
          g_autofree char *text = describe_entry (g_ptr_array_index (entries, i));

          g_print ("%s\n", text);
        }
      return 0;
    }
  if (base == NULL || outbox_path == NULL || window < 1 || timeout < 1 || initial_ms < 1 || max_ms < initial_ms)
    {
      g_printerr ("soak-driver needs --base and --outbox (and positive numbers)\n");
      return 2;
    }

  driver.client = tickets_client_new (base, &error);
  if (driver.client == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  /* Short, so that the sandbox's slow answers (--slow-ms above it) are
   * timeouts after sending: unclear failures. */
  tickets_client_set_timeout (driver.client, timeout);
  tickets_client_set_retry_policy (driver.client, 3, 50);

  driver.outbox = tickets_outbox_open (outbox_path, &error);
  if (driver.outbox == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  /* What an earlier run already wrote is not made again. */
  entries = tickets_outbox_list (driver.outbox, NULL);
  for (guint i = 0; i < entries->len; i++)
    {
      TicketsOutboxEntry *entry = g_ptr_array_index (entries, i);
      g_autoptr(GArray) intents = entry_intents (entry);

      for (guint j = 0; j < intents->len && !forget; j++)
        driver.in_outbox[g_array_index (intents, int, j)] = TRUE;
      resumed += entry->state != TICKETS_OUTBOX_DONE ? 1 : 0;
    }
  g_print ("start: %u of %u intents in the outbox, %u entries not done\n",
           count_in_outbox (&driver), N_INTENTS, resumed);
  fflush (stdout);

  driver.store = tickets_store_new (driver.client);
  driver.loop = g_main_loop_new (NULL, FALSE);
  driver.window = window;
  tickets_store_set_outbox_backoff (driver.store, initial_ms, max_ms);
  tickets_store_set_storage (driver.store, base, NULL, driver.outbox);
  g_signal_connect (tickets_store_get_changes (driver.store), "items-changed",
                    G_CALLBACK (on_changes_changed), &driver);
  on_changes_changed (tickets_store_get_changes (driver.store), 0, 0,
                      g_list_model_get_n_items (tickets_store_get_changes (driver.store)), &driver);
  g_signal_connect (driver.store, "change-sent", G_CALLBACK (on_change), &driver);
  g_signal_connect (driver.store, "change-refused", G_CALLBACK (on_change), &driver);

  /* The entries of an earlier run go out once their auths are known. */
  driver.order_auth = tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, BIG_ORDER_TOKEN);
  driver.staff_auth = tickets_auth_new_basic (STAFF_USER, STAFF_PASSWORD);
  tickets_store_add_auth (driver.store, driver.order_auth);
  tickets_store_add_auth (driver.store, driver.staff_auth);

  g_idle_add_once ((GSourceOnceFunc) top_up, &driver);
  g_timeout_add (100, on_tick, &driver);
  g_timeout_add_seconds (deadline, on_deadline, &driver);
  g_main_loop_run (driver.loop);

  /* Exits without tearing down: the store may still be reading back, and
   * the next run (or nobody) picks that up from the outbox. */
  fflush (stdout);
  _exit (driver.status);
}
