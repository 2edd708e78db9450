/* tickets-staff-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tickets-counter-view.h"
#include "tickets-format.h"
#include "tickets-staff-page-private.h"

struct _TicketsStaffPage
{
  AdwBin               parent_instance;

  TicketsSession      *session;
  GSettings           *settings;
  char                *user;
  /* --event's, for the next open(). */
  GStrv                next_events;
  /* One for the sign-in, made when the counter first opens: its shift
   * log, its abilities learned, kept across Change Events. */
  TicketsCounter      *counter;
  /* The events still to come, whatever the chooser shows: a code of one
   * of them is "not for this event", naming it, rather than not found. */
  TicketsPagedList    *upcoming;
  GSimpleActionGroup  *actions;
  char                *title;
  char                *subtitle;

  GtkStack            *stack;
  TicketsEventChooser *chooser;
  TicketsCounterView  *counter_view;
};

G_DEFINE_FINAL_TYPE (TicketsStaffPage, tickets_staff_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_SUBTITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_text (TicketsStaffPage  *self,
          char             **field,
          const char        *text,
          GParamSpec        *pspec)
{
  if (g_strcmp0 (*field, text) == 0)
    return;

  g_free (*field);
  *field = g_strdup (text);
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

static void
set_titles (TicketsStaffPage *self,
            const char       *title,
            const char       *subtitle)
{
  set_text (self, &self->title, title, properties[PROP_TITLE]);
  set_text (self, &self->subtitle, subtitle, properties[PROP_SUBTITLE]);
}

/* Over the chooser, who is signed in; over the counter, its events: by
 * title once listed, else how many. */
static void
update_titles (TicketsStaffPage *self)
{
  const char * const *events;
  g_autoptr(GString) titles = NULL;
  g_autofree char *signed_in = NULL;
  guint n_events;

  if (self->user == NULL)
    {
      set_titles (self, _("Box Office"), "");
      return;
    }

  /* Translators: %s is the staff member's user name. */
  signed_in = g_strdup_printf (_("Signed in as %s"), self->user);
  if (self->counter == NULL || g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "counter") != 0)
    {
      set_titles (self, _("Box Office"), signed_in);
      return;
    }

  events = tickets_counter_get_events (self->counter);
  n_events = events != NULL ? g_strv_length ((char **) events) : 0;
  titles = g_string_new (NULL);
  for (guint i = 0; i < n_events; i++)
    {
      TicketsEvent *event = tickets_event_chooser_lookup (self->chooser, events[i]);
      const char *title = event != NULL ? tickets_best_text (tickets_event_get_title (event)) : NULL;

      if (title == NULL)
        {
          g_string_truncate (titles, 0);
          break;
        }
      g_string_append_printf (titles, "%s%s", titles->len > 0 ? ", " : "", title);
    }

  if (titles->len > 0)
    set_titles (self, titles->str, signed_in);
  else
    {
      /* Translators: the title over the box office's counter before the events' names are known. */
      g_autofree char *count = g_strdup_printf (ngettext ("Box Office, %u Event", "Box Office, %u Events", n_events),
                                                n_events);

      set_titles (self, count, signed_in);
    }
}

static void
set_change_enabled (TicketsStaffPage *self,
                    gboolean          enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), "change-events");

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

/* The shift log is kept per server and staff member; without a usable
 * file (a read-only home) the counter still works, its log in memory. */
static TicketsShiftLog *
open_shift_log (TicketsStaffPage *self)
{
  /* The demo server listens on another port each run: its log is kept
   * under one name, or it would not survive a restart. */
  const char *server = tickets_session_get_demo (self->session) ? "demo" : tickets_session_get_server (self->session);
  g_autofree char *path = server != NULL ? tickets_shift_log_dup_path_for (server, self->user) : NULL;
  g_autoptr(GError) error = NULL;
  TicketsShiftLog *log = tickets_shift_log_new (path, &error);

  if (log == NULL)
    {
      g_message ("Could not open the shift log, keeping it in memory: %s", error->message);
      log = tickets_shift_log_new (NULL, NULL);
    }

  return log;
}

/* What the chooser listed and the events still to come, each once. */
static void
update_other_events (TicketsStaffPage *self)
{
  g_auto(GStrv) listed = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_auto(GStrv) others = NULL;
  guint n_upcoming;

  if (self->counter == NULL)
    return;

  listed = tickets_event_chooser_dup_listed (self->chooser);
  for (guint i = 0; listed[i] != NULL; i++)
    if (g_hash_table_add (seen, listed[i]))
      g_strv_builder_add (builder, listed[i]);

  n_upcoming = self->upcoming != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->upcoming)) : 0;
  for (guint i = 0; i < n_upcoming; i++)
    {
      g_autoptr(TicketsEvent) event = g_list_model_get_item (G_LIST_MODEL (self->upcoming), i);
      const char *link = tickets_resource_get_href (TICKETS_RESOURCE (event));

      if (link == NULL)
        link = tickets_resource_get_uid (TICKETS_RESOURCE (event));
      /* The listing holds the event, and so the link, while it is added. */
      if (g_hash_table_add (seen, (gpointer) link))
        g_strv_builder_add (builder, link);
    }

  others = g_strv_builder_end (builder);
  tickets_counter_set_other_events (self->counter, (const char * const *) others);
}

