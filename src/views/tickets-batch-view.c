/* tickets-batch-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tickets-batch-forms.h"
#include "tickets-batch-picker.h"
#include "tickets-batch-row.h"
#include "tickets-batch-run.h"
#include "tickets-batch-status.h"
#include "tickets-batch-view.h"
#include "tickets-batch-view-private.h"
#include "tickets-copy-sources.h"

/* A ticket that can be personalized (the picker holds its check) and,
 * once picked, its form. The form outlives unpicking, so nothing typed is
 * lost. */
typedef struct
{
  TicketsTicket                  *ticket;
  char                           *title;
  char                           *details;
  TicketsPersonalizationFormView *form;
  /* The row in the second step's list; NULL while the ticket is not in it. */
  TicketsBatchRow                *list_row;
  TicketsBatchRowState            state;
  GError                         *error;          /* the server's refusal, while FAILED */
} Item;

struct _TicketsBatchView
{
  AdwBin               parent_instance;

  GtkStack            *stack;
  TicketsBatchPicker  *picker;
  TicketsBatchForms   *forms;
  TicketsBatchStatus  *status;
  GtkWidget           *stop_button;
  GtkWidget           *save_button;

  TicketsOrder        *order;
  GPtrArray           *items;            /* Item, in the order's order */
  GHashTable          *items_by_ticket;  /* TicketsTicket → Item */
  GPtrArray           *picked;           /* Item (borrowed): the second step's */
  Item                *current;

  /* The run of Save All; NULL until the view is started. */
  TicketsBatchRun     *run;
  /* Where the focus was when Save All began, for after a failed run. */
  GtkWidget           *focus_before_save;
};

G_DEFINE_FINAL_TYPE (TicketsBatchView, tickets_batch_view, ADW_TYPE_BIN)

enum {
  DONE,
  CANCEL,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void save_all (TicketsBatchView *self);
static void go_back  (TicketsBatchView *self);

static Item *
item_new (TicketsTicket *ticket)
{
  Item *item = g_new0 (Item, 1);

  item->ticket = g_object_ref (ticket);
  item->title = tickets_batch_dup_ticket_title (ticket);
  item->details = tickets_batch_dup_ticket_details (ticket);

  return item;
}

static void
item_free (Item *item)
{
  g_clear_object (&item->ticket);
  g_clear_object (&item->form);
  g_clear_error (&item->error);
  g_free (item->title);
  g_free (item->details);
  g_free (item);
}

static gboolean
is_saving (TicketsBatchView *self)
{
  return self->run != NULL && tickets_batch_run_get_running (self->run);
}

static void
set_item_state (TicketsBatchView     *self,
                Item                 *item,
                TicketsBatchRowState  state)
{
  item->state = state;
  if (state != TICKETS_BATCH_ROW_FAILED)
    g_clear_error (&item->error);

  if (item->form != NULL)
    {
      tickets_personalization_form_view_set_busy (item->form, state == TICKETS_BATCH_ROW_QUEUED || state == TICKETS_BATCH_ROW_SAVING);
      tickets_personalization_form_view_set_editable (item->form, state != TICKETS_BATCH_ROW_SAVED);
    }
  /* A saved ticket stays in the batch: the person sees what was done. */
  tickets_batch_picker_set_pickable (self->picker, item->ticket, state != TICKETS_BATCH_ROW_SAVED);

  if (item->list_row != NULL)
    tickets_batch_row_set_state (item->list_row, state);
}

static int
find_picked (TicketsBatchView *self,
             Item             *item)
{
  guint index;

  if (item != NULL && g_ptr_array_find (self->picked, item, &index))
    return index;

  return -1;
}

static gboolean
has_unsaved (TicketsBatchView *self)
{
  for (guint i = 0; i < self->picked->len; i++)
    if (((Item *) g_ptr_array_index (self->picked, i))->state != TICKETS_BATCH_ROW_SAVED)
      return TRUE;

  return FALSE;
}

static void
update_actions (TicketsBatchView *self)
{
  gboolean saving = is_saving (self);
  int index = find_picked (self, self->current);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "batch.previous", index > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "batch.next",
                                 index >= 0 && (guint) index + 1 < self->picked->len);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "batch.save-all", !saving && has_unsaved (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "batch.stop", saving);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "batch.pick", !saving);
  /* Stop takes Save All's place: both would not fit 360 pixels. */
  gtk_widget_set_visible (self->stop_button, saving);
  gtk_widget_set_visible (self->save_button, !saving);
}

