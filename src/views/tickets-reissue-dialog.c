/* tickets-reissue-dialog.c
 *
 * Re-issuing tickets at the counter: the tickets of the scanned one's order
 * (the scanned one ticked, only valid ones offered), the new customer (the
 * fans' form, or a person found by search, whose details fill it), then a
 * confirmation that says plainly that the old barcodes stop working, and
 * only then POST /orders. The new order and its barcodes, each with a
 * Print button, are shown once the server has made them; nothing says
 * "re-issued" before.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tickets-accessible.h"
#include "tickets-counter-actions.h"
#include "tickets-error.h"
#include "tickets-format.h"
#include "tickets-order.h"
#include "tickets-people-picker.h"
#include "tickets-personalization-form-view.h"
#include "tickets-store.h"
#include "tickets-verdict.h"

#define TICKETS_TYPE_REISSUE_DIALOG (tickets_reissue_dialog_get_type ())

G_DECLARE_FINAL_TYPE (TicketsReissueDialog, tickets_reissue_dialog, TICKETS, REISSUE_DIALOG, AdwWindow)

struct _TicketsReissueDialog
{
  AdwWindow                       parent_instance;

  TicketsCounter                 *counter;
  /* The scanned ticket, and a stand-in with its form and no holder, so
   * that the new customer's form starts empty. */
  TicketsTicket                  *ticket;
  TicketsTicket                  *blank;
  TicketsOrder                   *order;
  /* The order's tickets that can be re-issued, each with its check box. */
  GPtrArray                      *choices;
  TicketsConsumer                *customer;
  GCancellable                   *cancellable;
  GtkWidget                      *return_focus;
  gboolean                        busy;

  GtkButton                      *back_button;
  AdwWindowTitle                 *window_title;
  GtkLabel                       *banner;
  GtkStack                       *steps;
  GtkWidget                      *spinner;
  AdwPreferencesGroup            *tickets_group;
  GtkButton                      *tickets_next;
  AdwViewStack                   *customer_stack;
  TicketsPersonalizationFormView *form_view;
  TicketsPeoplePicker            *picker;
  GtkButton                      *customer_next;
  AdwStatusPage                  *confirm_page;
  GtkLabel                       *customer_label;
  GtkButton                      *confirm_button;
  GtkButton                      *cancel_button;
  GtkLabel                       *reference_label;
  AdwPreferencesGroup            *new_group;
  GtkButton                      *close_button;
};

G_DEFINE_FINAL_TYPE (TicketsReissueDialog, tickets_reissue_dialog, ADW_TYPE_WINDOW)

typedef struct
{
  TicketsTicket  *ticket;
  GtkCheckButton *check;
} Choice;

static void
choice_free (Choice *choice)
{
  g_object_unref (choice->ticket);
  g_free (choice);
}

static void
show_step (TicketsReissueDialog *self,
           const char           *step)
{
  gtk_stack_set_visible_child_name (self->steps, step);
  /* Back leads from the customer to the tickets, and from the
   * confirmation to the customer; not from what the server did. */
  gtk_widget_set_visible (GTK_WIDGET (self->back_button),
                          g_str_equal (step, "customer") || g_str_equal (step, "confirm"));
}

static const char *
ticket_title (TicketsTicket *ticket)
{
  TicketsProduct *product = tickets_ticket_get_product (ticket);
  const char *title = product != NULL ? tickets_best_text (tickets_product_get_name (product)) : NULL;

  return title != NULL ? title : _("Ticket");
}

/* Why a ticket of the order cannot be re-issued; NULL when it can. The API
 * re-issues valid tickets only. */
