/* tickets-change.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "tickets-change.h"
#include "tickets-parse.h"

/* An outbox entry as views see it. Its "typed" JSON is what the user
 * typed, written by the store: {"tickets": [uid…], "consumer": {…},
 * "email": "…"}, each member only for the kinds that have it. */

struct _TicketsChange
{
  GObject             parent_instance;

  char               *id;
  TicketsChangeKind   kind;
  TicketsOutboxState  state;
  guint               attempts;
  char               *last_error;
  gint64              created;
  char               *summary;
  TicketsConsumer    *consumer;
  GStrv               ticket_uids;
};

G_DEFINE_FINAL_TYPE (TicketsChange, tickets_change, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (TicketsChangeKind, tickets_change_kind,
                    G_DEFINE_ENUM_VALUE (TICKETS_CHANGE_PERSONALIZE, "personalize"),
                    G_DEFINE_ENUM_VALUE (TICKETS_CHANGE_POST_CONSUMERS, "post-consumers"),
                    G_DEFINE_ENUM_VALUE (TICKETS_CHANGE_CREATE_PERSONALIZATION_REQUEST, "create-personalization-request"),
                    G_DEFINE_ENUM_VALUE (TICKETS_CHANGE_CANCEL_PERSONALIZATION_REQUEST, "cancel-personalization-request"),
                    G_DEFINE_ENUM_VALUE (TICKETS_CHANGE_REISSUE, "reissue"))

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_STATE,
  PROP_ATTEMPTS,
  PROP_LAST_ERROR,
  PROP_SUMMARY,
  PROP_UNSENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tickets_change_finalize (GObject *object)
{
  TicketsChange *self = TICKETS_CHANGE (object);

  g_free (self->id);
  g_free (self->last_error);
  g_free (self->summary);
  g_clear_object (&self->consumer);
  g_strfreev (self->ticket_uids);

  G_OBJECT_CLASS (tickets_change_parent_class)->finalize (object);
}

static void
tickets_change_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  TicketsChange *self = TICKETS_CHANGE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;
    case PROP_ATTEMPTS:
      g_value_set_uint (value, self->attempts);
      break;
    case PROP_LAST_ERROR:
      g_value_set_string (value, self->last_error);
      break;
    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;
    case PROP_UNSENT:
      g_value_set_boolean (value, tickets_change_get_unsent (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_change_class_init (TicketsChangeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tickets_change_finalize;
  object_class->get_property = tickets_change_get_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL,
                                             G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL,
                                             TICKETS_TYPE_CHANGE_KIND, TICKETS_CHANGE_PERSONALIZE,
                                             G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATE] = g_param_spec_enum ("state", NULL, NULL,
                                              TICKETS_TYPE_OUTBOX_STATE, TICKETS_OUTBOX_PENDING,
                                              G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ATTEMPTS] = g_param_spec_uint ("attempts", NULL, NULL, 0, G_MAXUINT, 0,
                                                 G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_LAST_ERROR] = g_param_spec_string ("last-error", NULL, NULL, NULL,
                                                     G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SUMMARY] = g_param_spec_string ("summary", NULL, NULL, NULL,
                                                  G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_UNSENT] = g_param_spec_boolean ("unsent", NULL, NULL, FALSE,
                                                  G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tickets_change_init (TicketsChange *self)
{
}

static gboolean
set_str (char       **field,
         const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

static char *
make_summary (TicketsChange *self,
              const char    *email)
{
  g_autofree char *name = self->consumer != NULL ? tickets_consumer_dup_full_name (self->consumer) : NULL;
  guint n = self->ticket_uids != NULL ? g_strv_length (self->ticket_uids) : 0;

  if (name == NULL || *name == '\0')
    /* Translators: stands in for a name in the summaries below ("Name on 1 ticket: someone"): keep it uninflected */
    set_str (&name, _("someone"));

  switch (self->kind)
    {
    case TICKETS_CHANGE_PERSONALIZE:
      /* Translators: a change waiting to be sent; %u is a number of tickets, %s a person's name */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Name on %u ticket: %s", "Name on %u tickets: %s", n), n, name);
    case TICKETS_CHANGE_POST_CONSUMERS:
      /* Translators: a change waiting to be sent; %s is a person's name */
      return g_strdup_printf (_("Corrected details of %s"), name);
    case TICKETS_CHANGE_CREATE_PERSONALIZATION_REQUEST:
      /* Translators: a change waiting to be sent; %s is an email address, %u a number of tickets */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Request to %s to fill in %u ticket", "Request to %s to fill in %u tickets", n),
                              email != NULL ? email : "", n);
    case TICKETS_CHANGE_CANCEL_PERSONALIZATION_REQUEST:
      return g_strdup (_("Withdrawal of a request to a friend"));
    case TICKETS_CHANGE_REISSUE:
      /* Translators: a change waiting to be sent; %u is a number of tickets, %s a person's name */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Re-issue of %u ticket to %s", "Re-issue of %u tickets to %s", n), n, name);
    default:
      return g_strdup (_("A change"));
    }
}

static void
read_typed (TicketsChange *self,
            const char    *typed)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GStrvBuilder) uids = g_strv_builder_new ();
  const char *email = NULL;
  JsonObject *object = NULL;

  if (typed != NULL && json_parser_load_from_data (parser, typed, -1, NULL) &&
      JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    object = json_node_get_object (json_parser_get_root (parser));

  if (object != NULL)
    {
      JsonNode *tickets = json_object_get_member (object, "tickets");
      JsonNode *consumer = json_object_get_member (object, "consumer");
      JsonNode *address = json_object_get_member (object, "email");

      if (tickets != NULL && JSON_NODE_HOLDS_ARRAY (tickets))
        {
          JsonArray *array = json_node_get_array (tickets);

          for (guint i = 0; i < json_array_get_length (array); i++)
            {
              JsonNode *element = json_array_get_element (array, i);

              if (JSON_NODE_HOLDS_VALUE (element) && json_node_get_value_type (element) == G_TYPE_STRING)
                g_strv_builder_add (uids, json_node_get_string (element));
            }
        }
      if (consumer != NULL && JSON_NODE_HOLDS_OBJECT (consumer))
        self->consumer = tickets_parse_consumer_object (json_node_get_object (consumer), NULL);
      if (address != NULL && JSON_NODE_HOLDS_VALUE (address) && json_node_get_value_type (address) == G_TYPE_STRING)
        email = json_node_get_string (address);
    }

  self->ticket_uids = g_strv_builder_end (uids);
  self->summary = make_summary (self, email);
}

TicketsChange *
tickets_change_new (const TicketsOutboxEntry *entry)
{
  TicketsChange *self;

  g_return_val_if_fail (entry != NULL, NULL);

  self = g_object_new (TICKETS_TYPE_CHANGE, NULL);
  self->id = g_strdup (entry->id);
  self->kind = (TicketsChangeKind) entry->kind;
  self->created = entry->created;
  read_typed (self, entry->typed);
  tickets_change_update (self, entry);

  return self;
}

void
tickets_change_update (TicketsChange            *self,
                       const TicketsOutboxEntry *entry)
{
  gboolean was_unsent;

  g_return_if_fail (TICKETS_IS_CHANGE (self));
  g_return_if_fail (entry != NULL);

  was_unsent = tickets_change_get_unsent (self);

  g_object_freeze_notify (G_OBJECT (self));
  if (self->state != entry->state)
    {
      self->state = entry->state;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
    }
  if (self->attempts != entry->attempts)
    {
      self->attempts = entry->attempts;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ATTEMPTS]);
    }
  if (set_str (&self->last_error, entry->last_error))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAST_ERROR]);
  if (was_unsent != tickets_change_get_unsent (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNSENT]);
  g_object_thaw_notify (G_OBJECT (self));
}

