/* tickets-staff-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tickets-staff-page-private.h"

struct _TicketsStaffPage
{
  AdwBin         parent_instance;

  AdwStatusPage *status_page;
};

G_DEFINE_FINAL_TYPE (TicketsStaffPage, tickets_staff_page, ADW_TYPE_BIN)

void
tickets_staff_page_set_user (TicketsStaffPage *self,
                             const char       *user)
{
  g_autofree char *description = NULL;

  g_return_if_fail (TICKETS_IS_STAFF_PAGE (self));
  g_return_if_fail (user != NULL);

  /* The description is markup; the name is what the person typed. */
  /* Translators: %s is the staff member's user name. */
  description = g_markup_printf_escaped (_("Signed in as %s. Scanning barcodes, finding orders and people, and re-issuing "
                                   "tickets come in a later version of Tickets."),
                                 user);
  adw_status_page_set_description (self->status_page, description);
}

const char *
tickets_staff_page_get_description (TicketsStaffPage *self)
{
  g_return_val_if_fail (TICKETS_IS_STAFF_PAGE (self), NULL);

  return adw_status_page_get_description (self->status_page);
}

static void
tickets_staff_page_dispose (GObject *object)
{
  /* AdwBin lets go of its child itself, and the template only after it. */
  adw_bin_set_child (ADW_BIN (object), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), TICKETS_TYPE_STAFF_PAGE);

  G_OBJECT_CLASS (tickets_staff_page_parent_class)->dispose (object);
}

static void
tickets_staff_page_class_init (TicketsStaffPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tickets_staff_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Tickets/views/tickets-staff-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TicketsStaffPage, status_page);
}

static void
tickets_staff_page_init (TicketsStaffPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
