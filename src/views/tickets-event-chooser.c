/* tickets-event-chooser.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tickets-event-chooser-private.h"
#include "tickets-format.h"

/* As the counter's consumer search: typing pauses this long before a search. */
#define SEARCH_DELAY_MS 200
/* Pages loaded at most for one listing: a day has a few events, and a
 * search narrows the upcoming ones. */
#define MAX_EVENTS 200

struct _TicketsEventChooser
{
  AdwBin            parent_instance;

  TicketsSession   *session;
  GSettings        *settings;
  /* The listing on show (TicketsEvent items). */
  TicketsPagedList *events;
  /* The events ticked, in the order ticked (TicketsEvent). */
  GPtrArray        *chosen;
  /* Links or uids to tick once listed: the saved choice, or --event's. */
  GHashTable       *wanted;
  /* Every event listed since load(), by link: the counter's other events. */
  GHashTable       *listed;
  guint             search_source;
  /* The focus goes to the list when the first listing comes, if shown. */
  gboolean          focus_when_listed;

  GtkSearchEntry   *search_entry;
  GtkSwitch        *upcoming_switch;
  GtkStack         *stack;
  GtkSpinner       *spinner;
  GtkListBox       *list_box;
  AdwStatusPage    *empty_page;
  GtkWidget        *show_upcoming_button;
  AdwStatusPage    *error_page;
  GtkWidget        *open_button;
};

G_DEFINE_FINAL_TYPE (TicketsEventChooser, tickets_event_chooser, ADW_TYPE_BIN)

enum {
  OPEN_COUNTER,
  LISTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
event_link (TicketsEvent *event)
{
  const char *href = tickets_resource_get_href (TICKETS_RESOURCE (event));

  return href != NULL ? href : tickets_resource_get_uid (TICKETS_RESOURCE (event));
}

static gboolean
event_is (TicketsEvent *event,
          const char   *link_or_uid)
{
  return g_strcmp0 (event_link (event), link_or_uid) == 0 ||
         g_strcmp0 (tickets_resource_get_uid (TICKETS_RESOURCE (event)), link_or_uid) == 0;
}

static gboolean
is_chosen (TicketsEventChooser *self,
           TicketsEvent        *event)
{
  for (guint i = 0; i < self->chosen->len; i++)
    if (event_is (g_ptr_array_index (self->chosen, i), event_link (event)))
      return TRUE;

  return FALSE;
}

static void
update_open_button (TicketsEventChooser *self)
{
  gtk_widget_set_sensitive (self->open_button, self->chosen->len > 0);
}

static void
set_chosen (TicketsEventChooser *self,
            TicketsEvent        *event,
            gboolean             chosen)
{
  for (guint i = 0; i < self->chosen->len; i++)
    if (event_is (g_ptr_array_index (self->chosen, i), event_link (event)))
      {
        if (!chosen)
          g_ptr_array_remove_index (self->chosen, i);
        update_open_button (self);
        return;
      }

  if (chosen)
    g_ptr_array_add (self->chosen, g_object_ref (event));
  update_open_button (self);
}

static void
on_check_toggled (GtkCheckButton *check,
                  gpointer        user_data)
{
  TicketsEventChooser *self = user_data;
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (check), GTK_TYPE_LIST_BOX_ROW);
  g_autoptr(TicketsEvent) event = NULL;

  if (row == NULL || self->events == NULL)
    return;

  event = g_list_model_get_item (G_LIST_MODEL (self->events), gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)));
  if (event != NULL)
    set_chosen (self, event, gtk_check_button_get_active (check));
}

