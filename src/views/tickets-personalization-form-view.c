/* tickets-personalization-form-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tickets-consent-group.h"
#include "tickets-copy-menu.h"
#include "tickets-error.h"
#include "tickets-form-fields.h"
#include "tickets-language.h"
#include "tickets-personalization-form-view.h"
#include "tickets-ticket-summary.h"

struct _TicketsPersonalizationFormView
{
  AdwBin               parent_instance;

  TicketsTicketSummary *ticket_summary;
  GtkWidget           *locked_box;
  GtkWidget           *locked_label;
  GtkWidget           *error_box;
  GtkWidget           *error_label;
  AdwPreferencesGroup *holder_group;
  TicketsConsentGroup *consent_group;
  GtkWidget           *copy_button;
  GtkWidget           *spinner;
  GtkWidget           *cancel_button;
  GtkWidget           *save_button;

  TicketsTicket       *ticket;
  GPtrArray           *fields;
  GStrv                taken_emails;
  TicketsConsumer     *buyer;
  GListModel          *other_consumers;
  char                *locked_reason;
  gboolean             busy;
  gboolean             editable;
  /* Where the focus was when a save began: the busy form is insensitive,
   * which leaves nothing focused, and Ctrl+Enter only works in the form. */
  GtkWidget           *focus_before_busy;
};

