import { basename } from 'node:path'
import type { HtmlTagDescriptor, Plugin } from 'vite'

/** The file the web edition fetches first (platform/web.ts imports its URL). */
export const PRELOADED_FILE = 'infrastructure.json'

interface BundleAsset {
  type: string
  fileName: string
  originalFileNames?: readonly string[]
}

/**
 * The preload tag for the built dataset: the browser fetches it while it
 * still downloads the scripts, instead of after they have run. The request
 * matches the page's own `fetch(url)` (same URL, CORS mode, same-origin
 * credentials: `crossorigin`), so that fetch is answered from the preload.
 * Null when the bundle has no such asset.
 */
export function datasetPreloadTag(bundle: Record<string, BundleAsset>, base: string): HtmlTagDescriptor | null {
  const asset = Object.values(bundle).find(
    (item) => item.type === 'asset' && (item.originalFileNames ?? []).some((name) => basename(name) === PRELOADED_FILE),
  )
  if (!asset) return null
  return {
    tag: 'link',
    attrs: { rel: 'preload', href: `${base}${asset.fileName}`, as: 'fetch', crossorigin: '' },
    injectTo: 'head',
  }
}

/** Adds the dataset's preload tag to the web edition's page (build only). */
export function datasetPreload(): Plugin {
  let base = './'
  return {
    name: 'infraglobe:dataset-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const tag = context.bundle ? datasetPreloadTag(context.bundle as Record<string, BundleAsset>, base) : null
        if (!tag) throw new Error(`the web build has no ${PRELOADED_FILE} to preload`)
        return [tag]
      },
    },
  }
}
