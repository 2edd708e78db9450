/* tickets-retry.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-error.h"
#include "tickets-retry-private.h"

/* A server that asks for a longer pause gets the error page, with its Try
 * Again, rather than a loading page that seems stuck. */
#define MAX_RETRY_AFTER_MS       (60 * 1000)
#define MAX_RETRY_DELAY_MS       (60 * 1000)

/* Retry-After (RFC 9110): delay-seconds or an HTTP date; in milliseconds,
 * -1 when there is none or it cannot be read. */
gint64
tickets_retry_get_retry_after (SoupMessage *msg)
{
  const char *value = soup_message_headers_get_one (soup_message_get_response_headers (msg), "Retry-After");
  g_autoptr(GDateTime) date = NULL;
  g_autoptr(GDateTime) now = NULL;
  guint64 seconds;
  char *end;

  if (value == NULL)
    return -1;

  while (g_ascii_isspace (*value))
    value++;

  if (g_ascii_isdigit (*value))
    {
      seconds = g_ascii_strtoull (value, &end, 10);
      while (g_ascii_isspace (*end))
        end++;
      if (*end != '\0')
        return -1;
      return (gint64) MIN (seconds, (guint64) G_MAXINT32) * 1000;
    }

  date = soup_date_time_new_from_http_string (value);
  if (date == NULL)
    return -1;
  now = g_date_time_new_now_utc ();

  return MAX (g_date_time_difference (date, now) / G_TIME_SPAN_MILLISECOND, 0);
}

/* Whether attempt, which failed with error, is worth another, and the pause
 * before it in delay; FALSE when error is the answer. */
gboolean
tickets_retry_get_delay (const char   *method,
                         guint         attempt,
                         guint         max_attempts,
                         guint         initial_delay_ms,
                         const GError *error,
                         SoupMessage  *msg,
                         guint64      *delay)
{
  gint64 retry_after = -1;

  /* Only what is safe to repeat: a POST, PATCH or DELETE might have been
   * carried out before the connection dropped. */
  if (!g_str_equal (method, SOUP_METHOD_GET) && !g_str_equal (method, SOUP_METHOD_HEAD))
    return FALSE;

  if (attempt >= max_attempts || !tickets_api_error_is_transient (error))
    return FALSE;

  if (tickets_api_error_get_status (error) != 0)
    retry_after = tickets_retry_get_retry_after (msg);
  if (retry_after > MAX_RETRY_AFTER_MS)
    return FALSE;

  /* Exponential, with jitter so that many clients that failed together do
   * not all come back at the same moment. */
  *delay = MIN ((guint64) initial_delay_ms << MIN (attempt - 1, 16), MAX_RETRY_DELAY_MS);
  *delay = *delay / 2 + g_random_int_range (0, (gint32) (*delay / 2) + 1);
  if (retry_after >= 0 && (guint64) retry_after > *delay)
    *delay = retry_after;

  return TRUE;
}
