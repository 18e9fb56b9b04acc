import { describe, expect, it } from 'vitest'
import { figureText, headlineFigures, regionalEdgeCacheTally } from '../../../../src/shared/edges/tally'
import type { CloudFrontFigure } from '../../../../src/shared/dataset/schema'
import { makeEdgeLocation } from '../../fixtures/dataset'

const figure = (overrides: Partial<CloudFrontFigure>): CloudFrontFigure => ({
  figure: 'regional-edge-caches', value: 13, orMore: false, headline: true, asOf: null, dated: 'undated', confidence: 'high', refs: [0], note: null,
  ...overrides,
})
const cache = (region: string, confidence: 'high' | 'medium') =>
  makeEdgeLocation({ id: `rec-${region}`, code: null, kind: 'regional-edge-cache', region, confidence })

describe('regionalEdgeCacheTally', () => {
  it('counts the caches shown, those AWS confirms, and the number AWS states', () => {
    const items = [makeEdgeLocation(), cache('us-east-1', 'high'), cache('us-west-1', 'medium')]
    const figures = [figure({ headline: false, value: 11, dated: 'c. 2017' }), figure({})]
    expect(regionalEdgeCacheTally({ items, figures })).toEqual({ shown: 2, confirmed: 1, stated: 13 })
  })

  it('says the stated number is unknown when no current figure gives it', () => {
    expect(regionalEdgeCacheTally({ items: [], figures: [figure({ headline: false })] })).toEqual({ shown: 0, confirmed: 0, stated: null })
  })
})

describe('headlineFigures and figureText', () => {
  it('keeps the current figures and writes "600+" for a floor', () => {
    const figures = [figure({}), figure({ figure: 'points-of-presence', value: 600, orMore: true }), figure({ headline: false, value: 410 })]
    expect(headlineFigures({ figures }).map(figureText)).toEqual(['13', '600+'])
  })
})
