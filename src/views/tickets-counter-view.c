/* tickets-counter-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tickets-consumer-results.h"
#include "tickets-counter-actions.h"
#include "tickets-counter-view-private.h"
#include "tickets-error.h"
#include "tickets-format.h"
#include "tickets-shift-log-view.h"
#include "tickets-verdict-sound.h"

/* Narrower than this, the shift log folds over the card instead of
 * standing beside it: at 1024 × 600 both fit. */
#define FOLD_WIDTH 900
/* A lookup shows the spinner only once it is this late (GNOME's usual
 * delay): a loopback answer comes in a millisecond, and a frame of the
 * loading state would only make the verdict's frame wait behind it. */
#define LOADING_DELAY_MS 150

struct _TicketsCounterView
{
  AdwBin              parent_instance;

  TicketsCounter     *counter;
  GSimpleActionGroup *actions;
  TicketsVerdictSound *sound;
  guint               n_sounds;
  const char         *last_sound;
  /* The field is being emptied by the view, not typed into. */
  gboolean            clearing;
  gboolean            narrow;
  guint               fold_idle;
  /* The lookup under way is late: the loading page may show. */
  guint               loading_source;
  gboolean            late;

  AdwFlap            *flap;
  GtkSearchEntry     *field;
  GtkStack           *stack;
  AdwStatusPage      *loading_page;
  GtkSpinner         *spinner;
  AdwStatusPage      *error_page;
  TicketsVerdictCard *card;
  TicketsConsumerResults *results;
  AdwStatusPage      *forbidden_page;
  TicketsShiftLogView *log_view;
};

G_DEFINE_FINAL_TYPE (TicketsCounterView, tickets_counter_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_COUNTER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkText *
get_text (TicketsCounterView *self)
{
  return GTK_TEXT (gtk_editable_get_delegate (GTK_EDITABLE (self->field)));
}

void
tickets_counter_view_focus_field (TicketsCounterView *self)
{
  GtkText *text;

  g_return_if_fail (TICKETS_IS_COUNTER_VIEW (self));

  text = get_text (self);
  /* Selecting what is there would make the next key replace it. */
  if (!gtk_widget_has_focus (GTK_WIDGET (text)))
    gtk_text_grab_focus_without_selecting (text);
}

static void
clear_field (TicketsCounterView *self)
{
  self->clearing = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->field), "");
  self->clearing = FALSE;
}

