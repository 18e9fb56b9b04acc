import { z } from 'zod/mini'

/**
 * zod's smaller entry, for the schemas the renderer checks before its first frame (the settings,
 * the annotations): its functions tree-shake, and zod's full entry (about 12 KB gzip more) then
 * waits until another schema is needed. Its English messages, which the full entry sets up, are
 * set up here too, so a refusal reads the same whichever entry loaded first.
 */
z.config(z.locales.en())

export { z }