const char *
tickets_change_get_id (TicketsChange *self)
{
  g_return_val_if_fail (TICKETS_IS_CHANGE (self), NULL);
  return self->id;
}

TicketsChangeKind
tickets_change_get_kind (TicketsChange *self)
{
  g_return_val_if_fail (TICKETS_IS_CHANGE (self), TICKETS_CHANGE_PERSONALIZE);
  return self->kind;
}

TicketsOutboxState
tickets_change_get_state (TicketsChange *self)
{
  g_return_val_if_fail (TICKETS_IS_CHANGE (self), TICKETS_OUTBOX_PENDING);
  return self->state;
}

guint
tickets_change_get_attempts (TicketsChange *self)
{
  g_return_val_if_fail (TICKETS_IS_CHANGE (self), 0);
  return self->attempts;
}

const char *
tickets_change_get_last_error (TicketsChange *self)
{
  g_return_val_if_fail (TICKETS_IS_CHANGE (self), NULL);
  return self->last_error;
}

gint64
tickets_change_get_created (TicketsChange *self)
{
  g_return_val_if_fail (TICKETS_IS_CHANGE (self), 0);
  return self->created;
}

const char *
tickets_change_get_summary (TicketsChange *self)
{
  g_return_val_if_fail (TICKETS_IS_CHANGE (self), NULL);
  return self->summary;
}

TicketsConsumer *
tickets_change_get_consumer (TicketsChange *self)
{
  g_return_val_if_fail (TICKETS_IS_CHANGE (self), NULL);
  return self->consumer;
}

const char * const *
tickets_change_get_ticket_uids (TicketsChange *self)
{
  g_return_val_if_fail (TICKETS_IS_CHANGE (self), NULL);
  return (const char * const *) self->ticket_uids;
}

gboolean
tickets_change_get_unsent (TicketsChange *self)
{
  g_return_val_if_fail (TICKETS_IS_CHANGE (self), FALSE);
  return self->state == TICKETS_OUTBOX_PENDING ||
         self->state == TICKETS_OUTBOX_SENDING ||
         self->state == TICKETS_OUTBOX_UNKNOWN;
}
