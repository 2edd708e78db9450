/* tickets-consent-group.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tickets-consent-group.h"

struct _TicketsConsentGroup
{
  AdwPreferencesGroup  parent_instance;

  GtkWidget           *opt_in_row;
  GtkWidget           *opt_in_2_row;
  GtkWidget           *opt_in_check;
  GtkWidget           *opt_in_2_check;

  TicketsTicket       *ticket;
  gboolean             editable;
  gboolean             busy;
};

G_DEFINE_FINAL_TYPE (TicketsConsentGroup, tickets_consent_group, ADW_TYPE_PREFERENCES_GROUP)

enum {
  PROP_0,
  PROP_TICKET,
  PROP_EDITABLE,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Consent is personal: the boxes are what the person in front of the form
 * ticks now, never what someone else ticked. What was agreed to when the
 * ticket got its holder is said in words above them, and plainly said to
 * be unknown when it is: unticked boxes would read as "agreed to nothing". */
static void
update_record (TicketsConsentGroup *self)
{
  gboolean personalized = self->ticket != NULL && tickets_ticket_get_personalized (self->ticket);
  const char *record = NULL;
  g_autofree char *description = NULL;
  g_autofree char *escaped = NULL;

  if (personalized && !tickets_ticket_get_consent_known (self->ticket))
    record = _("Not known what the holder agreed to: the server does not say.");
  else if (personalized)
    switch ((guint) tickets_ticket_get_consent (self->ticket))
      {
      case TICKETS_CONSENT_NEWSLETTER | TICKETS_CONSENT_PARTNERS:
        record = _("The holder agreed to the newsletter and to offers from partners.");
        break;
      case TICKETS_CONSENT_NEWSLETTER:
        record = _("The holder agreed to the newsletter, not to offers from partners.");
        break;
      case TICKETS_CONSENT_PARTNERS:
        record = _("The holder agreed to offers from partners, not to the newsletter.");
        break;
      case TICKETS_CONSENT_NONE:
      default:
        record = _("The holder agreed to neither the newsletter nor offers from partners.");
        break;
      }

  if (record != NULL && self->editable)
    /* Translators: what the holder agreed to, then what saving again sends. */
    description = g_strdup_printf (C_("consent", "%1$s %2$s"), record,
                                   _("Saving again sends only what is ticked below."));
  else
    description = g_strdup (record);
  escaped = description != NULL ? g_markup_escape_text (description, -1) : NULL;
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self), escaped);

  /* Nothing can be ticked on a ticket that cannot be named: the words say it all. */
  gtk_widget_set_visible (self->opt_in_row, self->editable || !personalized);
  gtk_widget_set_visible (self->opt_in_2_row, self->editable || !personalized);
}

static void
clear_boxes (TicketsConsentGroup *self)
{
  gtk_check_button_set_active (GTK_CHECK_BUTTON (self->opt_in_check), FALSE);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (self->opt_in_2_check), FALSE);
}

/* While a save is in flight, the change is the server accepting what was
 * ticked: it is on record now, and the boxes are for the next time someone
 * saves. Any other time it is news from the server, and what the person is
 * ticking stays as it is. */
static void
on_ticket_consent_changed (TicketsConsentGroup *self)
{
  if (self->busy)
    clear_boxes (self);
  update_record (self);
}

static void
tickets_consent_group_dispose (GObject *object)
{
  TicketsConsentGroup *self = TICKETS_CONSENT_GROUP (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), TICKETS_TYPE_CONSENT_GROUP);
  g_clear_object (&self->ticket);

  G_OBJECT_CLASS (tickets_consent_group_parent_class)->dispose (object);
}

