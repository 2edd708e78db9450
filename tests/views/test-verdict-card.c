/* test-verdict-card.c: the box office's verdict card for each kind of
 * verdict, from hand-made tickets: its title, colour, icon, the rows it
 * shows, its text never read as markup, and colours that read in both
 * styles
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tickets-test-views.h"
#include "tickets-verdict-card.h"

#define CODE "8663092874786"

static GDateTime *
new_time (int minutes)
{
  g_autoptr(GDateTime) base = g_date_time_new_utc (2026, 7, 4, 12, 0, 0);

  return g_date_time_add_minutes (base, minutes);
}

static TicketsI18nText *
new_text (const char *english)
{
  TicketsI18nText *text = tickets_i18n_text_new ();

  tickets_i18n_text_set (text, "en", english);

  return text;
}

/* A valid ticket for "Summer Festival", Weekend · Grandstand, €89.50, in
 * no seat, held by no one yet. */
static TicketsTicket *
new_ticket (void)
{
  TicketsTicket *ticket = tickets_ticket_new ("0123456789abcdef0123456789abcdef");
  g_autoptr(TicketsEvent) event = tickets_event_new ("5b3e9744999d4d0ca56b4c5ca1f4dc49");
  g_autoptr(TicketsProduct) product = tickets_product_new ("4a8f0a6caa874d80acff3834da9bc124");
  g_autoptr(TicketsI18nText) title = new_text ("Summer Festival");
  g_autoptr(TicketsI18nText) name = new_text ("Weekend");
  g_autoptr(TicketsI18nText) sub = new_text ("Grandstand");
  g_autoptr(TicketsAmount) price = tickets_amount_new ("EUR", 8950, 2);

  tickets_event_set_title (event, title);
  tickets_product_set_name (product, name);
  tickets_ticket_set_code (ticket, CODE);
  tickets_ticket_set_status (ticket, "valid");
  tickets_ticket_set_event (ticket, event);
  tickets_ticket_set_product (ticket, product);
  tickets_ticket_set_subproduct (ticket, sub);
  tickets_ticket_set_price (ticket, price);

  return ticket;
}

static TicketsVerdictCard *
new_card (void)
{
  return g_object_ref_sink (TICKETS_VERDICT_CARD (tickets_verdict_card_new ()));
}

static void
show (TicketsVerdictCard *card,
      TicketsVerdictKind  kind,
      TicketsTicket      *ticket,
      TicketsOrder       *order,
      GDateTime          *earlier)
{
  g_autoptr(GDateTime) now = new_time (0);
  g_autoptr(TicketsVerdict) verdict = tickets_verdict_new (kind, CODE, kind == TICKETS_VERDICT_NOT_FOUND ? NULL : ticket,
                                                           now);

  tickets_verdict_card_set_verdict (card, verdict, order, earlier);
}

static gboolean
match_image (GtkWidget     *widget,
             gconstpointer  data)
{
  return GTK_IS_IMAGE (widget);
}

static const char *
get_icon (TicketsVerdictCard *card)
{
  GtkWidget *image = tickets_test_find_widget (card, match_image, NULL);

  g_assert_nonnull (image);
  return gtk_image_get_icon_name (GTK_IMAGE (image));
}

static gboolean
is_shown (GtkWidget *widget)
{
  for (; widget != NULL; widget = gtk_widget_get_parent (widget))
    if (!gtk_widget_get_visible (widget))
      return FALSE;
  return TRUE;
}

static gboolean
shows_label (TicketsVerdictCard *card,
             const char         *text)
{
  GtkWidget *label = tickets_test_find_label (card, text);

  return label != NULL && is_shown (label);
}

static gboolean
shows_button (TicketsVerdictCard *card,
              const char         *name)
{
  GtkWidget *button = tickets_test_find_control (card, name);

  return button != NULL && is_shown (button);
}

static void
assert_accessible_label (TicketsVerdictCard *card,
                         const char         *label)
{
  g_autofree char *mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (card),
                                                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label);

  g_assert_null (mismatch);
}

