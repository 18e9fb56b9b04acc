import { describe, expect, it } from 'vitest'
import { azSummary, type AzSlot } from '../../../../src/shared/azs/summary'
import { drillStateProblems, evaluateDrill } from '../../../../src/shared/drill/evaluate'
import type { DrillPlacement, DrillState } from '../../../../src/shared/drill/schema'

const useast1: AzSlot[] = ['use1-az1', 'use1-az2', 'use1-az3', 'use1-az4', 'use1-az5', 'use1-az6'].map((id) => ({ key: id, label: id }))
const single: DrillPlacement = { pattern: 'single-instance', az: 'use1-az4' }
const balanced: DrillPlacement = { pattern: 'load-balanced', azs: ['use1-az2', 'use1-az4'] }
const s3: DrillPlacement = { pattern: 'regional-service', service: 's3' }

function drill(failedAzIds: string[], placements: DrillPlacement[] = [single, balanced, s3], azs = useast1) {
  const state: DrillState = { region: 'us-east-1', placements, failedAzIds }
  return evaluateDrill(state, azs)
}

describe('evaluateDrill', () => {
  it('serves everywhere before any failure', () => {
    const outcome = drill([])
    expect(outcome.patterns.map((p) => p.serving)).toEqual([true, true, true])
    expect(outcome.patterns.map((p) => p.reason)).toEqual([
      'the only instance is in use1-az4, which is up: serving',
      'the load balancer spreads traffic over the instances in use1-az2 and use1-az4: serving',
      'Amazon S3 keeps its data in several AZs of the region: serving',
    ])
    expect(outcome).toMatchObject({ allFailed: false, summary: null })
  })

  it('takes down the single instance with its AZ while the load balancer and S3 carry on', () => {
    const outcome = drill(['use1-az4'])
    expect(outcome.patterns.map((p) => [p.serving, p.reason])).toEqual([
      [false, 'the only instance was in use1-az4: down'],
      [true, 'the load balancer sends traffic to the instance in use1-az2: still serving'],
      [true, 'Amazon S3 keeps its data in several AZs and carries on in use1-az1, use1-az2, use1-az3, use1-az5 and use1-az6: still serving'],
    ])
    expect(outcome.patterns.every((p) => p.caveat === null)).toBe(true)
  })

  it('leaves the single instance serving when another AZ fails', () => {
    expect(drill(['use1-az1']).patterns[0]).toMatchObject({ serving: true })
  })

  it('takes down the load-balanced deployment once every AZ with one of its instances has failed', () => {
    const outcome = drill(['use1-az2', 'use1-az4'])
    expect(outcome.patterns[1]).toMatchObject({ serving: false, reason: 'every instance was in a failed AZ (use1-az2 and use1-az4): down' })
    expect(outcome.patterns[2]?.serving).toBe(true)
    expect(outcome.patterns[2]?.caveat).toBe('AWS designs Amazon S3 to withstand the loss of one AZ; with 2 AZs out, the drill assumes it carries on')
  })

  it('says that everything is down when every AZ has failed', () => {
    const outcome = drill(useast1.map((a) => a.key), [single, balanced, { pattern: 'regional-service', service: 'dynamodb' }])
    expect(outcome.patterns.map((p) => p.serving)).toEqual([false, false, false])
    expect(outcome.patterns[2]?.reason).toBe('every AZ of the region is down: Amazon DynamoDB is down too')
    expect(outcome.allFailed).toBe(true)
    expect(outcome.summary).toBe('every AZ of us-east-1 has failed: nothing in the region is serving, not even its regional services')
  })

  it('names AZs "AZ N" in a region whose IDs are not published', () => {
    const summary = azSummary({ azCount: 3, azIds: [] })
    if (summary.kind !== 'count-only') throw new Error('expected a count-only summary')
    const outcome = drill(['az-1'], [{ pattern: 'single-instance', az: 'az-1' }, { pattern: 'load-balanced', azs: ['az-1', 'az-3'] }], summary.azs)
    expect(outcome.patterns.map((p) => p.reason)).toEqual([
      'the only instance was in AZ 1: down',
      'the load balancer sends traffic to the instance in AZ 3: still serving',
    ])
  })

  it('refuses a state that names an AZ the region does not have, rather than answer wrongly', () => {
    const state: DrillState = { region: 'us-east-1', placements: [{ pattern: 'single-instance', az: 'use1-az9' }], failedAzIds: ['usw2-az1'] }
    expect(drillStateProblems(state, useast1)).toEqual([
      'the single instance: use1-az9 is not an AZ of us-east-1',
      'a failed AZ: usw2-az1 is not an AZ of us-east-1',
    ])
    expect(() => evaluateDrill(state, useast1)).toThrow(RangeError)
  })
})