static GtkWindow *
get_parent_window (TicketsCounterView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static TicketsTicket *
get_verdict_ticket (TicketsCounterView *self)
{
  TicketsVerdict *verdict = self->counter != NULL ? tickets_counter_get_verdict (self->counter) : NULL;

  return verdict != NULL ? tickets_verdict_get_ticket (verdict) : NULL;
}

static gboolean
is_forbidden (TicketsCounterView *self,
              TicketsStaffAction  action)
{
  return self->counter != NULL &&
         tickets_counter_get_ability (self->counter, action) == TICKETS_ABILITY_FORBIDDEN;
}

/* What is shown */

static TicketsOrder *
find_order (TicketsCounterView *self,
            TicketsTicket      *ticket)
{
  TicketsStore *store = tickets_session_get_store (tickets_counter_get_session (self->counter));
  const char *uri = ticket != NULL ? tickets_ticket_get_order_uri (ticket) : NULL;
  /* The uid ends the link, ".../orders/<uid>". */
  g_autofree char *uid = uri != NULL ? g_path_get_basename (uri) : NULL;

  if (store == NULL || uid == NULL)
    return NULL;

  return tickets_store_lookup_order (store, uid);
}

/* The card's buttons and the counter's actions: only what the verdict
 * calls for and the sign-in may do, the reason once for what it may not. */
static void
update_actions (TicketsCounterView *self)
{
  static const struct
  {
    const char                *name;
    TicketsVerdictCardActions  flag;
    gboolean                   needs_server;
    TicketsStaffAction         action;
  } card_actions[] = {
    { "personalize", TICKETS_VERDICT_CARD_PERSONALIZE, TRUE, TICKETS_STAFF_ACTION_EDIT_CONSUMERS },
    { "reissue", TICKETS_VERDICT_CARD_REISSUE, TRUE, TICKETS_STAFF_ACTION_REISSUE },
    /* Printing asks the server nothing. */
    { "print", TICKETS_VERDICT_CARD_PRINT, FALSE, 0 },
  };
  TicketsVerdict *verdict = self->counter != NULL ? tickets_counter_get_verdict (self->counter) : NULL;
  gboolean on_card = verdict != NULL && g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "verdict") == 0;
  TicketsVerdictCardActions called_for = verdict != NULL ? tickets_verdict_card_actions_for (tickets_verdict_get_kind (verdict)) : 0;
  TicketsVerdictCardActions offered = 0;
  g_autoptr(GString) forbidden = g_string_new (NULL);
  GAction *action;

  for (guint i = 0; i < G_N_ELEMENTS (card_actions); i++)
    {
      gboolean allowed = !card_actions[i].needs_server || !is_forbidden (self, card_actions[i].action);

      if (allowed)
        offered |= card_actions[i].flag;
      else if ((called_for & card_actions[i].flag) != 0)
        {
          g_autofree char *text = tickets_counter_dup_forbidden_text (card_actions[i].action);

          if (strstr (forbidden->str, text) == NULL)
            g_string_append_printf (forbidden, "%s%s", forbidden->len > 0 ? " " : "", text);
        }

      action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), card_actions[i].name);
      g_simple_action_set_enabled (G_SIMPLE_ACTION (action),
                                   on_card && allowed && (called_for & card_actions[i].flag) != 0);
    }

  if (verdict != NULL)
    tickets_verdict_card_set_offered (self->card, offered, forbidden->len > 0 ? forbidden->str : NULL);

  action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), "retry");
  g_simple_action_set_enabled (G_SIMPLE_ACTION (action),
                               g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "error") == 0);

  action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), "clear-log");
  g_simple_action_set_enabled (G_SIMPLE_ACTION (action),
                               self->counter != NULL &&
                               g_list_model_get_n_items (G_LIST_MODEL (tickets_counter_get_shift_log (self->counter))) > 0);
}

static void
show_forbidden (TicketsCounterView *self)
{
  gboolean people_too = is_forbidden (self, TICKETS_STAFF_ACTION_FIND_CONSUMERS);
  g_autofree char *text = tickets_counter_dup_lookups_forbidden_text (people_too);
  g_autofree char *markup = NULL;

  adw_status_page_set_title (self->forbidden_page,
                             people_too ? _("Lookups Not Allowed") : _("Ticket Lookups Not Allowed"));

  /* The description is markup. */
  markup = g_markup_escape_text (text, -1);
  adw_status_page_set_description (self->forbidden_page, markup);
}

static void
show_error (TicketsCounterView *self,
            const GError       *error)
{
  const char *code = tickets_counter_get_code (self->counter);
  g_autofree char *title = NULL;
  g_autofree char *description = tickets_format_error_markup (error);
  gboolean offline = tickets_api_error_is_unreachable (error);

  /* Offline is told apart: no answer came, so the ticket was not checked. */
  adw_status_page_set_icon_name (self->error_page, offline ? "network-offline-symbolic" : "network-error-symbolic");
  if (offline)
    /* Translators: %s is a barcode as scanned or typed. */
    title = code != NULL ? g_strdup_printf (_("Offline: %s Not Checked"), code) : g_strdup (_("Offline"));
  else if (code != NULL)
    /* Translators: %s is a barcode as scanned or typed. */
    title = g_strdup_printf (_("Could Not Look Up %s"), code);
  else
    title = g_strdup (_("Could Not Look Up the Ticket"));

  adw_status_page_set_title (self->error_page, title);
  adw_status_page_set_description (self->error_page, description);
}

