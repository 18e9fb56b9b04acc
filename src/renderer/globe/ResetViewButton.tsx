import { useGlobeRuntime } from './globeRuntimeContext'
import { resetView } from './resetView'

/**
 * Back to the first view of the whole globe (Home on the globe does the
 * same). A symbol with its name for assistive technology and a tooltip, so
 * the toolbar stays on one row beside a docked panel at 1280 px.
 */
export function ResetViewButton() {
  const runtime = useGlobeRuntime()
  return (
    <button
      type="button"
      className="button globe-toolbar__reset"
      onClick={() => void resetView(runtime)}
      disabled={!runtime}
      aria-label="Reset view"
      title="Reset view: back to the whole globe (Home)"
    >
      <span aria-hidden="true">⌂</span>
    </button>
  )
}
