/* test-languages.c: the window in one of the nine languages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run once per language (tests/views/meson.build), with LANGUAGE, LC_ALL
 * and TZ set the way a user's session sets them: the real application and
 * window against the sandbox, started as main() starts them, show the
 * welcome, the demo order and a ticket's form with the translations of
 * po/<language>.po, the server's texts in that language, dates in the
 * local time zone with the language's month names, prices the way the
 * language writes them, and country names from iso-codes.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "tickets-format.h"
#include "tickets-application.h"
#include "tickets-language.h"
#include "tickets-connect-view.h"
#include "tickets-order-view-private.h"
#include "tickets-preferences-window.h"
#include "tickets-resources.h"
#include "tickets-test-views.h"
#include "tickets-window-private.h"

/* The demo order's reference, which its title shows. */
#define DEMO_REFERENCE "DEMO-0001"
/* What meson.build sets TZ to: an offset from UTC all year round. */
#define TEST_TIME_ZONE "Europe/Amsterdam"

typedef struct
{
  const char *msgid;
  const char *msgstr;
} Translation;

/* The texts are written out, not looked up: the test fails when someone
 * removes or breaks a translation, or when the locale does not apply. */
typedef struct
{
  const char  *code;
  const char  *locale;
  Translation  welcome;       /* the welcome page: its title */
  Translation  description;   /* and what it says under it */
  Translation  main_menu;     /* the header bar's menu button: its tooltip */
  Translation  order_title;   /* the window's title on an order */
  Translation  holder;        /* the window's title on a ticket's form */
  Translation  save;          /* the form's button */
  Translation  first_name;    /* the form's first field, as a screen reader names it */
  const char  *summary;       /* the demo order's count: a plural form, for 3 */
  const char  *event_title;   /* the server's texts, English where the fixture has none */
  const char  *product_name;
  const char  *date_format;   /* tickets_format_date_time()'s format */
  const char  *months[12];    /* as written after a day: genitive in pl and ru */
  const char  *price;         /* EUR 89.50 */
  const char  *big_price;     /* EUR 1234.50 */
  const char  *germany;       /* iso-codes' name for DE */
} Language;

