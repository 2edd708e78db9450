/* tickets-test-views.c: what the widget tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <unistd.h>

#include <locale.h>

#include "tickets-resources.h"
#include "tickets-test-views.h"

#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#endif
#include "tickets-window-private.h"

gboolean
tickets_test_views_init (int    *argc,
                         char ***argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "en", TRUE);
  /* A cache and an outbox of this process' own, before GLib reads where
   * they are: another test's copy of an order on a port used again, or its
   * unsent changes, must not show up here. Only in the folders all tests
   * share (tests/meson.build): a test that made its own keeps them. */
  for (guint i = 0; i < 2; i++)
    {
      const char *name = i == 0 ? "XDG_CACHE_HOME" : "XDG_DATA_HOME";
      const char *shared = i == 0 ? "xdg-cache" : "xdg-data";
      g_autofree char *base = g_getenv (name) != NULL ? g_path_get_basename (g_getenv (name)) : NULL;
      g_autofree char *program = NULL;
      g_autofree char *own = NULL;

      if (g_strcmp0 (base, shared) != 0)
        continue;
      program = g_path_get_basename ((*argv)[0]);
      own = g_strdup_printf ("%s/%s-%d", g_getenv (name), program, (int) getpid ());
      g_mkdir_with_parents (own, 0700);
      g_setenv (name, own, TRUE);
    }
  g_test_init (argc, argv, NULL);

  if (!gtk_init_check ())
    {
      g_test_skip ("No display");
      return FALSE;
    }
  adw_init ();
  /* The templates live in the app's resources: make sure they are linked in. */
  g_assert_nonnull (tickets_get_resource ());

  return TRUE;
}

void
tickets_test_open_store (TicketsTestSandbox  *sandbox,
                         TicketsClient      **client,
                         TicketsStore       **store)
{
  g_autoptr(GError) error = NULL;

  *client = tickets_client_new (tickets_test_sandbox_get_base (sandbox), &error);
  g_assert_no_error (error);
  *store = tickets_store_new (*client);
}

void
tickets_test_close_store (TicketsTestSandbox *sandbox,
                          TicketsClient      *client,
                          TicketsStore       *store)
{
  /* The store holds the client: it goes first. */
  g_assert_finalize_object (store);
  g_assert_finalize_object (client);
  tickets_test_sandbox_stop (sandbox);
}

TicketsSession *
tickets_test_session_new (TicketsStore *store,
                          TicketsAuth  *auth)
{
  TicketsSession *session = tickets_session_new ();

  tickets_session_set_store (session, store);
  tickets_session_set_auth (session, auth);

  return session;
}

TicketsOrder *
tickets_test_load_order (TicketsStore *store,
                         const char   *uid,
                         TicketsAuth  *auth)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  TicketsOrder *order;

  tickets_store_load_order_async (store, uid, auth, NULL, tickets_test_on_done, &result);
  order = tickets_store_load_order_finish (store, tickets_test_wait_result (&result), &error);
  g_assert_no_error (error);
  g_assert_nonnull (order);

  return order;
}

static gboolean
on_timeout (gpointer user_data)
{
  gboolean *timed_out = user_data;

  *timed_out = TRUE;

  return G_SOURCE_REMOVE;
}

void
tickets_test_run_for (guint ms)
{
  gboolean timed_out = FALSE;

  g_timeout_add (ms, on_timeout, &timed_out);
  while (!timed_out)
    g_main_context_iteration (NULL, TRUE);
}

void
tickets_test_run_frames (void)
{
  tickets_test_run_for (100);
}

GtkWindow *
tickets_test_window_new (GtkWidget *child,
                         int        width,
                         int        height)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());

  gtk_window_set_default_size (window, width, height);
  gtk_window_set_child (window, child);
  tickets_test_present (window);

  return window;
}

void
tickets_test_present (GtkWindow *window)
{
  gtk_window_present (window);
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);
}

void
tickets_test_destroy_window (GtkWindow *window,
                             gpointer   view)
{
  gtk_window_destroy (window);
  g_assert_finalize_object (view);
}

static void
collect_rows (GtkWidget *widget,
              GPtrArray *rows)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (TICKETS_IS_TICKET_ROW (child))
        {
          if (tickets_ticket_row_get_ticket (TICKETS_TICKET_ROW (child)) != NULL
              && gtk_widget_get_mapped (child))
            g_ptr_array_add (rows, child);
        }
      else
        collect_rows (child, rows);
    }
}

GPtrArray *
tickets_test_list_rows (gpointer root)
{
  GPtrArray *rows = g_ptr_array_new ();

  collect_rows (GTK_WIDGET (root), rows);

  return rows;
}

TicketsTicketRow *
tickets_test_find_row (gpointer       root,
                       TicketsTicket *ticket)
{
  g_autoptr(GPtrArray) rows = tickets_test_list_rows (root);

  for (guint i = 0; i < rows->len; i++)
    if (tickets_ticket_row_get_ticket (rows->pdata[i]) == ticket)
      return rows->pdata[i];

  return NULL;
}

