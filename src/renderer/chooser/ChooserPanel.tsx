import { useEffect, useId, useMemo } from 'react'
import '../styles/chooser.css'
import '../styles/chooserRanking.css'
import { useAppStore } from '../state/store'
import { selectChooserResult, selectRegionStatuses } from '../state/selectors'
import { outageCountText } from './chooserWording'
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
      <OutageOption />
      <label className="chooser__toggle">
        <input type="checkbox" checked={chooserOpen} onChange={(e) => setChooserOpen(e.target.checked)} />
        Highlight the top three on the globe
      </label>
      <ChooserRanking dataset={dataset} result={result} />
    </section>
  )
}

/**
 * "Exclude regions with reported outages": on by default (and part of a
 * scene). On, such a region is left out and listed under Excluded with its
 * dated line; off, it is ranked with its outage first among its reasons.
 */
function OutageOption() {
  const exclude = useAppStore((s) => s.excludeOutages)
  const setExclude = useAppStore((s) => s.setExcludeOutages)
  const statuses = useAppStore(selectRegionStatuses)
  const outages = useMemo(() => [...statuses.values()].filter((s) => s.outage).map((s) => s.region), [statuses])
  const noteId = useId()
  return (
    <div className="chooser__outages">
      <label className="chooser__toggle">
        <input
          type="checkbox"
          checked={exclude}
          onChange={(e) => setExclude(e.target.checked)}
          aria-describedby={noteId}
          data-testid="exclude-outages"
        />
        Exclude regions with reported outages
      </label>
      <p id={noteId} className="chooser__note">
        {outageCountText(outages)}{' '}
        {exclude
          ? 'They are left out and listed under Excluded, with the date and source of what was reported.'
          : 'They are ranked, with what was reported first among their reasons.'}
      </p>
    </div>
  )
}
