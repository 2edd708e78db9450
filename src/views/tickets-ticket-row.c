/* tickets-ticket-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <limits.h>
#include <locale.h>
#include <string.h>

#include "tickets-accessible.h"
#include "tickets-format.h"
#include "tickets-ticket-row.h"
#include "tickets-ticket-row-private.h"

struct _TicketsTicketRow
{
  AdwBin          parent_instance;

  TicketsTicket  *ticket;
  /* Watched apart from the ticket: its name can change without the ticket
   * changing, and the ticket can point at another product. */
  TicketsProduct *product;

  GtkLabel       *title_label;
  GtkLabel       *status_label;
  GtkLabel       *subproduct_label;
  GtkLabel       *seating_label;
  GtkImage       *personalization_icon;
  GtkLabel       *personalization_label;
  GtkLabel       *time_left_label;
  GtkLabel       *price_label;
  GtkLabel       *code_label;
  /* Made the first time a ticket has an e-ticket: most orders have none,
   * and a list builds some two hundred rows at once. */
  GtkWidget      *eticket_button;
  GtkWidget      *copy_link_button;
  GtkWidget      *save_grid;
  GtkWidget      *save_spinner;
  GtkImage       *save_icon;
  GtkLabel       *save_label;
  /* Withdraw and Ask Again, made the first time a friend's request is
   * shown, as the e-ticket button is. */
  GtkWidget      *request_grid;
  GtkWidget      *withdraw_button;
  GtkWidget      *ask_again_button;
  /* Keeps "asked 2 minutes ago" true while it is shown. */
  guint           clock_id;
  gboolean        shows_requests;

  const char     *status_style;
  const char     *personalization_style;
  const char     *save_style;
  const char     *save_icon_style;
};

G_DEFINE_FINAL_TYPE (TicketsTicketRow, tickets_ticket_row, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_TICKET,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
format_date (GDateTime *date_time)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (date_time);

  /* Translators: a date as in "4 July 2026", see the g_date_time_format() documentation. */
  return g_date_time_format (local, _("%-d %B %Y"));
}

static char *
format_time_left (GDateTime *end)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  GTimeSpan left = g_date_time_difference (end, now);
  gint64 days = left / G_TIME_SPAN_DAY;
  gint64 hours = left / G_TIME_SPAN_HOUR;

  if (days >= 1)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day left", "%d days left", days), (int) days);
  if (hours >= 1)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d hour left", "%d hours left", hours), (int) hours);

  return g_strdup (_("Less than an hour left"));
}

static char *
format_asked (GDateTime *asked)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  GTimeSpan ago = asked != NULL ? g_date_time_difference (now, asked) : -1;
  gint64 days = ago / G_TIME_SPAN_DAY;
  gint64 hours = ago / G_TIME_SPAN_HOUR;
  gint64 minutes = ago / G_TIME_SPAN_MINUTE;

  if (ago < 0)
    return NULL;
  if (days >= 1)
    /* Translators: when a friend was asked, as in "Waiting for …, asked 2 days ago". */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "asked %d day ago", "asked %d days ago", days), (int) days);
  if (hours >= 1)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "asked %d hour ago", "asked %d hours ago", hours), (int) hours);
  if (minutes >= 1)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "asked %d minute ago", "asked %d minutes ago", minutes), (int) minutes);

  return g_strdup (_("asked just now"));
}

/* Touches the style classes only when the style changes: every change
 * restyles the widget, and rows are rebound as the list scrolls. */
static void
swap_style (GtkWidget   *widget,
            const char **current,
            const char  *style)
{
  if (g_strcmp0 (*current, style) == 0)
    return;

  if (*current != NULL)
    gtk_widget_remove_css_class (widget, *current);
  if (style != NULL)
    gtk_widget_add_css_class (widget, style);
  *current = style;
}

static void
set_status (TicketsTicketRow *self,
            const char       *text,
            const char       *style)
{
  swap_style (GTK_WIDGET (self->status_label), &self->status_style, style);
  tickets_show_label (self->status_label, text);
}

