import { stepLabel } from '../../shared/timeline'
import type { LegendProvider } from '../legend/types'
import { latencyModel } from '../state/latencyModel'
import { selectReachStep, selectYearView } from '../state/selectors'
import { reachCaveatLine } from '../wording/reachWording'
import { latencyBands } from './latencyBands'

/** The reach layer's bands and its caveat, while the layer is on (listed in legend/sections.ts). */
export const reachLegend: LegendProvider = (state) => {
  const step = selectReachStep(state)
  if (!state.layers.reach || step === null) return null
  const when = selectYearView(state).step === null ? 'today' : step === 'announced' ? 'with the announced regions' : stepLabel(step)
  return {
    id: 'reach',
    title: `Reach (${when}): estimated round trip to the nearest region`,
    columns: 4,
    order: 25,
    items: latencyBands.map((band) => ({ label: band.label, swatch: { shape: 'disc', colour: band.colour } })),
    note: reachCaveatLine(latencyModel),
  }
}