static const char *
choose_page (TicketsCounterView *self)
{
  if (self->counter == NULL)
    return "empty";
  if (tickets_counter_get_search_results (self->counter) != NULL)
    return "results";
  if (is_forbidden (self, TICKETS_STAFF_ACTION_FIND_TICKETS))
    return "forbidden";
  if (tickets_counter_get_verdict (self->counter) != NULL)
    return "verdict";
  /* Not late yet: what was shown stays (NULL), the answer may come first. */
  if (tickets_counter_get_busy (self->counter))
    return self->late ? "loading" : NULL;
  if (tickets_counter_get_error (self->counter) != NULL)
    return "error";
  return "empty";
}

static void update_page (TicketsCounterView *self);

static gboolean
loading_late_cb (gpointer user_data)
{
  TicketsCounterView *self = user_data;

  self->loading_source = 0;
  self->late = TRUE;
  update_page (self);

  return G_SOURCE_REMOVE;
}

static void
update_page (TicketsCounterView *self)
{
  const char *page;

  if (self->counter == NULL || !tickets_counter_get_busy (self->counter))
    {
      g_clear_handle_id (&self->loading_source, g_source_remove);
      self->late = FALSE;
    }
  else if (!self->late && self->loading_source == 0)
    {
      self->loading_source = g_timeout_add (LOADING_DELAY_MS, loading_late_cb, self);
      g_source_set_name_by_id (self->loading_source, "[tickets] counter loading late");
    }

  /* Before the answer or the spinner, the card on show is the last code's:
   * faded at once, it is never read as the new code's verdict. */
  if (self->counter != NULL && tickets_counter_get_busy (self->counter) && !self->late)
    gtk_widget_add_css_class (GTK_WIDGET (self->stack), "looking-up");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->stack), "looking-up");
  if ((page = choose_page (self)) == NULL)
    return;

  if (g_str_equal (page, "forbidden"))
    show_forbidden (self);
  else if (g_str_equal (page, "error"))
    show_error (self, tickets_counter_get_error (self->counter));

  gtk_spinner_set_spinning (self->spinner, g_str_equal (page, "loading"));
  gtk_stack_set_visible_child_name (self->stack, page);
  update_actions (self);
}

static void
on_counter_verdict (TicketsCounterView *self)
{
  TicketsVerdict *verdict = tickets_counter_get_verdict (self->counter);
  TicketsShiftEntry *earlier;

  if (verdict != NULL)
    {
      earlier = tickets_counter_get_earlier (self->counter);
      tickets_verdict_card_set_verdict (self->card, verdict,
                                        find_order (self, tickets_verdict_get_ticket (verdict)),
                                        earlier != NULL ? tickets_shift_entry_get_time (earlier) : NULL);
    }
  update_page (self);
  if (verdict != NULL)
    {
      const char *sound = tickets_verdict_sound_play (self->sound, tickets_verdict_get_tone (verdict),
                                                      tickets_verdict_card_get_title (self->card));

      if (sound != NULL)
        {
          self->n_sounds++;
          self->last_sound = sound;
        }
    }
}

/* "No One Found" says what the list shown was searched with (after one
 * word found no last name, the first names). */
static void
on_counter_search_results (TicketsCounterView *self)
{
  TicketsPeopleSearch *search = tickets_counter_get_people_search (self->counter);

  tickets_consumer_results_set_filters (self->results, tickets_people_search_get_filters (search));
  tickets_consumer_results_set_list (self->results, tickets_counter_get_search_results (self->counter));
  update_page (self);
}

static void
on_counter_changed (TicketsCounterView *self)
{
  update_page (self);
}

/* The field */

static void
on_field_changed (TicketsCounterView *self)
{
  if (self->clearing || self->counter == NULL)
    return;

  tickets_counter_search_as_typed (self->counter, gtk_editable_get_text (GTK_EDITABLE (self->field)));
}

/* Enter: a scanner ends each code with it. The field is emptied at once,
 * so that the next code starts on a clean field while this one is
 * looked up. */