static const char *
describe_unavailable (TicketsTicket *ticket)
{
  switch (tickets_verdict_classify (ticket, NULL, NULL))
    {
    case TICKETS_VERDICT_REISSUED:
      return _("Already re-issued: its barcode no longer works");
    case TICKETS_VERDICT_CANCELLED:
      return _("Cancelled");
    case TICKETS_VERDICT_VOIDED:
      return _("Not valid: it cannot be re-issued");
    case TICKETS_VERDICT_NOT_FOUND:
    case TICKETS_VERDICT_OTHER_EVENT:
    case TICKETS_VERDICT_EXPIRED:
    case TICKETS_VERDICT_SUBSCRIPTION_INACTIVE:
    case TICKETS_VERDICT_ALREADY_SCANNED:
    case TICKETS_VERDICT_NEEDS_NAME:
    case TICKETS_VERDICT_VALID:
    default:
      return NULL;
    }
}

static guint
count_chosen (TicketsReissueDialog *self)
{
  guint n = 0;

  for (guint i = 0; i < self->choices->len; i++)
    {
      Choice *choice = g_ptr_array_index (self->choices, i);

      if (gtk_check_button_get_active (choice->check))
        n++;
    }

  return n;
}

static void
update_tickets_next (TicketsReissueDialog *self)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->tickets_next), count_chosen (self) > 0);
}

static void
add_ticket_row (TicketsReissueDialog *self,
                TicketsTicket        *ticket)
{
  const char *why = describe_unavailable (ticket);
  const char *code = tickets_ticket_get_code (ticket);
  TicketsConsumer *holder = tickets_ticket_get_consumer (ticket);
  g_autofree char *holder_name = holder != NULL ? tickets_consumer_dup_full_name (holder) : NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *accessible = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  /* Product names, holders and codes are server text, never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ticket_title (ticket));
  if (why != NULL)
    subtitle = g_strdup (why);
  else if (holder_name != NULL && *holder_name != '\0')
    /* Translators: a ticket's barcode, then its holder's name. */
    subtitle = g_strdup_printf (_("%1$s · %2$s"), code != NULL ? code : "", holder_name);
  else
    subtitle = g_strdup (code != NULL ? code : "");
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  /* Translators: a check box: the ticket's product, then what the row says of it. */
  accessible = g_strdup_printf (_("%1$s, %2$s"), ticket_title (ticket), subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);

  if (why == NULL)
    {
      Choice *choice = g_new0 (Choice, 1);

      choice->ticket = g_object_ref (ticket);
      choice->check = GTK_CHECK_BUTTON (check);
      g_ptr_array_add (self->choices, choice);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   g_strcmp0 (tickets_resource_get_uid (TICKETS_RESOURCE (ticket)),
                                              tickets_resource_get_uid (TICKETS_RESOURCE (self->ticket))) == 0);
      g_signal_connect_object (check, "toggled", G_CALLBACK (update_tickets_next), self, G_CONNECT_SWAPPED);
    }
  else
    gtk_widget_set_sensitive (check, FALSE);

  adw_preferences_group_add (self->tickets_group, row);
}

