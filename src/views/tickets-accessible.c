/* tickets-accessible.c: names a screen reader can read, despite GTK 4.8
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.8 builds an accessible name from the label property *and* the
 * labelled-by relation, one after the other. A button gets both from its
 * own label, so Orca hears "_Save Save"; a control that a row names and
 * that also has a name of its own is heard twice, "Email Email". Later GTK
 * versions pick one. Until then, this keeps one: the label's text, without
 * its mnemonic underscore, for labelled buttons, and the control's own name
 * for the others.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "tickets-accessible.h"

static void
tidy_labelled_button (GtkWidget *widget)
{
  GtkWidget *child = GTK_IS_BUTTON (widget) ? gtk_button_get_child (GTK_BUTTON (widget)) : NULL;
  const char *text = NULL;

  if (GTK_IS_LABEL (child))
    text = gtk_label_get_text (GTK_LABEL (child));
  else if (GTK_IS_CHECK_BUTTON (widget))
    {
      for (child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
        if (GTK_IS_LABEL (child))
          text = gtk_label_get_text (GTK_LABEL (child));
    }

  if (text == NULL)
    return;

  gtk_accessible_reset_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
}

static void
on_label_changed (GtkWidget *widget)
{
  /* GTK sets both again with each new label. */
  tidy_labelled_button (widget);
}

static gboolean
has_label (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget))
    return gtk_button_get_label (GTK_BUTTON (widget)) != NULL;
  if (GTK_IS_CHECK_BUTTON (widget))
    return gtk_check_button_get_label (GTK_CHECK_BUTTON (widget)) != NULL;

  return FALSE;
}

/* Controls that the app names itself and a row names again. */
static gboolean
is_named_twice (GtkWidget *widget)
{
  return (GTK_IS_CHECK_BUTTON (widget) && !has_label (widget)) ||
         GTK_IS_SWITCH (widget) ||
         ADW_IS_COMBO_ROW (widget) ||
         ADW_IS_ENTRY_ROW (widget) ||
         (GTK_IS_TEXT (widget) && gtk_widget_get_ancestor (widget, ADW_TYPE_ENTRY_ROW) != NULL);
}

/* A label with no text is still read, as "GtkLabel"; it says nothing, so
 * it is hidden until it has something to say. */
static void
on_empty_label_changed (GtkWidget *label)
{
  const char *text = gtk_label_get_text (GTK_LABEL (label));

  gtk_accessible_update_state (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_STATE_HIDDEN,
                               text == NULL || *text == '\0', -1);
}

static void
tidy_label (GtkWidget *label)
{
  if (g_object_get_data (G_OBJECT (label), "tickets-accessible-tidy") != NULL)
    return;

  g_object_set_data (G_OBJECT (label), "tickets-accessible-tidy", GINT_TO_POINTER (TRUE));
  on_empty_label_changed (label);
  g_signal_connect (label, "notify::label", G_CALLBACK (on_empty_label_changed), NULL);
}

/* The list a preferences group keeps its rows in, a few boxes down. */
static GtkWidget *
find_list_box (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_LIST_BOX (child))
        return child;
      if (GTK_IS_BOX (child) && (found = find_list_box (child)) != NULL)
        return found;
    }

  return NULL;
}

/* libadwaita 1.2 leaves a preferences group's list unnamed, read as
 * "GtkListBox" when the group has no title: it takes the group's
 * description, else the title of its first row (a group of one row says
 * no more). */
