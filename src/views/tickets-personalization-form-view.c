/* tickets-personalization-form-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-personalization-form-view.h"

struct _TicketsPersonalizationFormView
{
  AdwBin parent_instance;
};

G_DEFINE_FINAL_TYPE (TicketsPersonalizationFormView, tickets_personalization_form_view, ADW_TYPE_BIN)

static void
tickets_personalization_form_view_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), TICKETS_TYPE_PERSONALIZATION_FORM_VIEW);

  G_OBJECT_CLASS (tickets_personalization_form_view_parent_class)->dispose (object);
}

static void
tickets_personalization_form_view_class_init (TicketsPersonalizationFormViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tickets_personalization_form_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Tickets/views/tickets-personalization-form-view.ui");
}

static void
tickets_personalization_form_view_init (TicketsPersonalizationFormView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