static void
on_field_activate (TicketsCounterView *self)
{
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->field)));

  clear_field (self);
  if (self->counter != NULL)
    tickets_counter_submit (self->counter, text);
  tickets_counter_view_focus_field (self);
}

static void
escape (TicketsCounterView *self)
{
  clear_field (self);
  if (self->counter != NULL)
    {
      tickets_counter_search_as_typed (self->counter, "");
      tickets_counter_clear_search (self->counter);
    }
  if (adw_flap_get_folded (self->flap))
    adw_flap_set_reveal_flap (self->flap, FALSE);
  tickets_counter_view_focus_field (self);
}

static gboolean
is_in_field (TicketsCounterView *self,
             GtkWidget          *widget)
{
  return widget != NULL &&
         (widget == GTK_WIDGET (self->field) || gtk_widget_is_ancestor (widget, GTK_WIDGET (self->field)));
}

/* Before any widget of the counter sees a key: Escape empties the field
 * wherever the focus is; Down from the field goes into the results; a
 * printable key typed anywhere else goes into the field. */
static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                TicketsCounterView    *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  gunichar character;
  GtkText *text;

  if (keyval == GDK_KEY_Escape && (state & GDK_MODIFIER_MASK & ~GDK_LOCK_MASK) == 0)
    {
      escape (self);
      return GDK_EVENT_STOP;
    }

  if (is_in_field (self, focus))
    {
      if ((keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down) &&
          g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "results") == 0)
        return tickets_consumer_results_focus_first (self->results);
      return GDK_EVENT_PROPAGATE;
    }

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK)) != 0)
    return GDK_EVENT_PROPAGATE;
  /* A space still presses the button it is on. */
  character = gdk_keyval_to_unicode (keyval);
  if (character == 0 || !g_unichar_isgraph (character))
    return GDK_EVENT_PROPAGATE;

  text = get_text (self);
  gtk_text_grab_focus_without_selecting (text);
  if (!gtk_event_controller_key_forward (controller, GTK_WIDGET (text)))
    {
      char utf8[7] = { 0 };
      int position = -1;

      g_unichar_to_utf8 (character, utf8);
      gtk_editable_insert_text (GTK_EDITABLE (self->field), utf8, -1, &position);
      gtk_editable_set_position (GTK_EDITABLE (self->field), -1);
    }

  return GDK_EVENT_STOP;
}

/* Actions */

static void
on_personalize (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  TicketsCounterView *self = user_data;
  TicketsTicket *ticket = get_verdict_ticket (self);

  tickets_counter_view_focus_field (self);
  if (ticket != NULL && get_parent_window (self) != NULL)
    tickets_counter_personalize (get_parent_window (self), self->counter, ticket, NULL);
}

static void
on_reissue (GSimpleAction *action,
            GVariant      *parameter,
            gpointer       user_data)
{
  TicketsCounterView *self = user_data;
  TicketsTicket *ticket = get_verdict_ticket (self);

  tickets_counter_view_focus_field (self);
  if (ticket != NULL && get_parent_window (self) != NULL)
    tickets_counter_reissue (get_parent_window (self), self->counter, ticket);
}

static void
on_print (GSimpleAction *action,
          GVariant      *parameter,
          gpointer       user_data)
{
  TicketsCounterView *self = user_data;
  TicketsTicket *ticket = get_verdict_ticket (self);

  tickets_counter_view_focus_field (self);
  if (ticket != NULL && get_parent_window (self) != NULL)
    tickets_counter_print (get_parent_window (self), self->counter, ticket);
}

static void
on_consumer_activated (TicketsCounterView *self,
                       TicketsConsumer    *consumer)
{
  tickets_counter_view_focus_field (self);
  if (self->counter != NULL && get_parent_window (self) != NULL)
    tickets_counter_show_consumer (get_parent_window (self), self->counter, consumer);
}

static void
on_clear_log (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  TicketsCounterView *self = user_data;

  tickets_counter_view_focus_field (self);
  if (self->counter != NULL)
    g_signal_connect_object (tickets_shift_log_view_ask_clear (self->log_view, get_parent_window (self)), "response",
                             G_CALLBACK (tickets_counter_view_focus_field), self, G_CONNECT_SWAPPED);
}

