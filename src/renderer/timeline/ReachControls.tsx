import { useId } from 'react'
import { stepLabel } from '../../shared/timeline'
import { latencyBands } from '../globe/latencyBands'
import { useReachStore } from '../reach/reachStore'
import { latencyModel } from '../state/latencyModel'
import { selectReachStep, selectYearView } from '../state/selectors'
import { useAppStore } from '../state/store'
import { reachCaveatLine } from '../wording/reachWording'

/**
 * The reach layer's switch, what its colours mean, its caveat, and what the
 * worker is doing (computing a year, or why it could not).
 */
export function ReachControls() {
  const on = useAppStore((s) => s.layers.reach)
  const setLayer = useAppStore((s) => s.setLayer)
  const step = useAppStore(selectReachStep)
  const today = useAppStore((s) => selectYearView(s).step === null)
  const computing = useReachStore((s) => s.computingStep)
  const error = useReachStore((s) => s.surfaceError)
  const descriptionId = useId()
  const of = step === null ? '' : today ? ' open today' : step === 'announced' ? ', the announced ones included' : ` open in ${stepLabel(step)}`
  return (
    <div className="reach-controls">
      <label className="layer-toggle__label">
        <input type="checkbox" checked={on} aria-describedby={descriptionId} onChange={(event) => setLayer('reach', event.target.checked)} />
        Reach
      </label>
      <p id={descriptionId} className="layer-toggle__description">
        The land coloured by the estimated round trip to the nearest region{of}, in the latency arcs&rsquo; bands.
      </p>
      {on && (
        <>
          <ul className="band-legend" aria-label="Reach bands">
            {latencyBands.map((band) => (
              <li key={band.id}>
                <span className="chip" style={{ backgroundColor: band.colour }} aria-hidden="true" />
                {band.label}
              </li>
            ))}
          </ul>
          <p className="reach-controls__caveat">{reachCaveatLine(latencyModel)}</p>
          {computing !== null && (
            <p className="reach-controls__status" role="status">
              Computing the reach of {stepLabel(computing)}…
            </p>
          )}
          {error && (
            <p className="reach-controls__status" role="alert">
              The reach could not be computed: {error}
            </p>
          )}
        </>
      )}
    </div>
  )
}
