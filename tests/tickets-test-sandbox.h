/* tickets-test-sandbox.h: the sandbox on a free loopback port, for tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libsoup/soup.h>
#include <json-glib/json-glib.h>

#include "sandbox/tickets-sandbox.h"
#include "tickets-consumer.h"

G_BEGIN_DECLS

/* The demo credentials, in the auth notation of tickets_test_request(). */
#define TICKETS_TEST_AUTH_DEFAULT            "basic:default:default-demo"
#define TICKETS_TEST_AUTH_SPA                "basic:spa:spa-demo"
#define TICKETS_TEST_AUTH_SALES              "basic:sales:sales-demo"
#define TICKETS_TEST_AUTH_BOXOFFICE          "basic:boxoffice:boxoffice-demo"
#define TICKETS_TEST_AUTH_BEARER             "bearer:demo-bearer-token"
#define TICKETS_TEST_AUTH_COGNITO            "cognito:demo-cognito-token"
#define TICKETS_TEST_AUTH_REQUEST            "request:demo-request-token"
#define TICKETS_TEST_AUTH_REQUEST_COMPLETED  "request:completed-request-token"
#define TICKETS_TEST_AUTH_ORDER_DEMO         "order:demo-order-token"
#define TICKETS_TEST_AUTH_ORDER_FULL         "order:full-order-token"
#define TICKETS_TEST_AUTH_ORDER_FUTURE       "order:future-order-token"
#define TICKETS_TEST_AUTH_ORDER_CLOSED       "order:closed-order-token"
#define TICKETS_TEST_AUTH_ORDER_NONE         "order:none-order-token"
#define TICKETS_TEST_AUTH_ORDER_MIXED        "order:mixed-order-token"
#define TICKETS_TEST_AUTH_ORDER_CANCELLED    "order:cancelled-order-token"

/* Fixture uids the tests share (names as in build-aux/sandbox_fixture_data.py). */
#define TICKETS_TEST_EV_OPEN                 "5b3e9744999d4d0ca56b4c5ca1f4dc49"
#define TICKETS_TEST_EV_FUTURE               "8e3df2124072459994bd9423257cc5ce"
#define TICKETS_TEST_EV_CLOSED               "6c30df8b025c4c9483fd44617634f108"
#define TICKETS_TEST_EV_NONE                 "0c2019503cd666fb35c5a3dbd7bafe86"

#define TICKETS_TEST_PR_WEEKEND              "4a8f0a6caa874d80acff3834da9bc124"
#define TICKETS_TEST_PR_DAY                  "d38467aa75944d43ba689a238bf324cf"
#define TICKETS_TEST_PR_GRANDSTAND           "babf9405604c5942ec786211b75a7e3f"
#define TICKETS_TEST_PR_PARKING              "dc8c463396e7ca497854ac32ab3c81f0"

#define TICKETS_TEST_OR_DEMO                 "1a701ca300944a0da88212b5c18e74d2"
#define TICKETS_TEST_OR_FULL                 "b54881be4b6d4479946081b8b66f7522"
#define TICKETS_TEST_OR_FUTURE               "4f6cc8bea3ac4cfeb6b41a09bfd80c74"
#define TICKETS_TEST_OR_CLOSED               "87a2195a3d4162fb35c5a3dbd7ba0011"
#define TICKETS_TEST_OR_NONE                 "87a2195a3d4162fb35c5a3dbd7ba0012"
#define TICKETS_TEST_OR_MIXED                "87a2195a3d4162fb35c5a3dbd7ba0013"
#define TICKETS_TEST_OR_CANCELLED            "87a2195a3d4162fb35c5a3dbd7ba0014"

