import { describe, expect, it } from 'vitest'
import {
  EU_EEA_COUNTRY_CODES,
  describeResidency,
  satisfiesResidency,
  type ResidencyRegion,
} from '../../../../src/shared/chooser'
import { loadCliInputs } from '../../../../scripts/latency/cli'

const at = (countryCode: string, partition: ResidencyRegion['partition'] = 'aws'): ResidencyRegion => ({
  countryCode,
  partition,
})

describe('residency', () => {
  it('lets every region through when data may be anywhere', () => {
    expect(satisfiesResidency(at('US'), { kind: 'any' })).toBe(true)
    expect(satisfiesResidency(at('CN', 'aws-cn'), { kind: 'any' })).toBe(true)
  })

  it('keeps a country constraint to regions in that country, whatever the partition', () => {
    const germany = { kind: 'country', countryCode: 'DE' } as const
    expect(satisfiesResidency(at('DE'), germany)).toBe(true)
    expect(satisfiesResidency(at('DE', 'aws-eusc'), germany)).toBe(true)
    expect(satisfiesResidency(at('FR'), germany)).toBe(false)
    expect(satisfiesResidency(at('DE'), { kind: 'country', countryCode: 'de' })).toBe(true)
  })

  it('counts Germany and Norway as EU/EEA but not Switzerland or the United Kingdom', () => {
    const euEea = { kind: 'eu-eea' } as const
    expect(satisfiesResidency(at('DE'), euEea)).toBe(true)
    expect(satisfiesResidency(at('NO'), euEea)).toBe(true)
    expect(satisfiesResidency(at('IS'), euEea)).toBe(true)
    expect(satisfiesResidency(at('LI'), euEea)).toBe(true)
    expect(satisfiesResidency(at('CH'), euEea)).toBe(false)
    expect(satisfiesResidency(at('GB'), euEea)).toBe(false)
    expect(satisfiesResidency(at('US'), euEea)).toBe(false)
  })

  it('lists the 27 EU member states and the 3 EEA EFTA states, Greece as GR', () => {
    expect(EU_EEA_COUNTRY_CODES.size).toBe(30)
    expect(EU_EEA_COUNTRY_CODES.has('GR')).toBe(true)
    expect(EU_EEA_COUNTRY_CODES.has('EL')).toBe(false)
    for (const code of EU_EEA_COUNTRY_CODES) expect(code).toMatch(/^[A-Z]{2}$/)
  })

  it('keeps a partition constraint to regions in that partition', () => {
    expect(satisfiesResidency(at('CN', 'aws-cn'), { kind: 'partition', partition: 'aws-cn' })).toBe(true)
    expect(satisfiesResidency(at('HK'), { kind: 'partition', partition: 'aws-cn' })).toBe(false)
    expect(satisfiesResidency(at('US', 'aws-us-gov'), { kind: 'partition', partition: 'aws-us-gov' })).toBe(true)
    expect(satisfiesResidency(at('US'), { kind: 'partition', partition: 'aws-us-gov' })).toBe(false)
    expect(satisfiesResidency(at('DE', 'aws-eusc'), { kind: 'partition', partition: 'aws-eusc' })).toBe(true)
    expect(satisfiesResidency(at('DE'), { kind: 'partition', partition: 'aws-eusc' })).toBe(false)
  })

  it('selects exactly the shipped regions of each partition and the EU/EEA ones from the dataset', () => {
    const { dataset } = loadCliInputs()
    for (const partition of ['aws-cn', 'aws-us-gov', 'aws-eusc'] as const) {
      const kept = dataset.regions.filter((r) => satisfiesResidency(r, { kind: 'partition', partition }))
      expect(kept.length).toBeGreaterThan(0)
      expect(kept.every((r) => r.partition === partition)).toBe(true)
    }
    const eu = dataset.regions.filter((r) => satisfiesResidency(r, { kind: 'eu-eea' })).map((r) => r.code)
    expect(eu).toContain('eu-central-1')
    expect(eu).not.toContain('eu-central-2')
    expect(eu).not.toContain('eu-west-2')
  })

  it('describes each constraint in plain words', () => {
    expect(describeResidency({ kind: 'any' })).toBe('anywhere')
    expect(describeResidency({ kind: 'eu-eea' })).toBe('in the EU/EEA')
    expect(describeResidency({ kind: 'country', countryCode: 'DE' })).toBe('in DE')
    expect(describeResidency({ kind: 'country', countryCode: 'DE' }, () => 'Germany')).toBe('in Germany')
    expect(describeResidency({ kind: 'partition', partition: 'aws-us-gov' })).toBe(
      'in the GovCloud (US) partition (aws-us-gov)',
    )
  })
})
