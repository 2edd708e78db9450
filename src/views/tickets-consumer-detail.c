/* tickets-consumer-detail.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tickets-accessible.h"
#include "tickets-body.h"
#include "tickets-consumer-detail.h"
#include "tickets-consumer-fields.h"
#include "tickets-counter-actions.h"
#include "tickets-date-format.h"
#include "tickets-error.h"
#include "tickets-form-fields.h"
#include "tickets-format.h"

/* Staff see everything the server knows of a consumer, field by field from
 * the model's table, and correct it with the fans' form fields and their
 * rules. A correction is a new revision of the same consumer (its uid),
 * bound to the tickets the counter has seen them hold: the API lists no
 * consumer's tickets, so those are all it can be bound to. */

struct _TicketsConsumerDetail
{
  AdwWindow            parent_instance;

  TicketsSession      *session;
  TicketsConsumer     *consumer;
  GPtrArray           *tickets;
  GPtrArray           *detail_rows;
  GPtrArray           *ticket_rows;
  GPtrArray           *fields;
  GCancellable        *cancellable;
  gboolean             busy;
  /* Where the focus goes back to: the counter's scan field. */
  GtkWidget           *return_focus;

  AdwToastOverlay     *toast_overlay;
  GtkLabel            *title_label;
  GtkWidget           *cancel_button;
  GtkWidget           *correct_button;
  GtkWidget           *save_button;
  GtkSpinner          *spinner;
  GtkStack            *stack;
  AdwPreferencesGroup *details_group;
  AdwPreferencesGroup *tickets_group;
  GtkWidget           *tickets_note;
  GtkWidget           *error_group;
  GtkLabel            *error_label;
  AdwPreferencesGroup *form_group;
};

G_DEFINE_FINAL_TYPE (TicketsConsumerDetail, tickets_consumer_detail, ADW_TYPE_WINDOW)

/* The details */

/* A field's value as a person reads it, NULL when there is none. */
static char *
dup_field_text (const TicketsConsumerField *field,
                TicketsConsumer            *consumer)
{
  const char *value;

  if (field->type == TICKETS_CONSUMER_FIELD_GENDER)
    return g_strdup (tickets_format_gender (tickets_consumer_get_gender (consumer)));

  value = field->get != NULL ? field->get (consumer) : NULL;
  if (value == NULL || value[0] == '\0')
    return NULL;

  if (field->type == TICKETS_CONSUMER_FIELD_COUNTRY)
    return tickets_format_country (value);
  if (field->type == TICKETS_CONSUMER_FIELD_DATE)
    {
      char *date = tickets_date_format_iso (tickets_date_format_for_locale (), value);

      return date != NULL ? date : g_strdup (value);
    }

  return g_strdup (value);
}

static GtkWidget *
add_row (AdwPreferencesGroup *group,
         GPtrArray           *rows,
         const char          *title,
         const char          *value,
         gboolean             known)
{
  GtkWidget *row = tickets_detail_row_new (title, value);

  if (!known)
    gtk_widget_add_css_class (row, "dim-label");
  adw_preferences_group_add (group, row);
  g_ptr_array_add (rows, row);

  return row;
}

static void
update_title (TicketsConsumerDetail *self)
{
  g_autofree char *name = tickets_consumer_dup_full_name (self->consumer);

  if (name == NULL || name[0] == '\0')
    {
      g_free (name);
      name = g_strdup (_("No name"));
    }
  gtk_label_set_text (self->title_label, name);
  gtk_window_set_title (GTK_WINDOW (self), name);
}

static void
update_details (TicketsConsumerDetail *self)
{
  const TicketsConsumerField *fields;
  guint n_fields;

  update_title (self);
  tickets_detail_rows_clear (self->details_group, self->detail_rows);

  fields = tickets_consumer_fields (&n_fields);
  for (guint i = 0; i < n_fields; i++)
    {
      g_autofree char *text = NULL;

      if (!tickets_consumer_field_is_shown (&fields[i]))
        continue;
      text = dup_field_text (&fields[i], self->consumer);
      add_row (self->details_group, self->detail_rows, _(fields[i].label),
               text != NULL ? text : _("Not given"), text != NULL);
    }
}

