/* tickets-eticket-saver.c
 *
 * E-tickets: downloaded in the app with the sign-in's auth (a link handed
 * to the desktop has no way to send it), saved where the person says, and
 * opened. Each failure says what happened, as text, never markup, and
 * offers a way on: the link to copy, another try, the folder.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "tickets-accessible.h"
#include "tickets-eticket-saver.h"

struct _TicketsEticketSaver
{
  GObject         parent_instance;

  /* Store and auth are read from it at each step, never kept apart. */
  TicketsSession *session;
  /* Weak: the window owns the saver. */
  GtkWindow      *parent;
  GCancellable   *cancellable;
};

G_DEFINE_FINAL_TYPE (TicketsEticketSaver, tickets_eticket_saver, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_PARENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* One e-ticket on its way from the link to the file. */
typedef struct
{
  TicketsEticketSaver *saver;
  char                *uri;
  char                *file_name;  /* suggested in Save As */
  GBytes              *pdf;
  GFile               *file;
} Eticket;

static void
eticket_clear (Eticket *eticket)
{
  g_object_unref (eticket->saver);
  g_free (eticket->uri);
  g_free (eticket->file_name);
  g_clear_pointer (&eticket->pdf, g_bytes_unref);
  g_clear_object (&eticket->file);
}

static Eticket *
eticket_ref (Eticket *eticket)
{
  return g_rc_box_acquire (eticket);
}

static void
eticket_unref (Eticket *eticket)
{
  g_rc_box_release_full (eticket, (GDestroyNotify) eticket_clear);
}

static void
eticket_closure_unref (gpointer  data,
                       GClosure *closure)
{
  eticket_unref (data);
}

static void download_eticket (Eticket *eticket);
static void choose_eticket_file (Eticket *eticket);
static void open_saved_eticket (Eticket *eticket);
static void show_eticket_in_files (Eticket *eticket);

static void
toast (TicketsEticketSaver *self,
       const char          *text)
{
  g_signal_emit (self, signals[TOAST], 0, text);
}

static void
on_eticket_problem_response (AdwMessageDialog *dialog,
                             const char       *response,
                             Eticket          *eticket)
{
  if (g_str_equal (response, "copy"))
    tickets_eticket_saver_copy_link (eticket->saver, eticket->uri);
  else if (g_str_equal (response, "download"))
    download_eticket (eticket);
  else if (g_str_equal (response, "save"))
    choose_eticket_file (eticket);
  else if (g_str_equal (response, "open"))
    open_saved_eticket (eticket);
  else if (g_str_equal (response, "folder"))
    show_eticket_in_files (eticket);
}

/* A dialog, not a toast: the way on needs more than one button. The
 * heading and body of an AdwMessageDialog are plain text by default.
 * Then pairs of response id and label, NULL-terminated; the last is the
 * suggested one. */
static void
show_eticket_problem (Eticket    *eticket,
                      const char *heading,
                      const char *body,
                      const char *first_response,
                      ...)
{
  GtkWidget *dialog = adw_message_dialog_new (eticket->saver->parent, heading, body);
  const char *id = first_response;
  const char *last = NULL;
  va_list args;

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  va_start (args, first_response);
  while (id != NULL)
    {
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), id, va_arg (args, const char *));
      last = id;
      id = va_arg (args, const char *);
    }
  va_end (args);

  if (last != NULL)
    {
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), last, ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), last);
    }
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_eticket_problem_response), eticket_ref (eticket),
                         eticket_closure_unref, 0);
  tickets_accessible_tidy_names (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_folder_shown (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  Eticket *eticket = user_data;
  g_autoptr(GError) error = NULL;

  if (!gtk_show_uri_full_finish (GTK_WINDOW (source), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_autofree char *path = g_file_get_parse_name (eticket->file);
      g_autofree char *message = NULL;

      /* Translators: %s is where the e-ticket was saved, such as /home/anna/Downloads/e-ticket.pdf. */
      message = g_strdup_printf (_("No file manager could be opened. The e-ticket is at %s"), path);
      toast (eticket->saver, message);
    }

  eticket_unref (eticket);
}

static void
on_items_shown (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  Eticket *eticket = user_data;
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autofree char *folder_uri = NULL;

  reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, NULL);
  if (reply != NULL)
    {
      eticket_unref (eticket);
      return;
    }

  /* No file manager that points at a file: its folder, then. */
  folder = g_file_get_parent (eticket->file);
  folder_uri = g_file_get_uri (folder);
  gtk_show_uri_full (eticket->saver->parent, folder_uri, GDK_CURRENT_TIME, NULL, on_folder_shown, eticket);
}

static void
show_eticket_in_files (Eticket *eticket)
{
  GtkWindow *parent = eticket->saver->parent;
  GApplication *app = parent != NULL ? G_APPLICATION (gtk_window_get_application (parent)) : NULL;
  GDBusConnection *bus = app != NULL ? g_application_get_dbus_connection (app) : NULL;
  g_autofree char *uri = g_file_get_uri (eticket->file);
  const char *uris[] = { uri, NULL };

  if (bus == NULL)
    {
      g_autoptr(GFile) folder = g_file_get_parent (eticket->file);
      g_autofree char *folder_uri = g_file_get_uri (folder);

      gtk_show_uri_full (parent, folder_uri, GDK_CURRENT_TIME, NULL, on_folder_shown, eticket_ref (eticket));
      return;
    }

  g_dbus_connection_call (bus, "org.freedesktop.FileManager1", "/org/freedesktop/FileManager1",
                          "org.freedesktop.FileManager1", "ShowItems", g_variant_new ("(^ass)", uris, ""),
                          NULL, G_DBUS_CALL_FLAGS_NONE, -1, NULL, on_items_shown, eticket_ref (eticket));
}

static void
on_eticket_shown (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  Eticket *eticket = user_data;
  g_autoptr(GError) error = NULL;

  if (!gtk_show_uri_full_finish (GTK_WINDOW (source), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_autofree char *path = g_file_get_parse_name (eticket->file);
      g_autofree char *body = NULL;

      /* Translators: the first %s is where the e-ticket was saved, the
       * second what went wrong, in words from the system. */
      body = g_strdup_printf (_("It was saved as %s, but no app opened it (%s)."), path, error->message);
      show_eticket_problem (eticket, _("The E-ticket Could Not Be Opened"), body,
                            "folder", _("_Show in Files"), "open", _("_Try Again"), NULL);
    }

  eticket_unref (eticket);
}

static void
open_saved_eticket (Eticket *eticket)
{
  g_autofree char *uri = g_file_get_uri (eticket->file);

  gtk_show_uri_full (eticket->saver->parent, uri, GDK_CURRENT_TIME, NULL, on_eticket_shown, eticket_ref (eticket));
}

static void
on_eticket_saved (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  Eticket *eticket = user_data;
  g_autoptr(GError) error = NULL;

  if (tickets_store_save_eticket_finish (TICKETS_STORE (source), result, &error))
    {
      g_autofree char *name = g_file_get_basename (eticket->file);
      g_autofree char *message = NULL;

      /* Translators: %s is the file name, such as e-ticket.pdf. */
      message = g_strdup_printf (_("E-ticket saved as “%s”"), name);
      toast (eticket->saver, message);
      open_saved_eticket (eticket);
    }
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    show_eticket_problem (eticket, _("The E-ticket Could Not Be Saved"), error->message,
                          "save", _("_Try Again"), NULL);

  eticket_unref (eticket);
}

static void
on_eticket_file_chosen (GtkNativeDialog *chooser,
                        int              response,
                        Eticket         *eticket)
{
  TicketsStore *store = tickets_session_get_store (eticket->saver->session);

  if (response == GTK_RESPONSE_ACCEPT && store != NULL)
    {
      g_clear_object (&eticket->file);
      eticket->file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      tickets_store_save_eticket_async (store, eticket->pdf, eticket->file, NULL, on_eticket_saved,
                                        eticket_ref (eticket));
    }

  g_object_unref (chooser);
}

/* Save As through the file chooser portal, where there is one. */
static void
choose_eticket_file (Eticket *eticket)
{
  GtkFileChooserNative *chooser;
  const char *downloads = g_get_user_special_dir (G_USER_DIRECTORY_DOWNLOAD);

  chooser = gtk_file_chooser_native_new (_("Save E-ticket"), eticket->saver->parent,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  if (eticket->file != NULL)
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), eticket->file, NULL);
  else
    {
      if (downloads != NULL)
        {
          g_autoptr(GFile) folder = g_file_new_for_path (downloads);

          gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
        }
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), eticket->file_name);
    }
  g_signal_connect_data (chooser, "response", G_CALLBACK (on_eticket_file_chosen), eticket_ref (eticket),
                         eticket_closure_unref, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_eticket_downloaded (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  Eticket *eticket = user_data;
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&eticket->pdf, g_bytes_unref);
  eticket->pdf = tickets_store_download_eticket_finish (TICKETS_STORE (source), result, &error);
  if (eticket->pdf != NULL)
    choose_eticket_file (eticket);
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    show_eticket_problem (eticket, _("The E-ticket Could Not Be Downloaded"), error->message,
                          "copy", _("_Copy Link"), "download", _("_Try Again"), NULL);

  eticket_unref (eticket);
}

