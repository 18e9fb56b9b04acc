import { describeDatasetDates } from '../../shared/dataset/asOf'
import { DatasetControls } from '../dataset/DatasetControls'
import { useDatasetStore } from '../dataset/datasetStore'
import { selectDatasetDates } from '../state/selectors'
import { useAppStore } from '../state/store'
import '../styles/dataset.css'

/**
 * The strip under the app: how old the data is (the newest and the oldest
 * layer, never one date for all), which dataset is shown, the way to open
 * another, and the way to the sources.
 */
export function DataFooter() {
  const dataset = useAppStore((s) => s.dataset)
  const dates = useAppStore(selectDatasetDates)
  const current = useDatasetStore((s) => s.current)
  const setAboutOpen = useAppStore((s) => s.setAboutOpen)
  if (!dataset || !dates) return null
  const count = dataset.regions.length
  const origin = current?.origin === 'file' ? `dataset ${current.file}` : 'built-in dataset'
  return (
    <footer data-testid="data-footer" className="data-footer">
      <p className="data-footer__dates">
        <span data-testid="data-footer-dates">{describeDatasetDates(dates)}</span> ·{' '}
        <span data-testid="region-count">
          {count} {count === 1 ? 'region' : 'regions'}
        </span>{' '}
        · {origin} · sources in About
      </p>
      <span className="data-footer__actions">
        <DatasetControls compact />
        <button type="button" className="button" onClick={() => setAboutOpen(true)}>
          About
        </button>
      </span>
    </footer>
  )
}
