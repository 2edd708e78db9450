/* tickets-store-load-engine.c: a GET, parsed in a thread, kept in the cache
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tickets-error.h"
#include "tickets-store-load-private.h"

/* Big answers (an order of thousands of tickets) take a while to parse:
 * parsers are pure, so they run in a worker thread and only the merge into
 * the objects views hold happens in the main thread.
 *
 * With a cache (tickets_store_set_storage()), every answer that parsed is
 * kept there, from that thread. A cached load the store cannot answer from
 * its objects yet is answered from the cache first, marked "cached-at",
 * and the server's answer is then merged into the same objects (cached-at
 * back to 0), so views update in place. When the server cannot be reached
 * or fails for now, the cache's copy is the answer rather than the error. */

/* The first tickets of an order, kept apart: reopening a 1,000-ticket
 * order would otherwise wait for the whole answer to be parsed (about
 * 75 ms) before a row shows. A screenful is enough to draw the first rows
 * (each row built costs about 1.5 ms, and the order page builds all it is
 * given: 30 took 73-95 ms to the first frame, 8 take 38-77 ms); the whole
 * copy follows from a thread. */
#define N_HEAD_TICKETS 8

/* A scanner of JSON bytes that only finds where values end: it trusts the
 * bytes to be JSON (they parsed), and gives up on anything else. */
static gsize
skip_space (const char *s,
            gsize       i,
            gsize       n)
{
  while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
    i++;
  return i;
}

static gboolean
skip_string (const char *s,
             gsize      *i,
             gsize       n)
{
  if (*i >= n || s[*i] != '"')
    return FALSE;
  for ((*i)++; *i < n; (*i)++)
    {
      if (s[*i] == '\\')
        (*i)++;
      else if (s[*i] == '"')
        {
          (*i)++;
          return TRUE;
        }
    }
  return FALSE;
}

static gboolean
skip_value (const char *s,
            gsize      *i,
            gsize       n)
{
  guint depth = 0;

  if (*i >= n)
    return FALSE;
  if (s[*i] == '"')
    return skip_string (s, i, n);
  if (s[*i] != '{' && s[*i] != '[')
    {
      while (*i < n && strchr (",}] \t\r\n", s[*i]) == NULL)
        (*i)++;
      return TRUE;
    }

  while (*i < n)
    {
      char c = s[*i];

      if (c == '"')
        {
          if (!skip_string (s, i, n))
            return FALSE;
          continue;
        }
      if (c == '{' || c == '[')
        depth++;
      else if ((c == '}' || c == ']') && --depth == 0)
        {
          (*i)++;
          return TRUE;
        }
      (*i)++;
    }
  return FALSE;
}

/* With *i on an object's "{": moves *i to the value of its member @key. */
static gboolean
find_member (const char *s,
             gsize      *i,
             gsize       n,
             const char *key)
{
  gsize key_length = strlen (key);

  if (*i >= n || s[*i] != '{')
    return FALSE;
  (*i)++;
  for (;;)
    {
      gsize start;

      *i = skip_space (s, *i, n);
      start = *i;
      if (!skip_string (s, i, n))
        return FALSE;
      *i = skip_space (s, *i, n);
      if (*i >= n || s[*i] != ':')
        return FALSE;
      *i = skip_space (s, *i + 1, n);
      if (*i - start >= key_length + 2 && memcmp (s + start + 1, key, key_length) == 0 && s[start + 1 + key_length] == '"')
        return TRUE;
      if (!skip_value (s, i, n))
        return FALSE;
      *i = skip_space (s, *i, n);
      if (*i >= n || s[*i] != ',')
        return FALSE;
      (*i)++;
    }
}