static const Language languages[] = {
  {
    "en", "en_GB.UTF-8",
    { "Welcome to Tickets", "Welcome to Tickets" },
    { "Name the tickets of your order, or serve customers at the box office.", "Name the tickets of your order, or serve customers at the box office." },
    { "Main Menu", "Main Menu" },
    { "Order %s", "Order %s" },
    { "Ticket Holder", "Ticket Holder" },
    { "_Save", "_Save" },
    { "First name", "First name" },
    "3 tickets of 4 still need a name",
    "Summer Sounds Festival", "Weekend ticket",
    "%A %-d %B %Y, %H:%M",
    { "January", "February", "March", "April", "May", "June",
      "July", "August", "September", "October", "November", "December" },
    "€89.50", "€1,234.50", "Germany"
  },
  {
    "nl", "nl_NL.UTF-8",
    { "Welcome to Tickets", "Welkom bij Tickets" },
    { "Name the tickets of your order, or serve customers at the box office.", "Zet namen op de tickets van je bestelling, of help klanten aan de kassa." },
    { "Main Menu", "Hoofdmenu" },
    { "Order %s", "Bestelling %s" },
    { "Ticket Holder", "Tickethouder" },
    { "_Save", "Op_slaan" },
    { "First name", "Voornaam" },
    "3 van de 4 tickets hebben nog een naam nodig",
    "Zomerklanken Festival", "Weekendticket",
    "%A %-d %B %Y, %H:%M",
    { "januari", "februari", "maart", "april", "mei", "juni",
      "juli", "augustus", "september", "oktober", "november", "december" },
    "89,50\u00a0€", "1.234,50\u00a0€", "Duitsland"
  },
  {
    "de", "de_DE.UTF-8",
    { "Welcome to Tickets", "Willkommen bei Tickets" },
    { "Name the tickets of your order, or serve customers at the box office.", "Versehen Sie die Tickets Ihrer Bestellung mit Namen oder bedienen Sie Kundschaft an der Kasse." },
    { "Main Menu", "Hauptmenü" },
    { "Order %s", "Bestellung %s" },
    { "Ticket Holder", "Ticketinhaber" },
    { "_Save", "_Speichern" },
    { "First name", "Vorname" },
    "3 von 4 Tickets brauchen noch einen Namen",
    "Sommerklänge Festival", "Wochenendticket",
    "%A, %-d. %B %Y, %H:%M",
    { "Januar", "Februar", "März", "April", "Mai", "Juni",
      "Juli", "August", "September", "Oktober", "November", "Dezember" },
    "89,50\u00a0€", "1.234,50\u00a0€", "Deutschland"
  },
  {
    "fr", "fr_FR.UTF-8",
    { "Welcome to Tickets", "Bienvenue dans Billets" },
    { "Name the tickets of your order, or serve customers at the box office.", "Rendez nominatifs les billets de votre commande, ou servez les clients à la billetterie." },
    { "Main Menu", "Menu principal" },
    { "Order %s", "Commande %s" },
    { "Ticket Holder", "Titulaire du billet" },
    { "_Save", "_Enregistrer" },
    { "First name", "Prénom" },
    "3 billets sur 4 attendent encore un nom",
    "Festival Sons d'été", "Billet week-end",
    "%A %-d %B %Y à %H:%M",
    { "janvier", "février", "mars", "avril", "mai", "juin",
      "juillet", "août", "septembre", "octobre", "novembre", "décembre" },
    "89,50\u00a0€", "1\u202f234,50\u00a0€", "Allemagne"
  },
  {
    "es", "es_ES.UTF-8",
    { "Welcome to Tickets", "Bienvenido a Entradas" },
    { "Name the tickets of your order, or serve customers at the box office.", "Ponga nombre a las entradas de su pedido o atienda a los clientes en la taquilla." },
    { "Main Menu", "Menú principal" },
    { "Order %s", "Pedido %s" },
    { "Ticket Holder", "Titular de la entrada" },
    { "_Save", "_Guardar" },
    { "First name", "Nombre" },
    "3 de 4 entradas aún necesitan un nombre",
    "Festival Sonidos de Verano", "Entrada de fin de semana",
    "%A, %-d de %B de %Y, %H:%M",
    { "enero", "febrero", "marzo", "abril", "mayo", "junio",
      "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre" },
    "89,50\u00a0€", "1.234,50\u00a0€", "Alemania"
  },
  {
    "pt", "pt_PT.UTF-8",
    { "Welcome to Tickets", "Bem-vindo ao Bilhetes" },
    { "Name the tickets of your order, or serve customers at the box office.", "Dê nome aos bilhetes da sua encomenda ou atenda clientes na bilheteira." },
    { "Main Menu", "Menu principal" },
    { "Order %s", "Encomenda %s" },
    { "Ticket Holder", "Titular do bilhete" },
    { "_Save", "_Guardar" },
    { "First name", "Nome próprio" },
    "3 de 4 bilhetes ainda precisam de um nome",
    "Summer Sounds Festival", "Weekend ticket",
    "%A, %-d de %B de %Y, %H:%M",
    { "janeiro", "fevereiro", "março", "abril", "maio", "junho",
      "julho", "agosto", "setembro", "outubro", "novembro", "dezembro" },
    "89,50\u00a0€", "1.234,50\u00a0€", "Alemanha"
  },
  {
    "tr", "tr_TR.UTF-8",
    { "Welcome to Tickets", "Biletler’e Hoş Geldiniz" },
    { "Name the tickets of your order, or serve customers at the box office.", "Siparişinizdeki biletlere ad verin ya da gişede müşterilere hizmet verin." },
    { "Main Menu", "Ana Menü" },
    { "Order %s", "Sipariş %s" },
    { "Ticket Holder", "Bilet Sahibi" },
    { "_Save", "_Kaydet" },
    { "First name", "Ad" },
    "4 biletten 3 bilet hâlâ ad bekliyor",
    "Yaz Sesleri Festivali", "Hafta sonu bileti",
    "%-d %B %Y %A, %H:%M",
    { "Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran",
      "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık" },
    "89,50\u00a0€", "1.234,50\u00a0€", "Almanya"
  },
  {
    "pl", "pl_PL.UTF-8",
    { "Welcome to Tickets", "Witamy w programie Bilety" },
    { "Name the tickets of your order, or serve customers at the box office.", "Można wpisać nazwiska na biletach z zamówienia lub obsługiwać klientów w kasie." },
    { "Main Menu", "Menu główne" },
    { "Order %s", "Zamówienie %s" },
    { "Ticket Holder", "Posiadacz biletu" },
    { "_Save", "_Zapisz" },
    { "First name", "Imię" },
    "3 bilety z 4 nadal wymagają nazwiska",
    "Festiwal Letnich Dźwięków", "Bilet weekendowy",
    "%A, %-d %B %Y, %H:%M",
    { "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca",
      "lipca", "sierpnia", "września", "października", "listopada", "grudnia" },
    "89,50\u00a0€", "1\u202f234,50\u00a0€", "Niemcy"
  },
  {
    "ru", "ru_RU.UTF-8",
    { "Welcome to Tickets", "Добро пожаловать в «Билеты»" },
    { "Name the tickets of your order, or serve customers at the box office.", "Укажите имена на билетах вашего заказа или обслуживайте покупателей в кассе." },
    { "Main Menu", "Главное меню" },
    { "Order %s", "Заказ %s" },
    { "Ticket Holder", "Владелец билета" },
    { "_Save", "_Сохранить" },
    { "First name", "Имя" },
    "Для 3 билетов из 4 ещё нужно указать имена",
    "Фестиваль «Звуки лета»", "Билет на выходные",
    "%A, %-d %B %Y, %H:%M",
    { "января", "февраля", "марта", "апреля", "мая", "июня",
      "июля", "августа", "сентября", "октября", "ноября", "декабря" },
    "89,50\u00a0€", "1\u202f234,50\u00a0€", "Германия"
  }
};

