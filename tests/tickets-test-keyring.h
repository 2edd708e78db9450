/* tickets-test-keyring.h: a private home, a private session bus and
 * gnome-keyring on it, for the tests that remember a sign-in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A private home for a test program: a new temporary directory "tickets-test-NAME-XXXXXX"
 * as HOME, its "run" as XDG_RUNTIME_DIR, and no other XDG_*_HOME, so that
 * whatever the code under test writes for the user lands there. Call it
 * first thing in main(); free the path after tickets_test_remove_tree(). */
char                *tickets_test_private_home      (const char  *name);
/* Removes @path and, for a directory, all below it (links are not followed). */
void                 tickets_test_remove_tree       (const char  *path);
/* Whether @name has an owner on the session bus. */
gboolean             tickets_test_bus_has_owner     (const char  *name);
/* gnome-keyring-daemon on the session bus (a private one: GTestDBus), its
 * keyring in HOME, unlocked by a password on its standard input, so nothing
 * prompts; returns once its default collection is there. NULL when
 * gnome-keyring-daemon is not installed: the caller skips. */
GSubprocess         *tickets_test_keyring_start     (void);
/* The object path of the keyring's default collection, NULL while it has none. */
char                *tickets_test_keyring_dup_default_collection (void);
/* Lets go of libsecret's connection (the next caller starts anew), then
 * stops *keyring, if any, and waits until it left the bus. */
void                 tickets_test_keyring_stop      (GSubprocess **keyring);

/* Runs the tests added (g_test_run()) on a private session bus (GTestDBus)
 * that starts no service by itself, then stops the keyring of
 * tickets_test_keyring_up(), if one runs, and takes the bus down. Returns
 * what g_test_run() does. */
int                  tickets_test_run_on_private_bus (void);
/* The address of that bus, while the tests run. */
const char          *tickets_test_private_bus_get_address (void);
/* The program's keyring for the test that calls it: started on the private
 * bus unless it runs already, libsecret's proxy let go of first so the test
 * starts anew. FALSE, the test skipped, without gnome-keyring-daemon. */
gboolean             tickets_test_keyring_up        (void);
/* Stops that keyring, if it runs: the test goes on without a Secret Service. */
void                 tickets_test_keyring_down      (void);

/* tickets_test_wait_result() for a call that may ask the keyring: fails
 * after 30 s, long enough for the keyring's own 5 s deadline, short of
 * hanging the suite. */
GAsyncResult        *tickets_test_keyring_wait_result (GAsyncResult **result);

G_END_DECLS