GBytes *
tickets_store_dup_order_head (GBytes *json,
                              guint   n_tickets)
{
  gsize n;
  const char *s = g_bytes_get_data (json, &n);
  gsize i = 0, array_end, cut;
  GByteArray *head;

  i = skip_space (s, i, n);
  if (!find_member (s, &i, n, "_embedded") || !find_member (s, &i, n, "shop:ticket") ||
      i >= n || s[i] != '[')
    return NULL;

  array_end = i;
  if (!skip_value (s, &array_end, n))
    return NULL;

  /* After the n-th ticket: the rest of the list goes, up to its "]". */
  cut = i + 1;
  for (guint k = 0; k < n_tickets; k++)
    {
      cut = skip_space (s, cut, n);
      if (k > 0)
        {
          if (cut >= n || s[cut] != ',')
            return NULL;   /* the list ended: no more tickets than that */
          cut = skip_space (s, cut + 1, n);
        }
      if (cut >= n || s[cut] == ']' || !skip_value (s, &cut, n))
        return NULL;
    }
  if (skip_space (s, cut, n) >= n || s[skip_space (s, cut, n)] == ']')
    return NULL;

  head = g_byte_array_sized_new (cut + (n - array_end) + 1);
  g_byte_array_append (head, (const guint8 *) s, cut);
  g_byte_array_append (head, (const guint8 *) "]", 1);
  g_byte_array_append (head, (const guint8 *) s + array_end, n - array_end);

  return g_byte_array_free_to_bytes (head);
}

typedef struct
{
  const TicketsLoad *load;
  char              *uri;
  char              *key;        /* the URI in the cache */
  TicketsCache      *cache;      /* NULL: none, or not for this load */
  GObject           *shown;      /* the list returned from the cache */
  GError            *net_error;  /* why the cache's copy is the answer */
  TicketsAuth       *auth;       /* NULL: the client's */
  gboolean           returned;
} LoadCall;

static void
load_call_free (LoadCall *call)
{
  g_free (call->uri);
  g_free (call->key);
  g_clear_object (&call->cache);
  g_clear_object (&call->shown);
  g_clear_error (&call->net_error);
  g_clear_pointer (&call->auth, tickets_auth_unref);
  g_free (call);
}

/* What a worker parses: the server's answer, or (bytes NULL) the cache's
 * copy, read in the worker too. */
typedef struct
{
  /* Not a reference: the worker may drop the job after the callback ran,
   * and must not keep the store alive then; the callback's own reference
   * keeps the task alive while the worker runs. */
  GTask    *load_task;
  GBytes   *bytes;
  gboolean  head;    /* the cache's head of an order, not its whole copy */
} ParseJob;

static void
parse_job_free (ParseJob *job)
{
  g_clear_pointer (&job->bytes, g_bytes_unref);
  g_free (job);
}

static void
mark_tickets_cached (TicketsResource *resource,
                     gint64           fetched)
{
  GListModel *tickets = tickets_resource_get_ticket_list (resource);

  tickets_resource_set_cached_at (resource, fetched);
  for (guint i = 0; tickets != NULL && i < g_list_model_get_n_items (tickets); i++)
    {
      g_autoptr(TicketsResource) ticket = g_list_model_get_item (tickets, i);

      tickets_resource_set_cached_at (ticket, fetched);
    }
}

/* The objects of a copy from the cache say when it was fetched; merged
 * into the store's, they say so there too. */
static void
mark_cached (gpointer fresh,
             gint64   fetched)
{
  if (TICKETS_IS_RESOURCE (fresh))
    {
      mark_tickets_cached (fresh, fetched);
      return;
    }

  for (guint i = 0; G_IS_LIST_MODEL (fresh) && i < g_list_model_get_n_items (fresh); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (fresh, i);

      if (TICKETS_IS_RESOURCE (item))
        mark_tickets_cached (TICKETS_RESOURCE (item), fetched);
    }
}

static void
parse_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  ParseJob *job = task_data;
  LoadCall *call = g_task_get_task_data (job->load_task);
  g_autoptr(GBytes) cached = NULL;
  GError *error = NULL;
  gint64 fetched = 0;
  gpointer fresh;

  if (job->bytes == NULL)
    {
      g_autofree char *head_key = job->head ? g_strconcat (call->key, "#head", NULL) : NULL;

      cached = tickets_cache_get (call->cache, job->head ? head_key : call->key, &fetched);
      if (cached == NULL)
        {
          g_task_return_pointer (task, NULL, NULL);
          return;
        }
    }

  fresh = call->load->parse (cached != NULL ? cached : job->bytes, &error);
  if (fresh == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  if (cached != NULL)
    mark_cached (fresh, fetched);
  else if (call->cache != NULL)
    {
      g_autoptr(GError) put_error = NULL;

      if (!tickets_cache_put (call->cache, call->key, job->bytes, 0, &put_error))
        g_warning ("Not kept in the cache: %s", put_error->message);
      else if (call->load->head)
        {
          g_autofree char *head_key = g_strconcat (call->key, "#head", NULL);
          g_autoptr(GBytes) head = tickets_store_dup_order_head (job->bytes, N_HEAD_TICKETS);

          /* A small order is its own head. */
          if (!tickets_cache_put (call->cache, head_key, head != NULL ? head : job->bytes, 0, &put_error))
            g_warning ("Not kept in the cache: %s", put_error->message);
        }
    }

  g_task_return_pointer (task, fresh, g_object_unref);
}

