import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { checkedAssets } from './scripts/build/checkedAssets'
import { datasetPreload } from './scripts/build/datasetPreload'
import { fiberCatalogue } from './scripts/build/fiberCatalogue'
import { RENDERER_CHUNKS } from './scripts/build/rendererChunks'
import { threeShaderChunks } from './scripts/build/threeShaderChunks'
import { defineConfig } from 'vite'

// The web edition: the same renderer with the web platform adapter, served as static files.
export default defineConfig({
  root: resolve('src/renderer'),
  base: './',
  plugins: [react(), fiberCatalogue(), threeShaderChunks(), checkedAssets(), datasetPreload()],
  resolve: { alias: { '@platform': resolve('src/renderer/platform/web.ts') } },
  build: {
    // INFRAGLOBE_WEB_OUT lets parallel test runs build into folders of their own.
    outDir: resolve(process.env.INFRAGLOBE_WEB_OUT ?? 'out/web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2048,
    rolldownOptions: { output: { codeSplitting: { groups: RENDERER_CHUNKS } } },
  },
})
