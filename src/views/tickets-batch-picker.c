/* tickets-batch-picker.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tickets-batch-picker.h"
#include "tickets-batch-row.h"

/* A ticket's row in the group and its check. */
typedef struct
{
  TicketsTicket *ticket;
  GtkWidget     *row;    /* owned by the group */
  GtkWidget     *check;
} Pick;

struct _TicketsBatchPicker
{
  GtkBox               parent_instance;

  AdwPreferencesGroup *group;
  GtkCheckButton      *select_all_check;
  GtkWidget           *continue_button;

  GPtrArray           *picks;          /* Pick, in the order's order */
  GHashTable          *picks_by_ticket;  /* TicketsTicket → Pick */
  guint                n_picked;
  gboolean             syncing_checks;
};

G_DEFINE_FINAL_TYPE (TicketsBatchPicker, tickets_batch_picker, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_N_PICKED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pick_free (Pick *pick)
{
  g_clear_object (&pick->ticket);
  g_free (pick);
}

static void
update_state (TicketsBatchPicker *self)
{
  guint n = 0;
  g_autofree char *label = NULL;

  for (guint i = 0; i < self->picks->len; i++)
    if (gtk_check_button_get_active (GTK_CHECK_BUTTON (((Pick *) g_ptr_array_index (self->picks, i))->check)))
      n++;

  /* Translators: the button that moves on from choosing tickets to their forms. */
  label = g_strdup_printf (ngettext ("_Name %u Ticket", "_Name %u Tickets", n), n);
  gtk_button_set_label (GTK_BUTTON (self->continue_button), label);

  self->syncing_checks = TRUE;
  gtk_check_button_set_active (self->select_all_check, n > 0 && n == self->picks->len);
  gtk_check_button_set_inconsistent (self->select_all_check, n > 0 && n < self->picks->len);
  self->syncing_checks = FALSE;

  if (n != self->n_picked)
    {
      self->n_picked = n;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PICKED]);
    }
}

static void
on_pick_toggled (TicketsBatchPicker *self)
{
  if (!self->syncing_checks)
    update_state (self);
}

static void
on_select_all_toggled (TicketsBatchPicker *self)
{
  gboolean active;

  if (self->syncing_checks)
    return;

  active = gtk_check_button_get_active (self->select_all_check);
  self->syncing_checks = TRUE;
  for (guint i = 0; i < self->picks->len; i++)
    {
      Pick *pick = g_ptr_array_index (self->picks, i);

      if (gtk_widget_get_sensitive (pick->check))
        gtk_check_button_set_active (GTK_CHECK_BUTTON (pick->check), active);
    }
  self->syncing_checks = FALSE;

  update_state (self);
}

