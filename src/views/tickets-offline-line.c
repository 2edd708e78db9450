/* tickets-offline-line.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tickets-offline-line.h"

struct _TicketsOfflineLine
{
  GtkBox      parent_instance;

  /* What is watched: the resource, or the items of the list. */
  GListModel *resources;
  GPtrArray  *watched;
  char       *text;
  /* Keeps "12 minutes ago" true while the line shows. */
  guint       clock_id;

  GtkLabel   *label;
};

G_DEFINE_FINAL_TYPE (TicketsOfflineLine, tickets_offline_line, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_RESOURCE,
  PROP_RESOURCES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

char *
tickets_offline_line_format (gint64 cached_at,
                             gint64 now)
{
  gint64 minutes = MAX (now - cached_at, 0) / 60;
  gint64 hours = minutes / 60;
  gint64 days = hours / 24;

  if (minutes < 1)
    return g_strdup (_("Offline, last updated just now"));
  if (hours < 1)
    return g_strdup_printf (ngettext ("Offline, last updated %u minute ago",
                                      "Offline, last updated %u minutes ago", (gulong) minutes), (guint) minutes);
  if (days < 1)
    return g_strdup_printf (ngettext ("Offline, last updated %u hour ago",
                                      "Offline, last updated %u hours ago", (gulong) hours), (guint) hours);
  return g_strdup_printf (ngettext ("Offline, last updated %u day ago",
                                    "Offline, last updated %u days ago", (gulong) MIN (days, G_MAXUINT)),
                          (guint) MIN (days, G_MAXUINT));
}

static gboolean on_clock (gpointer user_data);

/* The oldest copy shown is the one the line must not understate. */
static void
update (TicketsOfflineLine *self)
{
  gint64 oldest = 0;
  g_autofree char *text = NULL;

  for (guint i = 0; i < self->watched->len; i++)
    {
      gint64 cached_at = tickets_resource_get_cached_at (g_ptr_array_index (self->watched, i));

      if (cached_at != 0 && (oldest == 0 || cached_at < oldest))
        oldest = cached_at;
    }

  if (oldest != 0)
    text = tickets_offline_line_format (oldest, g_get_real_time () / G_USEC_PER_SEC);

  if (g_strcmp0 (text, self->text) != 0)
    {
      g_free (self->text);
      self->text = g_strdup (text);
      gtk_label_set_text (self->label, text != NULL ? text : "");
      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      text != NULL ? text : "", -1);
    }
  gtk_widget_set_visible (GTK_WIDGET (self), text != NULL);

  if (text != NULL && self->clock_id == 0)
    self->clock_id = g_timeout_add_seconds (60, on_clock, self);
  else if (text == NULL)
    g_clear_handle_id (&self->clock_id, g_source_remove);
}

