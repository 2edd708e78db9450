/* tickets-outbox.h: every change, on disk before it is sent
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The outbox is one SQLite file, $XDG_DATA_HOME/tickets/outbox.sqlite
 * (folder 0700, file 0600), in WAL mode with synchronous=FULL: when
 * tickets_outbox_add() or tickets_outbox_update() returns, the entry is on
 * the disk and survives a kill or a power cut. It holds entries only; when
 * to send them and how to decide an unclear failure is the store's
 * (tickets-store-outbox.c).
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  TICKETS_OUTBOX_PENDING,  /* kept, not sent yet (or to be sent again) */
  TICKETS_OUTBOX_SENDING,  /* on its way; found so at start, it is unknown */
  TICKETS_OUTBOX_DONE,     /* the server confirmed it */
  TICKETS_OUTBOX_REFUSED,  /* the server refused it (400, 403, 404, 409) */
  TICKETS_OUTBOX_UNKNOWN,  /* the answer was lost: the server's state decides */
} TicketsOutboxState;

#define TICKETS_TYPE_OUTBOX_STATE (tickets_outbox_state_get_type ())
GType tickets_outbox_state_get_type (void) G_GNUC_CONST;

/* "pending", "sending", "done", "refused", "unknown": how the state is
 * written in the file. */
const char         *tickets_outbox_state_to_string   (TicketsOutboxState  state);
gboolean            tickets_outbox_state_from_string (const char         *string,
                                                      TicketsOutboxState *state);

/* One entry, a plain value; the outbox returns copies. */
typedef struct
{
  char               *id;         /* random (g_uuid_string_random ()) */
  gint64              seq;        /* the order of arrival, set by add() */
  char               *server;     /* the server's key: "demo" or its base URI */
  char               *base;       /* the base URI the request was made with */
  char               *identity;   /* tickets_auth_dup_identity () of its auth */
  int                 kind;       /* the store's submission kind */
  char               *method;
  char               *uri;
  char               *body;       /* the request's JSON, NULL for none */
  char               *typed;      /* JSON: what the user typed, to reopen a form */
  char               *before;     /* JSON: what the server held before, for
                                   * deciding an unclear failure; NULL */
  TicketsOutboxState  state;
  guint               attempts;
  char               *last_error; /* the last failure, in the user's words */
  char               *result;     /* JSON: the server's answer once done, NULL */
  gint64              created;    /* unix seconds */
  gint64              updated;
} TicketsOutboxEntry;

TicketsOutboxEntry *tickets_outbox_entry_new         (void);
TicketsOutboxEntry *tickets_outbox_entry_copy        (const TicketsOutboxEntry *entry);
void                tickets_outbox_entry_free        (TicketsOutboxEntry       *entry);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TicketsOutboxEntry, tickets_outbox_entry_free)

#define TICKETS_TYPE_OUTBOX (tickets_outbox_get_type ())

G_DECLARE_FINAL_TYPE (TicketsOutbox, tickets_outbox, TICKETS, OUTBOX, GObject)

/* $XDG_DATA_HOME/tickets/outbox.sqlite. (transfer full) */
char               *tickets_outbox_dup_default_path  (void);
/* Opens (creating it, its folder 0700 and the file 0600) the outbox at
 * @path; NULL: the default path. Fails with a GIOError or G_FILE_ERROR in
 * words for the user. */
TicketsOutbox      *tickets_outbox_open              (const char          *path,
                                                      GError             **error);
const char         *tickets_outbox_get_path          (TicketsOutbox       *self);

/* Writes a new entry (entry->id must be set; seq, created and updated are
 * set here) and returns once it is on the disk. */
gboolean            tickets_outbox_add               (TicketsOutbox       *self,
                                                      TicketsOutboxEntry  *entry,
                                                      GError             **error);
/* Writes the entry's state, attempts, last_error, before and result (by its
 * id), and updated, durably. */
gboolean            tickets_outbox_update            (TicketsOutbox       *self,
                                                      TicketsOutboxEntry  *entry,
                                                      GError             **error);
gboolean            tickets_outbox_remove            (TicketsOutbox       *self,
                                                      const char          *id,
                                                      GError             **error);
/* (transfer full) (nullable) */
TicketsOutboxEntry *tickets_outbox_lookup            (TicketsOutbox       *self,
                                                      const char          *id);
/* The entries of @server (NULL: all), oldest first; (element-type
 * TicketsOutboxEntry) (transfer full). */
GPtrArray          *tickets_outbox_list              (TicketsOutbox       *self,
                                                      const char          *server);
/* How many entries of @server and @identity (either NULL: any) are not
 * done: pending, sending, unknown or refused. */
guint               tickets_outbox_count_unsent      (TicketsOutbox       *self,
                                                      const char          *server,
                                                      const char          *identity);
/* Removes done entries last updated before @before (unix seconds). */
gboolean            tickets_outbox_prune_done        (TicketsOutbox       *self,
                                                      gint64               before,
                                                      GError             **error);

G_END_DECLS
