/* tickets-consumer-results.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tickets-consumer-results.h"
#include "tickets-date-format.h"
#include "tickets-format.h"

/* A search at the counter can match 100,000 people: the list only holds
 * the pages asked for, and GtkListView only builds the rows on screen. A
 * row is two labels, filled at bind time from the consumer's strings. */

struct _TicketsConsumerResults
{
  AdwBin             parent_instance;

  TicketsPagedList  *list;
  GHashTable        *filters;
  TicketsDateFormat  date_format;
  guint              load_more_source;

  GtkStack          *stack;
  GtkSpinner        *loading_spinner;
  AdwStatusPage     *empty_page;
  AdwStatusPage     *error_page;
  GtkLabel          *count_label;
  GtkScrolledWindow *scrolled_window;
  GtkListView       *list_view;
  GtkWidget         *more_box;
  GtkSpinner        *more_spinner;
  GtkLabel          *more_label;
  GtkWidget         *more_retry_button;
};

G_DEFINE_FINAL_TYPE (TicketsConsumerResults, tickets_consumer_results, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_LIST,
  N_PROPS
};

enum {
  CONSUMER_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* What a filter of GET /consumers looked for, in words. */
static char *
describe_filter (TicketsConsumerResults *self,
                 const char             *name,
                 const char             *value)
{
  static const struct
  {
    const char *name;
    const char *words;
  } words[] = {
    /* Translators: part of "No one matches the search: first name starts with “Jan”". */
    { "first_name", N_("first name is") },
    { "first_name__startswith", N_("first name starts with") },
    { "last_name", N_("last name is") },
    { "last_name__startswith", N_("last name starts with") },
    { "email", N_("email is") },
    { "email__startswith", N_("email starts with") },
    { "city", N_("city is") },
    { "city__startswith", N_("city starts with") },
    { "postal_code", N_("postal code is") },
    { "country", N_("country is") },
    { "state", N_("state is") },
    { "reference", N_("reference is") },
    { "external_reference", N_("reference is") },
    { "date_of_birth", N_("born on") },
    { "date_of_birth__lt", N_("born before") },
    { "date_of_birth__lte", N_("born on or before") },
    { "date_of_birth__gt", N_("born after") },
    { "date_of_birth__gte", N_("born on or after") },
  };
  g_autofree char *date = NULL;
  const char *said = name;

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_str_equal (words[i].name, name))
      said = _(words[i].words);

  if (g_str_has_prefix (name, "date_of_birth") && (date = tickets_date_format_iso (self->date_format, value)) != NULL)
    /* Translators: a date searched for, as in "born on 08-03-1994". */
    return g_strdup_printf (_("%1$s %2$s"), said, date);

  /* Translators: a text searched for, as in "last name starts with “Jan”". */
  return g_strdup_printf (_("%1$s “%2$s”"), said, value);
}

/* "No One Found" says what was looked for, so that a typo shows. */
static void
update_empty_description (TicketsConsumerResults *self)
{
  g_autoptr(GList) names = NULL;
  g_autoptr(GString) clauses = g_string_new (NULL);
  g_autofree char *text = NULL;
  g_autofree char *markup = NULL;

  if (self->filters != NULL)
    names = g_list_sort (g_hash_table_get_keys (self->filters), (GCompareFunc) g_strcmp0);

  for (const GList *l = names; l != NULL; l = l->next)
    {
      g_autofree char *clause = describe_filter (self, l->data, g_hash_table_lookup (self->filters, l->data));

      if (clauses->len > 0)
        /* Translators: between two parts of "No one matches the search: …". */
        g_string_append (clauses, _("; "));
      g_string_append (clauses, clause);
    }

  if (clauses->len > 0)
    /* Translators: %s lists what was searched for, as in "last name starts with “Jan”". */
    text = g_strdup_printf (_("No one matches the search: %s."), clauses->str);
  else
    text = g_strdup (_("No one matches the search."));

  /* The description is markup; the values are what someone typed. */
  markup = g_markup_escape_text (text, -1);
  adw_status_page_set_description (self->empty_page, markup);
}

static void
update_count (TicketsConsumerResults *self)
{
  gint64 count = self->list != NULL ? tickets_paged_list_get_item_count (self->list) : -1;
  g_autofree char *text = NULL;

  if (count >= 0)
    {
      guint n = (guint) MIN (count, (gint64) G_MAXUINT);

      /* Translators: how many people a search found in all, as in "183 people". */
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person", "%u people", n), n);
    }
  tickets_show_label (self->count_label, text);
}

