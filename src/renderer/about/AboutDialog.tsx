import { useCallback, useId, useRef } from 'react'
import { describeDatasetDates } from '../../shared/dataset/asOf'
import type { AppInfo } from '../../shared/ipc/contract'
import { useDatasetStore } from '../dataset/datasetStore'
import { selectDatasetDates } from '../state/selectors'
import { useAppStore } from '../state/store'
import { layerSpan } from '../wording/datesWording'
import { LatencyModelAbout } from './LatencyModelAbout'
import { SourcesTable } from './SourcesTable'
import { useDialogFocus } from '../ui/useDialogFocus'

/** The dataset's source of the bundled city list (cities.json lists the same source). */
const CITY_SOURCE_ID = 'geonames-cities'

interface AboutDialogProps {
  /** Null while unknown (the platform did not answer): the dialog says so instead of guessing. */
  appInfo: AppInfo | null
}

/**
 * What InfraGlobe is, which version this is, and where every figure comes
 * from. Origins are shown as text: the app never navigates or fetches.
 */
export function AboutDialog({ appInfo }: AboutDialogProps) {
  const dataset = useAppStore((s) => s.dataset)
  const setAboutOpen = useAppStore((s) => s.setAboutOpen)
  const dates = useAppStore(selectDatasetDates)
  const current = useDatasetStore((s) => s.current)
  const citySource = dataset?.sources.find((s) => s.id === CITY_SOURCE_ID)
  const titleOf = (id: string) => dataset?.sources.find((s) => s.id === id)?.title ?? id
  const dialog = useRef<HTMLDivElement>(null)
  const headingId = useId()
  const close = useCallback(() => setAboutOpen(false), [setAboutOpen])
  useDialogFocus(dialog, close)

  return (
    <div className="dialog-backdrop" onClick={(event) => event.target === event.currentTarget && close()}>
      <div ref={dialog} className="dialog" role="dialog" aria-modal="true" aria-labelledby={headingId} tabIndex={-1}>
        <header className="dialog__header">
          <h2 id={headingId}>About InfraGlobe</h2>
          <button type="button" className="button" onClick={close}>
            Close
          </button>
        </header>
        <p>InfraGlobe shows the AWS global infrastructure on a 3D globe, offline, for teaching and presenting.</p>
        <dl className="dialog__facts">
          <div>
            <dt>Version</dt>
            <dd>{appInfo ? `${appInfo.version} (${appInfo.edition} edition)` : 'unknown'}</dd>
          </div>
          {dataset && (
            <>
              <div>
                <dt>Dataset</dt>
                <dd data-testid="about-dataset">
                  {current?.origin === 'file'
                    ? `${current.file}, opened from a file (the footer has the way back to the built-in one)`
                    : 'built-in (the footer’s “Open dataset…” opens another)'}
                </dd>
              </div>
              <div>
                <dt>Data dates</dt>
                <dd>{dates ? describeDatasetDates(dates) : dataset.asOf}</dd>
              </div>
              <div>
                <dt>Dataset generated</dt>
                <dd>{dataset.generatedAt}</dd>
              </div>
            </>
          )}
        </dl>
        {dataset && dates && (
          <>
            <h3>Each layer&rsquo;s date</h3>
            <table className="sources-table about-dates" data-testid="about-layer-dates">
              <thead>
                <tr>
                  <th scope="col">Layer</th>
                  <th scope="col">As of</th>
                  <th scope="col">From</th>
                </tr>
              </thead>
              <tbody>
                {dates.layers.map((layer) => (
                  <tr key={layer.key} data-layer={layer.key}>
                    <th scope="row">{layer.label}</th>
                    <td className="sources-table__date">{layerSpan(layer)}</td>
                    <td>{layer.sourceIds.map(titleOf).join('; ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
        {dataset && (
          <>
            <h3>Data sources</h3>
            <SourcesTable sources={dataset.sources} withNotes testId="about-sources" />
          </>
        )}
        <LatencyModelAbout />
        {citySource && (
          <>
            <h3>Your location</h3>
            <p data-testid="about-city-source">
              The offline city search uses {citySource.title} ({citySource.licence}), as of {citySource.asOf}. Without a
              saved location, a first one is guessed from the system time zone: no network, no location permission.
            </p>
          </>
        )}
      </div>
    </div>
  )
}