static const Language *language;
static TicketsTestSandbox *sandbox;
static TicketsApplication *app;
static GSettings *settings;

typedef struct
{
  TicketsWindow *window;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->window = tickets_test_app_window_new (app, settings);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  tickets_test_close_window (fixture->window);
}


static gboolean
is_shown_label (GtkWidget     *widget,
                gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_is_drawable (widget)
         && g_str_equal (gtk_label_get_text (GTK_LABEL (widget)), text);
}

static gboolean
is_shown_label_starting (GtkWidget     *widget,
                         gconstpointer  prefix)
{
  return GTK_IS_LABEL (widget) && gtk_widget_is_drawable (widget)
         && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), prefix);
}

/* A button showing @label, mnemonic included, as its template sets it. */
static gboolean
is_shown_button (GtkWidget     *widget,
                 gconstpointer  label)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_is_drawable (widget)
         && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

static gboolean
has_shown_tooltip (GtkWidget     *widget,
                   gconstpointer  text)
{
  return gtk_widget_is_drawable (widget) && g_strcmp0 (gtk_widget_get_tooltip_text (widget), text) == 0;
}

/* The form's country picker: the combo row with every country in it. */
static gboolean
is_country_picker (GtkWidget     *widget,
                   gconstpointer  data)
{
  return ADW_IS_COMBO_ROW (widget) && g_list_model_get_n_items (adw_combo_row_get_model (ADW_COMBO_ROW (widget))) > 200;
}

/* Fails unless @match finds a widget under @root that shows @text. */
static void
assert_shows (gpointer          root,
              TicketsTestMatch  match,
              const char       *text)
{
  if (tickets_test_find_widget (root, match, text) == NULL)
    g_error ("“%s” is not shown in %s", text, language->code);
}

