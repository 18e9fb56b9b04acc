import { timeLapseExportView } from '../../loading/views'
import { useTimeLapseExportStore } from './timeLapseExportStore'

/** The time-lapse export dialog while it is open (its code is fetched on first need, see TimeLapseExportBody). */
export function TimeLapseExportDialog() {
  const open = useTimeLapseExportStore((s) => s.open)
  return open ? <timeLapseExportView.View /> : null
}