typedef struct
{
  TicketsVerdictKind  kind;
  const char         *title;
  const char         *style;
  const char         *icon;
  const char         *sound;
} Expected;

/* One meaning each: every kind's title, colour, icon and sound, with the
 * colour, icon and sound the same within a tone and different across. */
static void
test_kinds (void)
{
  static const Expected expected[] = {
    { TICKETS_VERDICT_VALID, "Valid", "tickets-verdict-good", "emblem-ok-symbolic", "complete" },
    { TICKETS_VERDICT_ALREADY_SCANNED, "Already Scanned", "tickets-verdict-warning", "dialog-warning-symbolic", "dialog-warning" },
    { TICKETS_VERDICT_NEEDS_NAME, "Needs a Name First", "tickets-verdict-attention", "contact-new-symbolic", "window-attention" },
    { TICKETS_VERDICT_REISSUED, "Invalid: Re-issued", "tickets-verdict-bad", "action-unavailable-symbolic", "dialog-error" },
    { TICKETS_VERDICT_CANCELLED, "Invalid: Cancelled", "tickets-verdict-bad", "action-unavailable-symbolic", "dialog-error" },
    { TICKETS_VERDICT_VOIDED, "Invalid: Voided", "tickets-verdict-bad", "action-unavailable-symbolic", "dialog-error" },
    { TICKETS_VERDICT_OTHER_EVENT, "Not for This Event", "tickets-verdict-bad", "action-unavailable-symbolic", "dialog-error" },
    { TICKETS_VERDICT_EXPIRED, "No Longer Scannable", "tickets-verdict-bad", "action-unavailable-symbolic", "dialog-error" },
    { TICKETS_VERDICT_SUBSCRIPTION_INACTIVE, "Subscription Not Active", "tickets-verdict-bad", "action-unavailable-symbolic", "dialog-error" },
    { TICKETS_VERDICT_NOT_FOUND, "Not Found", "tickets-verdict-bad", "action-unavailable-symbolic", "dialog-error" },
  };
  g_autoptr(TicketsTicket) ticket = new_ticket ();
  TicketsVerdictCard *card = new_card ();

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      TicketsVerdictTone tone = tickets_verdict_kind_get_tone (expected[i].kind);

      show (card, expected[i].kind, ticket, NULL, NULL);
      g_assert_cmpstr (tickets_verdict_card_get_title (card), ==, expected[i].title);
      g_assert_true (shows_label (card, expected[i].title));
      g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (card), expected[i].style));
      g_assert_cmpstr (get_icon (card), ==, expected[i].icon);
      g_assert_cmpstr (tickets_verdict_card_sound_for_tone (tone), ==, expected[i].sound);
      g_assert_cmpstr (tickets_verdict_card_style_for_tone (tone), ==, expected[i].style);

      /* The previous verdict's colour is gone. */
      for (guint j = 0; j < G_N_ELEMENTS (expected); j++)
        if (strcmp (expected[j].style, expected[i].style) != 0)
          g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (card), expected[j].style));
    }

  g_assert_finalize_object (card);
}

/* Why, under the title: the code that was not found, the event a ticket
 * is for, the status the server gave; and the accessible label says both. */
