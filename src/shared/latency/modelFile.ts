import { z } from 'zod'
import { formatJsonPath } from '../dataset/problems'
import { SourceSchema } from '../dataset/schema'
import { LatencyParamsSchema } from './params'

/**
 * `assets/data/latency-model.json`: the calibrated parameters, where each
 * came from, and the model's error measured on data held out of the fits
 * (shown in the About box). Written by `npm run latency:calibrate`.
 * Version 2: every user figure includes the access path (params.internet),
 * and the file names which error goes with user figures and which with
 * region-to-region ones (evaluation.headline, evaluation.interRegion).
 */
export const LATENCY_MODEL_SCHEMA_VERSION = 2

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
    /**
     * The set quoted next to a user's figures (the latency ranking, the arcs,
     * the chooser, the comparison) and first in About: the error of a
     * user-to-region estimate over the public internet. An internet-path set.
     */
    headline: z.string(),
    /** The set quoted for region-to-region estimates (the inter-region matrix, the network). A backbone-path set. */
    interRegion: z.string(),
    sets: z.array(EvaluationSetSchema).min(1),
  }),
})

export type ErrorFigures = z.infer<typeof ErrorFiguresSchema>
export type EvaluationSet = z.infer<typeof EvaluationSetSchema>
export type Provenance = z.infer<typeof ProvenanceSchema>
export type LatencyModelFile = z.infer<typeof LatencyModelFileSchema>

export type LatencyModelCheck = { ok: true; model: LatencyModelFile } | { ok: false; problems: string[] }

/** Which path the set each quoted error names must be on: a user's error is never the backbone's. */
const QUOTED = [
  { key: 'headline', path: 'internet' },
  { key: 'interRegion', path: 'backbone' },
] as const

/**
 * Validates a parsed latency-model file, including that the headline names an
 * internet-path set and interRegion a backbone-path set.
 */
export function checkLatencyModel(value: unknown): LatencyModelCheck {
  const parsed = LatencyModelFileSchema.safeParse(value)
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((i) => `${formatJsonPath(i.path)}: ${i.message}`) }
  }
  const model = parsed.data
  const problems: string[] = []
  for (const { key, path } of QUOTED) {
    const id = model.evaluation[key]
    const set = model.evaluation.sets.find((s) => s.id === id)
    if (!set) problems.push(`evaluation.${key}: no evaluation set "${id}"`)
    else if (set.path !== path) problems.push(`evaluation.${key}: set "${id}" is on the ${set.path} path, not the ${path} path`)
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, model }
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
