/* tickets-verdict-card.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tickets-date-format.h"
#include "tickets-format.h"
#include "tickets-verdict-card.h"

struct _TicketsVerdictCard
{
  AdwBin                     parent_instance;

  TicketsVerdict            *verdict;
  char                      *title;
  char                      *detail;
  const char                *style;

  GtkWidget                 *band;
  GtkImage                  *icon;
  GtkLabel                  *title_label;
  GtkLabel                  *detail_label;
  GtkGrid                   *details;
  GtkWidget                 *personalize_button;
  GtkWidget                 *reissue_button;
  GtkWidget                 *print_button;
  GtkLabel                  *forbidden_label;
};

G_DEFINE_FINAL_TYPE (TicketsVerdictCard, tickets_verdict_card, ADW_TYPE_BIN)

const char *
tickets_verdict_card_style_for_tone (TicketsVerdictTone tone)
{
  switch (tone)
    {
    case TICKETS_VERDICT_TONE_GOOD:
      return "tickets-verdict-good";
    case TICKETS_VERDICT_TONE_WARNING:
      return "tickets-verdict-warning";
    case TICKETS_VERDICT_TONE_ATTENTION:
      return "tickets-verdict-attention";
    case TICKETS_VERDICT_TONE_BAD:
    default:
      return "tickets-verdict-bad";
    }
}

/* Event sounds of the freedesktop theme (sound-theme-freedesktop), one
 * per tone, so that the staff member hears the verdict without looking. */
const char *
tickets_verdict_card_sound_for_tone (TicketsVerdictTone tone)
{
  switch (tone)
    {
    case TICKETS_VERDICT_TONE_GOOD:
      return "complete";
    case TICKETS_VERDICT_TONE_WARNING:
      return "dialog-warning";
    case TICKETS_VERDICT_TONE_ATTENTION:
      return "window-attention";
    case TICKETS_VERDICT_TONE_BAD:
    default:
      return "dialog-error";
    }
}

/* One icon per tone: a shape to learn at the door, whatever the colour. */
const char *
tickets_verdict_card_icon_for_kind (TicketsVerdictKind kind)
{
  switch (tickets_verdict_kind_get_tone (kind))
    {
    case TICKETS_VERDICT_TONE_GOOD:
      return "emblem-ok-symbolic";
    case TICKETS_VERDICT_TONE_WARNING:
      return "dialog-warning-symbolic";
    case TICKETS_VERDICT_TONE_ATTENTION:
      return "contact-new-symbolic";
    case TICKETS_VERDICT_TONE_BAD:
    default:
      return "action-unavailable-symbolic";
    }
}

const char *
tickets_verdict_card_word_for_kind (TicketsVerdictKind kind)
{
  switch (kind)
    {
    case TICKETS_VERDICT_VALID:
      /* Translators: a verdict in the box office's shift log, one or two words. */
      return C_("verdict", "Valid");
    case TICKETS_VERDICT_ALREADY_SCANNED:
      return C_("verdict", "Scanned");
    case TICKETS_VERDICT_NEEDS_NAME:
      return C_("verdict", "Needs name");
    case TICKETS_VERDICT_REISSUED:
      return C_("verdict", "Re-issued");
    case TICKETS_VERDICT_CANCELLED:
      return C_("verdict", "Cancelled");
    case TICKETS_VERDICT_VOIDED:
      return C_("verdict", "Voided");
    case TICKETS_VERDICT_OTHER_EVENT:
      return C_("verdict", "Other event");
    case TICKETS_VERDICT_EXPIRED:
      return C_("verdict", "Too late");
    case TICKETS_VERDICT_SUBSCRIPTION_INACTIVE:
      return C_("verdict", "No subscription");
    case TICKETS_VERDICT_NOT_FOUND:
    default:
      return C_("verdict", "Not found");
    }
}

