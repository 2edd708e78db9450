/* test-header-actions.c: the fan's main actions on an order (Name Several
 * Tickets, Ask a Friend, Names Given So Far) as buttons in the header bar
 * of a wide window, each named and working, and in the Order Actions menu
 * of a narrow one, with nothing cut off; and the order's ticket card drawn
 * as the other cards in the dark style
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-application.h"
#include "tickets-test-views.h"
#include "tickets-window-private.h"

static TicketsTestSandbox *sandbox;
static TicketsApplication *app;
static GSettings *settings;

static const char * const actions[] = {
  "Name Several Tickets…",
  "Ask a Friend…",
  "Names Given So Far",
};

static gboolean
is_header_bar (GtkWidget     *widget,
               gconstpointer  data)
{
  return ADW_IS_HEADER_BAR (widget);
}

static GtkWidget *
get_header_bar (TicketsWindow *window)
{
  GtkWidget *header_bar = tickets_test_find_widget (window, is_header_bar, NULL);

  g_assert_nonnull (header_bar);

  return header_bar;
}

/* The mapped control named @name under @root, NULL when none shows. */
typedef struct
{
  const char *name;
} Shown;

static gboolean
is_shown_control (GtkWidget     *widget,
                  gconstpointer  data)
{
  g_autofree char *mismatch = NULL;

  if (!gtk_widget_get_mapped (widget) || GTK_IS_LABEL (widget) ||
      !gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
    return FALSE;

  mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, data);

  return mismatch == NULL;
}

static GtkWidget *
find_shown (gpointer    root,
            const char *name)
{
  return tickets_test_find_widget (root, is_shown_control, name);
}

/* Resizes @window and waits until it has about the width (the client-side
 * decorations take a few pixels of it), then a few frames. */
static void
resize (TicketsWindow *window,
        int            width)
{
  gint64 deadline = tickets_test_deadline (10);

  gtk_window_set_default_size (GTK_WINDOW (window), width, 720);
  while (gtk_widget_get_width (GTK_WIDGET (window)) > width ||
         gtk_widget_get_width (GTK_WIDGET (window)) < width - 20)
    tickets_test_iterate (deadline);
  tickets_test_run_frames ();
}

static TicketsWindow *
open_demo_order (int width)
{
  g_autoptr(TicketsAuth) auth = tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, "demo-order-token");
  TicketsWindow *window;

  g_settings_set_int (settings, "window-width", width);
  g_settings_set_int (settings, "window-height", 720);
  window = tickets_test_app_window_new (app, settings);
  tickets_window_open_order (window, TICKETS_TEST_OR_DEMO, auth);
  tickets_test_wait_for_page (window, "order");
  resize (window, width);

  return window;
}

/* 960 pixels, the default: the three show as buttons, the menu does not,
 * and each does what its menu item did. */
static void
test_wide (void)
{
  TicketsWindow *window = open_demo_order (960);
  GtkWidget *header_bar = get_header_bar (window);
  GtkWidget *button;
  GtkWindow *dialog;

  for (gsize i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      button = find_shown (header_bar, actions[i]);
      g_assert_nonnull (button);
      g_assert_true (GTK_IS_BUTTON (button));
      g_assert_true (gtk_widget_is_sensitive (button));
    }
  g_assert_null (find_shown (header_bar, "Order Actions"));

  g_signal_emit_by_name (find_shown (header_bar, "Name Several Tickets…"), "clicked");
  g_assert_cmpstr (tickets_window_get_page_name (window), ==, "batch");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL));
  tickets_test_wait_for_page (window, "order");

  g_signal_emit_by_name (find_shown (header_bar, "Names Given So Far"), "clicked");
  g_assert_cmpstr (tickets_window_get_page_name (window), ==, "history");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL));
  tickets_test_wait_for_page (window, "order");
  tickets_test_run_frames ();

  g_assert_null (tickets_test_find_dialog (window, GTK_TYPE_WINDOW));
  g_signal_emit_by_name (find_shown (header_bar, "Ask a Friend…"), "clicked");
  dialog = tickets_test_find_dialog (window, GTK_TYPE_WINDOW);
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  gtk_window_destroy (dialog);

  tickets_test_close_window (window);
}

