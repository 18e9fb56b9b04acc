import type { Sample } from './measure'

/** Issue 10: with every layer on, the globe stays under this many draw calls a frame. */
export const DRAW_CALL_LIMIT = 20

type Counted = Pick<Sample, 'drawCalls' | 'idleFrames' | 'idleFramesAfterTurn'>

export interface LayerBudget {
  pass: boolean
  verdict: string
}

/**
 * Whether every sample stayed under the draw-call limit while turning and drew no frame while
 * idle, before the turn and after it (a figure not measured, NaN, is not held against it).
 */
export function judgeLayerBudget(samples: readonly Counted[]): LayerBudget {
  if (samples.length === 0) return { pass: false, verdict: 'no sample: not judged' }
  const problems: string[] = []
  const over = samples.map((s) => s.drawCalls).filter((calls) => !(calls < DRAW_CALL_LIMIT))
  if (over.length) problems.push(`draw calls ${over.join(', ')} (limit: under ${DRAW_CALL_LIMIT})`)
  const idle = samples.map((s) => s.idleFrames).filter((frames) => frames !== 0)
  if (idle.length) problems.push(`idle frames ${idle.join(', ')}`)
  const afterTurn = samples.map((s) => s.idleFramesAfterTurn).filter((frames) => Number.isFinite(frames) && frames !== 0)
  if (afterTurn.length) problems.push(`idle frames after the turn ${afterTurn.join(', ')}`)
  const calls = samples.map((s) => s.drawCalls).join(', ')
  return problems.length
    ? { pass: false, verdict: `fail: ${problems.join('; ')}` }
    : { pass: true, verdict: `pass: draw calls ${calls} (under ${DRAW_CALL_LIMIT}), no frame while idle` }
}
