import { useId } from 'react'
import { azSummary, azSummaryText, type AzSlot } from '../../shared/azs'
import type { Dataset, Region } from '../../shared/dataset/schema'
import { DrillServiceSchema, SERVICE_NAMES, type DrillService, type DrillState } from '../../shared/drill'
import { useAppStore } from '../state/store'
import '../styles/azs.css'
import { azStatementsText, measuredSummary, measurementReference, pairText, statementSource } from './azWording'
import {
  defaultBalanced,
  defaultSingle,
  openDrill,
  placementOf,
  restoreAll,
  setLoadBalanced,
  setRegionalService,
  setSingleInstance,
  toggleFailed,
  toggleLoadBalancedAz,
} from './drillEdits'

/**
 * The region's AZs in the panel (its details' "Inside (AZs)" section): what
 * AWS says an AZ is, with the source; the measured round trips between its
 * AZs, with their sources, dates and the account-name caveat; and the
 * failure drill's controls for the AZ view on the globe (place the three
 * patterns, fail AZs, restore).
 */
export function AzPanel({ dataset, region }: { dataset: Dataset; region: Region }) {
  const summary = azSummary(region)
  const facts = dataset.availabilityZones
  const statements = facts.statements
  return (
    <div className="region-details__body az-panel" data-testid="region-azs">
      <p className="region-details__lead">
        <strong>{azSummaryText(summary)}</strong>
        {summary.kind === 'ids' && summary.countDiffers && ` (AWS states ${region.azCount} AZs: see the region's notes)`}
        {summary.kind === 'unknown' && ': the count is unknown or disputed, so the AZ view draws none and no drill is run.'}
      </p>
      <p>
        {azStatementsText(statements)} {statements.minAzsPerPublicRegion.text} per public region, says AWS.{' '}
        <span className="region-details__note">Source: {statementSource(dataset, statements.definition)}.</span>
      </p>
      <Measurements dataset={dataset} region={region} />
      {summary.kind !== 'unknown' && <DrillControls region={region} azs={summary.azs} />}
    </div>
  )
}