static void
tickets_consent_group_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  TicketsConsentGroup *self = TICKETS_CONSENT_GROUP (object);

  switch (prop_id)
    {
    case PROP_TICKET:
      g_value_set_object (value, self->ticket);
      break;
    case PROP_EDITABLE:
      g_value_set_boolean (value, self->editable);
      break;
    case PROP_BUSY:
      g_value_set_boolean (value, self->busy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_consent_group_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  TicketsConsentGroup *self = TICKETS_CONSENT_GROUP (object);

  switch (prop_id)
    {
    case PROP_TICKET:
      tickets_consent_group_set_ticket (self, g_value_get_object (value));
      break;
    case PROP_EDITABLE:
      tickets_consent_group_set_editable (self, g_value_get_boolean (value));
      break;
    case PROP_BUSY:
      tickets_consent_group_set_busy (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_consent_group_class_init (TicketsConsentGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tickets_consent_group_dispose;
  object_class->get_property = tickets_consent_group_get_property;
  object_class->set_property = tickets_consent_group_set_property;

  properties[PROP_TICKET] =
    g_param_spec_object ("ticket", NULL, NULL,
                         TICKETS_TYPE_TICKET,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_EDITABLE] =
    g_param_spec_boolean ("editable", NULL, NULL,
                          TRUE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Tickets/views/tickets-consent-group.ui");
  gtk_widget_class_bind_template_child (widget_class, TicketsConsentGroup, opt_in_row);
  gtk_widget_class_bind_template_child (widget_class, TicketsConsentGroup, opt_in_2_row);
  gtk_widget_class_bind_template_child (widget_class, TicketsConsentGroup, opt_in_check);
  gtk_widget_class_bind_template_child (widget_class, TicketsConsentGroup, opt_in_2_check);
}

static void
tickets_consent_group_init (TicketsConsentGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->editable = TRUE;
  update_record (self);
}

/**
 * tickets_consent_group_get_ticket:
 *
 * Returns: (transfer none) (nullable): the ticket whose consent is shown
 */
TicketsTicket *
tickets_consent_group_get_ticket (TicketsConsentGroup *self)
{
  g_return_val_if_fail (TICKETS_IS_CONSENT_GROUP (self), NULL);

  return self->ticket;
}

void
tickets_consent_group_set_ticket (TicketsConsentGroup *self,
                                  TicketsTicket       *ticket)
{
  g_return_if_fail (TICKETS_IS_CONSENT_GROUP (self));
  g_return_if_fail (ticket == NULL || TICKETS_IS_TICKET (ticket));

  if (self->ticket == ticket)
    return;

  if (self->ticket != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->ticket, on_ticket_consent_changed, self);
      g_signal_handlers_disconnect_by_func (self->ticket, update_record, self);
    }
  g_set_object (&self->ticket, ticket);

  /* Another ticket: least of all a consent someone else gave belongs here. */
  clear_boxes (self);

  if (ticket != NULL)
    {
      g_signal_connect_object (ticket, "notify::consent",
                               G_CALLBACK (on_ticket_consent_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (ticket, "notify::personalized",
                               G_CALLBACK (update_record), self, G_CONNECT_SWAPPED);
    }
  update_record (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TICKET]);
}

gboolean
tickets_consent_group_get_editable (TicketsConsentGroup *self)
{
  g_return_val_if_fail (TICKETS_IS_CONSENT_GROUP (self), FALSE);

  return self->editable;
}

void
tickets_consent_group_set_editable (TicketsConsentGroup *self,
                                    gboolean             editable)
{
  g_return_if_fail (TICKETS_IS_CONSENT_GROUP (self));

  editable = !!editable;
  if (self->editable == editable)
    return;
  self->editable = editable;
  update_record (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITABLE]);
}

gboolean
tickets_consent_group_get_busy (TicketsConsentGroup *self)
{
  g_return_val_if_fail (TICKETS_IS_CONSENT_GROUP (self), FALSE);

  return self->busy;
}

void
tickets_consent_group_set_busy (TicketsConsentGroup *self,
                                gboolean             busy)
{
  g_return_if_fail (TICKETS_IS_CONSENT_GROUP (self));

  busy = !!busy;
  if (self->busy == busy)
    return;
  self->busy = busy;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

TicketsConsent
tickets_consent_group_get_consent (TicketsConsentGroup *self)
{
  TicketsConsent consent = TICKETS_CONSENT_NONE;

  g_return_val_if_fail (TICKETS_IS_CONSENT_GROUP (self), TICKETS_CONSENT_NONE);

  if (gtk_check_button_get_active (GTK_CHECK_BUTTON (self->opt_in_check)))
    consent |= TICKETS_CONSENT_NEWSLETTER;
  if (gtk_check_button_get_active (GTK_CHECK_BUTTON (self->opt_in_2_check)))
    consent |= TICKETS_CONSENT_PARTNERS;

  return consent;
}
