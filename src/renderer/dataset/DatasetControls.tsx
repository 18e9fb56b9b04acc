import { usePlatform } from '../platform/PlatformContext'
import { openDatasetFile, returnToBuiltinDataset } from './datasetActions'
import { useDatasetStore } from './datasetStore'

/**
 * "Open dataset…" (the desktop's native dialog, the web's file picker) and,
 * while an opened file is shown, the way back to the built-in dataset.
 */
export function DatasetControls({ compact = false }: { compact?: boolean }) {
  const api = usePlatform()
  const busy = useDatasetStore((s) => s.busy)
  const fromFile = useDatasetStore((s) => s.current?.origin === 'file')
  return (
    <span className="dataset-controls">
      <button type="button" className="button" disabled={busy} onClick={() => void openDatasetFile(api)}>
        {compact ? 'Open dataset…' : 'Open a dataset file…'}
      </button>
      {fromFile && (
        <button type="button" className="button" disabled={busy} onClick={() => void returnToBuiltinDataset(api)}>
          {compact ? 'Built-in dataset' : 'Back to the built-in dataset'}
        </button>
      )}
    </span>
  )
}
