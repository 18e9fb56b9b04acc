import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { fiberCatalogue } from './scripts/build/fiberCatalogue'
import { defineConfig } from 'electron-vite'

// zod and its Content Security Policy setting (platform/jitless.ts) in one chunk of their own, zod
// first: with the app split into chunks, a chunk that validates while it loads could otherwise run
// before main.tsx's first import has set zod up, and zod's probe of `new Function` would log a
// violation. Same group in vite.web.config.ts.
const ZOD_CHUNK = { name: 'zod', test: /node_modules[\\/]zod[\\/]|src[\\/]renderer[\\/]platform[\\/]jitless\.ts/ }

export default defineConfig({
  main: {
    build: { rollupOptions: { input: { index: resolve('src/main/index.ts') } } },
  },
  preload: {
    build: {
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        // A sandboxed preload cannot load ES modules: it must be one CommonJS file.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    plugins: [react(), fiberCatalogue()],
    resolve: { alias: { '@platform': resolve('src/renderer/platform/electron.ts') } },
    build: {
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } },
      rolldownOptions: { output: { codeSplitting: { groups: [ZOD_CHUNK] } } },
    },
  },
})