static void
update_status (TicketsTicketRow *self)
{
  const char *status = tickets_ticket_get_status (self->ticket);

  if (g_strcmp0 (status, "valid") != 0)
    set_status (self, C_("ticket status", "Invalid"), "error");
  else if (tickets_ticket_get_is_scanned (self->ticket))
    set_status (self, C_("ticket status", "Scanned"), "dim-label");
  else
    set_status (self, C_("ticket status", "Valid"), "success");
}

static char *
holder_name (TicketsConsumer *consumer)
{
  if (consumer == NULL)
    return NULL;

  /* Translators: a ticket holder's name, %1$s the first name, %2$s the last. */
  return g_strstrip (g_strdup_printf (C_("person name", "%1$s %2$s"),
                                      tickets_consumer_get_first_name (consumer),
                                      tickets_consumer_get_last_name (consumer)));
}

static gboolean on_clock_tick (gpointer user_data);

/* A row shows how long ago a friend was asked: it ticks while it does. */
static void
update_clock (TicketsTicketRow *self,
              gboolean          needed)
{
  if (needed && self->clock_id == 0)
    self->clock_id = g_timeout_add_seconds (30, on_clock_tick, self);
  else if (!needed)
    g_clear_handle_id (&self->clock_id, g_source_remove);
}

/* Named by its label, as a screen reader reads it. */
static GtkWidget *
new_request_button (const char *label,
                    const char *tooltip)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "small");

  return button;
}

/* Withdraw and Ask Again, for the request a friend has not answered yet. */
static void
update_request_buttons (TicketsTicketRow *self,
                        const char       *request)
{
  GVariant *target;

  if (self->request_grid == NULL)
    {
      GtkWidget *box;

      if (request == NULL)
        return;

      self->request_grid = gtk_grid_new ();
      gtk_grid_set_column_spacing (GTK_GRID (self->request_grid), 6);
      gtk_widget_set_margin_top (self->request_grid, 6);
      self->withdraw_button = new_request_button (_("_Withdraw"), _("Withdraw the request to your friend"));
      self->ask_again_button = new_request_button (_("Ask _Again"), _("Send your friend the request again"));
      gtk_grid_attach (GTK_GRID (self->request_grid), self->withdraw_button, 0, 0, 1, 1);
      gtk_grid_attach (GTK_GRID (self->request_grid), self->ask_again_button, 1, 0, 1, 1);
      /* Made after the page was tidied: named here, once, by their text. */
      tickets_accessible_tidy_names (self->request_grid);
      /* Under the personalization line, above the price. */
      box = gtk_widget_get_parent (self->save_grid);
      gtk_box_insert_child_after (GTK_BOX (box), self->request_grid, self->save_grid);
    }

  if (request != NULL)
    {
      target = g_variant_ref_sink (g_variant_new_string (request));
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->withdraw_button), target);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->withdraw_button), TICKETS_TICKET_ROW_WITHDRAW_REQUEST_ACTION);
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->ask_again_button), target);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->ask_again_button), TICKETS_TICKET_ROW_ASK_AGAIN_ACTION);
      g_variant_unref (target);
    }
  else
    {
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->withdraw_button), NULL);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->ask_again_button), NULL);
    }
  gtk_widget_set_visible (self->request_grid, request != NULL);
}

