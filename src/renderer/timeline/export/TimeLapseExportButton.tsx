import { useTimeLapseExportStore } from './timeLapseExportStore'

/** The entry point of the time-lapse export (the Time view; the PNG export dialog offers it too). */
export function TimeLapseExportButton({ onOpen }: { onOpen?: () => void }) {
  const setOpen = useTimeLapseExportStore((s) => s.setOpen)
  return (
    <button
      type="button"
      className="button"
      aria-haspopup="dialog"
      onClick={() => {
        onOpen?.()
        setOpen(true)
      }}
    >
      Export the time-lapse…
    </button>
  )
}