/* The first page of the events that have not ended yet, once per sign-in. */
static void
list_upcoming (TicketsStaffPage *self)
{
  g_autoptr(GHashTable) filters = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  TicketsStore *store = tickets_session_get_store (self->session);

  if (store == NULL)
    return;

  g_hash_table_insert (filters, (gpointer) "event_end__gte", tickets_store_format_filter_time (now));
  self->upcoming = tickets_store_list_events (store, filters, tickets_session_get_auth (self->session));
  g_signal_connect_swapped (self->upcoming, "items-changed", G_CALLBACK (update_other_events), self);
}

static void
open_counter (TicketsStaffPage   *self,
              const char * const *events)
{
  gboolean first = self->counter == NULL;

  if (first)
    {
      g_autoptr(TicketsShiftLog) log = open_shift_log (self);

      self->counter = tickets_counter_new (self->session, log);
    }

  tickets_counter_set_events (self->counter, events);
  update_other_events (self);
  /* Once per sign-in: what the role may do does not change with the events. */
  if (first)
    {
      tickets_counter_probe (self->counter);
      list_upcoming (self);
    }
  tickets_counter_view_set_counter (self->counter_view, self->counter);

  gtk_stack_set_visible_child_name (self->stack, "counter");
  set_change_enabled (self, TRUE);
  update_titles (self);
  tickets_counter_view_focus_field (self->counter_view);
}

static void
on_open_counter (TicketsStaffPage *self)
{
  g_auto(GStrv) chosen = tickets_event_chooser_dup_chosen (self->chooser);

  open_counter (self, (const char * const *) chosen);
}

/* A listing came: the counter looks codes up in those events too, and the
 * titles may now be known. */
static void
on_listed (TicketsStaffPage *self)
{
  if (self->counter == NULL)
    return;

  update_other_events (self);
  update_titles (self);
}

static void
change_events (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  TicketsStaffPage *self = user_data;

  if (self->counter == NULL)
    return;

  tickets_event_chooser_set_chosen (self->chooser, tickets_counter_get_events (self->counter));
  gtk_stack_set_visible_child_name (self->stack, "chooser");
  set_change_enabled (self, FALSE);
  update_titles (self);
  tickets_event_chooser_focus (self->chooser);
}

/* Signed out: the counter and the choice go with the sign-in. */
static void
on_session_connection (TicketsStaffPage *self)
{
  if (tickets_session_get_connection (self->session) == NULL)
    tickets_staff_page_close (self);
}

static void
set_events (GSimpleAction *action,
            GVariant      *parameter,
            gpointer       user_data)
{
  g_autofree const char **events = g_variant_get_strv (parameter, NULL);

  tickets_staff_page_set_events (user_data, events);
}

void
tickets_staff_page_open (TicketsStaffPage *self,
                         TicketsSession   *session,
                         GSettings        *settings,
                         const char       *user)
{
  g_auto(GStrv) events = NULL;

  g_return_if_fail (TICKETS_IS_STAFF_PAGE (self));
  g_return_if_fail (TICKETS_IS_SESSION (session));
  g_return_if_fail (user != NULL);

  tickets_staff_page_close (self);
  self->session = g_object_ref (session);
  g_signal_connect_object (session, "notify::connection", G_CALLBACK (on_session_connection), self,
                           G_CONNECT_SWAPPED);
  g_set_object (&self->settings, settings);
  self->user = g_strdup (user);
  events = g_steal_pointer (&self->next_events);

  /* With --event the chooser still lists today's events, behind the
   * counter: the other events a code may be for, and the titles. */
  tickets_event_chooser_load (self->chooser, session, settings);
  if (events != NULL)
    {
      tickets_event_chooser_set_chosen (self->chooser, (const char * const *) events);
      open_counter (self, (const char * const *) events);
    }
  else
    update_titles (self);
}

