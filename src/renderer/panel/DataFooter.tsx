import type { ReactNode } from 'react'
import { useAppStore } from '../state/store'

/**
 * The strip under the app: how current the data is, and the way to its sources.
 * `actions` sit beside About (the web edition's theme toggle), passed in so the
 * strip itself needs no platform.
 */
export function DataFooter({ actions }: { actions?: ReactNode } = {}) {
  const dataset = useAppStore((s) => s.dataset)
  const setAboutOpen = useAppStore((s) => s.setAboutOpen)
  if (!dataset) return null
  const count = dataset.regions.length
  return (
    <footer data-testid="data-footer" className="data-footer">
      <p>
        Data as of {dataset.asOf} · {count} {count === 1 ? 'region' : 'regions'} · sources in About
      </p>
      <div className="data-footer__actions">
        {actions}
        <button type="button" className="button" onClick={() => setAboutOpen(true)}>
          About
        </button>
      </div>
    </footer>
  )
}