/* The DEMO order's: 1 carries the barcode CODE_DEMO_1; ANNA's is personalized. */
#define TICKETS_TEST_TK_DEMO_1               "333cdbb9ce254c7e9fb4c10337481d04"
#define TICKETS_TEST_TK_DEMO_2               "5959f610ba0f4b61b30750d5382f228c"
#define TICKETS_TEST_TK_DEMO_SEATED          "a2e37ee17474417a87259b02b674da9a"
#define TICKETS_TEST_TK_DEMO_ANNA            "d2f470d7fa574a39860451ef190f5698"
/* The FULL order's: the two of the pending request RQ_PENDING, and one in no request. */
#define TICKETS_TEST_TK_FULL_REQUEST_1       "d946df0ad00dca5e440cb06b54c21a6e"
#define TICKETS_TEST_TK_FULL_REQUEST_2       "803257770f5f0549d1b225f3b714e55a"
#define TICKETS_TEST_TK_FULL_FREE            "07effd027b906a1551c1c256409c603d"
/* The FUTURE order's combo ticket (its Parking ticket's shop:parent). */
#define TICKETS_TEST_TK_FUTURE_MAIN          "4676fd8719c8439f88cb1561431aac5f"
/* The CLOSED order's: one without a name, one with; then the NONE and CANCELLED orders' only tickets. */
#define TICKETS_TEST_TK_CLOSED               "b77d76a7058fd143125c53ee647af683"
#define TICKETS_TEST_TK_CLOSED_PERSONALIZED  "e4e5dfa7bdf04fafa720bbe4e788b2f0"
#define TICKETS_TEST_TK_NONE                 "a2619b146ddd175276d3b7f3e25f156a"
#define TICKETS_TEST_TK_CANCELLED            "03a8de892f0b7d400ddb7b681ef90a6d"
#define TICKETS_TEST_CODE_DEMO_1             "8663092874786"

#define TICKETS_TEST_PE_ANNA                 "b8e908f8fedd46cda6c869fad7ed9362"
#define TICKETS_TEST_RQ_PENDING              "cbc0fde8aa804984b559feab6d8fc683"
#define TICKETS_TEST_RQ_COMPLETED            "7d7bf5deaa0feb2f1b73e34b9896935c"
#define TICKETS_TEST_CO_JOHN                 "cba40d60019448278542c9f5ac1bf7ce"

/* The nine languages of every translated text, NULL-terminated. */
extern const char * const tickets_test_languages[];

typedef struct _TicketsTestSandbox TicketsTestSandbox;

typedef struct
{
  guint               status;
  SoupMessageHeaders *headers;
  GBytes             *raw;
  JsonNode           *body;    /* NULL when the body is not JSON */
} TicketsTestResponse;

/* The server runs in a thread of its own, so tests can use blocking calls. */
TicketsTestSandbox  *tickets_test_sandbox_start     (void);
TicketsTestSandbox  *tickets_test_sandbox_start_full (GBytes      *fixture,
                                                      const char  *state_file,
                                                      guint        big_order);
/* Every answer delayed by latency_ms; a share fail_rate of requests fails
 * (a 500 or a dropped connection), repeatably for a given seed. */
TicketsTestSandbox  *tickets_test_sandbox_start_faulty (guint       latency_ms,
                                                        double      fail_rate,
                                                        guint32     seed);
void                 tickets_test_sandbox_stop      (TicketsTestSandbox *sandbox);
/* Changes the fail rate of a running sandbox; returns once it is in effect. */
void                 tickets_test_sandbox_set_fail_rate (TicketsTestSandbox *sandbox,
                                                         double              fail_rate);
/* Fails exactly the next n_requests requests that arrive, in the way fault
 * says (retry_after: the Retry-After of a 503, 0 for none); returns once it
 * is in effect. */
void                 tickets_test_sandbox_fail_next (TicketsTestSandbox  *sandbox,
                                                     guint                n_requests,
                                                     TicketsSandboxFault  fault,
                                                     guint                retry_after);
/* Runs func on the running sandbox in its own thread, where everything it
 * does happens (to call its setters, such as tickets_sandbox_set_slow_ms());
 * returns once func has. */
void                 tickets_test_sandbox_call      (TicketsTestSandbox  *sandbox,
                                                     void               (*func) (TicketsSandbox *sandbox,
                                                                                 gpointer        data),
                                                     gpointer             data);
/* Forgets what arrived so far and keeps every request from now on. */
void                 tickets_test_sandbox_record    (TicketsTestSandbox *sandbox);
/* The JSON bodies of the @method requests to @path (such as "/personalization")
 * that arrived since tickets_test_sandbox_record(), oldest first; a body that
 * is not JSON fails the test. Element type JsonNode. */
