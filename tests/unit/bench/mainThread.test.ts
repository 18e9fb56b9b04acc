import { describe, expect, it } from 'vitest'
import { perFrame } from '../../../bench/mainThread'

describe('perFrame', () => {
  it('turns second totals into milliseconds per frame, the rest of the task time as other', () => {
    const start = { task: 1, script: 0.5, style: 0.1, layout: 0.05 }
    const end = { task: 2, script: 1, style: 0.2, layout: 0.15 }
    const result = perFrame(start, end, 100)
    expect(result.totalMs).toBeCloseTo(10)
    expect(result.scriptMs).toBeCloseTo(5)
    expect(result.styleMs).toBeCloseTo(1)
    expect(result.layoutMs).toBeCloseTo(1)
    expect(result.otherMs).toBeCloseTo(3)
  })

  it('says nothing (NaN) when no frame was drawn', () => {
    const totals = { task: 1, script: 1, style: 1, layout: 1 }
    expect(perFrame(totals, totals, 0).totalMs).toBeNaN()
  })
})
