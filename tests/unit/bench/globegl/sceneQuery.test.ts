import { describe, expect, it } from 'vitest'
import { layersOf, sceneQuery } from '../../../../bench/globegl/sceneQuery'

describe("the comparison page's ?scene=", () => {
  it('adds the arcs, the edge and zone points, or both', () => {
    expect(layersOf(null)).toEqual({ arcs: false, places: false })
    expect(layersOf('')).toEqual({ arcs: false, places: false })
    expect(layersOf('arcs')).toEqual({ arcs: true, places: false })
    expect(layersOf('edges')).toEqual({ arcs: false, places: true })
    expect(layersOf('everything')).toEqual({ arcs: true, places: true })
  })

  it('refuses a scene it does not know rather than measuring the regions alone', () => {
    expect(() => layersOf('edge')).toThrow(/\?scene= takes arcs, edges, everything/)
  })

  it('is what the benchmark appends to the page address', () => {
    expect(sceneQuery(null)).toBe('')
    expect(sceneQuery('everything')).toBe('&scene=everything')
    expect(layersOf(new URLSearchParams(`?w=1&h=2${sceneQuery('edges')}`).get('scene'))).toEqual({ arcs: false, places: true })
  })
})
