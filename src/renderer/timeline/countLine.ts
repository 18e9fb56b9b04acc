import { formatCountLine, regionsShownAt } from '../../shared/timeline'
import type { Dataset } from '../../shared/dataset/schema'
import { countLineReach } from '../reach/populationReach'
import type { PopulationReach } from '../reach/reachClient'
import type { YearView } from '../state/selectors'

/**
 * The count line of the step shown ("2014: 10 regions, 1 new: eu-central-1 ·
 * 29 % of city dwellers within 50 ms"), or of today when no year is chosen
 * ("Today: 39 regions open, 2 announced · …"); the population figure once
 * the worker has counted it. Null without a dataset.
 */
export function countLineText(
  dataset: Dataset | null,
  view: YearView,
  population: PopulationReach | null,
  name?: (code: string) => string,
): string | null {
  if (!dataset || view.asOfYear === null) return null
  if (view.summary) {
    const reach = countLineReach(population, view.step)
    return formatCountLine(view.summary, { ...(name ? { name } : {}), ...(reach ? { reach } : {}) })
  }
  const open = regionsShownAt(dataset.regions, view.asOfYear, view.asOfYear).length
  const announced = dataset.regions.filter((r) => r.status === 'announced').length
  const reach = countLineReach(population, view.asOfYear)
  const percent = reach ? ` · ${Math.round(reach.share * 100)} % of city dwellers within ${reach.withinMs} ms` : ''
  return `Today: ${open} regions open${announced > 0 ? `, ${announced} announced` : ''}${percent}`
}

/**
 * The count line made short for the year over the globe, where the new
 * regions carry their own "new" note: "16 regions · 6 new · 51 % of city
 * dwellers within 50 ms".
 */
export function shortCountLine(view: YearView, population: PopulationReach | null): string | null {
  const summary = view.summary
  if (!summary) return null
  const parts = [`${summary.shown.length} ${summary.shown.length === 1 ? 'region' : 'regions'}`]
  parts.push(`${summary.added.length} ${summary.step === 'announced' ? 'announced' : 'new'}`)
  if (summary.undated.length > 0) parts.push(`${summary.undated.length} of unknown launch year`)
  const reach = countLineReach(population, view.step)
  if (reach) parts.push(`${Math.round(reach.share * 100)} % of city dwellers within ${reach.withinMs} ms`)
  return parts.join(' · ')
}
