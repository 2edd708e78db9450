/* tickets-people-search.c: a consumer search of what someone typed
 *
 * The one place that turns a typed text into GET /consumers: the counter's
 * field and the windows that pick a person all search through it, so a
 * single word is looked for in last names, then in first names,
 * everywhere.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-people-search.h"
#include "tickets-scan-input.h"
#include "tickets-store.h"

#define SEARCH_DELAY_MS 200

struct _TicketsPeopleSearch
{
  GObject           parent_instance;

  TicketsSession   *session;
  TicketsPagedList *results;
  GHashTable       *filters;
  /* Searched when the first page of the results comes back empty. */
  GHashTable       *fallback;
  guint             later_source;
  char             *later_text;
};

G_DEFINE_FINAL_TYPE (TicketsPeopleSearch, tickets_people_search, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_RESULTS,
  PROP_FILTERS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void search_with (TicketsPeopleSearch *self,
                         GHashTable          *filters,
                         GHashTable          *fallback);

static void
drop_results (TicketsPeopleSearch *self)
{
  if (self->results != NULL)
    g_signal_handlers_disconnect_by_data (self->results, self);
  g_clear_object (&self->results);
  g_clear_pointer (&self->filters, g_hash_table_unref);
  g_clear_pointer (&self->fallback, g_hash_table_unref);
}

static void
stop_later (TicketsPeopleSearch *self)
{
  g_clear_handle_id (&self->later_source, g_source_remove);
  g_clear_pointer (&self->later_text, g_free);
}

static void
on_results_loading (TicketsPagedList    *list,
                    GParamSpec          *pspec,
                    TicketsPeopleSearch *self)
{
  g_autoptr(GHashTable) fallback = NULL;

  if (tickets_paged_list_get_loading (list))
    return;

  /* Only the first page decides; later pages are the view's. */
  g_signal_handlers_disconnect_by_func (list, on_results_loading, self);

  if (tickets_paged_list_get_error (list) == NULL &&
      g_list_model_get_n_items (G_LIST_MODEL (list)) == 0 &&
      self->fallback != NULL)
    {
      fallback = g_steal_pointer (&self->fallback);
      search_with (self, fallback, NULL);
    }
}

static void
search_with (TicketsPeopleSearch *self,
             GHashTable          *filters,
             GHashTable          *fallback)
{
  TicketsStore *store = tickets_session_get_store (self->session);
  gboolean had_filters = self->filters != NULL;

  drop_results (self);

  if (store != NULL && filters != NULL)
    {
      self->results = tickets_store_search_consumers (store, filters, tickets_session_get_auth (self->session));
      self->filters = g_hash_table_ref (filters);
      self->fallback = fallback != NULL ? g_hash_table_ref (fallback) : NULL;
      g_signal_connect_object (self->results, "notify::loading",
                               G_CALLBACK (on_results_loading), self, 0);
    }

  /* The filters first: whoever follows "results" reads them. */
  if (had_filters || self->filters != NULL)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILTERS]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESULTS]);
}

static gboolean
run_later_cb (gpointer user_data)
{
  TicketsPeopleSearch *self = user_data;
  g_autofree char *text = g_steal_pointer (&self->later_text);

  self->later_source = 0;
  tickets_people_search_run (self, text);

  return G_SOURCE_REMOVE;
}

/* GObject */

static void
tickets_people_search_dispose (GObject *object)
{
  TicketsPeopleSearch *self = TICKETS_PEOPLE_SEARCH (object);

  stop_later (self);
  drop_results (self);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (tickets_people_search_parent_class)->dispose (object);
}

static void
tickets_people_search_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  TicketsPeopleSearch *self = TICKETS_PEOPLE_SEARCH (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    case PROP_RESULTS:
      g_value_set_object (value, self->results);
      break;

    case PROP_FILTERS:
      g_value_set_boxed (value, self->filters);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_people_search_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  TicketsPeopleSearch *self = TICKETS_PEOPLE_SEARCH (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_people_search_class_init (TicketsPeopleSearchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tickets_people_search_dispose;
  object_class->get_property = tickets_people_search_get_property;
  object_class->set_property = tickets_people_search_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         TICKETS_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_RESULTS] =
    g_param_spec_object ("results", NULL, NULL,
                         TICKETS_TYPE_PAGED_LIST,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_FILTERS] =
    g_param_spec_boxed ("filters", NULL, NULL,
                        G_TYPE_HASH_TABLE,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tickets_people_search_init (TicketsPeopleSearch *self)
{
}

/* Public API */

/**
 * tickets_people_search_new:
 * @session: whose store and auth search
 *
 * Returns: (transfer full): a new #TicketsPeopleSearch
 */
TicketsPeopleSearch *
tickets_people_search_new (TicketsSession *session)
{
  g_return_val_if_fail (TICKETS_IS_SESSION (session), NULL);

  return g_object_new (TICKETS_TYPE_PEOPLE_SEARCH, "session", session, NULL);
}

gboolean
tickets_people_search_run (TicketsPeopleSearch *self,
                           const char          *text)
{
  g_autoptr(GHashTable) filters = NULL;
  g_autoptr(GHashTable) fallback = NULL;

  g_return_val_if_fail (TICKETS_IS_PEOPLE_SEARCH (self), FALSE);

  stop_later (self);
  filters = tickets_scan_input_consumer_filters (text != NULL ? text : "");
  if (filters == NULL)
    {
      tickets_people_search_clear (self);
      return FALSE;
    }

  fallback = tickets_scan_input_consumer_fallback (text);
  search_with (self, filters, fallback);

  return TRUE;
}

void
tickets_people_search_run_later (TicketsPeopleSearch *self,
                                 const char          *text)
{
  g_autoptr(GHashTable) filters = NULL;

  g_return_if_fail (TICKETS_IS_PEOPLE_SEARCH (self));

  stop_later (self);
  filters = tickets_scan_input_consumer_filters (text != NULL ? text : "");
  if (filters == NULL)
    {
      tickets_people_search_clear (self);
      return;
    }

  self->later_text = g_strdup (text);
  self->later_source = g_timeout_add (SEARCH_DELAY_MS, run_later_cb, self);
  g_source_set_name_by_id (self->later_source, "[tickets] people search as typed");
}

void
tickets_people_search_clear (TicketsPeopleSearch *self)
{
  g_return_if_fail (TICKETS_IS_PEOPLE_SEARCH (self));

  stop_later (self);
  if (self->results == NULL && self->filters == NULL)
    return;

  drop_results (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILTERS]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESULTS]);
}

TicketsPagedList *
tickets_people_search_get_results (TicketsPeopleSearch *self)
{
  g_return_val_if_fail (TICKETS_IS_PEOPLE_SEARCH (self), NULL);

  return self->results;
}

GHashTable *
tickets_people_search_get_filters (TicketsPeopleSearch *self)
{
  g_return_val_if_fail (TICKETS_IS_PEOPLE_SEARCH (self), NULL);

  return self->filters;
}