static void
on_focus (GSimpleAction *action,
          GVariant      *parameter,
          gpointer       user_data)
{
  tickets_counter_view_focus_field (user_data);
}

static void
on_retry (GSimpleAction *action,
          GVariant      *parameter,
          gpointer       user_data)
{
  TicketsCounterView *self = user_data;

  if (self->counter != NULL)
    tickets_counter_retry (self->counter);
  tickets_counter_view_focus_field (self);
}

static const GActionEntry action_entries[] = {
  { .name = "personalize", .activate = on_personalize },
  { .name = "reissue", .activate = on_reissue },
  { .name = "print", .activate = on_print },
  { .name = "clear-log", .activate = on_clear_log },
  { .name = "focus", .activate = on_focus },
  { .name = "retry", .activate = on_retry },
};

/* Plain letters go into the field: every shortcut has Ctrl or is an
 * F-key (the shortcuts window lists them under "Box Office"). */
static const struct
{
  const char *trigger;
  const char *action;
} shortcuts[] = {
  { "<Control>l", "counter.focus" },
  { "F6", "counter.focus" },
  { "<Control>n", "counter.personalize" },
  { "<Control>r", "counter.reissue" },
  { "<Control>p", "counter.print" },
  { "F9", "counter.show-log" },
  { "<Control><Shift>l", "counter.clear-log" },
  { "<Control><Shift>r", "counter.retry" },
};

static void
add_shortcuts (TicketsCounterView *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  /* Before the field, which would take Ctrl+letters for itself. */
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (shortcuts); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_shortcut_trigger_parse_string (shortcuts[i].trigger),
                                                            gtk_named_action_new (shortcuts[i].action)));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

/* Folding */

static gboolean
update_fold (gpointer user_data)
{
  TicketsCounterView *self = user_data;

  self->fold_idle = 0;
  adw_flap_set_fold_policy (self->flap, self->narrow ? ADW_FLAP_FOLD_POLICY_ALWAYS : ADW_FLAP_FOLD_POLICY_NEVER);
  adw_flap_set_reveal_flap (self->flap, !self->narrow);

  return G_SOURCE_REMOVE;
}

/* The view lays its child out itself, as AdwBin's layout manager would,
 * so that it sees its width: AdwFlap folds by sizes alone, and its content
 * here is narrow enough to stand beside the log almost anywhere. */
static GtkSizeRequestMode
tickets_counter_view_get_request_mode (GtkWidget *widget)
{
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));

  return child != NULL ? gtk_widget_get_request_mode (child) : GTK_SIZE_REQUEST_CONSTANT_SIZE;
}

static void
tickets_counter_view_measure (GtkWidget      *widget,
                              GtkOrientation  orientation,
                              int             for_size,
                              int            *minimum,
                              int            *natural,
                              int            *minimum_baseline,
                              int            *natural_baseline)
{
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));

  if (child != NULL)
    gtk_widget_measure (child, orientation, for_size, minimum, natural, minimum_baseline, natural_baseline);
}

static void
tickets_counter_view_size_allocate (GtkWidget *widget,
                                    int        width,
                                    int        height,
                                    int        baseline)
{
  TicketsCounterView *self = TICKETS_COUNTER_VIEW (widget);
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));
  gboolean narrow = width < FOLD_WIDTH;

  if (child != NULL)
    gtk_widget_allocate (child, width, height, baseline, NULL);

  /* Changing the flap while it is laid out would lay it out again within
   * this allocation: the change waits for the next turn of the loop. */
  if (narrow != self->narrow)
    {
      self->narrow = narrow;
      if (self->fold_idle == 0)
        self->fold_idle = g_idle_add (update_fold, self);
    }
}

/* The field has the focus from the start: the first scan must not need a
 * click. */
static void
tickets_counter_view_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (tickets_counter_view_parent_class)->map (widget);

  tickets_counter_view_focus_field (TICKETS_COUNTER_VIEW (widget));
}