G_DEFINE_FINAL_TYPE (TicketsPersonalizationFormView, tickets_personalization_form_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_TICKET,
  PROP_BUSY,
  PROP_EDITABLE,
  PROP_ACTIONS_VISIBLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SUBMIT,
  CANCEL,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
update_field_message (TicketsPersonalizationFormView *self,
                      TicketsFormField               *field)
{
  tickets_form_field_update_message (field, tickets_form_fields_get_country (self->fields),
                                     (const char * const *) self->taken_emails);
}

static void
update_state_visibility (TicketsPersonalizationFormView *self)
{
  if (tickets_form_fields_update_state_row (self->fields))
    update_field_message (self, tickets_form_fields_find (self->fields, "state"));
}

static void
on_field_changed (TicketsFormField               *field,
                  TicketsPersonalizationFormView *self)
{
  if (g_str_equal (tickets_form_field_get_name (field), "country"))
    {
      TicketsFormField *state = tickets_form_fields_find (self->fields, "state");

      update_state_visibility (self);
      if (state != NULL)
        update_field_message (self, state);
    }

  update_field_message (self, field);
}

static void
add_field (TicketsPersonalizationFormView *self,
           const char                     *name,
           gboolean                        required,
           gboolean                        unique)
{
  g_autoptr(TicketsFormField) field = tickets_form_field_new (name, required, unique);

  g_signal_connect_object (field, "changed", G_CALLBACK (on_field_changed), self, 0);
  adw_preferences_group_add (self->holder_group, tickets_form_field_get_row (field));
  adw_preferences_group_add (self->holder_group, tickets_form_field_get_message_row (field));
  g_ptr_array_add (self->fields, g_object_ref (field));

  update_field_message (self, field);
}

static void
disconnect_field (TicketsPersonalizationFormView *self,
                  TicketsFormField               *field)
{
  g_signal_handlers_disconnect_by_data (field, self);
}

static void
clear_fields (TicketsPersonalizationFormView *self)
{
  for (guint i = 0; i < self->fields->len; i++)
    {
      TicketsFormField *field = g_ptr_array_index (self->fields, i);

      disconnect_field (self, field);
      adw_preferences_group_remove (self->holder_group, tickets_form_field_get_row (field));
      adw_preferences_group_remove (self->holder_group, tickets_form_field_get_message_row (field));
    }
  g_ptr_array_set_size (self->fields, 0);
}

static void
fill_fields (TicketsPersonalizationFormView *self,
             TicketsConsumer                *consumer,
             gboolean                        keep_unknown_gender)
{
  TicketsFormField *country = tickets_form_fields_find (self->fields, "country");

  /* The country first: it decides whether the state is shown. */
  if (country != NULL)
    tickets_form_field_fill (country, consumer, keep_unknown_gender);
  for (guint i = 0; i < self->fields->len; i++)
    {
      TicketsFormField *field = g_ptr_array_index (self->fields, i);

      if (field != country)
        tickets_form_field_fill (field, consumer, keep_unknown_gender);
    }
}

static TicketsConsumer *
collect_consumer (TicketsPersonalizationFormView *self)
{
  TicketsConsumer *consumer = tickets_consumer_new ();
  const char *country = tickets_form_fields_get_country (self->fields);

  for (guint i = 0; i < self->fields->len; i++)
    tickets_form_field_collect (g_ptr_array_index (self->fields, i), consumer, country);

  return consumer;
}

/* The form asks for the holder's language: the UI's is the likely one. */
static void
fill_default_language (TicketsPersonalizationFormView *self)
{
  TicketsFormField *field = tickets_form_fields_find (self->fields, "language");
  GtkWidget *row = field != NULL ? tickets_form_field_get_row (field) : NULL;

  if (row != NULL && GTK_IS_EDITABLE (row) && gtk_editable_get_text (GTK_EDITABLE (row))[0] == '\0')
    gtk_editable_set_text (GTK_EDITABLE (row), tickets_language_get_ui ());
}

static void
build_fields (TicketsPersonalizationFormView *self)
{
  TicketsPersonalizationForm *form = self->ticket != NULL ? tickets_ticket_get_personalization_form (self->ticket) : NULL;
  g_autoptr(TicketsConsumer) typed = NULL;

  /* The form can change under a ticket that is refreshed: keep what was typed. */
  if (self->fields->len > 0)
    typed = collect_consumer (self);

  clear_fields (self);

  if (form != NULL)
    {
      for (guint i = 0; i < tickets_personalization_form_get_n_fields (form); i++)
        {
          const char *name = tickets_personalization_form_get_field_name (form, i);

          add_field (self, name,
                     tickets_personalization_form_is_required (form, name),
                     tickets_personalization_form_is_unique_per_product (form, name));
        }
    }
  else
    {
      /* What the API asks for when a ticket has no form of its own. */
      add_field (self, "first_name", TRUE, FALSE);
      add_field (self, "last_name", TRUE, FALSE);
      add_field (self, "email", TRUE, FALSE);
    }

  if (typed != NULL)
    fill_fields (self, typed, TRUE);
  else
    fill_default_language (self);

  update_state_visibility (self);
}

static void
update_sensitivity (TicketsPersonalizationFormView *self)
{
  gboolean can_edit = self->editable && !self->busy;
  gboolean has_sources = self->buyer != NULL ||
                         (self->other_consumers != NULL && g_list_model_get_n_items (self->other_consumers) > 0);

  gtk_widget_set_sensitive (GTK_WIDGET (self->holder_group), can_edit);
  gtk_widget_set_sensitive (GTK_WIDGET (self->consent_group), can_edit);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "form.submit", can_edit);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "form.copy-buyer", can_edit && self->buyer != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "form.copy-ticket", can_edit && self->other_consumers != NULL);
  gtk_widget_set_visible (self->copy_button, has_sources);

  gtk_widget_set_visible (self->spinner, self->busy);
  gtk_spinner_set_spinning (GTK_SPINNER (self->spinner), self->busy);

  gtk_label_set_text (GTK_LABEL (self->locked_label),
                      self->locked_reason != NULL ? self->locked_reason : _("This ticket cannot be personalized now."));
  gtk_widget_set_visible (self->locked_box, !self->editable);
}

static void
update_copy_menu (TicketsPersonalizationFormView *self)
{
  g_autoptr(GMenuModel) menu = tickets_copy_menu_new (self->buyer, self->other_consumers);

  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (self->copy_button), menu);
  update_sensitivity (self);
}