static void
update_page (TicketsConsumerResults *self)
{
  guint n_items = self->list != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->list)) : 0;
  const GError *error = self->list != NULL ? tickets_paged_list_get_error (self->list) : NULL;
  gboolean loading = self->list != NULL && tickets_paged_list_get_loading (self->list);
  gboolean has_more = self->list != NULL && tickets_paged_list_get_has_more (self->list);
  const char *page;

  if (self->list == NULL)
    page = "none";
  else if (n_items > 0)
    page = "results";
  else if (error != NULL && !loading)
    page = "error";
  else if (loading || has_more)
    page = "loading";
  else
    page = "empty";

  if (error != NULL)
    {
      g_autofree char *description = tickets_format_error_markup (error);

      adw_status_page_set_description (self->error_page, description);
      if (n_items > 0)
        tickets_show_label (self->more_label, error->message);
    }
  else if (loading)
    tickets_show_label (self->more_label, _("Loading more people…"));

  update_count (self);
  gtk_spinner_set_spinning (self->loading_spinner, g_str_equal (page, "loading"));
  gtk_widget_set_visible (self->more_box, n_items > 0 && (loading || error != NULL));
  gtk_widget_set_visible (GTK_WIDGET (self->more_spinner), loading);
  gtk_spinner_set_spinning (self->more_spinner, loading && n_items > 0);
  gtk_widget_set_visible (self->more_retry_button, error != NULL && !loading);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "results.reload", self->list != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "results.load-more", has_more);

  gtk_stack_set_visible_child_name (self->stack, page);
}

static gboolean
load_more_if_near_end (gpointer user_data)
{
  TicketsConsumerResults *self = user_data;
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scrolled_window);
  double page_size = gtk_adjustment_get_page_size (adjustment);
  double left = gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_value (adjustment) - page_size;

  self->load_more_source = 0;

  /* Half a screen before the end, so that the next page is there when the
   * end is reached, and not before: a search that fills the screen asks
   * for one page. After a failure, only Try Again asks again. */
  if (self->list != NULL && tickets_paged_list_get_error (self->list) == NULL
      && gtk_widget_get_mapped (GTK_WIDGET (self->list_view))
      && page_size > 0 && left < page_size / 2)
    tickets_paged_list_load_more (self->list);

  return G_SOURCE_REMOVE;
}

/* The adjustment changes while the list is laid out and as the focus
 * moves down the rows: look once that is done. */
static void
on_adjustment_changed (TicketsConsumerResults *self)
{
  if (self->load_more_source == 0 && self->list != NULL && tickets_paged_list_get_has_more (self->list))
    self->load_more_source = g_idle_add (load_more_if_near_end, self);
}

/* Not on items-changed itself: until the list has laid the new rows out,
 * the adjustment still ends where the old ones did, and every page would
 * look like the last. Laying them out changes the adjustment. */
static void
on_list_changed (TicketsConsumerResults *self)
{
  update_page (self);
}

static void
on_factory_setup (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  TicketsConsumerResults   *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *details = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (name, "title-4");

  gtk_label_set_xalign (GTK_LABEL (details), 0);
  gtk_label_set_ellipsize (GTK_LABEL (details), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (details, "dim-label");

  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), details);
  gtk_list_item_set_child (list_item, box);
}

/* The parts of a row's second line: email, date of birth, place. */
static GPtrArray *
dup_detail_parts (TicketsConsumerResults *self,
                  TicketsConsumer        *consumer)
{
  GPtrArray *parts = g_ptr_array_new_with_free_func (g_free);
  const char *email = tickets_consumer_get_email (consumer);
  const char *birth = tickets_consumer_get_date_of_birth (consumer);
  const char *city = tickets_consumer_get_city (consumer);
  const char *code = tickets_consumer_get_country (consumer);
  g_autofree char *country = NULL;

  if (email != NULL && email[0] != '\0')
    g_ptr_array_add (parts, g_strdup (email));
  if (birth != NULL && birth[0] != '\0')
    {
      char *date = tickets_date_format_iso (self->date_format, birth);

      g_ptr_array_add (parts, date != NULL ? date : g_strdup (birth));
    }

  country = tickets_format_country (code);
  if (city != NULL && city[0] != '\0' && country != NULL)
    /* Translators: where someone lives, as in "Utrecht, Netherlands". */
    g_ptr_array_add (parts, g_strdup_printf (_("%1$s, %2$s"), city, country));
  else if (city != NULL && city[0] != '\0')
    g_ptr_array_add (parts, g_strdup (city));
  else if (country != NULL)
    g_ptr_array_add (parts, g_steal_pointer (&country));

  g_ptr_array_add (parts, NULL);

  return parts;
}

