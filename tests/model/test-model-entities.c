/* test-model-entities.c: every property of every entity notifies once per
 * real change, never for an equal value, and marks itself present
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-event.h"
#include "tickets-order.h"
#include "tickets-personalization.h"
#include "tickets-personalization-request.h"
#include "tickets-product.h"
#include "tickets-ticket.h"

#include "model-test-utils.h"

/* Fills @value with the @variant-th value of its type; variant 0 and 1 are
 * equal but distinct objects (except for entity references, compared by
 * pointer, so variant 1 is the same object), and variant 2 differs. */
static void
make_value (GParamSpec *pspec,
            guint       variant,
            GValue     *value,
            GPtrArray  *keep)
{
  GType type = pspec->value_type;
  gboolean other = variant == 2;

  g_value_init (value, type);

  if (type == G_TYPE_STRING)
    g_value_set_string (value, other ? "other" : "one");
  else if (type == G_TYPE_BOOLEAN)
    g_value_set_boolean (value, !other);
  else if (type == G_TYPE_INT)
    g_value_set_int (value, other ? 7 : 5);
  else if (type == G_TYPE_INT64)
    g_value_set_int64 (value, other ? 1765000000 : 1764000000);
  else if (type == G_TYPE_DOUBLE)
    g_value_set_double (value, other ? 2.5 : 51.5);
  else if (G_TYPE_IS_FLAGS (type))
    g_value_set_flags (value, other ? 1 << 1 : 1 << 0);
  else if (type == G_TYPE_DATE_TIME)
    g_value_take_boxed (value, g_date_time_new_utc (2024, 5, other ? 2 : 1, 12, 0, 0));
  else if (type == G_TYPE_STRV)
    g_value_take_boxed (value, g_strdupv ((char *[]) { "https://example.com/a", other ? "b" : "a", NULL }));
  else if (type == TICKETS_TYPE_I18N_TEXT)
    {
      TicketsI18nText *text = tickets_i18n_text_new ();

      tickets_i18n_text_set (text, "en", other ? "Other" : "One");
      tickets_i18n_text_set (text, "nl", "");
      g_value_take_object (value, text);
    }
  else if (type == TICKETS_TYPE_AMOUNT)
    g_value_take_object (value, tickets_amount_new ("EUR", other ? 999 : 1030, 2));
  else if (type == TICKETS_TYPE_CONSUMER)
    {
      TicketsConsumer *consumer = tickets_consumer_new ();

      tickets_consumer_set_first_name (consumer, other ? "Larry" : "Blaise");
      g_value_take_object (value, consumer);
    }
  else if (type == TICKETS_TYPE_SEATING)
    {
      TicketsSeating *seating = tickets_seating_new ();

      tickets_seating_set_seat (seating, other ? "2" : "1");
      g_value_take_object (value, seating);
    }
  else if (type == TICKETS_TYPE_PERSONALIZATION_FORM)
    {
      TicketsPersonalizationForm *form = tickets_personalization_form_new ();

      tickets_personalization_form_add_field (form, "email", TRUE, other);
      g_value_take_object (value, form);
    }
  else if (type == TICKETS_TYPE_EVENT || type == TICKETS_TYPE_PRODUCT)
    {
      /* The same uid: a different object is a different reference all the same. */
      if (keep->len == 0)
        {
          g_ptr_array_add (keep, g_object_new (type, "uid", "same-uid", NULL));
          g_ptr_array_add (keep, g_object_new (type, "uid", "same-uid", NULL));
        }
      g_value_set_object (value, g_ptr_array_index (keep, other ? 1 : 0));
    }
  else
    g_assert_not_reached ();
}