/* Returns the short sentence the row's accessible label ends with. */
static char *
update_personalization (TicketsTicketRow *self)
{
  TicketsPersonalizationState state = tickets_ticket_get_personalization_state (self->ticket, NULL);
  GDateTime *end = tickets_ticket_get_personalization_end (self->ticket);
  GDateTime *start = tickets_ticket_get_personalization_start (self->ticket);
  g_autofree char *text = NULL;
  g_autofree char *time_left = NULL;
  const char *icon = NULL;
  const char *style = NULL;

  switch (state)
    {
    case TICKETS_PERSONALIZATION_STATE_PERSONALIZED:
      {
        g_autofree char *name = holder_name (tickets_ticket_get_consumer (self->ticket));

        if (name != NULL && name[0] != '\0')
          text = g_strdup_printf (_("Personalized: %s"), name);
        else
          text = g_strdup (_("Personalized"));
        icon = "emblem-ok-symbolic";
        style = "success";
      }
      break;

    case TICKETS_PERSONALIZATION_STATE_NEEDED:
      if (self->shows_requests && tickets_ticket_get_pending_request_uri (self->ticket) != NULL)
        {
          g_autofree char *asked = format_asked (tickets_ticket_get_pending_request_created_at (self->ticket));

          /* The address is the friend's, typed by a person: the label
           * shows it as text, never as markup. */
          if (asked != NULL)
            /* Translators: %1$s is the friend's email address, %2$s when they were asked, as in "asked 2 minutes ago". */
            text = g_strdup_printf (_("Waiting for %1$s, %2$s"),
                                    tickets_ticket_get_pending_request_email (self->ticket), asked);
          else
            /* Translators: %s is the friend's email address. */
            text = g_strdup_printf (_("Waiting for %s"), tickets_ticket_get_pending_request_email (self->ticket));
          if (end != NULL)
            time_left = format_time_left (end);
          icon = "mail-send-symbolic";
          style = "accent";
          break;
        }

      if (end != NULL)
        {
          g_autofree char *date = format_date (end);

          text = g_strdup_printf (_("Needs a name by %s"), date);
          time_left = format_time_left (end);
        }
      else
        text = g_strdup (_("Needs a name"));
      icon = "avatar-default-symbolic";
      style = "warning";
      break;

    case TICKETS_PERSONALIZATION_STATE_NOT_YET_OPEN:
      if (start != NULL)
        {
          g_autofree char *date = format_date (start);

          text = g_strdup_printf (_("Personalization opens on %s"), date);
        }
      else
        text = g_strdup (_("Personalization is not open yet"));
      icon = "alarm-symbolic";
      style = "dim-label";
      break;

    case TICKETS_PERSONALIZATION_STATE_CLOSED:
      if (end != NULL)
        {
          g_autofree char *date = format_date (end);

          text = g_strdup_printf (_("Personalization closed on %s"), date);
        }
      else
        text = g_strdup (_("Personalization is closed"));
      icon = "changes-prevent-symbolic";
      style = "dim-label";
      break;

    case TICKETS_PERSONALIZATION_STATE_NOT_REQUIRED:
      text = g_strdup (_("No name needed"));
      style = "dim-label";
      break;

    case TICKETS_PERSONALIZATION_STATE_INVALID:
    default:
      text = g_strdup (_("This ticket is no longer valid"));
      style = "dim-label";
      break;
    }

  tickets_show_label (self->personalization_label, text);
  tickets_show_label (self->time_left_label, time_left);

  {
    const char *request = NULL;

    if (state == TICKETS_PERSONALIZATION_STATE_NEEDED && self->shows_requests)
      request = tickets_ticket_get_pending_request_uri (self->ticket);
    update_request_buttons (self, request);
    update_clock (self, request != NULL);
  }

  if (icon != NULL)
    gtk_image_set_from_icon_name (self->personalization_icon, icon);
  gtk_widget_set_visible (GTK_WIDGET (self->personalization_icon), icon != NULL);
  swap_style (GTK_WIDGET (self->personalization_icon), &self->personalization_style, style);

  if (time_left != NULL)
    return g_strdup_printf ("%s, %s", text, time_left);

  return g_steal_pointer (&text);
}


/* Returns the sentence about the app's own work on the ticket, NULL when
 * there is none: a draft kept for later, a save on its way or refused. */