/* "Saturday 4 July 2026, 14:00 · Ahoy, Rotterdam": plain text. */
static char *
dup_event_subtitle (TicketsEvent *event)
{
  g_autofree char *when = tickets_format_date_time (tickets_event_get_event_start (event));
  const char *parts[] = { tickets_event_get_location_name (event), tickets_event_get_location_city (event) };
  g_autoptr(GString) venue = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (parts[i] != NULL && *parts[i] != '\0')
      g_string_append_printf (venue, "%s%s", venue->len > 0 ? ", " : "", parts[i]);

  if (when != NULL && venue->len > 0)
    return g_strdup_printf ("%s · %s", when, venue->str);

  return g_strdup (when != NULL ? when : venue->str);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  TicketsEventChooser *self = user_data;
  TicketsEvent *event = item;
  const char *title = tickets_best_text (tickets_event_get_title (event));
  g_autofree char *subtitle = dup_event_subtitle (event);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  g_hash_table_replace (self->listed, g_strdup (event_link (event)), g_object_ref (event));
  if (g_hash_table_remove (self->wanted, event_link (event)) ||
      g_hash_table_remove (self->wanted, tickets_resource_get_uid (TICKETS_RESOURCE (event))))
    set_chosen (self, event, TRUE);

  if (title == NULL)
    title = _("Untitled Event");
  /* A server's text, never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), is_chosen (self, event));
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle, -1);
  g_signal_connect_object (check, "toggled", G_CALLBACK (on_check_toggled), self, 0);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);

  return row;
}

static void
update_state (TicketsEventChooser *self)
{
  gboolean upcoming = gtk_switch_get_active (self->upcoming_switch);
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  const GError *error;
  guint n_items;
  const char *state;

  if (self->events == NULL)
    return;

  error = tickets_paged_list_get_error (self->events);
  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->events));

  if (n_items > 0)
    state = "list";
  else if (tickets_paged_list_get_loading (self->events) || self->search_source != 0)
    state = "loading";
  else if (error != NULL)
    {
      g_autofree char *description = tickets_format_error_markup (error);

      adw_status_page_set_description (self->error_page, description);
      state = "error";
    }
  else
    {
      if (*search != '\0')
        adw_status_page_set_title (self->empty_page, _("No Events Found"));
      else if (upcoming)
        adw_status_page_set_title (self->empty_page, _("No Upcoming Events"));
      else
        adw_status_page_set_title (self->empty_page, _("No Events Today"));
      gtk_widget_set_visible (self->show_upcoming_button, !upcoming);
      state = "empty";
    }

  gtk_spinner_set_spinning (self->spinner, g_str_equal (state, "loading"));
  gtk_stack_set_visible_child_name (self->stack, state);

  /* The rest of a listing comes by itself, up to a bound. */
  if (error == NULL && !tickets_paged_list_get_loading (self->events) &&
      tickets_paged_list_get_has_more (self->events) && n_items < MAX_EVENTS)
    tickets_paged_list_load_more (self->events);
}

static void
on_loading_changed (TicketsEventChooser *self)
{
  update_state (self);
  if (tickets_paged_list_get_loading (self->events))
    return;

  if (self->focus_when_listed && gtk_widget_get_mapped (GTK_WIDGET (self)))
    tickets_event_chooser_focus (self);
  self->focus_when_listed = FALSE;
  g_signal_emit (self, signals[LISTED], 0);
}

static void
drop_listing (TicketsEventChooser *self)
{
  g_clear_handle_id (&self->search_source, g_source_remove);
  gtk_list_box_bind_model (self->list_box, NULL, NULL, NULL, NULL);
  if (self->events != NULL)
    g_signal_handlers_disconnect_by_data (self->events, self);
  g_clear_object (&self->events);
}

/* The filters of the listing: events under way at some time today (the
 * local day) or, switched, any not over yet; and the title typed. */
static GHashTable *
dup_filters (TicketsEventChooser *self)
{
  GHashTable *filters = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *search = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));

  if (gtk_switch_get_active (self->upcoming_switch))
    g_hash_table_insert (filters, (gpointer) "event_end__gte", tickets_store_format_filter_time (now));
  else
    {
      g_autoptr(GDateTime) start = g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now),
                                                          g_date_time_get_day_of_month (now), 0, 0, 0);
      g_autoptr(GDateTime) tomorrow = g_date_time_add_days (start, 1);
      g_autoptr(GDateTime) end = g_date_time_add_seconds (tomorrow, -1);

      g_hash_table_insert (filters, (gpointer) "event_start__lte", tickets_store_format_filter_time (end));
      g_hash_table_insert (filters, (gpointer) "event_end__gte", tickets_store_format_filter_time (start));
    }

  if (*search != '\0')
    g_hash_table_insert (filters, (gpointer) "title__startswith", g_steal_pointer (&search));

  return filters;
}

