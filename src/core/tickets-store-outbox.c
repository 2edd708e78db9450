/* tickets-store-outbox.c: sending the outbox (being written)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-auth.h"
#include "tickets-store-private.h"

G_DEFINE_QUARK (tickets-store-error-quark, tickets_store_error)

struct _TicketsStoreSender
{
  GHashTable *auths;    /* identity → TicketsAuth */
  GListStore *changes;  /* TicketsChange */
};

void
tickets_store_sender_init (TicketsStore *self)
{
  self->sender = g_new0 (struct _TicketsStoreSender, 1);
  self->sender->auths = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) tickets_auth_unref);
  self->sender->changes = g_list_store_new (TICKETS_TYPE_CHANGE);
}

void
tickets_store_sender_finalize (TicketsStore *self)
{
  if (self->sender == NULL)
    return;
  g_clear_pointer (&self->sender->auths, g_hash_table_unref);
  g_clear_object (&self->sender->changes);
  g_clear_pointer (&self->sender, g_free);
  g_clear_object (&self->outbox);
  g_clear_pointer (&self->server_key, g_free);
}

void
tickets_store_set_storage (TicketsStore  *self,
                           const char    *server_key,
                           const char    *cache_dir,
                           TicketsOutbox *outbox)
{
  g_return_if_fail (TICKETS_IS_STORE (self));

  g_free (self->server_key);
  self->server_key = g_strdup (server_key);
  g_free (self->cache_dir);
  self->cache_dir = g_strdup (cache_dir);
  if (outbox != NULL)
    g_set_object (&self->outbox, outbox);
}

TicketsOutbox *
tickets_store_get_outbox (TicketsStore *self)
{
  g_return_val_if_fail (TICKETS_IS_STORE (self), NULL);
  return self->outbox;
}

void
tickets_store_add_auth (TicketsStore *self,
                        TicketsAuth  *auth)
{
  g_return_if_fail (TICKETS_IS_STORE (self));

  if (auth == NULL)
    return;
  g_hash_table_replace (self->sender->auths, tickets_auth_dup_identity (auth), tickets_auth_ref (auth));
}

GListModel *
tickets_store_get_changes (TicketsStore *self)
{
  g_return_val_if_fail (TICKETS_IS_STORE (self), NULL);
  return G_LIST_MODEL (self->sender->changes);
}

guint
tickets_store_get_n_unsent (TicketsStore *self)
{
  guint n = 0;

  g_return_val_if_fail (TICKETS_IS_STORE (self), 0);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->sender->changes)); i++)
    {
      g_autoptr(TicketsChange) change = g_list_model_get_item (G_LIST_MODEL (self->sender->changes), i);

      if (tickets_change_get_state (change) != TICKETS_OUTBOX_DONE)
        n++;
    }
  return n;
}

void
tickets_store_retry_change (TicketsStore *self,
                            const char   *id)
{
  g_return_if_fail (TICKETS_IS_STORE (self));
}

gboolean
tickets_store_discard_change (TicketsStore  *self,
                              const char    *id,
                              GError       **error)
{
  g_return_val_if_fail (TICKETS_IS_STORE (self), FALSE);
  return TRUE;
}

gboolean
tickets_store_has_unsent (TicketsStore *self,
                          TicketsAuth  *auth)
{
  g_autofree char *identity = NULL;

  g_return_val_if_fail (TICKETS_IS_STORE (self), FALSE);

  if (self->outbox == NULL)
    return FALSE;
  identity = auth != NULL ? tickets_auth_dup_identity (auth) : NULL;
  return tickets_outbox_count_unsent (self->outbox, self->server_key, identity) > 0;
}