function Measurements({ dataset, region }: { dataset: Dataset; region: Region }) {
  const facts = dataset.availabilityZones
  const measured = measuredSummary(facts, region.code)
  const rows = facts.measurements.filter((m) => m.region === region.code)
  return (
    <>
      <h3 className="region-details__heading">Round trips between AZs</h3>
      <p>
        AWS: {facts.statements.interAzRoundTrip.text} ({facts.statements.interAzRoundTrip.url}, read{' '}
        {facts.statements.interAzRoundTrip.readOn}).
      </p>
      {measured ? (
        <>
          <p data-testid="inter-az-measured">
            Measured in {region.code}: {measured.range}, {measured.dates}; {measured.sources.join(', ')}.
            {measured.accountNames && (
              <>
                {' '}
                <strong>The names are account-specific:</strong> {facts.caveat}
              </>
            )}
          </p>
          <details>
            <summary>Every measured pair ({rows.length})</summary>
            <table className="region-details__table">
              <thead>
                <tr>
                  <th scope="col">Pair</th>
                  <th scope="col">Round trip</th>
                  <th scope="col">Date</th>
                  <th scope="col">Source</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((m, i) => (
                  <tr key={i}>
                    <th scope="row">{pairText(m)}</th>
                    <td className="is-numeric">
                      {m.rttMs} ms ({m.statistic})
                    </td>
                    <td className="is-date">{m.date ?? 'undated'}</td>
                    <td>{measurementReference(facts, m)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      ) : (
        <p className="region-details__unknown">No public measurement between the AZs of {region.code} was found.</p>
      )}
    </>
  )
}

/** Places the patterns and fails AZs; any change opens the AZ view for this region. */
function DrillControls({ region, azs }: { region: Region; azs: readonly AzSlot[] }) {
  const drill = useAppStore((s) => s.drill)
  const setDrill = useAppStore((s) => s.setDrill)
  const ids = useId()
  const open = drill?.region === region.code
  const current: DrillState = open && drill ? drill : openDrill(region.code)
  const edit = (change: (state: DrillState) => DrillState | null) => {
    const next = change(current)
    if (next) setDrill(next)
  }
  const single = placementOf(current, 'single-instance')
  const balanced = placementOf(current, 'load-balanced')
  const service = placementOf(current, 'regional-service')
  const failed = new Set(current.failedAzIds)
  const canBalance = azs.length >= 2

  return (
    <>
      <h3 className="region-details__heading">Failure drill</h3>
      <p>
        <button
          type="button"
          className="button"
          aria-pressed={open}
          onClick={() => setDrill(open ? null : current)}
          data-testid="az-view-toggle"
        >
          {open ? 'Hide the AZ view' : 'Show the AZ view on the globe'}
        </button>
      </p>
      {/* Named by aria-label, not a hidden legend: an absolute legend inside the scrolled panel stretched the page. */}
      <fieldset className="az-panel__drill" aria-label={`Deployments to place in ${region.code}`}>
        <div className="az-panel__row">
          <label>
            <input
              type="checkbox"
              checked={single !== null}
              onChange={(e) => edit((s) => setSingleInstance(s, e.target.checked ? defaultSingle(azs) : null))}
            />{' '}
            a · One EC2 instance, in
          </label>{' '}
          <select
            aria-label="The AZ of the one instance"
            value={single?.az ?? ''}
            disabled={single === null}
            onChange={(e) => edit((s) => setSingleInstance(s, e.target.value))}
          >
            {single === null && <option value="">—</option>}
            {azs.map((az) => (
              <option key={az.key} value={az.key}>
                {az.label}
              </option>
            ))}
          </select>
        </div>
        <div className="az-panel__row">
          <label>
            <input
              type="checkbox"
              checked={balanced !== null}
              disabled={!canBalance}
              onChange={(e) => edit((s) => setLoadBalanced(s, e.target.checked ? defaultBalanced(azs) : null, azs))}
            />{' '}
            b · Instances behind a load balancer, in
          </label>
          <span className="az-panel__azs" role="group" aria-label="The AZs of the load-balanced instances">
            {azs.map((az) => (
              <button
                key={az.key}
                type="button"
                className="az-panel__az"
                aria-pressed={balanced?.azs.includes(az.key) ?? false}
                disabled={balanced === null}
                onClick={() => edit((s) => toggleLoadBalancedAz(s, az.key, azs))}
              >
                {az.label}
              </button>
            ))}
          </span>
          {!canBalance && <span className="region-details__note"> (needs two AZs)</span>}
        </div>
        <div className="az-panel__row">
          <label>
            <input
              type="checkbox"
              checked={service !== null}
              onChange={(e) => edit((s) => setRegionalService(s, e.target.checked ? 's3' : null))}
            />{' '}
            c · A regional service:
          </label>{' '}
          <select
            aria-label="The regional service"
            value={service?.service ?? 's3'}
            disabled={service === null}
            onChange={(e) => edit((s) => setRegionalService(s, e.target.value as DrillService))}
          >
            {DrillServiceSchema.options.map((id) => (
              <option key={id} value={id}>
                {SERVICE_NAMES[id]}
              </option>
            ))}
          </select>
        </div>
        <div className="az-panel__row" id={`${ids}-fail`}>
          <span>Fail an AZ (or click it in the AZ view):</span>
          <span className="az-panel__azs" role="group" aria-labelledby={`${ids}-fail`}>
            {azs.map((az) => (
              <button
                key={az.key}
                type="button"
                className="az-panel__az az-panel__az--fail"
                aria-pressed={failed.has(az.key)}
                aria-label={`Fail ${az.label}`}
                onClick={() => edit((s) => toggleFailed(s, az.key))}
              >
                {az.label}
              </button>
            ))}
          </span>
          <button type="button" className="button" disabled={failed.size === 0} onClick={() => edit(restoreAll)}>
            Restore every AZ
          </button>
        </div>
      </fieldset>
    </>
  )
}
