import { useCallback, useId, useRef } from 'react'
import type { AppInfo } from '../../shared/ipc/contract'
import { useAppStore } from '../state/store'
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
  const citySource = dataset?.sources.find((s) => s.id === CITY_SOURCE_ID)
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
                <dt>Data as of</dt>
                <dd>{dataset.asOf}</dd>
              </div>
              <div>
                <dt>Dataset generated</dt>
                <dd>{dataset.generatedAt}</dd>
              </div>
            </>
          )}
        </dl>
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