/* Opens @order and, when @ticket_uid is not NULL, that ticket's form. */
static TicketsTicket *
open_order (Fixture    *fixture,
            const char *order,
            const char *token,
            const char *ticket_uid)
{
  g_autoptr(TicketsAuth) auth = tickets_auth_new_token (TICKETS_AUTH_ORDER_TOKEN, token);
  TicketsOrderView *view = tickets_window_get_order_view (fixture->window);
  TicketsTicket *ticket;

  tickets_window_open_order (fixture->window, order, auth);
  tickets_test_wait_for_page (fixture->window, "order");
  tickets_test_wait_rows (view, 1);

  if (ticket_uid == NULL)
    return NULL;

  ticket = tickets_store_lookup_ticket (tickets_session_get_store (tickets_application_get_session (app)), ticket_uid);
  g_assert_nonnull (ticket);
  g_signal_emit_by_name (view, "ticket-activated", ticket);
  g_assert_cmpstr (tickets_window_get_page_name (fixture->window), ==, "form");
  tickets_test_run_frames ();

  return ticket;
}

/* main() started as the app does: the language and locale asked for, and
 * the translations of this build. */
static void
test_environment (void)
{
  const Translation *translations[] = {
    &language->welcome, &language->description, &language->main_menu, &language->order_title,
    &language->holder, &language->save, &language->first_name,
  };

  g_assert_cmpstr (tickets_language_get_ui (), ==, language->code);
  g_assert_cmpstr (tickets_language_lookup (language->code)->locale, ==, language->locale);
  /* Really installed: an unknown locale would have left C. */
  g_assert_cmpstr (setlocale (LC_MESSAGES, NULL), ==, language->locale);
  g_assert_cmpstr (setlocale (LC_TIME, NULL), ==, language->locale);
  g_assert_cmpstr (setlocale (LC_MONETARY, NULL), ==, language->locale);

  for (gsize i = 0; i < G_N_ELEMENTS (translations); i++)
    g_assert_cmpstr (_(translations[i]->msgid), ==, translations[i]->msgstr);
}

static void
test_welcome (Fixture       *fixture,
              gconstpointer  data)
{
  g_assert_cmpstr (tickets_window_get_page_name (fixture->window), ==, "welcome");
  assert_shows (fixture->window, is_shown_label, language->welcome.msgstr);
  assert_shows (fixture->window, is_shown_label, language->description.msgstr);
  assert_shows (fixture->window, has_shown_tooltip, language->main_menu.msgstr);
}

static gboolean
is_cut_label (GtkWidget     *widget,
              gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_is_drawable (widget) &&
         pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (widget)));
}

/* Fails when a label shown under @root is cut short with an ellipsis. */
static void
assert_nothing_cut (gpointer    root,
                    const char *where)
{
  GtkWidget *cut;

  tickets_test_run_frames ();
  cut = tickets_test_find_widget (root, is_cut_label, NULL);
  if (cut != NULL)
    g_error ("“%s” is cut short in %s, %s", gtk_label_get_text (GTK_LABEL (cut)), where, language->code);
}

static gboolean
is_combo_row (GtkWidget     *widget,
              gconstpointer  data)
{
  return ADW_IS_COMBO_ROW (widget) && gtk_widget_is_drawable (widget);
}

static gboolean
is_popover (GtkWidget     *widget,
            gconstpointer  data)
{
  return GTK_IS_POPOVER (widget);
}

/* Opens each combo row's list under @root, as a click does, and fails when
 * one of its items is cut short. */
static void
assert_no_choice_cut (gpointer    root,
                      const char *where)
{
  GtkWidget *row = tickets_test_find_widget (root, is_combo_row, NULL);
  GtkWidget *popover;
  gint64 deadline = tickets_test_deadline (10);

  g_assert_nonnull (row);
  g_signal_emit_by_name (row, "activate");
  popover = tickets_test_find_widget (row, is_popover, NULL);
  g_assert_nonnull (popover);
  /* A busy display may take the first popup back before it maps. */
  while (!gtk_widget_get_mapped (popover))
    {
      if (!gtk_widget_get_visible (popover))
        gtk_popover_popup (GTK_POPOVER (popover));
      tickets_test_iterate (deadline);
    }
  assert_nothing_cut (popover, where);
  gtk_popover_popdown (GTK_POPOVER (popover));
  tickets_test_run_frames ();
}

/* At the default 960×720, the welcome shows each of its texts whole,
 * whichever server and way of signing in is chosen, and so do the
 * choices of its list and the Preferences. */
