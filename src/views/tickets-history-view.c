/* tickets-history-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tickets-error.h"
#include "tickets-format.h"
#include "tickets-history-view.h"
#include "tickets-history-view-private.h"
#include "tickets-personalization-details.h"
#include "tickets-session.h"

struct _TicketsHistoryView
{
  AdwBin                         parent_instance;

  /* Store and auth are read from it at each load, never kept apart. */
  TicketsSession                *session;
  char                          *order;
  GCancellable                  *cancellable;
  GCancellable                  *details_cancellable;
  GListStore                    *personalizations;
  int                            shown_index;

  GtkStack                      *stack;
  AdwStatusPage                 *error_page;
  GtkListBox                    *list_box;
  GtkLabel                      *details_error_label;
  TicketsPersonalizationDetails *details;
};

G_DEFINE_FINAL_TYPE (TicketsHistoryView, tickets_history_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_SHOWING_DETAILS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The description is markup; the message is the server's text. */
static char *
describe_error (const GError *error)
{
  g_autofree char *message = tickets_format_error_markup (error);

  if (g_error_matches (error, TICKETS_API_ERROR, TICKETS_API_ERROR_UNAUTHORIZED))
    /* Translators: %s is the server's message, such as "The credentials or token you sent are not valid." */
    return g_strdup_printf (_("%s Sign in again to see the history."), message);

  return g_steal_pointer (&message);
}

static void
set_page (TicketsHistoryView *self,
          const char         *name)
{
  gboolean was_showing_details = tickets_history_view_get_showing_details (self);

  gtk_stack_set_visible_child_name (self->stack, name);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "history.back", g_str_equal (name, "details"));

  if (was_showing_details != tickets_history_view_get_showing_details (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOWING_DETAILS]);
}

static void
update_row (GtkWidget *row)
{
  TicketsPersonalization *personalization = g_object_get_data (G_OBJECT (row), "personalization");
  g_autofree char *holder = tickets_personalization_details_format_holder (personalization);
  g_autofree char *when = tickets_personalization_details_format_when (personalization);
  g_autofree char *tickets = tickets_personalization_details_format_tickets (personalization);
  g_autofree char *subtitle = NULL;
  g_autofree char *accessible_label = NULL;

  /* The date first: the list reads as a timeline. */
  subtitle = when != NULL ? g_strconcat (when, "\n", tickets, NULL) : g_strdup (tickets);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), holder);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  /* Translators: how a screen reader reads a personalization: the holder's name, then the tickets. */
  accessible_label = g_strdup_printf (_("%1$s: %2$s"), holder, subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label, -1);
}

static void
on_row_personalization_changed (GtkWidget *row)
{
  update_row (row);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  TicketsPersonalization *personalization = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

  /* Names are text, not markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (arrow), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Show details"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);

  g_object_set_data_full (G_OBJECT (row), "personalization", g_object_ref (personalization), g_object_unref);
  g_signal_connect_object (personalization, "notify", G_CALLBACK (on_row_personalization_changed), row, G_CONNECT_SWAPPED);
  g_signal_connect_object (tickets_personalization_get_tickets (personalization), "items-changed",
                           G_CALLBACK (on_row_personalization_changed), row, G_CONNECT_SWAPPED);
  update_row (row);

  return row;
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  GDateTime *made_a = tickets_personalization_get_created_at (*(TicketsPersonalization **) a);
  GDateTime *made_b = tickets_personalization_get_created_at (*(TicketsPersonalization **) b);

  /* Undated ones keep their place: the sort is stable. */
  if (made_a == NULL || made_b == NULL)
    return 0;

  return g_date_time_compare (made_b, made_a);
}

static void
on_personalizations_loaded (GObject      *source,
                            GAsyncResult *result,
                            gpointer      user_data)
{
  TicketsHistoryView *self = user_data;
  g_autoptr(GListModel) personalizations = NULL;
  g_autoptr(GPtrArray) newest_first = NULL;
  g_autoptr(GError) error = NULL;
  guint n_items;

  personalizations = tickets_store_load_personalizations_finish (TICKETS_STORE (source), result, &error);

  /* Cancelled: the view is gone, or loads anew. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (personalizations == NULL)
    {
      g_autofree char *description = describe_error (error);

      adw_status_page_set_description (self->error_page, description);
      set_page (self, "error");
      return;
    }

  /* By date where the server gives one (the sandbox does, the documented
   * API does not). Without, the list is in the order they were made (the
   * sandbox appends each new one): newest first is that order reversed. */
  n_items = g_list_model_get_n_items (personalizations);
  newest_first = g_ptr_array_new_full (n_items, g_object_unref);
  for (guint i = n_items; i > 0; i--)
    g_ptr_array_add (newest_first, g_list_model_get_item (personalizations, i - 1));
  g_ptr_array_sort (newest_first, compare_newest_first);
  g_list_store_splice (self->personalizations, 0, g_list_model_get_n_items (G_LIST_MODEL (self->personalizations)),
                       newest_first->pdata, newest_first->len);

  set_page (self, n_items > 0 ? "list" : "empty");
}