GPtrArray           *tickets_test_sandbox_received  (TicketsTestSandbox *sandbox,
                                                     const char         *method,
                                                     const char         *path);
/* The @method requests to @path that arrived since tickets_test_sandbox_record(),
 * failed on purpose or not, oldest first (element type TicketsSandboxReceived:
 * copies, freed with the array). */
GPtrArray           *tickets_test_sandbox_dup_received (TicketsTestSandbox *sandbox,
                                                        const char         *method,
                                                        const char         *path);
/* How many of them there are. */
guint                tickets_test_sandbox_count     (TicketsTestSandbox *sandbox,
                                                     const char         *method,
                                                     const char         *path);
/* Starts *sandbox, runs the tests added and stops it again; returns what g_test_run() does. */
int                  tickets_test_run_with_sandbox  (TicketsTestSandbox **sandbox);

const char          *tickets_test_sandbox_get_base  (TicketsTestSandbox *sandbox);
/* "http://127.0.0.1:PORT" + path, or path itself when it is an absolute URI. */
char                *tickets_test_sandbox_uri       (TicketsTestSandbox *sandbox,
                                                     const char         *path);
/* "http://127.0.0.1:PORT/collection/uid" */
char                *tickets_test_uri               (TicketsTestSandbox *sandbox,
                                                     const char         *collection,
                                                     const char         *uid);
/* A JSON list of the URIs of NULL-terminated ticket uids (an absolute URI is kept as it is). */
char                *tickets_test_ticket_list       (TicketsTestSandbox *sandbox,
                                                     const char * const *uids);

/* auth: NULL, "basic:USER:PASSWORD", "bearer:TOKEN", "order:TOKEN",
 * "cognito:TOKEN", "request:TOKEN", or "raw:Header-Name:value". */
TicketsTestResponse *tickets_test_request           (TicketsTestSandbox *sandbox,
                                                     const char         *method,
                                                     const char         *path,
                                                     const char         *auth,
                                                     const char         *body);
/* tickets_test_request() on session (NULL: the sandbox's); a transport error is returned, not a failure. */
TicketsTestResponse *tickets_test_request_full      (TicketsTestSandbox  *sandbox,
                                                     SoupSession         *session,
                                                     const char          *method,
                                                     const char          *path,
                                                     const char          *auth,
                                                     const char          *body,
                                                     GError             **error);
/* Sets the request header that auth (as for tickets_test_request()) stands for. */
void                 tickets_test_set_auth          (SoupMessage         *msg,
                                                     const char          *auth);
/* GET /collection/uid, whatever the answer. */
TicketsTestResponse *tickets_test_get               (TicketsTestSandbox  *sandbox,
                                                     const char          *collection,
                                                     const char          *uid,
                                                     const char          *auth);
/* GET /tickets/uid, asserting 200; *response keeps the returned object alive. */
JsonObject          *tickets_test_get_ticket        (TicketsTestSandbox   *sandbox,
                                                     const char           *uid,
                                                     const char           *auth,
                                                     TicketsTestResponse **response);
/* item_count of GET /consumers, as sales. */
gint64               tickets_test_consumer_count    (TicketsTestSandbox  *sandbox);
void                 tickets_test_response_free     (TicketsTestResponse *response);

JsonObject          *tickets_test_response_object   (TicketsTestResponse *response);
/* Asserts the documented error body: logref, message, type, _links.help, details. */
void                 tickets_test_assert_error      (TicketsTestResponse *response,
                                                     guint                status,
                                                     const char          *type);
/* Asserts a 405 METHOD_NOT_ALLOWED error whose Allow header is allow. */
void                 tickets_test_assert_not_allowed (TicketsTestResponse *response,
                                                      const char          *allow);