static void
update_tickets (TicketsConsumerDetail *self)
{
  tickets_detail_rows_clear (self->tickets_group, self->ticket_rows);

  for (guint i = 0; i < self->tickets->len; i++)
    {
      TicketsTicket *ticket = g_ptr_array_index (self->tickets, i);
      TicketsProduct *product = tickets_ticket_get_product (ticket);
      TicketsEvent *event = tickets_ticket_get_event (ticket);
      const char *product_name = product != NULL ? tickets_best_text (tickets_product_get_name (product)) : NULL;
      const char *event_title = event != NULL ? tickets_best_text (tickets_event_get_title (event)) : NULL;
      const char *code = tickets_ticket_get_code (ticket);
      g_autofree char *what = NULL;

      if (product_name != NULL && event_title != NULL)
        /* Translators: a ticket's product and event, as in "Weekend Ticket · Summer Sounds Festival". */
        what = g_strdup_printf (_("%1$s · %2$s"), product_name, event_title);
      else
        what = g_strdup (product_name != NULL ? product_name : (event_title != NULL ? event_title : _("Ticket")));

      add_row (self->tickets_group, self->ticket_rows, what,
               code != NULL && code[0] != '\0' ? code : _("No barcode yet"), TRUE);
    }

  gtk_widget_set_visible (self->tickets_note, self->tickets->len == 0);
}

/* The correction */

static void
update_field_message (TicketsConsumerDetail *self,
                      TicketsFormField      *field)
{
  tickets_form_field_update_message (field, tickets_form_fields_get_country (self->fields), NULL);
}

static void
update_state_visibility (TicketsConsumerDetail *self)
{
  TicketsFormField *field = tickets_form_fields_find (self->fields, "state");

  if (field == NULL)
    return;
  tickets_form_fields_update_state_row (self->fields);
  update_field_message (self, field);
}

static void
on_field_changed (TicketsFormField      *field,
                  TicketsConsumerDetail *self)
{
  if (g_str_equal (tickets_form_field_get_name (field), "country"))
    update_state_visibility (self);
  update_field_message (self, field);
}

/* What a revision bound to these tickets must hold: their form's required
 * fields; without a ticket, what the API asks of any consumer. */
static gboolean
is_required (TicketsConsumerDetail *self,
             const char            *name)
{
  for (guint i = 0; i < self->tickets->len; i++)
    {
      TicketsPersonalizationForm *form = tickets_ticket_get_personalization_form (g_ptr_array_index (self->tickets, i));

      if (form != NULL && tickets_personalization_form_is_required (form, name))
        return TRUE;
    }

  return g_str_equal (name, "first_name") || g_str_equal (name, "last_name") || g_str_equal (name, "email");
}

static void
build_fields (TicketsConsumerDetail *self)
{
  const TicketsConsumerField *fields;
  guint n_fields;
  TicketsFormField *country;

  fields = tickets_consumer_fields (&n_fields);
  for (guint i = 0; i < n_fields; i++)
    {
      g_autoptr(TicketsFormField) field = NULL;

      if (!tickets_consumer_field_is_shown (&fields[i]))
        continue;
      field = tickets_form_field_new (fields[i].key, is_required (self, fields[i].key), FALSE);
      g_signal_connect_object (field, "changed", G_CALLBACK (on_field_changed), self, 0);
      adw_preferences_group_add (self->form_group, tickets_form_field_get_row (field));
      adw_preferences_group_add (self->form_group, tickets_form_field_get_message_row (field));
      g_ptr_array_add (self->fields, g_steal_pointer (&field));
    }

  /* The country first: it decides whether the state is shown. */
  if ((country = tickets_form_fields_find (self->fields, "country")) != NULL)
    tickets_form_field_fill (country, self->consumer, TRUE);
  for (guint i = 0; i < self->fields->len; i++)
    {
      TicketsFormField *field = g_ptr_array_index (self->fields, i);

      if (field != country)
        tickets_form_field_fill (field, self->consumer, TRUE);
    }
  update_state_visibility (self);
  tickets_form_fields_update_messages (self->fields, NULL);
}

static void
copy_consumer (TicketsConsumer *to,
               TicketsConsumer *from)
{
  const TicketsConsumerField *fields;
  guint n_fields;

  fields = tickets_consumer_fields (&n_fields);
  g_object_freeze_notify (G_OBJECT (to));
  for (guint i = 0; i < n_fields; i++)
    if (fields[i].get != NULL && fields[i].set != NULL)
      fields[i].set (to, fields[i].get (from));
  tickets_consumer_set_gender (to, tickets_consumer_get_gender (from));
  g_object_thaw_notify (G_OBJECT (to));
}