static char *
update_save (TicketsTicketRow *self)
{
  TicketsSaveState state = self->ticket != NULL ? tickets_ticket_get_save_state (self->ticket) : TICKETS_SAVE_STATE_NONE;
  TicketsConsumer *draft = self->ticket != NULL ? tickets_ticket_get_draft (self->ticket) : NULL;
  g_autofree char *text = NULL;
  const char *icon = NULL;
  const char *style = NULL;

  switch (state)
    {
    case TICKETS_SAVE_STATE_SAVING:
      text = g_strdup (_("Saving…"));
      style = "dim-label";
      break;

    case TICKETS_SAVE_STATE_FAILED:
      /* Said only when true: naming several at once keeps what was typed
       * in its own forms, not as the ticket's draft. */
      if (draft != NULL)
        /* Translators: %s says why the server or the network refused. */
        text = g_strdup_printf (_("Not saved, your draft is kept: %s"),
                                tickets_ticket_get_save_error (self->ticket)->message);
      else
        /* Translators: %s says why the server or the network refused. */
        text = g_strdup_printf (_("Not saved: %s"), tickets_ticket_get_save_error (self->ticket)->message);
      icon = "dialog-error-symbolic";
      style = "error";
      break;

    case TICKETS_SAVE_STATE_QUEUED:
      /* Neither saved nor failed: the outbox sends it once the server can
       * be reached, and a toast says when it went through. */
      text = g_strdup (_("Not sent yet: kept on this computer"));
      icon = "mail-send-receive-symbolic";
      style = "warning";
      break;

    case TICKETS_SAVE_STATE_NONE:
    default:
      if (draft != NULL)
        {
          text = g_strdup (_("Draft, not sent yet"));
          icon = "document-edit-symbolic";
          style = "accent";
        }
      break;
    }

  gtk_widget_set_visible (self->save_grid, text != NULL);
  tickets_show_label (self->save_label, text);
  gtk_widget_set_visible (self->save_spinner, state == TICKETS_SAVE_STATE_SAVING);
  gtk_spinner_set_spinning (GTK_SPINNER (self->save_spinner), state == TICKETS_SAVE_STATE_SAVING);
  if (icon != NULL)
    gtk_image_set_from_icon_name (self->save_icon, icon);
  gtk_widget_set_visible (GTK_WIDGET (self->save_icon), icon != NULL);
  swap_style (GTK_WIDGET (self->save_label), &self->save_style, style);
  swap_style (GTK_WIDGET (self->save_icon), &self->save_icon_style, style);

  return g_steal_pointer (&text);
}

/* A round icon button that names its action by its tooltip. */
static GtkWidget *
new_eticket_button (const char *icon_name,
                    const char *name)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "circular");

  return button;
}

/* Without a link a button names no action, so that nothing can reach the
 * previous ticket's e-ticket; the target goes first so that it always has
 * the action's parameter type. */
static void
point_at_eticket (GtkWidget  *button,
                  const char *action_name,
                  const char *uri)
{
  if (uri != NULL)
    {
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_string (uri));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
    }
  else
    gtk_actionable_set_action_name (GTK_ACTIONABLE (button), NULL);
  gtk_widget_set_visible (button, uri != NULL);
}

static void
update_eticket (TicketsTicketRow *self)
{
  const char *uri = self->ticket != NULL ? tickets_ticket_get_eticket_uri (self->ticket) : NULL;
  gboolean has_eticket = uri != NULL && uri[0] != '\0';

  if (self->eticket_button == NULL)
    {
      GtkWidget *box;

      if (!has_eticket)
        return;

      /* Built only for a ticket that has an e-ticket: most rows never do. */
      box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
      gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
      self->eticket_button = new_eticket_button ("document-save-symbolic", _("Download E-ticket"));
      self->copy_link_button = new_eticket_button ("edit-copy-symbolic", _("Copy E-ticket Link"));
      gtk_box_append (GTK_BOX (box), self->eticket_button);
      gtk_box_append (GTK_BOX (box), self->copy_link_button);
      gtk_grid_attach (GTK_GRID (adw_bin_get_child (ADW_BIN (self))), box, 1, 0, 1, 1);
    }

  point_at_eticket (self->eticket_button, TICKETS_TICKET_ROW_OPEN_ETICKET_ACTION, has_eticket ? uri : NULL);
  point_at_eticket (self->copy_link_button, TICKETS_TICKET_ROW_COPY_ETICKET_LINK_ACTION, has_eticket ? uri : NULL);
}