static void
on_factory_bind (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 TicketsConsumerResults   *self)
{
  TicketsConsumer *consumer = gtk_list_item_get_item (list_item);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *name_label = gtk_widget_get_first_child (box);
  GtkWidget *details_label = gtk_widget_get_next_sibling (name_label);
  GtkWidget *list_row = gtk_widget_get_parent (box);
  g_autofree char *name = tickets_consumer_dup_full_name (consumer);
  g_autoptr(GPtrArray) parts = dup_detail_parts (self, consumer);
  g_autofree char *details = g_strjoinv (" · ", (char **) parts->pdata);
  g_autofree char *accessible = NULL;

  if (name == NULL || name[0] == '\0')
    {
      g_free (name);
      name = g_strdup (_("No name"));
    }

  /* Names and addresses are text as typed, never markup. */
  gtk_label_set_text (GTK_LABEL (name_label), name);
  tickets_show_label (GTK_LABEL (details_label), details);

  /* The list row is what a screen reader lands on. */
  if (details[0] != '\0')
    {
      g_autofree char *spoken = g_strjoinv (", ", (char **) parts->pdata);

      /* Translators: how a screen reader reads a person found, as in "Jan Jansen: jan@example.org, 08-03-1994". */
      accessible = g_strdup_printf (_("%1$s: %2$s"), name, spoken);
    }
  if (list_row != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (list_row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    accessible != NULL ? accessible : name, -1);
}

static void
on_list_view_activate (GtkListView            *list_view,
                       guint                   position,
                       TicketsConsumerResults *self)
{
  g_autoptr(TicketsConsumer) consumer = NULL;

  if (self->list == NULL)
    return;
  consumer = g_list_model_get_item (G_LIST_MODEL (self->list), position);
  if (consumer != NULL)
    g_signal_emit (self, signals[CONSUMER_ACTIVATED], 0, consumer);
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TicketsConsumerResults *self = TICKETS_CONSUMER_RESULTS (widget);

  if (self->list != NULL)
    tickets_paged_list_reload (self->list);
}

static void
load_more_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  TicketsConsumerResults *self = TICKETS_CONSUMER_RESULTS (widget);

  if (self->list != NULL)
    tickets_paged_list_load_more (self->list);
}

static void
release_list (TicketsConsumerResults *self)
{
  if (self->list != NULL)
    g_signal_handlers_disconnect_by_data (self->list, self);
  g_clear_object (&self->list);
  g_clear_handle_id (&self->load_more_source, g_source_remove);
}

static void
tickets_consumer_results_dispose (GObject *object)
{
  TicketsConsumerResults *self = (TicketsConsumerResults *)object;

  /* The list view's model holds the paged list: let go of both. */
  gtk_list_view_set_model (self->list_view, NULL);
  release_list (self);
  g_clear_pointer (&self->filters, g_hash_table_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), TICKETS_TYPE_CONSUMER_RESULTS);

  G_OBJECT_CLASS (tickets_consumer_results_parent_class)->dispose (object);
}

