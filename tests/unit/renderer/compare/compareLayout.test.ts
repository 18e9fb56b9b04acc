import { describe, expect, it } from 'vitest'
import { compareLayout, ec2ColumnShares } from '../../../../src/renderer/compare/compareLayout'

describe('Compare’s columns', () => {
  it('keeps the factor names in a column up to three regions, and puts them above the values from four', () => {
    expect(compareLayout(2).stackedLabels).toBe(false)
    expect(compareLayout(3).stackedLabels).toBe(false)
    expect(compareLayout(4)).toEqual({ stackedLabels: true, labelShare: 0 })
    expect(compareLayout(3).labelShare).toBeLessThan(compareLayout(2).labelShare)
  })

  it('shares the EC2 sheet’s whole width among its columns, the prices evenly', () => {
    for (const count of [1, 2, 3, 4]) {
      const shares = ec2ColumnShares(count)
      expect(shares.type + shares.vcpu + shares.memory + count * shares.price).toBeCloseTo(1)
      expect(shares.price).toBeGreaterThan(0.1)
    }
  })
})
