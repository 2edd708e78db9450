/* tickets-counter-personalize.c
 *
 * Naming a ticket at the counter, for the customer in front of the desk:
 * the fans' own form, or a person the staff member finds by search. Both go
 * through POST /consumers with the staff member's Basic auth, the path the
 * API gives staff (POST /personalization wants the order's or the fan's
 * token). A person found is posted by uid alone, so the details the search
 * showed cannot overwrite what the server holds.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tickets-accessible.h"
#include "tickets-body.h"
#include "tickets-counter-actions.h"
#include "tickets-error.h"
#include "tickets-format.h"
#include "tickets-people-picker.h"
#include "tickets-personalization-form-view.h"
#include "tickets-store.h"

#define TICKETS_TYPE_COUNTER_PERSONALIZE (tickets_counter_personalize_get_type ())

G_DECLARE_FINAL_TYPE (TicketsCounterPersonalize, tickets_counter_personalize, TICKETS, COUNTER_PERSONALIZE, AdwWindow)

struct _TicketsCounterPersonalize
{
  AdwWindow                       parent_instance;

  TicketsCounter                 *counter;
  TicketsTicket                  *ticket;
  /* Who a pick names, while it is on its way or waits on the "picked" page. */
  TicketsConsumer                *picked;
  GCancellable                   *cancellable;
  /* Where the keyboard goes back to when this closes: the scan field. */
  GtkWidget                      *return_focus;
  gboolean                        busy;

  AdwViewStack                   *stack;
  GtkLabel                       *banner;
  TicketsPersonalizationFormView *form_view;
  TicketsPeoplePicker            *picker;
  AdwStatusPage                  *picked_page;
  GtkButton                      *picked_button;
  AdwStatusPage                  *done_page;
  GtkButton                      *done_button;
};

G_DEFINE_FINAL_TYPE (TicketsCounterPersonalize, tickets_counter_personalize, ADW_TYPE_WINDOW)

static void
set_busy (TicketsCounterPersonalize *self,
          gboolean                   busy)
{
  self->busy = busy;
  tickets_personalization_form_view_set_busy (self->form_view, busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->picker), !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->picked_button), !busy);
}

/* The window's toast overlay, where the counter's other news goes. */
static AdwToastOverlay *
find_toast_overlay (GtkWidget *widget)
{
  if (widget == NULL)
    return NULL;
  if (ADW_IS_TOAST_OVERLAY (widget))
    return ADW_TOAST_OVERLAY (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      AdwToastOverlay *overlay = find_toast_overlay (child);

      if (overlay != NULL)
        return overlay;
    }

  return NULL;
}

/* The verdict card shows the ticket as the counter last looked it up: look
 * it up again, so that it says who holds it now. */
static void
look_up_again (TicketsCounterPersonalize *self)
{
  const char *code = tickets_ticket_get_code (self->ticket);

  /* The card's code is the counter's latest: looked up again past the
   * double-fire filter. Another code was scanned since: this one is not on
   * the card, and a lookup would replace what is. */
  if (code != NULL && g_strcmp0 (tickets_counter_get_code (self->counter), code) == 0)
    tickets_counter_retry (self->counter);
}