static void
on_order_loaded (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(TicketsReissueDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(TicketsOrder) order = NULL;
  GListModel *tickets;
  g_autofree char *description = NULL;

  order = tickets_store_load_order_finish (TICKETS_STORE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (order == NULL)
    {
      /* A role that cannot read orders cannot re-issue their tickets. */
      if (g_error_matches (error, TICKETS_API_ERROR, TICKETS_API_ERROR_FORBIDDEN))
        {
          g_autofree char *forbidden = tickets_counter_dup_forbidden_text (TICKETS_STAFF_ACTION_REISSUE);

          tickets_counter_forbid (self->counter, TICKETS_STAFF_ACTION_REISSUE);
          tickets_show_label (self->banner, forbidden);
        }
      else
        tickets_show_label (self->banner, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->spinner), FALSE);
      return;
    }

  self->order = g_steal_pointer (&order);
  tickets = tickets_order_get_tickets (self->order);
  for (guint i = 0; tickets != NULL && i < g_list_model_get_n_items (tickets); i++)
    {
      g_autoptr(TicketsTicket) ticket = g_list_model_get_item (tickets, i);

      add_ticket_row (self, ticket);
    }

  /* The group's description is markup: the reference is escaped. */
  description = g_markup_printf_escaped (_("Order %s"), tickets_order_get_reference (self->order));
  adw_preferences_group_set_description (self->tickets_group, description);
  update_tickets_next (self);
  tickets_accessible_tidy_names (GTK_WIDGET (self->tickets_group));
  show_step (self, "tickets");
  if (count_chosen (self) > 0)
    gtk_widget_grab_focus (GTK_WIDGET (self->tickets_next));
  else if (self->choices->len > 0)
    gtk_widget_grab_focus (GTK_WIDGET (((Choice *) g_ptr_array_index (self->choices, 0))->check));
}

static void
on_tickets_next (TicketsReissueDialog *self)
{
  if (count_chosen (self) == 0)
    return;

  tickets_show_label (self->banner, NULL);
  show_step (self, "customer");
  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->customer_stack), "pick") == 0)
    tickets_people_picker_focus_entry (self->picker);
  else
    tickets_personalization_form_view_focus_first_field (self->form_view);
}

static void
on_customer_next (TicketsReissueDialog *self)
{
  g_autofree char *name = NULL;
  g_autofree char *who = NULL;
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *button = NULL;
  const char *email;
  guint n = count_chosen (self);

  /* The API wants the new customer's details: a person found fills the
   * form, and the form's rules say whether they are enough. */
  adw_view_stack_set_visible_child_name (self->customer_stack, "form");
  if (!tickets_personalization_form_view_validate (self->form_view))
    return;

  g_clear_object (&self->customer);
  self->customer = tickets_personalization_form_view_build_counter_consumer (self->form_view);
  name = tickets_consumer_dup_full_name (self->customer);
  email = tickets_consumer_get_email (self->customer);
  if (email != NULL && *email != '\0')
    /* Translators: who gets the new tickets: a name, then an email address. */
    who = g_strdup_printf (_("New customer: %1$s (%2$s)"), name, email);
  else
    who = g_strdup_printf (_("New customer: %s"), name);
  gtk_label_set_text (self->customer_label, who);

  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Re-issue %u Ticket?", "Re-issue %u Tickets?", n), n);
  body = n == 1 ?
         g_strdup (_("The old barcode of this ticket stops working at once. The customer gets a new ticket in a new order.")) :
         g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "The old barcodes of these %u tickets stop working at once. The customer gets new tickets in a new order.",
                                       "The old barcodes of these %u tickets stop working at once. The customer gets new tickets in a new order.",
                                       n), n);
  escaped = g_markup_escape_text (body, -1);
  button = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "_Re-issue %u Ticket", "_Re-issue %u Tickets", n), n);
  adw_status_page_set_title (self->confirm_page, title);
  adw_status_page_set_description (self->confirm_page, escaped);
  gtk_button_set_label (self->confirm_button, button);
  tickets_accessible_tidy_names (GTK_WIDGET (self->confirm_button));
  gtk_widget_set_sensitive (GTK_WIDGET (self->confirm_button),
                            tickets_counter_get_ability (self->counter, TICKETS_STAFF_ACTION_REISSUE) != TICKETS_ABILITY_FORBIDDEN);

  tickets_show_label (self->banner, NULL);
  show_step (self, "confirm");
  /* Enter must not destroy barcodes: the focus starts on Cancel. */
  gtk_widget_grab_focus (GTK_WIDGET (self->cancel_button));
}

static void
on_consumer_activated (TicketsReissueDialog *self,
                       TicketsConsumer      *consumer)
{
  /* Their details fill the form (never a consent box), where what the
   * form needs and the search did not have can be added. */
  tickets_personalization_form_view_fill_from_consumer (self->form_view, consumer);
  on_customer_next (self);
}