static void
set_busy (TicketsConsumerDetail *self,
          gboolean               busy)
{
  self->busy = busy;
  gtk_widget_set_sensitive (GTK_WIDGET (self->form_group), !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "detail.save", !busy);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), busy);
  gtk_spinner_set_spinning (self->spinner, busy);
}

static void
set_correcting (TicketsConsumerDetail *self,
                gboolean               correcting)
{
  gtk_widget_set_visible (self->correct_button, !correcting);
  gtk_widget_set_visible (self->save_button, correcting);
  gtk_widget_set_visible (self->cancel_button, correcting);
  gtk_stack_set_visible_child_name (self->stack, correcting ? "correct" : "details");
}

/* A field's message with no field shown for it: at the top. */
static void
append_unplaced (const char *name,
                 const char *text,
                 gpointer    user_data)
{
  GString *banner = user_data;

  if (banner->len > 0)
    g_string_append_c (banner, '\n');
  g_string_append (banner, text);
}

/* A refusal: each field's message next to it, the rest at the top. What
 * was typed stays. */
static void
show_error (TicketsConsumerDetail *self,
            const GError          *error)
{
  g_autoptr(GString) banner = g_string_new (NULL);
  TicketsFormField *first_field = tickets_form_fields_show_server_messages (self->fields, error, append_unplaced, banner);

  if (error != NULL && banner->len == 0)
    {
      const char *message = error->domain == TICKETS_API_ERROR ? tickets_api_error_get_server_message (error) : NULL;

      if (first_field != NULL)
        g_string_append (banner, _("Some details were not accepted. Check the marked fields."));
      else
        g_string_append (banner, message != NULL && message[0] != '\0' ? message : error->message);
    }

  gtk_label_set_text (self->error_label, banner->str);
  gtk_widget_set_visible (self->error_group, banner->len > 0);
  tickets_form_fields_update_messages (self->fields, NULL);

  if (first_field != NULL)
    gtk_widget_grab_focus (tickets_form_field_get_row (first_field));
}

static void
on_consumers_posted (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  TicketsConsumerDetail *self = user_data;
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(GError) error = NULL;

  stored = tickets_store_post_consumers_finish (TICKETS_STORE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  set_busy (self, FALSE);
  if (stored == NULL)
    {
      show_error (self, error);
      return;
    }

  /* The server has it: show what it stored. Consumers are values, never
   * changed once shared: the window takes the stored one. */
  if (stored->len > 0)
    g_set_object (&self->consumer, g_ptr_array_index (stored, 0));
  show_error (self, NULL);
  update_details (self);
  set_correcting (self, FALSE);
  gtk_widget_grab_focus (self->correct_button);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Details corrected")));
}

static gboolean
validate (TicketsConsumerDetail *self)
{
  TicketsFormField *first_bad = tickets_form_fields_check (self->fields, NULL);

  if (first_bad != NULL)
    gtk_widget_grab_focus (tickets_form_field_get_row (first_bad));

  return first_bad == NULL;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TicketsConsumerDetail *self = TICKETS_CONSUMER_DETAIL (widget);
  TicketsStore *store = tickets_session_get_store (self->session);
  g_autoptr(TicketsConsumer) revised = tickets_consumer_new ();
  g_autoptr(GPtrArray) revisions = g_ptr_array_new_with_free_func ((GDestroyNotify) tickets_consumer_revision_free);
  g_autoptr(GStrvBuilder) uris = g_strv_builder_new ();
  g_auto(GStrv) ticket_uris = NULL;

  if (self->busy || !g_str_equal (gtk_stack_get_visible_child_name (self->stack), "correct") ||
      store == NULL || !validate (self))
    return;

  /* The same consumer (its uid), with what the form holds. */
  copy_consumer (revised, self->consumer);
  for (guint i = 0; i < self->fields->len; i++)
    tickets_form_field_collect (g_ptr_array_index (self->fields, i), revised, tickets_form_fields_get_country (self->fields));

  /* One revision for all their tickets: POST /consumers takes them at once. */
  for (guint i = 0; i < self->tickets->len; i++)
    g_strv_builder_add (uris, tickets_resource_get_href (TICKETS_RESOURCE (g_ptr_array_index (self->tickets, i))));
  ticket_uris = g_strv_builder_end (uris);
  g_ptr_array_add (revisions, tickets_consumer_revision_new (revised,
                                                            self->tickets->len > 0 ? (const char * const *) ticket_uris : NULL));

  show_error (self, NULL);
  set_busy (self, TRUE);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  tickets_store_post_consumers_async (store, revisions, tickets_session_get_auth (self->session),
                                      self->cancellable, on_consumers_posted, self);
}

static void
correct_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  TicketsConsumerDetail *self = TICKETS_CONSUMER_DETAIL (widget);

  if (self->fields->len == 0)
    build_fields (self);
  set_correcting (self, TRUE);
  for (guint i = 0; i < self->fields->len; i++)
    if (gtk_widget_grab_focus (tickets_form_field_get_row (g_ptr_array_index (self->fields, i))))
      break;
}