static void
on_posted (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(TicketsCounterPersonalize) self = user_data;
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *parent;
  AdwToastOverlay *overlay;
  TicketsConsumer *holder;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  stored = tickets_store_post_consumers_finish (TICKETS_STORE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  set_busy (self, FALSE);

  if (error != NULL)
    {
      gboolean on_form = g_strcmp0 (adw_view_stack_get_visible_child_name (self->stack), "form") == 0;

      if (g_error_matches (error, TICKETS_API_ERROR, TICKETS_API_ERROR_FORBIDDEN))
        {
          g_autofree char *forbidden = tickets_counter_dup_forbidden_text (TICKETS_STAFF_ACTION_EDIT_CONSUMERS);

          tickets_counter_forbid (self->counter, TICKETS_STAFF_ACTION_EDIT_CONSUMERS);
          tickets_show_label (self->banner, forbidden);
        }
      else if (on_form)
        /* Each field's message next to it, the rest at the top; what was
         * typed stays. */
        tickets_personalization_form_view_show_error (self->form_view, error);
      else
        tickets_show_label (self->banner, error->message);
      return;
    }

  /* The server's answer names the holder; the ticket the store updated says
   * it too, whichever came. */
  holder = stored != NULL && stored->len > 0 ? g_ptr_array_index (stored, 0) : tickets_ticket_get_consumer (self->ticket);
  name = holder != NULL ? tickets_consumer_dup_full_name (holder) : g_strdup ("");
  message = g_strdup_printf (_("Ticket personalized for %s"), name);

  parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  overlay = parent != NULL ? find_toast_overlay (GTK_WIDGET (parent)) : NULL;
  look_up_again (self);
  if (overlay != NULL)
    {
      /* A toast's title is markup, the name a person's text: escaped. */
      g_autofree char *escaped = g_markup_escape_text (message, -1);

      adw_toast_overlay_add_toast (overlay, adw_toast_new (escaped));
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  /* No toast to carry the news: the window says it, and closes on Enter. */
  adw_status_page_set_title (self->done_page, message);
  adw_view_stack_page_set_visible (adw_view_stack_get_page (self->stack, GTK_WIDGET (self->done_page)), TRUE);
  adw_view_stack_set_visible_child_name (self->stack, "done");
  gtk_widget_grab_focus (GTK_WIDGET (self->done_button));
}

static void
post (TicketsCounterPersonalize *self,
      TicketsConsumerRevision   *revision)
{
  TicketsSession *session = tickets_counter_get_session (self->counter);
  g_autoptr(GPtrArray) revisions = g_ptr_array_new_with_free_func ((GDestroyNotify) tickets_consumer_revision_free);

  g_ptr_array_add (revisions, revision);
  tickets_show_label (self->banner, NULL);
  set_busy (self, TRUE);
  tickets_store_post_consumers_async (tickets_session_get_store (session), revisions,
                                      tickets_session_get_auth (session), self->cancellable,
                                      on_posted, g_object_ref (self));
}

static void
on_form_submit (TicketsCounterPersonalize *self)
{
  const char *tickets[] = { tickets_resource_get_uid (TICKETS_RESOURCE (self->ticket)), NULL };
  g_autoptr(TicketsConsumer) consumer = NULL;

  if (self->busy || !tickets_personalization_form_view_validate (self->form_view))
    return;

  tickets_personalization_form_view_show_error (self->form_view, NULL);
  consumer = tickets_personalization_form_view_build_counter_consumer (self->form_view);
  post (self, tickets_consumer_revision_new (consumer, tickets));
}

static void
post_picked (TicketsCounterPersonalize *self)
{
  const char *tickets[] = { tickets_resource_get_uid (TICKETS_RESOURCE (self->ticket)), NULL };

  if (self->busy || self->picked == NULL)
    return;

  post (self, tickets_consumer_revision_new_reference (self->picked, tickets));
}

static void
on_picked_clicked (TicketsCounterPersonalize *self)
{
  post_picked (self);
}

static void
on_consumer_activated (TicketsCounterPersonalize *self,
                       TicketsConsumer           *consumer)
{
  if (self->busy)
    return;

  g_set_object (&self->picked, consumer);
  post_picked (self);
}

static void
on_form_cancel (TicketsCounterPersonalize *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_done_clicked (TicketsCounterPersonalize *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_page_changed (TicketsCounterPersonalize *self)
{
  const char *name = adw_view_stack_get_visible_child_name (self->stack);

  tickets_show_label (self->banner, NULL);
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;
  if (g_strcmp0 (name, "pick") == 0)
    tickets_people_picker_focus_entry (self->picker);
  else if (g_strcmp0 (name, "form") == 0)
    tickets_personalization_form_view_focus_first_field (self->form_view);
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  TicketsCounterPersonalize *self = TICKETS_COUNTER_PERSONALIZE (widget);

  if (!self->busy)
    adw_view_stack_set_visible_child_name (self->stack, g_str_equal (action_name, "dialog.find") ? "pick" : "form");
}

/* A save on its way is not the staff member's to abandon: the server may
 * take it, and the card must then be looked up again. */
static gboolean
tickets_counter_personalize_close_request (GtkWindow *window)
{
  TicketsCounterPersonalize *self = TICKETS_COUNTER_PERSONALIZE (window);

  if (self->busy)
    return TRUE;

  return GTK_WINDOW_CLASS (tickets_counter_personalize_parent_class)->close_request (window);
}

static void
tickets_counter_personalize_dispose (GObject *object)
{
  TicketsCounterPersonalize *self = TICKETS_COUNTER_PERSONALIZE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  tickets_accessible_return_focus (&self->return_focus);
  g_clear_object (&self->picked);
  g_clear_object (&self->ticket);
  g_clear_object (&self->counter);

  gtk_widget_dispose_template (GTK_WIDGET (self), TICKETS_TYPE_COUNTER_PERSONALIZE);

  G_OBJECT_CLASS (tickets_counter_personalize_parent_class)->dispose (object);
}

static void
tickets_counter_personalize_class_init (TicketsCounterPersonalizeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = tickets_counter_personalize_dispose;
  window_class->close_request = tickets_counter_personalize_close_request;

  g_type_ensure (TICKETS_TYPE_PERSONALIZATION_FORM_VIEW);
  g_type_ensure (TICKETS_TYPE_PEOPLE_PICKER);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Tickets/views/tickets-counter-personalize.ui");
  gtk_widget_class_bind_template_child (widget_class, TicketsCounterPersonalize, stack);
  gtk_widget_class_bind_template_child (widget_class, TicketsCounterPersonalize, banner);
  gtk_widget_class_bind_template_child (widget_class, TicketsCounterPersonalize, form_view);
  gtk_widget_class_bind_template_child (widget_class, TicketsCounterPersonalize, picker);
  gtk_widget_class_bind_template_child (widget_class, TicketsCounterPersonalize, picked_page);
  gtk_widget_class_bind_template_child (widget_class, TicketsCounterPersonalize, picked_button);
  gtk_widget_class_bind_template_child (widget_class, TicketsCounterPersonalize, done_page);
  gtk_widget_class_bind_template_child (widget_class, TicketsCounterPersonalize, done_button);
  gtk_widget_class_bind_template_callback (widget_class, on_form_submit);
  gtk_widget_class_bind_template_callback (widget_class, on_form_cancel);
  gtk_widget_class_bind_template_callback (widget_class, on_done_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_consumer_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_picked_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_page_changed);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_install_action (widget_class, "dialog.find", NULL, show_page_action);
  gtk_widget_class_install_action (widget_class, "dialog.new", NULL, show_page_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "dialog.find", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "dialog.new", NULL);
}

static void
tickets_counter_personalize_init (TicketsCounterPersonalize *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
}

void
tickets_counter_personalize (GtkWindow       *parent,
                             TicketsCounter  *counter,
                             TicketsTicket   *ticket,
                             TicketsConsumer *consumer)
{
  TicketsCounterPersonalize *self;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (TICKETS_IS_COUNTER (counter));
  g_return_if_fail (TICKETS_IS_TICKET (ticket));
  g_return_if_fail (consumer == NULL || TICKETS_IS_CONSUMER (consumer));

  self = g_object_new (TICKETS_TYPE_COUNTER_PERSONALIZE,
                       "transient-for", parent,
                       NULL);
  self->counter = g_object_ref (counter);
  tickets_people_picker_set_session (self->picker, tickets_counter_get_session (counter));
  self->ticket = g_object_ref (ticket);

  if (parent != NULL)
    g_set_weak_pointer (&self->return_focus, gtk_window_get_focus (parent));

  /* A new form for every ticket: nothing typed for another one, no box ticked. */
  g_object_set (self->form_view,
                "ticket", ticket,
                "editable", tickets_ticket_can_personalize (ticket, NULL),
                NULL);
  /* POST /consumers carries no opt-ins: a box ticked here would be sent
   * nowhere. */
  tickets_personalization_form_view_hide_consent (self->form_view);

  if (consumer != NULL && tickets_consumer_get_uid (consumer) != NULL)
    {
      g_autofree char *name = tickets_consumer_dup_full_name (consumer);
      g_autofree char *title = g_strdup_printf (_("Personalize for %s"), name);
      g_autofree char *email = g_markup_escape_text (tickets_consumer_get_email (consumer), -1);

      self->picked = g_object_ref (consumer);
      adw_view_stack_page_set_visible (adw_view_stack_get_page (self->stack, GTK_WIDGET (self->picked_page)), TRUE);
      adw_status_page_set_title (self->picked_page, name);
      /* The description is markup: the address is escaped. */
      adw_status_page_set_description (self->picked_page, email);
      /* A name is no mnemonic. */
      gtk_button_set_use_underline (self->picked_button, FALSE);
      gtk_button_set_label (self->picked_button, title);
      adw_view_stack_set_visible_child_name (self->stack, "picked");
    }

  tickets_accessible_tidy_names (GTK_WIDGET (self));
  gtk_window_present (GTK_WINDOW (self));
  if (self->picked != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->picked_button));
  else
    tickets_personalization_form_view_focus_first_field (self->form_view);
}
