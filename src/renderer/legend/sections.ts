import { priceIndexLegend, regionEmphasisLegend } from '../globe/markerLegend'
import { edgesLegend, requestPathLegend, zonesLegend } from '../globe/placeLegend'
import { reachLegend } from '../globe/reachLegend'
import { timelineLegend } from '../globe/timelineLegend'
import type { AppState } from '../state/store'
import { latencyArcsLegend, regionsLegend } from './builtinLegend'
import type { LegendProvider, LegendSection } from './types'

/**
 * Every legend section, one explicit list: the on-screen legend and the
 * exported images both draw from it. A new layer writes its provider beside
 * its code (as globe/markerLegend.ts does) and adds it here; nothing
 * registers itself by being imported.
 */
export const legendProviders: readonly LegendProvider[] = [
  regionsLegend,
  priceIndexLegend,
  regionEmphasisLegend,
  timelineLegend,
  latencyArcsLegend,
  edgesLegend,
  zonesLegend,
  requestPathLegend,
  reachLegend,
]

/** The legend for a state: every non-empty section, in order. */
export function legendSections(state: AppState): LegendSection[] {
  const sections: LegendSection[] = []
  for (const provider of legendProviders) {
    const section = provider(state)
    if (section && section.items.length > 0) sections.push(section)
  }
  return sections.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id))
}

/** "Network link (schematic) · as of 2025-05-29": a label with its date, as an exported image writes it. */
export function withAsOf(text: string, asOf: string | undefined): string {
  return asOf ? `${text} · ${asOfText(asOf)}` : text
}

/** "as of 2025-05-29": the date part, which the on-screen legend sets apart from the label. */
export function asOfText(asOf: string): string {
  return `as of ${asOf}`
}