static void
test_nothing_cut (Fixture       *fixture,
                  gconstpointer  data)
{
  TicketsConnectView *connect = tickets_window_get_connect_view (fixture->window);
  TicketsPreferencesWindow *preferences;

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 960, 720);
  tickets_test_run_frames ();

  for (TicketsServerKind server = TICKETS_SERVER_DEMO; server <= TICKETS_SERVER_CUSTOM; server++)
    {
      tickets_connect_view_set_server (connect, server, server == TICKETS_SERVER_CUSTOM ? "https://tickets.example.org" : NULL);
      for (TicketsSignInKind kind = TICKETS_SIGN_IN_ORDER; kind <= TICKETS_SIGN_IN_STAFF; kind++)
        {
          g_autofree char *where = g_strdup_printf ("the welcome (server %u, sign-in %u)", server, kind);

          tickets_connect_view_set_sign_in_kind (connect, kind);
          assert_nothing_cut (fixture->window, where);
        }
    }
  assert_no_choice_cut (connect, "the ways of signing in");

  preferences = tickets_preferences_window_new (settings);
  gtk_window_set_transient_for (GTK_WINDOW (preferences), GTK_WINDOW (fixture->window));
  tickets_test_present (GTK_WINDOW (preferences));
  assert_nothing_cut (preferences, "the Preferences");
  assert_no_choice_cut (preferences, "the languages of the Preferences");
  gtk_window_destroy (GTK_WINDOW (preferences));
}

/* The demo order: its title and count from the translations, its event and
 * products from the server in the language, its event's start in local time
 * with the language's month name, its prices as the language writes them. */
static void
test_order (Fixture       *fixture,
            gconstpointer  data)
{
  TicketsOrderView *view = tickets_window_get_order_view (fixture->window);
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier (TEST_TIME_ZONE);
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GString) title = NULL;
  g_autofree char *from = NULL;
  g_autofree char *utc_from = NULL;
  TicketsTicketRow *row;
  TicketsTicket *ticket;
  TicketsEvent *event;

  open_order (fixture, TICKETS_TEST_OR_DEMO, "demo-order-token", NULL);
  title = g_string_new (language->order_title.msgstr);
  g_string_replace (title, "%s", DEMO_REFERENCE, 1);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->window)), ==, title->str);
  g_assert_cmpstr (tickets_order_view_get_summary_text (view), ==, language->summary);
  assert_shows (view, is_shown_label, language->summary);

  ticket = tickets_store_lookup_ticket (tickets_session_get_store (tickets_application_get_session (app)), TICKETS_TEST_TK_DEMO_1);
  row = tickets_test_find_row (view, ticket);
  g_assert_nonnull (row);
  assert_shows (row, is_shown_label, language->product_name);
  assert_shows (row, is_shown_label, language->price);
  assert_shows (view, is_shown_label, language->event_title);

  /* The server sends UTC; the header shows the time where the user is. */
  event = tickets_ticket_get_event (ticket);
  g_assert_nonnull (event);
  g_assert_cmpint (g_date_time_get_utc_offset (tickets_event_get_event_start (event)), ==, 0);
  start = g_date_time_to_timezone (tickets_event_get_event_start (event), zone);
  g_assert_cmpint (g_date_time_get_utc_offset (start), !=, 0);
  from = g_date_time_format (start, language->date_format);
  utc_from = g_date_time_format (tickets_event_get_event_start (event), language->date_format);
  g_assert_cmpstr (from, !=, utc_from);
  g_assert_nonnull (strstr (from, language->months[g_date_time_get_month (start) - 1]));
  assert_shows (view, is_shown_label_starting, from);
}

