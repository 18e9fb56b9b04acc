import { describe, expect, it } from 'vitest'
import { tallyText } from '../../../../src/renderer/edges/edgeWording'

describe('the regional edge caches’ tally', () => {
  it('says how many are shown of how many AWS states, and how many AWS confirms', () => {
    expect(tallyText({ shown: 13, confirmed: 12, stated: 13 })).toBe(
      '13 regional edge caches shown of 13 AWS states, 12 of them confirmed by AWS’s own pages',
    )
  })

  it('says so where AWS states no count, rather than inventing one', () => {
    expect(tallyText({ shown: 4, confirmed: 4, stated: null })).toBe(
      '4 regional edge caches shown (AWS states no count), 4 of them confirmed by AWS’s own pages',
    )
  })
})