/* The counter */

TicketsCounter *
tickets_counter_view_get_counter (TicketsCounterView *self)
{
  g_return_val_if_fail (TICKETS_IS_COUNTER_VIEW (self), NULL);

  return self->counter;
}

void
tickets_counter_view_set_counter (TicketsCounterView *self,
                                  TicketsCounter     *counter)
{
  g_return_if_fail (TICKETS_IS_COUNTER_VIEW (self));
  g_return_if_fail (counter == NULL || TICKETS_IS_COUNTER (counter));

  if (self->counter == counter)
    return;

  if (self->counter != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->counter, self);
      g_signal_handlers_disconnect_by_data (tickets_counter_get_shift_log (self->counter), self);
    }
  g_set_object (&self->counter, counter);

  clear_field (self);
  tickets_shift_log_view_set_log (self->log_view, counter != NULL ? tickets_counter_get_shift_log (counter) : NULL);
  tickets_consumer_results_set_list (self->results, counter != NULL ? tickets_counter_get_search_results (counter) : NULL);

  if (counter != NULL)
    {
      g_signal_connect_object (counter, "notify::verdict", G_CALLBACK (on_counter_verdict), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (counter, "notify::search-results", G_CALLBACK (on_counter_search_results), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (counter, "notify::busy", G_CALLBACK (on_counter_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (counter, "notify::error", G_CALLBACK (on_counter_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (counter, "notify::abilities", G_CALLBACK (on_counter_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (tickets_counter_get_shift_log (counter), "items-changed",
                               G_CALLBACK (on_counter_changed), self, G_CONNECT_SWAPPED);
      if (tickets_counter_get_verdict (counter) != NULL)
        on_counter_verdict (self);
    }

  update_page (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNTER]);
}

/* Tests */

GActionGroup *
tickets_counter_view_get_actions (TicketsCounterView *self)
{
  g_return_val_if_fail (TICKETS_IS_COUNTER_VIEW (self), NULL);

  return G_ACTION_GROUP (self->actions);
}

const char *
tickets_counter_view_get_page (TicketsCounterView *self)
{
  g_return_val_if_fail (TICKETS_IS_COUNTER_VIEW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

GtkWidget *
tickets_counter_view_get_field (TicketsCounterView *self)
{
  g_return_val_if_fail (TICKETS_IS_COUNTER_VIEW (self), NULL);

  return GTK_WIDGET (self->field);
}

TicketsVerdictCard *
tickets_counter_view_get_card (TicketsCounterView *self)
{
  g_return_val_if_fail (TICKETS_IS_COUNTER_VIEW (self), NULL);

  return self->card;
}

static AdwStatusPage *
get_status_page (TicketsCounterView *self)
{
  GtkWidget *child = gtk_stack_get_visible_child (self->stack);

  return ADW_IS_STATUS_PAGE (child) ? ADW_STATUS_PAGE (child) : NULL;
}

const char *
tickets_counter_view_get_page_title (TicketsCounterView *self)
{
  g_return_val_if_fail (TICKETS_IS_COUNTER_VIEW (self), NULL);

  return get_status_page (self) != NULL ? adw_status_page_get_title (get_status_page (self)) : NULL;
}

const char *
tickets_counter_view_get_page_description (TicketsCounterView *self)
{
  g_return_val_if_fail (TICKETS_IS_COUNTER_VIEW (self), NULL);

  return get_status_page (self) != NULL ? adw_status_page_get_description (get_status_page (self)) : NULL;
}

guint
tickets_counter_view_get_n_sounds (TicketsCounterView *self)
{
  g_return_val_if_fail (TICKETS_IS_COUNTER_VIEW (self), 0);

  return self->n_sounds;
}

const char *
tickets_counter_view_get_last_sound (TicketsCounterView *self)
{
  g_return_val_if_fail (TICKETS_IS_COUNTER_VIEW (self), NULL);

  return self->last_sound;
}

GtkWidget *
tickets_counter_view_new (void)
{
  return g_object_new (TICKETS_TYPE_COUNTER_VIEW, NULL);
}

static void
tickets_counter_view_dispose (GObject *object)
{
  TicketsCounterView *self = TICKETS_COUNTER_VIEW (object);

  if (self->counter != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->counter, self);
      g_signal_handlers_disconnect_by_data (tickets_counter_get_shift_log (self->counter), self);
    }
  g_clear_handle_id (&self->fold_idle, g_source_remove);
  g_clear_handle_id (&self->loading_source, g_source_remove);
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), TICKETS_TYPE_COUNTER_VIEW);
  g_clear_object (&self->counter);
  g_clear_object (&self->actions);
  g_clear_pointer (&self->sound, tickets_verdict_sound_free);

  G_OBJECT_CLASS (tickets_counter_view_parent_class)->dispose (object);
}

static void
tickets_counter_view_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  TicketsCounterView *self = TICKETS_COUNTER_VIEW (object);

  switch (prop_id)
    {
    case PROP_COUNTER:
      g_value_set_object (value, self->counter);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_counter_view_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  TicketsCounterView *self = TICKETS_COUNTER_VIEW (object);

  switch (prop_id)
    {
    case PROP_COUNTER:
      tickets_counter_view_set_counter (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_counter_view_class_init (TicketsCounterViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tickets_counter_view_dispose;
  object_class->get_property = tickets_counter_view_get_property;
  object_class->set_property = tickets_counter_view_set_property;
  widget_class->get_request_mode = tickets_counter_view_get_request_mode;
  widget_class->measure = tickets_counter_view_measure;
  widget_class->size_allocate = tickets_counter_view_size_allocate;
  widget_class->map = tickets_counter_view_map;

  properties[PROP_COUNTER] =
    g_param_spec_object ("counter", NULL, NULL,
                         TICKETS_TYPE_COUNTER,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (TICKETS_TYPE_VERDICT_CARD);
  g_type_ensure (TICKETS_TYPE_CONSUMER_RESULTS);
  g_type_ensure (TICKETS_TYPE_SHIFT_LOG_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Tickets/views/tickets-counter-view.ui");
  gtk_widget_class_bind_template_child (widget_class, TicketsCounterView, flap);
  gtk_widget_class_bind_template_child (widget_class, TicketsCounterView, field);
  gtk_widget_class_bind_template_child (widget_class, TicketsCounterView, stack);
  gtk_widget_class_bind_template_child (widget_class, TicketsCounterView, loading_page);
  gtk_widget_class_bind_template_child (widget_class, TicketsCounterView, spinner);
  gtk_widget_class_bind_template_child (widget_class, TicketsCounterView, error_page);
  gtk_widget_class_bind_template_child (widget_class, TicketsCounterView, card);
  gtk_widget_class_bind_template_child (widget_class, TicketsCounterView, results);
  gtk_widget_class_bind_template_child (widget_class, TicketsCounterView, forbidden_page);
  gtk_widget_class_bind_template_child (widget_class, TicketsCounterView, log_view);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_field_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_consumer_activated);
}

static void
tickets_counter_view_init (TicketsCounterView *self)
{
  g_autoptr(GPropertyAction) show_log = NULL;
  GtkEventController *keys;

  gtk_widget_set_layout_manager (GTK_WIDGET (self), NULL);
  gtk_widget_init_template (GTK_WIDGET (self));

  self->sound = tickets_verdict_sound_new ();

  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), action_entries, G_N_ELEMENTS (action_entries), self);
  show_log = g_property_action_new ("show-log", self->flap, "reveal-flap");
  g_action_map_add_action (G_ACTION_MAP (self->actions), G_ACTION (show_log));
  gtk_widget_insert_action_group (GTK_WIDGET (self), "counter", G_ACTION_GROUP (self->actions));

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  add_shortcuts (self);

  gtk_widget_add_css_class (adw_flap_get_flap (self->flap), "background");
  update_page (self);
}
