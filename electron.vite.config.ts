import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { checkedAssets } from './scripts/build/checkedAssets'
import { fiberCatalogue } from './scripts/build/fiberCatalogue'
import { RENDERER_CHUNKS } from './scripts/build/rendererChunks'
import { threeShaderChunks } from './scripts/build/threeShaderChunks'
import { defineConfig } from 'electron-vite'

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
    plugins: [react(), fiberCatalogue(), threeShaderChunks(), checkedAssets()],
    resolve: { alias: { '@platform': resolve('src/renderer/platform/electron.ts') } },
    build: {
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } },
      rolldownOptions: { output: { codeSplitting: { groups: RENDERER_CHUNKS } } },
    },
  },
})