static void
start_loading (TicketsHistoryView *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_cancellable_cancel (self->details_cancellable);
  g_clear_object (&self->details_cancellable);

  if (self->session == NULL || tickets_session_get_store (self->session) == NULL)
    return;

  self->cancellable = g_cancellable_new ();
  set_page (self, "loading");
  tickets_store_load_personalizations_async (tickets_session_get_store (self->session), self->order,
                                             tickets_session_get_auth (self->session), self->cancellable,
                                             on_personalizations_loaded, self);
}

/**
 * tickets_history_view_load:
 * @self: a #TicketsHistoryView
 * @session: the #TicketsSession whose store and auth (the order's
 *   Order-Token or Cognito-Token; none: the client's) the loads use
 * @order: the order's URI or uid
 *
 * Lists the personalizations of the order's tickets, newest first.
 */
void
tickets_history_view_load (TicketsHistoryView *self,
                           TicketsSession     *session,
                           const char         *order)
{
  g_return_if_fail (TICKETS_IS_HISTORY_VIEW (self));
  g_return_if_fail (TICKETS_IS_SESSION (session));
  g_return_if_fail (order != NULL);

  g_set_object (&self->session, session);
  g_free (self->order);
  self->order = g_strdup (order);

  g_list_store_remove_all (self->personalizations);
  start_loading (self);
}

/**
 * tickets_history_view_reload:
 * @self: a #TicketsHistoryView
 *
 * Loads the list again and shows it, leaving any details shown.
 */
void
tickets_history_view_reload (TicketsHistoryView *self)
{
  g_return_if_fail (TICKETS_IS_HISTORY_VIEW (self));

  start_loading (self);
}

