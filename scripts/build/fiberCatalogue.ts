import { resolve } from 'node:path'
import type { Plugin } from 'vite'

/**
 * The module whose THREE_CATALOGUE lists the three.js classes the app's JSX names; from the
 * repository's root, like the configs' other paths (electron-vite bundles its config elsewhere).
 */
export const CATALOGUE_MODULE = resolve('src/renderer/globe/threeCatalogue.ts')

const CANVAS_MODULE = /[\\/]@react-three[\\/]fiber[\\/]dist[\\/]react-three-fiber\.esm\.js$/
const WHOLE_NAMESPACE = 'extend(THREE)'

/**
 * @react-three/fiber's Canvas, with the app's catalogue of three.js classes in place of the whole
 * THREE namespace: the namespace passed as a value keeps all of three.js in the bundle, the
 * catalogue lets the build drop the classes nothing uses (about 50 KB gzip).
 */
export function narrowFiberCanvas(code: string): string {
  const at = code.indexOf(WHOLE_NAMESPACE)
  if (at < 0 || code.indexOf(WHOLE_NAMESPACE, at + 1) >= 0) {
    throw new Error(`@react-three/fiber's Canvas no longer calls ${WHOLE_NAMESPACE} once: see scripts/build/fiberCatalogue.ts`)
  }
  const catalogue = JSON.stringify(CATALOGUE_MODULE.replaceAll('\\', '/'))
  // On the first line, so the module's other lines keep their numbers.
  return `import { THREE_CATALOGUE } from ${catalogue}; ${code.replace(WHOLE_NAMESPACE, 'extend(THREE_CATALOGUE)')}`
}

/** A build step that narrows the Canvas's catalogue (the dev server keeps the whole namespace). */
export function fiberCatalogue(): Plugin {
  return {
    name: 'infraglobe:fiber-catalogue',
    apply: 'build',
    transform(code, id) {
      if (!CANVAS_MODULE.test(id)) return null
      return { code: narrowFiberCanvas(code), map: null }
    },
  }
}