static void
submit_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TicketsPersonalizationFormView *self = TICKETS_PERSONALIZATION_FORM_VIEW (widget);

  if (!self->editable || self->busy)
    return;
  if (tickets_personalization_form_view_validate (self))
    g_signal_emit (self, signals[SUBMIT], 0);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  g_signal_emit (widget, signals[CANCEL], 0);
}

static void
copy_buyer_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  TicketsPersonalizationFormView *self = TICKETS_PERSONALIZATION_FORM_VIEW (widget);

  if (self->buyer != NULL)
    tickets_personalization_form_view_fill_from_consumer (self, self->buyer);
}

static void
copy_ticket_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  TicketsPersonalizationFormView *self = TICKETS_PERSONALIZATION_FORM_VIEW (widget);
  guint position = g_variant_get_uint32 (parameter);
  g_autoptr(TicketsConsumer) consumer = NULL;

  if (self->other_consumers == NULL)
    return;
  consumer = g_list_model_get_item (self->other_consumers, position);
  if (consumer != NULL)
    tickets_personalization_form_view_fill_from_consumer (self, consumer);
}

static void
on_ticket_form_changed (TicketsPersonalizationFormView *self)
{
  build_fields (self);
}

static void
tickets_personalization_form_view_dispose (GObject *object)
{
  TicketsPersonalizationFormView *self = TICKETS_PERSONALIZATION_FORM_VIEW (object);

  for (guint i = 0; i < self->fields->len; i++)
    disconnect_field (self, g_ptr_array_index (self->fields, i));

  gtk_widget_dispose_template (GTK_WIDGET (object), TICKETS_TYPE_PERSONALIZATION_FORM_VIEW);

  g_ptr_array_set_size (self->fields, 0);
  g_clear_weak_pointer (&self->focus_before_busy);
  g_clear_object (&self->ticket);
  g_clear_object (&self->buyer);
  g_clear_object (&self->other_consumers);

  G_OBJECT_CLASS (tickets_personalization_form_view_parent_class)->dispose (object);
}

static void
tickets_personalization_form_view_finalize (GObject *object)
{
  TicketsPersonalizationFormView *self = TICKETS_PERSONALIZATION_FORM_VIEW (object);

  g_ptr_array_unref (self->fields);
  g_strfreev (self->taken_emails);
  g_free (self->locked_reason);

  G_OBJECT_CLASS (tickets_personalization_form_view_parent_class)->finalize (object);
}