/* What the forms being filled say, ticket by ticket: while a ticket is
 * named in the batch, its form counts instead of who it holds now. */
static GHashTable *
dup_typed_holders (TicketsBatchView *self)
{
  GHashTable *typed = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);

  for (guint i = 0; i < self->picked->len; i++)
    {
      Item *item = g_ptr_array_index (self->picked, i);

      if (item->list_row != NULL && item->state != TICKETS_BATCH_ROW_SAVED)
        g_hash_table_insert (typed, item->ticket, tickets_personalization_form_view_build_consumer (item->form));
    }

  return typed;
}

/* The rest of the order, as the form sees it: the addresses other tickets of
 * the same product use (typed in the batch or held already), and the people
 * it can copy from, by the model's rule. The form on show does not change
 * under the person, so it is enough to bring this up to date when a form is
 * shown or saved. */
static void
update_form_context (TicketsBatchView *self,
                     Item             *item)
{
  GListModel *tickets = tickets_order_get_tickets (self->order);
  TicketsConsumer *buyer = tickets_order_get_consumer (self->order);
  g_autoptr(GHashTable) typed = dup_typed_holders (self);
  g_auto(GStrv) taken = tickets_copy_sources_dup_taken_emails (tickets, item->ticket, typed);
  g_autoptr(GListModel) others = tickets_copy_sources_dup_holders (tickets, item->ticket, buyer, typed);

  tickets_personalization_form_view_set_taken_emails (item->form, (const char * const *) taken);
  tickets_personalization_form_view_set_copy_sources (item->form, buyer, others);
}

static void
on_form_submit (TicketsBatchView *self)
{
  save_all (self);
}

static void
on_form_cancel (TicketsBatchView *self)
{
  go_back (self);
}

static void
ensure_form (TicketsBatchView *self,
             Item             *item)
{
  if (item->form != NULL)
    return;

  item->form = g_object_ref_sink (TICKETS_PERSONALIZATION_FORM_VIEW (tickets_personalization_form_view_new ()));
  /* Save All saves every form: one Save per form would say otherwise. */
  tickets_personalization_form_view_set_actions_visible (item->form, FALSE);
  tickets_personalization_form_view_set_ticket (item->form, item->ticket);
  tickets_personalization_form_view_set_locked_reason (item->form, _("Saved. This ticket now carries its holder's name."));
  g_signal_connect_object (item->form, "submit", G_CALLBACK (on_form_submit), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (item->form, "cancel", G_CALLBACK (on_form_cancel), self, G_CONNECT_SWAPPED);
}

/* Pick step: the picker's, but for going on. */

static void
on_picker_changed (TicketsBatchView *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "batch.continue",
                                 tickets_batch_picker_get_n_picked (self->picker) > 0);
}

/* Forms step */

static GtkWidget *
create_list_row (Item *item)
{
  item->list_row = TICKETS_BATCH_ROW (tickets_batch_row_new (item->ticket));
  tickets_batch_row_set_state (item->list_row, item->state);

  return GTK_WIDGET (item->list_row);
}

/* Takes the forms out of the second step; they stay with their items. */
static void
remove_forms (TicketsBatchView *self)
{
  self->current = NULL;
  tickets_batch_forms_remove_all (self->forms);
  for (guint i = 0; i < self->picked->len; i++)
    ((Item *) g_ptr_array_index (self->picked, i))->list_row = NULL;
  g_ptr_array_set_size (self->picked, 0);
}

static void
show_item (TicketsBatchView *self,
           Item             *item)
{
  tickets_batch_forms_show (self->forms, item->list_row);
}

/* Another ticket's form is about to show: it learns what the others say. */
static void
on_ticket_selected (TicketsBatchView *self,
                    TicketsBatchRow  *row)
{
  Item *item = g_hash_table_lookup (self->items_by_ticket, tickets_batch_row_get_ticket (row));

  if (item == NULL || item == self->current)
    return;

  self->current = item;
  update_form_context (self, item);
  update_actions (self);
}