void
tickets_batch_picker_add (TicketsBatchPicker *self,
                          TicketsTicket      *ticket)
{
  Pick *pick;
  g_autofree char *title = NULL;
  g_autofree char *details = NULL;
  g_autofree char *name = NULL;

  g_return_if_fail (TICKETS_IS_BATCH_PICKER (self));
  g_return_if_fail (TICKETS_IS_TICKET (ticket));

  if (g_hash_table_contains (self->picks_by_ticket, ticket))
    return;

  title = tickets_batch_dup_ticket_title (ticket);
  details = tickets_batch_dup_ticket_details (ticket);
  pick = g_new0 (Pick, 1);
  pick->ticket = g_object_ref (ticket);
  pick->row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (pick->row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (pick->row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (pick->row), details);

  pick->check = gtk_check_button_new ();
  gtk_widget_set_valign (pick->check, GTK_ALIGN_CENTER);
  /* Translators: a ticket, read by a screen reader: the product, then the barcode (and seat). */
  name = g_strdup_printf (_("%1$s, %2$s"), title, details);
  gtk_accessible_update_property (GTK_ACCESSIBLE (pick->check),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  /* The tickets nobody has named yet are the ones this is for. */
  gtk_check_button_set_active (GTK_CHECK_BUTTON (pick->check),
                               tickets_ticket_get_personalization_state (ticket, NULL) == TICKETS_PERSONALIZATION_STATE_NEEDED);
  g_signal_connect_object (pick->check, "toggled", G_CALLBACK (on_pick_toggled), self, G_CONNECT_SWAPPED);

  adw_action_row_add_prefix (ADW_ACTION_ROW (pick->row), pick->check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (pick->row), pick->check);
  /* One Tab stop per ticket, the check, which a screen reader reads with
   * its name and state; a click anywhere on the row still ticks it. */
  gtk_widget_set_focusable (pick->row, FALSE);
  adw_preferences_group_add (self->group, pick->row);

  g_ptr_array_add (self->picks, pick);
  g_hash_table_insert (self->picks_by_ticket, ticket, pick);
  update_state (self);
}

void
tickets_batch_picker_remove_all (TicketsBatchPicker *self)
{
  g_return_if_fail (TICKETS_IS_BATCH_PICKER (self));

  for (guint i = 0; i < self->picks->len; i++)
    adw_preferences_group_remove (self->group, ((Pick *) g_ptr_array_index (self->picks, i))->row);
  g_hash_table_remove_all (self->picks_by_ticket);
  g_ptr_array_set_size (self->picks, 0);
  update_state (self);
}

guint
tickets_batch_picker_get_n_picked (TicketsBatchPicker *self)
{
  g_return_val_if_fail (TICKETS_IS_BATCH_PICKER (self), 0);

  return self->n_picked;
}

gboolean
tickets_batch_picker_is_picked (TicketsBatchPicker *self,
                                TicketsTicket      *ticket)
{
  Pick *pick;

  g_return_val_if_fail (TICKETS_IS_BATCH_PICKER (self), FALSE);

  pick = g_hash_table_lookup (self->picks_by_ticket, ticket);

  return pick != NULL && gtk_check_button_get_active (GTK_CHECK_BUTTON (pick->check));
}

void
tickets_batch_picker_set_pickable (TicketsBatchPicker *self,
                                   TicketsTicket      *ticket,
                                   gboolean            pickable)
{
  Pick *pick;

  g_return_if_fail (TICKETS_IS_BATCH_PICKER (self));

  pick = g_hash_table_lookup (self->picks_by_ticket, ticket);
  if (pick != NULL)
    gtk_widget_set_sensitive (pick->check, pickable);
}

void
tickets_batch_picker_focus_first (TicketsBatchPicker *self)
{
  g_return_if_fail (TICKETS_IS_BATCH_PICKER (self));

  for (guint i = 0; i < self->picks->len; i++)
    if (gtk_widget_grab_focus (((Pick *) g_ptr_array_index (self->picks, i))->check))
      return;
}

static void
tickets_batch_picker_dispose (GObject *object)
{
  TicketsBatchPicker *self = TICKETS_BATCH_PICKER (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), TICKETS_TYPE_BATCH_PICKER);
  g_hash_table_remove_all (self->picks_by_ticket);
  g_ptr_array_set_size (self->picks, 0);

  G_OBJECT_CLASS (tickets_batch_picker_parent_class)->dispose (object);
}

static void
tickets_batch_picker_finalize (GObject *object)
{
  TicketsBatchPicker *self = TICKETS_BATCH_PICKER (object);

  g_ptr_array_unref (self->picks);
  g_hash_table_unref (self->picks_by_ticket);

  G_OBJECT_CLASS (tickets_batch_picker_parent_class)->finalize (object);
}

static void
tickets_batch_picker_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  TicketsBatchPicker *self = TICKETS_BATCH_PICKER (object);

  switch (prop_id)
    {
    case PROP_N_PICKED:
      g_value_set_uint (value, self->n_picked);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_batch_picker_class_init (TicketsBatchPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tickets_batch_picker_dispose;
  object_class->finalize = tickets_batch_picker_finalize;
  object_class->get_property = tickets_batch_picker_get_property;

  /**
   * TicketsBatchPicker:n-picked:
   *
   * How many tickets are ticked.
   */
  properties[PROP_N_PICKED] =
    g_param_spec_uint ("n-picked", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Tickets/views/tickets-batch-picker.ui");
  gtk_widget_class_bind_template_child (widget_class, TicketsBatchPicker, group);
  gtk_widget_class_bind_template_child (widget_class, TicketsBatchPicker, select_all_check);
  gtk_widget_class_bind_template_child (widget_class, TicketsBatchPicker, continue_button);
  gtk_widget_class_bind_template_callback (widget_class, on_select_all_toggled);
}

static void
tickets_batch_picker_init (TicketsBatchPicker *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->picks = g_ptr_array_new_with_free_func ((GDestroyNotify) pick_free);
  self->picks_by_ticket = g_hash_table_new (NULL, NULL);
  update_state (self);
}
