import { describe, expect, it } from 'vitest'
import { datasetPreloadTag } from '../../../../scripts/build/datasetPreload'

const bundle = {
  'assets/index-abc.js': { type: 'chunk', fileName: 'assets/index-abc.js' },
  'assets/countries-50m-x.json': { type: 'asset', fileName: 'assets/countries-50m-x.json', originalFileNames: ['node_modules/world-atlas/countries-50m.json'] },
  'assets/infrastructure-h4sh.json': { type: 'asset', fileName: 'assets/infrastructure-h4sh.json', originalFileNames: ['assets/data/infrastructure.json'] },
}

describe("the web edition's preload of its dataset", () => {
  it('preloads the built dataset as a CORS fetch, like the page fetches it', () => {
    expect(datasetPreloadTag(bundle, './')).toEqual({
      tag: 'link',
      attrs: { rel: 'preload', href: './assets/infrastructure-h4sh.json', as: 'fetch', crossorigin: '' },
      injectTo: 'head',
    })
  })

  it('finds nothing to preload when the bundle has no dataset', () => {
    const { ['assets/infrastructure-h4sh.json']: _dataset, ...rest } = bundle
    expect(datasetPreloadTag(rest, './')).toBeNull()
  })
})