static void
on_customer_page_changed (TicketsReissueDialog *self)
{
  const char *name = adw_view_stack_get_visible_child_name (self->customer_stack);

  if (!gtk_widget_get_mapped (GTK_WIDGET (self)) || g_strcmp0 (gtk_stack_get_visible_child_name (self->steps), "customer") != 0)
    return;
  if (g_strcmp0 (name, "pick") == 0)
    tickets_people_picker_focus_entry (self->picker);
}

static void
on_print_clicked (GtkButton            *button,
                  TicketsReissueDialog *self)
{
  tickets_counter_print (GTK_WINDOW (self), self->counter, g_object_get_data (G_OBJECT (button), "ticket"));
}

static void
add_new_ticket_row (TicketsReissueDialog *self,
                    TicketsTicket        *ticket)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *code = gtk_label_new (tickets_ticket_get_code (ticket));
  GtkWidget *print;
  g_autofree char *accessible = NULL;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ticket_title (ticket));
  /* The new barcode, to read out or copy. */
  gtk_label_set_selectable (GTK_LABEL (code), TRUE);
  gtk_widget_add_css_class (code, "monospace");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), code);

  /* The customer leaves with the new tickets on paper. */
  print = gtk_button_new_from_icon_name ("printer-symbolic");
  gtk_widget_set_valign (print, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (print, "flat");
  gtk_widget_set_tooltip_text (print, _("Print"));
  /* Translators: a button's name for screen readers: print the ticket with this barcode. */
  accessible = g_strdup_printf (_("Print %s"), tickets_ticket_get_code (ticket));
  gtk_accessible_update_property (GTK_ACCESSIBLE (print), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  g_object_set_data_full (G_OBJECT (print), "ticket", g_object_ref (ticket), g_object_unref);
  g_signal_connect_object (print, "clicked", G_CALLBACK (on_print_clicked), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), print);

  adw_preferences_group_add (self->new_group, row);
}

static void
on_reissued (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(TicketsReissueDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(TicketsOrder) order = NULL;
  g_autofree char *title = NULL;
  g_autofree char *reference = NULL;
  const char *code;
  GListModel *tickets;
  guint n;

  order = tickets_store_reissue_tickets_finish (TICKETS_STORE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self->busy = FALSE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->confirm_button), TRUE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->cancel_button), TRUE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->back_button), TRUE);

  if (order == NULL)
    {
      if (g_error_matches (error, TICKETS_API_ERROR, TICKETS_API_ERROR_FORBIDDEN))
        {
          g_autofree char *forbidden = tickets_counter_dup_forbidden_text (TICKETS_STAFF_ACTION_REISSUE);

          tickets_counter_forbid (self->counter, TICKETS_STAFF_ACTION_REISSUE);
          gtk_widget_set_sensitive (GTK_WIDGET (self->confirm_button), FALSE);
          tickets_show_label (self->banner, forbidden);
          return;
        }

      /* A field's message waits next to its field; what was typed stays. */
      tickets_personalization_form_view_show_error (self->form_view, error);
      tickets_show_label (self->banner, error->message);
      return;
    }

  tickets = tickets_order_get_tickets (order);
  n = tickets != NULL ? g_list_model_get_n_items (tickets) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TicketsTicket) ticket = g_list_model_get_item (tickets, i);

      add_new_ticket_row (self, ticket);
    }
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u Ticket Re-issued", "%u Tickets Re-issued", n), n);
  adw_window_title_set_title (self->window_title, title);
  reference = g_strdup_printf (_("New order %s"), tickets_order_get_reference (order));
  gtk_label_set_text (self->reference_label, reference);

  tickets_accessible_tidy_names (GTK_WIDGET (self->new_group));
  tickets_show_label (self->banner, NULL);
  show_step (self, "done");
  gtk_widget_grab_focus (GTK_WIDGET (self->close_button));

  /* The card shows the scanned ticket as it was: looked up again (past the
   * double-fire filter), it says the old barcode no longer works. Not when
   * another code was scanned since: that one is on the card. */
  code = tickets_ticket_get_code (self->ticket);
  if (code != NULL && g_strcmp0 (tickets_counter_get_code (self->counter), code) == 0)
    tickets_counter_retry (self->counter);
}

