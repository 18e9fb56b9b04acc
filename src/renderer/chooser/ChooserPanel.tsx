import { useEffect, useId } from 'react'
import '../styles/chooser.css'
import { useAppStore } from '../state/store'
import { selectChooserResult } from '../state/selectors'
import { syncChooserOpenWithTab } from './chooserOpenSync'
import { ChooserRanking } from './ChooserRanking'
import { ResidencyControl } from './ResidencyControl'
import { ServicePicker } from './ServicePicker'
import { WeightControl } from './WeightControl'
import { TodayDataNotice } from '../timeline/TodayDataNotice'

/**
 * The region chooser, after the course's four factors: residency (a hard
 * filter), services (a filter), then proximity weighed against price. The
 * ranking and its reasons come from the pure chooser in src/shared/chooser;
 * the same result highlights the top three on the globe (state/selectors: selectRegionEmphasis).
 */
export function ChooserPanel() {
  const dataset = useAppStore((s) => s.dataset)
  const result = useAppStore(selectChooserResult)
  const chooserOpen = useAppStore((s) => s.chooserOpen)
  const setChooserOpen = useAppStore((s) => s.setChooserOpen)
  const headingId = useId()

  useEffect(() => syncChooserOpenWithTab(), [])

  if (!dataset || !result) return null
  return (
    <section className="chooser" aria-labelledby={headingId} data-testid="chooser">
      <h2 id={headingId} className="panel-heading">
        Choose a region
      </h2>
      <TodayDataNotice what="the chooser" />
      <p className="chooser__intro">
        Say where the data must stay and which services you need: regions that fail either are dimmed and left out.
        Then weigh how near against how cheap; the rest are ranked.
      </p>
      <ResidencyControl dataset={dataset} />
      <ServicePicker dataset={dataset} />
      <WeightControl />
      <label className="chooser__toggle">
        <input type="checkbox" checked={chooserOpen} onChange={(e) => setChooserOpen(e.target.checked)} />
        Highlight the top three on the globe
      </label>
      <ChooserRanking dataset={dataset} result={result} />
    </section>
  )
}