void
tickets_test_wait_rows (gpointer root,
                        guint    n_rows)
{
  gint64 deadline = tickets_test_deadline (10);

  for (;;)
    {
      g_autoptr(GPtrArray) rows = tickets_test_list_rows (root);

      if (rows->len >= n_rows)
        break;
      tickets_test_iterate (deadline);
    }
  tickets_test_run_frames ();
}

TicketsTicket *
tickets_test_find_ticket (GListModel *tickets,
                          const char *uid)
{
  for (guint i = 0; i < g_list_model_get_n_items (tickets); i++)
    {
      g_autoptr(TicketsTicket) ticket = g_list_model_get_item (tickets, i);

      if (g_str_equal (tickets_resource_get_uid (TICKETS_RESOURCE (ticket)), uid))
        return ticket;
    }

  return NULL;
}

static void
on_ticket_activated (GtkWidget     *view,
                     TicketsTicket *ticket,
                     gpointer       user_data)
{
  TicketsTicket **activated = user_data;

  g_assert_null (*activated);
  *activated = ticket;
}

TicketsTicket *
tickets_test_activate_ticket (gpointer view,
                              gpointer list_view,
                              guint    position)
{
  TicketsTicket *activated = NULL;

  g_signal_connect (view, "ticket-activated", G_CALLBACK (on_ticket_activated), &activated);
  gtk_widget_activate_action (GTK_WIDGET (list_view), "list.activate-item", "u", position);
  g_signal_handlers_disconnect_by_data (view, &activated);

  return activated;
}

GtkWidget *
tickets_test_find_widget (gpointer         root,
                          TicketsTestMatch match,
                          gconstpointer    data)
{
  GtkWidget *widget = GTK_WIDGET (root);

  if (match (widget, data))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = tickets_test_find_widget (child, match, data);

      if (found != NULL)
        return found;
    }

  return NULL;
}

typedef struct
{
  GType       type;
  const char *name;
} Named;

static gboolean
is_named (GtkWidget     *widget,
          gconstpointer  data)
{
  const Named *named = data;
  g_autofree char *mismatch = NULL;

  if (!G_TYPE_CHECK_INSTANCE_TYPE (widget, named->type) || GTK_IS_LABEL (widget) ||
      !gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
    return FALSE;

  mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, named->name);

  return mismatch == NULL;
}

GtkWidget *
tickets_test_find_named (gpointer    root,
                         GType       type,
                         const char *name)
{
  Named named = { type, name };

  return tickets_test_find_widget (root, is_named, &named);
}

GtkWidget *
tickets_test_find_control (gpointer    root,
                           const char *name)
{
  return tickets_test_find_named (root, GTK_TYPE_WIDGET, name);
}

GtkWidget *
tickets_test_get_control (gpointer    root,
                          const char *name)
{
  GtkWidget *control = tickets_test_find_control (root, name);

  if (control == NULL)
    g_error ("no control named “%s”", name);

  return control;
}

static gboolean
has_text (GtkWidget     *widget,
          gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && g_str_equal (gtk_label_get_text (GTK_LABEL (widget)), text);
}

GtkWidget *
tickets_test_find_label (gpointer    root,
                         const char *text)
{
  return tickets_test_find_widget (root, has_text, text);
}

GtkWidget *
tickets_test_get_row (gpointer    form,
                      const char *name)
{
  GtkWidget *control = tickets_test_get_control (form, name);

  if (GTK_IS_LIST_BOX_ROW (control))
    return control;

  return gtk_widget_get_ancestor (control, GTK_TYPE_LIST_BOX_ROW);
}

GtkLabel *
tickets_test_get_message_label (gpointer    form,
                                const char *name)
{
  GtkWidget *message_row = gtk_widget_get_next_sibling (tickets_test_get_row (form, name));

  g_assert_true (GTK_IS_LIST_BOX_ROW (message_row));

  return GTK_LABEL (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (message_row)));
}

const char *
tickets_test_get_message (gpointer    form,
                          const char *name)
{
  GtkLabel *label = tickets_test_get_message_label (form, name);

  if (!gtk_widget_is_visible (GTK_WIDGET (label)))
    return NULL;

  return gtk_label_get_text (label);
}

void
tickets_test_set_text (gpointer    form,
                       const char *name,
                       const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (tickets_test_get_control (form, name)), text);
}

const char *
tickets_test_get_text (gpointer    form,
                       const char *name)
{
  return gtk_editable_get_text (GTK_EDITABLE (tickets_test_get_control (form, name)));
}

void
tickets_test_fill_form (gpointer    form,
                        const char *first_name,
                        const char *last_name,
                        const char *date_of_birth,
                        const char *email)
{
  tickets_test_set_text (form, "First name", first_name);
  tickets_test_set_text (form, "Last name", last_name);
  tickets_test_set_text (form, "Date of birth", date_of_birth);
  tickets_test_choose (form, "Gender", "Female");
  tickets_test_set_text (form, "Email", email);
}