static void
on_confirm_clicked (TicketsReissueDialog *self)
{
  TicketsSession *session = tickets_counter_get_session (self->counter);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) uids = NULL;

  if (self->busy || self->customer == NULL || count_chosen (self) == 0)
    return;

  for (guint i = 0; i < self->choices->len; i++)
    {
      Choice *choice = g_ptr_array_index (self->choices, i);

      if (gtk_check_button_get_active (choice->check))
        g_strv_builder_add (builder, tickets_resource_get_uid (TICKETS_RESOURCE (choice->ticket)));
    }
  uids = g_strv_builder_end (builder);

  self->busy = TRUE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->confirm_button), FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->cancel_button), FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->back_button), FALSE);
  tickets_show_label (self->banner, NULL);
  tickets_store_reissue_tickets_async (tickets_session_get_store (session), (const char * const *) uids,
                                       self->customer, tickets_session_get_auth (session),
                                       self->cancellable, on_reissued, g_object_ref (self));
}

static void
go_back (TicketsReissueDialog *self)
{
  const char *step = gtk_stack_get_visible_child_name (self->steps);

  if (self->busy)
    return;

  tickets_show_label (self->banner, NULL);
  if (g_strcmp0 (step, "confirm") == 0)
    {
      show_step (self, "customer");
      tickets_personalization_form_view_focus_first_field (self->form_view);
    }
  else if (g_strcmp0 (step, "customer") == 0)
    {
      show_step (self, "tickets");
      gtk_widget_grab_focus (GTK_WIDGET (self->tickets_next));
    }
}

static void
on_back_clicked (TicketsReissueDialog *self)
{
  go_back (self);
}

static void
on_cancel_clicked (TicketsReissueDialog *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_close_clicked (TicketsReissueDialog *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
back_cb (GtkWidget *widget,
         GVariant  *args,
         gpointer   user_data)
{
  go_back (TICKETS_REISSUE_DIALOG (widget));
  return TRUE;
}

/* Once sent, the re-issue is the server's: the window waits for its answer,
 * which says whether the old barcodes still work. */
static gboolean
tickets_reissue_dialog_close_request (GtkWindow *window)
{
  TicketsReissueDialog *self = TICKETS_REISSUE_DIALOG (window);

  if (self->busy)
    return TRUE;

  return GTK_WINDOW_CLASS (tickets_reissue_dialog_parent_class)->close_request (window);
}

static void
tickets_reissue_dialog_dispose (GObject *object)
{
  TicketsReissueDialog *self = TICKETS_REISSUE_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  tickets_accessible_return_focus (&self->return_focus);
  g_clear_pointer (&self->choices, g_ptr_array_unref);
  g_clear_object (&self->customer);
  g_clear_object (&self->order);
  g_clear_object (&self->blank);
  g_clear_object (&self->ticket);
  g_clear_object (&self->counter);

  gtk_widget_dispose_template (GTK_WIDGET (self), TICKETS_TYPE_REISSUE_DIALOG);

  G_OBJECT_CLASS (tickets_reissue_dialog_parent_class)->dispose (object);
}

static void
tickets_reissue_dialog_class_init (TicketsReissueDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = tickets_reissue_dialog_dispose;
  window_class->close_request = tickets_reissue_dialog_close_request;

  g_type_ensure (TICKETS_TYPE_PERSONALIZATION_FORM_VIEW);
  g_type_ensure (TICKETS_TYPE_PEOPLE_PICKER);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Tickets/views/tickets-reissue-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TicketsReissueDialog, back_button);
  gtk_widget_class_bind_template_child (widget_class, TicketsReissueDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, TicketsReissueDialog, banner);
  gtk_widget_class_bind_template_child (widget_class, TicketsReissueDialog, steps);
  gtk_widget_class_bind_template_child (widget_class, TicketsReissueDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, TicketsReissueDialog, tickets_group);
  gtk_widget_class_bind_template_child (widget_class, TicketsReissueDialog, tickets_next);
  gtk_widget_class_bind_template_child (widget_class, TicketsReissueDialog, customer_stack);
  gtk_widget_class_bind_template_child (widget_class, TicketsReissueDialog, form_view);
  gtk_widget_class_bind_template_child (widget_class, TicketsReissueDialog, picker);
  gtk_widget_class_bind_template_child (widget_class, TicketsReissueDialog, customer_next);
  gtk_widget_class_bind_template_child (widget_class, TicketsReissueDialog, confirm_page);
  gtk_widget_class_bind_template_child (widget_class, TicketsReissueDialog, customer_label);
  gtk_widget_class_bind_template_child (widget_class, TicketsReissueDialog, confirm_button);
  gtk_widget_class_bind_template_child (widget_class, TicketsReissueDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, TicketsReissueDialog, reference_label);
  gtk_widget_class_bind_template_child (widget_class, TicketsReissueDialog, new_group);
  gtk_widget_class_bind_template_child (widget_class, TicketsReissueDialog, close_button);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_tickets_next);
  gtk_widget_class_bind_template_callback (widget_class, on_customer_next);
  gtk_widget_class_bind_template_callback (widget_class, on_customer_page_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_consumer_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_confirm_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_close_clicked);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Left, GDK_ALT_MASK, back_cb, NULL);
}