static void
test_details (void)
{
  g_autoptr(TicketsTicket) ticket = new_ticket ();
  TicketsVerdictCard *card = new_card ();

  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (card)), ==, GTK_ACCESSIBLE_ROLE_ALERT);
  show (card, TICKETS_VERDICT_NOT_FOUND, ticket, NULL, NULL);
  g_assert_cmpstr (tickets_verdict_card_get_detail (card), ==,
                   "No ticket of the chosen events has the code " CODE ".");
  assert_accessible_label (card, "Not Found. No ticket of the chosen events has the code " CODE ".");
  /* No ticket, no rows. */
  g_assert_false (shows_label (card, "Product"));

  show (card, TICKETS_VERDICT_OTHER_EVENT, ticket, NULL, NULL);
  g_assert_cmpstr (tickets_verdict_card_get_detail (card), ==, "This ticket is for “Summer Festival”.");
  g_assert_true (shows_label (card, "This ticket is for “Summer Festival”."));

  tickets_ticket_set_status (ticket, "blocked");
  show (card, TICKETS_VERDICT_VOIDED, ticket, NULL, NULL);
  g_assert_cmpstr (tickets_verdict_card_get_detail (card), ==, "The ticket’s status is “blocked”.");

  show (card, TICKETS_VERDICT_VALID, ticket, NULL, NULL);
  g_assert_cmpstr (tickets_verdict_card_get_detail (card), ==, "");
  assert_accessible_label (card, "Valid");

  g_assert_finalize_object (card);
}

/* The shift log's earlier lookup of the same code, counted from this one. */
static void
test_earlier (void)
{
  g_autoptr(TicketsTicket) ticket = new_ticket ();
  g_autoptr(GDateTime) three_ago = new_time (-3);
  g_autoptr(GDateTime) just_now = new_time (0);
  TicketsVerdictCard *card = new_card ();

  show (card, TICKETS_VERDICT_ALREADY_SCANNED, ticket, NULL, three_ago);
  g_assert_cmpstr (tickets_verdict_card_get_detail (card), ==, "Also scanned 3 min ago at this counter.");
  assert_accessible_label (card, "Already Scanned. Also scanned 3 min ago at this counter.");

  show (card, TICKETS_VERDICT_ALREADY_SCANNED, ticket, NULL, NULL);
  g_assert_cmpstr (tickets_verdict_card_get_detail (card), ==, "It was scanned before, not at this counter.");

  show (card, TICKETS_VERDICT_VALID, ticket, NULL, just_now);
  g_assert_cmpstr (tickets_verdict_card_get_detail (card), ==,
                   "Also scanned less than a minute ago at this counter.");

  g_assert_finalize_object (card);
}

/* Only the rows that have a value; names as typed, never as markup. */
static void
test_rows (void)
{
  g_autoptr(TicketsTicket) ticket = new_ticket ();
  g_autoptr(TicketsConsumer) holder = tickets_consumer_new ();
  g_autoptr(TicketsOrder) order = tickets_order_new ("4f6cc8bea3ac4cfeb6b41a09bfd80c74");
  g_autoptr(TicketsConsumer) buyer = tickets_consumer_new ();
  g_autoptr(TicketsSeating) seating = tickets_seating_new ();
  GtkWidget *label;
  TicketsVerdictCard *card = new_card ();

  show (card, TICKETS_VERDICT_VALID, ticket, NULL, NULL);
  g_assert_true (shows_label (card, "Product"));
  g_assert_true (shows_label (card, "Weekend · Grandstand"));
  g_assert_true (shows_label (card, "Event"));
  g_assert_true (shows_label (card, "Summer Festival"));
  g_assert_true (shows_label (card, "Price"));
  g_assert_false (shows_label (card, "Holder"));
  g_assert_false (shows_label (card, "Seat"));
  g_assert_false (shows_label (card, "Order"));
  g_assert_false (shows_label (card, "Buyer"));
  g_assert_false (shows_label (card, "Names Accepted"));

  tickets_consumer_set_first_name (holder, "Tom & Jerry");
  tickets_consumer_set_last_name (holder, "<b>");
  tickets_ticket_set_consumer (ticket, holder);
  tickets_seating_set_seat (seating, "7");
  tickets_ticket_set_seating (ticket, seating);
  tickets_order_set_reference (order, "DEMO-<i>0003</i>");
  tickets_consumer_set_first_name (buyer, "Ann");
  tickets_consumer_set_last_name (buyer, "O'Brien & Co");
  tickets_order_set_consumer (order, buyer);

  show (card, TICKETS_VERDICT_VALID, ticket, order, NULL);
  label = tickets_test_find_label (card, "Tom & Jerry <b>");
  g_assert_nonnull (label);
  g_assert_false (gtk_label_get_use_markup (GTK_LABEL (label)));
  g_assert_true (shows_label (card, "Holder"));
  g_assert_true (shows_label (card, "Seat"));
  g_assert_true (shows_label (card, "Order"));
  g_assert_true (shows_label (card, "DEMO-<i>0003</i>"));
  g_assert_true (shows_label (card, "Buyer"));
  g_assert_true (shows_label (card, "Ann O'Brien & Co"));

  /* A new verdict drops the old one's rows. */
  show (card, TICKETS_VERDICT_NOT_FOUND, ticket, NULL, NULL);
  g_assert_null (tickets_test_find_label (card, "Tom & Jerry <b>"));
  g_assert_false (shows_label (card, "Holder"));

  g_assert_finalize_object (card);
}

