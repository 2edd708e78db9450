/* tickets-ticket.c: the ticket object, its properties and its server
 * fields; its holder, its state and its local state have files of their own
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-model-private.h"
#include "tickets-ticket-private.h"

G_DEFINE_FINAL_TYPE (TicketsTicket, tickets_ticket, TICKETS_TYPE_RESOURCE)

GParamSpec *tickets_ticket_properties[N_PROPS];

static void
tickets_ticket_finalize (GObject *object)
{
  TicketsTicket *self = TICKETS_TICKET (object);

  g_free (self->code);
  g_free (self->status);
  g_clear_pointer (&self->personalization_start, g_date_time_unref);
  g_clear_pointer (&self->personalization_end, g_date_time_unref);
  g_clear_pointer (&self->fulfillment_starts_at, g_date_time_unref);
  g_clear_pointer (&self->scannable_until, g_date_time_unref);
  g_clear_object (&self->personalization_form);
  g_clear_object (&self->consumer);
  g_clear_object (&self->seating);
  g_clear_object (&self->subproduct);
  g_clear_object (&self->price);
  g_clear_object (&self->service_fee_paid);
  g_clear_object (&self->event);
  g_clear_object (&self->product);
  g_free (self->eticket_uri);
  g_free (self->order_uri);
  g_free (self->event_uri);
  g_free (self->product_uri);
  g_free (self->parent_uri);
  g_strfreev (self->personalization_request_uris);
  g_free (self->pending_request_uri);
  g_free (self->pending_request_email);
  g_clear_pointer (&self->pending_request_created_at, g_date_time_unref);
  g_clear_object (&self->draft);
  g_clear_error (&self->save_error);

  G_OBJECT_CLASS (tickets_ticket_parent_class)->finalize (object);
}

static void
tickets_ticket_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  TicketsTicket *self = TICKETS_TICKET (object);

  switch (prop_id)
    {
    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;

    case PROP_STATUS:
      g_value_set_string (value, self->status);
      break;

    case PROP_IS_SCANNED:
      g_value_set_boolean (value, self->is_scanned);
      break;

    case PROP_PERSONALIZED:
      g_value_set_boolean (value, self->personalized);
      break;

    case PROP_NEEDS_PERSONALIZATION:
      g_value_set_boolean (value, self->needs_personalization);
      break;

    case PROP_HAS_VALID_SUBSCRIPTION:
      g_value_set_boolean (value, self->has_valid_subscription);
      break;

    case PROP_PERSONALIZATION_START:
      g_value_set_boxed (value, self->personalization_start);
      break;

    case PROP_PERSONALIZATION_END:
      g_value_set_boxed (value, self->personalization_end);
      break;

    case PROP_FULFILLMENT_STARTS_AT:
      g_value_set_boxed (value, self->fulfillment_starts_at);
      break;

    case PROP_SCANNABLE_UNTIL:
      g_value_set_boxed (value, self->scannable_until);
      break;

    case PROP_PERSONALIZATION_FORM:
      g_value_set_object (value, self->personalization_form);
      break;

    case PROP_CONSUMER:
      g_value_set_object (value, self->consumer);
      break;

    case PROP_SEATING:
      g_value_set_object (value, self->seating);
      break;

    case PROP_SUBPRODUCT:
      g_value_set_object (value, self->subproduct);
      break;

    case PROP_PRICE:
      g_value_set_object (value, self->price);
      break;

    case PROP_SERVICE_FEE_PAID:
      g_value_set_object (value, self->service_fee_paid);
      break;

    case PROP_EVENT:
      g_value_set_object (value, self->event);
      break;

    case PROP_PRODUCT:
      g_value_set_object (value, self->product);
      break;

    case PROP_ETICKET_URI:
      g_value_set_string (value, self->eticket_uri);
      break;

    case PROP_ORDER_URI:
      g_value_set_string (value, self->order_uri);
      break;

    case PROP_EVENT_URI:
      g_value_set_string (value, self->event_uri);
      break;

    case PROP_PRODUCT_URI:
      g_value_set_string (value, self->product_uri);
      break;

    case PROP_PARENT_URI:
      g_value_set_string (value, self->parent_uri);
      break;

    case PROP_PERSONALIZATION_REQUEST_URIS:
      g_value_set_boxed (value, self->personalization_request_uris);
      break;

    case PROP_PERSONALIZATION_STATE:
      g_value_set_enum (value, tickets_ticket_get_personalization_state (self, NULL));
      break;

    case PROP_CONSENT:
      g_value_set_flags (value, self->consent);
      break;

    case PROP_PENDING_REQUEST_URI:
      g_value_set_string (value, self->pending_request_uri);
      break;

    case PROP_PENDING_REQUEST_EMAIL:
      g_value_set_string (value, self->pending_request_email);
      break;

    case PROP_PENDING_REQUEST_CREATED_AT:
      g_value_set_boxed (value, self->pending_request_created_at);
      break;

    case PROP_DRAFT:
      g_value_set_object (value, self->draft);
      break;

    case PROP_SAVE_STATE:
      g_value_set_enum (value, self->save_state);
      break;

    case PROP_SAVE_ERROR:
      g_value_set_boxed (value, self->save_error);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_ticket_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  TicketsTicket *self = TICKETS_TICKET (object);

  switch (prop_id)
    {
    case PROP_CODE:
      tickets_ticket_set_code (self, g_value_get_string (value));
      break;

    case PROP_STATUS:
      tickets_ticket_set_status (self, g_value_get_string (value));
      break;

    case PROP_IS_SCANNED:
      tickets_ticket_set_is_scanned (self, g_value_get_boolean (value));
      break;

    case PROP_PERSONALIZED:
      tickets_ticket_set_personalized (self, g_value_get_boolean (value));
      break;

    case PROP_NEEDS_PERSONALIZATION:
      tickets_ticket_set_needs_personalization (self, g_value_get_boolean (value));
      break;

    case PROP_HAS_VALID_SUBSCRIPTION:
      tickets_ticket_set_has_valid_subscription (self, g_value_get_boolean (value));
      break;

    case PROP_PERSONALIZATION_START:
      tickets_ticket_set_personalization_start (self, g_value_get_boxed (value));
      break;

    case PROP_PERSONALIZATION_END:
      tickets_ticket_set_personalization_end (self, g_value_get_boxed (value));
      break;

    case PROP_FULFILLMENT_STARTS_AT:
      tickets_ticket_set_fulfillment_starts_at (self, g_value_get_boxed (value));
      break;

    case PROP_SCANNABLE_UNTIL:
      tickets_ticket_set_scannable_until (self, g_value_get_boxed (value));
      break;

    case PROP_PERSONALIZATION_FORM:
      tickets_ticket_set_personalization_form (self, g_value_get_object (value));
      break;

    case PROP_CONSUMER:
      tickets_ticket_set_consumer (self, g_value_get_object (value));
      break;

    case PROP_SEATING:
      tickets_ticket_set_seating (self, g_value_get_object (value));
      break;

    case PROP_SUBPRODUCT:
      tickets_ticket_set_subproduct (self, g_value_get_object (value));
      break;

    case PROP_PRICE:
      tickets_ticket_set_price (self, g_value_get_object (value));
      break;

    case PROP_SERVICE_FEE_PAID:
      tickets_ticket_set_service_fee_paid (self, g_value_get_object (value));
      break;

    case PROP_EVENT:
      tickets_ticket_set_event (self, g_value_get_object (value));
      break;

    case PROP_PRODUCT:
      tickets_ticket_set_product (self, g_value_get_object (value));
      break;

    case PROP_ETICKET_URI:
      tickets_ticket_set_eticket_uri (self, g_value_get_string (value));
      break;

    case PROP_ORDER_URI:
      tickets_ticket_set_order_uri (self, g_value_get_string (value));
      break;

    case PROP_EVENT_URI:
      tickets_ticket_set_event_uri (self, g_value_get_string (value));
      break;

    case PROP_PRODUCT_URI:
      tickets_ticket_set_product_uri (self, g_value_get_string (value));
      break;

    case PROP_PARENT_URI:
      tickets_ticket_set_parent_uri (self, g_value_get_string (value));
      break;

    case PROP_PERSONALIZATION_REQUEST_URIS:
      tickets_ticket_set_personalization_request_uris (self, g_value_get_boxed (value));
      break;

    case PROP_CONSENT:
      tickets_ticket_set_consent (self, g_value_get_flags (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Beyond copying what the fresh copy has, a merge asks whether the holder
 * changed: see tickets-ticket-holder.c. */
