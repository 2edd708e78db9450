/* tickets-auth.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tickets-auth-private.h"

G_DEFINE_ENUM_TYPE (TicketsAuthMode, tickets_auth_mode,
  G_DEFINE_ENUM_VALUE (TICKETS_AUTH_NONE, "none"),
  G_DEFINE_ENUM_VALUE (TICKETS_AUTH_BASIC, "basic"),
  G_DEFINE_ENUM_VALUE (TICKETS_AUTH_BEARER, "bearer"),
  G_DEFINE_ENUM_VALUE (TICKETS_AUTH_ORDER_TOKEN, "order-token"),
  G_DEFINE_ENUM_VALUE (TICKETS_AUTH_COGNITO_TOKEN, "cognito-token"),
  G_DEFINE_ENUM_VALUE (TICKETS_AUTH_PERSONALIZATION_REQUEST_TOKEN, "personalization-request-token"))

struct _TicketsAuth
{
  gatomicrefcount  ref_count;
  TicketsAuthMode  mode;
  char            *header_value;  /* secret */
};

G_DEFINE_BOXED_TYPE (TicketsAuth, tickets_auth, tickets_auth_ref, tickets_auth_unref)

/* Called through a volatile pointer so that the compiler cannot drop a
 * store to memory that is freed right after. */
static void *(*const volatile wipe_memory) (void *, int, size_t) = memset;

/**
 * tickets_secret_free:
 * @secret: (nullable) (transfer full): a token or password
 *
 * Wipes the secret's bytes, then frees it: g_free() alone would leave them
 * behind in freed memory.
 */
void
tickets_secret_free (char *secret)
{
  if (secret == NULL)
    return;

  wipe_memory (secret, 0, strlen (secret));
  g_free (secret);
}

static TicketsAuth *
auth_new (TicketsAuthMode  mode,
          char            *header_value)
{
  TicketsAuth *self = g_new0 (TicketsAuth, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->mode = mode;
  self->header_value = header_value;

  return self;
}

TicketsAuth *
tickets_auth_new_none (void)
{
  return auth_new (TICKETS_AUTH_NONE, NULL);
}

TicketsAuth *
tickets_auth_new_basic (const char *user,
                        const char *password)
{
  char *pair;
  g_autofree char *encoded = NULL;

  g_return_val_if_fail (user != NULL, NULL);
  g_return_val_if_fail (strchr (user, ':') == NULL, NULL);
  g_return_val_if_fail (password != NULL, NULL);

  pair = g_strconcat (user, ":", password, NULL);
  encoded = g_base64_encode ((const guchar *) pair, strlen (pair));
  tickets_secret_free (pair);

  return auth_new (TICKETS_AUTH_BASIC, g_strconcat ("Basic ", encoded, NULL));
}

static gboolean
is_token_mode (TicketsAuthMode mode)
{
  return mode == TICKETS_AUTH_BEARER ||
         mode == TICKETS_AUTH_ORDER_TOKEN ||
         mode == TICKETS_AUTH_COGNITO_TOKEN ||
         mode == TICKETS_AUTH_PERSONALIZATION_REQUEST_TOKEN;
}

static gboolean
is_header_safe (const char *text)
{
  return strpbrk (text, "\r\n") == NULL;
}

/* Not g_strstrip(), which would leave a copy of the token's end behind the new one. */
char *
tickets_secret_dup_stripped (const char *text)
{
  const char *end;

  while (g_ascii_isspace (*text))
    text++;
  end = text + strlen (text);
  while (end > text && g_ascii_isspace (end[-1]))
    end--;

  return g_strndup (text, end - text);
}

TicketsAuth *
tickets_auth_new_token (TicketsAuthMode  mode,
                        const char      *token)
{
  char *value;

  g_return_val_if_fail (is_token_mode (mode), NULL);
  g_return_val_if_fail (token != NULL, NULL);

  /* Tokens are pasted from emails and web pages, with the odd line break around them. */
  value = tickets_secret_dup_stripped (token);
  if (*value == '\0' || !is_header_safe (value))
    {
      tickets_secret_free (value);
      g_return_val_if_reached (NULL);
    }

  if (mode == TICKETS_AUTH_BEARER)
    {
      char *bearer = g_strconcat ("Bearer ", value, NULL);

      tickets_secret_free (value);
      value = bearer;
    }

  return auth_new (mode, value);
}

TicketsAuth *
tickets_auth_ref (TicketsAuth *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);

  return self;
}

void
tickets_auth_unref (TicketsAuth *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  tickets_secret_free (self->header_value);
  g_free (self);
}

TicketsAuthMode
tickets_auth_get_mode (TicketsAuth *self)
{
  g_return_val_if_fail (self != NULL, TICKETS_AUTH_NONE);

  return self->mode;
}

char *
tickets_auth_dup_identity (TicketsAuth *self)
{
  static const char * const prefixes[] = {
    [TICKETS_AUTH_NONE] = "none",
    [TICKETS_AUTH_BASIC] = "basic",
    [TICKETS_AUTH_BEARER] = "bearer",
    [TICKETS_AUTH_ORDER_TOKEN] = "order",
    [TICKETS_AUTH_COGNITO_TOKEN] = "cognito",
    [TICKETS_AUTH_PERSONALIZATION_REQUEST_TOKEN] = "request",
  };
  g_autoptr(GChecksum) checksum = NULL;
  char hex[33];

  g_return_val_if_fail (self != NULL, NULL);

  if (self->mode == TICKETS_AUTH_NONE || self->header_value == NULL)
    return g_strdup ("none");

  /* A one-way hash of the secret: the name says nothing of it. */
  checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_checksum_update (checksum, (const guchar *) prefixes[self->mode], -1);
  g_checksum_update (checksum, (const guchar *) "\n", 1);
  g_checksum_update (checksum, (const guchar *) self->header_value, -1);
  g_strlcpy (hex, g_checksum_get_string (checksum), sizeof hex);

  return g_strdup_printf ("%s-%s", prefixes[self->mode], hex);
}

/* The name of the header that carries the secret, NULL for none; for the
 * client only. */
const char *
tickets_auth_get_header_name (TicketsAuth *self)
{
  static const char * const header_names[] = {
    [TICKETS_AUTH_BASIC] = "Authorization",
    [TICKETS_AUTH_BEARER] = "Authorization",
    [TICKETS_AUTH_ORDER_TOKEN] = "Order-Token",
    [TICKETS_AUTH_COGNITO_TOKEN] = "Cognito-Token",
    [TICKETS_AUTH_PERSONALIZATION_REQUEST_TOKEN] = "Personalization-Request-Token",
  };

  g_return_val_if_fail (self != NULL, NULL);

  if (self->mode == TICKETS_AUTH_NONE)
    return NULL;

  return header_names[self->mode];
}

/* The value of the header that carries the secret; for the client only. */
const char *
tickets_auth_get_header_value (TicketsAuth *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->header_value;
}
