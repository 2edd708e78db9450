/* tickets-sign-in-form.h: the welcome's ways of signing in, each with its own fields
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An order's link and token, a Cognito token, a friend's request link and
 * token, or a staff account: the form shows the fields of the way chosen,
 * judges them as the user is done with them, and keeps what was typed for
 * the others.
 */

#pragma once

#include <adwaita.h>

#include "tickets-connection.h"

G_BEGIN_DECLS

#define TICKETS_TYPE_SIGN_IN_FORM (tickets_sign_in_form_get_type ())

G_DECLARE_FINAL_TYPE (TicketsSignInForm, tickets_sign_in_form, TICKETS, SIGN_IN_FORM, GtkBox)

/* Signals:
 *   "secret-activated" (TicketsSignInForm *form): Enter was pressed in the
 *   last field, the token or password: the user means to sign in. (Enter
 *   in a field before it goes on to the next.)
 *
 * Properties: "sign-in-kind" (a TicketsSignInKind), "complete"
 * (read-only: every field of the way chosen is filled in and usable). */

TicketsSignInKind  tickets_sign_in_form_get_sign_in_kind  (TicketsSignInForm *self);
void               tickets_sign_in_form_set_sign_in_kind  (TicketsSignInForm *self,
                                                           TicketsSignInKind  sign_in_kind);
gboolean           tickets_sign_in_form_get_complete      (TicketsSignInForm *self);

/* A connection to server_kind (and server, for a custom one) with what
 * was typed for the way chosen; the form must be complete. */
TicketsConnection *tickets_sign_in_form_new_connection    (TicketsSignInForm *self,
                                                           TicketsServerKind  server_kind,
                                                           const char        *server);
/* Chooses the connection's way of signing in and fills in its link or
 * user name; its secret is left to type again (it was refused). */
void               tickets_sign_in_form_fill              (TicketsSignInForm *self,
                                                           TicketsConnection *connection);
/* Empties every token and password field. */
void               tickets_sign_in_form_clear_secrets     (TicketsSignInForm *self);
/* The demo server's staff account, shown under the staff fields while the
 * demo server is chosen; NULL user: none (another server). */
void               tickets_sign_in_form_set_demo_staff    (TicketsSignInForm *self,
                                                           const char        *user,
                                                           const char        *password);

/* Focuses the first field of the way chosen. */
void               tickets_sign_in_form_focus_first       (TicketsSignInForm *self);
/* Focuses the first empty field of the way chosen, else its secret. */
void               tickets_sign_in_form_focus_first_empty (TicketsSignInForm *self);

/* Shows a refusal next to the field it is about (the token or password,
 * or the link that leads nowhere), focusing that field, and returns TRUE;
 * FALSE when @error is about none of them. NULL clears. */
gboolean           tickets_sign_in_form_show_error        (TicketsSignInForm *self,
                                                           const GError      *error);

/* field is one of "order-link", "order-token", "cognito-token",
 * "request-link", "request-token", "staff-user" and "staff-password". */
GtkEditable       *tickets_sign_in_form_get_entry         (TicketsSignInForm *self,
                                                           const char        *field);
/* The message shown under field, NULL when none is. */
const char        *tickets_sign_in_form_get_message       (TicketsSignInForm *self,
                                                           const char        *field);

G_END_DECLS
