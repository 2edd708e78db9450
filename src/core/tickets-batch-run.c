/* tickets-batch-run.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-auth.h"
#include "tickets-batch-run.h"

/* Saving several tickets' holders at once, without a widget: the batch view
 * says who each ticket's holder is, and this sends them, one request per
 * holder and consent, one request after the other, and says how each ticket
 * fared. A ticket once saved stays saved: starting again sends only those
 * that were not (the failed, and those a stop left unsent). */

typedef struct
{
  TicketsTicket        *ticket;
  TicketsConsumer      *consumer;
  TicketsConsent        consent;
  TicketsBatchRunState  state;
  GError               *error;  /* the server's refusal, while FAILED */
} Item;

/* Tickets whose holders' details and consent are the same go in one
 * request: one request carries one consent. */
typedef struct
{
  GPtrArray       *items;  /* Item (borrowed) */
  TicketsConsumer *consumer;
  TicketsConsent   consent;
} Group;

struct _TicketsBatchRun
{
  GObject       parent_instance;

  TicketsStore *store;
  char         *order_uid;
  TicketsAuth  *auth;

  GPtrArray    *items;   /* Item, in the order they were added */
  GCancellable *cancellable;
  GPtrArray    *groups;  /* Group; NULL when not running */
  guint         next_group;
  guint         n_total;
  guint         n_done;
  guint         n_failed;
};

G_DEFINE_FINAL_TYPE (TicketsBatchRun, tickets_batch_run, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_N_TOTAL,
  PROP_N_DONE,
  PROP_N_FAILED,
  PROP_RUNNING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  ITEM_CHANGED,
  FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
item_free (Item *item)
{
  g_clear_object (&item->ticket);
  g_clear_object (&item->consumer);
  g_clear_error (&item->error);
  g_free (item);
}

static void
group_free (Group *group)
{
  g_ptr_array_unref (group->items);
  g_object_unref (group->consumer);
  g_free (group);
}

static Item *
find_item (TicketsBatchRun *self,
           TicketsTicket   *ticket)
{
  for (guint i = 0; i < self->items->len; i++)
    {
      Item *item = g_ptr_array_index (self->items, i);

      if (item->ticket == ticket)
        return item;
    }

  return NULL;
}

static void
set_item_state (TicketsBatchRun      *self,
                Item                 *item,
                TicketsBatchRunState  state,
                const GError         *error)
{
  item->state = state;
  g_clear_error (&item->error);
  if (error != NULL)
    item->error = g_error_copy (error);

  g_signal_emit (self, signals[ITEM_CHANGED], 0, item->ticket);
}

static void
set_counts (TicketsBatchRun *self,
            guint            n_total,
            guint            n_done,
            guint            n_failed)
{
  g_object_freeze_notify (G_OBJECT (self));
  if (self->n_total != n_total)
    {
      self->n_total = n_total;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_TOTAL]);
    }
  if (self->n_failed != n_failed)
    {
      self->n_failed = n_failed;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_FAILED]);
    }
  if (self->n_done != n_done)
    {
      self->n_done = n_done;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_DONE]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

static void
tickets_batch_run_dispose (GObject *object)
{
  TicketsBatchRun *self = TICKETS_BATCH_RUN (object);

  /* The callback of a request in flight sees the cancellation and stops there. */
  g_cancellable_cancel (self->cancellable);
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_ptr_array_set_size (self->items, 0);
  g_clear_object (&self->store);
  g_clear_pointer (&self->auth, tickets_auth_unref);

  G_OBJECT_CLASS (tickets_batch_run_parent_class)->dispose (object);
}

static void
tickets_batch_run_finalize (GObject *object)
{
  TicketsBatchRun *self = TICKETS_BATCH_RUN (object);

  g_ptr_array_unref (self->items);
  g_clear_object (&self->cancellable);
  g_free (self->order_uid);

  G_OBJECT_CLASS (tickets_batch_run_parent_class)->finalize (object);
}