static void
list_events (TicketsEventChooser *self)
{
  g_autoptr(GHashTable) filters = NULL;
  TicketsStore *store;

  drop_listing (self);
  if (self->session == NULL || (store = tickets_session_get_store (self->session)) == NULL)
    return;

  filters = dup_filters (self);
  self->events = tickets_store_list_events (store, filters, tickets_session_get_auth (self->session));
  g_signal_connect_swapped (self->events, "notify::loading", G_CALLBACK (on_loading_changed), self);
  g_signal_connect_swapped (self->events, "items-changed", G_CALLBACK (update_state), self);
  gtk_list_box_bind_model (self->list_box, G_LIST_MODEL (self->events), create_row, self, NULL);
  update_state (self);
}

static gboolean
on_search_timeout (gpointer user_data)
{
  TicketsEventChooser *self = user_data;

  self->search_source = 0;
  list_events (self);

  return G_SOURCE_REMOVE;
}

static void
on_search_changed (TicketsEventChooser *self)
{
  if (self->session == NULL)
    return;

  g_clear_handle_id (&self->search_source, g_source_remove);
  self->search_source = g_timeout_add (SEARCH_DELAY_MS, on_search_timeout, self);
}

static void
on_upcoming_changed (TicketsEventChooser *self)
{
  list_events (self);
}

static void
on_show_upcoming_clicked (TicketsEventChooser *self)
{
  gtk_switch_set_active (self->upcoming_switch, TRUE);
  tickets_event_chooser_focus (self);
}

static void
on_try_again_clicked (TicketsEventChooser *self)
{
  list_events (self);
}

/* Where this server's events live, "https://…/events/", as their links say. */
static char *
dup_events_prefix (TicketsEventChooser *self)
{
  for (guint i = 0; i < self->chosen->len; i++)
    {
      const char *link = event_link (g_ptr_array_index (self->chosen, i));
      const char *events = g_strrstr (link, "/events/");

      if (events != NULL)
        return g_strndup (link, events - link + strlen ("/events/"));
    }

  return NULL;
}

/* The choice is kept per server: another server's stays as it was. */
static void
save_choice (TicketsEventChooser *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) saved = NULL;
  g_auto(GStrv) chosen = NULL;
  g_autofree char *prefix = NULL;

  if (self->settings == NULL)
    return;

  prefix = dup_events_prefix (self);
  saved = g_settings_get_strv (self->settings, "counter-events");
  for (guint i = 0; saved[i] != NULL; i++)
    if (prefix == NULL || !g_str_has_prefix (saved[i], prefix))
      g_strv_builder_add (builder, saved[i]);

  chosen = tickets_event_chooser_dup_chosen (self);
  g_strv_builder_addv (builder, (const char **) chosen);
  g_strfreev (saved);
  saved = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "counter-events", (const char * const *) saved);
}

static void
on_open_clicked (TicketsEventChooser *self)
{
  if (self->chosen->len == 0)
    return;

  save_choice (self);
  g_signal_emit (self, signals[OPEN_COUNTER], 0);
}

/* Enter opens the counter once an event is ticked, from the list or the
 * search; Space ticks. With nothing ticked Enter ticks the row, so that
 * two Enters open the counter for the event under the focus. Down goes
 * from the search to the list. */
static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                TicketsEventChooser   *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  gboolean in_list = focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->list_box));
  gboolean in_search = focus != NULL && (focus == GTK_WIDGET (self->search_entry) ||
                                         gtk_widget_is_ancestor (focus, GTK_WIDGET (self->search_entry)));

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return FALSE;

  if ((keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter || keyval == GDK_KEY_ISO_Enter) &&
      (in_list || in_search) && gtk_widget_get_sensitive (self->open_button))
    {
      on_open_clicked (self);
      return TRUE;
    }

  if ((keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down) && in_search)
    {
      tickets_event_chooser_focus (self);
      return TRUE;
    }

  return FALSE;
}

GtkWidget *
tickets_event_chooser_new (void)
{
  return g_object_new (TICKETS_TYPE_EVENT_CHOOSER, NULL);
}

