/* tickets-copy-sources.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The API lets a product's personalization form ask for a different
 * address on each of its tickets (`email.unique_per_product`: "each ticket
 * needs a different address"). The server counts the valid tickets of that
 * product, and compares addresses without regard to case. The single
 * ticket's form and the batch both ask this file, so they warn alike.
 */

#include "config.h"

#include <string.h>

#include "tickets-copy-sources.h"

static const char *
get_product_link (TicketsTicket *ticket)
{
  TicketsProduct *product = tickets_ticket_get_product (ticket);

  if (tickets_ticket_get_product_uri (ticket) != NULL)
    return tickets_ticket_get_product_uri (ticket);

  return product != NULL ? tickets_resource_get_href (TICKETS_RESOURCE (product)) : NULL;
}

gboolean
tickets_copy_sources_same_product (TicketsTicket *a,
                                   TicketsTicket *b)
{
  const char *link_a;
  const char *link_b;

  g_return_val_if_fail (TICKETS_IS_TICKET (a), FALSE);
  g_return_val_if_fail (TICKETS_IS_TICKET (b), FALSE);

  link_a = get_product_link (a);
  link_b = get_product_link (b);
  if (link_a != NULL && link_b != NULL)
    return g_str_equal (link_a, link_b);

  return tickets_ticket_get_product (a) != NULL && tickets_ticket_get_product (a) == tickets_ticket_get_product (b);
}

/* @text without the white space around it, as a slice of @text. */
static const char *
skip_space (const char *text,
            gsize      *length)
{
  const char *end;

  while (g_ascii_isspace (*text))
    text++;
  end = text + strlen (text);
  while (end > text && g_ascii_isspace (end[-1]))
    end--;
  *length = end - text;

  return text;
}

gboolean
tickets_copy_sources_same_email (const char *a,
                                 const char *b)
{
  gsize length_a;
  gsize length_b;

  if (a == NULL || b == NULL)
    return FALSE;

  a = skip_space (a, &length_a);
  b = skip_space (b, &length_b);

  return length_a > 0 && length_a == length_b && g_ascii_strncasecmp (a, b, length_a) == 0;
}

gboolean
tickets_copy_sources_emails_contain (const char * const *emails,
                                     const char         *email)
{
  for (guint i = 0; emails != NULL && emails[i] != NULL; i++)
    if (tickets_copy_sources_same_email (emails[i], email))
      return TRUE;

  return FALSE;
}

static gboolean
array_contains_email (GPtrArray  *emails,
                      const char *email)
{
  for (guint i = 0; i < emails->len; i++)
    if (tickets_copy_sources_same_email (g_ptr_array_index (emails, i), email))
      return TRUE;

  return FALSE;
}

/* Who @ticket will hold: what its form says while it is being named, else
 * who it holds now. */
static TicketsConsumer *
get_holder (TicketsTicket *ticket,
            GHashTable    *typed)
{
  gpointer holder;

  if (typed != NULL && g_hash_table_lookup_extended (typed, ticket, NULL, &holder))
    return holder;

  return tickets_ticket_get_consumer (ticket);
}

/* A ticket no longer valid (re-issued, cancelled) holds no address: the
 * server does not count it. One whose status is not known yet does. */
static gboolean
holds_place (TicketsTicket *ticket)
{
  const char *status = tickets_ticket_get_status (ticket);

  return status == NULL || g_str_equal (status, "valid");
}

/**
 * tickets_copy_sources_dup_taken_emails:
 * @tickets: the order's or the request's tickets
 * @ticket: the ticket being named
 * @typed: (nullable): TicketsTicket → TicketsConsumer, what the forms being
 *   filled say
 *
 * Returns: (transfer full): the addresses taken on @ticket's product
 */
GStrv
tickets_copy_sources_dup_taken_emails (GListModel    *tickets,
                                       TicketsTicket *ticket,
                                       GHashTable    *typed)
{
  g_autoptr(GPtrArray) taken = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (G_IS_LIST_MODEL (tickets), NULL);
  g_return_val_if_fail (TICKETS_IS_TICKET (ticket), NULL);

  for (guint i = 0; i < g_list_model_get_n_items (tickets); i++)
    {
      g_autoptr(TicketsTicket) other = g_list_model_get_item (tickets, i);
      TicketsConsumer *holder;
      const char *email;
      gsize length;

      if (other == ticket || !holds_place (other) || !tickets_copy_sources_same_product (other, ticket) ||
          (holder = get_holder (other, typed)) == NULL)
        continue;

      email = skip_space (tickets_consumer_get_email (holder), &length);
      if (length == 0 || array_contains_email (taken, email))
        continue;
      g_ptr_array_add (taken, g_strndup (email, length));
    }
  g_ptr_array_add (taken, NULL);

  return (GStrv) g_ptr_array_steal (taken, NULL);
}

static gboolean
is_blank (TicketsConsumer *consumer)
{
  g_autofree char *name = g_strstrip (tickets_consumer_dup_full_name (consumer));
  gsize length;

  skip_space (tickets_consumer_get_email (consumer), &length);

  return name[0] == '\0' && length == 0;
}

/**
 * tickets_copy_sources_dup_holders:
 * @tickets: the order's or the request's tickets
 * @ticket: the ticket being named
 * @buyer: (nullable): the buyer, whom the menu offers apart
 * @typed: (nullable): TicketsTicket → TicketsConsumer, what the forms being
 *   filled say
 *
 * Returns: (transfer full): a list of TicketsConsumer
 */
GListModel *
tickets_copy_sources_dup_holders (GListModel      *tickets,
                                  TicketsTicket   *ticket,
                                  TicketsConsumer *buyer,
                                  GHashTable      *typed)
{
  g_autoptr(GListStore) holders = g_list_store_new (TICKETS_TYPE_CONSUMER);

  g_return_val_if_fail (G_IS_LIST_MODEL (tickets), NULL);
  g_return_val_if_fail (ticket == NULL || TICKETS_IS_TICKET (ticket), NULL);
  g_return_val_if_fail (buyer == NULL || TICKETS_IS_CONSUMER (buyer), NULL);

  for (guint i = 0; i < g_list_model_get_n_items (tickets); i++)
    {
      g_autoptr(TicketsTicket) other = g_list_model_get_item (tickets, i);
      TicketsConsumer *holder;
      gboolean known = FALSE;

      if (other == ticket || (holder = get_holder (other, typed)) == NULL || is_blank (holder) ||
          (buyer != NULL && tickets_consumer_equal_but_uid (holder, buyer)))
        continue;

      for (guint j = 0; !known && j < g_list_model_get_n_items (G_LIST_MODEL (holders)); j++)
        {
          g_autoptr(TicketsConsumer) listed = g_list_model_get_item (G_LIST_MODEL (holders), j);

          known = tickets_consumer_equal_but_uid (listed, holder);
        }
      if (!known)
        g_list_store_append (holders, holder);
    }

  return G_LIST_MODEL (g_steal_pointer (&holders));
}
