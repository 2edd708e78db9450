/* tickets-connection-keyring.h: remembering a connection between runs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The secret (a token or a password) lives in the Secret Service through
 * libsecret; everything else is remembered in GSettings (the keys
 * server-kind, custom-server, sign-in-kind, sign-in-uri and staff-user).
 * Without a Secret Service the secret is kept in memory for this session
 * only. The functions keep the connection's prefix: they save, restore and
 * forget a connection, only elsewhere.
 */

#pragma once

#include <gio/gio.h>
#include <libsecret/secret.h>

#include "tickets-connection.h"

G_BEGIN_DECLS

/* Saves the choice to GSettings and the secret to the Secret Service's
 * default collection, in place of any secret Tickets saved before. Fails
 * with G_IO_ERROR_NOT_SUPPORTED when no Secret Service answers (within 5 s),
 * or with the keyring's own error when it refuses (say, it stays locked);
 * either way the GSettings part is still saved, the secret is not written
 * anywhere. */
void               tickets_connection_save_async       (TicketsConnection    *self,
                                                        GSettings            *settings,
                                                        GCancellable         *cancellable,
                                                        GAsyncReadyCallback   callback,
                                                        gpointer              user_data);
gboolean           tickets_connection_save_finish      (TicketsConnection    *self,
                                                        GAsyncResult         *result,
                                                        GError              **error);

/* The remembered connection, secret included; NULL without error when
 * nothing is remembered or its secret is gone. NULL with
 * G_IO_ERROR_NOT_SUPPORTED when no Secret Service answers. */
void               tickets_connection_restore_async    (GSettings            *settings,
                                                        GCancellable         *cancellable,
                                                        GAsyncReadyCallback   callback,
                                                        gpointer              user_data);
TicketsConnection *tickets_connection_restore_finish   (GAsyncResult         *result,
                                                        GError              **error);

/* The schema of the secrets Tickets keeps, as a keyring manager sees it. */
const SecretSchema *tickets_connection_get_secret_schema (void);

/* "Sign out and forget": clears the remembered choice from GSettings and
 * every secret Tickets saved from the Secret Service. Fails with
 * G_IO_ERROR_NOT_SUPPORTED when no Secret Service answers; the GSettings
 * part is cleared all the same. */
void               tickets_connection_forget_async     (GSettings            *settings,
                                                        GCancellable         *cancellable,
                                                        GAsyncReadyCallback   callback,
                                                        gpointer              user_data);
gboolean           tickets_connection_forget_finish    (GAsyncResult         *result,
                                                        GError              **error);

G_END_DECLS
