import { selectPlaceMarks } from '../state/selectors'
import { useAppStore, type AppState } from '../state/store'
import type { GlobeRuntime } from './runtime'
import { usePlaceMarks } from './usePlaceMarks'

const switches = (state: AppState) => [state.layers.edges] as const
const shows = (_mark: unknown, [edges]: readonly boolean[]) => edges === true

/**
 * CloudFront's edge locations (triangles) and regional edge caches
 * (diamonds), one instanced draw call, while the `edges` layer is on. Cities
 * of AWS's PoP list whose kind AWS does not state are not drawn (the panel
 * says so). Hovering or selecting a mark labels it with its city, country
 * and kind.
 */
export function EdgeMarkers({ runtime }: { runtime: GlobeRuntime }) {
  const marks = useAppStore((state) => selectPlaceMarks(state).edges)
  const layer = usePlaceMarks({ runtime, marks, name: 'edge-locations', renderOrder: 9, switches, shows })
  return <primitive object={layer.mesh} />
}
