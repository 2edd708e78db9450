/* tickets-remember-group.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tickets-connect-field.h"
#include "tickets-remember-group.h"

struct _TicketsRememberGroup
{
  AdwPreferencesGroup  parent_instance;

  GtkWidget           *keyring_message_row;
  GtkWidget           *keyring_message_label;
  gboolean             keyring_available;

  GtkWidget           *remember_row;
  GtkSwitch           *remember_switch;
};

G_DEFINE_FINAL_TYPE (TicketsRememberGroup, tickets_remember_group, ADW_TYPE_PREFERENCES_GROUP)

enum {
  PROP_0,
  PROP_REMEMBER,
  PROP_KEYRING_AVAILABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_keyring_message (TicketsRememberGroup *self)
{
  gtk_widget_set_visible (self->keyring_message_row,
                          !self->keyring_available && gtk_switch_get_active (self->remember_switch));
}

static void
on_remember_changed (TicketsRememberGroup *self)
{
  update_keyring_message (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REMEMBER]);
}

static void
tickets_remember_group_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), TICKETS_TYPE_REMEMBER_GROUP);

  G_OBJECT_CLASS (tickets_remember_group_parent_class)->dispose (object);
}

static void
tickets_remember_group_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  TicketsRememberGroup *self = TICKETS_REMEMBER_GROUP (object);

  switch (prop_id)
    {
    case PROP_REMEMBER:
      g_value_set_boolean (value, tickets_remember_group_get_remember (self));
      break;
    case PROP_KEYRING_AVAILABLE:
      g_value_set_boolean (value, self->keyring_available);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_remember_group_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  TicketsRememberGroup *self = TICKETS_REMEMBER_GROUP (object);

  switch (prop_id)
    {
    case PROP_REMEMBER:
      tickets_remember_group_set_remember (self, g_value_get_boolean (value));
      break;
    case PROP_KEYRING_AVAILABLE:
      tickets_remember_group_set_keyring_available (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_remember_group_class_init (TicketsRememberGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tickets_remember_group_dispose;
  object_class->get_property = tickets_remember_group_get_property;
  object_class->set_property = tickets_remember_group_set_property;

  properties[PROP_REMEMBER] =
    g_param_spec_boolean ("remember", NULL, NULL,
                          TRUE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_KEYRING_AVAILABLE] =
    g_param_spec_boolean ("keyring-available", NULL, NULL,
                          TRUE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Tickets/views/tickets-remember-group.ui");
  gtk_widget_class_bind_template_child (widget_class, TicketsRememberGroup, remember_row);
  gtk_widget_class_bind_template_child (widget_class, TicketsRememberGroup, remember_switch);
  gtk_widget_class_bind_template_callback (widget_class, on_remember_changed);
}

static void
tickets_remember_group_init (TicketsRememberGroup *self)
{
  self->keyring_available = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->keyring_message_row = tickets_connect_field_add_message_row (self->remember_row,
                                                                     &self->keyring_message_label);
  gtk_widget_add_css_class (self->keyring_message_label, "warning");
  gtk_label_set_text (GTK_LABEL (self->keyring_message_label),
                      _("No keyring is running, so Tickets cannot remember your sign-in: "
                        "you will have to sign in again next time."));
}

gboolean
tickets_remember_group_get_remember (TicketsRememberGroup *self)
{
  g_return_val_if_fail (TICKETS_IS_REMEMBER_GROUP (self), FALSE);

  return gtk_switch_get_active (self->remember_switch);
}

void
tickets_remember_group_set_remember (TicketsRememberGroup *self,
                                     gboolean              remember)
{
  g_return_if_fail (TICKETS_IS_REMEMBER_GROUP (self));

  /* The switch notifies, and on_remember_changed() passes it on. */
  gtk_switch_set_active (self->remember_switch, remember);
}

gboolean
tickets_remember_group_get_keyring_available (TicketsRememberGroup *self)
{
  g_return_val_if_fail (TICKETS_IS_REMEMBER_GROUP (self), FALSE);

  return self->keyring_available;
}

void
tickets_remember_group_set_keyring_available (TicketsRememberGroup *self,
                                              gboolean              available)
{
  g_return_if_fail (TICKETS_IS_REMEMBER_GROUP (self));

  available = !!available;
  if (self->keyring_available == available)
    return;

  self->keyring_available = available;
  update_keyring_message (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KEYRING_AVAILABLE]);
}

const char *
tickets_remember_group_get_keyring_message (TicketsRememberGroup *self)
{
  g_return_val_if_fail (TICKETS_IS_REMEMBER_GROUP (self), NULL);

  return gtk_widget_get_visible (self->keyring_message_row)
         ? gtk_label_get_text (GTK_LABEL (self->keyring_message_label)) : NULL;
}
