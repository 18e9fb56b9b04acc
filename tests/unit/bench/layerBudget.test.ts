import { describe, expect, it } from 'vitest'
import { DRAW_CALL_LIMIT, judgeLayerBudget } from '../../../bench/layerBudget'

const quiet = { drawCalls: 14, idleFrames: 0, idleFramesAfterTurn: 0 }

describe('the draw-call and idle budget of every layer on', () => {
  it('passes under 20 draw calls with no frame while idle', () => {
    const judged = judgeLayerBudget([quiet, { ...quiet, drawCalls: DRAW_CALL_LIMIT - 1 }])
    expect(judged).toEqual({ pass: true, verdict: 'pass: draw calls 14, 19 (under 20), no frame while idle' })
  })

  it('fails at 20 draw calls, on any idle frame before or after the turn, naming each', () => {
    expect(judgeLayerBudget([quiet, { ...quiet, drawCalls: 20 }])).toEqual({ pass: false, verdict: 'fail: draw calls 20 (limit: under 20)' })
    expect(judgeLayerBudget([{ ...quiet, idleFrames: 3 }, { ...quiet, idleFramesAfterTurn: 1 }])).toEqual({
      pass: false,
      verdict: 'fail: idle frames 3; idle frames after the turn 1',
    })
  })

  it('does not hold an unmeasured figure against it, and judges nothing without samples', () => {
    expect(judgeLayerBudget([{ ...quiet, idleFramesAfterTurn: Number.NaN }]).pass).toBe(true)
    expect(judgeLayerBudget([{ ...quiet, drawCalls: Number.NaN }]).pass).toBe(false)
    expect(judgeLayerBudget([]).pass).toBe(false)
  })
})
