/* tickets-error-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tickets-error.h"
#include "tickets-error-page-private.h"

struct _TicketsErrorPage
{
  AdwBin         parent_instance;

  AdwStatusPage *status_page;
};

G_DEFINE_FINAL_TYPE (TicketsErrorPage, tickets_error_page, ADW_TYPE_BIN)

void
tickets_error_page_show_error (TicketsErrorPage *self,
                               const char       *title,
                               const GError     *error,
                               gboolean          network_available)
{
  g_autofree char *description = NULL;

  g_return_if_fail (TICKETS_IS_ERROR_PAGE (self));
  g_return_if_fail (error != NULL);

  /* The client already tried again: what is left is Try Again, and the
   * network coming back. */
  adw_status_page_set_title (self->status_page, title);
  /* The description is markup, the message the server's or the system's text. */
  if (tickets_api_error_is_transient (error) && !network_available)
    description = g_markup_printf_escaped ("%s\n\n%s", error->message,
                                           _("This computer seems to be offline. Tickets tries again as soon as "
                                             "the network is back."));
  else
    description = g_markup_escape_text (error->message, -1);
  adw_status_page_set_description (self->status_page, description);
}

const char *
tickets_error_page_get_title (TicketsErrorPage *self)
{
  g_return_val_if_fail (TICKETS_IS_ERROR_PAGE (self), NULL);

  return adw_status_page_get_title (self->status_page);
}

const char *
tickets_error_page_get_description (TicketsErrorPage *self)
{
  g_return_val_if_fail (TICKETS_IS_ERROR_PAGE (self), NULL);

  return adw_status_page_get_description (self->status_page);
}

static void
tickets_error_page_dispose (GObject *object)
{
  /* AdwBin lets go of its child itself, and the template only after it. */
  adw_bin_set_child (ADW_BIN (object), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), TICKETS_TYPE_ERROR_PAGE);

  G_OBJECT_CLASS (tickets_error_page_parent_class)->dispose (object);
}

static void
tickets_error_page_class_init (TicketsErrorPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tickets_error_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Tickets/views/tickets-error-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TicketsErrorPage, status_page);
}

static void
tickets_error_page_init (TicketsErrorPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
