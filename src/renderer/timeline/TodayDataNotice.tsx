import { stepLabel } from '../../shared/timeline'
import { selectYearView } from '../state/selectors'
import { useAppStore } from '../state/store'

/**
 * Said at the top of the views that stay on today's data (the chooser, the
 * comparison, provisioning) while the globe shows a past year, so nobody
 * reads a 2010 globe next to a 2026 ranking as one picture.
 */
export function TodayDataNotice({ what }: { what: string }) {
  const step = useAppStore((s) => selectYearView(s).step)
  const asOf = useAppStore((s) => s.dataset?.asOf)
  if (step === null) return null
  const shown = step === 'announced' ? 'every region, the announced ones included' : stepLabel(step)
  return (
    <p className="today-notice" role="note" data-testid="today-notice">
      The globe shows {shown}; {what} uses today&rsquo;s data{asOf ? ` (as of ${asOf})` : ''}.
    </p>
  )
}
