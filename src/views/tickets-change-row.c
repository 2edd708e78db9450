/* tickets-change-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tickets-change-row.h"

struct _TicketsChangeRow
{
  AdwActionRow   parent_instance;

  TicketsChange *change;
  GtkWidget     *retry_button;
  GtkWidget     *discard_button;
};

G_DEFINE_FINAL_TYPE (TicketsChangeRow, tickets_change_row, ADW_TYPE_ACTION_ROW)

enum {
  RETRY,
  DISCARD,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

char *
tickets_change_row_format_state (TicketsChange *change)
{
  const char *last_error = tickets_change_get_last_error (change);
  guint attempts = tickets_change_get_attempts (change);

  g_return_val_if_fail (TICKETS_IS_CHANGE (change), NULL);

  switch (tickets_change_get_state (change))
    {
    case TICKETS_OUTBOX_PENDING:
      if (attempts > 0 && last_error != NULL)
        /* Translators: %u counts the tries so far, %s says why the last one failed. */
        return g_strdup_printf (ngettext ("Waiting to be sent, tried %u time: %s",
                                          "Waiting to be sent, tried %u times: %s", attempts),
                                attempts, last_error);
      return g_strdup (_("Waiting to be sent"));
    case TICKETS_OUTBOX_SENDING:
      return g_strdup (_("Sending…"));
    case TICKETS_OUTBOX_UNKNOWN:
      /* The answer was lost: the server's state is read back before
       * anything is sent again. */
      return g_strdup (_("Checking whether it went through"));
    case TICKETS_OUTBOX_REFUSED:
      if (last_error != NULL)
        /* Translators: %s is the server's message. */
        return g_strdup_printf (_("Refused: %s"), last_error);
      return g_strdup (_("Refused by the server"));
    case TICKETS_OUTBOX_DONE:
    default:
      return g_strdup (_("Sent"));
    }
}

static void
update (TicketsChangeRow *self)
{
  TicketsOutboxState state = tickets_change_get_state (self->change);
  g_autofree char *text = tickets_change_row_format_state (self->change);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), tickets_change_get_summary (self->change));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), text);
  gtk_widget_set_visible (self->retry_button, state == TICKETS_OUTBOX_PENDING || state == TICKETS_OUTBOX_UNKNOWN ||
                                                state == TICKETS_OUTBOX_REFUSED);
  /* What is on its way cannot be called back: its answer decides. */
  gtk_widget_set_visible (self->discard_button, state != TICKETS_OUTBOX_SENDING && state != TICKETS_OUTBOX_DONE);
}

static void
on_retry_clicked (TicketsChangeRow *self)
{
  g_signal_emit (self, signals[RETRY], 0, self->change);
}

static void
on_discard_clicked (TicketsChangeRow *self)
{
  g_signal_emit (self, signals[DISCARD], 0, self->change);
}

static GtkWidget *
new_button (TicketsChangeRow *self,
            const char       *icon_name,
            const char       *name,
            GCallback         callback)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_widget_add_css_class (button, "flat");
  g_signal_connect_object (button, "clicked", callback, self, G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), button);

  return button;
}

GtkWidget *
tickets_change_row_new (TicketsChange *change)
{
  TicketsChangeRow *self;

  g_return_val_if_fail (TICKETS_IS_CHANGE (change), NULL);

  self = g_object_new (TICKETS_TYPE_CHANGE_ROW, NULL);
  self->change = g_object_ref (change);
  g_signal_connect_object (change, "notify", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);

  return GTK_WIDGET (self);
}

TicketsChange *
tickets_change_row_get_change (TicketsChangeRow *self)
{
  g_return_val_if_fail (TICKETS_IS_CHANGE_ROW (self), NULL);

  return self->change;
}

GtkWidget *
tickets_change_row_get_retry_button (TicketsChangeRow *self)
{
  g_return_val_if_fail (TICKETS_IS_CHANGE_ROW (self), NULL);

  return self->retry_button;
}

GtkWidget *
tickets_change_row_get_discard_button (TicketsChangeRow *self)
{
  g_return_val_if_fail (TICKETS_IS_CHANGE_ROW (self), NULL);

  return self->discard_button;
}

static void
tickets_change_row_dispose (GObject *object)
{
  TicketsChangeRow *self = TICKETS_CHANGE_ROW (object);

  g_clear_object (&self->change);

  G_OBJECT_CLASS (tickets_change_row_parent_class)->dispose (object);
}

static void
tickets_change_row_class_init (TicketsChangeRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tickets_change_row_dispose;

  /* Retry: send it now (an unclear one is checked first). */
  signals[RETRY] = g_signal_new ("retry", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 1, TICKETS_TYPE_CHANGE);
  /* Discard: drop it, what was typed with it; the holder asks first. */
  signals[DISCARD] = g_signal_new ("discard", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 1, TICKETS_TYPE_CHANGE);
}

static void
tickets_change_row_init (TicketsChangeRow *self)
{
  /* A person's name or the server's words: never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (self), 0);
  self->retry_button = new_button (self, "view-refresh-symbolic", _("Retry"), G_CALLBACK (on_retry_clicked));
  self->discard_button = new_button (self, "user-trash-symbolic", _("Discard"), G_CALLBACK (on_discard_clicked));
}
