/* tickets-session.h: what one running Tickets talks to, and as whom
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "tickets-connection.h"
#include "tickets-store.h"

G_BEGIN_DECLS

#define TICKETS_TYPE_SESSION (tickets_session_get_type ())

G_DECLARE_FINAL_TYPE (TicketsSession, tickets_session, TICKETS, SESSION, GObject)

/* A session that remembers nothing: remember, forget and restore need
 * settings. */
TicketsSession    *tickets_session_new              (void);
/* settings: where the remembered sign-in is kept (see
 * tickets-connection-keyring.h). */
TicketsSession    *tickets_session_new_with_settings (GSettings         *settings);

/* Whether @server can be used as the server to talk to: a client takes it.
 * Sets *kind to TICKETS_SERVER_PAYLOGIC for the production server however
 * its address is written, TICKETS_SERVER_CUSTOM for any other. Fails with
 * TICKETS_API_ERROR_INSECURE or _INVALID_URI, in the user's words. */
gboolean           tickets_session_check_server     (const char         *server,
                                                     TicketsServerKind  *kind,
                                                     GError            **error);

/* Makes the store one for that server (custom_server: for
 * TICKETS_SERVER_CUSTOM only), starting the demo server, in this process,
 * when it is the one chosen. The same server keeps its store and all it
 * holds; another gets a new store, and "store" notifies. On failure the
 * store stays; without one yet (at start-up) the server chosen is the
 * session's all the same, so the welcome can say that it cannot be used. */
gboolean           tickets_session_connect          (TicketsSession     *self,
                                                     TicketsServerKind   kind,
                                                     const char         *custom_server,
                                                     GError            **error);
TicketsServerKind  tickets_session_get_server_kind  (TicketsSession     *self);
/* The store's base URI, NULL when the chosen server is not usable. */
const char        *tickets_session_get_server       (TicketsSession     *self);
/* TRUE for the demo server, even when it could not be started. */
gboolean           tickets_session_get_demo         (TicketsSession     *self);
/* At the application's shutdown: the demo server stops listening. */
void               tickets_session_shutdown         (TicketsSession     *self);

/* The one store, NULL when the chosen server is not usable. Connecting to
 * another server replaces it and notifies "store". set_store() puts a
 * store made elsewhere (tests) in its place, the server choice unchanged. */
TicketsStore      *tickets_session_get_store        (TicketsSession     *self);
void               tickets_session_set_store        (TicketsSession     *self,
                                                     TicketsStore       *store);

/* The auth of what is open now: the order token of the order, the request
 * token of the request, the Cognito token of the signed-in fan, or the staff
 * member's Basic auth. NULL: the client's own. Views pass it to the store
 * and never look inside. Notifies "auth". */
TicketsAuth       *tickets_session_get_auth         (TicketsSession     *self);
void               tickets_session_set_auth         (TicketsSession     *self,
                                                     TicketsAuth        *auth);

/* Who is signed in: NULL until the server accepted a sign-in. begin_sign_in()
 * takes the connection's auth as the session's and keeps the connection
 * aside; confirm_sign_in(), once what it opens has loaded, makes it the
 * session's "connection". sign_out() drops both, and the auth. */
void               tickets_session_begin_sign_in    (TicketsSession     *self,
                                                     TicketsConnection  *connection);
void               tickets_session_confirm_sign_in  (TicketsSession     *self);
void               tickets_session_sign_out         (TicketsSession     *self);
TicketsConnection *tickets_session_get_connection   (TicketsSession     *self);

/* The demo server's demo order and its token, a sign-in that needs no
 * keyring: the token is public. */
TicketsConnection *tickets_session_dup_demo_sign_in (TicketsSession     *self);
/* The demo server's staff account, public as its order token is, for the
 * welcome to show. */
void               tickets_session_get_demo_staff   (TicketsSession     *self,
                                                     const char        **user,
                                                     const char        **password);

/* Saves the signed-in connection (there must be one: nothing unconfirmed is
 * remembered) as tickets_connection_save_async() does. */
void               tickets_session_remember_async   (TicketsSession     *self,
                                                     GCancellable       *cancellable,
                                                     GAsyncReadyCallback callback,
                                                     gpointer            user_data);
gboolean           tickets_session_remember_finish  (TicketsSession     *self,
                                                     GAsyncResult       *result,
                                                     GError            **error);
/* Forgets the remembered sign-in as tickets_connection_forget_async() does,
 * once the saves still under way are done: two clears at once trip over
 * each other's items in libsecret, and no secret outlives a sign-out. */
void               tickets_session_forget_async     (TicketsSession     *self,
                                                     GCancellable       *cancellable,
                                                     GAsyncReadyCallback callback,
                                                     gpointer            user_data);
gboolean           tickets_session_forget_finish    (TicketsSession     *self,
                                                     GAsyncResult       *result,
                                                     GError            **error);
/* The changes of the signed-in identity (the session's auth) that the
 * outbox has not sent yet, or that were refused and not discarded: a
 * "Sign Out and Forget" asks the user about them first, and forget_async()
 * refuses with TICKETS_STORE_ERROR_UNSENT while there are any.
 * discard_unsent() drops them, with the user's say. */
guint              tickets_session_get_n_unsent     (TicketsSession     *self);
void               tickets_session_discard_unsent   (TicketsSession     *self);

/* The remembered sign-in, when it was made on the session's server (the
 * command line may have chosen another) and that server is usable; NULL
 * without error otherwise. Errors as tickets_connection_restore_finish(). */
void               tickets_session_restore_async    (TicketsSession     *self,
                                                     GCancellable       *cancellable,
                                                     GAsyncReadyCallback callback,
                                                     gpointer            user_data);
TicketsConnection *tickets_session_restore_finish   (TicketsSession     *self,
                                                     GAsyncResult       *result,
                                                     GError            **error);

G_END_DECLS