static void
update_row (TicketsTicketRow *self)
{
  TicketsSeating *seating;
  TicketsAmount *price;
  const char *title;
  g_autofree char *seating_text = NULL;
  g_autofree char *price_text = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *save = NULL;
  g_autofree char *accessible = NULL;

  if (self->ticket == NULL)
    {
      tickets_show_label (self->title_label, NULL);
      tickets_show_label (self->subproduct_label, NULL);
      tickets_show_label (self->seating_label, NULL);
      tickets_show_label (self->personalization_label, NULL);
      tickets_show_label (self->time_left_label, NULL);
      tickets_show_label (self->price_label, NULL);
      tickets_show_label (self->code_label, NULL);
      set_status (self, NULL, NULL);
      gtk_widget_set_visible (GTK_WIDGET (self->personalization_icon), FALSE);
      update_eticket (self);
      update_request_buttons (self, NULL);
      update_clock (self, FALSE);
      g_free (update_save (self));
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL);
      return;
    }

  title = self->product != NULL ? tickets_best_text (tickets_product_get_name (self->product)) : NULL;
  if (title == NULL)
    title = _("Ticket");
  tickets_show_label (self->title_label, title);
  tickets_show_label (self->subproduct_label, tickets_best_text (tickets_ticket_get_subproduct (self->ticket)));

  seating = tickets_ticket_get_seating (self->ticket);
  if (seating != NULL && !tickets_seating_is_empty (seating))
    seating_text = tickets_format_seating (seating);
  tickets_show_label (self->seating_label, seating_text);

  price = tickets_ticket_get_price (self->ticket);
  if (price != NULL)
    price_text = tickets_format_amount (price);
  tickets_show_label (self->price_label, price_text);
  tickets_show_label (self->code_label, tickets_ticket_get_code (self->ticket));

  update_status (self);
  summary = update_personalization (self);
  save = update_save (self);
  update_eticket (self);

  /* Translators: how a screen reader reads one ticket in a list: the product,
   * its status, then what its personalization needs, as in "Weekend ticket,
   * Valid, Needs a name by 4 July 2026, 3 days left". */
  accessible = g_strdup_printf (_("%1$s, %2$s, %3$s"), title,
                                gtk_label_get_label (self->status_label), summary);
  if (save != NULL)
    {
      g_autofree char *readable = g_steal_pointer (&accessible);

      /* Translators: a ticket as a screen reader reads it, then what the app is doing with it, as in "…, Saving…". */
      accessible = g_strdup_printf (_("%1$s, %2$s"), readable, save);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
}

static gboolean
on_clock_tick (gpointer user_data)
{
  /* Only the relative time moves; the accessible label moves with it. */
  update_row (user_data);

  return G_SOURCE_CONTINUE;
}

/* The tooltip is asked for rather than set: a tooltip text set on every new
 * row made building a list's two hundred rows slower, and slower again with
 * every list built. */
static gboolean
on_code_query_tooltip (GtkWidget  *widget,
                       int         x,
                       int         y,
                       gboolean    keyboard_mode,
                       GtkTooltip *tooltip)
{
  gtk_tooltip_set_text (tooltip, _("Barcode"));

  return TRUE;
}

static void
on_product_notify (TicketsTicketRow *self)
{
  update_row (self);
}

static void
watch_product (TicketsTicketRow *self)
{
  TicketsProduct *product = self->ticket != NULL ? tickets_ticket_get_product (self->ticket) : NULL;

  if (product == self->product)
    return;

  if (self->product != NULL)
    g_signal_handlers_disconnect_by_func (self->product, on_product_notify, self);
  g_set_object (&self->product, product);
  if (product != NULL)
    g_signal_connect_object (product, "notify::name", G_CALLBACK (on_product_notify), self, G_CONNECT_SWAPPED);
}

