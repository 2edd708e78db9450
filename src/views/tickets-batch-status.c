/* tickets-batch-status.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tickets-batch-status.h"

struct _TicketsBatchStatus
{
  GtkBox          parent_instance;

  GtkLabel       *label;
  GtkProgressBar *progress_bar;
};

G_DEFINE_FINAL_TYPE (TicketsBatchStatus, tickets_batch_status, GTK_TYPE_BOX)

/* Hidden when it says nothing, so the buttons below take no gap for it. */
static void
update_visible (TicketsBatchStatus *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self),
                          gtk_widget_get_visible (GTK_WIDGET (self->label)) ||
                          gtk_widget_get_visible (GTK_WIDGET (self->progress_bar)));
}

static void
set_text (TicketsBatchStatus *self,
          const char         *text,
          gboolean            is_error)
{
  gtk_label_set_text (self->label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->label), text != NULL);
  if (is_error)
    gtk_widget_add_css_class (GTK_WIDGET (self->label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->label), "error");
  update_visible (self);
}

static void
show_bar (TicketsBatchStatus *self,
          gboolean            visible)
{
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), visible);
  update_visible (self);
}

void
tickets_batch_status_clear (TicketsBatchStatus *self)
{
  g_return_if_fail (TICKETS_IS_BATCH_STATUS (self));

  set_text (self, NULL, FALSE);
  show_bar (self, FALSE);
}

void
tickets_batch_status_show_incomplete (TicketsBatchStatus *self,
                                      guint               n_invalid)
{
  g_autofree char *text = NULL;

  g_return_if_fail (TICKETS_IS_BATCH_STATUS (self));

  text = g_strdup_printf (ngettext ("%u ticket's form is not complete: check the marked fields.",
                                    "%u tickets' forms are not complete: check the marked fields.",
                                    n_invalid),
                          n_invalid);
  set_text (self, text, TRUE);
  show_bar (self, FALSE);
}

void
tickets_batch_status_show_saving (TicketsBatchStatus *self,
                                  guint               n_done,
                                  guint               n_total)
{
  g_autofree char *text = NULL;

  g_return_if_fail (TICKETS_IS_BATCH_STATUS (self));

  /* Translators: counts tickets, as in "Saving 2 of 5…". */
  text = g_strdup_printf (_("Saving %u of %u…"), MIN (n_done + 1, n_total), n_total);
  set_text (self, text, FALSE);
  gtk_progress_bar_set_fraction (self->progress_bar, n_total > 0 ? (double) n_done / n_total : 0);
  show_bar (self, TRUE);
}

void
tickets_batch_status_show_finished (TicketsBatchStatus *self,
                                    guint               n_total,
                                    guint               n_failed)
{
  g_autofree char *saved = NULL;
  g_autofree char *failed = NULL;
  g_autofree char *text = NULL;

  g_return_if_fail (TICKETS_IS_BATCH_STATUS (self));

  gtk_progress_bar_set_fraction (self->progress_bar, 1.0);
  /* Translators: after saving, as in "Saved 4 of 5 tickets." */
  saved = g_strdup_printf (ngettext ("Saved %u of %u ticket.", "Saved %u of %u tickets.", n_total),
                           n_total - n_failed, n_total);
  if (n_failed == 0)
    {
      set_text (self, saved, FALSE);
      return;
    }

  failed = g_strdup_printf (ngettext ("%u ticket could not be saved: check its form.",
                                      "%u tickets could not be saved: check their forms.",
                                      n_failed),
                            n_failed);
  /* Translators: "Saved 3 of 5 tickets." then "2 tickets could not be saved: …". */
  text = g_strdup_printf (C_("saving result", "%1$s %2$s"), saved, failed);
  set_text (self, text, TRUE);
}

void
tickets_batch_status_show_stopped (TicketsBatchStatus *self,
                                   guint               n_saved,
                                   guint               n_total)
{
  g_autofree char *text = NULL;

  g_return_if_fail (TICKETS_IS_BATCH_STATUS (self));

  /* Translators: after Stop, as in "Stopped. Saved 2 of 5 tickets." */
  text = g_strdup_printf (ngettext ("Stopped. Saved %u of %u ticket.", "Stopped. Saved %u of %u tickets.", n_total),
                          n_saved, n_total);
  set_text (self, text, FALSE);
}

const char *
tickets_batch_status_get_text (TicketsBatchStatus *self)
{
  g_return_val_if_fail (TICKETS_IS_BATCH_STATUS (self), NULL);

  return gtk_label_get_text (self->label);
}

double
tickets_batch_status_get_fraction (TicketsBatchStatus *self)
{
  g_return_val_if_fail (TICKETS_IS_BATCH_STATUS (self), 0);

  return gtk_progress_bar_get_fraction (self->progress_bar);
}

static void
tickets_batch_status_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), TICKETS_TYPE_BATCH_STATUS);

  G_OBJECT_CLASS (tickets_batch_status_parent_class)->dispose (object);
}

static void
tickets_batch_status_class_init (TicketsBatchStatusClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tickets_batch_status_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Tickets/views/tickets-batch-status.ui");
  gtk_widget_class_bind_template_child (widget_class, TicketsBatchStatus, label);
  gtk_widget_class_bind_template_child (widget_class, TicketsBatchStatus, progress_bar);
}

static void
tickets_batch_status_init (TicketsBatchStatus *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
