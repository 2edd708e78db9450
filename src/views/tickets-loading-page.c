/* tickets-loading-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tickets-loading-page-private.h"

struct _TicketsLoadingPage
{
  AdwBin         parent_instance;

  AdwStatusPage *status_page;
  /* What is being opened, shown again once reconnected. */
  char          *title;
  gboolean       reconnecting;
};

G_DEFINE_FINAL_TYPE (TicketsLoadingPage, tickets_loading_page, ADW_TYPE_BIN)

/* While the client retries a dropped connection the page says so; its
 * Cancel stays. */
static void
update (TicketsLoadingPage *self)
{
  if (self->reconnecting)
    {
      adw_status_page_set_title (self->status_page, _("Reconnecting…"));
      adw_status_page_set_description (self->status_page,
                                       _("The connection to the server was lost. Tickets tries again by itself."));
    }
  else
    {
      adw_status_page_set_title (self->status_page, self->title);
      adw_status_page_set_description (self->status_page, NULL);
    }
}

void
tickets_loading_page_set_title (TicketsLoadingPage *self,
                                const char         *title)
{
  g_return_if_fail (TICKETS_IS_LOADING_PAGE (self));

  g_free (self->title);
  self->title = g_strdup (title);
  update (self);
}

void
tickets_loading_page_set_reconnecting (TicketsLoadingPage *self,
                                       gboolean            reconnecting)
{
  g_return_if_fail (TICKETS_IS_LOADING_PAGE (self));

  self->reconnecting = !!reconnecting;
  update (self);
}

const char *
tickets_loading_page_get_title (TicketsLoadingPage *self)
{
  g_return_val_if_fail (TICKETS_IS_LOADING_PAGE (self), NULL);

  return adw_status_page_get_title (self->status_page);
}

const char *
tickets_loading_page_get_description (TicketsLoadingPage *self)
{
  g_return_val_if_fail (TICKETS_IS_LOADING_PAGE (self), NULL);

  return adw_status_page_get_description (self->status_page);
}

static void
tickets_loading_page_dispose (GObject *object)
{
  /* AdwBin lets go of its child itself, and the template only after it. */
  adw_bin_set_child (ADW_BIN (object), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), TICKETS_TYPE_LOADING_PAGE);

  G_OBJECT_CLASS (tickets_loading_page_parent_class)->dispose (object);
}

static void
tickets_loading_page_finalize (GObject *object)
{
  TicketsLoadingPage *self = TICKETS_LOADING_PAGE (object);

  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (tickets_loading_page_parent_class)->finalize (object);
}

static void
tickets_loading_page_class_init (TicketsLoadingPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tickets_loading_page_dispose;
  object_class->finalize = tickets_loading_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Tickets/views/tickets-loading-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TicketsLoadingPage, status_page);
}

static void
tickets_loading_page_init (TicketsLoadingPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->title = g_strdup (adw_status_page_get_title (self->status_page));
}
