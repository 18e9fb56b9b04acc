import { useId } from 'react'
import { CountLine } from './CountLine'
import { LaunchChart } from './LaunchChart'
import { PopulationChart } from './PopulationChart'
import { ReachControls } from './ReachControls'
import { TimeLapseExportButton } from './export/TimeLapseExportButton'
import { UndatedRegions } from './UndatedRegions'
import { YearControl } from './YearControl'
import '../styles/timeline.css'

/**
 * The Time view: the year control and its count line, the launches per
 * year, the reach layer with its caveat, the share of city dwellers within
 * reach, and the export of the whole time-lapse.
 */
export function TimelinePanel() {
  const headingId = useId()
  return (
    <section className="timeline-panel" aria-labelledby={headingId} data-testid="timeline-panel">
      <h2 id={headingId} className="panel-heading">
        How the regions grew
      </h2>
      <YearControl />
      <CountLine />
      <UndatedRegions />
      <LaunchChart />
      <ReachControls />
      <PopulationChart />
      <TimeLapseExportButton />
    </section>
  )
}