static void
tickets_consumer_results_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  TicketsConsumerResults *self = TICKETS_CONSUMER_RESULTS (object);

  switch (prop_id)
    {
    case PROP_LIST:
      g_value_set_object (value, self->list);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_consumer_results_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  TicketsConsumerResults *self = TICKETS_CONSUMER_RESULTS (object);

  switch (prop_id)
    {
    case PROP_LIST:
      tickets_consumer_results_set_list (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_consumer_results_class_init (TicketsConsumerResultsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tickets_consumer_results_dispose;
  object_class->get_property = tickets_consumer_results_get_property;
  object_class->set_property = tickets_consumer_results_set_property;

  properties[PROP_LIST] =
    g_param_spec_object ("list", NULL, NULL,
                         TICKETS_TYPE_PAGED_LIST,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TicketsConsumerResults::consumer-activated:
   * @self: a #TicketsConsumerResults
   * @consumer: the #TicketsConsumer of the row
   *
   * A row was opened: Enter on it, or a click.
   */
  signals[CONSUMER_ACTIVATED] =
    g_signal_new ("consumer-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, TICKETS_TYPE_CONSUMER);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Tickets/views/tickets-consumer-results.ui");
  gtk_widget_class_bind_template_child (widget_class, TicketsConsumerResults, loading_spinner);
  gtk_widget_class_bind_template_child (widget_class, TicketsConsumerResults, empty_page);
  gtk_widget_class_bind_template_child (widget_class, TicketsConsumerResults, error_page);
  gtk_widget_class_bind_template_child (widget_class, TicketsConsumerResults, count_label);
  gtk_widget_class_bind_template_child (widget_class, TicketsConsumerResults, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, TicketsConsumerResults, list_view);
  gtk_widget_class_bind_template_child (widget_class, TicketsConsumerResults, more_box);
  gtk_widget_class_bind_template_child (widget_class, TicketsConsumerResults, more_spinner);
  gtk_widget_class_bind_template_child (widget_class, TicketsConsumerResults, more_label);
  gtk_widget_class_bind_template_child (widget_class, TicketsConsumerResults, more_retry_button);

  gtk_widget_class_install_action (widget_class, "results.reload", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "results.load-more", NULL, load_more_action);
}

static void
tickets_consumer_results_init (TicketsConsumerResults *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkAdjustment *adjustment;

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Not bound as a template child: gtk_widget_dispose_template() would
   * unparent it behind AdwBin's back. */
  self->stack = GTK_STACK (adw_bin_get_child (ADW_BIN (self)));

  self->date_format = tickets_date_format_for_locale ();

  g_signal_connect_object (factory, "setup", G_CALLBACK (on_factory_setup), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (on_factory_bind), self, 0);
  gtk_list_view_set_factory (self->list_view, factory);
  g_signal_connect_object (self->list_view, "activate", G_CALLBACK (on_list_view_activate), self, 0);

  adjustment = gtk_scrolled_window_get_vadjustment (self->scrolled_window);
  g_signal_connect_object (adjustment, "changed", G_CALLBACK (on_adjustment_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (adjustment, "value-changed", G_CALLBACK (on_adjustment_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->list_view, "map", G_CALLBACK (on_adjustment_changed), self, G_CONNECT_SWAPPED);

  update_empty_description (self);
  update_page (self);
}

GtkWidget *
tickets_consumer_results_new (void)
{
  return g_object_new (TICKETS_TYPE_CONSUMER_RESULTS, NULL);
}

/**
 * tickets_consumer_results_set_list:
 * @self: a #TicketsConsumerResults
 * @list: (nullable): a search's #TicketsPagedList of #TicketsConsumer
 *
 * Shows @list: its first page as it arrives, the next ones as the user
 * reaches the end.
 */
void
tickets_consumer_results_set_list (TicketsConsumerResults *self,
                                   TicketsPagedList       *list)
{
  g_autoptr(GtkNoSelection) selection = NULL;

  g_return_if_fail (TICKETS_IS_CONSUMER_RESULTS (self));
  g_return_if_fail (list == NULL || TICKETS_IS_PAGED_LIST (list));

  if (self->list == list)
    return;

  release_list (self);
  if (list != NULL)
    {
      self->list = g_object_ref (list);
      g_signal_connect_object (list, "items-changed", G_CALLBACK (on_list_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (list, "notify::loading", G_CALLBACK (on_list_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (list, "notify::error", G_CALLBACK (on_list_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (list, "notify::item-count", G_CALLBACK (on_list_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (list, "notify::has-more", G_CALLBACK (on_list_changed), self, G_CONNECT_SWAPPED);
      selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (list)));
    }
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));

  /* A new search starts at its top. */
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled_window), 0);
  update_page (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LIST]);
}

/**
 * tickets_consumer_results_get_list:
 *
 * Returns: (transfer none) (nullable): the list shown
 */
TicketsPagedList *
tickets_consumer_results_get_list (TicketsConsumerResults *self)
{
  g_return_val_if_fail (TICKETS_IS_CONSUMER_RESULTS (self), NULL);

  return self->list;
}

void
tickets_consumer_results_set_filters (TicketsConsumerResults *self,
                                      GHashTable             *filters)
{
  g_return_if_fail (TICKETS_IS_CONSUMER_RESULTS (self));

  if (filters != NULL)
    g_hash_table_ref (filters);
  g_clear_pointer (&self->filters, g_hash_table_unref);
  self->filters = filters;
  update_empty_description (self);
}

gboolean
tickets_consumer_results_focus_first (TicketsConsumerResults *self)
{
  g_return_val_if_fail (TICKETS_IS_CONSUMER_RESULTS (self), FALSE);

  if (self->list == NULL || g_list_model_get_n_items (G_LIST_MODEL (self->list)) == 0)
    return FALSE;

  gtk_stack_set_visible_child_name (self->stack, "results");
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", 0);

  return gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}
