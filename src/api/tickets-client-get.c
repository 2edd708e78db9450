/* tickets-client-get.c: GET requests that want one kind of body, JSON or a PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A server behind a sign-in page or in maintenance answers 200 with a web
 * page; these calls refuse what is not the kind asked for, so no caller
 * parses a page as data or saves one as an e-ticket.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "tickets-client-private.h"
#include "tickets-error.h"

/* Data, not a web page: a sign-in or maintenance page can come with a 200. */
gboolean
tickets_client_is_json_body (const char *content_type,
                             GBytes     *body)
{
  const char *text;
  gsize length;

  if (content_type != NULL &&
      (g_ascii_strcasecmp (content_type, "text/html") == 0 ||
       g_ascii_strcasecmp (content_type, "application/xhtml+xml") == 0))
    return FALSE;

  text = g_bytes_get_data (body, &length);
  while (length > 0 && g_ascii_isspace (*text))
    {
      text++;
      length--;
    }

  return length > 0 && *text != '<';
}

/* The PDF header, which a PDF reader looks for; a web page (a sign-in
 * form, say) would otherwise be saved as the e-ticket. */
gboolean
tickets_client_is_pdf_body (GBytes *body)
{
  const char *data;
  gsize size;

  data = g_bytes_get_data (body, &size);

  return size >= 5 && memcmp (data, "%PDF-", 5) == 0;
}

static void
get_json_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(TicketsResponse) response = NULL;
  GError *error = NULL;
  const char *content_type;
  GBytes *body;

  response = tickets_client_send_finish (TICKETS_CLIENT (source), result, &error);
  if (response == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  content_type = soup_message_headers_get_content_type (tickets_response_get_headers (response), NULL);
  body = tickets_response_get_body (response);
  if (!tickets_client_is_json_body (content_type, body))
    g_task_return_error (task, tickets_api_error_from_response (tickets_response_get_status (response),
                                                                content_type, body));
  else
    g_task_return_pointer (task, g_bytes_ref (body), (GDestroyNotify) g_bytes_unref);
}

void
tickets_client_get_json_async (TicketsClient       *self,
                               const char          *uri,
                               TicketsAuth         *auth,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (TICKETS_IS_CLIENT (self));
  g_return_if_fail (uri != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, tickets_client_get_json_async);

  tickets_client_send_async (self, SOUP_METHOD_GET, uri, auth, NULL, cancellable, get_json_cb, task);
}

GBytes *
tickets_client_get_json_finish (TicketsClient  *self,
                                GAsyncResult   *result,
                                GError        **error)
{
  g_return_val_if_fail (TICKETS_IS_CLIENT (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tickets_client_get_json_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
get_pdf_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(TicketsResponse) response = NULL;
  GError *error = NULL;

  response = tickets_client_send_finish (TICKETS_CLIENT (source), result, &error);
  if (response == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  if (!tickets_client_is_pdf_body (tickets_response_get_body (response)))
    {
      g_task_return_new_error (task, TICKETS_API_ERROR, TICKETS_API_ERROR_INVALID_RESPONSE,
                               "%s", _("The server sent something other than a PDF."));
      return;
    }

  g_task_return_pointer (task, g_bytes_ref (tickets_response_get_body (response)), (GDestroyNotify) g_bytes_unref);
}

void
tickets_client_get_pdf_async (TicketsClient       *self,
                              const char          *uri,
                              TicketsAuth         *auth,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (TICKETS_IS_CLIENT (self));
  g_return_if_fail (tickets_client_get_base (self) != NULL);
  g_return_if_fail (uri != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, tickets_client_get_pdf_async);

  tickets_client_start_request (self, SOUP_METHOD_GET, uri, auth, NULL, "application/pdf", cancellable, get_pdf_cb,
                                task);
}

GBytes *
tickets_client_get_pdf_finish (TicketsClient  *self,
                               GAsyncResult   *result,
                               GError        **error)
{
  g_return_val_if_fail (TICKETS_IS_CLIENT (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tickets_client_get_pdf_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