static void
tickets_reissue_dialog_init (TicketsReissueDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  self->choices = g_ptr_array_new_with_free_func ((GDestroyNotify) choice_free);
}

void
tickets_counter_reissue (GtkWindow      *parent,
                         TicketsCounter *counter,
                         TicketsTicket  *ticket)
{
  TicketsReissueDialog *self;
  TicketsSession *session;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (TICKETS_IS_COUNTER (counter));
  g_return_if_fail (TICKETS_IS_TICKET (ticket));

  self = g_object_new (TICKETS_TYPE_REISSUE_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->counter = g_object_ref (counter);
  tickets_people_picker_set_session (self->picker, tickets_counter_get_session (counter));
  self->ticket = g_object_ref (ticket);
  if (parent != NULL)
    g_set_weak_pointer (&self->return_focus, gtk_window_get_focus (parent));

  /* The new customer is someone else: the form asks what the ticket's
   * form asks, and starts empty, not with the present holder's details. */
  self->blank = tickets_ticket_new (tickets_resource_get_uid (TICKETS_RESOURCE (ticket)));
  tickets_ticket_set_event (self->blank, tickets_ticket_get_event (ticket));
  tickets_ticket_set_product (self->blank, tickets_ticket_get_product (ticket));
  tickets_ticket_set_personalization_form (self->blank, tickets_ticket_get_personalization_form (ticket));
  g_object_set (self->form_view, "ticket", self->blank, "editable", TRUE, NULL);
  /* POST /orders carries no opt-ins. */
  tickets_personalization_form_view_hide_consent (self->form_view);

  show_step (self, "loading");
  tickets_accessible_tidy_names (GTK_WIDGET (self));
  gtk_window_present (GTK_WINDOW (self));

  if (tickets_ticket_get_order_uri (ticket) == NULL)
    {
      tickets_show_label (self->banner, _("The order of this ticket is not known: look the ticket up again."));
      return;
    }

  session = tickets_counter_get_session (counter);
  tickets_store_load_order_async (tickets_session_get_store (session), tickets_ticket_get_order_uri (ticket),
                                  tickets_session_get_auth (session), self->cancellable,
                                  on_order_loaded, g_object_ref (self));
}