void
tickets_staff_page_close (TicketsStaffPage *self)
{
  g_return_if_fail (TICKETS_IS_STAFF_PAGE (self));

  tickets_event_chooser_clear (self->chooser);
  tickets_counter_view_set_counter (self->counter_view, NULL);
  g_clear_object (&self->counter);
  if (self->upcoming != NULL)
    g_signal_handlers_disconnect_by_data (self->upcoming, self);
  g_clear_object (&self->upcoming);
  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_clear_object (&self->session);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->user, g_free);
  gtk_stack_set_visible_child_name (self->stack, "chooser");
  set_change_enabled (self, FALSE);
  update_titles (self);
}

TicketsPagedList *
tickets_staff_page_get_upcoming (TicketsStaffPage *self)
{
  g_return_val_if_fail (TICKETS_IS_STAFF_PAGE (self), NULL);

  return self->upcoming;
}

void
tickets_staff_page_set_events (TicketsStaffPage   *self,
                               const char * const *events)
{
  g_return_if_fail (TICKETS_IS_STAFF_PAGE (self));

  g_strfreev (self->next_events);
  self->next_events = events != NULL && events[0] != NULL ? g_strdupv ((char **) events) : NULL;
}

GActionGroup *
tickets_staff_page_get_actions (TicketsStaffPage *self)
{
  g_return_val_if_fail (TICKETS_IS_STAFF_PAGE (self), NULL);

  return G_ACTION_GROUP (self->actions);
}

const char *
tickets_staff_page_get_title (TicketsStaffPage *self)
{
  g_return_val_if_fail (TICKETS_IS_STAFF_PAGE (self), NULL);

  return self->title;
}

const char *
tickets_staff_page_get_subtitle (TicketsStaffPage *self)
{
  g_return_val_if_fail (TICKETS_IS_STAFF_PAGE (self), NULL);

  return self->subtitle;
}

const char *
tickets_staff_page_get_showing (TicketsStaffPage *self)
{
  return gtk_stack_get_visible_child_name (self->stack);
}

TicketsEventChooser *
tickets_staff_page_get_chooser (TicketsStaffPage *self)
{
  return self->chooser;
}

TicketsCounter *
tickets_staff_page_get_counter (TicketsStaffPage *self)
{
  return self->counter;
}

static void
tickets_staff_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  TicketsStaffPage *self = TICKETS_STAFF_PAGE (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_SUBTITLE:
      g_value_set_string (value, self->subtitle);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_staff_page_dispose (GObject *object)
{
  TicketsStaffPage *self = TICKETS_STAFF_PAGE (object);

  g_clear_object (&self->counter);
  if (self->upcoming != NULL)
    g_signal_handlers_disconnect_by_data (self->upcoming, self);
  g_clear_object (&self->upcoming);
  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_clear_object (&self->session);
  g_clear_object (&self->settings);

  /* AdwBin lets go of its child itself, and the template only after it. */
  adw_bin_set_child (ADW_BIN (object), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), TICKETS_TYPE_STAFF_PAGE);

  G_OBJECT_CLASS (tickets_staff_page_parent_class)->dispose (object);
}

static void
tickets_staff_page_finalize (GObject *object)
{
  TicketsStaffPage *self = TICKETS_STAFF_PAGE (object);

  g_clear_object (&self->actions);
  g_clear_pointer (&self->user, g_free);
  g_clear_pointer (&self->next_events, g_strfreev);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->subtitle, g_free);

  G_OBJECT_CLASS (tickets_staff_page_parent_class)->finalize (object);
}

static void
tickets_staff_page_class_init (TicketsStaffPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = tickets_staff_page_get_property;
  object_class->dispose = tickets_staff_page_dispose;
  object_class->finalize = tickets_staff_page_finalize;

  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL,
                                                G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUBTITLE] = g_param_spec_string ("subtitle", NULL, NULL, NULL,
                                                   G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY |
                                                   G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (TICKETS_TYPE_EVENT_CHOOSER);
  g_type_ensure (TICKETS_TYPE_COUNTER_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Tickets/views/tickets-staff-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TicketsStaffPage, stack);
  gtk_widget_class_bind_template_child (widget_class, TicketsStaffPage, chooser);
  gtk_widget_class_bind_template_child (widget_class, TicketsStaffPage, counter_view);
  gtk_widget_class_bind_template_callback (widget_class, on_open_counter);
  gtk_widget_class_bind_template_callback (widget_class, on_listed);
}

static void
tickets_staff_page_init (TicketsStaffPage *self)
{
  static const GActionEntry entries[] = {
    { "change-events", change_events },
    /* For the application, which knows the window only: --event. */
    { "set-events", set_events, "as" },
  };
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), entries, G_N_ELEMENTS (entries), self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "box-office", G_ACTION_GROUP (self->actions));
  /* Ctrl+E from anywhere in the counter; the window's menu offers it too. */
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Control>e"),
                                                          gtk_named_action_new ("box-office.change-events")));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  set_change_enabled (self, FALSE);
  update_titles (self);
}