static gboolean
on_clock (gpointer user_data)
{
  TicketsOfflineLine *self = user_data;

  update (self);
  return self->clock_id != 0 ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

static void
unwatch (TicketsOfflineLine *self)
{
  for (guint i = 0; i < self->watched->len; i++)
    g_signal_handlers_disconnect_by_data (g_ptr_array_index (self->watched, i), self);
  g_ptr_array_set_size (self->watched, 0);
}

static void
watch (TicketsOfflineLine *self,
       TicketsResource    *resource)
{
  g_ptr_array_add (self->watched, g_object_ref (resource));
  g_signal_connect_object (resource, "notify::cached-at", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
}

/* A list that grows a page at a time is watched again whole: a ticket's
 * notify is cheap, and My tickets holds a few hundred at most. */
static void
on_items_changed (TicketsOfflineLine *self)
{
  unwatch (self);
  if (self->resources != NULL)
    for (guint i = 0; i < g_list_model_get_n_items (self->resources); i++)
      {
        g_autoptr(GObject) item = g_list_model_get_item (self->resources, i);

        if (TICKETS_IS_RESOURCE (item))
          watch (self, TICKETS_RESOURCE (item));
      }
  update (self);
}

static void
clear_resources (TicketsOfflineLine *self)
{
  if (self->resources != NULL)
    g_signal_handlers_disconnect_by_data (self->resources, self);
  g_clear_object (&self->resources);
  unwatch (self);
}

void
tickets_offline_line_set_resource (TicketsOfflineLine *self,
                                   TicketsResource    *resource)
{
  g_return_if_fail (TICKETS_IS_OFFLINE_LINE (self));
  g_return_if_fail (resource == NULL || TICKETS_IS_RESOURCE (resource));

  clear_resources (self);
  if (resource != NULL)
    watch (self, resource);
  update (self);
}

void
tickets_offline_line_set_resources (TicketsOfflineLine *self,
                                    GListModel         *resources)
{
  g_return_if_fail (TICKETS_IS_OFFLINE_LINE (self));
  g_return_if_fail (resources == NULL || G_IS_LIST_MODEL (resources));

  if (resources == self->resources)
    return;
  clear_resources (self);
  if (resources != NULL)
    {
      self->resources = g_object_ref (resources);
      g_signal_connect_object (resources, "items-changed", G_CALLBACK (on_items_changed), self, G_CONNECT_SWAPPED);
    }
  on_items_changed (self);
}

const char *
tickets_offline_line_get_text (TicketsOfflineLine *self)
{
  g_return_val_if_fail (TICKETS_IS_OFFLINE_LINE (self), NULL);

  return self->text;
}

GtkWidget *
tickets_offline_line_new (void)
{
  return g_object_new (TICKETS_TYPE_OFFLINE_LINE, NULL);
}

static void
tickets_offline_line_dispose (GObject *object)
{
  TicketsOfflineLine *self = TICKETS_OFFLINE_LINE (object);

  g_clear_handle_id (&self->clock_id, g_source_remove);
  clear_resources (self);
  gtk_widget_dispose_template (GTK_WIDGET (object), TICKETS_TYPE_OFFLINE_LINE);

  G_OBJECT_CLASS (tickets_offline_line_parent_class)->dispose (object);
}

static void
tickets_offline_line_finalize (GObject *object)
{
  TicketsOfflineLine *self = TICKETS_OFFLINE_LINE (object);

  g_ptr_array_unref (self->watched);
  g_free (self->text);

  G_OBJECT_CLASS (tickets_offline_line_parent_class)->finalize (object);
}

static void
tickets_offline_line_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  TicketsOfflineLine *self = TICKETS_OFFLINE_LINE (object);

  switch (prop_id)
    {
    case PROP_RESOURCE:
      g_value_set_object (value, self->resources == NULL && self->watched->len > 0
                                   ? g_ptr_array_index (self->watched, 0) : NULL);
      break;
    case PROP_RESOURCES:
      g_value_set_object (value, self->resources);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_offline_line_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  TicketsOfflineLine *self = TICKETS_OFFLINE_LINE (object);

  switch (prop_id)
    {
    case PROP_RESOURCE:
      tickets_offline_line_set_resource (self, g_value_get_object (value));
      break;
    case PROP_RESOURCES:
      tickets_offline_line_set_resources (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_offline_line_class_init (TicketsOfflineLineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tickets_offline_line_dispose;
  object_class->finalize = tickets_offline_line_finalize;
  object_class->get_property = tickets_offline_line_get_property;
  object_class->set_property = tickets_offline_line_set_property;

  properties[PROP_RESOURCE] =
    g_param_spec_object ("resource", NULL, NULL, TICKETS_TYPE_RESOURCE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_RESOURCES] =
    g_param_spec_object ("resources", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Tickets/views/tickets-offline-line.ui");
  gtk_widget_class_bind_template_child (widget_class, TicketsOfflineLine, label);
}

static void
tickets_offline_line_init (TicketsOfflineLine *self)
{
  self->watched = g_ptr_array_new_with_free_func (g_object_unref);
  gtk_widget_init_template (GTK_WIDGET (self));
}