static void
tickets_personalization_form_view_get_property (GObject    *object,
                                                guint       prop_id,
                                                GValue     *value,
                                                GParamSpec *pspec)
{
  TicketsPersonalizationFormView *self = TICKETS_PERSONALIZATION_FORM_VIEW (object);

  switch (prop_id)
    {
    case PROP_TICKET:
      g_value_set_object (value, self->ticket);
      break;
    case PROP_BUSY:
      g_value_set_boolean (value, self->busy);
      break;
    case PROP_EDITABLE:
      g_value_set_boolean (value, self->editable);
      break;
    case PROP_ACTIONS_VISIBLE:
      g_value_set_boolean (value, tickets_personalization_form_view_get_actions_visible (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_personalization_form_view_set_property (GObject      *object,
                                                guint         prop_id,
                                                const GValue *value,
                                                GParamSpec   *pspec)
{
  TicketsPersonalizationFormView *self = TICKETS_PERSONALIZATION_FORM_VIEW (object);

  switch (prop_id)
    {
    case PROP_TICKET:
      tickets_personalization_form_view_set_ticket (self, g_value_get_object (value));
      break;
    case PROP_BUSY:
      tickets_personalization_form_view_set_busy (self, g_value_get_boolean (value));
      break;
    case PROP_EDITABLE:
      tickets_personalization_form_view_set_editable (self, g_value_get_boolean (value));
      break;
    case PROP_ACTIONS_VISIBLE:
      tickets_personalization_form_view_set_actions_visible (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_personalization_form_view_class_init (TicketsPersonalizationFormViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tickets_personalization_form_view_dispose;
  object_class->finalize = tickets_personalization_form_view_finalize;
  object_class->get_property = tickets_personalization_form_view_get_property;
  object_class->set_property = tickets_personalization_form_view_set_property;

  properties[PROP_TICKET] =
    g_param_spec_object ("ticket", NULL, NULL,
                         TICKETS_TYPE_TICKET,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_EDITABLE] =
    g_param_spec_boolean ("editable", NULL, NULL,
                          TRUE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ACTIONS_VISIBLE] =
    g_param_spec_boolean ("actions-visible", NULL, NULL,
                          TRUE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SUBMIT] =
    g_signal_new ("submit", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[CANCEL] =
    g_signal_new ("cancel", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (TICKETS_TYPE_CONSENT_GROUP);
  g_type_ensure (TICKETS_TYPE_TICKET_SUMMARY);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Tickets/views/tickets-personalization-form-view.ui");
  gtk_widget_class_bind_template_child (widget_class, TicketsPersonalizationFormView, ticket_summary);
  gtk_widget_class_bind_template_child (widget_class, TicketsPersonalizationFormView, locked_box);
  gtk_widget_class_bind_template_child (widget_class, TicketsPersonalizationFormView, locked_label);
  gtk_widget_class_bind_template_child (widget_class, TicketsPersonalizationFormView, error_box);
  gtk_widget_class_bind_template_child (widget_class, TicketsPersonalizationFormView, error_label);
  gtk_widget_class_bind_template_child (widget_class, TicketsPersonalizationFormView, holder_group);
  gtk_widget_class_bind_template_child (widget_class, TicketsPersonalizationFormView, consent_group);
  gtk_widget_class_bind_template_child (widget_class, TicketsPersonalizationFormView, copy_button);
  gtk_widget_class_bind_template_child (widget_class, TicketsPersonalizationFormView, spinner);
  gtk_widget_class_bind_template_child (widget_class, TicketsPersonalizationFormView, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, TicketsPersonalizationFormView, save_button);

  gtk_widget_class_install_action (widget_class, "form.submit", NULL, submit_action);
  gtk_widget_class_install_action (widget_class, "form.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "form.copy-buyer", NULL, copy_buyer_action);
  gtk_widget_class_install_action (widget_class, "form.copy-ticket", "u", copy_ticket_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "form.submit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "form.submit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_ISO_Enter, GDK_CONTROL_MASK, "form.submit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "form.cancel", NULL);
}

static void
tickets_personalization_form_view_init (TicketsPersonalizationFormView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->fields = g_ptr_array_new_with_free_func (g_object_unref);
  self->editable = TRUE;

  build_fields (self);
  update_copy_menu (self);
}

GtkWidget *
tickets_personalization_form_view_new (void)
{
  return g_object_new (TICKETS_TYPE_PERSONALIZATION_FORM_VIEW, NULL);
}

/**
 * tickets_personalization_form_view_focus_first_field:
 * @self: a #TicketsPersonalizationFormView
 *
 * Puts the keyboard focus in the first field, where typing starts.
 */
void
tickets_personalization_form_view_focus_first_field (TicketsPersonalizationFormView *self)
{
  g_return_if_fail (TICKETS_IS_PERSONALIZATION_FORM_VIEW (self));

  for (guint i = 0; i < self->fields->len; i++)
    {
      GtkWidget *row = tickets_form_field_get_row (g_ptr_array_index (self->fields, i));

      if (gtk_widget_get_visible (row) && gtk_widget_grab_focus (row))
        return;
    }
}

/**
 * tickets_personalization_form_view_get_ticket:
 *
 * Returns: (transfer none) (nullable): the ticket the form names a holder for
 */
TicketsTicket *
tickets_personalization_form_view_get_ticket (TicketsPersonalizationFormView *self)
{
  g_return_val_if_fail (TICKETS_IS_PERSONALIZATION_FORM_VIEW (self), NULL);

  return self->ticket;
}

void
tickets_personalization_form_view_set_ticket (TicketsPersonalizationFormView *self,
                                              TicketsTicket                  *ticket)
{
  TicketsConsumer *holder;

  g_return_if_fail (TICKETS_IS_PERSONALIZATION_FORM_VIEW (self));
  g_return_if_fail (ticket == NULL || TICKETS_IS_TICKET (ticket));

  if (self->ticket == ticket)
    return;

  if (self->ticket != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->ticket, on_ticket_form_changed, self);
    }
  g_set_object (&self->ticket, ticket);
  tickets_ticket_summary_set_ticket (self->ticket_summary, ticket);

  /* Another ticket: nothing typed for the previous one belongs here, and
   * least of all a consent someone else gave. */
  clear_fields (self);
  tickets_consent_group_set_ticket (self->consent_group, ticket);
  tickets_personalization_form_view_show_error (self, NULL);

  if (ticket != NULL)
    {
      g_signal_connect_object (ticket, "notify::personalization-form",
                               G_CALLBACK (on_ticket_form_changed), self, G_CONNECT_SWAPPED);
    }
  build_fields (self);

  holder = ticket != NULL ? tickets_ticket_get_consumer (ticket) : NULL;
  if (holder != NULL)
    fill_fields (self, holder, tickets_ticket_get_personalized (ticket));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TICKET]);
}

/* The focused widget when it is in the form, else NULL. */
static GtkWidget *
get_focus_inside (TicketsPersonalizationFormView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self)))
    return focus;

  return NULL;
}

/* After a save, the focus goes back where it was, so that Ctrl+Enter and
 * typing work again; show_error() may have named a field in error instead.
 * Only when the save left nothing focused: whoever moved on keeps their
 * place. */
static void
restore_focus (TicketsPersonalizationFormView *self)
{
  GtkWidget *target = self->focus_before_busy;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  g_clear_weak_pointer (&self->focus_before_busy);
  if (target == NULL || root == NULL || gtk_root_get_focus (root) != NULL ||
      !gtk_widget_get_mapped (GTK_WIDGET (self)) || !gtk_widget_is_ancestor (target, GTK_WIDGET (self)))
    return;

  gtk_widget_grab_focus (target);
}

gboolean
tickets_personalization_form_view_get_busy (TicketsPersonalizationFormView *self)
{
  g_return_val_if_fail (TICKETS_IS_PERSONALIZATION_FORM_VIEW (self), FALSE);

  return self->busy;
}

void
tickets_personalization_form_view_set_busy (TicketsPersonalizationFormView *self,
                                            gboolean                        busy)
{
  g_return_if_fail (TICKETS_IS_PERSONALIZATION_FORM_VIEW (self));

  busy = !!busy;
  if (self->busy == busy)
    return;
  if (busy)
    g_set_weak_pointer (&self->focus_before_busy, get_focus_inside (self));
  self->busy = busy;
  tickets_consent_group_set_busy (self->consent_group, busy);
  update_sensitivity (self);
  if (!busy)
    restore_focus (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

gboolean
tickets_personalization_form_view_get_editable (TicketsPersonalizationFormView *self)
{
  g_return_val_if_fail (TICKETS_IS_PERSONALIZATION_FORM_VIEW (self), FALSE);

  return self->editable;
}

void
tickets_personalization_form_view_set_editable (TicketsPersonalizationFormView *self,
                                                gboolean                        editable)
{
  g_return_if_fail (TICKETS_IS_PERSONALIZATION_FORM_VIEW (self));

  editable = !!editable;
  if (self->editable == editable)
    return;
  self->editable = editable;
  update_sensitivity (self);
  tickets_consent_group_set_editable (self->consent_group, editable);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITABLE]);
}

gboolean
tickets_personalization_form_view_get_actions_visible (TicketsPersonalizationFormView *self)
{
  g_return_val_if_fail (TICKETS_IS_PERSONALIZATION_FORM_VIEW (self), FALSE);

  return gtk_widget_get_visible (self->save_button);
}

/**
 * tickets_personalization_form_view_set_actions_visible:
 * @self: a #TicketsPersonalizationFormView
 * @visible: whether the form shows its own Save and Cancel buttons
 *
 * A host that saves several forms at once brings buttons of its own; the
 * form's shortcuts keep emitting #TicketsPersonalizationFormView::submit and
 * #TicketsPersonalizationFormView::cancel either way.
 */
void
tickets_personalization_form_view_set_actions_visible (TicketsPersonalizationFormView *self,
                                                       gboolean                        visible)
{
  g_return_if_fail (TICKETS_IS_PERSONALIZATION_FORM_VIEW (self));

  visible = !!visible;
  if (tickets_personalization_form_view_get_actions_visible (self) == visible)
    return;
  gtk_widget_set_visible (self->save_button, visible);
  gtk_widget_set_visible (self->cancel_button, visible);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIONS_VISIBLE]);
}

void
tickets_personalization_form_view_set_locked_reason (TicketsPersonalizationFormView *self,
                                                     const char                     *reason)
{
  g_return_if_fail (TICKETS_IS_PERSONALIZATION_FORM_VIEW (self));

  if (g_strcmp0 (self->locked_reason, reason) == 0)
    return;
  g_free (self->locked_reason);
  self->locked_reason = g_strdup (reason);
  update_sensitivity (self);
}

void
tickets_personalization_form_view_set_taken_emails (TicketsPersonalizationFormView *self,
                                                    const char * const             *emails)
{
  TicketsFormField *field;

  g_return_if_fail (TICKETS_IS_PERSONALIZATION_FORM_VIEW (self));

  g_strfreev (self->taken_emails);
  self->taken_emails = g_strdupv ((char **) emails);

  field = tickets_form_fields_find (self->fields, "email");
  if (field != NULL)
    update_field_message (self, field);
}

void
tickets_personalization_form_view_set_copy_sources (TicketsPersonalizationFormView *self,
                                                    TicketsConsumer                *buyer,
                                                    GListModel                     *other_consumers)
{
  g_return_if_fail (TICKETS_IS_PERSONALIZATION_FORM_VIEW (self));
  g_return_if_fail (buyer == NULL || TICKETS_IS_CONSUMER (buyer));
  g_return_if_fail (other_consumers == NULL || G_IS_LIST_MODEL (other_consumers));

  if (self->other_consumers != NULL)
    g_signal_handlers_disconnect_by_func (self->other_consumers, update_copy_menu, self);
  g_set_object (&self->buyer, buyer);
  g_set_object (&self->other_consumers, other_consumers);
  if (other_consumers != NULL)
    g_signal_connect_object (other_consumers, "items-changed",
                             G_CALLBACK (update_copy_menu), self, G_CONNECT_SWAPPED);

  update_copy_menu (self);
}

void
tickets_personalization_form_view_fill_from_consumer (TicketsPersonalizationFormView *self,
                                                      TicketsConsumer                *consumer)
{
  g_return_if_fail (TICKETS_IS_PERSONALIZATION_FORM_VIEW (self));
  g_return_if_fail (TICKETS_IS_CONSUMER (consumer));

  fill_fields (self, consumer, FALSE);
}

gboolean
tickets_personalization_form_view_validate (TicketsPersonalizationFormView *self)
{
  TicketsFormField *first_bad;

  g_return_val_if_fail (TICKETS_IS_PERSONALIZATION_FORM_VIEW (self), FALSE);

  first_bad = tickets_form_fields_check (self->fields, (const char * const *) self->taken_emails);

  /* A form out of sight (another page of a stack) leaves the focus where it
   * is: GTK would move it into a field nobody sees. */
  if (first_bad != NULL && gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_widget_grab_focus (tickets_form_field_get_row (first_bad));

  return first_bad == NULL;
}

/**
 * tickets_personalization_form_view_build_consumer:
 *
 * Returns: (transfer full): a new consumer with the values of the fields shown
 */
TicketsConsumer *
tickets_personalization_form_view_build_consumer (TicketsPersonalizationFormView *self)
{
  TicketsConsumer *consumer;

  g_return_val_if_fail (TICKETS_IS_PERSONALIZATION_FORM_VIEW (self), NULL);

  /* A holder speaks the language they use Tickets in, unless they said otherwise. */
  consumer = collect_consumer (self);
  if (*tickets_consumer_get_language (consumer) == '\0')
    tickets_consumer_set_language (consumer, tickets_language_get_ui ());

  return consumer;
}

/**
 * tickets_personalization_form_view_build_counter_consumer:
 *
 * Returns: (transfer full): a new consumer with the values of the fields shown
 */
TicketsConsumer *
tickets_personalization_form_view_build_counter_consumer (TicketsPersonalizationFormView *self)
{
  TicketsConsumer *consumer;
  TicketsPersonalizationForm *form;

  g_return_val_if_fail (TICKETS_IS_PERSONALIZATION_FORM_VIEW (self), NULL);

  consumer = tickets_personalization_form_view_build_consumer (self);
  form = self->ticket != NULL ? tickets_ticket_get_personalization_form (self->ticket) : NULL;
  /* The form gives a fan's holder the fan's own language when it does not
   * ask; at the counter that would be the staff member's. */
  if (form == NULL || !tickets_personalization_form_has_field (form, "language"))
    tickets_consumer_set_language (consumer, "");

  return consumer;
}

void
tickets_personalization_form_view_hide_consent (TicketsPersonalizationFormView *self)
{
  g_return_if_fail (TICKETS_IS_PERSONALIZATION_FORM_VIEW (self));

  gtk_widget_set_visible (GTK_WIDGET (self->consent_group), FALSE);
}

/**
 * tickets_personalization_form_view_get_consent:
 *
 * Returns: what is ticked now, each box its own flag
 */
TicketsConsent
tickets_personalization_form_view_get_consent (TicketsPersonalizationFormView *self)
{
  g_return_val_if_fail (TICKETS_IS_PERSONALIZATION_FORM_VIEW (self), TICKETS_CONSENT_NONE);

  return tickets_consent_group_get_consent (self->consent_group);
}

/* A field's message the form cannot show next to a field: at the top, with
 * the field's name. */
static void
append_unplaced (const char *name,
                 const char *text,
                 gpointer    user_data)
{
  GString *banner = user_data;
  const char *title = tickets_form_field_lookup_title (name);

  if (banner->len > 0)
    g_string_append_c (banner, '\n');
  if (name[0] != '\0')
    /* Translators: a field's name and what the server said about it. */
    g_string_append_printf (banner, _("%s: %s"), title != NULL ? title : name, text);
  else
    g_string_append (banner, text);
}

void
tickets_personalization_form_view_show_error (TicketsPersonalizationFormView *self,
                                              const GError                   *error)
{
  g_autoptr(GString) banner = g_string_new (NULL);
  TicketsFormField *first_field;

  g_return_if_fail (TICKETS_IS_PERSONALIZATION_FORM_VIEW (self));

  first_field = tickets_form_fields_show_server_messages (self->fields, error, append_unplaced, banner);
  if (error != NULL && error->domain == TICKETS_API_ERROR)
    {
      if (banner->len == 0)
        {
          const char *message = tickets_api_error_get_server_message (error);

          if (first_field != NULL)
            g_string_append (banner, _("Some details were not accepted. Check the marked fields."));
          else
            g_string_append (banner, message != NULL && message[0] != '\0' ? message : error->message);
        }
    }
  else if (error != NULL)
    g_string_append (banner, error->message);

  gtk_label_set_text (GTK_LABEL (self->error_label), banner->str);
  gtk_widget_set_visible (self->error_box, banner->len > 0);

  tickets_form_fields_update_messages (self->fields, (const char * const *) self->taken_emails);

  /* A busy form cannot take the focus yet: it goes there once it can. */
  if (first_field != NULL && self->busy)
    g_set_weak_pointer (&self->focus_before_busy, tickets_form_field_get_row (first_field));
  else if (first_field != NULL && gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_widget_grab_focus (tickets_form_field_get_row (first_field));
}