static void
show_forms (TicketsBatchView *self)
{
  Item *first = NULL;

  remove_forms (self);
  for (guint i = 0; i < self->items->len; i++)
    {
      Item *item = g_ptr_array_index (self->items, i);

      if (!tickets_batch_picker_is_picked (self->picker, item->ticket))
        continue;

      ensure_form (self, item);
      tickets_batch_forms_append (self->forms, TICKETS_BATCH_ROW (create_list_row (item)), item->form);
      g_ptr_array_add (self->picked, item);
      if (first == NULL && item->state != TICKETS_BATCH_ROW_SAVED)
        first = item;
    }
  if (first == NULL)
    first = g_ptr_array_index (self->picked, 0);

  gtk_stack_set_visible_child_name (self->stack, "forms");
  show_item (self, first);
  update_actions (self);
  tickets_personalization_form_view_focus_first_field (first->form);
}

static void
show_pick (TicketsBatchView *self)
{
  gtk_stack_set_visible_child_name (self->stack, "pick");
  tickets_batch_picker_focus_first (self->picker);
}

/* Saving */

static void
stop_run (TicketsBatchView *self)
{
  if (self->run != NULL)
    tickets_batch_run_stop (self->run);
}

static guint
count_saved (TicketsBatchView *self)
{
  guint n = 0;

  for (guint i = 0; i < self->picked->len; i++)
    if (((Item *) g_ptr_array_index (self->picked, i))->state == TICKETS_BATCH_ROW_SAVED)
      n++;

  return n;
}

static void
update_progress (TicketsBatchView *self)
{
  tickets_batch_status_show_saving (self->status,
                                    tickets_batch_run_get_n_done (self->run), tickets_batch_run_get_n_total (self->run));
}

/* After a failed run nothing may have the focus (the Stop button that had
 * it is gone), and Ctrl+Enter only works with the focus in the view: back
 * where it was when Save All began, else in the first failed form. A
 * refused field that show_error() focused keeps it. */
static void
restore_focus (TicketsBatchView *self,
               Item             *first_failed)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *before = self->focus_before_save;

  g_clear_weak_pointer (&self->focus_before_save);
  if (root == NULL || (focus != NULL && gtk_widget_get_mapped (focus)))
    return;

  if (before != NULL && gtk_widget_is_ancestor (before, GTK_WIDGET (self)) &&
      gtk_widget_get_mapped (before) && gtk_widget_grab_focus (before))
    return;
  if (first_failed != NULL)
    tickets_personalization_form_view_focus_first_field (first_failed->form);
}

static void
finish_run (TicketsBatchView *self)
{
  Item *first_failed = NULL;
  guint n_run_failed = tickets_batch_run_get_n_failed (self->run);

  tickets_batch_status_show_finished (self->status, tickets_batch_run_get_n_total (self->run), n_run_failed);
  if (n_run_failed == 0)
    {
      gtk_button_set_label (GTK_BUTTON (self->save_button), _("_Save All"));
      update_actions (self);
      g_signal_emit (self, signals[DONE], 0, count_saved (self));
      return;
    }

  gtk_button_set_label (GTK_BUTTON (self->save_button), _("_Retry Failed"));
  update_actions (self);

  for (guint i = 0; first_failed == NULL && i < self->picked->len; i++)
    if (((Item *) g_ptr_array_index (self->picked, i))->state == TICKETS_BATCH_ROW_FAILED)
      first_failed = g_ptr_array_index (self->picked, i);
  if (first_failed != NULL)
    {
      show_item (self, first_failed);
      /* Again, now that it is on show: it puts the focus on the refused field. */
      tickets_personalization_form_view_show_error (first_failed->form, first_failed->error);
    }
  restore_focus (self, first_failed);
}