static void
download_eticket (Eticket *eticket)
{
  TicketsEticketSaver *self = eticket->saver;
  TicketsStore *store = tickets_session_get_store (self->session);

  if (store == NULL)
    return;

  tickets_store_download_eticket_async (store, eticket->uri, tickets_session_get_auth (self->session),
                                        self->cancellable, on_eticket_downloaded, eticket_ref (eticket));
}

/* What was downloaded with one sign-in's auth is not the next one's to save. */
static void
cancel_downloads (TicketsEticketSaver *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
}

void
tickets_eticket_saver_save (TicketsEticketSaver *self,
                            const char          *uri,
                            const char          *file_name)
{
  Eticket *eticket;

  g_return_if_fail (TICKETS_IS_ETICKET_SAVER (self));
  g_return_if_fail (uri != NULL);
  g_return_if_fail (file_name != NULL);

  eticket = g_rc_box_new0 (Eticket);
  eticket->saver = g_object_ref (self);
  eticket->uri = g_strdup (uri);
  eticket->file_name = g_strdup (file_name);
  download_eticket (eticket);
  eticket_unref (eticket);
}

void
tickets_eticket_saver_copy_link (TicketsEticketSaver *self,
                                 const char          *uri)
{
  g_return_if_fail (TICKETS_IS_ETICKET_SAVER (self));
  g_return_if_fail (uri != NULL);

  if (self->parent == NULL)
    return;

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self->parent)), uri);
  toast (self, _("Link copied"));
}

