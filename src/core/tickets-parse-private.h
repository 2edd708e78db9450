/* tickets-parse-private.h: what the parsers of each noun share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tickets-parse.h"

G_BEGIN_DECLS

/* The parsers are written in one file per noun: the shared readers, the
 * parse context and the pages (tickets-parse.c), events and products
 * (tickets-parse-event.c), tickets and orders (tickets-parse-order.c), and
 * consumers, personalizations and their requests
 * (tickets-parse-personalization.c). These are what they share. */

/* Members are read in tables, by type. A member that is absent is skipped,
 * so the object's property stays unset and a merge leaves the known value
 * alone (short representations carry a subset). A null member sets the
 * default, as the docs send null for “no value”. */

typedef void (*StringSetter)   (gpointer object, const char *value);
typedef void (*BooleanSetter)  (gpointer object, gboolean value);
typedef void (*IntSetter)      (gpointer object, int value);
typedef void (*DateTimeSetter) (gpointer object, GDateTime *value);
typedef void (*ObjectSetter)   (gpointer object, gpointer value);

#define SETTER(type, func) ((type) (void (*) (void)) (func))

typedef enum
{
  FIELD_STRING,
  FIELD_BOOLEAN,
  FIELD_INT,
  FIELD_DATE_TIME,
  FIELD_I18N,
  FIELD_AMOUNT,
} FieldType;

typedef struct
{
  const char *name;
  FieldType   type;
  void      (*set) (void);
} Field;

#define STRING(name, func)    { name, FIELD_STRING, (void (*) (void)) (func) }
#define BOOLEAN(name, func)   { name, FIELD_BOOLEAN, (void (*) (void)) (func) }
#define INT(name, func)       { name, FIELD_INT, (void (*) (void)) (func) }
#define DATE_TIME(name, func) { name, FIELD_DATE_TIME, (void (*) (void)) (func) }
#define I18N(name, func)      { name, FIELD_I18N, (void (*) (void)) (func) }
#define AMOUNT(name, func)    { name, FIELD_AMOUNT, (void (*) (void)) (func) }

typedef struct
{
  /* uid → TicketsEvent / TicketsProduct embedded beside the tickets */
  GHashTable *events;
  GHashTable *products;

  /* Field name → the text last read for it. Texts are immutable, and the
   * tickets of an order mostly repeat theirs (“Seat”, “Entrance A”), so
   * one object serves them all: faster, and far less memory. */
  GHashTable *texts;

  /* Link → the resource it was resolved to: tickets share a few links. */
  GHashTable *linked;

  /* Text as sent → GDateTime / TicketsAmount, both immutable: the tickets
   * of an order share their windows and prices. */
  GHashTable *dates;
  GHashTable *amounts;
} ParseContext;

static inline gboolean
holds_type (JsonNode *node,
            GType     type)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type;
}

/* A parsed document, released when it goes out of scope. */
typedef struct
{
  JsonNode *root;
  gsize     size;
} Document;

typedef gpointer (*ParseObjectFunc) (JsonObject *object, GError **error);

/* Readers: each takes a member that is present (maybe null), and fails
 * with TICKETS_API_ERROR_INVALID_RESPONSE on the wrong type. */
gboolean           tickets_parse_fail_type             (GError          **error,
                                                        const char       *field);
gboolean           tickets_parse_read_string           (JsonNode         *node,
                                                        const char       *field,
                                                        const char      **out,
                                                        GError          **error);
gboolean           tickets_parse_read_boolean          (JsonNode         *node,
                                                        const char       *field,
                                                        gboolean         *out,
                                                        GError          **error);
gboolean           tickets_parse_read_int              (JsonNode         *node,
                                                        const char       *field,
                                                        gint64            fallback,
                                                        gint64           *out,
                                                        GError          **error);
gboolean           tickets_parse_read_object           (JsonNode         *node,
                                                        const char       *field,
                                                        JsonObject      **out,
                                                        GError          **error);
gboolean           tickets_parse_read_i18n             (JsonNode         *node,
                                                        const char       *field,
                                                        ParseContext     *context,
                                                        TicketsI18nText **out,
                                                        GError          **error);
gboolean           tickets_parse_read_fields           (gpointer          target,
                                                        JsonObject       *object,
                                                        const Field      *fields,
                                                        gsize             n_fields,
                                                        ParseContext     *context,
                                                        GError          **error);

JsonObject        *tickets_parse_document_load         (Document         *document,
                                                        GBytes           *bytes,
                                                        GError          **error);
void               tickets_parse_document_clear        (Document         *document);
char              *tickets_parse_dup_uid               (JsonObject       *object,
                                                        GError          **error);
void               tickets_parse_set_self              (gpointer          resource,
                                                        JsonObject       *object);

/* The context: embedded events and products, and what tickets share. */
void               tickets_parse_context_init          (ParseContext     *context);
void               tickets_parse_context_clear         (ParseContext     *context);
gboolean           tickets_parse_context_collect       (ParseContext     *context,
                                                        JsonObject       *object,
                                                        GError          **error);
void               tickets_parse_context_link_products (ParseContext     *context);
gboolean           tickets_parse_collect_embedded      (JsonObject       *object,
                                                        const char       *rel,
                                                        gpointer        (*parse) (JsonObject *, ParseContext *, GError **),
                                                        ParseContext     *context,
                                                        GHashTable       *into,
                                                        GError          **error);
gpointer           tickets_parse_lookup_linked         (ParseContext     *context,
                                                        GHashTable       *table,
                                                        const char       *href);

/* Documents and pages of a collection. */
TicketsParsedPage *tickets_parsed_page_new             (JsonObject       *object,
                                                        GPtrArray        *items,
                                                        GError          **error);
gpointer           tickets_parse_one                   (GBytes           *bytes,
                                                        ParseObjectFunc   parse,
                                                        GError          **error);
TicketsParsedPage *tickets_parse_page                  (GBytes           *bytes,
                                                        const char       *rel,
                                                        ParseObjectFunc   parse,
                                                        GError          **error);

/* Each noun's object, for the others that embed it. */
TicketsEvent      *tickets_parse_event_object          (JsonObject       *object,
                                                        ParseContext     *context,
                                                        GError          **error);
TicketsProduct    *tickets_parse_product_object        (JsonObject       *object,
                                                        ParseContext     *context,
                                                        GError          **error);
GPtrArray         *tickets_parse_embedded_tickets      (JsonObject       *object,
                                                        ParseContext     *context,
                                                        GError          **error);
void               tickets_parse_read_consent          (JsonObject       *object,
                                                        TicketsTicket    *ticket);
gboolean           tickets_parse_read_consumer         (JsonObject       *object,
                                                        const char       *field,
                                                        TicketsConsumer **out,
                                                        GError          **error);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ParseContext, tickets_parse_context_clear)
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Document, tickets_parse_document_clear)

G_END_DECLS