TicketsVerdictCardActions
tickets_verdict_card_actions_for (TicketsVerdictKind kind)
{
  switch (kind)
    {
    case TICKETS_VERDICT_NEEDS_NAME:
      return TICKETS_VERDICT_CARD_PERSONALIZE | TICKETS_VERDICT_CARD_REISSUE | TICKETS_VERDICT_CARD_PRINT;
    case TICKETS_VERDICT_VALID:
    case TICKETS_VERDICT_ALREADY_SCANNED:
      return TICKETS_VERDICT_CARD_REISSUE | TICKETS_VERDICT_CARD_PRINT;
    case TICKETS_VERDICT_NOT_FOUND:
    case TICKETS_VERDICT_OTHER_EVENT:
    case TICKETS_VERDICT_REISSUED:
    case TICKETS_VERDICT_CANCELLED:
    case TICKETS_VERDICT_VOIDED:
    case TICKETS_VERDICT_EXPIRED:
    case TICKETS_VERDICT_SUBSCRIPTION_INACTIVE:
    default:
      /* Its barcode no longer lets anyone in: nothing to act on here. */
      return 0;
    }
}

static const char *
get_title (TicketsVerdictKind kind)
{
  switch (kind)
    {
    case TICKETS_VERDICT_VALID:
      return _("Valid");
    case TICKETS_VERDICT_ALREADY_SCANNED:
      return _("Already Scanned");
    case TICKETS_VERDICT_NEEDS_NAME:
      return _("Needs a Name First");
    case TICKETS_VERDICT_REISSUED:
      return _("Invalid: Re-issued");
    case TICKETS_VERDICT_CANCELLED:
      return _("Invalid: Cancelled");
    case TICKETS_VERDICT_VOIDED:
      return _("Invalid: Voided");
    case TICKETS_VERDICT_OTHER_EVENT:
      return _("Not for This Event");
    case TICKETS_VERDICT_EXPIRED:
      return _("No Longer Scannable");
    case TICKETS_VERDICT_SUBSCRIPTION_INACTIVE:
      return _("Subscription Not Active");
    case TICKETS_VERDICT_NOT_FOUND:
    default:
      return _("Not Found");
    }
}

/* "Also scanned 3 min ago at this counter", from the time of this lookup. */
static char *
dup_earlier_text (GDateTime *earlier,
                  GDateTime *now)
{
  GTimeSpan span = g_date_time_difference (now, earlier);
  gint64 minutes = span / G_TIME_SPAN_MINUTE;

  if (minutes < 1)
    return g_strdup (_("Also scanned less than a minute ago at this counter."));
  if (minutes < 60)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         /* Translators: %d is a number of minutes. */
                                         "Also scanned %d min ago at this counter.",
                                         "Also scanned %d min ago at this counter.",
                                         minutes),
                            (int) minutes);
  else
    {
      /* Translators: a time of day, see the g_date_time_format() documentation; keep %H:%M. */
      g_autofree char *time = tickets_date_time_format_local (earlier, _("%H:%M"),
                                                              tickets_clock_format_get_default ());

      /* Translators: %s is a time of day, as in "14:05". */
      return g_strdup_printf (_("Also scanned at %s at this counter."), time);
    }
}

static const char *
get_event_title (TicketsTicket *ticket)
{
  TicketsEvent *event = tickets_ticket_get_event (ticket);

  return event != NULL ? tickets_best_text (tickets_event_get_title (event)) : NULL;
}

/* What the title alone does not say: which event, until when, which
 * status; then whether this counter saw the code before. */
