import { memo, useId } from 'react'
import type { Latency } from '../../shared/dataset/schema'
import { latencyModel } from '../state/latencyModel'
import { useAppStore } from '../state/store'
import { interRegionErrorText, matrixSourceText, msText } from '../wording/latencyWording'
import { matrixBandFor, matrixBands, shortRegionCode } from './matrixBands'

/**
 * The measured inter-region round trips as a heat map: one row per source
 * region, one column per destination, each cell coloured by band and showing
 * its number. Headers stay in view while the table scrolls; hovering or
 * focusing a row highlights it (and the region on the globe); a row header
 * selects its region.
 */
export function LatencyMatrix() {
  const dataset = useAppStore((s) => s.dataset)
  const selectedCode = useAppStore((s) => s.selectedCode)
  const headingId = useId()
  if (!dataset) return null
  const { latency } = dataset
  const measured = new Set(latency.regions)
  const unmeasured = dataset.regions.filter((r) => !measured.has(r.code)).map((r) => r.code)

  return (
    <section className="matrix" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel-heading">
        Measured round trip between regions
      </h2>
      <p className="matrix__source">{matrixSourceText(dataset)}</p>
      <p className="matrix__source" data-testid="inter-region-error">
        {interRegionErrorText(latencyModel)}.
      </p>
      <ul className="matrix__legend" aria-label="Heat-map bands">
        {matrixBands.map((band) => (
          <li key={band.id}>
            <span className={`chip matrix-band--${band.id}`} aria-hidden="true" />
            {band.label}
          </li>
        ))}
        <li>Rows: from · columns: to · in ms</li>
      </ul>
      <div className="matrix__scroller" tabIndex={0} role="region" aria-label="Inter-region round trips, scrollable">
        <MatrixTable latency={latency} selectedCode={selectedCode} />
      </div>
      {unmeasured.length > 0 && (
        <p className="matrix__unmeasured">Not in the measurements: {unmeasured.join(', ')}.</p>
      )}
    </section>
  )
}

/** The 32 × 32 cells re-render only when the data or the selection change, not on every hover. */
const MatrixTable = memo(function MatrixTable({ latency, selectedCode }: { latency: Latency; selectedCode: string | null }) {
  const select = useAppStore((s) => s.select)
  const hover = useAppStore((s) => s.hover)
  const codes = latency.regions

  return (
    <table data-testid="latency-matrix" className="matrix__table">
      <caption className="visually-hidden">
        Measured {latency.percentile.toUpperCase()} round trip in milliseconds, from the row region to the column region
      </caption>
      <thead>
        <tr>
          <th scope="col" className="matrix__corner">
            <span aria-hidden="true">from ↓ to →</span>
            <span className="visually-hidden">From region</span>
          </th>
          {codes.map((code) => (
            <th key={code} scope="col" className="matrix__col" title={code}>
              <span aria-hidden="true">{shortRegionCode(code)}</span>
              <span className="visually-hidden">{code}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {codes.map((from, i) => (
          <tr
            key={from}
            data-code={from}
            className={from === selectedCode ? 'is-selected' : undefined}
            onMouseEnter={() => hover(from)}
            onMouseLeave={() => hover(null)}
          >
            <th scope="row" className="matrix__row">
              <button
                type="button"
                title={from}
                aria-current={from === selectedCode ? 'true' : undefined}
                onClick={() => select(from, { fly: true })}
                onFocus={() => hover(from)}
                onBlur={() => hover(null)}
              >
                <span aria-hidden="true">{shortRegionCode(from)}</span>
                <span className="visually-hidden">{from}</span>
              </button>
            </th>
            {codes.map((to, j) => {
              const rtt = latency.rttMs[i]?.[j] ?? null
              if (rtt === null) {
                return (
                  <td key={to} className="matrix__cell matrix__cell--none" title={`${from} → ${to}: not measured`}>
                    –
                  </td>
                )
              }
              const band = matrixBandFor(rtt)
              return (
                <td
                  key={to}
                  data-band={band.id}
                  className={`matrix__cell matrix-band--${band.id}${i === j ? ' matrix__cell--self' : ''}`}
                  title={`${from} → ${to}: ${msText(rtt)} ms`}
                >
                  {msText(rtt)}
                </td>
              )
            })}
          </tr>
        ))}
      </tbody>
    </table>
  )
})
