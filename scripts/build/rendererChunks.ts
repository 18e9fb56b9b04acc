import { ZOD_CHUNKS } from './zodChunks'

/**
 * The renderer's chunk groups, for `codeSplitting.groups` (same in vite.web.config.ts and
 * electron.vite.config.ts): zod's (see zodChunks.ts), then `start`.
 *
 * `start`: every module the entry imports statically, with the entry. Without it the bundler
 * splits the modules the first frame shares with a deferred view into chunks of their own
 * (selectors, legend sections, lesson actions…), all fetched before the first frame anyway, and
 * every split costs the gzip of the names they import and export and compresses alone: about
 * 8 KB gzip more than one chunk. The deferred views then import what they share from it.
 */
export const RENDERER_CHUNKS = [...ZOD_CHUNKS, { name: 'start', tags: ['$initial' as const], priority: 0 }]
