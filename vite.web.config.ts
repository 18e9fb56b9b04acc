import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { fiberCatalogue } from './scripts/build/fiberCatalogue'
import { defineConfig } from 'vite'

// zod and its Content Security Policy setting (platform/jitless.ts) in one chunk of their own, zod
// first: with the app split into chunks, a chunk that validates while it loads could otherwise run
// before main.tsx's first import has set zod up, and zod's probe of `new Function` would log a
// violation. Same group in electron.vite.config.ts.
const ZOD_CHUNK = { name: 'zod', test: /node_modules[\\/]zod[\\/]|src[\\/]renderer[\\/]platform[\\/]jitless\.ts/ }

// The web edition: the same renderer with the web platform adapter, served as static files.
export default defineConfig({
  root: resolve('src/renderer'),
  base: './',
  plugins: [react(), fiberCatalogue()],
  resolve: { alias: { '@platform': resolve('src/renderer/platform/web.ts') } },
  build: {
    // INFRAGLOBE_WEB_OUT lets parallel test runs build into folders of their own.
    outDir: resolve(process.env.INFRAGLOBE_WEB_OUT ?? 'out/web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2048,
    rolldownOptions: { output: { codeSplitting: { groups: [ZOD_CHUNK] } } },
  },
})
