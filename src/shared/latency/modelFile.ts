import { z } from 'zod'
import { formatJsonPath } from '../dataset/validate'
import { SourceSchema } from '../dataset/schema'
import { LatencyParamsSchema } from './params'

/**
 * `assets/data/latency-model.json`: the calibrated parameters, where each
 * came from, and the model's cross-validated error (shown in the About box).
 * Written by `npm run latency:calibrate`.
 */
export const LATENCY_MODEL_SCHEMA_VERSION = 1

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
const sourceId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a source id (lowercase, digits, dashes)')

/** Error figures of one estimator on one evaluation set. Percentages are 0–100. */
export const ErrorFiguresSchema = z.object({
  /** Number of (prediction, measurement) comparisons. */
  n: z.int().positive(),
  medianAbsPctError: z.number().nonnegative(),
  p90AbsPctError: z.number().nonnegative(),
  /** Share of measurements inside the estimate's low–high band, %. */
  bandCoveragePct: z.number().min(0).max(100),
  /** Median signed error, % (positive: the estimator runs high). */
  medianPctBias: z.number(),
})

export const EvaluationSetSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  label: z.string().min(1),
  sources: z.array(sourceId).min(1),
  path: z.enum(['internet', 'backbone']),
  /** How predictions were held out, e.g. leave-one-region-out. */
  method: z.string().min(1),
  model: ErrorFiguresSchema,
  /** The plain straight-line distance fit on the inter-region matrix, on the same folds. */
  baseline: ErrorFiguresSchema,
  note: z.string(),
})

export const ProvenanceSchema = z.object({
  /** The parameter, as a path into `params` (e.g. backbone.overheadMs), or a named constant (fibre). */
  param: z.string().min(1),
  sources: z.array(sourceId),
  note: z.string().min(1),
})

export const LatencyModelFileSchema = z.object({
  schemaVersion: z.literal(LATENCY_MODEL_SCHEMA_VERSION),
  calibratedAt: isoDate,
  summary: z.string().min(1),
  /** Sources used here that the dataset does not list (the dataset's own, e.g. the cloudping matrix, are referred to by id). */
  sources: z.array(SourceSchema),
  params: LatencyParamsSchema,
  provenance: z.array(ProvenanceSchema),
  evaluation: z.object({
    /** The set the About box quotes first. */
    headline: z.string(),
    sets: z.array(EvaluationSetSchema).min(1),
  }),
})

export type ErrorFigures = z.infer<typeof ErrorFiguresSchema>
export type EvaluationSet = z.infer<typeof EvaluationSetSchema>
export type Provenance = z.infer<typeof ProvenanceSchema>
export type LatencyModelFile = z.infer<typeof LatencyModelFileSchema>

export type LatencyModelCheck = { ok: true; model: LatencyModelFile } | { ok: false; problems: string[] }

/** Validates a parsed latency-model file, including that the headline names one of its sets. */
export function checkLatencyModel(value: unknown): LatencyModelCheck {
  const parsed = LatencyModelFileSchema.safeParse(value)
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((i) => `${formatJsonPath(i.path)}: ${i.message}`) }
  }
  const model = parsed.data
  if (!model.evaluation.sets.some((s) => s.id === model.evaluation.headline)) {
    return { ok: false, problems: [`evaluation.headline: no evaluation set "${model.evaluation.headline}"`] }
  }
  return { ok: true, model }
}

export function parseLatencyModel(text: string): LatencyModelCheck {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return { ok: false, problems: [`(root): not valid JSON (${error instanceof Error ? error.message : String(error)})`] }
  }
  return checkLatencyModel(value)
}