static void
tickets_batch_run_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  TicketsBatchRun *self = TICKETS_BATCH_RUN (object);

  switch (prop_id)
    {
    case PROP_N_TOTAL:
      g_value_set_uint (value, self->n_total);
      break;
    case PROP_N_DONE:
      g_value_set_uint (value, self->n_done);
      break;
    case PROP_N_FAILED:
      g_value_set_uint (value, self->n_failed);
      break;
    case PROP_RUNNING:
      g_value_set_boolean (value, tickets_batch_run_get_running (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_batch_run_class_init (TicketsBatchRunClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tickets_batch_run_dispose;
  object_class->finalize = tickets_batch_run_finalize;
  object_class->get_property = tickets_batch_run_get_property;

  /* Tickets this run sends, of them answered, and of those refused. */
  properties[PROP_N_TOTAL] =
    g_param_spec_uint ("n-total", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_DONE] =
    g_param_spec_uint ("n-done", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_FAILED] =
    g_param_spec_uint ("n-failed", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RUNNING] =
    g_param_spec_boolean ("running", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* A ticket's state or error changed: ask tickets_batch_run_get_state(). */
  signals[ITEM_CHANGED] =
    g_signal_new ("item-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, TICKETS_TYPE_TICKET);
  /* The last request has answered (not emitted after a stop). */
  signals[FINISHED] =
    g_signal_new ("finished",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
tickets_batch_run_init (TicketsBatchRun *self)
{
  self->items = g_ptr_array_new_with_free_func ((GDestroyNotify) item_free);
  self->cancellable = g_cancellable_new ();
}

/**
 * tickets_batch_run_new:
 * @store: the store the requests go through
 * @order_uid: the order the tickets are of
 * @auth: (nullable): the auth to send them with; NULL for the client's
 *
 * Returns: (transfer full): a run with no tickets yet
 */
TicketsBatchRun *
tickets_batch_run_new (TicketsStore *store,
                       const char   *order_uid,
                       TicketsAuth  *auth)
{
  TicketsBatchRun *self;

  g_return_val_if_fail (TICKETS_IS_STORE (store), NULL);
  g_return_val_if_fail (order_uid != NULL, NULL);

  self = g_object_new (TICKETS_TYPE_BATCH_RUN, NULL);
  self->store = g_object_ref (store);
  self->order_uid = g_strdup (order_uid);
  self->auth = auth != NULL ? tickets_auth_ref (auth) : NULL;

  return self;
}

/**
 * tickets_batch_run_set_holder:
 *
 * Adds @ticket to the run, or changes what it will be saved with. A ticket
 * already saved keeps what it was saved with. Not while running.
 */
void
tickets_batch_run_set_holder (TicketsBatchRun *self,
                              TicketsTicket   *ticket,
                              TicketsConsumer *consumer,
                              TicketsConsent   consent)
{
  Item *item;

  g_return_if_fail (TICKETS_IS_BATCH_RUN (self));
  g_return_if_fail (TICKETS_IS_TICKET (ticket));
  g_return_if_fail (TICKETS_IS_CONSUMER (consumer));
  g_return_if_fail (!tickets_batch_run_get_running (self));

  item = find_item (self, ticket);
  if (item != NULL && item->state == TICKETS_BATCH_RUN_SAVED)
    return;
  if (item == NULL)
    {
      item = g_new0 (Item, 1);
      item->ticket = g_object_ref (ticket);
      g_ptr_array_add (self->items, item);
    }
  g_set_object (&item->consumer, consumer);
  item->consent = consent;
}

/**
 * tickets_batch_run_forget_unsaved:
 *
 * Drops every ticket not saved yet, to add again those that are still
 * wanted, in the order wanted. Not while running.
 */
void
tickets_batch_run_forget_unsaved (TicketsBatchRun *self)
{
  g_return_if_fail (TICKETS_IS_BATCH_RUN (self));
  g_return_if_fail (!tickets_batch_run_get_running (self));

  for (guint i = self->items->len; i > 0; i--)
    if (((Item *) g_ptr_array_index (self->items, i - 1))->state != TICKETS_BATCH_RUN_SAVED)
      g_ptr_array_remove_index (self->items, i - 1);
}

/* One group per holder and consent: every field the consumer sends, and
 * each box ticked. The same person may tick differently on two forms, and
 * each ticket must carry what was ticked on its own form. */
static GPtrArray *
group_by_holder (TicketsBatchRun *self)
{
  GPtrArray *groups = g_ptr_array_new_with_free_func ((GDestroyNotify) group_free);

  for (guint i = 0; i < self->items->len; i++)
    {
      Item *item = g_ptr_array_index (self->items, i);
      Group *group = NULL;

      if (item->state == TICKETS_BATCH_RUN_SAVED)
        continue;

      for (guint j = 0; group == NULL && j < groups->len; j++)
        {
          Group *candidate = g_ptr_array_index (groups, j);

          if (candidate->consent == item->consent && tickets_consumer_equal (candidate->consumer, item->consumer))
            group = candidate;
        }
      if (group == NULL)
        {
          group = g_new0 (Group, 1);
          group->items = g_ptr_array_new ();
          group->consumer = g_object_ref (item->consumer);
          group->consent = item->consent;
          g_ptr_array_add (groups, group);
        }
      g_ptr_array_add (group->items, item);
    }

  return groups;
}

static void send_next_group (TicketsBatchRun *self);

static void
on_group_saved (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(TicketsBatchRun) self = user_data;
  g_autoptr(TicketsPersonalization) personalization = NULL;
  g_autoptr(GError) error = NULL;
  Group *group;

  personalization = tickets_store_personalize_finish (TICKETS_STORE (source), result, &error);
  /* Stopped, or the run is gone: whoever cancelled has tidied up. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  group = g_ptr_array_index (self->groups, self->next_group++);
  for (guint i = 0; i < group->items->len; i++)
    set_item_state (self, g_ptr_array_index (group->items, i),
                    error != NULL ? TICKETS_BATCH_RUN_FAILED : TICKETS_BATCH_RUN_SAVED,
                    error);
  set_counts (self, self->n_total, self->n_done + group->items->len,
              self->n_failed + (error != NULL ? group->items->len : 0));

  send_next_group (self);
}

static void
send_next_group (TicketsBatchRun *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) uids = NULL;
  Group *group;

  if (self->next_group == self->groups->len)
    {
      g_clear_pointer (&self->groups, g_ptr_array_unref);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
      g_signal_emit (self, signals[FINISHED], 0);
      return;
    }

  group = g_ptr_array_index (self->groups, self->next_group);
  for (guint i = 0; i < group->items->len; i++)
    {
      Item *item = g_ptr_array_index (group->items, i);

      g_strv_builder_add (builder, tickets_resource_get_uid (TICKETS_RESOURCE (item->ticket)));
      set_item_state (self, item, TICKETS_BATCH_RUN_SAVING, NULL);
    }
  uids = g_strv_builder_end (builder);

  tickets_store_personalize_async (self->store, self->order_uid, (const char * const *) uids,
                                   group->consumer, group->consent, self->auth,
                                   self->cancellable, on_group_saved, g_object_ref (self));
}

/**
 * tickets_batch_run_start:
 *
 * Sends every ticket not saved yet, one request per holder and consent, in
 * the order the tickets were added; one request at a time. :running turns
 * TRUE before any ticket is queued.
 */
void
tickets_batch_run_start (TicketsBatchRun *self)
{
  guint n_total = 0;

  g_return_if_fail (TICKETS_IS_BATCH_RUN (self));
  g_return_if_fail (!tickets_batch_run_get_running (self));

  self->groups = group_by_holder (self);
  self->next_group = 0;
  for (guint i = 0; i < self->groups->len; i++)
    n_total += ((Group *) g_ptr_array_index (self->groups, i))->items->len;
  set_counts (self, n_total, 0, 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);

  for (guint i = 0; i < self->groups->len; i++)
    {
      Group *group = g_ptr_array_index (self->groups, i);

      for (guint j = 0; j < group->items->len; j++)
        set_item_state (self, g_ptr_array_index (group->items, j), TICKETS_BATCH_RUN_QUEUED, NULL);
    }

  send_next_group (self);
}

/**
 * tickets_batch_run_stop:
 *
 * Sends no more. The tickets not answered yet go back to PENDING, with the
 * one in flight: it may have reached the server, and saving the same
 * details again only says the same thing twice.
 */
void
tickets_batch_run_stop (TicketsBatchRun *self)
{
  g_autoptr(GPtrArray) groups = NULL;

  g_return_if_fail (TICKETS_IS_BATCH_RUN (self));

  g_cancellable_cancel (self->cancellable);
  g_object_unref (self->cancellable);
  self->cancellable = g_cancellable_new ();

  if (self->groups == NULL)
    return;

  groups = g_steal_pointer (&self->groups);
  for (guint i = self->next_group; i < groups->len; i++)
    {
      Group *group = g_ptr_array_index (groups, i);

      for (guint j = 0; j < group->items->len; j++)
        set_item_state (self, g_ptr_array_index (group->items, j), TICKETS_BATCH_RUN_PENDING, NULL);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
}

TicketsBatchRunState
tickets_batch_run_get_state (TicketsBatchRun *self,
                             TicketsTicket   *ticket)
{
  Item *item;

  g_return_val_if_fail (TICKETS_IS_BATCH_RUN (self), TICKETS_BATCH_RUN_PENDING);

  item = find_item (self, ticket);

  return item != NULL ? item->state : TICKETS_BATCH_RUN_PENDING;
}

/* The server's refusal of @ticket, while it is FAILED. */
const GError *
tickets_batch_run_get_error (TicketsBatchRun *self,
                             TicketsTicket   *ticket)
{
  Item *item;

  g_return_val_if_fail (TICKETS_IS_BATCH_RUN (self), NULL);

  item = find_item (self, ticket);

  return item != NULL ? item->error : NULL;
}

guint
tickets_batch_run_get_n_total (TicketsBatchRun *self)
{
  g_return_val_if_fail (TICKETS_IS_BATCH_RUN (self), 0);

  return self->n_total;
}

guint
tickets_batch_run_get_n_done (TicketsBatchRun *self)
{
  g_return_val_if_fail (TICKETS_IS_BATCH_RUN (self), 0);

  return self->n_done;
}

guint
tickets_batch_run_get_n_failed (TicketsBatchRun *self)
{
  g_return_val_if_fail (TICKETS_IS_BATCH_RUN (self), 0);

  return self->n_failed;
}

gboolean
tickets_batch_run_get_running (TicketsBatchRun *self)
{
  g_return_val_if_fail (TICKETS_IS_BATCH_RUN (self), FALSE);

  return self->groups != NULL;
}
