/* tickets-counter-abilities.c: what the counter learns of the account
 *
 * The server says what a role may do only by refusing it (403). The
 * counter keeps what each answer taught, asks harmless questions up front
 * (probe) so that nothing is offered that would be refused, and words the
 * sentence a view shows in place of a refused action.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tickets-counter-private.h"
#include "tickets-error.h"

/* A code no ticket has: the server's answer to it says only whether this
 * account may search tickets at all. */
#define PROBE_CODE "0000000000000"
/* An exact address no one has, for the same question about consumers. */
#define PROBE_EMAIL "nobody@example.invalid"

static void
set_ability (TicketsCounter     *self,
             TicketsStaffAction  action,
             TicketsAbility      ability)
{
  TicketsAccess access = tickets_staff_action_get_access (action);
  gboolean changed = FALSE;

  /* A refusal holds for every action that needs at least that access; an
   * answer vouches for every action that needs no more. A refusal is never
   * taken back within a sign-in. */
  for (guint other = 0; other < TICKETS_STAFF_ACTION_LAST; other++)
    {
      TicketsAccess other_access = tickets_staff_action_get_access (other);

      if (ability == TICKETS_ABILITY_FORBIDDEN)
        {
          if ((other_access & access) != access || self->abilities[other] == TICKETS_ABILITY_FORBIDDEN)
            continue;
        }
      else if ((access & other_access) != other_access || self->abilities[other] != TICKETS_ABILITY_UNKNOWN)
        continue;

      self->abilities[other] = ability;
      changed = TRUE;
    }

  if (changed)
    tickets_counter_notify_abilities (self);
}

void
tickets_counter_learn_ability (TicketsCounter     *self,
                               TicketsStaffAction  action,
                               const GError       *error)
{
  if (error == NULL || g_error_matches (error, TICKETS_API_ERROR, TICKETS_API_ERROR_NOT_FOUND))
    set_ability (self, action, TICKETS_ABILITY_ALLOWED);
  else if (g_error_matches (error, TICKETS_API_ERROR, TICKETS_API_ERROR_FORBIDDEN))
    set_ability (self, action, TICKETS_ABILITY_FORBIDDEN);
}

guint
tickets_counter_get_forbidden (TicketsCounter *self)
{
  guint forbidden = 0;

  for (guint i = 0; i < TICKETS_STAFF_ACTION_LAST; i++)
    if (self->abilities[i] == TICKETS_ABILITY_FORBIDDEN)
      forbidden |= 1u << i;

  return forbidden;
}