static char *
dup_detail (TicketsVerdict *verdict,
            GDateTime      *earlier)
{
  TicketsTicket *ticket = tickets_verdict_get_ticket (verdict);
  g_autofree char *reason = NULL;
  g_autofree char *again = NULL;

  switch (tickets_verdict_get_kind (verdict))
    {
    case TICKETS_VERDICT_NOT_FOUND:
      /* Translators: %s is a barcode as scanned or typed. */
      reason = g_strdup_printf (_("No ticket of the chosen events has the code %s."),
                                tickets_verdict_get_code (verdict));
      break;
    case TICKETS_VERDICT_OTHER_EVENT:
      if (ticket != NULL && get_event_title (ticket) != NULL)
        /* Translators: %s is the title of an event. */
        reason = g_strdup_printf (_("This ticket is for “%s”."), get_event_title (ticket));
      else
        reason = g_strdup (_("This ticket is for an event not chosen at this counter."));
      break;
    case TICKETS_VERDICT_REISSUED:
      reason = g_strdup (_("This barcode was replaced by a new one and no longer lets anyone in."));
      break;
    case TICKETS_VERDICT_CANCELLED:
      reason = g_strdup (_("The ticket or its order was cancelled."));
      break;
    case TICKETS_VERDICT_VOIDED:
      if (ticket != NULL && tickets_ticket_get_status (ticket) != NULL)
        /* Translators: %s is a ticket's status as the server gives it, such as "blocked". */
        reason = g_strdup_printf (_("The ticket’s status is “%s”."), tickets_ticket_get_status (ticket));
      else
        reason = g_strdup (_("The server does not say this ticket is valid."));
      break;
    case TICKETS_VERDICT_EXPIRED:
      {
        g_autofree char *until = ticket != NULL ? tickets_format_date_time (tickets_ticket_get_scannable_until (ticket)) : NULL;

        if (until != NULL)
          /* Translators: %s is a date and time. */
          reason = g_strdup_printf (_("It could be scanned until %s."), until);
        break;
      }
    case TICKETS_VERDICT_SUBSCRIPTION_INACTIVE:
      reason = g_strdup (_("This ticket needs a subscription that is not active."));
      break;
    case TICKETS_VERDICT_NEEDS_NAME:
      reason = g_strdup (_("Name the ticket before letting the holder in."));
      break;
    case TICKETS_VERDICT_ALREADY_SCANNED:
      if (earlier == NULL)
        reason = g_strdup (_("It was scanned before, not at this counter."));
      break;
    case TICKETS_VERDICT_VALID:
    default:
      break;
    }

  if (earlier != NULL)
    again = dup_earlier_text (earlier, tickets_verdict_get_time (verdict));

  if (reason != NULL && again != NULL)
    return g_strconcat (reason, " ", again, NULL);
  if (reason != NULL)
    return g_steal_pointer (&reason);
  return g_steal_pointer (&again);
}