TicketsEticketSaver *
tickets_eticket_saver_new (TicketsSession *session,
                           GtkWindow      *parent)
{
  g_return_val_if_fail (TICKETS_IS_SESSION (session), NULL);
  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);

  return g_object_new (TICKETS_TYPE_ETICKET_SAVER,
                       "session", session,
                       "parent", parent,
                       NULL);
}

static void
tickets_eticket_saver_constructed (GObject *object)
{
  TicketsEticketSaver *self = TICKETS_ETICKET_SAVER (object);

  G_OBJECT_CLASS (tickets_eticket_saver_parent_class)->constructed (object);

  g_signal_connect_object (self->session, "notify::auth", G_CALLBACK (cancel_downloads), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->parent, "destroy", G_CALLBACK (cancel_downloads), self, G_CONNECT_SWAPPED);
}

static void
tickets_eticket_saver_dispose (GObject *object)
{
  TicketsEticketSaver *self = TICKETS_ETICKET_SAVER (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->session);
  g_clear_weak_pointer (&self->parent);

  G_OBJECT_CLASS (tickets_eticket_saver_parent_class)->dispose (object);
}

static void
tickets_eticket_saver_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  TicketsEticketSaver *self = TICKETS_ETICKET_SAVER (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    case PROP_PARENT:
      g_value_set_object (value, self->parent);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_eticket_saver_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  TicketsEticketSaver *self = TICKETS_ETICKET_SAVER (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;

    case PROP_PARENT:
      g_set_weak_pointer (&self->parent, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tickets_eticket_saver_class_init (TicketsEticketSaverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = tickets_eticket_saver_constructed;
  object_class->dispose = tickets_eticket_saver_dispose;
  object_class->get_property = tickets_eticket_saver_get_property;
  object_class->set_property = tickets_eticket_saver_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, TICKETS_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PARENT] =
    g_param_spec_object ("parent", NULL, NULL, GTK_TYPE_WINDOW,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[TOAST] =
    g_signal_new ("toast",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
tickets_eticket_saver_init (TicketsEticketSaver *self)
{
  self->cancellable = g_cancellable_new ();
}