static void
on_probe_ticket (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(TicketsCounter) self = g_weak_ref_get (user_data);
  g_autoptr(TicketsTicket) ticket = NULL;
  g_autoptr(GError) error = NULL;

  g_weak_ref_clear (user_data);
  g_free (user_data);

  ticket = tickets_store_find_ticket_finish (TICKETS_STORE (source), result, &error);
  if (self != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    tickets_counter_learn_ability (self, TICKETS_STAFF_ACTION_FIND_TICKETS, error);
}

static void
on_probe_consumers (TicketsPagedList *list,
                    GParamSpec       *pspec,
                    TicketsCounter   *self)
{
  if (tickets_paged_list_get_loading (list))
    return;

  tickets_counter_learn_ability (self, TICKETS_STAFF_ACTION_FIND_CONSUMERS, tickets_paged_list_get_error (list));
  g_signal_handlers_disconnect_by_data (list, self);
  g_clear_object (&self->probe_consumers);
}

void
tickets_counter_stop_probe (TicketsCounter *self)
{
  g_cancellable_cancel (self->probe_cancellable);
  g_clear_object (&self->probe_cancellable);
  if (self->probe_consumers != NULL)
    g_signal_handlers_disconnect_by_data (self->probe_consumers, self);
  g_clear_object (&self->probe_consumers);
}

TicketsAbility
tickets_counter_get_ability (TicketsCounter     *self,
                             TicketsStaffAction  action)
{
  g_return_val_if_fail (TICKETS_IS_COUNTER (self), TICKETS_ABILITY_UNKNOWN);
  g_return_val_if_fail (action < TICKETS_STAFF_ACTION_LAST, TICKETS_ABILITY_UNKNOWN);

  return self->abilities[action];
}

void
tickets_counter_forbid (TicketsCounter     *self,
                        TicketsStaffAction  action)
{
  g_return_if_fail (TICKETS_IS_COUNTER (self));
  g_return_if_fail (action < TICKETS_STAFF_ACTION_LAST);

  set_ability (self, action, TICKETS_ABILITY_FORBIDDEN);
}

void
tickets_counter_probe (TicketsCounter *self)
{
  TicketsStore *store;
  const char *event = NULL;
  g_autoptr(GHashTable) filters = NULL;

  g_return_if_fail (TICKETS_IS_COUNTER (self));

  if ((store = tickets_session_get_store (self->session)) == NULL)
    return;

  if (self->probe_cancellable == NULL)
    self->probe_cancellable = g_cancellable_new ();

  if (self->events != NULL && self->events[0] != NULL)
    event = self->events[0];
  else if (self->other_events != NULL && self->other_events[0] != NULL)
    event = self->other_events[0];

  if (event != NULL)
    {
      GWeakRef *ref = g_new0 (GWeakRef, 1);

      g_weak_ref_init (ref, self);
      tickets_store_find_ticket_async (store, PROBE_CODE, event, tickets_session_get_auth (self->session), self->probe_cancellable,
                                       on_probe_ticket, ref);
    }

  if (self->probe_consumers != NULL)
    return;

  filters = g_hash_table_new (g_str_hash, g_str_equal);
  g_hash_table_insert (filters, (gpointer) "email", (gpointer) PROBE_EMAIL);
  self->probe_consumers = tickets_store_search_consumers (store, filters, tickets_session_get_auth (self->session));
  g_signal_connect_object (self->probe_consumers, "notify::loading",
                           G_CALLBACK (on_probe_consumers), self, 0);
}

static char *
join_roles (const char **roles)
{
  g_autofree char *joined = NULL;
  guint n = g_strv_length ((char **) roles);

  if (n == 0)
    return NULL;

  /* Translators: a role's name as the server gives it, such as “sales”. */
  joined = g_strdup_printf (_("“%s”"), roles[n - 1]);
  if (n == 1)
    return g_steal_pointer (&joined);

  for (guint i = n - 1; i-- > 0;)
    {
      g_autofree char *quoted = g_strdup_printf (_("“%s”"), roles[i]);
      char *longer;

      if (i == n - 2)
        /* Translators: the last two of the roles that may do something:
         * “sales” or “merchant”. Both are already quoted. */
        longer = g_strdup_printf (C_("roles", "%s or %s"), quoted, joined);
      else
        /* Translators: the roles that may do something, before the last
         * two: “default”, “sales” or “merchant”. */
        longer = g_strdup_printf (C_("roles", "%s, %s"), quoted, joined);
      g_free (joined);
      joined = longer;
    }

  return g_steal_pointer (&joined);
}

/**
 * tickets_counter_dup_forbidden_text:
 * @action: an action the server refused
 *
 * Returns: (transfer full): what the view says in its place, such as
 *   “This account cannot look up tickets by barcode. That needs the
 *   “sales” or “merchant” role.”
 */
char *
tickets_counter_dup_forbidden_text (TicketsStaffAction action)
{
  g_autofree const char **roles = NULL;
  g_autofree char *joined = NULL;

  g_return_val_if_fail (action < TICKETS_STAFF_ACTION_LAST, NULL);

  /* The table gives every action at least one role. */
  roles = tickets_staff_action_dup_roles (action);
  joined = join_roles (roles);
  g_return_val_if_fail (joined != NULL, NULL);

  switch (action)
    {
    case TICKETS_STAFF_ACTION_FIND_TICKETS:
      /* Translators: %s is one or more roles, such as “sales” or “merchant”, already quoted. */
      return g_strdup_printf (_("This account cannot look up tickets by barcode. That needs the %s role."), joined);

    case TICKETS_STAFF_ACTION_FIND_CONSUMERS:
      /* Translators: %s is one or more roles, such as “sales” or “merchant”, already quoted. */
      return g_strdup_printf (_("This account cannot search for people. That needs the %s role."), joined);

    case TICKETS_STAFF_ACTION_EDIT_CONSUMERS:
      /* Translators: %s is one or more roles, such as “sales” or “merchant”, already quoted. */
      return g_strdup_printf (_("This account cannot change ticket holders’ details. That needs the %s role."), joined);

    case TICKETS_STAFF_ACTION_REISSUE:
      /* Translators: %s is one or more roles, such as “sales” or “merchant”, already quoted. */
      return g_strdup_printf (_("This account cannot re-issue tickets. That needs the %s role."), joined);

    case TICKETS_STAFF_ACTION_LAST:
    default:
      g_return_val_if_reached (NULL);
    }
}

char *
tickets_counter_dup_lookups_forbidden_text (gboolean people_too)
{
  g_autofree const char **ticket_roles = tickets_staff_action_dup_roles (TICKETS_STAFF_ACTION_FIND_TICKETS);
  g_autofree const char **people_roles = tickets_staff_action_dup_roles (TICKETS_STAFF_ACTION_FIND_CONSUMERS);
  g_autofree char *tickets = tickets_counter_dup_forbidden_text (TICKETS_STAFF_ACTION_FIND_TICKETS);
  g_autofree char *people = NULL;
  g_autofree char *joined = NULL;

  if (!people_too)
    return g_strdup_printf ("%s %s", tickets, _("You can still find people by typing a name."));

  /* Said once, not twice over in the same words. */
  if (g_strv_equal ((const char * const *) ticket_roles, (const char * const *) people_roles) &&
      (joined = join_roles (ticket_roles)) != NULL)
    /* Translators: %s is one or more roles, such as “sales” or “merchant”, already quoted. */
    return g_strdup_printf (_("This account can neither look up tickets by barcode nor search for people. Both need the %s role."),
                            joined);

  people = tickets_counter_dup_forbidden_text (TICKETS_STAFF_ACTION_FIND_CONSUMERS);
  return g_strdup_printf ("%s %s", tickets, people);
}