static void
run_parse (GTask               *task,
           GBytes              *bytes,
           gboolean             head,
           GAsyncReadyCallback  callback)
{
  g_autoptr(GTask) parse_task = NULL;
  ParseJob *job = g_new0 (ParseJob, 1);

  job->load_task = task;
  job->bytes = bytes;
  job->head = head;
  /* No source object, for the same reason. */
  parse_task = g_task_new (NULL, NULL, callback, g_object_ref (task));
  g_task_set_source_tag (parse_task, parse_in_thread);
  g_task_set_task_data (parse_task, job, (GDestroyNotify) parse_job_free);
  g_task_run_in_thread (parse_task, parse_in_thread);
}

/* What adopt() made of @fresh, returned, or (once a copy from the cache
 * was) merged into what was returned. */
static void
deliver (GTask   *task,
         gpointer fresh)
{
  TicketsStore *self = g_task_get_source_object (task);
  LoadCall *call = g_task_get_task_data (task);
  gpointer adopted = call->load->adopt (self, fresh);

  if (!call->returned)
    {
      call->returned = TRUE;
      if (call->load->adopt_returns_new && call->load->caching != TICKETS_LOAD_UNCACHED)
        call->shown = g_object_ref (adopted);
      g_task_return_pointer (task, call->load->adopt_returns_new ? adopted : g_object_ref (adopted),
                             g_object_unref);
      return;
    }

  /* A resource was merged in place by adopt(); a list is the one shown. */
  if (call->load->adopt_returns_new)
    {
      if (G_IS_LIST_STORE (call->shown))
        {
          guint n = g_list_model_get_n_items (G_LIST_MODEL (adopted));
          g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

          for (guint i = 0; i < n; i++)
            g_ptr_array_add (items, g_list_model_get_item (G_LIST_MODEL (adopted), i));
          g_list_store_splice (G_LIST_STORE (call->shown), 0,
                               g_list_model_get_n_items (G_LIST_MODEL (call->shown)),
                               items->pdata, items->len);
        }
      g_object_unref (adopted);
    }
}

static void
on_parsed (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  TicketsStore *self = g_task_get_source_object (task);
  LoadCall *call = g_task_get_task_data (task);
  g_autoptr(GObject) fresh = NULL;
  g_autoptr(GError) error = NULL;

  fresh = g_task_propagate_pointer (G_TASK (result), &error);
  tickets_store_operation_end (self, error);

  if (fresh != NULL)
    deliver (task, fresh);
  else if (!call->returned)
    g_task_return_error (task, g_steal_pointer (&error));
}

static void on_loaded (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data);

static void
fetch (GTask *task)
{
  TicketsStore *self = g_task_get_source_object (task);
  LoadCall *call = g_task_get_task_data (task);

  tickets_client_get_json_async (self->client, call->uri, call->auth, g_task_get_cancellable (task),
                                 on_loaded, g_object_ref (task));
}

/* The cache's copy, asked for before the server (cache first) or after it
 * failed (net_error set). */
static void
on_cache_parsed (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  TicketsStore *self = g_task_get_source_object (task);
  LoadCall *call = g_task_get_task_data (task);
  ParseJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GObject) fresh = NULL;

  /* A copy that no longer parses is as good as none. */
  fresh = g_task_propagate_pointer (G_TASK (result), NULL);

  if (call->net_error == NULL)
    {
      if (fresh != NULL)
        deliver (task, fresh);
      /* The first tickets are shown: now the whole copy, then the server. */
      if (job->head)
        run_parse (task, NULL, FALSE, on_cache_parsed);
      else
        fetch (task);
      return;
    }

  tickets_store_operation_end (self, call->net_error);
  if (fresh != NULL)
    deliver (task, fresh);
  else
    g_task_return_error (task, g_steal_pointer (&call->net_error));
}

