// The deferred views' styles stay in the first stylesheet, where they always were: no late cascade change.
import '../styles/dialog.css'
import './export.css'
import { exportDialogView } from '../loading/views'
import { useMenuCommand } from '../state/menuCommands'
import { useExportStore } from './exportStore'

/**
 * The PNG export dialog while it is open (its code is fetched on first need,
 * see ExportDialogBody); the menu's export commands open it at any time.
 */
export function ExportDialog() {
  const open = useExportStore((s) => s.open)
  const setOpen = useExportStore((s) => s.setOpen)
  useMenuCommand('export-png', () => setOpen(true))
  useMenuCommand('export-all-scenes', () => setOpen(true, { series: true }))
  return open ? <exportDialogView.View /> : null
}
