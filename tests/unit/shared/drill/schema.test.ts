import { describe, expect, it } from 'vitest'
import { DrillStateSchema } from '../../../../src/shared/drill/schema'

const state = {
  region: 'us-east-1',
  placements: [
    { pattern: 'single-instance', az: 'use1-az4' },
    { pattern: 'load-balanced', azs: ['use1-az2', 'use1-az4'] },
    { pattern: 'regional-service', service: 's3' },
  ],
  failedAzIds: ['use1-az4'],
}

describe('DrillStateSchema', () => {
  it('accepts the three patterns placed together with a failed AZ, and az-N keys where IDs are not published', () => {
    expect(DrillStateSchema.parse(state)).toEqual(state)
    expect(DrillStateSchema.safeParse({ region: 'cn-north-1', placements: [{ pattern: 'single-instance', az: 'az-2' }], failedAzIds: ['az-2'] }).success).toBe(true)
  })

  it('refuses a load-balanced deployment in one AZ or twice in the same AZ', () => {
    const one = { ...state, placements: [{ pattern: 'load-balanced', azs: ['use1-az2'] }] }
    expect(DrillStateSchema.safeParse(one).error?.issues[0]?.message).toBe('a load-balanced deployment needs instances in at least two AZs')
    const same = { ...state, placements: [{ pattern: 'load-balanced', azs: ['use1-az2', 'use1-az2'] }] }
    expect(DrillStateSchema.safeParse(same).error?.issues[0]?.message).toBe('each instance of a load-balanced deployment is in a different AZ')
  })

  it('refuses a pattern placed twice, an AZ failed twice, and keys that are not AZs', () => {
    const twice = { ...state, placements: [state.placements[0], state.placements[0]] }
    expect(DrillStateSchema.safeParse(twice).success).toBe(false)
    expect(DrillStateSchema.safeParse({ ...state, failedAzIds: ['use1-az4', 'use1-az4'] }).success).toBe(false)
    expect(DrillStateSchema.safeParse({ ...state, failedAzIds: ['us-east-1a'] }).success).toBe(false)
    expect(DrillStateSchema.safeParse({ ...state, placements: [{ pattern: 'regional-service', service: 'ec2' }] }).success).toBe(false)
  })
})
