import { usePopulationReach } from '../reach/populationReach'
import { selectYearView } from '../state/selectors'
import { useAppStore } from '../state/store'
import { countLineText } from './countLine'

/** The count line of the step shown; `live`: announced to screen readers as the year changes. */
export function CountLine({ className = 'count-line', live = false }: { className?: string; live?: boolean }) {
  const dataset = useAppStore((s) => s.dataset)
  const view = useAppStore(selectYearView)
  const population = usePopulationReach()
  // Region codes keep their hyphens unbroken (U+2011), so a code never splits across two lines.
  const text = countLineText(dataset, view, population, (code) => code.replaceAll('-', '\u2011'))
  if (!text) return null
  return (
    <p className={className} data-testid="count-line" aria-live={live ? 'polite' : undefined}>
      {text}
    </p>
  )
}