static void
name_group_list (AdwPreferencesGroup *group)
{
  GtkWidget *list_box = find_list_box (GTK_WIDGET (group));
  GtkWidget *first_row;
  const char *name = adw_preferences_group_get_title (group);

  /* A title names the list already (GTK 4.8 would read a second name
   * after it). */
  if (list_box == NULL || (name != NULL && *name != '\0'))
    return;

  name = adw_preferences_group_get_description (group);
  first_row = gtk_widget_get_first_child (list_box);
  if ((name == NULL || *name == '\0') && ADW_IS_PREFERENCES_ROW (first_row))
    name = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (first_row));
  if (name != NULL && *name != '\0')
    gtk_accessible_update_property (GTK_ACCESSIBLE (list_box), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

/**
 * tickets_accessible_tidy_names:
 * @root: a widget whose descendants may be named twice
 *
 * Leaves each control of @root one name. Labelled buttons keep following
 * their label, empty labels are not read, and a preferences group's list is
 * named by the group; call again for widgets added later.
 */
void
tickets_accessible_tidy_names (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  if (has_label (root))
    {
      tidy_labelled_button (root);
      if (g_object_get_data (G_OBJECT (root), "tickets-accessible-tidy") == NULL)
        {
          g_object_set_data (G_OBJECT (root), "tickets-accessible-tidy", GINT_TO_POINTER (TRUE));
          g_signal_connect (root, "notify::label", G_CALLBACK (on_label_changed), NULL);
        }
    }
  else if (is_named_twice (root))
    {
      gtk_accessible_reset_relation (GTK_ACCESSIBLE (root), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
    }
  else if (GTK_IS_LABEL (root))
    {
      tidy_label (root);
    }
  else if (ADW_IS_PREFERENCES_GROUP (root))
    {
      name_group_list (ADW_PREFERENCES_GROUP (root));
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    tickets_accessible_tidy_names (child);
}

static void
on_tooltip_changed (GtkWidget *widget)
{
  const char *tooltip = gtk_widget_get_tooltip_text (widget);

  if (tooltip != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL);
}

/* libadwaita 1.2 leaves the parts of its rows unnamed, so a screen
 * reader says "GtkImage" for a password's reveal button or a combo row's
 * arrow: a button is
 * named by its tooltip ("Show Text", then "Hide Text"), an image that
 * says something (Caps Lock) too, and a decorative one is hidden. */
void
tickets_accessible_name_row_parts (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkAccessibleRole role = gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (child));

      if (GTK_IS_BUTTON (child) && gtk_button_get_label (GTK_BUTTON (child)) == NULL)
        {
          on_tooltip_changed (child);
          g_signal_connect (child, "notify::tooltip-text", G_CALLBACK (on_tooltip_changed), NULL);
          continue;
        }

      if (GTK_IS_IMAGE (child) && role == GTK_ACCESSIBLE_ROLE_IMG)
        {
          if (gtk_widget_get_tooltip_text (child) != NULL)
            {
              on_tooltip_changed (child);
              g_signal_connect (child, "notify::tooltip-text", G_CALLBACK (on_tooltip_changed), NULL);
            }
          else
            gtk_accessible_update_state (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
        }

      tickets_accessible_name_row_parts (child);
    }
}

/* libadwaita 1.2 gives a toast's close button no name, and GTK 4.8 reads
 * it out as "GtkImage". */
static void
name_toast_close_buttons (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (child)), "window-close-symbolic") == 0)
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Dismiss"), -1);
      name_toast_close_buttons (child);
    }
}

static void
on_toast_children_changed (GListModel *children,
                           guint       position,
                           guint       removed,
                           guint       added)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(GtkWidget) child = g_list_model_get_item (children, i);

      if (!GTK_IS_STACK (child) && !GTK_IS_BOX (child))
        name_toast_close_buttons (child);
    }
}

GListModel *
tickets_accessible_watch_toasts (GtkWidget *overlay)
{
  GListModel *children = gtk_widget_observe_children (overlay);

  g_signal_connect (children, "items-changed", G_CALLBACK (on_toast_children_changed), NULL);

  return children;
}

void
tickets_accessible_return_focus (GtkWidget **widget)
{
  GtkWidget *target;

  g_return_if_fail (widget != NULL);

  if ((target = *widget) == NULL)
    return;
  g_clear_weak_pointer (widget);
  gtk_widget_grab_focus (target);
}