/* The buttons a verdict calls for, and only those the counter offers; the
 * sentence once for what it does not. */
static void
test_offered (void)
{
  g_autoptr(TicketsTicket) ticket = new_ticket ();
  TicketsVerdictCard *card = new_card ();
  TicketsVerdictCardActions all = TICKETS_VERDICT_CARD_PERSONALIZE | TICKETS_VERDICT_CARD_REISSUE |
                                  TICKETS_VERDICT_CARD_PRINT;

  show (card, TICKETS_VERDICT_NEEDS_NAME, ticket, NULL, NULL);
  g_assert_false (shows_button (card, "Personalize"));
  tickets_verdict_card_set_offered (card, all, NULL);
  g_assert_true (shows_button (card, "Personalize"));
  g_assert_true (shows_button (card, "Re-issue…"));
  g_assert_true (shows_button (card, "Print…"));

  tickets_verdict_card_set_offered (card, TICKETS_VERDICT_CARD_PRINT, "Only the sales and merchant roles may do this.");
  g_assert_false (shows_button (card, "Personalize"));
  g_assert_false (shows_button (card, "Re-issue…"));
  g_assert_true (shows_button (card, "Print…"));
  g_assert_true (shows_label (card, "Only the sales and merchant roles may do this."));

  /* A valid ticket needs no name; a re-issued one nothing at all, and so
   * no sentence about what is not allowed. */
  show (card, TICKETS_VERDICT_VALID, ticket, NULL, NULL);
  tickets_verdict_card_set_offered (card, all, NULL);
  g_assert_false (shows_button (card, "Personalize"));
  g_assert_true (shows_button (card, "Re-issue…"));

  show (card, TICKETS_VERDICT_REISSUED, ticket, NULL, NULL);
  tickets_verdict_card_set_offered (card, all, "Only the sales and merchant roles may do this.");
  g_assert_false (shows_button (card, "Re-issue…"));
  g_assert_false (shows_button (card, "Print…"));
  g_assert_false (shows_label (card, "Only the sales and merchant roles may do this."));

  g_assert_finalize_object (card);
}

/* @value to the power 2.4, without libm: @value² times the fifth root of
 * @value², by Newton's method from above, which converges on [0, 1]. */
static double
pow_2_4 (double value)
{
  double square = value * value;
  double root = 1.0;

  if (square == 0.0)
    return 0.0;
  for (guint i = 0; i < 100; i++)
    root -= (root * root * root * root * root - square) / (5 * root * root * root * root);

  return square * root;
}

/* WCAG 2 relative luminance and contrast ratio. */
static double
luminance (const GdkRGBA *rgba)
{
  double channels[3] = { rgba->red, rgba->green, rgba->blue };

  for (guint i = 0; i < 3; i++)
    channels[i] = channels[i] <= 0.03928 ? channels[i] / 12.92 : pow_2_4 ((channels[i] + 0.055) / 1.055);

  return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
}

