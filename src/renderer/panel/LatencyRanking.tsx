import { useId, useMemo } from 'react'
import { bandFor } from '../globe/latencyBands'
import { latencyModel } from '../state/latencyModel'
import { stepLabel } from '../../shared/timeline'
import { selectShownLatencyRanking, selectYearView } from '../state/selectors'
import { useAppStore } from '../state/store'
import { modelAccuracyText, rankParts } from '../wording/latencyWording'

/**
 * Every region on the globe (at the time-lapse's year, if one is shown)
 * ranked by round trip from the user's location, nearest first,
 * each with its band and whether the figure is an estimate or a measurement.
 * A click (or Enter) selects the region and flies the globe to it.
 */
export function LatencyRanking() {
  const ranking = useAppStore(selectShownLatencyRanking)
  const year = useAppStore(selectYearView)
  const regions = useAppStore((s) => s.dataset?.regions)
  const location = useAppStore((s) => s.userLocation)
  const selectedCode = useAppStore((s) => s.selectedCode)
  const select = useAppStore((s) => s.select)
  const hover = useAppStore((s) => s.hover)
  const setAboutOpen = useAppStore((s) => s.setAboutOpen)
  const headingId = useId()
  const cities = useMemo(() => new Map(regions?.map((r) => [r.code, r.city])), [regions])

  return (
    <section className="ranking" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel-heading">
        Round trip to each region
      </h2>
      <p className="ranking__why">
        Distance is not the whole story: traffic follows cables and peering points rather than great circles, and the
        last mile and congestion add time, so each figure is an estimate within a band.
      </p>
      <p className="ranking__model">
        {modelAccuracyText(latencyModel)} ·{' '}
        <button type="button" className="link-button" onClick={() => setAboutOpen(true)}>
          details in About
        </button>
      </p>
      {year.summary && (
        <p className="ranking__year" data-testid="ranking-year">
          {year.summary.step === 'announced'
            ? 'Time-lapse: every region, the announced ones included.'
            : `Time-lapse: only the ${year.summary.shown.length} regions open in ${stepLabel(year.summary.step)}.`}
        </p>
      )}
      {location ? (
        <ol data-testid="latency-ranking" className="ranking__list" aria-label={`Regions by round trip from ${location.label}`}>
          {ranking.map((rank) => {
            const band = bandFor(rank.rttMs)
            const text = rankParts(rank, cities.get(rank.code))
            return (
              <li key={rank.code} data-testid="latency-rank-item" data-code={rank.code} data-basis={rank.basis}>
                <button
                  type="button"
                  className="ranking__item"
                  aria-current={rank.code === selectedCode ? 'true' : undefined}
                  onClick={() => select(rank.code, { fly: true })}
                  onMouseEnter={() => hover(rank.code)}
                  onMouseLeave={() => hover(null)}
                  onFocus={() => hover(rank.code)}
                  onBlur={() => hover(null)}
                >
                  <span className="chip" style={{ backgroundColor: band.colour }} title={band.label} aria-hidden="true" />
                  <span className="ranking__text">
                    {text.region} · <span className="ranking__rtt">{text.rtt}</span>
                  </span>
                  <span className={`ranking__basis ranking__basis--${rank.basis}`}>
                    {rank.basis === 'measured' ? 'measured' : 'estimate'}
                  </span>
                </button>
              </li>
            )
          })}
        </ol>
      ) : (
        <p data-testid="latency-ranking" className="ranking__empty">
          Set your location to rank the regions by round trip.
        </p>
      )}
    </section>
  )
}
