/* tickets-naming-flow.c
 *
 * One ticket named through the personalization form: the form opens on the
 * ticket, with the draft kept for it; Save sends it through the store and
 * keeps it as the draft until the server takes it; Cancel discards (asking
 * first when something was typed); Back keeps it as the draft.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tickets-batch-view.h"
#include "tickets-copy-sources.h"
#include "tickets-naming-flow.h"
#include "tickets-order.h"
#include "tickets-personalization-request.h"

struct _TicketsNamingFlow
{
  GObject                         parent_instance;

  /* Store and auth are read from it at each save, never kept apart. */
  TicketsSession                 *session;
  TicketsPersonalizationFormView *form_view;
  /* Naming several at once, whose end is told in a toast; may be NULL. */
  TicketsBatchView               *batch_view;
  GCancellable                   *cancellable;

  /* The ticket being named, through its order or a friend's request, and
   * its form as it opened: what the person typed since is what Cancel asks
   * about and Back keeps as a draft. */
  TicketsTicket                  *ticket;
  TicketsResource                *home;
  TicketsConsumer                *pristine;
};

G_DEFINE_FINAL_TYPE (TicketsNamingFlow, tickets_naming_flow, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_FORM_VIEW,
  PROP_BATCH_VIEW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CLOSE_FORM,
  PERSONALIZED,
  TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
describe_lock (TicketsTicket *ticket)
{
  switch (tickets_ticket_get_personalization_state (ticket, NULL))
    {
    case TICKETS_PERSONALIZATION_STATE_NOT_YET_OPEN:
      return _("Names cannot be given yet: the personalization period has not started.");
    case TICKETS_PERSONALIZATION_STATE_CLOSED:
      return _("Names can no longer be changed: the personalization period has ended.");
    case TICKETS_PERSONALIZATION_STATE_INVALID:
      return _("This ticket is no longer valid.");
    case TICKETS_PERSONALIZATION_STATE_NOT_REQUIRED:
    case TICKETS_PERSONALIZATION_STATE_NEEDED:
    case TICKETS_PERSONALIZATION_STATE_PERSONALIZED:
    default:
      return NULL;
    }
}

void
tickets_naming_flow_open (TicketsNamingFlow *self,
                          TicketsTicket     *ticket,
                          TicketsResource   *home)
{
  /* A friend never sees the buyer. */
  TicketsConsumer *buyer = NULL;
  GListModel *tickets;
  g_auto(GStrv) taken_emails = NULL;
  g_autoptr(GListModel) other_holders = NULL;
  gboolean editable;
  gboolean reopened;

  g_return_if_fail (TICKETS_IS_NAMING_FLOW (self));
  g_return_if_fail (TICKETS_IS_TICKET (ticket));
  g_return_if_fail (TICKETS_IS_ORDER (home) || TICKETS_IS_PERSONALIZATION_REQUEST (home));

  /* The tickets the ticket sits among, the order's or the request's. */
  if (TICKETS_IS_ORDER (home))
    {
      buyer = tickets_order_get_consumer (TICKETS_ORDER (home));
      tickets = tickets_order_get_tickets (TICKETS_ORDER (home));
    }
  else
    tickets = tickets_personalization_request_get_tickets (TICKETS_PERSONALIZATION_REQUEST (home));
  /* The addresses the other tickets of the same product hold (some products
   * want one each), and the people "Copy from" offers besides the buyer:
   * the model's rule, the one the batch follows too. */
  taken_emails = tickets_copy_sources_dup_taken_emails (tickets, ticket, NULL);
  other_holders = tickets_copy_sources_dup_holders (tickets, ticket, buyer, NULL);

  reopened = tickets_personalization_form_view_get_ticket (self->form_view) == ticket;
  g_set_object (&self->ticket, ticket);
  g_set_object (&self->home, home);
  editable = tickets_ticket_can_personalize (ticket, NULL);

  /* The same ticket again: the form still holds what was typed, with its
   * messages. Another: the form starts from the ticket, then the draft
   * kept for it, and says why its last save failed. */
  g_object_set (self->form_view,
                "ticket", ticket,
                "editable", editable,
                "busy", tickets_ticket_get_save_state (ticket) == TICKETS_SAVE_STATE_SAVING,
                NULL);
  if (!reopened || self->pristine == NULL)
    {
      g_clear_object (&self->pristine);
      self->pristine = tickets_personalization_form_view_build_consumer (self->form_view);
      if (tickets_ticket_get_draft (ticket) != NULL)
        tickets_personalization_form_view_fill_from_consumer (self->form_view, tickets_ticket_get_draft (ticket));
      if (tickets_ticket_get_save_error (ticket) != NULL)
        tickets_personalization_form_view_show_error (self->form_view, tickets_ticket_get_save_error (ticket));
    }
  tickets_personalization_form_view_set_taken_emails (self->form_view, (const char * const *) taken_emails);
  tickets_personalization_form_view_set_copy_sources (self->form_view, buyer, other_holders);
  tickets_personalization_form_view_set_locked_reason (self->form_view, editable ? NULL : describe_lock (ticket));
}

/* A save carries its ticket: the person may have gone on to another one. */
typedef struct
{
  TicketsNamingFlow *self;
  TicketsTicket     *ticket;
} Save;

static void
save_free (Save *save)
{
  g_object_unref (save->self);
  g_object_unref (save->ticket);
  g_free (save);
}

static void
on_personalized (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  Save *save = user_data;
  TicketsNamingFlow *self = save->self;
  g_autoptr(TicketsPersonalization) personalization = NULL;
  g_autoptr(GError) error = NULL;
  TicketsConsumer *holder;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  gboolean on_form;

  personalization = tickets_store_personalize_finish (TICKETS_STORE (source), result, &error);
  /* The form answers only for its own ticket; the row says the rest. */
  on_form = tickets_personalization_form_view_get_ticket (self->form_view) == save->ticket;
  if (on_form)
    g_object_set (self->form_view, "busy", FALSE, NULL);

  /* Kept in the outbox, to be sent when the server can take it: nothing is
   * lost, so the form closes; the row says "Not sent yet", the toast why,
   * and another toast says when it went through. */
  if (g_error_matches (error, TICKETS_STORE_ERROR, TICKETS_STORE_ERROR_QUEUED))
    {
      g_signal_emit (self, signals[TOAST], 0, error->message);
      if (on_form)
        {
          g_clear_object (&self->pristine);
          g_signal_emit (self, signals[CLOSE_FORM], 0);
        }
      save_free (save);
      return;
    }

  if (error != NULL)
    {
      if (on_form && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        tickets_personalization_form_view_show_error (self->form_view, error);
      save_free (save);
      return;
    }

  /* The row already shows the name: the store updated the ticket. */
  holder = tickets_ticket_get_consumer (save->ticket);
  name = holder != NULL ? tickets_consumer_dup_full_name (holder) : g_strdup ("");
  message = g_strdup_printf (_("Ticket personalized for %s"), name);
  g_signal_emit (self, signals[TOAST], 0, message);
  if (on_form)
    {
      g_clear_object (&self->pristine);
      g_signal_emit (self, signals[CLOSE_FORM], 0);
    }

  g_signal_emit (self, signals[PERSONALIZED], 0, save->ticket);
  save_free (save);
}

static void
on_form_submit (TicketsNamingFlow *self)
{
  TicketsStore *store = tickets_session_get_store (self->session);
  TicketsAuth *auth = tickets_session_get_auth (self->session);
  const char *tickets[] = { NULL, NULL };
  g_autoptr(TicketsConsumer) consumer = NULL;
  Save *save;
  TicketsConsent consent;

  if (self->ticket == NULL || store == NULL)
    return;

  if (!tickets_personalization_form_view_validate (self->form_view))
    return;

  tickets[0] = tickets_resource_get_uid (TICKETS_RESOURCE (self->ticket));
  consumer = tickets_personalization_form_view_build_consumer (self->form_view);
  /* Kept until the server takes it: a failed save loses nothing. */
  tickets_ticket_set_draft (self->ticket, consumer);
  save = g_new0 (Save, 1);
  save->self = g_object_ref (self);
  save->ticket = g_object_ref (self->ticket);
  consent = tickets_personalization_form_view_get_consent (self->form_view);
  g_object_set (self->form_view, "busy", TRUE, NULL);
  if (TICKETS_IS_PERSONALIZATION_REQUEST (self->home))
    tickets_store_personalize_by_request_async (store, tickets_resource_get_uid (self->home),
                                                tickets, consumer, consent,
                                                auth, self->cancellable, on_personalized, save);
  else
    tickets_store_personalize_async (store, tickets_resource_get_uid (self->home),
                                     tickets, consumer, consent,
                                     auth, self->cancellable, on_personalized, save);
}

/* Whether the form holds anything the person did since it opened. */
static gboolean
form_has_changes (TicketsNamingFlow *self)
{
  g_autoptr(TicketsConsumer) typed = NULL;

  if (self->ticket == NULL || self->pristine == NULL ||
      tickets_personalization_form_view_get_ticket (self->form_view) != self->ticket)
    return FALSE;

  typed = tickets_personalization_form_view_build_consumer (self->form_view);
  return !tickets_consumer_equal (typed, self->pristine) ||
         tickets_personalization_form_view_get_consent (self->form_view) != TICKETS_CONSENT_NONE;
}

/* Cancel: nothing typed for the ticket is kept, and the form starts over
 * the next time. */
static void
discard_form (TicketsNamingFlow *self)
{
  if (self->ticket != NULL)
    tickets_ticket_set_draft (self->ticket, NULL);
  g_clear_object (&self->pristine);
  g_object_set (self->form_view, "ticket", NULL, NULL);
  g_signal_emit (self, signals[CLOSE_FORM], 0);
}

static void
on_discard_response (AdwMessageDialog  *dialog,
                     const char        *response,
                     TicketsNamingFlow *self)
{
  if (g_str_equal (response, "discard"))
    discard_form (self);
}

static void
on_form_cancel (TicketsNamingFlow *self)
{
  GtkWidget *dialog;

  /* A save on its way is not the person's to discard any more. */
  if (tickets_personalization_form_view_get_busy (self->form_view))
    return;
  if (!form_has_changes (self) && (self->ticket == NULL || tickets_ticket_get_draft (self->ticket) == NULL))
    {
      discard_form (self);
      return;
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self->form_view))),
                                   _("Discard What You Typed?"),
                                   _("The details typed for this ticket will be lost. Use Back instead to keep them for later."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "keep", _("_Keep Editing"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_discard_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Back from a form keeps what was typed as the ticket's draft, which its
 * row shows; the next opening of the ticket starts from it. */
void
tickets_naming_flow_keep_draft (TicketsNamingFlow *self)
{
  g_autoptr(TicketsConsumer) typed = NULL;

  g_return_if_fail (TICKETS_IS_NAMING_FLOW (self));

  if (!form_has_changes (self) || tickets_personalization_form_view_get_busy (self->form_view))
    return;

  typed = tickets_personalization_form_view_build_consumer (self->form_view);
  tickets_ticket_set_draft (self->ticket, typed);
}

void
tickets_naming_flow_forget (TicketsNamingFlow *self)
{
  g_return_if_fail (TICKETS_IS_NAMING_FLOW (self));

  g_clear_object (&self->ticket);
  g_clear_object (&self->home);
  g_clear_object (&self->pristine);
  g_object_set (self->form_view, "ticket", NULL, NULL);
}

/* What was sent with one sign-in's auth is not the next one's to follow. */
static void
cancel_saves (TicketsNamingFlow *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
}

static void
on_batch_done (TicketsNamingFlow *self,
               guint              n_saved)
{
  g_autofree char *message = NULL;

  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u ticket personalized", "%u tickets personalized", n_saved),
                             n_saved);
  g_signal_emit (self, signals[TOAST], 0, message);
}

TicketsNamingFlow *
tickets_naming_flow_new (TicketsSession                 *session,
                         TicketsPersonalizationFormView *form_view,
                         TicketsBatchView               *batch_view)
{
  g_return_val_if_fail (TICKETS_IS_SESSION (session), NULL);
  g_return_val_if_fail (TICKETS_IS_PERSONALIZATION_FORM_VIEW (form_view), NULL);
  g_return_val_if_fail (batch_view == NULL || TICKETS_IS_BATCH_VIEW (batch_view), NULL);

  return g_object_new (TICKETS_TYPE_NAMING_FLOW,
                       "session", session,
                       "form-view", form_view,
                       "batch-view", batch_view,
                       NULL);
}

static void
tickets_naming_flow_constructed (GObject *object)
{
  TicketsNamingFlow *self = TICKETS_NAMING_FLOW (object);

  G_OBJECT_CLASS (tickets_naming_flow_parent_class)->constructed (object);

  g_signal_connect_object (self->form_view, "submit", G_CALLBACK (on_form_submit), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->form_view, "cancel", G_CALLBACK (on_form_cancel), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->form_view, "destroy", G_CALLBACK (cancel_saves), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::auth", G_CALLBACK (cancel_saves), self, G_CONNECT_SWAPPED);
  if (self->batch_view != NULL)
    g_signal_connect_object (self->batch_view, "done", G_CALLBACK (on_batch_done), self, G_CONNECT_SWAPPED);
}

static void
tickets_naming_flow_dispose (GObject *object)
{
  TicketsNamingFlow *self = TICKETS_NAMING_FLOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->ticket);
  g_clear_object (&self->home);
  g_clear_object (&self->pristine);
  g_clear_object (&self->form_view);
  g_clear_object (&self->batch_view);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (tickets_naming_flow_parent_class)->dispose (object);
}

static void
tickets_naming_flow_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  TicketsNamingFlow *self = TICKETS_NAMING_FLOW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    case PROP_FORM_VIEW:
      g_value_set_object (value, self->form_view);
      break;

    case PROP_BATCH_VIEW:
      g_value_set_object (value, self->batch_view);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_naming_flow_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  TicketsNamingFlow *self = TICKETS_NAMING_FLOW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;

    case PROP_FORM_VIEW:
      self->form_view = g_value_dup_object (value);
      break;

    case PROP_BATCH_VIEW:
      self->batch_view = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_naming_flow_class_init (TicketsNamingFlowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = tickets_naming_flow_constructed;
  object_class->dispose = tickets_naming_flow_dispose;
  object_class->get_property = tickets_naming_flow_get_property;
  object_class->set_property = tickets_naming_flow_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, TICKETS_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FORM_VIEW] =
    g_param_spec_object ("form-view", NULL, NULL, TICKETS_TYPE_PERSONALIZATION_FORM_VIEW,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BATCH_VIEW] =
    g_param_spec_object ("batch-view", NULL, NULL, TICKETS_TYPE_BATCH_VIEW,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CLOSE_FORM] =
    g_signal_new ("close-form",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
  signals[PERSONALIZED] =
    g_signal_new ("personalized",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, TICKETS_TYPE_TICKET);
  signals[TOAST] =
    g_signal_new ("toast",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
tickets_naming_flow_init (TicketsNamingFlow *self)
{
  self->cancellable = g_cancellable_new ();
}
