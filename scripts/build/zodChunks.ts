/**
 * The renderer's chunks of zod, most specific first (in RENDERER_CHUNKS, rendererChunks.ts).
 *
 * `zod-core`: zod's core with its smaller entry (zod/mini), its English messages and the Content
 * Security Policy setting (platform/jitless.ts): what the settings need before the first frame.
 * `zod`: the full entry, which every other schema uses; it loads when one of them is first needed.
 *
 * jitless.ts shares the core's chunk: with the app split into chunks, a chunk that validates while
 * it loads could otherwise run before main.tsx's first import has set zod up, and zod's probe of
 * `new Function` would log a violation.
 */
export const ZOD_CHUNKS = [
  {
    name: 'zod-core',
    test: /node_modules[\\/]zod[\\/](v4[\\/](core[\\/](?!json-schema|to-json-schema|memoizer)|mini[\\/])|v4[\\/]locales[\\/]en\.js|mini[\\/])|src[\\/]renderer[\\/]platform[\\/]jitless\.ts/,
    priority: 2,
  },
  { name: 'zod', test: /node_modules[\\/]zod[\\/]/, priority: 1 },
]