static void
add_detail (TicketsVerdictCard *self,
            int                *row,
            const char         *key,
            const char         *value)
{
  GtkWidget *key_label;
  GtkWidget *value_label;

  if (value == NULL || value[0] == '\0')
    return;

  key_label = gtk_label_new (key);
  gtk_label_set_xalign (GTK_LABEL (key_label), 1);
  gtk_label_set_yalign (GTK_LABEL (key_label), 0.5);
  gtk_widget_add_css_class (key_label, "dim-label");
  gtk_widget_add_css_class (key_label, "tickets-verdict-key");

  /* gtk_label_new() takes text, never markup: names and titles from the
   * server show as they are. */
  value_label = gtk_label_new (value);
  gtk_label_set_xalign (GTK_LABEL (value_label), 0);
  gtk_label_set_wrap (GTK_LABEL (value_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (value_label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (value_label), FALSE);
  gtk_widget_set_hexpand (value_label, TRUE);
  gtk_widget_add_css_class (value_label, "title-3");
  gtk_widget_add_css_class (value_label, "tickets-verdict-value");
  gtk_accessible_update_relation (GTK_ACCESSIBLE (value_label),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, key_label, NULL,
                                  -1);

  gtk_grid_attach (self->details, key_label, 0, *row, 1, 1);
  gtk_grid_attach (self->details, value_label, 1, *row, 1, 1);
  (*row)++;
}

static char *
dup_window_text (TicketsTicket *ticket)
{
  g_autofree char *start = tickets_format_date_time (tickets_ticket_get_personalization_start (ticket));
  g_autofree char *end = tickets_format_date_time (tickets_ticket_get_personalization_end (ticket));

  if (start != NULL && end != NULL)
    /* Translators: when names are accepted: from a date and time until another. */
    return g_strdup_printf (_("%s until %s"), start, end);
  if (end != NULL)
    /* Translators: %s is a date and time. */
    return g_strdup_printf (_("Until %s"), end);
  if (start != NULL)
    /* Translators: %s is a date and time. */
    return g_strdup_printf (_("From %s"), start);
  return NULL;
}

static char *
dup_product_text (TicketsTicket *ticket)
{
  TicketsProduct *product = tickets_ticket_get_product (ticket);
  const char *name = product != NULL ? tickets_best_text (tickets_product_get_name (product)) : NULL;
  const char *sub = tickets_best_text (tickets_ticket_get_subproduct (ticket));

  if (name != NULL && sub != NULL)
    return g_strdup_printf ("%s · %s", name, sub);
  return g_strdup (name != NULL ? name : sub);
}

static void
fill_details (TicketsVerdictCard *self,
              TicketsTicket      *ticket,
              TicketsOrder       *order)
{
  GtkWidget *child;
  int row = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->details))) != NULL)
    gtk_grid_remove (self->details, child);

  if (ticket != NULL)
    {
      TicketsConsumer *holder = tickets_ticket_get_consumer (ticket);
      TicketsSeating *seating = tickets_ticket_get_seating (ticket);
      TicketsAmount *price = tickets_ticket_get_price (ticket);
      g_autofree char *holder_name = holder != NULL ? tickets_consumer_dup_full_name (holder) : NULL;
      g_autofree char *product = dup_product_text (ticket);
      g_autofree char *seat = seating != NULL && !tickets_seating_is_empty (seating) ? tickets_format_seating (seating) : NULL;
      g_autofree char *amount = price != NULL ? tickets_format_amount (price) : NULL;
      g_autofree char *window = dup_window_text (ticket);

      add_detail (self, &row, _("Holder"), holder_name);
      add_detail (self, &row, _("Event"), get_event_title (ticket));
      add_detail (self, &row, _("Product"), product);
      add_detail (self, &row, _("Seat"), seat);
      if (order != NULL)
        {
          TicketsConsumer *buyer = tickets_order_get_consumer (order);
          g_autofree char *buyer_name = buyer != NULL ? tickets_consumer_dup_full_name (buyer) : NULL;

          add_detail (self, &row, _("Order"), tickets_order_get_reference (order));
          add_detail (self, &row, _("Buyer"), buyer_name);
        }
      add_detail (self, &row, _("Price"), amount);
      add_detail (self, &row, _("Names Accepted"), window);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->details), row > 0);
}

void
tickets_verdict_card_set_verdict (TicketsVerdictCard *self,
                                  TicketsVerdict     *verdict,
                                  TicketsOrder       *order,
                                  GDateTime          *earlier)
{
  TicketsVerdictKind kind;
  g_autofree char *accessible = NULL;

  g_return_if_fail (TICKETS_IS_VERDICT_CARD (self));
  g_return_if_fail (TICKETS_IS_VERDICT (verdict));
  g_return_if_fail (order == NULL || TICKETS_IS_ORDER (order));

  g_set_object (&self->verdict, verdict);
  kind = tickets_verdict_get_kind (verdict);

  if (self->style != NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (self), self->style);
  self->style = tickets_verdict_card_style_for_tone (tickets_verdict_get_tone (verdict));
  gtk_widget_add_css_class (GTK_WIDGET (self), self->style);

  g_free (self->title);
  self->title = g_strdup (get_title (kind));
  g_free (self->detail);
  self->detail = dup_detail (verdict, earlier);
  if (self->detail == NULL)
    self->detail = g_strdup ("");

  gtk_image_set_from_icon_name (self->icon, tickets_verdict_card_icon_for_kind (kind));
  gtk_label_set_text (self->title_label, self->title);
  tickets_show_label (self->detail_label, self->detail);
  fill_details (self, tickets_verdict_get_ticket (verdict), order);

  /* What a screen reader says of the card: the verdict, then why. */
  accessible = self->detail[0] != '\0' ? g_strdup_printf ("%s. %s", self->title, self->detail)
                                       : g_strdup (self->title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);

  tickets_verdict_card_set_offered (self, 0, NULL);
}

