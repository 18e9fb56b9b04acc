import { useGlobeRuntime } from './globeRuntimeContext'
import { resetView } from './resetView'

/** Back to the first view of the whole globe (Home on the globe does the same). */
export function ResetViewButton() {
  const runtime = useGlobeRuntime()
  return (
    <button type="button" className="button" onClick={() => void resetView(runtime)} disabled={!runtime} title="Back to the whole globe (Home)">
      Reset view
    </button>
  )
}