static void
tickets_ticket_merge (TicketsResource *resource,
                      TicketsResource *source)
{
  TicketsTicket *self = TICKETS_TICKET (resource);
  g_autoptr(TicketsConsumer) previous = self->consumer != NULL ? g_object_ref (self->consumer) : NULL;

  TICKETS_RESOURCE_CLASS (tickets_ticket_parent_class)->merge (resource, source);
  tickets_ticket_merge_holder (self, TICKETS_TICKET (source), previous);
}

static void
tickets_ticket_class_init (TicketsTicketClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  TicketsResourceClass *resource_class = TICKETS_RESOURCE_CLASS (klass);

  resource_class->merge = tickets_ticket_merge;

  object_class->finalize = tickets_ticket_finalize;
  object_class->get_property = tickets_ticket_get_property;
  object_class->set_property = tickets_ticket_set_property;

  tickets_ticket_properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  tickets_ticket_properties[PROP_STATUS] =
    g_param_spec_string ("status", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  tickets_ticket_properties[PROP_IS_SCANNED] =
    g_param_spec_boolean ("is-scanned", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  tickets_ticket_properties[PROP_PERSONALIZED] =
    g_param_spec_boolean ("personalized", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  tickets_ticket_properties[PROP_NEEDS_PERSONALIZATION] =
    g_param_spec_boolean ("needs-personalization", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  tickets_ticket_properties[PROP_HAS_VALID_SUBSCRIPTION] =
    g_param_spec_boolean ("has-valid-subscription", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  tickets_ticket_properties[PROP_PERSONALIZATION_START] =
    g_param_spec_boxed ("personalization-start", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  tickets_ticket_properties[PROP_PERSONALIZATION_END] =
    g_param_spec_boxed ("personalization-end", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  tickets_ticket_properties[PROP_FULFILLMENT_STARTS_AT] =
    g_param_spec_boxed ("fulfillment-starts-at", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  tickets_ticket_properties[PROP_SCANNABLE_UNTIL] =
    g_param_spec_boxed ("scannable-until", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  tickets_ticket_properties[PROP_PERSONALIZATION_FORM] =
    g_param_spec_object ("personalization-form", NULL, NULL,
                         TICKETS_TYPE_PERSONALIZATION_FORM,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  tickets_ticket_properties[PROP_CONSUMER] =
    g_param_spec_object ("consumer", NULL, NULL,
                         TICKETS_TYPE_CONSUMER,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  tickets_ticket_properties[PROP_SEATING] =
    g_param_spec_object ("seating", NULL, NULL,
                         TICKETS_TYPE_SEATING,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  tickets_ticket_properties[PROP_SUBPRODUCT] =
    g_param_spec_object ("subproduct", NULL, NULL,
                         TICKETS_TYPE_I18N_TEXT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  tickets_ticket_properties[PROP_PRICE] =
    g_param_spec_object ("price", NULL, NULL,
                         TICKETS_TYPE_AMOUNT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  tickets_ticket_properties[PROP_SERVICE_FEE_PAID] =
    g_param_spec_object ("service-fee-paid", NULL, NULL,
                         TICKETS_TYPE_AMOUNT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  tickets_ticket_properties[PROP_EVENT] =
    g_param_spec_object ("event", NULL, NULL,
                         TICKETS_TYPE_EVENT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  tickets_ticket_properties[PROP_PRODUCT] =
    g_param_spec_object ("product", NULL, NULL,
                         TICKETS_TYPE_PRODUCT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  tickets_ticket_properties[PROP_ETICKET_URI] =
    g_param_spec_string ("eticket-uri", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  tickets_ticket_properties[PROP_ORDER_URI] =
    g_param_spec_string ("order-uri", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  tickets_ticket_properties[PROP_EVENT_URI] =
    g_param_spec_string ("event-uri", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  tickets_ticket_properties[PROP_PRODUCT_URI] =
    g_param_spec_string ("product-uri", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  tickets_ticket_properties[PROP_PARENT_URI] =
    g_param_spec_string ("parent-uri", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  tickets_ticket_properties[PROP_PERSONALIZATION_REQUEST_URIS] =
    g_param_spec_boxed ("personalization-request-uris", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  tickets_ticket_properties[PROP_PERSONALIZATION_STATE] =
    g_param_spec_enum ("personalization-state", NULL, NULL,
                       TICKETS_TYPE_PERSONALIZATION_STATE,
                       TICKETS_PERSONALIZATION_STATE_INVALID,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /* Present (see tickets_ticket_get_consent_known()) only once someone said. */
  tickets_ticket_properties[PROP_CONSENT] =
    g_param_spec_flags ("consent", NULL, NULL,
                        TICKETS_TYPE_CONSENT,
                        TICKETS_CONSENT_NONE,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /* The local state below is read-only as properties: a merge copies
   * writable properties only, so a fresh copy from the server never
   * wipes it. */
  tickets_ticket_properties[PROP_PENDING_REQUEST_URI] =
    g_param_spec_string ("pending-request-uri", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  tickets_ticket_properties[PROP_PENDING_REQUEST_EMAIL] =
    g_param_spec_string ("pending-request-email", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  tickets_ticket_properties[PROP_PENDING_REQUEST_CREATED_AT] =
    g_param_spec_boxed ("pending-request-created-at", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  tickets_ticket_properties[PROP_DRAFT] =
    g_param_spec_object ("draft", NULL, NULL,
                         TICKETS_TYPE_CONSUMER,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  tickets_ticket_properties[PROP_SAVE_STATE] =
    g_param_spec_enum ("save-state", NULL, NULL,
                       TICKETS_TYPE_SAVE_STATE,
                       TICKETS_SAVE_STATE_NONE,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  tickets_ticket_properties[PROP_SAVE_ERROR] =
    g_param_spec_boxed ("save-error", NULL, NULL,
                        G_TYPE_ERROR,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, tickets_ticket_properties);
}

static void
tickets_ticket_init (TicketsTicket *self)
{
}

TicketsTicket *
tickets_ticket_new (const char *uid)
{
  return g_object_new (TICKETS_TYPE_TICKET, "uid", uid, NULL);
}

const char *
tickets_ticket_get_code (TicketsTicket *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET (self), NULL);

  return self->code;
}

void
tickets_ticket_set_code (TicketsTicket *self,
                         const char    *code)
{
  g_return_if_fail (TICKETS_IS_TICKET (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), tickets_ticket_properties[PROP_CODE]);

  if (tickets_set_str (&self->code, code))
    g_object_notify_by_pspec (G_OBJECT (self), tickets_ticket_properties[PROP_CODE]);
}

gboolean
tickets_ticket_get_has_valid_subscription (TicketsTicket *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET (self), FALSE);

  return self->has_valid_subscription;
}

void
tickets_ticket_set_has_valid_subscription (TicketsTicket *self,
                                           gboolean       has_valid_subscription)
{
  g_return_if_fail (TICKETS_IS_TICKET (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), tickets_ticket_properties[PROP_HAS_VALID_SUBSCRIPTION]);

  has_valid_subscription = !!has_valid_subscription;
  if (self->has_valid_subscription == has_valid_subscription)
    return;

  self->has_valid_subscription = has_valid_subscription;
  g_object_notify_by_pspec (G_OBJECT (self), tickets_ticket_properties[PROP_HAS_VALID_SUBSCRIPTION]);
}

GDateTime *
tickets_ticket_get_fulfillment_starts_at (TicketsTicket *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET (self), NULL);

  return self->fulfillment_starts_at;
}

void
tickets_ticket_set_fulfillment_starts_at (TicketsTicket *self,
                                          GDateTime     *fulfillment_starts_at)
{
  g_return_if_fail (TICKETS_IS_TICKET (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), tickets_ticket_properties[PROP_FULFILLMENT_STARTS_AT]);

  if (tickets_set_date_time (&self->fulfillment_starts_at, fulfillment_starts_at))
    g_object_notify_by_pspec (G_OBJECT (self), tickets_ticket_properties[PROP_FULFILLMENT_STARTS_AT]);
}

GDateTime *
tickets_ticket_get_scannable_until (TicketsTicket *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET (self), NULL);

  return self->scannable_until;
}

void
tickets_ticket_set_scannable_until (TicketsTicket *self,
                                    GDateTime     *scannable_until)
{
  g_return_if_fail (TICKETS_IS_TICKET (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), tickets_ticket_properties[PROP_SCANNABLE_UNTIL]);

  if (tickets_set_date_time (&self->scannable_until, scannable_until))
    g_object_notify_by_pspec (G_OBJECT (self), tickets_ticket_properties[PROP_SCANNABLE_UNTIL]);
}

TicketsSeating *
tickets_ticket_get_seating (TicketsTicket *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET (self), NULL);

  return self->seating;
}

void
tickets_ticket_set_seating (TicketsTicket  *self,
                            TicketsSeating *seating)
{
  g_return_if_fail (TICKETS_IS_TICKET (self));
  g_return_if_fail (seating == NULL || TICKETS_IS_SEATING (seating));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), tickets_ticket_properties[PROP_SEATING]);

  if (tickets_set_value_object ((gpointer *) &self->seating, seating,
                                (TicketsEqualFunc) tickets_seating_equal))
    g_object_notify_by_pspec (G_OBJECT (self), tickets_ticket_properties[PROP_SEATING]);
}

TicketsI18nText *
tickets_ticket_get_subproduct (TicketsTicket *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET (self), NULL);

  return self->subproduct;
}

void
tickets_ticket_set_subproduct (TicketsTicket   *self,
                               TicketsI18nText *subproduct)
{
  g_return_if_fail (TICKETS_IS_TICKET (self));
  g_return_if_fail (subproduct == NULL || TICKETS_IS_I18N_TEXT (subproduct));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), tickets_ticket_properties[PROP_SUBPRODUCT]);

  if (tickets_set_value_object ((gpointer *) &self->subproduct, subproduct,
                                (TicketsEqualFunc) tickets_i18n_text_equal))
    g_object_notify_by_pspec (G_OBJECT (self), tickets_ticket_properties[PROP_SUBPRODUCT]);
}

TicketsAmount *
tickets_ticket_get_price (TicketsTicket *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET (self), NULL);

  return self->price;
}

void
tickets_ticket_set_price (TicketsTicket *self,
                          TicketsAmount *price)
{
  g_return_if_fail (TICKETS_IS_TICKET (self));
  g_return_if_fail (price == NULL || TICKETS_IS_AMOUNT (price));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), tickets_ticket_properties[PROP_PRICE]);

  if (tickets_set_value_object ((gpointer *) &self->price, price,
                                (TicketsEqualFunc) tickets_amount_equal))
    g_object_notify_by_pspec (G_OBJECT (self), tickets_ticket_properties[PROP_PRICE]);
}

TicketsAmount *
tickets_ticket_get_service_fee_paid (TicketsTicket *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET (self), NULL);

  return self->service_fee_paid;
}

void
tickets_ticket_set_service_fee_paid (TicketsTicket *self,
                                     TicketsAmount *service_fee_paid)
{
  g_return_if_fail (TICKETS_IS_TICKET (self));
  g_return_if_fail (service_fee_paid == NULL || TICKETS_IS_AMOUNT (service_fee_paid));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), tickets_ticket_properties[PROP_SERVICE_FEE_PAID]);

  if (tickets_set_value_object ((gpointer *) &self->service_fee_paid, service_fee_paid,
                                (TicketsEqualFunc) tickets_amount_equal))
    g_object_notify_by_pspec (G_OBJECT (self), tickets_ticket_properties[PROP_SERVICE_FEE_PAID]);
}

TicketsEvent *
tickets_ticket_get_event (TicketsTicket *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET (self), NULL);

  return self->event;
}

void
tickets_ticket_set_event (TicketsTicket *self,
                          TicketsEvent  *event)
{
  g_return_if_fail (TICKETS_IS_TICKET (self));
  g_return_if_fail (event == NULL || TICKETS_IS_EVENT (event));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), tickets_ticket_properties[PROP_EVENT]);

  if (g_set_object (&self->event, event))
    g_object_notify_by_pspec (G_OBJECT (self), tickets_ticket_properties[PROP_EVENT]);
}

TicketsProduct *
tickets_ticket_get_product (TicketsTicket *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET (self), NULL);

  return self->product;
}

void
tickets_ticket_set_product (TicketsTicket  *self,
                            TicketsProduct *product)
{
  g_return_if_fail (TICKETS_IS_TICKET (self));
  g_return_if_fail (product == NULL || TICKETS_IS_PRODUCT (product));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), tickets_ticket_properties[PROP_PRODUCT]);

  if (g_set_object (&self->product, product))
    g_object_notify_by_pspec (G_OBJECT (self), tickets_ticket_properties[PROP_PRODUCT]);
}

const char *
tickets_ticket_get_eticket_uri (TicketsTicket *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET (self), NULL);

  return self->eticket_uri;
}

void
tickets_ticket_set_eticket_uri (TicketsTicket *self,
                                const char    *eticket_uri)
{
  g_return_if_fail (TICKETS_IS_TICKET (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), tickets_ticket_properties[PROP_ETICKET_URI]);

  if (tickets_set_str (&self->eticket_uri, eticket_uri))
    g_object_notify_by_pspec (G_OBJECT (self), tickets_ticket_properties[PROP_ETICKET_URI]);
}

const char *
tickets_ticket_get_order_uri (TicketsTicket *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET (self), NULL);

  return self->order_uri;
}

void
tickets_ticket_set_order_uri (TicketsTicket *self,
                              const char    *order_uri)
{
  g_return_if_fail (TICKETS_IS_TICKET (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), tickets_ticket_properties[PROP_ORDER_URI]);

  if (tickets_set_str (&self->order_uri, order_uri))
    g_object_notify_by_pspec (G_OBJECT (self), tickets_ticket_properties[PROP_ORDER_URI]);
}

const char *
tickets_ticket_get_event_uri (TicketsTicket *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET (self), NULL);

  return self->event_uri;
}

void
tickets_ticket_set_event_uri (TicketsTicket *self,
                              const char    *event_uri)
{
  g_return_if_fail (TICKETS_IS_TICKET (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), tickets_ticket_properties[PROP_EVENT_URI]);

  if (tickets_set_str (&self->event_uri, event_uri))
    g_object_notify_by_pspec (G_OBJECT (self), tickets_ticket_properties[PROP_EVENT_URI]);
}

const char *
tickets_ticket_get_product_uri (TicketsTicket *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET (self), NULL);

  return self->product_uri;
}

void
tickets_ticket_set_product_uri (TicketsTicket *self,
                                const char    *product_uri)
{
  g_return_if_fail (TICKETS_IS_TICKET (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), tickets_ticket_properties[PROP_PRODUCT_URI]);

  if (tickets_set_str (&self->product_uri, product_uri))
    g_object_notify_by_pspec (G_OBJECT (self), tickets_ticket_properties[PROP_PRODUCT_URI]);
}

const char *
tickets_ticket_get_parent_uri (TicketsTicket *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET (self), NULL);

  return self->parent_uri;
}

void
tickets_ticket_set_parent_uri (TicketsTicket *self,
                               const char    *parent_uri)
{
  g_return_if_fail (TICKETS_IS_TICKET (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), tickets_ticket_properties[PROP_PARENT_URI]);

  if (tickets_set_str (&self->parent_uri, parent_uri))
    g_object_notify_by_pspec (G_OBJECT (self), tickets_ticket_properties[PROP_PARENT_URI]);
}

const char * const *
tickets_ticket_get_personalization_request_uris (TicketsTicket *self)
{
  g_return_val_if_fail (TICKETS_IS_TICKET (self), NULL);

  return (const char * const *) self->personalization_request_uris;
}

void
tickets_ticket_set_personalization_request_uris (TicketsTicket      *self,
                                                 const char * const *personalization_request_uris)
{
  g_return_if_fail (TICKETS_IS_TICKET (self));

  tickets_resource_mark_present (TICKETS_RESOURCE (self), tickets_ticket_properties[PROP_PERSONALIZATION_REQUEST_URIS]);

  if (tickets_set_strv (&self->personalization_request_uris, personalization_request_uris))
    g_object_notify_by_pspec (G_OBJECT (self), tickets_ticket_properties[PROP_PERSONALIZATION_REQUEST_URIS]);
}