static void
check_entity (GType type)
{
  g_autoptr(TicketsResource) resource = g_object_new (type, "uid", "u1", NULL);
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;
  guint n_checked = 0;
  NotifyLog log;

  g_assert_cmpstr (tickets_resource_get_uid (resource), ==, "u1");
  g_assert_true (tickets_resource_is_present (resource, "uid"));
  g_assert_false (tickets_resource_is_present (resource, "no-such-property"));

  notify_log_init (&log, resource);
  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (resource), &n_pspecs);

  for (guint i = 0; i < n_pspecs; i++)
    {
      GParamSpec *pspec = pspecs[i];
      g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func (g_object_unref);
      GValue values[3] = { G_VALUE_INIT, G_VALUE_INIT, G_VALUE_INIT };
      GValue read = G_VALUE_INIT;
      GHashTableIter iter;
      const char *name;

      if ((pspec->flags & G_PARAM_WRITABLE) == 0 || (pspec->flags & G_PARAM_CONSTRUCT_ONLY) != 0)
        continue;

      g_test_message ("%s:%s", g_type_name (type), pspec->name);
      g_assert_true (pspec->flags & G_PARAM_EXPLICIT_NOTIFY);
      for (guint v = 0; v < 3; v++)
        make_value (pspec, v, &values[v], keep);

      g_assert_false (tickets_resource_is_present (resource, pspec->name));
      notify_log_reset (&log);

      g_object_set_property (G_OBJECT (resource), pspec->name, &values[0]);
      g_assert_cmpuint (notify_log_count (&log, pspec->name), ==, 1);
      g_assert_true (tickets_resource_is_present (resource, pspec->name));

      /* An equal value: no notification, and the first object stays. */
      g_object_set_property (G_OBJECT (resource), pspec->name, &values[1]);
      g_assert_cmpuint (notify_log_count (&log, pspec->name), ==, 1);
      g_value_init (&read, pspec->value_type);
      g_object_get_property (G_OBJECT (resource), pspec->name, &read);
      if (G_VALUE_HOLDS (&read, G_TYPE_STRV))
        g_assert_true (g_strv_equal (g_value_get_boxed (&read), g_value_get_boxed (&values[0])));
      else
        g_assert_cmpint (g_param_values_cmp (pspec, &read, &values[0]), ==, 0);
      if (G_VALUE_HOLDS_OBJECT (&read))
        g_assert_true (g_value_get_object (&read) == g_value_get_object (&values[0]));
      g_value_unset (&read);

      g_object_set_property (G_OBJECT (resource), pspec->name, &values[2]);
      g_assert_cmpuint (notify_log_count (&log, pspec->name), ==, 2);
      g_object_set_property (G_OBJECT (resource), pspec->name, &values[2]);
      g_assert_cmpuint (notify_log_count (&log, pspec->name), ==, 2);

      /* Back to unset (where the type has one) notifies, and stays present. */
      if (pspec->value_type == G_TYPE_STRING || G_TYPE_IS_BOXED (pspec->value_type)
          || G_TYPE_IS_OBJECT (pspec->value_type))
        {
          GValue unset = G_VALUE_INIT;

          g_value_init (&unset, pspec->value_type);
          g_object_set_property (G_OBJECT (resource), pspec->name, &unset);
          g_assert_cmpuint (notify_log_count (&log, pspec->name), ==, 3);
          g_object_set_property (G_OBJECT (resource), pspec->name, &unset);
          g_assert_cmpuint (notify_log_count (&log, pspec->name), ==, 3);
          g_assert_true (tickets_resource_is_present (resource, pspec->name));
          g_value_unset (&unset);
        }

      /* Nothing else notified, but the derived state of a ticket. */
      g_hash_table_iter_init (&iter, log.counts);
      while (g_hash_table_iter_next (&iter, (gpointer *) &name, NULL))
        if (g_strcmp0 (name, pspec->name) != 0)
          g_assert_cmpstr (name, ==, "personalization-state");

      for (guint v = 0; v < 3; v++)
        g_value_unset (&values[v]);
      n_checked++;
    }

  g_assert_cmpuint (n_checked, >, 0);
  notify_log_clear (&log);
  g_assert_finalize_object (g_steal_pointer (&resource));
}

static void
test_event (void)
{
  check_entity (TICKETS_TYPE_EVENT);
}

static void
test_product (void)
{
  check_entity (TICKETS_TYPE_PRODUCT);
}

static void
test_ticket (void)
{
  check_entity (TICKETS_TYPE_TICKET);
}

static void
test_order (void)
{
  check_entity (TICKETS_TYPE_ORDER);
}

static void
test_personalization (void)
{
  check_entity (TICKETS_TYPE_PERSONALIZATION);
}

static void
test_personalization_request (void)
{
  check_entity (TICKETS_TYPE_PERSONALIZATION_REQUEST);
}

