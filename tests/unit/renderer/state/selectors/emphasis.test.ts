import { beforeEach, describe, expect, it } from 'vitest'
import { dimmedRegions, selectChooserResult, selectRegionEmphasis } from '../../../../../src/renderer/state/selectors'
import { useAppStore } from '../../../../../src/renderer/state/store'
import { makeChooserDataset, MUNICH, SERVICES } from '../../../fixtures/renderer/chooser'

const store = () => useAppStore.getState()
const emphasis = () => selectRegionEmphasis(store())
const dimmedCodes = () => [...emphasis().dimmed].sort()

beforeEach(() => {
  store().setDataset(makeChooserDataset())
})

describe('selectRegionEmphasis dimming', () => {
  it('dims nothing and highlights nothing without constraints or an open chooser', () => {
    expect(emphasis().dimmed.size).toBe(0)
    expect(emphasis().top).toEqual([])
  })

  it('dims nothing before a dataset is loaded', () => {
    useAppStore.setState({ dataset: null, residency: { kind: 'country', countryCode: 'DE' } })
    expect(emphasis()).toEqual({ dimmed: new Set(), top: [] })
  })

  it('dims every region outside the residency constraint', () => {
    store().setResidency({ kind: 'country', countryCode: 'DE' })
    expect(dimmedCodes()).toEqual(['cn-north-1', 'eu-west-1', 'me-west-1', 'mx-central-1', 'sa-east-1', 'us-east-1'])
    store().setResidency({ kind: 'eu-eea' })
    expect(dimmedCodes()).toEqual(['cn-north-1', 'me-west-1', 'mx-central-1', 'sa-east-1', 'us-east-1'])
    store().setResidency({ kind: 'partition', partition: 'aws-eusc' })
    expect([...emphasis().dimmed]).not.toContain('eusc-de-east-1')
    expect(emphasis().dimmed.size).toBe(7)
  })

  it('dims regions lacking a required service, and those whose service list is unknown', () => {
    store().setRequiredServices([SERVICES.lambda])
    expect(dimmedCodes()).toEqual(['cn-north-1', 'eusc-de-east-1', 'me-west-1', 'mx-central-1'])
    store().setRequiredServices([SERVICES.lambda, SERVICES.braket])
    expect(dimmedCodes()).toEqual(['cn-north-1', 'eu-central-1', 'eusc-de-east-1', 'me-west-1', 'mx-central-1', 'sa-east-1'])
  })

  it('combines residency and services: a region failing either is dimmed', () => {
    store().setResidency({ kind: 'country', countryCode: 'DE' })
    store().setRequiredServices([SERVICES.rds])
    expect(emphasis().dimmed.has('eusc-de-east-1')).toBe(true)
    expect(emphasis().dimmed.has('eu-central-1')).toBe(false)
    expect(emphasis().dimmed.size).toBe(7)
  })

  it('agrees with the pure dimmedRegions for the same inputs', () => {
    store().setResidency({ kind: 'eu-eea' })
    store().setRequiredServices([SERVICES.s3])
    const { dataset, residency, requiredServices } = store()
    expect(emphasis().dimmed).toEqual(dimmedRegions(dataset!, residency, requiredServices))
  })
})

describe('selectRegionEmphasis top three', () => {
  it('names the chooser’s best three, best first, while the chooser is open', () => {
    store().setUserLocation(MUNICH)
    store().setChooserOpen(true)
    const ranked = selectChooserResult(store())!.ranked.map((r) => r.code)
    expect(ranked.length).toBeGreaterThan(3)
    expect(emphasis().top).toEqual(ranked.slice(0, 3))
    expect(emphasis().top[0]).toBe('eu-central-1')
  })

  it('names fewer when fewer regions remain, and none when nothing does', () => {
    store().setChooserOpen(true)
    store().setResidency({ kind: 'country', countryCode: 'DE' })
    expect([...emphasis().top].sort()).toEqual(['eu-central-1', 'eusc-de-east-1'])
    store().setRequiredServices([SERVICES.braket])
    expect(emphasis().top).toEqual([])
  })

  it('names none while the chooser is closed, whatever the constraints', () => {
    store().setResidency({ kind: 'eu-eea' })
    store().setChooserOpen(false)
    expect(emphasis().top).toEqual([])
  })

  it('never puts an announced region in the top three', () => {
    store().setChooserOpen(true)
    store().setResidency({ kind: 'country', countryCode: 'SA' })
    expect(emphasis().top).toEqual([])
    expect(emphasis().dimmed.has('me-west-1')).toBe(false)
  })
})

describe('selectRegionEmphasis memoisation', () => {
  it('returns the same object while its inputs are unchanged, however often it is called', () => {
    store().setResidency({ kind: 'eu-eea' })
    store().setChooserOpen(true)
    const first = emphasis()
    expect(emphasis()).toBe(first)
    store().hover('eu-central-1')
    store().select('us-east-1', { fly: true })
    store().setAutoRotateSpeed(3)
    expect(emphasis()).toBe(first)
  })

  it('returns a new object when the dimmed set or the top three change', () => {
    store().setChooserOpen(true)
    const before = emphasis()
    store().setResidency({ kind: 'country', countryCode: 'DE' })
    const afterResidency = emphasis()
    expect(afterResidency).not.toBe(before)
    store().setChooserOpen(false)
    expect(emphasis()).not.toBe(afterResidency)
    expect(emphasis().dimmed).toBe(afterResidency.dimmed)
  })

  it('keeps the same object when a weight changes the score but not the top three', () => {
    store().setUserLocation(MUNICH)
    store().setChooserOpen(true)
    store().setResidency({ kind: 'country', countryCode: 'DE' })
    const before = emphasis()
    const resultBefore = selectChooserResult(store())
    store().setChooserWeights({ proximity: 0.9, price: 0.1 })
    expect(selectChooserResult(store())).not.toBe(resultBefore)
    expect(emphasis()).toBe(before)
  })

  it('is usable as a store selector without re-computing on every call', () => {
    store().setChooserOpen(true)
    const seen = new Set<object>()
    for (let i = 0; i < 50; i += 1) seen.add(selectRegionEmphasis(useAppStore.getState()))
    expect(seen.size).toBe(1)
  })
})
