import { describe, expect, it } from 'vitest'
import { EdgeLocationSchema } from '../../../../src/shared/dataset/schema'
import { makeEdgeLocation } from '../../fixtures/dataset'

describe('EdgeLocationSchema', () => {
  it('accepts an edge location with a code, and a regional edge cache with its region and a slug id', () => {
    expect(EdgeLocationSchema.safeParse(makeEdgeLocation()).success).toBe(true)
    const cache = makeEdgeLocation({ id: 'rec-eu-central-1', code: null, kind: 'regional-edge-cache', region: 'eu-central-1' })
    expect(EdgeLocationSchema.safeParse(cache).success).toBe(true)
  })

  it('ties the region to the kind: a cache names its region, nothing else has one', () => {
    const noRegion = EdgeLocationSchema.safeParse(makeEdgeLocation({ id: 'rec-x-1', kind: 'regional-edge-cache' }))
    expect(noRegion.error?.issues.map((i) => i.message)).toEqual(['a regional edge cache names the AWS Region it sits in'])
    const edgeWithRegion = EdgeLocationSchema.safeParse(makeEdgeLocation({ region: 'eu-central-1' }))
    expect(edgeWithRegion.error?.issues.map((i) => i.message)).toEqual(['only a regional edge cache has a region'])
  })

  it('refuses an id that is neither a location code nor a slug', () => {
    expect(EdgeLocationSchema.safeParse(makeEdgeLocation({ id: 'Barcelona' })).success).toBe(false)
    expect(EdgeLocationSchema.safeParse(makeEdgeLocation({ code: 'FRANKFURT' })).success).toBe(false)
  })
})
