/* tickets-connect-field.h: a field of the welcome, and the message under it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The welcome's parts (the server's address, the ways of signing in) each
 * keep their fields in one of these: the entry row, the row under it that
 * says what is wrong, and what the server said about it last.
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

typedef struct
{
  GtkWidget *row;
  GtkWidget *message_row;
  GtkWidget *message_label;
  /* What the server said about it, until the field is edited. */
  char      *error_message;
  /* What was typed is judged once the user is done with it (typing paused,
   * focus left, Enter): "https://" on the way to a whole link is no
   * mistake yet. */
  gboolean   judged;
} TicketsConnectField;

/* A row under @after, in its group, for messages about it; hidden. */
GtkWidget  *tickets_connect_field_add_message_row (GtkWidget            *after,
                                                   GtkWidget           **label_out);

/* Gives @row its message row and its accessible names. */
void        tickets_connect_field_set_up          (TicketsConnectField  *field,
                                                   GtkWidget            *row);
void        tickets_connect_field_clear           (TicketsConnectField  *field);

/* What was typed, without the white space a paste brings along. */
char       *tickets_connect_field_dup_text        (TicketsConnectField  *field);
gboolean    tickets_connect_field_has_text        (TicketsConnectField  *field);

/* Shows @message under the field, else the server's word on it, else
 * nothing; the field is marked invalid while a message shows. */
void        tickets_connect_field_show_message    (TicketsConnectField  *field,
                                                   const char           *message);
/* The message shown under the field, NULL when none is. */
const char *tickets_connect_field_get_message     (TicketsConnectField  *field);

G_END_DECLS
