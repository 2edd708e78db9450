/* tickets-sandbox-downloads.c: e-ticket downloads
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-sandbox-private.h"

/* A one-page PDF, so that "open the e-ticket" has something to open. The
 * real links are on a download host of their own and carry their own token;
 * the sandbox also wants the auth that reads the ticket or the order, so
 * that the tests see the app download with the sign-in's auth. */
void
sandbox_handle_download (Request    *req,
                         const char *kind,
                         const char *token)
{
  static const char pdf[] =
    "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>endobj\n"
    "4 0 obj<</Length 58>>stream\nBT /F1 24 Tf 72 760 Td (Tickets sandbox e-ticket) Tj ET\nendstream endobj\n"
    "5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
  JsonArray *tickets = sandbox_data_list (req->self->data, SANDBOX_TICKETS);
  JsonObject *found = NULL;
  gboolean allowed;

  if (!sandbox_require (req, TRUE, "download this e-ticket"))
    return;

  for (guint i = 0; i < json_array_get_length (tickets) && found == NULL; i++)
    {
      JsonObject *ticket = json_array_get_object_element (tickets, i);

      if (g_str_equal (kind, "eticket") ? g_str_equal (sandbox_get_string (ticket, "eticket"), token)
                                        : g_str_equal (sandbox_get_string (ticket, "order"), token))
        found = ticket;
    }

  if (found == NULL)
    {
      sandbox_respond_not_found (req, "The e-ticket");
      return;
    }

  if (g_str_equal (kind, "eticket"))
    allowed = sandbox_can_read_ticket (req, found);
  else
    allowed = sandbox_can_read_order (&req->auth, sandbox_data_lookup (req->self->data, SANDBOX_ORDERS, token));
  if (!sandbox_require (req, allowed, "download this e-ticket"))
    return;

  soup_server_message_set_status (req->msg, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response (req->msg, "application/pdf", SOUP_MEMORY_STATIC, pdf, sizeof pdf - 1);
}
