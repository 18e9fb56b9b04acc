import type { EvaluationSet, LatencyModelFile } from './modelFile'

/*
 * The measured errors quoted next to the figures: read from a checked model file, without its
 * schema (the renderer quotes them from its first frame on, before zod is loaded).
 */

/** The error to quote next to a user's figures (checkLatencyModel guarantees it exists). */
export function userErrorSet(model: LatencyModelFile): EvaluationSet {
  return quotedSet(model, model.evaluation.headline)
}

/** The error to quote for region-to-region estimates (checkLatencyModel guarantees it exists). */
export function interRegionErrorSet(model: LatencyModelFile): EvaluationSet {
  return quotedSet(model, model.evaluation.interRegion)
}

function quotedSet(model: LatencyModelFile, id: string): EvaluationSet {
  const set = model.evaluation.sets.find((s) => s.id === id)
  if (!set) throw new Error(`latency model: no evaluation set "${id}"`)
  return set
}