/* The run says how each ticket fared; its row and form say it on. */
static void
on_run_item_changed (TicketsBatchView *self,
                     TicketsTicket    *ticket)
{
  Item *item = g_hash_table_lookup (self->items_by_ticket, ticket);
  const GError *error = tickets_batch_run_get_error (self->run, ticket);

  if (item == NULL)
    return;

  switch (tickets_batch_run_get_state (self->run, ticket))
    {
    case TICKETS_BATCH_RUN_PENDING:
      set_item_state (self, item, TICKETS_BATCH_ROW_EDITING);
      break;
    case TICKETS_BATCH_RUN_QUEUED:
      set_item_state (self, item, TICKETS_BATCH_ROW_QUEUED);
      break;
    case TICKETS_BATCH_RUN_SAVING:
      set_item_state (self, item, TICKETS_BATCH_ROW_SAVING);
      update_progress (self);
      break;
    case TICKETS_BATCH_RUN_SAVED:
      set_item_state (self, item, TICKETS_BATCH_ROW_SAVED);
      tickets_personalization_form_view_show_error (item->form, NULL);
      break;
    case TICKETS_BATCH_RUN_FAILED:
      set_item_state (self, item, TICKETS_BATCH_ROW_FAILED);
      g_clear_error (&item->error);
      item->error = g_error_copy (error);
      tickets_personalization_form_view_show_error (item->form, error);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
on_run_running_changed (TicketsBatchView *self)
{
  GtkRoot *root;

  if (!tickets_batch_run_get_running (self->run))
    return;

  update_actions (self);
  root = gtk_widget_get_root (GTK_WIDGET (self));
  g_set_weak_pointer (&self->focus_before_save, root != NULL ? gtk_root_get_focus (root) : NULL);
  /* Out of the forms before they turn insensitive: a text entry losing its
   * sensitivity with the focus in it keeps blinking as if it had it. */
  gtk_widget_grab_focus (self->stop_button);
}

static void
drop_run (TicketsBatchView *self)
{
  if (self->run == NULL)
    return;

  /* Whatever a stop says about the tickets is no longer this view's. */
  g_signal_handlers_disconnect_by_data (self->run, self);
  tickets_batch_run_stop (self->run);
  g_clear_object (&self->run);
}

static void
save_all (TicketsBatchView *self)
{
  Item *first_invalid = NULL;
  guint n_invalid = 0;

  if (is_saving (self) || !has_unsaved (self) ||
      g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "forms") != 0)
    return;

  /* Nothing is sent unless every form is complete. */
  for (guint i = 0; i < self->picked->len; i++)
    {
      Item *item = g_ptr_array_index (self->picked, i);

      if (item->state == TICKETS_BATCH_ROW_SAVED)
        continue;
      update_form_context (self, item);
      if (tickets_personalization_form_view_validate (item->form))
        {
          if (item->state == TICKETS_BATCH_ROW_INVALID)
            set_item_state (self, item, TICKETS_BATCH_ROW_EDITING);
          continue;
        }
      set_item_state (self, item, TICKETS_BATCH_ROW_INVALID);
      n_invalid++;
      if (first_invalid == NULL)
        first_invalid = item;
    }

  if (first_invalid != NULL)
    {
      tickets_batch_status_show_incomplete (self->status, n_invalid);
      show_item (self, first_invalid);
      /* Again, now that it is on show: it puts the focus on the first problem. */
      tickets_personalization_form_view_validate (first_invalid->form);
      return;
    }

  /* The picked tickets not saved yet, in the order of the list; the run
   * groups them by holder and consent and sends them one after the other. */
  tickets_batch_run_forget_unsaved (self->run);
  for (guint i = 0; i < self->picked->len; i++)
    {
      Item *item = g_ptr_array_index (self->picked, i);
      g_autoptr(TicketsConsumer) consumer = NULL;

      if (item->state == TICKETS_BATCH_ROW_SAVED)
        continue;
      consumer = tickets_personalization_form_view_build_consumer (item->form);
      tickets_batch_run_set_holder (self->run, item->ticket, consumer,
                                    tickets_personalization_form_view_get_consent (item->form));
    }
  tickets_batch_run_start (self->run);
}

static void
go_back (TicketsBatchView *self)
{
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "forms") == 0)
    {
      if (!is_saving (self))
        show_pick (self);
      return;
    }

  g_signal_emit (self, signals[CANCEL], 0);
}

static void
clear_items (TicketsBatchView *self)
{
  stop_run (self);
  remove_forms (self);
  tickets_batch_picker_remove_all (self->picker);
  g_hash_table_remove_all (self->items_by_ticket);
  g_ptr_array_set_size (self->items, 0);
}

/* Actions */

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  g_signal_emit (widget, signals[CANCEL], 0);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  go_back (TICKETS_BATCH_VIEW (widget));
}

static void
continue_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  TicketsBatchView *self = TICKETS_BATCH_VIEW (widget);

  if (tickets_batch_picker_get_n_picked (self->picker) > 0)
    show_forms (self);
}

static void
pick_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  show_pick (TICKETS_BATCH_VIEW (widget));
}

static void
save_all_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  save_all (TICKETS_BATCH_VIEW (widget));
}

