/* tickets-outbox.c: STUB until the outbox lands (see tickets-outbox.h)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-outbox.h"

struct _TicketsOutbox
{
  GObject  parent_instance;
  char    *path;
};

G_DEFINE_FINAL_TYPE (TicketsOutbox, tickets_outbox, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (TicketsOutboxState, tickets_outbox_state,
                    G_DEFINE_ENUM_VALUE (TICKETS_OUTBOX_PENDING, "pending"),
                    G_DEFINE_ENUM_VALUE (TICKETS_OUTBOX_SENDING, "sending"),
                    G_DEFINE_ENUM_VALUE (TICKETS_OUTBOX_DONE, "done"),
                    G_DEFINE_ENUM_VALUE (TICKETS_OUTBOX_REFUSED, "refused"),
                    G_DEFINE_ENUM_VALUE (TICKETS_OUTBOX_UNKNOWN, "unknown"))

static void tickets_outbox_finalize (GObject *object)
{
  g_free (TICKETS_OUTBOX (object)->path);
  G_OBJECT_CLASS (tickets_outbox_parent_class)->finalize (object);
}
static void tickets_outbox_class_init (TicketsOutboxClass *klass) { G_OBJECT_CLASS (klass)->finalize = tickets_outbox_finalize; }
static void tickets_outbox_init (TicketsOutbox *self) { }

const char *tickets_outbox_state_to_string (TicketsOutboxState state) { return "pending"; }
gboolean tickets_outbox_state_from_string (const char *string, TicketsOutboxState *state) { return FALSE; }
TicketsOutboxEntry *tickets_outbox_entry_new (void) { return g_new0 (TicketsOutboxEntry, 1); }
TicketsOutboxEntry *tickets_outbox_entry_copy (const TicketsOutboxEntry *entry) { return tickets_outbox_entry_new (); }
void tickets_outbox_entry_free (TicketsOutboxEntry *entry) { g_free (entry); }
char *tickets_outbox_dup_default_path (void) { return g_build_filename (g_get_user_data_dir (), "tickets", "outbox.sqlite", NULL); }
TicketsOutbox *tickets_outbox_open (const char *path, GError **error) { return g_object_new (TICKETS_TYPE_OUTBOX, NULL); }
const char *tickets_outbox_get_path (TicketsOutbox *self) { return self->path; }
gboolean tickets_outbox_add (TicketsOutbox *self, TicketsOutboxEntry *entry, GError **error) { return TRUE; }
gboolean tickets_outbox_update (TicketsOutbox *self, TicketsOutboxEntry *entry, GError **error) { return TRUE; }
gboolean tickets_outbox_remove (TicketsOutbox *self, const char *id, GError **error) { return TRUE; }
TicketsOutboxEntry *tickets_outbox_lookup (TicketsOutbox *self, const char *id) { return NULL; }
GPtrArray *tickets_outbox_list (TicketsOutbox *self, const char *server) { return g_ptr_array_new_with_free_func ((GDestroyNotify) tickets_outbox_entry_free); }
guint tickets_outbox_count_unsent (TicketsOutbox *self, const char *server, const char *identity) { return 0; }
gboolean tickets_outbox_prune_done (TicketsOutbox *self, gint64 before, GError **error) { return TRUE; }