/* The store's object of a one-resource load, NULL when it holds none. */
static gpointer
held_resource (TicketsStore *self,
               LoadCall     *call)
{
  GHashTable *map;

  if (call->load->caching != TICKETS_LOAD_CACHED_RESOURCE)
    return NULL;

  map = G_STRUCT_MEMBER (GHashTable *, self, call->load->map_offset);
  return tickets_store_lookup_by_href (map, call->uri);
}

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  TicketsStore *self = g_task_get_source_object (task);
  LoadCall *call = g_task_get_task_data (task);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  bytes = tickets_client_get_json_finish (TICKETS_CLIENT (source), result, &error);
  if (bytes != NULL)
    {
      run_parse (task, g_steal_pointer (&bytes), FALSE, on_parsed);
      return;
    }

  /* What the user cannot fix now: the copy kept, when there is one. */
  if (!call->returned && call->cache != NULL && call->load->caching != TICKETS_LOAD_UNCACHED &&
      (tickets_api_error_is_unreachable (error) || tickets_api_error_is_transient (error)))
    {
      gpointer known = held_resource (self, call);
      gint64 fetched = 0;
      g_autoptr(GBytes) kept = NULL;

      /* The store's object is at least as new as the cache's copy (changes
       * sent since are in it, not in the copy): it stays as it is, marked
       * with when it was last fetched. */
      if (known != NULL && (kept = tickets_cache_get (call->cache, call->key, &fetched)) != NULL)
        {
          tickets_store_operation_end (self, error);
          mark_tickets_cached (known, fetched);
          call->returned = TRUE;
          g_task_return_pointer (task, g_object_ref (known), g_object_unref);
          return;
        }

      call->net_error = g_steal_pointer (&error);
      run_parse (task, NULL, FALSE, on_cache_parsed);
      return;
    }

  tickets_store_operation_end (self, error);
  if (!call->returned)
    g_task_return_error (task, g_steal_pointer (&error));
}

/* Whether the store holds what @call loads, from the server or the cache:
 * then it is shown already, and the server is asked first. */
static gboolean
store_holds (TicketsStore *self,
             LoadCall     *call)
{
  if (call->load->caching == TICKETS_LOAD_CACHED_RESOURCE)
    return held_resource (self, call) != NULL;

  /* Lists are returned anew: each is shown from the cache once a run. */
  if (self->cached_lists == NULL)
    self->cached_lists = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (g_hash_table_contains (self->cached_lists, call->key))
    return TRUE;
  g_hash_table_add (self->cached_lists, g_strdup (call->key));

  return FALSE;
}

void
tickets_store_load_async (TicketsStore        *self,
                          char                *uri,
                          TicketsAuth         *auth,
                          const TicketsLoad   *load,
                          gpointer             source_tag,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  LoadCall *call;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, source_tag);
  call = g_new0 (LoadCall, 1);
  call->load = load;
  call->uri = uri;
  call->auth = auth != NULL ? tickets_auth_ref (auth) : NULL;
  g_task_set_task_data (task, call, (GDestroyNotify) load_call_free);
  /* What an earlier run left in the outbox for this sign-in can go. */
  tickets_store_add_auth (self, auth);

  if (load->caching != TICKETS_LOAD_UNCACHED)
    {
      TicketsCache *cache = tickets_store_get_cache (self, auth);

      call->cache = cache != NULL ? g_object_ref (cache) : NULL;
      call->key = tickets_store_cache_key (self, uri);
    }

  tickets_store_operation_begin (self);
  if (call->cache != NULL && !store_holds (self, call))
    run_parse (task, NULL, load->head, on_cache_parsed);
  else
    fetch (task);
}

gpointer
tickets_store_task_finish (TicketsStore  *self,
                           GAsyncResult  *result,
                           gpointer       source_tag,
                           GError       **error)
{
  g_return_val_if_fail (TICKETS_IS_STORE (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == source_tag, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
