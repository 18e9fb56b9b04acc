import { useId } from 'react'
import type { LatencyModelFile } from '../../shared/latency'
import { latencyModel } from '../state/latencyModel'
import { percentText } from '../wording/latencyWording'
import { SourcesTable } from './SourcesTable'

/** Who must be credited for which of the model's sources, by the source's id prefix. */
const CREDITS: readonly { idPrefix: string; credit: string }[] = [
  { idPrefix: 'ripe-', credit: 'RIPE NCC / RIPE Atlas, for the internet round-trip measurements' },
  { idPrefix: 'azure-', credit: 'Microsoft, for the Azure network round-trip latency statistics' },
]

/**
 * The latency model in the About box: what it is, how well it did on each
 * evaluation set (the model's figures, headline first) and the sources it
 * was calibrated or checked on, each with its licence and credit.
 */
export function LatencyModelAbout({ model = latencyModel }: { model?: LatencyModelFile }) {
  const headingId = useId()
  const { headline } = model.evaluation
  const sets = [...model.evaluation.sets].sort((a, b) => Number(b.id === headline) - Number(a.id === headline))
  const credits = CREDITS.filter((c) => model.sources.some((s) => s.id.startsWith(c.idPrefix)))

  return (
    <section aria-labelledby={headingId} data-testid="about-latency-model">
      <h3 id={headingId}>Latency model</h3>
      <p>{model.summary}</p>
      <p>
        Calibrated {model.calibratedAt}. Errors are absolute percentage errors of the estimate against measurements
        it was not fitted on; band coverage is the share of measurements inside the estimate&rsquo;s band.
      </p>
      <table className="sources-table">
        <thead>
          <tr>
            <th scope="col">Evaluation</th>
            <th scope="col" className="is-numeric">
              n
            </th>
            <th scope="col" className="is-numeric">
              Median error
            </th>
            <th scope="col" className="is-numeric">
              90th percentile
            </th>
            <th scope="col" className="is-numeric">
              Band coverage
            </th>
          </tr>
        </thead>
        <tbody>
          {sets.map((set) => (
            <tr key={set.id} data-evaluation-id={set.id}>
              <th scope="row">
                {set.label}
                {set.id === headline && <span className="sources-table__tag"> (quoted in the panel)</span>}
                <span className="sources-table__method">{set.method}</span>
              </th>
              <td className="is-numeric">{set.model.n}</td>
              <td className="is-numeric">{percentText(set.model.medianAbsPctError)}</td>
              <td className="is-numeric">{percentText(set.model.p90AbsPctError)}</td>
              <td className="is-numeric">{percentText(set.model.bandCoveragePct)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h4>Sources of the model</h4>
      <p>Besides the inter-region measurements listed under Data sources, the model is calibrated or checked on:</p>
      <SourcesTable sources={model.sources} />
      {credits.length > 0 && (
        <p>
          Credits:{' '}
          {credits.map((c, i) => (
            <span key={c.idPrefix}>
              {i > 0 && '; '}
              {c.credit}
            </span>
          ))}
          .
        </p>
      )}
    </section>
  )
}