gboolean
tickets_test_press_keys (GtkWindow  *window,
                         const char *keys)
{
#ifdef GDK_WINDOWING_X11
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  g_autofree char *xdotool = g_find_program_in_path ("xdotool");
  g_autofree char *id = NULL;
  g_autofree char *focus = NULL;
  g_autofree char *press = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (xdotool == NULL || surface == NULL || !GDK_IS_X11_SURFACE (surface))
    return FALSE;

  id = g_strdup_printf ("%lu", (unsigned long) gdk_x11_surface_get_xid (surface));
  focus = g_strdup_printf ("%s windowfocus --sync %s", xdotool, id);
  press = g_strdup_printf ("%s key --clearmodifiers %s", xdotool, keys);
  g_spawn_command_line_sync (focus, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  /* Let GTK see that it has the keyboard before the keys come. */
  tickets_test_run_frames ();
  g_spawn_command_line_sync (press, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  /* The X server has the keys once xdotool is done; a round trip brings
   * them to this process, and the main loop hands them to GTK. */
  gdk_display_sync (gdk_surface_get_display (surface));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  tickets_test_run_frames ();

  return TRUE;
#else
  return FALSE;
#endif
}

void
tickets_test_choose (gpointer    form,
                     const char *name,
                     const char *label)
{
  AdwComboRow *row = ADW_COMBO_ROW (tickets_test_get_control (form, name));
  GListModel *model = adw_combo_row_get_model (row);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      if (g_str_equal (gtk_string_object_get_string (item), label))
        {
          adw_combo_row_set_selected (row, i);
          return;
        }
    }

  g_error ("%s offers no %s", name, label);
}

TicketsApplication *
tickets_test_app_new (TicketsTestSandbox  *sandbox,
                      GSettings          **settings)
{
  g_autoptr(GError) error = NULL;
  TicketsApplication *app;

  *settings = g_settings_new (APP_ID);
  g_settings_set_string (*settings, "server-kind", "custom");
  g_settings_set_string (*settings, "custom-server", tickets_test_sandbox_get_base (sandbox));

  app = tickets_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (tickets_session_get_store (tickets_application_get_session (app)));

  return app;
}

void
tickets_test_wait_for_page (TicketsWindow *window,
                            const char    *page)
{
  gint64 deadline = tickets_test_deadline (10);

  while (g_strcmp0 (tickets_window_get_page_name (window), page) != 0)
    tickets_test_iterate (deadline);
}

int
tickets_test_run_with_app (TicketsTestSandbox **sandbox,
                           TicketsApplication **app,
                           GSettings          **settings)
{
  int status;

  *sandbox = tickets_test_sandbox_start ();
  *app = tickets_test_app_new (*sandbox, settings);
  status = g_test_run ();

  g_clear_object (app);
  g_clear_object (settings);
  g_clear_pointer (sandbox, tickets_test_sandbox_stop);

  return status;
}

TicketsWindow *
tickets_test_app_window_new (TicketsApplication *app,
                             GSettings          *settings)
{
  TicketsWindow *window = tickets_window_new (GTK_APPLICATION (app), tickets_application_get_session (app), settings);

  tickets_test_present (GTK_WINDOW (window));

  return window;
}

void
tickets_test_close_window (gpointer window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

GtkWindow *
tickets_test_find_dialog (gpointer parent,
                          GType    type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      /* The list holds it: the reference returned is not the last. */
      if (G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type) && gtk_widget_get_visible (GTK_WIDGET (toplevel)) &&
          (parent == NULL || gtk_window_get_transient_for (toplevel) == parent))
        return toplevel;
    }

  return NULL;
}

GtkWindow *
tickets_test_wait_for_dialog (gpointer parent,
                              GType    type)
{
  gint64 deadline = tickets_test_deadline (10);
  GtkWindow *dialog;

  while ((dialog = tickets_test_find_dialog (parent, type)) == NULL)
    tickets_test_iterate (deadline);

  return dialog;
}

gboolean
tickets_test_menu_has_action (GMenuModel *menu,
                              const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &name) && g_str_equal (name, action))
        return TRUE;
      if (section != NULL && tickets_test_menu_has_action (section, action))
        return TRUE;
    }

  return FALSE;
}

/* Every control a person can reach has a name a screen reader reads. */
void
tickets_test_assert_controls_named (GtkWidget *widget)
{
  gboolean control = GTK_IS_BUTTON (widget) || GTK_IS_CHECK_BUTTON (widget) || GTK_IS_SEARCH_ENTRY (widget) ||
                     GTK_IS_ENTRY (widget) || ADW_IS_ENTRY_ROW (widget) || ADW_IS_COMBO_ROW (widget) ||
                     GTK_IS_SWITCH (widget) || GTK_IS_DROP_DOWN (widget);

  if (!gtk_widget_get_mapped (widget))
    return;
  if (control && !gtk_widget_get_focusable (widget) && !GTK_IS_SEARCH_ENTRY (widget) && !GTK_IS_ENTRY (widget))
    control = FALSE;
  if (control && !gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL) &&
      !gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    g_error ("a %s has no accessible name", G_OBJECT_TYPE_NAME (widget));

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    tickets_test_assert_controls_named (child);
}