static void
stop_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TicketsBatchView *self = TICKETS_BATCH_VIEW (widget);

  stop_run (self);
  tickets_batch_status_show_stopped (self->status,
                                     tickets_batch_run_get_n_done (self->run) - tickets_batch_run_get_n_failed (self->run),
                                     tickets_batch_run_get_n_total (self->run));
  update_actions (self);
  gtk_widget_grab_focus (self->save_button);
}

static void
step (TicketsBatchView *self,
      int               delta)
{
  int index = find_picked (self, self->current) + delta;
  Item *item;

  if (index < 0 || (guint) index >= self->picked->len)
    return;
  item = g_ptr_array_index (self->picked, index);
  show_item (self, item);
  tickets_personalization_form_view_focus_first_field (item->form);
}

static void
previous_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  step (TICKETS_BATCH_VIEW (widget), -1);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  step (TICKETS_BATCH_VIEW (widget), 1);
}

static void
show_list_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  tickets_batch_forms_show_list (TICKETS_BATCH_VIEW (widget)->forms);
}

static void
tickets_batch_view_dispose (GObject *object)
{
  TicketsBatchView *self = TICKETS_BATCH_VIEW (object);

  /* The run's request in flight sees the cancellation and stops there. */
  drop_run (self);

  gtk_widget_dispose_template (GTK_WIDGET (object), TICKETS_TYPE_BATCH_VIEW);

  self->stack = NULL;
  self->current = NULL;
  g_clear_weak_pointer (&self->focus_before_save);
  g_ptr_array_set_size (self->picked, 0);
  g_hash_table_remove_all (self->items_by_ticket);
  g_ptr_array_set_size (self->items, 0);
  g_clear_object (&self->order);

  G_OBJECT_CLASS (tickets_batch_view_parent_class)->dispose (object);
}

static void
tickets_batch_view_finalize (GObject *object)
{
  TicketsBatchView *self = TICKETS_BATCH_VIEW (object);

  g_ptr_array_unref (self->items);
  g_ptr_array_unref (self->picked);
  g_hash_table_unref (self->items_by_ticket);

  G_OBJECT_CLASS (tickets_batch_view_parent_class)->finalize (object);
}

