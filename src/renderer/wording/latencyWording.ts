import type { Dataset, Source } from '../../shared/dataset/schema'
import type { EvaluationSet, LatencyModelFile, RankedRegion } from '../../shared/latency'
import { interRegionErrorSet, userErrorSet } from '../../shared/latency/quotedSets'
import type { UserLocation } from '../../shared/settings/schema'

/** How the location was set, as the panel says it. */
export const originWords: Record<UserLocation['origin'], string> = {
  search: 'searched',
  click: 'placed on the globe',
  timezone: 'from your time zone',
}

/** A round trip in whole milliseconds: the model is not better than that. */
export function msText(ms: number): string {
  return String(Math.round(ms))
}

/** "eu-central-1 · Frankfurt · 11 ms (8–16)": the region, its estimate and the band around it, in two parts. */
export function rankParts(rank: RankedRegion, city: string | undefined): { region: string; rtt: string } {
  return {
    region: city ? `${rank.code} · ${city}` : rank.code,
    rtt: `${msText(rank.rttMs)} ms (${msText(rank.lowMs)}–${msText(rank.highMs)})`,
  }
}

/** "12.3 M", "850 k", "15 k": a city's size at a glance. */
export function populationText(population: number): string {
  if (population >= 1e6) return `${(population / 1e6).toFixed(1)} M`
  if (population >= 1e3) return `${Math.round(population / 1e3)} k`
  return String(population)
}

/** A percentage as the model's figures are given: one decimal, kept on one line with its sign. */
export function percentText(value: number): string {
  return `${value.toFixed(1)}\u00a0%`
}

function errorFigures(set: EvaluationSet): string {
  const method = set.method.split(':')[0]?.trim()
  return (
    `median error ${percentText(set.model.medianAbsPctError)}, 90th percentile ${percentText(set.model.p90AbsPctError)}, ` +
    `measured on data held out of the fit${method ? ` (${method})` : ''}`
  )
}

/**
 * The error of a user's figure, quoted next to every user-to-region round
 * trip: measured on user-to-region data held out of every fit (userErrorSet),
 * never the smaller region-to-region error.
 */
export function userErrorText(model: LatencyModelFile): string {
  return `Estimated for a user on the public internet: ${errorFigures(userErrorSet(model))}`
}

/** The error of a region-to-region estimate (interRegionErrorSet), quoted next to the inter-region matrix and network. */
export function interRegionErrorText(model: LatencyModelFile): string {
  return `Region-to-region estimates (pairs not measured): ${errorFigures(interRegionErrorSet(model))}`
}

/** The dataset sources with these ids, in that order; unknown ids are skipped. */
export function sourcesById(dataset: Dataset, ids: readonly string[]): Source[] {
  return ids.flatMap((id) => dataset.sources.filter((s) => s.id === id))
}

/** "Measured P50 round trip, 2024-05-29–2025-05-29, source <title> (licence)". */
export function matrixSourceText(dataset: Dataset): string {
  const l = dataset.latency
  const sources = sourcesById(dataset, l.sources).map((s) => `${s.title} (${s.licence})`)
  return `Measured ${l.percentile.toUpperCase()} round trip, ${l.window.from}–${l.window.to}, source ${sources.join('; ')}`
}
