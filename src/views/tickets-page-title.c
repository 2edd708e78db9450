/* tickets-page-title.c: what the header bar says over each page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tickets-page-title.h"

typedef struct
{
  const char *name;
  const char *title;
} PageTitle;

/* What a sign-in opened names itself; the order, by its reference. */
static const PageTitle home_titles[] = {
  { "request", N_("Tickets to Name") },
  { "my-tickets", N_("My Tickets") },
  { "staff", N_("Box Office") },
};

/* Pages reached from what the sign-in opened, which they name underneath.
 * "my-tickets" is one here only when it shows one ticket. */
static const PageTitle inner_titles[] = {
  { "history", N_("Names Given") },
  { "my-tickets", N_("Ticket") },
  { "batch", N_("Name Several Tickets") },
  { "form", N_("Ticket Holder") },
};

static char *
dup_order_title (TicketsOrder *order)
{
  const char *reference = tickets_order_get_reference (order);

  /* Translators: the title of an order, %s its reference. */
  return reference != NULL && *reference != '\0' ? g_strdup_printf (_("Order %s"), reference) : g_strdup (_("Order"));
}

/* NULL before a sign-in opened something with a name. */
static char *
dup_home_title (const char   *home,
                TicketsOrder *order)
{
  if (g_strcmp0 (home, "order") == 0)
    return order != NULL ? dup_order_title (order) : NULL;

  for (guint i = 0; i < G_N_ELEMENTS (home_titles); i++)
    {
      if (g_strcmp0 (home, home_titles[i].name) == 0)
        return g_strdup (_(home_titles[i].title));
    }

  return NULL;
}

void
tickets_page_title_dup (const char    *page,
                        const char    *home,
                        TicketsOrder  *order,
                        gboolean       showing_details,
                        char         **title,
                        char         **subtitle)
{
  g_autofree char *home_title = NULL;

  g_return_if_fail (page != NULL);
  g_return_if_fail (order == NULL || TICKETS_IS_ORDER (order));
  g_return_if_fail (title != NULL);
  g_return_if_fail (subtitle != NULL);

  home_title = dup_home_title (home, order);

  for (guint i = 0; i < G_N_ELEMENTS (inner_titles); i++)
    {
      if (g_str_equal (page, inner_titles[i].name) &&
          (!g_str_equal (page, "my-tickets") || showing_details))
        {
          *title = g_strdup (_(inner_titles[i].title));
          *subtitle = home_title != NULL ? g_steal_pointer (&home_title) : g_strdup ("");
          return;
        }
    }

  *subtitle = g_strdup ("");
  if (home_title != NULL && g_strcmp0 (page, home) == 0)
    *title = g_steal_pointer (&home_title);
  else
    *title = g_strdup (_("Tickets"));
}