static void
on_ticket_notify (TicketsTicketRow *self,
                  GParamSpec       *pspec)
{
  if (g_strcmp0 (pspec->name, "product") == 0)
    watch_product (self);
  update_row (self);
}

TicketsTicket *
tickets_ticket_row_get_ticket (TicketsTicketRow *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET_ROW (self), NULL);

  return self->ticket;
}

void
tickets_ticket_row_set_ticket (TicketsTicketRow *self,
                               TicketsTicket    *ticket)
{
  g_return_if_fail (TICKETS_IS_TICKET_ROW (self));
  g_return_if_fail (ticket == NULL || TICKETS_IS_TICKET (ticket));

  if (self->ticket == ticket)
    return;

  if (self->ticket != NULL)
    g_signal_handlers_disconnect_by_func (self->ticket, on_ticket_notify, self);
  g_set_object (&self->ticket, ticket);
  if (ticket != NULL)
    g_signal_connect_object (ticket, "notify", G_CALLBACK (on_ticket_notify), self, G_CONNECT_SWAPPED);

  watch_product (self);
  update_row (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TICKET]);
}

static GtkSizeRequestMode
get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

/* GtkListView (GTK 4.8) sums its rows' heights for no width at all, and
 * GtkGrid gives that as its height at its narrowest, every label broken at
 * every word: the list would end far below its last row. The height at the
 * natural width is what a row shows when nothing narrows it. */
static void
measure_row (GtkWidget      *widget,
             GtkOrientation  orientation,
             int             for_size,
             int            *minimum,
             int            *natural,
             int            *minimum_baseline,
             int            *natural_baseline)
{
  GtkWidget *grid = adw_bin_get_child (ADW_BIN (widget));

  if (orientation == GTK_ORIENTATION_VERTICAL && for_size < 0)
    gtk_widget_measure (grid, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &for_size, NULL, NULL);
  gtk_widget_measure (grid, orientation, for_size, minimum, natural, minimum_baseline, natural_baseline);
}

static void
allocate_row (GtkWidget *widget,
              int        width,
              int        height,
              int        baseline)
{
  gtk_widget_allocate (adw_bin_get_child (ADW_BIN (widget)), width, height, baseline, NULL);
}

GtkWidget *
tickets_ticket_row_new (TicketsTicket *ticket)
{
  g_return_val_if_fail (ticket == NULL || TICKETS_IS_TICKET (ticket), NULL);

  return g_object_new (TICKETS_TYPE_TICKET_ROW, "ticket", ticket, NULL);
}

const char *
tickets_ticket_row_get_title_text (TicketsTicketRow *self)
{
  return gtk_label_get_label (self->title_label);
}

const char *
tickets_ticket_row_get_code_text (TicketsTicketRow *self)
{
  return gtk_label_get_label (self->code_label);
}

const char *
tickets_ticket_row_get_status_text (TicketsTicketRow *self)
{
  return gtk_label_get_label (self->status_label);
}

const char *
tickets_ticket_row_get_status_style (TicketsTicketRow *self)
{
  return self->status_style;
}

const char *
tickets_ticket_row_get_personalization_text (TicketsTicketRow *self)
{
  return gtk_label_get_label (self->personalization_label);
}

GtkWidget *
tickets_ticket_row_get_copy_link_button (TicketsTicketRow *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET_ROW (self), NULL);

  return self->copy_link_button;
}

GtkWidget *
tickets_ticket_row_get_eticket_button (TicketsTicketRow *self)
{
  return self->eticket_button;
}

const char *
tickets_ticket_row_get_save_text (TicketsTicketRow *self)
{
  return gtk_widget_get_visible (self->save_grid) ? gtk_label_get_label (self->save_label) : NULL;
}

