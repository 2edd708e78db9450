/* test-page-title.c: what the header bar says over each page, for each
 * thing a sign-in can open, and over one of My tickets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-page-title.h"

typedef struct
{
  const char *page;
  const char *home;
  const char *title;
  const char *subtitle;
} Expected;

/* Every page of the window under every home, the order's reference being
 * 1234-ABCD. */
static const Expected expected[] = {
  { "welcome", "welcome",       "Tickets", "" },
  { "loading", "welcome",       "Tickets", "" },
  { "error", "welcome",         "Tickets", "" },
  { "order", "welcome",         "Tickets", "" },
  { "request", "welcome",       "Tickets", "" },
  { "my-tickets", "welcome",    "Tickets", "" },
  { "history", "welcome",       "Names Given", "" },
  { "staff", "welcome",         "Tickets", "" },
  { "batch", "welcome",         "Name Several Tickets", "" },
  { "form", "welcome",          "Ticket Holder", "" },

  { "welcome", "order",         "Tickets", "" },
  { "loading", "order",         "Tickets", "" },
  { "error", "order",           "Tickets", "" },
  { "order", "order",           "Order 1234-ABCD", "" },
  { "request", "order",         "Tickets", "" },
  { "my-tickets", "order",      "Tickets", "" },
  { "history", "order",         "Names Given", "Order 1234-ABCD" },
  { "staff", "order",           "Tickets", "" },
  { "batch", "order",           "Name Several Tickets", "Order 1234-ABCD" },
  { "form", "order",            "Ticket Holder", "Order 1234-ABCD" },

  { "welcome", "request",       "Tickets", "" },
  { "loading", "request",       "Tickets", "" },
  { "error", "request",         "Tickets", "" },
  { "order", "request",         "Tickets", "" },
  { "request", "request",       "Tickets to Name", "" },
  { "my-tickets", "request",    "Tickets", "" },
  { "history", "request",       "Names Given", "Tickets to Name" },
  { "staff", "request",         "Tickets", "" },
  { "batch", "request",         "Name Several Tickets", "Tickets to Name" },
  { "form", "request",          "Ticket Holder", "Tickets to Name" },

  { "welcome", "my-tickets",    "Tickets", "" },
  { "loading", "my-tickets",    "Tickets", "" },
  { "error", "my-tickets",      "Tickets", "" },
  { "order", "my-tickets",      "Tickets", "" },
  { "request", "my-tickets",    "Tickets", "" },
  { "my-tickets", "my-tickets", "My Tickets", "" },
  { "history", "my-tickets",    "Names Given", "My Tickets" },
  { "staff", "my-tickets",      "Tickets", "" },
  { "batch", "my-tickets",      "Name Several Tickets", "My Tickets" },
  { "form", "my-tickets",       "Ticket Holder", "My Tickets" },

  { "welcome", "staff",         "Tickets", "" },
  { "loading", "staff",         "Tickets", "" },
  { "error", "staff",           "Tickets", "" },
  { "order", "staff",           "Tickets", "" },
  { "request", "staff",         "Tickets", "" },
  { "my-tickets", "staff",      "Tickets", "" },
  { "history", "staff",         "Names Given", "Box Office" },
  { "staff", "staff",           "Box Office", "" },
  { "batch", "staff",           "Name Several Tickets", "Box Office" },
  { "form", "staff",            "Ticket Holder", "Box Office" },
};

static void
assert_title (const char   *page,
              const char   *home,
              TicketsOrder *order,
              gboolean      showing_details,
              const char   *title,
              const char   *subtitle)
{
  g_autofree char *shown_title = NULL;
  g_autofree char *shown_subtitle = NULL;

  tickets_page_title_dup (page, home, order, showing_details, &shown_title, &shown_subtitle);
  g_test_message ("%s under %s%s", page, home != NULL ? home : "(nothing)", showing_details ? ", details" : "");
  g_assert_cmpstr (shown_title, ==, title);
  g_assert_cmpstr (shown_subtitle, ==, subtitle);
}

static void
test_every_page (void)
{
  g_autoptr(TicketsOrder) order = tickets_order_new ("o");

  tickets_order_set_reference (order, "1234-ABCD");
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    assert_title (expected[i].page, expected[i].home, order, FALSE, expected[i].title, expected[i].subtitle);
}

/* One of My tickets is a page within the page; elsewhere, what My tickets
 * shows changes nothing. */
static void
test_ticket_details (void)
{
  assert_title ("my-tickets", "my-tickets", NULL, TRUE, "Ticket", "My Tickets");
  assert_title ("my-tickets", "welcome", NULL, TRUE, "Ticket", "");
  assert_title ("history", "request", NULL, TRUE, "Names Given", "Tickets to Name");
  assert_title ("request", "request", NULL, TRUE, "Tickets to Name", "");
  assert_title ("welcome", "my-tickets", NULL, TRUE, "Tickets", "");
}

/* The order's page says Order with its reference once it has loaded. */
static void
test_order (void)
{
  g_autoptr(TicketsOrder) order = tickets_order_new ("o");

  assert_title ("order", "order", NULL, FALSE, "Tickets", "");
  assert_title ("form", "order", NULL, FALSE, "Ticket Holder", "");
  assert_title ("order", "order", order, FALSE, "Order", "");
  tickets_order_set_reference (order, "");
  assert_title ("history", "order", order, FALSE, "Names Given", "Order");
  /* Before anything was opened. */
  assert_title ("welcome", NULL, NULL, FALSE, "Tickets", "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/page-title/every-page", test_every_page);
  g_test_add_func ("/page-title/ticket-details", test_ticket_details);
  g_test_add_func ("/page-title/order", test_order);

  return g_test_run ();
}