void
tickets_event_chooser_clear (TicketsEventChooser *self)
{
  g_return_if_fail (TICKETS_IS_EVENT_CHOOSER (self));

  drop_listing (self);
  g_ptr_array_set_size (self->chosen, 0);
  g_hash_table_remove_all (self->wanted);
  g_hash_table_remove_all (self->listed);
  g_clear_object (&self->session);
  g_clear_object (&self->settings);
  update_open_button (self);
  gtk_stack_set_visible_child_name (self->stack, "loading");
}

void
tickets_event_chooser_load (TicketsEventChooser *self,
                            TicketsSession      *session,
                            GSettings           *settings)
{
  g_auto(GStrv) saved = NULL;

  g_return_if_fail (TICKETS_IS_EVENT_CHOOSER (self));
  g_return_if_fail (TICKETS_IS_SESSION (session));
  g_return_if_fail (settings == NULL || G_IS_SETTINGS (settings));

  tickets_event_chooser_clear (self);
  self->session = g_object_ref (session);
  self->focus_when_listed = TRUE;
  g_set_object (&self->settings, settings);

  /* Another server's events never come in this one's listing. */
  if (settings != NULL)
    saved = g_settings_get_strv (settings, "counter-events");
  for (guint i = 0; saved != NULL && saved[i] != NULL; i++)
    g_hash_table_add (self->wanted, g_strdup (saved[i]));

  /* Today's, not a search left from an earlier sign-in. */
  g_signal_handlers_block_by_func (self->search_entry, on_search_changed, self);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  g_signal_handlers_unblock_by_func (self->search_entry, on_search_changed, self);
  g_signal_handlers_block_by_func (self->upcoming_switch, on_upcoming_changed, self);
  gtk_switch_set_active (self->upcoming_switch, FALSE);
  g_signal_handlers_unblock_by_func (self->upcoming_switch, on_upcoming_changed, self);

  list_events (self);
}

GStrv
tickets_event_chooser_dup_chosen (TicketsEventChooser *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (TICKETS_IS_EVENT_CHOOSER (self), NULL);

  for (guint i = 0; i < self->chosen->len; i++)
    g_strv_builder_add (builder, event_link (g_ptr_array_index (self->chosen, i)));

  return g_strv_builder_end (builder);
}

GStrv
tickets_event_chooser_dup_listed (TicketsEventChooser *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  GHashTableIter iter;
  gpointer link;

  g_return_val_if_fail (TICKETS_IS_EVENT_CHOOSER (self), NULL);

  g_hash_table_iter_init (&iter, self->listed);
  while (g_hash_table_iter_next (&iter, &link, NULL))
    g_strv_builder_add (builder, link);

  return g_strv_builder_end (builder);
}

TicketsEvent *
tickets_event_chooser_lookup (TicketsEventChooser *self,
                              const char          *event)
{
  GHashTableIter iter;
  gpointer value;

  g_return_val_if_fail (TICKETS_IS_EVENT_CHOOSER (self), NULL);
  g_return_val_if_fail (event != NULL, NULL);

  g_hash_table_iter_init (&iter, self->listed);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (event_is (value, event))
      return value;

  return NULL;
}

void
tickets_event_chooser_set_chosen (TicketsEventChooser *self,
                                  const char * const  *events)
{
  g_return_if_fail (TICKETS_IS_EVENT_CHOOSER (self));

  g_ptr_array_set_size (self->chosen, 0);
  g_hash_table_remove_all (self->wanted);
  for (guint i = 0; events != NULL && events[i] != NULL; i++)
    {
      TicketsEvent *listed = tickets_event_chooser_lookup (self, events[i]);

      if (listed != NULL)
        set_chosen (self, listed, TRUE);
      else
        g_hash_table_add (self->wanted, g_strdup (events[i]));
    }
  update_open_button (self);

  /* The rows show the new choice. */
  if (self->events != NULL)
    gtk_list_box_bind_model (self->list_box, G_LIST_MODEL (self->events), create_row, self, NULL);
}

