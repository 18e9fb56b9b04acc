import { describe, expect, it } from 'vitest'
import { committedDataset, committedSource } from '../../fixtures/committedDataset'
import { projectCsv } from '../../fixtures/rawInputs'

describe('EC2 price sheets', () => {
  it('adds c6i.xlarge from the same upstream sheets, each row citing the project file it came through', () => {
    const d = committedDataset()
    expect(d.prices.instanceTypes).toContainEqual({ type: 'c6i.xlarge', vcpu: 4, memoryGiB: 8 })
    const frankfurt = d.prices.ec2.find((r) => r.sheet === 'ec2-2025-04-04' && r.region === 'eu-central-1' && r.instanceType === 'c6i.xlarge')
    expect(frankfurt).toEqual({ sheet: 'ec2-2025-04-04', region: 'eu-central-1', instanceType: 'c6i.xlarge', perHour: 0.194, source: 'ec2-price-additions' })
    expect(committedSource('ec2-price-additions').origin).toMatch(/ec2\.shop/)
    const usEast = d.prices.ec2.find((r) => r.sheet === 'ec2-karpenter-2026-07-20' && r.region === 'us-east-1' && r.instanceType === 'c6i.xlarge')
    expect(usEast?.perHour).toBe(0.17)
  })

  it('covers every region the project file has c6i.xlarge for, and no other', () => {
    const d = committedDataset()
    const wanted = new Set(projectCsv('prices/ec2-ondemand-linux-added-types.csv').filter((r) => r.instance_type === 'c6i.xlarge').map((r) => r.region))
    const got = new Set(d.prices.ec2.filter((r) => r.instanceType === 'c6i.xlarge').map((r) => r.region))
    expect(got).toEqual(wanted)
    expect(got.size).toBeGreaterThanOrEqual(30)
  })

  it('records which regions and instance types each sheet covers', () => {
    const d = committedDataset()
    const feed = d.prices.sheets.find((s) => s.id === 'ec2-2025-04-04')
    expect(feed?.covers?.regions).toContain('eu-central-2')
    expect(feed?.covers?.regions).not.toContain('cn-north-1')
    expect(feed?.covers?.instanceTypes).toContain('c6i.xlarge')
    // Zurich is covered by the sheet, but the 2025-04-04 feed has no c6i there: absent from the sheet, not "not offered".
    expect(d.prices.ec2.some((r) => r.region === 'eu-central-2' && r.instanceType === 'c6i.xlarge')).toBe(false)
    expect(d.prices.notOffered ?? []).toEqual([])
  })
})