/* The documented field names, in kebab case, and their defaults. */
static void
test_names_and_defaults (void)
{
  g_autoptr(TicketsEvent) event = tickets_event_new ("e");
  g_autoptr(TicketsProduct) product = tickets_product_new ("p");
  g_autoptr(TicketsTicket) ticket = tickets_ticket_new ("t");
  g_autoptr(TicketsOrder) order = tickets_order_new ("o");
  g_autoptr(TicketsPersonalizationRequest) request = tickets_personalization_request_new ("r");
  const char *ticket_properties[] = {
    "code", "status", "is-scanned", "personalized", "needs-personalization",
    "has-valid-subscription", "personalization-start", "personalization-end",
    "fulfillment-starts-at", "scannable-until", "personalization-form", "consumer",
    "seating", "subproduct", "price", "service-fee-paid", "event", "product",
    "eticket-uri", "order-uri", "event-uri", "product-uri", "parent-uri",
    "personalization-request-uris", "personalization-state", "uid", "href",
  };
  const char *event_properties[] = {
    "reference", "merchant-name", "title", "subtitle", "sale-start", "sale-end",
    "event-start", "event-end", "personalization-start", "personalization-end",
    "fulfillment-starts-at", "location-name", "location-postal-code", "location-city",
    "location-country", "has-coordinates", "latitude", "longitude", "min-quantity-per-order",
  };

  for (guint i = 0; i < G_N_ELEMENTS (ticket_properties); i++)
    g_assert_nonnull (g_object_class_find_property (G_OBJECT_GET_CLASS (ticket), ticket_properties[i]));
  for (guint i = 0; i < G_N_ELEMENTS (event_properties); i++)
    g_assert_nonnull (g_object_class_find_property (G_OBJECT_GET_CLASS (event), event_properties[i]));

  g_assert_cmpint (tickets_product_get_availability (product), ==, -1);
  g_assert_cmpint (tickets_product_get_total_availability (product), ==, -1);
  g_assert_cmpint (tickets_product_get_min_per_order (product), ==, -1);
  g_assert_cmpint (tickets_product_get_max_per_order (product), ==, -1);
  g_assert_null (tickets_product_get_price (product));
  g_assert_null (tickets_ticket_get_consumer (ticket));
  g_assert_null (tickets_ticket_get_personalization_request_uris (ticket));
  g_assert_false (tickets_event_get_has_coordinates (event));
  g_assert_null (tickets_resource_get_href (TICKETS_RESOURCE (order)));
  g_assert_cmpstr (tickets_resource_get_uid (TICKETS_RESOURCE (request)), ==, "r");

  tickets_personalization_request_set_ticket_uris (request, (const char *[]) { "https://x/tickets/1", NULL });
  g_assert_cmpstrv (tickets_personalization_request_get_ticket_uris (request),
                    ((const char * const[]) { "https://x/tickets/1", NULL }));
  tickets_personalization_request_set_token (request, "secret");
  g_assert_cmpstr (tickets_personalization_request_get_token (request), ==, "secret");

  g_assert_finalize_object (g_steal_pointer (&event));
  g_assert_finalize_object (g_steal_pointer (&product));
  g_assert_finalize_object (g_steal_pointer (&ticket));
  g_assert_finalize_object (g_steal_pointer (&order));
  g_assert_finalize_object (g_steal_pointer (&request));
}

/* Entity references hold their target; setting NULL releases it. */
static void
test_references (void)
{
  g_autoptr(TicketsTicket) ticket = tickets_ticket_new ("t");
  TicketsEvent *event = tickets_event_new ("e");
  TicketsProduct *product = tickets_product_new ("p");

  tickets_product_set_event (product, event);
  tickets_ticket_set_event (ticket, event);
  tickets_ticket_set_product (ticket, product);
  g_assert_true (tickets_ticket_get_event (ticket) == event);
  g_assert_true (tickets_product_get_event (tickets_ticket_get_product (ticket)) == event);
  g_object_unref (event);
  g_object_unref (product);

  tickets_ticket_set_event (ticket, NULL);
  tickets_ticket_set_product (ticket, NULL);
  g_assert_null (tickets_ticket_get_product (ticket));

  g_assert_finalize_object (g_steal_pointer (&ticket));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/entities/event", test_event);
  g_test_add_func ("/model/entities/product", test_product);
  g_test_add_func ("/model/entities/ticket", test_ticket);
  g_test_add_func ("/model/entities/order", test_order);
  g_test_add_func ("/model/entities/personalization", test_personalization);
  g_test_add_func ("/model/entities/personalization-request", test_personalization_request);
  g_test_add_func ("/model/entities/names-and-defaults", test_names_and_defaults);
  g_test_add_func ("/model/entities/references", test_references);

  return g_test_run ();
}