gboolean
tickets_ticket_row_get_request_buttons_visible (TicketsTicketRow *self)
{
  return self->request_grid != NULL && gtk_widget_get_visible (self->request_grid);
}

/**
 * tickets_ticket_row_set_shows_requests:
 * @self: a #TicketsTicketRow
 * @shows_requests: whether the row says that a friend was asked
 *
 * The buyer's order shows a friend's pending request, with Withdraw and
 * Ask Again; the friend's own view of the request does not.
 */
void
tickets_ticket_row_set_shows_requests (TicketsTicketRow *self,
                                       gboolean          shows_requests)
{
  g_return_if_fail (TICKETS_IS_TICKET_ROW (self));

  shows_requests = !!shows_requests;
  if (self->shows_requests == shows_requests)
    return;
  self->shows_requests = shows_requests;
  update_row (self);
}

static void
tickets_ticket_row_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  TicketsTicketRow *self = TICKETS_TICKET_ROW (object);

  switch (prop_id)
    {
    case PROP_TICKET:
      g_value_set_object (value, self->ticket);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_ticket_row_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  TicketsTicketRow *self = TICKETS_TICKET_ROW (object);

  switch (prop_id)
    {
    case PROP_TICKET:
      tickets_ticket_row_set_ticket (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_ticket_row_dispose (GObject *object)
{
  TicketsTicketRow *self = TICKETS_TICKET_ROW (object);

  g_clear_handle_id (&self->clock_id, g_source_remove);
  if (self->product != NULL)
    g_signal_handlers_disconnect_by_func (self->product, on_product_notify, self);
  g_clear_object (&self->product);
  if (self->ticket != NULL)
    g_signal_handlers_disconnect_by_func (self->ticket, on_ticket_notify, self);
  g_clear_object (&self->ticket);

  gtk_widget_dispose_template (GTK_WIDGET (object), TICKETS_TYPE_TICKET_ROW);

  G_OBJECT_CLASS (tickets_ticket_row_parent_class)->dispose (object);
}

static void
tickets_ticket_row_class_init (TicketsTicketRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tickets_ticket_row_dispose;
  object_class->get_property = tickets_ticket_row_get_property;
  object_class->set_property = tickets_ticket_row_set_property;

  properties[PROP_TICKET] =
    g_param_spec_object ("ticket", NULL, NULL,
                         TICKETS_TYPE_TICKET,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Tickets/views/tickets-ticket-row.ui");
  gtk_widget_class_bind_template_child (widget_class, TicketsTicketRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, TicketsTicketRow, status_label);
  gtk_widget_class_bind_template_child (widget_class, TicketsTicketRow, subproduct_label);
  gtk_widget_class_bind_template_child (widget_class, TicketsTicketRow, seating_label);
  gtk_widget_class_bind_template_child (widget_class, TicketsTicketRow, personalization_icon);
  gtk_widget_class_bind_template_child (widget_class, TicketsTicketRow, personalization_label);
  gtk_widget_class_bind_template_child (widget_class, TicketsTicketRow, time_left_label);
  gtk_widget_class_bind_template_child (widget_class, TicketsTicketRow, price_label);
  gtk_widget_class_bind_template_child (widget_class, TicketsTicketRow, code_label);
  gtk_widget_class_bind_template_child (widget_class, TicketsTicketRow, save_grid);
  gtk_widget_class_bind_template_child (widget_class, TicketsTicketRow, save_spinner);
  gtk_widget_class_bind_template_child (widget_class, TicketsTicketRow, save_icon);
  gtk_widget_class_bind_template_child (widget_class, TicketsTicketRow, save_label);
  gtk_widget_class_bind_template_callback (widget_class, on_code_query_tooltip);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);

}

static void
tickets_ticket_row_init (TicketsTicketRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_layout_manager (GTK_WIDGET (self), gtk_custom_layout_new (get_request_mode, measure_row, allocate_row));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->code_label),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _("Barcode"),
                                  -1);
  update_row (self);
}
