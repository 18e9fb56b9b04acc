import { useId, useMemo } from 'react'
import { headlineFigures, regionalEdgeCacheTally, type CacheOutcome } from '../../shared/edges'
import type { RankedRegion } from '../../shared/latency'
import { bandFor } from '../globe/latencyBands'
import { selectEdgeNearYou, selectNearestEdges, selectPathOrigin, selectRequestPath } from '../state/selectors'
import { useAppStore } from '../state/store'
import '../styles/edges.css'
import { edgePlace, figuresLine, figuresSource, leftOutText, legLines, rttText, tallyText } from './edgeWording'

const PATH_CHOICES: readonly { value: CacheOutcome | null; label: string }[] = [
  { value: null, label: 'None' },
  { value: 'hit', label: 'Cache hit' },
  { value: 'miss', label: 'Cache miss' },
]

/**
 * CloudFront and edge locations, in the latency panel: what the edge layer
 * is and is not, AWS's own figures with their source, how many regional
 * edge caches are shown; then, from the user's location, the nearest edge
 * location beside the nearest open region and the selected region, why a
 * hit is faster than a miss, and the request path to draw on the globe.
 */
export function EdgePanel() {
  const edges = useAppStore((s) => s.dataset?.edgeLocations)
  const location = useAppStore((s) => s.userLocation)
  const headingId = useId()
  const figures = useMemo(() => (edges ? headlineFigures(edges) : []), [edges])
  const tally = useMemo(() => (edges ? regionalEdgeCacheTally(edges) : null), [edges])
  if (!edges || !tally) return null
  const edgeCities = edges.items.filter((e) => e.kind === 'edge').length

  return (
    <section className="edge-panel" aria-labelledby={headingId} data-testid="edge-panel">
      <h2 id={headingId} className="panel-heading">
        CloudFront and edge locations
      </h2>
      <p>
        CloudFront answers users from edge locations in many more cities than there are regions; regional edge caches
        sit between them and the origin region. The <em>Edge locations</em> layer draws {edgeCities} cities with edge
        locations (a list of May 2025) and the regional edge caches: <strong>cities, not every point of presence</strong>.{' '}
        {leftOutText(edges)}
      </p>
      {figures.length > 0 && (
        <p data-testid="edge-figures">
          AWS says: {figuresLine(figures)}. <span className="edge-panel__source">Source: {figuresSource(edges, figures)}.</span>
        </p>
      )}
      <p data-testid="rec-tally">{tallyText(tally)}.</p>
      <h3 className="edge-panel__heading">From your location</h3>
      {location ? <NearYou /> : <p className="edge-panel__empty">Set your location above to find the edge location nearest you.</p>}
    </section>
  )
}

function NearYou() {
  const near = useAppStore(selectEdgeNearYou)
  const nearest = useAppStore(selectNearestEdges)
  const regions = useAppStore((s) => s.dataset?.regions)
  const cityOf = (code: string) => regions?.find((r) => r.code === code)?.city
  const region = (rank: RankedRegion | null, what: string, testId: string) =>
    rank && (
      <div className="edge-panel__row" data-testid={testId} data-code={rank.code} data-rtt={rank.rttMs}>
        <dt>{what}</dt>
        <dd>
          <Chip rttMs={rank.rttMs} /> {rank.code}
          {cityOf(rank.code) ? ` · ${cityOf(rank.code)}` : ''} · {rttText(rank)}
        </dd>
      </div>
    )
  return (
    <>
      <dl className="edge-panel__compare">
        {near.edge && (
          <div className="edge-panel__row" data-testid="nearest-edge" data-city={near.edge.edge.city} data-rtt={near.edge.rttMs}>
            <dt>Nearest edge location</dt>
            <dd>
              <Chip rttMs={near.edge.rttMs} /> {edgePlace(near.edge)} · {rttText(near.edge)}
            </dd>
          </div>
        )}
        {region(near.nearestRegion, 'Nearest region', 'nearest-region')}
        {near.selectedRegion && near.selectedRegion.code !== near.nearestRegion?.code
          ? region(near.selectedRegion, 'Selected region', 'selected-region')
          : null}
      </dl>
      <p className="edge-panel__note">
        Estimates from the latency model with their bands, from distance alone for the edge locations: AWS publishes no
        round trips to them. Content already cached is answered at the edge location (a <em>hit</em>); a <em>miss</em>{' '}
        goes on to a regional edge cache and then to the origin region, and costs those round trips too.
      </p>
      <PathChoice />
      <details className="edge-panel__nearest">
        <summary>The {nearest.length} nearest edge locations</summary>
        <ol>
          {nearest.map((rank) => (
            <li key={rank.edge.id}>
              <Chip rttMs={rank.rttMs} /> {edgePlace(rank)} · {rttText(rank)}
            </li>
          ))}
        </ol>
      </details>
    </>
  )
}

/** Which request path the globe draws: none, a hit or a miss, with its legs and what it assumes. */
function PathChoice() {
  const outcome = useAppStore((s) => s.requestPath)
  const setOutcome = useAppStore((s) => s.setRequestPath)
  const origin = useAppStore(selectPathOrigin)
  const path = useAppStore(selectRequestPath)
  const name = useId()
  return (
    <div className="edge-panel__path">
      <fieldset className="edge-panel__choices">
        <legend>Draw the request path on the globe</legend>
        {PATH_CHOICES.map((choice) => (
          <label key={choice.label}>
            <input
              type="radio"
              name={name}
              checked={outcome === choice.value}
              onChange={() => setOutcome(choice.value)}
            />{' '}
            {choice.label}
          </label>
        ))}
      </fieldset>
      {origin && (
        <p className="edge-panel__note">
          Origin: {origin.code}, {origin.reason === 'selected' ? 'the selected region' : 'the nearest open region (select a region to use it instead)'}.
        </p>
      )}
      {path && (
        <div data-testid="request-path">
          <p>{path.explanation}</p>
          <ol className="edge-panel__legs">
            {legLines(path).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ol>
          <p>
            In all: {rttText(path.total)}. <span className="edge-panel__source">{path.assumption}</span>
          </p>
        </div>
      )}
    </div>
  )
}

function Chip({ rttMs }: { rttMs: number }) {
  const band = bandFor(rttMs)
  return <span className="chip" style={{ backgroundColor: band.colour }} title={band.label} aria-hidden="true" />
}