static void
on_personalization_loaded (GObject      *source,
                           GAsyncResult *result,
                           gpointer      user_data)
{
  TicketsHistoryView *self = user_data;
  g_autoptr(TicketsPersonalization) personalization = NULL;
  g_autoptr(GError) error = NULL;

  personalization = tickets_store_load_personalization_finish (TICKETS_STORE (source), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (personalization == NULL)
    {
      /* The details shown stay: they are the list's, only not refreshed. */
      g_autofree char *text = g_strdup_printf (_("These details may be out of date: %s"), error->message);

      gtk_label_set_label (self->details_error_label, text);
      gtk_widget_set_visible (GTK_WIDGET (self->details_error_label), TRUE);
      return;
    }

  /* The store updated the object shown in place; this is the same one. */
  tickets_personalization_details_set_personalization (self->details, personalization);
}

static void
show_details (TicketsHistoryView     *self,
              TicketsPersonalization *personalization)
{
  const char *href = tickets_resource_get_href (TICKETS_RESOURCE (personalization));

  g_cancellable_cancel (self->details_cancellable);
  g_clear_object (&self->details_cancellable);

  tickets_personalization_details_set_personalization (self->details, personalization);
  gtk_widget_set_visible (GTK_WIDGET (self->details_error_label), FALSE);
  set_page (self, "details");
  /* The row that had the focus is gone: keyboard users land on the
   * details, and the header bar's Back (or Escape) leads back. */
  gtk_widget_child_focus (GTK_WIDGET (self->details), GTK_DIR_TAB_FORWARD);

  self->details_cancellable = g_cancellable_new ();
  tickets_store_load_personalization_async (tickets_session_get_store (self->session),
                                            href != NULL ? href : tickets_resource_get_uid (TICKETS_RESOURCE (personalization)),
                                            tickets_session_get_auth (self->session), self->details_cancellable,
                                            on_personalization_loaded, self);
}

static void
on_row_activated (TicketsHistoryView *self,
                  GtkListBoxRow      *row)
{
  g_autoptr(TicketsPersonalization) personalization = NULL;

  self->shown_index = gtk_list_box_row_get_index (row);
  personalization = g_list_model_get_item (G_LIST_MODEL (self->personalizations), self->shown_index);
  if (personalization != NULL)
    show_details (self, personalization);
}

/**
 * tickets_history_view_show_list:
 * @self: a #TicketsHistoryView
 *
 * Goes back from the details to the list, onto the row they came from.
 */
void
tickets_history_view_show_list (TicketsHistoryView *self)
{
  GtkListBoxRow *row;

  g_return_if_fail (TICKETS_IS_HISTORY_VIEW (self));

  if (!tickets_history_view_get_showing_details (self))
    return;

  g_cancellable_cancel (self->details_cancellable);
  g_clear_object (&self->details_cancellable);

  set_page (self, g_list_model_get_n_items (G_LIST_MODEL (self->personalizations)) > 0 ? "list" : "empty");
  tickets_personalization_details_set_personalization (self->details, NULL);

  if ((row = gtk_list_box_get_row_at_index (self->list_box, self->shown_index)) != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

gboolean
tickets_history_view_get_showing_details (TicketsHistoryView *self)
{
  g_return_val_if_fail (TICKETS_IS_HISTORY_VIEW (self), FALSE);

  return g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "details") == 0;
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  tickets_history_view_reload (TICKETS_HISTORY_VIEW (widget));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  tickets_history_view_show_list (TICKETS_HISTORY_VIEW (widget));
}

GtkWidget *
tickets_history_view_new (void)
{
  return g_object_new (TICKETS_TYPE_HISTORY_VIEW, NULL);
}

const char *
tickets_history_view_get_page_name (TicketsHistoryView *self)
{
  return gtk_stack_get_visible_child_name (self->stack);
}

const char *
tickets_history_view_get_error_text (TicketsHistoryView *self)
{
  return adw_status_page_get_description (self->error_page);
}

const char *
tickets_history_view_get_details_error_text (TicketsHistoryView *self)
{
  return gtk_widget_get_visible (GTK_WIDGET (self->details_error_label))
         ? gtk_label_get_label (self->details_error_label) : NULL;
}

GtkListBox *
tickets_history_view_get_list_box (TicketsHistoryView *self)
{
  return self->list_box;
}

TicketsPersonalizationDetails *
tickets_history_view_get_details (TicketsHistoryView *self)
{
  return self->details;
}

GListModel *
tickets_history_view_get_personalizations (TicketsHistoryView *self)
{
  return G_LIST_MODEL (self->personalizations);
}

static void
tickets_history_view_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  TicketsHistoryView *self = TICKETS_HISTORY_VIEW (object);

  switch (prop_id)
    {
    case PROP_SHOWING_DETAILS:
      g_value_set_boolean (value, tickets_history_view_get_showing_details (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_history_view_dispose (GObject *object)
{
  TicketsHistoryView *self = TICKETS_HISTORY_VIEW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_cancellable_cancel (self->details_cancellable);
  g_clear_object (&self->details_cancellable);
  g_clear_object (&self->session);
  g_clear_object (&self->personalizations);

  gtk_widget_dispose_template (GTK_WIDGET (object), TICKETS_TYPE_HISTORY_VIEW);

  G_OBJECT_CLASS (tickets_history_view_parent_class)->dispose (object);
}

static void
tickets_history_view_finalize (GObject *object)
{
  TicketsHistoryView *self = TICKETS_HISTORY_VIEW (object);

  g_free (self->order);

  G_OBJECT_CLASS (tickets_history_view_parent_class)->finalize (object);
}

static void
tickets_history_view_class_init (TicketsHistoryViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tickets_history_view_dispose;
  object_class->finalize = tickets_history_view_finalize;
  object_class->get_property = tickets_history_view_get_property;

  properties[PROP_SHOWING_DETAILS] =
    g_param_spec_boolean ("showing-details", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (TICKETS_TYPE_PERSONALIZATION_DETAILS);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Tickets/views/tickets-history-view.ui");
  gtk_widget_class_bind_template_child (widget_class, TicketsHistoryView, error_page);
  gtk_widget_class_bind_template_child (widget_class, TicketsHistoryView, list_box);
  gtk_widget_class_bind_template_child (widget_class, TicketsHistoryView, details_error_label);
  gtk_widget_class_bind_template_child (widget_class, TicketsHistoryView, details);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);

  gtk_widget_class_install_action (widget_class, "history.reload", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "history.back", NULL, back_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "history.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "history.back", NULL);
}

static void
tickets_history_view_init (TicketsHistoryView *self)
{
  self->personalizations = g_list_store_new (TICKETS_TYPE_PERSONALIZATION);

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Not bound as a template child: gtk_widget_dispose_template() would
   * unparent it behind AdwBin's back. */
  self->stack = GTK_STACK (adw_bin_get_child (ADW_BIN (self)));

  gtk_list_box_bind_model (self->list_box, G_LIST_MODEL (self->personalizations), create_row, NULL, NULL);
  set_page (self, "loading");
}