TicketsVerdict *
tickets_verdict_card_get_verdict (TicketsVerdictCard *self)
{
  g_return_val_if_fail (TICKETS_IS_VERDICT_CARD (self), NULL);

  return self->verdict;
}

void
tickets_verdict_card_set_offered (TicketsVerdictCard        *self,
                                  TicketsVerdictCardActions  offered,
                                  const char                *forbidden_text)
{
  TicketsVerdictCardActions called_for = 0;

  g_return_if_fail (TICKETS_IS_VERDICT_CARD (self));

  if (self->verdict != NULL)
    called_for = tickets_verdict_card_actions_for (tickets_verdict_get_kind (self->verdict));
  offered &= called_for;

  gtk_widget_set_visible (self->personalize_button, (offered & TICKETS_VERDICT_CARD_PERSONALIZE) != 0);
  gtk_widget_set_visible (self->reissue_button, (offered & TICKETS_VERDICT_CARD_REISSUE) != 0);
  gtk_widget_set_visible (self->print_button, (offered & TICKETS_VERDICT_CARD_PRINT) != 0);
  tickets_show_label (self->forbidden_label, called_for != 0 ? forbidden_text : NULL);
}

const char *
tickets_verdict_card_get_title (TicketsVerdictCard *self)
{
  g_return_val_if_fail (TICKETS_IS_VERDICT_CARD (self), NULL);

  return self->title;
}

const char *
tickets_verdict_card_get_detail (TicketsVerdictCard *self)
{
  g_return_val_if_fail (TICKETS_IS_VERDICT_CARD (self), NULL);

  return self->detail != NULL ? self->detail : "";
}

GtkWidget *
tickets_verdict_card_new (void)
{
  return g_object_new (TICKETS_TYPE_VERDICT_CARD, NULL);
}

static void
tickets_verdict_card_dispose (GObject *object)
{
  TicketsVerdictCard *self = TICKETS_VERDICT_CARD (object);

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), TICKETS_TYPE_VERDICT_CARD);
  g_clear_object (&self->verdict);

  G_OBJECT_CLASS (tickets_verdict_card_parent_class)->dispose (object);
}

static void
tickets_verdict_card_finalize (GObject *object)
{
  TicketsVerdictCard *self = TICKETS_VERDICT_CARD (object);

  g_free (self->title);
  g_free (self->detail);

  G_OBJECT_CLASS (tickets_verdict_card_parent_class)->finalize (object);
}

static void
tickets_verdict_card_class_init (TicketsVerdictCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tickets_verdict_card_dispose;
  object_class->finalize = tickets_verdict_card_finalize;

  /* A screen reader announces an alert as it appears, which the card does
   * for each verdict (the counter shows its loading page in between). */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_ALERT);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Tickets/views/tickets-verdict-card.ui");
  gtk_widget_class_bind_template_child (widget_class, TicketsVerdictCard, band);
  gtk_widget_class_bind_template_child (widget_class, TicketsVerdictCard, icon);
  gtk_widget_class_bind_template_child (widget_class, TicketsVerdictCard, title_label);
  gtk_widget_class_bind_template_child (widget_class, TicketsVerdictCard, detail_label);
  gtk_widget_class_bind_template_child (widget_class, TicketsVerdictCard, details);
  gtk_widget_class_bind_template_child (widget_class, TicketsVerdictCard, personalize_button);
  gtk_widget_class_bind_template_child (widget_class, TicketsVerdictCard, reissue_button);
  gtk_widget_class_bind_template_child (widget_class, TicketsVerdictCard, print_button);
  gtk_widget_class_bind_template_child (widget_class, TicketsVerdictCard, forbidden_label);
}

static void
tickets_verdict_card_init (TicketsVerdictCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