static void
tickets_batch_view_class_init (TicketsBatchViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tickets_batch_view_dispose;
  object_class->finalize = tickets_batch_view_finalize;

  /**
   * TicketsBatchView::done:
   * @n_saved: how many tickets the batch saved
   *
   * Every picked ticket has been saved.
   */
  signals[DONE] =
    g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
  /**
   * TicketsBatchView::cancel:
   *
   * The person leaves the batch.
   */
  signals[CANCEL] =
    g_signal_new ("cancel", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (TICKETS_TYPE_BATCH_FORMS);
  g_type_ensure (TICKETS_TYPE_BATCH_PICKER);
  g_type_ensure (TICKETS_TYPE_BATCH_STATUS);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Tickets/views/tickets-batch-view.ui");
  gtk_widget_class_bind_template_child (widget_class, TicketsBatchView, picker);
  gtk_widget_class_bind_template_child (widget_class, TicketsBatchView, forms);
  gtk_widget_class_bind_template_child (widget_class, TicketsBatchView, status);
  gtk_widget_class_bind_template_child (widget_class, TicketsBatchView, stop_button);
  gtk_widget_class_bind_template_child (widget_class, TicketsBatchView, save_button);
  gtk_widget_class_bind_template_callback (widget_class, on_picker_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_ticket_selected);

  gtk_widget_class_install_action (widget_class, "batch.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "batch.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "batch.continue", NULL, continue_action);
  gtk_widget_class_install_action (widget_class, "batch.pick", NULL, pick_action);
  gtk_widget_class_install_action (widget_class, "batch.save-all", NULL, save_all_action);
  gtk_widget_class_install_action (widget_class, "batch.stop", NULL, stop_action);
  gtk_widget_class_install_action (widget_class, "batch.previous", NULL, previous_action);
  gtk_widget_class_install_action (widget_class, "batch.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "batch.show-list", NULL, show_list_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "batch.save-all", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "batch.save-all", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_ISO_Enter, GDK_CONTROL_MASK, "batch.save-all", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "batch.back", NULL);
}

static void
tickets_batch_view_init (TicketsBatchView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Not a bound template child: AdwBin unparents its child itself. */
  self->stack = GTK_STACK (adw_bin_get_child (ADW_BIN (self)));

  self->items = g_ptr_array_new_with_free_func ((GDestroyNotify) item_free);
  self->picked = g_ptr_array_new ();
  self->items_by_ticket = g_hash_table_new (NULL, NULL);

  on_picker_changed (self);
  update_actions (self);
}

GtkWidget *
tickets_batch_view_new (void)
{
  return g_object_new (TICKETS_TYPE_BATCH_VIEW, NULL);
}

/**
 * tickets_batch_view_start:
 * @self: a #TicketsBatchView
 * @session: the session whose store saves the tickets, with its auth (the
 *   order's; none: the client's) as they are now
 * @order: the order whose tickets to name
 *
 * Starts over with the order's tickets as they are now. Forms of an earlier
 * start are dropped; requests still being sent are cancelled.
 */
void
tickets_batch_view_start (TicketsBatchView *self,
                          TicketsSession   *session,
                          TicketsOrder     *order)
{
  GListModel *tickets;

  g_return_if_fail (TICKETS_IS_BATCH_VIEW (self));
  g_return_if_fail (TICKETS_IS_SESSION (session));
  g_return_if_fail (TICKETS_IS_STORE (tickets_session_get_store (session)));
  g_return_if_fail (TICKETS_IS_ORDER (order));

  clear_items (self);
  drop_run (self);
  g_set_object (&self->order, order);
  /* The run keeps them: a sign-out meanwhile does not change whose names it sends. */
  self->run = tickets_batch_run_new (tickets_session_get_store (session), tickets_resource_get_uid (TICKETS_RESOURCE (order)),
                                     tickets_session_get_auth (session));
  g_signal_connect_object (self->run, "item-changed", G_CALLBACK (on_run_item_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->run, "notify::running", G_CALLBACK (on_run_running_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->run, "finished", G_CALLBACK (finish_run), self, G_CONNECT_SWAPPED);

  tickets = tickets_order_get_tickets (order);
  for (guint i = 0; i < g_list_model_get_n_items (tickets); i++)
    {
      g_autoptr(TicketsTicket) ticket = g_list_model_get_item (tickets, i);
      Item *item;

      if (!tickets_ticket_can_personalize (ticket, NULL) || g_hash_table_contains (self->items_by_ticket, ticket))
        continue;

      item = item_new (ticket);
      g_ptr_array_add (self->items, item);
      g_hash_table_insert (self->items_by_ticket, ticket, item);
      tickets_batch_picker_add (self->picker, ticket);
    }

  tickets_batch_status_clear (self->status);
  gtk_button_set_label (GTK_BUTTON (self->save_button), _("_Save All"));
  update_actions (self);

  if (self->items->len == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  show_pick (self);
}

TicketsPersonalizationFormView *
tickets_batch_view_get_form (TicketsBatchView *self,
                             TicketsTicket    *ticket)
{
  Item *item;

  g_return_val_if_fail (TICKETS_IS_BATCH_VIEW (self), NULL);

  item = g_hash_table_lookup (self->items_by_ticket, ticket);

  return item != NULL ? item->form : NULL;
}

TicketsPersonalizationFormView *
tickets_batch_view_get_visible_form (TicketsBatchView *self)
{
  g_return_val_if_fail (TICKETS_IS_BATCH_VIEW (self), NULL);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "forms") != 0 || self->current == NULL)
    return NULL;

  return self->current->form;
}

const char *
tickets_batch_view_get_status_text (TicketsBatchView *self)
{
  g_return_val_if_fail (TICKETS_IS_BATCH_VIEW (self), NULL);

  return tickets_batch_status_get_text (self->status);
}

double
tickets_batch_view_get_progress (TicketsBatchView *self)
{
  g_return_val_if_fail (TICKETS_IS_BATCH_VIEW (self), 0);

  return tickets_batch_status_get_fraction (self->status);
}

const char *
tickets_batch_view_get_ticket_status (TicketsBatchView *self,
                                      TicketsTicket    *ticket)
{
  Item *item;

  g_return_val_if_fail (TICKETS_IS_BATCH_VIEW (self), NULL);

  item = g_hash_table_lookup (self->items_by_ticket, ticket);
  if (item == NULL || item->list_row == NULL)
    return NULL;

  return tickets_batch_row_get_status (item->list_row);
}
