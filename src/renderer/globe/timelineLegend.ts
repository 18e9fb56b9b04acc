import { stepLabel } from '../../shared/timeline'
import type { LegendProvider } from '../legend/types'
import { selectYearView } from '../state/selectors'
import { palette } from '../theme/palette'

/** While a time-lapse year is shown: what the glow around a marker means (listed in legend/sections.ts). */
export const timelineLegend: LegendProvider = (state) => {
  const view = selectYearView(state)
  if (view.step === null || view.added.size === 0) return null
  const announced = view.step === 'announced'
  const what = announced ? 'Announced, not yet open' : `New in ${stepLabel(view.step)}`
  const fill = announced ? palette.regionAnnounced : palette.regionAvailable
  return {
    id: 'time-lapse',
    columns: 1,
    order: 7,
    items: [{ label: what, swatch: { shape: 'ringed-disc', colour: fill, ring: palette.regionNew } }],
  }
}