/* 360 pixels: the three are in the Order Actions menu, and the header bar
 * fits the window, its controls each at least their own width. */
static void
test_narrow (void)
{
  TicketsWindow *window = open_demo_order (360);
  GtkWidget *header_bar = get_header_bar (window);
  GtkWidget *menu_button;
  GMenuModel *menu;
  int minimum;

  for (gsize i = 0; i < G_N_ELEMENTS (actions); i++)
    g_assert_null (find_shown (header_bar, actions[i]));

  menu_button = find_shown (header_bar, "Order Actions");
  g_assert_nonnull (menu_button);
  g_assert_true (GTK_IS_MENU_BUTTON (menu_button));
  menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (menu_button));
  g_assert_true (tickets_test_menu_has_action (menu, "order.name-several"));
  g_assert_true (tickets_test_menu_has_action (menu, "order.ask-friend"));
  g_assert_true (tickets_test_menu_has_action (menu, "order.show-history"));

  gtk_widget_measure (header_bar, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
  g_assert_cmpint (gtk_widget_get_width (header_bar), <=, 360);

  /* Wide again: the buttons come back. */
  resize (window, 960);
  for (gsize i = 0; i < G_N_ELEMENTS (actions); i++)
    g_assert_nonnull (find_shown (header_bar, actions[i]));

  tickets_test_close_window (window);
}

static gboolean
is_card_list (GtkWidget     *widget,
              gconstpointer  data)
{
  return GTK_IS_LIST_VIEW (widget) && gtk_widget_has_css_class (widget, "card") && gtk_widget_get_mapped (widget);
}

/* The alpha of the pixel (@x, @y) of @widget drawn alone. */
static guint
pixel_alpha (GtkWidget *widget,
             int        x,
             int        y)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree guchar *data = NULL;
  gint64 deadline = tickets_test_deadline (10);
  int width;
  int height;

  /* On a loaded machine the list may not have laid out or drawn its rows
   * yet: nothing to draw is no node at all. */
  for (;;)
    {
      GtkSnapshot *snapshot = gtk_snapshot_new ();

      width = gtk_widget_get_width (widget);
      height = gtk_widget_get_height (widget);
      gdk_paintable_snapshot (paintable, snapshot, width, height);
      node = gtk_snapshot_free_to_node (snapshot);
      if ((node != NULL && width > x && height > y) || g_get_monotonic_time () > deadline)
        break;
      g_clear_pointer (&node, gsk_render_node_unref);
      tickets_test_run_frames ();
    }
  g_assert_nonnull (node);
  data = g_malloc (width * height * 4);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  /* Cairo's ARGB32: B, G, R, A in memory on a little-endian machine, and A
   * last in the word whatever the order. */
  gdk_texture_download (texture, data, width * 4);

  return (((guint32 *) data)[y * width + x] >> 24) & 0xff;
}

/* In the dark style the order's ticket card has the colour of every other
 * card, which is translucent over the window, not the list view's opaque
 * (and darker) one. */
static void
test_dark_card (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  TicketsWindow *window;
  GtkWidget *list;

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  window = open_demo_order (960);
  list = tickets_test_find_widget (window, is_card_list, NULL);
  g_assert_nonnull (list);
  g_assert_true (adw_style_manager_get_dark (style));

  /* The right margin of the first row: the card's own background. */
  g_assert_cmpuint (pixel_alpha (list, gtk_widget_get_width (list) - 4, 40), <, 128);

  tickets_test_close_window (window);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

int
main (int   argc,
      char *argv[])
{
  if (!tickets_test_views_init (&argc, &argv))
    return g_test_run ();

  g_test_add_func ("/header-actions/wide", test_wide);
  g_test_add_func ("/header-actions/narrow", test_narrow);
  g_test_add_func ("/style/dark-card", test_dark_card);

  return tickets_test_run_with_app (&sandbox, &app, &settings);
}