/* Escape leaves the form, or the window. What was typed stays in the form
 * until the window closes, should they come back to it. */
static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TicketsConsumerDetail *self = TICKETS_CONSUMER_DETAIL (widget);

  if (g_str_equal (gtk_stack_get_visible_child_name (self->stack), "correct") && !self->busy)
    {
      set_correcting (self, FALSE);
      gtk_widget_grab_focus (self->correct_button);
    }
  else
    gtk_window_close (GTK_WINDOW (self));
}

static gboolean
tickets_consumer_detail_close_request (GtkWindow *window)
{
  tickets_accessible_return_focus (&TICKETS_CONSUMER_DETAIL (window)->return_focus);

  return GTK_WINDOW_CLASS (tickets_consumer_detail_parent_class)->close_request (window);
}

static void
tickets_consumer_detail_dispose (GObject *object)
{
  TicketsConsumerDetail *self = (TicketsConsumerDetail *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  tickets_accessible_return_focus (&self->return_focus);
  for (guint i = 0; self->fields != NULL && i < self->fields->len; i++)
    g_signal_handlers_disconnect_by_data (g_ptr_array_index (self->fields, i), self);
  g_clear_pointer (&self->fields, g_ptr_array_unref);
  g_clear_pointer (&self->detail_rows, g_ptr_array_unref);
  g_clear_pointer (&self->ticket_rows, g_ptr_array_unref);
  g_clear_pointer (&self->tickets, g_ptr_array_unref);
  g_clear_object (&self->consumer);
  g_clear_object (&self->session);
  gtk_widget_dispose_template (GTK_WIDGET (self), TICKETS_TYPE_CONSUMER_DETAIL);

  G_OBJECT_CLASS (tickets_consumer_detail_parent_class)->dispose (object);
}

static void
tickets_consumer_detail_class_init (TicketsConsumerDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = tickets_consumer_detail_dispose;
  window_class->close_request = tickets_consumer_detail_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Tickets/views/tickets-consumer-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, TicketsConsumerDetail, title_label);
  gtk_widget_class_bind_template_child (widget_class, TicketsConsumerDetail, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, TicketsConsumerDetail, correct_button);
  gtk_widget_class_bind_template_child (widget_class, TicketsConsumerDetail, save_button);
  gtk_widget_class_bind_template_child (widget_class, TicketsConsumerDetail, spinner);
  gtk_widget_class_bind_template_child (widget_class, TicketsConsumerDetail, stack);
  gtk_widget_class_bind_template_child (widget_class, TicketsConsumerDetail, details_group);
  gtk_widget_class_bind_template_child (widget_class, TicketsConsumerDetail, tickets_group);
  gtk_widget_class_bind_template_child (widget_class, TicketsConsumerDetail, tickets_note);
  gtk_widget_class_bind_template_child (widget_class, TicketsConsumerDetail, error_group);
  gtk_widget_class_bind_template_child (widget_class, TicketsConsumerDetail, error_label);
  gtk_widget_class_bind_template_child (widget_class, TicketsConsumerDetail, form_group);

  gtk_widget_class_install_action (widget_class, "detail.correct", NULL, correct_action);
  gtk_widget_class_install_action (widget_class, "detail.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "detail.cancel", NULL, cancel_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "detail.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "detail.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "detail.cancel", NULL);
}

static void
tickets_consumer_detail_init (TicketsConsumerDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Not bound as a template child: gtk_widget_dispose_template() would
   * unparent it behind AdwWindow's back. */
  self->toast_overlay = ADW_TOAST_OVERLAY (adw_window_get_content (ADW_WINDOW (self)));

  self->detail_rows = g_ptr_array_new ();
  self->ticket_rows = g_ptr_array_new ();
  self->fields = g_ptr_array_new_with_free_func (g_object_unref);
  self->tickets = g_ptr_array_new_with_free_func (g_object_unref);
}

GtkWidget *
tickets_consumer_detail_new (GtkWindow       *parent,
                             TicketsSession  *session,
                             TicketsConsumer *consumer,
                             GPtrArray       *tickets)
{
  TicketsConsumerDetail *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (TICKETS_IS_SESSION (session), NULL);
  g_return_val_if_fail (TICKETS_IS_CONSUMER (consumer), NULL);

  self = g_object_new (TICKETS_TYPE_CONSUMER_DETAIL,
                       "transient-for", parent,
                       NULL);
  self->session = g_object_ref (session);
  self->consumer = g_object_ref (consumer);
  for (guint i = 0; tickets != NULL && i < tickets->len; i++)
    g_ptr_array_add (self->tickets, g_object_ref (g_ptr_array_index (tickets, i)));
  if (parent != NULL)
    g_set_weak_pointer (&self->return_focus, gtk_window_get_focus (parent));

  if (self->tickets->len > 0)
    adw_preferences_group_set_description (self->form_group,
                                           g_dngettext (GETTEXT_PACKAGE,
                                                        "Saved as a new revision of this person, for their ticket seen at this counter.",
                                                        "Saved as a new revision of this person, for their tickets seen at this counter.",
                                                        self->tickets->len));
  else
    adw_preferences_group_set_description (self->form_group, _("Saved as a new revision of this person."));

  update_details (self);
  update_tickets (self);
  set_busy (self, FALSE);
  set_correcting (self, FALSE);

  return GTK_WIDGET (self);
}

/* Whether @holder, a ticket's, is @consumer. A ticket names its holder
 * without a uid (GET /tickets embeds the details only): the same details
 * are the same person. */
static gboolean
is_holder (TicketsConsumer *holder,
           TicketsConsumer *consumer)
{
  const char *uid = tickets_consumer_get_uid (consumer);
  const char *holder_uid = tickets_consumer_get_uid (holder);

  if (holder == consumer)
    return TRUE;
  if (holder_uid != NULL && holder_uid[0] != '\0' && uid != NULL && uid[0] != '\0')
    return g_str_equal (holder_uid, uid);

  return tickets_consumer_equal_but_uid (holder, consumer);
}

/* The tickets the counter has seen this consumer hold: the latest
 * verdict's, when it names them. */
static GPtrArray *
dup_seen_tickets (TicketsCounter  *counter,
                  TicketsConsumer *consumer)
{
  GPtrArray *tickets = g_ptr_array_new_with_free_func (g_object_unref);
  TicketsVerdict *verdict = tickets_counter_get_verdict (counter);
  TicketsTicket *ticket = verdict != NULL ? tickets_verdict_get_ticket (verdict) : NULL;
  TicketsConsumer *holder = ticket != NULL ? tickets_ticket_get_consumer (ticket) : NULL;

  if (holder != NULL && is_holder (holder, consumer))
    g_ptr_array_add (tickets, g_object_ref (ticket));

  return tickets;
}

/**
 * tickets_counter_show_consumer:
 * @parent: the counter's window
 * @counter: the counter
 * @consumer: the consumer to show
 *
 * Opens @consumer's details over @parent, with Correct Details.
 */
void
tickets_counter_show_consumer (GtkWindow       *parent,
                               TicketsCounter  *counter,
                               TicketsConsumer *consumer)
{
  g_autoptr(GPtrArray) tickets = NULL;
  GtkWidget *detail;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (TICKETS_IS_COUNTER (counter));
  g_return_if_fail (TICKETS_IS_CONSUMER (consumer));

  tickets = dup_seen_tickets (counter, consumer);
  detail = tickets_consumer_detail_new (parent, tickets_counter_get_session (counter), consumer, tickets);
  gtk_window_present (GTK_WINDOW (detail));
}
