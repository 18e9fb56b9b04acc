import { useId, useMemo } from 'react'
import { basisText } from '../../shared/latency'
import { stepLabel } from '../../shared/timeline'
import { bandFor } from '../globe/latencyBands'
import { latencyModel } from '../state/latencyModel'
import { selectDatasetDates, selectShownMarkedRanking, selectYearView, type MarkedRegion } from '../state/selectors'
import { useAppStore } from '../state/store'
import { layerAsOf } from '../wording/datesWording'
import { rankParts, userErrorText } from '../wording/latencyWording'
import { conditionBadge } from '../wording/statusWording'

/**
 * Every region on the globe (at the time-lapse's year, if one is shown)
 * ranked by round trip from the user's location, nearest first, each with its
 * band, whether the figure is an estimate or a measurement and what it rests
 * on. Regions that cannot be used now (announced, reported out of service)
 * are marked, and "nearest region" means the nearest open one.
 * A click (or Enter) selects the region and flies the globe to it.
 */
export function LatencyRanking() {
  const ranking = useAppStore(selectShownMarkedRanking)
  const year = useAppStore(selectYearView)
  const regions = useAppStore((s) => s.dataset?.regions)
  const location = useAppStore((s) => s.userLocation)
  const latencyAsOf = useAppStore((s) => layerAsOf(selectDatasetDates(s), 'latency'))
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
      <p className="ranking__model" data-testid="ranking-error">
        {userErrorText(latencyModel)}
        {latencyAsOf ? `; it follows the inter-region measurements as of ${latencyAsOf}` : ''} ·{' '}
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
        <>
          <NearestOpen nearest={ranking.nearestOpen} closedBefore={ranking.closedBefore} city={cities} />
          <ol data-testid="latency-ranking" className="ranking__list" aria-label={`Regions by round trip from ${location.label}`}>
            {ranking.entries.map((rank) => (
              <RankItem key={rank.code} rank={rank} city={cities.get(rank.code)} />
            ))}
          </ol>
        </>
      ) : (
        <p data-testid="latency-ranking" className="ranking__empty">
          Set your location to rank the regions by round trip.
        </p>
      )}
    </section>
  )
}

/** "Nearest open region: …", and which nearer regions cannot be used yet. */
function NearestOpen({
  nearest,
  closedBefore,
  city,
}: {
  nearest: MarkedRegion | null
  closedBefore: readonly MarkedRegion[]
  city: ReadonlyMap<string, string>
}) {
  if (!nearest) {
    return (
      <p className="ranking__nearest" data-testid="nearest-open">
        No region is open to use from the dataset&rsquo;s regions.
      </p>
    )
  }
  const text = rankParts(nearest, city.get(nearest.code))
  const closed = closedBefore.map((r) => `${r.code} (${conditionBadge(r.condition) ?? r.condition})`)
  return (
    <p className="ranking__nearest" data-testid="nearest-open">
      Nearest open region: <strong>{text.region}</strong> · {text.rtt}
      {nearest.condition === 'degraded' ? ' · outage reported' : ''}
      {closed.length > 0 && (
        <>
          . Nearer, but not open: {closed.join(', ')}
        </>
      )}
      .
    </p>
  )
}

function RankItem({ rank, city }: { rank: MarkedRegion; city: string | undefined }) {
  const selected = useAppStore((s) => s.selectedCode === rank.code)
  const select = useAppStore((s) => s.select)
  const hover = useAppStore((s) => s.hover)
  const band = bandFor(rank.rttMs)
  const text = rankParts(rank, city)
  const badge = conditionBadge(rank.condition)
  return (
    <li
      data-testid="latency-rank-item"
      data-code={rank.code}
      data-basis={rank.basis}
      data-open={rank.open ? 'true' : 'false'}
      data-condition={rank.condition}
      className={rank.open ? undefined : 'ranking__closed'}
    >
      <button
        type="button"
        className="ranking__item"
        aria-current={selected ? 'true' : undefined}
        onClick={() => select(rank.code, { fly: true })}
        onMouseEnter={() => hover(rank.code)}
        onMouseLeave={() => hover(null)}
        onFocus={() => hover(rank.code)}
        onBlur={() => hover(null)}
      >
        <span className="chip" style={{ backgroundColor: band.colour }} title={band.label} aria-hidden="true" />
        <span className="ranking__text">
          {text.region} · <span className="ranking__rtt">{text.rtt}</span>
          {badge && (
            <>
              <span className="visually-hidden"> · </span>
              <span className={`ranking__status ranking__status--${rank.condition}`}>{badge}</span>
            </>
          )}
          <span className="ranking__grounds">{basisText(rank)}</span>
        </span>
        <span className={`ranking__basis ranking__basis--${rank.basis}`}>
          {rank.basis === 'measured' ? 'measured' : 'estimate'}
        </span>
      </button>
    </li>
  )
}
