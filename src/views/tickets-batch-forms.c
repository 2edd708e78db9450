/* tickets-batch-forms.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-batch-forms.h"

struct _TicketsBatchForms
{
  AdwBin          parent_instance;

  AdwLeaflet     *leaflet;
  GtkWidget      *sidebar;
  GtkListBox     *ticket_list;
  GtkWidget      *content;
  GtkWidget      *list_button;
  AdwWindowTitle *form_title;
  GtkStack       *form_stack;

  GHashTable     *forms;  /* TicketsBatchRow → TicketsPersonalizationFormView */
};

G_DEFINE_FINAL_TYPE (TicketsBatchForms, tickets_batch_forms, ADW_TYPE_BIN)

enum {
  SELECTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

void
tickets_batch_forms_append (TicketsBatchForms              *self,
                            TicketsBatchRow                *row,
                            TicketsPersonalizationFormView *form)
{
  g_return_if_fail (TICKETS_IS_BATCH_FORMS (self));
  g_return_if_fail (TICKETS_IS_BATCH_ROW (row));
  g_return_if_fail (TICKETS_IS_PERSONALIZATION_FORM_VIEW (form));

  g_hash_table_insert (self->forms, row, form);
  gtk_list_box_append (self->ticket_list, GTK_WIDGET (row));
  gtk_stack_add_child (self->form_stack, GTK_WIDGET (form));
}

void
tickets_batch_forms_remove_all (TicketsBatchForms *self)
{
  GHashTableIter iter;
  gpointer row;
  gpointer form;

  g_return_if_fail (TICKETS_IS_BATCH_FORMS (self));

  g_hash_table_iter_init (&iter, self->forms);
  while (g_hash_table_iter_next (&iter, &row, &form))
    {
      gtk_list_box_remove (self->ticket_list, row);
      if (gtk_widget_get_parent (form) == GTK_WIDGET (self->form_stack))
        gtk_stack_remove (self->form_stack, form);
      g_hash_table_iter_remove (&iter);
    }
}

void
tickets_batch_forms_show (TicketsBatchForms *self,
                          TicketsBatchRow   *row)
{
  g_return_if_fail (TICKETS_IS_BATCH_FORMS (self));
  g_return_if_fail (TICKETS_IS_BATCH_ROW (row));

  gtk_list_box_select_row (self->ticket_list, GTK_LIST_BOX_ROW (row));
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

void
tickets_batch_forms_show_list (TicketsBatchForms *self)
{
  GtkListBoxRow *row;

  g_return_if_fail (TICKETS_IS_BATCH_FORMS (self));

  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
  if ((row = gtk_list_box_get_selected_row (self->ticket_list)) != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

static void
on_ticket_row_selected (TicketsBatchForms *self,
                        GtkListBoxRow     *row)
{
  GtkWidget *form = row != NULL ? g_hash_table_lookup (self->forms, row) : NULL;

  if (form == NULL)
    return;

  /* First, so that the form is up to date when it shows. */
  g_signal_emit (self, signals[SELECTED], 0, row);
  gtk_stack_set_visible_child (self->form_stack, form);
  adw_window_title_set_title (self->form_title, tickets_batch_row_get_title (TICKETS_BATCH_ROW (row)));
  adw_window_title_set_subtitle (self->form_title, tickets_batch_row_get_details (TICKETS_BATCH_ROW (row)));
}

static void
on_ticket_row_activated (TicketsBatchForms *self,
                         GtkListBoxRow     *row)
{
  TicketsPersonalizationFormView *form = g_hash_table_lookup (self->forms, row);

  tickets_batch_forms_show (self, TICKETS_BATCH_ROW (row));
  if (form != NULL)
    tickets_personalization_form_view_focus_first_field (form);
}

static void
on_leaflet_folded (TicketsBatchForms *self)
{
  /* Also called while the template is torn down. */
  if (self->list_button != NULL)
    gtk_widget_set_visible (self->list_button, adw_leaflet_get_folded (self->leaflet));
}

static void
tickets_batch_forms_dispose (GObject *object)
{
  TicketsBatchForms *self = TICKETS_BATCH_FORMS (object);

  g_hash_table_remove_all (self->forms);
  gtk_widget_dispose_template (GTK_WIDGET (object), TICKETS_TYPE_BATCH_FORMS);
  self->leaflet = NULL;

  G_OBJECT_CLASS (tickets_batch_forms_parent_class)->dispose (object);
}

static void
tickets_batch_forms_finalize (GObject *object)
{
  TicketsBatchForms *self = TICKETS_BATCH_FORMS (object);

  g_hash_table_unref (self->forms);

  G_OBJECT_CLASS (tickets_batch_forms_parent_class)->finalize (object);
}

static void
tickets_batch_forms_class_init (TicketsBatchFormsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tickets_batch_forms_dispose;
  object_class->finalize = tickets_batch_forms_finalize;

  /**
   * TicketsBatchForms::selected:
   * @row: the ticket's row
   *
   * Another ticket was chosen; its form shows right after.
   */
  signals[SELECTED] =
    g_signal_new ("selected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, TICKETS_TYPE_BATCH_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Tickets/views/tickets-batch-forms.ui");
  gtk_widget_class_bind_template_child (widget_class, TicketsBatchForms, sidebar);
  gtk_widget_class_bind_template_child (widget_class, TicketsBatchForms, ticket_list);
  gtk_widget_class_bind_template_child (widget_class, TicketsBatchForms, content);
  gtk_widget_class_bind_template_child (widget_class, TicketsBatchForms, list_button);
  gtk_widget_class_bind_template_child (widget_class, TicketsBatchForms, form_title);
  gtk_widget_class_bind_template_child (widget_class, TicketsBatchForms, form_stack);
  gtk_widget_class_bind_template_callback (widget_class, on_ticket_row_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_ticket_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_leaflet_folded);
}

static void
tickets_batch_forms_init (TicketsBatchForms *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Not a bound template child: AdwBin unparents its child itself. */
  self->leaflet = ADW_LEAFLET (adw_bin_get_child (ADW_BIN (self)));

  self->forms = g_hash_table_new (NULL, NULL);
}