static double
contrast (const GdkRGBA *a,
          const GdkRGBA *b)
{
  double la = luminance (a);
  double lb = luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

/* The colours of a tone's band, as style.css gives them. */
static void
read_band_colours (const char *css,
                   const char *style,
                   GdkRGBA    *background,
                   GdkRGBA    *foreground)
{
  g_autofree char *pattern = g_strdup_printf ("\\.%s \\.tickets-verdict-band \\{\\s*background-color: (#[0-9a-f]{6});"
                                              "\\s*color: (#[0-9a-f]{6});", style);
  g_autoptr(GRegex) regex = g_regex_new (pattern, 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *bg = NULL;
  g_autofree char *fg = NULL;

  g_assert_true (g_regex_match (regex, css, 0, &match));
  bg = g_match_info_fetch (match, 1);
  fg = g_match_info_fetch (match, 2);
  g_assert_true (gdk_rgba_parse (background, bg));
  g_assert_true (gdk_rgba_parse (foreground, fg));
}

static gboolean
match_title (GtkWidget     *widget,
             gconstpointer  data)
{
  return gtk_widget_has_css_class (widget, "tickets-verdict-title");
}

/* Each tone's text on its band meets AA (4.5:1, as for small text, though
 * the title is large), and the card really draws the title in that text
 * colour in the light and the dark style. */
static void
test_contrast (void)
{
  static const TicketsVerdictKind kinds[] = {
    TICKETS_VERDICT_VALID, TICKETS_VERDICT_ALREADY_SCANNED, TICKETS_VERDICT_NEEDS_NAME, TICKETS_VERDICT_REISSUED,
  };
  g_autoptr(GBytes) bytes = g_resources_lookup_data ("/org/example/Tickets/style.css", 0, NULL);
  g_autofree char *css = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();
  g_autoptr(TicketsTicket) ticket = new_ticket ();
  AdwStyleManager *manager = adw_style_manager_get_default ();
  TicketsVerdictCard *card = new_card ();
  GtkWindow *window = tickets_test_window_new (GTK_WIDGET (card), 800, 600);
  GtkWidget *title;

  gtk_css_provider_load_from_resource (provider, "/org/example/Tickets/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  for (guint scheme = 0; scheme < 2; scheme++)
    {
      adw_style_manager_set_color_scheme (manager, scheme == 0 ? ADW_COLOR_SCHEME_FORCE_LIGHT
                                                               : ADW_COLOR_SCHEME_FORCE_DARK);
      tickets_test_run_frames ();
      g_assert_cmpint (adw_style_manager_get_dark (manager), ==, scheme == 1);

      for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
        {
          TicketsVerdictTone tone = tickets_verdict_kind_get_tone (kinds[i]);
          GdkRGBA background;
          GdkRGBA foreground;
          GdkRGBA drawn;

          read_band_colours (css, tickets_verdict_card_style_for_tone (tone), &background, &foreground);
          g_assert_cmpfloat (contrast (&background, &foreground), >=, 4.5);

          show (card, kinds[i], ticket, NULL, NULL);
          tickets_test_run_frames ();
          title = tickets_test_find_widget (card, match_title, NULL);
          G_GNUC_BEGIN_IGNORE_DEPRECATIONS
          gtk_style_context_get_color (gtk_widget_get_style_context (title), &drawn);
          G_GNUC_END_IGNORE_DEPRECATIONS
          g_assert_true (gdk_rgba_equal (&drawn, &foreground));
        }
    }

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);
  gtk_style_context_remove_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider));
  tickets_test_destroy_window (window, card);
}

int
main (int    argc,
      char **argv)
{
  if (!tickets_test_views_init (&argc, &argv))
    return g_test_run ();

  g_test_add_func ("/verdict-card/kinds", test_kinds);
  g_test_add_func ("/verdict-card/details", test_details);
  g_test_add_func ("/verdict-card/earlier", test_earlier);
  g_test_add_func ("/verdict-card/rows", test_rows);
  g_test_add_func ("/verdict-card/offered", test_offered);
  g_test_add_func ("/verdict-card/contrast", test_contrast);

  return g_test_run ();
}
