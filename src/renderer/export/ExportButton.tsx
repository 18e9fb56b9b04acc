import { useExportStore } from './exportStore'

/** Opens the PNG export of the current view (desktop: also File → Export, Ctrl/Cmd+E). */
export function ExportButton() {
  const setOpen = useExportStore((s) => s.setOpen)
  return (
    <button type="button" className="button globe-toolbar__button" onClick={() => setOpen(true)} aria-haspopup="dialog">
      Export PNG…
    </button>
  )
}