/* A ticket's form: its window title, its first field and its button. */
static void
test_form (Fixture       *fixture,
           gconstpointer  data)
{
  TicketsPersonalizationFormView *form = tickets_window_get_form_view (fixture->window);

  open_order (fixture, TICKETS_TEST_OR_DEMO, "demo-order-token", TICKETS_TEST_TK_DEMO_2);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->window)), ==, language->holder.msgstr);
  g_assert_nonnull (tickets_test_find_control (form, language->first_name.msgstr));
  assert_shows (form, is_shown_button, language->save.msgstr);

  /* The holder's language, unless a field says otherwise, is the UI's. */
  {
    g_autoptr(TicketsConsumer) consumer = tickets_personalization_form_view_build_consumer (form);

    g_assert_cmpstr (tickets_consumer_get_language (consumer), ==, language->code);
  }
}

/* The form's countries are iso-codes' names in the language, in the
 * language's alphabetical order. */
static void
test_countries (Fixture       *fixture,
                gconstpointer  data)
{
  TicketsPersonalizationFormView *form = tickets_window_get_form_view (fixture->window);
  GtkWidget *picker;
  GListModel *names;
  gboolean found = FALSE;
  guint n_names;

  open_order (fixture, TICKETS_TEST_OR_FULL, "full-order-token", TICKETS_TEST_TK_FULL_FREE);
  picker = tickets_test_find_widget (form, is_country_picker, NULL);
  g_assert_nonnull (picker);
  names = adw_combo_row_get_model (ADW_COMBO_ROW (picker));
  n_names = g_list_model_get_n_items (names);
  g_assert_cmpuint (n_names, >, 200);

  for (guint i = 0; i < n_names; i++)
    {
      const char *name = gtk_string_list_get_string (GTK_STRING_LIST (names), i);

      found |= g_str_equal (name, language->germany);
      if (i > 0)
        g_assert_cmpint (g_utf8_collate (gtk_string_list_get_string (GTK_STRING_LIST (names), i - 1), name), <=, 0);
    }
  g_assert_true (found);
}

/* The locale's separators, grouping included, around the language's
 * order of symbol and number; and a currency's own decimals. */
static void
test_amounts (void)
{
  g_autoptr(TicketsAmount) big = tickets_amount_new ("EUR", 123450, 2);
  g_autoptr(TicketsAmount) yen = tickets_amount_new ("JPY", 150000, 2);
  g_autoptr(TicketsAmount) fraction = tickets_amount_new ("JPY", 150050, 2);
  g_autofree char *big_text = tickets_format_amount (big);
  g_autofree char *yen_text = tickets_format_amount (yen);
  g_autofree char *fraction_text = tickets_format_amount (fraction);
  const char *decimal_point = g_str_equal (language->code, "en") ? "." : ",";
  g_autofree char *zeros = g_strconcat (decimal_point, "00", NULL);
  g_autofree char *cents = g_strconcat ("500", decimal_point, "50", NULL);

  g_assert_cmpstr (big_text, ==, language->big_price);
  /* No decimals for the yen, but money is never rounded away. */
  g_assert_nonnull (strstr (yen_text, "¥"));
  g_assert_nonnull (strstr (yen_text, "500"));
  g_assert_null (strstr (yen_text, zeros));
  g_assert_nonnull (strstr (fraction_text, cents));
}

int
main (int   argc,
      char *argv[])
{
  const char *code = g_getenv ("LANGUAGE");

  for (gsize i = 0; i < G_N_ELEMENTS (languages) && code != NULL; i++)
    if (g_str_equal (languages[i].code, code))
      language = &languages[i];
  if (language == NULL)
    g_error ("LANGUAGE must be one of the nine, not “%s”", code != NULL ? code : "(unset)");

  tickets_test_allow_focus_out_warning ();
  /* As main() does, before anything is translated. */
  tickets_language_init ();
  g_test_init (&argc, &argv, NULL);
  if (!gtk_init_check ())
    {
      g_test_skip ("No display");
      return g_test_run ();
    }
  adw_init ();
  g_assert_nonnull (tickets_get_resource ());

#define ADD(path, func) \
  g_test_add ("/language/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/language/environment", test_environment);
  g_test_add_func ("/language/amounts", test_amounts);
  ADD ("welcome", test_welcome);
  ADD ("nothing-cut", test_nothing_cut);
  ADD ("order", test_order);
  ADD ("form", test_form);
  ADD ("countries", test_countries);

  return tickets_test_run_with_app (&sandbox, &app, &settings);
}
