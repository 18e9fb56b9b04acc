import { describe, expect, it } from 'vitest'
import {
  ANNOUNCED,
  FIRST_YEAR,
  isTimelineStep,
  stepLabel,
  stepOrder,
  timelineSteps,
  yearOfDate,
} from '../../../../src/shared/timeline/steps'

describe('the steps of the time-lapse', () => {
  it('run from 2006 to the as-of year, then the announced regions', () => {
    const steps = timelineSteps(2026)
    expect(steps).toHaveLength(2026 - 2006 + 2)
    expect(steps[0]).toBe(2006)
    expect(steps.at(-2)).toBe(2026)
    expect(steps.at(-1)).toBe(ANNOUNCED)
    expect(FIRST_YEAR).toBe(2006)
  })

  it('keep the announced step last in their order', () => {
    const steps = timelineSteps(2012)
    expect([...steps].sort((a, b) => stepOrder(a) - stepOrder(b))).toEqual(steps)
  })

  it('take the as-of year from the dataset date', () => {
    expect(yearOfDate('2026-11-21')).toBe(2026)
    expect(yearOfDate('2025-04')).toBe(2025)
    expect(() => yearOfDate('soon')).toThrow(/year/)
  })

  it('know which values are steps', () => {
    expect(isTimelineStep(2006, 2026)).toBe(true)
    expect(isTimelineStep(2026, 2026)).toBe(true)
    expect(isTimelineStep(ANNOUNCED, 2026)).toBe(true)
    for (const bad of [2005, 2027, 2010.5, '2010', null]) expect(isTimelineStep(bad, 2026)).toBe(false)
  })

  it('label years as years and the last step as "Announced"', () => {
    expect(stepLabel(2014)).toBe('2014')
    expect(stepLabel(ANNOUNCED)).toBe('Announced')
  })
})