void
tickets_event_chooser_focus (TicketsEventChooser *self)
{
  GtkListBoxRow *first = NULL;

  g_return_if_fail (TICKETS_IS_EVENT_CHOOSER (self));

  for (int i = 0;; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list_box, i);
      g_autoptr(TicketsEvent) event = NULL;

      if (row == NULL)
        break;
      if (first == NULL)
        first = row;
      event = g_list_model_get_item (G_LIST_MODEL (self->events), i);
      if (event != NULL && is_chosen (self, event))
        {
          gtk_widget_grab_focus (GTK_WIDGET (row));
          return;
        }
    }

  if (first != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (first));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

const char *
tickets_event_chooser_get_state (TicketsEventChooser *self)
{
  g_return_val_if_fail (TICKETS_IS_EVENT_CHOOSER (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

GtkListBox *
tickets_event_chooser_get_list_box (TicketsEventChooser *self)
{
  return self->list_box;
}

GtkEditable *
tickets_event_chooser_get_search_entry (TicketsEventChooser *self)
{
  return GTK_EDITABLE (self->search_entry);
}

GtkSwitch *
tickets_event_chooser_get_upcoming_switch (TicketsEventChooser *self)
{
  return self->upcoming_switch;
}

GtkButton *
tickets_event_chooser_get_open_button (TicketsEventChooser *self)
{
  return GTK_BUTTON (self->open_button);
}

const char *
tickets_event_chooser_get_status_title (TicketsEventChooser *self)
{
  const char *state = tickets_event_chooser_get_state (self);

  if (g_strcmp0 (state, "empty") == 0)
    return adw_status_page_get_title (self->empty_page);
  if (g_strcmp0 (state, "error") == 0)
    return adw_status_page_get_title (self->error_page);

  return NULL;
}

gboolean
tickets_event_chooser_get_search_pending (TicketsEventChooser *self)
{
  return self->search_source != 0;
}

static void
tickets_event_chooser_dispose (GObject *object)
{
  TicketsEventChooser *self = TICKETS_EVENT_CHOOSER (object);

  drop_listing (self);
  g_clear_object (&self->session);
  g_clear_object (&self->settings);

  /* AdwBin lets go of its child itself, and the template only after it. */
  adw_bin_set_child (ADW_BIN (object), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), TICKETS_TYPE_EVENT_CHOOSER);

  G_OBJECT_CLASS (tickets_event_chooser_parent_class)->dispose (object);
}

static void
tickets_event_chooser_finalize (GObject *object)
{
  TicketsEventChooser *self = TICKETS_EVENT_CHOOSER (object);

  g_clear_pointer (&self->chosen, g_ptr_array_unref);
  g_clear_pointer (&self->wanted, g_hash_table_unref);
  g_clear_pointer (&self->listed, g_hash_table_unref);

  G_OBJECT_CLASS (tickets_event_chooser_parent_class)->finalize (object);
}

static void
tickets_event_chooser_class_init (TicketsEventChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tickets_event_chooser_dispose;
  object_class->finalize = tickets_event_chooser_finalize;

  signals[OPEN_COUNTER] = g_signal_new ("open-counter", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[LISTED] = g_signal_new ("listed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Tickets/views/tickets-event-chooser.ui");
  gtk_widget_class_bind_template_child (widget_class, TicketsEventChooser, search_entry);
  gtk_widget_class_bind_template_child (widget_class, TicketsEventChooser, upcoming_switch);
  gtk_widget_class_bind_template_child (widget_class, TicketsEventChooser, stack);
  gtk_widget_class_bind_template_child (widget_class, TicketsEventChooser, spinner);
  gtk_widget_class_bind_template_child (widget_class, TicketsEventChooser, list_box);
  gtk_widget_class_bind_template_child (widget_class, TicketsEventChooser, empty_page);
  gtk_widget_class_bind_template_child (widget_class, TicketsEventChooser, show_upcoming_button);
  gtk_widget_class_bind_template_child (widget_class, TicketsEventChooser, error_page);
  gtk_widget_class_bind_template_child (widget_class, TicketsEventChooser, open_button);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_upcoming_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_show_upcoming_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_try_again_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_open_clicked);
}

static void
tickets_event_chooser_init (TicketsEventChooser *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->chosen = g_ptr_array_new_with_free_func (g_object_unref);
  self->wanted = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->listed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}
