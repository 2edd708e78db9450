/* tickets-verdict-sound.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gsound.h>

#include "tickets-verdict-card.h"
#include "tickets-verdict-sound.h"

struct _TicketsVerdictSound
{
  GSettings     *settings;
  GSoundContext *context;
  GCancellable  *cancellable;
  gboolean       failed;
};

/* The "counter-sounds" key, NULL when the schema is not installed (an
 * uninstalled build run without GSETTINGS_SCHEMA_DIR still starts, with
 * sounds). */
static GSettings *
new_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, "counter-sounds"))
    return NULL;

  return g_settings_new_full (schema, NULL, NULL);
}

TicketsVerdictSound *
tickets_verdict_sound_new (void)
{
  TicketsVerdictSound *self = g_new0 (TicketsVerdictSound, 1);

  self->settings = new_settings ();
  self->cancellable = g_cancellable_new ();

  return self;
}

void
tickets_verdict_sound_free (TicketsVerdictSound *self)
{
  if (self == NULL)
    return;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->context);
  g_clear_object (&self->settings);
  g_free (self);
}

static void
on_played (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  /* No sound card, no sound server, a muted system (CI has none): the
   * verdict is on the screen all the same. */
  gsound_context_play_full_finish (GSOUND_CONTEXT (source), result, NULL);
}

const char *
tickets_verdict_sound_play (TicketsVerdictSound *self,
                            TicketsVerdictTone   tone,
                            const char          *description)
{
  const char *id = tickets_verdict_card_sound_for_tone (tone);

  g_return_val_if_fail (self != NULL, NULL);

  if (self->failed || (self->settings != NULL && !g_settings_get_boolean (self->settings, "counter-sounds")))
    return NULL;

  if (self->context == NULL && (self->context = gsound_context_new (NULL, NULL)) == NULL)
    {
      self->failed = TRUE;
      return NULL;
    }

  gsound_context_play_full (self->context, self->cancellable, on_played, NULL,
                            GSOUND_ATTR_EVENT_ID, id,
                            GSOUND_ATTR_EVENT_DESCRIPTION, description,
                            NULL);

  return id;
}
