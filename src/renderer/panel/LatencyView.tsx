import { EdgePanel } from '../edges/EdgePanel'
import { LatencyRanking } from './LatencyRanking'
import { LayerControls } from './LayerControls'
import { LocationPicker } from './LocationPicker'

/** The Latency view: the user's location, the layers, the nearest edge locations and the ranking. */
export function LatencyView() {
  return (
    <>
      <LocationPicker />
      <LayerControls />
      <EdgePanel />
      <LatencyRanking />
    </>
  )
}