/* GET path with each auth: 200 HAL, 403 FORBIDDEN, or 401 UNAUTHORIZED with WWW-Authenticate (NULL: none). */
void                 tickets_test_assert_get_auth   (TicketsTestSandbox  *sandbox,
                                                     const char          *path,
                                                     const char * const  *accepted,
                                                     gsize                n_accepted,
                                                     const char * const  *forbidden,
                                                     gsize                n_forbidden,
                                                     const char * const  *unauthorized,
                                                     gsize                n_unauthorized);
/* Asserts that the ticket, as the box office sees it, has no consumer and is not personalized. */
void                 tickets_test_assert_not_personalized (TicketsTestSandbox *sandbox,
                                                           const char         *uid);

/* Asserts _links.self, _links.profile (when profile != NULL) and the shop curie. */
void                 tickets_test_assert_hal        (JsonObject          *object,
                                                     const char          *profile);
/* _links, asserting it is there. */
JsonObject          *tickets_test_get_links         (JsonObject          *object);
/* The href of the link rel, or NULL when there is no such link. */
const char          *tickets_test_link_href         (JsonObject          *object,
                                                     const char          *rel);
/* The href of the link rel, asserting there is one. */
const char          *tickets_test_assert_link       (JsonObject          *object,
                                                     const char          *rel);
/* _embedded, asserting it is there. */
JsonObject          *tickets_test_embedded          (JsonObject          *object);
/* _embedded[rel], asserting it is there and a list. */
JsonArray           *tickets_test_embedded_list     (JsonObject          *object,
                                                     const char          *rel);
/* Asserts that object has exactly the members of NULL-terminated names. */
void                 tickets_test_assert_members    (JsonObject          *object,
                                                     const char * const  *names);
/* Asserts a translated text: the nine languages, each a string ("" if untranslated), and nothing else. */
JsonObject          *tickets_test_assert_i18n       (JsonObject          *object,
                                                     const char          *member);
/* Asserts that member is there, and null. */
void                 tickets_test_assert_null       (JsonObject          *object,
                                                     const char          *member);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TicketsTestResponse, tickets_test_response_free)

/* A woman in the Netherlands (gender and country) of these names, date of
 * birth ("YYYY-MM-DD") and email: what most forms ask for. */
TicketsConsumer     *tickets_test_new_consumer      (const char          *first_name,
                                                     const char          *last_name,
                                                     const char          *date_of_birth,
                                                     const char          *email);

/* For widget tests under Xvfb: there is no window manager, so no toplevel is
 * ever active, and GtkText sometimes warns that it "did not receive a
 * focus-out event" when the focus moves. That is the test display, not the
 * app: this lets only that warning through; every other stays fatal. Call
 * it first thing in main(). */
void                 tickets_test_allow_focus_out_warning (void);

/* From here on, every message (G_LOG_LEVEL_MESSAGE) logged in @domain is
 * kept in the array returned (the program's; element type utf8) instead of
 * written out, for a test to read and empty; everything else is logged as
 * before. Call it once, in main(). */
GPtrArray           *tickets_test_capture_messages  (const char  *domain);

/* A GAsyncReadyCallback whose user_data is a GAsyncResult ** that must be
 * NULL: it keeps a reference to the result there. */
void                 tickets_test_on_done           (GObject       *source,
                                                     GAsyncResult  *result,
                                                     gpointer       user_data);
/* Spins the default main context until tickets_test_on_done() has filled
 * *result, and returns it; the caller clears *result after the _finish(). */
GAsyncResult        *tickets_test_wait_result       (GAsyncResult **result);
/* Adds one to *count at each emission of @detailed_signal (such as
 * "notify::complete") on @instance; *count must outlive @instance. */
void                 tickets_test_count_signal      (gpointer       instance,
                                                     const char    *detailed_signal,
                                                     guint         *count);
/* The monotonic time @seconds from now. */
gint64               tickets_test_deadline          (guint          seconds);
/* One turn of the default main context, waking up at least every 20 ms;
 * fails the test once @deadline has passed. Waiting until something holds:
 *   while (!done) tickets_test_iterate (deadline); */
void                 tickets_test_iterate           (gint64         deadline);

/* For benchmarks: sorts @values and returns their median. */
double               tickets_test_median            (double      *values,
                                                     guint        n);

G_END_DECLS
